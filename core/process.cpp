// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#include "childexec.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <string>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace pipescope {

using detail::ChildExecArgs;
using detail::ChildFailure;
using detail::ChildRecord;
using detail::ChildStage;

// ---------------------------------------------------------------------------------------------
// ChildProcess

namespace {
ExitStatus decodeStatus(int status)
{
    if (WIFSIGNALED(status))
        return { .signaled = true, .code = WTERMSIG(status) };
    return { .signaled = false, .code = WEXITSTATUS(status) };
}
} // namespace

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : m_pid(std::exchange(other.m_pid, -1))
    , m_status(std::exchange(other.m_status, std::nullopt))
{
}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept
{
    if (this != &other) {
        killAndReap();
        m_pid = std::exchange(other.m_pid, -1);
        m_status = std::exchange(other.m_status, std::nullopt);
    }
    return *this;
}

ChildProcess::~ChildProcess()
{
    killAndReap();
}

ExitStatus ChildProcess::wait()
{
    if (m_status)
        return *m_status;
    int status = 0;
    pid_t r = -1;
    do {
        r = ::waitpid(m_pid, &status, 0);
    } while (r < 0 && errno == EINTR);
    // ECHILD would mean someone else reaped it (SIGCHLD set to SIG_IGN); there is nothing left to wait for.
    m_status = r == m_pid ? decodeStatus(status) : ExitStatus { .signaled = true, .code = SIGKILL };
    return *m_status;
}

std::optional<ExitStatus> ChildProcess::tryWait()
{
    if (m_status || m_pid <= 0)
        return m_status;
    int status = 0;
    const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
    if (r == m_pid)
        m_status = decodeStatus(status);
    else if (r < 0 && errno == ECHILD)
        m_status = ExitStatus { .signaled = true, .code = SIGKILL };
    return m_status;
}

void ChildProcess::kill(int sig)
{
    if (running())
        ::kill(m_pid, sig);
}

void ChildProcess::killAndReap()
{
    if (m_pid <= 0 || m_status)
        return;
    if (!tryWait()) {
        ::kill(m_pid, SIGKILL);
        wait();
    }
}

// ---------------------------------------------------------------------------------------------
// spawn

void ignoreSigpipe()
{
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction sa
        {
        };
        sa.sa_handler = SIG_IGN;
        ::sigaction(SIGPIPE, &sa, nullptr);
    });
}

namespace {

// Collects the events of one spawn when asked to; costs nothing when not.
class Recorder
{
public:
    explicit Recorder(std::vector<Event>* events)
        : m_events(events)
    {
    }
    void add(Event e)
    {
        if (!m_events)
            return;
        if (e.timeNs == 0)
            e.timeNs = monotonicNs();
        if (e.pid == 0)
            e.pid = e.actor == Actor::Parent ? m_parentPid : m_childPid;
        m_events->push_back(std::move(e));
    }
    bool enabled() const { return m_events != nullptr; }
    void setChild(pid_t pid) { m_childPid = pid; }

private:
    std::vector<Event>* m_events;
    pid_t m_parentPid = ::getpid();
    pid_t m_childPid = 0;
};

std::string stepId(std::string_view prefix, Stream s)
{
    return std::string(prefix) + std::string(streamName(s));
}

// The parent's side of setting up one spawn. Owns every fd it creates until they are handed over or closed.
class Setup
{
public:
    Setup(const SpawnSpec& spec, Recorder& rec)
        : m_spec(spec)
        , m_rec(rec)
    {
    }

    Result<void> makeHandles()
    {
        for (Stream s : allStreams)
            if (auto r = makeHandle(s); !r)
                return r;
        return {};
    }

    Result<void> makeErrPipe()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return sysError("pipe");
        m_errRead.reset(fds[0]);
        m_errWrite.reset(fds[1]);
        // The write end must not sit on 0/1/2, where the child's dup2s would overwrite it.
        if (m_errWrite.get() < 3) {
            const int moved = ::fcntl(m_errWrite.get(), F_DUPFD_CLOEXEC, 3);
            if (moved < 0)
                return sysError("fcntl(F_DUPFD_CLOEXEC)");
            m_errWrite.reset(moved);
        }
        m_rec.add({ .kind = EventKind::ErrPipeCreated,
            .stepId = "posix.errpipe",
            .fds = { m_errRead.get(), m_errWrite.get() } });
        return {};
    }

    int handle(Handle h) const { return m_handles[static_cast<size_t>(h)]; }
    std::array<int, 6> handles() const { return m_handles; }
    int errRead() const { return m_errRead.get(); }
    int errWrite() const { return m_errWrite.get(); }
    UniqueFd& errReadOwner() { return m_errRead; }

    void closeErrPipeWrite()
    {
        m_rec.add({ .kind = EventKind::ParentClosed,
            .stepId = "posix.parent.close_errpipe_write",
            .fds = { m_errWrite.get() } });
        m_errWrite.reset();
    }

    // _close_pipe_fds: the child has its copies now.
    void closeChildEnds()
    {
        for (Stream s : allStreams) {
            auto& end = m_childEnds[static_cast<size_t>(s)];
            if (!end)
                continue;
            m_rec.add({ .kind = EventKind::ParentClosed,
                .stream = s,
                .stepId = stepId("posix.parent.close.", s),
                .fds = { end.get() } });
            end.reset();
        }
        if (m_devNull) {
            m_rec.add({ .kind = EventKind::ParentClosed,
                .stepId = "posix.parent.close_devnull",
                .fds = { m_devNull.get() } });
            m_devNull.reset();
        }
        for (Stream s : allStreams) {
            auto& file = m_files[static_cast<size_t>(s)];
            if (!file)
                continue;
            m_rec.add({ .kind = EventKind::ParentClosed,
                .stream = s,
                .stepId = stepId("posix.parent.close_file.", s),
                .fds = { file.get() } });
            file.reset();
        }
    }

    UniqueFd takeParentEnd(Stream s) { return std::move(m_parentEnds[static_cast<size_t>(s)]); }

private:
    void set(Handle h, int fd) { m_handles[static_cast<size_t>(h)] = fd; }

    Result<void> makePipe(Stream s)
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return sysError("pipe", {}, s);
        UniqueFd read(fds[0]);
        UniqueFd write(fds[1]);
        m_rec.add({ .kind = EventKind::PipeCreated,
            .stream = s,
            .stepId = stepId("posix.pipe.", s),
            .fds = { read.get(), write.get() } });
        if (m_spec.pipeSize > 0) {
            // As Popen: on the end the parent writes for stdin, on the child's write end otherwise.
            const int target = write.get();
            const int granted = ::fcntl(target, F_SETPIPE_SZ, m_spec.pipeSize);
            if (granted < 0)
                return sysError("fcntl(F_SETPIPE_SZ)", std::to_string(m_spec.pipeSize), s);
            m_rec.add({ .kind = EventKind::PipeSizeSet,
                .stream = s,
                .stepId = stepId("posix.pipesize.", s),
                .fds = { target },
                .value = granted });
        }
        const size_t i = static_cast<size_t>(s);
        if (s == Stream::Stdin) {
            set(Handle::P2cRead, read.get());
            set(Handle::P2cWrite, write.get());
            m_childEnds[i] = std::move(read);
            m_parentEnds[i] = std::move(write);
        } else {
            set(s == Stream::Stdout ? Handle::C2pRead : Handle::ErrRead, read.get());
            set(s == Stream::Stdout ? Handle::C2pWrite : Handle::ErrWrite, write.get());
            m_childEnds[i] = std::move(write);
            m_parentEnds[i] = std::move(read);
        }
        return {};
    }

    static Handle childHandle(Stream s)
    {
        return s == Stream::Stdin ? Handle::P2cRead : s == Stream::Stdout ? Handle::C2pWrite : Handle::ErrWrite;
    }

    Result<void> makeHandle(Stream s)
    {
        const Redirect& r = m_spec.redirect(s);
        const Handle child = childHandle(s);
        switch (r.kind) {
        case Redirect::Kind::Inherit:
            return {};
        case Redirect::Kind::Pipe:
            return makePipe(s);
        case Redirect::Kind::DevNull: {
            const bool reuse = m_devNull.valid();
            if (!reuse) {
                m_devNull.reset(::open("/dev/null", O_RDWR | O_CLOEXEC));
                if (!m_devNull)
                    return sysError("open", "/dev/null", s);
            }
            set(child, m_devNull.get());
            m_rec.add({ .kind = EventKind::DevNullOpened,
                .stream = s,
                .stepId = stepId("posix.devnull.", s),
                .fds = { m_devNull.get() },
                .value = reuse ? 1 : 0 });
            return {};
        }
        case Redirect::Kind::Fd:
            if (r.fd < 0 || ::fcntl(r.fd, F_GETFD) < 0)
                return Error { .code = ErrorCode::FdNotOpen,
                    .sysErrno = EBADF,
                    .call = "fcntl(F_GETFD)",
                    .subject = std::to_string(r.fd),
                    .stream = s };
            set(child, r.fd);
            m_rec.add(
                { .kind = EventKind::CallerFdUsed, .stream = s, .stepId = stepId("posix.fd.", s), .fds = { r.fd } });
            return {};
        case Redirect::Kind::File: {
            const int flags = s == Stream::Stdin ? O_RDONLY : O_WRONLY | O_CREAT | (r.append ? O_APPEND : O_TRUNC);
            UniqueFd fd(::open(r.path.c_str(), flags | O_CLOEXEC, 0666));
            if (!fd)
                return sysError("open", r.path, s);
            set(child, fd.get());
            m_rec.add({ .kind = EventKind::FileOpened,
                .stream = s,
                .stepId = stepId("posix.open.", s),
                .fds = { fd.get() },
                .path = r.path });
            m_files[static_cast<size_t>(s)] = std::move(fd);
            return {};
        }
        case Redirect::Kind::Stdout: {
            const int c2pwrite = handle(Handle::C2pWrite);
            set(child, c2pwrite != -1 ? c2pwrite : STDOUT_FILENO);
            m_rec.add({ .kind = EventKind::HandleAliased,
                .stream = s,
                .stepId = stepId("posix.alias.", s),
                .fds = { handle(child) } });
            return {};
        }
        }
        return {};
    }

    const SpawnSpec& m_spec;
    Recorder& m_rec;
    std::array<int, 6> m_handles { -1, -1, -1, -1, -1, -1 };
    std::array<UniqueFd, 3> m_childEnds; // p2cread, c2pwrite, errwrite when they are pipe ends
    std::array<UniqueFd, 3> m_parentEnds; // p2cwrite, c2pread, errread
    std::array<UniqueFd, 3> m_files;
    UniqueFd m_devNull;
    UniqueFd m_errRead;
    UniqueFd m_errWrite;
};

// The programs execve tries, as subprocess does with os.get_exec_path().
std::vector<std::string> executableCandidates(const std::string& program)
{
    if (program.find('/') != std::string::npos)
        return { program };
    const char* path = std::getenv("PATH");
    const std::string_view dirs = path ? path : "/bin:/usr/bin";
    std::vector<std::string> out;
    size_t start = 0;
    for (;;) {
        const size_t colon = dirs.find(':', start);
        std::string dir(dirs.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start));
        out.push_back(dir.empty() ? program : dir + '/' + program);
        if (colon == std::string_view::npos)
            break;
        start = colon + 1;
    }
    return out;
}

// vfork must be called from a frame that stays alive until the child execs: this one.
[[gnu::noinline]] pid_t vforkExec(ChildExecArgs* args)
{
    const pid_t pid = ::vfork();
    if (pid == 0)
        detail::childExec(args);
    return pid;
}

std::string_view stageCall(ChildStage stage)
{
    switch (stage) {
    case ChildStage::CloseParentEnds:
        return "close";
    case ChildStage::DupAway:
        return "dup";
    case ChildStage::Dup2Stdin:
    case ChildStage::Dup2Stdout:
    case ChildStage::Dup2Stderr:
        return "dup2";
    case ChildStage::Inheritable:
        return "fcntl(F_SETFD)";
    case ChildStage::Chdir:
        return "chdir";
    case ChildStage::CloseFds:
        return "close_range";
    case ChildStage::Exec:
        return "execve";
    case ChildStage::None:
        break;
    }
    return {};
}

std::optional<Stream> stageStream(ChildStage stage)
{
    switch (stage) {
    case ChildStage::Dup2Stdin:
        return Stream::Stdin;
    case ChildStage::Dup2Stdout:
        return Stream::Stdout;
    case ChildStage::Dup2Stderr:
        return Stream::Stderr;
    default:
        return std::nullopt;
    }
}

// Turns what the child wrote into ChildExecArgs into events, in the order it happened.
void recordChildSteps(Recorder& rec, const ChildExecArgs& args)
{
    if (!rec.enabled())
        return;
    for (int i = 0; i < args.recordCount; ++i) {
        const ChildRecord& r = args.records[static_cast<size_t>(i)];
        Event e { .timeNs = r.timeNs, .actor = Actor::Child };
        switch (r.kind) {
        case ChildRecord::Kind::Closed:
            e.kind = EventKind::ChildClosed;
            e.stepId = "posix.child.close_parent_ends";
            for (int fd : { args.p2cwrite, args.c2pread, args.errread, args.errpipeRead })
                if (fd != -1)
                    e.fds.push_back(fd);
            break;
        case ChildRecord::Kind::Duped:
            e.kind = EventKind::ChildDuped;
            e.stream = static_cast<Stream>(r.stream);
            e.stepId = stepId("posix.child.dup_away.", *e.stream);
            e.fds = { r.a, r.b };
            break;
        case ChildRecord::Kind::Dup2:
            e.kind = EventKind::ChildDup2;
            e.stream = static_cast<Stream>(r.stream);
            e.stepId = stepId("posix.child.dup2.", *e.stream);
            e.fds = { r.a, r.b };
            break;
        case ChildRecord::Kind::Inheritable:
            e.kind = EventKind::ChildInheritable;
            e.stream = static_cast<Stream>(r.stream);
            e.stepId = stepId("posix.child.inheritable.", *e.stream);
            e.fds = { r.a };
            break;
        case ChildRecord::Kind::ClosedFds:
            e.kind = EventKind::ChildClosedFds;
            e.stepId = "posix.child.close_fds";
            e.fds = { r.a };
            break;
        }
        rec.add(std::move(e));
    }
}

bool childReportedFailure(int errRead)
{
    pollfd p { .fd = errRead, .events = POLLIN, .revents = 0 };
    return ::poll(&p, 1, 0) == 1 && (p.revents & POLLIN);
}

// Reads what a failing child wrote; nullopt at EOF (the exec succeeded).
std::optional<ChildFailure> readFailure(int errRead)
{
    ChildFailure failure;
    size_t got = 0;
    while (got < sizeof failure) {
        const ssize_t n = ::read(errRead, reinterpret_cast<char*>(&failure) + got, sizeof failure - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += static_cast<size_t>(n);
    }
    if (got != sizeof failure)
        return std::nullopt;
    return failure;
}

void recordFailure(Recorder& rec, const ChildFailure& failure, const std::string& program)
{
    if (failure.stage == ChildStage::Exec)
        rec.add({ .actor = Actor::Child,
            .kind = EventKind::ExecFailed,
            .stepId = "posix.exec",
            .value = failure.err,
            .path = program });
    else
        rec.add({ .actor = Actor::Child,
            .kind = EventKind::ChildSetupFailed,
            .stream = stageStream(failure.stage),
            .value = failure.err,
            .path = std::string(stageCall(failure.stage)) });
}

} // namespace

Result<Spawned> spawn(const SpawnSpec& spec, std::vector<Event>* events)
{
    if (spec.argv.empty() || spec.argv.front().empty())
        return Error { .code = ErrorCode::EmptyCommand };
    ignoreSigpipe();

    Recorder rec(events);
    Setup setup(spec, rec);
    if (auto r = setup.makeHandles(); !r)
        return r.error();
    if (auto r = setup.makeErrPipe(); !r)
        return r.error();

    // Everything the child needs, prepared before vfork: the child may not allocate.
    const std::vector<std::string> candidates = executableCandidates(spec.argv.front());
    std::vector<const char*> executables;
    executables.reserve(candidates.size());
    for (const auto& c : candidates)
        executables.push_back(c.c_str());
    std::vector<char*> argv;
    argv.reserve(spec.argv.size() + 1);
    for (const auto& a : spec.argv)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::vector<int> keep = spec.passFds;
    keep.push_back(setup.errWrite());
    std::ranges::sort(keep);

    ChildExecArgs args;
    args.p2cread = setup.handle(Handle::P2cRead);
    args.p2cwrite = setup.handle(Handle::P2cWrite);
    args.c2pread = setup.handle(Handle::C2pRead);
    args.c2pwrite = setup.handle(Handle::C2pWrite);
    args.errread = setup.handle(Handle::ErrRead);
    args.errwrite = setup.handle(Handle::ErrWrite);
    args.errpipeRead = setup.errRead();
    args.errpipeWrite = setup.errWrite();
    args.closeFds = spec.closeFds;
    args.keepFds = keep.data();
    args.keepCount = static_cast<int>(keep.size());
    args.cwd = spec.cwd.empty() ? nullptr : spec.cwd.c_str();
    args.argv = argv.data();
    args.envp = environ;
    args.executables = executables.data();
    args.executableCount = static_cast<int>(executables.size());

    // No signal handler may run in the child while it shares our memory.
    sigset_t all;
    ::sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &args.parentMask);
    const std::int64_t forkTime = monotonicNs();
    const pid_t pid = vforkExec(&args);
    const int forkErrno = errno;
    ::pthread_sigmask(SIG_SETMASK, &args.parentMask, nullptr);
    if (pid < 0) {
        errno = forkErrno;
        return sysError("fork");
    }

    Spawned out;
    out.child = ChildProcess(pid);
    out.handles = setup.handles();
    rec.setChild(pid);
    rec.add({ .timeNs = forkTime, .kind = EventKind::Forked, .stepId = "posix.fork", .value = pid });
    recordChildSteps(rec, args);

    // vfork returned: the child has exec'd or exited, and a failing child wrote why before exiting.
    std::optional<ChildFailure> failure;
    if (childReportedFailure(setup.errRead()))
        failure = readFailure(setup.errRead());
    if (!failure)
        rec.add({ .actor = Actor::Child,
            .kind = EventKind::Exec,
            .stepId = "posix.exec",
            .path = candidates[static_cast<size_t>(std::max(args.execIndex, 0))] });
    else
        recordFailure(rec, *failure, spec.argv.front());

    setup.closeErrPipeWrite();
    setup.closeChildEnds();
    if (!failure) {
        // EOF proves the exec: the write end was close-on-exec.
        failure = readFailure(setup.errRead());
        if (failure)
            recordFailure(rec, *failure, spec.argv.front());
        else
            rec.add(
                { .kind = EventKind::ErrPipeEof, .stepId = "posix.parent.read_errpipe", .fds = { args.errpipeRead } });
    }
    setup.errReadOwner().reset();

    if (failure) {
        out.child.wait();
        if (failure->stage == ChildStage::Exec)
            return Error {
                .code = ErrorCode::ExecFailed, .sysErrno = failure->err, .call = "execve", .subject = spec.argv.front()
            };
        return Error { .code = ErrorCode::ChildSetup,
            .sysErrno = failure->err,
            .call = std::string(stageCall(failure->stage)),
            .subject = spec.argv.front(),
            .stream = stageStream(failure->stage) };
    }

    out.stdinPipe = setup.takeParentEnd(Stream::Stdin);
    out.stdoutPipe = setup.takeParentEnd(Stream::Stdout);
    out.stderrPipe = setup.takeParentEnd(Stream::Stderr);
    return out;
}

} // namespace pipescope
