// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/diagramitem.h"

#include "diagram/diagramtheme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

using Kind = DiagramNode::Kind;
using Side = DiagramNode::Side;

namespace {

// Draws text shortened with an ellipsis to fit its box, so nothing ever spills over a neighbour.
void drawFitted(QPainter* p, const QRectF& box, const QString& text, const QFont& font, int flags)
{
    p->setFont(font);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideMiddle, box.width());
    p->drawText(box, flags | Qt::TextSingleLine, shown);
}

QColor tint(const QColor& c, int alpha)
{
    QColor t = c;
    t.setAlpha(alpha);
    return t;
}

} // namespace

DiagramItem::DiagramItem(const DiagramNode& node, QGraphicsItem* parent)
    : QGraphicsObject(parent)
    , m_node(node)
{
    setFlag(ItemUsesExtendedStyleOption, false);
    if (m_node.kind == Kind::Edge)
        setZValue(-1);
    else if (m_node.kind == Kind::Process)
        setZValue(-2);
    else if (m_node.kind == Kind::Token)
        setZValue(5);
    setToolTip(m_node.subtitle.isEmpty() ? m_node.title : m_node.title + QLatin1Char('\n') + m_node.subtitle);
}

DiagramItem::~DiagramItem() = default;

void DiagramItem::setNode(const DiagramNode& node)
{
    prepareGeometryChange();
    m_node = node;
    setToolTip(m_node.subtitle.isEmpty() ? m_node.title : m_node.title + QLatin1Char('\n') + m_node.subtitle);
    update();
}

QRectF DiagramItem::boundingRect() const
{
    if (m_node.kind == Kind::Edge)
        return m_node.path.boundingRect().adjusted(-4, -4, 4, 4);
    // Pipes label their ends just outside their tube.
    const qreal above = m_node.kind == Kind::Pipe ? DiagramLayout::pipeLabelRoom : 2;
    return QRectF(-2, -above, m_node.rect.width() + 4, m_node.rect.height() + above + 2);
}

void DiagramItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    switch (m_node.kind) {
    case Kind::Caption:
        paintCaption(painter);
        break;
    case Kind::Process:
        paintProcess(painter);
        break;
    case Kind::Socket:
        paintSocket(painter);
        break;
    case Kind::Pipe:
        paintPipe(painter);
        break;
    case Kind::Terminal:
    case Kind::DevNull:
    case Kind::File:
    case Kind::Other:
        paintTarget(painter);
        break;
    case Kind::Note:
        paintNote(painter);
        break;
    case Kind::Edge:
        paintEdge(painter);
        break;
    case Kind::Token:
        paintToken(painter);
        break;
    }
}

void DiagramItem::paintCaption(QPainter* p) const
{
    const DiagramTheme& t = DiagramTheme::current();
    const QRectF r(0, 0, m_node.rect.width(), m_node.rect.height());
    p->setPen(t.ink);
    if (m_node.subtitle.isEmpty()) {
        drawFitted(p, r, m_node.title, DiagramLayout::sceneFont(26, true), Qt::AlignLeft | Qt::AlignVCenter);
        return;
    }
    drawFitted(p, r.adjusted(0, 0, 0, -r.height() / 2), m_node.title, DiagramLayout::sceneFont(22, true),
        Qt::AlignLeft | Qt::AlignVCenter);
    p->setPen(t.alarm);
    drawFitted(p, r.adjusted(0, r.height() / 2, 0, 0), m_node.subtitle, DiagramLayout::sceneFont(19, true),
        Qt::AlignLeft | Qt::AlignVCenter);
}

void DiagramItem::paintProcess(QPainter* p) const
{
    const QRectF r(0, 0, m_node.rect.width(), m_node.rect.height());
    const bool parent = m_node.side == Side::Parent;
    const DiagramTheme& t = DiagramTheme::current();
    // An ended process is drawn grey and dashed: its pid and fds are gone.
    p->setPen(QPen(t.processBorder, 2.5 * t.lineWidth, m_node.crossed ? Qt::DashLine : Qt::SolidLine));
    p->setBrush(m_node.crossed ? t.endedFill : parent ? t.parentFill : t.childFill);
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 14, 14);
    p->setPen(t.ink);
    const QFont titleFont = DiagramLayout::sceneFont(26, true);
    const qreal titleWidth = std::min(QFontMetricsF(titleFont).horizontalAdvance(m_node.title) + 4, r.width() / 2);
    drawFitted(p, QRectF(14, 6, titleWidth, 34), m_node.title, titleFont, Qt::AlignLeft | Qt::AlignVCenter);
    p->setPen(t.softInk);
    drawFitted(p, QRectF(26 + titleWidth, 6, r.width() - 40 - titleWidth, 34), m_node.subtitle,
        DiagramLayout::sceneFont(19), Qt::AlignRight | Qt::AlignVCenter);
    if (!m_node.detail.isEmpty()) {
        QFont f = DiagramLayout::sceneFont(18);
        f.setItalic(true);
        drawFitted(
            p, QRectF(14, r.height() - 28, r.width() - 28, 24), m_node.detail, f, Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void DiagramItem::paintSocket(QPainter* p) const
{
    const QRectF r(0, 0, m_node.rect.width(), m_node.rect.height());
    const bool parent = m_node.side == Side::Parent;
    const qreal radius = r.height() / 2 - 2;
    // The fd number sits at the inner edge, where the socket is wired: in a circle, or a pill as wide as a
    // HANDLE value ("0x4c") needs.
    const QFont numberFont = DiagramLayout::sceneFont(m_node.title.size() > 2 ? 18 : 21, true);
    const qreal badgeWidth = std::max(
        2 * radius, QFontMetricsF(numberFont).horizontalAdvance(m_node.title) + (m_node.title.size() > 2 ? 14 : 0));
    const QRectF badge(
        parent ? r.right() - badgeWidth - 2 : r.left() + 2, r.center().y() - radius, badgeWidth, 2 * radius);
    const DiagramTheme& t = DiagramTheme::current();
    const QColor color = m_node.crossed ? t.crossedStroke : m_node.color;

    QPen border(color, 2.5 * t.lineWidth);
    if (m_node.dashed)
        border.setStyle(Qt::DashLine);
    p->setPen(border);
    p->setBrush(m_node.crossed ? t.crossedFill : t.socketFill);
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 8, 8);

    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawRoundedRect(badge, radius, radius);
    p->setPen(t.onColour);
    drawFitted(p, badge, m_node.title, numberFont, Qt::AlignCenter);

    // One line: the name in bold, then what it is a copy of (or "closed").
    const qreal textLeft = parent ? 10 : badgeWidth + 12;
    const qreal textWidth = r.width() - badgeWidth - 24;
    const QFont nameFont = DiagramLayout::sceneFont(20, true);
    const QFont detailFont = DiagramLayout::sceneFont(18);
    const qreal detailWidth = m_node.detail.isEmpty()
        ? 0
        : std::min(QFontMetricsF(detailFont).horizontalAdvance(m_node.detail) + 6, textWidth * 0.55);
    p->setPen(m_node.crossed ? t.softInk : t.ink);
    drawFitted(p, QRectF(textLeft, 0, textWidth - detailWidth, r.height()), m_node.subtitle, nameFont,
        Qt::AlignLeft | Qt::AlignVCenter);
    if (detailWidth > 0) {
        p->setPen(m_node.crossed ? t.alarm : t.softInk);
        drawFitted(p, QRectF(textLeft + textWidth - detailWidth, 0, detailWidth, r.height()), m_node.detail, detailFont,
            Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_node.crossed) {
        p->setPen(QPen(t.alarm, 4 * t.lineWidth, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(r.topLeft() + QPointF(6, 6), r.bottomRight() - QPointF(6, 6));
        p->drawLine(r.bottomLeft() + QPointF(6, -6), r.topRight() + QPointF(-6, 6));
    }
}

void DiagramItem::paintPipe(QPainter* p) const
{
    const QRectF r(0, 0, m_node.rect.width(), m_node.rect.height());
    const DiagramTheme& t = DiagramTheme::current();
    const QColor c = m_node.color;
    p->setPen(QPen(c, 3 * t.lineWidth));
    p->setBrush(tint(c, 38));
    p->drawRoundedRect(r.adjusted(1.5, 1.5, -1.5, -1.5), r.height() / 2, r.height() / 2);

    // Arrowheads inside both ends show the direction the bytes flow.
    const qreal y = r.center().y();
    const qreal dir = m_node.inletLeft ? 1 : -1;
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    for (qreal x : { m_node.inletLeft ? 14.0 : r.width() - 14.0, m_node.inletLeft ? r.width() - 26.0 : 26.0 }) {
        QPolygonF head;
        head << QPointF(x, y - 8) << QPointF(x + dir * 12, y) << QPointF(x, y + 8);
        p->drawPolygon(head);
    }
    p->setPen(t.ink);
    drawFitted(p, QRectF(34, 2, r.width() - 68, r.height() * 0.56), m_node.title, DiagramLayout::sceneFont(20, true),
        Qt::AlignCenter);
    p->setPen(t.softInk);
    drawFitted(p, QRectF(34, r.height() * 0.5, r.width() - 68, r.height() * 0.46), m_node.subtitle,
        DiagramLayout::sceneFont(18), Qt::AlignCenter);

    // "write" over the inlet, "read" over the outlet.
    p->setPen(c);
    const QFont small = DiagramLayout::sceneFont(18, true);
    const QRectF leftLabel(0, -DiagramLayout::pipeLabelRoom, 130, DiagramLayout::pipeLabelRoom - 2);
    const QRectF rightLabel(r.width() - 130, -DiagramLayout::pipeLabelRoom, 130, DiagramLayout::pipeLabelRoom - 2);
    drawFitted(p, m_node.inletLeft ? leftLabel : rightLabel, tr("write end"), small,
        (m_node.inletLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    drawFitted(p, m_node.inletLeft ? rightLabel : leftLabel, tr("read end"), small,
        (m_node.inletLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}

void DiagramItem::paintTarget(QPainter* p) const
{
    const QRectF r(0, 0, m_node.rect.width(), m_node.rect.height());
    const DiagramTheme& t = DiagramTheme::current();
    QColor fill;
    QColor text = t.ink;
    QColor sub = t.softInk;
    switch (m_node.kind) {
    case Kind::Terminal:
        fill = t.terminalFill;
        text = t.terminalText;
        sub = t.terminalSubtext;
        break;
    case Kind::DevNull:
        fill = t.devNullFill;
        break;
    case Kind::File:
        fill = t.fileFill;
        break;
    default:
        fill = t.otherFill;
        break;
    }
    p->setPen(QPen(m_node.kind == Kind::File ? t.fileBorder : t.targetBorder, 2.5 * t.lineWidth));
    p->setBrush(fill);
    if (m_node.kind == Kind::File) {
        // A page with a folded corner.
        const qreal fold = 14;
        QPolygonF page;
        page << QPointF(1, 1) << QPointF(r.width() - fold, 1) << QPointF(r.width() - 1, fold)
             << QPointF(r.width() - 1, r.height() - 1) << QPointF(1, r.height() - 1);
        p->drawPolygon(page);
        p->drawLine(QPointF(r.width() - fold, 1), QPointF(r.width() - fold, fold));
        p->drawLine(QPointF(r.width() - fold, fold), QPointF(r.width() - 1, fold));
    } else if (m_node.kind == Kind::DevNull) {
        // A sink: rounded at the bottom.
        p->drawRoundedRect(r.adjusted(1, 1, -1, -1), r.height() / 2.5, r.height() / 2.5);
    } else {
        p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 6, 6);
    }
    p->setPen(text);
    drawFitted(p, QRectF(10, 2, r.width() - 20, r.height() * 0.55), m_node.title, DiagramLayout::sceneFont(20, true),
        Qt::AlignCenter);
    p->setPen(sub);
    drawFitted(p, QRectF(10, r.height() * 0.5, r.width() - 20, r.height() * 0.46), m_node.subtitle,
        DiagramLayout::sceneFont(18), Qt::AlignCenter);
}

void DiagramItem::paintNote(QPainter* p) const
{
    const QRectF r(0, 0, m_node.rect.width(), m_node.rect.height());
    const bool small = m_node.subtitle == QLatin1String("small");
    const DiagramTheme& t = DiagramTheme::current();
    p->setPen(small ? t.softInk : t.ink);
    QFont f = DiagramLayout::sceneFont(18, !small);
    if (!small)
        f.setFamily(QStringLiteral("monospace"));
    drawFitted(p, r, m_node.title, f, Qt::AlignLeft | Qt::AlignVCenter);
}

void DiagramItem::paintEdge(QPainter* p) const
{
    QPen pen(m_node.color, 3.2 * DiagramTheme::current().lineWidth, m_node.dashed ? Qt::DashLine : Qt::SolidLine,
        Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(m_node.path);
}

void DiagramItem::paintToken(QPainter* p) const
{
    const QRectF r(0, 0, m_node.rect.width(), m_node.rect.height());
    p->setPen(QPen(DiagramTheme::current().tokenBorder, 2));
    p->setBrush(DiagramTheme::current().tokenFill);
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), r.height() / 2, r.height() / 2);
    // The token is yellow in every theme: its text is dark on it.
    p->setPen(Qt::black);
    drawFitted(p, r.adjusted(8, 0, -8, 0), m_node.title, DiagramLayout::sceneFont(18, true), Qt::AlignCenter);
}
