// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

// A MODEL, not a run: the Windows named pipe of the seed's last section ("duplex, local or across a network,
// several clients at once, ownership and permissions"), as the ordered Win32 calls a server and its clients make.
// Nothing here executes; the steps are data for the GUI to show next to the real POSIX FIFO demo, each with the
// POSIX counterpart (or the lack of one). Values are Win32's own (winbase.h, winerror.h).

enum class NamedPipeParty {
    Server, // the process that created the pipe: owns its instances
    Client, // a process that opens it by name
    Redirector, // the SMB client/server pair that carries a remote client's calls (TCP 445, share IPC$)
};
std::string_view namedPipePartyName(NamedPipeParty p);

enum class NamedPipeCall {
    CreateNamedPipe, // one instance: PIPE_ACCESS_DUPLEX, message mode, nMaxInstances, a security descriptor
    ConnectNamedPipe, // the server waits on one instance until a client opens it
    SmbTreeConnect, // remote: the client's redirector connects to \\server\IPC$ (authenticated)
    CreateFile, // the client opens \\server\pipe\name: the DACL is checked, one free instance is taken
    PipeBusy, // every instance is taken: CreateFile fails with ERROR_PIPE_BUSY
    WaitNamedPipe, // the client waits until an instance is free, then retries CreateFile
    WriteFile, // one message
    ReadFile, // one whole message (PIPE_READMODE_MESSAGE)
    FlushFileBuffers, // the server waits until the client has read everything
    DisconnectNamedPipe, // the server ends one client's connection; the instance can be connected again
    CloseHandle,
};
std::string_view namedPipeCallName(NamedPipeCall c);

// What a POSIX FIFO has in place of the step, or that it has nothing.
enum class PosixCounterpart {
    Mkfifo, // a FIFO is created once, not per client
    OpenRead, // the rendezvous: open(O_RDONLY) waits for a writer
    OpenWrite, // open(O_WRONLY): waits for a reader; O_NONBLOCK fails with ENXIO instead
    ModeBits, // owner, group, other rwx bits instead of a DACL; checked at open(2), root bypasses them
    Read,
    Write,
    Close,
    SecondFifo, // the other direction needs a second FIFO (or a socketpair): one FIFO is one-way
    NoInstances, // every writer shares the one FIFO: no per-client channel, replies cannot be addressed
    LocalOnly, // none: a FIFO on a network file system is still a rendezvous inside one kernel
    NoMessages, // a FIFO is a byte stream: only writes <= PIPE_BUF stay whole (see FifoStreamParser)
};
std::string_view posixCounterpartName(PosixCounterpart c);

enum class NamedPipeDirection { None, ClientToServer, ServerToClient };
std::string_view namedPipeDirectionName(NamedPipeDirection d);

// Win32 constants the steps refer to, as their headers define them.
namespace win32 {
inline constexpr std::uint32_t PIPE_ACCESS_DUPLEX = 0x00000003;
inline constexpr std::uint32_t PIPE_TYPE_MESSAGE = 0x00000004;
inline constexpr std::uint32_t PIPE_READMODE_MESSAGE = 0x00000002;
inline constexpr std::uint32_t PIPE_WAIT = 0x00000000;
inline constexpr std::uint32_t PIPE_REJECT_REMOTE_CLIENTS = 0x00000008;
inline constexpr std::uint32_t PIPE_UNLIMITED_INSTANCES = 255;
inline constexpr std::uint32_t GENERIC_READ = 0x80000000;
inline constexpr std::uint32_t GENERIC_WRITE = 0x40000000;
inline constexpr std::uint32_t ERROR_ACCESS_DENIED = 5;
inline constexpr std::uint32_t ERROR_PIPE_BUSY = 231;
inline constexpr std::uint32_t ERROR_PIPE_CONNECTED = 535;
inline constexpr std::uint32_t NMPWAIT_WAIT_FOREVER = 0xffffffff;
} // namespace win32

struct NamedPipeModelOptions
{
    int clients = 2; // clients that get an instance, 1..16
    bool remoteClients = true; // the clients run on another machine: their calls go through SMB
    bool extraClient = true; // one more client than instances: it meets ERROR_PIPE_BUSY and waits
    bool clientDenied = false; // the DACL does not grant the (last) client access: CreateFile fails
};

struct NamedPipeModelStep
{
    std::string id; // stable: "win.npipe.create.0", "win.npipe.client.open.1"... (the GUI maps it to text)
    NamedPipeParty party = NamedPipeParty::Server;
    NamedPipeCall call = NamedPipeCall::CreateNamedPipe;
    int client = -1; // which client (0-based), -1 for none
    int instance = -1; // which pipe instance, -1 for none
    NamedPipeDirection direction = NamedPipeDirection::None;
    bool remote = false; // crosses the network
    std::uint32_t openMode = 0; // CreateNamedPipe's dwOpenMode
    std::uint32_t pipeMode = 0; // CreateNamedPipe's dwPipeMode
    std::uint32_t desiredAccess = 0; // CreateFile's dwDesiredAccess
    std::uint32_t winError = 0; // the GetLastError() this step ends with, 0 for success
    std::optional<PosixCounterpart> posix;
};

struct NamedPipeModel
{
    NamedPipeModelOptions options;
    std::string pipeName; // as the server names it: \\.\pipe\pipescope
    std::string clientPath; // as the clients name it: \\.\pipe\pipescope, or \\SERVER\pipe\pipescope when remote
    // The server's security descriptor in SDDL, deny ACE first: nothing for anonymous logons; full access for
    // SYSTEM, Administrators and the creator-owner; read and write data, but no FILE_CREATE_PIPE_INSTANCE, for
    // authenticated users (who may come over the network).
    std::string securityDescriptor;
    std::vector<NamedPipeModelStep> steps;

    const NamedPipeModelStep* step(std::string_view id) const;
};

// Pure: the ordered calls of one server with options.clients instances serving its clients at once.
NamedPipeModel windowsNamedPipeModel(const NamedPipeModelOptions& options = {});

} // namespace pipescope
