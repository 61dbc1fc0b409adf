// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "files/trace.h"
#include "inspect/fdtable.h"
#include "live/processtree.h"
#include "popen/plan.h"

#include <iosfwd>
#include <string>

namespace pipescope::cli {

// The human-readable trace pipescope-trace prints on stderr (English: a terminal tool).
std::string describeStep(const Step& step, const HandlePlan& plan);
std::string describeEvent(const Event& event);
std::string describeError(const Error& error);
void printPlan(std::ostream& out, const HandlePlan& plan);
void printTrace(std::ostream& out, const Trace& trace);
void printFdTable(std::ostream& out, const FdTable& table, const std::string& title);

// A process as a shell would show it: its argv joined by spaces, or [name] when it has none (a zombie).
std::string commandLine(const ProcessInfo& process);
// strerror's text, "(EPIPE)" added for EPIPE.
std::string errnoText(int err);
// "2 s", "0.5 s".
std::string seconds(double value);

// The exit status pipescope-trace leaves with for a failed spawn: 127 not found, 126 not executable, 1 otherwise.
int exitStatusFor(const Error& error);

} // namespace pipescope::cli
