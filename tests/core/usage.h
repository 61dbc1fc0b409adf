// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace pipescope::test {

// What this process holds, compared before and after a soak or a fault: none of it may grow.
struct ProcessUsage
{
    int fds = -1; // open fds (openFdCount())
    int threads = -1; // entries of /proc/self/task
    long rssKiB = -1; // VmRSS of /proc/self/status
};
ProcessUsage processUsage();

// This process's children, alive or not yet reaped, with their /proc state letter ('T' stopped, 'Z' zombie...).
struct ChildInfo
{
    int pid = 0;
    char state = '?';
};
std::vector<ChildInfo> childProcesses();
std::string describe(const std::vector<ChildInfo>& children); // "1234:T 1240:Z" for failure messages

// Whether this binary runs under AddressSanitizer: its quarantine keeps freed memory, so RSS says nothing there.
constexpr bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace pipescope::test
