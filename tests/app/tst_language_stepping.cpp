// SPDX-License-Identifier: GPL-3.0-or-later
// The stepping page's own panels after a language switch: the streams panel, its stream editors, the equivalent
// Python and subprocess.py say every text again in the new language, in place, while the configuration and the input
// stay exactly as they were. Expected texts come from QCoreApplication::translate of the same sources, so the test
// holds as translations change; a few that are translated already prove the switch is not vacuous.
#include "apptestsupport.h"
#include "bridge/sessioncontroller.h"
#include "languagetestsupport.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "stepping/pythonpanel.h"
#include "stepping/sourcepanel.h"
#include "stepping/streameditor.h"
#include "stepping/streamspanel.h"
#include "text/describe.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pipescope;
using apptest::switchLanguage;
using apptest::translated;

namespace {

constexpr int timeoutMs = 15'000;

QString formLabel(QWidget* field)
{
    auto* form = qobject_cast<QFormLayout*>(field->parentWidget()->layout());
    auto* label = form ? qobject_cast<QLabel*>(form->labelForField(field)) : nullptr;
    return label ? label->text() : QStringLiteral("<no label>");
}

template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// Every text under test, as the widgets show it now.
QMap<QString, QString> shownTexts(MainWindow* window)
{
    StreamsPanel* panel = window->streamsPanel();
    QMap<QString, QString> t;
    const QList<QGroupBox*> groups = panel->findChildren<QGroupBox*>();
    for (int i = 0; i < groups.size(); ++i)
        t.insert(QStringLiteral("group %1").arg(i), groups[i]->title());
    t.insert(QStringLiteral("streams group tip"), groups.value(0)->toolTip());
    auto* mode = child<QComboBox>(panel, "programMode");
    auto* args = child<QLineEdit>(panel, "modeArgs");
    auto* other = child<QLineEdit>(panel, "otherProgram");
    t.insert(QStringLiteral("program label"), formLabel(mode));
    t.insert(QStringLiteral("arguments label"), formLabel(args));
    t.insert(QStringLiteral("other program label"), formLabel(other));
    t.insert(QStringLiteral("mode tip"), mode->toolTip());
    t.insert(QStringLiteral("echo item tip"), mode->itemData(0, Qt::ToolTipRole).toString());
    t.insert(QStringLiteral("other program item"), mode->itemText(mode->count() - 1));
    t.insert(QStringLiteral("other program placeholder"), other->placeholderText());
    t.insert(QStringLiteral("arguments tip"), args->toolTip());
    t.insert(QStringLiteral("command preview"), child<QLabel>(panel, "commandPreview")->text());
    for (Stream s : allStreams) {
        const QString name = Describe::stream(s);
        t.insert(QStringLiteral("quick %1 tip").arg(name), panel->quickBox(s)->toolTip());
        QComboBox* kind = panel->editor(s)->kindBox();
        t.insert(QStringLiteral("%1 kind tip").arg(name), kind->toolTip());
        for (int row = 0; row < kind->count(); ++row) {
            t.insert(QStringLiteral("%1 kind item %2").arg(name).arg(row), kind->itemText(row));
            t.insert(QStringLiteral("%1 kind item %2 tip").arg(name).arg(row),
                kind->itemData(row, Qt::ToolTipRole).toString());
        }
    }
    t.insert(QStringLiteral("stdin path placeholder"), child<QLineEdit>(panel, "stdinPath")->placeholderText());
    t.insert(QStringLiteral("stdout append"), child<QCheckBox>(panel, "stdoutAppend")->text());
    t.insert(QStringLiteral("crlf"), child<QCheckBox>(panel, "crlfCheck")->text());
    t.insert(QStringLiteral("input note"), child<QLabel>(panel, "inputNote")->text());
    t.insert(QStringLiteral("input tip"), child<QPlainTextEdit>(panel, "inputText")->toolTip());

    PythonPanel* python = window->pythonPanel();
    t.insert(QStringLiteral("copy"), child<QPushButton>(python, "copyPythonButton")->text());
    t.insert(QStringLiteral("run in python"), child<QPushButton>(python, "runPythonButton")->text());
    t.insert(QStringLiteral("python code"), child<QPlainTextEdit>(python, "pythonCode")->toPlainText());
    t.insert(QStringLiteral("python expectation"), python->expectationText());
    t.insert(QStringLiteral("pipescope's run"), child<QLabel>(python, "pipescopeRunSummary")->text());
    t.insert(
        QStringLiteral("python output placeholder"), child<QPlainTextEdit>(python, "pythonOutput")->placeholderText());

    SourcePanel* source = window->sourcePanel();
    t.insert(QStringLiteral("source origin"), source->originText());
    t.insert(QStringLiteral("source tip"), source->editor()->toolTip());
    return t;
}

// What the same texts must be in the language installed now. version: python3's, read off the English origin line.
QMap<QString, QString> expectedTexts(MainWindow* window, const QString& version)
{
    StreamsPanel* panel = window->streamsPanel();
    const auto sp = [](const char* source) { return translated("StreamsPanel", source); };
    const auto se = [](const char* source) { return translated("StreamEditor", source); };
    QMap<QString, QString> t;
    t.insert(QStringLiteral("group 0"), sp("Streams"));
    t.insert(QStringLiteral("group 1"), sp("Command"));
    t.insert(QStringLiteral("group 2"), sp("Input written to stdin"));
    t.insert(QStringLiteral("streams group tip"),
        sp("Popen(stdin=…, stdout=…, stderr=…): what each of the child's standard streams gets."));
    t.insert(QStringLiteral("program label"), sp("&Program:"));
    t.insert(QStringLiteral("arguments label"), sp("&Arguments:"));
    t.insert(QStringLiteral("other program label"), sp("&Other program:"));
    t.insert(QStringLiteral("mode tip"),
        sp("The child to run: a mode of the demo child pipescope-child, or any other program."));
    t.insert(QStringLiteral("echo item tip"),
        sp("The seed's child.py: prints \"child process start\", then \">>>get std in LINE\" for every line it "
           "reads from stdin, until end-of-file."));
    t.insert(QStringLiteral("other program item"), sp("Other program"));
    t.insert(QStringLiteral("other program placeholder"), sp("e.g. python3 child.py"));
    t.insert(QStringLiteral("arguments tip"), sp("Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep."));
    t.insert(QStringLiteral("command preview"), sp("Runs: %1").arg(panel->commandLine()));
    for (Stream s : allStreams) {
        const QString name = Describe::stream(s);
        t.insert(QStringLiteral("quick %1 tip").arg(name),
            sp("Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent's).").arg(name));
        t.insert(QStringLiteral("%1 kind tip").arg(name),
            se("What the child's %1 (fd %2) gets: the value of Popen's %1= argument.").arg(name).arg(streamFd(s)));
        const auto item = [&](int row, const QString& text, const QString& tip) {
            t.insert(QStringLiteral("%1 kind item %2").arg(name).arg(row), text);
            t.insert(QStringLiteral("%1 kind item %2 tip").arg(name).arg(row), tip);
        };
        item(0, QStringLiteral("None"),
            se("None: the child inherits the parent's own %1. On POSIX no new fd is made; on Windows, unless all "
               "three streams are None, GetStdHandle and DuplicateHandle make an inheritable copy of it.")
                .arg(name));
        item(1, QStringLiteral("PIPE"),
            se("PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.").arg(name));
        item(2, QStringLiteral("DEVNULL"), se("DEVNULL: /dev/null, which reads as empty and discards writes."));
        item(3, QStringLiteral("fd"), se("An fd number the parent already has open, passed on as it is."));
        item(4, se("file"),
            s == Stream::Stdin ? se("A file the child reads as its stdin.") : se("A file the child's output goes to."));
        if (s == Stream::Stderr)
            item(5, QStringLiteral("STDOUT"), se("STDOUT: stderr goes wherever stdout goes."));
    }
    t.insert(QStringLiteral("stdin path placeholder"), se("path of the file"));
    t.insert(QStringLiteral("stdout append"), se("append"));
    t.insert(QStringLiteral("crlf"), sp("Send line ends as \\r\\n, like parent.py"));
    t.insert(QStringLiteral("input note"),
        sp("stdin is not PIPE: the parent holds no write end, so proc.stdin is None and proc.stdin.write() would "
           "raise AttributeError: 'NoneType' object has no attribute 'write'."));
    t.insert(QStringLiteral("input tip"),
        sp("What the parent writes to proc.stdin before closing it, as the seed's parent.py does with "
           "child_p.stdin.write()."));

    const auto pp = [](const char* source) { return translated("PythonPanel", source); };
    PythonPanel* python = window->pythonPanel();
    t.insert(QStringLiteral("copy"), pp("&Copy"));
    t.insert(QStringLiteral("run in python"), pp("Run in P&ython"));
    // The program's comments are PythonProgram's texts: made again, they are in the language installed now.
    t.insert(QStringLiteral("python code"), python->program().parentSource());
    const QStringList errors = python->program().expectedErrors();
    t.insert(QStringLiteral("python expectation"),
        errors.isEmpty() ? pp("PipeScope expects no error: every stream the program uses is a PIPE.")
                         : pp("PipeScope expects: %1").arg(errors.first())
                + (errors.size() > 1 ? QLatin1Char(' ')
                            + pp("(Python stops at the first error; the next would be: %1)").arg(errors.at(1))
                                     : QString()));
    t.insert(QStringLiteral("pipescope's run"), pp("PipeScope's own run: not run yet (Run, F5)."));
    t.insert(QStringLiteral("python output placeholder"), pp("Press Run in Python to see what the real python3 does."));

    const auto so = [](const char* source) { return translated("SourcePanel", source); };
    SourcePanel* source = window->sourcePanel();
    t.insert(QStringLiteral("source origin"),
        source->isFallback() ? so("No python3 found: this is an annotated excerpt written for PipeScope, not "
                                  "CPython's subprocess.py. It follows the same structure, so the same lines light "
                                  "up.")
                             : so("subprocess.py of python3 %1: %2").arg(version, source->sourcePath()));
    t.insert(QStringLiteral("source tip"),
        so("subprocess.py, read-only. The highlighted lines carry out the current step."));
    return t;
}

void compareTexts(const QMap<QString, QString>& shown, const QMap<QString, QString>& expected)
{
    QCOMPARE(shown.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(shown.value(it.key()) == it.value(),
            qPrintable(
                QStringLiteral("%1:\n  shown:    %2\n  expected: %3").arg(it.key(), shown.value(it.key()), *it)));
}

} // namespace

class TestLanguageStepping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::instance()->install(QStringLiteral("en")));
    }

    void cleanup()
    {
        Language::instance()->install(QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), timeoutMs);
    }

    void streamsPythonAndSourceSayEverythingAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString inputFile = dir.filePath(QStringLiteral("input.txt"));
        MainWindow window;
        window.show();
        StreamsPanel* panel = window.streamsPanel();
        // stdin from a file, stdout a PIPE, and an input of our own (kept, though stdin does not read it now).
        QComboBox* stdinKind = panel->editor(Stream::Stdin)->kindBox();
        stdinKind->setCurrentIndex(stdinKind->findData(static_cast<int>(Redirect::Kind::File)));
        child<QLineEdit>(panel, "stdinPath")->setText(inputFile);
        panel->quickBox(Stream::Stdout)->setChecked(true);
        auto* mode = child<QComboBox>(panel, "programMode");
        mode->setCurrentIndex(mode->findData(QStringLiteral("cat")));
        panel->setInput(QStringLiteral("first line\nsecond line\n"), false);
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.sourcePanel()->isLoaded(), 60'000);

        const SpawnSpec spec = panel->spec();
        QCOMPARE(spec.redirect(Stream::Stdin).kind, Redirect::Kind::File);
        QCOMPARE(spec.redirect(Stream::Stdout).kind, Redirect::Kind::Pipe);
        const QString inputText = panel->inputText();
        const QByteArray rawInput = panel->rawInput();
        const QString code = window.pythonPanel()->code();

        // python3's version, as the English origin line names it.
        QString version;
        if (!window.sourcePanel()->isFallback()) {
            const auto match = QRegularExpression(QStringLiteral("^subprocess\\.py of python3 (\\S+): "))
                                   .match(window.sourcePanel()->originText());
            QVERIFY2(match.hasMatch(), qPrintable(window.sourcePanel()->originText()));
            version = match.captured(1);
        }
        const QMap<QString, QString> english = shownTexts(&window);
        compareTexts(english, expectedTexts(&window, version));

        QVERIFY(switchLanguage(&window, QStringLiteral("zh_CN")));
        // Not vacuous: these are translated already.
        QCOMPARE(translated("StreamsPanel", "Streams"), QStringLiteral("标准流"));
        QCOMPARE(translated("StreamEditor", "file"), QStringLiteral("文件"));
        QCOMPARE(translated("PythonPanel", "&Copy"), QStringLiteral("复制(&C)"));
        const QMap<QString, QString> chinese = shownTexts(&window);
        compareTexts(chinese, expectedTexts(&window, version));
        for (const char* key :
            { "group 0", "group 1", "group 2", "program label", "arguments label", "other program label",
                "command preview", "quick stdin tip", "stdin kind item 4", "stdout kind item 1 tip", "copy",
                "run in python", "python code", "python expectation", "source origin" })
            QVERIFY2(chinese.value(QLatin1String(key)) != english.value(QLatin1String(key)), key);
        // The configuration and the input are as they were: nothing was rebuilt.
        QCOMPARE(panel->spec().argv, spec.argv);
        QVERIFY(panel->spec().redirects == spec.redirects);
        QCOMPARE(panel->inputText(), inputText);
        QCOMPARE(panel->rawInput(), rawInput);
        QVERIFY(panel->quickBox(Stream::Stdout)->isChecked());
        QVERIFY(!panel->quickBox(Stream::Stdin)->isChecked());
        QCOMPARE(child<QLineEdit>(panel, "stdinPath")->text(), inputFile);
        QVERIFY(child<QLabel>(panel, "inputNote")->isVisibleTo(panel));

        QVERIFY(switchLanguage(&window, QStringLiteral("en")));
        compareTexts(shownTexts(&window), english);
        QCOMPARE(window.pythonPanel()->code(), code);
        QCOMPARE(panel->inputText(), inputText);
        QVERIFY(panel->spec().redirects == spec.redirects);
    }

    // python3's run and PipeScope's own run, beside the program: their status and summary are said again, python3's
    // output stays as it was.
    void pythonAndPipeScopeRunsAreSaidAgain()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
        MainWindow window;
        StreamsPanel* panel = window.streamsPanel();
        // stdin is not PIPE: parent.py's write raises AttributeError, so python3 prints a traceback. The child
        // reads nothing, whatever stdin this test has.
        panel->quickBox(Stream::Stdin)->setChecked(false);
        // The child's line on stderr goes to a pipe rather than into this test's output.
        panel->quickBox(Stream::Stderr)->setChecked(true);
        auto* mode = child<QComboBox>(panel, "programMode");
        mode->setCurrentIndex(mode->findData(QStringLiteral("stderr")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), timeoutMs);
        PythonPanel* python = window.pythonPanel();
        QSignalSpy pythonDone(python, &PythonPanel::pythonFinished);
        QVERIFY(python->runInPython());
        QSignalSpy runDone(window.controller(), &SessionController::runFinished);
        QVERIFY(window.run());
        QVERIFY(pythonDone.count() == 1 || pythonDone.wait(60'000));
        QVERIFY(runDone.count() == 1 || runDone.wait(timeoutMs));
        const RunResult result = runDone.constFirst().constFirst().value<RunResult>();
        auto* status = child<QLabel>(python, "pythonStatus");
        auto* ownRun = child<QLabel>(python, "pipescopeRunSummary");
        const auto match
            = QRegularExpression(QStringLiteral("^python3 exited with status (\\d+)\\.$")).match(status->text());
        QVERIFY2(match.hasMatch(), qPrintable(status->text()));
        const int exitCode = match.captured(1).toInt();
        const QString output = python->pythonOutput();
        QVERIFY2(output.contains(QStringLiteral("AttributeError")), qPrintable(output));
        const auto expectedStatus
            = [exitCode] { return translated("PythonPanel", "python3 exited with status %1.").arg(exitCode); };
        const auto expectedOwnRun = [&result] {
            return translated("PythonPanel", "PipeScope's own run: %1")
                .arg(QCoreApplication::translate("SteppingPage",
                    "the child %1; the parent read %n byte(s) from its stdout.", nullptr,
                    static_cast<int>(result.bytes[1]))
                         .arg(Describe::exitStatus(result)));
        };
        QCOMPARE(status->text(), expectedStatus());
        QCOMPARE(ownRun->text(), expectedOwnRun());
        const QString englishStatus = status->text();
        const QString englishOwnRun = ownRun->text();

        QVERIFY(switchLanguage(&window, QStringLiteral("zh_CN")));
        QCOMPARE(status->text(), expectedStatus());
        QCOMPARE(ownRun->text(), expectedOwnRun());
        QVERIFY(status->text() != englishStatus);
        QVERIFY(ownRun->text() != englishOwnRun);
        QCOMPARE(python->pythonOutput(), output);

        QVERIFY(switchLanguage(&window, QStringLiteral("en")));
        QCOMPARE(status->text(), englishStatus);
        QCOMPARE(ownRun->text(), englishOwnRun);
        QCOMPARE(python->pythonOutput(), output);
    }

    // Input PipeScope generates shows its first lines and how much follows: that sentence is said again too,
    // and the generated bytes stay the same.
    void generatedInputSummaryFollows()
    {
        MainWindow window;
        StreamsPanel* panel = window.streamsPanel();
        panel->setGeneratedInput(qint64 { 64 } * 100);
        const QByteArray raw = panel->rawInput();
        QCOMPARE(raw.size(), 6400);
        const auto summary = [] {
            const QLocale locale;
            return translated(
                "StreamsPanel", "… %1 bytes in %2 lines, all written to stdin (made by PipeScope, not typed)")
                .arg(locale.toString(6400), locale.toString(100));
        };
        QVERIFY2(panel->inputText().endsWith(summary()), qPrintable(panel->inputText()));
        const QString english = summary();
        QVERIFY(switchLanguage(&window, QStringLiteral("zh_CN")));
        QVERIFY2(panel->inputText().endsWith(summary()), qPrintable(panel->inputText()));
        QVERIFY(summary() != english);
        QCOMPARE(panel->rawInput(), raw);
        QCOMPARE(panel->generatedInputBytes(), 6400);
        QVERIFY(switchLanguage(&window, QStringLiteral("en")));
        QVERIFY(panel->inputText().endsWith(summary()));
        QCOMPARE(panel->rawInput(), raw);
    }
};

QTEST_MAIN(TestLanguageStepping)
#include "tst_language_stepping.moc"
