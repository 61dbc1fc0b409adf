// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspect/fdtable.h"

#include "base/names.h"
#include "base/uniquefd.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <thread>
#include <unistd.h>

namespace pipescope {

namespace {

constexpr std::pair<FdKind, std::string_view> fdKindNames[] {
    { FdKind::Pipe, "pipe" },
    { FdKind::DevNull, "devnull" },
    { FdKind::File, "file" },
    { FdKind::Tty, "tty" },
    { FdKind::Socket, "socket" },
    { FdKind::AnonInode, "anon-inode" },
    { FdKind::Other, "other" },
};

constexpr std::pair<Access, std::string_view> accessNames[] {
    { Access::Read, "r" },
    { Access::Write, "w" },
    { Access::ReadWrite, "rw" },
};

// "pipe:[1234]" → 1234 for the given prefix, or nullopt.
std::optional<std::uint64_t> bracketedInode(std::string_view link, std::string_view prefix)
{
    if (!link.starts_with(prefix) || !link.ends_with(']'))
        return std::nullopt;
    const std::string_view digits = link.substr(prefix.size(), link.size() - prefix.size() - 1);
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || ec != std::errc {} || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

template <class T> bool parseNumber(std::string_view text, T& out, int base = 10)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    const char* last = text.data() + text.size();
    const auto [end, ec] = std::from_chars(text.data(), last, out, base);
    if (ec != std::errc {} || end == text.data())
        return false;
    // Only blanks may follow: "0899" or "02000001xyz" are not numbers.
    return std::all_of(end, last, [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

bool readWhole(int dirFd, const char* name, std::string& out)
{
    UniqueFd fd(::openat(dirFd, name, O_RDONLY | O_CLOEXEC));
    if (!fd)
        return false;
    out.clear();
    std::array<char, 1024> buffer {};
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        out.append(buffer.data(), static_cast<size_t>(n));
    }
}

} // namespace

std::string_view fdKindName(FdKind k)
{
    return detail::nameOf<FdKind>(fdKindNames, k);
}
std::optional<FdKind> fdKindFromName(std::string_view name)
{
    return detail::valueOf<FdKind>(fdKindNames, name);
}
std::string_view accessName(Access a)
{
    return detail::nameOf<Access>(accessNames, a);
}
std::optional<Access> accessFromName(std::string_view name)
{
    return detail::valueOf<Access>(accessNames, name);
}

FdTarget classifyTarget(std::string_view link)
{
    if (auto inode = bracketedInode(link, "pipe:["))
        return { FdKind::Pipe, *inode };
    if (auto inode = bracketedInode(link, "socket:["))
        return { FdKind::Socket, *inode };
    if (link.starts_with("anon_inode:"))
        return { FdKind::AnonInode, 0 };
    if (link == "/dev/null")
        return { FdKind::DevNull, 0 };
    if (link.starts_with("/dev/pts/") || link.starts_with("/dev/tty") || link == "/dev/console")
        return { FdKind::Tty, 0 };
    if (link.starts_with('/'))
        return { FdKind::File, 0 };
    return { FdKind::Other, 0 };
}

bool parseFdinfo(std::string_view text, FdEntry& entry)
{
    bool haveFlags = false;
    while (!text.empty()) {
        const size_t eol = text.find('\n');
        const std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view {} : text.substr(eol + 1);
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string_view key = line.substr(0, colon);
        const std::string_view value = line.substr(colon + 1);
        if (key == "flags") {
            unsigned flags = 0;
            if (!parseNumber(value, flags, 8))
                return false;
            entry.flags = flags;
            haveFlags = true;
        } else if (key == "pos") {
            std::int64_t pos = 0;
            if (parseNumber(value, pos))
                entry.pos = pos;
        } else if (key == "ino" && entry.inode == 0) {
            std::uint64_t ino = 0;
            if (parseNumber(value, ino))
                entry.inode = ino;
        }
    }
    if (!haveFlags)
        return false;
    switch (entry.flags & O_ACCMODE) {
    case O_WRONLY:
        entry.access = Access::Write;
        break;
    case O_RDWR:
        entry.access = Access::ReadWrite;
        break;
    default:
        entry.access = Access::Read;
        break;
    }
    entry.cloexec = (entry.flags & O_CLOEXEC) != 0;
    entry.nonblock = (entry.flags & O_NONBLOCK) != 0;
    return true;
}

namespace {

// One fd of a table whose fd/ and fdinfo/ directories are open; nullopt when it closed meanwhile.
std::optional<FdEntry> readEntry(int fdDirFd, int infoDirFd, int fd, std::string& info)
{
    std::array<char, 4096> link {};
    const std::string name = std::to_string(fd);
    const ssize_t n = ::readlinkat(fdDirFd, name.c_str(), link.data(), link.size());
    if (n < 0)
        return std::nullopt;
    FdEntry entry;
    entry.fd = fd;
    entry.target.assign(link.data(), static_cast<size_t>(n));
    const FdTarget target = classifyTarget(entry.target);
    entry.kind = target.kind;
    entry.inode = target.inode;
    if (!readWhole(infoDirFd, name.c_str(), info) || !parseFdinfo(info, entry))
        return std::nullopt;
    return entry;
}

} // namespace

std::optional<FdEntry> inspectFd(pid_t pid, int fd)
{
    const std::string base = "/proc/" + std::to_string(pid);
    UniqueFd fdDirFd(::open((base + "/fd").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    UniqueFd infoDirFd(::open((base + "/fdinfo").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fdDirFd || !infoDirFd)
        return std::nullopt;
    std::string info;
    return readEntry(fdDirFd.get(), infoDirFd.get(), fd, info);
}

Result<FdTable> inspectFds(pid_t pid)
{
    const std::string base = "/proc/" + std::to_string(pid);
    UniqueFd fdDirFd(::open((base + "/fd").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fdDirFd)
        return sysError("open", base + "/fd");
    UniqueFd infoDirFd(::open((base + "/fdinfo").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!infoDirFd)
        return sysError("open", base + "/fdinfo");
    DIR* dir = ::fdopendir(::dup(fdDirFd.get()));
    if (!dir)
        return sysError("fdopendir", base + "/fd");
    const bool self = pid == ::getpid();
    const int ownDirFd = ::dirfd(dir);

    FdTable table;
    std::string info;
    while (const dirent* d = ::readdir(dir)) {
        int fd = -1;
        const std::string_view name(d->d_name);
        const auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), fd);
        if (ec != std::errc {} || end != name.data() + name.size())
            continue;
        // Our own directory handles are not part of what is being shown.
        if (self && (fd == ownDirFd || fd == fdDirFd.get() || fd == infoDirFd.get()))
            continue;
        if (auto entry = readEntry(fdDirFd.get(), infoDirFd.get(), fd, info))
            table.push_back(std::move(*entry));
    }
    ::closedir(dir);
    std::ranges::sort(table, {}, &FdEntry::fd);
    return table;
}

std::optional<char> parseProcState(std::string_view statText)
{
    const size_t close = statText.rfind(')');
    if (close == std::string_view::npos || close + 2 >= statText.size() || statText[close + 1] != ' ')
        return std::nullopt;
    const char state = statText[close + 2];
    if (state < 'A' || state > 'z')
        return std::nullopt;
    return state;
}

std::optional<char> processState(pid_t pid)
{
    UniqueFd dir(::open(("/proc/" + std::to_string(pid)).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    std::string stat;
    if (!dir || !readWhole(dir.get(), "stat", stat))
        return std::nullopt;
    return parseProcState(stat);
}

std::optional<char> waitUntilSettled(pid_t pid, std::chrono::milliseconds maxWait)
{
    const auto deadline = std::chrono::steady_clock::now() + maxWait;
    auto pause = std::chrono::microseconds(50);
    for (;;) {
        const std::optional<char> state = processState(pid);
        // 'R' (running or runnable) and 'D' (the loader paging a library in) are not settled yet.
        if (!state || (*state != 'R' && *state != 'D') || std::chrono::steady_clock::now() >= deadline)
            return state;
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::microseconds(2000));
    }
}

const FdEntry* findFd(const FdTable& table, int fd)
{
    const auto it = std::ranges::find(table, fd, &FdEntry::fd);
    return it == table.end() ? nullptr : &*it;
}

} // namespace pipescope
