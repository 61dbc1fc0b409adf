// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/stream.h"
#include "popen/redirect.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

// Chooses what one of the child's standard streams gets: Popen's None / PIPE / DEVNULL / fd / file / STDOUT.
class StreamEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StreamEditor(pipescope::Stream stream, QWidget* parent = nullptr);
    ~StreamEditor() override;

    pipescope::Stream stream() const { return m_stream; }
    pipescope::Redirect redirect() const;
    void setRedirect(const pipescope::Redirect& redirect);

    QComboBox* kindBox() const { return m_kind; }

Q_SIGNALS:
    void redirectChanged(const pipescope::Redirect& redirect);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Says every text again in the language installed now; the redirect stays as it is.
    void retranslateUi();
    void updateVisibility();
    void pickFile();
    void notify();

    pipescope::Stream m_stream;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_fd = nullptr;
    QLineEdit* m_path = nullptr;
    QToolButton* m_pick = nullptr;
    QCheckBox* m_append = nullptr;
    QLabel* m_fdLabel = nullptr;
    QWidget* m_fdRow = nullptr;
    QWidget* m_fileRow = nullptr;
};
