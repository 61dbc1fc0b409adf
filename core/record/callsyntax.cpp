// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/callsyntax.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <linux/close_range.h>
#include <linux/sched.h>
#include <signal.h>
#include <sstream>
#include <sys/stat.h>

namespace pipescope {

namespace {

std::string flagNames(
    std::int64_t value, std::initializer_list<std::pair<std::int64_t, const char*>> names, const char* none = "0")
{
    std::string out;
    for (const auto& [bit, name] : names)
        if (bit != 0 && (value & bit) == bit) {
            out += (out.empty() ? "" : "|");
            out += name;
            value &= ~bit;
        }
    if (value != 0 || out.empty()) {
        if (value == 0)
            return none;
        std::ostringstream s;
        s << (out.empty() ? "" : "|") << "0x" << std::hex << value;
        out += s.str();
    }
    return out;
}

std::string openFlags(std::int64_t flags)
{
    const char* access = (flags & O_ACCMODE) == O_WRONLY ? "O_WRONLY"
        : (flags & O_ACCMODE) == O_RDWR                  ? "O_RDWR"
                                                         : "O_RDONLY";
    const std::string rest = flagNames(flags & ~O_ACCMODE,
        { { O_CREAT, "O_CREAT" }, { O_EXCL, "O_EXCL" }, { O_TRUNC, "O_TRUNC" }, { O_APPEND, "O_APPEND" },
            { O_NONBLOCK, "O_NONBLOCK" }, { O_CLOEXEC, "O_CLOEXEC" }, { O_DIRECTORY, "O_DIRECTORY" },
            { O_NOCTTY, "O_NOCTTY" }, { O_NOFOLLOW, "O_NOFOLLOW" } },
        "");
    return rest.empty() ? access : std::string(access) + "|" + rest;
}

std::string resultText(std::int64_t result)
{
    if (result >= 0)
        return std::to_string(result);
    const int err = static_cast<int>(-result);
    const char* name = ::strerrorname_np(err);
    return "-1 " + std::string(name ? name : std::to_string(err).c_str());
}

std::string quoted(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

// The first bytes a read or write moved, as strace shows a buffer: C escapes, cut after 32 with "...".
std::string preview(const std::string& head)
{
    constexpr size_t shown = 32;
    std::string out = "\"";
    for (size_t i = 0; i < std::min(head.size(), shown); ++i) {
        const auto c = static_cast<unsigned char>(head[i]);
        switch (c) {
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (c >= 0x20 && c < 0x7f) {
                out += static_cast<char>(c);
            } else {
                char octal[8];
                std::snprintf(octal, sizeof octal, "\\%03o", c);
                out += octal;
            }
        }
    }
    out += '"';
    return head.size() > shown ? out + "..." : out;
}

// The Popen name of an fd a call made: the hold that opened at or after the call.
std::string madeName(const Recording& rec, int pid, int fd, std::int64_t t)
{
    for (const RecordedPipe& p : rec.pipes)
        for (const auto* ends : { &p.readEnds, &p.writeEnds })
            for (const PipeHold& h : *ends)
                if (h.pid == pid && h.fd == fd && h.openedNs >= t)
                    return rec.popenName(pid, fd, h.openedNs);
    return {};
}

} // namespace

std::string signalName(std::int64_t sig)
{
    const char* abbrev = ::sigabbrev_np(static_cast<int>(sig));
    return abbrev ? std::string("SIG") + abbrev : std::to_string(sig);
}

bool aboutPipes(const RecordedEvent& e)
{
    switch (e.call) {
    case Call::Open:
    case Call::Openat:
    case Call::Creat:
    case Call::Close:
    case Call::Fcntl:
    case Call::Dup:
        return e.inode != 0;
    case Call::Dup2:
    case Call::Dup3:
        return e.inode != 0 || (e.args.size() >= 2 && e.args[1] >= 0 && e.args[1] <= 2);
    default:
        return true;
    }
}

std::string callSyntax(const Recording& rec, const RecordedEvent& e, const PopenNames* names)
{
    auto fd = [&](std::int64_t n) {
        const int f = static_cast<int>(n);
        const std::string name = names ? names->name(e.pid, f, e.timeNs) : rec.popenName(e.pid, f, e.timeNs);
        return std::to_string(n) + (name.empty() ? "" : "<" + name + ">");
    };
    auto made = [&](std::int64_t n) {
        const int f = static_cast<int>(n);
        const std::string name = names ? names->made(e.pid, f, e.timeNs) : madeName(rec, e.pid, f, e.timeNs);
        return std::to_string(n) + (name.empty() ? "" : "<" + name + ">");
    };
    auto arg = [&](size_t i) { return i < e.args.size() ? e.args[i] : 0; };
    const std::string name(callName(e.call));
    std::string args;
    std::string result = resultText(e.result);
    switch (e.call) {
    case Call::Pipe:
    case Call::Pipe2:
        args = e.fds.size() == 2 ? "[" + made(e.fds[0]) + ", " + made(e.fds[1]) + "]" : "?";
        if (e.call == Call::Pipe2)
            args += ", " + flagNames(arg(0), { { O_CLOEXEC, "O_CLOEXEC" }, { O_NONBLOCK, "O_NONBLOCK" } });
        if (e.inode)
            result += "  pipe:[" + std::to_string(e.inode) + "]";
        break;
    case Call::Socketpair:
        args = "..., [" + (e.fds.size() == 2 ? std::to_string(e.fds[0]) + ", " + std::to_string(e.fds[1]) : "?") + "]";
        break;
    case Call::Dup:
        args = fd(arg(0));
        if (e.result >= 0)
            result = made(e.result);
        break;
    case Call::Dup2:
    case Call::Dup3:
        args = fd(arg(0)) + ", " + std::to_string(arg(1));
        if (e.call == Call::Dup3)
            args += ", " + flagNames(arg(2), { { O_CLOEXEC, "O_CLOEXEC" } });
        break;
    case Call::Fcntl: {
        const std::int64_t cmd = arg(1);
        const char* cmdName = cmd == F_DUPFD ? "F_DUPFD"
            : cmd == F_DUPFD_CLOEXEC         ? "F_DUPFD_CLOEXEC"
            : cmd == F_SETFD                 ? "F_SETFD"
            : cmd == F_SETPIPE_SZ            ? "F_SETPIPE_SZ"
                                             : "?";
        args = fd(arg(0)) + ", " + cmdName + ", "
            + (cmd == F_SETFD ? flagNames(arg(2), { { FD_CLOEXEC, "FD_CLOEXEC" } }) : std::to_string(arg(2)));
        break;
    }
    case Call::Close:
        args = fd(arg(0));
        break;
    case Call::CloseRange:
        args = std::to_string(arg(0)) + ", " + (arg(1) == 0xffffffffLL ? std::string("~0U") : std::to_string(arg(1)))
            + ", "
            + flagNames(arg(2),
                { { CLOSE_RANGE_CLOEXEC, "CLOSE_RANGE_CLOEXEC" }, { CLOSE_RANGE_UNSHARE, "CLOSE_RANGE_UNSHARE" } });
        break;
    case Call::Open:
    case Call::Creat:
        args = quoted(e.path) + ", " + openFlags(arg(0));
        if (e.inode)
            result = made(e.result) + "  pipe:[" + std::to_string(e.inode) + "]";
        break;
    case Call::Openat:
        args = (arg(0) == AT_FDCWD ? std::string("AT_FDCWD") : std::to_string(arg(0))) + ", " + quoted(e.path) + ", "
            + openFlags(arg(1));
        if (e.inode)
            result = made(e.result) + "  pipe:[" + std::to_string(e.inode) + "]";
        break;
    case Call::Mknod:
    case Call::Mknodat: {
        std::ostringstream mode;
        mode << ((arg(e.call == Call::Mknod ? 0 : 1) & S_IFMT) == S_IFIFO ? "S_IFIFO|" : "") << '0' << std::oct
             << (arg(e.call == Call::Mknod ? 0 : 1) & 07777);
        args = quoted(e.path) + ", " + mode.str();
        break;
    }
    case Call::Fork:
    case Call::Vfork:
        break;
    case Call::Clone:
    case Call::Clone3:
        args = "flags="
            + flagNames(arg(0) & ~0xffLL,
                { { CLONE_VM, "CLONE_VM" }, { CLONE_VFORK, "CLONE_VFORK" }, { CLONE_FILES, "CLONE_FILES" },
                    { CLONE_THREAD, "CLONE_THREAD" }, { CLONE_SIGHAND, "CLONE_SIGHAND" }, { CLONE_FS, "CLONE_FS" },
                    { CLONE_SETTLS, "CLONE_SETTLS" }, { CLONE_PARENT_SETTID, "CLONE_PARENT_SETTID" },
                    { CLONE_CHILD_SETTID, "CLONE_CHILD_SETTID" }, { CLONE_CHILD_CLEARTID, "CLONE_CHILD_CLEARTID" },
                    { CLONE_SYSVSEM, "CLONE_SYSVSEM" }, { CLONE_PIDFD, "CLONE_PIDFD" },
                    { CLONE_CLEAR_SIGHAND, "CLONE_CLEAR_SIGHAND" } });
        break;
    case Call::Execve:
    case Call::Execveat: {
        args = quoted(e.path) + ", [";
        for (size_t i = 0; i < e.argv.size(); ++i)
            args += (i ? ", " : "") + quoted(e.argv[i]);
        args += "]";
        break;
    }
    case Call::Wait4:
    case Call::Waitid:
        args = std::to_string(arg(0)) + ", ...";
        break;
    case Call::Kill:
        args = std::to_string(arg(0)) + ", " + signalName(arg(1));
        break;
    case Call::Tgkill:
        args = std::to_string(arg(0)) + ", " + std::to_string(arg(1)) + ", " + signalName(arg(2));
        break;
    case Call::Read:
    case Call::Write:
    case Call::Readv:
    case Call::Writev:
        args = fd(arg(0)) + ", " + (e.head.empty() ? std::string("...") : preview(e.head));
        if (e.count > 1)
            result += "  (" + std::to_string(e.count) + " calls, " + std::to_string(e.bytes) + " bytes)";
        else if (e.result == 0 && (e.call == Call::Read || e.call == Call::Readv))
            result += "  EOF";
        break;
    case Call::Splice:
        args = fd(arg(0)) + ", " + fd(arg(1)) + ", ...";
        break;
    case Call::Signal:
    case Call::Exit:
        return {}; // not calls: the caller words them
    }
    return name + "(" + args + ") = " + result;
}

} // namespace pipescope
