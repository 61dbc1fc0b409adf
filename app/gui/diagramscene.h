// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramlayout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class DiagramItem;
class QParallelAnimationGroup;

// The seed's Parent/Child picture, alive: built from each real step snapshot, and animated from one to the next
// (fork copies the table, dup2 moves a handle onto 0/1/2, closes are crossed out). With animations off every
// change is instant.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DiagramScene(QObject* parent = nullptr);
    ~DiagramScene() override;

    void setSnapshot(const pipescope::StepSnapshot& snapshot, const std::vector<pipescope::Event>& events,
        const pipescope::HandlePlan& plan);
    // After a run: the child the picture shows has ended (how, in words); it is drawn greyed out.
    void markChildEnded(const QString& how);
    // Forgets the last picture: the next snapshot starts a new story (a new spec), nothing is crossed out.
    void forget();

    void setAnimated(bool animated);
    bool isAnimated() const { return m_animated; }
    // How long one step's animation takes.
    void setDuration(int milliseconds);
    int duration() const { return m_duration; }
    bool isAnimating() const;
    void finishAnimations();

    const DiagramLayout& currentLayout() const { return m_layout; }
    QStringList itemKeys() const;
    DiagramItem* item(const QString& key) const;

Q_SIGNALS:
    void layoutApplied();
    void animationsFinished();

private:
    void apply(const DiagramLayout& layout, bool follows);

    DiagramLayout m_layout;
    bool m_hasLayout = false;
    QHash<QString, DiagramItem*> m_items;
    QList<DiagramItem*> m_leaving; // fading out, deleted when the animation ends
    QPointer<QParallelAnimationGroup> m_animation;
    bool m_animated = true;
    int m_duration = 700;
};
