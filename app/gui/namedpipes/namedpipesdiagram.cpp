// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/namedpipesdiagram.h"

#include "diagram/diagramlayout.h"
#include "diagram/diagramtheme.h"
#include "text/describe.h"

#include <QBrush>
#include <QEvent>
#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>
#include <QResizeEvent>

#include <algorithm>

using namespace pipescope;

namespace {

// Scene units, drawn to fit the view as the main diagram is; no text under DiagramLayout::smallestText.
constexpr double kSceneWidth = 1000;
constexpr double kSceneHeight = 470;
constexpr double kWriterWidth = 230;
constexpr double kFifoLeft = 360;
constexpr double kFifoRight = 700;
constexpr double kFifoHeight = 64;
constexpr double kReaderLeft = 780;
constexpr double kReaderHeight = 130;
constexpr double kTitlePixels = 22;
constexpr double kFlashSeconds = 0.6; // how long the reader flashes when a record arrives split
constexpr double kPacketSeconds = 1.2; // a packet's trip from its writer to the reader
constexpr int kLaunchPerFrame = 4; // at full speed thousands of fragments a second arrive: show a sample
constexpr int kMaxPackets = 80;
// The part of a packet's trip spent on each leg: writer → FIFO, through the FIFO, FIFO → reader.
constexpr double kLegIn = 0.35;
constexpr double kLegThrough = 0.8;
// The reassembly shelf above the reader: a title, then a lane per writer (at most kShelfLanes; one more line sums up
// the rest).
constexpr double kShelfLeft = 720;
constexpr double kShelfTop = 6;
constexpr double kLaneHeight = 26;
constexpr int kShelfLanes = 4;
constexpr double kBarLeft = kShelfLeft + 120;
constexpr double kBarWidth = kSceneWidth - kBarLeft - 4;

QPainterPath rounded(const QRectF& r, double radius)
{
    QPainterPath p;
    p.addRoundedRect(r, radius, radius);
    return p;
}

QPointF lerp(QPointF a, QPointF b, double t)
{
    return a + (b - a) * t;
}

QString writerState(const FifoWriterStatus& w, FifoRunPhase phase)
{
    if (w.exit) {
        if (w.exit->signaled)
            return NamedPipesDiagram::tr("killed by %1").arg(Describe::signalText(w.exit->code));
        return NamedPipesDiagram::tr("exit %1").arg(w.exit->code);
    }
    if (w.pid <= 0)
        return NamedPipesDiagram::tr("not started");
    if (!w.openedFifo)
        return NamedPipesDiagram::tr("in open(O_WRONLY)");
    if (phase < FifoRunPhase::Running)
        return NamedPipesDiagram::tr("stopped after open");
    return NamedPipesDiagram::tr("writing");
}

} // namespace

NamedPipesDiagram::NamedPipesDiagram(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("namedPipesDiagram"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumSize(360, 200);
    m_scene->setSceneRect(0, 0, kSceneWidth, kSceneHeight);
    setWriters(4, 512);
}

NamedPipesDiagram::~NamedPipesDiagram() = default;

QColor NamedPipesDiagram::writerColor(int id, int writers)
{
    return QColor::fromHsv((id * 360 / std::max(1, writers) + 200) % 360, 150, 225);
}

void NamedPipesDiagram::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        showTexts();
        m_splitLabel->setText(tr("record split!"));
        m_shelfTitle->setText(tr("put back together"));
        showShelf();
    }
    QGraphicsView::changeEvent(event);
}

void NamedPipesDiagram::setWriters(int writers, std::uint32_t recordSize)
{
    writers = std::clamp(writers, 1, static_cast<int>(kFifoMaxWriters));
    m_scene->clear();
    m_writers.clear();
    m_packets.clear();
    m_lastOffset = -1;
    m_launched = 0;
    m_shown.reset();
    m_recordSize = recordSize;
    m_blocksPerRecord = fifoBlockCount(std::max<std::uint32_t>(recordSize, 1));

    const double midY = kSceneHeight / 2;
    m_fifoRect = QRectF(kFifoLeft, midY - kFifoHeight / 2, kFifoRight - kFifoLeft, kFifoHeight);
    m_fifoIn = QPointF(m_fifoRect.left(), midY);
    m_fifoOut = QPointF(m_fifoRect.right(), midY);
    m_readerIn = QPointF(kReaderLeft, midY);

    const DiagramTheme& theme = DiagramTheme::current();
    m_scene->setBackgroundBrush(theme.background);
    const QPen linePen(theme.otherColour, 2.5 * theme.lineWidth);
    const double slot = (kSceneHeight - 20) / writers;
    const double boxHeight = std::min(72.0, slot - 6);
    // Two lines (the writer and its pid, then its state) where there is room for them, else one.
    const bool twoLines = boxHeight >= 2.2 * DiagramLayout::smallestText;
    for (int i = 0; i < writers; ++i) {
        WriterBox w;
        const double top = 10 + slot * i + (slot - boxHeight) / 2;
        const QColor colour = writerColor(i, writers);
        w.box = m_scene->addPath(rounded(QRectF(0, top, kWriterWidth, boxHeight), std::min(10.0, boxHeight / 3)),
            QPen(colour.darker(theme.kind == DiagramTheme::Kind::Light ? 160 : 100), 2.5 * theme.lineWidth),
            QBrush(theme.kind == DiagramTheme::Kind::Light ? colour.lighter(125) : colour.darker(260)));
        w.height = boxHeight;
        w.out = QPointF(kWriterWidth, top + boxHeight / 2);
        auto* line = m_scene->addLine(QLineF(w.out, m_fifoIn), linePen);
        line->setZValue(-1);
        // Very many writers leave no room for text: the boxes are coloured as their packets, and the table names them.
        if (boxHeight >= DiagramLayout::smallestText + 2) {
            w.label = m_scene->addSimpleText(
                tr("writer %1").arg(i), DiagramLayout::sceneFont(DiagramLayout::smallestText, true));
            w.label->setBrush(theme.ink);
            w.label->setPos(10, twoLines ? top + 4 : top + (boxHeight - DiagramLayout::smallestText * 1.25) / 2);
        }
        m_writers.push_back(w);
    }

    m_fifo = m_scene->addPath(
        rounded(m_fifoRect, kFifoHeight / 2), QPen(theme.ink, 3 * theme.lineWidth), QBrush(theme.otherFill));
    m_fill = m_scene->addRect(QRectF(m_fifoRect.left(), m_fifoRect.top(), 0, m_fifoRect.height()), Qt::NoPen,
        QBrush(QColor(theme.stdinColour.red(), theme.stdinColour.green(), theme.stdinColour.blue(), 90)));
    m_fifoLabel = m_scene->addSimpleText(tr("FIFO"), DiagramLayout::sceneFont(kTitlePixels, true));
    m_fifoLabel->setBrush(theme.ink);
    m_fifoLabel->setPos(m_fifoRect.left(), m_fifoRect.top() - 2.6 * kTitlePixels);
    m_fillLabel = m_scene->addSimpleText(QString(), DiagramLayout::sceneFont(DiagramLayout::smallestText));
    m_fillLabel->setBrush(theme.softInk);
    m_fillLabel->setPos(m_fifoRect.left(), m_fifoRect.bottom() + 8);
    // One way only: the arrow inside the FIFO points from the writers to the reader.
    QPainterPath arrow;
    const double ay = m_fifoRect.center().y();
    arrow.moveTo(m_fifoRect.left() + 24, ay);
    arrow.lineTo(m_fifoRect.right() - 24, ay);
    arrow.moveTo(m_fifoRect.right() - 40, ay - 10);
    arrow.lineTo(m_fifoRect.right() - 24, ay);
    arrow.lineTo(m_fifoRect.right() - 40, ay + 10);
    m_scene->addPath(arrow, QPen(theme.softInk, 3 * theme.lineWidth));

    m_scene->addLine(QLineF(m_fifoOut, m_readerIn), linePen)->setZValue(-1);
    const QRectF readerRect(kReaderLeft, midY - kReaderHeight / 2, kSceneWidth - kReaderLeft, kReaderHeight);
    m_reader = m_scene->addPath(
        rounded(readerRect, 14), QPen(theme.processBorder, 2.5 * theme.lineWidth), QBrush(theme.childFill));
    m_readerLabel = m_scene->addSimpleText(
        tr("reader\n(PipeScope)"), DiagramLayout::sceneFont(DiagramLayout::smallestText, true));
    m_readerLabel->setBrush(theme.ink);
    m_readerLabel->setPos(readerRect.left() + 10, readerRect.top() + 8);
    // Where a record arrives split by another writer's bytes: the reader flashes and says so.
    m_splitLabel
        = m_scene->addSimpleText(tr("record split!"), DiagramLayout::sceneFont(DiagramLayout::smallestText, true));
    m_splitLabel->setBrush(theme.alarm);
    m_splitLabel->setPos(readerRect.left(), readerRect.bottom() + 8);
    m_splitLabel->setVisible(false);
    m_flash = 0;
    m_reassembly.assign(static_cast<std::size_t>(writers), Reassembly {});
    m_newestPieces.assign(static_cast<std::size_t>(writers), {});
    layOutShelf();
}

void NamedPipesDiagram::layOutShelf()
{
    const DiagramTheme& theme = DiagramTheme::current();
    const QFont font = DiagramLayout::sceneFont(DiagramLayout::smallestText);
    m_lanes.clear();
    m_shelfTitle
        = m_scene->addSimpleText(tr("put back together"), DiagramLayout::sceneFont(DiagramLayout::smallestText, true));
    m_shelfTitle->setBrush(theme.ink);
    m_shelfTitle->setPos(kShelfLeft, kShelfTop);
    const int writers = static_cast<int>(m_writers.size());
    const int lanes = std::min(writers, kShelfLanes);
    for (int i = 0; i < lanes; ++i) {
        const double y = kShelfTop + kLaneHeight * (i + 1);
        Lane lane;
        lane.text = m_scene->addSimpleText(QString(), font);
        lane.text->setBrush(theme.ink);
        lane.text->setPos(kShelfLeft, y);
        lane.bar = m_scene->addRect(QRectF(kBarLeft, y + 3, kBarWidth, kLaneHeight - 8),
            QPen(writerColor(i, writers).darker(theme.kind == DiagramTheme::Kind::Light ? 160 : 100), 1.5),
            QBrush(theme.background));
        m_lanes.push_back(lane);
    }
    m_shelfMore = m_scene->addSimpleText(QString(), font);
    m_shelfMore->setBrush(theme.softInk);
    m_shelfMore->setPos(kShelfLeft, kShelfTop + kLaneHeight * (lanes + 1));
    showShelf();
}

void NamedPipesDiagram::showShelf()
{
    const DiagramTheme& theme = DiagramTheme::current();
    const int writers = static_cast<int>(m_writers.size());
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        Lane& lane = m_lanes[i];
        const Reassembly& r = m_reassembly[i];
        lane.text->setText(tr("w%1: %2").arg(i).arg(r.records));
        for (QGraphicsRectItem* piece : lane.pieces) {
            m_scene->removeItem(piece);
            delete piece;
        }
        lane.pieces.clear();
        // The newest record's pieces where they belong in it, a gap between two pieces that arrived apart.
        const QRectF bar = lane.bar->rect();
        const double perBlock = bar.width() / std::max<std::uint32_t>(1, m_blocksPerRecord);
        const QColor colour = writerColor(static_cast<int>(i), writers);
        for (const auto& [first, blocks] : m_newestPieces[i]) {
            QRectF piece(bar.left() + perBlock * first, bar.top(), perBlock * blocks, bar.height());
            if (r.pieces > 1)
                piece.adjust(1.5, 0, -1.5, 0);
            lane.pieces.push_back(m_scene->addRect(piece, Qt::NoPen, QBrush(colour)));
        }
        // Records put back together whose pieces went by between two samples: the newest of them is complete.
        if (r.pieces == 0 && r.records > 0)
            lane.pieces.push_back(m_scene->addRect(bar, Qt::NoPen, QBrush(colour)));
        lane.bar->setPen(r.pieces > 1 ? QPen(theme.alarm, 3)
                                      : QPen(colour.darker(theme.kind == DiagramTheme::Kind::Light ? 160 : 100), 1.5));
        lane.bar->setToolTip(r.pieces == 0 ? QString()
                : r.pieces == 1            ? tr("writer %1: record %2 arrived in one piece").arg(i).arg(r.seq)
                                : tr("writer %1: record %2 arrived in %3 pieces, split by other writers' bytes")
                                      .arg(i)
                                      .arg(r.seq)
                                      .arg(r.pieces));
    }
    std::int64_t rest = 0;
    for (std::size_t i = m_lanes.size(); i < m_reassembly.size(); ++i)
        rest += m_reassembly[i].records;
    const int more = writers - static_cast<int>(m_lanes.size());
    m_shelfMore->setText(more > 0 ? tr("%n more writer(s): %1", nullptr, more).arg(rest) : QString());
}

void NamedPipesDiagram::showTexts()
{
    if (!m_shown) {
        for (std::size_t i = 0; i < m_writers.size(); ++i)
            if (m_writers[i].label)
                m_writers[i].label->setText(tr("writer %1").arg(i));
        m_fifoLabel->setText(tr("FIFO"));
        m_readerLabel->setText(tr("reader\n(PipeScope)"));
        return;
    }
    const FifoRunSnapshot& s = *m_shown;
    const QString& fifoPath = m_shownPath;
    const int n = static_cast<int>(m_writers.size());
    for (int i = 0; i < n && i < static_cast<int>(s.writers.size()); ++i) {
        const FifoWriterStatus& w = s.writers[static_cast<std::size_t>(i)];
        WriterBox& box = m_writers[static_cast<std::size_t>(i)];
        if (box.label) {
            const QString pid = w.pid > 0 ? tr("pid %1").arg(w.pid) : QString();
            box.label->setText(box.height >= 2.2 * DiagramLayout::smallestText
                    ? tr("writer %1 %2\n%3").arg(i).arg(pid, writerState(w, s.phase))
                    : tr("writer %1 %2").arg(i).arg(pid));
        }
        const bool done = w.exit.has_value();
        box.box->setOpacity(done && w.exit->signaled ? 0.45 : 1.0);
    }
    m_fifoLabel->setText(tr("FIFO %1\none way: write end → read end").arg(fifoPath));
    double ratio = 0;
    if (s.fill && s.fill->capacity > 0) {
        ratio = std::clamp(static_cast<double>(s.fill->bytes) / static_cast<double>(s.fill->capacity), 0.0, 1.0);
        m_fillLabel->setText(tr("%1 of %2 bytes unread").arg(s.fill->bytes).arg(s.fill->capacity));
    } else {
        m_fillLabel->setText(QString());
    }
    if (s.finished())
        ratio = 0;
    m_fill->setRect(QRectF(m_fifoRect.left(), m_fifoRect.top(), m_fifoRect.width() * ratio, m_fifoRect.height()));

    QString reader;
    switch (s.phase) {
    case FifoRunPhase::Starting:
    case FifoRunPhase::ReaderWaiting:
        reader = tr("reader\nopen(O_RDONLY)\nwaits for a writer");
        break;
    case FifoRunPhase::WritersGated:
        reader = tr("reader\nfd %1 open").arg(s.readerFd);
        break;
    case FifoRunPhase::Running:
        reader = tr("reader\nread(fd %1)").arg(s.readerFd);
        break;
    case FifoRunPhase::Finished:
        reader = tr("reader\nend of file");
        break;
    }
    m_readerLabel->setText(reader);
}

void NamedPipesDiagram::showSnapshot(const FifoRunSnapshot& s, const QString& fifoPath)
{
    // Only what the labels need is kept: the fragments are turned into packets below.
    m_shown = FifoRunSnapshot { .phase = s.phase, .readerFd = s.readerFd, .writers = s.writers, .fill = s.fill };
    m_shownPath = fifoPath;
    showTexts();

    // New fragments become packets; when many arrive at once, an even sample of them.
    std::vector<const FifoFragment*> fresh;
    for (const FifoFragment& f : s.recentFragments)
        if (f.offset > m_lastOffset)
            fresh.push_back(&f);
    // The shelf: each writer's records so far, and the pieces of its newest record, all of them (not a sample).
    for (std::size_t i = 0; i < m_reassembly.size() && i < s.writers.size(); ++i)
        m_reassembly[i].records = s.writers[i].recordsReceived;
    for (const FifoFragment* f : fresh) {
        if (f->writerId >= m_reassembly.size())
            continue;
        Reassembly& r = m_reassembly[f->writerId];
        auto& pieces = m_newestPieces[f->writerId];
        if (r.pieces == 0 || f->seq != r.seq) {
            r.seq = f->seq;
            r.blocksArrived = 0;
            r.pieces = 0;
            pieces.clear();
        }
        r.blocksArrived += f->blocks;
        ++r.pieces;
        pieces.emplace_back(f->firstBlock, f->blocks);
    }
    showShelf();
    if (fresh.empty())
        return;
    m_lastOffset = fresh.back()->offset;
    const std::size_t launch = std::min<std::size_t>(fresh.size(), kLaunchPerFrame);
    for (std::size_t k = 0; k < launch; ++k) {
        const FifoFragment& f = *fresh[(k * fresh.size()) / launch];
        if (f.writerId >= m_writers.size())
            continue;
        if (static_cast<int>(m_packets.size()) >= kMaxPackets) {
            m_scene->removeItem(m_packets.front().item);
            delete m_packets.front().item;
            m_packets.erase(m_packets.begin());
        }
        const bool split = f.firstBlock != 0 || f.blocks != m_blocksPerRecord;
        const double size = 12 + std::min(14.0, 3.0 * f.blocks);
        auto* item = m_scene->addRect(QRectF(-size / 2, -size / 2, size, size),
            split ? QPen(DiagramTheme::current().alarm, 4) : QPen(DiagramTheme::current().ink, 1.2),
            QBrush(writerColor(static_cast<int>(f.writerId), static_cast<int>(m_writers.size()))));
        item->setZValue(2);
        Packet p { .item = item, .from = m_writers[f.writerId].out, .t = 0, .split = split };
        item->setPos(p.from);
        m_packets.push_back(p);
        ++m_launched;
    }
}

QPointF NamedPipesDiagram::along(const Packet& p) const
{
    if (p.t < kLegIn)
        return lerp(p.from, m_fifoIn, p.t / kLegIn);
    if (p.t < kLegThrough)
        return lerp(m_fifoIn, m_fifoOut, (p.t - kLegIn) / (kLegThrough - kLegIn));
    return lerp(m_fifoOut, m_readerIn, (p.t - kLegThrough) / (1 - kLegThrough));
}

void NamedPipesDiagram::advance(double seconds)
{
    for (Packet& p : m_packets) {
        p.t += seconds / kPacketSeconds;
        if (p.t < 1)
            p.item->setPos(along(p));
    }
    m_flash = std::max(0.0, m_flash - seconds);
    const auto arrived = std::ranges::remove_if(m_packets, [this](const Packet& p) {
        if (p.t < 1)
            return false;
        if (p.split)
            m_flash = kFlashSeconds;
        m_scene->removeItem(p.item);
        delete p.item;
        return true;
    });
    m_packets.erase(arrived.begin(), arrived.end());
    const DiagramTheme& theme = DiagramTheme::current();
    m_reader->setPen(
        m_flash > 0 ? QPen(theme.alarm, 6 * theme.lineWidth) : QPen(theme.processBorder, 2.5 * theme.lineWidth));
    m_splitLabel->setVisible(m_flash > 0);
}

void NamedPipesDiagram::redraw()
{
    const std::optional<FifoRunSnapshot> shown = m_shown;
    const QString path = m_shownPath;
    const std::int64_t lastOffset = m_lastOffset;
    const qint64 launched = m_launched;
    const std::vector<Reassembly> reassembly = m_reassembly;
    const auto newestPieces = m_newestPieces;
    setWriters(static_cast<int>(m_writers.size()), m_recordSize);
    m_reassembly = reassembly;
    m_newestPieces = newestPieces;
    showShelf();
    m_shown = shown;
    m_shownPath = path;
    m_lastOffset = lastOffset;
    m_launched = launched;
    showTexts();
}

void NamedPipesDiagram::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}
