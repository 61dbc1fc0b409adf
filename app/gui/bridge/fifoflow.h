// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "base/uniquefd.h"
#include "bridge/runresult.h" // pipescope::Error's metatype
#include "fifo/fifo.h"
#include "fifo/fifoopen.h"
#include "fifo/fiforun.h"
#include "inspect/fdtable.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

// The Qt bridge to core's named-pipe demo: one FIFO in a private directory (FifoSession), N real
// `pipescope-child fifo-writer` processes into one reader on core's own thread (FifoRun), and the opens the user
// makes by hand to watch the rendezvous (FifoBlockingOpen). Everything is sampled from a timer on the GUI thread;
// no call here waits for a writer or for the other side of an open. Destroying it kills and reaps every writer and
// removes the FIFO and its directory.
class FifoFlow : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        std::uint32_t writers = 4;
        std::uint32_t records = 1000; // per writer
        std::uint32_t recordSize = 512;
        std::size_t readSize = pipescope::kFifoBlockSize;
        std::uint32_t mode = 0600; // the new FIFO's permission bits
    };

    // An fd this process holds on the FIFO because the user opened it by hand.
    struct HeldFd
    {
        pipescope::FifoEnd end = pipescope::FifoEnd::Read;
        bool nonBlocking = false;
        int fd = -1;
    };

    explicit FifoFlow(QObject* parent = nullptr);
    ~FifoFlow() override;

    // Removes the previous FIFO, makes a new one with settings.mode and starts the writers and the reader. False,
    // with failed() emitted first, when the FIFO or the run could not be started (nothing is left behind then).
    bool start(const Settings& settings, const QString& childProgram);
    // Kills every writer (SIGKILL) and, once the run thread has reaped them, removes the FIFO and its directory:
    // finished() and then fifoChanged() follow. Returns at once.
    void stop();
    bool isRunning() const { return m_run != nullptr; }
    bool stopping() const { return m_removeWhenFinished; }
    bool hasFifo() const { return m_session != nullptr; }

    // The FIFO's path and directory, empty without a FIFO; what the last run used (kept after removal).
    QString fifoPath() const;
    QString fifoDirectory() const;
    const Settings& settings() const { return m_settings; }
    std::optional<pipescope::FifoStat> stat() const;
    pipescope::Result<void> chmod(std::uint32_t mode);

    // The last sample of the current or last run.
    const pipescope::FifoRunSnapshot& snapshot() const { return m_snapshot; }
    // Every party's fds on the FIFO, read from /proc while the writers were stopped after their open.
    const std::vector<pipescope::FifoParty>& parties() const { return m_parties; }
    // Pids of the writers of the current or last run.
    std::vector<int> writerPids() const;

    // A blocking open(2) on a thread of core's: Waiting until another process (or a non-blocking open here) opens
    // the other end. Refused (Malformed "fifo") while a run goes on or without a FIFO.
    pipescope::Result<void> startBlockingOpen(pipescope::FifoEnd end);
    const pipescope::FifoBlockingOpen* blockingOpen() const { return m_blockingOpen.get(); }
    // open(2) with O_NONBLOCK: returns at once, the fd is kept (ENXIO for a write end nobody reads).
    pipescope::Result<int> openNonBlocking(pipescope::FifoEnd end);
    // What another user would get: only possible as root (switching users); EACCES for a 0600 FIFO. A helper child
    // becomes that user and opens: off the GUI thread, openAsDone follows. False (nothing started) while one runs
    // or without a FIFO.
    bool tryOpenAs(std::uint32_t uid, std::uint32_t gid, pipescope::FifoEnd end);
    bool openAsBusy() const { return m_openAsBusy; }
    const std::vector<HeldFd>& heldFds() const { return m_held; }
    // This process's /proc entries for those fds (path, inode, O_NONBLOCK...), read now.
    pipescope::FdTable heldFdEntries() const;
    // Cancels a waiting open and closes every fd opened by hand.
    void closeHeldFds();

Q_SIGNALS:
    void started();
    // Once per frame while a run goes on or an open waits, and once more when it ends.
    void sampled();
    void partiesChanged();
    void finished();
    // start() could not make the FIFO or start the run; the page words the error, again after a language switch.
    void failed(const pipescope::Error& error);
    // Made, removed, chmod'ed, opened or closed by hand.
    void fifoChanged();
    void openAsDone(const pipescope::Result<void>& result);

private:
    void tick();
    void removeFifo();
    void updateTimer();

    Settings m_settings;
    QString m_lastPath;
    QString m_lastDirectory;
    QTimer m_timer;
    // Shared with a tryOpenAs helper's thread, which may still use it while the FIFO is replaced.
    std::shared_ptr<pipescope::FifoSession> m_session;
    std::unique_ptr<pipescope::FifoRun> m_run; // must go before m_session
    std::unique_ptr<pipescope::FifoBlockingOpen> m_blockingOpen; // must go before m_session
    std::vector<pipescope::UniqueFd> m_heldFds;
    std::vector<HeldFd> m_held;
    pipescope::FifoRunSnapshot m_snapshot;
    std::vector<pipescope::FifoParty> m_parties;
    bool m_removeWhenFinished = false;
    std::optional<pipescope::FifoOpenState> m_lastOpenState;
    std::thread m_openAsThread;
    bool m_openAsBusy = false;
};
