// SPDX-License-Identifier: GPL-3.0-or-later
// LiveFlow, the Qt bridge to core's Pump, with real children: every live scenario delivers exactly the bytes it
// should, the naive parent's deadlock is seen (and communicate()'s is not), cancelling or destroying kills and
// reaps, and the byte escaper shows every byte.
#include "bridge/childprogram.h"
#include "bridge/liveflow.h"
#include "live/livescenarios.h"
#include "text/byteescaper.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>
#include <mutex>
#include <sys/wait.h>

using namespace pipescope;

namespace {

constexpr int runTimeoutMs = 20'000;

// Every byte the pump read, gathered on its thread.
struct Capture
{
    std::mutex mutex;
    std::array<QByteArray, 3> data;

    QByteArray of(Stream s)
    {
        const std::lock_guard lock(mutex);
        return data[static_cast<std::size_t>(s)];
    }
};

std::shared_ptr<Capture> capture(LiveFlow& flow)
{
    auto c = std::make_shared<Capture>();
    flow.setSink([c](Stream s, std::span<const std::byte> bytes) {
        const std::lock_guard lock(c->mutex);
        c->data[static_cast<std::size_t>(s)].append(
            reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    });
    return c;
}

LiveScenario scenario(const QString& id)
{
    const auto s = LiveScenarios::byId(id);
    if (!s)
        qFatal("no scenario %s", qPrintable(id));
    return *s;
}

// start() returns at once: the spawn happens on the flow's own thread. Waits until started() or failed() came.
bool waitStarted(LiveFlow& flow)
{
    QDeadlineTimer deadline(10'000);
    while (flow.isStarting() && !deadline.hasExpired())
        QTest::qWait(1);
    return !flow.isStarting() && flow.pid() > 0;
}

bool start(LiveFlow& flow, const LiveScenario& s, const QString& workDir = {})
{
    return flow.start(s.spec(childProgramPath(), workDir), s.policy, s.input) && waitStarted(flow);
}

// Gone from the process table: neither running nor a zombie.
bool processGone(int pid)
{
    return pid > 0 && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

bool noChildLeft()
{
    errno = 0;
    return ::waitpid(-1, nullptr, WNOHANG) == -1 && errno == ECHILD;
}

QByteArray seedEchoes()
{
    QByteArray out = "child process start\n";
    for (int i = 0; i < 10; ++i)
        out += ">>>get std in write data:" + QByteArray::number(i) + "\r\n\n";
    return out;
}

} // namespace

class TestLiveFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!childProgramPath().isEmpty(), "pipescope-child was not found"); }

    void cleanup() { QVERIFY(noChildLeft()); }

    void samplesAtTheScreenRate()
    {
        LiveFlow flow;
        QVERIFY(flow.sampleInterval().count() >= 1);
        QVERIFY(flow.sampleInterval().count() <= 34); // 30 Hz or faster
        QCOMPARE(flow.sampleInterval(), LiveFlow::screenFrameInterval());
    }

    void seedEchoAllTenLinesComeBack()
    {
        LiveFlow flow;
        auto got = capture(flow);
        QSignalSpy finished(&flow, &LiveFlow::finished);
        QVERIFY(start(flow, scenario(QStringLiteral("seed-echo"))));
        QVERIFY(flow.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(got->of(Stream::Stdout), seedEchoes(), runTimeoutMs);
        // As in the seed, stdin is still open: the child still waits for more.
        QVERIFY(flow.isRunning());
        QTRY_VERIFY(flow.lastSample().stream(Stream::Stdin).open);
        QCOMPARE(flow.lastSample().stream(Stream::Stdin).bytes, qint64(LiveScenarios::seedLines().size()));
        flow.closeStdin();
        QVERIFY(finished.wait(runTimeoutMs));
        QCOMPARE(finished.first().first().value<ExitStatus>(), ExitStatus {});
        const LiveSample& last = flow.lastSample();
        QVERIFY(last.finished);
        QCOMPARE(last.verdict, Verdict::Finished);
        QCOMPARE(last.stream(Stream::Stdout).bytes, qint64(seedEchoes().size()));
        QVERIFY(!flow.isRunning());
    }

    void consoleInputReachesTheEchoChild()
    {
        LiveFlow flow;
        auto got = capture(flow);
        QSignalSpy finished(&flow, &LiveFlow::finished);
        QVERIFY(start(flow, scenario(QStringLiteral("seed-echo"))));
        QTRY_VERIFY_WITH_TIMEOUT(got->of(Stream::Stdout).endsWith("write data:9\r\n\n"), runTimeoutMs);
        QVERIFY(flow.feedLine("hello, child"));
        // print() adds its newline to the line's own, as child.py does.
        QTRY_VERIFY_WITH_TIMEOUT(got->of(Stream::Stdout).endsWith(">>>get std in hello, child\n\n"), runTimeoutMs);
        // The samples carry the same bytes for display.
        QTRY_VERIFY(flow.lastSample().stream(Stream::Stdout).bytes == got->of(Stream::Stdout).size());
        flow.closeStdin();
        QVERIFY(!flow.feedLine("too late")); // closing was asked for: nothing more goes in
        QVERIFY(finished.wait(runTimeoutMs));
    }

    void freshBytesAddUpToTheStream()
    {
        LiveFlow flow;
        QByteArray shown;
        qint64 skipped = 0;
        connect(&flow, &LiveFlow::sampled, this, [&](const LiveSample& s) {
            QCOMPARE(s.stream(Stream::Stdout).freshOffset, shown.size() + skipped);
            shown += s.stream(Stream::Stdout).fresh;
            skipped += s.stream(Stream::Stdout).skipped;
        });
        QSignalSpy finished(&flow, &LiveFlow::finished);
        QVERIFY(start(flow, scenario(QStringLiteral("seed-echo"))));
        QTRY_COMPARE_WITH_TIMEOUT(shown, seedEchoes(), runTimeoutMs);
        QCOMPARE(skipped, qint64(0));
        flow.closeStdin();
        QVERIFY(finished.wait(runTimeoutMs));
    }

    void stderrToStdoutArrivesOnStdout()
    {
        LiveFlow flow;
        auto got = capture(flow);
        QSignalSpy finished(&flow, &LiveFlow::finished);
        QVERIFY(start(flow, scenario(QStringLiteral("stderr-to-stdout"))));
        QVERIFY(finished.wait(runTimeoutMs));
        const QByteArray out = got->of(Stream::Stdout);
        QVERIFY2(out.contains("error from child"), out.constData());
        QVERIFY2(out.contains("ok"), out.constData());
        QVERIFY(got->of(Stream::Stderr).isEmpty());
        QVERIFY(!flow.lastSample().stream(Stream::Stderr).piped);
        QCOMPARE(flow.lastSample().stream(Stream::Stdout).bytes, qint64(out.size()));
    }

    void devNullMovesNoByte()
    {
        LiveFlow flow;
        auto got = capture(flow);
        QSignalSpy finished(&flow, &LiveFlow::finished);
        QVERIFY(start(flow, scenario(QStringLiteral("devnull"))));
        QVERIFY(finished.wait(runTimeoutMs));
        QCOMPARE(finished.first().first().value<ExitStatus>(), ExitStatus {});
        for (Stream s : allStreams) {
            QVERIFY(!flow.lastSample().stream(s).piped);
            QCOMPARE(flow.lastSample().stream(s).bytes, qint64(0));
            QVERIFY(got->of(s).isEmpty());
        }
    }

    void fileHoldsTheOutput()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LiveScenario s = scenario(QStringLiteral("file"));
        QVERIFY(s.usesWorkDir());
        LiveFlow flow;
        QSignalSpy finished(&flow, &LiveFlow::finished);
        QVERIFY(start(flow, s, dir.path()));
        QVERIFY(finished.wait(runTimeoutMs));
        QFile file(dir.filePath(QStringLiteral("output.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), seedEchoes());
        QVERIFY(!flow.lastSample().stream(Stream::Stdout).piped);
        QCOMPARE(flow.lastSample().stream(Stream::Stdin).bytes, qint64(LiveScenarios::seedLines().size()));
    }

    void naiveParentDeadlocksAndCancelReaps()
    {
        LiveFlow flow;
        QSignalSpy finished(&flow, &LiveFlow::finished);
        QSignalSpy events(&flow, &LiveFlow::coreEvent);
        QVERIFY(start(flow, scenario(QStringLiteral("deadlock"))));
        const int pid = flow.pid();
        QVERIFY(pid > 0);
        QTRY_COMPARE_WITH_TIMEOUT(flow.lastSample().verdict, Verdict::Deadlock, 2000);
        const LiveSample s = flow.lastSample();
        QVERIFY(s.deadlockSince.has_value());
        QCOMPARE(s.parent.call, BlockedCall::Write);
        QCOMPARE(s.parent.stream, std::optional(Stream::Stdin));
        QCOMPARE(s.parent.reason, BlockReason::PipeFull);
        QCOMPARE(s.child.call, BlockedCall::Write);
        QCOMPARE(s.child.fd, 1);
        QCOMPARE(s.child.reason, BlockReason::PipeFull);
        QVERIFY(s.stream(Stream::Stdin).full());
        QVERIFY(s.stream(Stream::Stdout).full());
        QVERIFY(s.stream(Stream::Stdin).bytes < LiveScenarios::megabyte().size());

        flow.cancel();
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY(flow.lastSample().cancelled);
        QCOMPARE(finished.first().first().value<ExitStatus>(), (ExitStatus { .signaled = true, .code = SIGKILL }));
        QVERIFY(processGone(pid));
        bool killed = false;
        for (const QList<QVariant>& args : events)
            killed = killed || args.first().value<Event>().kind == EventKind::ChildKilled;
        QVERIFY(killed);
    }

    void communicateCompletesByteExact()
    {
        LiveFlow flow;
        auto got = capture(flow);
        bool sawDeadlock = false;
        connect(&flow, &LiveFlow::sampled, this,
            [&](const LiveSample& s) { sawDeadlock = sawDeadlock || s.verdict == Verdict::Deadlock; });
        QSignalSpy finished(&flow, &LiveFlow::finished);
        QVERIFY(start(flow, scenario(QStringLiteral("communicate"))));
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY(!sawDeadlock);
        QCOMPARE(finished.first().first().value<ExitStatus>(), ExitStatus {});
        const QByteArray expected = LiveScenarios::megabyte();
        QCOMPARE(expected.size(), qsizetype { 1 } << 20);
        QVERIFY(got->of(Stream::Stdout) == expected);
        QCOMPARE(flow.lastSample().stream(Stream::Stdin).bytes, qint64(expected.size()));
        QCOMPARE(flow.lastSample().stream(Stream::Stdout).bytes, qint64(expected.size()));
    }

    void cancelKillsAndReaps()
    {
        LiveFlow flow;
        QSignalSpy finished(&flow, &LiveFlow::finished);
        QVERIFY(start(flow, scenario(QStringLiteral("seed-echo"))));
        const int pid = flow.pid();
        QVERIFY(!processGone(pid));
        flow.cancel();
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY(processGone(pid));
        QVERIFY(!flow.isRunning());
    }

    void destructionKillsAndReaps()
    {
        int pid = 0;
        {
            LiveFlow flow;
            QVERIFY(start(flow, scenario(QStringLiteral("deadlock"))));
            pid = flow.pid();
            QTRY_COMPARE_WITH_TIMEOUT(flow.lastSample().verdict, Verdict::Deadlock, 2000);
        }
        QVERIFY(processGone(pid));
    }

    void missingProgramFails()
    {
        LiveFlow flow;
        QSignalSpy failed(&flow, &LiveFlow::failed);
        QSignalSpy started(&flow, &LiveFlow::started);
        SpawnSpec spec;
        spec.argv = { "/nonexistent/pipescope-no-such-program" };
        QVERIFY(flow.start(spec, ParentPolicy::Communicate, {}));
        QVERIFY(flow.isRunning()); // starting, on its own thread
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::ExecFailed);
        QCOMPARE(started.size(), 0);
        QVERIFY(!flow.isRunning());
    }

    void binaryBytesArriveExact()
    {
        QByteArray input;
        for (int i = 0; i < 256; ++i)
            input += static_cast<char>(i);
        LiveFlow flow;
        auto got = capture(flow);
        QByteArray shown;
        connect(&flow, &LiveFlow::sampled, this, [&](const LiveSample& s) { shown += s.stream(Stream::Stdout).fresh; });
        QSignalSpy finished(&flow, &LiveFlow::finished);
        SpawnSpec spec;
        spec.argv = { childProgramPath().toStdString(), "cat" };
        spec.redirects = { Redirect::pipe(), Redirect::pipe(), Redirect::inherit() };
        QVERIFY(flow.start(spec, ParentPolicy::Communicate, input));
        QVERIFY(waitStarted(flow));
        QVERIFY(finished.wait(runTimeoutMs));
        QCOMPARE(got->of(Stream::Stdout), input);
        QCOMPARE(shown, input);
    }

    void floodIsMeasured()
    {
        LiveFlow flow;
        double fastest = 0;
        qint64 skipped = 0;
        connect(&flow, &LiveFlow::sampled, this, [&](const LiveSample& s) {
            fastest = std::max(fastest, s.stream(Stream::Stdout).bytesPerSecond);
            skipped += s.stream(Stream::Stdout).skipped;
            QVERIFY(s.stream(Stream::Stdout).fresh.size() <= static_cast<qsizetype>(flow.ringCapacity()));
        });
        QSignalSpy finished(&flow, &LiveFlow::finished);
        SpawnSpec spec;
        spec.argv = { childProgramPath().toStdString(), "flood", "256M" };
        spec.redirects = { Redirect::inherit(), Redirect::pipe(), Redirect::inherit() };
        QVERIFY(flow.start(spec, ParentPolicy::Communicate, {}));
        QVERIFY(finished.wait(runTimeoutMs));
        QCOMPARE(flow.lastSample().stream(Stream::Stdout).bytes, qint64 { 256 } << 20);
        QVERIFY(fastest > 0);
        QVERIFY(skipped > 0); // far more than one ring per frame: the display is a sample, the count exact
    }

    void escaperKeepsEveryByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addRow("text") << QByteArray("hello\tworld\n") << QStringLiteral("hello\tworld\n");
        QTest::addRow("cr lf") << QByteArray("write data:0\r\n") << QStringLiteral("write data:0\\r\n");
        QTest::addRow("backslash") << QByteArray("a\\x00") << QStringLiteral("a\\\\x00");
        QTest::addRow("nul and del") << QByteArray("\x00\x7f", 2) << QStringLiteral("\\x00\\x7f");
        QTest::addRow("utf-8") << QByteArray("\xe7\xae\xa1\xe9\x81\x93") << QStringLiteral("管道");
        QTest::addRow("invalid") << QByteArray("\xff\xfe\xc3") << QStringLiteral("\\xff\\xfe\\xc3");
        QTest::addRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
        QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
        QTest::addRow("c1 control") << QByteArray("\xc2\x85") << QStringLiteral("\\u0085");
        QTest::addRow("paragraph separator") << QByteArray("\xe2\x80\xa9") << QStringLiteral("\\u2029");
    }

    void escaperKeepsEveryByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(ByteEscaper::escapeAll(bytes), text);
        // Split at every point: a character cut in two is held back, never escaped by mistake.
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            ByteEscaper escaper;
            QString out = escaper.feed(QByteArrayView(bytes).first(cut));
            out += escaper.feed(QByteArrayView(bytes).sliced(cut));
            out += escaper.flush();
            QCOMPARE(out, text);
        }
    }
};

QTEST_MAIN(TestLiveFlow)
#include "tst_liveflow.moc"
