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
};
