// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QGroupBox>

#include <functional>

class FifoFlow;
class QEvent;
class QLabel;
class QLineEdit;
class QPushButton;

// The FIFO's mode bits: chmod, and what another user (nobody) gets when root asks; the result says why.
class FifoPermissionsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit FifoPermissionsBox(FifoFlow* flow, QWidget* parent = nullptr);
    ~FifoPermissionsBox() override;

    QLineEdit* chmodEdit() const { return m_chmodEdit; }
    QPushButton* chmodButton() const { return m_chmodButton; }
    QString resultText() const;

    void applyChmod();
    void tryOpenAsNobody();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onFifoChanged();
    void showOpenAs(const pipescope::Result<void>& result);
    // The result is kept as a function of the state it describes, so that it can be said again in another language.
    void setResult(std::function<QString()> text, bool alarm);

    FifoFlow* m_flow = nullptr;
    QLabel* m_chmodLabel = nullptr;
    QLineEdit* m_chmodEdit = nullptr;
    QPushButton* m_chmodButton = nullptr;
    QLabel* m_chmodNote = nullptr;
    QLabel* m_rootNote = nullptr;
    QPushButton* m_tryAsNobody = nullptr;
    QLabel* m_result = nullptr;
    std::function<QString()> m_resultText;
};
