// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language from the Language menu, in place: the same window, child, step and running work, and its
// visible texts (buttons, tabs, the current step's explanation, the status line) are the ones of the new language's
// .qm. Expected texts come from QCoreApplication::translate of the same sources, so the test
// holds as translations are added; one string already translated proves the switch is not vacuous.
#include "apptestsupport.h"
#include "bridge/sessioncontroller.h"
#include "languagetestsupport.h"
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
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <algorithm>
#include <csignal>

using namespace pipescope;
using apptest::switchLanguage;
using apptest::translated;

namespace {

constexpr int timeoutMs = 15'000;

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

    void switchesToChineseAndBackInPlace()
    {
        auto* window = new MainWindow;
        window->show();
        // One step past fork: the child is there, stopped, with a table of its own.
        const HandlePlan plan = window->controller()->plan(Lens::Posix);
        const auto fork = std::find_if(
            plan.steps.begin(), plan.steps.end(), [](const Step& s) { return s.action == StepAction::Fork; });
        QVERIFY(fork != plan.steps.end());
        const size_t position = static_cast<size_t>(fork - plan.steps.begin()) + 2;
        QVERIFY(stepTo(window, position));
        window->bottomTabs()->setCurrentIndex(2);
        SessionController* c = window->controller();
        const pid_t child = c->snapshot().childPid;
        QVERIFY(child > 0);
        const FdTable parentFds = c->snapshot().parentFds;
        const QString englishExplanation = expectedExplanation(window);
        QVERIFY(window->stepsPanel()->explanationText().contains(englishExplanation));
        QCOMPARE(buttonText(window, "stepButton"), QStringLiteral("Step"));
        const QString englishStatus = window->statusText();

        QPointer<MainWindow> same = window;
        QVERIFY(switchLanguage(window, QStringLiteral("zh_CN")));
        QVERIFY(!same.isNull());
        QVERIFY(window->isVisible());
        // Nothing was redone: the same stopped child, the same step, the same fds.
        QCOMPARE(c->snapshot().childPid, child);
        QCOMPARE(c->stepPosition(), position);
        QVERIFY(c->snapshot().parentFds == parentFds);
        QVERIFY(!c->isBusy());
        QVERIFY(::kill(child, 0) == 0);
        // Not vacuous: this one is translated already.
        QCOMPARE(translated("SteppingPage", "Step"), QStringLiteral("单步"));
        QCOMPARE(buttonText(window, "stepButton"), translated("SteppingPage", "Step"));
        QCOMPARE(buttonText(window, "runButton"), translated("SteppingPage", "Continue"));
        QCOMPARE(window->bottomTabs()->tabText(0), translated("SteppingPage", "Output"));
        QCOMPARE(window->bottomTabs()->currentIndex(), 2);
        QCOMPARE(window->pages()->tabText(0), translated("MainWindow", "Parent and child (anonymous pipes)"));
        QVERIFY(menuTitles(window).contains(translated("Language", "&Language")));
        // The step's explanation and the status line describe the same step, now in Chinese.
        const QString chineseExplanation = expectedExplanation(window);
        QVERIFY(chineseExplanation != englishExplanation);
        QVERIFY2(window->stepsPanel()->explanationText().contains(chineseExplanation),
            qPrintable(window->stepsPanel()->explanationText()));
        QVERIFY2(window->statusText() != englishStatus, qPrintable(window->statusText()));
        QVERIFY2(window->statusText().startsWith(QStringLiteral("第"))
                || window->statusText().contains(QStringLiteral("步")),
            qPrintable(window->statusText()));
        QVERIFY(window->findChild<QAction*>(QStringLiteral("language_zh_CN"))->isChecked());

        QVERIFY(switchLanguage(window, QStringLiteral("en")));
        QCOMPARE(buttonText(window, "stepButton"), QStringLiteral("Step"));
        QCOMPARE(window->bottomTabs()->tabText(0), QStringLiteral("Output"));
        QCOMPARE(window->statusText(), englishStatus);
        QCOMPARE(c->snapshot().childPid, child);
        QVERIFY(window->stepsPanel()->explanationText().contains(englishExplanation));
        QVERIFY(window->findChild<QAction*>(QStringLiteral("language_en"))->isChecked());
        delete window;
    }

    // Qt's own texts (the standard buttons of its dialogs) follow the language too.
    void qtsOwnDialogsSpeakChinese()
    {
        MainWindow window;
        QVERIFY(switchLanguage(&window, QStringLiteral("zh_CN")));
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        const QString close = box.button(QDialogButtonBox::Close)->text();
        const QString cancel = box.button(QDialogButtonBox::Cancel)->text();
        QVERIFY2(close.contains(QStringLiteral("关闭")), qPrintable(close));
        QVERIFY2(cancel.contains(QStringLiteral("取消")), qPrintable(cancel));
    }

    // The step keys work at once after a switch: no click needed first to bring them back.
    void stepKeysWorkAfterTheSwitch()
    {
        auto* window = new MainWindow;
        window->setAnimated(false);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(stepTo(window, 1));
        QVERIFY(switchLanguage(window, QStringLiteral("zh_CN")));
        QVERIFY(QTest::qWaitForWindowActive(window));
        // Where a key typed now goes: the focused widget, or the window itself when none has the focus.
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window, Qt::Key_Right);
        SessionController* c = window->controller();
        QVERIFY2(QTest::qWaitFor([c] { return !c->isBusy() && c->stepPosition() == 2; }, timeoutMs),
            focus ? focus->metaObject()->className() : "no focus widget");
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Space);
        QVERIFY(window->isPlaying());
        window->setPlaying(false);
        QVERIFY(QTest::qWaitFor([c] { return !c->isBusy(); }, timeoutMs));
        delete window;
    }

    void keepsTheConfigurationAndPresenterMode()
    {
        auto* window = new MainWindow;
        window->show();
        window->streamsPanel()->quickBox(Stream::Stderr)->setChecked(true);
        auto* mode = window->findChild<QComboBox*>(QStringLiteral("programMode"));
        QVERIFY(mode);
        mode->setCurrentIndex(mode->findData(QStringLiteral("flood")));
        window->findChild<QLineEdit*>(QStringLiteral("modeArgs"))->setText(QStringLiteral("12345"));
        window->setSpeed(7);
        window->setLens(Lens::Windows);
        window->setPresenting(true);
        const SpawnSpec spec = window->streamsPanel()->spec();

        QVERIFY(switchLanguage(window, QStringLiteral("zh_CN")));
        QCOMPARE(window->streamsPanel()->spec().argv, spec.argv);
        QVERIFY(window->streamsPanel()->spec().redirects == spec.redirects);
        QVERIFY(window->streamsPanel()->quickBox(Stream::Stderr)->isChecked());
        QCOMPARE(window->speed(), 7);
        QCOMPARE(window->controller()->lens(), Lens::Windows);
        QVERIFY(window->isPresenting());
        QVERIFY(!window->streamsPanel()->isVisible());
        QVERIFY(window->presenter()->action()->isChecked());
        delete window;
    }

    // A running child is not touched by a switch: the run goes on and ends as it would have.
    void aRunningChildKeepsRunning()
    {
        auto* window = new MainWindow;
        auto* mode = window->findChild<QComboBox*>(QStringLiteral("programMode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("sleep")));
        window->findChild<QLineEdit*>(QStringLiteral("modeArgs"))->setText(QStringLiteral("30"));
        QVERIFY(QTest::qWaitFor([window] { return !window->controller()->isBusy(); }, timeoutMs));
        QSignalSpy started(window->controller(), &SessionController::runStarted);
        QSignalSpy finished(window->controller(), &SessionController::runFinished);
        QVERIFY(window->run());
        QVERIFY(started.count() == 1 || started.wait(timeoutMs));
        QVERIFY(window->controller()->isRunning());
        const QString englishStatus = window->statusText();

        QVERIFY(switchLanguage(window, QStringLiteral("zh_CN")));
        QVERIFY(window->controller()->isRunning());
        QCOMPARE(finished.count(), 0);
        // "Running … " is said again in Chinese.
        QVERIFY2(window->statusText() != englishStatus, qPrintable(window->statusText()));
        window->controller()->cancel();
        QVERIFY(finished.count() == 1 || finished.wait(timeoutMs));
        QVERIFY(finished.at(0).at(0).value<RunResult>().cancelled);
        delete window;
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
