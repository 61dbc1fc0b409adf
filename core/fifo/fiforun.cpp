// SPDX-License-Identifier: GPL-3.0-or-later
#include "fifo/fiforun.h"

#include "base/event.h"
#include "base/names.h"
#include "fifo/fifoopen.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <poll.h>
#include <sys/eventfd.h>
#include <thread>
#include <unistd.h>

namespace pipescope {

namespace {

constexpr std::pair<FifoRunPhase, std::string_view> fifoRunPhaseNames[] {
    { FifoRunPhase::Starting, "starting" },
    { FifoRunPhase::ReaderWaiting, "reader-waiting" },
    { FifoRunPhase::WritersGated, "writers-gated" },
    { FifoRunPhase::Running, "running" },
    { FifoRunPhase::Finished, "finished" },
};

constexpr std::pair<FifoPartyRole, std::string_view> fifoPartyRoleNames[] {
    { FifoPartyRole::Reader, "reader" },
    { FifoPartyRole::Writer, "writer" },
};

// The reader's (writer * records) "seen" bits must stay small.
constexpr std::uint64_t kMaxTotalRecords = std::uint64_t { 1 } << 30U;
// Once a writer reached open(2) the reader's open returns at once; this only bounds a broken rendezvous.
constexpr auto kReaderOpenPatience = std::chrono::seconds(10);

Error malformed(std::string subject)
{
    return Error { .code = ErrorCode::Malformed, .subject = std::move(subject) };
}

bool holdsFifo(const FdEntry& e, std::uint64_t inode, const std::string& path)
{
    return e.kind == FdKind::File && (e.inode == inode || e.target == path);
}

FdTable fifoEntries(const FdTable& table, std::uint64_t inode, const std::string& path)
{
    FdTable out;
    std::ranges::copy_if(table, std::back_inserter(out), [&](const FdEntry& e) { return holdsFifo(e, inode, path); });
    return out;
}

} // namespace

std::string_view fifoRunPhaseName(FifoRunPhase p)
{
    return detail::nameOf<FifoRunPhase>(fifoRunPhaseNames, p);
}

std::string_view fifoPartyRoleName(FifoPartyRole r)
{
    return detail::nameOf<FifoPartyRole>(fifoPartyRoleNames, r);
}

bool FifoRunSnapshot::writersSucceeded() const
{
    return !writers.empty() && std::ranges::all_of(writers, [](const FifoWriterStatus& w) {
        return w.exit && !w.exit->signaled && w.exit->code == 0;
    });
}

bool FifoRunSnapshot::succeeded() const
{
    return finished() && !error && !timedOut && !cancelled && writersSucceeded() && stats.intact();
}

class FifoRun::Impl
{
public:
    Impl(const FifoSession& session, FifoRunOptions options, std::uint64_t inode, UniqueFd cancelFd)
        : m_session(session)
        , m_options(std::move(options))
        , m_path(session.path())
        , m_cancelFd(std::move(cancelFd))
    {
        m_snap.inode = inode;
        m_snap.writers.resize(m_options.writers);
        for (std::uint32_t i = 0; i < m_options.writers; ++i)
            m_snap.writers[i].id = i;
        m_children.reserve(m_options.writers);
    }

    ~Impl()
    {
        cancel();
        if (m_thread.joinable())
            m_thread.join();
    }

    void startThread()
    {
        m_thread = std::thread([this] { run(); });
    }

    FifoRunSnapshot sample() const
    {
        const std::lock_guard lock(m_mutex);
        FifoRunSnapshot s = m_snap;
        if (s.phase == FifoRunPhase::Running)
            s.runNs = monotonicNs() - m_runStartNs;
        return s;
    }

    std::vector<FifoParty> parties() const
    {
        const std::lock_guard lock(m_mutex);
        return m_parties;
    }

    bool waitPhase(FifoRunPhase atLeast, std::chrono::milliseconds timeout) const
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, timeout, [&] { return m_snap.phase >= atLeast; });
    }

    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        if (m_snap.phase == FifoRunPhase::Finished)
            return;
        m_cancelRequested = true;
        killWritersLocked();
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_cancelFd.get(), &one, sizeof one);
    }

private:
    // Only writers not reaped yet: their pid cannot have been reused.
    void killWritersLocked()
    {
        for (const FifoWriterStatus& w : m_snap.writers)
            if (w.pid > 0 && !w.exit)
                ::kill(w.pid, SIGKILL);
    }

    void setPhase(FifoRunPhase p)
    {
        const std::lock_guard lock(m_mutex);
        m_snap.phase = p;
        if (p == FifoRunPhase::Running)
            m_runStartNs = monotonicNs();
        m_changed.notify_all();
    }

    bool cancelRequested() const
    {
        const std::lock_guard lock(m_mutex);
        return m_cancelRequested;
    }

    void fail(Error e)
    {
        const std::lock_guard lock(m_mutex);
        if (!m_snap.error)
            m_snap.error = std::move(e);
        killWritersLocked();
    }

    void noteExit(std::size_t i)
    {
        const std::lock_guard lock(m_mutex);
        m_snap.writers[i].exit = m_children[i].status();
    }

    SpawnSpec writerSpec(std::uint32_t id) const
    {
        SpawnSpec spec;
        spec.argv = { m_options.childProgram, "fifo-writer", m_path, "--id=" + std::to_string(id),
            "--records=" + std::to_string(m_options.records), "--record-size=" + std::to_string(m_options.recordSize),
            "--start=stopped" };
        spec.redirect(Stream::Stdin) = Redirect::devNull();
        spec.redirect(Stream::Stdout) = Redirect::devNull();
        return spec; // stderr is inherited: a writer's own failure message reaches the user as it is
    }

    // Starts every writer; each opens the FIFO (the first one completes the reader's open) and stops itself.
    void startWriters()
    {
        for (std::uint32_t id = 0; id < m_options.writers && !cancelRequested(); ++id) {
            auto spawned = spawn(writerSpec(id));
            if (!spawned) {
                fail(spawned.error());
                return;
            }
            {
                const std::lock_guard lock(m_mutex);
                m_children.push_back(std::move(spawned->child));
                m_snap.writers[id].pid = m_children.back().pid();
            }
            if (m_children.back().waitStopped()) {
                const std::lock_guard lock(m_mutex);
                m_snap.writers[id].openedFifo = true;
            } else {
                noteExit(id); // it could not open the FIFO (its stderr says why) or was killed
            }
        }
    }

    void inspectParties(int readerFd)
    {
        std::vector<FifoParty> parties;
        FifoParty reader { .role = FifoPartyRole::Reader, .pid = ::getpid() };
        if (auto table = inspectFds(::getpid()))
            reader.fifoFds = fifoEntries(*table, m_snap.inode, m_path);
        parties.push_back(std::move(reader));
        for (std::size_t i = 0; i < m_children.size(); ++i) {
            if (!m_snap.writers[i].openedFifo)
                continue;
            FifoParty writer {
                .role = FifoPartyRole::Writer, .writerId = static_cast<int>(i), .pid = m_children[i].pid()
            };
            if (auto table = inspectFds(writer.pid)) {
                writer.fifoFds = fifoEntries(*table, m_snap.inode, m_path);
                writer.table = std::move(table).value();
            }
            parties.push_back(std::move(writer));
        }
        const std::lock_guard lock(m_mutex);
        m_parties = std::move(parties);
        m_snap.readerFd = readerFd;
    }

    void publish(const FifoStreamParser& parser, std::vector<FifoFragment>& fragments, std::optional<PipeFill> fill)
    {
        const std::lock_guard lock(m_mutex);
        m_snap.stats = parser.stats();
        const auto perWriter = parser.recordsPerWriter();
        for (std::size_t i = 0; i < m_snap.writers.size(); ++i)
            m_snap.writers[i].recordsReceived = perWriter[i];
        auto& ring = m_snap.recentFragments;
        ring.insert(ring.end(), fragments.begin(), fragments.end());
        if (ring.size() > kFifoRecentFragments)
            ring.erase(ring.begin(), ring.end() - static_cast<std::ptrdiff_t>(kFifoRecentFragments));
        fragments.clear();
        if (fill)
            m_snap.fill = fill;
    }

    // Reads until every write end is closed. Cancel and timeout kill the writers; their ends close with them, so
    // the loop still ends at end of file, with everything that arrived counted.
    void drain(int fd, FifoStreamParser& parser, std::vector<FifoFragment>& fragments)
    {
        std::vector<std::byte> buffer(m_options.readSize);
        std::array<pollfd, 2> fds { pollfd { .fd = fd, .events = POLLIN },
            pollfd { .fd = m_cancelFd.get(), .events = POLLIN } };
        const std::int64_t deadline = m_options.timeout
            ? monotonicNs() + std::chrono::duration_cast<std::chrono::nanoseconds>(*m_options.timeout).count()
            : 0;
        for (;;) {
            int waitMs = -1;
            if (deadline != 0 && fds[1].fd >= 0)
                waitMs = static_cast<int>(std::max<std::int64_t>(0, (deadline - monotonicNs()) / 1'000'000) + 1);
            const int ready = ::poll(fds.data(), fds.size(), waitMs);
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready < 0) {
                fail(sysError("poll"));
                return;
            }
            const bool expired = deadline != 0 && monotonicNs() >= deadline;
            if ((fds[1].revents != 0 || expired) && fds[1].fd >= 0) {
                const std::lock_guard lock(m_mutex);
                m_snap.timedOut = m_snap.timedOut || (expired && !m_cancelRequested);
                m_snap.cancelled = m_cancelRequested;
                killWritersLocked();
                fds[1].fd = -1; // once is enough; from now on only end of file matters
            }
            if (fds[0].revents == 0)
                continue;
            const ssize_t n = ::read(fd, buffer.data(), buffer.size());
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n < 0) {
                fail(sysError("read", m_path));
                return;
            }
            if (n == 0)
                return;
            const std::span<const std::byte> data(buffer.data(), static_cast<std::size_t>(n));
            parser.feed(data);
            if (m_options.sink)
                m_options.sink(data);
            publish(parser, fragments, measurePipe(fd));
        }
    }

    void run()
    {
        FifoStreamParser parser(FifoStreamSpec {
            .writers = m_options.writers, .records = m_options.records, .recordSize = m_options.recordSize });
        std::vector<FifoFragment> fragments;
        parser.setFragmentSink([&fragments](const FifoFragment& f) { fragments.push_back(f); });

        UniqueFd readEnd;
        setPhase(FifoRunPhase::ReaderWaiting);
        if (auto opener = FifoBlockingOpen::start(m_session, FifoEnd::Read); !opener) {
            fail(opener.error());
        } else {
            startWriters();
            // With no writer at the FIFO nobody will come: wake the open ourselves.
            const bool anyOpened = std::ranges::any_of(m_snap.writers, &FifoWriterStatus::openedFifo);
            if (!anyOpened || !(*opener)->wait(kReaderOpenPatience))
                (*opener)->cancel();
            if (auto e = (*opener)->error())
                fail(*e);
            readEnd = (*opener)->takeFd();
            const std::lock_guard lock(m_mutex);
            m_snap.readerOpenWaitNs = (*opener)->waitedNs();
        }

        if (readEnd && !cancelRequested() && !m_snap.error) {
            setPhase(FifoRunPhase::WritersGated);
            inspectParties(readEnd.get());
            for (std::size_t i = 0; i < m_children.size(); ++i)
                if (m_snap.writers[i].openedFifo)
                    m_children[i].kill(SIGCONT);
            setPhase(FifoRunPhase::Running);
            drain(readEnd.get(), parser, fragments);
        }
        {
            // A failed or cancelled run ends its writers; a drained one finds them exiting already.
            const std::lock_guard lock(m_mutex);
            if (m_snap.error || m_cancelRequested || !readEnd)
                killWritersLocked();
            if (m_cancelRequested)
                m_snap.cancelled = true;
        }
        for (std::size_t i = 0; i < m_children.size(); ++i) {
            m_children[i].wait();
            noteExit(i);
        }
        readEnd.reset();
        parser.finish();
        {
            const std::lock_guard lock(m_mutex);
            if (m_snap.phase == FifoRunPhase::Running)
                m_snap.runNs = monotonicNs() - m_runStartNs;
        }
        publish(parser, fragments, std::nullopt);
        setPhase(FifoRunPhase::Finished);
    }

    const FifoSession& m_session;
    const FifoRunOptions m_options;
    const std::string m_path;
    UniqueFd m_cancelFd; // eventfd: wakes the drain loop's poll
    std::vector<ChildProcess> m_children; // by writer id; the run thread waits on them, cancel() only signals
    std::thread m_thread;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    FifoRunSnapshot m_snap;
    std::vector<FifoParty> m_parties;
    std::int64_t m_runStartNs = 0;
    bool m_cancelRequested = false;
};

FifoRun::FifoRun(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

FifoRun::~FifoRun() = default;

Result<std::unique_ptr<FifoRun>> FifoRun::start(const FifoSession& session, FifoRunOptions options)
{
    if (options.writers < 1 || options.writers > kFifoMaxWriters)
        return malformed("writers");
    if (options.records < 1 || std::uint64_t { options.writers } * options.records > kMaxTotalRecords)
        return malformed("records");
    if (checkFifoRecordSize(options.recordSize) != FifoRecordSizeCheck::Ok)
        return malformed("recordSize");
    if (options.readSize < 1 || options.readSize > kFifoMaxReadSize)
        return malformed("readSize");
    if (options.childProgram.empty())
        return malformed("childProgram");
    auto st = session.stat();
    if (!st)
        return st.error();
    ignoreSigpipe();
    UniqueFd cancelFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
    if (!cancelFd)
        return sysError("eventfd");
    auto impl = std::make_unique<Impl>(session, std::move(options), st->inode, std::move(cancelFd));
    try {
        impl->startThread();
    } catch (const std::system_error& e) {
        errno = e.code().value();
        return sysError("pthread_create");
    }
    return std::unique_ptr<FifoRun>(new FifoRun(std::move(impl)));
}

FifoRunSnapshot FifoRun::sample() const
{
    return m_impl->sample();
}

std::vector<FifoParty> FifoRun::parties() const
{
    return m_impl->parties();
}

bool FifoRun::waitPhase(FifoRunPhase atLeast, std::chrono::milliseconds timeout) const
{
    return m_impl->waitPhase(atLeast, timeout);
}

bool FifoRun::waitFinished(std::chrono::milliseconds timeout) const
{
    return m_impl->waitPhase(FifoRunPhase::Finished, timeout);
}

void FifoRun::cancel()
{
    m_impl->cancel();
}

} // namespace pipescope
