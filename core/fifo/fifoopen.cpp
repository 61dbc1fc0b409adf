// SPDX-License-Identifier: GPL-3.0-or-later
#include "fifo/fifoopen.h"

#include "base/event.h"
#include "base/names.h"
#include "live/procstate.h"

#include <array>
#include <cerrno>
#include <condition_variable>
#include <fcntl.h>
#include <mutex>
#include <string>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace pipescope {

namespace {

constexpr std::pair<FifoOpenState, std::string_view> fifoOpenStateNames[] {
    { FifoOpenState::Waiting, "waiting" },
    { FifoOpenState::Opened, "opened" },
    { FifoOpenState::Failed, "failed" },
    { FifoOpenState::Cancelled, "cancelled" },
};

// How long cancel() keeps trying to wake the open before the destructor leaves the thread behind (it can only
// stay asleep if the FIFO was removed while it waited: then no process can ever open that inode again).
constexpr auto kCancelPatience = std::chrono::seconds(2);

std::optional<std::string> readSmall(const std::string& path)
{
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd)
        return std::nullopt;
    std::array<char, 256> buffer {};
    ssize_t n = -1;
    do {
        n = ::read(fd.get(), buffer.data(), buffer.size());
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return std::nullopt;
    return std::string(buffer.data(), static_cast<std::size_t>(n));
}

} // namespace

std::string_view fifoOpenStateName(FifoOpenState s)
{
    return detail::nameOf<FifoOpenState>(fifoOpenStateNames, s);
}

struct FifoBlockingOpen::Shared
{
    FifoEnd end = FifoEnd::Read;
    UniqueFd dirFd; // a dup of the session's: the thread never touches the session object
    std::string name;
    std::string path;
    std::thread thread;

    mutable std::mutex mutex;
    mutable std::condition_variable changed;
    FifoOpenState state = FifoOpenState::Waiting;
    bool cancelRequested = false;
    pid_t tid = 0;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    UniqueFd fd;
    std::optional<Error> error;

    void run()
    {
        {
            const std::lock_guard lock(mutex);
            tid = static_cast<pid_t>(::syscall(SYS_gettid));
        }
        const int flags = (end == FifoEnd::Read ? O_RDONLY : O_WRONLY) | O_CLOEXEC | O_NOFOLLOW;
        int opened = -1;
        do {
            opened = ::openat(dirFd.get(), name.c_str(), flags);
        } while (opened < 0 && errno == EINTR);
        const int openErrno = errno;
        const std::lock_guard lock(mutex);
        endNs = monotonicNs();
        if (opened < 0) {
            errno = openErrno;
            error = sysError("open", path);
            state = FifoOpenState::Failed;
        } else if (cancelRequested) {
            ::close(opened);
            state = FifoOpenState::Cancelled;
        } else {
            fd.reset(opened);
            state = FifoOpenState::Opened;
        }
        changed.notify_all();
    }
};

FifoBlockingOpen::FifoBlockingOpen(std::shared_ptr<Shared> shared)
    : m_shared(std::move(shared))
{
}

Result<std::unique_ptr<FifoBlockingOpen>> FifoBlockingOpen::start(const FifoSession& session, FifoEnd end)
{
    auto shared = std::make_shared<Shared>();
    shared->end = end;
    shared->name = session.name();
    shared->path = session.path();
    shared->dirFd.reset(::fcntl(session.directoryFd(), F_DUPFD_CLOEXEC, 0));
    if (!shared->dirFd)
        return sysError("dup", session.directory());
    shared->startNs = monotonicNs();
    try {
        // The thread holds the shared state too, so that it can outlive this object if it cannot be woken.
        shared->thread = std::thread([s = shared.get(), keep = shared] { s->run(); });
    } catch (const std::system_error& e) {
        errno = e.code().value();
        return sysError("pthread_create");
    }
    return std::unique_ptr<FifoBlockingOpen>(new FifoBlockingOpen(std::move(shared)));
}

FifoBlockingOpen::~FifoBlockingOpen()
{
    cancel();
    if (state() != FifoOpenState::Waiting)
        m_shared->thread.join();
    else
        m_shared->thread.detach();
}

FifoEnd FifoBlockingOpen::end() const
{
    return m_shared->end;
}

FifoOpenState FifoBlockingOpen::state() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->state;
}

pid_t FifoBlockingOpen::tid() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->tid;
}

bool FifoBlockingOpen::waitingInKernel() const
{
    const pid_t t = tid();
    return t > 0 && state() == FifoOpenState::Waiting && waitsForFifoPartner(::getpid(), t).value_or(false);
}

bool FifoBlockingOpen::wait(std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_shared->mutex);
    return m_shared->changed.wait_for(lock, timeout, [this] { return m_shared->state != FifoOpenState::Waiting; });
}

std::int64_t FifoBlockingOpen::waitedNs() const
{
    const std::lock_guard lock(m_shared->mutex);
    const std::int64_t end = m_shared->state == FifoOpenState::Waiting ? monotonicNs() : m_shared->endNs;
    return end - m_shared->startNs;
}

UniqueFd FifoBlockingOpen::takeFd()
{
    const std::lock_guard lock(m_shared->mutex);
    return std::move(m_shared->fd);
}

std::optional<Error> FifoBlockingOpen::error() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->error;
}

void FifoBlockingOpen::cancel()
{
    {
        const std::lock_guard lock(m_shared->mutex);
        if (m_shared->state != FifoOpenState::Waiting)
            return;
        m_shared->cancelRequested = true;
    }
    // The rendezvous is real, so is the way out: a process opening the other end. O_NONBLOCK so that this never
    // waits itself; a write open fails with ENXIO until the waiting reader is inside open(2), hence the retries.
    const int flags = (m_shared->end == FifoEnd::Read ? O_WRONLY : O_RDONLY) | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW;
    const auto deadline = std::chrono::steady_clock::now() + kCancelPatience;
    while (std::chrono::steady_clock::now() < deadline) {
        UniqueFd other(::openat(m_shared->dirFd.get(), m_shared->name.c_str(), flags));
        if (wait(std::chrono::milliseconds(other ? 20 : 2)))
            return;
    }
}

std::optional<bool> waitsForFifoPartner(pid_t pid, pid_t tid)
{
    std::string dir = "/proc/" + std::to_string(pid) + '/';
    if (tid > 0)
        dir += "task/" + std::to_string(tid) + '/';
    const auto wchan = readSmall(dir + "wchan");
    if (!wchan)
        return std::nullopt;
    if (wchan->starts_with("wait_for_partner"))
        return true;
    if (!wchan->starts_with("pipe_wait"))
        return false;
    // Before 5.9 every pipe sleep was pipe_wait: inside open(2) it can only be the rendezvous.
    const auto syscallText = readSmall(dir + "syscall");
    const auto line = syscallText ? parseSyscallLine(*syscallText) : std::nullopt;
    if (!line)
        return std::nullopt;
#ifdef SYS_open
    if (line->nr == SYS_open)
        return true;
#endif
    return line->nr == SYS_openat;
}

} // namespace pipescope
