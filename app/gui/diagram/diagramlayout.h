// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "popen/plan.h"
#include "popen/stepper.h"

#include "bridge/winerun.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSet>
#include <QString>

#include <cstdint>
#include <sys/types.h>
#include <vector>

// One shape of the Parent/Child diagram. Keys are stable from one step to the next ("socket:child:0",
// "pipe:1234"), so the scene can animate what moved, appeared or vanished.
struct DiagramNode
{
    enum class Kind {
        Caption, // the step just done, across the top
        Process, // the Parent or the Child box
        Socket, // one fd of a process, labelled with its real number and its Popen name
        Pipe, // one pipe (one inode), with its inlet (write end) and outlet (read end)
        Terminal, // a tty: what None inherits when PipeScope runs in a terminal
        DevNull, // the /dev/null sink
        File, // a document
        Other, // a socket, an anonymous inode, a pipe whose other end is outside PipeScope...
        Note, // small print: fds not shown, the six handle variables
        Edge, // an fd wired to what it refers to
        Token, // a handle name travelling during a dup2 (only during the animation)
    };
    enum class Side { None, Parent, Child };

    Kind kind = Kind::Note;
    QString key;
    Side side = Side::None;
    QRectF rect; // Edge: the path's bounds
    QString title; // Socket: "5"; Process: "Parent"; Pipe: "stdin pipe"
    QString subtitle; // Socket: "p2cread"; Process: "pid 123"; Pipe: "pipe:[4567]"
    QString detail; // Socket: "= p2cread" after a dup2; Process: a note at its foot
    QColor color;
    QPainterPath path; // Edge
    bool crossed = false; // closed in the step just done: drawn crossed out
    bool inletLeft = true; // Pipe: where the write end is
    bool dashed = false; // Edge: a child's copy before exec that will vanish at exec (close-on-exec)
    int fd = -1;
    std::uint64_t inode = 0;
    QString fromKey; // where it comes from in the previous picture (fork: the parent's socket with the same fd)
    QString target; // Socket: the key of the node it is wired to
    bool writes = false; // Socket: open for writing (at a pipe: its write end)
};

struct DiagramLayout
{
    Q_DECLARE_TR_FUNCTIONS(DiagramLayout)
public:
    QList<DiagramNode> nodes; // drawn in this order (edges first)
    QRectF bounds;
    int position = 0;
    bool hasChild = false;
    bool windows = false; // a Windows run: sockets are HANDLE values (DiagramNode::fd holds the value)

    // Handle names travelling in the step just done: (from socket key, to socket key, label).
    struct Move
    {
        QString from;
        QString to;
        QString label;
    };
    QList<Move> moves;

    const DiagramNode* node(const QString& key) const;
    QStringList keys() const;
    // The picture in words, for a screen reader: the step, then every fd shown and what it refers to ("Child fd 1
    // (stdout) is the write end of the stdout pipe; the parent holds the read end as fd 14.").
    QString spokenState() const;

    // Only real data goes in: the snapshot's tables, handles and pid, and the session's events.
    // previous: the picture before this step, so what the step closed can be shown crossed out; nullptr when
    // the snapshot does not follow it by exactly one step. roomBelowPipes: extra space under each pipe, for the
    // labels of a live run.
    static DiagramLayout build(const pipescope::StepSnapshot& snapshot, const std::vector<pipescope::Event>& events,
        const pipescope::HandlePlan& plan, pid_t parentPid, const DiagramLayout* previous = nullptr,
        qreal roomBelowPipes = 0);

    // A run of Popen's Windows branch under Wine, after its call row (0-based; -1: before the first call): the same
    // picture with HANDLE values for fds, from the parent's and the child's real handle tables (the files and pipes
    // the run made or named, and the child's standard handles; the rest counted), pipes told from the calls that
    // made them. previous: the picture of row - 1.
    static DiagramLayout buildWindows(const WinRunRecord& record, int row, const DiagramLayout* previous = nullptr);

    // The child's fds that belong to this session (0-2, the handles, the error pipe, its dup()s); hidden counts
    // the rest, copies of PipeScope's own fds (Qt's event fds, the display connection...) until close_fds.
    static pipescope::FdTable childSessionFds(
        const pipescope::StepSnapshot& snapshot, const std::vector<pipescope::Event>& events, int* hidden = nullptr);

    // Text sizes in scene units. No text of the diagram is smaller than smallestText: at 1280x720 the compact
    // layout draws the 1000-unit-wide scene at about 0.8, so the smallest text is 14 pixels or more.
    static constexpr qreal smallestText = 18;
    // A font of that many scene units (never under smallestText), as every diagram text is drawn.
    static QFont sceneFont(qreal pixels, bool bold = false);
    // The height above a pipe where its "write end" and "read end" labels go.
    static constexpr qreal pipeLabelRoom = 24;

    // The stream's colour in the current theme (DiagramTheme::current()).
    static QColor streamColor(const QString& stream);
};
