// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/stream.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

// What happened, as data. The app words it; core never does.
enum class EventKind {
    // Handle setup (stepId names the plan step)
    PipeCreated, // fds = {read end, write end}
    PipeSizeSet, // fds = {fd}, value = the size the kernel granted
    DevNullOpened, // fds = {fd}
    FileOpened, // fds = {fd}, path
    CallerFdUsed, // fds = {fd}
    HandleAliased, // errwrite = c2pwrite (or fd 1): fds = {fd}
    ErrPipeCreated, // fds = {read end, write end}
    Forked, // pid = the child
    ChildClosed, // fds = the fds the child closed
    ChildDuped, // fds = {old, new}: moved off 0/1
    ChildDup2, // fds = {old, target}
    ChildInheritable, // fds = {fd}: close-on-exec cleared
    ChildClosedFds, // close_fds: fds = {first kept above 2 (the error pipe)}
    Exec, // path = the program that ran
    ExecFailed, // value = errno, path = the program
    ChildSetupFailed, // value = errno, path = the call
    ParentClosed, // fds = {fd}
    ErrPipeEof, // the error pipe reached EOF: exec succeeded
    // Data
    StdinWritten, // bytes
    StdinClosed,
    StdinBrokenPipe, // EPIPE: the child no longer reads
    DataRead, // stream, bytes
    StreamEof, // stream
    // End
    ChildExited, // value = exit status
    ChildSignaled, // value = signal number
    TimedOut, // the parent gave up waiting: value = timeout in ms
    ChildKilled, // value = signal sent
};
std::string_view eventKindName(EventKind k);
std::optional<EventKind> eventKindFromName(std::string_view name);

struct Event
{
    std::int64_t timeNs = 0; // CLOCK_MONOTONIC
    Actor actor = Actor::Parent;
    int pid = 0; // the process the event happened in
    EventKind kind = EventKind::PipeCreated;
    std::optional<Stream> stream;
    std::string stepId; // the plan step this event carries out, if any
    std::vector<int> fds;
    std::int64_t bytes = 0;
    int value = 0;
    std::string path;

    friend bool operator==(const Event&, const Event&) = default;
};

std::int64_t monotonicNs();

} // namespace pipescope
