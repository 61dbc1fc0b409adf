// SPDX-License-Identifier: GPL-3.0-or-later
#include "popen/childexec_p.h"

#include "base/forkpoint.h"

#include <cerrno>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

namespace pipescope::detail {

namespace {

std::int64_t nowNs() noexcept
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void record(ChildExecArgs* args, ChildRecord::Kind kind, int fd = -1, int newFd = -1, int stream = -1) noexcept
{
    if (args->recordCount < static_cast<int>(args->records.size()))
        args->records[static_cast<size_t>(args->recordCount++)] = ChildRecord { kind, fd, newFd, stream, nowNs() };
}

[[noreturn]] void fail(ChildExecArgs* args, ChildStage stage, int err) noexcept
{
    const ChildFailure failure { stage, err };
    const char* p = reinterpret_cast<const char*>(&failure);
    size_t left = sizeof failure;
    while (left > 0) {
        const ssize_t n = ::write(args->errpipeWrite, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        p += n;
        left -= static_cast<size_t>(n);
    }
    ::_exit(255);
}

bool setInheritable(int fd, bool inheritable) noexcept
{
    const int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0)
        return false;
    const int wanted = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
    return wanted == flags || ::fcntl(fd, F_SETFD, wanted) == 0;
}

// Step mode: stop here until the parent, having looked, sends SIGCONT. Adds no fd to the child.
void gate(ChildExecArgs* args, unsigned point) noexcept
{
    if (args->gates & point)
        ::kill(::getpid(), SIGSTOP);
}

// dup2 onto a standard fd, or clear close-on-exec when the handle already sits there (CPython #10806).
void placeOnStd(ChildExecArgs* args, int fd, int target, ChildStage stage) noexcept
{
    if (fd == -1)
        return;
    if (fd == target) {
        if (!setInheritable(fd, true))
            fail(args, ChildStage::Inheritable, errno);
        record(args, ChildRecord::Kind::Inheritable, fd, -1, target);
        return;
    }
    if (::dup2(fd, target) < 0)
        fail(args, stage, errno);
    record(args, ChildRecord::Kind::Dup2, fd, target, target);
}

} // namespace

void childExec(ChildExecArgs* args) noexcept
{
    // Signal handlers of the parent must not run in the child (it shares the parent's memory until exec),
    // and SIGPIPE goes back to its default so the program behaves as it would from a shell.
    for (int sig = 1; sig < NSIG; ++sig) {
        struct sigaction sa
        {
        };
        if (::sigaction(sig, nullptr, &sa) != 0)
            continue;
        const bool restore = sig == SIGPIPE || sig == SIGXFSZ;
        if (!restore && (sa.sa_handler == SIG_DFL || sa.sa_handler == SIG_IGN))
            continue;
        sa.sa_handler = SIG_DFL;
        sa.sa_flags = 0;
        ::sigaction(sig, &sa, nullptr);
    }
    ::sigprocmask(SIG_SETMASK, &args->parentMask, nullptr);
    gate(args, GateStart);

    // The parent's ends of the pipes belong to the parent alone.
    for (int fd : { args->p2cwrite, args->c2pread, args->errread, args->errpipeRead }) {
        if (fd != -1 && ::close(fd) != 0 && errno != EINTR)
            fail(args, ChildStage::CloseParentEnds, errno);
    }
    record(args, ChildRecord::Kind::Closed); // which ends: the parent knows them, they are its own
    gate(args, GateCloseParentEnds);

    // An end that sits on 0 or 1 would be overwritten by the dup2 onto it below: move it away first.
    int c2pwrite = args->c2pwrite;
    int errwrite = args->errwrite;
    if (c2pwrite == 0) {
        const int moved = ::dup(c2pwrite);
        if (moved < 0 || !setInheritable(moved, false))
            fail(args, ChildStage::DupAway, errno);
        record(args, ChildRecord::Kind::Duped, c2pwrite, moved, STDOUT_FILENO);
        c2pwrite = moved;
        gate(args, GateDupAwayStdout);
    }
    while (errwrite == 0 || errwrite == 1) {
        const int moved = ::dup(errwrite);
        if (moved < 0 || !setInheritable(moved, false))
            fail(args, ChildStage::DupAway, errno);
        record(args, ChildRecord::Kind::Duped, errwrite, moved, STDERR_FILENO);
        errwrite = moved;
    }
    if (errwrite != args->errwrite)
        gate(args, GateDupAwayStderr);
    placeOnStd(args, args->p2cread, 0, ChildStage::Dup2Stdin);
    if (args->p2cread != -1)
        gate(args, GatePlaceStdin);
    placeOnStd(args, c2pwrite, 1, ChildStage::Dup2Stdout);
    if (c2pwrite != -1)
        gate(args, GatePlaceStdout);
    placeOnStd(args, errwrite, 2, ChildStage::Dup2Stderr);
    if (errwrite != -1)
        gate(args, GatePlaceStderr);

    if (args->cwd && ::chdir(args->cwd) != 0)
        fail(args, ChildStage::Chdir, errno);

    if (args->closeFds) {
        for (int i = 0; i < args->keepCount; ++i) {
            const int keep = args->keepFds[i];
            if (keep >= 3 && keep != args->errpipeWrite && !setInheritable(keep, true))
                fail(args, ChildStage::CloseFds, errno);
        }
        closeFdsExcept(args->keepFds, args->keepCount);
        record(args, ChildRecord::Kind::ClosedFds, args->errpipeWrite);
        gate(args, GateCloseFds);
    }

    // PATH search as os._execvpe: report the first error that is not "not here".
    int savedErrno = 0;
    for (int i = 0; i < args->executableCount; ++i) {
        args->execIndex = i;
        ::execve(args->executables[i], args->argv, args->envp);
        if (errno != ENOENT && errno != ENOTDIR && savedErrno == 0)
            savedErrno = errno;
    }
    fail(args, ChildStage::Exec, savedErrno ? savedErrno : errno);
}

} // namespace pipescope::detail
