// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/pump.h"
#include "popen/plan.h"
#include "popen/spawnspec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pipescope::cli {

// Where the configuration runs: here, or as Popen's Windows branch (pipescope-trace.exe) under Wine.
enum class Backend { Native, Wine };

// pipescope-trace's command line, checked.
struct TraceOptions
{
    Backend backend = Backend::Native; // --backend
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
    // --html: the web page that replays the steps, written by the pipescope application found beside this program
    // (or in PATH); implies step.
    std::string htmlPath;
    int repeat = 1;
    std::optional<double> timeoutSeconds;
};

// A usage problem: the one-line reason and the exit status to leave with (2), or help text (0).
struct UsageExit
{
    std::string message;
    int status = 2;
};

// `pipescope-trace fifo ...`: N writer processes, one reader, one FIFO.
struct FifoOptions
{
    std::uint32_t writers = 0; // --writers, 1..64
    std::uint32_t recordSize = 0; // --record-size: 24..4096, or a multiple of 4096 up to 16M (K/M suffixes)
    std::uint32_t records = 0; // --records, per writer
    std::uint32_t mode = 0600; // --mode, octal
    std::uint32_t readSize = 4096; // --read-size: bytes per read(2) of the reader (FifoRunOptions::readSize)
};

// `pipescope-trace watch ...`: an unmodified program recorded under ptrace.
struct WatchOptions
{
    std::vector<std::string> argv;
    std::string jsonPath; // --json
    std::string htmlPath; // --html: the page that replays the recording in a browser
    bool bytes = false; // --bytes: also read/write/readv/writev/splice on pipes
    std::optional<double> timeoutSeconds; // --timeout
    bool allCalls = false; // --filter=all: every recorded call, not only those about pipes and processes
};

// `pipescope-trace namedpipe --backend=wine`: Windows named pipes (instances, clients, duplex, message mode, the
// security descriptor, a remote name), run by pipescope-trace.exe under Wine.
struct NamedPipeOptions
{
    std::string jsonPath; // --json
};

// The top-level form only (never a FifoOptions): fuzzers and callers that know no subcommand rely on that.
std::variant<TraceOptions, UsageExit> parseTraceOptions(const std::vector<std::string>& args);
// The fifo subcommand's options (args after "fifo").
std::variant<FifoOptions, UsageExit> parseFifoOptions(const std::vector<std::string>& args);
// The watch subcommand's options (args after "watch").
std::variant<WatchOptions, UsageExit> parseWatchOptions(const std::vector<std::string>& args);
// The namedpipe subcommand's options (args after "namedpipe").
std::variant<NamedPipeOptions, UsageExit> parseNamedPipeOptions(const std::vector<std::string>& args);
// The whole command line: "fifo", "watch" or "namedpipe" as the first argument selects a subcommand; anything else is
// the top-level form, parsed exactly as parseTraceOptions does (so a program named fifo still runs with `-- fifo`).
std::variant<TraceOptions, FifoOptions, WatchOptions, NamedPipeOptions, UsageExit> parseCommandLine(
    const std::vector<std::string>& args);

} // namespace pipescope::cli
