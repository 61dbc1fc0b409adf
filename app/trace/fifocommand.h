// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include <iosfwd>
#include <string>

namespace pipescope::cli {

// `pipescope-trace fifo`: runs the multi-writer FIFO demo and prints it to out (English: a terminal tool), ending
// with "<I> interleavings in <R> records, <L> bytes lost". Returns the exit status: 0 when every writer succeeded
// and every byte arrived, 1 otherwise (then the last line is the reason, prefixed "pipescope-trace: ").
int runFifoCommand(const FifoOptions& options, std::ostream& out);

// pipescope-child for the writers: $PIPESCOPE_CHILD, else next to this executable (installed), else in the build
// tree's app/child; empty when none exists.
std::string findChildProgram();

} // namespace pipescope::cli
