// SPDX-License-Identifier: GPL-3.0-or-later
// No stale state: after a change of the streams, the command, the scenario, Reset, Play or a live start, every view
// of the window describes the same configuration. One test per view: it changes the configuration and checks that
// the view followed.
#include "apptestsupport.h"
#include "bridge/childprogram.h"
#include "bridge/liveflow.h"
#include "bridge/sessioncontroller.h"
#include "live/livepanel.h"
#include "live/livescenarios.h"
#include "shell/fileactions.h"
#include "shell/mainwindow.h"
#include "stepping/planmodel.h"
#include "stepping/pythonpanel.h"
#include "stepping/stepspanel.h"
#include "stepping/streamspanel.h"
#include "text/describe.h"

#include "files/scenariofile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pipescope;

namespace {

constexpr int timeoutMs = 30'000;

bool settle(MainWindow& window)
{
    return QTest::qWaitFor(
        [&window] { return !window.controller()->isBusy() && !window.fileActions()->isSettling(); }, timeoutMs);
}

QComboBox* scenarioBox(MainWindow& window)
{
    return window.findChild<QComboBox*>(QStringLiteral("scenarioBox"));
}

QPlainTextEdit* inputBox(MainWindow& window)
{
    return window.findChild<QPlainTextEdit*>(QStringLiteral("inputText"));
}

// Runs the configuration shown to its end and waits for the Output tab to have it.
bool runToEnd(MainWindow& window)
{
    QSignalSpy finished(window.controller(), &SessionController::runFinished);
    return settle(window) && window.run() && finished.wait(timeoutMs) && settle(window);
}

void cancelLive(LivePanel* live)
{
    if (!live->isRunning())
        return;
    QSignalSpy finished(live->flow(), &LiveFlow::finished);
    live->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), timeoutMs);
}

} // namespace

class TestMainWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!childProgramPath().isEmpty(), "pipescope-child was not found"); }

    void cleanup() { QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), timeoutMs); }

    // The Scenario box names a built-in scenario only while the configuration is that scenario's.
    void scenarioBoxSaysCustomOnceEdited()
    {
        MainWindow window;
        QVERIFY(settle(window));
        QComboBox* box = scenarioBox(window);
        QVERIFY(window.applyScenario(QStringLiteral("devnull")));
        QVERIFY(settle(window));
        QCOMPARE(window.scenarioId(), QStringLiteral("devnull"));
        QCOMPARE(box->currentText(), box->itemText(box->findData(QStringLiteral("devnull"))));

        // A stream changed by hand.
        window.streamsPanel()->quickBox(Stream::Stderr)->setChecked(true);
        QCOMPARE(window.scenarioId(), QString());
        QCOMPARE(box->currentIndex(), -1);
        QCOMPARE(box->placeholderText(), MainWindow::tr("Custom"));

        // The scenario again, then the input and the command edited.
        QVERIFY(window.applyScenario(QStringLiteral("seed-demo")));
        QCOMPARE(window.scenarioId(), QStringLiteral("seed-demo"));
        QTest::keyClicks(inputBox(window), QStringLiteral("more"));
        QCOMPARE(window.scenarioId(), QString());
        QVERIFY(window.applyScenario(QStringLiteral("seed-demo")));
        auto* mode = window.findChild<QComboBox*>(QStringLiteral("programMode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("cat")));
        QCOMPARE(window.scenarioId(), QString());

        // A live scenario is not one of the box's: it configures the panel, so the box says Custom.
        QVERIFY(window.applyScenario(QStringLiteral("seed-demo")));
        QVERIFY(window.applyLiveScenario(QStringLiteral("deadlock")));
        QCOMPARE(window.scenarioId(), QString());
        // A lens is how the steps are named, not a change of the scenario.
        QVERIFY(window.applyScenario(QStringLiteral("seed-demo")));
        window.setLens(Lens::Windows);
        QCOMPARE(window.scenarioId(), QStringLiteral("seed-demo"));
        QVERIFY(settle(window));
    }

    // The input box shows what will be written: the deadlock's megabyte of numbered lines, as its first lines and
    // how much follows, never the megabyte itself.
    void inputBoxShowsWhatIsWritten()
    {
        MainWindow window;
        QVERIFY(settle(window));
        StreamsPanel* panel = window.streamsPanel();
        QVERIFY(window.applyLiveScenario(QStringLiteral("deadlock")));
        const QByteArray megabyte = LiveScenarios::megabyte();
        QCOMPARE(megabyte.size(), 1 << 20);
        QCOMPARE(panel->input(), megabyte);
        QCOMPARE(panel->generatedInputBytes(), qint64 { 1 << 20 });
        const QString shown = inputBox(window)->toPlainText();
        QVERIFY2(shown.size() < 1000, qPrintable(QString::number(shown.size())));
        QVERIFY2(shown.startsWith(QString::fromLatin1(megabyte.left(megabyte.indexOf('\n')))), qPrintable(shown));
        const QLocale locale;
        QVERIFY2(shown.contains(locale.toString(1 << 20)) && shown.contains(locale.toString(16384)), qPrintable(shown));
        QVERIFY(inputBox(window)->isReadOnly());
        // The equivalent Python writes the same megabyte, made by a loop rather than spelled out.
        const QString python = window.pythonPanel()->code();
        QVERIFY2(python.size() < 20'000, qPrintable(QString::number(python.size())));
        QVERIFY2(python.contains(QStringLiteral("range(16384)")), qPrintable(python));
        // Saved as what it is, and read back the same.
        const Scenario saved = window.scenarioState();
        QCOMPARE(saved.input.kind, ScenarioInput::Kind::NumberedLines);
        QCOMPARE(saved.input.bytes, qint64 { 1 << 20 });
        QCOMPARE(QByteArray::fromStdString(inputBytes(saved.input)), megabyte);

        // Another live scenario: the seed's lines again, typed text that can be edited.
        QVERIFY(window.applyLiveScenario(QStringLiteral("seed-echo")));
        QCOMPARE(panel->generatedInputBytes(), qint64 { 0 });
        QVERIFY(!inputBox(window)->isReadOnly());
        QCOMPARE(panel->input(), LiveScenarios::seedLines());

        // "Type the input instead" leaves the generated input for text.
        QVERIFY(window.applyLiveScenario(QStringLiteral("communicate")));
        auto* typeInstead = window.findChild<QPushButton*>(QStringLiteral("typeInputButton"));
        QVERIFY(typeInstead && typeInstead->isVisibleTo(panel));
        typeInstead->click();
        QVERIFY(!typeInstead->isVisibleTo(panel));
        QCOMPARE(panel->generatedInputBytes(), qint64 { 0 });
        QCOMPARE(panel->input(), LiveScenarios::seedLines());
        QVERIFY(settle(window));
    }

    // While a live child runs, the step list describes it: every step of its setup done, not the position of a child
    // stepped before.
    void stepListFollowsTheLiveChild()
    {
        MainWindow window;
        window.setAnimated(false);
        QVERIFY(settle(window));
        QVERIFY(window.applyLiveScenario(QStringLiteral("deadlock")));
        QVERIFY(settle(window));
        QVERIFY(window.controller()->stepTo(2));
        QVERIFY(settle(window));
        QCOMPARE(window.planModel()->currentRow(), 1);

        LivePanel* live = window.livePanel();
        QSignalSpy started(live->flow(), &LiveFlow::started);
        QVERIFY(live->start());
        QTRY_VERIFY(!live->flow()->isStarting());
        QVERIFY(!started.isEmpty() || started.wait(timeoutMs));
        const int total = window.planModel()->rowCount();
        QCOMPARE(window.planModel()->currentRow(), total - 1);
        const HandlePlan plan = window.controller()->plan();
        const QString last = Describe::stepExplanation(plan.steps.back(), plan);
        const QString explanation = window.stepsPanel()->explanationText();
        QVERIFY2(explanation.contains(last), qPrintable(explanation));
        cancelLive(live);
        QVERIFY(settle(window));
    }

    // The Output tab and the exit status are cleared by Reset, by a change of the configuration and by Play.
    void outputTabFollowsTheConfiguration()
    {
        MainWindow window;
        window.setAnimated(false);
        QVERIFY(settle(window));
        const QString notRun = MainWindow::tr("Exit status: not run yet");
        QCOMPARE(window.exitStatusText(), notRun);

        QVERIFY(runToEnd(window));
        QVERIFY(!window.stdoutText().isEmpty());
        QVERIFY(window.exitStatusText() != notRun);
        window.findChild<QPushButton*>(QStringLiteral("resetButton"))->click();
        QVERIFY(settle(window));
        QCOMPARE(window.stdoutText(), QString());
        QCOMPARE(window.exitStatusText(), notRun);

        QVERIFY(runToEnd(window));
        QVERIFY(!window.stdoutText().isEmpty());
        window.streamsPanel()->quickBox(Stream::Stderr)->setChecked(true);
        QCOMPARE(window.stdoutText(), QString());
        QCOMPARE(window.exitStatusText(), notRun);
        QVERIFY(settle(window));

        QVERIFY(runToEnd(window));
        QVERIFY(!window.stdoutText().isEmpty());
        window.setPlaying(true);
        QCOMPARE(window.stdoutText(), QString());
        QCOMPARE(window.exitStatusText(), notRun);
        window.setPlaying(false);
        QVERIFY(settle(window));
    }

    // python3's traceback of an older configuration goes when the configuration changes.
    void pythonTracebackGoesWithTheConfiguration()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
        MainWindow window;
        QVERIFY(settle(window));
        // stdin=None: parent.py's write raises AttributeError.
        window.streamsPanel()->quickBox(Stream::Stdin)->setChecked(false);
        PythonPanel* python = window.pythonPanel();
        QSignalSpy finished(python, &PythonPanel::pythonFinished);
        QVERIFY(python->runInPython());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), timeoutMs);
        QVERIFY2(python->pythonOutput().contains(QStringLiteral("AttributeError")), qPrintable(python->pythonOutput()));

        window.streamsPanel()->quickBox(Stream::Stdin)->setChecked(true);
        QCOMPARE(python->pythonOutput(), QString());
        QVERIFY(!python->expectationText().contains(QStringLiteral("'write'")));
        QVERIFY(settle(window));
    }
};

QTEST_MAIN(TestMainWindowState)
#include "tst_mainwindow_state.moc"
