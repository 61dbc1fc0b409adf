// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode: F11 (or the View menu) reduces the window to the diagram and the step bar, in large type and full
// screen; the step bar still steps for real; Esc or F11 restores the window as it was.
#include "apptestsupport.h"
#include "bridge/replay.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramview.h"
#include "live/consolewidget.h"
#include "live/livepanel.h"
#include "namedpipes/namedpipesdiagram.h"
#include "namedpipes/namedpipespanel.h"
#include "shell/fileactions.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"
#include "stepping/stepspanel.h"
#include "stepping/streamspanel.h"

#include <QAction>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int timeoutMs = 15'000;

QPushButton* button(MainWindow& window, const char* name)
{
    return window.findChild<QPushButton*>(QLatin1String(name));
}

} // namespace

class TestPresenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), timeoutMs); }

    void entersAndLeavesWithF11AndEsc()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPushButton* step = button(window, "stepButton");
        QPushButton* run = button(window, "runButton");
        QVERIFY(step && run);
        const int normalFont = QFontInfo(step->font()).pixelSize();
        const QSize normalSize = window.size();
        QVERIFY(window.streamsPanel()->isVisible());
        QVERIFY(window.bottomTabs()->isVisible());
        QVERIFY(window.menuBar()->isVisible());

        // F11 with the focus deep inside a panel, in a text input.
        auto* args = window.findChild<QLineEdit*>(QStringLiteral("modeArgs"));
        QVERIFY(args);
        args->setFocus();
        QTRY_VERIFY(args->hasFocus());
        QTest::keyClick(args, Qt::Key_F11);
        QVERIFY(window.isPresenting());
        QVERIFY(window.presenter()->action()->isChecked());
        QVERIFY(window.windowState().testFlag(Qt::WindowFullScreen));
        QVERIFY(!window.streamsPanel()->isVisible());
        QVERIFY(!window.bottomTabs()->isVisible());
        QVERIFY(!window.stepsPanel()->isVisible());
        QVERIFY(!run->isVisible());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(window.findChild<DiagramView*>()->isVisible());
        for (const char* name : { "stepButton", "backButton", "resetButton", "playButton", "leavePresenterButton" })
            QVERIFY2(button(window, name)->isVisible(), name);
        QVERIFY(window.presenter()->explanation()->isVisible());
        // Large type, for the back of the room.
        QVERIFY2(QFontInfo(step->font()).pixelSize() * 2 >= normalFont * 3,
            qPrintable(QStringLiteral("%1 px in presenter mode, %2 px before")
                           .arg(QFontInfo(step->font()).pixelSize())
                           .arg(normalFont)));
        QVERIFY(QFontInfo(window.presenter()->explanation()->font()).pixelSize() > QFontInfo(step->font()).pixelSize());

        // The step bar works: a real step, explained in large type.
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), timeoutMs);
        QSignalSpy done(window.controller(), &SessionController::stepDone);
        QTest::mouseClick(step, Qt::LeftButton);
        QVERIFY(done.wait(timeoutMs));
        QCOMPARE(window.controller()->stepPosition(), size_t { 1 });
        const QString explanation = window.presenter()->explanation()->text();
        QVERIFY(!explanation.isEmpty());
        const QStringList lines = window.stepsPanel()->explanationText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        QVERIFY2(explanation.contains(lines.at(2).toHtmlEscaped()), qPrintable(explanation));

        // Esc leaves, and everything is back as it was.
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresenting());
        QVERIFY(!window.presenter()->action()->isChecked());
        QVERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));
        QVERIFY(window.streamsPanel()->isVisible());
        QVERIFY(window.bottomTabs()->isVisible());
        QVERIFY(window.stepsPanel()->isVisible());
        QVERIFY(run->isVisible());
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY(!window.presenter()->explanation()->isVisible());
        QVERIFY(!button(window, "leavePresenterButton")->isVisible());
        QCOMPARE(QFontInfo(step->font()).pixelSize(), normalFont);
        QTRY_COMPARE(window.size(), normalSize);

        // F11 toggles both ways; so does the View menu's entry.
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresenting());
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(!window.isPresenting());
        window.presenter()->action()->trigger();
        QVERIFY(window.isPresenting());
        QTest::mouseClick(button(window, "leavePresenterButton"), Qt::LeftButton);
        QVERIFY(!window.isPresenting());
        QVERIFY(window.streamsPanel()->isVisible());
    }

    void fitsTheScreenFromTheNamedPipesPage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.pages()->setCurrentIndex(1);
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresenting());
        // The named-pipes page presented, without the page tabs, and no page's large type makes the window outgrow
        // the screen.
        QCOMPARE(window.pages()->currentIndex(), 1);
        QVERIFY(!window.pages()->tabBar()->isVisible());
        const QSize screen = window.screen()->size();
        QTRY_VERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
            qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                           .arg(window.width())
                           .arg(window.height())
                           .arg(screen.width())
                           .arg(screen.height())));
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresenting());
        QVERIFY(window.pages()->tabBar()->isVisible());
    }

    void presentsALiveDeadlock()
    {
        // A naive parent and cat wedged on two full pipes: presented, the room reads the verdict, sees the gauges and
        // the teacher has Cancel; not the step the plan would do next.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LivePanel* live = window.livePanel();
        QHash<QWidget*, int> fontsBefore;
        for (QWidget* w : window.findChildren<QWidget*>())
            fontsBefore.insert(w, QFontInfo(w->font()).pixelSize());
        const int statusBefore = QFontInfo(live->findChild<QLabel*>(QStringLiteral("liveStatus"))->font()).pixelSize();

        window.showLiveTab();
        QVERIFY(live->selectScenario(QStringLiteral("deadlock")));
        QVERIFY(live->start());
        QTRY_VERIFY_WITH_TIMEOUT(live->statusText().startsWith(QStringLiteral("Deadlock:")), timeoutMs);
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresenting());
        auto* status = live->findChild<QLabel*>(QStringLiteral("liveStatus"));
        QVERIFY(status->isVisible());
        QVERIFY(status->text().startsWith(QStringLiteral("Deadlock:")));
        QVERIFY(live->cancelButton()->isVisible());
        QVERIFY(live->fillGauge(pipescope::Stream::Stdin)->isVisible());
        QVERIFY(live->fillGauge(pipescope::Stream::Stdout)->isVisible());
        QVERIFY(window.findChild<DiagramView*>()->isVisible());
        // What is for setting up a run, and the step explanation, are not.
        QVERIFY(!live->scenarioBox()->isVisible());
        QVERIFY(!live->startButton()->isVisible());
        QVERIFY(!live->console()->isVisible());
        QVERIFY(!window.bottomTabs()->tabBar()->isVisible());
        QVERIFY(!window.presenter()->explanation()->isVisible());
        QVERIFY(!window.stepsPanel()->isVisible());
        // In large type.
        const int statusLarge = QFontInfo(status->font()).pixelSize();
        QVERIFY2(statusLarge * 2 >= statusBefore * 3,
            qPrintable(QStringLiteral("%1 px presented, %2 px before").arg(statusLarge).arg(statusBefore)));

        // Cancel, presented, ends the run for real.
        const int pid = live->flow()->pid();
        QSignalSpy finished(live->flow(), &LiveFlow::finished);
        QTest::mouseClick(live->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), timeoutMs);
        QVERIFY(!apptest::childPids().contains(pid));

        // Leaving gives back the Live tab as it was, and every font (the status line changed in between).
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresenting());
        QVERIFY(live->scenarioBox()->isVisible());
        QVERIFY(live->startButton()->isVisible());
        QVERIFY(live->console()->isVisible());
        QVERIFY(window.bottomTabs()->tabBar()->isVisible());
        QVERIFY(!window.presenter()->explanation()->isVisible());
        for (auto it = fontsBefore.cbegin(); it != fontsBefore.cend(); ++it)
            QVERIFY2(!it.key()->isVisible() || QFontInfo(it.key()->font()).pixelSize() == it.value(),
                qPrintable(QStringLiteral("%1 '%2': %3 px, %4 px before")
                               .arg(QString::fromLatin1(it.key()->metaObject()->className()), it.key()->objectName())
                               .arg(QFontInfo(it.key()->font()).pixelSize())
                               .arg(it.value())));
    }

    void theLiveViewTakesOverWhilePresenting()
    {
        // Presenting the steps, Ctrl+L (the Live tab) turns the explanation into the Live view, and back.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setPresenting(true);
        QVERIFY(window.presenter()->explanation()->isVisible());
        QVERIFY(!window.bottomTabs()->isVisible());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window.bottomTabs()->isVisible());
        QVERIFY(window.livePanel()->cancelButton()->isVisible());
        QVERIFY(!window.livePanel()->scenarioBox()->isVisible());
        QVERIFY(!window.presenter()->explanation()->isVisible());
        window.bottomTabs()->setCurrentIndex(0);
        QVERIFY(!window.bottomTabs()->isVisible());
        QVERIFY(window.presenter()->explanation()->isVisible());
        window.setPresenting(false);
        QVERIFY(window.bottomTabs()->isVisible());
        QVERIFY(window.bottomTabs()->tabBar()->isVisible());
        QVERIFY(!window.presenter()->explanation()->isVisible());
    }

    void presentsTheNamedPipesPage()
    {
        // F11 on the named-pipes page presents that page: its diagram and checks, Start, Stop and the status line in
        // large type, with a real FIFO run going on; the settings and the side tabs come back afterwards.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NamedPipesPanel* page = window.namedPipesPanel();
        window.pages()->setCurrentWidget(page);
        const int before = QFontInfo(page->startButton()->font()).pixelSize();
        page->recordsBox()->setValue(200'000);
        QVERIFY(page->start());
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresenting());
        QCOMPARE(window.pages()->currentWidget(), page);
        QVERIFY(page->diagram()->isVisible());
        QVERIFY(page->stopButton()->isVisible());
        QVERIFY(!page->writersBox()->isVisible());
        QVERIFY(!page->tabs()->isVisible());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(!window.pages()->tabBar()->isVisible());
        auto* leave = window.findChild<QPushButton*>(QStringLiteral("fifoLeavePresenter"));
        QVERIFY(leave && leave->isVisible());
        const int large = QFontInfo(page->startButton()->font()).pixelSize();
        QVERIFY2(
            large * 2 >= before * 3, qPrintable(QStringLiteral("%1 px presented, %2 before").arg(large).arg(before)));
        // The run goes on, presented, and stops for real.
        QTest::mouseClick(page->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), timeoutMs);
        QTest::mouseClick(leave, Qt::LeftButton);
        QVERIFY(!window.isPresenting());
        QCOMPARE(window.pages()->currentWidget(), page);
        QVERIFY(page->writersBox()->isVisible());
        QVERIFY(page->tabs()->isVisible());
        QVERIFY(!leave->isVisible());
        QCOMPARE(QFontInfo(page->startButton()->font()).pixelSize(), before);
    }

    void presentsAReplay()
    {
        // A replayed trace is presented like live steps: the explanation follows the replay's steps.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        {
            // Three real steps, recorded.
            MainWindow recorder;
            recorder.show();
            QVERIFY(QTest::qWaitForWindowExposed(&recorder));
            QTRY_VERIFY_WITH_TIMEOUT(!recorder.controller()->isBusy(), timeoutMs);
            for (int i = 0; i < 3; ++i) {
                QTRY_VERIFY_WITH_TIMEOUT(button(recorder, "stepButton")->isEnabled(), timeoutMs);
                QTest::mouseClick(button(recorder, "stepButton"), Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(!recorder.controller()->isBusy(), timeoutMs);
            }
            QVERIFY(recorder.fileActions()->exportTrace(path));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.fileActions()->replayTrace(path));
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresenting());
        QLabel* explanation = window.presenter()->explanation();
        QVERIFY(explanation->isVisible());
        QVERIFY(window.findChild<DiagramView*>()->isVisible());
        const QString first = explanation->text();
        QVERIFY(!first.isEmpty());
        // Step, presented, goes on through the recording.
        QVERIFY(button(window, "stepButton")->isVisible());
        QTest::mouseClick(button(window, "stepButton"), Qt::LeftButton);
        QTRY_VERIFY2(explanation->text() != first, qPrintable(first));
        QVERIFY2(explanation->text().contains(QStringLiteral("os.pipe()")), qPrintable(explanation->text()));
        QVERIFY(window.fileActions()->replay()->isActive());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresenting());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("replayBanner"))->isVisible());
    }

    void widgetsHiddenBeforeStayHidden()
    {
        // Leaving shows again only what presenter mode hid, not what was hidden before it.
        MainWindow window;
        window.show();
        QPushButton* run = button(window, "runButton");
        run->hide();
        window.setPresenting(true);
        window.setPresenting(false);
        QVERIFY(run->isHidden());
        QVERIFY(button(window, "stopButton")->isVisible());
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
