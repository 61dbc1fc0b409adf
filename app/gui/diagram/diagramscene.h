// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/stream.h"
#include "diagram/diagramlayout.h"
#include "diagram/livepipeitem.h"

#include "live/procstate.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <array>
#include <optional>

class DiagramItem;
class QParallelAnimationGroup;
struct LiveSample;

// The seed's Parent/Child picture, alive: built from each real step snapshot, and animated from one to the next
// (fork copies the table, dup2 moves a handle onto 0/1/2, closes are crossed out). With animations off every
// change is instant.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DiagramScene(QObject* parent = nullptr);
    ~DiagramScene() override;

    // A step's picture; ends what a live run showed.
    void setSnapshot(const pipescope::StepSnapshot& snapshot, const std::vector<pipescope::Event>& events,
        const pipescope::HandlePlan& plan);

    // A run of Popen's Windows branch under Wine, after call row (-1: before the first): the same picture drawn
    // from the real handle tables (DiagramLayout::buildWindows), animated from the call before.
    void setWindowsStep(const WinRunRecord& record, int row);

    // A live run: its handles as set up (LiveFlow::setupSnapshot()), then the pump's samples and events move bytes
    // through the pipes, fill them, block their ends, and mark EOF and EPIPE. caption says what runs.
    void showLive(const pipescope::StepSnapshot& setup, const std::vector<pipescope::Event>& events,
        const pipescope::HandlePlan& plan, const QString& caption);
    void updateLive(const LiveSample& sample);
    void liveEvent(const pipescope::Event& event);
    // The run is over: the child is drawn ended (how, in words); the pipes keep their last state, packets stop.
    void endLive(const QString& how);
    // What the live picture's caption says (showLive()'s caption), said again in another language.
    void setLiveCaption(const QString& caption);
    bool isLive() const { return m_live; }
    bool isLiveRunning() const { return m_live && m_liveRunning; }
    // What the pipe of a stream shows during a live run; nullopt when the diagram has no pipe for it.
    std::optional<LivePipeState> livePipe(pipescope::Stream s) const;
    // Its fill gauge (0..1), its blocked ends' words, the packets moving along it now.
    double pipeFill(pipescope::Stream s) const;
    QString pipeBlockedText(pipescope::Stream s) const;
    int packetCount(pipescope::Stream s) const;
    // After a run: the child the picture shows has ended (how, in words); it is drawn greyed out.
    void markChildEnded(const QString& how);
    // Forgets the last picture: the next snapshot starts a new story (a new spec), nothing is crossed out.
    void forget();
    // Says the picture shown again in the language installed now: the same step snapshot, or the same live run's
    // handles, with its pipes' last state; nothing animated. A child drawn ended and a live caption are the
    // caller's words: it says them again with markChildEnded() and setLiveCaption().
    void retranslate();
    // The same picture again, laid out anew: in the language and the colours (DiagramTheme::current()) now set.
    void redraw();

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
    void stopLive();
    void placeLivePipes();
    void sayBlocked();
    LivePipeItem* livePipeItem(pipescope::Stream s) const { return m_livePipes[static_cast<std::size_t>(s)]; }

    DiagramLayout m_layout;
    bool m_hasLayout = false;
    struct Shown
    {
        pipescope::StepSnapshot snapshot;
        std::vector<pipescope::Event> events;
        pipescope::HandlePlan plan;
        std::optional<DiagramLayout> previous; // the step before, when this one followed it (what it crosses out)
    };
    std::optional<Shown> m_shown; // the last step picture's inputs
    struct WindowsShown
    {
        WinRunRecord record;
        int row = -1;
        std::optional<DiagramLayout> previous;
    };
    std::optional<WindowsShown> m_windowsShown; // the last Windows run's picture, instead of m_shown
    QHash<QString, DiagramItem*> m_items;
    QList<DiagramItem*> m_leaving; // fading out, deleted when the animation ends
    QPointer<QParallelAnimationGroup> m_animation;
    bool m_animated = true;
    int m_duration = 700;

    bool m_live = false;
    bool m_liveRunning = false;
    double m_liveSeconds = 0; // LiveSample::seconds of the last sample
    std::array<LivePipeState, 3> m_liveState; // by Stream
    // The live run's picture as set up, so that it can be said again.
    struct LiveShown
    {
        pipescope::StepSnapshot setup;
        std::vector<pipescope::Event> events;
        pipescope::HandlePlan plan;
        QString caption;
    };
    std::optional<LiveShown> m_liveShown;
    // Who was blocked at the last sample: the pipes' blocked labels are made from it.
    std::array<pipescope::BlockedOn, 2> m_liveBlocked {};
    std::array<LivePipeItem*, 3> m_livePipes {}; // over the pipe of each stream, while it is on the diagram
};
