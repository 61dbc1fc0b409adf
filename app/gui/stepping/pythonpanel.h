// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stepping/pythonprogram.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTemporaryDir;
class Bridge;
class ProgramRunner;
struct ProgramResult;

// The equivalent Python program, read-only with a Copy button, and "Run in Python": the program and child.py are
// written to a temp dir and run with the real python3 (asynchronously, with a timeout), its output and traceback
// shown next to what PipeScope predicts.
class PythonPanel : public QWidget
{
    Q_OBJECT
public:
    // python3 runs through bridge's runners.
    explicit PythonPanel(Bridge* bridge, QWidget* parent = nullptr);
    ~PythonPanel() override;

    // A new configuration: the program is rewritten, and python3's output of an older one goes (a run of it still
    // going is stopped), as does PipeScope's own run's summary.
    void setConfiguration(const pipescope::SpawnSpec& spec, const QByteArray& input, bool seedInput, bool echoChild,
        qint64 numberedLines = 0);
    const PythonProgram& program() const { return m_program; }

    // "python3" (or $PIPESCOPE_PYTHON) unless set.
    void setPythonProgram(const QString& program) { m_python = program; }
    QString pythonProgram() const { return m_python; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // Writes the program for this configuration as parent.py, with PipeScope's child.py beside it, into folder;
    // returns parent.py's path, empty when it could not be written.
    QString writeProgram(const QString& folder) const;

    QString code() const;
    QString expectationText() const;
    QString pythonOutput() const;
    bool isRunning() const { return m_runner != nullptr; }

    // Starts the program with python3; false when one is running already.
    bool runInPython();
    // Stops python3's run, if one goes; its outcome is never shown.
    void stopRun() { dropRun(); }
    // The status line: running, not found, timed out, exited...
    QString statusText() const;
    // Shows the program for this configuration (with PipeScope's child.py) rather than the note's own files.
    void selectProgram();
    // The last run of python3: whether it ran to its end (or its timeout), what it wrote to stderr, and whether it
    // was killed at its timeout.
    bool pythonRan() const;
    QString pythonStderr() const { return m_pythonStderr; }
    bool pythonTimedOut() const { return m_timedOut; }
    void copyToClipboard();
    // What PipeScope's own run of the configuration gave, shown beside python3's. The summary is made again in
    // the language installed when the language changes.
    void setPipeScopeRun(std::function<QString()> summary);

Q_SIGNALS:
    void pythonFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The files the combo box shows: the program for this configuration and PipeScope's child.py, or the note's
    // own two files as the note writes them (its parent.py with the stdin/stdout arguments put back).
    enum File { ParentFile, ChildFile, NoteParentFile, NoteChildFile };
    // The note's demo hangs: its run is killed after this long.
    static constexpr int noteTimeoutMs = 4000;
    bool noteSelected() const;

    // What the status line says, kept as what happened so it can be said again in another language.
    enum class Status { None, Copied, Running, NotFound, TimedOut, Crashed, Exited };
    // What the output view holds besides python3's own bytes.
    enum class Output { None, CannotWrite, CannotStart, Ran };

    // Says every text again in the language installed now; the program, python3's run and its output stay.
    void retranslateUi();
    void showCode();
    void showStatus();
    void showOutput();
    void showOwnRun();
    void onFinished(const ProgramResult& result);
    void onFailed();
    // Stops the run going (it describes a program no longer shown): its outcome is never shown.
    void dropRun();
    void forgetPythonRun();

    PythonProgram m_program;
    QString m_python;
    int m_timeoutMs = 20'000;
    QComboBox* m_file = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_code = nullptr;
    QLabel* m_expectation = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QLabel* m_ownRun = nullptr;
    Bridge* m_bridge = nullptr;
    ProgramRunner* m_runner = nullptr; // the run going, if any
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_timedOut = false;
    bool m_showingNote = false; // the combo box shows one of the note's files
    Status m_statusKind = Status::None;
    int m_exitCode = 0;
    Output m_outputKind = Output::None;
    QString m_pythonStdout;
    QString m_pythonStderr;
    std::function<QString()> m_ownRunSummary; // empty: PipeScope has not run this configuration
};
