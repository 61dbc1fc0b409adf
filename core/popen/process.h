// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/cancellation.h"
#include "base/event.h"
#include "base/result.h"
#include "base/uniquefd.h"
#include "live/processtree.h"
#include "popen/plan.h"
#include "popen/spawnspec.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <sys/types.h>
#include <vector>

namespace pipescope {

// How a child ended.
struct ExitStatus
{
    bool signaled = false;
    int code = 0; // exit code, or the signal number when signaled
    // The shell's convention: the code, or 128 + signal.
    int shellStatus() const { return signaled ? 128 + code : code; }
    friend bool operator==(const ExitStatus&, const ExitStatus&) = default;
};

// A child process that is always reaped: the destructor kills (SIGKILL) and reaps a child still running.
class ChildProcess
{
public:
    ChildProcess() = default;
    explicit ChildProcess(pid_t pid);
    ChildProcess(ChildProcess&& other) noexcept;
    ChildProcess& operator=(ChildProcess&& other) noexcept;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess();

    pid_t pid() const { return m_pid; }
    bool running() const { return m_pid > 0 && !m_status; }
    const std::optional<ExitStatus>& status() const { return m_status; }

    ExitStatus wait(); // blocks until the child ends
    bool waitStopped(); // blocks until the child stops (true) or ends (false, status recorded)
    std::optional<ExitStatus> tryWait(); // never blocks
    void kill(int sig); // no-op once reaped
    void killAndReap(); // SIGKILL + wait

private:
    void setStatus(ExitStatus status);

    pid_t m_pid = -1;
    std::optional<ExitStatus> m_status;
};

// A spawned child with the parent's ends of its pipes: Popen's self.stdin/stdout/stderr.
struct Spawned
{
    ChildProcess child;
    UniqueFd stdinPipe; // p2cwrite, or invalid
    UniqueFd stdoutPipe; // c2pread, or invalid
    UniqueFd stderrPipe; // errread, or invalid
    std::array<int, 6> handles { -1, -1, -1, -1, -1, -1 }; // the six values _get_handles returned (by Handle)
};

// Run mode: executes the POSIX plan at full speed, as CPython's _posixsubprocess does.
// The parent's handle steps and the outcome are appended to events when given.
// Errors: EmptyCommand, FdNotOpen, SystemCall (pipe/open...), ChildSetup, ExecFailed; nothing is left behind.
// A FIFO given as a file makes the setup wait in open() for the other side: cancellation, when given, can stop that
// from another thread (ErrorCode::Cancelled).
Result<Spawned> spawn(
    const SpawnSpec& spec, std::vector<Event>* events = nullptr, Cancellation* cancellation = nullptr);

// A pidfd names the child itself, not its pid: poll() can wait for its exit, and a signal sent through it never
// reaches a recycled pid. Invalid when the kernel has no pidfd_open or the process is gone.
UniqueFd openPidfd(pid_t pid);

// Makes SIGPIPE harmless to this process (EPIPE is reported instead). Idempotent; spawn() calls it.
void ignoreSigpipe();

// Popen.communicate(): writes input, closes stdin, drains stdout and stderr, waits for the child.
struct CommunicateOptions
{
    std::span<const std::byte> input;
    // Receives every byte read from stdout/stderr, in order, when set.
    std::function<void(Stream, std::span<const std::byte>)> sink;
    std::optional<std::chrono::milliseconds> timeout; // on expiry: SIGKILL, reap, timedOut = true
};

// A process that still held a pipe of the child's when communicate() gave up.
struct StreamHolder
{
    Stream stream = Stream::Stdout;
    PipeHolder holder;
};

struct CommunicateResult
{
    std::int64_t bytesWritten = 0;
    std::array<std::int64_t, 3> bytesRead {}; // by Stream (stdin stays 0)
    bool stdinBrokenPipe = false; // the child stopped reading before all input was written
    bool timedOut = false;
    ExitStatus exit;
    std::vector<StreamHolder> holders; // timedOut: who kept each open pipe open (the child, or what it started)
};

// Takes the child and the ends over (spawned is empty afterwards: read its pid before), runs them through a Pump
// and returns once the child was reaped and every end closed. On timeout the child and everything it started are
// killed and reaped, and the result names who still held the pipes.
Result<CommunicateResult> communicate(
    Spawned& spawned, const CommunicateOptions& options, std::vector<Event>* events = nullptr);

} // namespace pipescope
