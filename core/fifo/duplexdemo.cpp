// SPDX-License-Identifier: GPL-3.0-or-later
#include "fifo/duplexdemo.h"

#include "base/forkpoint.h"

#include "base/names.h"
#include "base/uniquefd.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <limits.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pipescope {

namespace {

constexpr std::pair<DuplexKind, std::string_view> duplexKindNames[] {
    { DuplexKind::FifoPair, "fifo-pair" },
    { DuplexKind::SocketPair, "socketpair" },
};

// The four roles of the demo's fds; with a socketpair send and receive are the same fd on each side.
struct Channels
{
    UniqueFd parentSend;
    UniqueFd parentReceive; // invalid for a socketpair: parentSend does both
    UniqueFd peerReceive;
    UniqueFd peerSend; // invalid for a socketpair: peerReceive does both
    int parentIn() const { return parentReceive ? parentReceive.get() : parentSend.get(); }
    int peerOut() const { return peerSend ? peerSend.get() : peerReceive.get(); }
};

Result<void> clearNonblock(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0)
        return sysError("fcntl");
    return {};
}

// Both ends of a FIFO at once, without waiting: the read end non-blocking first, so that the write end has a
// reader; then both back to blocking, as the conversation wants them.
Result<void> openBothEnds(const FifoSession& fifo, UniqueFd& read, UniqueFd& write)
{
    auto r = fifo.open(FifoEnd::Read, FifoOpenMode::NonBlocking);
    if (!r)
        return r.error();
    auto w = fifo.open(FifoEnd::Write, FifoOpenMode::NonBlocking);
    if (!w)
        return w.error();
    read = std::move(r).value();
    write = std::move(w).value();
    if (auto c = clearNonblock(read.get()); !c)
        return c;
    return clearNonblock(write.get());
}

bool writeAllRaw(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Reads exactly size bytes unless end of file or an error comes first; returns how many arrived.
std::size_t readExactly(int fd, char* data, std::size_t size)
{
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, data + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    return got;
}

// The forked peer: async-signal-safe calls only, since the parent may have other threads.
[[noreturn]] void peerMain(const Channels& c, std::size_t size, char* buffer)
{
    if (c.parentSend)
        ::close(c.parentSend.get());
    if (c.parentReceive)
        ::close(c.parentReceive.get());
    if (readExactly(c.peerReceive.get(), buffer, size) != size || !writeAllRaw(c.peerOut(), buffer, size))
        ::_exit(1);
    // Stay until the parent closes its sending end, so that it can look at this process's table meanwhile.
    while (::read(c.peerReceive.get(), buffer, 1) > 0) { }
    ::_exit(0);
}

FdTable demoEntries(const FdTable& table, const std::vector<std::uint64_t>& inodes, FdKind kind)
{
    FdTable out;
    std::ranges::copy_if(table, std::back_inserter(out),
        [&](const FdEntry& e) { return e.kind == kind && std::ranges::find(inodes, e.inode) != inodes.end(); });
    return out;
}

std::optional<std::uint64_t> inodeOf(int fd)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return std::nullopt;
    return st.st_ino;
}

} // namespace

std::string_view duplexKindName(DuplexKind k)
{
    return detail::nameOf<DuplexKind>(duplexKindNames, k);
}

std::optional<DuplexKind> duplexKindFromName(std::string_view name)
{
    return detail::valueOf<DuplexKind>(duplexKindNames, name);
}

Result<DuplexReport> runDuplexDemo(DuplexKind kind, std::string_view message, const FifoSessionOptions& fifoOptions)
{
    if (message.empty() || message.size() > PIPE_BUF)
        return Error { .code = ErrorCode::Malformed, .subject = "message" };
    DuplexReport report;
    report.kind = kind;
    Channels c;
    std::unique_ptr<FifoSession> a2b;
    std::unique_ptr<FifoSession> b2a;
    FdKind channelKind = FdKind::File;

    if (kind == DuplexKind::FifoPair) {
        FifoSessionOptions o = fifoOptions;
        for (auto [session, name] : { std::pair { &a2b, "a2b" }, { &b2a, "b2a" } }) {
            o.name = name;
            auto s = FifoSession::create(o);
            if (!s)
                return s.error();
            *session = std::move(s).value();
            auto st = (*session)->stat();
            if (!st)
                return st.error();
            report.channels.push_back(st->inode);
            report.fifoPaths.push_back((*session)->path());
        }
        if (auto r = openBothEnds(*a2b, c.peerReceive, c.parentSend); !r)
            return r.error();
        if (auto r = openBothEnds(*b2a, c.parentReceive, c.peerSend); !r)
            return r.error();
    } else {
        std::array<int, 2> sv { -1, -1 };
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv.data()) != 0)
            return sysError("socketpair");
        c.parentSend.reset(sv[0]);
        c.peerReceive.reset(sv[1]);
        channelKind = FdKind::Socket;
        for (int fd : sv)
            if (auto ino = inodeOf(fd))
                report.channels.push_back(*ino);
    }

    ignoreSigpipe();
    std::array<char, PIPE_BUF> peerBuffer {};
    std::vector<int> keep;
    for (const UniqueFd* fd : { &c.parentSend, &c.parentReceive, &c.peerReceive, &c.peerSend })
        if (*fd)
            keep.push_back(fd->get());
    const std::vector<int> keepSorted = sortedFds(std::move(keep));
    const pid_t pid = forkIsolated(keepSorted);
    if (pid < 0)
        return sysError("fork");
    if (pid == 0)
        peerMain(c, message.size(), peerBuffer.data());
    ChildProcess peer(pid);
    c.peerReceive.reset();
    c.peerSend.reset();

    report.parent.pid = ::getpid();
    report.peer.pid = pid;
    if (!writeAllRaw(c.parentSend.get(), message.data(), message.size()))
        return sysError("write");
    report.bytesToPeer = static_cast<std::int64_t>(message.size());
    std::string echo(message.size(), '\0');
    const std::size_t got = readExactly(c.parentIn(), echo.data(), echo.size());
    report.bytesFromPeer = static_cast<std::int64_t>(got);
    report.echoed = got == message.size() && echo == message;

    // Both tables while each side still holds its ends: the peer waits for end of file.
    if (auto table = inspectFds(pid))
        report.peer.fds = demoEntries(*table, report.channels, channelKind);
    if (auto table = inspectFds(::getpid()))
        report.parent.fds = demoEntries(*table, report.channels, channelKind);

    // The way back, tried the wrong way: a FIFO's read end refuses to write; a socket just sends (the peer's
    // read-until-EOF loop takes the byte).
    const char probe = '?';
    if (::write(c.parentIn(), &probe, 1) < 0)
        report.wrongWayErrno = errno;

    c.parentSend.reset(); // the peer sees end of file and leaves
    report.peerExit = peer.wait();
    return report;
}

} // namespace pipescope
