// SPDX-License-Identifier: GPL-3.0-or-later
// The equivalent Python program and the subprocess.py tab: what PipeScope says about the seed's two
// AttributeErrors is what the real python3 does, and the source tab shows the real file or says it does not.
#include "apptestsupport.h"
#include "bridge/bridge.h"
#include "bridge/sessioncontroller.h"
#include "live/processtree.h"
#include "shell/mainwindow.h"
#include "stepping/pythonpanel.h"
#include "stepping/pythonprogram.h"
#include "stepping/sourcepanel.h"
#include "stepping/streamspanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pipescope;
using apptest::anyRunning;
using apptest::noChildLeft;
using apptest::pidsIn;

namespace {

constexpr int pythonTimeoutMs = 30'000;

bool havePython()
{
    return !QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty();
}

// The pids a shell wrote to a file, one a line.
// The pids of running processes whose command line holds part (a script in one of the panel's folders, say).
QList<int> processesRunning(const QString& part)
{
    QList<int> pids;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        if (!ok || pid == static_cast<int>(::getpid()))
            continue;
        const auto info = readProcess(pid);
        if (!info || !info->alive())
            continue;
        for (const std::string& arg : info->argv)
            if (QString::fromStdString(arg).contains(part)) {
                pids << pid;
                break;
            }
    }
    return pids;
}

} // namespace

class TestMainWindowPython : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedProgramFollowsTheConfiguration()
    {
        MainWindow window;
        const QString seed = window.pythonPanel()->code();
        QVERIFY(seed.contains(QStringLiteral("stdin=subprocess.PIPE,")));
        QVERIFY(seed.contains(QStringLiteral("stdout=subprocess.PIPE,")));
        QVERIFY(seed.contains(QStringLiteral("stderr=None,")));
        QVERIFY(seed.contains(QStringLiteral("args=[sys.executable, child_file]")));
        // The seed's two loops, and what makes the program end on its own.
        QVERIFY(seed.contains(QStringLiteral("child_p.stdin.write(f\"write data:{_}\\r\\n\".encode())")));
        QVERIFY(seed.contains(QStringLiteral("output = child_p.stdout.readline()")));
        QVERIFY(seed.contains(QStringLiteral("child_p.stdin.close()")));
        QVERIFY(seed.contains(QStringLiteral("child_p.wait(timeout=10)")));
        QVERIFY(window.pythonPanel()->expectationText().contains(QStringLiteral("no error")));
        // Other input is written as it is, with the line ends the panel sends.
        auto* input = window.findChild<QPlainTextEdit*>(QStringLiteral("inputText"));
        input->setPlainText(QStringLiteral("hello\n"));
        QVERIFY2(window.pythonPanel()->code().contains(QStringLiteral("child_p.stdin.write(b\"hello\\r\\n\")")),
            qPrintable(window.pythonPanel()->code()));
        input->setPlainText(QString());
        QVERIFY(!window.pythonPanel()->code().contains(QStringLiteral("child_p.stdin.write(")));

        QVERIFY(window.applyScenario(QStringLiteral("devnull")));
        const QString devnull = window.pythonPanel()->code();
        QVERIFY(devnull.contains(QStringLiteral("stdin=subprocess.DEVNULL,")));
        QVERIFY(devnull.contains(QStringLiteral("stderr=subprocess.DEVNULL,")));
        QVERIFY(window.applyScenario(QStringLiteral("stderr-to-stdout")));
        QVERIFY(window.pythonPanel()->code().contains(QStringLiteral("stderr=subprocess.STDOUT,")));
        QVERIFY(window.applyScenario(QStringLiteral("file")));
        QVERIFY(window.pythonPanel()->code().contains(QStringLiteral("stdout=stdout_file,")));
        QVERIFY(window.pythonPanel()->code().contains(QStringLiteral("stdout_file = open(")));

        // Copy puts exactly the program on the clipboard.
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("copyPythonButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), window.pythonPanel()->code());
        // child.py is there too, written for PipeScope.
        auto* files = window.findChild<QComboBox*>(QStringLiteral("pythonFileBox"));
        files->setCurrentIndex(1);
        const QString child = window.findChild<QPlainTextEdit*>(QStringLiteral("pythonCode"))->toPlainText();
        QCOMPARE(child, PythonProgram::childSource());
        QVERIFY(child.contains(QStringLiteral("child process start")));
        QVERIFY(child.contains(QStringLiteral("if not str_:")));
    }

    void attributeErrors_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("error");
        QTest::addRow("stdin=None, then write")
            << QStringLiteral("stdin-not-pipe") << QStringLiteral("'NoneType' object has no attribute 'write'");
        QTest::addRow("stdout=None, then readline")
            << QStringLiteral("stdout-not-pipe") << QStringLiteral("'NoneType' object has no attribute 'readline'");
    }

    // PipeScope explains the seed's AttributeError; the real python3 raises exactly it.
    void attributeErrors()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, error);
        MainWindow window;
        QVERIFY(window.applyScenario(scenario));
        QVERIFY2(window.pythonPanel()->expectationText().contains(QStringLiteral("AttributeError: ") + error),
            qPrintable(window.pythonPanel()->expectationText()));
        if (scenario == QLatin1String("stdin-not-pipe")) {
            auto* note = window.findChild<QLabel*>(QStringLiteral("inputNote"));
            QVERIFY(note && note->isVisibleTo(&window));
            QVERIFY(note->text().contains(error));
        } else {
            QVERIFY(window.findChild<QPlainTextEdit*>(QStringLiteral("stdoutText"))->placeholderText().contains(error));
        }

        if (!havePython())
            QSKIP("python3 is not installed: the real traceback cannot be compared");
        QSignalSpy finished(window.pythonPanel(), &PythonPanel::pythonFinished);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("runPythonButton")), Qt::LeftButton);
        QVERIFY(window.pythonPanel()->isRunning());
        QVERIFY(finished.wait(pythonTimeoutMs));
        const QString output = window.pythonPanel()->pythonOutput();
        QVERIFY2(output.contains(QStringLiteral("Traceback (most recent call last)")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("AttributeError: ") + error), qPrintable(output));
        // It ended on its own, the child with it.
        QVERIFY2(output.contains(QStringLiteral(">>> child exit status 0")), qPrintable(output));
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), pythonTimeoutMs);
    }

    // parent.py holds both ways to talk to the child: the note's loops (named as able to deadlock) by default, and
    // communicate(), as PipeScope's Run does it, with the argument "communicate". Both give the seed's output.
    void bothVariantsOfParentPyRun()
    {
        MainWindow window;
        const QString parent = window.pythonPanel()->code();
        QVERIFY(parent.contains(QStringLiteral("child_p.communicate(data)")));
        QVERIFY(parent.contains(QStringLiteral("deadlock")));
        QVERIFY(!parent.contains(QStringLiteral("ends on its own")));
        if (!havePython())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const auto& [name, text] : { std::pair { QStringLiteral("parent.py"), parent },
                 std::pair { QStringLiteral("child.py"), PythonProgram::childSource() } }) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        for (const QStringList& extra : { QStringList {}, QStringList { QStringLiteral("communicate") } }) {
            QProcess python;
            python.setProcessChannelMode(QProcess::MergedChannels);
            python.start(QStringLiteral("python3"), QStringList { dir.filePath(QStringLiteral("parent.py")) } + extra);
            QVERIFY(python.waitForFinished(pythonTimeoutMs));
            const QString out = QString::fromUtf8(python.readAll());
            QVERIFY2(out.contains(QStringLiteral("write data:9")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral(">>> child exit status 0")), qPrintable(out));
            QVERIFY2(!out.contains(QStringLiteral("Traceback")), qPrintable(out));
        }
    }

    void seedDemoRunsInPythonAsInPipeScope()
    {
        if (!havePython())
            QSKIP("python3 is not installed");
        MainWindow window;
        QSignalSpy pyDone(window.pythonPanel(), &PythonPanel::pythonFinished);
        QVERIFY(window.pythonPanel()->runInPython());
        QSignalSpy runDone(window.controller(), &SessionController::runFinished);
        QVERIFY(window.run());
        QVERIFY(pyDone.wait(pythonTimeoutMs));
        QVERIFY(runDone.count() == 1 || runDone.wait(pythonTimeoutMs));
        const QString python = window.pythonPanel()->pythonOutput();
        QVERIFY2(python.contains(QStringLiteral(">>> get child output b'child process start\\n'")), qPrintable(python));
        QVERIFY2(python.contains(QStringLiteral(">>> get child output b'>>>get std in write data:9\\r\\n'")),
            qPrintable(python));
        QVERIFY(!python.contains(QStringLiteral("Traceback")));
        // PipeScope's own run of the same configuration, beside it.
        QVERIFY(window.stdoutText().contains(QStringLiteral(">>>get std in write data:9")));
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), pythonTimeoutMs);
    }

    void sourceTabShowsTheRealFileOrSaysItDoesNot()
    {
        MainWindow window;
        SourcePanel* source = window.sourcePanel();
        QTRY_VERIFY_WITH_TIMEOUT(source->isLoaded(), pythonTimeoutMs);
        if (havePython()) {
            QVERIFY(!source->isFallback());
            QVERIFY(source->sourcePath().endsWith(QStringLiteral("subprocess.py")));
            QVERIFY(source->sourceText().contains(QStringLiteral("def _get_handles")));
        }
        // Ready to step: the first step's lines are lit, and they are the os.pipe() under "stdin == PIPE".
        QTRY_VERIFY(!source->highlightedLines().isEmpty());
        const QStringList lines = source->sourceText().split(QLatin1Char('\n'));
        QString lit;
        for (int l : source->highlightedLines())
            lit += lines[l] + QLatin1Char('\n');
        QVERIFY2(lit.contains(QStringLiteral("stdin == PIPE")) && lit.contains(QStringLiteral("os.pipe()")),
            qPrintable(lit));

        Bridge bridge;
        SourcePanel fallback(&bridge);
        QSignalSpy loaded(&fallback, &SourcePanel::loaded);
        fallback.setPythonProgram(QStringLiteral("/nonexistent/python3"));
        fallback.load();
        QVERIFY(loaded.wait(pythonTimeoutMs));
        QVERIFY(fallback.isFallback());
        QVERIFY(fallback.originText().contains(QStringLiteral("not CPython's")));
        QVERIFY(fallback.sourceText().contains(QStringLiteral("NOT CPython's subprocess.py")));
        fallback.showStep(QStringLiteral("win.createpipe.stdin"));
        QVERIFY(!fallback.highlightedLines().isEmpty());
        QVERIFY(noChildLeft() || QTest::qWaitFor(noChildLeft, pythonTimeoutMs));
    }

    // The tab says which way the interpreter it read would start the child, from what that interpreter reports:
    // its version, subprocess._USE_POSIX_SPAWN and os.POSIX_SPAWN_CLOSEFROM.
    void sourceTabSaysWhichPathPythonTakes_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("absent");
        QTest::addRow("3.13 with POSIX_SPAWN_CLOSEFROM")
            << QStringLiteral("3.13.1") << QStringLiteral("1 1")
            << QStringLiteral("with os.posix_spawn(), not by the path") << QStringLiteral("vfork");
        QTest::addRow("3.13 without it") << QStringLiteral("3.13.1") << QStringLiteral("1 0")
                                         << QStringLiteral("with vfork()") << QStringLiteral("posix_spawn");
        QTest::addRow("3.11") << QStringLiteral("3.11.2") << QStringLiteral("1 0") << QStringLiteral("with vfork()")
                              << QStringLiteral("posix_spawn");
        QTest::addRow("3.8") << QStringLiteral("3.8.10") << QStringLiteral("1 0")
                             << QStringLiteral("fork_exec with fork()") << QStringLiteral("vfork");
    }

    void sourceTabSaysWhichPathPythonTakes()
    {
        QFETCH(QString, version);
        QFETCH(QString, flags);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A stand-in interpreter: it names itself as its subprocess.py and reports the version and flags asked for.
        const QString fake = dir.filePath(QStringLiteral("python3"));
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$0\" '%1' %2\n").arg(version, flags).toUtf8());
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        Bridge bridge;
        SourcePanel panel(&bridge);
        QSignalSpy loaded(&panel, &SourcePanel::loaded);
        panel.setPythonProgram(fake);
        panel.load();
        QVERIFY(loaded.wait(pythonTimeoutMs));
        QVERIFY(!panel.isFallback());
        QVERIFY2(panel.spawnPathText().contains(version), qPrintable(panel.spawnPathText()));
        QVERIFY2(panel.spawnPathText().contains(expected), qPrintable(panel.spawnPathText()));
        QVERIFY2(!panel.spawnPathText().contains(absent), qPrintable(panel.spawnPathText()));
    }
    // The note's own parent.py and child.py, run by the real python3 as the note writes them (its two commented-out
    // arguments put back): the demo hangs, is killed at the timeout, and nothing it started is left.
    void theNotesOwnFilesHang()
    {
        Bridge bridge;
        PythonPanel panel(&bridge);
        auto* files = panel.findChild<QComboBox*>(QStringLiteral("pythonFileBox"));
        QVERIFY(files);
        QCOMPARE(files->count(), 4);
        files->setCurrentIndex(2);
        auto* code = panel.findChild<QPlainTextEdit*>(QStringLiteral("pythonCode"));
        QVERIFY(code->toPlainText().contains(QStringLiteral("stdin=subprocess.PIPE,\n")));
        QVERIFY(code->toPlainText().contains(QStringLiteral("while child_p.poll() is None:")));
        QVERIFY(panel.expectationText().contains(QStringLiteral("hang")));
        files->setCurrentIndex(3);
        QVERIFY(code->toPlainText().contains(QStringLiteral("str_= sys.stdin.readline()")));

        QSignalSpy done(&panel, &PythonPanel::pythonFinished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(panel.runInPython());
        QVERIFY(done.wait(pythonTimeoutMs));
        QVERIFY2(clock.elapsed() >= 3000, "it ended before the timeout: it did not hang");
        auto* status = panel.findChild<QLabel*>(QStringLiteral("pythonStatus"));
        QCOMPARE(status->text(), QStringLiteral("python3 did not finish in time and was killed."));
        // parent.py and the child.py it started are gone, not only the direct child.
        QTRY_VERIFY_WITH_TIMEOUT(processesRunning(QStringLiteral("pipescope-python-")).isEmpty(), pythonTimeoutMs);
        QVERIFY(noChildLeft());

        // Back to the program for the configuration: python3's output of the note's files goes.
        files->setCurrentIndex(0);
        QVERIFY(status->text().isEmpty());
    }

    // A python3 that is missing is said to be so; one that never ends is killed at the timeout with what it
    // started; a new configuration stops a run going, whose outcome is then never shown. Nothing is left behind.
    void pythonRunThatCannotStartOrEnd()
    {
        Bridge bridge;
        PythonPanel panel(&bridge);
        SpawnSpec spec;
        spec.argv = { "pipescope-child", "echo" };
        for (Stream s : allStreams)
            spec.redirect(s) = Redirect { .kind = Redirect::Kind::Pipe };
        panel.setConfiguration(spec, QByteArrayLiteral("first\n"), false, true);
        auto* status = panel.findChild<QLabel*>(QStringLiteral("pythonStatus"));
        QVERIFY(status);
        QSignalSpy done(&panel, &PythonPanel::pythonFinished);

        panel.setPythonProgram(QStringLiteral("/nonexistent/python3"));
        QVERIFY(panel.runInPython());
        QVERIFY(done.wait(pythonTimeoutMs));
        QVERIFY(!panel.isRunning());
        QCOMPARE(status->text(), QStringLiteral("python3 was not found."));
        QVERIFY2(panel.pythonOutput().contains(QStringLiteral("Cannot start '/nonexistent/python3'")),
            qPrintable(panel.pythonOutput()));
        QVERIFY(noChildLeft());

        // A stand-in interpreter that starts a process in the background and never ends, naming both.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        const QString fake = apptest::writeEndlessPython(dir.path(), pidFile);
        QVERIFY(!fake.isEmpty());
        panel.setPythonProgram(fake);

        panel.setTimeout(1000);
        QVERIFY(panel.runInPython());
        QVERIFY(panel.isRunning());
        QVERIFY(done.wait(pythonTimeoutMs));
        QCOMPARE(done.count(), 2);
        QVERIFY(!panel.isRunning());
        QCOMPARE(status->text(), QStringLiteral("python3 did not finish in time and was killed."));
        QCOMPARE(pidsIn(pidFile).size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!anyRunning(pidsIn(pidFile)), pythonTimeoutMs);
        QVERIFY(noChildLeft());

        QVERIFY(QFile::remove(pidFile));
        panel.setTimeout(pythonTimeoutMs);
        QVERIFY(panel.runInPython());
        QTRY_COMPARE_WITH_TIMEOUT(pidsIn(pidFile).size(), 2, pythonTimeoutMs);
        const QList<int> pids = pidsIn(pidFile);
        QVERIFY(anyRunning(pids));
        const QString before = panel.code();
        panel.setConfiguration(spec, QByteArrayLiteral("second\n"), false, true);
        QVERIFY(panel.code() != before);
        QVERIFY(!panel.isRunning());
        QVERIFY(status->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!anyRunning(pids) && noChildLeft(), pythonTimeoutMs);
        QCOMPARE(done.count(), 2);
        QVERIFY(panel.pythonOutput().isEmpty());
    }
};

QTEST_MAIN(TestMainWindowPython)
#include "tst_mainwindow_python.moc"
