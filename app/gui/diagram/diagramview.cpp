// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/diagramview.h"

#include "diagram/diagramscene.h"

#include <QAccessible>
#include <QEvent>
#include <QResizeEvent>

#include <algorithm>

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("diagramView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::StyledPanel);
    // A picture to look at, not a control: the step keys keep working wherever the focus is.
    setFocusPolicy(Qt::NoFocus);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &DiagramView::fitToScene);
    connect(scene, &DiagramScene::layoutApplied, this, &DiagramView::sayState);
    sayState();
}

void DiagramView::sayState()
{
    setAccessibleName(tr("Parent and child diagram"));
    const auto* diagram = qobject_cast<DiagramScene*>(scene());
    const QString state = diagram ? diagram->currentLayout().spokenState() : QString();
    setAccessibleDescription(state.isEmpty() ? tr("Nothing shown yet.") : state);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void DiagramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        sayState();
    QGraphicsView::changeEvent(event);
}

DiagramView::~DiagramView() = default;

void DiagramView::fitToScene()
{
    if (!scene())
        return;
    // Scaled to fit, with the picture at the top: the caption is where the eye starts.
    const QRectF r = scene()->sceneRect();
    const QSize room = viewport()->size() - QSize(8, 8);
    if (r.isEmpty() || room.isEmpty())
        return;
    const qreal s = std::min(room.width() / r.width(), room.height() / r.height());
    setTransform(QTransform::fromScale(s, s));
    centerOn(r.center());
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fitToScene();
}

void DiagramView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    fitToScene();
}
