// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/recorder.h"

#include "base/event.h"
#include "base/forkpoint.h"
#include "base/uniquefd.h"
#include "popen/setup_p.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <condition_variable>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <unistd.h>

#if defined(__x86_64__)
#include "record/recordfilter.h"
#include <linux/audit.h>
#include <linux/close_range.h>
#include <linux/filter.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>
#endif

extern char** environ;

namespace pipescope {

#if defined(__x86_64__)

namespace {

struct TracedCall
{
    long nr;
    Call call;
    bool bytes; // only with RecordOptions::bytes
};

// Every call the seccomp filter stops at (fcntl only for the commands that make or change fds).
constexpr std::array kTraced {
    TracedCall { SYS_pipe, Call::Pipe, false },
    TracedCall { SYS_pipe2, Call::Pipe2, false },
    TracedCall { SYS_dup, Call::Dup, false },
    TracedCall { SYS_dup2, Call::Dup2, false },
    TracedCall { SYS_dup3, Call::Dup3, false },
    TracedCall { SYS_fcntl, Call::Fcntl, false },
    TracedCall { SYS_close, Call::Close, false },
    TracedCall { SYS_close_range, Call::CloseRange, false },
    TracedCall { SYS_open, Call::Open, false },
    TracedCall { SYS_openat, Call::Openat, false },
    TracedCall { SYS_creat, Call::Creat, false },
    TracedCall { SYS_socketpair, Call::Socketpair, false },
    TracedCall { SYS_mknod, Call::Mknod, false },
    TracedCall { SYS_mknodat, Call::Mknodat, false },
    TracedCall { SYS_fork, Call::Fork, false },
    TracedCall { SYS_vfork, Call::Vfork, false },
    TracedCall { SYS_clone, Call::Clone, false },
    TracedCall { SYS_clone3, Call::Clone3, false },
    TracedCall { SYS_execve, Call::Execve, false },
    TracedCall { SYS_execveat, Call::Execveat, false },
    TracedCall { SYS_wait4, Call::Wait4, false },
    TracedCall { SYS_waitid, Call::Waitid, false },
    TracedCall { SYS_kill, Call::Kill, false },
    TracedCall { SYS_tgkill, Call::Tgkill, false },
    TracedCall { SYS_read, Call::Read, true },
    TracedCall { SYS_write, Call::Write, true },
    TracedCall { SYS_readv, Call::Readv, true },
    TracedCall { SYS_writev, Call::Writev, true },
    TracedCall { SYS_splice, Call::Splice, true },
};

bool waitsFor(Call c)
{
    switch (c) {
    case Call::Read:
    case Call::Readv:
    case Call::Write:
    case Call::Writev:
    case Call::Splice:
    case Call::Wait4:
    case Call::Waitid:
    case Call::Open:
    case Call::Openat:
    case Call::Creat:
        return true;
    default:
        return false;
    }
}

std::optional<Call> callOf(long nr)
{
    for (const TracedCall& t : kTraced)
        if (t.nr == nr)
            return t.call;
    return std::nullopt;
}

// What the child reports through its error pipe before exec: which setup call failed, and errno.
struct StartFailure
{
    int stage = 0; // 1 ptrace(PTRACE_TRACEME), 2 prctl(PR_SET_NO_NEW_PRIVS), 3 seccomp, 4 execve
    int err = 0;
};

[[noreturn]] void failInChild(int errFd, int stage)
{
    const StartFailure f { stage, errno };
    [[maybe_unused]] const ssize_t n = ::write(errFd, &f, sizeof f);
    ::_exit(127);
}

// Between fork and exec: async-signal-safe calls only.
[[noreturn]] void startTracee(
    const RecordOptions& o, const char* program, char* const* argv, int errFd, const sock_fprog* filter)
{
    const std::array<int, 3> want { o.stdinFd, o.stdoutFd, o.stderrFd };
    for (int i = 0; i < 3; ++i) {
        const int fd = want[static_cast<size_t>(i)];
        if (fd >= 0 && fd != i)
            ::dup2(fd, i);
        else if (fd == i)
            ::fcntl(i, F_SETFD, 0); // already in place (0, 1 or 2 were free when it was opened): keep it across exec
    }
    // Nothing of ours reaches the program: only 0, 1, 2 (the error pipe closes itself at exec).
    if (errFd > 3)
        ::syscall(SYS_close_range, 3U, static_cast<unsigned>(errFd - 1), 0U);
    ::syscall(SYS_close_range, static_cast<unsigned>(errFd + 1), ~0U, 0U);
    ::signal(SIGPIPE, SIG_DFL);
    if (::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) != 0)
        failInChild(errFd, 1);
    ::raise(SIGSTOP); // the tracer sets its options, then lets us go on
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        failInChild(errFd, 2);
    if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, filter) != 0)
        failInChild(errFd, 3);
    ::execve(program, argv, environ);
    failInChild(errFd, 4);
}

// The first executable candidate of argv[0], as execvp would try them; errno of the best failure otherwise.
Result<std::string> resolveProgram(const std::string& program)
{
    int err = ENOENT;
    for (const std::string& candidate : detail::executableCandidates(program)) {
        if (::access(candidate.c_str(), X_OK) == 0) {
            struct ::stat st
            {
            };
            if (::stat(candidate.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
                err = EACCES;
                continue;
            }
            return candidate;
        }
        if (errno != ENOENT && errno != ENOTDIR)
            err = errno;
    }
    return Error { .code = ErrorCode::ExecFailed, .sysErrno = err, .call = "execve", .subject = program };
}

// Reads tracee memory. A stopped tracee's memory is ours to read (process_vm_readv needs ptrace access).
bool readMemory(int tid, std::uint64_t addr, void* out, size_t size)
{
    iovec local { out, size };
    iovec remote { reinterpret_cast<void*>(addr), size };
    return ::process_vm_readv(tid, &local, 1, &remote, 1, 0) == static_cast<ssize_t>(size);
}

std::string readString(int tid, std::uint64_t addr, size_t max = 4096)
{
    std::string out;
    if (addr == 0)
        return out;
    std::array<char, 256> chunk {};
    while (out.size() < max) {
        // Never read across a page boundary in one go: the next page may be unmapped.
        const size_t toPage = 4096 - (addr % 4096);
        const size_t want = std::min({ chunk.size(), toPage, max - out.size() });
        if (!readMemory(tid, addr, chunk.data(), want))
            break;
        const auto end = std::find(chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(want), '\0');
        out.append(chunk.begin(), end);
        if (end != chunk.begin() + static_cast<std::ptrdiff_t>(want))
            break;
        addr += want;
    }
    return out;
}

std::vector<std::string> readArgv(int tid, std::uint64_t addr)
{
    std::vector<std::string> out;
    for (size_t i = 0; addr != 0 && i < 256; ++i) {
        std::uint64_t p = 0;
        if (!readMemory(tid, addr + i * sizeof p, &p, sizeof p) || p == 0)
            break;
        out.push_back(readString(tid, p));
    }
    return out;
}

// The table of one process as the recorder follows it between /proc readings.
struct OpenFd
{
    FdEntry entry;
    size_t hold = 0; // pipes: index of the PipeHold in the pipe's readEnds or writeEnds
};
struct FdModel
{
    int owner = 0; // the process the holds are recorded for
    std::map<int, OpenFd> fds;
};

struct Pending
{
    Call call = Call::Close;
    std::array<std::uint64_t, 6> args {};
    std::int64_t timeNs = 0;
    std::string path;
    std::vector<std::string> argv;
    std::uint64_t cloneFlags = 0;
    std::optional<FdTable> execTable;
};

// What makes byte calls alike enough to be one event: the call, its fds, the pipe, and for a call that found no
// bytes yet (EAGAIN, EINTR) that result.
struct ByteRunKey
{
    Call call = Call::Read;
    std::vector<std::int64_t> args;
    std::uint64_t inode = 0;
    std::int64_t retry = 0; // 0 for calls that moved bytes

    friend auto operator<=>(const ByteRunKey&, const ByteRunKey&) = default;
};

struct ByteRun
{
    int events = 0;
    size_t latest = 0; // index in Recording::events
};

struct Task
{
    int tid = 0;
    int pid = 0; // its thread group
    std::shared_ptr<FdModel> model;
    std::optional<Pending> pending;
    std::optional<size_t> lastEvent; // the event the task's latest call made or joined: a repeat of it joins it
    // The task's byte calls since its last other event, EOF or error, per kind (ByteRunKey): how many events they
    // made, and the latest. Past separateByteEvents, calls that take turns (communicate()'s write, read, write…)
    // join that latest one too.
    std::map<ByteRunKey, ByteRun> byteRuns;
    bool exited = false; // its exit stop was seen: its fds are closed already
    std::optional<bool> inOurPidNamespace; // looked up at its first fork: then its children's pids are ours
};

// A child the kernel announced (PTRACE_EVENT_FORK/VFORK/CLONE) before its first stop was seen, or the other way.
struct Birth
{
    int parentTid = 0;
    std::uint64_t flags = 0;
    bool thread = false;
    std::map<int, OpenFd> fds; // the parent's table when the kernel copied it
    std::shared_ptr<FdModel> sharedModel; // a thread or CLONE_FILES child: the table it shares (counts as a holder)
    std::int64_t timeNs = 0; // when the parent made the call that started it (the fork event's time)
};

class Tracer
{
public:
    Tracer(const RecordOptions& options, Recording& rec, RecordingStop& stop)
        : m_options(options)
        , m_rec(rec)
        , m_stop(stop)
        , m_start(monotonicNs())
    {
    }

    void addRoot(int pid);
    void run();

private:
    std::int64_t now() const { return monotonicNs() - m_start; }
    void onStop(int tid, int status);
    void onEnd(int tid, int status);
    void onSeccomp(Task& task);
    void onSyscallExit(Task& task);
    void onNewTask(int tid, const Birth& birth);
    void onExec(Task& task);
    void onExitStop(Task& task);
    void endProcess(Task& task, const ExitStatus& exit, std::int64_t t);
    void resume(int tid, bool syscallExit, int signal = 0);
    std::optional<std::int64_t> foreseenResult(const Task& task, const Pending& p) const;
    bool inOurPidNamespace(Task& task);
    void finish(Task& task, const Pending& p, std::int64_t result);
    RecordedProcess& process(int pid);
    RecordedPipe& pipe(std::uint64_t inode, int createdBy, std::int64_t t);
    void openFd(FdModel& model, FdEntry entry, std::int64_t t);
    void closeFd(FdModel& model, int fd, std::int64_t t);
    void copyFd(FdModel& model, int from, int to, bool cloexec, int tid, std::int64_t t);
    void sync(FdModel& model, const FdTable& table, std::int64_t t);
    void learnFd(FdModel& model, int tid, int fd, std::int64_t t, bool cloexec = false);

    const RecordOptions& m_options;
    Recording& m_rec;
    RecordingStop& m_stop;
    std::int64_t m_start;
    std::map<int, Task> m_tasks;
    std::map<int, size_t> m_processIndex;
    std::map<std::uint64_t, size_t> m_pipeIndex;
    std::map<int, Birth> m_announced; // new tid → who made it, before its first stop
    std::set<int> m_unannounced; // stopped new tids whose parent's event has not come yet
    int m_root = 0;
    // close_range(2) exists (Linux 5.9 on) and nothing refuses it to us: then it runs for the program whenever our
    // filter stops it there (a filter of the program's own that refused it would have acted before ours).
    bool m_closeRangeRuns = ::syscall(SYS_close_range, ~0U, ~0U, 0U) == 0;
    std::optional<ino_t> m_pidNamespace; // ours, looked up once
};

RecordedProcess& Tracer::process(int pid)
{
    const auto it = m_processIndex.find(pid);
    if (it != m_processIndex.end())
        return m_rec.processes[it->second];
    m_processIndex[pid] = m_rec.processes.size();
    m_rec.processes.push_back(RecordedProcess { .pid = pid, .startNs = now() });
    return m_rec.processes.back();
}

RecordedPipe& Tracer::pipe(std::uint64_t inode, int createdBy, std::int64_t t)
{
    const auto it = m_pipeIndex.find(inode);
    if (it != m_pipeIndex.end())
        return m_rec.pipes[it->second];
    m_pipeIndex[inode] = m_rec.pipes.size();
    m_rec.pipes.push_back(RecordedPipe { .inode = inode, .createdBy = createdBy, .createdNs = t });
    return m_rec.pipes.back();
}

void Tracer::openFd(FdModel& model, FdEntry entry, std::int64_t t)
{
    closeFd(model, entry.fd, t);
    OpenFd open { .entry = std::move(entry) };
    if (open.entry.kind == FdKind::Pipe) {
        RecordedPipe& p = pipe(open.entry.inode, 0, t);
        auto& ends = open.entry.access == Access::Write ? p.writeEnds : p.readEnds;
        open.hold = ends.size();
        ends.push_back(PipeHold { .pid = model.owner, .fd = open.entry.fd, .openedNs = t });
    }
    const int fd = open.entry.fd;
    model.fds[fd] = std::move(open);
}

void Tracer::closeFd(FdModel& model, int fd, std::int64_t t)
{
    const auto it = model.fds.find(fd);
    if (it == model.fds.end())
        return;
    const FdEntry& e = it->second.entry;
    if (e.kind == FdKind::Pipe) {
        RecordedPipe& p = pipe(e.inode, 0, t);
        auto& ends = e.access == Access::Write ? p.writeEnds : p.readEnds;
        if (it->second.hold < ends.size())
            ends[it->second.hold].closedNs = t;
    }
    model.fds.erase(it);
}

// Whether open() of path (relative to dirfd in the tracee) finds a FIFO: looked up from here through /proc, before
// the call runs. A path that does not exist yet is a file about to be created.
bool isFifo(int tid, int dirfd, const std::string& path)
{
    std::string where = path;
    if (!path.starts_with('/'))
        where = "/proc/" + std::to_string(tid) + (dirfd == AT_FDCWD ? "/cwd/" : "/fd/" + std::to_string(dirfd) + "/")
            + path;
    struct ::stat st
    {
    };
    return ::stat(where.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// What an fd made by a call is: one readlink of /proc/<tid>/fd/<fd> (fdinfo only for a pipe, whose direction matters).
// Cheaper than a whole inspectFd: a program opens hundreds of files as it starts.
void Tracer::learnFd(FdModel& model, int tid, int fd, std::int64_t t, bool cloexec)
{
    std::array<char, 4096> link {};
    const std::string path = "/proc/" + std::to_string(tid) + "/fd/" + std::to_string(fd);
    const ssize_t n = ::readlink(path.c_str(), link.data(), link.size());
    if (n < 0)
        return;
    FdEntry e { .fd = fd, .target = std::string(link.data(), static_cast<size_t>(n)), .cloexec = cloexec };
    const FdTarget target = classifyTarget(e.target);
    e.kind = target.kind;
    e.inode = target.inode;
    if (e.kind == FdKind::Pipe) {
        auto full = inspectFd(tid, fd);
        if (!full)
            return;
        e = std::move(*full);
    }
    openFd(model, std::move(e), t);
}

void Tracer::copyFd(FdModel& model, int from, int to, bool cloexec, int tid, std::int64_t t)
{
    const auto it = model.fds.find(from);
    if (it == model.fds.end()) {
        learnFd(model, tid, to, t); // an fd made by a call we do not stop at (socket, eventfd...)
        return;
    }
    FdEntry e = it->second.entry;
    e.fd = to;
    e.cloexec = cloexec;
    openFd(model, std::move(e), t);
}

void Tracer::sync(FdModel& model, const FdTable& table, std::int64_t t)
{
    std::vector<int> gone;
    for (const auto& [fd, open] : model.fds) {
        const FdEntry* now = findFd(table, fd);
        if (!now || now->target != open.entry.target || now->access != open.entry.access)
            gone.push_back(fd);
    }
    for (int fd : gone)
        closeFd(model, fd, t);
    for (const FdEntry& e : table) {
        const auto it = model.fds.find(e.fd);
        if (it == model.fds.end())
            openFd(model, e, t);
        else
            it->second.entry = e; // same file: flags and position as /proc has them now
    }
}

void Tracer::addRoot(int pid)
{
    m_root = pid;
    RecordedProcess& p = process(pid);
    p.argv = m_options.argv;
    m_tasks[pid] = Task { .tid = pid, .pid = pid, .model = std::make_shared<FdModel>(FdModel { .owner = pid }) };
}

void Tracer::resume(int tid, bool syscallExit, int signal)
{
    ::ptrace(syscallExit ? PTRACE_SYSCALL : PTRACE_CONT, tid, nullptr, reinterpret_cast<void*>(long(signal)));
}

void Tracer::run()
{
    for (;;) {
        int status = 0;
        // __WNOTHREAD: only this thread's tracees. Other threads of this process (the window's runs) have children
        // of their own, which are theirs to reap.
        const pid_t tid = ::waitpid(-1, &status, __WALL | __WNOTHREAD);
        if (tid < 0) {
            if (errno == EINTR)
                continue;
            break; // ECHILD: every traced process has ended
        }
        if (WIFSTOPPED(status))
            onStop(tid, status);
        else if (WIFEXITED(status) || WIFSIGNALED(status))
            onEnd(tid, status);
    }
    // What is still open was open at the end: holds without closedNs.
    std::stable_sort(m_rec.events.begin(), m_rec.events.end(),
        [](const RecordedEvent& a, const RecordedEvent& b) { return a.timeNs < b.timeNs; });
}

void Tracer::onNewTask(int tid, const Birth& birth)
{
    const auto parent = m_tasks.find(birth.parentTid);
    const int parentPid = parent != m_tasks.end() ? parent->second.pid : 0;
    Task task { .tid = tid, .pid = birth.thread ? parentPid : tid };
    if (birth.thread || (birth.flags & CLONE_FILES)) {
        task.model = parent != m_tasks.end() ? parent->second.model : std::make_shared<FdModel>();
    } else {
        task.model = std::make_shared<FdModel>(FdModel { .owner = tid });
        RecordedProcess& p = process(tid);
        p.ppid = parentPid;
        // It exists from the parent's fork, vfork or clone on: the step that made it shows it.
        p.startNs = std::min(p.startNs, birth.timeNs);
        if (const auto it = m_processIndex.find(parentPid); it != m_processIndex.end())
            p.argv = m_rec.processes[it->second].argv;
        for (const auto& [fd, open] : birth.fds) {
            p.fdsAtStart.push_back(open.entry);
            openFd(*task.model, open.entry, p.startNs);
        }
    }
    m_tasks[tid] = std::move(task);
    m_stop.add(tid);
}

void Tracer::onStop(int tid, int status)
{
    const int sig = WSTOPSIG(status);
    const int event = status >> 16;
    auto it = m_tasks.find(tid);
    if (it == m_tasks.end()) {
        // A new process or thread, stopped before it runs: wait for its parent's event if it has not come yet.
        const auto birth = m_announced.find(tid);
        if (birth == m_announced.end()) {
            m_unannounced.insert(tid);
            m_stop.add(tid);
            return;
        }
        onNewTask(tid, birth->second);
        m_announced.erase(birth);
        resume(tid, false);
        return;
    }
    Task& task = it->second;
    if (sig == (SIGTRAP | 0x80)) {
        onSyscallExit(task);
        resume(tid, false);
        return;
    }
    if (sig == SIGTRAP && event == PTRACE_EVENT_SECCOMP) {
        onSeccomp(task);
        resume(tid, task.pending.has_value());
        return;
    }
    if (sig == SIGTRAP && (event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK || event == PTRACE_EVENT_CLONE)) {
        unsigned long child = 0;
        ::ptrace(PTRACE_GETEVENTMSG, tid, nullptr, &child);
        const std::uint64_t flags = task.pending ? task.pending->cloneFlags : 0;
        Birth birth { .parentTid = tid,
            .flags = flags,
            .thread = event == PTRACE_EVENT_CLONE && (flags & CLONE_THREAD),
            .timeNs = task.pending ? task.pending->timeNs : now() };
        const bool ownTable = !birth.thread && !(flags & CLONE_FILES);
        if (ownTable)
            birth.fds = task.model->fds; // the parent is stopped inside the call: this is the table the child got
        else
            birth.sharedModel = task.model;
        const int childTid = static_cast<int>(child);
        if (m_unannounced.erase(childTid)) {
            onNewTask(childTid, birth);
            resume(childTid, false);
        } else {
            m_announced[childTid] = std::move(birth);
        }
        // A vfork has made the child: it returns the child's pid (when the caller counts pids as we do) once the
        // child has exec'd or exited, so it is recorded now and the caller runs on without a second stop.
        const bool vforked = task.pending && (task.pending->cloneFlags & CLONE_VFORK);
        if (vforked && ownTable && inOurPidNamespace(task)) {
            const Pending p = std::move(*task.pending);
            task.pending.reset();
            finish(task, p, childTid);
        }
        resume(tid, task.pending.has_value());
        return;
    }
    if (sig == SIGTRAP && event == PTRACE_EVENT_EXIT) {
        onExitStop(task);
        resume(tid, false);
        return;
    }
    if (sig == SIGTRAP && event == PTRACE_EVENT_EXEC) {
        onExec(task);
        // The exec has succeeded: execve returns 0, recorded now, without a stop at its return.
        if (task.pending && (task.pending->call == Call::Execve || task.pending->call == Call::Execveat)) {
            const Pending p = std::move(*task.pending);
            task.pending.reset();
            finish(task, p, 0);
        }
        resume(tid, task.pending.has_value());
        return;
    }
    if (event != 0) {
        resume(tid, task.pending.has_value());
        return;
    }
    siginfo_t info {};
    if (::ptrace(PTRACE_GETSIGINFO, tid, nullptr, &info) != 0) {
        resume(tid, false); // a group-stop: let it go on
        return;
    }
    m_rec.events.push_back(RecordedEvent {
        .timeNs = now(), .pid = task.pid, .tid = tid, .call = Call::Signal, .args = { sig, info.si_code } });
    task.lastEvent = m_rec.events.size() - 1;
    task.byteRuns.clear();
    resume(tid, task.pending.has_value(), sig);
}

// The exit stop comes before the kernel releases the process's files: the moment its pipe ends close.
void Tracer::onExitStop(Task& task)
{
    if (task.tid != task.pid)
        return;
    unsigned long status = 0;
    ::ptrace(PTRACE_GETEVENTMSG, task.tid, nullptr, &status);
    const int s = static_cast<int>(status);
    endProcess(task,
        WIFSIGNALED(s) ? ExitStatus { .signaled = true, .code = WTERMSIG(s) }
                       : ExitStatus { .signaled = false, .code = WEXITSTATUS(s) },
        now());
}

void Tracer::endProcess(Task& task, const ExitStatus& exit, std::int64_t t)
{
    if (task.exited)
        return;
    task.exited = true;
    RecordedProcess& p = process(task.pid);
    p.exit = exit;
    p.endNs = t;
    if (task.pid == m_root)
        m_rec.exit = exit;
    m_rec.events.push_back(RecordedEvent { .timeNs = t,
        .pid = task.pid,
        .tid = task.tid,
        .call = Call::Exit,
        .args = { exit.code, exit.signaled ? 1 : 0 } });
    const bool shared = std::ranges::any_of(
        m_tasks, [&](const auto& kv) { return kv.second.tid != task.tid && kv.second.model == task.model; });
    if (!shared && task.model->owner == task.pid) {
        std::vector<int> fds;
        for (const auto& [fd, open] : task.model->fds)
            fds.push_back(fd);
        for (int fd : fds)
            closeFd(*task.model, fd, t);
    }
}

void Tracer::onEnd(int tid, int status)
{
    m_announced.erase(tid);
    m_unannounced.erase(tid);
    m_stop.remove(tid);
    const auto it = m_tasks.find(tid);
    if (it == m_tasks.end())
        return;
    Task task = std::move(it->second);
    m_tasks.erase(it);
    if (task.tid != task.pid)
        return; // a thread; its process goes on
    // Killed by SIGKILL there may have been no exit stop; the status from wait is the final word either way.
    const ExitStatus exit = WIFSIGNALED(status) ? ExitStatus { .signaled = true, .code = WTERMSIG(status) }
                                                : ExitStatus { .signaled = false, .code = WEXITSTATUS(status) };
    endProcess(task, exit, now());
    process(task.pid).exit = exit;
    if (task.pid == m_root)
        m_rec.exit = exit;
}

void Tracer::onSeccomp(Task& task)
{
    user_regs_struct regs {};
    if (::ptrace(PTRACE_GETREGS, task.tid, nullptr, &regs) != 0)
        return;
    const auto call = callOf(static_cast<long>(regs.orig_rax));
    if (!call)
        return;
    Pending p { .call = *call, .args = { regs.rdi, regs.rsi, regs.rdx, regs.r10, regs.r8, regs.r9 }, .timeNs = now() };
    const int tid = task.tid;
    switch (*call) {
    case Call::Open:
    case Call::Creat:
        p.path = readString(tid, regs.rdi);
        if (!m_options.files && !isFifo(tid, AT_FDCWD, p.path))
            return; // a file: not what a pipes recording is about, and a program opens hundreds as it starts
        break;
    case Call::Mknod:
        p.path = readString(tid, regs.rdi);
        break;
    case Call::Openat:
        p.path = readString(tid, regs.rsi);
        if (!m_options.files && !isFifo(tid, static_cast<int>(regs.rdi), p.path))
            return;
        break;
    case Call::Mknodat:
        p.path = readString(tid, regs.rsi);
        break;
    case Call::Close: {
        if (m_options.files)
            break;
        // The fd is still open at the call's entry: a pipe end (or a FIFO opened unseen) is recorded with its
        // result; anything else closes unrecorded, with no second stop.
        const int fd = static_cast<int>(regs.rdi);
        const auto it = task.model->fds.find(fd);
        if (it == task.model->fds.end())
            learnFd(*task.model, tid, fd, p.timeNs);
        const auto known = task.model->fds.find(fd);
        if (known == task.model->fds.end())
            return;
        if (known->second.entry.kind != FdKind::Pipe) {
            task.model->fds.erase(known);
            return;
        }
        break;
    }
    case Call::Execve:
        p.path = readString(tid, regs.rdi);
        p.argv = readArgv(tid, regs.rsi);
        break;
    case Call::Execveat:
        p.path = readString(tid, regs.rsi);
        p.argv = readArgv(tid, regs.rdx);
        break;
    case Call::Clone:
        p.cloneFlags = regs.rdi;
        break;
    case Call::Clone3: {
        std::uint64_t flags = 0;
        if (readMemory(tid, regs.rdi, &flags, sizeof flags))
            p.cloneFlags = flags;
        break;
    }
    case Call::Vfork:
        p.cloneFlags = CLONE_VM | CLONE_VFORK;
        break;
    case Call::Read:
    case Call::Write:
    case Call::Readv:
    case Call::Writev: {
        // Only pipes are of interest: anything else runs on without a second stop.
        const auto fd = task.model->fds.find(static_cast<int>(regs.rdi));
        if (fd == task.model->fds.end() || fd->second.entry.kind != FdKind::Pipe)
            return;
        break;
    }
    case Call::Splice: {
        auto isPipe = [&](std::uint64_t fd) {
            const auto it = task.model->fds.find(static_cast<int>(fd));
            return it != task.model->fds.end() && it->second.entry.kind == FdKind::Pipe;
        };
        if (!isPipe(regs.rdi) && !isPipe(regs.rdx))
            return;
        break;
    }
    default:
        break;
    }
    if (const auto result = foreseenResult(task, p)) {
        finish(task, p, *result);
        return;
    }
    task.pending = std::move(p);
}

// The result a call will have when the model of a table that is the task's alone already decides it: then it is
// recorded at its entry and runs on without a second stop (a pipe's close, the child's dup2 and close_range of a
// Popen). Only while nothing else can change that table: no thread or CLONE_FILES child shares it. A call stopped
// by our filter is run by the kernel as it is, unless a fatal signal kills the caller first.
std::optional<std::int64_t> Tracer::foreseenResult(const Task& task, const Pending& p) const
{
    if (task.model.use_count() != 1)
        return std::nullopt;
    const std::map<int, OpenFd>& fds = task.model->fds;
    auto isOpen = [&](std::uint64_t fd) { return fd <= INT_MAX && fds.contains(static_cast<int>(fd)); };
    switch (p.call) {
    case Call::Close:
        // Releasing a pipe end cannot fail: pipes have no flush.
        if (isOpen(p.args[0]) && fds.at(static_cast<int>(p.args[0])).entry.kind == FdKind::Pipe)
            return 0;
        return std::nullopt;
    case Call::CloseRange: {
        const auto first = static_cast<unsigned>(p.args[0]);
        const auto last = static_cast<unsigned>(p.args[1]);
        const auto flags = static_cast<unsigned>(p.args[2]);
        if (m_closeRangeRuns && first <= last && (flags & ~CLOSE_RANGE_CLOEXEC) == 0)
            return 0;
        return std::nullopt;
    }
    case Call::Dup2:
    case Call::Dup3: {
        // Fails only for a closed fd, a target beyond RLIMIT_NOFILE, dup3's bad flags or same fd (and EBUSY, which
        // needs a table shared with a thread).
        const std::uint64_t to = p.args[1];
        if (!isOpen(p.args[0]) || p.args[0] == to || to > INT_MAX)
            return std::nullopt;
        if (p.call == Call::Dup3 && (static_cast<int>(p.args[2]) & ~O_CLOEXEC) != 0)
            return std::nullopt;
        rlimit limit {};
        if (::prlimit(task.pid, RLIMIT_NOFILE, nullptr, &limit) != 0 || to >= limit.rlim_cur)
            return std::nullopt;
        return static_cast<std::int64_t>(to);
    }
    case Call::Fcntl:
        if (static_cast<int>(p.args[1]) == F_SETFD && isOpen(p.args[0]))
            return 0;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

// Whether the task's pids are the tracer's: a pid namespace of its own (or one it was started in) counts its
// children otherwise. A task never changes namespace.
bool Tracer::inOurPidNamespace(Task& task)
{
    if (!task.inOurPidNamespace) {
        auto namespaceOf = [](const std::string& path) -> std::optional<ino_t> {
            struct ::stat st
            {
            };
            if (::stat(path.c_str(), &st) != 0)
                return std::nullopt;
            return st.st_ino;
        };
        if (!m_pidNamespace)
            m_pidNamespace = namespaceOf("/proc/self/ns/pid");
        const auto theirs = namespaceOf("/proc/" + std::to_string(task.tid) + "/ns/pid");
        task.inOurPidNamespace = m_pidNamespace && theirs && *m_pidNamespace == *theirs;
    }
    return *task.inOurPidNamespace;
}

void Tracer::onExec(Task& task)
{
    const std::int64_t t = task.pending ? task.pending->timeNs : now();
    RecordedProcess& p = process(task.pid);
    if (task.pending)
        p.argv = task.pending->argv;
    if (task.pid == m_root && !p.endNs)
        p.startNs = std::min(p.startNs, t);
    // Close-on-exec fds are gone now: the kernel's table is the truth.
    if (auto table = inspectFds(task.pid)) {
        sync(*task.model, *table, t);
        if (task.pending)
            task.pending->execTable = *table;
        if (task.pid == m_root && p.fdsAtStart.empty())
            p.fdsAtStart = *table;
    }
}

void Tracer::onSyscallExit(Task& task)
{
    if (!task.pending)
        return;
    user_regs_struct regs {};
    if (::ptrace(PTRACE_GETREGS, task.tid, nullptr, &regs) != 0)
        return;
    const Pending p = std::move(*task.pending);
    task.pending.reset();
    finish(task, p, static_cast<std::int64_t>(regs.rax));
}

void Tracer::finish(Task& task, const Pending& p, std::int64_t result)
{
    FdModel& model = *task.model;
    const int tid = task.tid;
    // A call that can wait (for bytes, for room, for a child, for the other side of a FIFO) is dated when it
    // returned: a read that got bytes comes after the write that sent them. The others when they were made: a fork
    // before everything its child did. Holds change at the event's time.
    const std::int64_t t = waitsFor(p.call) ? now() : p.timeNs;
    auto arg = [&](size_t i) { return static_cast<std::int64_t>(p.args[i]); };
    auto fdArg = [&](size_t i) { return static_cast<int>(p.args[i]); };
    RecordedEvent e { .timeNs = t, .pid = task.pid, .tid = tid, .call = p.call, .path = p.path, .result = result };
    auto inodeOf = [&](int fd) -> std::uint64_t {
        const auto it = model.fds.find(fd);
        return it != model.fds.end() && it->second.entry.kind == FdKind::Pipe ? it->second.entry.inode : 0;
    };

    switch (p.call) {
    case Call::Pipe:
    case Call::Pipe2: {
        const int flags = p.call == Call::Pipe2 ? fdArg(1) : 0;
        e.args = { flags };
        std::array<int, 2> fds { -1, -1 };
        if (result == 0 && readMemory(tid, p.args[0], fds.data(), sizeof fds)) {
            e.fds = { fds[0], fds[1] };
            // pipe(2): fds[0] is the read end, fds[1] the write end; one readlink names the pipe.
            std::array<char, 64> link {};
            const std::string path = "/proc/" + std::to_string(tid) + "/fd/" + std::to_string(fds[0]);
            const ssize_t n = ::readlink(path.c_str(), link.data(), link.size());
            const FdTarget target = classifyTarget(std::string_view(link.data(), n > 0 ? static_cast<size_t>(n) : 0));
            if (target.kind == FdKind::Pipe) {
                e.inode = target.inode;
                pipe(target.inode, task.pid, p.timeNs);
                const std::string name = "pipe:[" + std::to_string(target.inode) + "]";
                const bool cloexec = (flags & O_CLOEXEC) != 0;
                const bool nonblock = (flags & O_NONBLOCK) != 0;
                openFd(model,
                    FdEntry { .fd = fds[0],
                        .target = name,
                        .kind = FdKind::Pipe,
                        .inode = target.inode,
                        .access = Access::Read,
                        .cloexec = cloexec,
                        .nonblock = nonblock },
                    t);
                openFd(model,
                    FdEntry { .fd = fds[1],
                        .target = name,
                        .kind = FdKind::Pipe,
                        .inode = target.inode,
                        .access = Access::Write,
                        .cloexec = cloexec,
                        .nonblock = nonblock },
                    t);
            }
        }
        break;
    }
    case Call::Socketpair: {
        e.args = { arg(0), arg(1), arg(2) };
        std::array<int, 2> fds { -1, -1 };
        if (result == 0 && readMemory(tid, p.args[3], fds.data(), sizeof fds)) {
            e.fds = { fds[0], fds[1] };
            learnFd(model, tid, fds[0], t);
            learnFd(model, tid, fds[1], t);
        }
        break;
    }
    case Call::Dup:
        e.args = { fdArg(0) };
        e.inode = inodeOf(fdArg(0));
        if (result >= 0)
            copyFd(model, fdArg(0), static_cast<int>(result), false, tid, t);
        break;
    case Call::Dup2:
    case Call::Dup3: {
        const int flags = p.call == Call::Dup3 ? fdArg(2) : 0;
        e.args = p.call == Call::Dup3 ? std::vector<std::int64_t> { fdArg(0), fdArg(1), flags }
                                      : std::vector<std::int64_t> { fdArg(0), fdArg(1) };
        e.inode = inodeOf(fdArg(0));
        if (result >= 0 && fdArg(0) != fdArg(1))
            copyFd(model, fdArg(0), fdArg(1), (flags & O_CLOEXEC) != 0, tid, t);
        break;
    }
    case Call::Fcntl: {
        const int cmd = fdArg(1);
        e.args = { fdArg(0), cmd, arg(2) };
        e.inode = inodeOf(fdArg(0));
        if (result >= 0 && (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC))
            copyFd(model, fdArg(0), static_cast<int>(result), cmd == F_DUPFD_CLOEXEC, tid, t);
        if (result >= 0 && cmd == F_SETFD)
            if (const auto it = model.fds.find(fdArg(0)); it != model.fds.end())
                it->second.entry.cloexec = (arg(2) & FD_CLOEXEC) != 0;
        break;
    }
    case Call::Close:
        e.args = { fdArg(0) };
        e.inode = inodeOf(fdArg(0));
        if (result != -EBADF)
            closeFd(model, fdArg(0), t); // Linux releases the fd even when close() reports EINTR or EIO
        break;
    case Call::CloseRange: {
        const auto first = static_cast<unsigned>(p.args[0]);
        const auto last = static_cast<unsigned>(p.args[1]);
        const auto flags = static_cast<unsigned>(p.args[2]);
        e.args = { first, last, flags };
        if (result == 0) {
            if (flags & CLOSE_RANGE_UNSHARE) {
                task.model = std::make_shared<FdModel>(*task.model);
                task.model->owner = task.pid;
            }
            FdModel& m = *task.model;
            std::vector<int> in;
            for (const auto& [fd, open] : m.fds)
                if (static_cast<unsigned>(fd) >= first && static_cast<unsigned>(fd) <= last)
                    in.push_back(fd);
            for (int fd : in) {
                if (flags & CLOSE_RANGE_CLOEXEC)
                    m.fds[fd].entry.cloexec = true;
                else
                    closeFd(m, fd, t);
            }
        }
        break;
    }
    case Call::Open:
    case Call::Creat:
        e.args = { p.call == Call::Open ? arg(1) : (O_CREAT | O_WRONLY | O_TRUNC) };
        if (result >= 0) {
            learnFd(model, tid, static_cast<int>(result), t, p.call == Call::Open && (arg(1) & O_CLOEXEC));
            e.inode = inodeOf(static_cast<int>(result));
        }
        break;
    case Call::Openat:
        e.args = { fdArg(0), arg(2) };
        if (result >= 0) {
            learnFd(model, tid, static_cast<int>(result), t, (arg(2) & O_CLOEXEC) != 0);
            e.inode = inodeOf(static_cast<int>(result));
        }
        break;
    case Call::Mknod:
        e.args = { arg(1) };
        break;
    case Call::Mknodat:
        e.args = { fdArg(0), arg(2) };
        break;
    case Call::Fork:
    case Call::Vfork:
    case Call::Clone:
    case Call::Clone3:
        e.args = { static_cast<std::int64_t>(p.cloneFlags) };
        if (result > 0) {
            // A vfork child is always seen before its parent returns: one not seen yet (the vfork recorded at its
            // event) starts with the table its birth holds, as onNewTask will record it.
            const auto birth = m_announced.find(static_cast<int>(result));
            if ((p.cloneFlags & CLONE_VFORK) && birth != m_announced.end() && !birth->second.sharedModel) {
                e.fdTable.emplace();
                for (const auto& [fd, open] : birth->second.fds)
                    e.fdTable->push_back(open.entry);
            } else if (const auto it = m_processIndex.find(static_cast<int>(result)); it != m_processIndex.end()) {
                e.fdTable = m_rec.processes[it->second].fdsAtStart;
            }
        }
        break;
    case Call::Execve:
    case Call::Execveat:
        e.argv = p.argv;
        e.fdTable = p.execTable;
        break;
    case Call::Wait4:
    case Call::Waitid:
        e.args = { p.call == Call::Wait4 ? static_cast<std::int64_t>(static_cast<int>(p.args[0])) : arg(0),
            p.call == Call::Wait4 ? arg(2) : static_cast<std::int64_t>(static_cast<int>(p.args[1])) };
        break;
    case Call::Kill:
        e.args = { fdArg(0), fdArg(1) };
        break;
    case Call::Tgkill:
        e.args = { fdArg(0), fdArg(1), fdArg(2) };
        break;
    case Call::Read:
    case Call::Write:
    case Call::Readv:
    case Call::Writev:
    case Call::Splice: {
        const int fd = fdArg(0);
        const int outFd = p.call == Call::Splice ? fdArg(2) : fd;
        e.args = p.call == Call::Splice ? std::vector<std::int64_t> { fd, outFd } : std::vector<std::int64_t> { fd };
        e.inode = inodeOf(fd) ? inodeOf(fd) : inodeOf(outFd);
        e.bytes = std::max<std::int64_t>(result, 0);
        const bool reads = p.call == Call::Read || p.call == Call::Readv;
        if (e.inode != 0) {
            RecordedPipe& pp = pipe(e.inode, 0, t);
            // When the call returned (the event's time): EOF and EPIPE are what the call found once it ran.
            if (reads && result == 0 && !pp.eofNs)
                pp.eofNs = t;
            if (!reads && result == -EPIPE && !pp.epipeNs)
                pp.epipeNs = t;
        }
        // The first bytes moved, read from the buffer the call filled or emptied (still the tracee's at its exit).
        auto keepHead = [&](std::string& head) {
            if (e.inode == 0 || result <= 0 || (p.call != Call::Read && p.call != Call::Write)
                || head.size() >= recordedHeadMax)
                return;
            const size_t n = std::min(recordedHeadMax - head.size(), static_cast<size_t>(result));
            std::string chunk(n, '\0');
            if (readMemory(tid, p.args[1], chunk.data(), n))
                head += chunk;
        };
        // A flood is thousands of calls: a task's calls in a row alike (ByteRunKey) become one event, and so, past
        // separateByteEvents events of their own, do calls that take turns with the task's other byte calls. A
        // non-blocking reader's EAGAINs are alike too. Memory stays bounded whatever the program moves; a short
        // exchange keeps every call. The event is dated by its first call.
        // ERESTARTSYS, ERESTARTNOINTR, ERESTARTNOHAND, ERESTART_RESTARTBLOCK: the kernel's, seen at the return stop.
        const bool retry = result == -EAGAIN || result == -EINTR || result == -512 || result == -513 || result == -514
            || result == -516;
        if (result > 0 || retry) {
            const ByteRunKey key { .call = e.call, .args = e.args, .inode = e.inode, .retry = retry ? result : 0 };
            auto alike = [&](const RecordedEvent& last) {
                return last.call == key.call && last.args == key.args && last.inode == key.inode
                    && (retry ? last.result == result : last.result > 0);
            };
            std::optional<size_t> into;
            if (task.lastEvent && alike(m_rec.events[*task.lastEvent]))
                into = task.lastEvent;
            ByteRun* run = nullptr;
            if (!into) {
                run = &task.byteRuns[key];
                if (run->events >= separateByteEvents)
                    into = run->latest;
            }
            if (into) {
                RecordedEvent& last = m_rec.events[*into];
                keepHead(last.head);
                if (!retry) {
                    last.bytes += e.bytes;
                    last.result += result;
                }
                ++last.count;
                ++m_rec.coalescedEvents;
                task.lastEvent = into;
                return;
            }
            keepHead(e.head);
            m_rec.events.push_back(std::move(e));
            task.lastEvent = m_rec.events.size() - 1;
            *run = ByteRun { .events = run->events + 1, .latest = *task.lastEvent };
            return;
        }
        break; // EOF or an error: an event of its own, and later calls start afresh
    }
    case Call::Signal:
    case Call::Exit:
        break;
    }
    m_rec.events.push_back(std::move(e));
    task.lastEvent = m_rec.events.size() - 1;
    task.byteRuns.clear();
}

} // namespace

void RecordingStop::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    for (int pid : m_pids)
        ::kill(pid, SIGKILL);
}

void RecordingStop::add(int pid)
{
    const std::lock_guard lock(m_mutex);
    m_pids.insert(pid);
    if (m_stopped)
        ::kill(pid, SIGKILL);
}

void RecordingStop::remove(int pid)
{
    const std::lock_guard lock(m_mutex);
    m_pids.erase(pid);
}

// Each call in kTraced → SECCOMP_RET_TRACE: the tracer gets a PTRACE_EVENT_SECCOMP stop.
std::vector<sock_filter> recordFilter(bool bytes, const std::vector<long>& leaveOut)
{
    std::vector<long> nrs;
    for (const TracedCall& t : kTraced)
        if (t.call != Call::Fcntl && (bytes || !t.bytes) && std::ranges::find(leaveOut, t.nr) == leaveOut.end())
            nrs.push_back(t.nr);
    const std::array<unsigned, 4> fcntlCommands { F_DUPFD, F_DUPFD_CLOEXEC, F_SETFD, F_SETPIPE_SZ };

    const size_t n = nrs.size();
    const size_t fcntlAt = 4 + n;
    const size_t allowAt = fcntlAt + 2 + fcntlCommands.size();
    const size_t traceAt = allowAt + 1;
    auto jump = [](size_t from, size_t to) { return static_cast<unsigned char>(to - from - 1); };

    std::vector<sock_filter> f;
    f.push_back(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)));
    f.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0));
    f.push_back(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
    f.push_back(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)));
    for (size_t i = 0; i < n; ++i)
        f.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, static_cast<unsigned>(nrs[i]), jump(4 + i, traceAt), 0));
    f.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_fcntl, 0, jump(fcntlAt, allowAt)));
    f.push_back(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, args) + sizeof(__u64)));
    for (size_t i = 0; i < fcntlCommands.size(); ++i)
        f.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, fcntlCommands[i], jump(fcntlAt + 2 + i, traceAt), 0));
    f.push_back(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
    f.push_back(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE));
    return f;
}

Result<Recording> recordProgram(const RecordOptions& options)
{
    if (options.argv.empty() || options.argv.front().empty())
        return Error { .code = ErrorCode::EmptyCommand };
    auto program = resolveProgram(options.argv.front());
    if (!program)
        return program.error();

    std::vector<char*> argv;
    for (const std::string& a : options.argv)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::vector<sock_filter> filter = recordFilter(options.bytes);
    const sock_fprog fprog { static_cast<unsigned short>(filter.size()), filter.data() };

    std::array<int, 2> errPipe {};
    if (::pipe2(errPipe.data(), O_CLOEXEC) != 0)
        return sysError("pipe2");
    UniqueFd errRead(errPipe[0]);
    UniqueFd errWrite(errPipe[1]);

    // Another session of this process may run beside the recording (the window's): the child holds none of its fds.
    std::vector<int> keep { errWrite.get() };
    for (int fd : { options.stdinFd, options.stdoutFd, options.stderrFd })
        if (fd >= 0)
            keep.push_back(fd);
    keep = sortedFds(std::move(keep));
    const pid_t pid = forkIsolated(keep);
    if (pid < 0)
        return sysError("fork");
    if (pid == 0)
        startTracee(options, program->c_str(), argv.data(), errWrite.get(), &fprog);
    errWrite.reset();

    auto startFailure = [&]() -> std::optional<StartFailure> {
        StartFailure f;
        if (::read(errRead.get(), &f, sizeof f) == static_cast<ssize_t>(sizeof f))
            return f;
        return std::nullopt;
    };
    auto refused = [](const StartFailure& f) {
        static constexpr std::array<const char*, 5> calls { "", "ptrace", "prctl", "seccomp", "execve" };
        const char* call = calls[static_cast<size_t>(std::clamp(f.stage, 0, 4))];
        return Error {
            .code = f.stage == 4 ? ErrorCode::ExecFailed : ErrorCode::TraceRefused, .sysErrno = f.err, .call = call
        };
    };

    int status = 0;
    while (::waitpid(pid, &status, __WALL) < 0 && errno == EINTR) { }
    if (!WIFSTOPPED(status)) {
        // PTRACE_TRACEME refused: the child reported why and exited.
        const auto f = startFailure();
        return refused(f.value_or(StartFailure { 1, EPERM }));
    }
    const long ptraceOptions = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE
        | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_TRACESECCOMP | PTRACE_O_EXITKILL;
    if (::ptrace(PTRACE_SETOPTIONS, pid, nullptr, reinterpret_cast<void*>(ptraceOptions)) != 0) {
        const Error error = sysError("ptrace");
        ::kill(pid, SIGKILL);
        while (::waitpid(pid, &status, __WALL) < 0 && errno == EINTR) { }
        return Error { .code = ErrorCode::TraceRefused, .sysErrno = error.sysErrno, .call = "ptrace" };
    }

    Recording rec;
    rec.argv = options.argv;
    rec.bytes = options.bytes;
    RecordingStop ownStop;
    RecordingStop& stop = options.stop ? *options.stop : ownStop;
    stop.add(pid);

    // The timeout ends the recording from another thread: kill() is the one thing it needs, and it never blocks.
    std::mutex timerMutex;
    std::condition_variable timerWake;
    bool done = false;
    std::thread timer;
    if (options.timeout)
        timer = std::thread([&] {
            std::unique_lock lock(timerMutex);
            if (!timerWake.wait_for(lock, *options.timeout, [&] { return done; }))
                stop.stop();
        });

    // However the tracing ends (an exception too: out of memory), the timer thread is told and joined, and on an
    // exception every process is killed and reaped: nothing is left stopped or running.
    auto endTimer = [&] {
        if (!timer.joinable())
            return;
        {
            const std::lock_guard lock(timerMutex);
            done = true;
        }
        timerWake.notify_all();
        timer.join();
    };
    try {
        Tracer tracer(options, rec, stop);
        tracer.addRoot(pid);
        ::ptrace(PTRACE_CONT, pid, nullptr, nullptr);
        tracer.run();
    } catch (...) {
        stop.stop();
        int status = 0;
        while (::waitpid(-1, &status, __WALL | __WNOTHREAD) > 0 || errno == EINTR) { }
        endTimer();
        throw;
    }
    endTimer();
    rec.timedOut = stop.stopped();
    if (const auto f = startFailure(); f && f->stage != 4)
        return refused(*f);
    rec.popens = recognisePopens(rec);
    return rec;
}

#else

void RecordingStop::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
}

void RecordingStop::add(int)
{
}
void RecordingStop::remove(int)
{
}

Result<Recording> recordProgram(const RecordOptions&)
{
    return Error { .code = ErrorCode::TraceRefused, .sysErrno = ENOSYS, .call = "ptrace" };
}

#endif

} // namespace pipescope
