// SPDX-License-Identifier: GPL-3.0-or-later
// Steps through Popen's setup in the window as a teacher would: every step is a real syscall, so both fd tables
// the window shows must be what /proc says about this very process and the real child, the diagram must be drawn
// from them, and Back, Reset, the lens and the keys must do what they say.
#include "apptestsupport.h"
#include "bridge/childprogram.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramitem.h"
#include "diagram/diagramscene.h"
#include "shell/mainwindow.h"
#include "stepping/fdtablemodel.h"
#include "stepping/planmodel.h"
#include "stepping/pythonpanel.h"
#include "stepping/sourcepanel.h"
#include "stepping/stepspanel.h"
#include "stepping/streamspanel.h"
#include "text/describe.h"

#include "inspect/fdtable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <csignal>
#include <unistd.h>

using namespace pipescope;
using apptest::childPids;
using apptest::noChildLeft;

namespace {

constexpr int stepTimeoutMs = 15'000;

// Waits until the controller has answered everything it was asked, without sleeping.
bool settle(MainWindow& window)
{
    return QTest::qWaitFor([&window] { return !window.controller()->isBusy(); }, stepTimeoutMs);
}

StepSnapshot stepOnce(MainWindow& window)
{
    QSignalSpy done(window.controller(), &SessionController::stepDone);
    if (!window.controller()->step())
        return {};
    if (!done.wait(stepTimeoutMs))
        return {};
    return done.takeFirst().at(0).value<StepSnapshot>();
}

QStringList stepIds(const PlanModel* model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(PlanModel::StepIdRole).toString();
    return ids;
}

// Every row the model shows is the real entry /proc has for that fd in that process now.
void compareWithProc(const FdTableModel* model, pid_t pid, const QString& who)
{
    const Result<FdTable> real = inspectFds(pid);
    QVERIFY2(real.ok(), qPrintable(who));
    QVERIFY2(model->rowCount() > 0, qPrintable(who + QStringLiteral(": empty table")));
    for (int row = 0; row < model->rowCount(); ++row) {
        const int fd = model->index(row, 0).data(FdTableModel::FdRole).toInt();
        const FdEntry* e = findFd(*real, fd);
        const QString where = QStringLiteral("%1 fd %2").arg(who).arg(fd);
        QVERIFY2(e, qPrintable(where + QStringLiteral(" is not open in /proc")));
        QCOMPARE(model->index(row, FdTableModel::TargetColumn).data().toString(), QString::fromStdString(e->target));
        QCOMPARE(model->index(row, FdTableModel::AccessColumn).data().toString(), Describe::access(e->access));
        QCOMPARE(model->index(row, FdTableModel::CloexecColumn).data().toString(),
            e->cloexec ? QStringLiteral("yes") : QStringLiteral("no"));
        QCOMPARE(model->index(row, 0).data(FdTableModel::InodeRole).value<quint64>(), quint64(e->inode));
    }
}

// The diagram has a socket for every row of both tables, labelled with the real fd number, and a pipe item for
// every pipe they refer to.
void compareDiagram(MainWindow& window)
{
    DiagramScene* scene = window.diagramScene();
    const auto check = [scene](const FdTableModel* model, const QString& side) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const int fd = model->index(row, 0).data(FdTableModel::FdRole).toInt();
            const QString key = QStringLiteral("socket:%1:%2").arg(side).arg(fd);
            DiagramItem* item = scene->item(key);
            QVERIFY2(item, qPrintable(key));
            QVERIFY(!item->node().crossed);
            QCOMPARE(item->node().title, QString::number(fd));
            if (model->index(row, 0).data(FdTableModel::KindRole).toInt() == int(FdKind::Pipe)) {
                const auto inode = model->index(row, 0).data(FdTableModel::InodeRole).value<quint64>();
                QVERIFY2(scene->item(QStringLiteral("pipe:%1").arg(inode)), qPrintable(key));
            }
        }
    };
    check(window.parentFdModel(), QStringLiteral("parent"));
    check(window.childFdModel(), QStringLiteral("child"));
}

QPushButton* button(MainWindow& window, const char* name)
{
    return window.findChild<QPushButton*>(QLatin1String(name));
}

bool processGone(pid_t pid)
{
    return pid > 0 && ::kill(pid, 0) != 0;
}

} // namespace

class TestMainWindowSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!childProgramPath().isEmpty()); }

    void startsReadyToStepNothingRun()
    {
        MainWindow window;
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), size_t { 0 });
        QVERIFY(window.controller()->stepCount() > 10);
        QCOMPARE(window.planModel()->currentRow(), -1);
        QCOMPARE(window.childFdModel()->rowCount(), 0);
        QVERIFY(window.parentFdModel()->rowCount() >= 3); // the parent's own 0, 1 and 2
        QVERIFY(window.diagramScene()->item(QStringLiteral("process:parent")));
        QVERIFY(!window.diagramScene()->item(QStringLiteral("process:child")));
        QVERIFY(window.stepsPanel()->explanationText().contains(QStringLiteral("os.pipe()")));
        QVERIFY(window.exitStatusText().contains(QStringLiteral("not run yet")));
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), stepTimeoutMs);
    }

    // The heart of it: after every step the window shows exactly what /proc says.
    void everyStepShowsTheRealTables()
    {
        MainWindow window;
        QAbstractItemModelTester planTester(window.planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester parentTester(
            window.parentFdModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester childTester(
            window.childFdModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setAnimated(false);
        QVERIFY(settle(window));
        const QStringList ids = stepIds(window.planModel());
        pid_t child = 0;
        for (int k = 1; k <= ids.size(); ++k) {
            const StepSnapshot snap = stepOnce(window);
            QCOMPARE(int(snap.position), k);
            QCOMPARE(QString::fromStdString(snap.stepId), ids[k - 1]);
            QVERIFY2(!snap.error, qPrintable(ids[k - 1]));

            // The plan list: the step just done is current, bold, and explained.
            QCOMPARE(window.planModel()->currentRow(), k - 1);
            const QModelIndex current = window.planModel()->index(k - 1, PlanModel::CallColumn);
            QVERIFY(current.data(Qt::FontRole).value<QFont>().bold());
            QCOMPARE(window.stepsPanel()->view()->currentIndex().row(), k - 1);
            QVERIFY(window.stepsPanel()->explanationText().contains(current.data().toString()));

            compareWithProc(window.parentFdModel(), ::getpid(), QStringLiteral("parent"));
            if (snap.childFds) {
                child = snap.childPid;
                compareWithProc(window.childFdModel(), snap.childPid, QStringLiteral("child"));
            } else {
                QCOMPARE(window.childFdModel()->rowCount(), 0);
            }
            compareDiagram(window);

            if (ids[k - 1] == QLatin1String("posix.fork")) {
                QVERIFY(window.diagramScene()->item(QStringLiteral("process:child")));
                QCOMPARE(processState(snap.childPid), 'T'); // stopped, waiting for the next click
            }
            if (ids[k - 1] == QLatin1String("posix.child.dup2.stdin")) {
                // fd 0 of the child is now the stdin pipe's read end, drawn wired to that pipe.
                const FdEntry* in = findFd(*snap.childFds, 0);
                QVERIFY(in && in->kind == FdKind::Pipe);
                DiagramItem* pipe = window.diagramScene()->item(QStringLiteral("pipe:%1").arg(in->inode));
                QVERIFY(pipe);
                QCOMPARE(pipe->node().detail, QStringLiteral("stdin"));
                QVERIFY(window.diagramScene()->item(QStringLiteral("edge:child:0:pipe:%1").arg(in->inode)));
            }
        }
        QVERIFY(window.controller()->stepsAtEnd());
        QVERIFY(!button(window, "stepButton")->isEnabled());
        QCOMPARE(button(window, "runButton")->text(), QStringLiteral("Run"));

        // Continue: the child is handed over and the seed's demo talks through the pipes.
        QSignalSpy finished(window.controller(), &SessionController::runFinished);
        QTest::mouseClick(button(window, "runButton"), Qt::LeftButton);
        QVERIFY(finished.wait(stepTimeoutMs));
        const auto result = finished.takeFirst().at(0).value<RunResult>();
        QCOMPARE(result.childPid, int(child));
        QCOMPARE(result.exit.code, 0);
        QVERIFY(window.stdoutText().contains(QStringLiteral(">>>get std in write data:9")));
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), stepTimeoutMs);
    }

    void backReRunsAndResetLeavesNothing()
    {
        MainWindow window;
        window.setAnimated(false);
        QVERIFY(settle(window));
        const int fork = static_cast<int>(stepIds(window.planModel()).indexOf(QStringLiteral("posix.fork")));
        QSignalSpy done(window.controller(), &SessionController::stepDone);
        QVERIFY(window.controller()->stepTo(size_t(fork + 2)));
        QVERIFY(settle(window));
        const StepSnapshot before = window.controller()->snapshot();
        QCOMPARE(int(before.position), fork + 2);
        QVERIFY(before.childPid > 0);

        QTest::mouseClick(button(window, "backButton"), Qt::LeftButton);
        QVERIFY(settle(window));
        const StepSnapshot back = window.controller()->snapshot();
        QCOMPARE(int(back.position), fork + 1);
        QVERIFY(back.childPid > 0);
        QVERIFY2(back.childPid != before.childPid, "Back re-runs the setup with a new child");
        QVERIFY(processGone(before.childPid));
        compareWithProc(window.childFdModel(), back.childPid, QStringLiteral("child after Back"));
        QCOMPARE(window.planModel()->currentRow(), fork);

        QTest::mouseClick(button(window, "resetButton"), Qt::LeftButton);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), size_t { 0 });
        QVERIFY(processGone(back.childPid));
        QCOMPARE(window.childFdModel()->rowCount(), 0);
        QVERIFY(!window.diagramScene()->item(QStringLiteral("process:child")));
        QVERIFY(!button(window, "backButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), stepTimeoutMs); // no zombie either
    }

    void quickBoxesChangePlanDiagramAndPython_data()
    {
        QTest::addColumn<int>("stream");
        QTest::addColumn<QString>("python");
        QTest::addRow("stdin") << int(Stream::Stdin) << QStringLiteral("stdin=");
        QTest::addRow("stdout") << int(Stream::Stdout) << QStringLiteral("stdout=");
        QTest::addRow("stderr") << int(Stream::Stderr) << QStringLiteral("stderr=");
    }

    void quickBoxesChangePlanDiagramAndPython()
    {
        QFETCH(int, stream);
        QFETCH(QString, python);
        const auto s = static_cast<Stream>(stream);
        const QString name = Describe::stream(s);
        MainWindow window;
        window.setAnimated(false);
        QCheckBox* box = window.streamsPanel()->quickBox(s);
        for (const bool pipe : { !box->isChecked(), box->isChecked() }) {
            box->setChecked(pipe);
            QVERIFY(settle(window));
            QCOMPARE(stepIds(window.planModel()).contains(QStringLiteral("posix.pipe.") + name), pipe);
            QCOMPARE(window.pythonPanel()->code().contains(python + QStringLiteral("subprocess.PIPE")), pipe);
            QCOMPARE(window.pythonPanel()->code().contains(python + QStringLiteral("None")), !pipe);

            // Run the whole setup: a pipe item for this stream is there exactly when it is PIPE.
            QVERIFY(window.controller()->stepTo(window.controller()->stepCount()));
            QVERIFY(settle(window));
            bool found = false;
            for (const QString& key : window.diagramScene()->itemKeys())
                if (key.startsWith(QLatin1String("pipe:")) && window.diagramScene()->item(key)->node().detail == name)
                    found = true;
            QCOMPARE(found, pipe);
        }
        QVERIFY(window.controller()->stepTo(0));
        QVERIFY(settle(window));
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), stepTimeoutMs);
    }

    void windowsLensFollowsTheRealSteps()
    {
        MainWindow window;
        window.setAnimated(false);
        QVERIFY(settle(window));
        QVERIFY(stepOnce(window).position == 1); // posix.pipe.stdin
        auto* windows = window.findChild<QRadioButton*>(QStringLiteral("lensWindows"));
        QTest::mouseClick(windows, Qt::LeftButton, {}, QPoint(8, windows->height() / 2));
        QCOMPARE(window.controller()->lens(), Lens::Windows);
        for (const QString& id : stepIds(window.planModel()))
            QVERIFY2(id.startsWith(QLatin1String("win.")), qPrintable(id));
        QVERIFY(window.stepsPanel()->modelBanner()->isVisibleTo(&window));
        QVERIFY(window.stepsPanel()->modelBanner()->text().contains(QStringLiteral("MODEL")));
        const int row = window.planModel()->rowOfStep(QStringLiteral("win.createpipe.stdin"));
        QVERIFY(row >= 0);
        QCOMPARE(window.planModel()->currentRow(), row);
        QVERIFY(window.planModel()
                    ->index(row, PlanModel::CallColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("CreatePipe")));
        QVERIFY(window.sourcePanel()->isLoaded()
            || QTest::qWaitFor([&] { return window.sourcePanel()->isLoaded(); }, stepTimeoutMs));
        QVERIFY(window.sourcePanel()->highlightedLines().size() >= 1);

        // Stepping on in the Windows lens runs the POSIX steps; fork is CreateProcess there.
        while (window.controller()->snapshot().stepId != "posix.fork")
            QVERIFY(stepOnce(window).position > 0);
        QCOMPARE(window.planModel()->currentRow(), window.planModel()->rowOfStep(QStringLiteral("win.createprocess")));
        // errpipe has no Win32 counterpart: nothing is highlighted, and the panel says why.
        QVERIFY(window.controller()->stepTo(3));
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->snapshot().stepId, std::string("posix.errpipe"));
        QCOMPARE(window.planModel()->currentRow(), -1);
        QVERIFY(window.stepsPanel()->explanationText().contains(QStringLiteral("no Win32 counterpart")));

        auto* posix = window.findChild<QRadioButton*>(QStringLiteral("lensPosix"));
        QTest::mouseClick(posix, Qt::LeftButton, {}, QPoint(8, posix->height() / 2));
        QVERIFY(!window.stepsPanel()->modelBanner()->isVisibleTo(&window));
        QCOMPARE(window.planModel()->currentRow(), 2);
    }

    void keyboardDrivesTheSteps()
    {
        MainWindow window;
        window.setAnimated(false);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(settle(window));
        // Focus on the step list: the keys are the window's.
        QTreeView* list = window.stepsPanel()->view();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        const auto key = [](Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); };

        key(Qt::Key_Right);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), size_t { 1 });
        key(Qt::Key_Right);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), size_t { 2 });
        key(Qt::Key_Left);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), size_t { 1 });
        key(Qt::Key_R);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), size_t { 0 });

        // Space plays at the chosen speed and pauses again.
        window.findChild<QSlider*>(QStringLiteral("speedSlider"))->setValue(10);
        key(Qt::Key_Space);
        QVERIFY(window.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->stepPosition() >= 3, stepTimeoutMs);
        key(Qt::Key_Space);
        QVERIFY(!window.isPlaying());
        QVERIFY(settle(window));
        const size_t paused = window.controller()->stepPosition();
        QSignalSpy stepped(window.controller(), &SessionController::stepDone);
        QVERIFY2(!stepped.wait(600), "paused, yet it stepped on");
        QCOMPARE(window.controller()->stepPosition(), paused);

        // In a text input the same keys are text, not commands.
        auto* input = window.findChild<QPlainTextEdit*>(QStringLiteral("inputText"));
        input->setFocus();
        QTRY_VERIFY(input->hasFocus());
        const QString before = input->toPlainText();
        QTest::keyClicks(input, QStringLiteral("r r"));
        QTest::keyClick(input, Qt::Key_Left);
        QTest::keyClick(input, Qt::Key_Right);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), paused);
        QVERIFY(!window.isPlaying());
        QCOMPARE(input->toPlainText().size(), before.size() + 3);
        // A focused check box keeps Space for itself.
        QCheckBox* stderrBox = window.streamsPanel()->quickBox(Stream::Stderr);
        stderrBox->setFocus();
        QTRY_VERIFY(stderrBox->hasFocus());
        QTest::keyClick(stderrBox, Qt::Key_Space);
        QVERIFY(stderrBox->isChecked());
        QVERIFY(!window.isPlaying());
        QVERIFY(settle(window));
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), stepTimeoutMs);
    }

    // Right after a click on a step bar button its keys are still the window's: Space plays rather than pressing
    // the button again. Clicking the lens or the animations box leaves the focus where it was.
    void keysWorkRightAfterAClick()
    {
        MainWindow window;
        window.setAnimated(false);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(settle(window));
        auto* step = window.findChild<QPushButton*>(QStringLiteral("stepButton"));
        QTest::mouseClick(step, Qt::LeftButton);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), size_t { 1 });
        QCOMPARE(QApplication::focusWidget(), step);
        const auto key = [](Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); };

        key(Qt::Key_Right);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), size_t { 2 });
        window.findChild<QSlider*>(QStringLiteral("speedSlider"))->setValue(10);
        key(Qt::Key_Space);
        QVERIFY2(window.isPlaying(), "Space pressed the focused Step button instead of playing");
        key(Qt::Key_Space);
        QVERIFY(!window.isPlaying());
        QVERIFY(settle(window));

        auto* windows = window.findChild<QRadioButton*>(QStringLiteral("lensWindows"));
        QTest::mouseClick(windows, Qt::LeftButton, {}, QPoint(8, windows->height() / 2));
        QVERIFY(windows->isChecked());
        QVERIFY(settle(window));
        size_t position = window.controller()->stepPosition();
        QVERIFY(position < window.controller()->stepCount() - 2);
        key(Qt::Key_Right);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), ++position);

        // A read-only text view has no use for the arrows: they step there too.
        auto* output = window.findChild<QPlainTextEdit*>(QStringLiteral("stdoutText"));
        output->setFocus();
        QTRY_VERIFY(output->hasFocus());
        key(Qt::Key_Right);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), ++position);
        key(Qt::Key_R);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->stepPosition(), size_t { 0 });
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), stepTimeoutMs);
    }

    // Steps and runs wait on the child (waitpid, the exec check, communicate) on the worker thread: meanwhile the
    // window's own timers keep firing. Counted as ticks while the controller is still busy, not as a rate: a window
    // that blocked in step() or run() would come back with the work done and never tick while busy, whereas a busy
    // machine (or a sanitizer build, where one tick may take hundreds of ms) only makes the ticks fewer.
    void windowStaysResponsiveWhileStepping()
    {
        MainWindow window;
        window.setAnimated(false);
        window.show();
        // A child that never settles after exec (always running): the exec step waits its full 200 ms for it.
        auto* mode = window.findChild<QComboBox*>(QStringLiteral("programMode"));
        mode->setCurrentIndex(mode->count() - 1);
        window.findChild<QLineEdit*>(QStringLiteral("otherProgram"))
            ->setText(QStringLiteral("sh -c \"while :; do :; done\""));
        QVERIFY(settle(window));
        const int exec = static_cast<int>(stepIds(window.planModel()).indexOf(QStringLiteral("posix.exec")));
        QVERIFY(window.controller()->stepTo(size_t(exec)));
        QVERIFY(settle(window));

        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&ticks, &window] {
            if (window.controller()->isBusy())
                ++ticks;
        });
        // Posted right after the command: it runs before the step is done only if step() did not do the step.
        bool freeBeforeDone = false;
        const auto probeFreedom = [&window, &freeBeforeDone](size_t position) {
            QTimer::singleShot(0, &window, [&window, &freeBeforeDone, position] {
                freeBeforeDone = window.controller()->stepPosition() == position && window.controller()->isBusy();
            });
        };
        timer.start();
        QElapsedTimer clock;
        clock.start();
        QSignalSpy done(window.controller(), &SessionController::stepDone);
        QVERIFY(window.controller()->step());
        probeFreedom(size_t(exec));
        QVERIFY(done.wait(stepTimeoutMs));
        const qint64 took = clock.elapsed();
        timer.stop();
        QCOMPARE(window.controller()->snapshot().stepId, std::string("posix.exec"));
        QVERIFY2(took >= 150, qPrintable(QStringLiteral("exec took %1 ms").arg(took)));
        QVERIFY2(freeBeforeDone, "the window handled events while the step was still going on");
        QVERIFY2(ticks >= 1, qPrintable(QStringLiteral("%1 ticks while busy in %2 ms").arg(ticks).arg(took)));
        window.controller()->resetSteps();
        QVERIFY(settle(window));

        // The same while a run waits for a child that takes a second to end.
        mode->setCurrentIndex(mode->findData(QStringLiteral("sleep")));
        window.findChild<QLineEdit*>(QStringLiteral("modeArgs"))->setText(QStringLiteral("1"));
        QVERIFY(settle(window));
        ticks = 0;
        timer.start();
        clock.restart();
        QSignalSpy finished(window.controller(), &SessionController::runFinished);
        QVERIFY(window.run());
        probeFreedom(0);
        QVERIFY(finished.wait(stepTimeoutMs));
        timer.stop();
        QVERIFY(clock.elapsed() >= 900);
        QVERIFY2(freeBeforeDone, "the window handled events while the run was going on");
        QVERIFY2(
            ticks >= 1, qPrintable(QStringLiteral("%1 ticks while busy in %2 ms").arg(ticks).arg(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), stepTimeoutMs);
    }

    void animationsRunAndCanBeSwitchedOff()
    {
        MainWindow window;
        window.show();
        window.setAnimated(true);
        QVERIFY(settle(window));
        // Up to the fork: the child's table appears as a copy flying over from the parent.
        while (window.controller()->snapshot().stepId != "posix.fork")
            QVERIFY(stepOnce(window).position > 0);
        QVERIFY(window.diagramScene()->isAnimating());
        QSignalSpy finished(window.diagramScene(), &DiagramScene::animationsFinished);
        QVERIFY(finished.wait(10'000));
        QVERIFY(window.diagramScene()->item(QStringLiteral("process:child")));
        QCOMPARE(window.diagramScene()->item(QStringLiteral("socket:child:0"))->opacity(), 1.0);

        auto* animations = window.findChild<QCheckBox*>(QStringLiteral("animationsCheck"));
        animations->setChecked(false);
        QVERIFY(stepOnce(window).position > 0); // close_parent_ends: the parent's ends vanish from the child
        QVERIFY(!window.diagramScene()->isAnimating());
        bool crossed = false;
        for (const QString& key : window.diagramScene()->itemKeys())
            crossed = crossed
                || (key.startsWith(QLatin1String("socket:child:")) && window.diagramScene()->item(key)->node().crossed);
        QVERIFY2(crossed, "what the child closed is shown crossed out");
        window.controller()->resetSteps();
        QVERIFY(settle(window));
    }
};

QTEST_MAIN(TestMainWindowSteps)
#include "tst_mainwindow_steps.moc"
