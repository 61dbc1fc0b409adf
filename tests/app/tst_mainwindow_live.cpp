// SPDX-License-Identifier: GPL-3.0-or-later
// The Live tab inside the main window: a live scenario configures the streams panel, a live run starts what the
// panel shows, and the diagram shows the run's real pipes filling, their writers blocked, packets moving, EOF — with
// real children, checked through the window and its scene.
#include "apptestsupport.h"
#include "bridge/childprogram.h"
#include "bridge/liveflow.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "live/consolewidget.h"
#include "live/livepanel.h"
#include "live/livescenarios.h"
#include "shell/mainwindow.h"
#include "stepping/streameditor.h"
#include "stepping/streamspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGraphicsItem>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

using namespace pipescope;

namespace {

constexpr int runTimeoutMs = 20'000;

bool processGone(int pid)
{
    errno = 0;
    return pid > 0 && ::kill(pid, 0) == -1 && errno == ESRCH;
}

void chooseRedirect(StreamEditor* editor, Redirect::Kind kind)
{
    QComboBox* box = editor->kindBox();
    const int row = box->findData(static_cast<int>(kind));
    QVERIFY(row >= 0);
    box->setCurrentIndex(row);
}

// The window as a teacher has it: shown, at its default size, idle.
void showIdle(MainWindow& window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), runTimeoutMs);
}

// With PIPESCOPE_SCREENSHOT_DIR set, the window and the diagram at full scale are saved there as a person would see
// them at that moment.
void keepScreenshots(MainWindow& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("PIPESCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG"));
    DiagramScene* scene = window.diagramScene();
    QImage image(scene->sceneRect().size().toSize() * 1.5, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter);
    painter.end();
    QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral("-diagram.png")), "PNG"));
}

void finishRun(LivePanel* live)
{
    if (!live->isRunning())
        return;
    QSignalSpy finished(live->flow(), &LiveFlow::finished);
    live->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
}

} // namespace

class TestMainWindowLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!childProgramPath().isEmpty(), "pipescope-child was not found"); }

    void cleanup() { QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), runTimeoutMs); }

    void keepsTheDefaultSize_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::addRow("the machine's font") << 1.0;
        QTest::addRow("font x1.1") << 1.1;
        QTest::addRow("font x0.8") << 0.8;
    }

    // Whatever fonts the machine has: the window keeps its default size, and the Live tab takes room from the
    // diagram down to the diagram's minimum; what still does not fit scrolls, nothing is squeezed or cut off.
    void keepsTheDefaultSize()
    {
        QFETCH(qreal, scale);
        const QFont original = QApplication::font();
        QFont font = original;
        if (font.pixelSize() > 0)
            font.setPixelSize(qRound(font.pixelSize() * scale));
        else
            font.setPointSizeF(font.pointSizeF() * scale);
        QApplication::setFont(font);
        const auto restore = qScopeGuard([&] { QApplication::setFont(original); });

        MainWindow window;
        showIdle(window);
        QCOMPARE(window.size(), QSize(1280, 800));
        QTabWidget* tabs = window.bottomTabs();
        auto* split = qobject_cast<QSplitter*>(tabs->parentWidget());
        QVERIFY(split);
        QWidget* top = split->widget(1 - split->indexOf(tabs));
        const int topBefore = top->height();
        const int tabsBefore = tabs->height();

        window.showLiveTab();
        QCOMPARE(window.size(), QSize(1280, 800));
        LivePanel* live = window.livePanel();
        auto* scroll = qobject_cast<QScrollArea*>(live->parentWidget()->parentWidget());
        QVERIFY(scroll);
        const int wanted = live->minimumSizeHint().height();
        QTRY_VERIFY(live->height() >= wanted); // never squeezed below what it needs
        const int viewport = scroll->viewport()->height();
        const int total = top->height() + tabs->height();
        QCOMPARE(total, topBefore + tabsBefore); // the room comes from the diagram's side
        // The diagram's side keeps its minimum and a third of the height.
        const int floor = std::max(top->minimumSizeHint().height(), total / 3);
        QVERIFY(top->height() >= floor);
        const int chrome = tabs->height() - viewport; // the tab bar and the frames
        if (wanted + chrome <= total - floor) {
            // There is room: the viewport is at least as tall as the panel's minimum.
            QVERIFY2(viewport >= wanted, qPrintable(QStringLiteral("%1 < %2").arg(viewport).arg(wanted)));
            QVERIFY(tabs->height() > tabsBefore);
        } else {
            // Not enough room even with the diagram at its minimum: the panel scrolls, every pixel reachable.
            QCOMPARE(top->height(), floor);
            QVERIFY(scroll->verticalScrollBar()->isVisible());
            QVERIFY(viewport + scroll->verticalScrollBar()->maximum() >= wanted);
        }
        // The diagram's minimum is a number of lines of its font, so it scales with the font.
        DiagramView* view = window.findChild<DiagramView*>(QStringLiteral("diagramView"));
        QVERIFY(view);
        QCOMPARE(view->minimumHeight(), MainWindow::diagramMinimumLines * view->fontMetrics().height());
        QVERIFY(view->height() >= view->minimumHeight());
    }

    void liveTabIsReachableFromTheKeyboard()
    {
        MainWindow window;
        showIdle(window);
        LivePanel* live = window.livePanel();
        QVERIFY(live);
        QVERIFY(!window.bottomTabs()->currentWidget()->isAncestorOf(live));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.bottomTabs()->currentWidget()->isAncestorOf(live));
        QTRY_VERIFY(live->scenarioBox()->hasFocus());
        // From the picker, Tab reaches Start.
        QTest::keyClick(live->scenarioBox(), Qt::Key_Tab);
        QTRY_VERIFY(live->startButton()->hasFocus());
    }

    void scenarioConfiguresTheStreamsPanel_data()
    {
        QTest::addColumn<QString>("id");
        for (const LiveScenario& s : LiveScenarios::all())
            QTest::addRow("%s", qPrintable(s.id)) << s.id;
    }

    void scenarioConfiguresTheStreamsPanel()
    {
        QFETCH(QString, id);
        MainWindow window;
        showIdle(window);
        const auto scenario = LiveScenarios::byId(id);
        QVERIFY(scenario);
        // Picked in the Live tab, as a teacher does.
        if (window.livePanel()->currentScenario()->id == id)
            QVERIFY(window.applyLiveScenario(id));
        else
            QVERIFY(window.livePanel()->selectScenario(id));
        const SpawnSpec spec = window.streamsPanel()->spec();
        for (Stream s : allStreams) {
            const Redirect& want = scenario->redirect(s);
            const Redirect& got = spec.redirect(s);
            QCOMPARE(got.kind, want.kind);
            if (want.kind == Redirect::Kind::File) // put into the Live tab's work folder
                QCOMPARE(QString::fromStdString(got.path),
                    window.livePanel()->workDirectory() + QLatin1Char('/') + QString::fromStdString(want.path));
        }
        if (scenario->pythonScript.isEmpty()) {
            QCOMPARE(window.streamsPanel()->childMode(), scenario->mode());
            QCOMPARE(spec.argv.size(), static_cast<std::size_t>(scenario->childArgs.size() + 1));
            for (qsizetype i = 0; i < scenario->childArgs.size(); ++i)
                QCOMPARE(QString::fromStdString(spec.argv[static_cast<std::size_t>(i) + 1]), scenario->childArgs[i]);
        } else {
            // python3 and the bundled script, as another program the panel shows.
            const auto options = static_cast<std::size_t>(scenario->pythonOptions.size());
            QCOMPARE(spec.argv.size(), options + 2);
            QCOMPARE(spec.argv[0], std::string("python3"));
            for (std::size_t i = 0; i < options; ++i)
                QCOMPARE(QString::fromStdString(spec.argv[i + 1]), scenario->pythonOptions[static_cast<qsizetype>(i)]);
            const QString script = QString::fromStdString(spec.argv[options + 1]);
            QVERIFY(script.endsWith(QLatin1Char('/') + scenario->pythonScript));
            QVERIFY(QFileInfo(script).isFile());
        }
        // The diagram's plan is the scenario's: the step controller got the same spec.
        QTRY_VERIFY(window.controller()->spec().redirects == spec.redirects);
        QVERIFY(window.controller()->spec().argv == spec.argv);
    }

    void liveRunStartsWhatTheStreamsPanelShows()
    {
        MainWindow window;
        showIdle(window);
        LivePanel* live = window.livePanel();
        QVERIFY(window.applyLiveScenario(QStringLiteral("seed-echo")));
        // The teacher changes the preset: stdout to DEVNULL.
        chooseRedirect(window.streamsPanel()->editor(Stream::Stdout), Redirect::Kind::DevNull);
        QSignalSpy finished(live->flow(), &LiveFlow::finished);
        QVERIFY(live->start());
        QTRY_VERIFY(!live->flow()->isStarting());
        QCOMPARE(live->flow()->spec().redirect(Stream::Stdout).kind, Redirect::Kind::DevNull);
        QCOMPARE(live->flow()->spec().redirect(Stream::Stdin).kind, Redirect::Kind::Pipe);
        QCOMPARE(live->flow()->policy(), ParentPolicy::Manual);
        QVERIFY(live->console()->streamNotice(Stream::Stdout).contains(QStringLiteral("/dev/null")));
        // The input box's ten lines went in; nothing can come back through a pipe.
        QTRY_COMPARE_WITH_TIMEOUT(live->flow()->lastSample().stream(Stream::Stdin).bytes,
            qint64(LiveScenarios::seedLines().size()), runTimeoutMs);
        QVERIFY(!window.diagramScene()->livePipe(Stream::Stdout));
        QVERIFY(window.diagramScene()->livePipe(Stream::Stdin));
        QTest::mouseClick(live->console()->closeStdinButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QCOMPARE(live->flow()->lastSample().stream(Stream::Stdout).bytes, qint64(0));
        QVERIFY(window.diagramScene()->livePipe(Stream::Stdin)->eof);
    }

    void echoGoesThroughTheDiagramsPipes()
    {
        MainWindow window;
        showIdle(window);
        window.showLiveTab();
        LivePanel* live = window.livePanel();
        DiagramScene* scene = window.diagramScene();
        QVERIFY(window.applyLiveScenario(QStringLiteral("seed-echo")));
        QSignalSpy finished(live->flow(), &LiveFlow::finished);
        QTest::mouseClick(live->startButton(), Qt::LeftButton);
        QVERIFY(live->isRunning());
        QTRY_VERIFY(!live->flow()->isStarting());
        QVERIFY(scene->isLiveRunning());
        // The real pipes of the run: the child's 0 and 1, the parent's p2cwrite and c2pread.
        QVERIFY(scene->livePipe(Stream::Stdin));
        QVERIFY(scene->livePipe(Stream::Stdout));
        QVERIFY(!scene->livePipe(Stream::Stderr));
        QVERIFY(scene->item(QStringLiteral("socket:child:0")));
        QVERIFY(scene->item(QStringLiteral("socket:child:1")));
        ConsoleWidget* console = live->console();
        QTRY_VERIFY_WITH_TIMEOUT(
            console->shownText(Stream::Stdout).contains(QStringLiteral(">>>get std in write data:9\\r\n")),
            runTimeoutMs);
        QLineEdit* input = console->inputLine();
        QTest::keyClicks(input, QStringLiteral("through the window"));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            console->shownText(Stream::Stdout).contains(QStringLiteral(">>>get std in through the window\n")),
            runTimeoutMs);
        // The child waits in read(0) on an empty pipe: the diagram says so at the stdin pipe's read end.
        QTRY_VERIFY_WITH_TIMEOUT(
            scene->pipeBlockedText(Stream::Stdin).contains(QStringLiteral("read(0) blocked: pipe empty")),
            runTimeoutMs);
        keepScreenshots(window, QStringLiteral("mainwindow-live-echo"));
        QTest::mouseClick(console->closeStdinButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY(scene->livePipe(Stream::Stdin)->eof);
        QVERIFY(scene->livePipe(Stream::Stdout)->eof);
        keepScreenshots(window, QStringLiteral("mainwindow-live-echo-end"));
        QCOMPARE(scene->packetCount(Stream::Stdout), 0);
        QVERIFY(!scene->isLiveRunning());
        QVERIFY(window.statusText().contains(QStringLiteral("exited with status 0")));
    }

    void deadlockShowsOnTheDiagramAndCancelReaps()
    {
        MainWindow window;
        showIdle(window);
        window.showLiveTab();
        LivePanel* live = window.livePanel();
        DiagramScene* scene = window.diagramScene();
        QVERIFY(live->selectScenario(QStringLiteral("deadlock")));
        QCOMPARE(window.streamsPanel()->childMode(), QStringLiteral("cat"));
        QSignalSpy finished(live->flow(), &LiveFlow::finished);
        QTest::mouseClick(live->startButton(), Qt::LeftButton);
        QVERIFY(live->isRunning());
        QTRY_VERIFY(!live->flow()->isStarting());
        const int pid = live->flow()->pid();
        QVERIFY(!processGone(pid));

        // Both pipes full, both writers blocked, each on its own pipe.
        QTRY_COMPARE_WITH_TIMEOUT(scene->pipeFill(Stream::Stdin), 1.0, runTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(scene->pipeFill(Stream::Stdout), 1.0, runTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            scene->pipeBlockedText(Stream::Stdin).contains(QStringLiteral("write(p2cwrite) blocked: pipe full")),
            runTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            scene->pipeBlockedText(Stream::Stdout).contains(QStringLiteral("write(1) blocked: pipe full")),
            runTimeoutMs);
        QVERIFY(scene->livePipe(Stream::Stdin)->full());
        QTRY_VERIFY_WITH_TIMEOUT(live->statusText().startsWith(QStringLiteral("Deadlock:")), runTimeoutMs);
        keepScreenshots(window, QStringLiteral("mainwindow-live-deadlock"));
        // Nothing moves through a deadlock.
        QTRY_COMPARE_WITH_TIMEOUT(scene->packetCount(Stream::Stdin), 0, runTimeoutMs);
        QCOMPARE(scene->packetCount(Stream::Stdout), 0);

        QTest::mouseClick(live->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        // Reaped, not a zombie: no longer a child of this process at all (python3, which the subprocess.py tab
        // asks where its file is, may still be one).
        QVERIFY(processGone(pid));
        QVERIFY(!apptest::childPids().contains(pid));
        QVERIFY(window.statusText().contains(QStringLiteral("Cancel")));
        QVERIFY(!scene->isLiveRunning());
    }

    void slowMotionMakesTheChildWaitOnAFullPipe()
    {
        MainWindow window;
        showIdle(window);
        window.showLiveTab();
        LivePanel* live = window.livePanel();
        DiagramScene* scene = window.diagramScene();
        // A classroom scenario starts at a pace a teacher can talk over; the flood keeps full speed, and so does the
        // naive deadlock, which holds still by itself.
        QVERIFY(window.applyLiveScenario(QStringLiteral("communicate")));
        QCOMPARE(live->pace(), LiveScenario::narratedPace);
        QCOMPARE(live->paceBox()->currentText(), QStringLiteral("64 KiB/s"));
        QVERIFY(window.applyLiveScenario(QStringLiteral("deadlock")));
        QCOMPARE(live->pace(), std::uint64_t { 0 });
        QVERIFY(window.applyLiveScenario(QStringLiteral("flood")));
        QCOMPARE(live->pace(), std::uint64_t { 0 });
        QCOMPARE(live->paceBox()->currentText(), QStringLiteral("Full speed"));

        // The flood of one megabyte with a parent reading 4 KiB/s: the child outruns it, its stdout pipe fills and
        // the diagram says it waits in write(1) on a full pipe, as /proc shows.
        auto* args = window.findChild<QLineEdit*>(QStringLiteral("modeArgs"));
        QVERIFY(args);
        args->setText(QStringLiteral("1M"));
        live->paceBox()->setCurrentIndex(live->paceBox()->findText(QStringLiteral("4 KiB/s")));
        QCOMPARE(live->pace(), std::uint64_t { 4096 });
        QSignalSpy finished(live->flow(), &LiveFlow::finished);
        QVERIFY(live->start());
        QCOMPARE(live->pace(), std::uint64_t { 4096 }); // starting keeps the teacher's choice
        QTRY_VERIFY_WITH_TIMEOUT(
            scene->pipeBlockedText(Stream::Stdout).contains(QStringLiteral("write(1) blocked: pipe full")),
            runTimeoutMs);
        QVERIFY(finished.isEmpty());
        QVERIFY(live->flow()->lastSample().stream(Stream::Stdout).bytes < (qint64 { 1 } << 20));

        // Full speed during the run: the rest of the megabyte comes at once.
        live->paceBox()->setCurrentIndex(live->paceBox()->findText(QStringLiteral("Full speed")));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QCOMPARE(live->flow()->lastSample().stream(Stream::Stdout).bytes, qint64 { 1 } << 20);
    }

    void communicateShowsNoBlockedWriter()
    {
        MainWindow window;
        showIdle(window);
        LivePanel* live = window.livePanel();
        DiagramScene* scene = window.diagramScene();
        QVERIFY(window.applyLiveScenario(QStringLiteral("communicate")));
        live->setPace(0); // the whole megabyte, not a narration of it
        bool parentBlocked = false;
        connect(live->flow(), &LiveFlow::sampled, this, [&] {
            parentBlocked = parentBlocked || scene->pipeBlockedText(Stream::Stdin).contains(QStringLiteral("p2cwrite"))
                || scene->pipeBlockedText(Stream::Stdout).contains(QStringLiteral("c2pread"));
        });
        QSignalSpy finished(live->flow(), &LiveFlow::finished);
        QVERIFY(live->start());
        QTRY_VERIFY(!live->flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY(!parentBlocked);
        QCOMPARE(live->flow()->lastSample().stream(Stream::Stdout).bytes, qint64 { 1 } << 20);
        QVERIFY(scene->livePipe(Stream::Stdout)->eof);
    }

    void brokenPipeShowsOnTheStdinPipe()
    {
        MainWindow window;
        showIdle(window);
        LivePanel* live = window.livePanel();
        DiagramScene* scene = window.diagramScene();
        // The communicate() preset, but the child reads 5 bytes of the megabyte and exits.
        QVERIFY(window.applyLiveScenario(QStringLiteral("communicate")));
        auto* mode = window.findChild<QComboBox*>(QStringLiteral("programMode"));
        QVERIFY(mode);
        const int row = mode->findData(QStringLiteral("read-then-exit"));
        QVERIFY(row >= 0);
        mode->setCurrentIndex(row);
        QSignalSpy finished(live->flow(), &LiveFlow::finished);
        QVERIFY(live->start());
        QTRY_VERIFY(!live->flow()->isStarting());
        QCOMPARE(live->flow()->spec().argv.back(), std::string("5"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY(live->flow()->lastSample().stdinBrokenPipe);
        QVERIFY(scene->livePipe(Stream::Stdin)->brokenPipe);
        QVERIFY(!scene->livePipe(Stream::Stdout)->brokenPipe);
        QVERIFY(scene->livePipe(Stream::Stdout)->eof);
    }

    void packetsMoveOnlyWhenAnimated()
    {
        MainWindow window;
        showIdle(window);
        window.showLiveTab();
        window.setAnimated(true);
        LivePanel* live = window.livePanel();
        DiagramScene* scene = window.diagramScene();
        QVERIFY(window.applyLiveScenario(QStringLiteral("flood")));
        // The preset's 2 GiB can be over in half a second: a terabyte runs until cancelled, whatever the machine.
        auto* args = window.findChild<QLineEdit*>(QStringLiteral("modeArgs"));
        QVERIFY(args);
        QCOMPARE(args->text(), QStringLiteral("2G"));
        args->setText(QStringLiteral("1024G"));
        QSignalSpy samples(live->flow(), &LiveFlow::sampled);
        QVERIFY(live->start());
        QTRY_VERIFY(!live->flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(scene->packetCount(Stream::Stdout) > 0, runTimeoutMs);
        QVERIFY(scene->packetCount(Stream::Stdout) <= LivePipeItem::maxPackets);
        keepScreenshots(window, QStringLiteral("mainwindow-live-flood"));
        // Bounded: however many bytes go by, the scene holds the same items.
        const qsizetype items = scene->items().size();
        const qsizetype seen = samples.size();
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= seen + 30, runTimeoutMs);
        QCOMPARE(scene->items().size(), items);

        // Animations off: nothing moves, the gauge and the rate still follow the samples.
        window.setAnimated(false);
        QCOMPARE(scene->packetCount(Stream::Stdout), 0);
        QCOMPARE(scene->packetCount(Stream::Stdin), 0);
        QVERIFY(live->isRunning());
        const qint64 before = live->flow()->lastSample().stream(Stream::Stdout).bytes;
        QTRY_VERIFY_WITH_TIMEOUT(live->flow()->lastSample().stream(Stream::Stdout).bytes > before, runTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(scene->livePipe(Stream::Stdout)->bytesPerSecond > 0, runTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(scene->livePipe(Stream::Stdout)->hasFill, runTimeoutMs);
        QCOMPARE(scene->packetCount(Stream::Stdout), 0);
        finishRun(live);
    }

    void stepsTakeTheDiagramBackAfterALiveRun()
    {
        MainWindow window;
        showIdle(window);
        LivePanel* live = window.livePanel();
        DiagramScene* scene = window.diagramScene();
        QVERIFY(window.applyLiveScenario(QStringLiteral("stderr-to-stdout")));
        QSignalSpy finished(live->flow(), &LiveFlow::finished);
        QVERIFY(live->start());
        QTRY_VERIFY(!live->flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), runTimeoutMs);
        QVERIFY(scene->isLive());
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), runTimeoutMs);
        QSignalSpy stepped(window.controller(), &SessionController::stepDone);
        QVERIFY(window.controller()->step());
        QVERIFY(stepped.wait(runTimeoutMs));
        QVERIFY(!scene->isLive());
        QCOMPARE(scene->currentLayout().position, 1);
        QVERIFY(!scene->livePipe(Stream::Stdout));
    }
};

QTEST_MAIN(TestMainWindowLive)
#include "tst_mainwindow_live.moc"
