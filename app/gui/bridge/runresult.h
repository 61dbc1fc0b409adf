// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "base/result.h"
#include "inspect/fdtable.h"
#include "popen/plan.h"
#include "popen/process.h"
#include "popen/spawnspec.h"
#include "popen/stepper.h"

#include <QByteArray>
#include <QMetaType>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

// Everything one run of a configuration produced, handed from the worker thread to the widgets by value.
struct RunResult
{
    pipescope::SpawnSpec spec;
    pipescope::HandlePlan plan; // the POSIX plan that ran, whatever lens is shown
    std::vector<pipescope::Event> events;
    int childPid = 0;
    // Taken right after spawn, while the child still runs; a child that exits at once may leave nothing to read.
    std::optional<pipescope::FdTable> childFds;
    std::optional<pipescope::Error> childFdsError;
    // What the parent read, cut at displayLimit per stream so a flooding child cannot exhaust memory.
    QByteArray stdoutData;
    QByteArray stderrData;
    std::array<std::int64_t, 3> bytes {}; // stdin written, stdout read, stderr read (all of it, not only what is kept)
    pipescope::ExitStatus exit;
    bool timedOut = false;
    bool stdinBrokenPipe = false;
    bool cancelled = false;

    static constexpr qsizetype displayLimit = qsizetype { 1 } << 20;
};

Q_DECLARE_METATYPE(RunResult)
Q_DECLARE_METATYPE(pipescope::Error)
Q_DECLARE_METATYPE(pipescope::HandlePlan)
Q_DECLARE_METATYPE(pipescope::StepSnapshot)
