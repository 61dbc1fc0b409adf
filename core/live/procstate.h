// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/stream.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace pipescope {

// How full a pipe is, measured through any end the parent holds: FIONREAD against F_GETPIPE_SZ.
struct PipeFill
{
    std::int64_t bytes = 0; // unread bytes in the pipe
    std::int64_t capacity = 0; // what the kernel lets it hold
    bool full() const { return capacity > 0 && bytes >= capacity; }
    friend bool operator==(const PipeFill&, const PipeFill&) = default;
};
// nullopt when fd is not a pipe (or not open).
std::optional<PipeFill> measurePipe(int fd);

// One line of /proc/<pid>/syscall: "running", "-1 SP PC" (asleep outside a system call) or
// "NR ARG1..ARG6 SP PC" (asleep in system call NR; arguments in hex).
struct SyscallLine
{
    enum class State { Running, InSyscall, NotInSyscall };
    State state = State::Running;
    long nr = -1;
    std::array<std::uint64_t, 6> args {};
    std::uint64_t sp = 0;
    std::uint64_t pc = 0;
    friend bool operator==(const SyscallLine&, const SyscallLine&) = default;
};
// Pure and total: nullopt for anything that is not exactly one of the three forms.
std::optional<SyscallLine> parseSyscallLine(std::string_view text);

// What a sleeping thread waits in: the kernel function /proc/<pid>/wchan names, folded to what PipeScope shows.
enum class WaitChannel {
    None, // running, or the kernel did not say ("0" or empty)
    PipeRead, // pipe_read / anon_pipe_read / pipe_wait_readable: the pipe is empty
    PipeWrite, // pipe_write / anon_pipe_write / pipe_wait_writable: the pipe is full
    Pipe, // pipe_wait (kernels before 5.9): a pipe, direction from the system call
    Poll, // poll, select, epoll
    ChildWait, // wait4, waitid
    Sleep, // nanosleep, clock_nanosleep
    Futex, // a lock or condition variable
    Other,
};
std::string_view waitChannelName(WaitChannel w);
WaitChannel parseWchan(std::string_view text);

// The system call a thread sleeps in, by kind (numbers are per architecture; this uses the host's).
enum class BlockedCall { None, Read, Write, Poll, Wait, Sleep, Futex, Other };
std::string_view blockedCallName(BlockedCall c);
BlockedCall classifySyscall(long nr);

enum class BlockReason {
    None, // not blocked, or on something that is not one of the child's pipes
    PipeFull, // writing a pipe nobody empties
    PipeEmpty, // reading a pipe nobody fills
    ChildExit, // in wait4/waitid: waiting for a child process to exit
};
std::string_view blockReasonName(BlockReason r);

// Who sleeps where: e.g. {process=Child, call=Write, fd=1, stream=Stdout, reason=PipeFull}.
struct BlockedOn
{
    Actor process = Actor::Child;
    bool observed = false; // its /proc files could be read
    int pid = 0;
    int tid = 0; // the thread looked at (the parent's naive thread), 0 for the process's main thread
    BlockedCall call = BlockedCall::None; // None: running, or asleep outside a system call
    long syscallNr = -1;
    int fd = -1; // read/write: the fd argument, in that process's table
    std::optional<Stream> stream; // the child's pipe that fd is, when it is one
    WaitChannel wchan = WaitChannel::None;
    BlockReason reason = BlockReason::None;

    bool blocked() const { return call != BlockedCall::None; }
    bool onPipe() const { return stream.has_value() && reason != BlockReason::None; }
    friend bool operator==(const BlockedOn&, const BlockedOn&) = default;
};

// Pure: what a thread's /proc state means. fdStream and fill describe the fd of a read/write (args[0]), when known.
BlockedOn classifyBlocked(Actor process, const SyscallLine& line, WaitChannel wchan, std::optional<Stream> fdStream,
    std::optional<PipeFill> fill);

// What the parent and child together are doing.
enum class Verdict {
    Running, // data can move
    WaitingForInput, // the child waits to read stdin and the parent is not blocked: someone has to write
    Deadlock, // each waits on a pipe only the other can serve
    HeldOpen, // the child exited, but processes it started still hold its end of a pipe: no EOF yet
    Finished, // the child was reaped and the parent's ends are closed
};
std::string_view verdictName(Verdict v);
std::optional<Verdict> verdictFromName(std::string_view name);

// Pure: Deadlock when parent and child both sleep on two different pipes between them (parent writing a full
// stdin while the child writes a full stdout, parent reading an empty stdout while the child writes a full
// stderr...): neither can move until the other does. Both on the same pipe cannot last, so it is not one.
Verdict judge(const BlockedOn& parent, const BlockedOn& child);

// /proc/<pid>/syscall and /proc/<pid>/wchan, or the task's files when tid > 0. nullopt when gone or unreadable.
struct ThreadProcState
{
    SyscallLine syscall;
    WaitChannel wchan = WaitChannel::None;
};
std::optional<ThreadProcState> readThreadState(pid_t pid, pid_t tid = 0);

// The pipe inode behind /proc/<pid>/fd/<fd>, or nullopt when that fd is not a pipe (or gone).
std::optional<std::uint64_t> pipeInodeOf(pid_t pid, int fd);
// A /proc text file, whole (at most 1 MiB); nullopt when it cannot be read (the process is gone, say).
std::optional<std::string> readProcFile(const std::string& path);
// The kernel function a thread sleeps in (/proc/<pid>/task/<tid>/wchan, the main thread when tid is 0), as the kernel
// names it ("wait_for_partner", "pipe_read"; "0" when it hides it); nullopt when it cannot be read.
std::optional<std::string> readWaitChannel(pid_t pid, pid_t tid = 0);
// The inode of one of this process's fds, for matching against pipeInodeOf().
std::optional<std::uint64_t> ownInodeOf(int fd);

} // namespace pipescope
