// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace pipescope::child {

// One function per mode. Each gets the arguments after the mode name and returns the exit status; a bad command
// line throws UsageError, a failed system call throws SysError.
int runEcho(std::span<const std::string_view> args);
int runFlood(std::span<const std::string_view> args);
int runFds(std::span<const std::string_view> args);
int runStderr(std::span<const std::string_view> args);
int runSleep(std::span<const std::string_view> args);
int runExit(std::span<const std::string_view> args);
int runCat(std::span<const std::string_view> args);
int runCloseStdout(std::span<const std::string_view> args);
int runReadThenExit(std::span<const std::string_view> args);
int runMixed(std::span<const std::string_view> args);
int runFifoWriter(std::span<const std::string_view> args); // fifowriter.cpp

} // namespace pipescope::child
