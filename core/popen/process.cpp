// SPDX-License-Identifier: GPL-3.0-or-later
#include "popen/process.h"

#include "popen/childexec_p.h"
#include "popen/setup_p.h"

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

namespace pipescope {

using detail::ChildExecArgs;
using detail::ChildFailure;

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

ChildProcess::ChildProcess(pid_t pid)
    : m_pid(pid)
{
}

ChildProcess::~ChildProcess()
{
    killAndReap();
}

void ChildProcess::setStatus(ExitStatus status)
{
    m_status = status;
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
    setStatus(r == m_pid ? decodeStatus(status) : ExitStatus { .signaled = true, .code = SIGKILL });
    return *m_status;
}

bool ChildProcess::waitStopped()
{
    if (m_status || m_pid <= 0)
        return false;
    int status = 0;
    pid_t r = -1;
    do {
        r = ::waitpid(m_pid, &status, WUNTRACED);
    } while (r < 0 && errno == EINTR);
    if (r == m_pid && WIFSTOPPED(status))
        return true;
    setStatus(r == m_pid ? decodeStatus(status) : ExitStatus { .signaled = true, .code = SIGKILL });
    return false;
}

std::optional<ExitStatus> ChildProcess::tryWait()
{
    if (m_status || m_pid <= 0)
        return m_status;
    int status = 0;
    const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
    if (r == m_pid)
        setStatus(decodeStatus(status));
    else if (r < 0 && errno == ECHILD)
        setStatus(ExitStatus { .signaled = true, .code = SIGKILL });
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

UniqueFd openPidfd(pid_t pid)
{
    const long fd = ::syscall(SYS_pidfd_open, pid, 0);
    return UniqueFd(fd < 0 ? -1 : static_cast<int>(fd));
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

using detail::ChildLaunch;
using detail::ParentSetup;
using detail::Recorder;

// vfork must be called from a frame that stays alive until the child execs: this one.
[[gnu::noinline]] pid_t vforkExec(ChildExecArgs* args)
{
    const pid_t pid = ::vfork();
    if (pid == 0)
        detail::childExec(args);
    return pid;
}

} // namespace

Result<Spawned> spawn(const SpawnSpec& spec, std::vector<Event>* events, Cancellation* cancellation)
{
    if (spec.argv.empty() || spec.argv.front().empty())
        return Error { .code = ErrorCode::EmptyCommand };
    ignoreSigpipe();

    // The same plan the stepper walks one step at a time, here at full speed.
    const HandlePlan plan = planHandles(spec, Lens::Posix);
    Recorder rec(events);
    ParentSetup setup(spec, rec, cancellation);
    auto step = plan.steps.begin();
    for (; step != plan.steps.end() && step->action != StepAction::Fork; ++step)
        if (auto r = setup.perform(*step); !r)
            return r.error();

    ChildExecArgs args;
    ChildLaunch launch;
    launch.fill(spec, setup, args);

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
    rec.add({ .timeNs = forkTime, .kind = EventKind::Forked, .stepId = step->id, .value = pid });
    detail::recordChildSteps(rec, args);

    // vfork returned: the child has exec'd or exited, and a failing child wrote why before exiting.
    std::optional<ChildFailure> failure;
    if (detail::childReportedFailure(setup.errRead()))
        failure = detail::readFailure(setup.errRead());
    if (failure)
        detail::recordFailure(rec, *failure, spec.argv.front());
    else
        rec.add({ .actor = Actor::Child,
            .kind = EventKind::Exec,
            .stepId = "posix.exec",
            .path = launch.candidates[static_cast<size_t>(std::max(args.execIndex, 0))] });

    for (; step != plan.steps.end(); ++step) {
        if (step->actor != Actor::Parent || step->action == StepAction::Fork)
            continue;
        if (step->action == StepAction::ReadErrPipe && failure)
            continue; // already read
        std::optional<ChildFailure> reported;
        if (auto r = setup.perform(*step, &reported); !r)
            return r.error();
        if (reported) {
            failure = reported;
            detail::recordFailure(rec, *failure, spec.argv.front());
        }
    }

    if (failure) {
        out.child.wait();
        return detail::failureError(*failure, spec.argv.front());
    }
    out.stdinPipe = setup.takeParentEnd(Stream::Stdin);
    out.stdoutPipe = setup.takeParentEnd(Stream::Stdout);
    out.stderrPipe = setup.takeParentEnd(Stream::Stderr);
    return out;
}

} // namespace pipescope
