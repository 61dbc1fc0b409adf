// SPDX-License-Identifier: GPL-3.0-or-later
// A language switch during a live run: the Live tab (its buttons, labels, console, plot axes and legend) and the
// diagram's live picture say their texts again in the new language, while the same child keeps running, the console
// keeps what it showed and bytes still flow. Expected texts come from QCoreApplication::translate of the same
// sources; a few that are translated already prove the switch is not vacuous.
#include "apptestsupport.h"
#include "bridge/childprogram.h"
#include "bridge/liveflow.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramitem.h"
#include "diagram/diagramscene.h"
#include "languagetestsupport.h"
#include "live/byteflowplot.h"
#include "live/consolewidget.h"
#include "live/livepanel.h"
#include "live/livescenarios.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "text/livetext.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <qcustomplot.h>

#include <csignal>

using namespace pipescope;
using apptest::switchLanguage;
using apptest::translated;

namespace {

constexpr int runTimeoutMs = 20'000;

QString buddyText(QWidget* window, QWidget* buddy)
{
    for (QLabel* label : window->findChildren<QLabel*>())
        if (label->buddy() == buddy)
            return label->text();
    return QStringLiteral("<no label>");
}

const DiagramNode* node(DiagramScene* scene, DiagramNode::Kind kind, const QString& detail = {})
{
    for (const DiagramNode& n : scene->currentLayout().nodes)
        if (n.kind == kind && (detail.isEmpty() || n.detail == detail))
            return &n;
    return nullptr;
}

// The texts under test, as the widgets and the scene show them now.
QMap<QString, QString> shownTexts(MainWindow* window)
{
    LivePanel* live = window->livePanel();
    QMap<QString, QString> t;
    t.insert(QStringLiteral("start"), live->startButton()->text());
    t.insert(QStringLiteral("start tip"), live->startButton()->toolTip());
    t.insert(QStringLiteral("cancel"), live->cancelButton()->text());
    t.insert(QStringLiteral("scenario label"), buddyText(live, live->scenarioBox()));
    t.insert(QStringLiteral("scenario item"), live->scenarioBox()->currentText());
    t.insert(QStringLiteral("scenario item tip"),
        live->scenarioBox()->itemData(live->scenarioBox()->currentIndex(), Qt::ToolTipRole).toString());
    for (Stream s : allStreams)
        t.insert(QStringLiteral("gauge %1").arg(static_cast<int>(s)), buddyText(live, live->fillGauge(s)));
    t.insert(QStringLiteral("status"), live->statusText());

    ConsoleWidget* console = live->console();
    t.insert(QStringLiteral("close stdin"), console->closeStdinButton()->text());
    t.insert(QStringLiteral("close stdin tip"), console->closeStdinButton()->toolTip());
    t.insert(QStringLiteral("console input tip"), console->inputLine()->toolTip());
    t.insert(QStringLiteral("console input placeholder"), console->inputLine()->placeholderText());

    ByteFlowPlot* plot = live->plot();
    t.insert(QStringLiteral("pause"), plot->pauseButton()->text());
    QCustomPlot* custom = plot->customPlot();
    const QList<QCPAxisRect*> rects = custom->axisRects();
    t.insert(QStringLiteral("rate axis"), rects.value(0)->axis(QCPAxis::atLeft)->label());
    t.insert(QStringLiteral("fill axis"), rects.value(1)->axis(QCPAxis::atLeft)->label());
    t.insert(QStringLiteral("time axis"), rects.value(1)->axis(QCPAxis::atBottom)->label());
    for (int i = 0; i < custom->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(custom->legend->item(i)))
            t.insert(QStringLiteral("legend %1").arg(i), item->plottable()->name());

    DiagramScene* scene = window->diagramScene();
    const DiagramNode* caption = node(scene, DiagramNode::Kind::Caption);
    t.insert(QStringLiteral("diagram caption"),
        caption && scene->item(caption->key) ? scene->item(caption->key)->node().title : QString());
    const DiagramNode* stdinPipe = node(scene, DiagramNode::Kind::Pipe, QStringLiteral("stdin"));
    t.insert(QStringLiteral("diagram stdin pipe"),
        stdinPipe && scene->item(stdinPipe->key) ? scene->item(stdinPipe->key)->node().title : QString());
    t.insert(QStringLiteral("diagram stdin blocked"), scene->pipeBlockedText(Stream::Stdin));
    return t;
}

// What they must be in the language installed now. command: what the caption says runs.
QMap<QString, QString> expectedTexts(MainWindow* window, const QString& command)
{
    LivePanel* live = window->livePanel();
    const auto lp = [](const char* source) { return translated("LivePanel", source); };
    QMap<QString, QString> t;
    t.insert(QStringLiteral("start"), lp("&Start"));
    t.insert(QStringLiteral("start tip"),
        lp("Spawn the child for real with the streams panel's configuration and move its bytes"));
    t.insert(QStringLiteral("cancel"), lp("Cancel"));
    t.insert(QStringLiteral("scenario label"), lp("Live sc&enario:"));
    const auto scenario = LiveScenarios::byId(QStringLiteral("seed-echo"));
    t.insert(QStringLiteral("scenario item"), scenario ? scenario->title : QString());
    t.insert(QStringLiteral("scenario item tip"), scenario ? scenario->description : QString());
    t.insert(QStringLiteral("gauge 0"), lp("stdin pipe"));
    t.insert(QStringLiteral("gauge 1"), lp("stdout pipe"));
    t.insert(QStringLiteral("gauge 2"), lp("stderr pipe"));
    // The child waits for a line: the verdict of the last sample, in words.
    t.insert(QStringLiteral("status"), LiveText::verdictText(live->flow()->lastSample()));

    const auto cw = [](const char* source) { return translated("ConsoleWidget", source); };
    t.insert(QStringLiteral("close stdin"), cw("Close stdin (EOF)"));
    t.insert(QStringLiteral("close stdin tip"), cw("proc.stdin.close(): the child's next read returns 0 bytes (EOF)"));
    t.insert(QStringLiteral("console input tip"),
        cw("proc.stdin.write(): Enter sends the line and a newline to the child's stdin"));
    t.insert(QStringLiteral("console input placeholder"),
        cw("A line for the child's stdin — Enter sends it with a newline"));

    const auto bp = [](const char* source) { return translated("ByteFlowPlot", source); };
    t.insert(QStringLiteral("pause"), bp("Pause"));
    t.insert(QStringLiteral("rate axis"), bp("bytes/s"));
    t.insert(QStringLiteral("fill axis"), bp("pipe fill (%)"));
    t.insert(QStringLiteral("time axis"), bp("seconds since start"));
    t.insert(QStringLiteral("legend 0"), bp("stdin (written)"));
    t.insert(QStringLiteral("legend 1"), bp("stdout (read)"));
    t.insert(QStringLiteral("legend 2"), bp("stderr (read)"));

    t.insert(QStringLiteral("diagram caption"), translated("SteppingPage", "Live: the child runs %1").arg(command));
    t.insert(QStringLiteral("diagram stdin pipe"), translated("DiagramLayout", "%1 pipe").arg(QStringLiteral("stdin")));
    const BlockedOn& child = live->flow()->lastSample().child;
    t.insert(QStringLiteral("diagram stdin blocked"),
        child.onPipe() && child.stream == Stream::Stdin ? LiveText::blockedText(child) : QString());
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

bool childWaitsForInput(LiveFlow* flow)
{
    const LiveSample& last = flow->lastSample();
    return last.verdict == Verdict::WaitingForInput && last.child.onPipe() && last.child.stream == Stream::Stdin;
}

} // namespace

class TestLanguageLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!childProgramPath().isEmpty(), "pipescope-child was not found");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::instance()->install(QStringLiteral("en")));
    }

    void cleanup()
    {
        Language::instance()->install(QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), runTimeoutMs);
    }

    void aLiveRunSpeaksTheNewLanguageAndGoesOn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), runTimeoutMs);
        window.showLiveTab();
        LivePanel* live = window.livePanel();
        LiveFlow* flow = live->flow();
        ConsoleWidget* console = live->console();
        // The seed's echo child, its stdin left open: it answers the ten lines, then waits for more.
        QVERIFY(live->selectScenario(QStringLiteral("seed-echo")));
        QSignalSpy finished(flow, &LiveFlow::finished);
        QVERIFY(live->start());
        QTRY_VERIFY_WITH_TIMEOUT(flow->isRunning() && flow->pid() > 0, runTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            console->shownText(Stream::Stdout).contains(QStringLiteral(">>>get std in write data:9")), runTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(childWaitsForInput(flow), runTimeoutMs);
        const int pid = flow->pid();
        const QString stdoutShown = console->shownText(Stream::Stdout);
        const QString stdinShown = console->shownText(Stream::Stdin);
        const int points = live->plot()->pointCount();
        QVERIFY(points > 0);
        const qint64 stdoutBytes = flow->lastSample().stream(Stream::Stdout).bytes;

        const QMap<QString, QString> english = shownTexts(&window);
        const QString captionPrefix = QStringLiteral("Live: the child runs ");
        QVERIFY2(english.value(QStringLiteral("diagram caption")).startsWith(captionPrefix),
            qPrintable(english.value(QStringLiteral("diagram caption"))));
        const QString command = english.value(QStringLiteral("diagram caption")).mid(captionPrefix.size());
        QVERIFY2(command.endsWith(QStringLiteral(" echo")), qPrintable(command));
        compareTexts(english, expectedTexts(&window, command));

        QVERIFY(switchLanguage(&window, QStringLiteral("zh_CN")));
        // Not vacuous: these are translated already.
        QCOMPARE(translated("LivePanel", "&Start"), QStringLiteral("开始(&S)"));
        QCOMPARE(translated("ByteFlowPlot", "bytes/s"), QStringLiteral("字节/秒"));
        QCOMPARE(translated("SteppingPage", "Live: the child runs %1"), QStringLiteral("实时：子进程运行 %1"));
        // The same child runs on, and the console keeps what it showed.
        QVERIFY(flow->isRunning());
        QCOMPARE(flow->pid(), pid);
        QVERIFY(::kill(pid, 0) == 0);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(console->shownText(Stream::Stdout), stdoutShown);
        QCOMPARE(console->shownText(Stream::Stdin), stdinShown);
        QVERIFY(live->plot()->pointCount() >= points);
        const QMap<QString, QString> chinese = shownTexts(&window);
        compareTexts(chinese, expectedTexts(&window, command));
        for (const char* key : { "start", "cancel", "scenario label", "gauge 0", "close stdin", "pause", "rate axis",
                 "fill axis", "time axis", "legend 0", "diagram caption", "diagram stdin pipe", "status" })
            QVERIFY2(chinese.value(QLatin1String(key)) != english.value(QLatin1String(key)), key);

        // Bytes still flow: a line typed now reaches the child, which answers it.
        console->inputLine()->setText(QStringLiteral("after the switch"));
        QTest::keyClick(console->inputLine(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            console->shownText(Stream::Stdout).contains(QStringLiteral(">>>get std in after the switch")),
            runTimeoutMs);
        QVERIFY(console->shownText(Stream::Stdout).startsWith(stdoutShown));
        QVERIFY(flow->lastSample().stream(Stream::Stdout).bytes > stdoutBytes);
        QCOMPARE(flow->pid(), pid);

        QTRY_VERIFY_WITH_TIMEOUT(childWaitsForInput(flow), runTimeoutMs);
        const QString shownBeforeBack = console->shownText(Stream::Stdout);
        QVERIFY(switchLanguage(&window, QStringLiteral("en")));
        QVERIFY(flow->isRunning());
        QCOMPARE(flow->pid(), pid);
        QCOMPARE(console->shownText(Stream::Stdout), shownBeforeBack);
        compareTexts(shownTexts(&window), english);

        // Close stdin: the child reads EOF and exits by itself.
        QTest::mouseClick(console->closeStdinButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY(!flow->isRunning());
    }

    // After the run: the finished status, the ended child on the diagram and the caption are said again.
    void aFinishedLiveRunIsSaidAgain()
    {
        MainWindow window;
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), runTimeoutMs);
        LivePanel* live = window.livePanel();
        QVERIFY(live->selectScenario(QStringLiteral("stderr-to-stdout")));
        QSignalSpy finished(live->flow(), &LiveFlow::finished);
        QVERIFY(live->start());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        DiagramScene* scene = window.diagramScene();
        QVERIFY(scene->isLive());
        DiagramItem* childBox = scene->item(QStringLiteral("process:child"));
        QVERIFY(childBox);
        const QString ended = translated("SteppingPage", "exited with status %1").arg(0);
        QCOMPARE(childBox->node().detail, ended);
        QVERIFY(childBox->node().crossed);
        const QString englishStatus = live->statusText();
        QVERIFY2(englishStatus.startsWith(QStringLiteral("Finished: the child exited with status 0.")),
            qPrintable(englishStatus));
        const QString stdoutShown = live->console()->shownText(Stream::Stdout);

        QVERIFY(switchLanguage(&window, QStringLiteral("zh_CN")));
        childBox = scene->item(QStringLiteral("process:child"));
        QVERIFY(childBox);
        const QString chineseEnded = translated("SteppingPage", "exited with status %1").arg(0);
        QVERIFY(chineseEnded != ended);
        QCOMPARE(childBox->node().detail, chineseEnded);
        QVERIFY(childBox->node().crossed);
        const QString chineseStatus = live->statusText();
        QVERIFY2(chineseStatus.startsWith(translated("LivePanel", "Finished: the child exited with status %1.").arg(0)),
            qPrintable(chineseStatus));
        QVERIFY(chineseStatus != englishStatus);
        QCOMPARE(live->console()->shownText(Stream::Stdout), stdoutShown);

        QVERIFY(switchLanguage(&window, QStringLiteral("en")));
        QCOMPARE(live->statusText(), englishStatus);
        QCOMPARE(scene->item(QStringLiteral("process:child"))->node().detail, ended);
    }
};

QTEST_MAIN(TestLanguageLive)
#include "tst_language_live.moc"
