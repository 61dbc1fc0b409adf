// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language from the Language menu, live: the window is rebuilt in the new language with the same
// configuration and step, and its visible texts (buttons, tabs, the current step's explanation) are the ones of
// the new language's .qm. Expected texts come from QCoreApplication::translate of the same sources, so the test
// holds as translations are added; one string already translated proves the switch is not vacuous.
#include "apptestsupport.h"
#include "bridge/sessioncontroller.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"
#include "stepping/stepspanel.h"
#include "stepping/streamspanel.h"
#include "text/describe.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace pipescope;

namespace {

constexpr int timeoutMs = 15'000;

QString translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

// Triggers the Language menu's entry for code and returns the window that replaced window.
MainWindow* switchLanguage(MainWindow* window, const QString& code)
{
    auto* action = window->findChild<QAction*>(QStringLiteral("language_") + code);
    if (!action)
        return nullptr;
    QSignalSpy replaced(Language::instance(), &Language::windowReplaced);
    QPointer<MainWindow> old = window;
    action->trigger();
    if (replaced.count() != 1)
        return nullptr;
    auto* next = replaced.at(0).at(1).value<MainWindow*>();
    // The old window goes once control is back in the event loop.
    if (!QTest::qWaitFor([&old] { return old.isNull(); }, timeoutMs))
        return nullptr;
    return next;
}

bool stepTo(MainWindow* window, size_t position)
{
    SessionController* c = window->controller();
    if (!QTest::qWaitFor([c] { return !c->isBusy(); }, timeoutMs))
        return false;
    if (c->stepPosition() != position && !c->stepTo(position))
        return false;
    return QTest::qWaitFor([c, position] { return !c->isBusy() && c->stepPosition() == position; }, timeoutMs);
}

// The explanation the steps panel must show for the step just done, in the language installed now.
QString expectedExplanation(MainWindow* window)
{
    const HandlePlan plan = window->controller()->plan();
    const size_t position = window->controller()->stepPosition();
    return Describe::stepExplanation(plan.steps.at(position - 1), plan);
}

QString buttonText(MainWindow* window, const char* name)
{
    auto* button = window->findChild<QPushButton*>(QLatin1String(name));
    return button ? button->text() : QString();
}

QStringList menuTitles(MainWindow* window)
{
    QStringList titles;
    for (QAction* a : window->menuBar()->actions())
        titles << a->text();
    return titles;
}

} // namespace

class TestLanguage : public QObject
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

    void menuOffersBothLanguagesInTheirOwnNames()
    {
        MainWindow window;
        auto* en = window.findChild<QAction*>(QStringLiteral("language_en"));
        auto* zh = window.findChild<QAction*>(QStringLiteral("language_zh_CN"));
        QVERIFY(en && zh);
        QCOMPARE(en->text(), QStringLiteral("English"));
        QCOMPARE(zh->text(), QStringLiteral("中文(简体)"));
        QVERIFY(en->isCheckable() && en->isChecked());
        QVERIFY(zh->isCheckable() && !zh->isChecked());
        QCOMPARE(menuTitles(&window).mid(menuTitles(&window).indexOf(translated("MainWindow", "&View"))),
            QStringList({ translated("MainWindow", "&View"), translated("MainWindow", "&Language"),
                translated("HelpDialog", "&Help") }));
    }

    void switchesToChineseAndBack()
    {
        auto* window = new MainWindow;
        window->show();
        QVERIFY(stepTo(window, 3));
        window->bottomTabs()->setCurrentIndex(2);
        const QString englishExplanation = expectedExplanation(window);
        QVERIFY(window->stepsPanel()->explanationText().contains(englishExplanation));
        QCOMPARE(buttonText(window, "stepButton"), QStringLiteral("Step"));

        MainWindow* chinese = switchLanguage(window, QStringLiteral("zh_CN"));
        QVERIFY(chinese);
        QCOMPARE(Language::instance()->current(), QStringLiteral("zh_CN"));
        QVERIFY(chinese->isVisible());
        // Not vacuous: this one is translated already.
        QCOMPARE(translated("MainWindow", "Step"), QStringLiteral("单步"));
        QCOMPARE(buttonText(chinese, "stepButton"), translated("MainWindow", "Step"));
        QCOMPARE(chinese->bottomTabs()->tabText(0), translated("MainWindow", "Output"));
        QCOMPARE(chinese->bottomTabs()->currentIndex(), 2);
        QVERIFY(menuTitles(chinese).contains(translated("MainWindow", "&Language")));
        // The same step, re-stepped for real, explained in Chinese.
        QVERIFY(stepTo(chinese, 3));
        QCOMPARE(buttonText(chinese, "runButton"), translated("MainWindow", "Continue"));
        const QString chineseExplanation = expectedExplanation(chinese);
        QVERIFY(chineseExplanation != englishExplanation);
        QVERIFY2(chinese->stepsPanel()->explanationText().contains(chineseExplanation),
            qPrintable(chinese->stepsPanel()->explanationText()));
        QVERIFY(chinese->findChild<QAction*>(QStringLiteral("language_zh_CN"))->isChecked());

        MainWindow* english = switchLanguage(chinese, QStringLiteral("en"));
        QVERIFY(english);
        QCOMPARE(buttonText(english, "stepButton"), QStringLiteral("Step"));
        QCOMPARE(english->bottomTabs()->tabText(0), QStringLiteral("Output"));
        QVERIFY(stepTo(english, 3));
        QVERIFY(english->stepsPanel()->explanationText().contains(englishExplanation));
        delete english;
    }

    // The step keys work in the new window at once: no click needed first to bring them back.
    void stepKeysWorkAfterTheSwitch()
    {
        auto* window = new MainWindow;
        window->setAnimated(false);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(stepTo(window, 1));
        MainWindow* next = switchLanguage(window, QStringLiteral("zh_CN"));
        QVERIFY(next);
        QVERIFY(QTest::qWaitForWindowActive(next));
        QVERIFY(stepTo(next, 1));
        // Where a key typed now goes: the focused widget, or the window itself when none has the focus.
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : next, Qt::Key_Right);
        SessionController* c = next->controller();
        QVERIFY2(QTest::qWaitFor([c] { return !c->isBusy() && c->stepPosition() == 2; }, timeoutMs),
            focus ? focus->metaObject()->className() : "no focus widget");
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : next, Qt::Key_Space);
        QVERIFY(next->isPlaying());
        next->setPlaying(false);
        QVERIFY(QTest::qWaitFor([c] { return !c->isBusy(); }, timeoutMs));
        delete next;
    }

    void keepsTheConfiguration()
    {
        auto* window = new MainWindow;
        window->streamsPanel()->quickBox(Stream::Stderr)->setChecked(true);
        auto* mode = window->findChild<QComboBox*>(QStringLiteral("programMode"));
        QVERIFY(mode);
        mode->setCurrentIndex(mode->findData(QStringLiteral("flood")));
        window->findChild<QLineEdit*>(QStringLiteral("modeArgs"))->setText(QStringLiteral("12345"));
        window->setSpeed(7);
        window->setLens(Lens::Windows);
        const SpawnSpec spec = window->streamsPanel()->spec();

        MainWindow* next = switchLanguage(window, QStringLiteral("zh_CN"));
        QVERIFY(next);
        QCOMPARE(next->streamsPanel()->spec().argv, spec.argv);
        QVERIFY(next->streamsPanel()->spec().redirects == spec.redirects);
        QVERIFY(next->streamsPanel()->quickBox(Stream::Stderr)->isChecked());
        QCOMPARE(next->speed(), 7);
        QCOMPARE(next->controller()->lens(), Lens::Windows);
        delete next;
    }

    void keepsPresenterMode()
    {
        auto* window = new MainWindow;
        window->show();
        window->setPresenting(true);
        MainWindow* next = switchLanguage(window, QStringLiteral("zh_CN"));
        QVERIFY(next);
        QVERIFY(next->isPresenting());
        QVERIFY(!next->streamsPanel()->isVisible());
        QVERIFY(next->presenter()->action()->isChecked());
        delete next;
    }

    void stopsARunningChildAndSaysSo()
    {
        auto* window = new MainWindow;
        auto* mode = window->findChild<QComboBox*>(QStringLiteral("programMode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("sleep")));
        window->findChild<QLineEdit*>(QStringLiteral("modeArgs"))->setText(QStringLiteral("30"));
        QVERIFY(QTest::qWaitFor([window] { return !window->controller()->isBusy(); }, timeoutMs));
        QSignalSpy started(window->controller(), &SessionController::runStarted);
        QVERIFY(window->run());
        QVERIFY(started.count() == 1 || started.wait(timeoutMs));
        QVERIFY(window->controller()->isRunning());

        MainWindow* next = switchLanguage(window, QStringLiteral("zh_CN"));
        QVERIFY(next);
        QTRY_COMPARE_WITH_TIMEOUT(next->statusText(),
            translated("MainWindow",
                "The language changed while the child was running: the run was stopped (the child was killed and "
                "reaped). Press Run to run it again."),
            timeoutMs);
        // The old window's controller killed and reaped its child.
        QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), timeoutMs);
        delete next;
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
