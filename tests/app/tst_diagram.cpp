// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram drawn from real step snapshots (core's Stepper, no window): who holds which fd, which pipe each fd
// is wired to, what a step closed, what a dup2 moved — and the scene animating it or not.
#include "apptestsupport.h"
#include "bridge/childprogram.h"
#include "diagram/diagramitem.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagramscene.h"
#include "diagram/livepipeitem.h"

#include "inspect/fdtable.h"
#include "popen/stepper.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pipescope;
using Kind = DiagramNode::Kind;

namespace {

// A child that stays (sleep), so its table is still there to read after exec whatever its stdin is.
SpawnSpec specOf(Redirect in, Redirect out, Redirect err)
{
    SpawnSpec spec;
    spec.argv = { QFile::encodeName(childProgramPath()).toStdString(), "sleep", "30" };
    spec.redirects = { std::move(in), std::move(out), std::move(err) };
    return spec;
}

// Steps until the step with this id is done, and lays out every snapshot on the way as the scene would.
struct Walk
{
    explicit Walk(const SpawnSpec& spec)
        : stepper(spec)
    {
    }
    Stepper stepper;
    DiagramLayout layout;
    StepSnapshot snapshot;

    bool to(const std::string& id)
    {
        while (!stepper.atEnd()) {
            auto snap = stepper.step();
            if (!snap || snap->error)
                return false;
            const DiagramLayout previous = layout;
            layout = DiagramLayout::build(
                *snap, stepper.events(), stepper.plan(), ::getpid(), snap->position > 1 ? &previous : nullptr);
            snapshot = *snap;
            if (snap->stepId == id)
                return true;
        }
        return false;
    }

    const DiagramNode* pipeOf(const QString& stream) const
    {
        for (const DiagramNode& n : layout.nodes)
            if (n.kind == Kind::Pipe && n.detail == stream)
                return &n;
        return nullptr;
    }

    // What the child's fd is wired to: the key of the target its edge goes to.
    QString wiredTo(const QString& side, int fd) const
    {
        const QString prefix = QStringLiteral("edge:%1:%2:").arg(side).arg(fd);
        for (const DiagramNode& n : layout.nodes)
            if (n.kind == Kind::Edge && n.key.startsWith(prefix))
                return n.key.mid(prefix.size());
        return {};
    }
};

} // namespace

class TestDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!childProgramPath().isEmpty()); }

    void livePacketsFollowTheRateOnALogScale()
    {
        QCOMPARE(LivePipeItem::packetsFor(0), 0);
        QCOMPARE(LivePipeItem::speedFor(0), 0.0);
        int lastCount = 0;
        double lastSpeed = 0;
        // Each power of ten flows visibly faster and denser, from a byte a second to a terabyte; never unbounded.
        for (double rate = 1; rate <= 1e12; rate *= 10) {
            const int count = LivePipeItem::packetsFor(rate);
            QVERIFY(count >= 1 && count <= LivePipeItem::maxPackets);
            QVERIFY(count >= lastCount);
            QVERIFY(LivePipeItem::speedFor(rate) > lastSpeed);
            lastCount = count;
            lastSpeed = LivePipeItem::speedFor(rate);
        }
        QVERIFY(LivePipeItem::packetsFor(1e9) > LivePipeItem::packetsFor(1e3));
        // Log, not linear: every power of ten adds the same speed.
        QVERIFY(qFuzzyCompare(LivePipeItem::speedFor(1e9) - LivePipeItem::speedFor(1e8),
            LivePipeItem::speedFor(1e3) - LivePipeItem::speedFor(1e2)));

        LivePipeItem item;
        item.setGeometry(QRectF(100, 50, 270, 44), true, DiagramLayout::streamColor(QStringLiteral("stdout")));
        QCOMPARE(item.pos(), QPointF(100, 50));
        LivePipeState state;
        state.bytesPerSecond = 1e6;
        state.hasFill = true;
        state.fillBytes = 32768;
        state.fillCapacity = 65536;
        item.setState(state);
        QCOMPARE(item.packetCount(), 7);
        QCOMPARE(item.state().fillRatio(), 0.5);
        QVERIFY(!item.state().full());
        item.setAnimated(false);
        QCOMPARE(item.packetCount(), 0);
        QCOMPARE(item.state().fillRatio(), 0.5);
    }

    void seedDemoStepByStep()
    {
        Walk w(specOf(Redirect::pipe(), Redirect::pipe(), Redirect::inherit()));

        QVERIFY(w.to("posix.pipe.stdin"));
        QVERIFY(!w.layout.hasChild);
        QVERIFY(!w.layout.node(QStringLiteral("process:child")));
        const int p2cread = w.snapshot.handles[size_t(Handle::P2cRead)];
        const int p2cwrite = w.snapshot.handles[size_t(Handle::P2cWrite)];
        const DiagramNode* readEnd = w.layout.node(QStringLiteral("socket:parent:%1").arg(p2cread));
        QVERIFY(readEnd);
        QCOMPARE(readEnd->title, QString::number(p2cread));
        QCOMPARE(readEnd->subtitle, QStringLiteral("p2cread"));
        QVERIFY(readEnd->dashed); // os.pipe() fds are close-on-exec
        const DiagramNode* stdinPipe = w.pipeOf(QStringLiteral("stdin"));
        QVERIFY(stdinPipe);
        QCOMPARE(stdinPipe->inode, findFd(w.snapshot.parentFds, p2cwrite)->inode);
        QCOMPARE(w.wiredTo(QStringLiteral("parent"), p2cread), stdinPipe->key);
        QCOMPARE(w.wiredTo(QStringLiteral("parent"), p2cwrite), stdinPipe->key);
        QVERIFY(!w.pipeOf(QStringLiteral("stdout")));
        QVERIFY(w.layout.node(QStringLiteral("note:handles"))
                    ->title.contains(QStringLiteral("= (%1, %2, -1, -1, -1, -1)").arg(p2cread).arg(p2cwrite)));

        QVERIFY(w.to("posix.fork"));
        const DiagramNode* child = w.layout.node(QStringLiteral("process:child"));
        QVERIFY(child);
        QVERIFY(child->subtitle.contains(QString::number(w.snapshot.childPid)));
        QCOMPARE(child->fromKey, QStringLiteral("process:parent"));
        // fork copies the table: every parent socket has its copy in the child, coming from it.
        for (const FdEntry& e : w.snapshot.parentFds) {
            const DiagramNode* copy = w.layout.node(QStringLiteral("socket:child:%1").arg(e.fd));
            QVERIFY2(copy, qPrintable(QString::number(e.fd)));
            QCOMPARE(copy->fromKey, QStringLiteral("socket:parent:%1").arg(e.fd));
        }

        QVERIFY(w.to("posix.child.close_parent_ends"));
        const DiagramNode* closed = w.layout.node(QStringLiteral("socket:child:%1").arg(p2cwrite));
        QVERIFY(closed);
        QVERIFY(closed->crossed);
        QVERIFY(!w.layout.node(QStringLiteral("socket:parent:%1").arg(p2cwrite))->crossed);

        QVERIFY(w.to("posix.child.dup2.stdin"));
        QCOMPARE(w.wiredTo(QStringLiteral("child"), 0), w.pipeOf(QStringLiteral("stdin"))->key);
        QCOMPARE(w.layout.moves.size(), 1);
        QCOMPARE(w.layout.moves[0].to, QStringLiteral("socket:child:0"));
        QCOMPARE(w.layout.moves[0].label, QStringLiteral("p2cread"));
        QCOMPARE(w.layout.node(QStringLiteral("socket:child:0"))->detail, QStringLiteral("= p2cread"));

        QVERIFY(w.to("posix.exec"));
        // close-on-exec: every fd above 2 vanished at exec and is shown crossed out; 0-2 stay wired.
        int crossed = 0;
        for (const DiagramNode& n : w.layout.nodes)
            if (n.kind == Kind::Socket && n.side == DiagramNode::Side::Child) {
                QCOMPARE(n.crossed, n.fd > 2);
                crossed += n.crossed;
            }
        QVERIFY(crossed >= 1);
        QCOMPARE(w.wiredTo(QStringLiteral("child"), 1), w.pipeOf(QStringLiteral("stdout"))->key);
        // stderr=None: the child's fd 2 is wired to whatever the parent's fd 2 really is.
        QCOMPARE(w.wiredTo(QStringLiteral("child"), 2), w.wiredTo(QStringLiteral("parent"), 2));

        QVERIFY(w.to("posix.parent.read_errpipe"));
        QVERIFY(!w.pipeOf(QStringLiteral("errpipe")));
        QVERIFY(!w.layout.node(QStringLiteral("socket:parent:%1").arg(p2cread)));
    }

    void theStateIsSaidInWords()
    {
        // What a screen reader gets for the picture: each fd and the other end's holder, with the real numbers.
        Walk w(specOf(Redirect::pipe(), Redirect::pipe(), Redirect::inherit()));
        QVERIFY(w.to("posix.exec"));
        const int c2pread = w.snapshot.handles[size_t(Handle::C2pRead)];
        const int p2cwrite = w.snapshot.handles[size_t(Handle::P2cWrite)];
        const QString said = w.layout.spokenState();
        QVERIFY2(said.contains(QStringLiteral(
                     "Child fd 1 (stdout) is the write end of the stdout pipe; the parent holds the read end as fd %1.")
                                   .arg(c2pread)),
            qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral(
                     "Child fd 0 (stdin) is the read end of the stdin pipe; the parent holds the write end as fd %1.")
                                   .arg(p2cwrite)),
            qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Parent fd %1 (p2cwrite) is the write end of the stdin pipe; the child "
                                              "holds the read end as fd 0.")
                                   .arg(p2cwrite)),
            qPrintable(said));
        // What exec closed is said as closed; the step comes first.
        QVERIFY2(said.contains(QStringLiteral("was just closed.")), qPrintable(said));
        const DiagramNode* caption = w.layout.node(QStringLiteral("caption"));
        QVERIFY(caption);
        QVERIFY2(said.startsWith(caption->title), qPrintable(said));
    }

    void stderrToStdoutMergesIntoTheStdoutPipe()
    {
        Walk w(specOf(Redirect::pipe(), Redirect::pipe(), Redirect::stdoutRedirect()));
        QVERIFY(w.to("posix.exec"));
        const DiagramNode* out = w.pipeOf(QStringLiteral("stdout"));
        QVERIFY(out);
        QCOMPARE(w.wiredTo(QStringLiteral("child"), 1), out->key);
        QCOMPARE(w.wiredTo(QStringLiteral("child"), 2), out->key);
        QVERIFY(!w.pipeOf(QStringLiteral("stderr")));
    }

    void devNullIsASinkSharedByTwoStreams()
    {
        Walk w(specOf(Redirect::devNull(), Redirect::pipe(), Redirect::devNull()));
        QVERIFY(w.to("posix.exec"));
        const DiagramNode* sink = w.layout.node(QStringLiteral("target:/dev/null"));
        QVERIFY(sink);
        QCOMPARE(sink->kind, Kind::DevNull);
        QCOMPARE(w.wiredTo(QStringLiteral("child"), 0), sink->key);
        QCOMPARE(w.wiredTo(QStringLiteral("child"), 2), sink->key);
    }

    void fileIsADocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        Walk w(specOf(Redirect::pipe(), Redirect::file(QFile::encodeName(path).toStdString()), Redirect::inherit()));
        QVERIFY(w.to("posix.exec"));
        const DiagramNode* doc = w.layout.node(QStringLiteral("target:") + path);
        QVERIFY(doc);
        QCOMPARE(doc->kind, Kind::File);
        QCOMPARE(doc->title, QStringLiteral("out.txt"));
        QCOMPARE(w.wiredTo(QStringLiteral("child"), 1), doc->key);
    }

    void childFdsOfPipeScopeItselfAreCountedNotShown()
    {
        Walk w(specOf(Redirect::pipe(), Redirect::pipe(), Redirect::inherit()));
        QVERIFY(w.to("posix.fork"));
        int hidden = -1;
        const FdTable shown = DiagramLayout::childSessionFds(w.snapshot, w.stepper.events(), &hidden);
        QCOMPARE(int(shown.size() + size_t(hidden)), int(w.snapshot.childFds->size()));
        for (const FdEntry& e : shown)
            QVERIFY(e.fd <= 2 || findFd(w.snapshot.parentFds, e.fd));
    }

    void sceneAnimatesOnlyAStepForward()
    {
        Walk w(specOf(Redirect::pipe(), Redirect::pipe(), Redirect::inherit()));
        DiagramScene scene;
        scene.setDuration(50);
        QVERIFY(w.to("posix.errpipe"));
        scene.setSnapshot(w.snapshot, w.stepper.events(), w.stepper.plan());
        QVERIFY(!scene.isAnimating()); // a first picture is shown as it is
        QVERIFY(w.to("posix.fork"));
        scene.setSnapshot(w.snapshot, w.stepper.events(), w.stepper.plan());
        QVERIFY(scene.isAnimating());
        QSignalSpy finished(&scene, &DiagramScene::animationsFinished);
        QVERIFY(finished.wait(5000));
        DiagramItem* copy = scene.item(QStringLiteral("socket:child:0"));
        QVERIFY(copy);
        QCOMPARE(copy->pos(), copy->node().rect.topLeft());
        QCOMPARE(copy->opacity(), 1.0);

        scene.setAnimated(false);
        QVERIFY(w.to("posix.child.close_parent_ends"));
        scene.setSnapshot(w.snapshot, w.stepper.events(), w.stepper.plan());
        QVERIFY(!scene.isAnimating());
        const int p2cwrite = w.snapshot.handles[size_t(Handle::P2cWrite)];
        DiagramItem* closed = scene.item(QStringLiteral("socket:child:%1").arg(p2cwrite));
        QVERIFY(closed && closed->node().crossed);
        QVERIFY(closed->opacity() < 1.0);
        QCOMPARE(scene.sceneRect(), scene.currentLayout().bounds);
    }
};

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
