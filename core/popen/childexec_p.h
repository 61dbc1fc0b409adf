// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <csignal>
#include <cstdint>

// Internal: the part of spawning that runs in the child between vfork and exec.
// Only async-signal-safe calls there; what the child did is recorded in ChildExecArgs, which the
// parent reads once vfork returns (the child shares the parent's memory until it execs or exits).
namespace pipescope::detail {

// Which call in the child failed; reported through the error pipe.
enum class ChildStage : int {
    None,
    CloseParentEnds,
    DupAway,
    Dup2Stdin,
    Dup2Stdout,
    Dup2Stderr,
    Inheritable,
    Chdir,
    CloseFds,
    Exec,
};

struct ChildRecord
{
    enum class Kind : int { Closed, Duped, Dup2, Inheritable, ClosedFds };
    Kind kind = Kind::Closed;
    int fd = -1; // the fd the call acts on: the end moved away or dup2'd, the one made inheritable, the one
                 // close_fds keeps open (the error pipe's write end)
    int newFd = -1; // the fd it made: dup()'s result, dup2()'s target
    int stream = -1; // 0, 1, 2 where the record is about one stream
    std::int64_t timeNs = 0;
};

// Points where a stepped child stops itself (SIGSTOP) so the parent can look at it: one bit each.
enum GatePoint : unsigned {
    GateStart = 1u << 0, // right after fork: the copied table
    GateCloseParentEnds = 1u << 1,
    GateDupAwayStdout = 1u << 2,
    GateDupAwayStderr = 1u << 3,
    GatePlaceStdin = 1u << 4,
    GatePlaceStdout = 1u << 5,
    GatePlaceStderr = 1u << 6,
    GateCloseFds = 1u << 7,
};

struct ChildExecArgs
{
    // Inputs
    int p2cread = -1, p2cwrite = -1, c2pread = -1, c2pwrite = -1, errread = -1, errwrite = -1;
    int errpipeRead = -1, errpipeWrite = -1;
    bool closeFds = true;
    const int* keepFds = nullptr; // sorted, includes errpipeWrite
    int keepCount = 0;
    const char* cwd = nullptr;
    char* const* argv = nullptr;
    char* const* envp = nullptr;
    const char* const* executables = nullptr; // candidates, tried in order (PATH search done by the parent)
    int executableCount = 0;
    sigset_t parentMask {};
    unsigned gates = 0; // GatePoint bits: 0 in run mode

    // Written by the child
    std::array<ChildRecord, 24> records {};
    int recordCount = 0;
    int execIndex = -1; // the last candidate tried: the one that ran when exec succeeded
};

// What the child writes to the error pipe when a call fails.
struct ChildFailure
{
    ChildStage stage = ChildStage::None;
    int err = 0;
};

// Runs in the vfork child; never returns.
[[noreturn]] void childExec(ChildExecArgs* args) noexcept;

} // namespace pipescope::detail
