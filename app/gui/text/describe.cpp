// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/describe.h"

#include "bridge/runresult.h"
#include "text/byteescaper.h"

#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <cstring>

using namespace pipescope;

namespace {

QString handleList(const std::vector<Handle>& handles)
{
    QStringList names;
    for (Handle h : handles)
        names << fromCore(handleName(h));
    return names.join(QStringLiteral(", "));
}

QString fdList(const std::vector<int>& fds)
{
    QStringList numbers;
    for (int fd : fds)
        numbers << QString::number(fd);
    return numbers.join(QStringLiteral(", "));
}

int fdAt(const Event& e, size_t i)
{
    return i < e.fds.size() ? e.fds[i] : -1;
}

Handle firstHandle(const Step& step, Handle fallback)
{
    return step.handles.empty() ? fallback : step.handles.front();
}

// The Win32 constant GetStdHandle is called with for a stream.
QString stdHandleConstant(Stream s)
{
    switch (s) {
    case Stream::Stdin:
        return QStringLiteral("STD_INPUT_HANDLE");
    case Stream::Stdout:
        return QStringLiteral("STD_OUTPUT_HANDLE");
    case Stream::Stderr:
        return QStringLiteral("STD_ERROR_HANDLE");
    }
    return {};
}

} // namespace

QString Describe::errnoText(int err)
{
    QString reason;
    switch (err) {
    case ENOENT:
        reason = tr("No such file or directory");
        break;
    case EACCES:
        reason = tr("Permission denied");
        break;
    case EPERM:
        reason = tr("Operation not permitted");
        break;
    case ENOEXEC:
        reason = tr("Not an executable format");
        break;
    case ENOTDIR:
        reason = tr("A component of the path is not a directory");
        break;
    case EISDIR:
        reason = tr("Is a directory");
        break;
    case ELOOP:
        reason = tr("Too many levels of symbolic links");
        break;
    case ENAMETOOLONG:
        reason = tr("File name too long");
        break;
    case ETXTBSY:
        reason = tr("The file is busy (being written)");
        break;
    case E2BIG:
        reason = tr("Argument list too long");
        break;
    case ENOMEM:
        reason = tr("Out of memory");
        break;
    case EMFILE:
        reason = tr("Too many open files in this process");
        break;
    case ENFILE:
        reason = tr("Too many open files in the system");
        break;
    case EBADF:
        reason = tr("Bad file descriptor (the fd is not open)");
        break;
    case EPIPE:
        reason = tr("Broken pipe (no process reads the other end)");
        break;
    case EINVAL:
        reason = tr("Invalid argument");
        break;
    case ENOSPC:
        reason = tr("No space left on device");
        break;
    case EROFS:
        reason = tr("Read-only file system");
        break;
    case EAGAIN:
        reason = tr("Resource temporarily unavailable");
        break;
    default:
        reason = QString::fromLocal8Bit(std::strerror(err));
        break;
    }
    if (const char* name = ::strerrorname_np(err))
        return tr("%1 (%2)").arg(reason, QString::fromLatin1(name));
    return reason;
}

QString Describe::signalText(int sig)
{
    if (const char* abbrev = ::sigabbrev_np(sig))
        return QLatin1String("SIG") + QString::fromLatin1(abbrev);
    return QString::number(sig);
}

QString Describe::error(const Error& e)
{
    const QString subject = QString::fromStdString(e.subject);
    const QString call = QString::fromStdString(e.call);
    const QString streamName = e.stream ? stream(*e.stream) : QString();
    switch (e.code) {
    case ErrorCode::EmptyRedirect:
        return tr("No value given for %1.").arg(streamName);
    case ErrorCode::UnknownRedirect:
        return tr("'%1' is not a valid value for %2: use none, pipe, devnull, fd:N, file:PATH or stdout.")
            .arg(subject, streamName);
    case ErrorCode::MissingFdNumber:
        return tr("%1: 'fd:' needs a number, for example fd:3.").arg(streamName);
    case ErrorCode::BadFdNumber:
        return tr("%1: '%2' is not an fd number.").arg(streamName, subject);
    case ErrorCode::NegativeFd:
        return tr("%1: an fd number cannot be negative ('%2').").arg(streamName, subject);
    case ErrorCode::EmptyPath:
        return tr("%1: 'file:' needs a path.").arg(streamName);
    case ErrorCode::StdoutOnlyForStderr:
        return tr("%1: STDOUT can only be given for stderr.").arg(streamName);
    case ErrorCode::EmptyCommand:
        return tr("Nothing to run: choose a pipescope-child mode or enter a program.");
    case ErrorCode::FdNotOpen:
        return tr("%1=%2: fd %2 is not open in PipeScope, so there is nothing for the child to inherit.")
            .arg(streamName, subject);
    case ErrorCode::SystemCall: {
        const QString what = subject.isEmpty() ? tr("%1 failed: %2").arg(call, errnoText(e.sysErrno))
                                               : tr("%1 failed for '%2': %3").arg(call, subject, errnoText(e.sysErrno));
        return e.stream ? tr("Cannot set up %1: %2").arg(streamName, what) : what;
    }
    case ErrorCode::ChildSetup:
        return e.stream
            ? tr("The child could not set up %1 before running '%2': %3 failed: %4")
                  .arg(streamName, subject, call, errnoText(e.sysErrno))
            : tr("The child failed before running '%1': %2 failed: %3").arg(subject, call, errnoText(e.sysErrno));
    case ErrorCode::ExecFailed:
        return tr("Cannot run '%1': %2").arg(subject, errnoText(e.sysErrno));
    case ErrorCode::NoMoreSteps:
        return tr("Every step has been done already: there is no next step.");
    case ErrorCode::StepTimeout:
        return subject.isEmpty() ? tr("The child did not reach its next step in time.")
                                 : tr("The child running '%1' did not reach its next step in time.").arg(subject);
    case ErrorCode::Malformed:
        return tr("Cannot read %1: the content is malformed.").arg(subject);
    case ErrorCode::Cancelled:
        return tr("Stopped while open() of '%1' waited: it is a FIFO, and nobody opened its other end.").arg(subject);
    case ErrorCode::TraceRefused:
        return tr("This system refused to let PipeScope record the program: %1 failed: %2. It may already be traced "
                  "(by a debugger or strace), or ptrace may be forbidden here; it can still run without recording.")
            .arg(call, errnoText(e.sysErrno));
    }
    return tr("Unknown error");
}

QString Describe::actor(Actor a)
{
    switch (a) {
    case Actor::Parent:
        return tr("Parent");
    case Actor::Child:
        return tr("Child");
    case Actor::Kernel:
        return tr("Kernel");
    }
    return {};
}

// Stream and handle names are Python's identifiers and stay as they are in every language.
QString Describe::stream(Stream s)
{
    return fromCore(streamName(s));
}
QString Describe::handle(Handle h)
{
    return fromCore(handleName(h));
}

QString Describe::stepCall(const Step& step, const HandlePlan& plan)
{
    const QString s = step.stream ? stream(*step.stream) : QString();
    const QString handles = handleList(step.handles);
    const QString first = step.handles.empty() ? QString() : handle(step.handles.front());
    switch (step.action) {
    case StepAction::CreatePipe:
        if (plan.lens == Lens::Windows) {
            if (QString::fromStdString(step.id).startsWith(QLatin1String("win.dummypipe.")))
                return step.stream == Stream::Stdin ? QStringLiteral("%1, _ = CreatePipe(None, 0)").arg(first)
                                                    : QStringLiteral("_, %1 = CreatePipe(None, 0)").arg(first);
            return QStringLiteral("CreatePipe(None, 0) → %1").arg(handles);
        }
        return QStringLiteral("os.pipe() → %1").arg(handles);
    case StepAction::SetPipeSize:
        return QStringLiteral("fcntl(%1, F_SETPIPE_SZ, pipesize)").arg(first);
    case StepAction::OpenDevNull:
        return QStringLiteral("%1 = os.open(os.devnull, O_RDWR)").arg(first);
    case StepAction::ReuseDevNull:
        return QStringLiteral("%1 = self._devnull").arg(first);
    case StepAction::OpenFile:
        return QStringLiteral("%1 = open('%2')")
            .arg(first, QString::fromStdString(plan.handle(firstHandle(step, Handle::P2cRead)).path));
    case StepAction::UseCallerFd:
        return QStringLiteral("%1 = %2").arg(first).arg(plan.handle(firstHandle(step, Handle::P2cRead)).callerFd);
    case StepAction::AliasStdout:
        return plan.handle(Handle::ErrWrite).origin == HandleOrigin::ParentStdout
            ? QStringLiteral("errwrite = 1")
            : QStringLiteral("errwrite = c2pwrite");
    case StepAction::CreateErrPipe:
        return QStringLiteral("os.pipe() → errpipe_read, errpipe_write");
    case StepAction::Fork:
        return QStringLiteral("fork()");
    case StepAction::ChildCloseParentEnds:
        return QStringLiteral("close(%1)")
            .arg(handles.isEmpty() ? QStringLiteral("errpipe_read") : handles + QStringLiteral(", errpipe_read"));
    case StepAction::ChildDupAway:
        return QStringLiteral("%1 = dup(%1)").arg(first);
    case StepAction::ChildDup2:
        return QStringLiteral("dup2(%1, %2)").arg(first).arg(step.targetFd);
    case StepAction::ChildSetInheritable:
        return QStringLiteral("os.set_inheritable(%1, True)").arg(step.targetFd);
    case StepAction::ChildCloseFds:
        return QStringLiteral("_close_open_fds(3, keep=errpipe_write)");
    case StepAction::Exec:
        return QStringLiteral("execve(program, args, env)");
    case StepAction::ParentCloseErrPipeWrite:
        return QStringLiteral("close(errpipe_write)");
    case StepAction::ParentCloseChildEnd:
    case StepAction::ParentCloseFile:
        return QStringLiteral("close(%1)").arg(first);
    case StepAction::ParentCloseDevNull:
        return plan.lens == Lens::Windows ? QStringLiteral("os.close(self._devnull)")
                                          : QStringLiteral("close(devnull)");
    case StepAction::ReadErrPipe:
        return QStringLiteral("read(errpipe_read)");
    case StepAction::GetStdHandle:
        return QStringLiteral("%1 = GetStdHandle(%2)")
            .arg(first, stdHandleConstant(step.stream.value_or(Stream::Stdin)));
    case StepAction::GetOsfHandle:
        return QStringLiteral("%1 = msvcrt.get_osfhandle(%2)")
            .arg(first,
                QString::fromStdString(step.id).startsWith(QLatin1String("win.devnull."))
                    ? QStringLiteral("self._get_devnull()")
                    : plan.handle(firstHandle(step, Handle::P2cRead)).origin == HandleOrigin::File
                    ? QStringLiteral("%1.fileno()").arg(s)
                    : QString::number(plan.handle(firstHandle(step, Handle::P2cRead)).callerFd));
    case StepAction::CloseDummyEnd:
        return QStringLiteral("CloseHandle(_)");
    case StepAction::MakeInheritable:
        return QStringLiteral("%1 = self._make_inheritable(%1)").arg(first);
    case StepAction::FillStartupInfo:
        if (step.id == "win.handlelist")
            return QStringLiteral("lpAttributeList['handle_list'] = [%1]").arg(handles);
        return QStringLiteral("STARTF_USESTDHANDLES; hStdInput/hStdOutput/hStdError = %1").arg(handles);
    case StepAction::CreateProcess:
        return plan.inheritHandles ? QStringLiteral("CreateProcess(..., bInheritHandles=True, ...)")
                                   : QStringLiteral("CreateProcess(..., bInheritHandles=False, ...)");
    case StepAction::CloseHandle:
        return QStringLiteral("CloseHandle(%1)").arg(first);
    }
    return fromCore(actionName(step.action));
}

QString Describe::stepExplanation(const Step& step, const HandlePlan& plan)
{
    const Stream st = step.stream.value_or(Stream::Stdin);
    const QString s = stream(st);
    const QString first = step.handles.empty() ? QString() : handle(step.handles.front());
    const QString id = QString::fromStdString(step.id);
    const bool windows = plan.lens == Lens::Windows;
    const HandleInfo& info = plan.handle(firstHandle(step, Handle::P2cRead));
    // The end the child gets and the end the parent keeps, for a stream's pipe.
    const QString childEnd = handle(st == Stream::Stdin ? Handle::P2cRead
            : st == Stream::Stdout                      ? Handle::C2pWrite
                                                        : Handle::ErrWrite);
    const QString parentEnd = handle(st == Stream::Stdin ? Handle::P2cWrite
            : st == Stream::Stdout                       ? Handle::C2pRead
                                                         : Handle::ErrRead);

    switch (step.action) {
    case StepAction::CreatePipe:
        if (windows && id.startsWith(QLatin1String("win.dummypipe.")))
            return tr("GetStdHandle() returned None: this process has no standard handle of that kind (pythonw.exe, a "
                      "GUI program or a service can be without one). _get_handles creates a pipe only to give the "
                      "child a valid %1 handle (%2); the other end is closed in the next step.")
                .arg(s, first);
        if (windows)
            return st == Stream::Stdin
                ? tr("_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither "
                     "inheritable yet. Because stdin=PIPE, the child will read from p2cread and the parent keeps "
                     "p2cwrite as proc.stdin.")
                : tr("_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither "
                     "inheritable yet. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as "
                     "proc.%1.")
                      .arg(s, childEnd, parentEnd);
        return st == Stream::Stdin
            ? tr("os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because "
                 "stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin. Without "
                 "it proc.stdin is None, and proc.stdin.write() raises AttributeError: 'NoneType' object has no "
                 "attribute 'write'.")
            : tr("os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because "
                 "%1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1. Without it proc.%1 is "
                 "None, and proc.%1.readline() raises AttributeError.")
                  .arg(s, childEnd, parentEnd);
    case StepAction::SetPipeSize:
        return tr("fcntl(F_SETPIPE_SZ) changes how many bytes the %1 pipe can hold, because Popen was given "
                  "pipesize=. A writer only blocks when the pipe is full, so a bigger pipe lets it run further ahead "
                  "of the reader.")
            .arg(s);
    case StepAction::OpenDevNull:
        return tr("os.open(os.devnull, O_RDWR) opens /dev/null, because %1=DEVNULL: reading it gives end-of-file at "
                  "once, and whatever is written to it is thrown away.")
            .arg(s);
    case StepAction::ReuseDevNull:
        return tr("%1=DEVNULL as well: Popen reuses the /dev/null fd it has already opened instead of opening another "
                  "one.")
            .arg(s);
    case StepAction::OpenFile:
        return st == Stream::Stdin
            ? tr("The file '%1' is opened for reading and becomes p2cread. In Python you pass an open file object; "
                 "Popen only uses its fileno().")
                  .arg(QString::fromStdString(info.path))
            : tr("The file '%1' is opened for writing and becomes %2. In Python you pass an open file object; Popen "
                 "only uses its fileno().")
                  .arg(QString::fromStdString(info.path), first);
    case StepAction::UseCallerFd:
        return tr("%1 was given as the number %2: Popen uses that fd as it is, so the child gets a copy of an fd the "
                  "parent already has open.")
            .arg(s)
            .arg(info.callerFd);
    case StepAction::AliasStdout:
        return plan.handle(Handle::ErrWrite).origin == HandleOrigin::ParentStdout
            ? tr(
                "stderr=STDOUT while stdout is not redirected: errwrite is the parent's own fd 1, so the child's error "
                "output goes wherever the parent's standard output goes.")
            : tr("stderr=STDOUT: errwrite is set to c2pwrite, so the child's error output goes to the same place as "
                 "its standard output.");
    case StepAction::CreateErrPipe:
        return tr("A private pipe (errpipe) lets the child report a failure between fork and exec: the child writes "
                  "the errno into it. Its write end is close-on-exec, so a successful exec closes it and the parent "
                  "reads end-of-file.");
    case StepAction::Fork:
        return tr("fork() creates the child. These steps show CPython's _posixsubprocess.fork_exec path, the one with "
                  "an errpipe and work done in the child between fork and exec, because every call of it can be "
                  "stopped and watched. CPython takes it whenever it does not use os.posix_spawn(); on Linux, from "
                  "Python 3.10, without preexec_fn or user/group changes, it calls vfork() instead of fork(). The fork "
                  "comes after the pipes on purpose: the child starts with a copy of the parent's whole fd table, so "
                  "it inherits every end made above, both ends of every pipe included, and the next steps sort out "
                  "which ones it keeps.");
    case StepAction::ChildCloseParentEnds:
        return step.handles.empty()
            ? tr("In the child: close errpipe's read end. The parent keeps no pipe ends in this configuration, so "
                 "there is nothing else to close.")
            : tr("In the child: close the parent's ends (%1) and errpipe's read end. They are close-on-exec anyway, "
                 "so exec would drop them too. A child holding p2cwrite would keep its own stdin from ever reaching "
                 "end-of-file; the parent's read ends belong to the parent alone, so that once the parent has closed "
                 "them the child's writes fail with EPIPE instead of filling a pipe nobody reads.")
                  .arg(handleList(step.handles));
    case StepAction::ChildDupAway:
        return tr("In the child: %1 sits on an fd that one of the following dup2() calls would overwrite, so it is "
                  "first copied to a higher fd with dup().")
            .arg(first);
    case StepAction::ChildDup2:
        return tr("In the child: dup2(%1, %2) makes fd %2, the number every program uses for %3, refer to what %1 "
                  "refers to. The copy dup2() makes is not close-on-exec, so it survives exec.")
            .arg(first)
            .arg(step.targetFd)
            .arg(s);
    case StepAction::ChildSetInheritable:
        return tr("In the child: %1 already is fd %2, so dup2() would change nothing; Popen clears its close-on-exec "
                  "flag instead, so that it survives exec.")
            .arg(first)
            .arg(step.targetFd);
    case StepAction::ChildCloseFds:
        return tr("In the child: close_fds=True closes every fd above 2 except errpipe's write end (and pass_fds), so "
                  "the program starts with only stdin, stdout and stderr.");
    case StepAction::Exec:
        return tr("In the child: execve() replaces the program. Every close-on-exec fd vanishes now, errpipe's write "
                  "end among them, which tells the parent that exec succeeded.");
    case StepAction::ParentCloseErrPipeWrite:
        return tr("In the parent: close errpipe's write end. Only the child's copy is left, so the parent's read on "
                  "errpipe ends as soon as the child's exec succeeds.");
    case StepAction::ParentCloseChildEnd:
        return st == Stream::Stdin
            ? tr("In the parent: close p2cread, the child's end of the stdin pipe; the child has its own copy. If the "
                 "parent kept it, the pipe would always have a reader: once the child has exited, the parent's "
                 "writes would block for ever on a full pipe instead of failing with EPIPE.")
            : tr("In the parent: close %1, the child's end of the %2 pipe; the child has its own copy. If the parent "
                 "kept it, reading %2 would never reach end-of-file, even after the child exits.")
                  .arg(first, s);
    case StepAction::ParentCloseDevNull:
        return tr("In the parent: close the DEVNULL fd; the child has its own copy.");
    case StepAction::ParentCloseFile:
        return tr("In the parent: PipeScope closes the file it opened for %1 on the caller's behalf; the child has "
                  "its own copy. Popen itself never closes a file you pass: _close_pipe_fds closes only the pipe ends "
                  "it made and its /dev/null fd, so closing the file is up to your code.")
            .arg(s);
    case StepAction::ReadErrPipe:
        return tr("In the parent: read errpipe until end-of-file. End-of-file means exec succeeded and Popen returns; "
                  "data would be the child's errno, raised as an OSError such as FileNotFoundError.");
    case StepAction::GetStdHandle:
        return tr("%1 is None, but another stream is not: _winapi.GetStdHandle(%2) fetches the parent's own "
                  "standard handle, and the next steps give the child an inheritable duplicate of it. On Windows "
                  "None still makes a new handle, unless all three streams are None.")
            .arg(s, stdHandleConstant(st));
    case StepAction::GetOsfHandle:
        if (id.startsWith(QLatin1String("win.devnull.")))
            return tr("%1=DEVNULL: msvcrt.get_osfhandle() turns the C runtime fd of the NUL device (Windows' "
                      "/dev/null) into the Win32 handle behind it.")
                .arg(s);
        return tr("msvcrt.get_osfhandle() turns the C runtime fd given for %1 into the Win32 handle behind it: a "
                  "Windows child inherits handles, not fd numbers.")
            .arg(s);
    case StepAction::CloseDummyEnd:
        return st == Stream::Stdin
            ? tr("CloseHandle(_) closes the dummy pipe's other end at once: the child's stdin reads end-of-file "
                 "immediately.")
            : tr("CloseHandle(_) closes the dummy pipe's other end at once: nothing will ever read what the child "
                 "writes to %1, so its writes fail with a broken pipe.")
                  .arg(s);
    case StepAction::MakeInheritable:
        switch (info.origin) {
        case HandleOrigin::PipeRead:
        case HandleOrigin::PipeWrite:
        case HandleOrigin::DummyPipe:
            return tr("_make_inheritable() calls DuplicateHandle(..., bInheritHandle=TRUE) and uses the duplicate as "
                      "%1: CreatePipe(None, 0) made a handle the child could not inherit.")
                .arg(first);
        case HandleOrigin::ConsoleHandle:
            return tr("_make_inheritable() calls DuplicateHandle(..., bInheritHandle=TRUE) and uses the duplicate as "
                      "%1: the child gets an inheritable copy, while the parent's own standard handle stays exactly "
                      "as it was.")
                .arg(first);
        default:
            return tr("_make_inheritable() calls DuplicateHandle(..., bInheritHandle=TRUE) and uses the duplicate as "
                      "%1: the child gets an inheritable copy, while the handle behind the caller's fd or file is not "
                      "changed.")
                .arg(first);
        }
    case StepAction::FillStartupInfo:
        if (id == QLatin1String("win.handlelist"))
            return tr("close_fds=True, the default on Windows too since Python 3.7: _execute_child puts p2cread, "
                      "c2pwrite and errwrite, and nothing else, into the attribute list's handle list "
                      "(PROC_THREAD_ATTRIBUTE_HANDLE_LIST), leaving out duplicates and console pseudo-handles. "
                      "bInheritHandles is then TRUE, but the child inherits only the handles on this list. It is "
                      "also how a Windows child is given more handles, through "
                      "startupinfo.lpAttributeList['handle_list']: pass_fds is POSIX only (on Windows, _execute_child "
                      "asserts that it is empty).");
        return tr("STARTUPINFO.hStdInput, hStdOutput and hStdError get p2cread, c2pwrite and errwrite, with "
                  "STARTF_USESTDHANDLES. Windows has no fds 0, 1 and 2 to dup2() onto: the child's standard handles "
                  "are named here instead. _execute_child does this only when none of the three is -1, which is "
                  "every case except all three None.");
    case StepAction::CreateProcess:
        if (!plan.inheritHandles)
            return tr("All three streams are None: _get_handles returned six -1, so STARTUPINFO names no standard "
                      "handles (no STARTF_USESTDHANDLES) and, with close_fds=True, CreateProcess gets "
                      "bInheritHandles=FALSE: the child inherits no handle from the parent.");
        return hasHandleList(plan)
            ? tr("CreateProcess(..., bInheritHandles=TRUE) starts the child. Because of the handle list it inherits "
                 "only p2cread, c2pwrite and errwrite, not every inheritable handle of the parent. There is no fork: "
                 "the child runs the new program at once and gets nothing else from the parent.")
            : tr("CreateProcess(..., bInheritHandles=TRUE) starts the child. close_fds=False and no handle list: "
                 "the child inherits every inheritable handle the parent has. There is no fork: the child runs the "
                 "new program at once and gets nothing else from the parent.");
    case StepAction::CloseHandle:
        return tr("The parent closes its copy of %1, the child's %2 handle; the child has its own. As on POSIX, a "
                  "pipe only reports end-of-file when every write handle is closed.")
            .arg(first, s);
    }
    return fromCore(actionName(step.action));
}

QString Describe::event(const Event& e)
{
    const QString s = e.stream ? stream(*e.stream) : QString();
    const QString path = QString::fromStdString(e.path);
    switch (e.kind) {
    case EventKind::PipeCreated:
        return tr("pipe for %1 created: read end fd %2, write end fd %3").arg(s).arg(fdAt(e, 0)).arg(fdAt(e, 1));
    case EventKind::PipeSizeSet:
        return tr("%1 pipe resized: it now holds %2 bytes").arg(s).arg(e.value);
    case EventKind::DevNullOpened:
        return e.value ? tr("/dev/null fd %1 reused for %2").arg(fdAt(e, 0)).arg(s)
                       : tr("/dev/null opened as fd %1 for %2").arg(fdAt(e, 0)).arg(s);
    case EventKind::FileOpened:
        return tr("'%1' opened as fd %2 for %3").arg(path).arg(fdAt(e, 0)).arg(s);
    case EventKind::CallerFdUsed:
        return tr("fd %1 used as it is for %2").arg(fdAt(e, 0)).arg(s);
    case EventKind::HandleAliased:
        return tr("stderr=STDOUT: errwrite is fd %1").arg(fdAt(e, 0));
    case EventKind::ErrPipeCreated:
        return tr("errpipe created: read end fd %1, write end fd %2").arg(fdAt(e, 0)).arg(fdAt(e, 1));
    case EventKind::Forked:
        return tr("fork: the child is pid %1").arg(e.value);
    case EventKind::ChildClosed:
        return tr("the child closed fds %1").arg(fdList(e.fds));
    case EventKind::ChildDuped:
        return tr("the child moved fd %1 to fd %2").arg(fdAt(e, 0)).arg(fdAt(e, 1));
    case EventKind::ChildDup2:
        return tr("the child called dup2(%1, %2): its %3 is now the fd the parent made")
            .arg(fdAt(e, 0))
            .arg(fdAt(e, 1))
            .arg(s);
    case EventKind::ChildInheritable:
        return tr("the child cleared close-on-exec on fd %1").arg(fdAt(e, 0));
    case EventKind::ChildClosedFds:
        return tr("the child closed every fd above 2 except fd %1 (close_fds)").arg(fdAt(e, 0));
    case EventKind::Exec:
        return tr("the child ran execve('%1')").arg(path);
    case EventKind::ExecFailed:
        return tr("execve('%1') failed in the child: %2").arg(path, errnoText(e.value));
    case EventKind::ChildSetupFailed:
        return tr("%1 failed in the child before exec: %2").arg(path, errnoText(e.value));
    case EventKind::ParentClosed:
        return s.isEmpty() ? tr("the parent closed fd %1").arg(fdAt(e, 0))
                           : tr("the parent closed fd %1 (%2)").arg(fdAt(e, 0)).arg(s);
    case EventKind::ErrPipeEof:
        return tr("errpipe reached end-of-file: exec succeeded");
    case EventKind::StdinWritten:
        return tr("the parent wrote %n byte(s) to stdin", nullptr, static_cast<int>(e.bytes));
    case EventKind::StdinClosed:
        return tr("the parent closed stdin: the child will read end-of-file");
    case EventKind::StdinBrokenPipe:
        return tr("broken pipe (EPIPE): no process holds stdin's read end any more (the child closed fd 0 or exited)");
    case EventKind::DataRead:
        return tr("the parent read %n byte(s) from %1", nullptr, static_cast<int>(e.bytes)).arg(s);
    case EventKind::StreamEof:
        return tr("%1 reached end-of-file: every write end is closed").arg(s);
    case EventKind::ChildExited:
        return tr("the child exited with status %1").arg(e.value);
    case EventKind::ChildSignaled:
        return tr("the child was killed by signal %1 (%2)").arg(e.value).arg(signalText(e.value));
    case EventKind::TimedOut:
        return tr("the parent gave up waiting after %1 ms").arg(e.value);
    case EventKind::ChildKilled:
        return tr("the parent sent %1 to the child").arg(signalText(e.value));
    }
    return fromCore(eventKindName(e.kind));
}

QString Describe::eventFds(const Event& e)
{
    switch (e.kind) {
    case EventKind::PipeCreated:
    case EventKind::ErrPipeCreated:
        return tr("read end %1, write end %2").arg(fdAt(e, 0)).arg(fdAt(e, 1));
    case EventKind::PipeSizeSet:
        return tr("fd %1: %2 bytes").arg(fdAt(e, 0)).arg(e.value);
    case EventKind::DevNullOpened:
    case EventKind::FileOpened:
    case EventKind::CallerFdUsed:
    case EventKind::HandleAliased:
    case EventKind::ChildInheritable:
        return tr("fd %1").arg(fdAt(e, 0));
    case EventKind::Forked:
        return tr("child pid %1").arg(e.value);
    case EventKind::ChildClosed:
        return QStringLiteral("close(%1)").arg(fdList(e.fds));
    case EventKind::ChildDuped:
        return QStringLiteral("dup(%1) → %2").arg(fdAt(e, 0)).arg(fdAt(e, 1));
    case EventKind::ChildDup2:
        return QStringLiteral("dup2(%1, %2)").arg(fdAt(e, 0)).arg(fdAt(e, 1));
    case EventKind::ChildClosedFds:
        return tr("kept fd %1").arg(fdAt(e, 0));
    case EventKind::Exec:
        // The file name is enough in a cell; the trace log has the whole path.
        return QFileInfo(QString::fromStdString(e.path)).fileName();
    case EventKind::ExecFailed:
    case EventKind::ChildSetupFailed:
        return errnoText(e.value);
    case EventKind::ParentClosed:
        return QStringLiteral("close(%1)").arg(fdAt(e, 0));
    case EventKind::ErrPipeEof:
        return tr("read(%1): end-of-file").arg(fdAt(e, 0));
    default:
        return {};
    }
}

QString Describe::fdKind(FdKind kind)
{
    switch (kind) {
    case FdKind::Pipe:
        return tr("pipe");
    case FdKind::DevNull:
        return QStringLiteral("/dev/null");
    case FdKind::File:
        return tr("file");
    case FdKind::Tty:
        return tr("terminal");
    case FdKind::Socket:
        return tr("socket");
    case FdKind::AnonInode:
        return tr("anonymous inode");
    case FdKind::Other:
        return tr("other");
    }
    return {};
}

QString Describe::access(Access a)
{
    switch (a) {
    case Access::Read:
        return tr("read");
    case Access::Write:
        return tr("write");
    case Access::ReadWrite:
        return tr("read/write");
    }
    return {};
}

QString Describe::exitStatus(const RunResult& r)
{
    if (r.timedOut)
        return tr("timed out: the child was killed and reaped");
    if (r.cancelled)
        return tr("stopped: the child was killed and reaped");
    if (r.exit.signaled)
        return tr("killed by signal %1 (%2)").arg(r.exit.code).arg(signalText(r.exit.code));
    return tr("exited with status %1").arg(r.exit.code);
}

QString Describe::bytes(const QByteArray& data)
{
    return ByteEscaper::escapeAll(data);
}
