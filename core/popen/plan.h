// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/stream.h"
#include "popen/spawnspec.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

// The six variables _get_handles returns, by their Popen names.
enum class Handle { P2cRead, P2cWrite, C2pRead, C2pWrite, ErrRead, ErrWrite };
inline constexpr std::array<Handle, 6> allHandles { Handle::P2cRead, Handle::P2cWrite, Handle::C2pRead,
    Handle::C2pWrite, Handle::ErrRead, Handle::ErrWrite };
std::string_view handleName(Handle h); // "p2cread", ...
std::optional<Handle> handleFromName(std::string_view name);
Stream handleStream(Handle h);
bool isParentHandle(Handle h); // p2cwrite, c2pread, errread: the ends the parent keeps
// Popen's names per stream: the handle the child gets as fd 0/1/2 (p2cread, c2pwrite, errwrite), and the parent's
// end of that stream's pipe (p2cwrite, c2pread, errread).
constexpr Handle childHandle(Stream s)
{
    return s == Stream::Stdin ? Handle::P2cRead : s == Stream::Stdout ? Handle::C2pWrite : Handle::ErrWrite;
}
constexpr Handle parentHandle(Stream s)
{
    return s == Stream::Stdin ? Handle::P2cWrite : s == Stream::Stdout ? Handle::C2pRead : Handle::ErrRead;
}

// Which platform's names a plan uses. Posix is what runs; Windows is a model of the Win32 branch.
enum class Lens { Posix, Windows };
std::string_view lensName(Lens l);
std::optional<Lens> lensFromName(std::string_view name);

// Where a handle's value comes from.
enum class HandleOrigin {
    Absent, // -1: nothing to do for it
    PipeRead, // the read end of the stream's new pipe
    PipeWrite, // the write end of the stream's new pipe
    DevNull, // the parent's /dev/null fd (opened once, shared)
    CallerFd, // the fd the caller gave (Redirect::Fd)
    File, // a file the parent opened
    SameAsC2pWrite, // stderr=STDOUT: errwrite = c2pwrite
    ParentStdout, // stderr=STDOUT while stdout is not redirected: the parent's fd 1
    ConsoleHandle, // Windows, None (another stream redirected): GetStdHandle(STD_*_HANDLE), then made inheritable
    DummyPipe, // Windows, None and GetStdHandle gave None: one end of a pipe whose other end is closed at once
};
std::string_view originName(HandleOrigin o);
std::optional<HandleOrigin> originFromName(std::string_view name);

struct HandleInfo
{
    Handle handle = Handle::P2cRead;
    HandleOrigin origin = HandleOrigin::Absent;
    int callerFd = -1; // CallerFd
    std::string path; // File
};

// One call of the setup, in the order it runs.
enum class StepAction {
    // POSIX (what runs)
    CreatePipe, // os.pipe(): two O_CLOEXEC fds
    SetPipeSize, // fcntl(F_SETPIPE_SZ)
    OpenDevNull, // os.open(os.devnull, O_RDWR)
    ReuseDevNull, // a second DEVNULL stream shares the fd opened for the first
    OpenFile, // the caller's file (PipeScope opens it for the caller)
    UseCallerFd, // the handle is the caller's fd number as it is
    AliasStdout, // errwrite = c2pwrite (or the parent's fd 1)
    CreateErrPipe, // the pipe that reports exec failures
    Fork, // the child gets a copy of the parent's fd table
    ChildCloseParentEnds, // child closes p2cwrite, c2pread, errread, errpipe_read
    ChildDupAway, // child moves an end off fd 0/1 so the dup2s below cannot overwrite it
    ChildDup2, // dup2(handle, 0/1/2)
    ChildSetInheritable, // the handle already is 0/1/2: clear its close-on-exec flag instead
    ChildCloseFds, // close_fds: close every fd >= 3 but the error pipe
    Exec, // execve: O_CLOEXEC fds vanish, the error pipe's write end with them
    ParentCloseErrPipeWrite,
    ParentCloseChildEnd, // the parent closes p2cread / c2pwrite / errwrite (a pipe end)
    ParentCloseDevNull,
    ParentCloseFile,
    ReadErrPipe, // EOF: exec succeeded; data: it failed
    // Windows (a model)
    GetStdHandle,
    GetOsfHandle, // msvcrt.get_osfhandle(fd)
    CloseDummyEnd, // CloseHandle(_) of a dummy pipe
    MakeInheritable, // DuplicateHandle(..., bInheritHandle=TRUE)
    FillStartupInfo, // STARTUPINFO: "win.startupinfo" the std handles (STARTF_USESTDHANDLES), "win.handlelist" the
    // attribute list's PROC_THREAD_ATTRIBUTE_HANDLE_LIST
    CreateProcess, // CreateProcess(bInheritHandles=HandlePlan::inheritHandles)
    CloseHandle, // the parent closes its copy of a child's handle
};
std::string_view actionName(StepAction a);
std::optional<StepAction> actionFromName(std::string_view name);

struct Step
{
    std::string id; // stable: "posix.pipe.stdin", "win.createprocess"... (GUI maps it to text and source lines)
    Actor actor = Actor::Parent;
    StepAction action = StepAction::CreatePipe;
    std::optional<Stream> stream;
    std::vector<Handle> handles; // the handles the step creates, uses or closes
    int targetFd = -1; // ChildDup2/ChildSetInheritable: 0, 1 or 2
};

// The model of Popen._get_handles + _execute_child for one SpawnSpec.
struct HandlePlan
{
    Lens lens = Lens::Posix;
    std::array<HandleInfo, 6> handles {}; // indexed by Handle
    std::vector<Step> steps;
    bool inheritHandles = false; // Windows: CreateProcess's bInheritHandles; always false for a POSIX plan

    const HandleInfo& handle(Handle h) const { return handles[static_cast<size_t>(h)]; }
    const Step* step(std::string_view id) const;
};

// Pure: no syscalls. The POSIX plan is exactly what spawn() and the stepper execute.
// windowsConsole: whether the modelled Windows parent has standard handles (pythonw.exe, a GUI program or a
// service may have none); without them GetStdHandle returns None and _get_handles makes a dummy pipe for each
// None stream.
HandlePlan planHandles(const SpawnSpec& spec, Lens lens, bool windowsConsole = true);

// Windows plans: whether STARTUPINFO names the child's standard handles (STARTF_USESTDHANDLES), and whether a
// handle list limits what the child inherits to them. Both are false for a POSIX plan.
bool usesStdHandles(const HandlePlan& plan);
bool hasHandleList(const HandlePlan& plan);

} // namespace pipescope
