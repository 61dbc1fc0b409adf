// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/winetext.h"

namespace {

// The call's i-th handle ("0x48"), "?" when it has fewer.
QString handleAt(const WinRunStep& step, qsizetype i)
{
    return i < step.handles.size() ? step.handles[i] : QStringLiteral("?");
}

// What GetStdHandle returned: its handle, or NULL (the parent has no such standard handle).
QString stdHandleResult(const WinRunStep& step)
{
    return step.handles.value(0) == QLatin1String("0x0") ? QStringLiteral("NULL") : handleAt(step, 0);
}

} // namespace

QString WineText::problem(WineRun::Problem problem, const QString& detail)
{
    switch (problem) {
    case WineRun::Problem::NoTraceProgram:
        return tr("pipescope-trace was not found beside PipeScope or on PATH; it runs the Windows build.");
    case WineRun::Problem::NoWine:
        return tr("Wine is not installed: on Debian, apt-get install wine64 wine (scripts/setup installs it).");
    case WineRun::Problem::NoWindowsBuild:
        return tr("The Windows build is missing: cmake --preset win64 && cmake --build --preset win64 (or set "
                  "PIPESCOPE_WINDOWS_BUILD to the folder of pipescope-trace.exe).");
    case WineRun::Problem::Busy:
        return tr("A Windows run is going already.");
    case WineRun::Problem::Malformed:
        return tr("The Windows run's JSON could not be read (at %1).").arg(detail);
    case WineRun::Problem::Failed:
        break;
    }
    return detail.isEmpty() ? tr("The Windows run could not be made.")
                            : tr("The Windows run could not be made: %1").arg(detail);
}

QString WineText::running()
{
    return tr("Running under Wine… The first run makes PipeScope's Wine prefix, which takes about 10 s; later runs "
              "take a second.");
}

QString WineText::call(const WinRunStep& step)
{
    const auto at = [&](qsizetype i) { return handleAt(step, i); };
    if (step.call == QLatin1String("CreatePipe"))
        return tr("CreatePipe → read end %1, write end %2 (%3 pipe)").arg(at(0), at(1), step.stream);
    if (step.call == QLatin1String("DuplicateHandle"))
        return tr("DuplicateHandle(%1, bInheritHandle=TRUE) → %2, inheritable").arg(at(0), at(1));
    if (step.call == QLatin1String("GetStdHandle"))
        return tr("GetStdHandle(%1) → %2").arg(step.stream, stdHandleResult(step));
    if (step.call == QLatin1String("CloseHandle"))
        return tr("CloseHandle(%1)").arg(at(0));
    if (step.call == QLatin1String("STARTUPINFO"))
        return tr("STARTUPINFO with STARTF_USESTDHANDLES: hStdInput %1, hStdOutput %2, hStdError %3")
            .arg(at(0), at(1), at(2));
    if (step.call == QLatin1String("UpdateProcThreadAttribute"))
        return tr("PROC_THREAD_ATTRIBUTE_HANDLE_LIST = {%1}").arg(step.handles.join(QStringLiteral(", ")));
    if (step.call == QLatin1String("CreateProcessW"))
        return tr("CreateProcessW(bInheritHandles=%1, CREATE_SUSPENDED) → child pid %2, hProcess %3, hThread %4")
            .arg(step.inheritHandles ? QStringLiteral("TRUE") : QStringLiteral("FALSE"))
            .arg(step.childPid)
            .arg(at(0), at(1));
    if (step.call == QLatin1String("ResumeThread"))
        return tr("ResumeThread(%1): the child starts running (a step PipeScope adds to show the child before it runs)")
            .arg(at(0));
    if (step.call == QLatin1String("_get_osfhandle"))
        return tr("_get_osfhandle(fd) → %1").arg(at(0));
    if (step.call == QLatin1String("errwrite = c2pwrite"))
        return tr("errwrite = c2pwrite (%1)").arg(at(0));
    return step.call;
}

QString WineText::callCode(const WinRunStep& step)
{
    const auto at = [&](qsizetype i) { return handleAt(step, i); };
    const QString& c = step.call;
    if (c == QLatin1String("CreatePipe"))
        return QStringLiteral("CreatePipe → %1, %2").arg(at(0), at(1));
    if (c == QLatin1String("DuplicateHandle"))
        return QStringLiteral("DuplicateHandle(%1) → %2").arg(at(0), at(1));
    if (c == QLatin1String("GetStdHandle"))
        return QStringLiteral("GetStdHandle(%1) → %2").arg(step.stream, stdHandleResult(step));
    if (c == QLatin1String("CloseHandle") || c == QLatin1String("ResumeThread"))
        return QStringLiteral("%1(%2)").arg(c, at(0));
    if (c == QLatin1String("STARTUPINFO"))
        return QStringLiteral("STARTUPINFO: %1, %2, %3").arg(at(0), at(1), at(2));
    if (c == QLatin1String("UpdateProcThreadAttribute"))
        return QStringLiteral("HANDLE_LIST = {%1}").arg(step.handles.join(QStringLiteral(", ")));
    if (c == QLatin1String("CreateProcessW"))
        return QStringLiteral("CreateProcessW → pid %1").arg(step.childPid);
    if (c == QLatin1String("_get_osfhandle"))
        return QStringLiteral("_get_osfhandle(fd) → %1").arg(at(0));
    if (c == QLatin1String("errwrite = c2pwrite"))
        return QStringLiteral("errwrite = c2pwrite (%1)").arg(at(0));
    return c;
}
