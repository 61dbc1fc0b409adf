// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"
#include "record/recording.h"

#include <iosfwd>
#include <string>

namespace pipescope::cli {

// `pipescope-trace watch`: records the program and prints, to out, every recorded call per process (Popen names
// where recognised), then the process tree and each pipe's life. Returns pipescope-trace's exit status for it: the
// program's own (128 + N when a signal killed it), 124 on timeout, 127/126 when it cannot run, 1 when it cannot be
// recorded.
int runWatchCommand(const WatchOptions& options, std::ostream& out);

// One recorded call as a line, strace-like: "pipe2([3, 4], O_CLOEXEC) = 0".
std::string describeRecordedCall(
    const Recording& recording, const RecordedEvent& event, const PopenNames* names = nullptr);
void printRecording(std::ostream& out, const Recording& recording, bool allCalls);

} // namespace pipescope::cli
