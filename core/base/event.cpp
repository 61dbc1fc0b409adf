// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/event.h"

#include "base/names.h"

#include <ctime>

namespace pipescope {

namespace {
constexpr std::pair<EventKind, std::string_view> eventKindNames[] {
    { EventKind::PipeCreated, "pipe-created" },
    { EventKind::PipeSizeSet, "pipe-size-set" },
    { EventKind::DevNullOpened, "devnull-opened" },
    { EventKind::FileOpened, "file-opened" },
    { EventKind::CallerFdUsed, "caller-fd-used" },
    { EventKind::HandleAliased, "handle-aliased" },
    { EventKind::ErrPipeCreated, "errpipe-created" },
    { EventKind::Forked, "forked" },
    { EventKind::ChildClosed, "child-closed" },
    { EventKind::ChildDuped, "child-duped" },
    { EventKind::ChildDup2, "child-dup2" },
    { EventKind::ChildInheritable, "child-inheritable" },
    { EventKind::ChildClosedFds, "child-closed-fds" },
    { EventKind::Exec, "exec" },
    { EventKind::ExecFailed, "exec-failed" },
    { EventKind::ChildSetupFailed, "child-setup-failed" },
    { EventKind::ParentClosed, "parent-closed" },
    { EventKind::ErrPipeEof, "errpipe-eof" },
    { EventKind::StdinWritten, "stdin-written" },
    { EventKind::StdinClosed, "stdin-closed" },
    { EventKind::StdinBrokenPipe, "stdin-broken-pipe" },
    { EventKind::DataRead, "data-read" },
    { EventKind::StreamEof, "stream-eof" },
    { EventKind::ChildExited, "child-exited" },
    { EventKind::ChildSignaled, "child-signaled" },
    { EventKind::TimedOut, "timed-out" },
    { EventKind::ChildKilled, "child-killed" },
};
} // namespace

std::string_view eventKindName(EventKind k)
{
    return detail::nameOf<EventKind>(eventKindNames, k);
}
std::optional<EventKind> eventKindFromName(std::string_view name)
{
    return detail::valueOf<EventKind>(eventKindNames, name);
}

std::int64_t monotonicNs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace pipescope
