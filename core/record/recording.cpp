// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recording.h"

#include "record/recorder.h"

#include <algorithm>
#include <array>
#include <fcntl.h>
#include <map>
#include <utility>

#if defined(__linux__)
#include <linux/sched.h>
#endif

namespace pipescope {

namespace {

constexpr std::array<std::pair<Call, std::string_view>, 31> kCallNames { {
    { Call::Pipe, "pipe" },
    { Call::Pipe2, "pipe2" },
    { Call::Dup, "dup" },
    { Call::Dup2, "dup2" },
    { Call::Dup3, "dup3" },
    { Call::Fcntl, "fcntl" },
    { Call::Close, "close" },
    { Call::CloseRange, "close_range" },
    { Call::Open, "open" },
    { Call::Openat, "openat" },
    { Call::Creat, "creat" },
    { Call::Socketpair, "socketpair" },
    { Call::Mknod, "mknod" },
    { Call::Mknodat, "mknodat" },
    { Call::Fork, "fork" },
    { Call::Vfork, "vfork" },
    { Call::Clone, "clone" },
    { Call::Clone3, "clone3" },
    { Call::Execve, "execve" },
    { Call::Execveat, "execveat" },
    { Call::Wait4, "wait4" },
    { Call::Waitid, "waitid" },
    { Call::Kill, "kill" },
    { Call::Tgkill, "tgkill" },
    { Call::Read, "read" },
    { Call::Write, "write" },
    { Call::Readv, "readv" },
    { Call::Writev, "writev" },
    { Call::Splice, "splice" },
    { Call::Signal, "signal" },
    { Call::Exit, "exit" },
} };

bool isSpawn(Call c)
{
    return c == Call::Fork || c == Call::Vfork || c == Call::Clone || c == Call::Clone3;
}

bool isPython(const RecordedProcess& p)
{
    if (p.argv.empty())
        return false;
    const std::string& a = p.argv.front();
    const std::string base = a.substr(a.rfind('/') == std::string::npos ? 0 : a.rfind('/') + 1);
    return base.starts_with("python");
}

// The fd through which pid held an end of the pipe at time t, -1 if none.
int heldAt(const std::vector<PipeHold>& ends, int pid, std::int64_t t)
{
    for (const PipeHold& h : ends)
        if (h.pid == pid && h.openedNs <= t && (!h.closedNs || *h.closedNs > t))
            return h.fd;
    return -1;
}

} // namespace

std::string_view callName(Call c)
{
    for (const auto& [call, name] : kCallNames)
        if (call == c)
            return name;
    return {};
}

std::optional<Call> callFromName(std::string_view name)
{
    for (const auto& [call, n] : kCallNames)
        if (n == name)
            return call;
    return std::nullopt;
}

std::string_view popenPathName(PopenPath p)
{
    return p == PopenPath::PosixSpawn ? "posix_spawn" : "fork_exec";
}

const RecordedProcess* Recording::process(int pid) const
{
    const auto it = std::ranges::find(processes, pid, &RecordedProcess::pid);
    return it == processes.end() ? nullptr : &*it;
}

const RecordedPipe* Recording::pipe(std::uint64_t inode) const
{
    const auto it = std::ranges::find(pipes, inode, &RecordedPipe::inode);
    return it == pipes.end() ? nullptr : &*it;
}

namespace {

// Popen's name of one end of a pipe: that of the first Popen, and its first handle in name order, whose parent held
// this end through that fd when it started the child.
std::string endName(const Recording& rec, const RecordedPipe& p, bool reads)
{
    const std::vector<PipeHold>& ends = reads ? p.readEnds : p.writeEnds;
    for (const RecognisedPopen& popen : rec.popens) {
        const int held = heldAt(ends, popen.parentPid, popen.startNs);
        if (held < 0)
            continue;
        for (const auto& [name, parentFd] : popen.handles) {
            const bool readName = name == "p2cread" || name == "c2pread" || name == "errread" || name == "errpipe_read";
            if (parentFd == held && readName == reads)
                return name;
        }
    }
    return {};
}

} // namespace

std::string Recording::popenName(int pid, int fd, std::int64_t t) const
{
    auto holds = [&](const std::vector<PipeHold>& ends) {
        return std::ranges::any_of(ends, [&](const PipeHold& h) {
            return h.pid == pid && h.fd == fd && h.openedNs <= t && (!h.closedNs || *h.closedNs >= t);
        });
    };
    for (const RecordedPipe& p : pipes) {
        const bool reads = holds(p.readEnds);
        if (reads || holds(p.writeEnds))
            return endName(*this, p, reads);
    }
    return {};
}

PopenNames::PopenNames(const Recording& rec)
    : m_names(rec.pipes.size() * 2)
{
    for (size_t i = 0; i < rec.pipes.size(); ++i) {
        const RecordedPipe& p = rec.pipes[i];
        for (const bool reads : { true, false }) {
            const std::string& name = m_names[2 * i + (reads ? 0 : 1)] = endName(rec, p, reads);
            for (const PipeHold& h : reads ? p.readEnds : p.writeEnds)
                m_holds[{ h.pid, h.fd }].push_back(
                    Hold { .openedNs = h.openedNs, .closedNs = h.closedNs, .name = name.empty() ? nullptr : &name });
        }
    }
}

std::string PopenNames::name(int pid, int fd, std::int64_t t) const
{
    const auto it = m_holds.find({ pid, fd });
    if (it == m_holds.end())
        return {};
    // The first hold open at t is on the pipe popenName finds first, and on its read end if any read end is.
    for (const Hold& h : it->second)
        if (h.openedNs <= t && (!h.closedNs || *h.closedNs >= t))
            return h.name ? *h.name : std::string();
    return {};
}

std::string PopenNames::made(int pid, int fd, std::int64_t t) const
{
    const auto it = m_holds.find({ pid, fd });
    if (it == m_holds.end())
        return {};
    for (const Hold& h : it->second)
        if (h.openedNs >= t)
            return name(pid, fd, h.openedNs);
    return {};
}

// CPython's POSIX Popen, seen from outside (Lib/subprocess.py _get_handles and _execute_child,
// Modules/_posixsubprocess.c): the parent makes a pipe per PIPE stream, then, on the fork_exec path, the error pipe;
// it starts the child (vfork/fork, or clone with CLONE_VM|CLONE_VFORK inside posix_spawn); the child dup2s the
// child ends onto 0, 1 and 2 and execs, the error pipe's write end closing at exec. What the child dup2'd onto 0/1/2
// is p2cread, c2pwrite and errwrite; the parent's ends of the same pipes are p2cwrite, c2pread and errread.
std::vector<RecognisedPopen> recognisePopens(const Recording& rec)
{
    std::vector<RecognisedPopen> out;
    for (const RecordedEvent& spawnEvent : rec.events) {
        if (!isSpawn(spawnEvent.call) || spawnEvent.result <= 0)
            continue;
        const RecordedProcess* parent = rec.process(spawnEvent.pid);
        const int childPid = static_cast<int>(spawnEvent.result);
        const RecordedProcess* child = rec.process(childPid);
        if (!parent || !child || child->ppid != parent->pid || !isPython(*parent))
            continue;
        const std::int64_t forkNs = spawnEvent.timeNs;

        // What the child did before its exec.
        std::array<int, 3> dupFrom { -1, -1, -1 };
        std::optional<std::int64_t> execNs;
        bool closedRange = false;
        // The child first moves a handle that sits on 0, 1 or 2 out of the way with dup() (_posixsubprocess.c
        // child_exec: "errwrite = dup(errwrite)" while it is 0 or 1): follow such copies back to the handle.
        std::map<int, int> copiedFrom;
        auto origin = [&](int fd) {
            const auto it = copiedFrom.find(fd);
            return it == copiedFrom.end() ? fd : it->second;
        };
        for (const RecordedEvent& e : rec.events) {
            if (e.pid != childPid || e.timeNs < forkNs)
                continue;
            if ((e.call == Call::Execve || e.call == Call::Execveat) && e.result == 0) {
                execNs = e.timeNs;
                break;
            }
            const bool dupCopy = e.call == Call::Dup
                || (e.call == Call::Fcntl && e.args.size() >= 2
                    && (e.args[1] == F_DUPFD || e.args[1] == F_DUPFD_CLOEXEC));
            if (dupCopy && e.result >= 0 && !e.args.empty())
                copiedFrom[static_cast<int>(e.result)] = origin(static_cast<int>(e.args[0]));
            if ((e.call == Call::Dup2 || e.call == Call::Dup3) && e.result >= 0 && e.args.size() >= 2 && e.args[1] >= 0
                && e.args[1] <= 2)
                dupFrom[static_cast<size_t>(e.args[1])] = origin(static_cast<int>(e.args[0]));
            if (e.call == Call::CloseRange && e.result == 0)
                closedRange = true;
        }
        if (!execNs)
            continue;

        RecognisedPopen popen { .parentPid = parent->pid, .childPid = childPid, .startNs = forkNs };
        static constexpr std::array<std::pair<const char*, const char*>, 3> names { { { "p2cread", "p2cwrite" },
            { "c2pwrite", "c2pread" }, { "errwrite", "errread" } } };
        std::vector<std::uint64_t> stdPipes;
        for (size_t s = 0; s < 3; ++s) {
            popen.handles[names[s].first] = dupFrom[s];
            popen.handles[names[s].second] = -1;
            if (dupFrom[s] < 0)
                continue;
            // The parent's own end of the same pipe, when the child end is a pipe the parent made.
            for (const RecordedPipe& p : rec.pipes) {
                const bool childReads = s == 0;
                const auto& childEnds = childReads ? p.readEnds : p.writeEnds;
                const auto& parentEnds = childReads ? p.writeEnds : p.readEnds;
                if (p.createdBy != parent->pid || heldAt(childEnds, parent->pid, forkNs) != dupFrom[s])
                    continue;
                stdPipes.push_back(p.inode);
                // stderr=STDOUT: errwrite is c2pwrite, and there is no errread.
                if (s == 2 && dupFrom[2] == dupFrom[1])
                    break;
                popen.handles[names[s].second] = heldAt(parentEnds, parent->pid, forkNs);
                break;
            }
        }
        // The error pipe: made by the parent before the start, not a standard stream's, its write end in the child
        // until the exec closed it.
        for (const RecordedPipe& p : rec.pipes) {
            if (p.createdBy != parent->pid || p.createdNs > forkNs || std::ranges::count(stdPipes, p.inode))
                continue;
            const bool childHeldUntilExec = std::ranges::any_of(p.writeEnds,
                [&](const PipeHold& h) { return h.pid == childPid && h.closedNs && *h.closedNs >= *execNs; });
            if (!childHeldUntilExec)
                continue;
            popen.handles["errpipe_read"] = heldAt(p.readEnds, parent->pid, forkNs);
            popen.handles["errpipe_write"] = heldAt(p.writeEnds, parent->pid, forkNs);
        }
        const bool errpipe = popen.handles.contains("errpipe_write");
        const auto flags = spawnEvent.args.empty() ? 0 : static_cast<std::uint64_t>(spawnEvent.args.front());
        const bool spawnClone = (spawnEvent.call == Call::Clone || spawnEvent.call == Call::Clone3)
            && (flags & CLONE_VM) && (flags & CLONE_VFORK);
        if (errpipe)
            popen.path = PopenPath::ForkExec;
        else if (spawnClone)
            popen.path = PopenPath::PosixSpawn;
        else
            continue; // a Python process that started a program some other way (os.fork, os.system's shell...)
        if (popen.path == PopenPath::ForkExec && !closedRange
            && std::ranges::all_of(dupFrom, [](int fd) { return fd < 0; }))
            continue;
        out.push_back(std::move(popen));
    }
    return out;
}

} // namespace pipescope
