// SPDX-License-Identifier: GPL-3.0-or-later
// pipescope-child: the demo child PipeScope spawns. Standard library and POSIX only, so what it does to its fds is
// exactly what the source says and nothing a framework adds.
#include "args.h"
#include "modes.h"
#include "rawio.h"

#include <algorithm>
#include <array>
#include <exception>
#include <span>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace pipescope::child {

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

struct Mode
{
    std::string_view name;
    std::string_view synopsis;
    std::string_view summary;
    int (*run)(std::span<const std::string_view>);
};

constexpr std::array kModes {
    Mode { "echo", "echo [--delay-ms=N]", R"(greet, then ">>>get std in LINE" per stdin line (child.py))", &runEcho },
    Mode { "flood", "flood BYTES [--to=stdout|stderr] [--chunk=BYTES]", "write BYTES bytes of a 64-byte pattern, fast",
        &runFlood },
    Mode { "fds", "fds [--out=PATH | --fd=N]", "print this process's open fds as one line of JSON", &runFds },
    Mode { "stderr", "stderr [TEXT]", R"(TEXT (default "error from child") to stderr, "ok" to stdout)", &runStderr },
    Mode { "sleep", "sleep SECONDS", "sleep, then exit 0", &runSleep },
    Mode { "exit", "exit N", "exit with status N (0..255)", &runExit },
    Mode { "cat", "cat", "copy stdin to stdout byte for byte", &runCat },
    Mode { "close-stdout", "close-stdout SECONDS", "close stdout at once, then sleep", &runCloseStdout },
    Mode { "read-then-exit", "read-then-exit BYTES", "read at most BYTES from stdin, exit without the rest",
        &runReadThenExit },
    Mode { "mixed", "mixed [--lines=N] [--buffering=stdio|none]",
        "N lines through C stdio, odd ones to stdout, even ones to stderr", &runMixed },
    Mode { "fifo-writer", "fifo-writer PATH --id=K --records=M --record-size=BYTES [--start=now|stopped]",
        "open the FIFO, write M records, one write() each", &runFifoWriter },
};

std::string usageText()
{
    constexpr std::size_t column = 52;
    std::string text = "usage: pipescope-child MODE [ARGS...]\n"
                       "The demo child of PipeScope. BYTES take K, M, G suffixes (powers of 1024); "
                       "SECONDS may be fractional.\n";
    for (const Mode& mode : kModes) {
        text += "  ";
        text += mode.synopsis;
        text.append(column - std::min(column - 1, mode.synopsis.size()), ' ');
        text += mode.summary;
        text += '\n';
    }
    text += "  --help";
    text.append(column - 6, ' ');
    text += "show this help\n";
    return text;
}

int usageFailure(const std::string& reason)
{
    reportError(reason);
    try {
        writeAll(STDERR_FILENO, usageText());
    } catch (const SysError&) {
        // stderr is gone; the exit status still says what happened.
    }
    return kExitUsage;
}

int runMode(const Mode& mode, std::span<const std::string_view> args)
{
    const std::string name(mode.name);
    try {
        return mode.run(args);
    } catch (const UsageError& error) {
        reportError(name + ": " + error.what() + " (usage: pipescope-child " + std::string(mode.synopsis) + ")");
        return kExitUsage;
    } catch (const SysError& error) {
        reportError(name + ": " + error.what());
        return kExitFailure;
    }
}

int dispatch(std::span<const std::string_view> args)
{
    if (args.empty())
        return usageFailure("missing MODE");
    if (args[0] == "--help" || args[0] == "-h") {
        writeAll(STDOUT_FILENO, usageText());
        return 0;
    }
    const auto* mode
        = std::find_if(kModes.begin(), kModes.end(), [&](const Mode& candidate) { return candidate.name == args[0]; });
    if (mode == kModes.end())
        return usageFailure("unknown mode '" + std::string(args[0]) + "'");
    return runMode(*mode, args.subspan(1));
}

} // namespace

} // namespace pipescope::child

int main(int argc, char* argv[])
{
    using namespace pipescope::child;
    try {
        const std::vector<std::string_view> args(argv + 1, argv + argc);
        return dispatch(args);
    } catch (const std::exception& error) {
        reportError(error.what());
        return kExitFailure;
    }
}
