// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "base/result.h"
#include "live/processtree.h"
#include "live/procstate.h"
#include "popen/process.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace pipescope {

// How the parent side behaves, as in the seed and in real bugs.
enum class ParentPolicy {
    Communicate, // Popen.communicate(): writes the input while draining both outputs; never deadlocks
    Naive, // write all input (blocking), close stdin, read stdout to EOF, then stderr: can deadlock
    WaitFirst, // as Naive, but Popen.wait() before reading: deadlocks once the child fills an output pipe
    Manual, // the user feeds stdin and closes it; outputs are read as data arrives
    // As Communicate, but stdout is closed as soon as its first bytes are read, as `proc.stdout.readline();
    // proc.stdout.close()` does: the child's next write to it meets a pipe nobody reads (SIGPIPE, or EPIPE where
    // SIGPIPE is ignored). stderr is read to its end.
    CloseEarly,
};
std::string_view parentPolicyName(ParentPolicy p);
// Naive and WaitFirst: a parent thread of its own makes blocking calls, as a program with plain file objects does.
constexpr bool blocksOnPipes(ParentPolicy p)
{
    return p == ParentPolicy::Naive || p == ParentPolicy::WaitFirst;
}
std::optional<ParentPolicy> parentPolicyFromName(std::string_view name);

struct PumpOptions
{
    ParentPolicy policy = ParentPolicy::Communicate;
    std::vector<std::byte> input; // written to stdin first; Communicate and Naive then close it
    std::size_t ringCapacity = 64 * 1024; // per stream: the most recent bytes kept for display
    std::size_t maxEvents = 1024; // bound of the takeEvents() queue (at least 16); data events merge beyond it
    std::size_t maxPendingInput = 16 * 1024 * 1024; // Manual: feed() refuses to queue more than this unwritten
    std::chrono::milliseconds stateInterval { 20 }; // how often pipe fill and /proc are read; 0: never
    std::chrono::milliseconds dataEventInterval { 10 }; // one StdinWritten/DataRead per stream per interval at most
    // Slow motion: the parent moves at most this many bytes per second on each stream (written to stdin, read from
    // stdout, read from stderr), so that a pipe it is slow to empty really fills and its writer really blocks.
    // 0: full speed. Pump::setPace() changes it during the run.
    std::uint64_t bytesPerSecond = 0;
    // Every byte read from stdout/stderr, in order, for consumers that need them all (tests, --save-stdout). Runs on
    // the pump's thread (on the naive parent thread under Naive), never two at once; it must neither throw nor call
    // the Pump.
    std::function<void(Stream, std::span<const std::byte>)> sink;
};

// One stream as sample() sees it.
struct StreamSample
{
    bool piped = false; // the parent holds an end of a pipe for it
    bool open = false; // that end is still open (stdin: not closed; outputs: no EOF yet)
    std::int64_t bytes = 0; // exact: written to stdin / read from stdout or stderr so far
    std::int64_t offset = 0; // stream offset of fresh[0]
    std::vector<std::byte> fresh; // the bytes since the previous sample(), at most the ring's capacity
    std::int64_t skipped = 0; // bytes since the previous sample() that the ring no longer held
    std::optional<PipeFill> fill; // the pipe's fill level, while the parent still holds an end to measure it
    std::optional<std::uint64_t> inode; // the pipe's inode, when piped
    // Once the child was reaped while this pipe is still open: the other processes that hold the child's end (a
    // grandchild it started, say), so nobody can yet see EOF (stdout/stderr) or EPIPE (stdin).
    std::vector<PipeHolder> holders;
};

// What the pump knows at one moment: cheap to take, a value to hand to the GUI.
struct PumpSnapshot
{
    std::uint64_t sequence = 0; // 1 for the first sample()
    std::int64_t timeNs = 0; // CLOCK_MONOTONIC when taken
    int pid = 0; // the child
    std::array<StreamSample, 3> streams; // by Stream
    BlockedOn parent; // the parent's naive thread under Naive; never blocked on a pipe otherwise
    BlockedOn child;
    std::int64_t stateTimeNs = 0; // when parent/child/fill were last read (every stateInterval)
    Verdict verdict = Verdict::Running;
    std::int64_t deadlockSinceNs = 0; // when the deadlock was first seen, 0 if none
    bool stdinBrokenPipe = false;
    bool cancelled = false;
    bool finished = false; // child reaped, every end closed, threads done
    std::optional<ExitStatus> exit; // once the child was reaped
    std::optional<Error> error; // a call of the pump itself failed (then it killed and reaped the child)
    std::int64_t eventsCoalesced = 0; // events merged into others so far because the consumer was slower

    const StreamSample& stream(Stream s) const { return streams[static_cast<std::size_t>(s)]; }
};

// Runs a spawned child's pipes on its own thread: feeds stdin, drains stdout/stderr, reaps the child, and keeps
// what a slow consumer can look at bounded. No public method blocks except waitFinished().
class Pump
{
public:
    // Takes the child and the parent's ends; starts the threads. Errors: SystemCall (eventfd, thread creation;
    // waitpid/ECHILD for a Spawned without a child), in which case the child is killed and reaped.
    static Result<std::unique_ptr<Pump>> start(Spawned spawned, PumpOptions options = {});

    ~Pump(); // cancels: kills and reaps the child, closes every fd, joins the threads
    Pump(const Pump&) = delete;
    Pump& operator=(const Pump&) = delete;

    int pid() const;

    // Counters, the bytes since the previous sample(), pipe fill, who is blocked, the verdict. Thread-safe.
    PumpSnapshot sample();
    // The events since the previous call, oldest first.
    std::vector<Event> takeEvents();
    // The whole ring of a stream: its most recent bytes, up to the ring's capacity.
    std::vector<std::byte> recentBytes(Stream s) const;

    // Slow motion from now on (PumpOptions::bytesPerSecond; 0: full speed). Thread-safe; never blocks.
    void setPace(std::uint64_t bytesPerSecond);

    // Manual: queues bytes for stdin. False when not Manual, stdin is closed or not a pipe, or too much is queued.
    bool feed(std::span<const std::byte> bytes);
    bool feed(std::string_view text);
    // Manual: closes stdin once what was fed is written (the child sees EOF).
    void closeStdin();
    // Kills the child and every process it started (SIGKILL), closes the parent's ends, unblocks and joins the
    // naive thread. Idempotent.
    void cancel();

    bool finished() const;
    // The one blocking call: waits until finished or the timeout; returns finished().
    bool waitFinished(std::chrono::milliseconds timeout) const;

    class Impl;

private:
    explicit Pump(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace pipescope
