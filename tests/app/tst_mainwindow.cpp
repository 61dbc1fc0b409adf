// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the main window as a teacher would: ticks the quick boxes, switches the lens, runs the seed's demo for
// real and checks what the window shows.
#include "apptestsupport.h"
#include "bridge/childprogram.h"
#include "bridge/sessioncontroller.h"
#include "shell/helpdialog.h"
#include "shell/mainwindow.h"
#include "stepping/fdtablemodel.h"
#include "stepping/planmodel.h"
#include "stepping/streameditor.h"
#include "stepping/streamspanel.h"
#include "stepping/tracemodel.h"
#include "text/describe.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <cerrno>
#include <memory>

using namespace pipescope;

namespace {

constexpr int runTimeoutMs = 20'000;

QStringList stepIds(const PlanModel* model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(PlanModel::StepIdRole).toString();
    return ids;
}

int rowOfStep(const PlanModel* model, const QString& id)
{
    return static_cast<int>(stepIds(model).indexOf(id));
}

int rowOfFd(const FdTableModel* model, int fd)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(FdTableModel::FdRole).toInt() == fd)
            return row;
    return -1;
}

using apptest::noChildLeft;

void chooseRedirect(StreamEditor* editor, Redirect::Kind kind)
{
    QComboBox* box = editor->kindBox();
    const int row = box->findData(static_cast<int>(kind));
    QVERIFY(row >= 0);
    box->setCurrentIndex(row);
}

void chooseOtherProgram(MainWindow& window, const QString& commandLine)
{
    auto* mode = window.findChild<QComboBox*>(QStringLiteral("programMode"));
    auto* other = window.findChild<QLineEdit*>(QStringLiteral("otherProgram"));
    QVERIFY(mode && other);
    mode->setCurrentIndex(mode->count() - 1);
    QVERIFY(other->isEnabled());
    other->clear();
    QTest::keyClicks(other, commandLine);
}

void chooseMode(MainWindow& window, const QString& mode, const QString& args)
{
    auto* box = window.findChild<QComboBox*>(QStringLiteral("programMode"));
    auto* argsEdit = window.findChild<QLineEdit*>(QStringLiteral("modeArgs"));
    QVERIFY(box && argsEdit);
    const int row = box->findData(mode);
    QVERIFY(row >= 0);
    box->setCurrentIndex(row);
    argsEdit->setText(args);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!childProgramPath().isEmpty(),
            "pipescope-child was not found (ctest sets PIPESCOPE_CHILD to " PIPESCOPE_CHILD ")");
    }

    // Help → The Note, Checked: the note's lines quoted as written, each beside its correction and source.
    void theNoteCheckedQuotesAndCorrects()
    {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("noteCheckedAction"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<HelpDialog*>(QStringLiteral("noteDialog"));
        QVERIFY(dialog);
        const QString text = dialog->browser()->toPlainText();
        for (const QString& part : { QStringLiteral("双向流动的PIPE"), QStringLiteral("no attribute 'READ'"),
                 QStringLiteral("no attribute 'readline'"), QStringLiteral("SECURITY_ATTRIBUTES"),
                 QStringLiteral("SyntaxError"), QStringLiteral("GetStdHandle returns None"),
                 QStringLiteral("_get_handles") })
            QVERIFY2(text.contains(part), qPrintable(part));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("The Note, Checked"));
        if (const QString dir = qEnvironmentVariable("PIPESCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/note-checked.png"));
        dialog->close();
    }

    void startsWithTheSeedDemo()
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("PipeScope"));
        QCOMPARE(window.size(), QSize(1280, 800));
        StreamsPanel* panel = window.streamsPanel();
        QCOMPARE(panel->editor(Stream::Stdin)->redirect(), Redirect::pipe());
        QCOMPARE(panel->editor(Stream::Stdout)->redirect(), Redirect::pipe());
        QCOMPARE(panel->editor(Stream::Stderr)->redirect(), Redirect::inherit());
        QVERIFY(panel->quickBox(Stream::Stdin)->isChecked());
        QVERIFY(panel->quickBox(Stream::Stdout)->isChecked());
        QVERIFY(!panel->quickBox(Stream::Stderr)->isChecked());

        const SpawnSpec spec = window.controller()->spec();
        QCOMPARE(spec.argv.size(), size_t { 2 });
        QCOMPARE(QString::fromStdString(spec.argv[1]), QStringLiteral("echo"));

        QByteArray seed;
        for (int i = 0; i < 10; ++i)
            seed += "write data:" + QByteArray::number(i) + "\r\n";
        QCOMPARE(panel->input(), seed);

        const QStringList ids = stepIds(window.planModel());
        QVERIFY(ids.contains(QStringLiteral("posix.pipe.stdin")));
        QVERIFY(ids.contains(QStringLiteral("posix.pipe.stdout")));
        QVERIFY(!ids.contains(QStringLiteral("posix.pipe.stderr")));
        QVERIFY(ids.contains(QStringLiteral("posix.exec")));
    }

    void quickBoxesReplan_data()
    {
        QTest::addColumn<int>("stream");
        QTest::addColumn<bool>("tick");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<QString>("pipeStep");

        QTest::addRow("untick stdin") << int(Stream::Stdin) << false << int(Redirect::Kind::Inherit)
                                      << QStringLiteral("posix.pipe.stdin");
        QTest::addRow("untick stdout") << int(Stream::Stdout) << false << int(Redirect::Kind::Inherit)
                                       << QStringLiteral("posix.pipe.stdout");
        QTest::addRow("tick stderr") << int(Stream::Stderr) << true << int(Redirect::Kind::Pipe)
                                     << QStringLiteral("posix.pipe.stderr");
    }

    void quickBoxesReplan()
    {
        QFETCH(int, stream);
        QFETCH(bool, tick);
        QFETCH(int, expectedKind);
        QFETCH(QString, pipeStep);

        MainWindow window;
        const auto s = static_cast<Stream>(stream);
        QCheckBox* box = window.streamsPanel()->quickBox(s);
        StreamEditor* editor = window.streamsPanel()->editor(s);
        QSignalSpy planned(window.controller(), &SessionController::planChanged);
        QCOMPARE(box->isChecked(), !tick);

        // The space bar is how a keyboard user ticks a focused box.
        QTest::keyClick(box, Qt::Key_Space);
        QCOMPARE(box->isChecked(), tick);
        QCOMPARE(int(editor->redirect().kind), expectedKind);
        QCOMPARE(editor->kindBox()->currentData().toInt(), expectedKind);
        QVERIFY(!planned.isEmpty());
        QCOMPARE(stepIds(window.planModel()).contains(pipeStep), tick);

        QTest::keyClick(box, Qt::Key_Space);
        QCOMPARE(box->isChecked(), !tick);
        QCOMPARE(stepIds(window.planModel()).contains(pipeStep), !tick);
    }

    void combosUpdateQuickBoxes()
    {
        MainWindow window;
        StreamsPanel* panel = window.streamsPanel();
        chooseRedirect(panel->editor(Stream::Stdout), Redirect::Kind::DevNull);
        QVERIFY(!panel->quickBox(Stream::Stdout)->isChecked());
        QVERIFY(stepIds(window.planModel()).contains(QStringLiteral("posix.devnull.stdout")));

        chooseRedirect(panel->editor(Stream::Stderr), Redirect::Kind::Pipe);
        QVERIFY(panel->quickBox(Stream::Stderr)->isChecked());
        QVERIFY(stepIds(window.planModel()).contains(QStringLiteral("posix.pipe.stderr")));

        chooseRedirect(panel->editor(Stream::Stderr), Redirect::Kind::Stdout);
        QVERIFY(!panel->quickBox(Stream::Stderr)->isChecked());
        QVERIFY(stepIds(window.planModel()).contains(QStringLiteral("posix.alias.stderr")));

        // Unticking a box that is not PIPE leaves the choice alone.
        QTest::keyClick(panel->quickBox(Stream::Stderr), Qt::Key_Space);
        QTest::keyClick(panel->quickBox(Stream::Stderr), Qt::Key_Space);
        QCOMPARE(panel->editor(Stream::Stderr)->redirect(), Redirect::inherit());
    }

    void runsTheSeedDemo()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(window.controller(), &SessionController::runFinished);
        QSignalSpy failed(window.controller(), &SessionController::runFailed);
        auto* run = window.findChild<QPushButton*>(QStringLiteral("runButton"));
        QVERIFY(run);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(!run->isEnabled());
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY2(failed.isEmpty(), qPrintable(window.statusText()));
        QVERIFY(run->isEnabled());

        const auto result = finished.takeFirst().at(0).value<RunResult>();
        QCOMPARE(result.exit, (ExitStatus { .signaled = false, .code = 0 }));
        QVERIFY(result.childFds.has_value());

        // The child's real table: fd 0 and fd 1 are ends of two different pipes.
        const FdTableModel* fds = window.fdTableModel();
        const int row0 = rowOfFd(fds, 0);
        const int row1 = rowOfFd(fds, 1);
        QVERIFY(row0 >= 0 && row1 >= 0);
        QCOMPARE(fds->index(row0, 0).data(FdTableModel::KindRole).toInt(), int(FdKind::Pipe));
        QCOMPARE(fds->index(row1, 0).data(FdTableModel::KindRole).toInt(), int(FdKind::Pipe));
        QCOMPARE(fds->index(row0, FdTableModel::KindColumn).data().toString(), Describe::fdKind(FdKind::Pipe));
        QVERIFY(fds->index(row0, 0).data(FdTableModel::InodeRole) != fds->index(row1, 0).data(FdTableModel::InodeRole));
        QCOMPARE(fds->index(row0, FdTableModel::AccessColumn).data().toString(), Describe::access(Access::Read));
        QCOMPARE(fds->index(row1, FdTableModel::AccessColumn).data().toString(), Describe::access(Access::Write));
        // close_fds=True: nothing above 2 survives exec.
        QCOMPARE(fds->rowCount(), 3);

        QVERIFY(window.stdoutText().contains(QStringLiteral("child process start")));
        QVERIFY(window.stdoutText().contains(QStringLiteral(">>>get std in write data:9")));
        QVERIFY(window.exitStatusText().contains(QLatin1Char('0')));

        // The plan now shows the fds the run really used.
        const PlanModel* plan = window.planModel();
        const int pipeRow = rowOfStep(plan, QStringLiteral("posix.pipe.stdin"));
        QVERIFY(pipeRow >= 0);
        QVERIFY(!plan->index(pipeRow, PlanModel::FdsColumn).data().toString().isEmpty());
        QVERIFY(!plan->index(rowOfStep(plan, QStringLiteral("posix.fork")), PlanModel::FdsColumn)
                     .data()
                     .toString()
                     .isEmpty());

        const TraceModel* trace = window.traceModel();
        QVERIFY(trace->rowCount() > 0);
        QCOMPARE(
            trace->index(trace->rowCount() - 1, 0).data(TraceModel::KindRole).toInt(), int(EventKind::ChildExited));
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), 15000);
    }

    void windowsLensRenamesThePlan()
    {
        MainWindow window;
        auto* windows = window.findChild<QRadioButton*>(QStringLiteral("lensWindows"));
        auto* posix = window.findChild<QRadioButton*>(QStringLiteral("lensPosix"));
        QVERIFY(windows && posix);

        QTest::mouseClick(windows, Qt::LeftButton, {}, QPoint(8, windows->height() / 2));
        QVERIFY(windows->isChecked());
        QCOMPARE(window.controller()->lens(), Lens::Windows);
        const QStringList ids = stepIds(window.planModel());
        QVERIFY(!ids.isEmpty());
        for (const QString& id : ids)
            QVERIFY2(id.startsWith(QLatin1String("win.")), qPrintable(id));
        QVERIFY(ids.contains(QStringLiteral("win.createpipe.stdin")));
        QVERIFY(ids.contains(QStringLiteral("win.createprocess")));

        QTest::mouseClick(posix, Qt::LeftButton, {}, QPoint(8, posix->height() / 2));
        for (const QString& id : stepIds(window.planModel()))
            QVERIFY2(id.startsWith(QLatin1String("posix.")), qPrintable(id));
    }

    void missingProgramIsOneClearLine()
    {
        MainWindow window;
        window.show();
        chooseOtherProgram(window, QStringLiteral("/nonexistent/prog --flag"));
        QSignalSpy failed(window.controller(), &SessionController::runFailed);
        QVERIFY(window.run());
        QVERIFY(failed.wait(runTimeoutMs));

        const auto error = failed.takeFirst().at(0).value<Error>();
        QCOMPARE(error.code, ErrorCode::ExecFailed);
        QCOMPARE(error.sysErrno, ENOENT);
        QVERIFY2(window.statusText().contains(QStringLiteral("'/nonexistent/prog'")), qPrintable(window.statusText()));
        QCOMPARE(window.statusText(), describeError(error));
        QVERIFY(!window.statusText().contains(QLatin1Char('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), 15000);
        // The trace still shows how far the setup got.
        QVERIFY(window.traceModel()->rowCount() > 0);
    }

    void emptyFilePathIsCaughtBeforeRunning()
    {
        MainWindow window;
        chooseRedirect(window.streamsPanel()->editor(Stream::Stdout), Redirect::Kind::File);
        QSignalSpy started(window.controller(), &SessionController::runStarted);
        QVERIFY(!window.run());
        QVERIFY(started.isEmpty());
        QCOMPARE(window.statusText(), describeError(Error { .code = ErrorCode::EmptyPath, .stream = Stream::Stdout }));
        QVERIFY(window.statusText().startsWith(QLatin1String("stdout")));
    }

    void stopKillsAndReapsTheChild()
    {
        MainWindow window;
        chooseMode(window, QStringLiteral("sleep"), QStringLiteral("60"));
        QSignalSpy finished(window.controller(), &SessionController::runFinished);
        QVERIFY(window.run());
        auto* stop = window.findChild<QPushButton*>(QStringLiteral("stopButton"));
        QVERIFY(stop && stop->isEnabled());
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY(timer.elapsed() < 10'000);
        const auto result = finished.takeFirst().at(0).value<RunResult>();
        QVERIFY(result.cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), 15000);
    }

    void closingTheWindowKillsTheChild()
    {
        auto window = std::make_unique<MainWindow>();
        chooseMode(*window, QStringLiteral("sleep"), QStringLiteral("60"));
        QSignalSpy started(window->controller(), &SessionController::runStarted);
        QVERIFY(window->run());
        QCOMPARE(started.count(), 1);
        QElapsedTimer timer;
        timer.start();
        window.reset();
        QVERIFY(timer.elapsed() < 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), 15000);
    }

    void modelsPassTheTester()
    {
        MainWindow window;
        QAbstractItemModelTester planTester(window.planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fdTester(
            window.fdTableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester traceTester(
            window.traceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Replans, a run (resets and dataChanged) and a lens switch, all under the testers' eyes.
        QTest::keyClick(window.streamsPanel()->quickBox(Stream::Stderr), Qt::Key_Space);
        QSignalSpy finished(window.controller(), &SessionController::runFinished);
        QVERIFY(window.run());
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY(window.fdTableModel()->rowCount() > 0);
        QVERIFY(window.traceModel()->rowCount() > 0);
        window.findChild<QRadioButton*>(QStringLiteral("lensWindows"))->click();
        QVERIFY(window.planModel()->rowCount() > 0);
    }

    void everyControlHasATooltipAndIsReachedByTab()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("bottomTabs"));
        QVERIFY(tabs);
        // Bring out the controls that only show for some choices: fd number, file path, picker, append.
        chooseRedirect(window.streamsPanel()->editor(Stream::Stdin), Redirect::Kind::File);
        chooseRedirect(window.streamsPanel()->editor(Stream::Stdout), Redirect::Kind::Fd);
        chooseRedirect(window.streamsPanel()->editor(Stream::Stderr), Redirect::Kind::File);
        chooseOtherProgram(window, QStringLiteral("cat"));

        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            QVERIFY(!tabs->tabToolTip(page).isEmpty());

            QList<QWidget*> controls;
            for (QWidget* w : window.findChildren<QWidget*>()) {
                // A spin box's or combo box's inner line edit is part of its owner, not a control of its own.
                if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy()
                    || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                    continue;
                controls << w;
            }
            QVERIFY2(controls.size() > 20, qPrintable(QString::number(controls.size())));

            QSet<QWidget*> reached;
            QWidget* first = controls.first();
            first->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(first->hasFocus());
            for (int presses = 0; presses < 200; ++presses) {
                reached.insert(QApplication::focusWidget());
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            }
            for (QWidget* w : controls) {
                // Tab enters a radio group at its checked button; the arrow keys move within (checked below).
                if (auto* radio = qobject_cast<QRadioButton*>(w); radio && !radio->isChecked())
                    continue;
                const QString name
                    = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
                QVERIFY2(reached.contains(w), qPrintable(QStringLiteral("not reached by Tab: ") + name));
                if (!qobject_cast<QTabBar*>(w))
                    QVERIFY2(!w->toolTip().isEmpty(), qPrintable(QStringLiteral("no tooltip: ") + name));
            }
        }

        auto* posix = window.findChild<QRadioButton*>(QStringLiteral("lensPosix"));
        auto* windows = window.findChild<QRadioButton*>(QStringLiteral("lensWindows"));
        posix->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(posix->hasFocus());
        QTest::keyClick(posix, Qt::Key_Right);
        QVERIFY(windows->hasFocus());
        QVERIFY(windows->isChecked());
        QCOMPARE(window.controller()->lens(), Lens::Windows);
        QVERIFY(!windows->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
