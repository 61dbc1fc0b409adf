// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <sys/types.h>
#include <vector>

// Where PipeScope forks a child that runs its own code for a while (a stepped child between fork and exec, the
// duplex demo's peer, the permission helper). Several sessions can run in one process; a child forked by one must
// never hold the fds of another, or the other's pipes never reach EOF. (Run mode's vfork child execs at once with
// close_fds, so it holds nothing for long.)
namespace pipescope {

// Sorts the fds a child keeps: call before forkIsolated, which may not allocate in the child.
std::vector<int> sortedFds(std::vector<int> fds);

// Forks. In the child, every fd but 0, 1, 2 and keepSorted is closed before fork returns there, so the child holds
// nothing of another session; only async-signal-safe calls may follow in it. Returns the pid, 0 in the child, -1
// on error.
pid_t forkIsolated(std::span<const int> keepSorted);

// Async-signal-safe: closes every fd >= 3 that is not in keepSorted (ascending, may contain fds < 3).
void closeFdsExcept(const int* keepSorted, int count) noexcept;

} // namespace pipescope
