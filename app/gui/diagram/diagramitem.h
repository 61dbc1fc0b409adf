// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagram/diagramlayout.h"

#include <QGraphicsObject>

// One shape of the diagram, drawn from a DiagramNode. A QGraphicsObject so its position and opacity animate.
class DiagramItem : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit DiagramItem(const DiagramNode& node, QGraphicsItem* parent = nullptr);
    ~DiagramItem() override;

    const DiagramNode& node() const { return m_node; }
    // New content; the position is the caller's to set (or animate) from node.rect.topLeft().
    void setNode(const DiagramNode& node);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void paintCaption(QPainter* p) const;
    void paintProcess(QPainter* p) const;
    void paintSocket(QPainter* p) const;
    void paintPipe(QPainter* p) const;
    void paintTarget(QPainter* p) const;
    void paintNote(QPainter* p) const;
    void paintEdge(QPainter* p) const;
    void paintToken(QPainter* p) const;

    DiagramNode m_node;
};
