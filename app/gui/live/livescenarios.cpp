// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livescenarios.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace pipescope;

namespace {

constexpr int megabyteLineLength = 64;
constexpr int megabyteLines = (1 << 20) / megabyteLineLength;

bool isBareName(const Redirect& r)
{
    return r.kind == Redirect::Kind::File && !r.path.empty() && r.path.find('/') == std::string::npos;
}

} // namespace

SpawnSpec LiveScenario::spec(const QString& childProgram, const QString& workDir) const
{
    SpawnSpec spec;
    if (!argv.isEmpty()) {
        for (const QString& arg : argv)
            spec.argv.push_back(QFile::encodeName(arg).toStdString());
    } else if (!pythonScript.isEmpty()) {
        const QString script = LiveScenarios::bundledScript(pythonScript);
        if (script.isEmpty())
            return {};
        spec.argv = { "python3" };
        for (const QString& option : pythonOptions)
            spec.argv.push_back(option.toStdString());
        spec.argv.push_back(QFile::encodeName(script).toStdString());
        for (const QString& arg : childArgs)
            spec.argv.push_back(QFile::encodeName(arg).toStdString());
    } else {
        spec.argv.push_back(QFile::encodeName(childProgram).toStdString());
        for (const QString& arg : childArgs)
            spec.argv.push_back(QFile::encodeName(arg).toStdString());
    }
    spec.redirects = redirects;
    for (Redirect& r : spec.redirects)
        if (isBareName(r))
            r.path = QDir(workDir).filePath(QString::fromStdString(r.path)).toStdString();
    return spec;
}

bool LiveScenario::usesWorkDir() const
{
    return std::any_of(redirects.begin(), redirects.end(), isBareName);
}

QString LiveScenario::modeArgsLine() const
{
    QStringList words;
    // QProcess::splitCommand() reads it back: double quotes group the words of one argument.
    for (const QString& arg : childArgs.mid(1))
        words << (arg.contains(QLatin1Char(' ')) ? QLatin1Char('"') + arg + QLatin1Char('"') : arg);
    return words.join(QLatin1Char(' '));
}

QString LiveScenarios::bundledScript(const QString& name)
{
    static std::unique_ptr<QTemporaryDir> dir;
    const QString resource = QStringLiteral(":/python/") + name;
    if (name.contains(QLatin1Char('/')) || !QFile::exists(resource))
        return {};
    if (!dir)
        dir = std::make_unique<QTemporaryDir>();
    const QString path = dir->filePath(name);
    if (!dir->isValid() || (!QFile::exists(path) && !QFile::copy(resource, path)))
        return {};
    return path;
}

QByteArray LiveScenarios::seedLines()
{
    QByteArray lines;
    for (int i = 0; i < 10; ++i)
        lines += "write data:" + QByteArray::number(i) + "\r\n";
    return lines;
}

QByteArray LiveScenarios::megabyte()
{
    // Made once: the catalogue is rebuilt whenever the picker asks, and copies of a QByteArray are free.
    static const QByteArray bytes = [] {
        QByteArray out;
        out.reserve(qsizetype { megabyteLines } * megabyteLineLength);
        for (int i = 0; i < megabyteLines; ++i) {
            QByteArray line
                = "line " + QByteArray::number(i).rightJustified(5, '0') + " of the megabyte the parent writes ";
            line = line.leftJustified(megabyteLineLength - 1, '.', true);
            out += line + '\n';
        }
        return out;
    }();
    return bytes;
}

QList<LiveScenario> LiveScenarios::all()
{
    const Redirect pipe = Redirect::pipe();
    const Redirect none = Redirect::inherit();
    const Redirect devNull = Redirect::devNull();
    QList<LiveScenario> scenarios {
        LiveScenario {
            .id = QStringLiteral("seed-echo"),
            .title = tr("The seed's parent.py and child.py"),
            .description
            = tr("stdin=PIPE, stdout=PIPE. The parent writes the ten lines \"write data:N\" of the seed's "
                 "parent.py, each ending in CR LF; the child answers each one with \">>>get std in …\", as child.py "
                 "does. As in the seed, stdin stays open: type more lines, then close stdin so the child "
                 "reads EOF and exits."),
            .redirects = { pipe, pipe, none },
            .childArgs = { QStringLiteral("echo") },
            .policy = ParentPolicy::Manual,
            .input = seedLines(),
        },
        LiveScenario {
            .id = QStringLiteral("stdin-not-pipe"),
            .title = tr("stdin is not PIPE: AttributeError on write"),
            .description = tr("stdin=None, stdout=PIPE. The child shares PipeScope's own stdin (the terminal it was "
                              "started from, or /dev/null) and the parent holds no write end: proc.stdin is None. "
                              "Typing a line is proc.stdin.write(), which raises AttributeError: 'NoneType' object has "
                              "no attribute 'write'."),
            .redirects = { none, pipe, none },
            .childArgs = { QStringLiteral("echo") },
            .policy = ParentPolicy::Manual,
        },
        LiveScenario {
            .id = QStringLiteral("stdout-not-pipe"),
            .title = tr("stdout is not PIPE: AttributeError on readline"),
            .description = tr("stdin=PIPE, stdout=None. The parent writes the ten lines, but the child's answers go to "
                              "PipeScope's own stdout (the terminal it was started from), not to a pipe: the parent "
                              "holds no read end, proc.stdout is None, and proc.stdout.readline() raises "
                              "AttributeError: 'NoneType' object has no attribute 'readline'."),
            .redirects = { pipe, none, none },
            .childArgs = { QStringLiteral("echo") },
            .policy = ParentPolicy::Manual,
            .input = seedLines(),
        },
        LiveScenario {
            .id = QStringLiteral("stderr-to-stdout"),
            .title = tr("stderr=STDOUT: one pipe for both"),
            .description = tr("stdout=PIPE, stderr=STDOUT. errwrite is c2pwrite, so what the child writes to fd 2 "
                              "goes into the same pipe as fd 1: both lines arrive on stdout, and proc.stderr is "
                              "None."),
            .redirects = { none, pipe, Redirect::stdoutRedirect() },
            .childArgs = { QStringLiteral("stderr"), QStringLiteral("error from child") },
            .policy = ParentPolicy::Communicate,
        },
        LiveScenario {
            .id = QStringLiteral("devnull"),
            .title = tr("DEVNULL: the bytes go nowhere"),
            .description = tr("stdin, stdout and stderr=DEVNULL. The child writes 16 MiB to /dev/null; the kernel "
                              "drops them. No pipe exists and the parent receives no byte."),
            .redirects = { devNull, devNull, devNull },
            .childArgs = { QStringLiteral("flood"), QStringLiteral("16M") },
            .policy = ParentPolicy::Communicate,
        },
        LiveScenario {
            .id = QStringLiteral("file"),
            .title = tr("A file as stdout"),
            .description = tr("stdin=PIPE, stdout=a file in a temporary folder. The parent opens the file and the "
                              "child's fd 1 is that file. The parent writes the ten lines and closes stdin "
                              "(communicate()); the answers land in the file, not in a pipe."),
            .redirects = { pipe, Redirect::file("output.txt"), none },
            .childArgs = { QStringLiteral("echo") },
            .policy = ParentPolicy::Communicate,
            .input = seedLines(),
        },
        LiveScenario {
            .id = QStringLiteral("deadlock"),
            .title = tr("Deadlock: a naive parent and cat"),
            .description = tr("stdin=PIPE, stdout=PIPE, child: cat. The naive parent writes 1 MiB to stdin before it "
                              "reads any stdout. cat copies what it reads; once the stdout pipe is full, cat blocks in "
                              "write(1) and stops reading, the stdin pipe fills up and the parent blocks in "
                              "write(p2cwrite). Each waits for the other, for ever. Cancel kills the child."),
            .redirects = { pipe, pipe, none },
            .childArgs = { QStringLiteral("cat") },
            .policy = ParentPolicy::Naive,
            .input = megabyte(),
            .generatedInput = true,
        },
        LiveScenario {
            .id = QStringLiteral("communicate"),
            .title = tr("communicate(): the same 1 MiB, no deadlock"),
            .description
            = tr("The same input and the same cat, but the parent calls communicate(): it writes stdin and drains "
                 "stdout at the same time, so no pipe stays full, and all 1 MiB comes back. On POSIX, communicate() "
                 "is one loop over a poll() selector that writes stdin in pieces of PIPE_BUF bytes (4 KiB on "
                 "Linux) and reads whichever output is ready; PipeScope's parent does the same with poll(). On "
                 "Windows it starts one reader thread per output pipe and writes stdin from the calling thread."),
            .redirects = { pipe, pipe, none },
            .childArgs = { QStringLiteral("cat") },
            .policy = ParentPolicy::Communicate,
            .input = megabyte(),
            .generatedInput = true,
        },
        LiveScenario {
            .id = QStringLiteral("flood"),
            .title = tr("Flood: a pipe at full speed"),
            .description = tr("stdout=PIPE. The child writes 2 GiB as fast as it can and the parent drains them: "
                              "watch bytes/s and how full the pipe gets. The console shows only a sample of what "
                              "goes by, and says how much it skipped."),
            .redirects = { none, pipe, none },
            .childArgs = { QStringLiteral("flood"), QStringLiteral("2G") },
            .policy = ParentPolicy::Communicate,
        },
        LiveScenario {
            .id = QStringLiteral("wait-deadlock"),
            .title = tr("Deadlock: wait() before reading stdout"),
            .description
            = tr("stdout=PIPE. The child writes 1 MiB; the parent calls proc.wait() and only then "
                 "proc.stdout.read(). The pipe holds 64 KiB: once it is full the child blocks in write(1), "
                 "and wait() returns only when the child exits. Each waits for the other. Python's "
                 "documentation warns of exactly this for wait() with stdout=PIPE or stderr=PIPE; "
                 "communicate() reads while it waits."),
            .redirects = { none, pipe, none },
            .childArgs = { QStringLiteral("flood"), QStringLiteral("1M") },
            .policy = ParentPolicy::WaitFirst,
        },
        LiveScenario {
            .id = QStringLiteral("stderr-deadlock"),
            .title = tr("Deadlock: reading stdout to EOF while stderr fills"),
            .description = tr("stdout=PIPE, stderr=PIPE. The child writes 1 MiB to stderr and nothing to stdout; the "
                              "parent reads proc.stdout to EOF before it reads proc.stderr. Once 64 KiB fill the "
                              "stderr pipe the child blocks in write(2) and never exits, so stdout never reaches EOF. "
                              "communicate() watches both pipes at once and cannot be caught like this."),
            .redirects = { none, pipe, pipe },
            .childArgs = { QStringLiteral("flood"), QStringLiteral("1M"), QStringLiteral("--to=stderr") },
            .policy = ParentPolicy::Naive,
        },
        LiveScenario {
            .id = QStringLiteral("note-demo"),
            .title = tr("The note's demo as written: nothing arrives, and it never ends"),
            .description
            = tr("The note's own child.py, run by the real python3, with stdin=PIPE and stdout=PIPE, and a parent "
                 "that does what the note's parent.py does: it writes the ten lines and keeps stdin open, then "
                 "waits for output. child.py's print() goes into a pipe, so Python keeps it in a buffer until "
                 "8 KiB have gathered or the program exits: nothing reaches the parent, and parent.py's readline() "
                 "would wait for ever. After the tenth line child.py waits in read(0) for an eleventh. Close stdin "
                 "and readline() returns '', which the loop never checks: it prints for ever, one line a second, "
                 "still into its buffer. Cancel ends it. (-E makes python3 ignore PYTHON* variables such as "
                 "PYTHONUNBUFFERED, so every machine shows the same.)"),
            .redirects = { pipe, pipe, none },
            .pythonScript = QStringLiteral("note_child.py"),
            .pythonOptions = { QStringLiteral("-E") },
            .policy = ParentPolicy::Manual,
            .input = seedLines(),
        },
        LiveScenario {
            .id = QStringLiteral("note-demo-unbuffered"),
            .title = tr("The note's demo with python3 -u: the lines arrive, and it still never ends"),
            .description
            = tr("The same with python3 -u, which makes stdout unbuffered (print(..., flush=True) in child.py "
                 "would do the same): \"child process start\" and one answer a second arrive as they are printed. "
                 "Each answer ends in the line's own \\r\\n, because on Linux sys.stdin splits lines at \\n and "
                 "translates nothing (only on Windows does it turn \\r\\n into \\n), and print() adds one more "
                 "\\n: an empty line follows. After ten answers the child waits for more input and the parent for "
                 "more output: the note's parent.py hangs here. Close stdin: child.py does not stop at end-of-file "
                 "but prints \">>>get std in \" once a second for ever. Cancel ends it."),
            .redirects = { pipe, pipe, none },
            .pythonScript = QStringLiteral("note_child.py"),
            .pythonOptions = { QStringLiteral("-E"), QStringLiteral("-u") },
            .policy = ParentPolicy::Manual,
            .input = seedLines(),
        },
        LiveScenario {
            .id = QStringLiteral("stderr-order"),
            .title = tr("stderr=STDOUT: one pipe, in the order of the writes"),
            .description
            = tr("stdout=PIPE, stderr=STDOUT: the child's fd 2 is a copy of its fd 1, so both reach the parent "
                 "through one pipe, in the order of the child's write(2) calls. pipescope-child prints four lines "
                 "with C stdio, the odd ones with printf, the even ones with fprintf(stderr). Its stdout is a pipe, "
                 "so the C library buffers it in full and writes it at exit; stderr is unbuffered and written at "
                 "once. The parent reads 2, 4, 1, 3. Python does the same: print() to a pipe is block-buffered, "
                 "stderr line-buffered."),
            .redirects = { none, pipe, Redirect::stdoutRedirect() },
            .childArgs = { QStringLiteral("mixed") },
            .policy = ParentPolicy::Communicate,
        },
        LiveScenario {
            .id = QStringLiteral("stderr-order-unbuffered"),
            .title = tr("stderr=STDOUT: the same with stdout unbuffered"),
            .description
            = tr("The same child with stdout unbuffered (setvbuf(stdout, NULL, _IONBF, 0)), as python3 -u, "
                 "PYTHONUNBUFFERED=1 or print(..., flush=True) make a Python program's: every line is a write(2) "
                 "of its own, and the parent reads 1, 2, 3, 4."),
            .redirects = { none, pipe, Redirect::stdoutRedirect() },
            .childArgs = { QStringLiteral("mixed"), QStringLiteral("--buffering=none") },
            .policy = ParentPolicy::Communicate,
        },
        LiveScenario {
            .id = QStringLiteral("sigpipe"),
            .title = tr("SIGPIPE: the parent closes stdout, a C child dies of it"),
            .description
            = tr("stdout=PIPE, stderr=PIPE. The parent reads the first bytes of stdout and closes it, as "
                 "line = proc.stdout.readline(); proc.stdout.close() does, while pipescope-child, a C++ program, "
                 "goes on writing. Once no process holds the read end, the child's next write(2) raises SIGPIPE, "
                 "whose default action ends the process: Popen's returncode is -13 (a shell reports 141, that is "
                 "128 + 13). The child has that default because restore_signals=True puts back, before exec, the "
                 "signals Python ignores."),
            .redirects = { none, pipe, pipe },
            .childArgs = { QStringLiteral("flood"), QStringLiteral("16M") },
            .policy = ParentPolicy::CloseEarly,
        },
        LiveScenario {
            .id = QStringLiteral("broken-pipe-python"),
            .title = tr("BrokenPipeError: the same with a Python child"),
            .description
            = tr("The same parent, and the real python3 running a program that prints numbered lines. Python "
                 "ignores SIGPIPE (it sets SIG_IGN when it starts), so the same write(2) fails with EPIPE instead: "
                 "print() raises BrokenPipeError, its traceback arrives on the stderr pipe and the child exits "
                 "with status 1. The parent meets the same error when it writes to a child that has gone; "
                 "communicate() ignores it there."),
            .redirects = { none, pipe, pipe },
            .pythonScript = QStringLiteral("print_lines.py"),
            .policy = ParentPolicy::CloseEarly,
        },
    };
    // Slow motion to start with, at a pace a teacher can talk over; but the flood shows how fast a pipe can go, and
    // the naive deadlock holds still by itself: at full speed both its pipes end exactly full, where a paced
    // parent's small writes block with the last few hundred bytes of the stdin pipe free (a write up to PIPE_BUF
    // waits for room for all of it). Slow motion shows that too, for real, when picked.
    for (LiveScenario& scenario : scenarios)
        if (scenario.id != u"flood" && scenario.id != u"deadlock")
            scenario.bytesPerSecond = LiveScenario::narratedPace;
    return scenarios;
}

std::optional<LiveScenario> LiveScenarios::byId(const QString& id)
{
    for (LiveScenario& s : all())
        if (s.id == id)
            return std::move(s);
    return std::nullopt;
}
