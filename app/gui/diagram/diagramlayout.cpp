// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/diagramlayout.h"

#include "diagram/diagramtheme.h"

#include "text/describe.h"
#include "text/winetext.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <optional>

using namespace pipescope;

namespace {

using Kind = DiagramNode::Kind;
using Side = DiagramNode::Side;

// Scene geometry, in scene units; the view scales the whole picture to fit.
constexpr qreal sceneWidth = 1000;
constexpr qreal boxWidth = 310;
constexpr qreal parentLeft = 10;
constexpr qreal childLeft = sceneWidth - 10 - boxWidth;
constexpr qreal boxTop = 54;
constexpr qreal boxHeader = 50;
constexpr qreal rowHeight = 42;
constexpr qreal socketHeight = 36;
constexpr qreal socketInset = 12;
constexpr qreal middleLeft = parentLeft + boxWidth;
constexpr qreal middleRight = childLeft;
constexpr qreal pipeWidth = 300;
constexpr qreal pipeHeight = 52;
constexpr qreal targetWidth = 290;
constexpr qreal targetHeight = 50;
constexpr qreal nodeGap = 14;

QString sideName(Side side)
{
    return side == Side::Parent ? QStringLiteral("parent") : QStringLiteral("child");
}

QString socketKey(Side side, int fd)
{
    return QStringLiteral("socket:%1:%2").arg(sideName(side)).arg(fd);
}

QString stdName(int fd)
{
    return fromCore(streamName(static_cast<Stream>(fd)));
}

// The Popen names an fd number carries in this session: the six handles, the error pipe and the child's
// dup()s. Everything comes from the snapshot's handles and the events core recorded.
struct Names
{
    QMap<int, QStringList> byFd;
    QMap<int, QString> childDup2; // target fd -> the handle dup2()ed onto it
    QSet<int> errpipe; // fds of the error pipe

    QString of(int fd) const { return byFd.value(fd).join(QStringLiteral(" = ")); }
};

Names collectNames(const StepSnapshot& snapshot, const std::vector<Event>& events)
{
    Names n;
    for (Handle h : allHandles) {
        const int fd = snapshot.handles[static_cast<size_t>(h)];
        if (fd >= 0 && !n.byFd[fd].contains(Describe::handle(h)))
            n.byFd[fd] << Describe::handle(h);
    }
    for (const Event& e : events) {
        if (e.kind == EventKind::ErrPipeCreated && e.fds.size() == 2) {
            n.byFd[e.fds[0]] << QStringLiteral("errpipe_read");
            n.byFd[e.fds[1]] << QStringLiteral("errpipe_write");
            n.errpipe << e.fds[0] << e.fds[1];
        } else if (e.kind == EventKind::ChildDuped && e.fds.size() == 2) {
            n.byFd[e.fds[1]] = n.byFd.value(e.fds[0]);
        } else if (e.kind == EventKind::ChildDup2 && e.fds.size() == 2) {
            n.childDup2[e.fds[1]] = n.of(e.fds[0]);
        }
    }
    return n;
}

struct Endpoint
{
    Side side;
    int fd;
    Access access;
    qreal y; // centre of its socket
};

struct Target
{
    QString key;
    Kind kind = Kind::Other;
    QString title;
    QString subtitle;
    QString stream; // pipes: "stdin", "stdout", "stderr", "errpipe", or empty when not Popen's
    std::uint64_t inode = 0;
    std::vector<Endpoint> ends;
    int order = 0;
    qreal desiredY = 0;
    QRectF rect;
    bool inletLeft = true;
};

QString targetKey(const FdEntry& e)
{
    if (e.kind == FdKind::Pipe)
        return QStringLiteral("pipe:%1").arg(e.inode);
    return QStringLiteral("target:") + QString::fromStdString(e.target);
}

int streamOrder(const QString& stream)
{
    static const QStringList order { QStringLiteral("stdin"), QStringLiteral("stdout"), QStringLiteral("stderr"),
        QStringLiteral("errpipe") };
    const auto i = order.indexOf(stream);
    return i < 0 ? 10 : static_cast<int>(i);
}

// above/below: how far from the node a detour passes (clear of the labels drawn there).
QPainterPath edgePath(QPointF from, QPointF to, const QRectF& around, bool detour, qreal above, qreal below)
{
    QPainterPath path(from);
    if (!detour) {
        const qreal dx = (to.x() - from.x()) * 0.5;
        path.cubicTo(from.x() + dx, from.y(), to.x() - dx, to.y(), to.x(), to.y());
        return path;
    }
    // The end is on the far side of the node: go round it, above or below, and come in from outside.
    const bool over = from.y() <= around.center().y();
    const qreal y = over ? around.top() - above : around.bottom() + below;
    const bool rightwards = to.x() > from.x();
    const qreal nearX = rightwards ? around.left() : around.right();
    const qreal farX = rightwards ? around.right() + 26 : around.left() - 26;
    path.cubicTo((from.x() + nearX) / 2, from.y(), (from.x() + nearX) / 2, y, nearX, y);
    path.lineTo(rightwards ? around.right() : around.left(), y);
    path.cubicTo(farX, y, farX, to.y(), to.x(), to.y());
    return path;
}

} // namespace

QFont DiagramLayout::sceneFont(qreal pixels, bool bold)
{
    QFont font;
    font.setPixelSize(static_cast<int>(std::max(pixels, smallestText)));
    font.setBold(bold);
    return font;
}

QColor DiagramLayout::streamColor(const QString& stream)
{
    return DiagramTheme::current().stream(stream);
}

FdTable DiagramLayout::childSessionFds(const StepSnapshot& snapshot, const std::vector<Event>& events, int* hidden)
{
    FdTable out;
    int others = 0;
    if (snapshot.childFds) {
        const Names names = collectNames(snapshot, events);
        for (const FdEntry& e : *snapshot.childFds) {
            if (e.fd <= 2 || names.byFd.contains(e.fd))
                out.push_back(e);
            else
                ++others;
        }
    }
    if (hidden)
        *hidden = others;
    return out;
}

const DiagramNode* DiagramLayout::node(const QString& key) const
{
    for (const DiagramNode& n : nodes)
        if (n.key == key)
            return &n;
    return nullptr;
}

QStringList DiagramLayout::keys() const
{
    QStringList out;
    for (const DiagramNode& n : nodes)
        out << n.key;
    return out;
}

namespace {

// What one picture shows, before any geometry: the caption, the two processes with their rows (one per fd or
// handle, in order), and what each pipe is. build() fills it from a POSIX step, buildWindows() from a Wine run.
struct Row
{
    FdEntry entry; // fd: the fd number, or the HANDLE value
    bool crossed = false;
    QString title, subtitle, detail;
    bool fromParent = false; // the child's copy of the parent's row with the same number, made by this step
    // Overrides of what the target is called (a Windows handle's file has no path); empty: from entry.
    QString targetTitle, targetSubtitle;
};

struct Box
{
    QString title, subtitle, detail;
    bool fromParent = false; // made by this step, out of the parent (fork, CreateProcessW)
};

struct Picture
{
    QString caption, captionDetail;
    Box parent;
    std::vector<Row> parentRows;
    std::optional<Box> child;
    std::vector<Row> childRows;
    QHash<std::uint64_t, QString> pipeStream; // pipe inode -> "stdin"... "errpipe"
    QString handlesNote, legend;
    QList<DiagramLayout::Move> moves;
};

// Adds what the previous picture had on this side and this one has not, crossed out, and sorts by number.
void crossOutClosed(std::vector<Row>& rows, Side side, const DiagramLayout* previous)
{
    if (previous) {
        for (const DiagramNode& n : previous->nodes) {
            if (n.kind != Kind::Socket || n.side != side || n.crossed)
                continue;
            if (std::ranges::any_of(rows, [&](const Row& r) { return r.entry.fd == n.fd; }))
                continue;
            Row gone;
            gone.entry.fd = n.fd;
            gone.crossed = true;
            gone.title = n.title;
            gone.subtitle = n.subtitle;
            gone.detail = DiagramLayout::tr("closed");
            rows.push_back(gone);
        }
    }
    std::ranges::sort(rows, {}, [](const Row& r) { return r.entry.fd; });
}

// The geometry: boxes with their sockets, targets in the middle as close as they can be to their sockets, edges,
// the notes at the foot.
void place(DiagramLayout& out, const Picture& pic, qreal roomBelowPipes)
{
    {
        DiagramNode caption;
        caption.kind = Kind::Caption;
        caption.key = QStringLiteral("caption");
        caption.rect = QRectF(0, 0, sceneWidth, 48);
        caption.title = pic.caption;
        caption.subtitle = pic.captionDetail;
        out.nodes << caption;
    }
    const size_t rowCount = std::max<size_t>({ pic.parentRows.size(), pic.childRows.size(), 3 });
    const qreal boxHeight = boxHeader + static_cast<qreal>(rowCount) * rowHeight + 30;

    std::vector<Target> targets;
    QHash<QString, size_t> targetIndex;
    const auto targetFor = [&](const Row& row) -> Target& {
        const FdEntry& e = row.entry;
        const QString key = targetKey(e);
        if (auto it = targetIndex.find(key); it != targetIndex.end())
            return targets[*it];
        Target t;
        t.key = key;
        t.inode = e.inode;
        switch (e.kind) {
        case FdKind::Pipe:
            t.kind = Kind::Pipe;
            t.stream = pic.pipeStream.value(e.inode);
            t.title = t.stream.isEmpty()               ? DiagramLayout::tr("pipe to the outside")
                : t.stream == QLatin1String("errpipe") ? QStringLiteral("errpipe")
                                                       : DiagramLayout::tr("%1 pipe").arg(t.stream);
            t.subtitle = QString::fromStdString(e.target);
            t.order = streamOrder(t.stream);
            break;
        case FdKind::Tty:
            t.kind = Kind::Terminal;
            t.title = DiagramLayout::tr("terminal");
            t.subtitle = QString::fromStdString(e.target);
            t.order = 20;
            break;
        case FdKind::DevNull:
            t.kind = Kind::DevNull;
            t.title = QStringLiteral("/dev/null");
            t.subtitle = DiagramLayout::tr("reads: EOF · writes: discarded");
            t.order = 21;
            break;
        case FdKind::File:
            t.kind = Kind::File;
            t.title = QFileInfo(QString::fromStdString(e.target)).fileName();
            t.subtitle = QString::fromStdString(e.target);
            t.order = 22;
            break;
        default:
            t.kind = Kind::Other;
            t.title = Describe::fdKind(e.kind);
            t.subtitle = QString::fromStdString(e.target);
            t.order = 23;
            break;
        }
        if (!row.targetTitle.isEmpty())
            t.title = row.targetTitle;
        if (!row.targetSubtitle.isEmpty())
            t.subtitle = row.targetSubtitle;
        targets.push_back(t);
        targetIndex.insert(key, targets.size() - 1);
        return targets.back();
    };

    const auto addProcess = [&](Side side, const Box& b, const std::vector<Row>& rows) {
        const qreal left = side == Side::Parent ? parentLeft : childLeft;
        DiagramNode box;
        box.kind = Kind::Process;
        box.side = side;
        box.key = QStringLiteral("process:") + sideName(side);
        box.rect = QRectF(left, boxTop, boxWidth, boxHeight);
        box.title = b.title;
        box.subtitle = b.subtitle;
        box.detail = b.detail;
        if (b.fromParent)
            box.fromKey = QStringLiteral("process:parent");
        out.nodes << box;

        for (size_t i = 0; i < rows.size(); ++i) {
            const Row& row = rows[i];
            DiagramNode s;
            s.kind = Kind::Socket;
            s.side = side;
            s.fd = row.entry.fd;
            s.key = socketKey(side, row.entry.fd);
            s.rect = QRectF(left + socketInset, boxTop + boxHeader + static_cast<qreal>(i) * rowHeight,
                boxWidth - 2 * socketInset, socketHeight);
            s.crossed = row.crossed;
            s.title = row.title;
            s.subtitle = row.subtitle;
            s.detail = row.detail;
            if (!row.crossed) {
                s.dashed = row.entry.cloexec;
                s.inode = row.entry.inode;
                s.color = DiagramLayout::streamColor(
                    row.entry.kind == FdKind::Pipe ? pic.pipeStream.value(row.entry.inode) : QString());
                if (row.fromParent)
                    s.fromKey = socketKey(Side::Parent, row.entry.fd);
                Target& t = targetFor(row);
                t.ends.push_back(Endpoint { side, row.entry.fd, row.entry.access, s.rect.center().y() });
                s.target = t.key;
                s.writes = row.entry.access != Access::Read;
            }
            out.nodes << s;
        }
    };
    addProcess(Side::Parent, pic.parent, pic.parentRows);
    if (pic.child)
        addProcess(Side::Child, *pic.child, pic.childRows);

    // Pipes and other targets in the middle, each as close as it can be to the sockets wired to it.
    for (Target& t : targets) {
        qreal sum = 0;
        for (const Endpoint& e : t.ends)
            sum += e.y;
        t.desiredY = t.ends.empty() ? boxTop : sum / static_cast<qreal>(t.ends.size());
        if (t.kind == Kind::Pipe) {
            if (!t.stream.isEmpty()) {
                t.inletLeft = t.stream == QLatin1String("stdin"); // the parent writes stdin; the child the rest
            } else {
                const bool parentWrites = std::ranges::any_of(
                    t.ends, [](const Endpoint& e) { return e.side == Side::Parent && e.access != Access::Read; });
                t.inletLeft = parentWrites;
            }
        }
    }
    std::ranges::sort(targets, [](const Target& a, const Target& b) {
        return a.desiredY != b.desiredY ? a.desiredY < b.desiredY : a.order < b.order;
    });
    qreal nextFree = boxTop;
    const qreal middleCentre = (middleLeft + middleRight) / 2;
    for (Target& t : targets) {
        const qreal w = t.kind == Kind::Pipe ? pipeWidth : targetWidth;
        const qreal h = t.kind == Kind::Pipe ? pipeHeight : targetHeight;
        const qreal top = std::max(nextFree, t.desiredY - h / 2);
        t.rect = QRectF(middleCentre - w / 2, top, w, h);
        nextFree = t.rect.bottom() + nodeGap + DiagramLayout::pipeLabelRoom + 6; // room for an edge to go round
        if (t.kind == Kind::Pipe)
            nextFree += roomBelowPipes;
    }

    // Edges first, so nodes are drawn over their ends.
    QList<DiagramNode> edges;
    for (const Target& t : targets) {
        for (const Endpoint& e : t.ends) {
            const DiagramNode* socket = nullptr;
            for (const DiagramNode& n : out.nodes)
                if (n.kind == Kind::Socket && n.side == e.side && n.fd == e.fd && !n.crossed)
                    socket = &n;
            if (!socket)
                continue;
            const QPointF from = e.side == Side::Parent ? QPointF(socket->rect.right(), socket->rect.center().y())
                                                        : QPointF(socket->rect.left(), socket->rect.center().y());
            QPointF to;
            bool detour = false;
            if (t.kind == Kind::Pipe) {
                // Writers go into the inlet, readers come out of the outlet.
                const bool atInlet = e.access != Access::Read;
                const bool leftEnd = atInlet == t.inletLeft;
                to = leftEnd ? QPointF(t.rect.left(), t.rect.center().y())
                             : QPointF(t.rect.right(), t.rect.center().y());
                detour = (e.side == Side::Parent) != leftEnd;
            } else {
                to = e.side == Side::Parent ? QPointF(t.rect.left(), t.rect.center().y())
                                            : QPointF(t.rect.right(), t.rect.center().y());
            }
            DiagramNode edge;
            edge.kind = Kind::Edge;
            edge.side = e.side;
            edge.fd = e.fd;
            edge.key = QStringLiteral("edge:%1:%2:%3").arg(sideName(e.side)).arg(e.fd).arg(t.key);
            // A pipe's end labels sit above it, a live run's gauge below.
            const bool pipe = t.kind == Kind::Pipe;
            edge.path = edgePath(from, to, t.rect, detour, pipe ? DiagramLayout::pipeLabelRoom + 6 : 12,
                pipe ? 12 + roomBelowPipes : 12);
            edge.rect = edge.path.boundingRect();
            edge.color = DiagramLayout::streamColor(t.kind == Kind::Pipe ? t.stream : QString());
            edge.dashed = socket->dashed;
            edge.inode = t.inode;
            edge.subtitle = t.key;
            edges << edge;
        }
    }
    out.nodes = edges + out.nodes;

    for (const Target& t : targets) {
        DiagramNode n;
        n.kind = t.kind;
        n.key = t.key;
        n.rect = t.rect;
        n.title = t.title;
        n.subtitle = t.subtitle;
        n.detail = t.stream;
        n.inode = t.inode;
        n.inletLeft = t.inletLeft;
        n.color = DiagramLayout::streamColor(t.kind == Kind::Pipe ? t.stream : QString());
        out.nodes << n;
    }

    // Popen's six variables as they are now, in the seed's order, and what the line styles mean.
    qreal bottom = boxTop + boxHeight;
    for (const Target& t : targets)
        bottom = std::max(bottom, t.rect.bottom() + (t.kind == Kind::Pipe ? roomBelowPipes : 0));
    DiagramNode handles;
    handles.kind = Kind::Note;
    handles.key = QStringLiteral("note:handles");
    handles.rect = QRectF(0, bottom + 10, sceneWidth, 28);
    handles.title = pic.handlesNote;
    out.nodes << handles;
    DiagramNode legend;
    legend.kind = Kind::Note;
    legend.key = QStringLiteral("note:legend");
    legend.rect = QRectF(0, bottom + 40, sceneWidth, 24);
    legend.title = pic.legend;
    legend.subtitle = QStringLiteral("small");
    out.nodes << legend;
    out.bounds = QRectF(0, 0, sceneWidth, legend.rect.bottom() + 4);
    out.moves = pic.moves;
}

QString sixHandles(const QStringList& values)
{
    return QStringLiteral("(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite) = (%1)")
        .arg(values.join(QStringLiteral(", ")));
}

} // namespace

DiagramLayout DiagramLayout::build(const StepSnapshot& snapshot, const std::vector<Event>& events,
    const HandlePlan& plan, pid_t parentPid, const DiagramLayout* previous, qreal roomBelowPipes)
{
    DiagramLayout out;
    out.position = static_cast<int>(snapshot.position);
    const Names names = collectNames(snapshot, events);
    const bool forkedNow
        = std::ranges::any_of(snapshot.events, [](const Event& e) { return e.kind == EventKind::Forked; });
    const bool childGone = !snapshot.childFds && snapshot.childPid > 0;
    Picture pic;

    // Which pipe belongs to which stream: the parent's fd for a pipe handle, or for the error pipe, tells the inode.
    for (Handle h : allHandles) {
        const HandleOrigin origin = plan.handle(h).origin;
        if (origin != HandleOrigin::PipeRead && origin != HandleOrigin::PipeWrite)
            continue;
        if (const FdEntry* e = findFd(snapshot.parentFds, snapshot.handles[static_cast<size_t>(h)]);
            e && e->kind == FdKind::Pipe)
            pic.pipeStream.insert(e->inode, Describe::stream(handleStream(h)));
    }
    for (int fd : names.errpipe)
        if (const FdEntry* e = findFd(snapshot.parentFds, fd); e && e->kind == FdKind::Pipe)
            pic.pipeStream.insert(e->inode, QStringLiteral("errpipe"));
    // Once the parent has closed its ends, the child's still tell (the error pipe's write end until exec).
    if (snapshot.childFds)
        for (int fd : names.errpipe)
            if (const FdEntry* e = findFd(*snapshot.childFds, fd); e && e->kind == FdKind::Pipe)
                pic.pipeStream.insert(e->inode, QStringLiteral("errpipe"));

    // The caption: what just happened.
    const size_t total = plan.steps.size();
    if (snapshot.position == 0) {
        pic.caption = tr("Before Popen(): only the parent exists");
    } else if (snapshot.position <= total) {
        const Step& step = plan.steps[snapshot.position - 1];
        pic.caption = tr("Step %1 of %2 · %3: %4")
                          .arg(snapshot.position)
                          .arg(total)
                          .arg(Describe::actor(step.actor), Describe::stepCall(step, plan));
    }
    if (snapshot.error)
        pic.captionDetail = Describe::error(*snapshot.error);

    // The sockets of each process, in fd order, with what this step closed kept in place, crossed out.
    const auto rowsFor = [&](Side side, const FdTable& table, int* hidden) {
        std::vector<Row> rows;
        for (const FdEntry& e : table) {
            const bool relevant = side == Side::Parent || e.fd <= 2 || names.byFd.contains(e.fd);
            if (!relevant) {
                ++*hidden;
                continue;
            }
            Row row { .entry = e };
            row.title = QString::number(e.fd);
            const QString name = names.of(e.fd);
            if (e.fd <= 2) {
                row.subtitle = stdName(e.fd);
                if (side == Side::Child && names.childDup2.contains(e.fd))
                    row.detail = QStringLiteral("= ") + names.childDup2.value(e.fd);
                else if (!name.isEmpty())
                    row.detail = QStringLiteral("= ") + name;
            } else {
                row.subtitle = name.isEmpty() ? Describe::fdKind(e.kind) : name;
            }
            row.fromParent = side == Side::Child && forkedNow && findFd(snapshot.parentFds, e.fd);
            rows.push_back(row);
        }
        crossOutClosed(rows, side, previous);
        return rows;
    };

    int parentHidden = 0;
    int childHidden = 0;
    pic.parentRows = rowsFor(Side::Parent, snapshot.parentFds, &parentHidden);
    pic.parent = Box { .title = tr("Parent"), .subtitle = tr("pid %1").arg(parentPid) };
    if (parentHidden > 0)
        pic.parent.detail = tr("+ %n more fd(s), PipeScope's own", nullptr, parentHidden);
    if (snapshot.childFds || childGone) {
        if (snapshot.childFds)
            pic.childRows = rowsFor(Side::Child, *snapshot.childFds, &childHidden);
        pic.child = Box { .title = tr("Child"),
            .subtitle = childGone ? tr("pid %1 · gone").arg(snapshot.childPid) : tr("pid %1").arg(snapshot.childPid),
            .fromParent = forkedNow };
        if (childHidden > 0)
            pic.child->detail = tr("+ %n more fd(s), PipeScope's own", nullptr, childHidden);
    }

    QStringList values;
    for (Handle h : allHandles)
        values << QString::number(snapshot.handles[static_cast<size_t>(h)]);
    pic.handlesNote = sixHandles(values);
    pic.legend = tr("Dashed: close-on-exec, vanishes at exec. Pipes: bytes flow from the write end to the read end.");

    // Handle names that travel in this step.
    for (const Event& e : snapshot.events) {
        if ((e.kind == EventKind::ChildDup2 || e.kind == EventKind::ChildDuped) && e.fds.size() == 2)
            pic.moves << Move { socketKey(Side::Child, e.fds[0]), socketKey(Side::Child, e.fds[1]),
                names.of(e.fds[0]).isEmpty() ? QString::number(e.fds[0]) : names.of(e.fds[0]) };
    }
    place(out, pic, roomBelowPipes);
    out.hasChild = snapshot.childFds.has_value();
    return out;
}

namespace {

// The pipes of a Windows run up to a call, told from the calls that made them: Wine's handle table has no object
// addresses, so a pipe's two ends are the two handles one CreatePipe returned, and an inheritable copy belongs to
// the pipe of DuplicateHandle's source. Handle values are reused once closed: later calls overwrite earlier ones.
struct WindowsPipe
{
    std::uint64_t id = 0; // 1-3: the stdin/stdout/stderr pipe, 4-6: their dummy pipes, else windowsObject()
    QString stream; // empty: not a pipe of the run
};

// An object the run did not make, by the handle it was first seen as.
std::uint64_t windowsObject(const QString& handle)
{
    return 0x10000 + handle.toULongLong(nullptr, 16);
}

QHash<QString, WindowsPipe> windowsPipes(const WinRunRecord& record, int row)
{
    QHash<QString, WindowsPipe> pipes;
    for (int i = 0; i <= row && i < record.steps.size(); ++i) {
        const WinRunStep& step = record.steps[i];
        if (step.call == QLatin1String("CreatePipe") && step.handles.size() == 2) {
            const std::optional<Stream> stream = streamFromName(step.stream.toStdString());
            if (!stream)
                continue;
            const bool dummy = step.stepId.startsWith(QLatin1String("win.dummypipe."));
            const WindowsPipe pipe { static_cast<std::uint64_t>(static_cast<int>(*stream) + 1 + (dummy ? 3 : 0)),
                step.stream };
            pipes.insert(step.handles[0], pipe);
            pipes.insert(step.handles[1], pipe);
        } else if (step.call == QLatin1String("DuplicateHandle") && step.handles.size() == 2) {
            // A copy of a handle the run did not make (a standard handle made inheritable): the same object.
            pipes.insert(step.handles[1],
                pipes.value(step.handles[0], WindowsPipe { windowsObject(step.handles[0]), QString() }));
        }
    }
    return pipes;
}

// Which way a pipe handle moves bytes: from its role, else from its access mask (FILE_READ_DATA 0x1,
// FILE_WRITE_DATA 0x2).
Access windowsAccess(const WinHandleEntry& e)
{
    static const QStringList readers { QStringLiteral("p2cread"), QStringLiteral("c2pread"), QStringLiteral("errread"),
        QStringLiteral("pipe_read"), QStringLiteral("dummy_read") };
    static const QStringList writers { QStringLiteral("p2cwrite"), QStringLiteral("c2pwrite"),
        QStringLiteral("errwrite"), QStringLiteral("pipe_write"), QStringLiteral("dummy_write") };
    if (readers.contains(e.role))
        return Access::Read;
    if (writers.contains(e.role))
        return Access::Write;
    if (e.role == QLatin1String("std"))
        return e.stream == QLatin1String("stdin") ? Access::Read : Access::Write;
    const unsigned mask = e.access.toUInt(nullptr, 16);
    const bool reads = mask & 0x1;
    const bool writes = mask & 0x2;
    return reads && writes ? Access::ReadWrite : writes ? Access::Write : Access::Read;
}

// What a handle is called under the picture's socket: Popen's name when it has one.
QString windowsName(const WinHandleEntry& e)
{
    const QString& r = e.role;
    static const QStringList six { QStringLiteral("p2cread"), QStringLiteral("p2cwrite"), QStringLiteral("c2pread"),
        QStringLiteral("c2pwrite"), QStringLiteral("errread"), QStringLiteral("errwrite") };
    if (six.contains(r))
        return r;
    const std::optional<Stream> stream = streamFromName(e.stream.toStdString());
    if ((r == QLatin1String("pipe_read") || r == QLatin1String("pipe_write")) && stream)
        return DiagramLayout::tr("%1, not inheritable").arg(Describe::handle(childHandle(*stream)));
    if (r.startsWith(QLatin1String("dummy")))
        return DiagramLayout::tr("dummy %1 pipe").arg(e.stream);
    if (r == QLatin1String("std"))
        return DiagramLayout::tr("own %1").arg(e.stream);
    if (r == QLatin1String("inherited"))
        return DiagramLayout::tr("inherited");
    return e.fileType.isEmpty() ? e.type : e.fileType;
}

} // namespace

DiagramLayout DiagramLayout::buildWindows(const WinRunRecord& record, int row, const DiagramLayout* previous)
{
    DiagramLayout out;
    out.windows = true;
    out.position = row + 1;
    const WinRunStep* step = row >= 0 && row < record.steps.size() ? &record.steps[row] : nullptr;
    Picture pic;

    if (!step) {
        pic.caption = tr("Before Popen(): only the parent exists");
    } else {
        pic.caption
            = tr("Win32 call %1 of %2: %3").arg(row + 1).arg(record.steps.size()).arg(WineText::callCode(*step));
        if (step->call == QLatin1String("DuplicateHandle"))
            pic.captionDetail
                = tr("_make_inheritable: a copy made with bInheritHandle=TRUE, which the child can inherit.");
        else if (step->call == QLatin1String("CreateProcessW"))
            pic.captionDetail = tr("The child is suspended: the handles drawn in it are what it inherited.");
        else if (step->call == QLatin1String("ResumeThread"))
            pic.captionDetail = tr("The child runs: its standard handles are the ones STARTUPINFO named.");
        if (!record.errorCall.isEmpty() && row == record.steps.size() - 1)
            pic.captionDetail
                = tr("%1 failed: error %2 %3").arg(record.errorCall).arg(record.winError).arg(record.winErrorName);
    }

    const QHash<QString, WindowsPipe> pipes = windowsPipes(record, row);
    // Files only (pipes, consoles, disk files): the rest (events, keys, threads...) is counted at the box's foot.
    const auto rowsFor = [&](Side side, const QList<WinHandleEntry>& table, int* hidden) {
        std::vector<Row> rows;
        for (const WinHandleEntry& e : table) {
            // Files the run made or named: the rest (events, keys, threads, the process's own files such as its
            // current folder) is counted at the box's foot.
            const bool stdHandle = side == Side::Child
                && std::ranges::find(record.childStdHandles, e.handle) != record.childStdHandles.cend();
            if (e.type != QLatin1String("File") || (e.role.isEmpty() && !stdHandle)) {
                ++*hidden;
                continue;
            }
            Row r;
            r.entry.fd = static_cast<int>(e.handle.toUInt(nullptr, 16));
            r.entry.cloexec = !e.inherit; // drawn dashed: CreateProcessW does not copy it
            r.entry.access = windowsAccess(e);
            r.title = e.handle;
            r.subtitle = windowsName(e);
            // What the handle refers to; in the child only what it inherited is the parent's, its own handles may
            // have any value.
            const auto made = pipes.constFind(e.handle);
            const bool known = made != pipes.cend() && (side == Side::Parent || !e.role.isEmpty());
            const std::uint64_t object = known ? made->id
                : side == Side::Parent         ? windowsObject(e.handle)
                                               : windowsObject(e.handle) + 0x10000; // the child's own
            const QString objectKey = QString::number(object, 16);
            if (e.fileType == QLatin1String("pipe")) {
                r.entry.kind = FdKind::Pipe;
                r.entry.inode = object;
                if (known && !made->stream.isEmpty()) {
                    pic.pipeStream.insert(object, made->stream);
                    r.targetTitle
                        = object > 3 ? tr("dummy %1 pipe").arg(made->stream) : tr("%1 pipe").arg(made->stream);
                    r.targetSubtitle = QStringLiteral("CreatePipe");
                } else {
                    r.targetSubtitle = tr("not made by this run");
                }
            } else if (e.fileType == QLatin1String("char")) {
                r.entry.kind = FdKind::Tty;
                r.entry.target = "char:" + objectKey.toStdString();
                r.targetTitle = tr("console or NUL");
                r.targetSubtitle = tr("a character device");
            } else if (e.fileType == QLatin1String("disk")) {
                r.entry.kind = FdKind::File;
                r.entry.target = "disk:" + objectKey.toStdString();
                r.targetTitle = tr("a file");
                r.targetSubtitle = tr("a disk file");
            } else {
                r.entry.kind = FdKind::Other;
                r.entry.target = "file:" + objectKey.toStdString();
                r.targetTitle = e.fileType.isEmpty() ? e.type : e.fileType;
            }
            if (side == Side::Child) {
                QStringList std;
                for (auto it = record.childStdHandles.cbegin(); it != record.childStdHandles.cend(); ++it)
                    if (it.value() == e.handle)
                        std << it.key();
                if (!std.isEmpty())
                    r.detail = QStringLiteral("= ") + std.join(QStringLiteral(" = "));
                r.fromParent = step && step->call == QLatin1String("CreateProcessW") && !e.role.isEmpty();
            }
            rows.push_back(r);
        }
        crossOutClosed(rows, side, previous);
        return rows;
    };

    const QList<WinHandleEntry>* parentTable = step && step->parentTable ? &*step->parentTable
        : !step && record.parentTableBefore                              ? &*record.parentTableBefore
                                                                         : nullptr;
    int parentHidden = 0;
    if (parentTable)
        pic.parentRows = rowsFor(Side::Parent, *parentTable, &parentHidden);
    pic.parent = Box { .title = tr("Parent"), .subtitle = record.platform };
    if (parentHidden > 0)
        pic.parent.detail = tr("+ %n other handle(s)", nullptr, parentHidden);
    if (step && step->childTable) {
        int childHidden = 0;
        pic.childRows = rowsFor(Side::Child, *step->childTable, &childHidden);
        const bool running = std::ranges::any_of(record.steps.begin(), record.steps.begin() + row + 1,
            [](const WinRunStep& s) { return s.call == QLatin1String("ResumeThread"); });
        pic.child = Box { .title = tr("Child"),
            .subtitle = running ? tr("running") : tr("suspended"),
            .detail = tr("pid %1 · %n other handle(s)", nullptr, childHidden).arg(record.childPid),
            .fromParent = step->call == QLatin1String("CreateProcessW") };
        out.hasChild = true;
    }

    QStringList values;
    for (Handle h : allHandles)
        values << record.popen.value(Describe::handle(h), QStringLiteral("None"));
    if (!record.popen.isEmpty()) // a failed run has no Popen object to hold them
        pic.handlesNote = sixHandles(values);
    pic.legend = tr("Dashed: not inheritable. Pipes: bytes flow from the write end to the read end.");

    // DuplicateHandle: the child's handle name moves to the inheritable copy.
    if (step && step->call == QLatin1String("DuplicateHandle") && step->handles.size() == 2) {
        const auto fd = [](const QString& h) { return static_cast<int>(h.toUInt(nullptr, 16)); };
        const std::optional<Stream> stream = streamFromName(step->stream.toStdString());
        pic.moves << Move { socketKey(Side::Parent, fd(step->handles[0])),
            socketKey(Side::Parent, fd(step->handles[1])),
            stream ? Describe::handle(childHandle(*stream)) : step->handles[1] };
    }
    place(out, pic, 0);
    return out;
}

QString DiagramLayout::spokenState() const
{
    QStringList out;
    for (const DiagramNode& n : nodes)
        if (n.kind == Kind::Caption)
            out << (n.subtitle.isEmpty() ? n.title : n.title + QStringLiteral(". ") + n.subtitle) + QLatin1Char('.');
    const auto who = [this](const DiagramNode& socket) {
        const QString fd = windows
            ? (socket.side == Side::Parent ? tr("Parent handle %1") : tr("Child handle %1")).arg(socket.title)
            : (socket.side == Side::Parent ? tr("Parent fd %1") : tr("Child fd %1")).arg(socket.fd);
        return socket.subtitle.isEmpty() ? fd : QStringLiteral("%1 (%2)").arg(fd, socket.subtitle);
    };
    for (const DiagramNode& socket : nodes) {
        if (socket.kind != Kind::Socket)
            continue;
        if (socket.crossed) {
            out << tr("%1 was just closed.").arg(who(socket));
            continue;
        }
        const DiagramNode* target = node(socket.target);
        if (!target)
            continue;
        if (target->kind != Kind::Pipe) {
            out << tr("%1 refers to %2.").arg(who(socket), target->title);
            continue;
        }
        // The other end as the other process holds it: what connects the two.
        QStringList others;
        for (const DiagramNode& other : nodes)
            if (other.kind == Kind::Socket && !other.crossed && other.side != socket.side && other.target == target->key
                && other.writes != socket.writes)
                others << other.title;
        const QString other = others.join(QStringLiteral(", "));
        if (windows && !others.isEmpty())
            out << (socket.writes
                    ? tr("%1 is the write end of the %2; the other process holds the read end as handle %3.")
                    : tr("%1 is the read end of the %2; the other process holds the write end as handle %3."))
                       .arg(who(socket), target->title, other);
        else if (socket.side == Side::Child && !others.isEmpty())
            out << (socket.writes ? tr("%1 is the write end of the %2; the parent holds the read end as fd %3.")
                                  : tr("%1 is the read end of the %2; the parent holds the write end as fd %3."))
                       .arg(who(socket), target->title, other);
        else if (socket.side == Side::Parent && !others.isEmpty())
            out << (socket.writes ? tr("%1 is the write end of the %2; the child holds the read end as fd %3.")
                                  : tr("%1 is the read end of the %2; the child holds the write end as fd %3."))
                       .arg(who(socket), target->title, other);
        else
            out << (socket.writes ? tr("%1 is the write end of the %2.") : tr("%1 is the read end of the %2."))
                       .arg(who(socket), target->title);
    }
    return out.join(QLatin1Char(' '));
}
