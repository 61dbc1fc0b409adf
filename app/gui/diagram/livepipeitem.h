// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagram/diagramlayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>
#include <QStringList>

#include <algorithm>

// What one pipe of a live run shows on the diagram, from the pump's latest sample.
struct LivePipeState
{
    bool hasFill = false; // measured through an end the parent still holds
    qint64 fillBytes = 0; // FIONREAD
    qint64 fillCapacity = 0; // F_GETPIPE_SZ
    double bytesPerSecond = 0; // through the parent's end
    QString blockedWriter; // "write(1) blocked: pipe full", empty when the writer is not blocked on this pipe
    QString blockedReader; // "read(0) blocked: pipe empty"
    bool eof = false; // its reader got (stdout/stderr) or will get (stdin, closed by the parent) end-of-file
    bool brokenPipe = false; // the parent's write failed with EPIPE: nobody reads it any more

    bool full() const { return hasFill && fillCapacity > 0 && fillBytes >= fillCapacity; }
    double fillRatio() const
    {
        return hasFill && fillCapacity > 0
            ? std::min(1.0, static_cast<double>(fillBytes) / static_cast<double>(fillCapacity))
            : 0.0;
    }
};

// Drawn over a pipe of the diagram during a live run: its fill level (the unread bytes, queued at the read end),
// packets travelling from the write end to the read end at a speed and density that grow with log(bytes/s), a stop
// bar and the reason at a blocked end, and EOF / EPIPE. One item per pipe that paints every packet itself: the
// number of packets is bounded and nothing is allocated per byte.
class LivePipeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(LivePipeItem)
public:
    static constexpr int maxPackets = 10;
    // The height of a line of labels below the pipe (text of DiagramLayout::smallestText), and the room two of them
    // take, in scene units.
    static constexpr qreal labelLine = 22;
    static constexpr qreal labelRoom = 2 * labelLine + 8;
    // How far the labels reach out beside the tube, on each side.
    static constexpr qreal labelOverhang = 20;

    explicit LivePipeItem(QGraphicsItem* parent = nullptr);
    ~LivePipeItem() override;

    // The pipe's tube in scene coordinates, where its write end is, and its colour.
    void setGeometry(const QRectF& tube, bool inletLeft, const QColor& color);
    void setState(const LivePipeState& state);
    const LivePipeState& state() const { return m_state; }
    // Moving packets or none (animations off: the gauge and the labels still follow the samples).
    void setAnimated(bool animated);
    // Moves the packets on by this many seconds of the run.
    void advance(double seconds);
    // How many packets are travelling now: 0 when nothing flows or animations are off.
    int packetCount() const;

    // How many packets, and how many pipe lengths per second, for a rate: both log-scaled, so 10 B/s and 1 GiB/s
    // differ visibly and neither is lost.
    static int packetsFor(double bytesPerSecond);
    static double speedFor(double bytesPerSecond);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString gaugeText() const;

    QSizeF m_size;
    bool m_inletLeft = true;
    QColor m_color;
    LivePipeState m_state;
    bool m_animated = true;
    double m_phase = 0; // 0..1: where the first packet is between the write end and the read end
};
