// SPDX-License-Identifier: GPL-3.0-or-later
#include "popen/process.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pipescope {

namespace {

constexpr size_t readChunk = 64 * 1024;
constexpr std::int64_t dataEventIntervalNs = 10'000'000; // coalesce DataRead events to one per 10 ms per stream

void setNonBlocking(int fd, bool nonBlocking = true)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0 && !(flags & O_NONBLOCK) != !nonBlocking)
        ::fcntl(fd, F_SETFL, nonBlocking ? flags | O_NONBLOCK : flags & ~O_NONBLOCK);
}

// A pidfd lets one poll() wait for the pipes and the child's exit together.
UniqueFd openPidfd(pid_t pid)
{
    const long fd = ::syscall(SYS_pidfd_open, pid, 0);
    return UniqueFd(fd < 0 ? -1 : static_cast<int>(fd));
}

class Communicator
{
public:
    Communicator(Spawned& spawned, const CommunicateOptions& options, std::vector<Event>* events)
        : m_spawned(spawned)
        , m_options(options)
        , m_events(events)
    {
    }

    Result<CommunicateResult> run()
    {
        const std::int64_t start = monotonicNs();
        const std::int64_t deadline
            = m_options.timeout ? start + std::chrono::nanoseconds(*m_options.timeout).count() : -1;

        if (m_spawned.stdinPipe) {
            if (m_options.input.empty())
                closeStdin();
            else
                setNonBlocking(m_spawned.stdinPipe.get());
        }
        if (deadline < 0 && !m_spawned.stdinPipe && !m_spawned.stdoutPipe != !m_spawned.stderrPipe)
            drainOnlyPipe();
        for (UniqueFd* fd : { &m_spawned.stdoutPipe, &m_spawned.stderrPipe })
            if (*fd)
                setNonBlocking(fd->get());

        // drainOnlyPipe() leaves a reaped child: nothing to poll for.
        UniqueFd pidfd = m_spawned.child.status() ? UniqueFd() : openPidfd(m_spawned.child.pid());
        for (;;) {
            const bool pipesOpen = m_spawned.stdinPipe || m_spawned.stdoutPipe || m_spawned.stderrPipe;
            if (!pipesOpen && m_spawned.child.tryWait())
                break;

            std::array<pollfd, 4> fds {};
            std::array<int, 4> role {}; // 0 stdin, 1 stdout, 2 stderr, 3 the child's exit
            nfds_t n = 0;
            auto watch = [&](int fd, short events, int r) {
                fds[n] = pollfd { .fd = fd, .events = events, .revents = 0 };
                role[n++] = r;
            };
            if (m_spawned.stdinPipe)
                watch(m_spawned.stdinPipe.get(), POLLOUT, 0);
            if (m_spawned.stdoutPipe)
                watch(m_spawned.stdoutPipe.get(), POLLIN, 1);
            if (m_spawned.stderrPipe)
                watch(m_spawned.stderrPipe.get(), POLLIN, 2);
            // Only once the pipes are done: a child that exits leaves its data in the pipes to be read first.
            if (!pipesOpen && pidfd)
                watch(pidfd.get(), POLLIN, 3);

            int waitMs = -1;
            if (deadline >= 0) {
                const std::int64_t left = deadline - monotonicNs();
                if (left <= 0)
                    return timedOut();
                waitMs = static_cast<int>((left + 999'999) / 1'000'000);
            }
            if (!pipesOpen && !pidfd)
                waitMs = waitMs < 0 ? 10 : std::min(waitMs, 10); // no pidfd: look again shortly
            const int ready = ::poll(fds.data(), n, waitMs);
            if (ready < 0 && errno != EINTR)
                return sysError("poll");
            for (nfds_t i = 0; i < n && ready > 0; ++i) {
                if (!fds[i].revents)
                    continue;
                if (role[i] == 0)
                    writeStdin();
                else if (role[i] == 3)
                    m_spawned.child.tryWait();
                else
                    drain(role[i] == 1 ? Stream::Stdout : Stream::Stderr);
            }
        }
        m_result.exit = *m_spawned.child.status();
        add({ .pid = m_spawned.child.pid(),
            .kind = m_result.exit.signaled ? EventKind::ChildSignaled : EventKind::ChildExited,
            .value = m_result.exit.code });
        return m_result;
    }

private:
    void add(Event e)
    {
        if (!m_events)
            return;
        if (e.timeNs == 0)
            e.timeNs = monotonicNs();
        if (e.pid == 0)
            e.pid = ::getpid();
        m_events->push_back(std::move(e));
    }

    void closeStdin()
    {
        add({ .kind = EventKind::StdinClosed, .stream = Stream::Stdin, .fds = { m_spawned.stdinPipe.get() } });
        m_spawned.stdinPipe.reset();
    }

    void writeStdin()
    {
        const auto input = m_options.input;
        while (m_written < input.size()) {
            const size_t len = std::min(input.size() - m_written, readChunk);
            const ssize_t n = ::write(m_spawned.stdinPipe.get(), input.data() + m_written, len);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN)
                break;
            if (n < 0) {
                // EPIPE: the child closed its end; what it did not read is reported, not fatal.
                m_result.stdinBrokenPipe = errno == EPIPE;
                add({ .kind = EventKind::StdinBrokenPipe,
                    .stream = Stream::Stdin,
                    .bytes = static_cast<std::int64_t>(m_written),
                    .value = errno });
                flushWritten();
                closeStdin();
                return;
            }
            m_written += static_cast<size_t>(n);
            m_result.bytesWritten = static_cast<std::int64_t>(m_written);
        }
        if (m_written == input.size()) {
            flushWritten();
            closeStdin();
        }
    }

    void flushWritten()
    {
        if (m_written > 0)
            add({ .kind = EventKind::StdinWritten,
                .stream = Stream::Stdin,
                .bytes = static_cast<std::int64_t>(m_written) });
    }

    // Popen.communicate()'s own shortcut: with no deadline and a single pipe to serve nothing can deadlock, so
    // blocking read()s until EOF do it without a poll() and an EAGAIN read per wake-up, as a plain read() loop does.
    void drainOnlyPipe()
    {
        const Stream s = m_spawned.stdoutPipe ? Stream::Stdout : Stream::Stderr;
        const UniqueFd& fd = s == Stream::Stdout ? m_spawned.stdoutPipe : m_spawned.stderrPipe;
        setNonBlocking(fd.get(), false);
        while (fd)
            drain(s); // returns after every short read
        m_spawned.child.wait();
    }

    void drain(Stream s)
    {
        UniqueFd& fd = s == Stream::Stdout ? m_spawned.stdoutPipe : m_spawned.stderrPipe;
        const size_t i = static_cast<size_t>(s);
        // Read until the pipe is empty: one poll() for many reads while the child keeps it full.
        for (;;) {
            const ssize_t n = ::read(fd.get(), m_buffer.data(), m_buffer.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN)
                return;
            if (n <= 0) {
                flushRead(s, true);
                add({ .kind = EventKind::StreamEof, .stream = s, .fds = { fd.get() } });
                fd.reset();
                return;
            }
            m_result.bytesRead[i] += n;
            m_pendingRead[i] += n;
            if (m_options.sink)
                m_options.sink(s, std::span<const std::byte>(m_buffer.data(), static_cast<size_t>(n)));
            flushRead(s, false);
            if (static_cast<size_t>(n) < m_buffer.size())
                return;
        }
    }

    void flushRead(Stream s, bool force)
    {
        const size_t i = static_cast<size_t>(s);
        if (!m_events || m_pendingRead[i] == 0)
            return;
        const std::int64_t now = monotonicNs();
        if (!force && now - m_lastReadEvent[i] < dataEventIntervalNs)
            return;
        add({ .timeNs = now, .kind = EventKind::DataRead, .stream = s, .bytes = m_pendingRead[i] });
        m_pendingRead[i] = 0;
        m_lastReadEvent[i] = now;
    }

    Result<CommunicateResult> timedOut()
    {
        add({ .kind = EventKind::TimedOut, .value = static_cast<int>(m_options.timeout->count()) });
        add({ .pid = m_spawned.child.pid(), .kind = EventKind::ChildKilled, .value = SIGKILL });
        m_spawned.child.killAndReap();
        m_spawned.stdinPipe.reset();
        m_spawned.stdoutPipe.reset();
        m_spawned.stderrPipe.reset();
        m_result.timedOut = true;
        m_result.exit = *m_spawned.child.status();
        return m_result;
    }

    Spawned& m_spawned;
    const CommunicateOptions& m_options;
    std::vector<Event>* m_events;
    CommunicateResult m_result;
    size_t m_written = 0;
    std::array<std::int64_t, 3> m_pendingRead {};
    std::array<std::int64_t, 3> m_lastReadEvent {};
    std::array<std::byte, readChunk> m_buffer {};
};

} // namespace

Result<CommunicateResult> communicate(Spawned& spawned, const CommunicateOptions& options, std::vector<Event>* events)
{
    if (!spawned.child.running() && !spawned.child.status())
        return Error { .code = ErrorCode::SystemCall, .sysErrno = ECHILD, .call = "waitpid" };
    // 64 KiB buffer: on the heap, not on a caller's (possibly small) stack.
    auto communicator = std::make_unique<Communicator>(spawned, options, events);
    return communicator->run();
}

} // namespace pipescope
