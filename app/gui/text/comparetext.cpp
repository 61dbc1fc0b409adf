// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/comparetext.h"

#include "text/describe.h"

#include <QStringList>

using namespace pipescope;

QString CompareText::mark(CompareMark m)
{
    switch (m) {
    case CompareMark::Same:
        return QStringLiteral("=");
    case CompareMark::Differs:
        return QStringLiteral("≠");
    case CompareMark::PlanOnly:
        return tr("plan only");
    case CompareMark::RealOnly:
        return tr("real only");
    case CompareMark::Moved:
        return tr("order");
    }
    return {};
}

QString CompareText::markMeaning(CompareMark m)
{
    switch (m) {
    case CompareMark::Same:
        return tr("The plan's step, done by the very call the plan shows.");
    case CompareMark::Differs:
        return tr("The plan's step, done by another call.");
    case CompareMark::PlanOnly:
        return tr("A step of the plan with no recorded call.");
    case CompareMark::RealOnly:
        return tr("A call the real Popen made that no step of the plan accounts for.");
    case CompareMark::Moved:
        return tr("The plan's step, done in another order.");
    }
    return {};
}

QString CompareText::reason(CompareReason r)
{
    switch (r) {
    case CompareReason::None:
        return {};
    case CompareReason::VforkNotFork:
        return tr("CPython's _posixsubprocess started the child with vfork() (a clone with CLONE_VM|CLONE_VFORK): "
                  "the child borrows the parent's memory and the parent waits until the child has called exec. The "
                  "plan shows fork(); the child's copy of the fd table is the same either way.");
    case CompareReason::PosixSpawnClone:
        return tr("CPython called os.posix_spawn(), and glibc started the child with a clone using "
                  "CLONE_VM|CLONE_VFORK; the child then did posix_spawn's file actions (its closes and dup2s) before "
                  "exec. No code of CPython's runs in the child.");
    case CompareReason::PosixSpawnNoErrPipe:
        return tr("posix_spawn needs no error pipe: glibc hands an exec failure back as posix_spawn's own result, and "
                  "Python raises it as OSError.");
    case CompareReason::CloseOrder:
        return tr("The same closes in another order: _close_pipe_fds registers them on a contextlib.ExitStack, which "
                  "calls them last first.");
    case CompareReason::StepOrder:
        return tr("Done in another order than the plan's.");
    case CompareReason::ExtraCall:
        return tr("A call the plan leaves out.");
    case CompareReason::PathSearch:
        return tr("The program was looked up in PATH: exec of each directory's candidate failed until one ran.");
    case CompareReason::PassFdInheritable:
        return tr("The child cleared close-on-exec of an fd in pass_fds so that the program keeps it; the plan "
                  "leaves this call out.");
    case CompareReason::NoCall:
        return tr("An assignment in _get_handles (a caller's fd, the /dev/null fd opened already, STDOUT): there is "
                  "no call to record.");
    case CompareReason::NotRecorded:
        return tr("This recording does not keep the call: opens and closes of files are recorded by "
                  "pipescope-trace watch --filter=all only.");
    case CompareReason::ReadNotRecorded:
        return tr("Bytes were not recorded, so the read of the error pipe is not in the recording; the parent's "
                  "close of errpipe_read right after it stands for it.");
    case CompareReason::AlreadyInheritable:
        return tr("The fd had no close-on-exec flag to clear: CPython only read the flags, a call this recording "
                  "does not keep.");
    case CompareReason::OpenedByCaller:
        return tr("CPython uses the file object's fd: the caller opened the file, not Popen.");
    case CompareReason::CallerKeepsFile:
        return tr("CPython closes only its own pipe ends and its /dev/null fd, never the caller's file.");
    case CompareReason::NotDone:
        return tr("The real Popen did not make this call.");
    }
    return {};
}

QString CompareText::popenCall(const SpawnSpec& spec)
{
    QStringList args;
    for (const std::string& a : spec.argv)
        args << QLatin1Char('\'') + QString::fromStdString(a) + QLatin1Char('\'');
    QStringList parts { QLatin1Char('[') + args.join(QStringLiteral(", ")) + QLatin1Char(']') };
    static constexpr std::array<std::pair<Stream, const char*>, 3> streams { { { Stream::Stdin, "stdin" },
        { Stream::Stdout, "stdout" }, { Stream::Stderr, "stderr" } } };
    for (const auto& [stream, name] : streams) {
        const Redirect& r = spec.redirect(stream);
        QString value;
        switch (r.kind) {
        case Redirect::Kind::Inherit:
            continue; // None is Popen's default
        case Redirect::Kind::Fd:
            value = QString::number(r.fd);
            break;
        case Redirect::Kind::File:
            value = QStringLiteral("open('%1', '%2')")
                        .arg(QString::fromStdString(r.path),
                            stream == Stream::Stdin ? QStringLiteral("rb")
                                : r.append          ? QStringLiteral("ab")
                                                    : QStringLiteral("wb"));
            break;
        default:
            value = fromCore(kindName(r.kind));
        }
        parts << QLatin1String(name) + QLatin1Char('=') + value;
    }
    if (!spec.closeFds)
        parts << QStringLiteral("close_fds=False");
    if (!spec.passFds.empty()) {
        QStringList fds;
        for (const int fd : spec.passFds)
            fds << QString::number(fd);
        parts << QStringLiteral("pass_fds=(%1%2)")
                     .arg(fds.join(QStringLiteral(", ")), fds.size() == 1 ? QStringLiteral(",") : QString());
    }
    if (spec.pipeSize > 0)
        parts << QStringLiteral("pipesize=%1").arg(spec.pipeSize);
    return QStringLiteral("Popen(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString CompareText::spawnPath(SpawnPath path)
{
    switch (path) {
    case SpawnPath::PosixSpawn:
        return QStringLiteral("posix_spawn()");
    case SpawnPath::Vfork:
        return QStringLiteral("vfork()");
    case SpawnPath::Fork:
        return QStringLiteral("fork()");
    }
    return {};
}

QString CompareText::summary(const PlanComparison& c)
{
    QString text = tr("PipeScope's plan for %1 beside the calls the real CPython made.").arg(popenCall(c.spec));
    text += QLatin1Char(' ');
    text += c.realPath == PopenPath::PosixSpawn
        ? tr("It started the child with %1, without an error pipe.").arg(spawnPath(c.realSpawn))
        : tr("It started the child through _posixsubprocess with %1; the plan shows these steps with fork().")
              .arg(spawnPath(c.realSpawn));
    if (c.pythonVersion && c.predicted) {
        text += QLatin1Char(' ');
        const QString version = QStringLiteral("%1.%2").arg(c.pythonVersion->first).arg(c.pythonVersion->second);
        const bool spawnPredicted = *c.predicted == SpawnPath::PosixSpawn;
        const bool spawnReal = c.realPath == PopenPath::PosixSpawn;
        text += spawnPredicted == spawnReal
            ? tr("For Python %1 PipeScope predicts the same way: %2.").arg(version, spawnPath(*c.predicted))
            : tr("For Python %1 PipeScope predicted %2: the recording is what counts.")
                  .arg(version, spawnPath(*c.predicted));
    }
    return text;
}
