// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "bridge/runresult.h" // pipescope::Error's metatype
#include "record/recording.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>
#include <thread>

// What one recording left: the recording itself and what the program wrote to its stdout and stderr.
struct WatchResult
{
    std::shared_ptr<const pipescope::Recording> recording;
    QByteArray stdoutData; // cut at outputLimit per stream
    QByteArray stderrData;
    qint64 stdoutBytes = 0; // all it wrote
    qint64 stderrBytes = 0;

    static constexpr qsizetype outputLimit = qsizetype { 1 } << 20;
};

Q_DECLARE_METATYPE(WatchResult)

// Records a real, unmodified program under ptrace (core's recordProgram) for the Watch page: on a thread of its
// own, with /dev/null as the program's stdin and two pipes as its stdout and stderr, drained on a second thread so
// that a program writing a lot never blocks on them. The GUI thread never waits for the program. One recording at a
// time; destroying it kills every process the recording started and joins both threads.
class WatchRun : public QObject
{
    Q_OBJECT
public:
    explicit WatchRun(QObject* parent = nullptr);
    ~WatchRun() override;

    // argv[0] is looked up in PATH when it has no '/'. bytes: also record reads and writes on pipes. After timeout
    // every process is killed and the recording ends (timedOut in it). finished() or failed() follows, queued.
    // False when a recording is going already or argv is empty, and when its thread cannot start (failed() follows).
    bool start(const QStringList& argv, bool bytes, std::chrono::milliseconds timeout);
    bool isRunning() const { return m_job != nullptr; }
    // Kills every process the recording started; finished() follows with what was recorded until then.
    void stop();

Q_SIGNALS:
    void finished(const WatchResult& result);
    // Nothing was recorded: no such program (ExecFailed), ptrace refused (TraceRefused), or a system call failed.
    void failed(const pipescope::Error& error);

private:
    struct Job;
    void finishJob(const std::shared_ptr<Job>& job);

    std::shared_ptr<Job> m_job; // while its thread runs
    std::thread m_thread;
};
