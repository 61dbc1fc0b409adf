// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/diagramlayout.h"

#include "diagram/diagramtheme.h"

#include "text/describe.h"

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

DiagramLayout DiagramLayout::build(const StepSnapshot& snapshot, const std::vector<Event>& events,
    const HandlePlan& plan, pid_t parentPid, const DiagramLayout* previous, qreal roomBelowPipes)
{
    DiagramLayout out;
    out.position = static_cast<int>(snapshot.position);
    const Names names = collectNames(snapshot, events);
    const bool forkedNow
        = std::ranges::any_of(snapshot.events, [](const Event& e) { return e.kind == EventKind::Forked; });
    out.hasChild = snapshot.childFds.has_value();
    const bool childGone = !out.hasChild && snapshot.childPid > 0;

    // Which pipe belongs to which stream: the parent's fd for a pipe handle, or for the error pipe, tells the inode.
    QHash<std::uint64_t, QString> pipeStream;
    for (Handle h : allHandles) {
        const HandleOrigin origin = plan.handle(h).origin;
        if (origin != HandleOrigin::PipeRead && origin != HandleOrigin::PipeWrite)
            continue;
        if (const FdEntry* e = findFd(snapshot.parentFds, snapshot.handles[static_cast<size_t>(h)]);
            e && e->kind == FdKind::Pipe)
            pipeStream.insert(e->inode, Describe::stream(handleStream(h)));
    }
    for (int fd : names.errpipe)
        if (const FdEntry* e = findFd(snapshot.parentFds, fd); e && e->kind == FdKind::Pipe)
            pipeStream.insert(e->inode, QStringLiteral("errpipe"));
    // Once the parent has closed its ends, the child's still tell (the error pipe's write end until exec).
    if (snapshot.childFds)
        for (int fd : names.errpipe)
            if (const FdEntry* e = findFd(*snapshot.childFds, fd); e && e->kind == FdKind::Pipe)
                pipeStream.insert(e->inode, QStringLiteral("errpipe"));

    // The caption: what just happened.
    {
        DiagramNode caption;
        caption.kind = Kind::Caption;
        caption.key = QStringLiteral("caption");
        caption.rect = QRectF(0, 0, sceneWidth, 48);
        const size_t total = plan.steps.size();
        if (snapshot.position == 0) {
            caption.title = tr("Before Popen(): only the parent exists");
        } else if (snapshot.position <= total) {
            const Step& step = plan.steps[snapshot.position - 1];
            caption.title = tr("Step %1 of %2 · %3: %4")
                                .arg(snapshot.position)
                                .arg(total)
                                .arg(Describe::actor(step.actor), Describe::stepCall(step, plan));
        }
        if (snapshot.error)
            caption.subtitle = Describe::error(*snapshot.error);
        out.nodes << caption;
    }

    // The sockets of each process, in fd order, with what this step closed kept in place, crossed out.
    struct Row
    {
        FdEntry entry;
        bool crossed = false;
        QString title, subtitle;
    };
    const auto rowsFor = [&](Side side, const FdTable& table, int* hidden) {
        std::vector<Row> rows;
        for (const FdEntry& e : table) {
            const bool relevant = side == Side::Parent || e.fd <= 2 || names.byFd.contains(e.fd);
            if (!relevant) {
                ++*hidden;
                continue;
            }
            rows.push_back(Row { .entry = e });
        }
        if (previous) {
            for (const DiagramNode& n : previous->nodes) {
                if (n.kind != Kind::Socket || n.side != side || n.crossed)
                    continue;
                if (findFd(table, n.fd))
                    continue;
                Row gone;
                gone.entry.fd = n.fd;
                gone.crossed = true;
                gone.title = n.title;
                gone.subtitle = n.subtitle;
                rows.push_back(gone);
            }
        }
        std::ranges::sort(rows, {}, [](const Row& r) { return r.entry.fd; });
        return rows;
    };

    int parentHidden = 0;
    int childHidden = 0;
    const std::vector<Row> parentRows = rowsFor(Side::Parent, snapshot.parentFds, &parentHidden);
    const std::vector<Row> childRows
        = snapshot.childFds ? rowsFor(Side::Child, *snapshot.childFds, &childHidden) : std::vector<Row> {};
    const size_t rowCount = std::max<size_t>({ parentRows.size(), childRows.size(), 3 });
    const qreal boxHeight = boxHeader + static_cast<qreal>(rowCount) * rowHeight + 30;

    std::vector<Target> targets;
    QHash<QString, size_t> targetIndex;
    const auto targetFor = [&](const FdEntry& e) -> Target& {
        const QString key = targetKey(e);
        if (auto it = targetIndex.find(key); it != targetIndex.end())
            return targets[*it];
        Target t;
        t.key = key;
        t.inode = e.inode;
        switch (e.kind) {
        case FdKind::Pipe:
            t.kind = Kind::Pipe;
            t.stream = pipeStream.value(e.inode);
            t.title = t.stream.isEmpty()               ? tr("pipe to the outside")
                : t.stream == QLatin1String("errpipe") ? QStringLiteral("errpipe")
                                                       : tr("%1 pipe").arg(t.stream);
            t.subtitle = QString::fromStdString(e.target);
            t.order = streamOrder(t.stream);
            break;
        case FdKind::Tty:
            t.kind = Kind::Terminal;
            t.title = tr("terminal");
            t.subtitle = QString::fromStdString(e.target);
            t.order = 20;
            break;
        case FdKind::DevNull:
            t.kind = Kind::DevNull;
            t.title = QStringLiteral("/dev/null");
            t.subtitle = tr("reads: EOF · writes: discarded");
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
        targets.push_back(t);
        targetIndex.insert(key, targets.size() - 1);
        return targets.back();
    };

    const auto addProcess = [&](Side side, const std::vector<Row>& rows, int hidden) {
        const qreal left = side == Side::Parent ? parentLeft : childLeft;
        DiagramNode box;
        box.kind = Kind::Process;
        box.side = side;
        box.key = QStringLiteral("process:") + sideName(side);
        box.rect = QRectF(left, boxTop, boxWidth, boxHeight);
        box.title = side == Side::Parent ? tr("Parent") : tr("Child");
        if (side == Side::Parent)
            box.subtitle = tr("pid %1").arg(parentPid);
        else
            box.subtitle = childGone ? tr("pid %1 · gone").arg(snapshot.childPid) : tr("pid %1").arg(snapshot.childPid);
        if (hidden > 0)
            box.detail = tr("+ %n more fd(s), PipeScope's own", nullptr, hidden);
        if (side == Side::Child && forkedNow)
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
            if (row.crossed) {
                s.title = row.title;
                s.subtitle = row.subtitle;
                s.detail = tr("closed");
            } else {
                s.title = QString::number(row.entry.fd);
                const QString name = names.of(row.entry.fd);
                if (row.entry.fd <= 2) {
                    s.subtitle = stdName(row.entry.fd);
                    if (side == Side::Child && names.childDup2.contains(row.entry.fd))
                        s.detail = QStringLiteral("= ") + names.childDup2.value(row.entry.fd);
                    else if (!name.isEmpty())
                        s.detail = QStringLiteral("= ") + name;
                } else {
                    s.subtitle = name.isEmpty() ? Describe::fdKind(row.entry.kind) : name;
                }

                s.dashed = row.entry.cloexec;
                s.inode = row.entry.inode;
                s.color = DiagramLayout::streamColor(
                    row.entry.kind == FdKind::Pipe ? pipeStream.value(row.entry.inode) : QString());
                if (side == Side::Child && forkedNow && findFd(snapshot.parentFds, row.entry.fd))
                    s.fromKey = socketKey(Side::Parent, row.entry.fd);
                Target& t = targetFor(row.entry);
                t.ends.push_back(Endpoint { side, row.entry.fd, row.entry.access, s.rect.center().y() });
                s.target = t.key;
                s.writes = row.entry.access != Access::Read;
            }
            out.nodes << s;
        }
    };
    addProcess(Side::Parent, parentRows, parentHidden);
    if (snapshot.childFds || childGone)
        addProcess(Side::Child, childRows, childHidden);

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
        nextFree = t.rect.bottom() + nodeGap + pipeLabelRoom + 6; // room for an edge to go round
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
            edge.path
                = edgePath(from, to, t.rect, detour, pipe ? pipeLabelRoom + 6 : 12, pipe ? 12 + roomBelowPipes : 12);
            edge.rect = edge.path.boundingRect();
            edge.color = t.kind == Kind::Pipe ? streamColor(t.stream) : streamColor(QString());
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
        n.color = t.kind == Kind::Pipe ? streamColor(t.stream) : streamColor(QString());
        out.nodes << n;
    }

    // Popen's six variables as they are now, in the seed's order, and what the line styles mean.
    qreal bottom = boxTop + boxHeight;
    for (const Target& t : targets)
        bottom = std::max(bottom, t.rect.bottom() + (t.kind == Kind::Pipe ? roomBelowPipes : 0));
    {
        QStringList values;
        for (Handle h : allHandles)
            values << QString::number(snapshot.handles[static_cast<size_t>(h)]);
        DiagramNode handles;
        handles.kind = Kind::Note;
        handles.key = QStringLiteral("note:handles");
        handles.rect = QRectF(0, bottom + 10, sceneWidth, 28);
        handles.title = QStringLiteral("(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite) = (%1)")
                            .arg(values.join(QStringLiteral(", ")));
        out.nodes << handles;
        DiagramNode legend;
        legend.kind = Kind::Note;
        legend.key = QStringLiteral("note:legend");
        legend.rect = QRectF(0, bottom + 40, sceneWidth, 24);
        legend.title = tr("Dashed: close-on-exec, vanishes at exec. Pipes: bytes flow from the write end to the read "
                          "end.");
        legend.subtitle = QStringLiteral("small");
        out.nodes << legend;
        out.bounds = QRectF(0, 0, sceneWidth, legend.rect.bottom() + 4);
    }

    // Handle names that travel in this step.
    for (const Event& e : snapshot.events) {
        if ((e.kind == EventKind::ChildDup2 || e.kind == EventKind::ChildDuped) && e.fds.size() == 2)
            out.moves << Move { socketKey(Side::Child, e.fds[0]), socketKey(Side::Child, e.fds[1]),
                names.of(e.fds[0]).isEmpty() ? QString::number(e.fds[0]) : names.of(e.fds[0]) };
    }
    return out;
}

QString DiagramLayout::spokenState() const
{
    QStringList out;
    for (const DiagramNode& n : nodes)
        if (n.kind == Kind::Caption)
            out << (n.subtitle.isEmpty() ? n.title : n.title + QStringLiteral(". ") + n.subtitle) + QLatin1Char('.');
    const auto who = [](const DiagramNode& socket) {
        const QString fd
            = socket.side == Side::Parent ? tr("Parent fd %1").arg(socket.fd) : tr("Child fd %1").arg(socket.fd);
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
                others << QString::number(other.fd);
        const QString other = others.join(QStringLiteral(", "));
        if (socket.side == Side::Child && !others.isEmpty())
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
