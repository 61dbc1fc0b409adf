// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/procstate.h"

#include "base/names.h"
#include "base/uniquefd.h"
#include "inspect/fdtable.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <climits>
#include <fcntl.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pipescope {

namespace {

constexpr std::pair<WaitChannel, std::string_view> waitChannelNames[] {
    { WaitChannel::None, "none" },
    { WaitChannel::PipeRead, "pipe-read" },
    { WaitChannel::PipeWrite, "pipe-write" },
    { WaitChannel::Pipe, "pipe" },
    { WaitChannel::Poll, "poll" },
    { WaitChannel::ChildWait, "child-wait" },
    { WaitChannel::Sleep, "sleep" },
    { WaitChannel::Futex, "futex" },
    { WaitChannel::Other, "other" },
};

constexpr std::pair<BlockedCall, std::string_view> blockedCallNames[] {
    { BlockedCall::None, "none" },
    { BlockedCall::Read, "read" },
    { BlockedCall::Write, "write" },
    { BlockedCall::Poll, "poll" },
    { BlockedCall::Wait, "wait" },
    { BlockedCall::Sleep, "sleep" },
    { BlockedCall::Futex, "futex" },
    { BlockedCall::Other, "other" },
};

constexpr std::pair<BlockReason, std::string_view> blockReasonNames[] {
    { BlockReason::None, "none" },
    { BlockReason::PipeFull, "pipe-full" },
    { BlockReason::PipeEmpty, "pipe-empty" },
    { BlockReason::ChildExit, "child-exit" },
};

constexpr std::pair<Verdict, std::string_view> verdictNames[] {
    { Verdict::Running, "running" },
    { Verdict::WaitingForInput, "waiting-for-input" },
    { Verdict::Deadlock, "deadlock" },
    { Verdict::HeldOpen, "held-open" },
    { Verdict::Finished, "finished" },
};

// System call numbers differ per architecture (aarch64 has no plain poll or wait4 alias, for one), so the
// tables are built from the host's <sys/syscall.h>.
constexpr long readCalls[] {
    SYS_read,
    SYS_readv,
    SYS_pread64,
    SYS_preadv,
#ifdef SYS_preadv2
    SYS_preadv2,
#endif
};
constexpr long writeCalls[] {
    SYS_write,
    SYS_writev,
    SYS_pwrite64,
    SYS_pwritev,
#ifdef SYS_pwritev2
    SYS_pwritev2,
#endif
};
constexpr long pollCalls[] {
#ifdef SYS_poll
    SYS_poll,
#endif
#ifdef SYS_select
    SYS_select,
#endif
#ifdef SYS_epoll_wait
    SYS_epoll_wait,
#endif
#ifdef SYS_epoll_pwait2
    SYS_epoll_pwait2,
#endif
    SYS_ppoll,
    SYS_pselect6,
    SYS_epoll_pwait,
};
constexpr long waitCalls[] {
    SYS_wait4,
    SYS_waitid,
};
constexpr long sleepCalls[] {
#ifdef SYS_nanosleep
    SYS_nanosleep,
#endif
    SYS_clock_nanosleep,
};
constexpr long futexCalls[] {
    SYS_futex,
#ifdef SYS_futex_waitv
    SYS_futex_waitv,
#endif
};

template <std::size_t N> bool among(const long (&calls)[N], long nr)
{
    return std::find(std::begin(calls), std::end(calls), nr) != std::end(calls);
}

// The kernel prints every value as "0x%llx": anything else is not a syscall line.
std::optional<std::uint64_t> parseHex(std::string_view token)
{
    if (!token.starts_with("0x") || token.size() < 3 || token.size() > 18)
        return std::nullopt;
    std::uint64_t value = 0;
    const char* last = token.data() + token.size();
    const auto [end, ec] = std::from_chars(token.data() + 2, last, value, 16);
    if (ec != std::errc {} || end != last)
        return std::nullopt;
    return value;
}

// Splits on single spaces; false when there are more than N tokens or an empty one (double or trailing space).
template <std::size_t N>
bool splitTokens(std::string_view text, std::array<std::string_view, N>& out, std::size_t& count)
{
    count = 0;
    for (;;) {
        const std::size_t space = text.find(' ');
        const std::string_view token = text.substr(0, space);
        if (token.empty() || count == N)
            return false;
        out[count++] = token;
        if (space == std::string_view::npos)
            return true;
        text.remove_prefix(space + 1);
    }
}

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

} // namespace

std::optional<std::string> readProcFile(const std::string& path)
{
    constexpr std::size_t chunk = 512;
    constexpr std::size_t limit = 1 << 20;
    const UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd)
        return std::nullopt;
    std::string text;
    for (;;) {
        const std::size_t used = text.size();
        text.resize(used + chunk);
        const ssize_t n = ::read(fd.get(), text.data() + used, chunk);
        if (n < 0 && errno == EINTR) {
            text.resize(used);
            continue;
        }
        if (n < 0)
            return std::nullopt;
        text.resize(used + static_cast<std::size_t>(n));
        // The kernel hands a small /proc file over in one read: a short one is the end, with no read for EOF.
        if (static_cast<std::size_t>(n) < chunk || text.size() >= limit)
            return text;
    }
}

std::optional<std::string> readWaitChannel(pid_t pid, pid_t tid)
{
    std::string path = "/proc/" + std::to_string(pid) + '/';
    if (tid > 0)
        path += "task/" + std::to_string(tid) + '/';
    std::optional<std::string> text = readProcFile(path + "wchan");
    if (text)
        while (!text->empty() && (text->back() == '\n' || text->back() == ' '))
            text->pop_back();
    return text;
}

std::optional<PipeFill> measurePipe(int fd)
{
    int bytes = 0;
    if (fd < 0 || ::ioctl(fd, FIONREAD, &bytes) != 0)
        return std::nullopt;
    const int capacity = ::fcntl(fd, F_GETPIPE_SZ);
    if (capacity < 0)
        return std::nullopt;
    return PipeFill { .bytes = bytes, .capacity = capacity };
}

std::optional<SyscallLine> parseSyscallLine(std::string_view text)
{
    if (text.ends_with('\n'))
        text.remove_suffix(1);
    if (text == "running")
        return SyscallLine { .state = SyscallLine::State::Running };

    std::array<std::string_view, 9> tokens;
    std::size_t count = 0;
    if (!splitTokens(text, tokens, count))
        return std::nullopt;
    if (count == 3 && tokens[0] == "-1") {
        const auto sp = parseHex(tokens[1]);
        const auto pc = parseHex(tokens[2]);
        if (!sp || !pc)
            return std::nullopt;
        return SyscallLine { .state = SyscallLine::State::NotInSyscall, .sp = *sp, .pc = *pc };
    }
    if (count != tokens.size())
        return std::nullopt;
    SyscallLine line { .state = SyscallLine::State::InSyscall };
    const char* last = tokens[0].data() + tokens[0].size();
    const auto [end, ec] = std::from_chars(tokens[0].data(), last, line.nr);
    if (ec != std::errc {} || end != last || line.nr < 0)
        return std::nullopt;
    for (std::size_t i = 0; i < line.args.size(); ++i) {
        const auto arg = parseHex(tokens[i + 1]);
        if (!arg)
            return std::nullopt;
        line.args[i] = *arg;
    }
    const auto sp = parseHex(tokens[7]);
    const auto pc = parseHex(tokens[8]);
    if (!sp || !pc)
        return std::nullopt;
    line.sp = *sp;
    line.pc = *pc;
    return line;
}

std::string_view waitChannelName(WaitChannel w)
{
    return detail::nameOf<WaitChannel>(waitChannelNames, w);
}

WaitChannel parseWchan(std::string_view text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.remove_suffix(1);
    if (text.empty() || text == "0")
        return WaitChannel::None;
    // Kernel symbol names only: anything else is not something we can interpret.
    if (!std::all_of(text.begin(), text.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
        }))
        return WaitChannel::Other;
    // Names changed over the years: pipe_wait (< 5.9), pipe_read/pipe_write, anon_pipe_read/anon_pipe_write (6.x).
    if (contains(text, "pipe_write") || contains(text, "pipe_wait_writable"))
        return WaitChannel::PipeWrite;
    if (contains(text, "pipe_read") || contains(text, "pipe_wait_readable"))
        return WaitChannel::PipeRead;
    if (text == "pipe_wait")
        return WaitChannel::Pipe;
    if (contains(text, "poll") || contains(text, "select"))
        return WaitChannel::Poll;
    if (contains(text, "do_wait") || contains(text, "wait4") || contains(text, "waitid"))
        return WaitChannel::ChildWait;
    if (contains(text, "nanosleep"))
        return WaitChannel::Sleep;
    if (contains(text, "futex"))
        return WaitChannel::Futex;
    return WaitChannel::Other;
}

std::string_view blockedCallName(BlockedCall c)
{
    return detail::nameOf<BlockedCall>(blockedCallNames, c);
}

BlockedCall classifySyscall(long nr)
{
    if (nr < 0)
        return BlockedCall::None;
    if (among(readCalls, nr))
        return BlockedCall::Read;
    if (among(writeCalls, nr))
        return BlockedCall::Write;
    if (among(pollCalls, nr))
        return BlockedCall::Poll;
    if (among(waitCalls, nr))
        return BlockedCall::Wait;
    if (among(sleepCalls, nr))
        return BlockedCall::Sleep;
    if (among(futexCalls, nr))
        return BlockedCall::Futex;
    return BlockedCall::Other;
}

std::string_view blockReasonName(BlockReason r)
{
    return detail::nameOf<BlockReason>(blockReasonNames, r);
}

BlockedOn classifyBlocked(Actor process, const SyscallLine& line, WaitChannel wchan, std::optional<Stream> fdStream,
    std::optional<PipeFill> fill)
{
    BlockedOn b { .process = process, .observed = true, .wchan = wchan };
    if (line.state != SyscallLine::State::InSyscall)
        return b;
    b.syscallNr = line.nr;
    b.call = classifySyscall(line.nr);
    if (b.call == BlockedCall::Wait) {
        b.reason = BlockReason::ChildExit;
        return b;
    }
    if (b.call != BlockedCall::Read && b.call != BlockedCall::Write)
        return b;
    if (line.args[0] <= static_cast<std::uint64_t>(INT_MAX))
        b.fd = static_cast<int>(line.args[0]);
    b.stream = fdStream;
    if (!fdStream)
        return b;
    // wchan says it outright; when the kernel hides it ("0"), a full (or empty) pipe is the only reason a
    // blocking write (or read) on a pipe sleeps.
    if (b.call == BlockedCall::Write) {
        const bool full = wchan == WaitChannel::PipeWrite || wchan == WaitChannel::Pipe
            || (wchan != WaitChannel::PipeRead && fill && fill->full());
        b.reason = full ? BlockReason::PipeFull : BlockReason::None;
    } else {
        const bool empty = wchan == WaitChannel::PipeRead || wchan == WaitChannel::Pipe
            || (wchan != WaitChannel::PipeWrite && fill && fill->bytes == 0);
        b.reason = empty ? BlockReason::PipeEmpty : BlockReason::None;
    }
    return b;
}

std::string_view verdictName(Verdict v)
{
    return detail::nameOf<Verdict>(verdictNames, v);
}

std::optional<Verdict> verdictFromName(std::string_view name)
{
    return detail::valueOf<Verdict>(verdictNames, name);
}

Verdict judge(const BlockedOn& parent, const BlockedOn& child)
{
    if (parent.onPipe() && child.onPipe() && parent.stream != child.stream)
        return Verdict::Deadlock;
    // Popen.wait() with an output pipe the child has filled: wait() returns when the child exits, the child exits
    // once it can write, and only the waiting parent could make room.
    if (parent.reason == BlockReason::ChildExit && child.onPipe() && child.reason == BlockReason::PipeFull
        && child.stream != Stream::Stdin)
        return Verdict::Deadlock;
    if (child.onPipe() && child.stream == Stream::Stdin && child.reason == BlockReason::PipeEmpty && !parent.onPipe())
        return Verdict::WaitingForInput;
    return Verdict::Running;
}

std::optional<ThreadProcState> readThreadState(pid_t pid, pid_t tid)
{
    std::string dir = "/proc/" + std::to_string(pid) + '/';
    if (tid > 0)
        dir += "task/" + std::to_string(tid) + '/';
    const auto syscallText = readProcFile(dir + "syscall");
    if (!syscallText)
        return std::nullopt;
    const auto line = parseSyscallLine(*syscallText);
    if (!line)
        return std::nullopt;
    const auto wchanText = readProcFile(dir + "wchan");
    return ThreadProcState { .syscall = *line, .wchan = wchanText ? parseWchan(*wchanText) : WaitChannel::None };
}

std::optional<std::uint64_t> pipeInodeOf(pid_t pid, int fd)
{
    const std::string path = "/proc/" + std::to_string(pid) + "/fd/" + std::to_string(fd);
    std::array<char, 128> link {};
    const ssize_t n = ::readlink(path.c_str(), link.data(), link.size());
    if (n <= 0 || static_cast<std::size_t>(n) >= link.size())
        return std::nullopt;
    const FdTarget target = classifyTarget(std::string_view(link.data(), static_cast<std::size_t>(n)));
    if (target.kind != FdKind::Pipe)
        return std::nullopt;
    return target.inode;
}

std::optional<std::uint64_t> ownInodeOf(int fd)
{
    struct stat st
    {
    };
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode))
        return std::nullopt;
    return static_cast<std::uint64_t>(st.st_ino);
}

} // namespace pipescope
