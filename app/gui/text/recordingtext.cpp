// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/recordingtext.h"

#include "record/callsyntax.h"
#include "text/describe.h"

#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <csignal>
#include <cstdlib> // WUNTRACED, WCONTINUED
#include <fcntl.h>
#include <linux/close_range.h>
#include <linux/sched.h>

using namespace pipescope;

namespace {

// The hold of (pid, fd) that a call at t ended, and whether it was a write end.
const PipeHold* endedHold(const RecordedPipe& pipe, int pid, int fd, std::int64_t t, bool* writeEnd)
{
    for (const auto* ends : { &pipe.readEnds, &pipe.writeEnds })
        for (const PipeHold& h : *ends)
            if (h.pid == pid && h.fd == fd && h.closedNs == t) {
                *writeEnd = ends == &pipe.writeEnds;
                return &h;
            }
    return nullptr;
}

// How many fds hold one end of the pipe right after t.
int holdersAfter(const std::vector<PipeHold>& ends, std::int64_t t)
{
    return static_cast<int>(std::ranges::count_if(
        ends, [&](const PipeHold& h) { return h.openedNs <= t && (!h.closedNs || *h.closedNs > t); }));
}

QString fdWithName(const Recording& rec, const PopenNames* names, int pid, std::int64_t fd, std::int64_t t)
{
    const int f = static_cast<int>(fd);
    const std::string name = names ? names->name(pid, f, t) : rec.popenName(pid, f, t);
    return name.empty() ? QString::number(fd) : QStringLiteral("%1 (%2)").arg(fd).arg(QString::fromStdString(name));
}

std::int64_t arg(const RecordedEvent& e, size_t i)
{
    return i < e.args.size() ? e.args[i] : 0;
}

} // namespace

QString RecordingText::program(const std::vector<std::string>& argv)
{
    if (argv.empty())
        return QStringLiteral("?");
    QStringList words { QFileInfo(QString::fromStdString(argv.front())).fileName() };
    for (size_t i = 1; i < argv.size(); ++i) {
        const QString a = QString::fromStdString(argv[i]);
        // A script by its file name: the directory is the same long temporary path every time.
        words << (a.startsWith(QLatin1Char('/')) ? QFileInfo(a).fileName() : a);
    }
    return words.join(QLatin1Char(' '));
}

QString RecordingText::exit(const ExitStatus& exit)
{
    return exit.signaled ? tr("killed by %1").arg(Describe::signalText(exit.code)) : tr("exit %1").arg(exit.code);
}

QString RecordingText::end(bool writeEnd)
{
    return writeEnd ? tr("write end") : tr("read end");
}

QString RecordingText::call(const Recording& rec, const RecordedEvent& e, const PopenNames* names)
{
    switch (e.call) {
    case Call::Signal:
        return tr("--- %1 delivered ---").arg(Describe::signalText(static_cast<int>(arg(e, 0))));
    case Call::Exit:
        return QStringLiteral("+++ %1 +++")
            .arg(exit(ExitStatus { .signaled = arg(e, 1) != 0, .code = static_cast<int>(arg(e, 0)) }));
    default:
        return QString::fromStdString(callSyntax(rec, e, names));
    }
}

QString RecordingText::line(const Recording& rec, const RecordedEvent& e, const PopenNames* names)
{
    return QStringLiteral("[%1 ms]  %2  %3")
        .arg(static_cast<double>(e.timeNs) / 1e6, 9, 'f', 3)
        .arg(e.pid, 6)
        .arg(call(rec, e, names));
}

QString RecordingText::explanation(const Recording& rec, const RecordedEvent& e, const PopenNames* names)
{
    const QString pid = QString::number(e.pid);
    const std::int64_t t = e.timeNs;
    auto failed = [&] {
        return tr("Process %1's %2 failed: %3.")
            .arg(pid, fromCore(callName(e.call)), Describe::errnoText(static_cast<int>(-e.result)));
    };
    if (e.result < 0 && e.call != Call::Signal && e.call != Call::Exit) {
        // A write into a pipe nobody reads is the one failure worth its own words.
        if ((e.call == Call::Write || e.call == Call::Writev) && e.result == -EPIPE)
            return tr("Process %1 wrote to fd %2, but no process holds the pipe's read end any more: the write "
                      "failed with EPIPE. The process gets SIGPIPE too, which ends it unless it ignores or handles "
                      "the signal (Python ignores it).")
                .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t));
        if (e.call == Call::Execve || e.call == Call::Execveat)
            return tr("Process %1 could not run %2: %3. It still runs its old program.")
                .arg(pid, QString::fromStdString(e.path), Describe::errnoText(static_cast<int>(-e.result)));
        return failed();
    }
    switch (e.call) {
    case Call::Pipe:
    case Call::Pipe2:
        if (e.fds.size() != 2)
            return failed();
        return tr("Process %1 made a pipe: fd %2 is its read end, fd %3 its write end. Bytes written to the write "
                  "end come out of the read end, in one direction only.")
            .arg(pid, fdWithName(rec, names, e.pid, e.fds[0], t), fdWithName(rec, names, e.pid, e.fds[1], t));
    case Call::Dup2:
    case Call::Dup3:
        if (arg(e, 0) == arg(e, 1))
            return tr("Process %1 called dup2 with the same fd twice: nothing changes.").arg(pid);
        if (e.call == Call::Dup3 && (arg(e, 2) & O_CLOEXEC))
            return tr("Process %1 made fd %3 a copy of fd %2 (closing what fd %3 was before), marked close-on-exec: "
                      "an exec will close it.")
                .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t), QString::number(e.result));
        return tr("Process %1 made fd %3 a copy of fd %2 (closing what fd %3 was before). Both now refer to the same "
                  "open file; a program started by exec will find it as fd %3.")
            .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t), QString::number(e.result));
    case Call::Dup:
    case Call::Fcntl:
        if (e.call == Call::Fcntl && arg(e, 1) == F_SETFD)
            return (arg(e, 2) & FD_CLOEXEC)
                ? tr("Process %1 marked fd %2 close-on-exec: a successful exec will close it.")
                      .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t))
                : tr("Process %1 cleared close-on-exec on fd %2: it stays open across exec.")
                      .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t));
        if (e.call == Call::Fcntl && arg(e, 1) == F_SETPIPE_SZ)
            return tr("Process %1 set the capacity of the pipe behind fd %2 to %3 bytes.")
                .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t), QString::number(e.result));
        if (e.call == Call::Fcntl && arg(e, 1) == F_DUPFD_CLOEXEC)
            return tr("Process %1 copied fd %2 to fd %3, the lowest free fd from %4 up, marked close-on-exec.")
                .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t), QString::number(e.result),
                    QString::number(arg(e, 2)));
        if (e.call == Call::Fcntl)
            return tr("Process %1 copied fd %2 to fd %3, the lowest free fd from %4 up.")
                .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t), QString::number(e.result),
                    QString::number(arg(e, 2)));
        return tr("Process %1 copied fd %2 to the lowest free fd, %3.")
            .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t), QString::number(e.result));
    case Call::Close: {
        const RecordedPipe* pipe = e.inode ? rec.pipe(e.inode) : nullptr;
        bool writeEnd = false;
        // The name it had while it was open: just before the close.
        QString text = tr("Process %1 closed fd %2.").arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t - 1));
        // Only about a pipe the recording saw made: one that was open before may have holders outside it (the
        // window's own pipes to the program's stdout and stderr, say).
        if (pipe && pipe->createdBy != 0 && endedHold(*pipe, e.pid, static_cast<int>(arg(e, 0)), t, &writeEnd)) {
            const int left = holdersAfter(writeEnd ? pipe->writeEnds : pipe->readEnds, t);
            if (left == 0 && writeEnd)
                text += QLatin1Char(' ')
                    + tr("No process holds the pipe's write end any more: once the pipe is empty, a read from it "
                         "returns 0, end of file.");
            else if (left == 0)
                text += QLatin1Char(' ')
                    + tr("No process holds the pipe's read end any more: a write to it now fails with EPIPE and "
                         "raises SIGPIPE.");
            else
                text += QLatin1Char(' ')
                    + tr("The pipe's %1 is still held through %n other fd(s).", nullptr, left).arg(end(writeEnd));
        }
        return text;
    }
    case Call::CloseRange:
        if (arg(e, 2) & CLOSE_RANGE_CLOEXEC)
            return tr("Process %1 marked every fd from %2 to %3 close-on-exec in one call: they close at its exec.")
                .arg(pid)
                .arg(arg(e, 0))
                .arg(arg(e, 1) >= 0x7fffffff ? tr("the last") : QString::number(arg(e, 1)));
        return tr("Process %1 closed every fd from %2 to %3 in one call.")
            .arg(pid)
            .arg(arg(e, 0))
            .arg(arg(e, 1) >= 0x7fffffff ? tr("the last") : QString::number(arg(e, 1)));
    case Call::Open:
    case Call::Openat:
    case Call::Creat:
        return e.inode
            ? tr("Process %1 opened the FIFO %2 as fd %3: a named pipe, found by its path.")
                  .arg(pid, QString::fromStdString(e.path), QString::number(e.result))
            : tr("Process %1 opened %2 as fd %3.").arg(pid, QString::fromStdString(e.path), QString::number(e.result));
    case Call::Mknod:
    case Call::Mknodat:
        return tr("Process %1 made the FIFO %2: a pipe with a name in the file system, which any process "
                  "permitted to open the path can use.")
            .arg(pid, QString::fromStdString(e.path));
    case Call::Socketpair:
        return tr("Process %1 made a pair of connected sockets: fds %2 and %3, both ways.")
            .arg(pid)
            .arg(e.fds.size() == 2 ? e.fds[0] : -1)
            .arg(e.fds.size() == 2 ? e.fds[1] : -1);
    case Call::Fork:
        return tr("Process %1 forked process %2: the child starts with a copy of every fd the parent has, each "
                  "referring to the same pipe end.")
            .arg(pid)
            .arg(e.result);
    case Call::Vfork:
        return tr("Process %1 started process %2 with vfork: the child gets a copy of the fds and shares the "
                  "parent's memory; the parent waits until the child execs or exits.")
            .arg(pid)
            .arg(e.result);
    case Call::Clone:
    case Call::Clone3:
        if ((arg(e, 0) & CLONE_THREAD) != 0)
            return tr("Process %1 started a thread (%2).").arg(pid).arg(e.result);
        if ((arg(e, 0) & (CLONE_VM | CLONE_VFORK)) == (CLONE_VM | CLONE_VFORK))
            return tr("Process %1 started process %2 the way posix_spawn does (clone with CLONE_VM|CLONE_VFORK): "
                      "the child gets a copy of the fds; the parent waits until it execs or exits.")
                .arg(pid)
                .arg(e.result);
        if ((arg(e, 0) & CLONE_FILES) != 0)
            return tr(
                "Process %1 started process %2 with clone, sharing its fd table (CLONE_FILES): an fd opened or closed "
                "by either is opened or closed for both.")
                .arg(pid)
                .arg(e.result);
        return tr("Process %1 started process %2 with clone: the child gets a copy of the fds.").arg(pid).arg(e.result);
    case Call::Execve:
    case Call::Execveat:
        return tr("Process %1 now runs %2. The fds marked close-on-exec were closed; every other fd stays open, "
                  "with the same number.")
            .arg(pid, program(e.argv));
    case Call::Wait4:
        if (e.result > 0 && (arg(e, 1) & (WUNTRACED | WCONTINUED)) != 0)
            return tr("Process %1 learned that process %2 ended, stopped or continued.").arg(pid).arg(e.result);
        return e.result > 0 ? tr("Process %1 collected the exit status of process %2.").arg(pid).arg(e.result)
                            : tr("Process %1 asked for a child's exit status; none had ended yet.").arg(pid);
    case Call::Waitid:
        return tr("Process %1 waited for a child with waitid.").arg(pid);
    case Call::Kill:
    case Call::Tgkill:
        return tr("Process %1 sent %2 to %3.")
            .arg(pid, Describe::signalText(static_cast<int>(arg(e, e.call == Call::Kill ? 1 : 2))))
            .arg(arg(e, 0));
    case Call::Read:
    case Call::Readv:
        if (e.result == 0)
            return tr("Process %1 read from fd %2 and got 0: end of file, since no process holds the pipe's write "
                      "end any more.")
                .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t));
        return tr("Process %1 read %n byte(s) from fd %2.", nullptr, static_cast<int>(e.bytes))
            .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t));
    case Call::Write:
    case Call::Writev:
        return tr("Process %1 wrote %n byte(s) to fd %2.", nullptr, static_cast<int>(e.bytes))
            .arg(pid, fdWithName(rec, names, e.pid, arg(e, 0), t));
    case Call::Splice:
        return tr(
            "Process %1 moved %n byte(s) from fd %2 to fd %3 inside the kernel.", nullptr, static_cast<int>(e.bytes))
            .arg(pid)
            .arg(arg(e, 0))
            .arg(arg(e, 1));
    case Call::Signal:
        if (arg(e, 0) == SIGPIPE)
            return tr("Process %1 got SIGPIPE: it wrote to a pipe that no process can read any more. Unless it "
                      "ignores or handles the signal, SIGPIPE ends it.")
                .arg(pid);
        return tr("Process %1 got %2.").arg(pid, Describe::signalText(static_cast<int>(arg(e, 0))));
    case Call::Exit:
        return tr("Process %1 ended (%2). The kernel closed every fd it still held.")
            .arg(pid, exit(ExitStatus { .signaled = arg(e, 1) != 0, .code = static_cast<int>(arg(e, 0)) }));
    }
    return {};
}

QString RecordingText::state(const RecordingState& state)
{
    QStringList lines;
    for (const ProcessState& p : state.processes) {
        QStringList ends;
        for (const HeldPipeEnd& h : p.ends) {
            QString item = tr("fd %1: %2 of pipe %3").arg(h.fd).arg(end(h.writeEnd)).arg(h.inode);
            if (!h.popenName.empty())
                item += QStringLiteral(" (%1)").arg(QString::fromStdString(h.popenName));
            ends << item;
        }
        QString line = tr("Process %1 (%2)").arg(p.pid).arg(program(p.argv));
        if (p.ended && p.exit)
            line += QStringLiteral(", ") + exit(*p.exit);
        line += QStringLiteral(": ") + (ends.isEmpty() ? tr("no pipe ends") : ends.join(QStringLiteral("; ")));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}
