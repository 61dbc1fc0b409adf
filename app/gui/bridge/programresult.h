// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/process.h"

#include <QByteArray>
#include <QMetaType>

// What a program started by ProgramRunner did, handed to the widgets by value.
struct ProgramResult
{
    pipescope::ExitStatus exit;
    // What it wrote, cut at the runner's limit per stream so a flooding program cannot exhaust memory.
    QByteArray stdoutData;
    QByteArray stderrData;
    qint64 stdoutBytes = 0; // all it wrote, not only what is kept
    qint64 stderrBytes = 0;
    bool stdinBrokenPipe = false; // it stopped reading before the whole input was written
    bool cancelled = false; // killed by cancel(), with whatever it had started
};

Q_DECLARE_METATYPE(ProgramResult)
