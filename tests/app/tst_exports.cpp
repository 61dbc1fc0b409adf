// SPDX-License-Identifier: GPL-3.0-or-later
// What the File menu writes and reads back: an exported trace replays, without any process, to the very diagram
// and fd tables the live session showed at each step; the SVG is a valid picture with the handle labels; the PNG
// has twice the diagram's size; the .py is the panel's program and the real python3 compiles and runs it.
#include "apptestsupport.h"
#include "bridge/bridge.h"
#include "bridge/programrunner.h"
#include "bridge/bridge.h"
#include "bridge/programrunner.h"
#include "bridge/replay.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramitem.h"
#include "diagram/diagramscene.h"
#include "shell/fileactions.h"
#include "shell/mainwindow.h"
#include "stepping/fdtablemodel.h"
#include "stepping/planmodel.h"
#include "stepping/pythonpanel.h"
#include "stepping/streamspanel.h"

#include "files/trace.h"

#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace pipescope;

namespace {

constexpr int stepTimeoutMs = 15'000;

bool settle(MainWindow& window)
{
    return QTest::qWaitFor(
        [&window] { return !window.controller()->isBusy() && !window.fileActions()->isSettling(); }, stepTimeoutMs);
}

// What the window shows at one moment: every item of the diagram with its texts, and both fd tables as displayed.
struct Shown
{
    QStringList diagram;
    QStringList parentFds;
    QStringList childFds;
    int planRows = 0;
};

QStringList modelRows(const QAbstractItemModel* model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

Shown shown(MainWindow& window)
{
    Shown s;
    DiagramScene* scene = window.diagramScene();
    scene->finishAnimations();
    QStringList keys = scene->itemKeys();
    keys.sort();
    for (const QString& key : keys) {
        const DiagramNode& n = scene->item(key)->node();
        s.diagram << QStringList { key, n.title, n.subtitle, n.detail, n.crossed ? QStringLiteral("x") : QString() }
                         .join(QLatin1Char('|'));
    }
    s.parentFds = modelRows(window.parentFdModel());
    s.childFds = modelRows(window.childFdModel());
    s.planRows = window.planModel()->rowCount();
    return s;
}

void compareShown(const Shown& replayed, const Shown& live, int position)
{
    const QByteArray at = "at position " + QByteArray::number(position);
    QVERIFY2(!live.diagram.isEmpty(), at.constData());
    QCOMPARE(replayed.diagram, live.diagram);
    QCOMPARE(replayed.parentFds, live.parentFds);
    QCOMPARE(replayed.childFds, live.childFds);
    QCOMPARE(replayed.planRows, live.planRows);
}

bool stepOnce(MainWindow& window)
{
    QSignalSpy done(window.controller(), &SessionController::stepDone);
    return window.controller()->step() && done.wait(stepTimeoutMs);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exportedTraceReplaysToTheSameDiagram_data();
    void exportedTraceReplaysToTheSameDiagram();
    void traceOfARunHasItsEnd();
    void replayOfACommandLineTrace();
    void malformedTraceIsRefused();
    void svgHasTheHandleLabels();
    void pngIsTwiceTheSize();
    void pythonProgramIsThePanelsAndRuns();
    void exportToAnUnwritablePlaceFails();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
};

void TestExports::init()
{
    QVERIFY(m_dir.isValid());
}

void TestExports::exportedTraceReplaysToTheSameDiagram_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addRow("seed demo") << QStringLiteral("seed-demo");
    QTest::addRow("stderr=STDOUT") << QStringLiteral("stderr-to-stdout");
    QTest::addRow("devnull") << QStringLiteral("devnull");
}

void TestExports::exportedTraceReplaysToTheSameDiagram()
{
    QFETCH(QString, preset);
    MainWindow window;
    window.setAnimated(false);
    QVERIFY(window.applyScenario(preset));
    QVERIFY(settle(window));

    // Live: every step for real, what the window shows recorded after each.
    QList<Shown> live { shown(window) };
    const size_t total = window.controller()->stepCount();
    while (window.controller()->stepPosition() < total) {
        QVERIFY(stepOnce(window));
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), static_cast<size_t>(live.size()));
        live << shown(window);
    }
    const QString path = m_dir.filePath(preset + QStringLiteral(".json"));
    QVERIFY(window.fileActions()->exportTrace(path));
    // The file is the documented trace JSON, with one snapshot per step.
    const QByteArray json = readAll(path);
    const Result<Trace> trace = traceFromJson(std::string_view(json.constData(), json.size()));
    QVERIFY(trace.ok());
    QCOMPARE(trace->steps.size(), static_cast<size_t>(live.size()));

    // Replay, in a fresh window so that nothing of the live session can show through.
    QTRY_VERIFY(window.close());
    MainWindow replayWindow;
    replayWindow.setAnimated(false);
    QVERIFY(settle(replayWindow));
    // The helper programs the window starts by itself (python3 asked about the interpreter) are over first.
    const auto helpersDone = [&replayWindow] {
        const QList<ProgramRunner*> runners = replayWindow.bridge()->programRunners();
        return std::none_of(runners.cbegin(), runners.cend(), [](ProgramRunner* r) { return r->isRunning(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(helpersDone(), 60'000);
    const QList<int> childrenBefore = apptest::childPids();
    QVERIFY(replayWindow.fileActions()->replayTrace(path));
    Replay* replay = replayWindow.fileActions()->replay();
    QVERIFY(replay->isActive());
    auto* banner = replayWindow.findChild<QFrame*>(QStringLiteral("replayBanner"));
    auto* bannerText = replayWindow.findChild<QLabel*>(QStringLiteral("replayBannerText"));
    QVERIFY(banner && bannerText);
    QVERIFY(banner->isVisibleTo(&replayWindow));
    QVERIFY2(bannerText->text().contains(QStringLiteral("Replay")), qPrintable(bannerText->text()));
    QVERIFY(replayWindow.statusText().startsWith(QStringLiteral("Replay")));
    auto* step = replayWindow.findChild<QPushButton*>(QStringLiteral("stepButton"));
    auto* back = replayWindow.findChild<QPushButton*>(QStringLiteral("backButton"));
    auto* run = replayWindow.findChild<QPushButton*>(QStringLiteral("runButton"));
    QVERIFY(step && back && run);
    QVERIFY(!run->isEnabled());
    QVERIFY(!back->isEnabled());

    compareShown(shown(replayWindow), live[0], 0);
    for (int position = 1; position < live.size(); ++position) {
        QVERIFY(step->isEnabled());
        step->click();
        QCOMPARE(replay->position(), static_cast<size_t>(position));
        compareShown(shown(replayWindow), live[position], position);
    }
    QVERIFY(!step->isEnabled());
    // Back goes through the recording too, and nothing was started for it.
    back->click();
    QCOMPARE(replay->position(), static_cast<size_t>(live.size() - 2));
    QCOMPARE(replayWindow.controller()->stepPosition(), static_cast<size_t>(0));
    QTRY_VERIFY_WITH_TIMEOUT(helpersDone(), 60'000);
    // The live window's own child may still be on its way out, so: no child that was not there before, but for the
    // python3 the window asks about its interpreters on its own.
    for (const int pid : apptest::childPids()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("python"))
            continue;
        QVERIFY2(childrenBefore.contains(pid), qPrintable(QStringLiteral("replay started process %1").arg(pid)));
    }

    // Leaving: the live session again, at its own step 0.
    replay->leave();
    QVERIFY(!replay->isActive());
    QVERIFY(!banner->isVisibleTo(&replayWindow));
    QVERIFY(run->isEnabled());
    QVERIFY(!replayWindow.statusText().startsWith(QStringLiteral("Replay")));
    QVERIFY(stepOnce(replayWindow));
    QCOMPARE(replayWindow.controller()->stepPosition(), static_cast<size_t>(1));
}

void TestExports::traceOfARunHasItsEnd()
{
    MainWindow window;
    QVERIFY(window.applyScenario(QStringLiteral("seed-demo")));
    QVERIFY(settle(window));
    QSignalSpy finished(window.controller(), &SessionController::runFinished);
    QVERIFY(window.run());
    QVERIFY(finished.wait(30'000));
    const QString path = m_dir.filePath(QStringLiteral("run-in-window.json"));
    QVERIFY(window.fileActions()->exportTrace(path));
    const QByteArray json = readAll(path);
    const Result<Trace> trace = traceFromJson(std::string_view(json.constData(), json.size()));
    QVERIFY(trace.ok());
    QVERIFY(trace->exit.has_value());
    QCOMPARE(trace->exit->code, 0);
    QCOMPARE(trace->bytes[0], 140); // the seed's ten lines, "write data:N\r\n"
    QVERIFY(trace->bytes[1] > 0);
    QVERIFY(std::any_of(
        trace->events.begin(), trace->events.end(), [](const Event& e) { return e.kind == EventKind::ChildExited; }));
    QVERIFY(window.fileActions()->replayTrace(path));
    QVERIFY(window.statusText().contains(QStringLiteral("exited with status 0")));
}

void TestExports::replayOfACommandLineTrace()
{
    // pipescope-trace --step --json writes the same schema: the window replays it too.
    const QString path = m_dir.filePath(QStringLiteral("cli.json"));
    QProcess cli;
    cli.start(QStringLiteral(PIPESCOPE_TRACE),
        { QStringLiteral("--step"), QStringLiteral("--stdin=pipe"), QStringLiteral("--stdout=pipe"),
            QStringLiteral("--json=") + path, QStringLiteral("--"), QStringLiteral(PIPESCOPE_CHILD),
            QStringLiteral("echo") });
    QVERIFY(cli.waitForFinished(30'000));
    QCOMPARE(cli.exitCode(), 0);

    MainWindow window;
    window.setAnimated(false);
    QVERIFY(settle(window));
    QVERIFY(window.fileActions()->replayTrace(path));
    Replay* replay = window.fileActions()->replay();
    QVERIFY(replay->frameCount() > 5);
    while (replay->forward())
        QVERIFY(!window.diagramScene()->itemKeys().isEmpty());
    QVERIFY(window.statusText().contains(QStringLiteral("exited with status 0")));
    QVERIFY(window.parentFdModel()->rowCount() > 0);

    // Without --step there is one moment to show: the end, with the child's table read after exec.
    const QString runOnly = m_dir.filePath(QStringLiteral("run.json"));
    cli.start(QStringLiteral(PIPESCOPE_TRACE),
        { QStringLiteral("--stdin=pipe"), QStringLiteral("--stdout=pipe"), QStringLiteral("--json=") + runOnly,
            QStringLiteral("--"), QStringLiteral(PIPESCOPE_CHILD), QStringLiteral("echo") });
    QVERIFY(cli.waitForFinished(30'000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(window.fileActions()->replayTrace(runOnly));
    QCOMPARE(replay->frameCount(), static_cast<size_t>(1));
    QVERIFY(!replay->forward());
    QVERIFY(window.childFdModel()->rowCount() >= 3);
    QVERIFY(!window.diagramScene()->itemKeys().isEmpty());
    QVERIFY(window.statusText().contains(QStringLiteral("exited with status 0")));
}

void TestExports::malformedTraceIsRefused()
{
    MainWindow window;
    QVERIFY(settle(window));
    const QString notJson = m_dir.filePath(QStringLiteral("notjson.json"));
    QFile f(notJson);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"schema\": \"pipescope-trace\", ");
    f.close();
    QVERIFY(!window.fileActions()->replayTrace(notJson));
    QVERIFY(!window.fileActions()->replay()->isActive());
    QVERIFY2(window.statusText().contains(QStringLiteral("notjson.json")), qPrintable(window.statusText()));

    // A scenario is not a trace.
    const QString scenario = m_dir.filePath(QStringLiteral("scenario.json"));
    QVERIFY(window.fileActions()->saveScenario(scenario));
    QVERIFY(!window.fileActions()->replayTrace(scenario));
    QVERIFY(!window.fileActions()->replay()->isActive());
    QVERIFY2(window.statusText().contains(QStringLiteral("not a PipeScope trace")), qPrintable(window.statusText()));
}

void TestExports::svgHasTheHandleLabels()
{
    MainWindow window;
    window.setAnimated(false);
    QVERIFY(window.applyScenario(QStringLiteral("seed-demo")));
    QVERIFY(settle(window));
    // Far enough for both processes, the pipes and the handles on both sides.
    QVERIFY(window.controller()->stepTo(6));
    QVERIFY(settle(window));
    const QString path = m_dir.filePath(QStringLiteral("diagram.svg"));
    QVERIFY(window.fileActions()->exportSvg(path));
    const QByteArray svg = readAll(path);

    QXmlStreamReader xml(svg);
    bool root = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && !root) {
            QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
            root = true;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(root);
    QVERIFY(QSvgRenderer(svg).isValid());

    QStringList labels;
    DiagramScene* scene = window.diagramScene();
    for (const QString& key : scene->itemKeys()) {
        const DiagramNode& n = scene->item(key)->node();
        if (n.kind == DiagramNode::Kind::Socket && !n.subtitle.isEmpty())
            labels << n.subtitle;
    }
    QVERIFY2(labels.contains(QStringLiteral("p2cwrite")), qPrintable(labels.join(QLatin1Char(','))));
    for (const QString& label : labels)
        QVERIFY2(svg.contains(label.toUtf8()), qPrintable(label));
}

void TestExports::pngIsTwiceTheSize()
{
    MainWindow window;
    window.setAnimated(false);
    QVERIFY(settle(window));
    QVERIFY(window.controller()->stepTo(4));
    QVERIFY(settle(window));
    const QString path = m_dir.filePath(QStringLiteral("diagram.png"));
    QVERIFY(window.fileActions()->exportPng(path));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    const QRectF rect = window.diagramScene()->sceneRect();
    QVERIFY(rect.width() > 100 && rect.height() > 100);
    QCOMPARE(image.width(), static_cast<int>(std::ceil(rect.width() * 2)));
    QCOMPARE(image.height(), static_cast<int>(std::ceil(rect.height() * 2)));
    // Something was drawn: not a blank page.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 5);
}

void TestExports::pythonProgramIsThePanelsAndRuns()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("no python3 on PATH");
    MainWindow window;
    QVERIFY(window.applyScenario(QStringLiteral("seed-demo")));
    QVERIFY(settle(window));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parent.py"));
    QVERIFY(window.fileActions()->exportPython(path));
    QCOMPARE(QString::fromUtf8(readAll(path)), window.pythonPanel()->code());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("child.py"))));

    QProcess compile;
    compile.start(python,
        { QStringLiteral("-c"), QStringLiteral("import sys; compile(open(sys.argv[1]).read(), sys.argv[1], 'exec')"),
            path });
    QVERIFY(compile.waitForFinished(30'000));
    QVERIFY2(compile.exitCode() == 0, compile.readAllStandardError().constData());

    // And it runs: the seed's demo, ending on its own.
    QProcess program;
    program.setWorkingDirectory(dir.path());
    program.start(python, { path });
    QVERIFY(program.waitForFinished(30'000));
    QVERIFY2(program.exitCode() == 0, program.readAllStandardError().constData());
    QVERIFY(program.readAllStandardOutput().contains("write data:9"));
}

void TestExports::exportToAnUnwritablePlaceFails()
{
    MainWindow window;
    QVERIFY(settle(window));
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/diagram.svg"));
    QVERIFY(!window.fileActions()->exportSvg(nowhere));
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY2(window.statusText().contains(QStringLiteral("diagram.svg")), qPrintable(window.statusText()));
    QVERIFY(!window.fileActions()->exportTrace(m_dir.filePath(QStringLiteral("no-such-folder/t.json"))));
    QVERIFY(!window.fileActions()->saveScenario(m_dir.filePath(QStringLiteral("no-such-folder/s.pipescope"))));
}

void TestExports::cleanupTestCase()
{
    QTRY_VERIFY(apptest::noChildLeft());
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
