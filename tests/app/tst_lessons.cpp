// SPDX-License-Identifier: GPL-3.0-or-later
// Lessons, end to end: each bundled lesson played in the window with real processes, every question answered
// right — from what Popen does, and for an fd number from this process's own free fds or the session's real
// handles — and judged right against the real run; one answered wrong and judged wrong. Malformed lesson files are
// refused in one line naming the field, and the teacher view knows a step's answer before the class gives it.
#include "apptestsupport.h"
#include "bridge/bridge.h"
#include "bridge/fifoflow.h"
#include "bridge/liveflow.h"
#include "bridge/sessioncontroller.h"
#include "files/lessonfile.h"
#include "live/livepanel.h"
#include "shell/lessonpanel.h"
#include "shell/lessonrunner.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFontInfo>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <initializer_list>
#include <set>

using namespace pipescope;

namespace {

constexpr int timeoutMs = 60'000;

// What Popen and the kernel do, question by question ("lesson/part/question"): the right answer on any machine.
// An fd number is worked out while the question is asked (rightNumber).
const QHash<QString, QString> rightChoices {
    { QStringLiteral("anonymous-pipes/0/1"), QStringLiteral("both") }, // fork copies the table
    { QStringLiteral("anonymous-pipes/0/2"), QStringLiteral("stdin-pipe-read") }, // dup2(p2cread, 0)
    { QStringLiteral("anonymous-pipes/0/3"), QStringLiteral("both") }, // the child's 0, the parent's p2cread
    { QStringLiteral("anonymous-pipes/1/0"), QStringLiteral("parent") }, // the child closed errread
    { QStringLiteral("anonymous-pipes/1/1"), QStringLiteral("stderr-pipe-write") },
    { QStringLiteral("anonymous-pipes/1/2"), QStringLiteral("parent") }, // exec closed the child's errpipe_write
    { QStringLiteral("pipe-stdin-stdout/0/0"), QStringLiteral("parent") },
    { QStringLiteral("pipe-stdin-stdout/0/1"), QStringLiteral("nothing") },
    { QStringLiteral("pipe-stdin-stdout/1/0"), QStringLiteral("parents-own") }, // stdin=None: inherited
    { QStringLiteral("pipe-stdin-stdout/1/2"), QStringLiteral("AttributeError") }, // proc.stdin is None
    { QStringLiteral("pipe-stdin-stdout/2/0"), QStringLiteral("parents-own") },
    { QStringLiteral("pipe-stdin-stdout/2/1"), QStringLiteral("AttributeError") }, // proc.stdout is None
    { QStringLiteral("stderr-options/0/0"), QStringLiteral("parents-own") },
    { QStringLiteral("stderr-options/1/0"), QStringLiteral("stderr-pipe-write") },
    { QStringLiteral("stderr-options/1/1"), QStringLiteral("parent") },
    { QStringLiteral("stderr-options/2/0"), QStringLiteral("stdout-pipe-write") }, // stderr=STDOUT
    { QStringLiteral("stderr-options/2/1"), QStringLiteral("child") }, // its fds 1 and 2
    { QStringLiteral("stderr-options/3/0"), QStringLiteral("devnull") },
    { QStringLiteral("stderr-options/3/1"), QStringLiteral("file") },
    { QStringLiteral("closing-ends/0/0"), QStringLiteral("both") },
    { QStringLiteral("closing-ends/0/1"), QStringLiteral("parent") },
    { QStringLiteral("closing-ends/0/2"), QStringLiteral("child") },
    { QStringLiteral("closing-ends/0/3"), QStringLiteral("child") },
    { QStringLiteral("closing-ends/1/0"), QStringLiteral("broken-pipe") }, // true never reads 1 MiB
    { QStringLiteral("closing-ends/2/0"), QStringLiteral("all-written") }, // one write, before the child reads
    { QStringLiteral("deadlocks/0/0"), QStringLiteral("deadlock") }, // naive parent, cat, 1 MiB
    { QStringLiteral("deadlocks/1/0"), QStringLiteral("all-written") },
    { QStringLiteral("deadlocks/1/1"), QStringLiteral("finishes") }, // communicate()
    { QStringLiteral("deadlocks/2/0"), QStringLiteral("deadlock") }, // wait() before reading a flood
    { QStringLiteral("deadlocks/3/0"), QStringLiteral("deadlock") }, // stdout read first, stderr full
    { QStringLiteral("named-pipes/0/0"), QStringLiteral("all-whole") }, // 512 <= PIPE_BUF
    { QStringLiteral("named-pipes/1/0"), QStringLiteral("all-whole") }, // exactly PIPE_BUF
    { QStringLiteral("named-pipes/2/0"), QStringLiteral("some-split") }, // 128 KiB records, four writers
    { QStringLiteral("named-pipes/3/0"), QStringLiteral("all-whole") }, // one writer: nobody to cut in
};

// The fds this process has open now, from /proc.
std::set<int> openFds()
{
    std::set<int> fds;
    for (const QString& name : QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System))
        fds.insert(name.toInt());
    return fds;
}

// The parent's fd on an end of a stream's pipe, worked out as a student would: before os.pipe() runs, the two
// lowest free fds, read end first; once it has run, the number Popen's variable holds.
QString rightNumber(MainWindow& window, const LessonQuestion& q)
{
    if (q.ask.process != Actor::Parent || q.ask.pipe == SetupPipe::ErrPipe)
        return {};
    const Stream stream = q.ask.pipe == SetupPipe::Stdin ? Stream::Stdin
        : q.ask.pipe == SetupPipe::Stdout                ? Stream::Stdout
                                                         : Stream::Stderr;
    if (window.controller()->spec().redirect(stream).kind != Redirect::Kind::Pipe)
        return QStringLiteral("-1"); // no pipe at all
    if (q.stepId == "posix.pipe." + std::string(streamName(stream))) {
        const std::set<int> open = openFds();
        int first = 0;
        while (open.contains(first))
            ++first;
        int second = first + 1;
        while (open.contains(second))
            ++second;
        return QString::number(q.ask.end == PipeEnd::Read ? first : second);
    }
    // The read end is p2cread, c2pread or errread; the write end p2cwrite, c2pwrite or errwrite.
    const Handle parentEnd = parentHandle(stream);
    const Handle childEnd = childHandle(stream);
    const bool parentReads = stream != Stream::Stdin;
    const Handle h = (q.ask.end == PipeEnd::Read) == parentReads ? parentEnd : childEnd;
    return QString::number(window.controller()->snapshot().handles[static_cast<size_t>(h)]);
}

bool waitForPhase(LessonRunner* runner, std::initializer_list<LessonRunner::Phase> phases)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (std::find(phases.begin(), phases.end(), runner->phase()) != phases.end())
            return true;
        QTest::qWait(10);
    }
    return false;
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), timeoutMs); }

    void theLessonMenuListsTheBundledOnes()
    {
        MainWindow window;
        const QStringList ids = MainWindow::bundledLessonIds();
        QCOMPARE(ids,
            QStringList({ QStringLiteral("anonymous-pipes"), QStringLiteral("pipe-stdin-stdout"),
                QStringLiteral("stderr-options"), QStringLiteral("closing-ends"), QStringLiteral("deadlocks"),
                QStringLiteral("named-pipes") }));
        auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("lessonMenu"));
        QVERIFY(menu);
        for (const QString& id : ids) {
            QAction* a = menu->findChild<QAction*>(QStringLiteral("lesson_") + id);
            QVERIFY2(a, qPrintable(id));
            QVERIFY2(!a->text().isEmpty() && a->text() != id, qPrintable(id)); // the lesson's own title
        }
        QVERIFY(window.findChild<QAction*>(QStringLiteral("openLessonAction")));
    }

    void playsEveryBundledLessonWithRealProcesses_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("wrongAt"); // the question answered wrong (its index in the lesson), -1: none
        for (const QString& id : MainWindow::bundledLessonIds())
            QTest::newRow(qPrintable(id)) << id << (id == u"anonymous-pipes" ? 1 : -1);
    }

    void playsEveryBundledLessonWithRealProcesses()
    {
        QFETCH(QString, id);
        QFETCH(int, wrongAt);
        MainWindow window;
        window.setAnimated(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Whatever the window asks python3 at start-up is over: an fd number counts the fds open.
        QTRY_VERIFY_WITH_TIMEOUT(!window.bridge()->isBusy(), timeoutMs);
        window.lessonPanel()->setView(LessonPanel::View::SelfStudy); // no rehearsal opening fds beside
        LessonRunner* runner = window.lessonRunner();
        runner->setLivePace(0);
        QVERIFY(window.openLesson(id));
        QVERIFY(window.lessonDock()->isVisible());

        int asked = 0;
        int wrong = 0;
        for (;;) {
            QVERIFY2(waitForPhase(runner,
                         { LessonRunner::Phase::Asking, LessonRunner::Phase::PartDone, LessonRunner::Phase::Finished }),
                qPrintable(QStringLiteral("stuck at part %1, question %2")
                               .arg(runner->partIndex())
                               .arg(runner->questionIndex())));
            if (runner->phase() == LessonRunner::Phase::Finished)
                break;
            if (runner->phase() == LessonRunner::Phase::PartDone) {
                QVERIFY(runner->next());
                continue;
            }
            const LessonQuestion* q = runner->question();
            QVERIFY(q);
            const QString key
                = QStringLiteral("%1/%2/%3").arg(id).arg(runner->partIndex()).arg(runner->questionIndex());
            const QString right = isNumberProbe(q->ask.kind) ? rightNumber(window, *q) : rightChoices.value(key);
            QVERIFY2(!right.isEmpty(), qPrintable(key + QStringLiteral(": no right answer known")));
            QString given = right;
            if (asked == wrongAt) {
                for (const LessonChoice& c : q->choices)
                    if (QString::fromStdString(c.value) != right)
                        given = QString::fromStdString(c.value);
                QVERIFY(given != right);
                ++wrong;
            }
            // Through the panel, as the class does it.
            QVERIFY2(window.lessonPanel()->choose(given), qPrintable(key));
            QVERIFY(window.lessonPanel()->answerButton()->isEnabled());
            QTest::mouseClick(window.lessonPanel()->answerButton(), Qt::LeftButton);
            QVERIFY2(waitForPhase(runner, { LessonRunner::Phase::Judged }), qPrintable(key));
            const LessonRunner::Outcome& o = runner->outcomes().back();
            QVERIFY2(o.failure.isEmpty(), qPrintable(key + QStringLiteral(": ") + o.failure));
            QCOMPARE(o.real, right);
            QCOMPARE(o.right, given == right);
            QVERIFY(window.lessonPanel()->verdictLabel()->isVisible());
            QVERIFY(!window.lessonPanel()->verdictLabel()->text().isEmpty());
            ++asked;
            QVERIFY(window.lessonPanel()->nextButton()->isEnabled());
            QTest::mouseClick(window.lessonPanel()->nextButton(), Qt::LeftButton);
        }
        QVERIFY(asked >= 4);
        QCOMPARE(runner->scoredCount(), asked);
        QCOMPARE(runner->rightCount(), asked - wrong);
        QVERIFY(window.lessonPanel()->scoreLabel()->text().contains(QString::number(asked - wrong)));
        window.closeLesson();
        QVERIFY(!runner->isActive());
        QVERIFY(!window.lessonDock()->isVisible());
    }

    // The teacher view knows a step's answer before the class answers: rehearsed on a hidden session.
    void theTeacherSeesTheRehearsedAnswerInAdvance()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLesson(QStringLiteral("closing-ends")));
        LessonRunner* runner = window.lessonRunner();
        QVERIFY(waitForPhase(runner, { LessonRunner::Phase::Asking }));
        QTRY_VERIFY_WITH_TIMEOUT(runner->rehearsedAnswer().has_value(), timeoutMs);
        QCOMPARE(*runner->rehearsedAnswer(), QStringLiteral("both"));
        QVERIFY(window.lessonPanel()->advanceLabel()->isVisible());
        QVERIFY(window.lessonPanel()->advanceLabel()->text().contains(
            LessonPanel::valueText(*runner->question(), QStringLiteral("both"), QStringLiteral("en"))));
        // The shown session still stands before the step: nothing was answered there.
        QCOMPARE(window.controller()->stepPosition(), size_t { 3 });
        // Reveal runs it for real without scoring.
        QTest::mouseClick(window.lessonPanel()->revealButton(), Qt::LeftButton);
        QVERIFY(waitForPhase(runner, { LessonRunner::Phase::Judged }));
        QVERIFY(runner->outcomes().back().revealed);
        QCOMPARE(runner->outcomes().back().real, QStringLiteral("both"));
        QCOMPARE(runner->scoredCount(), 0);
        window.lessonPanel()->setView(LessonPanel::View::SelfStudy);
        QVERIFY(!window.lessonPanel()->advanceLabel()->isVisible());
        QVERIFY(!window.lessonPanel()->revealButton()->isVisible());

        // Presenter mode's large type reaches the lesson too; leaving it gives the size back.
        const int before = QFontInfo(window.lessonPanel()->promptLabel()->font()).pixelSize();
        window.setPresenting(true);
        QVERIFY(window.lessonDock()->isVisible());
        QTRY_VERIFY(QFontInfo(window.lessonPanel()->promptLabel()->font()).pixelSize() > before);
        window.setPresenting(false);
        QTRY_COMPARE(QFontInfo(window.lessonPanel()->promptLabel()->font()).pixelSize(), before);
    }

    // A Live question's deadlock and a FIFO run's records are rehearsed too, at full speed where nobody sees them.
    void theTeacherSeesDeadlocksAndSplitRecordsInAdvance()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LessonRunner* runner = window.lessonRunner();
        QVERIFY(window.openLesson(QStringLiteral("deadlocks")));
        QVERIFY(waitForPhase(runner, { LessonRunner::Phase::Asking }));
        QCOMPARE(runner->question()->moment, QuestionMoment::Live);
        QTRY_VERIFY_WITH_TIMEOUT(runner->rehearsedAnswer().has_value(), timeoutMs);
        QCOMPARE(*runner->rehearsedAnswer(), QStringLiteral("deadlock"));
        // Nothing of it is left running: the rehearsal's run was cancelled once its deadlock was seen.
        QTRY_VERIFY_WITH_TIMEOUT(!window.bridge()->rehearsalLive()->isRunning(), timeoutMs);
        QVERIFY(!window.livePanel()->isRunning()); // the class's own run has not started

        QVERIFY(window.openLesson(QStringLiteral("named-pipes")));
        QVERIFY(waitForPhase(runner, { LessonRunner::Phase::Asking }));
        QCOMPARE(runner->question()->moment, QuestionMoment::Fifo);
        QTRY_VERIFY_WITH_TIMEOUT(runner->rehearsedAnswer().has_value(), timeoutMs);
        QCOMPARE(*runner->rehearsedAnswer(), QStringLiteral("all-whole")); // 512-byte records
        QTRY_VERIFY_WITH_TIMEOUT(!window.bridge()->rehearsalFifo()->hasFifo(), timeoutMs); // its FIFO is gone
        QVERIFY(window.lessonPanel()->advanceLabel()->text().contains(
            LessonPanel::valueText(*runner->question(), QStringLiteral("all-whole"), QStringLiteral("en"))));
        window.closeLesson();
        QTRY_VERIFY_WITH_TIMEOUT(!window.bridge()->isBusy(), timeoutMs);
    }

    // What python3 raises is rehearsed too: the same program run by python3 in a folder of its own.
    void theTeacherSeesWhatPythonWillRaise()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLesson(QStringLiteral("pipe-stdin-stdout")));
        LessonRunner* runner = window.lessonRunner();
        QVERIFY(waitForPhase(runner, { LessonRunner::Phase::Asking }));
        QVERIFY(runner->reveal());
        QVERIFY(waitForPhase(runner, { LessonRunner::Phase::Judged }));
        QVERIFY(runner->next());
        QVERIFY(waitForPhase(runner, { LessonRunner::Phase::Asking }));
        QCOMPARE(runner->question()->moment, QuestionMoment::Python);
        QTRY_VERIFY_WITH_TIMEOUT(runner->rehearsedAnswer().has_value(), timeoutMs);
        QCOMPARE(*runner->rehearsedAnswer(), QStringLiteral("nothing"));
        QVERIFY(runner->next() == false); // not judged yet
        QVERIFY(runner->reveal());
        QVERIFY(waitForPhase(runner, { LessonRunner::Phase::Judged }));
        QCOMPARE(runner->outcomes().back().real, *runner->rehearsedAnswer());
        // On to stdin=None: its program raises AttributeError, rehearsed before the class reaches it.
        while (runner->phase() != LessonRunner::Phase::Asking || runner->question()->moment != QuestionMoment::Python) {
            if (runner->phase() == LessonRunner::Phase::Asking)
                QVERIFY(runner->reveal());
            else if (runner->phase() == LessonRunner::Phase::Judged || runner->phase() == LessonRunner::Phase::PartDone)
                QVERIFY(runner->next());
            QTest::qWait(10);
            QVERIFY(runner->phase() != LessonRunner::Phase::Finished);
        }
        QTRY_VERIFY_WITH_TIMEOUT(runner->rehearsedAnswer().has_value(), timeoutMs);
        QCOMPARE(*runner->rehearsedAnswer(), QStringLiteral("AttributeError"));
        window.closeLesson();
    }

    void malformedLessonsAreRefusedInOneLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("not json") << QByteArray("{ nope") << QString();
        QTest::newRow("step not in the plan") << QByteArray(
            R"({"format":"pipescope-lesson","version":1,"id":"x","title":{"en":"X"},"parts":[{"title":{"en":"P"},
                "scenario":{"command":{"child":"echo"}},"questions":[{"at":"posix.child.dup2.stdout",
                "ask":{"probe":"holders","pipe":"stdout","end":"write"},"prompt":{"en":"?"},
                "choices":[{"value":"parent","label":{"en":"P"}},{"value":"child","label":{"en":"C"}}]}]}]})")
                                              << QStringLiteral("/parts/0/questions/0/at");
        QTest::newRow("an answer in the file") << QByteArray(
            R"({"format":"pipescope-lesson","version":1,"id":"x","title":{"en":"X"},"parts":[{"title":{"en":"P"},
                "scenario":{"command":{"child":"echo"}},"questions":[{"at":"run","answer":"broken-pipe",
                "ask":{"probe":"stdin-write"},"prompt":{"en":"?"}}]}]})")
                                               << QStringLiteral("/parts/0/questions/0/answer");
    }

    void malformedLessonsAreRefusedInOneLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.pipescope-lesson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        MainWindow window;
        QVERIFY(!window.openLesson(path));
        const QString status = window.statusText();
        QVERIFY2(status.contains(QStringLiteral("bad.pipescope-lesson")), qPrintable(status));
        QVERIFY2(where.isEmpty() || status.contains(where), qPrintable(status));
        QVERIFY(!status.contains(QLatin1Char('\n')));
        QVERIFY(!window.lessonRunner()->isActive());
        QVERIFY(!window.openLesson(QStringLiteral("no-such-lesson")));
        QVERIFY(window.statusText().contains(QStringLiteral("no-such-lesson")));
    }
};

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
