// SPDX-License-Identifier: GPL-3.0-or-later
// ProgramRunner: a program run to its end off the GUI thread, its bytes exact, its exit status, a program that
// does not exist, and a cancel or a destruction that leaves neither the program nor what it started behind.
#include "apptestsupport.h"
#include "bridge/programrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace pipescope;
using apptest::anyRunning;
using apptest::noChildLeft;
using apptest::pidsIn;

namespace {

constexpr int runTimeoutMs = 30'000;
// What the brief of a cancel promises: the program and its children are gone within a second.
constexpr qint64 cancelLimitMs = 1000;

bool havePython()
{
    return !QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty();
}

QByteArray allByteValues(qsizetype size)
{
    QByteArray out(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        out[i] = static_cast<char>(i % 256);
    return out;
}

// The pids a shell wrote to a file, one a line, once it wrote `count` of them.
// sh starts a sleep in the background and execs another: two processes, both named in pidFile, neither ending on
// its own within the test.
QStringList sleepTree(const QString& pidFile)
{
    return { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
        QStringLiteral("sleep 60 & echo $! > \"$0\"; echo $$ >> \"$0\"; exec sleep 60"), pidFile };
}

} // namespace

class TestProgramRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoesStdinExactly_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("every byte value, CR LF and NUL") << allByteValues(256) + QByteArray("\r\n\0end", 6);
        // More than a pipe holds, both ways: only a parent that writes and reads together gets through.
        QTest::addRow("1 MiB") << allByteValues(1 << 20);
    }

    void echoesStdinExactly()
    {
        QFETCH(QByteArray, input);
        if (!havePython())
            QSKIP("python3 is not installed");
        ProgramRunner runner;
        QSignalSpy finished(&runner, &ProgramRunner::finished);
        QSignalSpy failed(&runner, &ProgramRunner::failed);
        QVERIFY(runner.start({ QStringLiteral("python3"), QStringLiteral("-c"),
                                 QStringLiteral("import sys; sys.stdout.buffer.write(sys.stdin.buffer.read())") },
            input));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(runTimeoutMs));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!runner.isRunning());
        const auto result = finished.at(0).at(0).value<ProgramResult>();
        QCOMPARE(result.stdoutData.size(), input.size());
        QVERIFY(result.stdoutData == input);
        QCOMPARE(result.stdoutBytes, qint64(input.size()));
        QVERIFY(result.stderrData.isEmpty());
        QCOMPARE(result.exit, ExitStatus {});
        QVERIFY(!result.cancelled);
        QVERIFY(noChildLeft());
    }

    void stderrAndExitStatus()
    {
        if (!havePython())
            QSKIP("python3 is not installed");
        ProgramRunner runner;
        QSignalSpy finished(&runner, &ProgramRunner::finished);
        QVERIFY(runner.start({ QStringLiteral("python3"), QStringLiteral("-c"),
            QStringLiteral("import sys; print('out'); sys.stderr.write('went wrong\\n'); sys.exit(3)") }));
        QVERIFY(finished.wait(runTimeoutMs));
        const auto result = finished.at(0).at(0).value<ProgramResult>();
        QCOMPARE(result.stdoutData, QByteArray("out\n"));
        QCOMPARE(result.stderrData, QByteArray("went wrong\n"));
        QCOMPARE(result.exit, (ExitStatus { .signaled = false, .code = 3 }));
        QVERIFY(!result.cancelled);
        QVERIFY(noChildLeft());
    }

    // What is kept is bounded; what was written is counted all the same.
    void outputIsCutAtTheLimit()
    {
        ProgramRunner runner;
        runner.setOutputLimit(1000);
        QSignalSpy finished(&runner, &ProgramRunner::finished);
        QVERIFY(runner.start({ QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("head -c 300000 /dev/zero; head -c 5000 /dev/zero >&2") }));
        QVERIFY(finished.wait(runTimeoutMs));
        const auto result = finished.at(0).at(0).value<ProgramResult>();
        QCOMPARE(result.stdoutData, QByteArray(1000, '\0'));
        QCOMPARE(result.stdoutBytes, qint64(300000));
        QCOMPARE(result.stderrData.size(), qsizetype(1000));
        QCOMPARE(result.stderrBytes, qint64(5000));
    }

    void runsInTheWorkingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProgramRunner runner;
        QSignalSpy finished(&runner, &ProgramRunner::finished);
        QVERIFY(runner.start(
            { QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("pwd -P") }, {}, dir.path()));
        QVERIFY(finished.wait(runTimeoutMs));
        const auto result = finished.at(0).at(0).value<ProgramResult>();
        QCOMPARE(QString::fromLocal8Bit(result.stdoutData).trimmed(), QFileInfo(dir.path()).canonicalFilePath());
    }

    void oneRunAtATime()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProgramRunner runner;
        QSignalSpy finished(&runner, &ProgramRunner::finished);
        QVERIFY(!runner.start({}));
        QVERIFY(runner.start(sleepTree(dir.filePath(QStringLiteral("pids")))));
        QVERIFY(!runner.start({ QStringLiteral("/bin/true") }));
        runner.cancel(); // most likely before the program exists: it is killed as soon as it does
        QVERIFY(finished.wait(runTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<ProgramResult>().cancelled);
        QVERIFY(runner.start({ QStringLiteral("/bin/true") }));
        QVERIFY(finished.wait(runTimeoutMs));
        QCOMPARE(finished.at(1).at(0).value<ProgramResult>().exit, ExitStatus {});
    }

    void missingProgram_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addRow("a path") << QStringLiteral("/nonexistent/pipescope-no-such-program");
        QTest::addRow("looked up in PATH") << QStringLiteral("pipescope-no-such-program");
    }

    void missingProgram()
    {
        QFETCH(QString, program);
        ProgramRunner runner;
        QSignalSpy finished(&runner, &ProgramRunner::finished);
        QSignalSpy failed(&runner, &ProgramRunner::failed);
        QVERIFY(runner.start({ program, QStringLiteral("-c"), QStringLiteral("pass") }));
        QVERIFY(failed.wait(runTimeoutMs));
        QCOMPARE(finished.count(), 0);
        const auto error = failed.at(0).at(0).value<Error>();
        QCOMPARE(error.code, ErrorCode::ExecFailed);
        QCOMPARE(error.sysErrno, ENOENT);
        QCOMPARE(QString::fromStdString(error.subject), program);
        QVERIFY(!runner.isRunning());
        QVERIFY(noChildLeft());
    }

    // The program and the process it started in the background die at once, and the child is reaped.
    void cancelEndsTheWholeTree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        ProgramRunner runner;
        QSignalSpy finished(&runner, &ProgramRunner::finished);
        QVERIFY(runner.start(sleepTree(pidFile)));
        QTRY_COMPARE_WITH_TIMEOUT(pidsIn(pidFile).size(), 2, runTimeoutMs);
        const QList<int> pids = pidsIn(pidFile);
        QVERIFY(anyRunning(pids));

        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QVERIFY(finished.wait(cancelLimitMs));
        QVERIFY2(clock.elapsed() < cancelLimitMs, qPrintable(QString::number(clock.elapsed())));
        const auto result = finished.at(0).at(0).value<ProgramResult>();
        QVERIFY(result.cancelled);
        QCOMPARE(result.exit, (ExitStatus { .signaled = true, .code = SIGKILL }));
        QVERIFY(!runner.isRunning());
        QVERIFY(noChildLeft());
        // The background sleep was reparented when sh went; it is killed all the same (init reaps it).
        QTRY_VERIFY_WITH_TIMEOUT(!anyRunning(pids), cancelLimitMs);
    }

    void destroyingTheRunnerEndsTheWholeTree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        auto runner = std::make_unique<ProgramRunner>();
        QVERIFY(runner->start(sleepTree(pidFile)));
        QTRY_COMPARE_WITH_TIMEOUT(pidsIn(pidFile).size(), 2, runTimeoutMs);
        const QList<int> pids = pidsIn(pidFile);
        QVERIFY(anyRunning(pids));

        QElapsedTimer clock;
        clock.start();
        runner.reset();
        QVERIFY2(clock.elapsed() < cancelLimitMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(noChildLeft());
        QTRY_VERIFY_WITH_TIMEOUT(!anyRunning(pids), cancelLimitMs);
    }

    // Destroyed before its thread got far: nothing is left either, and nothing is delivered to a dead object.
    void destroyingRightAfterStart()
    {
        for (int i = 0; i < 20; ++i) {
            auto runner = std::make_unique<ProgramRunner>();
            QVERIFY(runner->start({ QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("sleep 60") }));
            runner.reset();
        }
        QVERIFY(noChildLeft());
    }
};

QTEST_MAIN(TestProgramRunner)
#include "tst_programrunner.moc"
