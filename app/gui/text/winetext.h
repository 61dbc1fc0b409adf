// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/winerun.h"

#include <QCoreApplication>
#include <QString>

// What the windows that run something under Wine say alike: the Windows lens's run and the named-pipes page's.
class WineText
{
    Q_DECLARE_TR_FUNCTIONS(WineText)
public:
    // Why a run could not be made (detail: pipescope-trace's last line, or the JSON pointer of a malformed run).
    static QString problem(WineRun::Problem problem, const QString& detail);
    // While a run goes.
    static QString running();
    // One Win32 call of a run, with its real HANDLE values ("CreatePipe → read end 0x48, write end 0x4c (stdin pipe)").
    static QString call(const WinRunStep& step);
    // The same call as code, short enough for the diagram's caption ("DuplicateHandle(0x44) → 0x4c").
    static QString callCode(const WinRunStep& step);
};
