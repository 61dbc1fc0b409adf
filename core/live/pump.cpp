// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/pump.h"

#include "base/names.h"
#include "live/pace.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <limits>
#include <mutex>
#include <poll.h>
#include <string>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace pipescope {

namespace {

constexpr std::pair<ParentPolicy, std::string_view> parentPolicyNames[] {
    { ParentPolicy::Communicate, "communicate" },
    { ParentPolicy::Naive, "naive" },
    { ParentPolicy::WaitFirst, "wait-first" },
    { ParentPolicy::Manual, "manual" },
    { ParentPolicy::CloseEarly, "close-early" },
};

constexpr std::size_t ioChunk = 64 * 1024;
constexpr std::size_t minEvents = 16; // more than the non-data events one run can produce
constexpr int noPidfdPollMs = 10; // without a pidfd the child's exit is only seen by looking
constexpr int unjamWaitMs = 100; // how long a killed child gets to release the naive thread by itself
constexpr int unjamRepeatMs = 5;
constexpr int paceRecheckMs = 50; // the longest a paced naive thread sleeps before it looks at the pace again
// The shortest wait for a pace: bytes move in steps of 10 ms' worth, not one at a time (256 B/s would mean a
// one-byte read every 4 ms, 64 KiB/s a wake-up per millisecond).
constexpr int paceMinWaitMs = 10;
// A deadlock is only reported once it held for this many state samples with nothing moving: a transient
// "both asleep" (each about to be woken by the other) must not be called one.
constexpr int deadlockConfirmSamples = 2;
// Looking for who else holds a pipe can mean reading every process's fds: not at every state sample.
constexpr std::int64_t holderScanIntervalNs = 200'000'000;

std::size_t index(Stream s)
{
    return static_cast<std::size_t>(s);
}

bool isDataEvent(const Event& e)
{
    return e.kind == EventKind::DataRead || e.kind == EventKind::StdinWritten;
}

void setBlocking(int fd, bool blocking)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0)
        return;
    const int wanted = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    if (wanted != flags)
        ::fcntl(fd, F_SETFL, wanted);
}

int currentTid()
{
    return static_cast<int>(::syscall(SYS_gettid));
}

// The most recent bytes of a stream, with the stream's exact length. With slack, the pump reads straight into it
// (no copy per read): the kernel fills the slack region just past the visible window, which no sampler reads.
class Ring
{
public:
    Ring(std::size_t capacity, std::size_t slack)
        : m_data(capacity + slack)
        , m_capacity(static_cast<std::int64_t>(capacity))
    {
    }

    std::int64_t total() const { return m_total; }
    std::int64_t oldest() const { return std::max<std::int64_t>(0, m_total - m_capacity); }

    void append(std::span<const std::byte> bytes)
    {
        m_total += static_cast<std::int64_t>(bytes.size());
        if (m_data.empty())
            return;
        if (bytes.size() > m_data.size())
            bytes = bytes.last(m_data.size());
        const std::size_t start = position(m_total - static_cast<std::int64_t>(bytes.size()));
        const std::size_t first = std::min(bytes.size(), m_data.size() - start);
        std::memcpy(m_data.data() + start, bytes.data(), first);
        std::memcpy(m_data.data(), bytes.data() + first, bytes.size() - first);
    }

    // Where the next bytes go: at most `max` (<= slack) contiguous bytes, outside what oldest() exposes. Only the
    // thread that commits calls it, so it needs no lock.
    std::span<std::byte> reserve(std::size_t max)
    {
        const std::size_t start = position(m_total);
        return std::span(m_data).subspan(start, std::min(max, m_data.size() - start));
    }
    void commit(std::size_t n) { m_total += static_cast<std::int64_t>(n); }

    // Appends the bytes from stream offset `from` (>= oldest()) to the end.
    void copyFrom(std::int64_t from, std::vector<std::byte>& out) const
    {
        const auto count = static_cast<std::size_t>(m_total - from);
        if (count == 0)
            return;
        const std::size_t start = position(from);
        const std::size_t first = std::min(count, m_data.size() - start);
        out.insert(out.end(), m_data.begin() + static_cast<std::ptrdiff_t>(start),
            m_data.begin() + static_cast<std::ptrdiff_t>(start + first));
        out.insert(out.end(), m_data.begin(), m_data.begin() + static_cast<std::ptrdiff_t>(count - first));
    }

private:
    std::size_t position(std::int64_t offset) const { return static_cast<std::size_t>(offset) % m_data.size(); }

    std::vector<std::byte> m_data;
    std::int64_t m_capacity = 0;
    std::int64_t m_total = 0;
};

} // namespace

std::string_view parentPolicyName(ParentPolicy p)
{
    return detail::nameOf<ParentPolicy>(parentPolicyNames, p);
}

std::optional<ParentPolicy> parentPolicyFromName(std::string_view name)
{
    return detail::valueOf<ParentPolicy>(parentPolicyNames, name);
}

// Threads: the caller's (the public methods: lock, copy, poke the eventfd), the pump thread (poll loop, reaping,
// /proc sampling) and, under Naive only, the naive parent thread (blocking I/O on the pipes). Everything both sides
// touch is guarded by m_mutex; fds are closed under it so that the pump thread never measures a reused number.
class Pump::Impl
{
public:
    Impl(Spawned spawned, PumpOptions options)
        : m_options(std::move(options))
        , m_spawned(std::move(spawned))
        , m_rings { Ring(m_options.ringCapacity, 0), Ring(m_options.ringCapacity, outputSlack(m_options)),
            Ring(m_options.ringCapacity, outputSlack(m_options)) }
    {
        m_options.maxEvents = std::max(m_options.maxEvents, minEvents);
        m_rate.store(m_options.bytesPerSecond);
        for (Pace& pace : m_paces)
            pace = Pace(m_options.bytesPerSecond);
        m_pid = m_spawned.child.pid();
        m_tree = std::make_unique<ProcessTree>(m_pid);
        for (Stream s : allStreams) {
            const UniqueFd& fd = fdOf(s);
            m_piped[index(s)] = fd.valid();
            m_open[index(s)] = fd.valid();
            m_fdNumber[index(s)] = fd.get();
            m_inode[index(s)] = ownInodeOf(fd.get());
        }
    }

    ~Impl()
    {
        cancel();
        if (m_thread.joinable())
            m_thread.join();
    }

    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    Result<void> launch()
    {
        m_wake = UniqueFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
        if (!m_wake)
            return sysError("eventfd");
        // One poll() waits for the pipes, the commands and the child's exit together.
        if (m_spawned.child.running())
            m_pidfd = openPidfd(m_pid);
        // Naive is the bug of a parent using plain blocking file objects; the others never block on a pipe.
        const bool blocking = blocksOnPipes(m_options.policy);
        for (Stream s : allStreams)
            if (fdOf(s))
                setBlocking(fdOf(s).get(), blocking);
        try {
            m_thread = std::thread([this] { run(); });
        } catch (const std::system_error& e) {
            return Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" };
        }
        return {};
    }

    int pid() const { return m_pid; }

    PumpSnapshot sample()
    {
        PumpSnapshot snap;
        const std::lock_guard lock(m_mutex);
        snap.sequence = ++m_sequence;
        snap.timeNs = monotonicNs();
        snap.pid = m_pid;
        for (Stream s : allStreams) {
            const std::size_t i = index(s);
            StreamSample& out = snap.streams[i];
            const Ring& ring = m_rings[i];
            out.piped = m_piped[i];
            out.open = m_open[i];
            out.bytes = ring.total();
            out.offset = std::max(m_cursor[i], ring.oldest());
            out.skipped = out.offset - m_cursor[i];
            ring.copyFrom(out.offset, out.fresh);
            out.fill = m_fill[i];
            out.inode = m_inode[i];
            out.holders = m_holders[i];
            m_cursor[i] = ring.total();
        }
        snap.parent = m_parentState;
        snap.child = m_childState;
        snap.stateTimeNs = m_stateTimeNs;
        snap.verdict = m_verdict;
        snap.deadlockSinceNs = m_deadlockSinceNs;
        snap.stdinBrokenPipe = m_brokenPipe;
        snap.cancelled = m_cancelled;
        snap.finished = m_finished;
        snap.exit = m_exit;
        snap.error = m_error;
        snap.eventsCoalesced = m_coalesced;
        return snap;
    }

    std::vector<Event> takeEvents()
    {
        const std::lock_guard lock(m_mutex);
        std::vector<Event> out(std::make_move_iterator(m_events.begin()), std::make_move_iterator(m_events.end()));
        m_events.clear();
        return out;
    }

    std::vector<std::byte> recentBytes(Stream s) const
    {
        const std::lock_guard lock(m_mutex);
        std::vector<std::byte> out;
        const Ring& ring = m_rings[index(s)];
        ring.copyFrom(ring.oldest(), out);
        return out;
    }

    bool feed(std::span<const std::byte> bytes)
    {
        if (m_options.policy != ParentPolicy::Manual || !m_piped[index(Stream::Stdin)])
            return false;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_open[index(Stream::Stdin)] || m_closeStdinRequested || m_cancelRequested || m_finished)
                return false;
            if (bytes.size() > m_options.maxPendingInput - std::min(m_pendingInput, m_options.maxPendingInput))
                return false;
            m_fed.insert(m_fed.end(), bytes.begin(), bytes.end());
            m_pendingInput += bytes.size();
        }
        wake();
        return true;
    }

    void closeStdin()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closeStdinRequested = true;
        }
        wake();
    }

    void setPace(std::uint64_t bytesPerSecond)
    {
        m_rate.store(bytesPerSecond);
        wake(); // a stream waiting for its pace looks again
    }

    void cancel()
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_finished || m_cancelRequested)
                return;
            m_cancelRequested = true;
        }
        m_cancelFlag.store(true);
        wake();
    }

    bool finished() const
    {
        const std::lock_guard lock(m_mutex);
        return m_finished;
    }

    bool waitFinished(std::chrono::milliseconds timeout) const
    {
        std::unique_lock lock(m_mutex);
        return m_finishedCv.wait_for(lock, timeout, [this] { return m_finished; });
    }

private:
    // The poll loop reads stdout/stderr straight into their rings. The naive thread does not: its blocking read
    // would hold the slack for as long as it sleeps, and its speed is not the point.
    static std::size_t outputSlack(const PumpOptions& options) { return blocksOnPipes(options.policy) ? 0 : ioChunk; }

    UniqueFd& fdOf(Stream s)
    {
        switch (s) {
        case Stream::Stdin:
            return m_spawned.stdinPipe;
        case Stream::Stdout:
            return m_spawned.stdoutPipe;
        case Stream::Stderr:
            break;
        }
        return m_spawned.stderrPipe;
    }

    void wake()
    {
        const std::uint64_t one = 1;
        // Only fails when the counter would overflow: the pump is then awake anyway.
        [[maybe_unused]] const ssize_t n = ::write(m_wake.get(), &one, sizeof one);
    }

    void clearWake()
    {
        std::uint64_t value = 0;
        [[maybe_unused]] const ssize_t n = ::read(m_wake.get(), &value, sizeof value);
    }

    // ---- events (m_mutex held)

    void pushLocked(Event e)
    {
        if (e.timeNs == 0)
            e.timeNs = monotonicNs();
        if (e.pid == 0)
            e.pid = ::getpid();
        if (isDataEvent(e) && !m_events.empty() && m_events.back().kind == e.kind
            && m_events.back().stream == e.stream) {
            m_events.back().bytes += e.bytes;
            m_events.back().timeNs = e.timeNs;
            ++m_coalesced;
            return;
        }
        if (m_events.size() >= m_options.maxEvents)
            compactLocked();
        if (m_events.size() >= m_options.maxEvents) {
            m_events.pop_front(); // unreachable with minEvents: one run has fewer non-data events
            ++m_coalesced;
        }
        m_events.push_back(std::move(e));
    }

    // The consumer fell behind: every data event merges into the first one of its kind and stream. Counts stay
    // exact and each stream's order is kept (a stream's DataRead all come before its StreamEof).
    void compactLocked()
    {
        std::deque<Event> kept;
        for (Event& e : m_events) {
            if (isDataEvent(e)) {
                auto first = std::find_if(kept.begin(), kept.end(),
                    [&e](const Event& k) { return k.kind == e.kind && k.stream == e.stream; });
                if (first != kept.end()) {
                    first->bytes += e.bytes;
                    ++m_coalesced;
                    continue;
                }
            }
            kept.push_back(std::move(e));
        }
        m_events = std::move(kept);
    }

    void pushEvent(Event e)
    {
        const std::lock_guard lock(m_mutex);
        pushLocked(std::move(e));
    }

    // Bytes moved on a stream: counted now, reported as one event per dataEventInterval at most.
    void noteDataLocked(Stream s, std::int64_t bytes, std::int64_t now, bool force)
    {
        const std::size_t i = index(s);
        m_unreported[i] += bytes;
        if (m_unreported[i] == 0)
            return;
        if (!force && now - m_lastDataEventNs[i] < std::chrono::nanoseconds(m_options.dataEventInterval).count())
            return;
        pushLocked({ .timeNs = now,
            .kind = s == Stream::Stdin ? EventKind::StdinWritten : EventKind::DataRead,
            .stream = s,
            .bytes = m_unreported[i] });
        m_unreported[i] = 0;
        m_lastDataEventNs[i] = now;
    }

    bool anyUnreportedLocked() const
    {
        return std::any_of(m_unreported.begin(), m_unreported.end(), [](std::int64_t n) { return n > 0; });
    }

    bool anyUnreported() const
    {
        const std::lock_guard lock(m_mutex);
        return anyUnreportedLocked();
    }

    void flushDataEvents(bool force)
    {
        const std::int64_t now = monotonicNs();
        const std::lock_guard lock(m_mutex);
        for (Stream s : allStreams)
            noteDataLocked(s, 0, now, force);
    }

    // Called by the thread doing a stream's I/O with the bytes it just moved.
    void recordData(Stream s, std::span<const std::byte> bytes)
    {
        if (m_options.sink && s != Stream::Stdin)
            m_options.sink(s, bytes);
        const std::int64_t now = monotonicNs();
        const std::lock_guard lock(m_mutex);
        m_rings[index(s)].append(bytes);
        noteDataLocked(s, static_cast<std::int64_t>(bytes.size()), now, false);
    }

    // The poll loop's reads, which landed in the ring's slack already.
    void commitRead(Stream s, std::span<const std::byte> bytes)
    {
        if (m_options.sink)
            m_options.sink(s, bytes);
        const std::int64_t now = monotonicNs();
        const std::lock_guard lock(m_mutex);
        m_rings[index(s)].commit(bytes.size());
        noteDataLocked(s, static_cast<std::int64_t>(bytes.size()), now, false);
    }

    // Closes the parent's end of a stream, with the event saying why.
    void closeEnd(Stream s, EventKind why, int value = 0)
    {
        const std::lock_guard lock(m_mutex);
        UniqueFd& fd = fdOf(s);
        if (!fd)
            return;
        noteDataLocked(s, 0, monotonicNs(), true);
        pushLocked({ .kind = why, .stream = s, .fds = { fd.get() }, .value = value });
        fd.reset();
        m_open[index(s)] = false;
        m_fill[index(s)].reset();
        if (s == Stream::Stdin) {
            // Fed but never written (the child went away meanwhile): nobody will take it.
            m_fed.clear();
            m_fed.shrink_to_fit();
            m_pendingInput = 0;
        }
    }

    // ---- the pump thread

    void run()
    {
        if (blocksOnPipes(m_options.policy))
            runNaive();
        else
            runPoller();
        finish();
    }

    bool reaped() const { return m_spawned.child.status().has_value(); }

    void reportExit()
    {
        const ExitStatus status = *m_spawned.child.status();
        const std::lock_guard lock(m_mutex);
        m_exit = status;
        pushLocked({ .pid = m_pid,
            .kind = status.signaled ? EventKind::ChildSignaled : EventKind::ChildExited,
            .value = status.code });
    }

    void tryReap()
    {
        if (!reaped() && m_spawned.child.tryWait())
            reportExit();
    }

    // The child and everything it started: a grandchild holding a pipe would otherwise keep it open for ever.
    void killChild()
    {
        m_tree->refresh();
        if (!reaped()) {
            pushEvent({ .pid = m_pid, .kind = EventKind::ChildKilled, .value = SIGKILL });
            m_spawned.child.kill(SIGKILL);
        }
        // Whoever holds the child's end of an open pipe was started by it, even if it escaped the tree.
        for (Stream s : allStreams)
            if (fdOf(s) && m_inode[index(s)])
                for (const PipeHolder& h : pipeHolders(*m_inode[index(s)], s != Stream::Stdin, m_tree->memberPids()))
                    if (h.process.pid != m_pid)
                        m_tree->adopt(h.process.pid);
        for (const ProcessInfo& p : m_tree->alive())
            pushEvent({ .pid = p.pid, .kind = EventKind::ChildKilled, .value = SIGKILL });
        m_tree->killAll();
    }

    void reapKilled()
    {
        if (reaped())
            return;
        m_spawned.child.wait(); // SIGKILL was sent: this returns as soon as the kernel has torn it down
        reportExit();
    }

    void fail(Error error)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_error = std::move(error);
        }
        m_cancelFlag.store(true);
    }

    int stateTimeoutMs(std::int64_t nextStateNs) const
    {
        if (m_options.stateInterval.count() <= 0)
            return -1;
        const std::int64_t left = nextStateNs - monotonicNs();
        return left <= 0 ? 0 : static_cast<int>((left + 999'999) / 1'000'000);
    }

    static int minTimeout(int a, int b) { return a < 0 ? b : b < 0 ? a : std::min(a, b); }

    // ---- slow motion: each stream's pace is used by the one thread that does its I/O

    Pace& paceOf(Stream s)
    {
        Pace& pace = m_paces[index(s)];
        pace.setRate(m_rate.load(), monotonicNs());
        return pace;
    }

    // Naive: how many of `wanted` bytes the stream may move, waiting (cancellably) until at least one may. 0 once
    // cancelled.
    std::size_t waitForPace(Stream s, std::size_t wanted)
    {
        for (;;) {
            if (m_cancelFlag.load())
                return 0;
            Pace& pace = paceOf(s);
            if (const std::size_t allowed = pace.allowance(wanted, monotonicNs()); allowed > 0)
                return allowed;
            // A sleep the pump thread's /proc readings show as what it is (not a pipe), short enough for a new pace.
            ::poll(nullptr, 0, std::clamp(pace.waitMs(monotonicNs()), paceMinWaitMs, paceRecheckMs));
        }
    }

    // Communicate, CloseEarly and Manual: one poll() over the commands, the three ends and the child's exit.
    void runPoller()
    {
        m_toWrite = std::move(m_options.input);
        if (closesStdinWhenWritten() && m_toWrite.empty())
            closeEnd(Stream::Stdin, EventKind::StdinClosed);
        std::int64_t nextStateNs = monotonicNs();
        bool stdinReaderGone = false;
        for (;;) {
            bool closeRequested = false;
            bool unreported = false;
            {
                const std::lock_guard lock(m_mutex);
                if (!m_fed.empty()) {
                    // Drop what was written already, or a child that always lags a little would let it grow.
                    m_toWrite.erase(m_toWrite.begin(), m_toWrite.begin() + static_cast<std::ptrdiff_t>(m_writeOffset));
                    m_writeOffset = 0;
                    m_toWrite.insert(m_toWrite.end(), m_fed.begin(), m_fed.end());
                    m_fed.clear();
                }
                closeRequested = m_closeStdinRequested && m_options.policy == ParentPolicy::Manual;
                unreported = anyUnreportedLocked();
            }
            if (m_cancelFlag.load()) {
                cancelPoller();
                return;
            }
            const bool stdinOpen = fdOf(Stream::Stdin).valid();
            const bool pending = m_writeOffset < m_toWrite.size();
            if (stdinOpen && closeRequested && !pending)
                closeEnd(Stream::Stdin, EventKind::StdinClosed);
            const bool outputsOpen = fdOf(Stream::Stdout) || fdOf(Stream::Stderr);
            if (reaped() && !outputsOpen) {
                // Nobody is left to read stdin: what was fed and not written is reported as a broken pipe.
                if (fdOf(Stream::Stdin) && pending)
                    writeStdin();
                if (fdOf(Stream::Stdin))
                    closeEnd(Stream::Stdin, EventKind::StdinClosed);
                return;
            }

            // What each polled fd is for.
            enum class Watch { StdinPipe, StdoutPipe, StderrPipe, ChildExit, Command };
            std::array<pollfd, 5> fds {};
            std::array<Watch, 5> watching {};
            nfds_t n = 0;
            auto watch = [&](int fd, short events, Watch what) {
                fds[n] = pollfd { .fd = fd, .events = events, .revents = 0 };
                watching[n++] = what;
            };
            watch(m_wake.get(), POLLIN, Watch::Command);
            // In slow motion a stream whose pace allows nothing yet is not served: its pipe fills (or empties) and the
            // child really waits, until the pace allows the next bytes.
            int paceWait = -1;
            const auto paced = [&](Stream s) {
                const int wait = paceOf(s).waitMs(monotonicNs());
                if (wait > 0)
                    paceWait = minTimeout(paceWait, std::max(wait, paceMinWaitMs));
                return wait == 0;
            };
            // Without data to write, stdin is still watched (events 0) to learn that the child closed its end.
            if (fdOf(Stream::Stdin) && (pending || !stdinReaderGone))
                watch(fdOf(Stream::Stdin).get(), pending && paced(Stream::Stdin) ? POLLOUT : 0, Watch::StdinPipe);
            // An output not served is not watched at all: its hangup would wake poll() at once, again and again.
            if (fdOf(Stream::Stdout) && paced(Stream::Stdout))
                watch(fdOf(Stream::Stdout).get(), POLLIN, Watch::StdoutPipe);
            if (fdOf(Stream::Stderr) && paced(Stream::Stderr))
                watch(fdOf(Stream::Stderr).get(), POLLIN, Watch::StderrPipe);
            if (m_pidfd && !reaped())
                watch(m_pidfd.get(), POLLIN, Watch::ChildExit);

            int timeout = stateTimeoutMs(nextStateNs);
            if (unreported)
                timeout = minTimeout(timeout, static_cast<int>(m_options.dataEventInterval.count()));
            if (!m_pidfd && !reaped())
                timeout = minTimeout(timeout, noPidfdPollMs);
            timeout = minTimeout(timeout, paceWait);
            const int ready = ::poll(fds.data(), n, timeout);
            if (ready < 0 && errno != EINTR) {
                fail(sysError("poll"));
                cancelPoller();
                return;
            }
            for (nfds_t k = 0; k < n && ready > 0; ++k) {
                if (!fds[k].revents)
                    continue;
                switch (watching[k]) {
                case Watch::StdinPipe:
                    if (m_writeOffset < m_toWrite.size())
                        // The reader gone (POLLERR) is said by the next write, whatever the pace.
                        writeStdin((fds[k].revents & (POLLERR | POLLHUP)) != 0);
                    else
                        stdinReaderGone = true;
                    break;
                case Watch::StdoutPipe:
                    drain(Stream::Stdout);
                    break;
                case Watch::StderrPipe:
                    drain(Stream::Stderr);
                    break;
                case Watch::ChildExit:
                    tryReap();
                    break;
                case Watch::Command:
                    clearWake();
                    break;
                }
            }
            if (!m_pidfd)
                tryReap();
            flushDataEvents(false);
            if (m_options.stateInterval.count() > 0 && monotonicNs() >= nextStateNs) {
                sampleState();
                nextStateNs = monotonicNs() + std::chrono::nanoseconds(m_options.stateInterval).count();
            }
        }
    }

    void writeStdin(bool readerGone = false)
    {
        const int fd = fdOf(Stream::Stdin).get();
        Pace& pace = paceOf(Stream::Stdin);
        while (m_writeOffset < m_toWrite.size()) {
            std::size_t len = pace.allowance(std::min(m_toWrite.size() - m_writeOffset, ioChunk), monotonicNs());
            if (len == 0 && readerGone)
                len = 1;
            if (len == 0)
                return; // the pace's timeout brings it back
            const ssize_t n = ::write(fd, m_toWrite.data() + m_writeOffset, len);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN)
                return;
            if (n < 0) {
                brokenPipe(errno);
                return;
            }
            pace.spend(static_cast<std::size_t>(n));
            recordData(Stream::Stdin, std::span(m_toWrite).subspan(m_writeOffset, static_cast<std::size_t>(n)));
            m_writeOffset += static_cast<std::size_t>(n);
            const std::lock_guard lock(m_mutex);
            m_pendingInput -= std::min(m_pendingInput, static_cast<std::size_t>(n));
        }
        m_toWrite.clear();
        m_writeOffset = 0;
        if (closesStdinWhenWritten())
            closeEnd(Stream::Stdin, EventKind::StdinClosed);
    }

    bool closesStdinWhenWritten() const
    {
        return m_options.policy == ParentPolicy::Communicate || m_options.policy == ParentPolicy::CloseEarly;
    }

    // EPIPE (or any write error): the child no longer reads; what it did not take is dropped, not fatal.
    void brokenPipe(int err)
    {
        {
            const std::lock_guard lock(m_mutex);
            noteDataLocked(Stream::Stdin, 0, monotonicNs(), true);
            pushLocked({ .kind = EventKind::StdinBrokenPipe,
                .stream = Stream::Stdin,
                .bytes = m_rings[index(Stream::Stdin)].total(),
                .value = err });
            m_brokenPipe = true;
            m_pendingInput = 0;
            m_fed.clear();
        }
        m_toWrite.clear();
        m_writeOffset = 0;
        closeEnd(Stream::Stdin, EventKind::StdinClosed);
    }

    void drain(Stream s)
    {
        const int fd = fdOf(s).get();
        Ring& ring = m_rings[index(s)];
        Pace& pace = paceOf(s);
        // Read until the pipe is empty (or the pace allows no more): one poll() for many reads while the child keeps
        // it full.
        for (;;) {
            const std::size_t allowed = pace.allowance(ioChunk, monotonicNs());
            if (allowed == 0)
                return;
            const std::span<std::byte> region = ring.reserve(allowed);
            const ssize_t n = ::read(fd, region.data(), region.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN)
                return;
            if (n <= 0) {
                closeEnd(s, EventKind::StreamEof, n < 0 ? errno : 0);
                return;
            }
            pace.spend(static_cast<std::size_t>(n));
            commitRead(s, region.first(static_cast<std::size_t>(n)));
            if (s == Stream::Stdout && m_options.policy == ParentPolicy::CloseEarly) {
                // proc.stdout.close(): the read end is gone, and with it the child's only reader.
                closeEnd(s, EventKind::ParentClosed);
                return;
            }
            // A short read means the pipe is empty now: skip the read that would only say EAGAIN.
            if (static_cast<std::size_t>(n) < region.size())
                return;
        }
    }

    void cancelPoller()
    {
        killChild();
        for (Stream s : allStreams)
            closeEnd(s, s == Stream::Stdin ? EventKind::StdinClosed : EventKind::ParentClosed);
        reapKilled();
        markCancelled();
    }

    void markCancelled()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = m_cancelRequested;
    }

    // Naive: the naive parent thread does the I/O; this thread reaps, samples /proc and handles cancel().
    void runNaive()
    {
        try {
            m_naive = std::thread([this] { naiveParent(); });
        } catch (const std::system_error& e) {
            fail(Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" });
            killChild();
            for (Stream s : allStreams)
                closeEnd(s, s == Stream::Stdin ? EventKind::StdinClosed : EventKind::ParentClosed);
            reapKilled();
            markCancelled();
            return;
        }
        std::int64_t nextStateNs = monotonicNs();
        for (;;) {
            if (m_cancelFlag.load()) {
                killChild();
                reapKilled();
                waitForNaive();
                markCancelled();
                return;
            }
            if (m_naiveDone.load() && reaped()) {
                m_naive.join();
                return;
            }
            std::array<pollfd, 2> fds {};
            nfds_t n = 0;
            fds[n++] = pollfd { .fd = m_wake.get(), .events = POLLIN, .revents = 0 };
            if (m_pidfd && !reaped())
                fds[n++] = pollfd { .fd = m_pidfd.get(), .events = POLLIN, .revents = 0 };
            int timeout = stateTimeoutMs(nextStateNs);
            if (anyUnreported())
                timeout = minTimeout(timeout, static_cast<int>(m_options.dataEventInterval.count()));
            if (!m_pidfd && !reaped())
                timeout = minTimeout(timeout, noPidfdPollMs);
            const int ready = ::poll(fds.data(), n, timeout);
            if (ready < 0 && errno != EINTR) {
                fail(sysError("poll"));
                continue;
            }
            if (fds[0].revents)
                clearWake();
            tryReap();
            flushDataEvents(false);
            if (m_options.stateInterval.count() > 0 && monotonicNs() >= nextStateNs) {
                sampleState();
                nextStateNs = monotonicNs() + std::chrono::nanoseconds(m_options.stateInterval).count();
            }
        }
    }

    // The child is dead, which normally ends the naive thread's blocking call (EPIPE or EOF). A grandchild that
    // inherited the pipes can keep it blocked, so after a grace period the pump serves the other side itself: it
    // opens a new end of the same pipe through /proc/self/fd and empties (or feeds) it. The naive thread wakes,
    // sees the cancel flag and stops.
    void waitForNaive()
    {
        int waitMs = unjamWaitMs;
        while (!m_naiveDone.load()) {
            pollfd fd { .fd = m_wake.get(), .events = POLLIN, .revents = 0 };
            if (::poll(&fd, 1, waitMs) > 0) {
                clearWake();
                continue;
            }
            unjamNaive();
            waitMs = unjamRepeatMs; // a pipe smaller than one blocked write needs several rounds
        }
        m_naive.join();
    }

    void unjamNaive()
    {
        const std::lock_guard lock(m_mutex);
        for (Stream s : allStreams) {
            const UniqueFd& end = fdOf(s);
            if (!end)
                continue;
            const std::string path = "/proc/self/fd/" + std::to_string(end.get());
            const bool isStdin = s == Stream::Stdin;
            const UniqueFd other(::open(path.c_str(), (isStdin ? O_RDONLY : O_WRONLY) | O_NONBLOCK | O_CLOEXEC));
            if (!other)
                continue;
            std::array<std::byte, 4096> scratch {};
            if (isStdin) {
                while (::read(other.get(), scratch.data(), scratch.size()) > 0) { }
            } else {
                [[maybe_unused]] const ssize_t n = ::write(other.get(), scratch.data(), 1);
            }
        }
    }

    // The parent as the common bug writes it: blocking calls, one stream after the other.
    void naiveParent()
    {
        m_naiveTid.store(currentTid());
        if (fdOf(Stream::Stdin)) {
            const std::vector<std::byte>& input = m_options.input;
            std::size_t offset = 0;
            // Chunks of 64 KiB only so the counters move while it writes; each call still blocks like one big write.
            while (offset < input.size() && !m_cancelFlag.load()) {
                const std::size_t len = waitForPace(Stream::Stdin, std::min(input.size() - offset, ioChunk));
                if (len == 0)
                    break; // cancelled
                const ssize_t n = ::write(fdOf(Stream::Stdin).get(), input.data() + offset, len);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0) {
                    const int err = errno;
                    if (!m_cancelFlag.load()) {
                        const std::lock_guard lock(m_mutex);
                        noteDataLocked(Stream::Stdin, 0, monotonicNs(), true);
                        pushLocked({ .kind = EventKind::StdinBrokenPipe,
                            .stream = Stream::Stdin,
                            .bytes = static_cast<std::int64_t>(offset),
                            .value = err });
                        m_brokenPipe = true;
                    }
                    break;
                }
                m_paces[index(Stream::Stdin)].spend(static_cast<std::size_t>(n));
                recordData(Stream::Stdin, std::span(input).subspan(offset, static_cast<std::size_t>(n)));
                offset += static_cast<std::size_t>(n);
            }
            closeEnd(Stream::Stdin, EventKind::StdinClosed);
        }
        if (m_options.policy == ParentPolicy::WaitFirst)
            waitForExit();
        std::vector<std::byte> buffer(ioChunk);
        for (Stream s : { Stream::Stdout, Stream::Stderr }) {
            if (!fdOf(s))
                continue;
            for (;;) {
                const std::size_t allowed = waitForPace(s, buffer.size());
                if (m_cancelFlag.load() || allowed == 0) {
                    closeEnd(s, EventKind::ParentClosed);
                    break;
                }
                const ssize_t n = ::read(fdOf(s).get(), buffer.data(), allowed);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0) {
                    closeEnd(s, EventKind::StreamEof, n < 0 ? errno : 0);
                    break;
                }
                if (m_cancelFlag.load())
                    continue; // what an unjam wrote is not the child's
                m_paces[index(s)].spend(static_cast<std::size_t>(n));
                recordData(s, std::span(buffer).first(static_cast<std::size_t>(n)));
            }
        }
        m_naiveDone.store(true);
        wake();
    }

    // Popen.wait() before reading: a real waitid() on this thread, so /proc shows the parent asleep in it. WNOWAIT
    // leaves the reaping to the pump thread; once it has reaped, waitid fails with ECHILD, which means the same.
    void waitForExit()
    {
        siginfo_t info {};
        while (::waitid(P_PID, static_cast<id_t>(m_pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR) { }
    }

    // ---- live state: pipe fill and who sleeps where

    std::optional<Stream> streamOfInode(std::optional<std::uint64_t> inode) const
    {
        if (!inode)
            return std::nullopt;
        for (Stream s : allStreams)
            if (m_inode[index(s)] == inode)
                return s;
        return std::nullopt;
    }

    // After the child was reaped, a pipe that stays open is held by someone else: find who.
    void findHolders(std::int64_t now, const std::array<bool, 3>& open)
    {
        std::array<std::vector<PipeHolder>, 3> holders;
        if (reaped() && now - m_lastHolderScanNs >= holderScanIntervalNs) {
            m_lastHolderScanNs = now;
            const std::vector<pid_t> members = m_tree->memberPids();
            for (Stream s : allStreams)
                if (open[index(s)] && m_inode[index(s)])
                    holders[index(s)] = pipeHolders(*m_inode[index(s)], s != Stream::Stdin, members);
        } else if (reaped()) {
            const std::lock_guard lock(m_mutex);
            holders = m_holders;
            for (Stream s : allStreams)
                if (!open[index(s)])
                    holders[index(s)].clear();
        }
        const std::lock_guard lock(m_mutex);
        m_holders = std::move(holders);
    }

    void sampleState()
    {
        const std::int64_t now = monotonicNs();
        m_tree->refresh();
        std::array<std::optional<PipeFill>, 3> fill;
        std::array<bool, 3> open {};
        std::array<std::int64_t, 3> totals {};
        {
            const std::lock_guard lock(m_mutex);
            for (Stream s : allStreams) {
                const std::size_t i = index(s);
                open[i] = fdOf(s).valid();
                if (open[i])
                    fill[i] = measurePipe(fdOf(s).get());
                totals[i] = m_rings[i].total();
            }
        }

        BlockedOn child { .process = Actor::Child, .pid = m_pid };
        if (!reaped()) {
            if (const auto st = readThreadState(m_pid)) {
                const auto& line = st->syscall;
                std::optional<Stream> stream;
                if (line.state == SyscallLine::State::InSyscall
                    && line.args[0] <= static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
                    stream = streamOfInode(pipeInodeOf(m_pid, static_cast<int>(line.args[0])));
                child = classifyBlocked(
                    Actor::Child, line, st->wchan, stream, stream ? fill[index(*stream)] : std::nullopt);
                child.pid = m_pid;
            }
        }

        BlockedOn parent { .process = Actor::Parent, .observed = true, .pid = ::getpid(), .tid = currentTid() };
        const int naiveTid = m_naiveTid.load();
        if (blocksOnPipes(m_options.policy) && naiveTid > 0 && !m_naiveDone.load()) {
            parent = { .process = Actor::Parent, .pid = ::getpid(), .tid = naiveTid };
            if (const auto st = readThreadState(::getpid(), naiveTid)) {
                const auto& line = st->syscall;
                std::optional<Stream> stream;
                for (Stream s : allStreams)
                    if (open[index(s)] && line.state == SyscallLine::State::InSyscall
                        && line.args[0] == static_cast<std::uint64_t>(m_fdNumber[index(s)]))
                        stream = s;
                parent = classifyBlocked(
                    Actor::Parent, line, st->wchan, stream, stream ? fill[index(*stream)] : std::nullopt);
                parent.pid = ::getpid();
                parent.tid = naiveTid;
            }
        }

        findHolders(now, open);
        Verdict verdict = judge(parent, child);
        if (reaped()) {
            const std::lock_guard lock(m_mutex);
            if (std::ranges::any_of(m_holders, [](const auto& h) { return !h.empty(); }))
                verdict = Verdict::HeldOpen;
        }
        if (verdict == Verdict::Deadlock) {
            // Confirmed only when it held across samples with no byte moved and no pipe level changed.
            const bool same = m_deadlockSamples > 0 && totals == m_deadlockTotals && fill == m_deadlockFill;
            m_deadlockSamples = same ? m_deadlockSamples + 1 : 1;
            if (m_deadlockSamples == 1)
                m_deadlockFirstNs = now;
            m_deadlockTotals = totals;
            m_deadlockFill = fill;
            if (m_deadlockSamples < deadlockConfirmSamples)
                verdict = Verdict::Running;
        } else {
            m_deadlockSamples = 0;
        }

        const std::lock_guard lock(m_mutex);
        m_fill = fill;
        m_parentState = parent;
        m_childState = child;
        m_stateTimeNs = now;
        m_verdict = verdict;
        m_deadlockSinceNs = verdict == Verdict::Deadlock ? m_deadlockFirstNs : 0;
    }

    void finish()
    {
        if (m_naive.joinable())
            m_naive.join();
        if (!reaped()) {
            killChild(); // only after a failure; normally the loops return once the child was reaped
            reapKilled();
        }
        for (Stream s : allStreams)
            closeEnd(s, s == Stream::Stdin ? EventKind::StdinClosed : EventKind::ParentClosed);
        m_pidfd.reset();
        flushDataEvents(true);
        {
            const std::lock_guard lock(m_mutex);
            m_fill = {};
            m_holders = {};
            m_parentState = { .process = Actor::Parent, .observed = true, .pid = ::getpid() };
            m_childState = { .process = Actor::Child, .pid = m_pid };
            m_verdict = Verdict::Finished;
            m_deadlockSinceNs = 0;
            m_finished = true;
        }
        m_finishedCv.notify_all();
    }

    // Immutable once the threads run.
    PumpOptions m_options;
    int m_pid = -1;
    std::array<bool, 3> m_piped {};
    std::array<int, 3> m_fdNumber {};
    std::array<std::optional<std::uint64_t>, 3> m_inode;
    UniqueFd m_wake;

    // The pump thread's (the fds: also the naive thread's, closed under m_mutex).
    Spawned m_spawned;
    UniqueFd m_pidfd;
    std::unique_ptr<ProcessTree> m_tree;
    std::int64_t m_lastHolderScanNs = 0;
    std::thread m_thread;
    std::thread m_naive;
    std::vector<std::byte> m_toWrite;
    std::size_t m_writeOffset = 0;
    int m_deadlockSamples = 0;
    std::int64_t m_deadlockFirstNs = 0;
    std::array<std::int64_t, 3> m_deadlockTotals {};
    std::array<std::optional<PipeFill>, 3> m_deadlockFill;

    std::atomic<bool> m_cancelFlag { false };
    std::atomic<std::uint64_t> m_rate { 0 }; // slow motion (bytes per second; 0: full speed), for every stream
    std::array<Pace, 3> m_paces; // by Stream; each used by the thread that does that stream's I/O
    std::atomic<bool> m_naiveDone { false };
    std::atomic<int> m_naiveTid { 0 };

    // Shared: m_mutex.
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_finishedCv;
    std::array<Ring, 3> m_rings;
    std::array<bool, 3> m_open {};
    std::array<std::int64_t, 3> m_cursor {};
    std::array<std::optional<PipeFill>, 3> m_fill;
    std::array<std::vector<PipeHolder>, 3> m_holders;
    std::array<std::int64_t, 3> m_unreported {};
    std::array<std::int64_t, 3> m_lastDataEventNs {};
    BlockedOn m_parentState { .process = Actor::Parent };
    BlockedOn m_childState { .process = Actor::Child };
    std::int64_t m_stateTimeNs = 0;
    Verdict m_verdict = Verdict::Running;
    std::int64_t m_deadlockSinceNs = 0;
    bool m_brokenPipe = false;
    bool m_closeStdinRequested = false;
    bool m_cancelRequested = false;
    bool m_cancelled = false;
    bool m_finished = false;
    std::optional<ExitStatus> m_exit;
    std::optional<Error> m_error;
    std::deque<Event> m_events;
    std::int64_t m_coalesced = 0;
    std::uint64_t m_sequence = 0;
    std::vector<std::byte> m_fed; // Manual: fed, not yet taken by the pump thread
    std::size_t m_pendingInput = 0; // fed and not yet written
};

Result<std::unique_ptr<Pump>> Pump::start(Spawned spawned, PumpOptions options)
{
    ignoreSigpipe(); // the naive thread's blocking write must get EPIPE, not kill the process
    if (spawned.child.pid() <= 0)
        return Error { .code = ErrorCode::SystemCall, .sysErrno = ECHILD, .call = "waitpid" };
    auto impl = std::make_unique<Impl>(std::move(spawned), std::move(options));
    if (auto launched = impl->launch(); !launched)
        return launched.error(); // ~Impl: the child is killed and reaped, the fds closed
    return std::unique_ptr<Pump>(new Pump(std::move(impl)));
}

Pump::Pump(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Pump::~Pump() = default;

int Pump::pid() const
{
    return m_impl->pid();
}

PumpSnapshot Pump::sample()
{
    return m_impl->sample();
}

std::vector<Event> Pump::takeEvents()
{
    return m_impl->takeEvents();
}

std::vector<std::byte> Pump::recentBytes(Stream s) const
{
    return m_impl->recentBytes(s);
}

bool Pump::feed(std::span<const std::byte> bytes)
{
    return m_impl->feed(bytes);
}

bool Pump::feed(std::string_view text)
{
    return m_impl->feed(std::as_bytes(std::span(text)));
}

void Pump::closeStdin()
{
    m_impl->closeStdin();
}

void Pump::cancel()
{
    m_impl->cancel();
}

void Pump::setPace(std::uint64_t bytesPerSecond)
{
    m_impl->setPace(bytesPerSecond);
}

bool Pump::finished() const
{
    return m_impl->finished();
}

bool Pump::waitFinished(std::chrono::milliseconds timeout) const
{
    return m_impl->waitFinished(timeout);
}

} // namespace pipescope
