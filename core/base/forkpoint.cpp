// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/forkpoint.h"

#include <algorithm>
#include <climits>
#include <mutex>
#include <set>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pipescope {

namespace {

std::mutex& registryMutex()
{
    static std::mutex m;
    return m;
}

std::set<pid_t>& registry()
{
    static std::set<pid_t> pids;
    return pids;
}

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

std::shared_mutex& forkLock()
{
    static std::shared_mutex m;
    return m;
}

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

pid_t forkIsolated(std::vector<int> keep)
{
    std::ranges::sort(keep);
    const pid_t pid = ::fork();
    if (pid == 0)
        closeFdsExcept(keep.data(), static_cast<int>(keep.size()));
    return pid;
}

void registerChild(pid_t pid)
{
    if (pid <= 0)
        return;
    const std::lock_guard lock(registryMutex());
    registry().insert(pid);
}

void unregisterChild(pid_t pid)
{
    if (pid <= 0)
        return;
    const std::lock_guard lock(registryMutex());
    registry().erase(pid);
}

bool isRegisteredChild(pid_t pid)
{
    const std::lock_guard lock(registryMutex());
    return registry().contains(pid);
}

} // namespace pipescope
