// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode: F11 (or the View menu) reduces the window to the diagram and the step bar, in large type and full
// screen; the step bar still steps for real; Esc or F11 restores the window as it was.
#include "apptestsupport.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramview.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"
#include "stepping/stepspanel.h"
#include "stepping/streamspanel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
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
        // Back on the steps, without the page tabs, and no page's large type makes the window outgrow the screen.
        QCOMPARE(window.pages()->currentIndex(), 0);
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
