// SPDX-License-Identifier: GPL-3.0-or-later
// The live tab as a teacher uses it: pick a scenario, start it, type into the console, watch the status line call
// out the deadlock, cancel — with real children, checked through what the widgets show.
#include "bridge/bridge.h"
#include "bridge/childprogram.h"
#include "bridge/liveflow.h"
#include "live/byteflowplot.h"
#include "live/consolewidget.h"
#include "live/livepanel.h"
#include "live/livescenarios.h"
#include "text/livetext.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/wait.h>

using namespace pipescope;

namespace {

constexpr int runTimeoutMs = 20'000;

bool processGone(int pid)
{
    return pid > 0 && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

bool noChildLeft()
{
    errno = 0;
    return ::waitpid(-1, nullptr, WNOHANG) == -1 && errno == ECHILD;
}

// With PIPESCOPE_SCREENSHOT_DIR set, the panel is saved there as a person would see it at that moment.
void keepScreenshot(QWidget& widget, const QString& name)
{
    const QPixmap pixmap = widget.grab();
    QVERIFY(!pixmap.isNull());
    const QString dir = qEnvironmentVariable("PIPESCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG"));
}

void typeLine(ConsoleWidget* console, const QString& line)
{
    QLineEdit* input = console->inputLine();
    input->clear();
    QTest::keyClicks(input, line);
    QTest::keyClick(input, Qt::Key_Return);
}

} // namespace

class TestLivePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!childProgramPath().isEmpty(), "pipescope-child was not found"); }

    void cleanup() { QVERIFY(noChildLeft()); }

    void offersEveryScenario()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        const QList<LiveScenario> all = LiveScenarios::all();
        QCOMPARE(panel.scenarioBox()->count(), all.size());
        QStringList ids;
        for (const LiveScenario& s : all) {
            QVERIFY(!s.title.isEmpty());
            QVERIFY(!s.description.isEmpty());
            QVERIFY(!ids.contains(s.id));
            ids << s.id;
            QVERIFY(panel.selectScenario(s.id));
            QCOMPARE(panel.currentScenario()->id, s.id);
        }
        for (const char* id : { "seed-echo", "stdin-not-pipe", "stdout-not-pipe", "stderr-to-stdout", "devnull", "file",
                 "deadlock", "communicate", "wait-deadlock", "stderr-deadlock", "stderr-order",
                 "stderr-order-unbuffered", "sigpipe", "broken-pipe-python" })
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QVERIFY(!panel.selectScenario(QStringLiteral("no-such-scenario")));
        QVERIFY(panel.startButton()->isEnabled());
        QVERIFY(!panel.cancelButton()->isEnabled());
    }

    void seedEchoThroughTheConsole()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(panel.selectScenario(QStringLiteral("seed-echo")));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QVERIFY(panel.isRunning());
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.cancelButton()->isEnabled());
        ConsoleWidget* console = panel.console();
        // The ten lines of the seed's parent, and the child's answer to each, \r shown as such.
        QTRY_VERIFY_WITH_TIMEOUT(
            console->shownText(Stream::Stdout).contains(QStringLiteral(">>>get std in write data:9\\r\n")),
            runTimeoutMs);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(console->shownText(Stream::Stdin).contains(QStringLiteral("write data:%1\\r\n").arg(i)));
            QVERIFY(
                console->shownText(Stream::Stdout).contains(QStringLiteral(">>>get std in write data:%1\\r\n").arg(i)));
        }
        QVERIFY(console->shownText(Stream::Stdout).startsWith(QStringLiteral("child process start\n")));
        QVERIFY(console->streamNotice(Stream::Stdout).isEmpty());
        QVERIFY(console->streamNotice(Stream::Stderr).contains(QStringLiteral("None")));

        // Typed at the console: through stdin to the child and back.
        typeLine(console, QStringLiteral("typed by hand"));
        QTRY_VERIFY_WITH_TIMEOUT(
            console->shownText(Stream::Stdout).contains(QStringLiteral(">>>get std in typed by hand\n")), runTimeoutMs);
        QVERIFY(console->inputLine()->text().isEmpty());
        QVERIFY(console->shownText(Stream::Stdin).contains(QStringLiteral("typed by hand\n")));
        keepScreenshot(panel, QStringLiteral("livepanel-seed-echo"));
        QTRY_VERIFY(panel.fillGauge(Stream::Stdout)->isEnabled());
        QVERIFY(panel.plot()->pointCount() > 0);

        QVERIFY(console->closeStdinButton()->isEnabled());
        QTest::mouseClick(console->closeStdinButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY2(panel.statusText().contains(QStringLiteral("exited with status 0")), qPrintable(panel.statusText()));
        QTRY_VERIFY(console->shownText(Stream::Stdout).endsWith(QStringLiteral("[EOF]")));
        QVERIFY(console->shownText(Stream::Stdin).contains(QStringLiteral("[stdin closed")));
        // After the end, typing says why nothing happens.
        typeLine(console, QStringLiteral("anyone?"));
        QVERIFY(!console->inputNotice().isEmpty());
        QVERIFY(panel.startButton()->isEnabled());
        QVERIFY(!panel.cancelButton()->isEnabled());
    }

    // The note's own child.py with a parent that writes the ten lines and keeps stdin open, as its parent.py does.
    // Buffered (python3 -E, whatever PYTHONUNBUFFERED says here): child.py has printed twice once it first sleeps,
    // yet nothing has reached the pipe.
    void noteDemoAsWrittenShowsNothing()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.show();
        QVERIFY(panel.selectScenario(QStringLiteral("note-demo")));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QTRY_VERIFY_WITH_TIMEOUT(panel.flow()->lastSample().child.call == BlockedCall::Sleep, runTimeoutMs);
        QCOMPARE(panel.flow()->lastSample().stream(Stream::Stdin).bytes, LiveScenarios::seedLines().size());
        QTest::qWait(300); // a flush would be a write() the sampler sees within a frame
        QCOMPARE(panel.flow()->lastSample().stream(Stream::Stdout).bytes, 0);
        QVERIFY(panel.console()->shownText(Stream::Stdout).isEmpty());
        QVERIFY(panel.isRunning());
        panel.cancel();
        QVERIFY(finished.wait(runTimeoutMs));
    }

    // Unbuffered (-u): the greeting and each answer arrive, each answer with the line's own \r\n (sys.stdin does not
    // translate newlines on Linux) and print()'s \n after it; closed, stdin gives '' and child.py prints for ever.
    void noteDemoUnbufferedNeverEnds()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.show();
        QVERIFY(panel.selectScenario(QStringLiteral("note-demo-unbuffered")));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        ConsoleWidget* console = panel.console();
        QTRY_VERIFY_WITH_TIMEOUT(
            console->shownText(Stream::Stdout)
                .startsWith(QStringLiteral("child process start\n>>>get std in write data:0\\r\n\n")),
            runTimeoutMs);
        // Closed now: the ten lines still wait in the pipe, one a second, then readline() returns ''.
        QTest::mouseClick(console->closeStdinButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(console->shownText(Stream::Stdout)
                                     .contains(QStringLiteral(">>>get std in write data:9\\r\n\n>>>get std in \n")),
            20'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            console->shownText(Stream::Stdout).endsWith(QStringLiteral(">>>get std in \n>>>get std in \n")), 5'000);
        QVERIFY(panel.isRunning()); // it never ends by itself
        panel.cancel();
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY(panel.flow()->lastSample().cancelled);
    }

    // stderr=STDOUT: one pipe in the order of the write() calls, which C stdio's buffering makes differ from the order
    // of the prints; unbuffered, the two agree.
    void stderrToStdoutOrder_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::addRow("buffered") << QStringLiteral("stderr-order")
                                  << QStringLiteral("2: printed to stderr\n4: printed to stderr\n1: printed to stdout\n"
                                                    "3: printed to stdout\n");
        QTest::addRow("unbuffered") << QStringLiteral("stderr-order-unbuffered")
                                    << QStringLiteral("1: printed to stdout\n2: printed to stderr\n3: printed to "
                                                      "stdout\n4: printed to stderr\n");
    }

    void stderrToStdoutOrder()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.show();
        QVERIFY(panel.selectScenario(id));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QVERIFY(finished.wait(runTimeoutMs));
        QCOMPARE(panel.flow()->lastSample().exit->code, 0);
        ConsoleWidget* console = panel.console();
        QTRY_VERIFY(console->shownText(Stream::Stdout).endsWith(QStringLiteral("[EOF]")));
        QCOMPARE(console->shownText(Stream::Stdout), expected + QStringLiteral("[EOF]"));
        QCOMPARE(panel.flow()->lastSample().stream(Stream::Stderr).bytes, 0); // no pipe of its own
    }

    // The parent closes stdout after its first bytes: the C child dies of SIGPIPE, the real python3 raises
    // BrokenPipeError and exits 1, its traceback read from the stderr pipe.
    void closingStdoutEarly_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("signaled");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("stderrText");
        QTest::addRow("C child") << QStringLiteral("sigpipe") << true << SIGPIPE
                                 << QStringLiteral("killed by signal 13 (SIGPIPE). SIGPIPE: it wrote to a pipe")
                                 << QString();
        QTest::addRow("Python child") << QStringLiteral("broken-pipe-python") << false << 1
                                      << QStringLiteral("exited with status 1.")
                                      << QStringLiteral("BrokenPipeError: [Errno 32] Broken pipe");
    }

    void closingStdoutEarly()
    {
        QFETCH(QString, id);
        QFETCH(bool, signaled);
        QFETCH(int, code);
        QFETCH(QString, status);
        QFETCH(QString, stderrText);
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(panel.selectScenario(id));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QVERIFY(finished.wait(runTimeoutMs));
        const LiveSample& last = panel.flow()->lastSample();
        QCOMPARE(last.exit->signaled, signaled);
        QCOMPARE(last.exit->code, code);
        QVERIFY(last.stream(Stream::Stdout).bytes > 0);
        QVERIFY2(panel.statusText().contains(status), qPrintable(panel.statusText()));
        ConsoleWidget* console = panel.console();
        QTRY_VERIFY(console->shownText(Stream::Stdout).endsWith(QStringLiteral("[closed by the parent]")));
        // What the parent read before it closed: the flood's pattern, or the start of the script's first line (all
        // of it with a buffered stdout, only "line" where PYTHONUNBUFFERED makes print() write each piece).
        const QString shown = console->shownText(Stream::Stdout);
        QVERIFY2(shown.contains(id == QLatin1String("sigpipe") ? QStringLiteral("abcdefgh") : QStringLiteral("line")),
            qPrintable(shown));
        if (!stderrText.isEmpty())
            QTRY_VERIFY2(console->shownText(Stream::Stderr).contains(stderrText),
                qPrintable(console->shownText(Stream::Stderr)));
        QVERIFY(!panel.statusText().contains(QStringLiteral("SIGPIPE")) || signaled);
        keepScreenshot(panel, QStringLiteral("livepanel-") + id);
    }

    void stdinNotPipeExplainsTheAttributeError()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.show();
        QVERIFY(panel.selectScenario(QStringLiteral("stdin-not-pipe")));
        QVERIFY(panel.start());
        ConsoleWidget* console = panel.console();
        typeLine(console, QStringLiteral("hello"));
        const QString notice = console->inputNotice();
        QVERIFY2(notice.contains(QStringLiteral("AttributeError: 'NoneType' object has no attribute 'write'")),
            qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("p2cwrite")));
        QVERIFY(notice.contains(QStringLiteral("stdin=None")));
        QCOMPARE(console->inputLine()->text(), QStringLiteral("hello")); // not sent, not lost
        QVERIFY(console->shownText(Stream::Stdin).isEmpty());
        QCOMPARE(panel.fillGauge(Stream::Stdin)->format(), QStringLiteral("not a pipe"));
        // Closing it is proc.stdin.close(): the same error, for close.
        QTest::mouseClick(console->closeStdinButton(), Qt::LeftButton);
        QVERIFY(console->inputNotice().contains(QStringLiteral("no attribute 'close'")));
        QVERIFY(console->streamNotice(Stream::Stdin).contains(QStringLiteral("no attribute 'write'")));
        keepScreenshot(panel, QStringLiteral("livepanel-stdin-not-pipe"));
        // The child greets on its stdout pipe whatever its stdin is.
        QTRY_VERIFY_WITH_TIMEOUT(
            console->shownText(Stream::Stdout).startsWith(QStringLiteral("child process start\n")), runTimeoutMs);
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        if (panel.isRunning()) {
            panel.cancel();
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        }
    }

    void stdoutNotPipeExplainsReadline()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        QVERIFY(panel.selectScenario(QStringLiteral("stdout-not-pipe")));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        const QString notice = panel.console()->streamNotice(Stream::Stdout);
        QVERIFY2(notice.contains(QStringLiteral("AttributeError: 'NoneType' object has no attribute 'readline'")),
            qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("c2pread")));
        QTRY_COMPARE_WITH_TIMEOUT(panel.flow()->lastSample().stream(Stream::Stdin).bytes,
            qint64(LiveScenarios::seedLines().size()), runTimeoutMs);
        QTest::mouseClick(panel.console()->closeStdinButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY(panel.console()->shownText(Stream::Stdout).isEmpty());
        QCOMPARE(panel.flow()->lastSample().stream(Stream::Stdout).bytes, qint64(0));
    }

    void stderrMergesIntoStdout()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        QVERIFY(panel.selectScenario(QStringLiteral("stderr-to-stdout")));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QTRY_VERIFY(!panel.flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        const QString out = panel.console()->shownText(Stream::Stdout);
        QVERIFY2(
            out.contains(QStringLiteral("error from child")) && out.contains(QStringLiteral("ok")), qPrintable(out));
        QVERIFY(panel.console()->shownText(Stream::Stderr).isEmpty());
        QVERIFY(panel.console()->streamNotice(Stream::Stderr).contains(QStringLiteral("STDOUT")));
    }

    void devNullShowsNoByte()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        QVERIFY(panel.selectScenario(QStringLiteral("devnull")));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QTRY_VERIFY(!panel.flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        for (Stream s : allStreams) {
            QVERIFY(panel.console()->shownText(s).isEmpty());
            QVERIFY(!panel.fillGauge(s)->isEnabled());
        }
        QVERIFY(panel.console()->streamNotice(Stream::Stdout).contains(QStringLiteral("/dev/null")));
        QVERIFY(panel.statusText().contains(QStringLiteral("exited with status 0")));
    }

    void fileRedirectFillsTheFile()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        QVERIFY(panel.selectScenario(QStringLiteral("file")));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QTRY_VERIFY(!panel.flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        const QString path = QDir(panel.workDirectory()).filePath(QStringLiteral("output.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("child process start\n"));
        QCOMPARE(content.count(">>>get std in write data:"), 10);
        QVERIFY(panel.console()->shownText(Stream::Stdout).isEmpty());
        QVERIFY(panel.console()->streamNotice(Stream::Stdout).contains(path));
        QVERIFY2(panel.statusText().contains(path), qPrintable(panel.statusText()));
    }

    // The three classic deadlocks of a parent that does not use communicate(), each with real blocking calls: the
    // verdict names where each side sleeps, as /proc says, and Cancel ends it.
    void deadlockIsCalledOutAndCancelReaps_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("fullPipe");
        QTest::addRow("naive parent writes stdin first")
            << QStringLiteral("deadlock")
            << QStringLiteral("Deadlock: the parent is blocked in write(p2cwrite) — pipe full; the child is blocked in "
                              "write(1) — pipe full. Neither can go on.")
            << int(Stream::Stdout);
        QTest::addRow("wait() before reading stdout")
            << QStringLiteral("wait-deadlock")
            << QStringLiteral("Deadlock: the parent is blocked in wait — waiting for a child process to exit; the "
                              "child is blocked in write(1) — pipe full. Neither can go on.")
            << int(Stream::Stdout);
        QTest::addRow("reading stdout to EOF while stderr fills")
            << QStringLiteral("stderr-deadlock")
            << QStringLiteral("Deadlock: the parent is blocked in read(c2pread) — pipe empty; the child is blocked in "
                              "write(2) — pipe full. Neither can go on.")
            << int(Stream::Stderr);
    }

    void deadlockIsCalledOutAndCancelReaps()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, verdict);
        QFETCH(int, fullPipe);
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(panel.selectScenario(scenario));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QTRY_VERIFY(!panel.flow()->isStarting());
        const int pid = panel.flow()->pid();
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusText().startsWith(QStringLiteral("Deadlock:")), 2000);
        QVERIFY2(panel.statusText().startsWith(verdict), qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(QStringLiteral("Cancel")));
        QVERIFY(panel.cancelButton()->isEnabled());
        const auto full = static_cast<Stream>(fullPipe);
        QTRY_VERIFY(panel.fillGauge(full)->format().contains(QStringLiteral("full")));
        QCOMPARE(panel.fillGauge(full)->value(), panel.fillGauge(full)->maximum());
        if (scenario == QLatin1String("deadlock")) {
            QVERIFY(panel.fillGauge(Stream::Stdin)->format().contains(QStringLiteral("full")));
            keepScreenshot(panel, QStringLiteral("livepanel-deadlock"));
        }

        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(panel.statusText()));
        QVERIFY(processGone(pid));
    }

    // A child that stops reading does not make the parent's write fail: the write blocks on the full pipe.
    // EPIPE comes only once no process holds the read end, here when the child is killed.
    void childThatStopsReadingBlocksTheWriterNotEpipe()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        LiveScenario never = *LiveScenarios::byId(QStringLiteral("deadlock"));
        never.id = QStringLiteral("never-reads");
        never.redirects = { Redirect::pipe(), Redirect::inherit(), Redirect::inherit() };
        never.childArgs = { QStringLiteral("sleep"), QStringLiteral("60") };
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start(never));
        QTRY_VERIFY(!panel.flow()->isStarting());
        const int pid = panel.flow()->pid();
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.statusText().contains(QStringLiteral("the parent is blocked in write(p2cwrite) — pipe full")),
            runTimeoutMs);
        QVERIFY(!panel.flow()->lastSample().stdinBrokenPipe);
        QVERIFY2(!panel.statusText().contains(QStringLiteral("EPIPE")), qPrintable(panel.statusText()));
        QVERIFY(!panel.console()->shownText(Stream::Stdin).contains(QStringLiteral("EPIPE")));

        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY(processGone(pid));
        if (panel.flow()->lastSample().stdinBrokenPipe)
            QVERIFY2(panel.statusText().contains(QStringLiteral("exited")), qPrintable(panel.statusText()));
    }

    void communicateCompletes()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        QVERIFY(panel.selectScenario(QStringLiteral("communicate")));
        bool sawDeadlock = false;
        connect(panel.flow(), &LiveFlow::sampled, this,
            [&](const LiveSample& s) { sawDeadlock = sawDeadlock || s.verdict == Verdict::Deadlock; });
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QTRY_VERIFY(!panel.flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY(!sawDeadlock);
        QVERIFY(!panel.statusText().contains(QStringLiteral("Deadlock")));
        QCOMPARE(panel.flow()->lastSample().stream(Stream::Stdout).bytes, qint64 { 1 } << 20);
        QVERIFY(panel.statusText().contains(QStringLiteral("exited with status 0")));
    }

    void binaryIsEscapedNotDropped()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        QByteArray input("text\x00\x01\x1b[31m\xff\xfe\xe7\xae\xa1\r\n", 18);
        LiveScenario binary {
            .id = QStringLiteral("binary"),
            .redirects = { Redirect::pipe(), Redirect::pipe(), Redirect::inherit() },
            .childArgs = { QStringLiteral("cat") },
            .input = input,
        };
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start(binary));
        QTRY_VERIFY(!panel.flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        const QString expected = QStringLiteral("text\\x00\\x01\\x1b[31m\\xff\\xfe管\\r\n");
        QCOMPARE(panel.console()->shownText(Stream::Stdout), expected + QStringLiteral("[EOF]"));
        QCOMPARE(panel.console()->shownText(Stream::Stdin),
            expected + QStringLiteral("[stdin closed: the child reads EOF]"));
    }

    void plotExportsPng()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(panel.selectScenario(QStringLiteral("stderr-to-stdout")));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QTRY_VERIFY(!panel.flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flow.png"));
        QVERIFY(panel.plot()->exportPng(path));
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);

        ByteFlowPlot* plot = panel.plot();
        QVERIFY(!plot->isPaused());
        QTest::mouseClick(plot->pauseButton(), Qt::LeftButton);
        QVERIFY(plot->isPaused());
        plot->setWindowSeconds(5);
        QCOMPARE(plot->windowSeconds(), 5.0);
        QTest::mouseClick(plot->pauseButton(), Qt::LeftButton);
        QVERIFY(!plot->isPaused());
    }

    void destroyingThePanelReaps()
    {
        int pid = 0;
        {
            Bridge bridge;
            LivePanel panel(bridge.live());
            QVERIFY(panel.selectScenario(QStringLiteral("seed-echo")));
            QVERIFY(panel.start());
            QTRY_VERIFY(!panel.flow()->isStarting());
            pid = panel.flow()->pid();
            QVERIFY(!processGone(pid));
        }
        QVERIFY(processGone(pid));
    }

    void verdictWords()
    {
        LiveSample s;
        QCOMPARE(LiveText::verdictText(s), QStringLiteral("Running: bytes can move."));
        s.child = { .process = Actor::Child,
            .observed = true,
            .call = BlockedCall::Write,
            .fd = 1,
            .stream = Stream::Stdout,
            .reason = BlockReason::PipeFull };
        QCOMPARE(LiveText::verdictText(s), QStringLiteral("Running: the child is blocked in write(1) — pipe full."));
        s.child = { .process = Actor::Child,
            .observed = true,
            .call = BlockedCall::Read,
            .fd = 0,
            .stream = Stream::Stdin,
            .reason = BlockReason::PipeEmpty };
        s.verdict = Verdict::WaitingForInput;
        QVERIFY(LiveText::verdictText(s).startsWith(
            QStringLiteral("Waiting for input: the child is blocked in read(0) — pipe empty.")));
        // Typing is asked for only where the user gives the input; a parent that writes it (slowly) is said to.
        QVERIFY(LiveText::verdictText(s).contains(QStringLiteral("Type a line")));
        QVERIFY(!LiveText::verdictText(s, LiveText::Input::Written).contains(QStringLiteral("Type a line")));
        QVERIFY(LiveText::verdictText(s, LiveText::Input::Written)
                    .endsWith(QStringLiteral("The parent writes the next bytes.")));
        QVERIFY(LiveText::verdictText(s, LiveText::Input::WrittenSlowly).contains(QStringLiteral("slow motion")));
        s.parent = { .process = Actor::Parent,
            .observed = true,
            .call = BlockedCall::Read,
            .fd = 7,
            .stream = Stream::Stdout,
            .reason = BlockReason::PipeEmpty };
        QCOMPARE(LiveText::callText(s.parent), QStringLiteral("read(c2pread)"));
    }
};

QTEST_MAIN(TestLivePanel)
#include "tst_livepanel.moc"
