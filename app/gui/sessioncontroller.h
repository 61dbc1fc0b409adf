// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "result.h"
#include "runresult.h"
#include "spawnspec.h"

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <memory>

class QThread;

// The one bridge between the widgets and core: plans on the GUI thread (pure), runs on a worker thread,
// and reports back by value. Destroying it kills and reaps a child that is still running.
class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    void setSpec(const pipescope::SpawnSpec& spec);
    const pipescope::SpawnSpec& spec() const { return m_spec; }

    void setLens(pipescope::Lens lens);
    pipescope::Lens lens() const { return m_lens; }

    pipescope::HandlePlan plan(pipescope::Lens lens) const;
    pipescope::HandlePlan plan() const { return plan(m_lens); }

    // The safety net for a child that never finishes: it is killed and reaped after this long.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    bool isRunning() const { return m_thread != nullptr; }

    // Spawns the current spec and feeds input to its stdin (when stdin is PIPE). False when a run is in progress.
    bool run(const QByteArray& input);
    // Kills the running child; runFinished follows with cancelled set.
    void cancel();

Q_SIGNALS:
    void planChanged(const pipescope::HandlePlan& plan);
    void runStarted();
    void runFinished(const RunResult& result);
    // partial holds what happened before the failure (e.g. the events up to a failed exec).
    void runFailed(const pipescope::Error& error, const RunResult& partial);

private:
    struct Job;
    void deliver();

    pipescope::SpawnSpec m_spec;
    pipescope::Lens m_lens = pipescope::Lens::Posix;
    std::chrono::milliseconds m_timeout { 30'000 };
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Job> m_job;
};
