// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "base/result.h"
#include "bridge/runresult.h"
#include "bridge/stepsource.h"
#include "popen/plan.h"
#include "popen/spawnspec.h"
#include "popen/stepper.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace pipescope {
class Cancellation;
}

// The one bridge between the widgets and core: plans on the GUI thread (pure); steps and runs on one worker thread
// that owns core's Stepper, so the GUI thread never waits on a pipe or a child; reports back by value. As a
// StepSource it feeds the step views (planShown, frameShown) as a replay does. Destroying it kills and reaps every
// child it started, stopped or running.
class SessionController : public StepSource
{
    Q_OBJECT
public:
    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    // A new spec starts a new step session at step 0 (stepDone follows with position 0).
    void setSpec(const pipescope::SpawnSpec& spec);
    const pipescope::SpawnSpec& spec() const { return m_spec; }

    void setLens(pipescope::Lens lens);
    pipescope::Lens lens() const { return m_lens; }

    pipescope::HandlePlan plan(pipescope::Lens lens) const;
    pipescope::HandlePlan plan() const { return plan(m_lens); }

    // The safety net for a child that never finishes: it is killed and reaped after this long.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Step mode. Each returns false (and does nothing) while the worker is busy or when there is nothing to do.
    bool step(); // the next real syscall of the POSIX plan
    bool back(); // re-runs the real setup up to one step before the current one
    bool stepTo(size_t position); // steps on from here, or re-runs from scratch when position is behind
    void resetSteps(); // back to before the first step: the stopped child is killed and reaped; always accepted

    bool isBusy() const { return m_pending > 0 || isRunning(); }
    size_t stepPosition() const { return m_snapshot.position; }
    size_t stepCount() const;
    bool stepsAtEnd() const; // every step done (Run hands the child over), or a step failed
    bool stepsFailed() const { return m_snapshot.error.has_value(); }
    const pipescope::StepSnapshot& snapshot() const { return m_snapshot; }
    // Every event of the step session so far (a snapshot only carries its own step's).
    const std::vector<pipescope::Event>& sessionEvents() const { return m_sessionEvents; }
    // The moment the session stands at, as the step views show it.
    StepFrame frame() const;

    bool isRunning() const { return m_running; }

    // Does the steps that are left, hands the child over and feeds input to its stdin (when stdin is PIPE), as
    // Popen.communicate() does. False when a run is in progress.
    bool run(const QByteArray& input);
    // Kills the running child; runFinished follows with cancelled set. A step that waits (a FIFO's open) is stopped.
    void cancel();

    // The step that waits right now, if one does (stepWaiting tells when it starts).
    const std::optional<StepWait>& waiting() const { return m_waiting; }

Q_SIGNALS:
    void planChanged(const pipescope::HandlePlan& plan);
    void busyChanged(bool busy);
    void stepDone(const pipescope::StepSnapshot& snapshot);
    void stepFailed(const pipescope::Error& error);
    // A step waits for another process (a FIFO's open): shown as blocked until the outcome of the command comes.
    void stepWaiting(const StepWait& wait);
    void stepWaitEnded();
    void runStarted();
    void runFinished(const RunResult& result);
    // partial holds what happened before the failure (e.g. the events up to a failed exec).
    void runFailed(const pipescope::Error& error, const RunResult& partial);

private:
    struct Worker;
    struct Job;
    enum class Command { Step, Back, StepTo, Reset };
    struct Outcome;

    bool dispatch(Command command, size_t position = 0);
    void onOutcome(const std::shared_ptr<Outcome>& outcome);
    void onRunDone(const std::shared_ptr<Job>& job);
    void setPending(int delta);
    // Stops whatever waits in the commands sent so far; the commands sent from now on get a new cancellation.
    void cancelWaits();
    void busyNow(bool busy);
    void checkWaiting();

    pipescope::SpawnSpec m_spec;
    pipescope::Lens m_lens = pipescope::Lens::Posix;
    std::chrono::milliseconds m_timeout { 30'000 };

    std::unique_ptr<QThread> m_thread;
    QObject* m_workerContext = nullptr; // lives in m_thread: what runs there is queued to it
    std::shared_ptr<Worker> m_worker; // touched only on m_thread
    int m_pending = 0; // commands sent to the worker and not answered yet
    int m_generation = 0; // answers to commands older than the last setSpec/reset are dropped
    pipescope::StepSnapshot m_snapshot;
    std::vector<pipescope::Event> m_sessionEvents;
    bool m_running = false;
    std::shared_ptr<Job> m_job;
    std::shared_ptr<pipescope::Cancellation> m_cancellation; // of the commands sent since the last cancelWaits()
    std::shared_ptr<std::atomic<int>> m_workerTid; // the worker thread's tid, for its wchan
    QTimer m_waitProbe; // while busy: does a step wait?
    std::optional<StepWait> m_waiting;
};
