// SPDX-License-Identifier: GPL-3.0-or-later
// The window's one Bridge: it owns every object that forks or blocks (no page makes its own), and stopping it ends
// everything the window started, whatever each run was doing, within a second.
#include "apptestsupport.h"
#include "bridge/bridge.h"
#include "bridge/childprogram.h"
#include "bridge/duplexrun.h"
#include "bridge/fifoflow.h"
#include "bridge/liveflow.h"
#include "bridge/programrunner.h"
#include "bridge/sessioncontroller.h"
#include "live/livepanel.h"
#include "namedpipes/namedpipespanel.h"
#include "shell/mainwindow.h"
#include "stepping/pythonpanel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <sys/types.h>

using namespace pipescope;
using apptest::noChildLeft;
using apptest::pidsIn;
using apptest::running;
using apptest::writeEndlessPython;

namespace {

constexpr int timeoutMs = 15'000;

template <typename T> bool ownedByTheBridgeOnly(const MainWindow& window, qsizetype count = 1)
{
    const QList<T*> found = window.findChildren<T*>();
    return found.size() == count
        && std::all_of(found.begin(), found.end(), [&](const T* t) { return t->parent() == window.bridge(); });
}

} // namespace

class TestBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!childProgramPath().isEmpty()); }
    void cleanup() { QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), timeoutMs); }

    // The stepping session, the live run, the FIFO runs, the duplex demo and the helper programs all belong to the
    // window's Bridge, and the pages use those very objects.
    void everyProcessHasOneOwner()
    {
        MainWindow window;
        Bridge* bridge = window.bridge();
        QVERIFY(bridge);
        QCOMPARE(window.findChildren<Bridge*>().size(), 1);
        // Two stepped sessions: the one shown and the rehearsal a lesson's teacher view goes through.
        QVERIFY(ownedByTheBridgeOnly<SessionController>(window, 2));
        QVERIFY(bridge->rehearsal() != bridge->session());
        QVERIFY(ownedByTheBridgeOnly<LiveFlow>(window, 2)); // the Live tab's, and a lesson's rehearsal's
        QVERIFY(ownedByTheBridgeOnly<FifoFlow>(window, 2));
        QVERIFY(ownedByTheBridgeOnly<DuplexRun>(window));
        QCOMPARE(window.controller(), bridge->session());
        QCOMPARE(window.livePanel()->flow(), bridge->live());
        QCOMPARE(window.namedPipesPanel()->flow(), bridge->fifo());
        // The subprocess.py tab asks python3 where its subprocess.py is at start-up; then nothing runs.
        QTRY_VERIFY_WITH_TIMEOUT(!bridge->isBusy(), timeoutMs);

        // The Python tab's run is the bridge's too, and goes once it is over.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        window.pythonPanel()->setPythonProgram(writeEndlessPython(dir.path(), pidFile));
        window.pythonPanel()->setTimeout(300);
        QSignalSpy done(window.pythonPanel(), &PythonPanel::pythonFinished);
        QVERIFY(window.pythonPanel()->runInPython());
        const QList<ProgramRunner*> runners = window.findChildren<ProgramRunner*>();
        QVERIFY(!runners.isEmpty());
        for (const ProgramRunner* runner : runners)
            QCOMPARE(runner->parent(), bridge);
        QVERIFY(bridge->isBusy());
        QVERIFY(done.wait(timeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(bridge->programRunners().isEmpty(), timeoutMs);
        for (const int pid : pidsIn(pidFile))
            QTRY_VERIFY_WITH_TIMEOUT(!running(pid), timeoutMs);
    }

    // A stepped child stopped between fork and exec, a live run whose parent and child deadlock, a FIFO run with
    // four writers and a python3 that never ends with a grandchild: stopAll() ends every one within a second and
    // leaves no process, thread or open behind.
    void stopAllEndsEverythingWithinASecond()
    {
        MainWindow window;
        Bridge* bridge = window.bridge();

        // The live scenario configures the streams: the steps are taken in that configuration, after it.
        QVERIFY(window.applyLiveScenario(QStringLiteral("deadlock")));
        QSignalSpy liveStarted(bridge->live(), &LiveFlow::started);
        QVERIFY(window.livePanel()->start());
        QVERIFY(liveStarted.wait(timeoutMs));
        const int livePid = bridge->live()->pid();

        QTRY_VERIFY_WITH_TIMEOUT(!bridge->session()->isBusy(), timeoutMs);
        while (bridge->session()->snapshot().childPid == 0) {
            QSignalSpy stepped(bridge->session(), &SessionController::stepDone);
            QVERIFY(bridge->session()->step());
            QVERIFY(stepped.wait(timeoutMs));
        }
        const pid_t stepped = bridge->session()->snapshot().childPid;
        QVERIFY(running(stepped));

        NamedPipesPanel* fifoPage = window.namedPipesPanel();
        fifoPage->writersBox()->setValue(4);
        fifoPage->recordsBox()->setValue(1'000'000);
        QVERIFY(fifoPage->start());
        QTRY_VERIFY_WITH_TIMEOUT(bridge->fifo()->writerPids().size() == 4, timeoutMs);
        const std::vector<int> writers = bridge->fifo()->writerPids();
        const QString fifoPath = bridge->fifo()->fifoPath();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        window.pythonPanel()->setPythonProgram(writeEndlessPython(dir.path(), pidFile));
        QVERIFY(window.pythonPanel()->runInPython());
        QTRY_COMPARE_WITH_TIMEOUT(pidsIn(pidFile).size(), 2, timeoutMs);

        QList<int> pids = pidsIn(pidFile) << stepped << livePid;
        for (const int writer : writers)
            pids << writer;
        for (const int pid : pids)
            QVERIFY2(running(pid), qPrintable(QString::number(pid)));
        QVERIFY(bridge->isBusy());

        QElapsedTimer clock;
        clock.start();
        bridge->stopAll();
        QVERIFY(clock.elapsed() < 100); // it only asks: nothing here waits
        const auto allGone = [&] {
            for (const int pid : pids)
                if (running(pid))
                    return false;
            return !bridge->isBusy() && noChildLeft();
        };
        const auto going = [&] {
            QStringList out;
            for (const int pid : pids)
                if (running(pid))
                    out << QString::number(pid);
            if (bridge->isBusy())
                out << QStringLiteral("the bridge is busy");
            if (!noChildLeft())
                out << QStringLiteral("a child of this process");
            return out.join(QStringLiteral(", "));
        };
        QVERIFY2(QTest::qWaitFor(allGone, 1000), qPrintable(QStringLiteral("still going after 1 s: ") + going()));
        QVERIFY(!QFile::exists(fifoPath));
        QCOMPARE(bridge->session()->stepPosition(), size_t(0));
        QVERIFY(!window.pythonPanel()->isRunning());
        QVERIFY(!window.livePanel()->isRunning());
        QVERIFY(!fifoPage->isRunning());
    }

    // Destroying the window is the same stop, and returns at once.
    void closingTheWindowEndsEverything()
    {
        auto window = std::make_unique<MainWindow>();
        QVERIFY(window->applyLiveScenario(QStringLiteral("deadlock")));
        QSignalSpy liveStarted(window->bridge()->live(), &LiveFlow::started);
        QVERIFY(window->livePanel()->start());
        QVERIFY(liveStarted.wait(timeoutMs));
        const int livePid = window->bridge()->live()->pid();
        QVERIFY(window->namedPipesPanel()->start());
        QTRY_VERIFY_WITH_TIMEOUT(!window->bridge()->fifo()->writerPids().empty(), timeoutMs);
        const std::vector<int> writers = window->bridge()->fifo()->writerPids();

        QElapsedTimer clock;
        clock.start();
        window.reset();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!running(livePid));
        for (const int writer : writers)
            QVERIFY(!running(writer));
        QVERIFY(noChildLeft());
    }
};

QTEST_MAIN(TestBridge)
#include "tst_bridge.moc"
