// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage.h"

#include "inspect/fdtable.h"
#include "testsupport.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace pipescope::test {

namespace fs = std::filesystem;

namespace {

int threadCount()
{
    std::error_code ec;
    int n = 0;
    for (auto it = fs::directory_iterator("/proc/self/task", ec); !ec && it != fs::directory_iterator();
         it.increment(ec))
        ++n;
    return ec ? -1 : n;
}

long rssKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmRSS:"))
            return std::stol(line.substr(6));
    return -1;
}

} // namespace

ProcessUsage processUsage()
{
    return { .fds = openFdCount(), .threads = threadCount(), .rssKiB = rssKiB() };
}

std::vector<ChildInfo> childProcesses()
{
    std::vector<ChildInfo> children;
    const pid_t self = ::getpid();
    std::error_code ec;
    for (auto it = fs::directory_iterator("/proc", ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream in(it->path() / "stat");
        std::string stat;
        if (!std::getline(in, stat))
            continue; // gone meanwhile
        // pid (comm) state ppid ...: comm may hold anything, so read after the last ')'.
        const auto state = parseProcState(stat);
        const size_t close = stat.rfind(')');
        if (!state || close == std::string::npos)
            continue;
        std::istringstream rest(stat.substr(close + 2));
        char ignored = 0;
        int ppid = 0;
        rest >> ignored >> ppid;
        if (ppid == self)
            children.push_back({ .pid = std::stoi(name), .state = *state });
    }
    return children;
}

std::string describe(const std::vector<ChildInfo>& children)
{
    std::string out;
    for (const ChildInfo& c : children)
        out += (out.empty() ? "" : " ") + std::to_string(c.pid) + ":" + c.state;
    return out.empty() ? "none" : out;
}

} // namespace pipescope::test
