// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/plan.h"
#include "popen/spawnspec.h"
#include "base/stream.h"

#include <QByteArray>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
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
    QByteArray input() const; // what is written to stdin: empty unless stdin is PIPE
    QByteArray rawInput() const; // the input box as bytes, whatever stdin is
    QString commandLine() const;
    // The pipescope-child mode chosen ("echo", "flood"...), empty for another program.
    QString childMode() const;
    // Whether the input is the seed's ten "write data:N" lines, sent as parent.py sends them.
    bool inputIsSeeds() const;

    // A whole configuration at once (a scenario): one specChanged at the end.
    void setConfiguration(
        const std::array<pipescope::Redirect, 3>& redirects, const QString& mode, const QString& modeArgs);

    // The input box as typed, and whether its line ends go out as \r\n (what a scenario file keeps).
    QString inputText() const;
    bool crlfLineEnds() const;
    void setInput(const QString& text, bool crlf);
    // Another program than pipescope-child, as one command line: chooses the "Other program" row.
    void setOtherProgram(const QString& commandLine);

    StreamEditor* editor(pipescope::Stream stream) const { return m_editors[static_cast<size_t>(stream)]; }
    QCheckBox* quickBox(pipescope::Stream stream) const { return m_quick[static_cast<size_t>(stream)]; }

Q_SIGNALS:
    void specChanged();
    void inputChanged(); // the text for stdin, or how its line ends are sent

private:
    QWidget* createStreamsGroup();
    QWidget* createCommandGroup();
    QWidget* createInputGroup();
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
    bool m_configuring = false; // setConfiguration: hold specChanged back until the end
};
