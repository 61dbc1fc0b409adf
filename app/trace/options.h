// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "pump.h"
#include "spawnspec.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pipescope::cli {

// pipescope-trace's command line, checked.
struct TraceOptions
{
    SpawnSpec spec;
    std::optional<std::string> input; // --input
    std::optional<std::string> inputFile; // --input-file
    std::string saveStdout;
    std::string saveStderr;
    Lens lens = Lens::Posix;
    bool planOnly = false;
    ParentPolicy parent = ParentPolicy::Communicate; // --parent
    bool step = false; // step mode: run the setup one syscall at a time, printing both fd tables
    std::string jsonPath;
    int repeat = 1;
    std::optional<double> timeoutSeconds;
};

// A usage problem: the one-line reason and the exit status to leave with (2), or help text (0).
struct UsageExit
{
    std::string message;
    int status = 2;
};

std::variant<TraceOptions, UsageExit> parseTraceOptions(const std::vector<std::string>& args);

} // namespace pipescope::cli
