// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace pipescope {

// What an fd refers to, as /proc/<pid>/fd shows it.
enum class FdKind { Pipe, DevNull, File, Tty, Socket, AnonInode, Other };
std::string_view fdKindName(FdKind k);
std::optional<FdKind> fdKindFromName(std::string_view name);

enum class Access { Read, Write, ReadWrite };
std::string_view accessName(Access a);
std::optional<Access> accessFromName(std::string_view name);

// One row of a process's fd table: /proc/<pid>/fd/N and /proc/<pid>/fdinfo/N.
struct FdEntry
{
    int fd = -1;
    std::string target; // readlink: "pipe:[1234]", "/dev/null", "/tmp/out.txt"...
    FdKind kind = FdKind::Other;
    std::uint64_t inode = 0; // pipes and sockets: the number in brackets; files: fdinfo's ino (0 if absent)
    Access access = Access::Read;
    bool cloexec = false;
    bool nonblock = false;
    std::int64_t pos = 0;
    unsigned flags = 0; // fdinfo's flags, as the kernel gives them

    friend bool operator==(const FdEntry&, const FdEntry&) = default;
};

using FdTable = std::vector<FdEntry>; // sorted by fd

// Pure parsers, fed the raw text of /proc (also by the fuzzer).
struct FdTarget
{
    FdKind kind = FdKind::Other;
    std::uint64_t inode = 0;
};
FdTarget classifyTarget(std::string_view link);
// Fills access, cloexec, nonblock, pos, flags (and inode when fdinfo has one) from fdinfo text.
// Returns false when the text has no valid "flags:" line.
bool parseFdinfo(std::string_view text, FdEntry& entry);

// Reads the real table of a live process. Fds that close while reading are skipped.
Result<FdTable> inspectFds(pid_t pid);
// One row of it; nullopt when the process or the fd is gone.
std::optional<FdEntry> inspectFd(pid_t pid, int fd);

const FdEntry* findFd(const FdTable& table, int fd);

// The state letter of /proc/<pid>/stat ('R' running, 'S' sleeping, 'T' stopped, 'Z' zombie...), parsed after
// the last ')' since the command name may contain anything.
std::optional<char> parseProcState(std::string_view statText);
std::optional<char> processState(pid_t pid);

// Waits, polling, until the process sleeps, stops or ends, at most maxWait: a program that has just exec'd
// still has the dynamic loader's files open until then. Returns the last state seen, nullopt once it is gone.
std::optional<char> waitUntilSettled(pid_t pid, std::chrono::milliseconds maxWait);

} // namespace pipescope
