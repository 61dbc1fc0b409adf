// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <shared_mutex>
#include <sys/types.h>
#include <vector>

// The one place every fork of PipeScope goes through. Several sessions can run in one process (a stepped child
// stopped between fork and exec, a live run, a named-pipe run); a child forked by one must never hold the fds of
// another, or the other's pipes never reach EOF. And since PipeScope adopts the orphans its children leave behind
// (see ProcessTree), it must tell its own children from adopted ones: every child is registered here, and a fork
// holds forkLock() (shared) until the new child is registered.
namespace pipescope {

// Held shared from before a fork until the child is registered; held exclusively to look for adopted orphans.
std::shared_mutex& forkLock();

// Forks. In the child, every fd but 0, 1, 2 and `keep` is closed before fork returns there, so the child holds
// nothing of another session; only async-signal-safe calls may follow in it. The caller holds forkLock() shared
// and registers the child (ChildProcess does) before letting go of it. Returns the pid, 0 in the child, -1 on error.
pid_t forkIsolated(std::vector<int> keep);

// Async-signal-safe: closes every fd >= 3 that is not in keepSorted (ascending, may contain fds < 3).
void closeFdsExcept(const int* keepSorted, int count) noexcept;

// The children this process started and has not reaped yet; ChildProcess keeps it up to date.
void registerChild(pid_t pid);
void unregisterChild(pid_t pid);
bool isRegisteredChild(pid_t pid);

} // namespace pipescope
