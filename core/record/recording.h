// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspect/fdtable.h"
#include "popen/process.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

// The calls a recording keeps: system calls a traced program made, plus what the kernel did to it.
enum class Call {
    Pipe,
    Pipe2,
    Dup,
    Dup2,
    Dup3,
    Fcntl, // only F_DUPFD, F_DUPFD_CLOEXEC, F_SETFD and F_SETPIPE_SZ are recorded
    Close,
    CloseRange,
    Open,
    Openat,
    Creat,
    Socketpair,
    Mknod,
    Mknodat,
    Fork,
    Vfork,
    Clone,
    Clone3,
    Execve,
    Execveat,
    Wait4,
    Waitid,
    Kill,
    Tgkill,
    Read, // the byte calls: recorded with RecordOptions::bytes, and only on pipes
    Write,
    Readv,
    Writev,
    Splice,
    Signal, // not a call: a signal was delivered to the process (args[0] = the signal)
    Exit, // not a call: the process ended (args[0] = code or signal, args[1] = 1 when killed by a signal)
};
std::string_view callName(Call c);
std::optional<Call> callFromName(std::string_view name);

// How many of the bytes a read or write moved a recording keeps (a traceback fits; a flood stays bounded).
inline constexpr size_t recordedHeadMax = 1024;

// A thread's byte calls alike (the same call on the same fds and pipe, having moved bytes, or having found none yet:
// EAGAIN, EINTR) since its last other event, EOF or error stay separate events up to this many; then they join the
// latest of them (alike calls in a row always join), so that what a recording holds is bounded by its other events,
// not by the bytes moved.
inline constexpr int separateByteEvents = 16;

// One recorded call, with its real arguments and its real result.
struct RecordedEvent
{
    // Since the recording started: when the call returned for the calls that can wait (read, readv, write, writev,
    // splice, wait4, waitid, open, openat, creat), when it was made for the others (a fork comes before its child).
    std::int64_t timeNs = 0;
    int pid = 0; // the process (thread group)
    int tid = 0; // the thread that made the call
    Call call = Call::Close;
    std::vector<std::int64_t> args; // the integer arguments as the call got them (fds, flags, commands)
    std::string path; // open, openat, creat, mknod, mknodat, execve, execveat
    std::vector<std::string> argv; // execve, execveat
    std::int64_t result = 0; // the return value, or -errno
    std::vector<int> fds; // the fds the call made: both ends of a pipe or socketpair
    std::int64_t bytes = 0; // byte calls: bytes moved, summed over `count` calls in a row on the same fd
    std::int64_t count = 1;
    // read and write: the first bytes they moved (at most recordedHeadMax over the coalesced calls), as they were
    std::string head;
    std::uint64_t inode = 0; // the pipe the call was about, 0 when it was about no pipe
    std::optional<FdTable> fdTable; // fork (the child's, at its start) and execve (after a successful exec)

    friend bool operator==(const RecordedEvent&, const RecordedEvent&) = default;
};

struct RecordedProcess
{
    int pid = 0;
    int ppid = 0; // 0 for the program itself
    std::vector<std::string> argv; // of its last successful exec; empty when it never exec'd
    std::int64_t startNs = 0;
    std::optional<std::int64_t> endNs;
    std::optional<ExitStatus> exit;
    FdTable fdsAtStart; // read from /proc at its first stop (a forked child: the table it inherited)

    friend bool operator==(const RecordedProcess&, const RecordedProcess&) = default;
};

// One process holding one end of a pipe through one fd, for a while.
struct PipeHold
{
    int pid = 0;
    int fd = -1;
    std::int64_t openedNs = 0;
    std::optional<std::int64_t> closedNs; // empty: still open when the recording ended

    friend bool operator==(const PipeHold&, const PipeHold&) = default;
};

struct RecordedPipe
{
    std::uint64_t inode = 0;
    int createdBy = 0; // the pid that made it; 0 when it existed before the recording
    std::int64_t createdNs = 0;
    std::vector<PipeHold> readEnds;
    std::vector<PipeHold> writeEnds;
    std::optional<std::int64_t> eofNs; // a read returned 0 (bytes recording only)
    std::optional<std::int64_t> epipeNs; // a write failed with EPIPE (bytes recording only)

    friend bool operator==(const RecordedPipe&, const RecordedPipe&) = default;
};

// A CPython Popen recognised from what the parent and the child did: Popen's names for the fds.
enum class PopenPath {
    ForkExec, // _posixsubprocess.fork_exec: fork or vfork, an error pipe, the child's dup2s and close_range
    PosixSpawn, // os.posix_spawn: clone(CLONE_VM|CLONE_VFORK), no error pipe, file actions in the child
};
std::string_view popenPathName(PopenPath p);

struct RecognisedPopen
{
    int parentPid = 0;
    int childPid = 0;
    std::int64_t startNs = 0; // the fork, vfork or clone that started the child
    PopenPath path = PopenPath::ForkExec;
    // "p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite", "errpipe_read", "errpipe_write" → the
    // fd in the parent when the child was started (the child had the same numbers at its start); absent: -1 in Popen
    std::map<std::string, int> handles;

    friend bool operator==(const RecognisedPopen&, const RecognisedPopen&) = default;
};

// Everything a recording found: replayable without any process.
struct Recording
{
    std::vector<std::string> argv; // what was started
    bool bytes = false; // byte calls were recorded
    std::vector<RecordedProcess> processes; // in the order they started
    std::vector<RecordedPipe> pipes; // in the order they were first seen
    std::vector<RecordedEvent> events; // in time order
    std::vector<RecognisedPopen> popens;
    std::optional<ExitStatus> exit; // the program's own (the first process)
    bool timedOut = false; // stopped from outside: every process it started was killed
    std::int64_t coalescedEvents = 0; // byte calls folded into an earlier event

    const RecordedProcess* process(int pid) const;
    const RecordedPipe* pipe(std::uint64_t inode) const;
    // Popen's name for the pipe end pid held through fd at time t ("p2cwrite", "errpipe_read"...), or empty.
    std::string popenName(int pid, int fd, std::int64_t t) const;

    friend bool operator==(const Recording&, const Recording&) = default;
};

// Popen's names of a recording's pipe ends, for many lookups: Recording::popenName searches every pipe and every
// Popen each time, this looks the fd up among the holds of that pid and fd. Built once from a recording that does not
// change meanwhile (it keeps no reference to it).
class PopenNames
{
public:
    explicit PopenNames(const Recording& recording);
    // The same as recording.popenName(pid, fd, t).
    std::string name(int pid, int fd, std::int64_t t) const;
    // The name of the end the fd of pid came to be on at or after t (what a call that makes an fd made), or empty.
    std::string made(int pid, int fd, std::int64_t t) const;

private:
    struct Hold
    {
        std::int64_t openedNs = 0;
        std::optional<std::int64_t> closedNs;
        const std::string* name = nullptr; // that end's Popen name, null when it has none
    };
    // By pid and fd, in the order popenName tries them: pipe by pipe, a pipe's read ends before its write ends.
    std::map<std::pair<int, int>, std::vector<Hold>> m_holds;
    std::vector<std::string> m_names; // a name per pipe end: pipe i's read end at 2i, write end at 2i + 1
};

} // namespace pipescope
