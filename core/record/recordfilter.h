// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <linux/filter.h>
#include <vector>

namespace pipescope {

#if defined(__x86_64__)
// The seccomp program recordProgram installs in the program before its exec (classic BPF, x86-64 calls; any other
// architecture's calls run on): SECCOMP_RET_TRACE for the calls a recording stops at, with `bytes` also for
// read/write/readv/writev/splice, SECCOMP_RET_ALLOW for the rest. Linux on x86-64 only. The calls in leaveOut (x86-64
// numbers; not fcntl) run on too: what a stop at them costs is measured with it (tests/benchmarks).
std::vector<sock_filter> recordFilter(bool bytes, const std::vector<long>& leaveOut = {});
#endif

} // namespace pipescope
