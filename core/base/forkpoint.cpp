// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/forkpoint.h"

#include <algorithm>
#include <climits>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pipescope {

namespace {

void closeRange(unsigned from, unsigned to) noexcept
{
    if (from > to)
        return;
    if (::syscall(SYS_close_range, from, to, 0) == 0)
        return;
    rlimit limit {};
    unsigned last = to;
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur - 1 < last)
        last = static_cast<unsigned>(limit.rlim_cur - 1);
    for (unsigned fd = from; fd <= last && fd <= static_cast<unsigned>(INT_MAX); ++fd)
        ::close(static_cast<int>(fd));
}

} // namespace

void closeFdsExcept(const int* keepSorted, int count) noexcept
{
    unsigned from = 3;
    for (int i = 0; i < count; ++i) {
        const int keep = keepSorted[i];
        if (keep < 3 || static_cast<unsigned>(keep) < from)
            continue;
        closeRange(from, static_cast<unsigned>(keep) - 1);
        from = static_cast<unsigned>(keep) + 1;
    }
    closeRange(from, ~0U);
}

std::vector<int> sortedFds(std::vector<int> fds)
{
    std::ranges::sort(fds);
    return fds;
}

pid_t forkIsolated(std::span<const int> keepSorted)
{
    const pid_t pid = ::fork();
    if (pid == 0)
        closeFdsExcept(keepSorted.data(), static_cast<int>(keepSorted.size()));
    return pid;
}

} // namespace pipescope
