// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recordingstate.h"

#include <algorithm>
#include <map>

namespace pipescope {

RecordingState recordingStateAfter(const Recording& rec, std::optional<size_t> step, const PopenNames* names)
{
    RecordingState state;
    if (step && *step >= rec.events.size())
        step = rec.events.empty() ? std::nullopt : std::optional<size_t>(rec.events.size() - 1);
    state.timeNs = step ? rec.events[*step].timeNs : (rec.events.empty() ? 0 : rec.events.front().timeNs - 1);
    const std::int64_t t = state.timeNs;

    // What each process runs at t: the program of its last exec by then, else its parent's at its fork.
    std::map<int, std::vector<std::string>> argv;
    if (!rec.processes.empty())
        argv[rec.processes.front().pid] = rec.argv;
    if (step) {
        for (size_t i = 0; i <= *step; ++i) {
            const RecordedEvent& e = rec.events[i];
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
    }

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

} // namespace pipescope
