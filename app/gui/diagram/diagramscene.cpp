// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/diagramscene.h"

#include "bridge/liveflow.h"
#include "diagram/diagramitem.h"
#include "diagram/diagramtheme.h"
#include "text/describe.h"
#include "text/livetext.h"

#include <QCoreApplication>
#include <QParallelAnimationGroup>
#include <QPauseAnimation>
#include <QPropertyAnimation>
#include <QSequentialAnimationGroup>

using Kind = DiagramNode::Kind;
using namespace pipescope;

namespace {

constexpr qreal closedOpacity = 0.5;

QPointF restingPos(const DiagramNode& node)
{
    return node.kind == Kind::Edge ? QPointF() : node.rect.topLeft();
}

qreal restingOpacity(const DiagramNode& node)
{
    return node.crossed ? closedOpacity : 1.0;
}

QPropertyAnimation* animation(QObject* target, const char* property, const QVariant& from, const QVariant& to, int ms)
{
    auto* a = new QPropertyAnimation(target, property);
    a->setStartValue(from);
    a->setEndValue(to);
    a->setDuration(ms);
    a->setEasingCurve(QEasingCurve::InOutCubic);
    return a;
}

// Runs after a pause: edges are wired once the sockets have reached their places.
QAbstractAnimation* delayed(QAbstractAnimation* a, int pauseMs)
{
    auto* seq = new QSequentialAnimationGroup;
    seq->addPause(pauseMs);
    seq->addAnimation(a);
    return seq;
}

} // namespace

DiagramScene::DiagramScene(QObject* parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(DiagramTheme::current().background);
}

DiagramScene::~DiagramScene()
{
    finishAnimations();
}

void DiagramScene::setAnimated(bool animated)
{
    m_animated = animated;
    if (!animated)
        finishAnimations();
    for (LivePipeItem* item : m_livePipes)
        if (item)
            item->setAnimated(animated && m_liveRunning);
}

void DiagramScene::setDuration(int milliseconds)
{
    m_duration = std::max(1, milliseconds);
}

bool DiagramScene::isAnimating() const
{
    return m_animation && m_animation->state() == QAbstractAnimation::Running;
}

void DiagramScene::finishAnimations()
{
    if (m_animation) {
        QParallelAnimationGroup* group = m_animation;
        m_animation = nullptr;
        // Jumping to the end leaves every item where and how the step put it.
        group->setCurrentTime(group->totalDuration());
        group->stop();
        delete group;
    }
    for (DiagramItem* item : std::as_const(m_leaving))
        delete item;
    m_leaving.clear();
}

void DiagramScene::forget()
{
    m_shown.reset();
    m_windowsShown.reset();
    finishAnimations();
    m_hasLayout = false;
}

void DiagramScene::markChildEnded(const QString& how)
{
    finishAnimations();
    DiagramItem* box = m_items.value(QStringLiteral("process:child"));
    if (!box)
        return;
    DiagramNode node = box->node();
    node.crossed = true;
    node.detail = how;
    box->setNode(node);
    // Its fds went with it: what is left of the picture is the parent's side.
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (it.key().startsWith(QLatin1String("socket:child:")) || it.key().startsWith(QLatin1String("edge:child:")))
            it.value()->setOpacity(0.35);
}

QStringList DiagramScene::itemKeys() const
{
    return m_items.keys();
}

DiagramItem* DiagramScene::item(const QString& key) const
{
    return m_items.value(key);
}

void DiagramScene::setSnapshot(const pipescope::StepSnapshot& snapshot, const std::vector<pipescope::Event>& events,
    const pipescope::HandlePlan& plan)
{
    finishAnimations();
    stopLive();
    // Only a step forward by one is a story to animate and to cross out; Back, Reset and Run jump.
    const bool follows = m_hasLayout && !m_windowsShown && static_cast<int>(snapshot.position) == m_layout.position + 1;
    DiagramLayout layout = DiagramLayout::build(
        snapshot, events, plan, static_cast<pid_t>(QCoreApplication::applicationPid()), follows ? &m_layout : nullptr);
    apply(layout, follows);
    // Kept to say the same picture again in another language.
    m_windowsShown.reset();
    m_shown = Shown { .snapshot = snapshot, .events = events, .plan = plan, .previous = {} };
    if (follows)
        m_shown->previous = std::move(m_layout);
    m_layout = std::move(layout);
    m_hasLayout = true;
    setSceneRect(m_layout.bounds);
    Q_EMIT layoutApplied();
}

void DiagramScene::setWindowsStep(const WinRunRecord& record, int row)
{
    const bool sameRun = m_windowsShown && !m_live && m_windowsShown->record.json == record.json;
    if (sameRun && m_windowsShown->row == row)
        return; // shown already, with what it crossed out
    finishAnimations();
    stopLive();
    // The same run, one call on: a story to animate and to cross out.
    const bool follows = m_hasLayout && sameRun && m_layout.position == row;
    DiagramLayout layout = DiagramLayout::buildWindows(record, row, follows ? &m_layout : nullptr);
    apply(layout, follows);
    m_shown.reset();
    m_windowsShown = WindowsShown { .record = record, .row = row, .previous = {} };
    if (follows)
        m_windowsShown->previous = std::move(m_layout);
    m_layout = std::move(layout);
    m_hasLayout = true;
    setSceneRect(m_layout.bounds);
    Q_EMIT layoutApplied();
}

void DiagramScene::redraw()
{
    setBackgroundBrush(DiagramTheme::current().background);
    retranslate();
    update();
}

void DiagramScene::retranslate()
{
    if (m_live && m_liveShown) {
        finishAnimations();
        DiagramLayout layout = DiagramLayout::build(m_liveShown->setup, m_liveShown->events, m_liveShown->plan,
            static_cast<pid_t>(QCoreApplication::applicationPid()), nullptr, LivePipeItem::labelRoom);
        for (DiagramNode& node : layout.nodes)
            if (node.kind == Kind::Caption) {
                node.title = m_liveShown->caption;
                node.subtitle.clear();
            }
        apply(layout, false);
        m_layout = std::move(layout);
        setSceneRect(m_layout.bounds);
        // The pipes keep their fill, packets and EOF; only the words on them are said again.
        sayBlocked();
        placeLivePipes();
        for (LivePipeItem* item : m_livePipes)
            if (item)
                item->update();
        Q_EMIT layoutApplied();
        return;
    }
    if (m_windowsShown && !m_live) {
        finishAnimations();
        DiagramLayout layout = DiagramLayout::buildWindows(m_windowsShown->record, m_windowsShown->row,
            m_windowsShown->previous ? &*m_windowsShown->previous : nullptr);
        apply(layout, false);
        m_layout = std::move(layout);
        setSceneRect(m_layout.bounds);
        Q_EMIT layoutApplied();
        return;
    }
    if (!m_shown || m_live)
        return;
    finishAnimations();
    DiagramLayout layout = DiagramLayout::build(m_shown->snapshot, m_shown->events, m_shown->plan,
        static_cast<pid_t>(QCoreApplication::applicationPid()), m_shown->previous ? &*m_shown->previous : nullptr);
    apply(layout, false);
    m_layout = std::move(layout);
    setSceneRect(m_layout.bounds);
    Q_EMIT layoutApplied();
}

void DiagramScene::showLive(
    const StepSnapshot& setup, const std::vector<Event>& events, const HandlePlan& plan, const QString& caption)
{
    finishAnimations();
    stopLive();
    DiagramLayout layout = DiagramLayout::build(
        setup, events, plan, static_cast<pid_t>(QCoreApplication::applicationPid()), nullptr, LivePipeItem::labelRoom);
    for (DiagramNode& node : layout.nodes)
        if (node.kind == Kind::Caption) {
            node.title = caption;
            node.subtitle.clear();
        }
    apply(layout, false);
    m_layout = std::move(layout);
    // The next step starts a story of its own: nothing of the run is crossed out in it.
    m_hasLayout = false;
    setSceneRect(m_layout.bounds);
    m_live = true;
    m_liveRunning = true;
    m_liveSeconds = 0;
    m_liveState = {};
    m_liveShown = LiveShown { .setup = setup, .events = events, .plan = plan, .caption = caption };
    m_liveBlocked = {};
    placeLivePipes();
    Q_EMIT layoutApplied();
}

void DiagramScene::updateLive(const LiveSample& sample)
{
    if (!m_live)
        return;
    const double elapsed = sample.seconds - m_liveSeconds;
    m_liveSeconds = sample.seconds;
    for (Stream s : allStreams) {
        LivePipeState& state = m_liveState[static_cast<std::size_t>(s)];
        const LiveStream& stream = sample.stream(s);
        state.hasFill = stream.hasFill;
        state.fillBytes = stream.fillBytes;
        state.fillCapacity = stream.fillCapacity;
        // In a deadlock nothing moves, even while the rate, measured over half a second, still remembers bytes.
        state.bytesPerSecond = sample.finished || sample.verdict == Verdict::Deadlock ? 0 : stream.bytesPerSecond;
    }
    if (sample.stdinBrokenPipe)
        m_liveState[static_cast<std::size_t>(Stream::Stdin)].brokenPipe = true;
    m_liveBlocked = { sample.parent, sample.child };
    sayBlocked();
    for (Stream s : allStreams)
        if (LivePipeItem* item = livePipeItem(s)) {
            item->setState(m_liveState[static_cast<std::size_t>(s)]);
            item->advance(elapsed);
        }
}

void DiagramScene::liveEvent(const Event& event)
{
    if (!m_live)
        return;
    switch (event.kind) {
    case EventKind::StreamEof:
        if (event.stream)
            m_liveState[static_cast<std::size_t>(*event.stream)].eof = true;
        break;
    case EventKind::StdinClosed:
        // The child reads EOF once it has read what is left in the pipe.
        m_liveState[static_cast<std::size_t>(Stream::Stdin)].eof = true;
        break;
    case EventKind::StdinBrokenPipe:
        m_liveState[static_cast<std::size_t>(Stream::Stdin)].brokenPipe = true;
        break;
    default:
        return;
    }
    for (Stream s : allStreams)
        if (LivePipeItem* item = livePipeItem(s))
            item->setState(m_liveState[static_cast<std::size_t>(s)]);
}

void DiagramScene::endLive(const QString& how)
{
    if (!m_live)
        return;
    m_liveRunning = false;
    for (LivePipeState& state : m_liveState)
        state.bytesPerSecond = 0;
    for (Stream s : allStreams)
        if (LivePipeItem* item = livePipeItem(s)) {
            item->setState(m_liveState[static_cast<std::size_t>(s)]);
            item->setAnimated(false);
        }
    markChildEnded(how);
}

void DiagramScene::sayBlocked()
{
    for (LivePipeState& state : m_liveState) {
        state.blockedWriter.clear();
        state.blockedReader.clear();
    }
    // Who sleeps on which pipe, and at which end: a write waits at the write end, a read at the read end.
    for (const BlockedOn& b : m_liveBlocked) {
        if (!b.blocked() || !b.onPipe())
            continue;
        LivePipeState& state = m_liveState[static_cast<std::size_t>(*b.stream)];
        (b.call == BlockedCall::Write ? state.blockedWriter : state.blockedReader) = LiveText::blockedText(b);
    }
}

void DiagramScene::setLiveCaption(const QString& caption)
{
    if (!m_live || !m_liveShown)
        return;
    m_liveShown->caption = caption;
    for (DiagramNode& node : m_layout.nodes) {
        if (node.kind != Kind::Caption)
            continue;
        node.title = caption;
        if (DiagramItem* item = m_items.value(node.key)) {
            DiagramNode shown = item->node();
            shown.title = caption;
            item->setNode(shown);
        }
    }
}

void DiagramScene::stopLive()
{
    m_live = false;
    m_liveRunning = false;
    m_liveState = {};
    m_liveShown.reset();
    m_liveBlocked = {};
    for (LivePipeItem*& item : m_livePipes) {
        delete item;
        item = nullptr;
    }
}

void DiagramScene::placeLivePipes()
{
    for (Stream s : allStreams) {
        const QString name = fromCore(streamName(s));
        const DiagramNode* pipe = nullptr;
        for (const DiagramNode& node : m_layout.nodes)
            if (node.kind == Kind::Pipe && node.detail == name)
                pipe = &node;
        LivePipeItem*& item = m_livePipes[static_cast<std::size_t>(s)];
        if (!pipe) {
            delete item;
            item = nullptr;
            continue;
        }
        if (!item) {
            item = new LivePipeItem;
            addItem(item);
        }
        item->setGeometry(pipe->rect, pipe->inletLeft, pipe->color);
        item->setAnimated(m_animated && m_liveRunning);
        item->setState(m_liveState[static_cast<std::size_t>(s)]);
    }
}

std::optional<LivePipeState> DiagramScene::livePipe(Stream s) const
{
    if (!m_live || !livePipeItem(s))
        return std::nullopt;
    return livePipeItem(s)->state();
}

double DiagramScene::pipeFill(Stream s) const
{
    const auto state = livePipe(s);
    return state ? state->fillRatio() : 0.0;
}

QString DiagramScene::pipeBlockedText(Stream s) const
{
    const auto state = livePipe(s);
    if (!state)
        return {};
    QStringList words;
    for (const QString& text : { state->blockedWriter, state->blockedReader })
        if (!text.isEmpty())
            words << text;
    return words.join(QStringLiteral(" · "));
}

int DiagramScene::packetCount(Stream s) const
{
    const LivePipeItem* item = m_live ? livePipeItem(s) : nullptr;
    return item ? item->packetCount() : 0;
}

void DiagramScene::apply(const DiagramLayout& layout, bool follows)
{
    const bool animate = m_animated && follows;
    auto* group = animate ? new QParallelAnimationGroup(this) : nullptr;
    const int d = m_duration;

    QHash<QString, DiagramItem*> next;
    for (const DiagramNode& node : layout.nodes) {
        const QPointF target = restingPos(node);
        DiagramItem* item = m_items.take(node.key);
        if (item) {
            const QPointF oldPos = item->pos();
            const bool pathChanged = node.kind == Kind::Edge && item->node().path != node.path;
            item->setNode(node);
            if (group && oldPos != target)
                group->addAnimation(animation(item, "pos", oldPos, target, d));
            else
                item->setPos(target);
            if (group && pathChanged) {
                item->setOpacity(0);
                group->addAnimation(delayed(animation(item, "opacity", 0.0, 1.0, d / 2), d / 2));
            } else if (group && item->opacity() != restingOpacity(node)) {
                group->addAnimation(animation(item, "opacity", item->opacity(), restingOpacity(node), d));
            } else {
                item->setOpacity(restingOpacity(node));
            }
        } else {
            item = new DiagramItem(node);
            addItem(item);
            DiagramItem* from = node.fromKey.isEmpty() ? nullptr : next.value(node.fromKey);
            if (group && from) {
                // fork: the copy starts on top of the parent's original and travels to the child.
                item->setPos(from->node().rect.topLeft());
                item->setOpacity(0.3);
                group->addAnimation(animation(item, "pos", item->pos(), target, d));
                group->addAnimation(animation(item, "opacity", 0.3, 1.0, d));
            } else if (group) {
                item->setPos(target);
                item->setOpacity(0);
                QAbstractAnimation* fade = animation(item, "opacity", 0.0, restingOpacity(node), d / 2);
                group->addAnimation(node.kind == Kind::Edge ? delayed(fade, d / 2) : fade);
            } else {
                item->setPos(target);
                item->setOpacity(restingOpacity(node));
            }
        }
        next.insert(node.key, item);
    }

    // What is not in the new picture at all fades away (a pipe whose last end closed, an old wire).
    for (DiagramItem* item : std::as_const(m_items)) {
        if (group && item->node().kind != Kind::Edge) {
            group->addAnimation(animation(item, "opacity", item->opacity(), 0.0, d / 2));
            m_leaving << item;
        } else {
            delete item;
        }
    }
    m_items = next;

    // dup2: the handle's name travels from the fd it was on to 0, 1 or 2.
    if (group) {
        for (const DiagramLayout::Move& move : layout.moves) {
            const DiagramNode* from = layout.node(move.from);
            const DiagramNode* to = layout.node(move.to);
            if (!from || !to)
                continue;
            DiagramNode token;
            token.kind = Kind::Token;
            token.key = QStringLiteral("token:") + move.to;
            token.title = move.label + QStringLiteral(" → ") + to->title;
            token.rect = QRectF(0, 0, 210, 34);
            auto* item = new DiagramItem(token);
            addItem(item);
            const QPointF offset(from->rect.width() / 2 - 105, from->rect.height() / 2 - 17);
            item->setPos(from->rect.topLeft() + offset);
            auto* travel = new QSequentialAnimationGroup;
            travel->addAnimation(animation(item, "pos", from->rect.topLeft() + offset, to->rect.topLeft() + offset, d));
            travel->addAnimation(animation(item, "opacity", 1.0, 0.0, d / 3));
            group->addAnimation(travel);
            m_leaving << item;
        }
    }

    if (group) {
        m_animation = group;
        connect(group, &QAbstractAnimation::finished, this, [this, group] {
            if (m_animation != group)
                return;
            m_animation = nullptr;
            group->deleteLater();
            for (DiagramItem* item : std::as_const(m_leaving))
                delete item;
            m_leaving.clear();
            Q_EMIT animationsFinished();
        });
        group->start();
    }
}
