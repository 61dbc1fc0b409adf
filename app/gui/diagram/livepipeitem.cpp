// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/livepipeitem.h"

#include "diagram/diagramtheme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

// Elided to its box, so a long reason never runs into a neighbour.
void drawFitted(QPainter* p, const QRectF& box, const QString& text, int flags)
{
    const QString shown = QFontMetricsF(p->font()).elidedText(text, Qt::ElideRight, box.width());
    p->drawText(box, flags | Qt::TextSingleLine, shown);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

LivePipeItem::LivePipeItem(QGraphicsItem* parent)
    : QGraphicsItem(parent)
{
    // Above the pipe, its wires and the processes; below the travelling handle names of a step.
    setZValue(2);
}

LivePipeItem::~LivePipeItem() = default;

void LivePipeItem::setGeometry(const QRectF& tube, bool inletLeft, const QColor& color)
{
    if (tube.size() != m_size)
        prepareGeometryChange();
    m_size = tube.size();
    m_inletLeft = inletLeft;
    m_color = color;
    setPos(tube.topLeft());
    update();
}

void LivePipeItem::setState(const LivePipeState& state)
{
    m_state = state;
    update();
}

void LivePipeItem::setAnimated(bool animated)
{
    m_animated = animated;
    update();
}

void LivePipeItem::advance(double seconds)
{
    if (!m_animated || m_state.bytesPerSecond <= 0 || seconds <= 0)
        return;
    m_phase = std::fmod(m_phase + seconds * speedFor(m_state.bytesPerSecond), 1.0);
    update();
}

int LivePipeItem::packetsFor(double bytesPerSecond)
{
    if (bytesPerSecond < 1)
        return 0;
    // One packet at a few bytes/s, one more per power of ten: ten at a gigabyte per second.
    return std::clamp(1 + static_cast<int>(std::floor(std::log10(bytesPerSecond))), 1, maxPackets);
}

double LivePipeItem::speedFor(double bytesPerSecond)
{
    // Pipe lengths per second: slow enough to follow at 10 B/s, about one a second at 1 GiB/s.
    return bytesPerSecond < 1 ? 0 : 0.2 + 0.09 * std::log10(bytesPerSecond);
}

int LivePipeItem::packetCount() const
{
    return m_animated ? packetsFor(m_state.bytesPerSecond) : 0;
}

QRectF LivePipeItem::boundingRect() const
{
    return QRectF(-labelOverhang - 2, -6, m_size.width() + 2 * labelOverhang + 4, m_size.height() + labelRoom + 8);
}

QString LivePipeItem::gaugeText() const
{
    if (!m_state.hasFill)
        return {};
    const QString fill = dataSize(m_state.fillBytes);
    const QString capacity = dataSize(m_state.fillCapacity);
    return m_state.full() ? tr("full: %1 / %2").arg(fill, capacity) : tr("in pipe: %1 / %2").arg(fill, capacity);
}

void LivePipeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    const qreal w = m_size.width();
    const qreal h = m_size.height();
    if (w <= 0 || h <= 0)
        return;
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF tube(1.5, 1.5, w - 3, h - 3);

    // The unread bytes wait at the read end: the level grows from there towards the write end.
    if (const double ratio = m_state.fillRatio(); ratio > 0) {
        QPainterPath shape;
        shape.addRoundedRect(tube, tube.height() / 2, tube.height() / 2);
        const qreal level = tube.width() * ratio;
        const QRectF queued = m_inletLeft ? QRectF(tube.right() - level, tube.top(), level, tube.height())
                                          : QRectF(tube.left(), tube.top(), level, tube.height());
        QColor fill = m_color;
        fill.setAlpha(m_state.full() ? 110 : 80);
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawPath(shape.intersected([&] {
            QPainterPath r;
            r.addRect(queued);
            return r;
        }()));
    }

    // Packets ride just under the tube's lower rim, from the write end to the read end, clear of its name.
    if (const int n = packetCount(); n > 0) {
        const qreal from = m_inletLeft ? 14 : w - 14;
        const qreal to = m_inletLeft ? w - 14 : 14;
        p->setPen(QPen(DiagramTheme::current().background, 1.5));
        p->setBrush(m_color);
        for (int i = 0; i < n; ++i) {
            const double t = std::fmod(m_phase + static_cast<double>(i) / n, 1.0);
            const qreal x = from + (to - from) * t;
            p->drawRoundedRect(QRectF(x - 6, h - 3, 12, 8), 2.5, 2.5);
        }
    }

    // A blocked end: a bar across it.
    const auto bar = [&](bool inlet) {
        const bool left = inlet == m_inletLeft;
        const qreal x = left ? 3 : w - 3;
        p->setPen(QPen(DiagramTheme::current().alarm, 6, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(x, -4), QPointF(x, h + 4));
    };
    if (!m_state.blockedWriter.isEmpty())
        bar(true);
    if (!m_state.blockedReader.isEmpty())
        bar(false);

    // Below the pipe: how full it is and how fast bytes go through; then who is blocked, and EOF / EPIPE.
    // A little wider than the tube: the middle of the diagram has the room.
    const QRectF line1(-labelOverhang, h + 4, w + 2 * labelOverhang, labelLine);
    const QRectF line2(-labelOverhang, h + 6 + labelLine, w + 2 * labelOverhang, labelLine);
    p->setFont(DiagramLayout::sceneFont(DiagramLayout::smallestText, false));
    p->setPen(m_state.full() ? DiagramTheme::current().alarm : DiagramTheme::current().ink);
    const QString rate = m_state.bytesPerSecond >= 1
        ? tr("%1/s").arg(dataSize(static_cast<qint64>(m_state.bytesPerSecond)))
        : QString();
    const qreal rateWidth = rate.isEmpty() ? 0 : QFontMetricsF(p->font()).horizontalAdvance(rate) + 8;
    drawFitted(p, line1.adjusted(0, 0, -rateWidth, 0), gaugeText(), Qt::AlignLeft | Qt::AlignVCenter);
    if (!rate.isEmpty()) {
        p->setPen(DiagramTheme::current().ink);
        drawFitted(p, line1, rate, Qt::AlignRight | Qt::AlignVCenter);
    }

    // EOF at the read end, where it is read; EPIPE at the write end, where the write failed. On the first line when
    // the gauge is gone (the parent's end is closed), else on the second.
    const QFont badgeFont = DiagramLayout::sceneFont(DiagramLayout::smallestText, true);
    const QFontMetricsF badgeMetrics(badgeFont);
    const QRectF badgeLine = m_state.hasFill ? line2 : line1;
    qreal left = badgeLine.left();
    qreal right = badgeLine.right();
    const auto badge = [&](const QString& text, const QColor& colour, const QColor& textColour, bool atInlet) {
        const qreal bw = badgeMetrics.horizontalAdvance(text) + 10;
        const bool onLeft = atInlet == m_inletLeft;
        const QRectF box(onLeft ? left : right - bw, badgeLine.top() + 1, bw, badgeLine.height() - 2);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawRoundedRect(box, 4, 4);
        p->setPen(textColour);
        p->setFont(badgeFont);
        p->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, text);
        (onLeft ? left : right) += onLeft ? bw + 4 : -(bw + 4);
    };
    if (m_state.brokenPipe)
        badge(QStringLiteral("EPIPE"), DiagramTheme::current().alarm, DiagramTheme::current().onColour, true);
    if (m_state.eof)
        badge(QStringLiteral("EOF"), DiagramTheme::current().eofBadge, Qt::white, false);
    if (badgeLine != line2) {
        left = line2.left();
        right = line2.right();
    }
    QStringList blocked;
    for (const QString& text : { m_state.blockedWriter, m_state.blockedReader })
        if (!text.isEmpty())
            blocked << text;
    if (!blocked.isEmpty()) {
        p->setFont(DiagramLayout::sceneFont(DiagramLayout::smallestText, true));
        p->setPen(DiagramTheme::current().alarm);
        drawFitted(p, QRectF(left, line2.top(), right - left - 4, line2.height()), blocked.join(QStringLiteral(" · ")),
            Qt::AlignLeft | Qt::AlignVCenter);
    }
}
