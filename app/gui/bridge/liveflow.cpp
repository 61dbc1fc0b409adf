// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/liveflow.h"

#include "inspect/fdtable.h"
#include "popen/plan.h"

#include <QGuiApplication>
#include <QScreen>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <system_error>
#include <utility>
#include <vector>

#include <unistd.h>

using namespace pipescope;

namespace {

constexpr double fallbackRefreshHz = 60.0;
// Long enough for a steady reading at a few hundred bytes/s, short enough that a stop shows within a blink.
constexpr std::int64_t rateWindowNs = 500'000'000;

bool isDataEvent(const Event& e)
{
    return e.kind == EventKind::DataRead || e.kind == EventKind::StdinWritten;
}

double secondsBetween(std::int64_t fromNs, std::int64_t toNs)
{
    return static_cast<double>(toNs - fromNs) / 1e9;
}

} // namespace

// What the starting thread does and hands back: the spawn (which can wait in a FIFO's open()), the first look at
// both fd tables, and the pump. Shared with the GUI thread only through the queued hand-over and cancellation.
struct LiveFlow::StartJob
{
    SpawnSpec spec;
    PumpOptions options;
    Cancellation cancellation;
    std::vector<Event> events;
    StepSnapshot setup;
    std::unique_ptr<Pump> pump;
    std::optional<Error> error;

    // On the starting thread, where an exception would end the program: it becomes the error.
    void run() noexcept
    {
        try {
            start();
        } catch (const std::bad_alloc&) {
            pump.reset();
            error = Error { .code = ErrorCode::SystemCall, .sysErrno = ENOMEM, .call = "malloc" };
        } catch (const std::system_error& e) {
            pump.reset();
            error = Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" };
        }
    }

    void start()
    {
        auto spawned = spawn(spec, &events, &cancellation);
        if (!spawned) {
            error = spawned.error();
            return;
        }
        setup = readSetup(spec, *spawned);
        auto started = Pump::start(std::move(*spawned), std::move(options));
        if (!started) {
            error = started.error(); // the child was killed and reaped already
            return;
        }
        pump = std::move(*started);
    }
};

LiveFlow::LiveFlow(QObject* parent)
    : QObject(parent)
{
    // A coarse timer may fire up to 5 % late, which shows as a stutter in a plot that moves every frame.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(screenFrameInterval());
    connect(&m_timer, &QTimer::timeout, this, &LiveFlow::tick);
}

// A start in progress is cancelled (its FIFO open returns at once) and joined; the pump's destructor does the rest:
// SIGKILL, reap, close every end, join its threads. The child dies at once, so this waits milliseconds at most.
LiveFlow::~LiveFlow()
{
    if (m_startJob) {
        m_startJob->cancellation.cancel();
        m_startThread.join(); // what it posted is dropped with this object; the job's pump dies with the job
    }
}

std::chrono::milliseconds LiveFlow::screenFrameInterval()
{
    double hz = fallbackRefreshHz;
    if (const QScreen* screen = QGuiApplication::primaryScreen(); screen && screen->refreshRate() >= 1.0)
        hz = screen->refreshRate();
    return std::chrono::milliseconds(std::max(1, static_cast<int>(std::floor(1000.0 / hz))));
}

void LiveFlow::setSampleInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(std::max(interval, std::chrono::milliseconds(1)));
}

std::chrono::milliseconds LiveFlow::sampleInterval() const
{
    return m_timer.intervalAsDuration();
}

void LiveFlow::setPace(std::uint64_t bytesPerSecond)
{
    m_pace = bytesPerSecond;
    if (m_pump)
        m_pump->setPace(bytesPerSecond);
}

bool LiveFlow::start(const SpawnSpec& spec, ParentPolicy policy, const QByteArray& input)
{
    if (isRunning())
        return false;
    m_spec = spec;
    m_policy = policy;
    m_pid = 0;
    m_errorReported = false;
    m_cancelWhenStarted = false;
    m_history.clear();
    m_last = LiveSample {};
    m_startNs = monotonicNs();
    m_setup = StepSnapshot {};
    m_setupEvents.clear();

    auto job = std::make_shared<StartJob>();
    job->spec = spec;
    job->options.policy = policy;
    const auto* data = reinterpret_cast<const std::byte*>(input.constData());
    job->options.input.assign(data, data + input.size());
    job->options.ringCapacity = m_ringCapacity;
    job->options.sink = m_sink;
    job->options.bytesPerSecond = m_pace;
    // Off the GUI thread: fork and exec are quick, but a FIFO's open() waits for whoever opens its other end.
    try {
        m_startThread = std::thread([this, job] {
            job->run();
            QMetaObject::invokeMethod(
                this, [this, job] { finishStart(job); }, Qt::QueuedConnection);
        });
    } catch (const std::system_error& e) {
        Q_EMIT failed(Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" });
        return false;
    }
    m_startJob = job;
    Q_EMIT starting();
    return true;
}

void LiveFlow::finishStart(const std::shared_ptr<StartJob>& job)
{
    if (job != m_startJob)
        return;
    m_startThread.join(); // it posted this as the last thing it did
    m_startJob.reset();
    m_setupEvents = std::move(job->events);
    m_setup = std::move(job->setup);
    for (const Event& e : m_setupEvents)
        Q_EMIT coreEvent(e);
    if (!job->pump) {
        Q_EMIT failed(job->error.value_or(Error { .code = ErrorCode::Cancelled }));
        return;
    }
    m_pump = std::move(job->pump);
    m_pid = m_pump->pid();
    m_pump->setPace(m_pace); // a change while it was starting
    m_history.push_back({ m_startNs, {} });
    m_timer.start();
    if (m_cancelWhenStarted)
        m_pump->cancel();
    Q_EMIT started(m_pid);
}

StepSnapshot LiveFlow::readSetup(const SpawnSpec& spec, const Spawned& spawned)
{
    StepSnapshot setup;
    // Read before the pump starts: nothing has been written, closed or reaped yet, and the pump's own fds (its
    // wake-up eventfd) are not there to be mistaken for the session's.
    setup.position = planHandles(spec, Lens::Posix).steps.size();
    setup.childPid = spawned.child.pid();
    // The six values _get_handles returned: the child's ends are closed in the parent by now, but their numbers
    // still name what the child dup2()ed onto 0, 1 and 2.
    setup.handles = spawned.handles;
    if (auto own = inspectFds(::getpid())) {
        const std::array<int, 3> kept { spawned.stdinPipe.get(), spawned.stdoutPipe.get(), spawned.stderrPipe.get() };
        for (const FdEntry& e : *own)
            if (e.fd <= 2 || std::ranges::find(kept, e.fd) != kept.end())
                setup.parentFds.push_back(e);
    }
    // A child that already exited leaves no table: the diagram then shows it gone.
    if (auto child = inspectFds(spawned.child.pid()))
        setup.childFds = std::move(*child);
    return setup;
}

bool LiveFlow::feed(const QByteArray& bytes)
{
    if (!m_pump)
        return false;
    return m_pump->feed(std::as_bytes(std::span(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
}

bool LiveFlow::feedLine(const QByteArray& line)
{
    return feed(line + '\n');
}

void LiveFlow::closeStdin()
{
    if (m_pump)
        m_pump->closeStdin();
}

void LiveFlow::cancel()
{
    if (m_pump) {
        m_pump->cancel();
    } else if (m_startJob) {
        m_cancelWhenStarted = true;
        m_startJob->cancellation.cancel(); // a FIFO's waiting open() returns at once
    }
}

LiveSample LiveFlow::convert(PumpSnapshot& snap)
{
    LiveSample out;
    out.sequence = snap.sequence;
    out.seconds = secondsBetween(m_startNs, snap.timeNs);
    out.pid = snap.pid;

    std::array<std::int64_t, 3> counters {};
    for (Stream s : allStreams) {
        const auto i = static_cast<std::size_t>(s);
        StreamSample& in = snap.streams[i];
        LiveStream& stream = out.streams[i];
        stream.piped = in.piped;
        stream.open = in.open;
        stream.bytes = in.bytes;
        stream.fresh
            = QByteArray(reinterpret_cast<const char*>(in.fresh.data()), static_cast<qsizetype>(in.fresh.size()));
        stream.freshOffset = in.offset;
        stream.skipped = in.skipped;
        if (in.fill) {
            stream.hasFill = true;
            stream.fillBytes = in.fill->bytes;
            stream.fillCapacity = in.fill->capacity;
        }
        stream.holders = std::move(in.holders);
        counters[i] = in.bytes;
    }

    // bytes/s against the oldest sample still inside the window.
    m_history.push_back({ snap.timeNs, counters });
    while (m_history.size() > 2 && snap.timeNs - m_history[1].first >= rateWindowNs)
        m_history.pop_front();
    const auto& [thenNs, then] = m_history.front();
    const double span = secondsBetween(thenNs, snap.timeNs);
    if (span > 0)
        for (std::size_t i = 0; i < counters.size(); ++i)
            out.streams[i].bytesPerSecond = static_cast<double>(counters[i] - then[i]) / span;

    out.parent = snap.parent;
    out.child = snap.child;
    out.verdict = snap.verdict;
    if (snap.deadlockSinceNs > 0)
        out.deadlockSince = secondsBetween(m_startNs, snap.deadlockSinceNs);
    out.stdinBrokenPipe = snap.stdinBrokenPipe;
    out.cancelled = snap.cancelled;
    out.finished = snap.finished;
    out.exit = snap.exit;
    return out;
}

void LiveFlow::tick()
{
    if (!m_pump)
        return;
    PumpSnapshot snap = m_pump->sample();
    // Taken after the sample: when it says finished, every event of the run is in the queue already.
    std::vector<Event> events = m_pump->takeEvents();
    m_last = convert(snap);
    const bool done = snap.finished;
    if (done) {
        m_timer.stop();
        m_pump.reset(); // its threads are done: this only joins them
    }

    // Signals last: a slot may cancel, or start the next run from finished().
    Q_EMIT sampled(m_last);
    for (const Event& e : events)
        if (!isDataEvent(e))
            Q_EMIT coreEvent(e);
    if (snap.error && !m_errorReported) {
        m_errorReported = true;
        Q_EMIT failed(*snap.error);
    }
    if (done)
        Q_EMIT finished(snap.exit.value_or(ExitStatus {}));
}
