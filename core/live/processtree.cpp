// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/processtree.h"

#include "inspect/fdtable.h"
#include "live/procstate.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <csignal>
#include <dirent.h>
#include <unistd.h>

namespace pipescope {

namespace {

template <class T> bool parseNumber(std::string_view text, T& out)
{
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

std::vector<pid_t> numbersIn(std::string_view text)
{
    std::vector<pid_t> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n')
            ++j;
        pid_t pid = 0;
        if (j > i && parseNumber(text.substr(i, j - i), pid) && pid > 0)
            out.push_back(pid);
        i = j + 1;
    }
    return out;
}

std::vector<pid_t> numericEntries(const std::string& dir)
{
    std::vector<pid_t> out;
    DIR* d = ::opendir(dir.c_str());
    if (!d)
        return out;
    while (const dirent* e = ::readdir(d)) {
        pid_t n = 0;
        if (parseNumber(std::string_view(e->d_name), n) && n > 0)
            out.push_back(n);
    }
    ::closedir(d);
    return out;
}

bool holds(pid_t pid, std::uint64_t inode, bool writeEnd, int& fdOut)
{
    const std::string dir = "/proc/" + std::to_string(pid);
    for (int fd : numericEntries(dir + "/fd")) {
        if (pipeInodeOf(pid, fd) != inode)
            continue;
        const auto info = readProcFile(dir + "/fdinfo/" + std::to_string(fd));
        FdEntry entry;
        if (!info || !parseFdinfo(*info, entry))
            continue;
        const bool writes = entry.access == Access::Write || entry.access == Access::ReadWrite;
        const bool reads = entry.access == Access::Read || entry.access == Access::ReadWrite;
        if (writeEnd ? writes : reads) {
            fdOut = fd;
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<ProcStat> parseProcStat(std::string_view text)
{
    const std::size_t open = text.find('(');
    const std::size_t close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return std::nullopt;
    ProcStat out;
    out.comm = std::string(text.substr(open + 1, close - open - 1));
    // After ") ": field 3 (state), 4 (ppid), ..., 22 (starttime).
    std::vector<std::string_view> fields;
    std::size_t i = close + 1;
    while (i < text.size() && fields.size() < 20) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n'))
            ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n')
            ++j;
        if (j > i)
            fields.push_back(text.substr(i, j - i));
        i = j;
    }
    if (fields.size() < 20 || fields[0].size() != 1)
        return std::nullopt;
    out.state = fields[0][0];
    if (!parseNumber(fields[1], out.ppid) || !parseNumber(fields[19], out.startTime))
        return std::nullopt;
    return out;
}

std::optional<ProcessInfo> readProcess(pid_t pid)
{
    const std::string dir = "/proc/" + std::to_string(pid);
    const auto stat = readProcFile(dir + "/stat");
    if (!stat)
        return std::nullopt;
    const auto parsed = parseProcStat(*stat);
    if (!parsed)
        return std::nullopt;
    ProcessInfo info {
        .pid = pid, .ppid = parsed->ppid, .state = parsed->state, .startTime = parsed->startTime, .comm = parsed->comm
    };
    if (const auto cmdline = readProcFile(dir + "/cmdline")) {
        std::size_t start = 0;
        while (start < cmdline->size()) {
            std::size_t end = cmdline->find('\0', start);
            if (end == std::string::npos)
                end = cmdline->size();
            info.argv.emplace_back(cmdline->substr(start, end - start));
            start = end + 1;
        }
    }
    return info;
}

std::vector<pid_t> childrenOf(pid_t pid)
{
    std::vector<pid_t> out;
    const std::string tasks = "/proc/" + std::to_string(pid) + "/task";
    for (pid_t tid : numericEntries(tasks))
        if (const auto text = readProcFile(tasks + "/" + std::to_string(tid) + "/children"))
            for (pid_t child : numbersIn(*text))
                out.push_back(child);
    std::ranges::sort(out);
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<PipeHolder> pipeHolders(std::uint64_t inode, bool writeEnd, std::span<const pid_t> candidates)
{
    std::vector<PipeHolder> out;
    const pid_t self = ::getpid();
    auto look = [&](pid_t pid) {
        if (pid == self)
            return;
        int fd = -1;
        if (!holds(pid, inode, writeEnd, fd))
            return;
        if (auto info = readProcess(pid))
            out.push_back({ .process = std::move(*info), .fd = fd });
    };
    for (pid_t pid : candidates)
        look(pid);
    if (!out.empty())
        return out;
    for (pid_t pid : numericEntries("/proc"))
        look(pid);
    return out;
}

ProcessTree::ProcessTree(pid_t root)
    : m_root(root)
{
    if (const auto info = readProcess(root))
        m_rootStart = info->startTime;
}

bool ProcessTree::same(const ProcessInfo& member) const
{
    const auto now = readProcess(member.pid);
    return now && now->startTime == member.startTime;
}

void ProcessTree::add(pid_t pid)
{
    if (pid == m_root || std::ranges::any_of(m_members, [pid](const ProcessInfo& m) { return m.pid == pid; }))
        return;
    if (auto info = readProcess(pid); info && info->startTime >= m_rootStart)
        m_members.push_back(std::move(*info));
}

void ProcessTree::refresh()
{
    // Breadth first from the root and every member still there: a member's new children are members too. The root
    // only while it is still the process we started: once reaped, its pid may be someone else's.
    std::vector<pid_t> queue;
    if (const auto root = readProcess(m_root); root && m_rootStart != 0 && root->startTime == m_rootStart)
        queue.push_back(m_root);
    for (const ProcessInfo& m : m_members)
        if (same(m))
            queue.push_back(m.pid);
    for (std::size_t i = 0; i < queue.size(); ++i) {
        for (pid_t child : childrenOf(queue[i])) {
            const std::size_t before = m_members.size();
            add(child);
            if (m_members.size() > before)
                queue.push_back(child);
        }
    }
}

void ProcessTree::adopt(pid_t pid)
{
    add(pid);
}

std::vector<ProcessInfo> ProcessTree::alive() const
{
    std::vector<ProcessInfo> out;
    for (const ProcessInfo& m : m_members)
        if (auto now = readProcess(m.pid); now && now->startTime == m.startTime && now->alive())
            out.push_back(std::move(*now));
    return out;
}

std::vector<pid_t> ProcessTree::memberPids() const
{
    std::vector<pid_t> out;
    for (const ProcessInfo& m : m_members)
        out.push_back(m.pid);
    return out;
}

int ProcessTree::killAll(std::chrono::milliseconds limit)
{
    std::vector<pid_t> killed;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        refresh();
        const std::vector<ProcessInfo> living = alive();
        if (living.empty())
            break;
        for (const ProcessInfo& m : living)
            if (::kill(m.pid, SIGKILL) == 0 && std::ranges::find(killed, m.pid) == killed.end())
                killed.push_back(m.pid);
        ::usleep(1000); // let the kernel tear them down before looking again
    }
    return static_cast<int>(killed.size());
}

} // namespace pipescope
