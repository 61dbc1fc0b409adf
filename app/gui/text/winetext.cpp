// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/winetext.h"

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
