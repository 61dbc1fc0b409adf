// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/fifoflow.h"

#include <chrono>
#include <unistd.h>

using namespace pipescope;

namespace {

// Often enough for packets to move smoothly, seldom enough to cost nothing next to the reader.
constexpr std::chrono::milliseconds kSampleInterval { 33 };

Error notNow()
{
    return Error { .code = ErrorCode::Malformed, .subject = "fifo" };
}

} // namespace

FifoFlow::FifoFlow(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(kSampleInterval);
    connect(&m_timer, &QTimer::timeout, this, &FifoFlow::tick);
}

FifoFlow::~FifoFlow()
{
    // FifoRun's destructor kills the writers (SIGKILL), reaps them and joins its thread: milliseconds. Then the
    // opens made by hand, then the FIFO and its directory.
    m_run.reset();
    closeHeldFds();
    // The helper only switches user and opens with O_NONBLOCK: it ends at once; its answer is dropped with us.
    if (m_openAsThread.joinable())
        m_openAsThread.join();
    m_session.reset();
}

bool FifoFlow::start(const Settings& settings, const QString& childProgram)
{
    if (m_run)
        return false;
    removeFifo();
    m_settings = settings;
    m_snapshot = {};
    m_parties.clear();
    m_removeWhenFinished = false;
    auto session = FifoSession::create(FifoSessionOptions { .mode = settings.mode });
    if (!session) {
        Q_EMIT failed(session.error());
        return false;
    }
    m_session = std::move(session).value();
    m_lastPath = QString::fromStdString(m_session->path());
    m_lastDirectory = QString::fromStdString(m_session->directory());
    auto run = FifoRun::start(*m_session,
        FifoRunOptions { .childProgram = childProgram.toStdString(),
            .writers = settings.writers,
            .records = settings.records,
            .recordSize = settings.recordSize,
            .readSize = settings.readSize });
    if (!run) {
        m_session.reset();
        Q_EMIT fifoChanged();
        Q_EMIT failed(run.error());
        return false;
    }
    m_run = std::move(run).value();
    m_snapshot = m_run->sample();
    updateTimer();
    Q_EMIT fifoChanged();
    Q_EMIT started();
    Q_EMIT sampled();
    return true;
}

void FifoFlow::stop()
{
    if (m_run) {
        m_removeWhenFinished = true;
        m_run->cancel();
        return;
    }
    removeFifo();
}

void FifoFlow::removeFifo()
{
    if (!m_session && m_held.empty() && !m_blockingOpen)
        return;
    closeHeldFds();
    m_session.reset();
    updateTimer();
    Q_EMIT fifoChanged();
}

QString FifoFlow::fifoPath() const
{
    return m_lastPath;
}

QString FifoFlow::fifoDirectory() const
{
    return m_lastDirectory;
}

std::optional<FifoStat> FifoFlow::stat() const
{
    if (!m_session)
        return std::nullopt;
    auto st = m_session->stat();
    if (!st)
        return std::nullopt;
    return std::move(st).value();
}

Result<void> FifoFlow::chmod(std::uint32_t mode)
{
    if (!m_session)
        return notNow();
    auto r = m_session->chmod(mode);
    Q_EMIT fifoChanged();
    return r;
}

std::vector<int> FifoFlow::writerPids() const
{
    std::vector<int> pids;
    for (const FifoWriterStatus& w : m_snapshot.writers)
        if (w.pid > 0)
            pids.push_back(w.pid);
    return pids;
}

Result<void> FifoFlow::startBlockingOpen(FifoEnd end)
{
    // During a run a reader opened here would take the writers' records; a second waiting open adds nothing.
    if (!m_session || m_run || (m_blockingOpen && m_blockingOpen->state() == FifoOpenState::Waiting))
        return notNow();
    m_blockingOpen.reset();
    auto opener = FifoBlockingOpen::start(*m_session, end);
    if (!opener)
        return opener.error();
    m_blockingOpen = std::move(opener).value();
    m_lastOpenState.reset();
    updateTimer();
    Q_EMIT fifoChanged();
    return {};
}

Result<int> FifoFlow::openNonBlocking(FifoEnd end)
{
    if (!m_session || m_run)
        return notNow();
    auto fd = m_session->open(end, FifoOpenMode::NonBlocking);
    if (!fd)
        return fd.error();
    const int number = fd->get();
    m_held.push_back(HeldFd { .end = end, .nonBlocking = true, .fd = number });
    m_heldFds.push_back(std::move(fd).value());
    Q_EMIT fifoChanged();
    return number;
}

bool FifoFlow::tryOpenAs(std::uint32_t uid, std::uint32_t gid, FifoEnd end)
{
    if (!m_session || m_openAsBusy)
        return false;
    if (m_openAsThread.joinable())
        m_openAsThread.join(); // the last one has answered already
    m_openAsBusy = true;
    try {
        m_openAsThread = std::thread([this, session = m_session, uid, gid, end] {
            Result<void> result = session->tryOpenAs(uid, gid, end);
            QMetaObject::invokeMethod(
                this,
                [this, result] {
                    m_openAsBusy = false;
                    Q_EMIT openAsDone(result);
                },
                Qt::QueuedConnection);
        });
    } catch (const std::system_error& e) {
        m_openAsBusy = false;
        Q_EMIT openAsDone(
            Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" });
    }
    return true;
}

FdTable FifoFlow::heldFdEntries() const
{
    FdTable out;
    if (m_held.empty())
        return out;
    auto table = inspectFds(::getpid());
    if (!table)
        return out;
    for (const HeldFd& h : m_held)
        if (const FdEntry* e = findFd(*table, h.fd))
            out.push_back(*e);
    return out;
}

void FifoFlow::closeHeldFds()
{
    // Cancelling wakes a waiting open by opening the other end for a moment: it returns at once.
    m_blockingOpen.reset();
    m_lastOpenState.reset();
    const bool any = !m_heldFds.empty();
    m_heldFds.clear();
    m_held.clear();
    updateTimer();
    if (any)
        Q_EMIT fifoChanged();
}

void FifoFlow::updateTimer()
{
    const bool needed = m_run || (m_blockingOpen && m_blockingOpen->state() == FifoOpenState::Waiting);
    if (needed && !m_timer.isActive())
        m_timer.start();
    else if (!needed)
        m_timer.stop();
}

void FifoFlow::tick()
{
    if (m_blockingOpen) {
        const FifoOpenState state = m_blockingOpen->state();
        if (state == FifoOpenState::Opened) {
            if (UniqueFd fd = m_blockingOpen->takeFd()) {
                m_held.push_back(HeldFd { .end = m_blockingOpen->end(), .nonBlocking = false, .fd = fd.get() });
                m_heldFds.push_back(std::move(fd));
            }
        }
        if (m_lastOpenState != state) {
            m_lastOpenState = state;
            Q_EMIT fifoChanged();
        }
    }
    if (m_run) {
        m_snapshot = m_run->sample();
        if (m_parties.empty() && m_snapshot.phase >= FifoRunPhase::Running) {
            m_parties = m_run->parties();
            if (!m_parties.empty())
                Q_EMIT partiesChanged();
        }
        if (m_snapshot.finished()) {
            // Finished: every writer is reaped and the reader closed, so this only joins the thread.
            m_run.reset();
            Q_EMIT finished();
            if (m_removeWhenFinished)
                removeFifo();
            m_removeWhenFinished = false;
        }
    }
    Q_EMIT sampled();
    updateTimer();
}
