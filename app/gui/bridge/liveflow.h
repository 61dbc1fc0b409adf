// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "base/result.h"
#include "base/stream.h"
#include "bridge/runresult.h"
#include "live/procstate.h"
#include "live/pump.h"
#include "popen/process.h"
#include "popen/spawnspec.h"
#include "popen/stepper.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <thread>
#include <vector>

// One of the child's streams at one sample, as the parent sees it.
struct LiveStream
{
    bool piped = false; // the parent holds an end of a pipe for it
    bool open = false; // that end is still open (stdin: not closed; outputs: no EOF yet)
    qint64 bytes = 0; // exact: written to stdin / read from stdout or stderr so far
    double bytesPerSecond = 0; // from the counters, over the last half second
    QByteArray fresh; // the bytes since the previous sample, at most the ring's capacity
    qint64 freshOffset = 0; // stream offset of fresh[0]
    qint64 skipped = 0; // bytes since the previous sample that went by too fast to be kept for display
    bool hasFill = false; // the parent still holds an end to measure the pipe through
    qint64 fillBytes = 0; // FIONREAD
    qint64 fillCapacity = 0; // F_GETPIPE_SZ
    // The child was reaped but the pipe is still open: the processes that hold the child's end of it.
    std::vector<pipescope::PipeHolder> holders;

    bool full() const { return hasFill && fillCapacity > 0 && fillBytes >= fillCapacity; }
    double fillRatio() const
    {
        return hasFill && fillCapacity > 0 ? static_cast<double>(fillBytes) / static_cast<double>(fillCapacity) : 0.0;
    }
};

// What the pump knows at one moment, by value, for the widgets.
struct LiveSample
{
    quint64 sequence = 0; // 1 for the first sample of a run
    double seconds = 0; // since start()
    int pid = 0;
    std::array<LiveStream, 3> streams; // by Stream
    pipescope::BlockedOn parent { .process = pipescope::Actor::Parent };
    pipescope::BlockedOn child { .process = pipescope::Actor::Child };
    pipescope::Verdict verdict = pipescope::Verdict::Running;
    std::optional<double> deadlockSince; // seconds since start() when the deadlock was first seen
    bool stdinBrokenPipe = false; // EPIPE: stdin's read end was closed (fd 0 closed, or the child exited) first
    bool cancelled = false;
    bool finished = false; // child reaped, every end closed
    std::optional<pipescope::ExitStatus> exit;

    const LiveStream& stream(pipescope::Stream s) const { return streams[static_cast<std::size_t>(s)]; }
};

Q_DECLARE_METATYPE(LiveSample)

// The Qt bridge to core's Pump: spawns a child, lets the pump move its bytes on its own threads, and samples it at
// the screen's refresh rate on the GUI thread. Every call it makes into core is non-blocking, so the window stays
// smooth whatever the child does; destroying it kills and reaps a child still running.
class LiveFlow : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<void(pipescope::Stream, std::span<const std::byte>)>;

    explicit LiveFlow(QObject* parent = nullptr);
    ~LiveFlow() override;

    // Set before start(). Every byte read from stdout/stderr, in order; runs on the pump's thread (PumpOptions::sink).
    void setSink(Sink sink) { m_sink = std::move(sink); }
    // Set before start(). Per stream: how many of the most recent bytes a sample can hand over.
    void setRingCapacity(std::size_t bytes) { m_ringCapacity = bytes; }
    std::size_t ringCapacity() const { return m_ringCapacity; }
    // Slow motion: the parent moves at most this many bytes per second on each stream (0: full speed), so that the
    // child really waits on a pipe the parent is slow to serve. Takes effect at once, also during a run.
    void setPace(std::uint64_t bytesPerSecond);
    // How often the pump is sampled; by default once per frame of the primary screen (60 Hz without one).
    void setSampleInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds sampleInterval() const;
    static std::chrono::milliseconds screenFrameInterval();

    // Spawns the child and starts the pump with the policy and input, on a thread of its own: the GUI thread never
    // waits for the setup (a FIFO given as a file makes its open() wait for the other side). started() or failed()
    // follows. False while a run is starting or running.
    bool start(const pipescope::SpawnSpec& spec, pipescope::ParentPolicy policy, const QByteArray& input);
    bool isRunning() const { return m_pump != nullptr || m_startJob != nullptr; }
    bool isStarting() const { return m_startJob != nullptr; }

    const pipescope::SpawnSpec& spec() const { return m_spec; }
    pipescope::ParentPolicy policy() const { return m_policy; }
    int pid() const { return m_pid; }
    const LiveSample& lastSample() const { return m_last; }
    // The handles as the run set them up, read right after exec: the parent's real table (fds 0-2 and the ends it
    // keeps), the child's, and the six values _get_handles returned. What the diagram draws for the run; position
    // is the plan's last step.
    const pipescope::StepSnapshot& setupSnapshot() const { return m_setup; }
    // What spawn() did to set the run up, in order (pipes, fork, dup2s, exec, closes).
    const std::vector<pipescope::Event>& setupEvents() const { return m_setupEvents; }

    // Manual policy only: queues bytes for the child's stdin. False when they cannot be written (not Manual, stdin
    // not a pipe or closed, the child gone, too much queued).
    bool feed(const QByteArray& bytes);
    // The console's Enter: the line and a newline.
    bool feedLine(const QByteArray& line);
    // Closes stdin once what was fed is written: the child reads EOF.
    void closeStdin();
    // Kills the child and what it started (SIGKILL); finished() follows once it was reaped. While starting: the
    // setup is stopped (failed() with ErrorCode::Cancelled follows), or the child killed as soon as it exists.
    void cancel();

Q_SIGNALS:
    // From start(), at once: the spec is known, the child not yet there.
    void starting();
    void started(int pid);
    void sampled(const LiveSample& sample);
    // Every event but the byte counts (which sampled() carries): handle setup, EOF, EPIPE, close, kill, exit. Not
    // called event(): that would hide QObject::event(QEvent*).
    void coreEvent(const pipescope::Event& event);
    void finished(const pipescope::ExitStatus& exit);
    void failed(const pipescope::Error& error);

private:
    struct StartJob;
    void finishStart(const std::shared_ptr<StartJob>& job);
    void tick();
    LiveSample convert(pipescope::PumpSnapshot& snap);
    static pipescope::StepSnapshot readSetup(const pipescope::SpawnSpec& spec, const pipescope::Spawned& spawned);

    Sink m_sink;
    std::size_t m_ringCapacity = 64 * 1024;
    std::uint64_t m_pace = 0;
    QTimer m_timer;
    std::unique_ptr<pipescope::Pump> m_pump;
    std::shared_ptr<StartJob> m_startJob; // while the starting thread runs
    std::thread m_startThread;
    bool m_cancelWhenStarted = false;
    pipescope::SpawnSpec m_spec;
    pipescope::ParentPolicy m_policy = pipescope::ParentPolicy::Communicate;
    int m_pid = 0;
    std::int64_t m_startNs = 0;
    bool m_errorReported = false;
    // Recent (time, counters) pairs: bytes/s is measured over a window, not one frame, so it does not flicker.
    std::deque<std::pair<std::int64_t, std::array<std::int64_t, 3>>> m_history;
    LiveSample m_last;
    pipescope::StepSnapshot m_setup;
    std::vector<pipescope::Event> m_setupEvents;
};
