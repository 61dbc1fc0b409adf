// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/uniquefd.h"

#include <atomic>
#include <mutex>
#include <string>

namespace pipescope {

// Lets another thread stop a setup that waits. The only call of Popen's setup that can wait for another process is
// the open() of a file that turns out to be a FIFO: it blocks until the other side opens it too (fifo(7)). cancel()
// never blocks: it opens the FIFO itself with O_RDWR (on Linux that always succeeds at once, as reader and writer),
// which lets the waiting open() return; the setup then closes what it opened and reports ErrorCode::Cancelled.
class Cancellation
{
public:
    Cancellation() = default;
    Cancellation(const Cancellation&) = delete;
    Cancellation& operator=(const Cancellation&) = delete;

    void cancel();
    bool cancelled() const { return m_cancelled.load(); }

    // The setup's side, around a blocking open() of the FIFO at path. begin() is false when cancelled already
    // (then do not open); end() releases what cancel() opened.
    bool beginOpen(const std::string& path);
    void endOpen();
    // The FIFO a setup waits on right now, empty when none.
    std::string waitingOn() const;

private:
    mutable std::mutex m_mutex;
    std::atomic<bool> m_cancelled { false };
    std::string m_pendingPath;
    UniqueFd m_release; // our own O_RDWR open of the FIFO, held until the waiting open() has returned
};

} // namespace pipescope
