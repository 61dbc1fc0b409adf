// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fifo/fiforun.h"

#include <QColor>
#include <QGraphicsView>
#include <QList>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

// N writers → FIFO → reader: one box per writer process, the FIFO with its fill, the reader, and a packet for
// every fragment the reader took out of the stream, in its writer's colour (outlined red when the record it
// belongs to was split by another writer's bytes).
class NamedPipesDiagram : public QGraphicsView
{
    Q_OBJECT
public:
    explicit NamedPipesDiagram(QWidget* parent = nullptr);
    ~NamedPipesDiagram() override;

    // Lays the scene out again for a run of this many writers (1..kFifoMaxWriters) and clears the packets.
    void setWriters(int writers, std::uint32_t recordSize);
    // Pids, states and the FIFO's fill from a sample; fragments the diagram has not shown yet become packets.
    void showSnapshot(const pipescope::FifoRunSnapshot& snapshot, const QString& fifoPath);
    // Moves every packet; called once per frame.
    void advance(double seconds);
    int writerCount() const { return static_cast<int>(m_writers.size()); }
    int packetsInFlight() const { return static_cast<int>(m_packets.size()); }
    // Fragments turned into packets since setWriters().
    qint64 packetsLaunched() const { return m_launched; }
    static QColor writerColor(int id, int writers);
    // Draws it again in the colours now current (DiagramTheme), saying the same; packets in flight are dropped.
    void redraw();
    // Whether the reader is flashing now for a record another writer's bytes split (shown beside it too).
    bool flashing() const { return m_flash > 0; }

    // The reassembly above the reader, per writer: its records put back together so far, and the newest record the
    // reader has pieces of — how much of it arrived, in how many pieces (more than one: another writer's bytes came
    // between them).
    struct Reassembly
    {
        std::int64_t records = 0; // complete records of this writer
        std::uint32_t seq = 0; // the newest record seen
        std::uint32_t blocksArrived = 0; // of it
        int pieces = 0; // fragments of it seen (0: none yet)
        bool whole() const { return pieces == 1; }
    };
    const std::vector<Reassembly>& reassembly() const { return m_reassembly; }
    // How many writers the shelf has a lane of (the rest are summed up in one line).
    int reassemblyLanes() const { return static_cast<int>(m_lanes.size()); }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct WriterBox
    {
        QGraphicsPathItem* box = nullptr;
        QGraphicsSimpleTextItem* label = nullptr;
        QPointF out;
        double height = 0;
    };
    struct Packet
    {
        QGraphicsRectItem* item = nullptr;
        QPointF from;
        double t = 0;
        bool split = false; // a piece of a record that another writer's bytes split
    };

    // One writer's lane on the reassembly shelf: its colour, the newest record as a bar of the pieces that arrived,
    // and the count of records put back together.
    struct Lane
    {
        QGraphicsSimpleTextItem* text = nullptr;
        QGraphicsRectItem* bar = nullptr;
        std::vector<QGraphicsRectItem*> pieces;
    };

    QPointF along(const Packet& p) const;
    void layOutShelf();
    void showShelf();
    // The labels, from the last snapshot shown (or the layout's own names before any); said again on a language
    // change.
    void showTexts();

    QGraphicsScene* m_scene = nullptr;
    std::vector<WriterBox> m_writers;
    QGraphicsPathItem* m_fifo = nullptr;
    QGraphicsRectItem* m_fill = nullptr;
    QGraphicsSimpleTextItem* m_fifoLabel = nullptr;
    QGraphicsSimpleTextItem* m_fillLabel = nullptr;
    QGraphicsPathItem* m_reader = nullptr;
    QGraphicsSimpleTextItem* m_readerLabel = nullptr;
    QGraphicsSimpleTextItem* m_splitLabel = nullptr;
    double m_flash = 0; // seconds the reader still flashes for a split record
    std::uint32_t m_recordSize = 512;
    QPointF m_fifoIn;
    QPointF m_fifoOut;
    QPointF m_readerIn;
    QRectF m_fifoRect;
    std::vector<Packet> m_packets;
    std::int64_t m_lastOffset = -1; // stream offset of the newest fragment turned into a packet
    std::uint32_t m_blocksPerRecord = 1;
    qint64 m_launched = 0;
    // What the labels say comes from: the last snapshot without its fragments, and the FIFO's path.
    std::optional<pipescope::FifoRunSnapshot> m_shown;
    QString m_shownPath;
    std::vector<Reassembly> m_reassembly; // by writer
    // The pieces of each writer's newest record seen: (first block, blocks).
    std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> m_newestPieces;
    std::vector<Lane> m_lanes;
    QGraphicsSimpleTextItem* m_shelfTitle = nullptr;
    QGraphicsSimpleTextItem* m_shelfMore = nullptr;
};
