// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/recording.h"

#include <cstdint>
#include <string>

// A recorded call written as C, the way strace writes it: "dup2(3<p2cread>, 0) = 0", constants by their names
// (O_CLOEXEC, CLONE_VM, SIGPIPE, ENOENT), fds with the Popen name they carry then, a read's or write's bytes with C
// escapes. Code, not prose: the same in every language.
namespace pipescope {

// The call and its result; an error as "-1 ENOENT". Empty for Signal and Exit, which are not calls. For many calls of
// one recording, pass its PopenNames: the names are then looked up rather than searched for.
std::string callSyntax(const Recording& recording, const RecordedEvent& event, const PopenNames* names = nullptr);

// "SIGPIPE" for 13.
std::string signalName(std::int64_t signal);

// Whether an event is about pipes and processes: opens, closes and dups of files that are not pipes are not (they
// are recorded only with RecordOptions::files).
bool aboutPipes(const RecordedEvent& event);

} // namespace pipescope
