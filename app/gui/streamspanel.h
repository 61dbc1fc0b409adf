// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "spawnspec.h"
#include "stream.h"

#include <QByteArray>
#include <QWidget>

#include <array>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class StreamEditor;

// The left panel: what the teacher configures (the three redirects, the command, the input, the lens) and Run.
class StreamsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StreamsPanel(QWidget* parent = nullptr);
    ~StreamsPanel() override;

    // The executable the demo modes run; empty leaves "pipescope-child" to PATH.
    void setChildProgram(const QString& path);

    pipescope::SpawnSpec spec() const;
    QByteArray input() const;
    pipescope::Lens lens() const;
    QString commandLine() const;

    void setRunning(bool running);

    StreamEditor* editor(pipescope::Stream stream) const { return m_editors[static_cast<size_t>(stream)]; }
    QCheckBox* quickBox(pipescope::Stream stream) const { return m_quick[static_cast<size_t>(stream)]; }

Q_SIGNALS:
    void specChanged();
    void lensChanged(pipescope::Lens lens);
    void runRequested();
    void stopRequested();

private:
    QWidget* createStreamsGroup();
    QWidget* createCommandGroup();
    QWidget* createInputGroup();
    QWidget* createLensGroup();
    void onModeChanged();
    void onRedirectChanged(pipescope::Stream stream);
    void updateCommandPreview();
    QStringList arguments() const;

    QString m_childProgram;
    std::array<StreamEditor*, 3> m_editors {};
    std::array<QCheckBox*, 3> m_quick {};
    QComboBox* m_mode = nullptr;
    QLineEdit* m_modeArgs = nullptr;
    QLineEdit* m_otherProgram = nullptr;
    QLabel* m_commandPreview = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QCheckBox* m_crlf = nullptr;
    QLabel* m_inputNote = nullptr;
    QButtonGroup* m_lensGroup = nullptr;
    QRadioButton* m_lensPosix = nullptr;
    QRadioButton* m_lensWindows = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_stop = nullptr;
};
