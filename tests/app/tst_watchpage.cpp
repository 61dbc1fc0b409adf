// SPDX-License-Identifier: GPL-3.0-or-later
// The Watch a program page against real programs: the C homework (pipe, fork, dup2, exec) recorded and stepped
// through, with the diagram's processes, ends and arrows right at each step; the note's parent.py and child.py run
// with the real interpreter; a missing program; a recording that the GUI thread never waits for; Stop.
#include "apptestsupport.h"
#include "bridge/bridge.h"
#include "bridge/pythonfinder.h"
#include "bridge/watchrun.h"
#include "files/recordingfile.h"
#include "record/callsyntax.h"
#include "shell/fileactions.h"
#include "shell/mainwindow.h"
#include "text/commandline.h"
#include "watch/plancomparepanel.h"
#include "watch/processdiagram.h"
#include "watch/watchpage.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <csignal>

using namespace pipescope;
using apptest::noChildLeft;

namespace {

constexpr int timeoutMs = 60'000;

bool waitDone(QSignalSpy& done)
{
    return done.count() > 0 || done.wait(timeoutMs);
}

// The row of the first event that matches, in the page's step list.
int rowOf(WatchPage* page, auto match)
{
    const auto& rec = *page->recording();
    for (int row = 1; row <= page->stepCount(); ++row) {
        page->setCurrentStep(row);
        if (const auto e = page->currentEvent(); e && match(rec.events[*e]))
            return row;
    }
    return -1;
}

bool hasArrow(const ProcessDiagram* d, int fromPid, int fromFd, int toPid, int toFd)
{
    return std::ranges::any_of(d->arrows(), [&](const ProcessDiagram::Arrow& a) {
        return a.fromPid == fromPid && a.fromFd == fromFd && a.toPid == toPid && a.toFd == toFd;
    });
}

const ProcessState* shown(const ProcessDiagram* d, int pid)
{
    const auto& ps = d->state().processes;
    const auto it = std::ranges::find(ps, pid, &ProcessState::pid);
    return it == ps.end() ? nullptr : &*it;
}

} // namespace

class TestWatchPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cHomeworkStepByStep();
    void playPausesOnEachCallAsChosen();
    void theNoteProgramWithTheRealInterpreter();
    void missingProgramOneLine();
    void theGuiThreadNeverWaits();
    void fileMenuOpensThePage();
    void readyProgramsRunAsTheyClaim();
    void replayOpensARecording();
    void pythonsAreFoundAndAsked();
    void thePickedInterpreterRunsTheReadyProgram();
    void ptraceRefusedOffersToRunUntraced();
};

void TestWatchPage::cHomeworkStepByStep()
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    WatchPage* page = window.watchPage();
    QSignalSpy done(page, &WatchPage::recordingDone);
    QVERIFY(page->record({ QStringLiteral(PIPESCOPE_TEST_PIPEFORK) }));
    QVERIFY(!page->record({ QStringLiteral("/bin/true") })); // one recording at a time
    QVERIFY(waitDone(done));
    const auto rec = page->recording();
    QVERIFY(rec);
    QCOMPARE(rec->processes.size(), size_t { 2 });
    const int parent = rec->processes[0].pid;
    const int child = rec->processes[1].pid;
    // Every call about pipes and processes is a step, in order.
    const auto steps = std::ranges::count_if(rec->events, [](const RecordedEvent& e) { return aboutPipes(e); });
    QCOMPARE(page->stepCount(), static_cast<int>(steps));
    QCOMPARE(page->stepList()->count(), page->stepCount() + 1); // and the start
    QVERIFY(page->outputText().contains(QStringLiteral("read 21 bytes")));

    ProcessDiagram* diagram = page->diagram();
    page->setCurrentStep(0);
    QCOMPARE(diagram->state().processes.size(), size_t { 1 });

    // After the child's dup2: its fd 1 is the pipe's write end, drawn to the right of its parent, with arrows from
    // both its write ends to the read ends the parent and it hold.
    const int dupRow = rowOf(page, [&](const RecordedEvent& e) { return e.pid == child && e.call == Call::Dup2; });
    QVERIFY(dupRow > 0);
    page->setCurrentStep(dupRow);
    const ProcessState* c = shown(diagram, child);
    QVERIFY(c);
    const auto out = std::ranges::find(c->ends, 1, &HeldPipeEnd::fd);
    QVERIFY(out != c->ends.end());
    QVERIFY(out->writeEnd);
    const auto& dup = rec->events[*page->currentEvent()];
    QCOMPARE(out->inode, dup.inode);
    QVERIFY(diagram->processRect(child).left() > diagram->processRect(parent).right());
    QVERIFY(hasArrow(diagram, child, 1, parent, static_cast<int>(dup.args[0]) - 1)); // write end 4 → read end 3
    QVERIFY(page->explanationText().contains(QStringLiteral("made fd 1 a copy of fd %1").arg(dup.args[0])));
    QVERIFY(diagram->accessibleDescription().contains(QStringLiteral("Process %1").arg(child)));

    // Back and Step move one call; at the end the parent read end of file, and the child has ended.
    page->setCurrentStep(dupRow - 1);
    QVERIFY(!hasArrow(diagram, child, 1, parent, 3));
    page->setCurrentStep(page->stepCount());
    QVERIFY(page->explanationText().contains(QStringLiteral("end of file")) || !shown(diagram, child)
        || shown(diagram, child)->ended);
    const int eofRow = rowOf(page, [&](const RecordedEvent& e) { return e.call == Call::Read && e.result == 0; });
    QVERIFY(eofRow > 0);
    page->setCurrentStep(eofRow);
    // No process holds a write end of that pipe any more: nothing is drawn into the parent's fd 3.
    QVERIFY(std::ranges::none_of(diagram->arrows(), [&](const ProcessDiagram::Arrow& a) { return a.toPid == parent; }));
    QVERIFY(page->explanationText().contains(QStringLiteral("end of file")));
    QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), timeoutMs);
}

void TestWatchPage::playPausesOnEachCallAsChosen()
{
    // Slow motion for a recording: Play stays on each call as long as the Pause box says, and a new choice applies
    // at once.
    MainWindow window;
    window.show();
    WatchPage* page = window.watchPage();
    QSignalSpy done(page, &WatchPage::recordingDone);
    QVERIFY(page->record({ QStringLiteral(PIPESCOPE_TEST_PIPEFORK) }));
    QVERIFY(waitDone(done));
    QVERIFY(page->stepCount() >= 4);
    auto* pause = page->findChild<QComboBox*>(QStringLiteral("watchPause"));
    auto* play = page->findChild<QToolButton*>(QStringLiteral("watchPlay"));
    QVERIFY(pause && play);
    QCOMPARE(pause->count(), 5);
    page->setCurrentStep(0);
    pause->setCurrentIndex(pause->findData(5000));
    play->click();
    QVERIFY(play->isChecked());
    // Five seconds on the first call: after one, still there.
    QTest::qWait(1000);
    QCOMPARE(page->currentStep(), 0);
    pause->setCurrentIndex(pause->findData(250));
    QTRY_VERIFY_WITH_TIMEOUT(page->currentStep() >= 2, 5000);
    play->click();
    QVERIFY(!play->isChecked());
    const int stopped = page->currentStep();
    QTest::qWait(600);
    QCOMPARE(page->currentStep(), stopped);
    QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), timeoutMs);
}

void TestWatchPage::theNoteProgramWithTheRealInterpreter()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("no python3");
    MainWindow window;
    WatchPage* page = window.watchPage();
    // The interpreter itself, found by asking python3: a launcher in front of it would be recorded too.
    page->findAllPythons(); // as showing the page does
    QTRY_VERIFY_WITH_TIMEOUT(page->python() != QStringLiteral("python3"), timeoutMs);
    QVERIFY(page->commandLine().startsWith(page->python()));
    QVERIFY(page->commandLine().endsWith(QStringLiteral("parent.py")));
    page->setStopAfterSeconds(2);
    QSignalSpy done(page, &WatchPage::recordingDone);
    QVERIFY(page->recordCommandLine());
    QVERIFY(waitDone(done));
    const auto rec = page->recording();
    QVERIFY(rec);
    // parent.py and child.py, nothing else: both are the interpreter itself.
    QCOMPARE(rec->processes.size(), size_t { 2 });
    QVERIFY(rec->exit);
    QCOMPARE(rec->exit->code, 1);
    QCOMPARE(rec->popens.size(), size_t { 1 });
    QVERIFY(page->outputText().contains(QStringLiteral("AttributeError: 'NoneType' object has no attribute 'write'")));
    QVERIFY(page->statusText().contains(QStringLiteral("1 Popen call")));
    QVERIFY(page->statusText().contains(QStringLiteral("2 process")));
    // Its error pipe, named as Popen names it, in the step list.
    const QList<QListWidgetItem*> named
        = page->stepList()->findItems(QStringLiteral("<errpipe_write>"), Qt::MatchContains);
    QVERIFY(!named.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), timeoutMs);
}

void TestWatchPage::missingProgramOneLine()
{
    MainWindow window;
    WatchPage* page = window.watchPage();
    QSignalSpy done(page, &WatchPage::recordingDone);
    QVERIFY(page->record({ QStringLiteral("pipescope-no-such-program") }));
    QVERIFY(waitDone(done));
    QVERIFY(!page->recording());
    QVERIFY(page->statusText().contains(QStringLiteral("pipescope-no-such-program")));
    QVERIFY(!page->statusText().contains(QLatin1Char('\n')));
    QVERIFY(!page->isRecording());
    QTRY_VERIFY_WITH_TIMEOUT(
        noChildLeft(), timeoutMs); // the python3 the page asks for its interpreter may still be ending
}

void TestWatchPage::theGuiThreadNeverWaits()
{
    MainWindow window;
    WatchPage* page = window.watchPage();
    page->setStopAfterSeconds(30);
    QSignalSpy done(page, &WatchPage::recordingDone);
    QVERIFY(page->record({ QStringLiteral("/bin/sleep"), QStringLiteral("30") }));
    // While the program sleeps under ptrace, the event loop goes on: the window's timers keep firing long before the
    // 30 s sleep could end. Counted as ticks while still recording, not as a rate: a sanitizer build on a busy machine
    // only makes them slower, while a GUI thread waiting for the program would see none until it ended.
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
    tick.start(20);
    QTRY_VERIFY2_WITH_TIMEOUT(ticks >= 15, qPrintable(QString::number(ticks)), 10'000);
    QVERIFY(page->isRecording());
    QVERIFY(window.bridge()->isBusy());
    // Stop kills it at once; what was recorded is shown.
    QElapsedTimer clock;
    clock.start();
    page->stop();
    QVERIFY(waitDone(done));
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(page->recording());
    QVERIFY(page->recording()->timedOut);
    QVERIFY(!window.bridge()->watch()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!window.bridge()->isBusy(), timeoutMs); // the interpreters asked end too
    QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), timeoutMs);
}

void TestWatchPage::fileMenuOpensThePage()
{
    MainWindow window;
    auto* action = window.findChild<QAction*>(QStringLiteral("watchProgramAction"));
    QVERIFY(action);
    QVERIFY(window.pages()->currentWidget() != window.watchPage());
    action->trigger();
    QCOMPARE(window.pages()->currentWidget(), window.watchPage());
}

void TestWatchPage::readyProgramsRunAsTheyClaim()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("no python3");
    MainWindow window;
    WatchPage* page = window.watchPage();
    page->findAllPythons(); // as showing the page does
    QTRY_VERIFY_WITH_TIMEOUT(page->python() != QStringLiteral("python3"), timeoutMs);
    auto* ready = page->findChild<QComboBox*>(QStringLiteral("watchReady"));
    QVERIFY(ready);
    QCOMPARE(ready->count(), static_cast<int>(WatchPage::Ready::ShellPipeline) + 1);
    // Every one names files that are there, each with a tooltip that says what it shows.
    for (int i = 0; i < ready->count(); ++i) {
        page->useReadyProgram(static_cast<WatchPage::Ready>(ready->itemData(i).toInt()));
        QVERIFY(!ready->itemData(i, Qt::ToolTipRole).toString().isEmpty());
        for (const QString& word : splitCommandLine(page->commandLine()))
            if (word.endsWith(QStringLiteral(".py")))
                QVERIFY2(QFileInfo(word).size() > 0, qPrintable(word));
    }
    QCOMPARE(ready->currentIndex(), ready->findData(static_cast<int>(WatchPage::Ready::ShellPipeline)));
    page->findChild<QLineEdit*>(QStringLiteral("watchCommand"))->setText(QStringLiteral("sh -c true"));
    QCOMPARE(ready->currentIndex(), -1); // a command of one's own is none of them
    // The pipeline whose parent closes p1.stdout: recorded, yes dies of SIGPIPE, and the step says why.
    page->useReadyProgram(WatchPage::Ready::PipelineClosed);
    QVERIFY(page->commandLine().endsWith(QStringLiteral("pipeline.py close")));
    QSignalSpy done(page, &WatchPage::recordingDone);
    QVERIFY(page->recordCommandLine());
    QVERIFY(waitDone(done));
    QVERIFY(page->recording());
    const int row
        = rowOf(page, [](const RecordedEvent& e) { return e.call == Call::Signal && e.args.front() == SIGPIPE; });
    QVERIFY(row > 0);
    QVERIFY(page->explanationText().contains(QStringLiteral("SIGPIPE")));
    QVERIFY(page->outputText().contains(QStringLiteral("yes ended: -13")));
    QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), timeoutMs);
}

void TestWatchPage::replayOpensARecording()
{
    MainWindow window;
    WatchPage* page = window.watchPage();
    QSignalSpy done(page, &WatchPage::recordingDone);
    QVERIFY(page->record({ QStringLiteral(PIPESCOPE_TEST_PIPEFORK) }));
    QVERIFY(waitDone(done));
    const auto recorded = page->recording();
    QVERIFY(recorded);
    const int steps = page->stepCount();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("homework.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(toJsonText(*recorded)));
    }
    // In another window, from the File menu's Replay Trace: the same recording on the Watch page, step for step.
    MainWindow other;
    QVERIFY(other.fileActions()->replayTrace(path));
    WatchPage* shown = other.watchPage();
    QCOMPARE(other.pages()->currentWidget(), shown);
    QVERIFY(shown->recording());
    QCOMPARE(*shown->recording(), *recorded);
    QCOMPARE(shown->stepCount(), steps);
    QVERIFY(shown->statusText().contains(QStringLiteral("homework.json")));
    shown->setCurrentStep(steps);
    page->setCurrentStep(steps);
    QCOMPARE(shown->explanationText(), page->explanationText());
    // A damaged one is refused with the field that is wrong, and the page keeps what it showed.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(toJsonText(*recorded)).replace("\"call\": \"pipe2\"", "\"call\": \"pipe9\""));
    }
    QVERIFY(!other.fileActions()->replayTrace(path));
    QVERIFY2(shown->statusText().contains(QStringLiteral("/call")), qPrintable(shown->statusText()));
    QCOMPARE(*shown->recording(), *recorded);
}

// What an interpreter says of itself, asked here (a test may wait).
QStringList describePython(const QString& path)
{
    QProcess p;
    p.start(path,
        { QStringLiteral("-c"), QStringLiteral("import sys; print(sys.executable); print(*sys.version_info[:3])") });
    if (!p.waitForFinished(timeoutMs))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestWatchPage::pythonsAreFoundAndAsked()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") });
    QVERIFY2(!python.isEmpty(), "scripts/setup installs python3");
    // A folder as PATH holds them: a second name for the system's python3, a launcher that cannot run (as pyenv's
    // shim of a version not selected), a non-Python program, and names that are not python3 or python3.N.
    QTemporaryDir dir;
    QVERIFY(QFile::link(python, dir.filePath(QStringLiteral("python3.99"))));
    QVERIFY(QFile::link(python, dir.filePath(QStringLiteral("python3x"))));
    QVERIFY(QFile::link(QStringLiteral("/bin/true"), dir.filePath(QStringLiteral("python3.98"))));
    {
        QFile shim(dir.filePath(QStringLiteral("python3")));
        QVERIFY(shim.open(QIODevice::WriteOnly));
        shim.write("#!/bin/sh\necho 'pyenv: python3: command not found' >&2\nexit 127\n");
        shim.close();
        QVERIFY(shim.setPermissions(shim.permissions() | QFileDevice::ExeOwner));
    }
    const QStringList candidates = PythonFinder::candidates(dir.path() + QStringLiteral(":/usr/bin"));
    QCOMPARE(candidates.value(0), dir.filePath(QStringLiteral("python3"))); // python3 first: the one a class types
    QVERIFY(candidates.contains(dir.filePath(QStringLiteral("python3.99"))));
    QVERIFY(!candidates.contains(python)); // the same file as python3.99: asked once
    QVERIFY(!candidates.contains(dir.filePath(QStringLiteral("python3x"))));

    Bridge bridge;
    PythonFinder finder(&bridge);
    QSignalSpy finished(&finder, &PythonFinder::finished);
    QVERIFY(finder.find(candidates));
    QVERIFY(!finder.find(candidates)); // one search at a time
    QVERIFY(finished.wait(timeoutMs));
    const auto found = finished.front().at(0).value<QList<PythonInterpreter>>();
    const QStringList refused = finished.front().at(1).toStringList();
    // The launcher and /bin/true are refused; python3.99 and the system's python3 are one interpreter, found once,
    // as it describes itself.
    QVERIFY(refused.contains(dir.filePath(QStringLiteral("python3"))));
    QVERIFY(refused.contains(dir.filePath(QStringLiteral("python3.98"))));
    const QStringList self = describePython(python);
    QCOMPARE(self.size(), 2);
    const QString canonical = QFileInfo(self[0]).canonicalFilePath();
    QCOMPARE(std::ranges::count(found, canonical, &PythonInterpreter::executable), 1);
    const auto it = std::ranges::find(found, canonical, &PythonInterpreter::executable);
    QCOMPARE(it->foundAs, dir.filePath(QStringLiteral("python3.99"))); // the first name asked
    QCOMPARE(it->version(), QString(self[1]).replace(QLatin1Char(' '), QLatin1Char('.')));
    QTRY_VERIFY_WITH_TIMEOUT(!bridge.isBusy(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), timeoutMs);
}

void TestWatchPage::thePickedInterpreterRunsTheReadyProgram()
{
    MainWindow window;
    WatchPage* page = window.watchPage();
    QVERIFY(page->pythons().isEmpty()); // nothing is asked before the page is shown
    page->findAllPythons();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isFindingPythons(), timeoutMs);
    QVERIFY(!page->pythons().isEmpty());
    auto* box = page->findChild<QComboBox*>(QStringLiteral("watchPython"));
    QVERIFY(box);
    QCOMPARE(box->count(), page->pythons().size() + 1); // and Other…
    // Not a Python: refused with one line, the choice stays.
    const QString before = page->python();
    QVERIFY(page->usePython(QStringLiteral("/bin/true")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isFindingPythons(), timeoutMs);
    QCOMPARE(page->python(), before);
    QVERIFY2(
        page->statusText().contains(QStringLiteral("/bin/true is not a Python 3")), qPrintable(page->statusText()));

    // The system's python3 by path: chosen, and the ready program shown runs with it.
    page->useReadyProgram(WatchPage::Ready::PopenCat);
    const QStringList system = describePython(QStringLiteral("/usr/bin/python3"));
    QCOMPARE(system.size(), 2);
    QVERIFY(page->usePython(QStringLiteral("/usr/bin/python3")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isFindingPythons(), timeoutMs);
    QCOMPARE(page->python(), QFileInfo(system[0]).canonicalFilePath());
    QCOMPARE(box->currentData().toString(), page->python());
    QVERIFY(page->commandLine().startsWith(page->python() + QStringLiteral(" -E ")));
    QVERIFY(page->commandLine().endsWith(QStringLiteral("popen_cat.py")));

    // Recorded: 3.11 and older start cat through _posixsubprocess (close_fds=True rules posix_spawn out there).
    auto recordPopenCat = [&]() -> std::shared_ptr<const Recording> {
        QSignalSpy done(page, &WatchPage::recordingDone);
        if (!page->recordCommandLine() || !waitDone(done))
            return nullptr;
        return page->recording();
    };
    const auto rec = recordPopenCat();
    QVERIFY(rec);
    QCOMPARE(rec->popens.size(), size_t { 1 });
    const bool before313
        = system[1].startsWith(QStringLiteral("3 ")) && system[1].split(QLatin1Char(' '))[1].toInt() < 13;
    if (before313)
        QCOMPARE(rec->popens.front().path, PopenPath::ForkExec);
    QVERIFY(page->outputText().contains(QStringLiteral("through the pipes and back")));
    // Beside PipeScope's plan for the same arguments: the arguments read back, the way the child was started marked
    // as the recording shows it, a row chosen shows its call.
    {
        PlanComparePanel* panel = page->comparePanel();
        page->sideTabs()->setCurrentWidget(panel);
        const PlanComparison* c = panel->comparison();
        QVERIFY(c);
        QVERIFY2(
            panel->summaryText().contains(QStringLiteral("Popen(['/bin/cat'], stdin=PIPE, stdout=PIPE, stderr=PIPE)")),
            qPrintable(panel->summaryText()));
        QCOMPARE(panel->rows()->topLevelItemCount(), static_cast<int>(c->rows.size()));
        int forkRow = -1;
        for (size_t i = 0; i < c->rows.size(); ++i)
            if (c->rows[i].planStep && c->plan.steps[*c->rows[i].planStep].action == StepAction::Fork)
                forkRow = static_cast<int>(i);
        QVERIFY(forkRow >= 0);
        const ComparedRow& fork = c->rows[static_cast<size_t>(forkRow)];
        QVERIFY(fork.event);
        const Call started = rec->events[*fork.event].call;
        // The plan forks; a vfork or a clone with CLONE_VM is another call, and marked so.
        const QString mark = panel->rows()->topLevelItem(forkRow)->text(0);
        QCOMPARE(mark, started == Call::Fork ? QStringLiteral("=") : QStringLiteral("≠"));
        panel->rows()->setCurrentItem(panel->rows()->topLevelItem(forkRow));
        QCOMPARE(page->currentEvent(), fork.event);
        if (started != Call::Fork)
            QVERIFY2(panel->whyText().contains(QStringLiteral("vfork")), qPrintable(panel->whyText()));
        // The parent's closes of the child's ends: _close_pipe_fds's ExitStack closes them last first.
        const bool reordered
            = std::ranges::any_of(c->rows, [](const ComparedRow& r) { return r.mark == CompareMark::Moved; });
        if (reordered) {
            const auto moved = std::ranges::find(c->rows, CompareMark::Moved, &ComparedRow::mark);
            panel->rows()->setCurrentItem(panel->rows()->topLevelItem(static_cast<int>(moved - c->rows.begin())));
            QVERIFY2(panel->whyText().contains(QStringLiteral("ExitStack")), qPrintable(panel->whyText()));
        }
        // The interpreter is one the page found: its version is named, with what the model predicts for it.
        if (before313)
            QVERIFY2(panel->summaryText().contains(QStringLiteral("For Python 3.")), qPrintable(panel->summaryText()));
        // Stepping on to a call of the Popen selects its row.
        page->setCurrentStep(0);
        QVERIFY(!panel->rows()->currentItem());
        QVERIFY(page->showCall(*fork.event));
        QCOMPARE(panel->rows()->currentItem(), panel->rows()->topLevelItem(forkRow));
    }

    // Every interpreter on PATH is offered once the page is shown (the system's among them), each once.
    page->findAllPythons();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isFindingPythons(), timeoutMs);
    QVERIFY(std::ranges::count(page->pythons(), page->python(), &PythonInterpreter::executable) == 1);
    QCOMPARE(box->count(), page->pythons().size() + 1);

    // Python 3.13 where pyenv has it: the same program takes posix_spawn (os.POSIX_SPAWN_CLOSEFROM does close_fds).
    const QDir versions(PythonFinder::pyenvVersions());
    const QStringList v313 = versions.entryList({ QStringLiteral("3.13*") }, QDir::Dirs);
    if (v313.isEmpty())
        QSKIP("no Python 3.13 under pyenv's versions: its posix_spawn path is not shown here");
    QVERIFY(page->usePython(versions.filePath(v313.front() + QStringLiteral("/bin/python3.13"))));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isFindingPythons(), timeoutMs);
    QVERIFY(page->python().contains(QStringLiteral("3.13")));
    QVERIFY(page->commandLine().startsWith(page->python()));
    const auto rec313 = recordPopenCat();
    QVERIFY(rec313);
    QCOMPARE(rec313->popens.size(), size_t { 1 });
    QCOMPARE(rec313->popens.front().path, PopenPath::PosixSpawn);
    QVERIFY(!rec313->popens.front().handles.contains("errpipe_write"));
    // Beside the plan: no error pipe in the real run, the plan's error pipe steps marked as the plan's only.
    const PlanComparison* c313 = page->comparePanel()->comparison();
    QVERIFY(c313);
    QCOMPARE(c313->realPath, PopenPath::PosixSpawn);
    QVERIFY(page->comparePanel()->summaryText().contains(QStringLiteral("posix_spawn()")));
    QVERIFY(std::ranges::any_of(c313->rows, [](const ComparedRow& r) {
        return r.mark == CompareMark::PlanOnly && r.reason == CompareReason::PosixSpawnNoErrPipe;
    }));
    QVERIFY(page->outputText().contains(QStringLiteral("Python 3.13")));
    QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), timeoutMs);
}

void TestWatchPage::ptraceRefusedOffersToRunUntraced()
{
    // Under strace -f every process this one starts is strace's tracee already, so the recorder's PTRACE_TRACEME
    // is refused for real: the test runs itself again that way and does its checks there.
    if (qEnvironmentVariableIsEmpty("PIPESCOPE_TEST_UNDER_STRACE")) {
        const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        QVERIFY2(!strace.isEmpty(), "scripts/setup installs strace");
        QProcess traced;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PIPESCOPE_TEST_UNDER_STRACE"), QStringLiteral("1"));
        // LeakSanitizer stops the world with ptrace, which strace holds already: off in this one run.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
            env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
        traced.setProcessEnvironment(env);
        traced.setProcessChannelMode(QProcess::MergedChannels);
        traced.start(strace,
            { QStringLiteral("-f"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QCoreApplication::applicationFilePath(), QStringLiteral("ptraceRefusedOffersToRunUntraced") });
        QVERIFY(traced.waitForFinished(timeoutMs * 2));
        const QString out = QString::fromUtf8(traced.readAll());
        QVERIFY2(traced.exitCode() == 0
                && out.contains(QStringLiteral("PASS   : TestWatchPage::ptraceRefusedOffersToRunUntraced")),
            qPrintable(out));
        return;
    }
    MainWindow window;
    WatchPage* page = window.watchPage();
    auto* untraced = page->findChild<QPushButton*>(QStringLiteral("watchRunUntraced"));
    QVERIFY(untraced);
    QVERIFY(!untraced->isVisibleTo(page));
    QSignalSpy done(page, &WatchPage::recordingDone);
    QVERIFY(page->record({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo untraced; exit 3") }));
    QVERIFY(waitDone(done));
    QVERIFY(!page->recording());
    QVERIFY2(page->statusText().contains(QStringLiteral("refused")), qPrintable(page->statusText()));
    QVERIFY(!page->statusText().contains(QLatin1Char('\n')));
    QVERIFY(untraced->isVisibleTo(page));
    // Offered: it runs, for real, without a recording; its output and its exit are shown.
    done.clear();
    untraced->click();
    QVERIFY(page->isRunningUntraced());
    QVERIFY(!page->record({ QStringLiteral("/bin/true") })); // one thing at a time
    QVERIFY(waitDone(done));
    QVERIFY(!page->isRunningUntraced());
    QVERIFY(!page->recording());
    QCOMPARE(page->stepCount(), 0);
    QVERIFY2(page->outputText().contains(QStringLiteral("untraced")), qPrintable(page->outputText()));
    QVERIFY2(page->statusText().contains(QStringLiteral("exit 3")), qPrintable(page->statusText()));
    QVERIFY(!untraced->isVisibleTo(page));
    QTRY_VERIFY_WITH_TIMEOUT(!window.bridge()->isBusy(), timeoutMs); // the interpreters asked, slowly under strace
}

QTEST_MAIN(TestWatchPage)
#include "tst_watchpage.moc"
