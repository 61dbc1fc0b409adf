// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "fdtable.h"
#include "process.h"

#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstddef>
#include <mutex>
#include <optional>
#include <span>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>

using namespace pipescope;

namespace {

// A pidfd names the child itself, not its pid: a kill sent through it can never reach a recycled pid,
// however the worker's reaping races with a cancel from the GUI thread.
int openPidfd(pid_t pid)
{
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
}

void killThroughPidfd(int pidfd)
{
    ::syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, nullptr, 0);
}

void appendCapped(QByteArray& to, std::span<const std::byte> data)
{
    const qsizetype room = RunResult::displayLimit - to.size();
    if (room <= 0)
        return;
    const qsizetype n = std::min<qsizetype>(room, static_cast<qsizetype>(data.size()));
    to.append(reinterpret_cast<const char*>(data.data()), n);
}

} // namespace

// Shared by the GUI thread (cancel) and the worker; outlives whichever side finishes last.
struct SessionController::Job
{
    SpawnSpec spec;
    QByteArray input;
    std::chrono::milliseconds timeout { 0 };

    std::mutex mutex;
    bool cancelled = false;
    int pidfd = -1;

    RunResult result;
    std::optional<Error> error;

    void cancel()
    {
        const std::lock_guard lock(mutex);
        cancelled = true;
        if (pidfd >= 0)
            killThroughPidfd(pidfd);
    }

    void execute()
    {
        result.spec = spec;
        result.plan = planHandles(spec, Lens::Posix);
        {
            const std::lock_guard lock(mutex);
            if (cancelled) {
                result.cancelled = true;
                return;
            }
        }
        Result<Spawned> spawned = pipescope::spawn(spec, &result.events);
        if (!spawned) {
            error = spawned.error();
            return;
        }
        result.childPid = spawned->child.pid();
        {
            const std::lock_guard lock(mutex);
            if (cancelled) {
                result.cancelled = true;
                return; // ~ChildProcess kills and reaps it
            }
            pidfd = openPidfd(spawned->child.pid());
        }

        // Before communicate: the table is only there to read while the child lives, and the default echo
        // child waits on its stdin until communicate closes it.
        if (Result<FdTable> fds = inspectFds(spawned->child.pid()))
            result.childFds = std::move(*fds);
        else
            result.childFdsError = fds.error();

        CommunicateOptions options;
        options.input = std::as_bytes(std::span(input.constData(), static_cast<size_t>(input.size())));
        options.timeout = timeout;
        options.sink = [this](Stream s, std::span<const std::byte> data) {
            appendCapped(s == Stream::Stderr ? result.stderrData : result.stdoutData, data);
        };
        Result<CommunicateResult> done = communicate(*spawned, options, &result.events);
        {
            const std::lock_guard lock(mutex);
            if (pidfd >= 0)
                ::close(pidfd);
            pidfd = -1;
            result.cancelled = cancelled;
        }
        if (!done) {
            error = done.error();
            return;
        }
        result.bytes = { done->bytesWritten, done->bytesRead[1], done->bytesRead[2] };
        result.exit = done->exit;
        result.timedOut = done->timedOut;
        result.stdinBrokenPipe = done->stdinBrokenPipe;
    }
};

SessionController::SessionController(QObject* parent)
    : QObject(parent)
{
}

SessionController::~SessionController()
{
    if (m_thread) {
        m_job->cancel();
        m_thread->wait();
    }
}

void SessionController::setSpec(const SpawnSpec& spec)
{
    m_spec = spec;
    Q_EMIT planChanged(plan());
}

void SessionController::setLens(Lens lens)
{
    m_lens = lens;
    Q_EMIT planChanged(plan());
}

HandlePlan SessionController::plan(Lens lens) const
{
    return planHandles(m_spec, lens);
}

bool SessionController::run(const QByteArray& input)
{
    if (m_thread)
        return false;
    m_job = std::make_shared<Job>();
    m_job->spec = m_spec;
    m_job->input = input;
    m_job->timeout = m_timeout;
    m_thread.reset(QThread::create([job = m_job] { job->execute(); }));
    connect(m_thread.get(), &QThread::finished, this, &SessionController::deliver, Qt::QueuedConnection);
    m_thread->start();
    Q_EMIT runStarted();
    return true;
}

void SessionController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SessionController::deliver()
{
    m_thread->wait();
    m_thread.reset();
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    if (job->error)
        Q_EMIT runFailed(*job->error, job->result);
    else
        Q_EMIT runFinished(job->result);
}
