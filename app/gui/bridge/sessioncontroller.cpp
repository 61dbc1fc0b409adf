// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/sessioncontroller.h"

#include "base/cancellation.h"
#include "inspect/fdtable.h"
#include "live/procstate.h"
#include "popen/process.h"

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

// Through the pidfd (core's openPidfd): the kill can never reach a recycled pid, however the worker's reaping races
// with a cancel from the GUI thread.
void killThroughPidfd(const UniqueFd& pidfd)
{
    ::syscall(SYS_pidfd_send_signal, pidfd.get(), SIGKILL, nullptr, 0);
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

// What only the worker thread touches: the step session.
struct SessionController::Worker
{
    std::unique_ptr<Stepper> stepper;
    std::shared_ptr<Cancellation> cancellation; // the command's in progress; the stepper points to it

    // Every command brings the cancellation it was sent with: a Reset or a new spec stops it from the GUI thread.
    Stepper& use(const SpawnSpec& spec, std::shared_ptr<Cancellation> with)
    {
        cancellation = std::move(with);
        if (!stepper)
            stepper = std::make_unique<Stepper>(spec);
        stepper->setCancellation(cancellation.get());
        return *stepper;
    }

    // A failed session cannot go on: the next step or run starts again from scratch.
    bool failedSession() const
    {
        return stepper && stepper->atEnd() && stepper->position() < stepper->plan().steps.size();
    }
};

// One answer of the worker to a step command.
struct SessionController::Outcome
{
    int generation = 0;
    std::optional<StepSnapshot> snapshot;
    std::optional<Error> error;
    std::vector<Event> events; // the whole session's
};

// A run: the steps that are left, then communicate(). Shared by the GUI thread (cancel) and the worker.
struct SessionController::Job
{
    SpawnSpec spec;
    QByteArray input;
    std::chrono::milliseconds timeout { 0 };
    int generation = 0;

    std::shared_ptr<Cancellation> waits = std::make_shared<Cancellation>(); // a step of the run waiting on a FIFO
    std::mutex mutex;
    bool cancelled = false;
    UniqueFd pidfd;

    RunResult result;
    std::optional<Error> error;
    std::optional<StepSnapshot> finalSnapshot; // the last step this run did itself, if any
    std::vector<Event> sessionEvents;

    void cancel()
    {
        waits->cancel();
        const std::lock_guard lock(mutex);
        cancelled = true;
        if (pidfd)
            killThroughPidfd(pidfd);
    }

    bool isCancelled()
    {
        const std::lock_guard lock(mutex);
        return cancelled;
    }

    void execute(Worker& worker)
    {
        result.spec = spec;
        result.plan = planHandles(spec, Lens::Posix);
        Stepper& stepper = worker.use(spec, waits);
        if (worker.failedSession())
            stepper.reset();
        // The steps that are left, for real, one after the other; the view shows where they ended.
        while (!stepper.atEnd()) {
            if (isCancelled()) {
                result.cancelled = true;
                stepper.setCancellation(nullptr); // the way back to step 0 opens nothing that waits
                if (Result<StepSnapshot> start = stepper.runTo(0))
                    finalSnapshot = std::move(start).value();
                sessionEvents.clear();
                return;
            }
            Result<StepSnapshot> snap = stepper.step();
            sessionEvents = stepper.events();
            if (isCancelled())
                continue; // a step stopped while it waited: back to step 0 above, reported as cancelled
            if (!snap) {
                error = snap.error();
                result.events = sessionEvents;
                stepper.reset();
                return;
            }
            finalSnapshot = std::move(snap).value();
            if (finalSnapshot->error) {
                error = *finalSnapshot->error;
                result.events = sessionEvents;
                return;
            }
        }
        sessionEvents = stepper.events();
        result.events = sessionEvents;
        std::optional<Spawned> spawned = stepper.release();
        if (!spawned) {
            error = Error { .code = ErrorCode::NoMoreSteps };
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
            pidfd.reset();
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
    : StepSource(parent)
    , m_thread(std::make_unique<QThread>())
    , m_workerContext(new QObject)
    , m_worker(std::make_shared<Worker>())
    , m_cancellation(std::make_shared<Cancellation>())
    , m_workerTid(std::make_shared<std::atomic<int>>(0))
{
    qRegisterMetaType<pipescope::StepSnapshot>();
    qRegisterMetaType<pipescope::Error>();
    m_thread->setObjectName(QStringLiteral("pipescope-steps"));
    m_workerContext->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_workerContext, [tid = m_workerTid] { tid->store(static_cast<int>(::gettid())); });
    // Often enough to show a blocked step at once to the eye, rarely enough to cost nothing: read only while busy.
    m_waitProbe.setInterval(150);
    connect(&m_waitProbe, &QTimer::timeout, this, &SessionController::checkWaiting);
}

SessionController::~SessionController()
{
    // Nothing may keep the worker (and so this destructor) waiting: a FIFO's open is released, a run's child killed.
    m_cancellation->cancel();
    if (m_job)
        m_job->cancel();
    // The stepper goes on the thread that used it; its destructor kills and reaps a stopped child.
    QMetaObject::invokeMethod(m_workerContext, [worker = m_worker] { worker->stepper.reset(); });
    m_thread->quit();
    m_thread->wait();
}

void SessionController::setSpec(const SpawnSpec& spec)
{
    m_spec = spec;
    // Until the worker answers, nothing of the new spec has been done: no step of the old one may show.
    m_snapshot = StepSnapshot {};
    m_sessionEvents.clear();
    cancelWaits();
    Q_EMIT planChanged(plan());
    Q_EMIT planShown(frame());
    ++m_generation;
    setPending(+1);
    auto outcome = std::make_shared<Outcome>();
    outcome->generation = m_generation;
    QMetaObject::invokeMethod(m_workerContext, [this, worker = m_worker, spec, outcome, waits = m_cancellation] {
        worker->stepper.reset();
        worker->use(spec, waits);
        if (Result<StepSnapshot> snap = worker->stepper->runTo(0))
            outcome->snapshot = std::move(snap).value();
        else
            outcome->error = snap.error();
        QMetaObject::invokeMethod(this, [this, outcome] { onOutcome(outcome); });
    });
}

void SessionController::setLens(Lens lens)
{
    m_lens = lens;
    Q_EMIT planChanged(plan());
    Q_EMIT planShown(frame());
}

HandlePlan SessionController::plan(Lens lens) const
{
    return planHandles(m_spec, lens);
}

StepFrame SessionController::frame() const
{
    return StepFrame {
        .spec = m_spec,
        .plan = plan(),
        .posix = plan(Lens::Posix),
        .snapshot = m_snapshot,
        .events = m_sessionEvents,
        .log = m_sessionEvents,
    };
}

size_t SessionController::stepCount() const
{
    return planHandles(m_spec, Lens::Posix).steps.size();
}

bool SessionController::stepsAtEnd() const
{
    return m_snapshot.error.has_value() || m_snapshot.position >= stepCount();
}

bool SessionController::step()
{
    if (isBusy() || stepsAtEnd())
        return false;
    return dispatch(Command::Step);
}

bool SessionController::back()
{
    if (isBusy() || m_snapshot.position == 0)
        return false;
    return dispatch(Command::Back, m_snapshot.position - 1);
}

bool SessionController::stepTo(size_t position)
{
    if (isBusy())
        return false;
    return dispatch(Command::StepTo, std::min(position, stepCount()));
}

void SessionController::resetSteps()
{
    cancelWaits();
    if (m_job)
        m_job->cancel();
    dispatch(Command::Reset);
}

void SessionController::cancelWaits()
{
    m_cancellation->cancel();
    m_cancellation = std::make_shared<Cancellation>();
}

void SessionController::checkWaiting()
{
    const std::shared_ptr<Cancellation> waits = m_job ? m_job->waits : m_cancellation;
    const std::string path = waits->waitingOn();
    if (path.empty()) {
        if (m_waiting) {
            m_waiting.reset();
            Q_EMIT stepWaitEnded();
        }
        return;
    }
    StepWait wait { .path = QString::fromStdString(path) };
    const HandlePlan posix = plan(Lens::Posix);
    for (size_t i = 0; i < posix.steps.size(); ++i) {
        const Step& step = posix.steps[i];
        if (step.action == StepAction::OpenFile && step.stream
            && m_spec.redirect(*step.stream).kind == Redirect::Kind::File
            && m_spec.redirect(*step.stream).path == path) {
            wait.row = static_cast<int>(i);
            wait.stream = step.stream;
            break;
        }
    }
    if (const int tid = m_workerTid->load(); tid > 0)
        if (std::optional<std::string> channel = readWaitChannel(::getpid(), tid))
            wait.waitChannel = QString::fromStdString(*channel);
    if (m_waiting && m_waiting->path == wait.path && m_waiting->row == wait.row
        && m_waiting->waitChannel == wait.waitChannel)
        return;
    m_waiting = wait;
    Q_EMIT stepWaiting(wait);
}

bool SessionController::dispatch(Command command, size_t position)
{
    ++m_generation;
    setPending(+1);
    auto outcome = std::make_shared<Outcome>();
    outcome->generation = m_generation;
    const SpawnSpec spec = m_spec;
    QMetaObject::invokeMethod(
        m_workerContext, [this, worker = m_worker, spec, outcome, command, position, waits = m_cancellation] {
            Stepper& stepper = worker->use(spec, waits);
            std::optional<Result<StepSnapshot>> done;
            switch (command) {
            case Command::Step:
                if (worker->failedSession())
                    stepper.reset();
                done = stepper.step();
                break;
            case Command::Back:
            case Command::Reset:
                done = stepper.runTo(command == Command::Reset ? 0 : position);
                break;
            case Command::StepTo:
                // Going forward keeps the session (and its child); going back has to re-run it from scratch.
                if (position < stepper.position() || worker->failedSession()) {
                    done = stepper.runTo(position);
                    break;
                }
                if (position == stepper.position()) {
                    done = stepper.runTo(position);
                    break;
                }
                while (stepper.position() < position && !stepper.atEnd()) {
                    done = stepper.step();
                    if (!*done || (*done)->error)
                        break;
                }
                break;
            }
            if (done && *done)
                outcome->snapshot = std::move(*done).value();
            else if (done)
                outcome->error = done->error();
            outcome->events = stepper.events();
            QMetaObject::invokeMethod(this, [this, outcome] { onOutcome(outcome); });
        });
    return true;
}

void SessionController::onOutcome(const std::shared_ptr<Outcome>& outcome)
{
    setPending(-1);
    if (outcome->generation != m_generation)
        return; // a newer command replaced what this one showed
    if (outcome->snapshot) {
        m_snapshot = *outcome->snapshot;
        m_sessionEvents = outcome->events;
        Q_EMIT stepDone(m_snapshot);
        Q_EMIT frameShown(frame());
        if (m_snapshot.error)
            Q_EMIT stepFailed(*m_snapshot.error);
    } else if (outcome->error) {
        Q_EMIT stepFailed(*outcome->error);
    }
}

void SessionController::setPending(int delta)
{
    const bool wasBusy = isBusy();
    m_pending += delta;
    if (wasBusy != isBusy())
        busyNow(isBusy());
}

void SessionController::busyNow(bool busy)
{
    if (busy) {
        m_waitProbe.start();
    } else {
        m_waitProbe.stop();
        checkWaiting(); // nothing waits any more: says so once
    }
    Q_EMIT busyChanged(busy);
}

bool SessionController::run(const QByteArray& input)
{
    if (m_running)
        return false;
    m_job = std::make_shared<Job>();
    m_job->spec = m_spec;
    m_job->input = input;
    m_job->timeout = m_timeout;
    m_job->generation = ++m_generation;
    const bool wasBusy = isBusy();
    m_running = true;
    if (!wasBusy)
        busyNow(true);
    QMetaObject::invokeMethod(m_workerContext, [this, worker = m_worker, job = m_job] {
        job->execute(*worker);
        QMetaObject::invokeMethod(this, [this, job] { onRunDone(job); });
    });
    Q_EMIT runStarted();
    return true;
}

void SessionController::cancel()
{
    cancelWaits();
    if (m_job)
        m_job->cancel();
}

void SessionController::onRunDone(const std::shared_ptr<Job>& job)
{
    m_running = false;
    if (m_job == job)
        m_job.reset();
    if (!isBusy())
        busyNow(false);
    // The steps the run did itself belong to the step view too, unless a newer command has replaced it.
    if (job->generation == m_generation && job->finalSnapshot) {
        m_snapshot = *job->finalSnapshot;
        m_sessionEvents = job->sessionEvents;
        Q_EMIT stepDone(m_snapshot);
        Q_EMIT frameShown(frame());
    }
    if (job->error)
        Q_EMIT runFailed(*job->error, job->result);
    else
        Q_EMIT runFinished(job->result);
}
