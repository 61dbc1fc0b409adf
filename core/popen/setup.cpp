// SPDX-License-Identifier: GPL-3.0-or-later
#include "popen/setup_p.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

extern char** environ;

namespace pipescope::detail {

namespace {

std::string stepId(std::string_view prefix, Stream s)
{
    return std::string(prefix) + std::string(streamName(s));
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

} // namespace

// ---------------------------------------------------------------------------------------------

Recorder::Recorder(std::vector<Event>* events)
    : m_events(events)
    , m_parentPid(::getpid())
{
}

void Recorder::add(Event e)
{
    if (!m_events)
        return;
    if (e.timeNs == 0)
        e.timeNs = monotonicNs();
    if (e.pid == 0)
        e.pid = e.actor == Actor::Parent ? m_parentPid : m_childPid;
    m_events->push_back(std::move(e));
}

// ---------------------------------------------------------------------------------------------

ParentSetup::ParentSetup(const SpawnSpec& spec, Recorder& rec, Cancellation* cancellation)
    : m_spec(spec)
    , m_rec(rec)
    , m_cancellation(cancellation)
{
}

Result<void> ParentSetup::perform(const Step& step, std::optional<ChildFailure>* failure)
{
    const Stream s = step.stream.value_or(Stream::Stdin);
    switch (step.action) {
    case StepAction::CreatePipe:
        return makePipe(s);
    case StepAction::SetPipeSize:
        return setPipeSize(s);
    case StepAction::OpenDevNull:
        return openDevNull(s, false);
    case StepAction::ReuseDevNull:
        return openDevNull(s, true);
    case StepAction::UseCallerFd:
        return useCallerFd(s);
    case StepAction::OpenFile:
        return openFile(s);
    case StepAction::AliasStdout:
        return aliasStdout(s);
    case StepAction::CreateErrPipe:
        return makeErrPipe();
    case StepAction::ParentCloseErrPipeWrite:
        m_rec.add({ .kind = EventKind::ParentClosed, .stepId = step.id, .fds = { m_errWrite.get() } });
        m_errWrite.reset();
        return {};
    case StepAction::ParentCloseChildEnd: {
        UniqueFd& end = m_childEnds[static_cast<size_t>(s)];
        m_rec.add({ .kind = EventKind::ParentClosed, .stream = s, .stepId = step.id, .fds = { end.get() } });
        end.reset();
        return {};
    }
    case StepAction::ParentCloseDevNull:
        m_rec.add({ .kind = EventKind::ParentClosed, .stepId = step.id, .fds = { m_devNull.get() } });
        m_devNull.reset();
        return {};
    case StepAction::ParentCloseFile: {
        UniqueFd& file = m_files[static_cast<size_t>(s)];
        m_rec.add({ .kind = EventKind::ParentClosed, .stream = s, .stepId = step.id, .fds = { file.get() } });
        file.reset();
        return {};
    }
    case StepAction::ReadErrPipe: {
        const int fd = m_errRead.get();
        std::optional<ChildFailure> reported = readErrPipe();
        if (!reported)
            m_rec.add({ .kind = EventKind::ErrPipeEof, .stepId = step.id, .fds = { fd } });
        if (failure)
            *failure = reported;
        return {};
    }
    default:
        return {}; // the child's steps, the fork and the exec are the driver's
    }
}

Result<void> ParentSetup::makePipe(Stream s)
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

Result<void> ParentSetup::setPipeSize(Stream s)
{
    // As Popen: on the write end (p2cwrite, c2pwrite, errwrite); the size belongs to the pipe, not the end.
    const size_t i = static_cast<size_t>(s);
    const int target = s == Stream::Stdin ? m_parentEnds[i].get() : m_childEnds[i].get();
    const int granted = ::fcntl(target, F_SETPIPE_SZ, m_spec.pipeSize);
    if (granted < 0)
        return sysError("fcntl(F_SETPIPE_SZ)", std::to_string(m_spec.pipeSize), s);
    m_rec.add({ .kind = EventKind::PipeSizeSet,
        .stream = s,
        .stepId = stepId("posix.pipesize.", s),
        .fds = { target },
        .value = granted });
    return {};
}

Result<void> ParentSetup::openDevNull(Stream s, bool reuse)
{
    if (!m_devNull) {
        m_devNull.reset(::open("/dev/null", O_RDWR | O_CLOEXEC));
        if (!m_devNull)
            return sysError("open", "/dev/null", s);
    }
    set(childHandle(s), m_devNull.get());
    m_rec.add({ .kind = EventKind::DevNullOpened,
        .stream = s,
        .stepId = stepId("posix.devnull.", s),
        .fds = { m_devNull.get() },
        .value = reuse ? 1 : 0 });
    return {};
}

Result<void> ParentSetup::useCallerFd(Stream s)
{
    const int fd = m_spec.redirect(s).fd;
    if (fd < 0 || ::fcntl(fd, F_GETFD) < 0)
        return Error { .code = ErrorCode::FdNotOpen,
            .sysErrno = EBADF,
            .call = "fcntl(F_GETFD)",
            .subject = std::to_string(fd),
            .stream = s };
    set(childHandle(s), fd);
    m_rec.add({ .kind = EventKind::CallerFdUsed, .stream = s, .stepId = stepId("posix.fd.", s), .fds = { fd } });
    return {};
}

Result<void> ParentSetup::openFile(Stream s)
{
    const Redirect& r = m_spec.redirect(s);
    const int flags = s == Stream::Stdin ? O_RDONLY : O_WRONLY | O_CREAT | (r.append ? O_APPEND : O_TRUNC);
    // A FIFO's open() waits for the other side, for ever if nobody comes: only then is it made cancellable.
    struct stat st
    {
    };
    const bool fifo = m_cancellation && ::stat(r.path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
    if (fifo && !m_cancellation->beginOpen(r.path))
        return Error { .code = ErrorCode::Cancelled, .call = "open", .subject = r.path, .stream = s };
    UniqueFd fd;
    do {
        fd = UniqueFd(::open(r.path.c_str(), flags | O_CLOEXEC, 0666));
    } while (!fd && errno == EINTR);
    const int openErrno = errno;
    if (fifo) {
        m_cancellation->endOpen();
        if (m_cancellation->cancelled())
            return Error { .code = ErrorCode::Cancelled, .call = "open", .subject = r.path, .stream = s };
    }
    errno = openErrno;
    if (!fd)
        return sysError("open", r.path, s);
    set(childHandle(s), fd.get());
    m_rec.add({ .kind = EventKind::FileOpened,
        .stream = s,
        .stepId = stepId("posix.open.", s),
        .fds = { fd.get() },
        .path = r.path });
    m_files[static_cast<size_t>(s)] = std::move(fd);
    return {};
}

Result<void> ParentSetup::aliasStdout(Stream s)
{
    const int c2pwrite = handle(Handle::C2pWrite);
    set(childHandle(s), c2pwrite != -1 ? c2pwrite : STDOUT_FILENO);
    m_rec.add({ .kind = EventKind::HandleAliased,
        .stream = s,
        .stepId = stepId("posix.alias.", s),
        .fds = { handle(childHandle(s)) } });
    return {};
}

Result<void> ParentSetup::makeErrPipe()
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
    m_rec.add(
        { .kind = EventKind::ErrPipeCreated, .stepId = "posix.errpipe", .fds = { m_errRead.get(), m_errWrite.get() } });
    return {};
}

std::optional<ChildFailure> ParentSetup::readErrPipe()
{
    std::optional<ChildFailure> failure = readFailure(m_errRead.get());
    m_errRead.reset();
    return failure;
}

void ParentSetup::prepareChild(ChildExecArgs& args) const
{
    args.p2cread = handle(Handle::P2cRead);
    args.p2cwrite = handle(Handle::P2cWrite);
    args.c2pread = handle(Handle::C2pRead);
    args.c2pwrite = handle(Handle::C2pWrite);
    args.errread = handle(Handle::ErrRead);
    args.errwrite = handle(Handle::ErrWrite);
    args.errpipeRead = m_errRead.get();
    args.errpipeWrite = m_errWrite.get();
    args.closeFds = m_spec.closeFds;
    args.cwd = m_spec.cwd.empty() ? nullptr : m_spec.cwd.c_str();
    args.envp = environ;
}

std::vector<int> ParentSetup::openFds() const
{
    std::vector<int> fds;
    for (const auto* group : { &m_childEnds, &m_parentEnds, &m_files })
        for (const UniqueFd& fd : *group)
            if (fd)
                fds.push_back(fd.get());
    for (const UniqueFd* fd : { &m_devNull, &m_errRead, &m_errWrite })
        if (*fd)
            fds.push_back(fd->get());
    std::ranges::sort(fds);
    return fds;
}

UniqueFd ParentSetup::takeParentEnd(Stream s)
{
    return std::move(m_parentEnds[static_cast<size_t>(s)]);
}

// ---------------------------------------------------------------------------------------------

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

void ChildLaunch::fill(const SpawnSpec& spec, const ParentSetup& setup, ChildExecArgs& args)
{
    candidates = executableCandidates(spec.argv.front());
    executables.clear();
    for (const auto& c : candidates)
        executables.push_back(c.c_str());
    argv.clear();
    for (const auto& a : spec.argv)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    keep = spec.passFds;
    keep.push_back(setup.errWrite());
    std::ranges::sort(keep);

    setup.prepareChild(args);
    args.keepFds = keep.data();
    args.keepCount = static_cast<int>(keep.size());
    args.argv = argv.data();
    args.executables = executables.data();
    args.executableCount = static_cast<int>(executables.size());
}

void recordChildSteps(Recorder& rec, const ChildExecArgs& args, int from)
{
    if (!rec.enabled())
        return;
    for (int i = from; i < args.recordCount; ++i) {
        const ChildRecord& r = args.records[static_cast<size_t>(i)];
        Event e { .timeNs = r.timeNs, .actor = Actor::Child };
        if (r.stream >= 0)
            e.stream = static_cast<Stream>(r.stream);
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
            e.stepId = stepId("posix.child.dup_away.", *e.stream);
            e.fds = { r.fd, r.newFd };
            break;
        case ChildRecord::Kind::Dup2:
            e.kind = EventKind::ChildDup2;
            e.stepId = stepId("posix.child.dup2.", *e.stream);
            e.fds = { r.fd, r.newFd };
            break;
        case ChildRecord::Kind::Inheritable:
            e.kind = EventKind::ChildInheritable;
            e.stepId = stepId("posix.child.inheritable.", *e.stream);
            e.fds = { r.fd };
            break;
        case ChildRecord::Kind::ClosedFds:
            e.kind = EventKind::ChildClosedFds;
            e.stepId = "posix.child.close_fds";
            e.fds = { r.fd };
            break;
        }
        rec.add(std::move(e));
    }
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

Error failureError(const ChildFailure& failure, const std::string& program)
{
    if (failure.stage == ChildStage::Exec)
        return Error { .code = ErrorCode::ExecFailed, .sysErrno = failure.err, .call = "execve", .subject = program };
    return Error { .code = ErrorCode::ChildSetup,
        .sysErrno = failure.err,
        .call = std::string(stageCall(failure.stage)),
        .subject = program,
        .stream = stageStream(failure.stage) };
}

bool childReportedFailure(int errRead)
{
    pollfd p { .fd = errRead, .events = POLLIN, .revents = 0 };
    return ::poll(&p, 1, 0) == 1 && (p.revents & POLLIN);
}

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

} // namespace pipescope::detail
