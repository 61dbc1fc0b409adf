// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "base/result.h"
#include "bridge/runresult.h"
#include "popen/plan.h"
#include "popen/spawnspec.h"
#include "popen/stepper.h"

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

class QThread;

// The one bridge between the widgets and core: plans on the GUI thread (pure); steps and runs on one worker thread
// that owns core's Stepper, so the GUI thread never waits on a pipe or a child; reports back by value.
// Destroying it kills and reaps every child it started, stopped or running.
class SessionController : public QObject
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

    bool isRunning() const { return m_running; }

    // Does the steps that are left, hands the child over and feeds input to its stdin (when stdin is PIPE), as
    // Popen.communicate() does. False when a run is in progress.
    bool run(const QByteArray& input);
    // Kills the running child; runFinished follows with cancelled set.
    void cancel();

Q_SIGNALS:
    void planChanged(const pipescope::HandlePlan& plan);
    void busyChanged(bool busy);
    void stepDone(const pipescope::StepSnapshot& snapshot);
    void stepFailed(const pipescope::Error& error);
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
};
