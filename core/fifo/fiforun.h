// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "fifo/fifo.h"
#include "fifo/fiforecord.h"
#include "inspect/fdtable.h"
#include "live/procstate.h"
#include "popen/process.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

struct FifoRunOptions
{
    std::string childProgram; // pipescope-child (a path, or a name looked up in PATH)
    std::uint32_t writers = 4; // 1..kFifoMaxWriters
    std::uint32_t records = 1000; // per writer
    std::uint32_t recordSize = 512; // checkFifoRecordSize must accept it
    // Bytes the reader asks for per read(2), 1..kFifoMaxReadSize. It decides how often writes above PIPE_BUF are
    // interleaved: every read that frees room in a full FIFO wakes one sleeping writer, in turn. Reading one page
    // at a time (the default) frees one page at a time, so a writer in the middle of a big record sleeps again
    // and the next writer gets its pages in between. A reader that empties the 64 KiB FIFO at once lets the one
    // writer it wakes put a whole 64 KiB record into the empty pipe: measured, 0 of 1600 such records interleaved
    // (128 KiB records still are, almost all of them): not atomic, yet rarely split. Records up to PIPE_BUF are
    // never interleaved, whatever the reader does.
    std::size_t readSize = kFifoBlockSize;
    // On expiry every writer still running is killed (SIGKILL) and reaped; what arrived is still counted.
    std::optional<std::chrono::milliseconds> timeout;
    // Every byte read from the FIFO, in order, on the run's thread (tests reconstruct the stream with it).
    std::function<void(std::span<const std::byte>)> sink;
};
inline constexpr std::uint32_t kFifoMaxWriters = 64;
inline constexpr std::size_t kFifoMaxReadSize = std::size_t { 1 } << 20U;

enum class FifoRunPhase {
    Starting,
    ReaderWaiting, // the reader's blocking open(O_RDONLY) waits for a writer; writers are being started
    WritersGated, // every writer opened the FIFO and stopped itself (SIGSTOP): parties are inspected now
    Running, // writers released (SIGCONT) and writing; the reader drains
    Finished, // end of file (every write end closed), writers reaped, the stream judged
};
std::string_view fifoRunPhaseName(FifoRunPhase p);

enum class FifoPartyRole { Reader, Writer };
std::string_view fifoPartyRoleName(FifoPartyRole r);

// One process holding the FIFO, as /proc showed it while every writer was stopped after its open.
struct FifoParty
{
    FifoPartyRole role = FifoPartyRole::Reader;
    int writerId = -1; // writers: 0..writers-1
    int pid = 0;
    FdTable fifoFds; // its fds on the FIFO: target is the FIFO's path, inode the FIFO's, for every party
    FdTable table; // writers: the whole table (0, 1, 2 and the FIFO); the reader: empty (it is this process)
};

struct FifoWriterStatus
{
    std::uint32_t id = 0;
    int pid = 0;
    bool openedFifo = false; // it reached its SIGSTOP after open(2)
    std::optional<ExitStatus> exit; // once reaped
    std::int64_t recordsReceived = 0; // complete records of this writer the reader reassembled
};

struct FifoRunSnapshot
{
    FifoRunPhase phase = FifoRunPhase::Starting;
    std::uint64_t inode = 0; // the FIFO's
    int readerFd = -1; // in this process
    std::int64_t readerOpenWaitNs = 0; // how long the reader's open(2) blocked before the first writer came
    std::int64_t runNs = 0; // from the writers' release to end of file (so far, while Running)
    FifoStreamStats stats;
    std::vector<FifoWriterStatus> writers;
    std::vector<FifoFragment> recentFragments; // the newest last, at most kFifoRecentFragments
    std::optional<PipeFill> fill; // the FIFO's buffer, at the last read
    bool timedOut = false;
    bool cancelled = false;
    std::optional<Error> error; // a call of the run itself failed (writers are then killed and reaped)

    bool finished() const { return phase == FifoRunPhase::Finished; }
    bool writersSucceeded() const; // every writer exited with status 0
    // Finished, every writer succeeded, the stream intact (FifoStreamStats::intact).
    bool succeeded() const;
};
inline constexpr std::size_t kFifoRecentFragments = 256;

// N writer processes (`pipescope-child fifo-writer`), one reader (this process), one FIFO: the reader's open
// blocks until the first writer opens; each writer stops itself right after its open, so that all of them can be
// inspected holding the FIFO and then released together (SIGCONT) for the most contention. The reader parses the
// stream as it arrives (FifoStreamParser). Everything happens on the run's own thread; no method blocks except
// waitFinished()/waitPhase(). The session must outlive the run.
class FifoRun
{
public:
    // Checks the options and starts the thread. Errors: Malformed (subject "writers", "records", "recordSize",
    // "readSize" or "childProgram"), SystemCall (stat of the FIFO, eventfd, thread creation). Later failures land in
    // FifoRunSnapshot::error.
    static Result<std::unique_ptr<FifoRun>> start(const FifoSession& session, FifoRunOptions options);
    ~FifoRun(); // cancels: kills and reaps the writers, closes every fd, joins the thread
    FifoRun(const FifoRun&) = delete;
    FifoRun& operator=(const FifoRun&) = delete;

    FifoRunSnapshot sample() const; // thread-safe
    std::vector<FifoParty> parties() const; // the reader first, then writers by id; empty before WritersGated
    bool waitPhase(FifoRunPhase atLeast, std::chrono::milliseconds timeout) const;
    bool waitFinished(std::chrono::milliseconds timeout) const;
    void cancel(); // kills every writer (SIGKILL); the run then finishes with what arrived

    class Impl;

private:
    explicit FifoRun(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace pipescope
