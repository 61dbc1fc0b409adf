// SPDX-License-Identifier: GPL-3.0-or-later
// .pipescope files in the window: every bundled scenario parses and is offered by the Scenario box and the
// Scenario menu, a saved scenario reopens identically (the real setup redone up to the saved step, never the exec),
// and a malformed file says what is wrong in one line and changes nothing. The live scenarios' files say exactly
// what LiveScenarios runs.
#include "apptestsupport.h"
#include "bridge/sessioncontroller.h"
#include "live/livescenarios.h"
#include "shell/fileactions.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "stepping/presets.h"
#include "stepping/scenarioio.h"
#include "stepping/streamspanel.h"

#include "files/scenariofile.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pipescope;

namespace {

constexpr int stepTimeoutMs = 15'000;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<Scenario> parse(const QByteArray& text)
{
    return scenarioFromJson(std::string_view(text.constData(), text.size()));
}

bool settle(MainWindow& window)
{
    return QTest::qWaitFor(
        [&window] { return !window.controller()->isBusy() && !window.fileActions()->isSettling(); }, stepTimeoutMs);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString sourceDir()
{
    return QStringLiteral(PIPESCOPE_SOURCE_DIR "/resources/scenarios");
}

} // namespace

class TestScenarioFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledFilesParse();
    void scenarioBoxAndMenuListThemAll();
    void liveScenarioFilesMatchTheCatalogue();
    void savedScenarioReopensIdentically_data();
    void savedScenarioReopensIdentically();
    void openingNeverRunsTheCommand();
    void bundledPythonScriptRunsWithPython3();
    void malformedScenarioChangesNothing_data();
    void malformedScenarioChangesNothing();
    void stepOutsideThePlanNamesTheRange_data();
    void stepOutsideThePlanNamesTheRange();
    void fileMenuComesFirst();
    void cleanupTestCase();
};

void TestScenarioFiles::bundledFilesParse()
{
    const QStringList embedded = Preset::bundledFiles();
    const QStringList inSource
        = QDir(sourceDir()).entryList({ QStringLiteral("*.pipescope") }, QDir::Files, QDir::Name);
    QCOMPARE(embedded.size(), inSource.size());
    QVERIFY(embedded.size() >= 6);
    QStringList ids;
    for (const QString& path : embedded) {
        const QByteArray text = readAll(path);
        QVERIFY2(!text.isEmpty(), qPrintable(path));
        const Result<Scenario> s = parse(text);
        QVERIFY2(
            s.ok(), qPrintable(path + QStringLiteral(": ") + QString::fromStdString(s.ok() ? "" : s.error().subject)));
        QVERIFY2(!s->id.empty() && !s->title.empty(), qPrintable(path));
        QVERIFY2(!ids.contains(QString::fromStdString(s->id)), qPrintable(path + QStringLiteral(": id used twice")));
        ids << QString::fromStdString(s->id);
        // The file is as the format writes it: what a Save would produce.
        QCOMPARE(QString::fromStdString(toJsonText(*s)), QString::fromUtf8(text));
    }
    // The seed's demo comes first: it is what the window starts with.
    QCOMPARE(ids.value(0), QStringLiteral("seed-demo"));
    for (const QString& path : QDir(sourceDir() + QStringLiteral("/live")).entryList({ QStringLiteral("*.pipescope") }))
        QVERIFY2(parse(readAll(sourceDir() + QStringLiteral("/live/") + path)).ok(), qPrintable(path));
}

void TestScenarioFiles::scenarioBoxAndMenuListThemAll()
{
    MainWindow window;
    auto* box = window.findChild<QComboBox*>(QStringLiteral("scenarioBox"));
    QVERIFY(box);
    const QStringList files = Preset::bundledFiles();
    QCOMPARE(box->count(), files.size());
    QMenu* menu = window.fileActions()->scenarioMenu();
    QCOMPARE(menu->actions().size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        const Result<Scenario> s = parse(readAll(files[i]));
        QVERIFY(s.ok());
        const QString id = QString::fromStdString(s->id);
        QCOMPARE(box->itemData(i).toString(), id);
        QCOMPARE(menu->actions().at(i)->data().toString(), id);
        QCOMPARE(box->itemText(i), menu->actions().at(i)->text());
        QVERIFY(!box->itemData(i, Qt::ToolTipRole).toString().isEmpty());
    }
    // Picking one in the menu configures the window as the file says.
    QAction* stderrToStdout = window.fileActions()->action(QStringLiteral("scenario_stderr-to-stdout"));
    QVERIFY(stderrToStdout);
    stderrToStdout->trigger();
    QVERIFY(settle(window));
    const Scenario state = window.scenarioState();
    QCOMPARE(state.redirect(Stream::Stderr), Redirect::stdoutRedirect());
    QCOMPARE(state.command.name, std::string("stderr"));
    QCOMPARE(box->currentData().toString(), QStringLiteral("stderr-to-stdout"));
    QVERIFY(stderrToStdout->isChecked());
    // The file preset's relative path lands in the temp dir.
    QVERIFY(window.applyScenario(QStringLiteral("file")));
    QVERIFY(settle(window));
    const Redirect out = window.scenarioState().redirect(Stream::Stdout);
    QCOMPARE(out.kind, Redirect::Kind::File);
    QCOMPARE(QString::fromStdString(out.path), QDir::temp().filePath(QStringLiteral("pipescope-stdout.txt")));
}

void TestScenarioFiles::liveScenarioFilesMatchTheCatalogue()
{
    const QDir dir(sourceDir() + QStringLiteral("/live"));
    const QStringList files = dir.entryList({ QStringLiteral("*.pipescope") }, QDir::Files, QDir::Name);
    const QList<LiveScenario> catalogue = LiveScenarios::all();
    QCOMPARE(files.size(), catalogue.size());
    for (int i = 0; i < files.size(); ++i) {
        const Result<Scenario> s = parse(readAll(dir.filePath(files[i])));
        QVERIFY2(s.ok(), qPrintable(files[i]));
        const LiveScenario& live = catalogue[i];
        QCOMPARE(QString::fromStdString(s->id), live.id);
        QCOMPARE(s->redirects, live.redirects);
        QStringList args;
        for (const std::string& a : s->command.args)
            args << QString::fromStdString(a);
        if (live.pythonScript.isEmpty()) {
            QCOMPARE(s->command.kind, ScenarioCommand::Kind::Child);
            args.prepend(QString::fromStdString(s->command.name));
        } else {
            QCOMPARE(s->command.kind, ScenarioCommand::Kind::Python);
            QCOMPARE(QString::fromStdString(s->command.name), live.pythonScript);
            QStringList options;
            for (const std::string& o : s->command.options)
                options << QString::fromStdString(o);
            QCOMPARE(options, live.pythonOptions);
        }
        QCOMPARE(args, live.childArgs);
        QCOMPARE(s->policy, live.policy);
        QCOMPARE(QByteArray::fromStdString(inputBytes(s->input)), live.input);
        // The English texts are the catalogue's, so its translations apply.
        QCOMPARE(QCoreApplication::translate("LiveScenarios", s->title.c_str()), live.title);
    }
}

void TestScenarioFiles::savedScenarioReopensIdentically_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("windows");
    QTest::addColumn<QString>("otherProgram");
    QTest::addRow("seed demo at step 0") << QStringLiteral("seed-demo") << 0 << false << QString();
    QTest::addRow("stderr=STDOUT at step 5, Windows lens")
        << QStringLiteral("stderr-to-stdout") << 5 << true << QString();
    QTest::addRow("devnull at step 3") << QStringLiteral("devnull") << 3 << false << QString();
    QTest::addRow("another program at step 2")
        << QStringLiteral("stdin-not-pipe") << 2 << false << QStringLiteral("python3 -c \"print('a b')\"");
}

void TestScenarioFiles::savedScenarioReopensIdentically()
{
    QFETCH(QString, preset);
    QFETCH(int, step);
    QFETCH(bool, windows);
    QFETCH(QString, otherProgram);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.pipescope"));

    Scenario saved;
    {
        MainWindow window;
        QVERIFY(window.applyScenario(preset));
        if (!otherProgram.isEmpty())
            window.streamsPanel()->setOtherProgram(otherProgram);
        window.streamsPanel()->setInput(QStringLiteral("first line\nsecond, ünïcode\n"), false);
        window.setLens(windows ? Lens::Windows : Lens::Posix);
        QVERIFY(settle(window));
        QVERIFY(window.controller()->stepTo(static_cast<size_t>(step)));
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), static_cast<size_t>(step));
        saved = window.scenarioState();
        QCOMPARE(saved.step, step);
        QVERIFY(window.fileActions()->saveScenario(path));
        QVERIFY2(window.statusText().contains(QStringLiteral("saved.pipescope")), qPrintable(window.statusText()));
    }
    QTRY_VERIFY(apptest::noChildLeft());

    // A fresh window, as after a restart: the file gives back the same state.
    MainWindow window;
    QVERIFY(settle(window));
    QVERIFY(window.fileActions()->openScenario(path));
    QVERIFY(settle(window));
    const Scenario reopened = window.scenarioState();
    QCOMPARE(QString::fromStdString(toJsonText(reopened)), QString::fromStdString(toJsonText(saved)));
    QVERIFY(reopened == saved);
    QCOMPARE(window.controller()->stepPosition(), static_cast<size_t>(step));
    QCOMPARE(window.controller()->lens(), windows ? Lens::Windows : Lens::Posix);
    QCOMPARE(window.streamsPanel()->inputText(), QStringLiteral("first line\nsecond, ünïcode\n"));
}

void TestScenarioFiles::openingNeverRunsTheCommand()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString marker = dir.filePath(QStringLiteral("ran"));
    // A command that would leave a file behind, saved at the very last step: opening stops before the exec.
    Scenario s;
    s.command = ScenarioCommand { .kind = ScenarioCommand::Kind::Program,
        .name = "/bin/sh",
        .args = { "-c", "echo ran > '" + marker.toStdString() + "'" } };
    s.step = scenarioStepCount(s);
    const QString path = dir.filePath(QStringLiteral("last-step.pipescope"));
    writeFile(path, QByteArray::fromStdString(toJsonText(s)));

    MainWindow window;
    QVERIFY(settle(window));
    QVERIFY(window.fileActions()->openScenario(path));
    QVERIFY2(window.statusText().contains(QStringLiteral("last-step.pipescope")), qPrintable(window.statusText()));
    QVERIFY(settle(window));
    const HandlePlan plan = window.controller()->plan(Lens::Posix);
    size_t exec = 0;
    while (exec < plan.steps.size() && plan.steps[exec].action != StepAction::Exec)
        ++exec;
    QVERIFY(exec > 0 && exec < plan.steps.size());
    QCOMPARE(window.controller()->stepPosition(), exec); // every step before the exec; the exec is the user's
    QVERIFY(!window.controller()->isRunning());
    QVERIFY(!QFile::exists(marker));
}

void TestScenarioFiles::bundledPythonScriptRunsWithPython3()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("python.pipescope"));
    writeFile(path,
        R"({"format":"pipescope-scenario","version":1,"streams":{"stdin":"pipe","stdout":"pipe"},
            "command":{"python":"child.py","args":["-x"]}})");
    MainWindow window;
    QVERIFY(window.fileActions()->openScenario(path));
    QVERIFY(settle(window));
    const SpawnSpec spec = window.controller()->spec();
    QCOMPARE(spec.argv.size(), size_t { 3 });
    QCOMPARE(spec.argv[0], std::string("python3"));
    // The script is the bundled child.py, copied where python3 can read it.
    const QString script = QString::fromStdString(spec.argv[1]);
    QVERIFY2(script.endsWith(QLatin1String("/child.py")), qPrintable(script));
    QCOMPARE(readAll(script), readAll(QStringLiteral(":/python/child.py")));
    QCOMPARE(spec.argv[2], std::string("-x"));
}

void TestScenarioFiles::malformedScenarioChangesNothing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // a part of the one-line message
    QTest::addRow("not JSON") << QByteArray("stdin=pipe\n") << QStringLiteral("not valid JSON");
    QTest::addRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::addRow("a trace") << QByteArray(R"({"schema":"pipescope-trace","version":1})")
                             << QStringLiteral("\"format\"");
    QTest::addRow("version 2") << QByteArray(
        R"({"format":"pipescope-scenario","version":2,"command":{"child":"echo"}})")
                               << QStringLiteral("version 1");
    QTest::addRow("bad redirect") << QByteArray(
        R"({"format":"pipescope-scenario","version":1,"command":{"child":"echo"},"streams":{"stdin":"stdout"}})")
                                  << QStringLiteral("/streams/stdin");
    QTest::addRow("no command") << QByteArray(R"({"format":"pipescope-scenario","version":1})")
                                << QStringLiteral("/command");
    QTest::addRow("unknown policy") << QByteArray(
        R"({"format":"pipescope-scenario","version":1,"command":{"child":"echo"},"policy":"polite"})")
                                    << QStringLiteral("/policy");
    QTest::addRow("step is text") << QByteArray(
        R"({"format":"pipescope-scenario","version":1,"command":{"child":"echo"},"step":"3"})")
                                  << QStringLiteral("/step");
    QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringLiteral("not valid JSON");
    QTest::addRow("missing file") << QByteArray() << QStringLiteral("Cannot open");
}

void TestScenarioFiles::malformedScenarioChangesNothing()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.pipescope"));
    if (!expected.startsWith(QLatin1String("Cannot open")))
        writeFile(path, text);

    MainWindow window;
    QVERIFY(window.applyScenario(QStringLiteral("devnull")));
    QVERIFY(settle(window));
    QVERIFY(window.controller()->stepTo(2));
    QVERIFY(settle(window));
    const Scenario before = window.scenarioState();
    const StepSnapshot snapshotBefore = window.controller()->snapshot();

    QVERIFY(!window.fileActions()->openScenario(path));
    QVERIFY(settle(window));
    const QString message = window.statusText();
    QVERIFY2(message.contains(QStringLiteral("broken.pipescope")), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QVERIFY(window.scenarioState() == before);
    // Not even re-run: the same child, stopped at the same step.
    QCOMPARE(window.controller()->snapshot().childPid, snapshotBefore.childPid);
    QCOMPARE(window.controller()->stepPosition(), static_cast<size_t>(2));
}

void TestScenarioFiles::stepOutsideThePlanNamesTheRange_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("step");
    for (const char* language : { "en", "zh_CN" })
        for (const int step : { 999, -3 })
            QTest::addRow("%s step %d", language, step) << QString::fromLatin1(language) << step;
}

// A step outside 0..N (N the steps of the scenario's plan) is refused, not clamped, and the message gives the range,
// in English as in Chinese.
void TestScenarioFiles::stepOutsideThePlanNamesTheRange()
{
    QFETCH(QString, language);
    QFETCH(int, step);
    QVERIFY(Language::instance()->install(language));
    const auto english = qScopeGuard([] { Language::instance()->install(QStringLiteral("en")); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray head = R"({"format":"pipescope-scenario","version":1,"streams":{"stdin":"pipe","stdout":"pipe"},)"
                            R"("command":{"child":"echo"})";
    const Result<Scenario> valid = parse(head + "}");
    QVERIFY(valid.ok());
    const int last = scenarioStepCount(*valid);
    QVERIFY(last > 0 && last < 999);
    const QString path = dir.filePath(QStringLiteral("far.pipescope"));
    writeFile(path, head + R"(,"step":)" + QByteArray::number(step) + "}");

    MainWindow window;
    QVERIFY(settle(window));
    QVERIFY(!window.fileActions()->openScenario(path));
    QVERIFY(settle(window));
    QCOMPARE(window.controller()->stepPosition(), size_t { 0 });
    const QString message = window.statusText();
    QVERIFY2(message.contains(QStringLiteral("far.pipescope")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(step)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(last)), qPrintable(message));
    const QString source
        = QStringLiteral("'%1' is malformed: it stands at step %2, but its plan has steps %3 to %4 only.");
    QCOMPARE(message,
        QCoreApplication::translate("ScenarioIo", qPrintable(source))
            .arg(QStringLiteral("far.pipescope"))
            .arg(step)
            .arg(0)
            .arg(last));
    if (language != QLatin1String("en"))
        QVERIFY2(message != source.arg(QStringLiteral("far.pipescope")).arg(step).arg(0).arg(last), "not translated");
}

void TestScenarioFiles::fileMenuComesFirst()
{
    MainWindow window;
    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QCOMPARE(menus.at(0)->menu(), window.fileActions()->fileMenu());
    QCOMPARE(menus.at(1)->menu(), window.fileActions()->scenarioMenu());
    const auto shortcut
        = [&window](const char* name) { return window.fileActions()->action(QString::fromLatin1(name))->shortcut(); };
    QCOMPARE(shortcut("openScenarioAction"), QKeySequence(QKeySequence::Open));
    QCOMPARE(shortcut("saveScenarioAction"), QKeySequence(QKeySequence::Save));
    QCOMPARE(shortcut("quitAction"), QKeySequence(QKeySequence::Quit));
    for (const char* name : { "exportSvgAction", "exportPngAction", "exportTraceAction", "exportPythonAction",
             "replayTraceAction", "leaveReplayAction" })
        QVERIFY2(window.fileActions()->action(QString::fromLatin1(name)), name);
}

void TestScenarioFiles::cleanupTestCase()
{
    QTRY_VERIFY(apptest::noChildLeft());
}

QTEST_MAIN(TestScenarioFiles)
#include "tst_scenario_files.moc"
