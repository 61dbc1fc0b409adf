// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace pipescope {

// One process as /proc shows it.
struct ProcessInfo
{
    int pid = 0;
    int ppid = 0;
    char state = 0; // R, S, D, T, Z...
    std::uint64_t startTime = 0; // clock ticks after boot: with pid, who it is (pids are reused)
    std::vector<std::string> argv; // /proc/<pid>/cmdline; empty for a zombie
    std::string comm; // /proc/<pid>/stat's name, when argv is empty
    bool alive() const { return state != 0 && state != 'Z' && state != 'X'; }
    friend bool operator==(const ProcessInfo&, const ProcessInfo&) = default;
};

struct ProcStat
{
    std::string comm;
    char state = 0;
    int ppid = 0;
    std::uint64_t startTime = 0;
};

// Pure: the fields of /proc/<pid>/stat we need (the name may hold spaces and parentheses).
std::optional<ProcStat> parseProcStat(std::string_view text);
std::optional<ProcessInfo> readProcess(pid_t pid);
// The children of every thread of pid (/proc/<pid>/task/<tid>/children).
std::vector<pid_t> childrenOf(pid_t pid);

// A process that has a pipe open, and the fd it has it on.
struct PipeHolder
{
    ProcessInfo process;
    int fd = -1;
};

// The processes other than this one that hold pipe `inode` open for writing (writeEnd) or reading. Looks at
// `candidates` first; when none of them does, at every process this user may look at.
std::vector<PipeHolder> pipeHolders(std::uint64_t inode, bool writeEnd, std::span<const pid_t> candidates = {});

// A child of ours and every process it started, followed while they live, so that a session can name who still
// holds its pipes and end all of them together. A member stays one when its parent dies and it is reparented; what
// an orphan starts afterwards is found through it. (PipeScope does not make itself a subreaper: the helper programs
// it runs, python3 and what it starts, would leave their orphans with it too.)
class ProcessTree
{
public:
    explicit ProcessTree(pid_t root);

    pid_t root() const { return m_root; }
    // Follows the tree: new descendants of the root and of the members.
    void refresh();
    // Members now alive, the root excluded, in the order they were found.
    std::vector<ProcessInfo> alive() const;
    std::vector<pid_t> memberPids() const;
    // Makes a process outside the tree a member (one that holds a pipe of the session, say).
    void adopt(pid_t pid);
    // SIGKILLs every member (not the root: its owner kills and reaps it) until none is left alive, or `limit` has
    // passed. Returns how many it killed.
    int killAll(std::chrono::milliseconds limit = std::chrono::seconds(1));

private:
    bool same(const ProcessInfo& member) const;
    void add(pid_t pid);

    pid_t m_root = 0;
    std::uint64_t m_rootStart = 0;
    std::vector<ProcessInfo> m_members;
};

} // namespace pipescope
