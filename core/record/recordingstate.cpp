// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recordingstate.h"

#include <algorithm>
#include <functional>
#include <map>

namespace pipescope {

namespace {

// What each process runs: the program of its last exec, else its parent's at its fork.
using ArgvByPid = std::map<int, std::vector<std::string>>;

ArgvByPid argvAtStart(const Recording& rec)
{
    ArgvByPid argv;
    if (!rec.processes.empty())
        argv[rec.processes.front().pid] = rec.argv;
    return argv;
}

void apply(const Recording& rec, const RecordedEvent& e, ArgvByPid& argv)
{
    switch (e.call) {
    case Call::Fork:
    case Call::Vfork:
    case Call::Clone:
    case Call::Clone3:
        if (e.result > 0 && rec.process(static_cast<int>(e.result)))
            argv[static_cast<int>(e.result)] = argv[e.pid];
        break;
    case Call::Execve:
    case Call::Execveat:
        if (e.result == 0)
            argv[e.pid] = e.argv;
        break;
    default:
        break;
    }
}

// The moment after events[step] (before the first when empty), given what each process runs by then.
RecordingState stateAt(const Recording& rec, std::optional<size_t> step, const ArgvByPid& argv, const PopenNames* names)
{
    RecordingState state;
    state.timeNs = step ? rec.events[*step].timeNs : (rec.events.empty() ? 0 : rec.events.front().timeNs - 1);
    const std::int64_t t = state.timeNs;

    for (const RecordedProcess& p : rec.processes) {
        if (p.startNs > t || (p.endNs && *p.endNs < t))
            continue;
        ProcessState s { .pid = p.pid, .ppid = p.ppid };
        const auto known = argv.find(p.pid);
        s.argv = known != argv.end() && !known->second.empty() ? known->second : p.argv;
        if (p.endNs && *p.endNs <= t) {
            s.ended = true;
            s.exit = p.exit;
        }
        state.processes.push_back(std::move(s));
    }
    for (const RecordedPipe& pipe : rec.pipes)
        for (const auto* ends : { &pipe.readEnds, &pipe.writeEnds })
            for (const PipeHold& h : *ends) {
                if (h.openedNs > t || (h.closedNs && *h.closedNs <= t))
                    continue;
                const auto it = std::ranges::find(state.processes, h.pid, &ProcessState::pid);
                if (it == state.processes.end())
                    continue;
                it->ends.push_back(HeldPipeEnd { .fd = h.fd,
                    .inode = pipe.inode,
                    .writeEnd = ends == &pipe.writeEnds,
                    .popenName
                    = names ? names->name(h.pid, h.fd, h.openedNs) : rec.popenName(h.pid, h.fd, h.openedNs) });
            }
    for (ProcessState& s : state.processes)
        std::ranges::sort(s.ends, {}, &HeldPipeEnd::fd);
    // In the order they started (the recorder meets new processes in the order the kernel reports them).
    std::ranges::stable_sort(state.processes, {}, [&](const ProcessState& s) { return rec.process(s.pid)->startNs; });
    return state;
}

} // namespace

RecordingState recordingStateAfter(const Recording& rec, std::optional<size_t> step, const PopenNames* names)
{
    if (step && *step >= rec.events.size())
        step = rec.events.empty() ? std::nullopt : std::optional<size_t>(rec.events.size() - 1);
    ArgvByPid argv = argvAtStart(rec);
    if (step)
        for (size_t i = 0; i <= *step; ++i)
            apply(rec, rec.events[i], argv);
    return stateAt(rec, step, argv, names);
}

void forEachRecordingState(const Recording& rec, const PopenNames* names,
    const std::function<void(std::optional<size_t> step, const RecordingState& state)>& visit)
{
    ArgvByPid argv = argvAtStart(rec);
    visit(std::nullopt, stateAt(rec, std::nullopt, argv, names));
    for (size_t i = 0; i < rec.events.size(); ++i) {
        apply(rec, rec.events[i], argv);
        visit(i, stateAt(rec, i, argv, names));
    }
}

} // namespace pipescope
