// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "fifo/fifo.h"
#include "inspect/fdtable.h"
#include "popen/process.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

// The POSIX ways to talk both ways, since one FIFO only goes one way.
enum class DuplexKind {
    FifoPair, // two FIFOs, "a2b" and "b2a": each side reads one and writes the other
    SocketPair, // socketpair(AF_UNIX, SOCK_STREAM): one fd per side, readable and writable
};
std::string_view duplexKindName(DuplexKind k); // "fifo-pair", "socketpair"
std::optional<DuplexKind> duplexKindFromName(std::string_view name);

// One side of the conversation and the demo's fds it holds, from its real table.
struct DuplexSide
{
    int pid = 0;
    FdTable fds; // FifoPair: a write end of one FIFO and the read end of the other; SocketPair: one socket
};

struct DuplexReport
{
    DuplexKind kind = DuplexKind::FifoPair;
    DuplexSide parent; // this process: sends the message, reads the echo
    DuplexSide peer; // a forked process: reads the message, echoes it back on the other channel
    // The kernel objects: FifoPair the two FIFOs' inodes (a2b, b2a); SocketPair the two sockets' inodes.
    std::vector<std::uint64_t> channels;
    std::vector<std::string> fifoPaths; // FifoPair: a2b, b2a (removed when the demo returns)
    std::int64_t bytesToPeer = 0;
    std::int64_t bytesFromPeer = 0;
    bool echoed = false; // what came back is what was sent
    // write(2) on the parent's read end: EBADF for a FIFO (it is one-way); 0 for a socket (the write succeeds).
    int wrongWayErrno = 0;
    ExitStatus peerExit;
};

// Sends message from this process to a forked peer and back, over a FIFO pair or a socketpair, and reports every
// fd involved. The peer only calls read, write, close and _exit. fifoOptions: where and with which mode the
// FIFOs are made. Errors: SystemCall (mkfifo, open, socketpair, fork, read, write...); Malformed for an empty
// message or one above PIPE_BUF (the echo must fit one pipe write each way).
Result<DuplexReport> runDuplexDemo(
    DuplexKind kind, std::string_view message, const FifoSessionOptions& fifoOptions = {});

} // namespace pipescope
