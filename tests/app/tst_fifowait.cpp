// SPDX-License-Identifier: GPL-3.0-or-later
// A redirect to a file that is a FIFO: Popen's open() of it blocks until another process opens the other end
// (fifo(7)). The window must show that step as waiting, with the kernel function the real thread sleeps in, keep
// answering meanwhile, and let Reset, Stop and closing the window end the wait within a second, leaving nothing open.
#include "apptestsupport.h"
#include "bridge/childprogram.h"
#include "bridge/sessioncontroller.h"
#include "shell/mainwindow.h"
#include "stepping/planmodel.h"
#include "stepping/stepspanel.h"
#include "stepping/streamspanel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace pipescope;
using apptest::noChildLeft;

namespace {

// How many of this process's fds refer to path (/proc/self/fd links).
int fdsOn(const QString& path)
{
    int n = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files))
        if (QFile::symLinkTarget(fds.filePath(fd)) == path)
            ++n;
    return n;
}

int rowOfOpen(const PlanModel* model, Stream stream)
{
    const HandlePlan& plan = model->plan();
    for (size_t i = 0; i < plan.steps.size(); ++i)
        if (plan.steps[i].action == StepAction::OpenFile && plan.steps[i].stream == stream)
            return static_cast<int>(i);
    return -1;
}

} // namespace

class TestFifoWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!childProgramPath().isEmpty()); }

    void blockedOpenIsShownAndCancelled_data()
    {
        QTest::addColumn<int>("stream");
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("byRun");
        QTest::addRow("stdin, Reset") << int(Stream::Stdin) << QStringLiteral("reset") << false;
        QTest::addRow("stdin, Stop") << int(Stream::Stdin) << QStringLiteral("stop") << false;
        QTest::addRow("stdout, Reset") << int(Stream::Stdout) << QStringLiteral("reset") << false;
        QTest::addRow("stdin, Run then Stop") << int(Stream::Stdin) << QStringLiteral("stop") << true;
        QTest::addRow("stdin, close the window") << int(Stream::Stdin) << QStringLiteral("close") << false;
        QTest::addRow("stdout, Run then close the window") << int(Stream::Stdout) << QStringLiteral("close") << true;
    }

    void blockedOpenIsShownAndCancelled()
    {
        QFETCH(int, stream);
        QFETCH(QString, how);
        QFETCH(bool, byRun);
        const auto waitingStream = static_cast<Stream>(stream);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("f"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

        auto window = std::make_unique<MainWindow>();
        window->show();
        std::array<Redirect, 3> redirects { Redirect::pipe(), Redirect::pipe(), Redirect::inherit() };
        redirects[static_cast<size_t>(waitingStream)] = Redirect::file(fifo.toStdString());
        window->streamsPanel()->setConfiguration(redirects, QStringLiteral("cat"), {});
        QVERIFY(QTest::qWaitFor([&] { return !window->controller()->isBusy(); }, 10'000));

        const int openRow = rowOfOpen(window->planModel(), waitingStream);
        QVERIFY(openRow >= 0);
        QSignalSpy waiting(window->controller(), &SessionController::stepWaiting);
        QSignalSpy ended(window->controller(), &SessionController::stepWaitEnded);
        if (byRun)
            QVERIFY(window->controller()->run({}));
        else
            QVERIFY(window->controller()->stepTo(static_cast<size_t>(openRow) + 1));

        QVERIFY(waiting.wait(5'000));
        const auto wait = waiting.last().at(0).value<StepWait>();
        QCOMPARE(wait.path, fifo);
        QCOMPARE(wait.row, openRow);
        QCOMPARE(wait.stream, std::optional(waitingStream));
        // The real thread sleeps in the kernel's FIFO rendezvous (fs/pipe.c); it may take a probe to get there.
        QTRY_COMPARE_WITH_TIMEOUT(
            window->controller()->waiting()->waitChannel, QStringLiteral("wait_for_partner"), 2'000);

        // Every view says which call waits and why.
        const QModelIndex row = window->planModel()->index(openRow, 0);
        QCOMPARE(row.data(PlanModel::StateRole).toInt(), int(PlanModel::StepState::Waiting));
        const QString explanation = window->stepsPanel()->explanationText();
        QVERIFY2(explanation.contains(fifo), qPrintable(explanation));
        QVERIFY2(explanation.contains(QStringLiteral("wait_for_partner")), qPrintable(explanation));
        QVERIFY2(explanation.contains(waitingStream == Stream::Stdin ? QStringLiteral("waits for a writer")
                                                                     : QStringLiteral("waits for a reader")),
            qPrintable(explanation));
        QVERIFY2(window->statusText().contains(fifo), qPrintable(window->statusText()));
        auto* stop = window->findChild<QPushButton*>(QStringLiteral("stopButton"));
        auto* reset = window->findChild<QPushButton*>(QStringLiteral("resetButton"));
        QVERIFY(stop && reset);
        QVERIFY(stop->isEnabled());
        QVERIFY(reset->isEnabled());

        // The window keeps answering while the step waits: its own timers fire. The FIFO's open never completes here,
        // so any bound tells a waiting GUI thread apart; a generous one keeps a sanitizer build on a busy machine in.
        QElapsedTimer tick;
        tick.start();
        bool fired = false;
        QTimer::singleShot(20, [&fired] { fired = true; });
        QTRY_VERIFY_WITH_TIMEOUT(fired, 5'000);
        QVERIFY(tick.elapsed() < 5'000);

        QElapsedTimer answer;
        answer.start();
        if (how == QLatin1String("close")) {
            window.reset(); // the destructor must not wait on the FIFO
            QVERIFY2(answer.elapsed() < 5'000, qPrintable(QString::number(answer.elapsed())));
        } else {
            QTest::mouseClick(how == QLatin1String("stop") ? stop : reset, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!window->controller()->isBusy(), 5'000);
            QVERIFY2(answer.elapsed() < 5'000, qPrintable(QString::number(answer.elapsed())));
            QCOMPARE(ended.count(), 1);
            QVERIFY(!window->controller()->waiting());
            QCOMPARE(window->planModel()->waitingRow(), -1);
            QCOMPARE(window->controller()->stepPosition(), size_t(0));
            QVERIFY2(!window->stepsPanel()->explanationText().contains(QStringLiteral("wait_for_partner")),
                qPrintable(window->stepsPanel()->explanationText()));
            QVERIFY(!stop->isEnabled());
        }
        // Nothing holds the FIFO and nothing was left running.
        QTRY_COMPARE_WITH_TIMEOUT(fdsOn(fifo), 0, 1'000);
        QTRY_VERIFY_WITH_TIMEOUT(noChildLeft(), 2'000);
    }

    // Opening the other end lets the step go on, as in a terminal: the wait ends and the step is done.
    void openingTheOtherEndLetsItGoOn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("f"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

        MainWindow window;
        window.show();
        window.streamsPanel()->setConfiguration(
            { Redirect::file(fifo.toStdString()), Redirect::pipe(), Redirect::inherit() }, QStringLiteral("cat"), {});
        QVERIFY(QTest::qWaitFor([&] { return !window.controller()->isBusy(); }, 10'000));
        const int openRow = rowOfOpen(window.planModel(), Stream::Stdin);
        QSignalSpy waiting(window.controller(), &SessionController::stepWaiting);
        QSignalSpy done(window.controller(), &SessionController::stepDone);
        QVERIFY(window.controller()->stepTo(static_cast<size_t>(openRow) + 1));
        QVERIFY(waiting.wait(5'000));

        // The writer a student would start in a terminal (echo hi > fifo); non-blocking, as a reader waits now.
        const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY2(writer >= 0, "a reader waits, so a non-blocking open for writing succeeds");
        QVERIFY(done.wait(5'000));
        ::close(writer);
        QCOMPARE(window.controller()->stepPosition(), size_t(openRow) + 1);
        QVERIFY(!window.controller()->waiting());
        QCOMPARE(window.planModel()->waitingRow(), -1);
        QVERIFY(!window.controller()->snapshot().error);
        window.controller()->resetSteps();
        QVERIFY(QTest::qWaitFor([&] { return !window.controller()->isBusy(); }, 5'000));
    }
};

QTEST_MAIN(TestFifoWait)
#include "tst_fifowait.moc"
