// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "bridge/programresult.h"
#include "bridge/runresult.h" // pipescope::Error's metatype, declared once for every bridge

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <thread>

// Runs a helper program to its end for a widget (python3 with a script, say): spawns it through core and lets a
// Pump feed its stdin and drain its stdout and stderr as communicate() does, all on a thread of its own, so the GUI
// thread never waits for the program, its pipes or its exit. One run at a time.
class ProgramRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProgramRunner(QObject* parent = nullptr);
    // Kills the program and everything it started, reaps it and joins the thread; returns as soon as they are gone.
    ~ProgramRunner() override;

    // Set before start(). Per stream: how many bytes of stdout and of stderr are kept.
    void setOutputLimit(qsizetype bytes) { m_outputLimit = bytes; }
    qsizetype outputLimit() const { return m_outputLimit; }

    // argv[0] is looked up in PATH when it has no '/'. The input is written to stdin, which is then closed; all three
    // streams are pipes. An empty workingDirectory keeps this process's. finished() or failed() follows, queued,
    // unless the runner is destroyed first. False when a run is going already or argv is empty.
    bool start(const QStringList& argv, const QByteArray& input = {}, const QString& workingDirectory = {});
    bool isRunning() const { return m_job != nullptr; }
    // Kills the program and what it started (SIGKILL); finished() follows with cancelled set. Called before the
    // program exists, it is killed as soon as it does.
    void cancel();

Q_SIGNALS:
    void finished(const ProgramResult& result);
    // It could not be started (no such program: ExecFailed with ENOENT), or the pump failed.
    void failed(const pipescope::Error& error);

private:
    struct Job;
    void finishJob(const std::shared_ptr<Job>& job);

    static constexpr qsizetype defaultOutputLimit = qsizetype { 4 } << 20;
    qsizetype m_outputLimit = defaultOutputLimit;
    std::shared_ptr<Job> m_job; // while its thread runs
    std::thread m_thread;
};
