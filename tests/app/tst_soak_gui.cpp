// SPDX-License-Identifier: GPL-3.0-or-later
// Soak of the window: it is opened and closed again and again while its children run (a Run of a sleeping child, a
// stepped session whose child is stopped between fork and exec, a live flood, and a Run and a live flood at once).
// Destroying the window must terminate and reap every one of them there and then, before the event loop runs
// again: a teacher closing PipeScope must not leave a child behind, not even a zombie, and no fd may stay open.
// The figures are printed as "soak-gui: ..." lines.

#include "apptestsupport.h"
#include "bridge/liveflow.h"
#include "bridge/sessioncontroller.h"
#include "live/livepanel.h"
#include "live/livescenarios.h"
#include "popen/plan.h"
#include "shell/mainwindow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <sys/wait.h>

using namespace pipescope;

namespace {

constexpr int kCycles = 3; // windows opened and closed per kind of child
constexpr int kStartTimeoutMs = 30'000;
constexpr qint64 kCloseBudgetMs = 10'000; // closing the window must not hang on a child

int openFdCount()
{
    return static_cast<int>(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
}

void chooseMode(MainWindow& window, const QString& mode, const QString& args)
{
    auto* box = window.findChild<QComboBox*>(QStringLiteral("programMode"));
    auto* argsEdit = window.findChild<QLineEdit*>(QStringLiteral("modeArgs"));
    QVERIFY(box && argsEdit);
    const int row = box->findData(mode);
    QVERIFY(row >= 0);
    box->setCurrentIndex(row);
    argsEdit->setText(args);
}

// What became of a child of this process: gone (reaped), or why not. waitid(WNOWAIT) looks without reaping, so a
// zombie the window left behind is seen as one instead of being cleaned up by the test.
QString fateOf(int pid)
{
    siginfo_t info {};
    if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WSTOPPED | WNOHANG | WNOWAIT) == 0) {
        if (info.si_pid == 0)
            return QStringLiteral("pid %1 still runs").arg(pid);
        return info.si_code == CLD_STOPPED ? QStringLiteral("pid %1 is stopped").arg(pid)
                                           : QStringLiteral("pid %1 is a zombie (exited, not reaped)").arg(pid);
    }
    if (errno != ECHILD)
        return QStringLiteral("waitid(%1): %2").arg(pid).arg(QString::fromLocal8Bit(std::strerror(errno)));
    // Not our child any more; /proc/<pid> must be gone too (a reused pid would belong to someone else's parent).
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toInt() == static_cast<int>(::getpid()))
            return QStringLiteral("pid %1 is still in /proc as our child").arg(pid);
    }
    return {};
}

QByteArray commandLine(int pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
}

// The state letter of /proc/<pid>/stat: R, S, T (stopped), Z (zombie)...
char stateOf(int pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray text = stat.readAll();
    const qsizetype at = text.lastIndexOf(')') + 2;
    return at < text.size() ? text.at(at) : '?';
}

// The children a run, a step session or the live tab started: the demo child once it runs, or a child stopped in
// the middle of its setup (a stepped one, before exec, still looks like this test). Not whatever else the window
// runs, such as the python3 it asks where subprocess.py is, which may or may not be around while the window is open
// (and between its fork and exec looks like this test too). Once the window is gone, every child of any kind must
// be gone as well.
QList<int> sessionChildren()
{
    QList<int> out;
    for (const int pid : apptest::childPids())
        if (commandLine(pid).contains("pipescope-child") || stateOf(pid) == 'T')
            out << pid;
    return out;
}

// "pid (state): argv" of each child, for a failure message.
QString describe(const QList<int>& pids)
{
    QStringList out;
    for (const int pid : pids) {
        out << QStringLiteral("%1 (%2): %3")
                   .arg(pid)
                   .arg(QLatin1Char(stateOf(pid)))
                   .arg(QString::fromLocal8Bit(commandLine(pid)).replace(QChar(0), QChar(u' ')).trimmed());
    }
    return out.join(QStringLiteral("; "));
}

enum class Kind { Run, Stepped, Live, RunAndLive };

} // namespace

class TestSoakGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(PIPESCOPE_CHILD)), PIPESCOPE_CHILD " is missing");
        QVERIFY(apptest::noChildLeft());
        // One window and one step first: fonts, the platform plugin and the like open what they keep for the
        // whole process on first use; that is not a leak of one window.
        {
            MainWindow window;
            window.show();
            chooseMode(window, QStringLiteral("sleep"), QStringLiteral("60"));
            QSignalSpy done(window.controller(), &SessionController::stepDone);
            QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), kStartTimeoutMs); // the new spec's session
            QVERIFY(window.controller()->step());
            QVERIFY(done.wait(kStartTimeoutMs));
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), 15'000);
        m_baselineFds = openFdCount();
    }

    void closingTheWindowTerminatesAndReapsItsChildren_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addRow("run: sleep 60") << Kind::Run;
        QTest::addRow("stepped: child stopped between fork and exec") << Kind::Stepped;
        QTest::addRow("live: flood 64G") << Kind::Live;
        QTest::addRow("run and live flood at once") << Kind::RunAndLive;
    }

    void closingTheWindowTerminatesAndReapsItsChildren()
    {
        QFETCH(Kind, kind);
        qint64 slowestCloseMs = 0;
        int children = 0;
        for (int cycle = 0; cycle < kCycles; ++cycle) {
            const int fdsBefore = openFdCount();
            auto window = std::make_unique<MainWindow>();
            window->show();
            chooseMode(*window, QStringLiteral("sleep"), QStringLiteral("60"));
            SessionController* controller = window->controller();

            if (kind == Kind::Run || kind == Kind::RunAndLive) {
                QSignalSpy started(controller, &SessionController::runStarted);
                QVERIFY(window->run());
                QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1, kStartTimeoutMs);
            }
            if (kind == Kind::Stepped) {
                // A few steps past the fork: the child exists, stopped (SIGSTOP) in the middle of its setup.
                const HandlePlan plan = controller->plan(Lens::Posix);
                const auto fork
                    = std::ranges::find_if(plan.steps, [](const Step& s) { return s.action == StepAction::Fork; });
                QVERIFY(fork != plan.steps.end());
                const auto position = static_cast<size_t>(fork - plan.steps.begin()) + 3;
                QVERIFY(position < plan.steps.size());
                QTRY_VERIFY_WITH_TIMEOUT(!controller->isBusy(), kStartTimeoutMs); // the new spec's session
                QVERIFY(controller->stepTo(position));
                QTRY_VERIFY_WITH_TIMEOUT(controller->stepPosition() == position, kStartTimeoutMs);
            }
            if (kind == Kind::Live || kind == Kind::RunAndLive) {
                // The live tab runs what the streams panel shows, with the scenario's parent policy. 64 GiB: a flood
                // that is still running when the window closes, however fast the machine drains it.
                chooseMode(*window, QStringLiteral("flood"), QStringLiteral("64G"));
                const auto flood = LiveScenarios::byId(QStringLiteral("flood"));
                QVERIFY(flood);
                QVERIFY(window->livePanel()->start(*flood));
                QTRY_VERIFY_WITH_TIMEOUT(!window->livePanel()->flow()->isStarting(), kStartTimeoutMs);
                QVERIFY(window->livePanel()->flow()->pid() > 0);
            }

            const int expected = kind == Kind::RunAndLive ? 2 : 1;
            QTRY_VERIFY_WITH_TIMEOUT(sessionChildren().size() >= expected, kStartTimeoutMs);
            QVERIFY2(sessionChildren().size() == expected,
                qPrintable(
                    describe(apptest::childPids()) + QStringLiteral(" / live: ") + window->livePanel()->statusText()));
            const QList<int> pids = apptest::childPids();
            if (kind == Kind::Live || kind == Kind::RunAndLive)
                QVERIFY(pids.contains(window->livePanel()->flow()->pid()));
            children += expected;

            QElapsedTimer timer;
            timer.start();
            window.reset();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            const qint64 closeMs = timer.elapsed();
            slowestCloseMs = std::max(slowestCloseMs, closeMs);
            QVERIFY2(closeMs < kCloseBudgetMs, qPrintable(QStringLiteral("closing took %1 ms").arg(closeMs)));

            // Right away, before the event loop runs again: terminated and reaped, not merely on their way out.
            for (const int pid : pids) {
                const QString fate = fateOf(pid);
                QVERIFY2(fate.isEmpty(), qPrintable(fate));
            }
            QVERIFY2(apptest::noChildLeft(), qPrintable(describe(apptest::childPids())));
            // Worker threads may close their last fd just after they were told to stop.
            QTRY_COMPARE_WITH_TIMEOUT(openFdCount(), fdsBefore, 5'000);
        }
        QCOMPARE(openFdCount(), m_baselineFds);
        qInfo("soak-gui: %s: %d windows closed with %d children running, all reaped at once (slowest close %lld ms), "
              "fds %d -> %d",
            QTest::currentDataTag(), kCycles, children, static_cast<long long>(slowestCloseMs), m_baselineFds,
            openFdCount());
    }

private:
    int m_baselineFds = 0;
};

QTEST_MAIN(TestSoakGui)
#include "tst_soak_gui.moc"
