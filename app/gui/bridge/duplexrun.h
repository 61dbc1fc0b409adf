// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "fifo/duplexdemo.h"

#include <QObject>

#include <thread>

// The Qt bridge to core's duplex demo: runDuplexDemo() forks a peer and waits for its echo, so it runs on a worker
// thread this object owns, one demo at a time; finished() arrives on the object's own (GUI) thread.
class DuplexRun : public QObject
{
    Q_OBJECT
public:
    explicit DuplexRun(QObject* parent = nullptr);
    ~DuplexRun() override; // waits for a running demo: it is bounded and reaps its peer before it returns

    // Starts a demo of kind; false (nothing started) while one runs.
    bool start(pipescope::DuplexKind kind);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(pipescope::DuplexKind kind);
    void finished(pipescope::DuplexKind kind, const pipescope::Result<pipescope::DuplexReport>& report);

private:
    void deliver(pipescope::DuplexKind kind, const pipescope::Result<pipescope::DuplexReport>& report);

    std::thread m_thread;
    bool m_running = false;
};
