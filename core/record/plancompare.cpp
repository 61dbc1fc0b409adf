// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/plancompare.h"

#include "base/names.h"

#include <algorithm>
#include <cstdint>
#include <fcntl.h>
#include <map>
#include <set>
#include <string>

#if defined(__linux__)
#include <linux/close_range.h>
#include <linux/sched.h>
#endif

namespace pipescope {

namespace {

constexpr std::pair<CompareMark, std::string_view> markNames[] {
    { CompareMark::Same, "same" },
    { CompareMark::Differs, "differs" },
    { CompareMark::PlanOnly, "plan-only" },
    { CompareMark::RealOnly, "real-only" },
    { CompareMark::Moved, "moved" },
};

constexpr std::pair<CompareReason, std::string_view> reasonNames[] {
    { CompareReason::None, "none" },
    { CompareReason::VforkNotFork, "vfork-not-fork" },
    { CompareReason::PosixSpawnClone, "posix-spawn-clone" },
    { CompareReason::PosixSpawnNoErrPipe, "posix-spawn-no-errpipe" },
    { CompareReason::CloseOrder, "close-order" },
    { CompareReason::StepOrder, "step-order" },
    { CompareReason::ExtraCall, "extra-call" },
    { CompareReason::PathSearch, "path-search" },
    { CompareReason::PassFdInheritable, "pass-fd-inheritable" },
    { CompareReason::NoCall, "no-call" },
    { CompareReason::NotRecorded, "not-recorded" },
    { CompareReason::ReadNotRecorded, "read-not-recorded" },
    { CompareReason::AlreadyInheritable, "already-inheritable" },
    { CompareReason::OpenedByCaller, "opened-by-caller" },
    { CompareReason::CallerKeepsFile, "caller-keeps-file" },
    { CompareReason::NotDone, "not-done" },
};

#if !defined(CLOSE_RANGE_CLOEXEC)
constexpr std::uint64_t CLOSE_RANGE_CLOEXEC = 1U << 2;
#endif
#if !defined(CLONE_VM)
constexpr std::uint64_t CLONE_VM = 0x100;
constexpr std::uint64_t CLONE_VFORK = 0x4000;
#endif

bool isSpawnCall(Call c)
{
    return c == Call::Fork || c == Call::Vfork || c == Call::Clone || c == Call::Clone3;
}

bool isExecCall(Call c)
{
    return c == Call::Execve || c == Call::Execveat;
}

bool isOpenCall(Call c)
{
    return c == Call::Open || c == Call::Openat || c == Call::Creat;
}

// The parent waits for the child's exec: vfork(), or clone with CLONE_VM|CLONE_VFORK.
bool vforkLike(const RecordedEvent& e)
{
    if (e.call == Call::Vfork)
        return true;
    const auto flags = e.args.empty() ? 0 : static_cast<std::uint64_t>(e.args.front());
    return (e.call == Call::Clone || e.call == Call::Clone3) && (flags & CLONE_VM) && (flags & CLONE_VFORK);
}

bool isCloseAction(StepAction a)
{
    switch (a) {
    case StepAction::ChildCloseParentEnds:
    case StepAction::ChildCloseFds:
    case StepAction::ParentCloseErrPipeWrite:
    case StepAction::ParentCloseChildEnd:
    case StepAction::ParentCloseDevNull:
    case StepAction::ParentCloseFile:
        return true;
    default:
        return false;
    }
}

int handleFd(const RecognisedPopen& popen, std::string_view name)
{
    const auto it = popen.handles.find(std::string(name));
    return it == popen.handles.end() ? -1 : it->second;
}

int handleFd(const RecognisedPopen& popen, Handle h)
{
    return handleFd(popen, handleName(h));
}

std::int64_t arg(const RecordedEvent& e, size_t i)
{
    return i < e.args.size() ? e.args[i] : -1;
}

bool isFcntl(const RecordedEvent& e, int cmd)
{
    return e.call == Call::Fcntl && arg(e, 1) == cmd;
}

std::optional<size_t> spawnEventOf(const Recording& rec, const RecognisedPopen& popen)
{
    for (size_t i = 0; i < rec.events.size(); ++i) {
        const RecordedEvent& e = rec.events[i];
        if (e.pid == popen.parentPid && isSpawnCall(e.call) && e.result == popen.childPid)
            return i;
    }
    return std::nullopt;
}

// The child's events from its start to its successful exec (all of them when it never exec'd).
std::vector<size_t> childWindow(const Recording& rec, const RecognisedPopen& popen)
{
    std::vector<size_t> out;
    for (size_t i = 0; i < rec.events.size(); ++i) {
        const RecordedEvent& e = rec.events[i];
        if (e.pid != popen.childPid || e.call == Call::Signal || e.call == Call::Exit)
            continue;
        out.push_back(i);
        if (isExecCall(e.call) && e.result == 0)
            break;
    }
    return out;
}

// The child's fd table at its start: what fork copied, the parent's at the fork.
const FdTable* childStartTable(const Recording& rec, const RecognisedPopen& popen, std::optional<size_t> spawn)
{
    if (spawn && rec.events[*spawn].fdTable)
        return &*rec.events[*spawn].fdTable;
    if (const RecordedProcess* child = rec.process(popen.childPid); child && !child->fdsAtStart.empty())
        return &child->fdsAtStart;
    return nullptr;
}

// Without RecordOptions::files only pipes' closes and FIFOs' opens are kept: a close of anything else, or an open
// of /dev/null, shows that files were recorded.
bool filesRecorded(const Recording& rec)
{
    return std::ranges::any_of(rec.events, [](const RecordedEvent& e) {
        return (e.call == Call::Close && e.result == 0 && e.inode == 0)
            || (isOpenCall(e.call) && e.path == "/dev/null");
    });
}

// The flags of the parent's latest recorded open that made fd before the event at index `before`.
std::optional<std::int64_t> openFlags(const Recording& rec, int pid, size_t before, int fd)
{
    for (size_t i = before; i-- > 0;) {
        const RecordedEvent& e = rec.events[i];
        if (e.pid != pid || !isOpenCall(e.call) || e.result != fd)
            continue;
        if (e.call == Call::Creat)
            return O_CREAT | O_WRONLY | O_TRUNC;
        return arg(e, e.call == Call::Openat ? 1 : 0);
    }
    return std::nullopt;
}

// What a child handle is: the child's stream fd as /proc showed it at the exec (after the dup2), else the handle in
// the table the child started with; and whether it came from /proc.
std::pair<const FdEntry*, bool> childEnd(const FdTable* execTable, const FdTable* startTable, Stream s, int fd)
{
    if (const FdEntry* e = execTable ? findFd(*execTable, streamFd(s)) : nullptr)
        return { e, true };
    return { startTable ? findFd(*startTable, fd) : nullptr, false };
}

// The fds p2cwrite, c2pread, errread and errpipe_read: what the child closes first.
std::set<int> parentEnds(const RecognisedPopen& popen)
{
    std::set<int> out;
    for (std::string_view name : { "p2cwrite", "c2pread", "errread", "errpipe_read" })
        if (const int fd = handleFd(popen, name); fd >= 0)
            out.insert(fd);
    return out;
}

// The fd number a child handle has in the parent, as Popen's variables hold it, or -1.
int childFd(const SpawnSpec& spec, const RecognisedPopen& popen, Stream s)
{
    const int fd = handleFd(popen, childHandle(s));
    if (fd >= 0)
        return fd;
    const Redirect& r = spec.redirect(s);
    if (r.kind == Redirect::Kind::Fd)
        return r.fd;
    if (r.kind == Redirect::Kind::Stdout)
        return spec.redirect(Stream::Stdout).kind == Redirect::Kind::Inherit ? 1 : childFd(spec, popen, Stream::Stdout);
    return -1;
}

class Comparer
{
public:
    Comparer(const Recording& rec, const RecognisedPopen& popen, PlanComparison& out)
        : m_rec(rec)
        , m_popen(popen)
        , m_out(out)
        , m_steps(out.plan.steps)
        , m_posixSpawn(popen.path == PopenPath::PosixSpawn)
    {
    }

    void run()
    {
        m_spawn = spawnEventOf(m_rec, m_popen);
        m_table = childStartTable(m_rec, m_popen, m_spawn);
        m_files = filesRecorded(m_rec);
        for (const auto& [name, fd] : m_popen.handles)
            if (fd >= 3)
                m_popenFds.insert(fd);
        for (Stream s : allStreams)
            if (const int fd = childFd(m_out.spec, m_popen, s); fd >= 3)
                m_popenFds.insert(fd);
        m_planOnly.assign(m_steps.size(), std::nullopt);
        m_matched.assign(m_steps.size(), false);
        if (!m_spawn) {
            for (size_t k = 0; k < m_steps.size(); ++k)
                m_planOnly[k] = CompareReason::NotDone;
        } else {
            m_tid = m_rec.events[*m_spawn].tid;
            beforeSpawn();
            spawnRow();
            child();
            afterSpawn();
        }
        markMoved();
        order();
    }

private:
    const RecordedEvent& ev(size_t i) const { return m_rec.events[i]; }
    bool parentThread(size_t i) const { return ev(i).pid == m_popen.parentPid && ev(i).tid == m_tid; }

    std::optional<size_t> stepIndex(StepAction a, std::optional<Stream> s = std::nullopt, int targetFd = -1) const
    {
        for (size_t k = 0; k < m_steps.size(); ++k)
            if (m_steps[k].action == a && (!s || m_steps[k].stream == s)
                && (targetFd < 0 || m_steps[k].targetFd == targetFd))
                return k;
        return std::nullopt;
    }

    void row(std::optional<size_t> step, size_t event, CompareMark mark, CompareReason reason = CompareReason::None)
    {
        m_rows.push_back(ComparedRow { .planStep = step, .event = event, .mark = mark, .reason = reason });
        m_used.insert(event);
        if (step)
            m_matched[*step] = true;
    }
    void realOnly(size_t event, CompareReason reason) { row(std::nullopt, event, CompareMark::RealOnly, reason); }

    // The parent's latest event before the spawn (and after `after`) that pred accepts; thread: only the Popen's.
    template <class Pred>
    std::optional<size_t> latestBefore(Pred pred, bool thread = true, std::optional<size_t> after = std::nullopt) const
    {
        for (size_t i = *m_spawn; i-- > (after ? *after + 1 : 0);) {
            const bool mine = thread ? parentThread(i) : ev(i).pid == m_popen.parentPid;
            if (mine && !m_used.contains(i) && pred(ev(i)))
                return i;
        }
        return std::nullopt;
    }

    // _get_handles and the error pipe, up to the spawn.
    void beforeSpawn()
    {
        std::optional<size_t> start;
        std::optional<size_t> lastPipe;
        auto matched = [&](size_t k, size_t i) {
            row(k, i, CompareMark::Same);
            start = std::min(start.value_or(i), i);
        };
        for (size_t k = 0; k < m_steps.size(); ++k) {
            const Step& step = m_steps[k];
            switch (step.action) {
            case StepAction::CreatePipe: {
                const int r = handleFd(m_popen, step.handles.at(0));
                const int w = handleFd(m_popen, step.handles.at(1));
                if (const auto i = latestBefore([&](const RecordedEvent& e) {
                        return (e.call == Call::Pipe || e.call == Call::Pipe2) && e.result == 0
                            && e.fds == std::vector<int> { r, w };
                    })) {
                    matched(k, *i);
                    lastPipe = i;
                } else {
                    m_planOnly[k] = CompareReason::NotDone;
                }
                break;
            }
            case StepAction::SetPipeSize: {
                // After its pipe: an earlier Popen's pipe may have had the same fd numbers.
                const int w = handleFd(m_popen, step.handles.at(0));
                if (const auto i
                    = latestBefore([&](const RecordedEvent& e) { return isFcntl(e, F_SETPIPE_SZ) && arg(e, 0) == w; },
                        true, lastPipe))
                    matched(k, *i);
                else
                    m_planOnly[k] = CompareReason::NotDone;
                break;
            }
            case StepAction::OpenDevNull: {
                const int fd = handleFd(m_popen, step.handles.at(0));
                if (const auto i = latestBefore([&](const RecordedEvent& e) {
                        return isOpenCall(e.call) && e.result == fd && e.path == "/dev/null";
                    }))
                    matched(k, *i);
                else
                    m_planOnly[k] = m_files ? CompareReason::NotDone : CompareReason::NotRecorded;
                break;
            }
            case StepAction::OpenFile: {
                const int fd = handleFd(m_popen, step.handles.at(0));
                // The caller's open(): any thread, and before the window.
                if (const auto i = latestBefore(
                        [&](const RecordedEvent& e) { return isOpenCall(e.call) && e.result == fd; }, false)) {
                    row(k, *i, CompareMark::Differs, CompareReason::OpenedByCaller);
                } else {
                    m_planOnly[k] = m_files ? CompareReason::OpenedByCaller : CompareReason::NotRecorded;
                }
                break;
            }
            case StepAction::ReuseDevNull:
            case StepAction::UseCallerFd:
            case StepAction::AliasStdout:
                m_planOnly[k] = CompareReason::NoCall;
                break;
            case StepAction::CreateErrPipe: {
                if (m_posixSpawn) {
                    m_planOnly[k] = CompareReason::PosixSpawnNoErrPipe;
                    break;
                }
                const int r = handleFd(m_popen, "errpipe_read");
                if (const auto i = latestBefore([&](const RecordedEvent& e) {
                        return (e.call == Call::Pipe || e.call == Call::Pipe2) && e.result == 0 && !e.fds.empty()
                            && e.fds.front() == r;
                    }))
                    matched(k, *i);
                else
                    m_planOnly[k] = CompareReason::NotDone;
                break;
            }
            default:
                break;
            }
        }
        // Anything else the Popen's thread did to the Popen's fds from its first pipe on.
        for (size_t i = start.value_or(*m_spawn); i < *m_spawn; ++i)
            if (parentThread(i) && !m_used.contains(i) && touches(ev(i)))
                realOnly(i, CompareReason::ExtraCall);
    }

    void spawnRow()
    {
        const auto k = stepIndex(StepAction::Fork);
        const RecordedEvent& e = ev(*m_spawn);
        if (m_posixSpawn)
            row(k, *m_spawn, CompareMark::Differs, CompareReason::PosixSpawnClone);
        else if (vforkLike(e))
            row(k, *m_spawn, CompareMark::Differs, CompareReason::VforkNotFork);
        else
            row(k, *m_spawn, CompareMark::Same);
    }

    // _posixsubprocess's child_exec, or posix_spawn's file actions: from the child's start to its exec.
    void child()
    {
        const std::set<int> ends = parentEnds(m_popen);
        const auto closeParentEnds = stepIndex(StepAction::ChildCloseParentEnds);
        const auto closeFds = stepIndex(StepAction::ChildCloseFds);
        std::map<size_t, std::set<std::int64_t>> copies; // per dup-away step: the copies it made
        for (size_t i : childWindow(m_rec, m_popen)) {
            const RecordedEvent& e = ev(i);
            std::optional<size_t> k;
            CompareReason extra = CompareReason::ExtraCall;
            switch (e.call) {
            case Call::Close:
                if (ends.contains(static_cast<int>(arg(e, 0))))
                    k = closeParentEnds;
                else if (arg(e, 0) >= 3)
                    k = closeFds;
                break;
            case Call::CloseRange:
                if (!(static_cast<std::uint64_t>(arg(e, 2)) & CLOSE_RANGE_CLOEXEC))
                    k = closeFds;
                break;
            case Call::Dup:
            case Call::Fcntl:
                if (e.call == Call::Dup || isFcntl(e, F_DUPFD) || isFcntl(e, F_DUPFD_CLOEXEC)) {
                    // "errwrite = dup(errwrite)" while it is 0 or 1 (a copy may land on 1 again)
                    for (Stream s : { Stream::Stdout, Stream::Stderr })
                        if (const auto away = stepIndex(StepAction::ChildDupAway, s);
                            away && (childFd(m_out.spec, m_popen, s) == arg(e, 0) || copies[*away].contains(arg(e, 0))))
                            k = away;
                    if (k && e.result >= 0)
                        copies[*k].insert(e.result);
                } else if (isFcntl(e, F_SETFD) && (arg(e, 2) & FD_CLOEXEC)) {
                    // the copy made non-inheritable (bpo-32270)
                    for (const auto& [away, fds] : copies)
                        if (fds.contains(arg(e, 0)))
                            k = away;
                } else if (isFcntl(e, F_SETFD) && arg(e, 0) >= 0 && arg(e, 0) <= 2) {
                    k = stepIndex(StepAction::ChildSetInheritable, std::nullopt, static_cast<int>(arg(e, 0)));
                } else if (isFcntl(e, F_SETFD) && std::ranges::count(m_out.spec.passFds, arg(e, 0))) {
                    extra = CompareReason::PassFdInheritable;
                }
                break;
            case Call::Dup2:
            case Call::Dup3:
                if (e.result >= 0 && arg(e, 1) >= 0 && arg(e, 1) <= 2)
                    k = stepIndex(StepAction::ChildDup2, std::nullopt, static_cast<int>(arg(e, 1)));
                break;
            case Call::Execve:
            case Call::Execveat:
                if (e.result == 0)
                    k = stepIndex(StepAction::Exec);
                else
                    extra = CompareReason::PathSearch;
                break;
            default:
                break;
            }
            if (k
                && (!m_matched[*k] || m_steps[*k].action == StepAction::ChildCloseParentEnds
                    || m_steps[*k].action == StepAction::ChildCloseFds
                    || m_steps[*k].action == StepAction::ChildDupAway))
                row(k, i, CompareMark::Same);
            else
                realOnly(i, extra);
        }
        for (size_t k = 0; k < m_steps.size(); ++k) {
            if (m_matched[k] || m_steps[k].actor != Actor::Child)
                continue;
            CompareReason why = CompareReason::NotDone;
            if (m_steps[k].action == StepAction::ChildCloseParentEnds && m_posixSpawn && m_steps[k].handles.empty())
                why = CompareReason::PosixSpawnNoErrPipe; // its one close would have been errpipe_read's
            if (m_steps[k].action == StepAction::ChildSetInheritable && m_table)
                if (const FdEntry* entry = findFd(*m_table, m_steps[k].targetFd); entry && !entry->cloexec)
                    why = CompareReason::AlreadyInheritable;
            m_planOnly[k] = why;
        }
    }

    // Back in the parent: the error pipe's write end, _close_pipe_fds, the read of the error pipe and its close.
    void afterSpawn()
    {
        const int errRead = handleFd(m_popen, "errpipe_read");
        const int errWrite = handleFd(m_popen, "errpipe_write");
        auto closeStep = [&](int fd) -> std::optional<size_t> {
            for (size_t k = 0; k < m_steps.size(); ++k) {
                const Step& s = m_steps[k];
                if (m_matched[k])
                    continue;
                if (s.action == StepAction::ParentCloseErrPipeWrite && !m_posixSpawn && fd == errWrite)
                    return k;
                const bool childEnd = s.action == StepAction::ParentCloseChildEnd;
                if ((childEnd || s.action == StepAction::ParentCloseDevNull)
                    && fd == handleFd(m_popen, childEnd ? s.handles.at(0) : devNullHandle()))
                    return k;
            }
            return std::nullopt;
        };
        const auto readStep = stepIndex(StepAction::ReadErrPipe);
        const size_t rowsBefore = m_rows.size();
        size_t keep = rowsBefore; // rows up to the last step matched
        bool ended = false;
        for (size_t i = *m_spawn + 1; i < m_rec.events.size() && !ended; ++i) {
            if (m_rows.size() > rowsBefore && m_rows.back().planStep)
                keep = m_rows.size();
            if (!parentThread(i) || ev(i).call == Call::Signal)
                continue;
            const RecordedEvent& e = ev(i);
            if (isSpawnCall(e.call))
                break; // the next child
            if (e.call == Call::Close) {
                const int fd = static_cast<int>(arg(e, 0));
                if (!m_posixSpawn && fd == errRead) {
                    // `finally: os.close(errpipe_read)` after the read loop.
                    if (readStep && !m_matched[*readStep])
                        row(readStep, i, CompareMark::Same, CompareReason::ReadNotRecorded);
                    else
                        realOnly(i, CompareReason::ExtraCall);
                    ended = true;
                } else if (const auto k = closeStep(fd)) {
                    row(k, i, CompareMark::Same);
                } else if (m_posixSpawn) {
                    break; // the run of closes after posix_spawn is over
                } else if (m_popenFds.contains(fd)) {
                    realOnly(i, CompareReason::ExtraCall);
                }
                continue;
            }
            if (m_posixSpawn)
                break;
            if ((e.call == Call::Read || e.call == Call::Readv) && arg(e, 0) == errRead && readStep
                && !m_matched[*readStep])
                row(readStep, i, CompareMark::Same);
            else if (touches(e))
                realOnly(i, CompareReason::ExtraCall);
        }
        if (m_rows.size() > rowsBefore && m_rows.back().planStep)
            keep = m_rows.size();
        if (!ended && !m_posixSpawn) {
            // No close of errpipe_read: keep what matched, not the rest of the program's calls on the same fds.
            for (size_t r = keep; r < m_rows.size(); ++r)
                m_used.erase(*m_rows[r].event);
            m_rows.resize(keep);
        }
        for (size_t k = 0; k < m_steps.size(); ++k) {
            if (m_matched[k] || m_steps[k].actor != Actor::Parent || m_planOnly[k])
                continue;
            switch (m_steps[k].action) {
            case StepAction::ParentCloseErrPipeWrite:
            case StepAction::ReadErrPipe:
                m_planOnly[k] = m_posixSpawn ? CompareReason::PosixSpawnNoErrPipe : CompareReason::NotDone;
                break;
            case StepAction::ParentCloseDevNull:
                m_planOnly[k] = m_files ? CompareReason::NotDone : CompareReason::NotRecorded;
                break;
            case StepAction::ParentCloseFile:
                m_planOnly[k] = CompareReason::CallerKeepsFile;
                break;
            default:
                m_planOnly[k] = CompareReason::NotDone;
                break;
            }
        }
    }

    Handle devNullHandle() const
    {
        for (Handle h : allHandles)
            if (m_out.plan.handle(h).origin == HandleOrigin::DevNull)
                return h;
        return Handle::P2cRead;
    }

    // Whether a parent event is about one of the Popen's fds.
    bool touches(const RecordedEvent& e) const
    {
        auto has = [&](std::int64_t fd) { return fd >= 0 && m_popenFds.contains(static_cast<int>(fd)); };
        switch (e.call) {
        case Call::Pipe:
        case Call::Pipe2:
        case Call::Socketpair:
            return std::ranges::any_of(e.fds, has);
        case Call::Dup:
            return has(arg(e, 0)) || has(e.result);
        case Call::Dup2:
        case Call::Dup3:
        case Call::Splice:
            return has(arg(e, 0)) || has(arg(e, 1));
        case Call::Fcntl:
            return has(arg(e, 0)) || ((isFcntl(e, F_DUPFD) || isFcntl(e, F_DUPFD_CLOEXEC)) && has(e.result));
        case Call::Close:
        case Call::Read:
        case Call::Write:
        case Call::Readv:
        case Call::Writev:
            return has(arg(e, 0));
        case Call::Open:
        case Call::Openat:
        case Call::Creat:
            return has(e.result);
        default:
            return false;
        }
    }

    // A step and another of the same process done the other way round: both are Moved.
    void markMoved()
    {
        std::vector<size_t> candidates;
        for (size_t r = 0; r < m_rows.size(); ++r)
            if (m_rows[r].planStep && m_rows[r].event && m_rows[r].mark == CompareMark::Same)
                candidates.push_back(r);
        std::vector<std::optional<bool>> closesOnly(m_rows.size());
        for (size_t a : candidates)
            for (size_t b : candidates) {
                const ComparedRow& x = m_rows[a];
                const ComparedRow& y = m_rows[b];
                if (ev(*x.event).pid != ev(*y.event).pid || *x.planStep >= *y.planStep || *x.event <= *y.event)
                    continue;
                const bool closes
                    = isCloseAction(m_steps[*x.planStep].action) && isCloseAction(m_steps[*y.planStep].action);
                for (size_t r : { a, b })
                    closesOnly[r] = closesOnly[r].value_or(true) && closes;
            }
        for (size_t r = 0; r < m_rows.size(); ++r)
            if (closesOnly[r]) {
                m_rows[r].mark = CompareMark::Moved;
                m_rows[r].reason = *closesOnly[r] ? CompareReason::CloseOrder : CompareReason::StepOrder;
            }
    }

    // Events in the run's order; each plan-only step before the first row of a later step.
    void order()
    {
        std::ranges::stable_sort(m_rows, {}, [](const ComparedRow& r) { return *r.event; });
        for (size_t k = 0; k < m_steps.size(); ++k) {
            if (m_matched[k] || !m_planOnly[k])
                continue;
            const auto at = std::ranges::find_if(m_rows, [&](const ComparedRow& r) { return r.planStep > k; });
            m_rows.insert(at, ComparedRow { .planStep = k, .mark = CompareMark::PlanOnly, .reason = *m_planOnly[k] });
        }
        m_out.rows = std::move(m_rows);
    }

    const Recording& m_rec;
    const RecognisedPopen& m_popen;
    PlanComparison& m_out;
    const std::vector<Step>& m_steps;
    const bool m_posixSpawn;
    std::optional<size_t> m_spawn;
    int m_tid = 0;
    const FdTable* m_table = nullptr;
    bool m_files = false;
    std::set<int> m_popenFds; // >= 3: the parent's own 0, 1 and 2 are never the Popen's to close
    std::set<size_t> m_used;
    std::vector<bool> m_matched;
    std::vector<std::optional<CompareReason>> m_planOnly;
    std::vector<ComparedRow> m_rows;
};

} // namespace

std::string_view compareMarkName(CompareMark m)
{
    return detail::nameOf<CompareMark>(markNames, m);
}
std::optional<CompareMark> compareMarkFromName(std::string_view name)
{
    return detail::valueOf<CompareMark>(markNames, name);
}
std::string_view compareReasonName(CompareReason r)
{
    return detail::nameOf<CompareReason>(reasonNames, r);
}
std::optional<CompareReason> compareReasonFromName(std::string_view name)
{
    return detail::valueOf<CompareReason>(reasonNames, name);
}

SpawnSpec inferPopenSpec(const Recording& rec, const RecognisedPopen& popen)
{
    SpawnSpec spec;
    const auto spawn = spawnEventOf(rec, popen);
    const FdTable* table = childStartTable(rec, popen, spawn);
    const std::set<int> ends = parentEnds(popen);

    std::array<bool, 3> clearedCloexec {};
    const FdTable* execTable = nullptr; // read from /proc at the exec: 0, 1 and 2 with their real flags
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
    spec.closeFds = false;
    for (size_t i : childWindow(rec, popen)) {
        const RecordedEvent& e = rec.events[i];
        if (isExecCall(e.call) && e.result == 0) {
            spec.argv = e.argv;
            if (e.fdTable)
                execTable = &*e.fdTable;
        }
        if (e.call == Call::CloseRange && e.result == 0
            && !(static_cast<std::uint64_t>(arg(e, 2)) & CLOSE_RANGE_CLOEXEC)) {
            spec.closeFds = true;
            ranges.emplace_back(static_cast<std::uint64_t>(arg(e, 0)), static_cast<std::uint64_t>(arg(e, 1)));
        }
        if (e.call == Call::Close && arg(e, 0) >= 3 && !ends.contains(static_cast<int>(arg(e, 0))))
            spec.closeFds = true;
        if (isFcntl(e, F_SETFD) && arg(e, 0) >= 0 && arg(e, 0) <= 2 && !(arg(e, 2) & FD_CLOEXEC))
            clearedCloexec[static_cast<size_t>(arg(e, 0))] = true;
    }
    if (spec.argv.empty())
        if (const RecordedProcess* child = rec.process(popen.childPid))
            spec.argv = child->argv;

    // pass_fds: what close_range left open from 3 on, but the error pipe's write end.
    std::ranges::sort(ranges);
    std::uint64_t next = 3;
    const int errWrite = handleFd(popen, "errpipe_write");
    for (const auto& [first, last] : ranges) {
        for (std::uint64_t fd = next; fd < first && fd < next + 1024; ++fd)
            if (static_cast<int>(fd) != errWrite)
                spec.passFds.push_back(static_cast<int>(fd));
        if (last >= next)
            next = last + 1;
        if (next == 0)
            break; // the range went to the top
    }

    const int c2pwrite = handleFd(popen, Handle::C2pWrite);
    for (Stream s : allStreams) {
        const int fd = handleFd(popen, childHandle(s));
        Redirect& r = spec.redirect(s);
        if (s == Stream::Stderr && fd >= 0 && ((c2pwrite >= 0 && fd == c2pwrite) || (c2pwrite < 0 && fd == 1))) {
            r = Redirect::stdoutRedirect();
        } else if (handleFd(popen, parentHandle(s)) >= 0) {
            r = Redirect::pipe();
        } else if (fd < 0) {
            r = clearedCloexec[static_cast<size_t>(s)] ? Redirect::fromFd(streamFd(s)) : Redirect::inherit();
        } else if (const auto [entry, fromProc] = childEnd(execTable, table, s, fd); entry) {
            // /proc's flags at the exec; else the recorded open's (an entry learnt by readlink has none).
            const auto opened = spawn ? openFlags(rec, popen.parentPid, *spawn, fd) : std::nullopt;
            const bool readWrite
                = fromProc ? entry->access == Access::ReadWrite : (!opened || (*opened & O_ACCMODE) == O_RDWR);
            const bool append = (fromProc ? entry->flags : opened.value_or(0)) & O_APPEND;
            if (entry->kind == FdKind::DevNull && readWrite)
                r = Redirect::devNull(); // _get_devnull: os.open(os.devnull, os.O_RDWR)
            else if (entry->kind == FdKind::File || entry->kind == FdKind::DevNull)
                r = Redirect::file(entry->target, s != Stream::Stdin && append);
            else
                r = Redirect::fromFd(fd);
        } else {
            r = Redirect::fromFd(fd);
        }
    }

    // pipesize: F_SETPIPE_SZ on a write end between its pipe and the spawn, by the Popen's thread.
    if (spawn) {
        const int tid = rec.events[*spawn].tid;
        for (Stream s : allStreams) {
            if (spec.redirect(s).kind != Redirect::Kind::Pipe)
                continue;
            const int w = handleFd(popen, s == Stream::Stdin ? Handle::P2cWrite : childHandle(s));
            for (size_t i = *spawn; i-- > 0;) {
                const RecordedEvent& e = rec.events[i];
                if (e.pid != popen.parentPid || e.tid != tid)
                    continue;
                if ((e.call == Call::Pipe || e.call == Call::Pipe2) && std::ranges::count(e.fds, w))
                    break;
                if (isFcntl(e, F_SETPIPE_SZ) && arg(e, 0) == w && e.result >= 0) {
                    spec.pipeSize = static_cast<int>(arg(e, 2));
                    break;
                }
            }
        }
    }
    return spec;
}

PlanComparison comparePopenWithPlan(
    const Recording& recording, const RecognisedPopen& popen, std::optional<std::pair<int, int>> pythonVersion)
{
    PlanComparison out;
    out.spec = inferPopenSpec(recording, popen);
    out.plan = planHandles(out.spec, Lens::Posix);
    out.realPath = popen.path;
    out.pythonVersion = pythonVersion;
    const auto spawn = spawnEventOf(recording, popen);
    if (popen.path == PopenPath::PosixSpawn)
        out.realSpawn = SpawnPath::PosixSpawn;
    else
        out.realSpawn = spawn && vforkLike(recording.events[*spawn]) ? SpawnPath::Vfork : SpawnPath::Fork;
    if (pythonVersion) {
        bool childEndOnStdFd = false;
        for (Stream s : allStreams) {
            const int fd = childFd(out.spec, popen, s);
            childEndOnStdFd = childEndOnStdFd || (fd >= 0 && fd <= 2);
        }
        out.predicted = cpythonSpawnPath(SpawnPathQuery { .pythonMajor = pythonVersion->first,
            .pythonMinor = pythonVersion->second,
            .closeFds = out.spec.closeFds,
            .programHasDirectory = !out.spec.argv.empty() && out.spec.argv.front().find('/') != std::string::npos,
            .passFds = !out.spec.passFds.empty(),
            .childEndOnStdFd = childEndOnStdFd });
    }
    Comparer(recording, popen, out).run();
    return out;
}

} // namespace pipescope
