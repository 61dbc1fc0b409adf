// SPDX-License-Identifier: GPL-3.0-or-later
// Popen.communicate(), blocking: a thin wrapper over the Pump, the one run engine.
#include "popen/process.h"

#include "live/pump.h"

#include <algorithm>
#include <cerrno>
#include <csignal>

namespace pipescope {

namespace {

// Generous: a run's non-data events are few, and data events are one per stream per 10 ms.
constexpr std::size_t communicateMaxEvents = 1 << 16;

} // namespace

Result<CommunicateResult> communicate(Spawned& spawned, const CommunicateOptions& options, std::vector<Event>* events)
{
    if (!spawned.child.running() && !spawned.child.status())
        return Error { .code = ErrorCode::SystemCall, .sysErrno = ECHILD, .call = "waitpid" };
    const pid_t pid = spawned.child.pid();

    PumpOptions po;
    po.policy = ParentPolicy::Communicate;
    po.input.assign(options.input.begin(), options.input.end());
    po.ringCapacity = 0; // nothing is displayed: the bytes go to the sink, the counters count them
    po.maxEvents = events ? communicateMaxEvents : 16;
    po.stateInterval = std::chrono::milliseconds(0); // no /proc sampling while it drains
    po.sink = options.sink;
    auto started = Pump::start(std::move(spawned), std::move(po));
    if (!started)
        return started.error();
    Pump& pump = **started;

    CommunicateResult result;
    bool finished = false;
    if (options.timeout) {
        finished = pump.waitFinished(*options.timeout);
    } else {
        while (!pump.waitFinished(std::chrono::hours(1))) { }
        finished = true;
    }
    if (!finished) {
        // Who keeps the pipes open, before the kill: the child itself, or what it started.
        const PumpSnapshot before = pump.sample();
        for (Stream s : { Stream::Stdout, Stream::Stderr, Stream::Stdin }) {
            const StreamSample& st = before.stream(s);
            if (st.open && st.inode)
                for (PipeHolder& h : pipeHolders(*st.inode, s != Stream::Stdin, std::vector<pid_t> { pid }))
                    result.holders.push_back({ .stream = s, .holder = std::move(h) });
        }
        pump.cancel();
        pump.waitFinished(std::chrono::hours(1));
        result.timedOut = true;
    }

    const PumpSnapshot snap = pump.sample();
    if (snap.error)
        return *snap.error;
    result.bytesWritten = snap.stream(Stream::Stdin).bytes;
    result.bytesRead = { 0, snap.stream(Stream::Stdout).bytes, snap.stream(Stream::Stderr).bytes };
    result.stdinBrokenPipe = snap.stdinBrokenPipe;
    result.exit = snap.exit.value_or(ExitStatus { .signaled = true, .code = SIGKILL });
    if (events) {
        std::vector<Event> got = pump.takeEvents();
        // Popen.communicate() reads to EOF, then wait()s: the exit is what it sees last, whenever the pump saw it.
        std::stable_partition(got.begin(), got.end(),
            [](const Event& e) { return e.kind != EventKind::ChildExited && e.kind != EventKind::ChildSignaled; });
        if (result.timedOut) {
            // The timeout is why the child was killed: it comes first.
            const auto killed
                = std::ranges::find_if(got, [](const Event& e) { return e.kind == EventKind::ChildKilled; });
            got.insert(killed,
                Event { .timeNs = monotonicNs(),
                    .pid = ::getpid(),
                    .kind = EventKind::TimedOut,
                    .value = static_cast<int>(options.timeout->count()) });
        }
        events->insert(events->end(), std::make_move_iterator(got.begin()), std::make_move_iterator(got.end()));
    }
    return result;
}

} // namespace pipescope
