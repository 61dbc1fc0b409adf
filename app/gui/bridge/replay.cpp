// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/replay.h"

#include <algorithm>
#include <set>

using namespace pipescope;

namespace {

// The events of the steps up to position (each carries its plan step's id): the session's events at that moment.
std::vector<Event> eventsUpTo(const std::vector<Event>& events, const HandlePlan& plan, size_t position)
{
    std::set<std::string> done;
    for (size_t i = 0; i < std::min(position, plan.steps.size()); ++i)
        done.insert(plan.steps[i].id);
    std::vector<Event> out;
    for (const Event& e : events)
        if (!e.stepId.empty() && done.count(e.stepId))
            out.push_back(e);
    return out;
}

} // namespace

Replay::Replay(QObject* parent)
    : StepSource(parent)
{
}

Replay::~Replay() = default;

void Replay::start(Trace trace, const QString& name)
{
    m_trace = std::move(trace);
    m_name = name;
    m_posix = planHandles(m_trace.spec, Lens::Posix);
    m_frames = m_trace.steps;
    std::stable_sort(m_frames.begin(), m_frames.end(),
        [](const StepSnapshot& a, const StepSnapshot& b) { return a.position < b.position; });
    if (m_frames.empty()) {
        // A trace of a run, without steps: its end, with the child's table as it was read after exec.
        StepSnapshot end;
        end.position = m_posix.steps.size();
        end.childFds = m_trace.childFds;
        for (const Event& e : m_trace.events)
            if (e.kind == EventKind::Forked)
                end.childPid = e.pid;
        m_frames.push_back(std::move(end));
    }
    m_index = 0;
    const bool was = m_active;
    m_active = true;
    if (!was)
        Q_EMIT activeChanged(true);
    Q_EMIT planShown(frame());
    show();
}

void Replay::leave()
{
    if (!m_active)
        return;
    m_active = false;
    Q_EMIT activeChanged(false);
}

bool Replay::forward()
{
    if (!m_active || atEnd())
        return false;
    ++m_index;
    show();
    return true;
}

bool Replay::back()
{
    if (!m_active || m_index == 0)
        return false;
    --m_index;
    show();
    return true;
}

bool Replay::toStart()
{
    if (!m_active)
        return false;
    m_index = 0;
    show();
    return true;
}

size_t Replay::position() const
{
    return m_frames.empty() ? 0 : m_frames[m_index].position;
}

StepFrame Replay::frame() const
{
    StepFrame f;
    f.origin = StepFrame::Origin::Recording;
    f.spec = m_trace.spec;
    f.plan = m_trace.plan;
    f.posix = m_posix;
    if (m_frames.empty())
        return f;
    f.snapshot = m_frames[m_index];
    f.events = eventsUpTo(m_trace.events, m_posix, f.snapshot.position);
    const bool last = atEnd();
    f.log = last ? m_trace.events : f.events;
    if (last)
        f.exit = m_trace.exit;
    return f;
}

void Replay::show()
{
    Q_EMIT frameShown(frame());
}
