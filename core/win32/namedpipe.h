// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <windows.h>

#include <cstdint>
#include <string>
#include <vector>

namespace pipescope::win32 {

// Windows named pipes for real: what the note claims of them (duplex, many clients, permissions, the network),
// each run and reported as the calls made and what they returned. No sentences: the callers say it.

// One call of a run: by the server (client 0) or by client k (1-based), on an instance (or -1).
struct PipeCall
{
    int client = 0;
    int instance = -1;
    std::string call; // "CreateNamedPipeW", "ConnectNamedPipe", "CreateFileW", "ReadFile", ...
    bool ok = true;
    DWORD error = 0; // GetLastError() when it failed (ERROR_PIPE_BUSY, ERROR_MORE_DATA, ...)
    std::uintptr_t handle = 0;
    DWORD bytes = 0; // read or written
    std::string data; // what was read or written, when it is short text
};

// Instances and clients: a duplex byte-mode pipe with maxInstances instances, one more CreateNamedPipeW (refused
// beyond the limit), clients client processes (clientProgram pipe-client NAME TEXT) each connected to its own
// instance, a client of this process trying while every instance is taken (CreateFileW, then WaitNamedPipeW with a
// short timeout), then every server instance answering its client on the same handle it read from.
struct InstancesRun
{
    std::wstring name; // \\.\pipe\pipescope-<pid>-...
    int created = 0; // instances made
    DWORD beyondLimitError = 0; // the extra CreateNamedPipeW's error
    DWORD busyOpenError = 0; // CreateFileW while every instance is connected
    DWORD busyWaitError = 0; // WaitNamedPipeW then
    std::vector<DWORD> clientPids; // by instance: GetNamedPipeClientProcessId
    std::vector<DWORD> spawnedPids; // the client processes started, in order
    std::vector<std::string> requests; // by instance: what its client wrote
    std::vector<std::string> clientOutputs; // by client: what it printed (the reply it read)
    std::vector<DWORD> clientExitCodes;
    std::vector<PipeCall> calls;
};
Result<InstancesRun> runInstances(const std::string& clientProgram, int maxInstances = 3, int clients = 3);

// Message mode against byte mode: the client writes messages (of these sizes) into a duplex pipe, the server reads
// them with a buffer of readSize bytes. In message mode a read that does not hold the whole message returns FALSE
// with ERROR_MORE_DATA and the rest comes with the next reads; in byte mode the boundaries are gone.
struct MessageRun
{
    bool messageMode = true;
    std::vector<DWORD> written;
    std::vector<PipeCall> reads; // every ReadFile of the server: bytes, ok, error
};
Result<MessageRun> runMessages(bool messageMode, const std::vector<DWORD>& sizes, DWORD readSize);

// Permissions: a pipe created with the security descriptor given as SDDL (e.g. only SYSTEM may open it), its
// descriptor read back from the handle (GetSecurityInfo, as SDDL), then opened by this process's user. Windows
// enforces the DACL (ERROR_ACCESS_DENIED for a user it does not allow); Wine stores it and does not.
struct SecurityRun
{
    std::string requested; // the SDDL asked for
    std::string readBack; // what the pipe's handle holds
    bool opened = false; // CreateFileW by this user succeeded
    DWORD openError = 0;
};
Result<SecurityRun> runSecurity(const std::string& sddl);

// The network: \\HOST\pipe\NAME opened as a client. Windows asks HOST over SMB; Wine has no remote pipes.
struct RemoteRun
{
    std::string path;
    bool opened = false;
    DWORD error = 0;
};
RemoteRun runRemote(const std::string& host);

// "Wine 8.0" when this runs under Wine, empty on Windows (ntdll's wine_get_version).
std::string wineVersion();

} // namespace pipescope::win32
