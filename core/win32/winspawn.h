// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "base/stream.h"
#include "popen/plan.h"
#include "popen/spawnspec.h"
#include "win32/uniquehandle.h"

#include <windows.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope::win32 {

// One Win32 (or msvcrt) call the run made, in order, filed under the id of the step of
// planHandles(spec, Lens::Windows) it carries out, so that a run and its plan can be compared step by step.
struct WinCall
{
    std::string stepId; // "win.createpipe.stdin", ...
    std::string call; // "CreatePipe", "DuplicateHandle", "GetStdHandle", "_get_osfhandle", "CloseHandle", ...
    std::optional<Stream> stream;
    std::vector<std::uintptr_t> handles; // what it returned or used; CreatePipe: read end, write end
    bool inheritHandles = false; // CreateProcessW: its bInheritHandles
    bool suspended = false; // CreateProcessW: with CREATE_SUSPENDED
};

// A child process: the destructor ends one still running (TerminateProcess) and waits for it.
class WinChild
{
public:
    WinChild() = default;
    WinChild(HANDLE process, DWORD pid);
    WinChild(WinChild&&) noexcept = default;
    WinChild& operator=(WinChild&& other) noexcept;
    ~WinChild();

    DWORD pid() const { return m_pid; }
    HANDLE process() const { return m_process.get(); }
    bool running() const { return m_process.valid() && !m_exitCode; }
    const std::optional<DWORD>& exitCode() const { return m_exitCode; }
    // Waits up to timeout (none: for ever); the exit code once it ended.
    std::optional<DWORD> wait(std::optional<std::chrono::milliseconds> timeout = std::nullopt);
    void terminateAndWait();

private:
    UniqueHandle m_process;
    DWORD m_pid = 0;
    std::optional<DWORD> m_exitCode;
};

// A spawned child with the parent's ends of its pipes: Popen's self.stdin/stdout/stderr on Windows.
struct WinSpawned
{
    WinChild child;
    UniqueHandle stdinPipe; // p2cwrite
    UniqueHandle stdoutPipe; // c2pread
    UniqueHandle stderrPipe; // errread
    std::array<std::uintptr_t, 6> handles {}; // the six values _get_handles returned, by Handle; 0 for -1
    bool usedStdHandles = false; // STARTF_USESTDHANDLES
    bool inheritHandles = false; // CreateProcessW's bInheritHandles
    std::vector<std::uintptr_t> handleList; // PROC_THREAD_ATTRIBUTE_HANDLE_LIST, empty when none was given
    std::wstring commandLine; // list2cmdline(argv)
    std::vector<WinCall> calls;
    // C runtime fds opened for Redirect::File: they stay open as long as the caller's file object would.
    std::vector<int> fileFds;

    WinSpawned() = default;
    WinSpawned(WinSpawned&&) noexcept = default;
    WinSpawned& operator=(WinSpawned&&) noexcept = default;
    ~WinSpawned();
};

// Step mode: each call handed over as soon as it was made, and the child created suspended.
struct SpawnObserver
{
    // CREATE_SUSPENDED: the child exists, holds what it inherited and runs nothing until the parent's closes are done;
    // then ResumeThread, recorded as a call of its own (step "win.resume", which CPython does not have: its child
    // starts running inside CreateProcessW).
    bool suspended = false;
    // Called after every call, with the child's pid once CreateProcessW made it (0 before).
    std::function<void(const WinCall&, DWORD childPid)> afterCall;
};

// Popen(...) on Windows: Lib/subprocess.py's _get_handles + _execute_child (Windows branch, CPython >= 3.7) executed
// for spec. Redirect::Fd is a C runtime fd of this process (msvcrt.get_osfhandle); a Redirect::File is opened
// here with _wopen and O_NOINHERIT, as Python's open() does. The calls made are in the result, in order.
// Errors: EmptyCommand, FdNotOpen, SystemCall (winError set: CreatePipe, DuplicateHandle, _wopen...), ExecFailed
// (CreateProcessW; winError e.g. ERROR_FILE_NOT_FOUND). Nothing is left open on failure.
Result<WinSpawned> spawn(const SpawnSpec& spec, const SpawnObserver& observer = {});

struct WinCommunicateResult
{
    std::string out; // stdout's bytes, when it was PIPE
    std::string err; // stderr's bytes, when it was PIPE
    std::int64_t bytesWritten = 0;
    bool stdinBrokenPipe = false; // the child closed stdin before all input was written
    bool timedOut = false; // then the child was terminated
    DWORD exitCode = 0;
};

// Popen.communicate() on Windows: a reader thread per PIPE output (as _communicate starts them), the input written
// and stdin closed from this thread, then the readers joined and the child waited for. Takes the ends over.
Result<WinCommunicateResult> communicate(
    WinSpawned& spawned, std::string_view input, std::optional<std::chrono::milliseconds> timeout = std::nullopt);

} // namespace pipescope::win32
