// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/pythonfinder.h"
#include "bridge/watchrun.h"
#include "record/recording.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class Bridge;
class ProgramRunner;
struct ProgramResult;
class PlanComparePanel;
class ProcessDiagram;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTemporaryDir;
class QTimer;
class QToolButton;

// Watch a real program: a command line (by default the note's own parent.py beside its child.py, run with the real
// python3 exactly as the note writes it), recorded under ptrace by the bridge's WatchRun, then stepped through call
// by call: the step list shows the real calls with Popen's names where a CPython Popen was recognised, the diagram
// every process and the pipes between their real holders, and a sentence says what the call did.
class WatchPage : public QWidget
{
    Q_OBJECT
public:
    explicit WatchPage(Bridge* bridge, QWidget* parent = nullptr);
    ~WatchPage() override;

    // Records argv (the command line shows it). False when a recording is going or argv is empty.
    bool record(const QStringList& argv);
    // The command line's words, recorded. False as record() is.
    bool recordCommandLine();
    // The programs that come ready, each showing something only a real recording can.
    enum class Ready {
        NoteAsWritten, // the note's parent.py exactly as written, beside its child.py: AttributeError on write
        NoteStdinPipe, // the same with stdin=subprocess.PIPE put back: AttributeError on readline
        PipelineClosed, // yes | head through two Popens, p1.stdout closed in the parent: yes gets SIGPIPE
        PipelineKept, // the same without p1.stdout.close(): yes waits on a full pipe for ever
        InheritedEnd, // close_fds=False and an inheritable stdin write end: cat's EOF waits for sleep
        NotInherited, // close_fds=False with Python's non-inheritable fds (PEP 446): nothing leaks
        PopenCat, // Popen(["/bin/cat"], stdin=PIPE, stdout=PIPE, stderr=PIPE): one Popen to set beside the plan
        ShellPipeline, // sh -c "ls / | grep u | wc -l"
    };
    // Writes the program's files to a private directory (Python ones run with python()) and shows its command line
    // and a stop time that fits it.
    void useReadyProgram(Ready ready);
    void useNoteProgram(bool stdinPut = false)
    {
        useReadyProgram(stdinPut ? Ready::NoteStdinPipe : Ready::NoteAsWritten);
    }
    void stop();
    bool isRecording() const;
    // Shows a recording read from a file (Replay Trace of a version 2 trace), named name, instead of recording one.
    // False while a recording is going.
    bool showRecording(std::shared_ptr<const pipescope::Recording> recording, const QString& name);
    // A line in the status, in the user's language already (a file that could not be read, say).
    void showMessage(const QString& text, bool error)
    {
        setStatus([text] { return text; }, error);
    }
    // Every process the recording started is killed after this many seconds (1 to 600).
    void setStopAfterSeconds(int seconds);
    void focusCommandLine();

    ProcessDiagram* diagram() const { return m_diagram; }
    PlanComparePanel* comparePanel() const { return m_compare; }
    QTabWidget* sideTabs() const { return m_sideTabs; }
    // Shows the step of a recorded call (every call listed when the list left it out). False: no such call.
    bool showCall(size_t event);
    QListWidget* stepList() const { return m_steps; }
    std::shared_ptr<const pipescope::Recording> recording() const { return m_recording; }
    // The event the selected step shows; empty before the first step.
    std::optional<size_t> currentEvent() const;
    int stepCount() const;
    int currentStep() const; // 0: before the first call
    void setCurrentStep(int step);
    QString commandLine() const;
    // The python3 the ready programs run with: the interpreter itself (sys.executable), not a launcher script in
    // front of it (pyenv's shim is a shell script that would fill the recording with its own processes). At first
    // the one `python3` on PATH is; the teacher picks another from those found on PATH and pyenv's, or by path.
    QString python() const { return m_python; }
    // The interpreters found so far (the list the page offers).
    QList<PythonInterpreter> pythons() const { return m_pythons; }
    bool isFindingPythons() const { return m_finder->isFinding(); }
    // Looks for every interpreter on PATH and among pyenv's versions, the first python3 on PATH first (it becomes
    // the one chosen); done once, when the page is first shown. The list grows when the search is done.
    void findAllPythons();
    // Asks path what it is; when it is a Python 3 it is added to the list and chosen, else the status says why not.
    // False while a search is going.
    bool usePython(const QString& path);
    // Runs the command line without recording it (offered when the system refuses ptrace): what it wrote and how it
    // ended are shown, nothing to step through. False while something runs or the command line is empty.
    bool runUntraced();
    bool isRunningUntraced() const { return m_untracedRunner != nullptr; }
    QString statusText() const;
    QString explanationText() const;
    QString outputText() const;

Q_SIGNALS:
    void recordingDone(); // finished or failed: the page shows the result

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void showResult(const WatchResult& result);
    void showFailure(const pipescope::Error& error);
    void fillSteps();
    void showStep();
    void updateControls();
    // The status line, worded again after a language switch.
    void setStatus(std::function<QString()> text, bool error = false);
    void applyStatus();
    void showOutput();
    static QString summary(const pipescope::Recording& recording);
    // Per recognised Popen, the version of the interpreter its parent ran, when it is one found here.
    std::vector<std::optional<std::pair<int, int>>> pythonVersions(const pipescope::Recording& rec) const;
    void foundPythons(const QList<PythonInterpreter>& found, const QStringList& refused);
    void fillPythons();
    void choosePython(int index);
    void untracedDone(const ProgramResult& result);
    bool busy() const { return isRecording() || isRunningUntraced(); }

    Bridge* m_bridge;
    WatchRun* m_run;
    QLabel* m_commandLabel;
    QLineEdit* m_command;
    QLabel* m_readyLabel;
    QComboBox* m_ready;
    QCheckBox* m_bytes;
    QLabel* m_secondsLabel;
    QSpinBox* m_seconds;
    QCheckBox* m_allCalls;
    QPushButton* m_record;
    QPushButton* m_stop;
    QLabel* m_pythonLabel;
    QComboBox* m_pythonBox;
    QLabel* m_status;
    QPushButton* m_untraced;
    ProcessDiagram* m_diagram;
    QTabWidget* m_sideTabs;
    QListWidget* m_steps;
    PlanComparePanel* m_compare;
    QLabel* m_explanation;
    QToolButton* m_reset;
    QToolButton* m_back;
    QToolButton* m_step;
    QToolButton* m_play;
    QLabel* m_position;
    QPlainTextEdit* m_output;
    QTimer* m_playTimer;
    QLabel* m_pauseLabel = nullptr;
    QComboBox* m_pause = nullptr; // Play's pause per call, in ms as its data

    PythonFinder* m_finder;
    QList<PythonInterpreter> m_pythons;
    QString m_python = QStringLiteral("python3");
    QString m_askedPython; // usePython()'s path while it is asked
    bool m_allPythonsWanted = false; // findAllPythons() was called: the search runs when the finder is free
    bool m_allPythonsAsked = false;
    ProgramRunner* m_untracedRunner = nullptr;
    QTimer* m_untracedTimer;
    QString m_readyCommand; // the command line as useReadyProgram() wrote it
    Ready m_readyShown = Ready::NoteAsWritten;
    std::unique_ptr<QTemporaryDir> m_readyDir;
    std::shared_ptr<const pipescope::Recording> m_recording;
    WatchResult m_result;
    std::vector<size_t> m_rowEvents; // the event each step-list row shows (row 0: before the first call)
    QString m_replayedFrom; // the file a recording shown was read from; empty for one recorded here
    std::function<QString()> m_statusText;
    bool m_statusError = false;
    std::optional<pipescope::Error> m_error;
};
