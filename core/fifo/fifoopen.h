// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "base/uniquefd.h"
#include "fifo/fifo.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <sys/types.h>

namespace pipescope {

enum class FifoOpenState {
    Waiting, // open(2) has not returned: no process has the other end open yet
    Opened, // the rendezvous happened: the fd is ready
    Failed, // open(2) failed (EACCES, ENOENT...)
    Cancelled, // given up: the open was woken by a helper open of the other end and its fd closed
};
std::string_view fifoOpenStateName(FifoOpenState s);

// A blocking open(2) of a FIFO on a thread of its own, so that the wait for the other side can be watched:
// state() says Waiting, and waitingInKernel() confirms from /proc that the thread sleeps in the kernel's
// wait_for_partner. The session must outlive it.
class FifoBlockingOpen
{
public:
    // Errors: SystemCall (dup, thread creation).
    static Result<std::unique_ptr<FifoBlockingOpen>> start(const FifoSession& session, FifoEnd end);
    ~FifoBlockingOpen(); // cancels a waiting open and joins the thread
    FifoBlockingOpen(const FifoBlockingOpen&) = delete;
    FifoBlockingOpen& operator=(const FifoBlockingOpen&) = delete;

    FifoEnd end() const;
    FifoOpenState state() const;
    pid_t tid() const; // the thread that calls open(2), 0 until it runs: /proc/self/task/<tid>
    // Whether the kernel shows that thread asleep in a FIFO open waiting for the other side.
    bool waitingInKernel() const;
    // Blocks until the open is no longer Waiting or the timeout; returns state() != Waiting.
    bool wait(std::chrono::milliseconds timeout) const;
    // How long open(2) blocked: so far while Waiting, in total afterwards.
    std::int64_t waitedNs() const;
    // Opened: the fd, once (then an invalid UniqueFd). Anything else: an invalid UniqueFd.
    UniqueFd takeFd();
    // Failed: the open's error (SystemCall "open" with errno).
    std::optional<Error> error() const;
    // Wakes a waiting open by opening the other end non-blocking for a moment, and closes what it returns.
    void cancel();

    struct Shared;

private:
    explicit FifoBlockingOpen(std::shared_ptr<Shared> shared);
    std::shared_ptr<Shared> m_shared;
};

// Whether a thread (tid, or the process's main thread when 0) sleeps in a FIFO's open waiting for the other side:
// /proc/<pid>/task/<tid>/wchan is "wait_for_partner" (or "pipe_wait" inside open on kernels before 5.9).
// nullopt when the process is gone or its /proc files cannot be read.
std::optional<bool> waitsForFifoPartner(pid_t pid, pid_t tid = 0);

} // namespace pipescope
