// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <cerrno>
#include <cstring>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace pipescope::cli {

namespace {

std::string fdList(const std::vector<int>& fds)
{
    std::string out;
    for (int fd : fds) {
        if (!out.empty())
            out += ", ";
        out += std::to_string(fd);
    }
    return out;
}

std::string handles(const Step& step)
{
    std::string out;
    for (Handle h : step.handles) {
        if (!out.empty())
            out += ", ";
        out += handleName(h);
    }
    return out;
}

std::string streamOf(const std::optional<Stream>& s)
{
    return s ? std::string(streamName(*s)) : std::string();
}

} // namespace

std::string errnoText(int err)
{
    // strerror names the cause the way people search for it: "No such file or directory".
    return std::string(std::strerror(err)) + (err == EPIPE ? " (EPIPE)" : "");
}

std::string describeStep(const Step& step, const HandlePlan& plan)
{
    const std::string s = streamOf(step.stream);
    const std::string h = handles(step);
    switch (step.action) {
    case StepAction::CreatePipe:
        return plan.lens == Lens::Posix ? "pipe() for " + s + " -> " + h + " (both close-on-exec)"
                                        : "CreatePipe() for " + s + " -> " + h;
    case StepAction::SetPipeSize:
        return "fcntl(" + h + ", F_SETPIPE_SZ) for " + s;
    case StepAction::OpenDevNull:
        return "open(\"/dev/null\", O_RDWR) -> " + h;
    case StepAction::ReuseDevNull:
        return h + " = the /dev/null fd opened before";
    case StepAction::OpenFile:
        return "open(\"" + plan.handle(step.handles.front()).path + "\") for " + s + " -> " + h;
    case StepAction::UseCallerFd:
        return h + " = fd " + std::to_string(plan.handle(step.handles.front()).callerFd) + " (given by the caller)";
    case StepAction::AliasStdout:
        return plan.handle(Handle::ErrWrite).origin == HandleOrigin::ParentStdout
            ? "errwrite = the parent's stdout (fd 1): stderr=STDOUT without a stdout redirect"
            : "errwrite = c2pwrite: stderr=STDOUT joins the stdout pipe";
    case StepAction::CreateErrPipe:
        return "pipe() for exec errors (errpipe_read, errpipe_write; close-on-exec)";
    case StepAction::Fork:
        return "fork(): the child gets a copy of every fd";
    case StepAction::ChildCloseParentEnds:
        return "closes the parent's ends" + (h.empty() ? std::string() : " (" + h + ")") + " and errpipe_read";
    case StepAction::ChildDupAway:
        return "dup()s " + h + " off fd 0/1 so the dup2 below cannot overwrite it";
    case StepAction::ChildDup2:
        return "dup2(" + h + ", " + std::to_string(step.targetFd) + ") -> its " + s;
    case StepAction::ChildSetInheritable:
        return "clears close-on-exec on " + h + " (already fd " + std::to_string(step.targetFd) + ")";
    case StepAction::ChildCloseFds:
        return "closes every fd >= 3 but errpipe_write (close_fds=True)";
    case StepAction::Exec:
        return "execve(): close-on-exec fds vanish, errpipe_write with them";
    case StepAction::ParentCloseErrPipeWrite:
        return "closes errpipe_write";
    case StepAction::ParentCloseChildEnd:
        return "closes " + h + " (the child's end of the " + s + " pipe)";
    case StepAction::ParentCloseDevNull:
        return plan.lens == Lens::Posix ? "closes its /dev/null fd" : "CloseHandle(devnull)";
    case StepAction::ParentCloseFile:
        return "closes the file it opened for " + s;
    case StepAction::ReadErrPipe:
        return "reads errpipe_read: EOF means exec succeeded";
    case StepAction::GetStdHandle:
        return h + " = GetStdHandle(STD_" + (s == "stdin" ? "INPUT" : s == "stdout" ? "OUTPUT" : "ERROR") + "_HANDLE)";
    case StepAction::GetOsfHandle:
        return h + " = msvcrt.get_osfhandle(fd) for " + s;
    case StepAction::CloseDummyEnd:
        return "GetStdHandle returned None (this process has no standard handle of that kind): CloseHandle() the "
               "other end of a dummy pipe; "
            + h + " keeps one end";
    case StepAction::MakeInheritable:
        return h + " = _make_inheritable(" + h + ") (DuplicateHandle, bInheritHandle=TRUE)";
    case StepAction::FillStartupInfo:
        if (step.id == "win.handlelist")
            return "PROC_THREAD_ATTRIBUTE_HANDLE_LIST = " + h + ": the child inherits these handles and no other";
        return "STARTUPINFO.hStdInput/hStdOutput/hStdError = " + h + ", STARTF_USESTDHANDLES";
    case StepAction::CreateProcess:
        if (!plan.inheritHandles)
            return "CreateProcess(bInheritHandles=FALSE): the child inherits no handle";
        return hasHandleList(plan) ? "CreateProcess(bInheritHandles=TRUE): the child inherits the handle list only"
                                   : "CreateProcess(bInheritHandles=TRUE): the child inherits every inheritable handle";
    case StepAction::CloseHandle:
        return "CloseHandle(" + h + ")";
    }
    return {};
}

std::string describeEvent(const Event& e)
{
    const std::string s = streamOf(e.stream);
    const std::string fds = fdList(e.fds);
    switch (e.kind) {
    case EventKind::PipeCreated:
        return "pipe for " + s + ": read end fd " + std::to_string(e.fds.at(0)) + ", write end fd "
            + std::to_string(e.fds.at(1));
    case EventKind::PipeSizeSet:
        return "pipe size of fd " + fds + " is now " + std::to_string(e.value) + " bytes";
    case EventKind::DevNullOpened:
        return (e.value ? "reuses /dev/null fd " : "opened /dev/null as fd ") + fds + " for " + s;
    case EventKind::FileOpened:
        return "opened " + e.path + " as fd " + fds + " for " + s;
    case EventKind::CallerFdUsed:
        return s + " uses the caller's fd " + fds;
    case EventKind::HandleAliased:
        return "errwrite = fd " + fds + " (stderr=STDOUT)";
    case EventKind::ErrPipeCreated:
        return "error pipe: fds " + fds;
    case EventKind::Forked:
        return "forked child pid " + std::to_string(e.value);
    case EventKind::ChildClosed:
        return "closed fds " + fds;
    case EventKind::ChildDuped:
        return "dup(" + std::to_string(e.fds.at(0)) + ") -> " + std::to_string(e.fds.at(1));
    case EventKind::ChildDup2:
        return "dup2(" + std::to_string(e.fds.at(0)) + ", " + std::to_string(e.fds.at(1)) + ")";
    case EventKind::ChildInheritable:
        return "fd " + fds + " made inheritable";
    case EventKind::ChildClosedFds:
        return "closed every fd >= 3 except " + fds;
    case EventKind::Exec:
        return "execve(\"" + e.path + "\")";
    case EventKind::ExecFailed:
        return "execve(\"" + e.path + "\") failed: " + errnoText(e.value);
    case EventKind::ChildSetupFailed:
        return e.path + " failed in the child: " + errnoText(e.value);
    case EventKind::ParentClosed:
        return "closed fd " + fds;
    case EventKind::ErrPipeEof:
        return "error pipe reached EOF: exec succeeded";
    case EventKind::StdinWritten:
        return std::to_string(e.bytes) + " bytes written to stdin";
    case EventKind::StdinClosed:
        return "stdin closed (the child sees EOF)";
    case EventKind::StdinBrokenPipe:
        return "stdin: broken pipe (EPIPE) after " + std::to_string(e.bytes)
            + " bytes: no process holds the read end any more (the child closed fd 0 or exited)";
    case EventKind::DataRead:
        return std::to_string(e.bytes) + " bytes read from " + s;
    case EventKind::StreamEof:
        return s + " reached EOF";
    case EventKind::ChildExited:
        return "child exited with status " + std::to_string(e.value);
    case EventKind::ChildSignaled:
        return std::string("child killed by signal ") + std::to_string(e.value) + " (" + strsignal(e.value) + ")";
    case EventKind::TimedOut:
        return "timed out after " + std::to_string(e.value) + " ms";
    case EventKind::ChildKilled:
        return "sent signal " + std::to_string(e.value) + " to the child";
    }
    return {};
}

std::string describeError(const Error& e)
{
    const std::string stream = e.stream ? std::string(streamName(*e.stream)) + ": " : std::string();
    switch (e.code) {
    case ErrorCode::EmptyCommand:
        return "no program given";
    case ErrorCode::FdNotOpen:
        return stream + "fd " + e.subject + " is not open: " + errnoText(e.sysErrno);
    case ErrorCode::ExecFailed:
        return "cannot run '" + e.subject + "': " + errnoText(e.sysErrno);
    case ErrorCode::ChildSetup:
        return stream + e.call + " failed in the child before exec: " + errnoText(e.sysErrno);
    case ErrorCode::SystemCall:
        return stream + e.call + (e.subject.empty() ? std::string() : " '" + e.subject + "'") + ": "
            + errnoText(e.sysErrno);
    case ErrorCode::Malformed:
        return "malformed input at " + e.subject;
    case ErrorCode::Cancelled:
        return stream + "open('" + e.subject + "') was still waiting: it is a FIFO, and nobody opened its other end";
    case ErrorCode::TraceRefused:
        return "cannot record: " + e.call + " refused: " + errnoText(e.sysErrno)
            + " (already traced by a debugger or strace, or ptrace forbidden here; run it without watch)";
    default:
        return stream + "invalid value '" + e.subject + "'";
    }
}

std::string commandLine(const ProcessInfo& process)
{
    if (process.argv.empty())
        return "[" + process.comm + "]";
    std::string out;
    for (const std::string& arg : process.argv)
        out += (out.empty() ? "" : " ") + arg;
    return out;
}

std::string seconds(double value)
{
    std::ostringstream out;
    out << value << " s";
    return out.str();
}

int exitStatusFor(const Error& e)
{
    if (e.code == ErrorCode::ExecFailed)
        return e.sysErrno == ENOENT || e.sysErrno == ENOTDIR ? 127 : 126;
    if (e.code == ErrorCode::EmptyCommand)
        return 2;
    return 1;
}

void printPlan(std::ostream& out, const HandlePlan& plan)
{
    out << "plan (" << lensName(plan.lens) << (plan.lens == Lens::Windows ? ", a model: execution is POSIX" : "")
        << "):\n";
    for (const HandleInfo& h : plan.handles) {
        out << "  " << std::left << std::setw(9) << handleName(h.handle) << originName(h.origin);
        if (h.origin == HandleOrigin::CallerFd)
            out << ' ' << h.callerFd;
        if (h.origin == HandleOrigin::File)
            out << ' ' << h.path;
        out << '\n';
    }
    int n = 1;
    for (const Step& step : plan.steps)
        out << "  " << std::right << std::setw(2) << n++ << ". " << std::left << std::setw(7) << actorName(step.actor)
            << describeStep(step, plan) << '\n';
}

void printTrace(std::ostream& out, const Trace& trace)
{
    if (trace.events.empty())
        return;
    const std::int64_t t0 = trace.events.front().timeNs;
    out << "trace:\n";
    for (const Event& e : trace.events) {
        std::ostringstream time;
        time << std::fixed << std::setprecision(3) << static_cast<double>(e.timeNs - t0) / 1e6;
        out << "  " << std::right << std::setw(10) << time.str() << " ms  " << std::left << std::setw(7)
            << actorName(e.actor) << std::setw(8) << e.pid << describeEvent(e) << '\n';
    }
}

void printFdTable(std::ostream& out, const FdTable& table, const std::string& title)
{
    out << title << ":\n";
    for (const FdEntry& e : table)
        out << "  fd " << std::left << std::setw(4) << e.fd << std::setw(4) << accessName(e.access) << std::setw(9)
            << (e.cloexec ? "cloexec" : "") << e.target << '\n';
}

} // namespace pipescope::cli
