// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "fifo/fiforecord.h"
#include "fifo/fiforun.h"
#include "popen/redirect.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <cmath>

namespace pipescope::cli {

namespace {

std::string redirectMessage(const Error& e)
{
    const std::string stream(e.stream ? streamName(*e.stream) : "stream");
    const std::string what = "--" + stream + "=" + e.subject + ": ";
    switch (e.code) {
    case ErrorCode::EmptyRedirect:
        return "--" + stream + " needs a value: none, pipe, devnull, fd:N, file:PATH"
            + (e.stream == Stream::Stderr ? ", stdout" : "");
    case ErrorCode::MissingFdNumber:
        return what + "fd: needs a number, e.g. fd:3";
    case ErrorCode::BadFdNumber:
        return what + "not a file descriptor number";
    case ErrorCode::NegativeFd:
        return what + "a file descriptor cannot be negative";
    case ErrorCode::EmptyPath:
        return what + "file: needs a path, e.g. file:/tmp/out.txt";
    case ErrorCode::StdoutOnlyForStderr:
        return what + "'stdout' (Popen's STDOUT) is only for --stderr";
    default:
        return what + "expected none, pipe, devnull, fd:N, file:PATH"
            + (e.stream == Stream::Stderr ? " or stdout" : "");
    }
}

// "512", "64K", "1M" (powers of 1024), or nullopt.
std::optional<std::uint64_t> parseBytes(std::string_view text)
{
    std::uint64_t multiplier = 1;
    if (!text.empty() && (text.back() == 'K' || text.back() == 'k'))
        multiplier = 1024;
    else if (!text.empty() && (text.back() == 'M' || text.back() == 'm'))
        multiplier = 1024 * 1024;
    if (multiplier != 1)
        text.remove_suffix(1);
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc {} || end != text.data() + text.size() || value > (1ULL << 40U))
        return std::nullopt;
    return value * multiplier;
}

std::string recordSizeMessage(const std::string& text, FifoRecordSizeCheck check)
{
    const std::string what = "--record-size=" + text + ": ";
    switch (check) {
    case FifoRecordSizeCheck::TooSmall:
        return what + "a record needs at least " + std::to_string(kFifoHeaderSize) + " bytes (its header)";
    case FifoRecordSizeCheck::TooLarge:
        return what + "at most 16M";
    case FifoRecordSizeCheck::NotBlockMultiple:
        return what
            + "above PIPE_BUF (4096) a record must be a multiple of 4096: the kernel splits such writes "
              "between pages, and the reader can only reassemble splits that fall on its 4096-byte blocks";
    case FifoRecordSizeCheck::Ok:
        break;
    }
    return what + "expected a number of bytes, e.g. 512 or 64K";
}

} // namespace

std::variant<TraceOptions, UsageExit> parseTraceOptions(const std::vector<std::string>& args)
{
    CLI::App app { "Runs a program the way subprocess.Popen would and prints every handle, syscall and byte count.",
        "pipescope-trace" };
    app.allow_windows_style_options(false);

    std::array<std::string, 3> redirectText { "none", "none", "none" };
    TraceOptions o;
    std::string input;
    std::string inputFile;
    std::string lens = "posix";
    std::string parent = "communicate";
    std::string backend = "native";
    double timeout = 0;
    std::vector<std::string> command;

    app.add_option("--stdin", redirectText[0], "none|pipe|devnull|fd:N|file:PATH")->type_name("R");
    app.add_option("--stdout", redirectText[1], "none|pipe|devnull|fd:N|file:PATH[:append]")->type_name("R");
    app.add_option("--stderr", redirectText[2], "none|pipe|devnull|fd:N|file:PATH[:append]|stdout")->type_name("R");
    auto* inputOpt = app.add_option("--input", input, "bytes written to the child's stdin pipe")->type_name("TEXT");
    auto* inputFileOpt
        = app.add_option("--input-file", inputFile, "file whose bytes are written to stdin")->type_name("PATH");
    inputOpt->excludes(inputFileOpt);
    app.add_option("--parent", parent,
           "communicate (like Popen.communicate: never deadlocks), naive (write all input, then read stdout, "
           "then stderr: can deadlock) or wait-first (as naive, but Popen.wait() before reading: deadlocks once "
           "the child fills an output pipe)")
        ->type_name("communicate|naive|wait-first");
    app.add_option("--save-stdout", o.saveStdout, "save what arrives through the stdout pipe")->type_name("PATH");
    app.add_option("--save-stderr", o.saveStderr, "save what arrives through the stderr pipe")->type_name("PATH");
    app.add_option("--lens", lens, "posix (what runs) or windows (the Win32 model of the same plan)")
        ->type_name("posix|windows");
    app.add_flag("--plan-only", o.planOnly, "print the plan, run nothing");
    app.add_flag("--step", o.step, "run the setup one real syscall at a time and print both fd tables after each");
    app.add_option("--json", o.jsonPath, "write the trace as JSON")->type_name("PATH");
    app.add_option("--html", o.htmlPath,
           "run the setup step by step (as --step) and write the web page that replays it in any browser; "
           "the page is written by pipescope, which must be installed beside pipescope-trace or in PATH")
        ->type_name("PATH");
    app.add_option("--repeat", o.repeat, "run N times and report latency")
        ->type_name("N")
        ->check(CLI::Range(1, 1000000));
    auto* timeoutOpt
        = app.add_option("--timeout", timeout, "kill the child after this long (exit 124)")->type_name("SECONDS");
    app.add_option("--pipesize", o.spec.pipeSize, "F_SETPIPE_SZ for every pipe created")
        ->type_name("BYTES")
        ->check(CLI::Range(1, 1 << 30));
    app.add_option("--backend", backend,
           "native (this system) or wine (Popen's Windows branch: pipescope-trace.exe under Wine; with --step, both "
           "handle tables after every Win32 call)")
        ->type_name("B");
    app.add_option("command", command, "PROGRAM [ARGS...]")->type_name("-- PROGRAM [ARGS...]");
    app.footer("Named pipes: pipescope-trace fifo --writers=N --record-size=BYTES --records=M [--mode=0600] "
               "[--read-size=4096]\n"
               "(see pipescope-trace fifo --help)\n"
               "Any program, recorded: pipescope-trace watch [--json=PATH] [--html=PATH] [--bytes] [--timeout=S] "
               "[--filter=pipes|all] -- PROGRAM [ARGS...]\n"
               "(see pipescope-trace watch --help)");

    // "--stderr=" would make CLI11 take the next argument as the value.
    for (const std::string& a : args) {
        if (a == "--")
            break;
        for (Stream s : allStreams)
            if (a == "--" + std::string(streamName(s)) + "=")
                return UsageExit { redirectMessage(Error { .code = ErrorCode::EmptyRedirect, .stream = s }), 2 };
    }

    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        return UsageExit { app.help(), 0 };
    } catch (const CLI::ParseError& e) {
        return UsageExit { e.what(), 2 };
    }

    for (Stream s : allStreams) {
        auto r = parseRedirect(s, redirectText[static_cast<size_t>(s)]);
        if (!r)
            return UsageExit { redirectMessage(r.error()), 2 };
        o.spec.redirect(s) = std::move(r).value();
    }
    const auto parsedLens = lensFromName(lens);
    if (!parsedLens)
        return UsageExit { "--lens=" + lens + ": expected posix or windows", 2 };
    o.lens = *parsedLens;
    if (parent == "naive")
        o.parent = ParentPolicy::Naive;
    else if (parent == "wait-first")
        o.parent = ParentPolicy::WaitFirst;
    else if (parent != "communicate")
        return UsageExit { "--parent=" + parent + ": expected communicate, naive or wait-first", 2 };
    if (*inputOpt)
        o.input = input;
    if (*inputFileOpt)
        o.inputFile = inputFile;
    if (*timeoutOpt) {
        if (!std::isfinite(timeout) || timeout <= 0 || timeout > 1e6)
            return UsageExit { "--timeout: expected a positive number of seconds up to 1000000", 2 };
        o.timeoutSeconds = timeout;
    }

    const bool stdinPipe = o.spec.redirect(Stream::Stdin).kind == Redirect::Kind::Pipe;
    if ((o.input || o.inputFile) && !stdinPipe)
        return UsageExit { "--input needs --stdin=pipe: without a pipe the parent has no way to write to the child "
                           "(in Python: proc.stdin is None)",
            2 };
    if (!o.saveStdout.empty() && o.spec.redirect(Stream::Stdout).kind != Redirect::Kind::Pipe)
        return UsageExit { "--save-stdout needs --stdout=pipe: the parent only sees what comes through a pipe", 2 };
    if (!o.saveStderr.empty() && o.spec.redirect(Stream::Stderr).kind != Redirect::Kind::Pipe)
        return UsageExit { "--save-stderr needs --stderr=pipe: the parent only sees what comes through a pipe", 2 };
    if (blocksOnPipes(o.parent) && o.repeat > 1)
        return UsageExit { "--parent=" + parent + " runs once; it cannot be combined with --repeat", 2 };
    if (!o.htmlPath.empty() && o.planOnly)
        return UsageExit { "--html replays the real steps; it cannot be combined with --plan-only", 2 };
    if (!o.htmlPath.empty())
        o.step = true; // the page replays recorded steps
    if (o.step && o.repeat > 1)
        return UsageExit { "--step runs the setup once; it cannot be combined with --repeat", 2 };
    if (backend == "wine") {
        o.backend = Backend::Wine;
        // What the Windows program does not do: the naive parents and the saved streams are POSIX runs' (its JSON
        // trace holds what came through the pipes), the plan is the native trace's.
        for (const auto& [given, option] :
            { std::pair { parent != "communicate", "--parent" }, { !o.saveStdout.empty(), "--save-stdout" },
                { !o.saveStderr.empty(), "--save-stderr" }, { o.planOnly, "--plan-only" }, { o.repeat > 1, "--repeat" },
                { o.spec.pipeSize != 0, "--pipesize" }, { lens != "posix", "--lens" } })
            if (given)
                return UsageExit { std::string(option) + " is not available with --backend=wine", 2 };
    } else if (backend != "native") {
        return UsageExit { "--backend=" + backend + ": expected native or wine", 2 };
    }
    if (command.empty() && !o.planOnly)
        return UsageExit { "no program given: pipescope-trace [OPTIONS] -- PROGRAM [ARGS...]", 2 };
    if (command.empty())
        command = { "PROGRAM" };
    o.spec.argv = std::move(command);
    return o;
}

std::variant<FifoOptions, UsageExit> parseFifoOptions(const std::vector<std::string>& args)
{
    CLI::App app {
        "Starts N writer processes that write records into one FIFO, each record with one write(), and reads "
        "them back: the open rendezvous, every process's fd on the FIFO, and how many records were "
        "interleaved (writes above PIPE_BUF are not atomic) with no byte lost.",
        "pipescope-trace fifo"
    };
    app.allow_windows_style_options(false);
    FifoOptions o;
    std::string recordSize;
    std::string mode = "0600";
    app.add_option("--writers", o.writers, "writer processes (pipescope-child fifo-writer), 1 to 64")
        ->type_name("N")
        ->required()
        ->check(CLI::Range(1U, kFifoMaxWriters));
    app.add_option("--record-size", recordSize,
           "bytes per record, one write() each: 24 to 4096 (atomic), or a multiple of 4096 up to 16M; K and M "
           "suffixes")
        ->type_name("BYTES")
        ->required();
    app.add_option("--records", o.records, "records per writer, 1 to 1000000")
        ->type_name("M")
        ->required()
        ->check(CLI::Range(1U, 1'000'000U));
    app.add_option("--mode", mode, "the FIFO's permission bits, octal (default 0600)")->type_name("OCTAL");
    std::string readSize = "4096";
    app.add_option("--read-size", readSize,
           "bytes per read() of the reader, 1 to 1M (default 4096: one page at a time, so writers of records above "
           "PIPE_BUF often find the FIFO full and sleep mid-record, which is when another writer gets in; a 64K reader "
           "keeps the FIFO empty, writers rarely sleep, and records rarely interleave)")
        ->type_name("BYTES");
    // "--writers=" would make CLI11 take the next argument as the value.
    for (const std::string& a : args)
        if (a.size() > 3 && a.starts_with("--") && a.ends_with('='))
            return UsageExit { a.substr(0, a.size() - 1) + " needs a value, e.g. " + a + "4", 2 };
    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        return UsageExit { app.help(), 0 };
    } catch (const CLI::ParseError& e) {
        return UsageExit { e.what(), 2 };
    }

    const auto bytes = parseBytes(recordSize);
    const FifoRecordSizeCheck check = bytes ? checkFifoRecordSize(*bytes) : FifoRecordSizeCheck::Ok;
    if (!bytes || check != FifoRecordSizeCheck::Ok)
        return UsageExit { recordSizeMessage(recordSize, bytes ? check : FifoRecordSizeCheck::Ok), 2 };
    o.recordSize = static_cast<std::uint32_t>(*bytes);

    const auto readBytes = parseBytes(readSize);
    if (!readBytes || *readBytes < 1 || *readBytes > kFifoMaxReadSize)
        return UsageExit { "--read-size=" + readSize + ": expected 1 to 1M bytes, e.g. 4096 or 64K", 2 };
    o.readSize = static_cast<std::uint32_t>(*readBytes);

    unsigned bits = 0;
    const auto [end, ec] = std::from_chars(mode.data(), mode.data() + mode.size(), bits, 8);
    if (mode.empty() || ec != std::errc {} || end != mode.data() + mode.size() || bits > 0777)
        return UsageExit { "--mode=" + mode + ": expected octal permission bits such as 0600 or 0644", 2 };
    o.mode = bits;
    return o;
}

std::variant<WatchOptions, UsageExit> parseWatchOptions(const std::vector<std::string>& args)
{
    CLI::App app { "Runs an unmodified program under ptrace and prints every pipe, dup, close, fork, exec, wait and "
                   "signal of every process it starts, with CPython's Popen names where a Popen is recognised, then "
                   "the process tree and each pipe's life. The program's own output passes through.",
        "pipescope-trace watch" };
    app.allow_windows_style_options(false);
    WatchOptions o;
    double timeout = 0;
    std::string filter = "pipes";
    std::vector<std::string> command;
    app.add_option("--json", o.jsonPath, "write the recording as JSON (schema version 2, kind recording)")
        ->type_name("PATH");
    app.add_option("--html", o.htmlPath,
           "write one web page that replays the recording in any browser, call by call (written by the pipescope "
           "application, found beside pipescope-trace or in PATH)")
        ->type_name("PATH");
    app.add_flag("--bytes", o.bytes, "also record read/write/readv/writev/splice on pipes (coalesced)");
    auto* timeoutOpt
        = app.add_option("--timeout", timeout, "kill every process after this long (exit 124)")->type_name("SECONDS");
    app.add_option("--filter", filter,
           "pipes (calls about pipes, FIFOs, processes and signals) or all (also every open and close of a file: "
           "slower)")
        ->type_name("pipes|all");
    app.add_option("command", command, "PROGRAM [ARGS...]")->type_name("-- PROGRAM [ARGS...]");
    for (const std::string& a : args) {
        if (a == "--")
            break;
        if (a.size() > 3 && a.starts_with("--") && a.ends_with('='))
            return UsageExit { a.substr(0, a.size() - 1) + " needs a value", 2 };
    }
    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        return UsageExit { app.help(), 0 };
    } catch (const CLI::ParseError& e) {
        return UsageExit { e.what(), 2 };
    }
    if (*timeoutOpt) {
        if (!std::isfinite(timeout) || timeout <= 0 || timeout > 1e6)
            return UsageExit { "--timeout: expected a positive number of seconds up to 1000000", 2 };
        o.timeoutSeconds = timeout;
    }
    if (filter == "all")
        o.allCalls = true;
    else if (filter != "pipes")
        return UsageExit { "--filter=" + filter + ": expected pipes or all", 2 };
    if (command.empty() || command.front().empty())
        return UsageExit { "no program given: pipescope-trace watch [OPTIONS] -- PROGRAM [ARGS...]", 2 };
    o.argv = std::move(command);
    return o;
}

std::variant<NamedPipeOptions, UsageExit> parseNamedPipeOptions(const std::vector<std::string>& args)
{
    CLI::App app { "Runs what the note says of Windows named pipes on Windows (pipescope-trace.exe under Wine): three "
                   "instances and a fourth refused, three client processes each on its own instance, duplex, message "
                   "against byte mode, a security descriptor, a remote name.",
        "pipescope-trace namedpipe" };
    app.allow_windows_style_options(false);
    NamedPipeOptions o;
    std::string backend;
    app.add_option("--backend", backend, "wine: the only one (Linux's named pipes are FIFOs: pipescope-trace fifo)")
        ->type_name("B");
    app.add_option("--json", o.jsonPath, "write what ran as JSON (format pipescope-win32-namedpipes)")
        ->type_name("PATH");
    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        return UsageExit { app.help(), 0 };
    } catch (const CLI::ParseError& e) {
        return UsageExit { e.what(), 2 };
    }
    if (backend != "wine")
        return UsageExit { "namedpipe runs Windows named pipes: give --backend=wine (Linux's named pipes are FIFOs: "
                           "pipescope-trace fifo)",
            2 };
    return o;
}

std::variant<TraceOptions, FifoOptions, WatchOptions, NamedPipeOptions, UsageExit> parseCommandLine(
    const std::vector<std::string>& args)
{
    if (!args.empty() && args.front() == "namedpipe") {
        auto named = parseNamedPipeOptions(std::vector<std::string>(args.begin() + 1, args.end()));
        if (auto* usage = std::get_if<UsageExit>(&named))
            return std::move(*usage);
        return std::get<NamedPipeOptions>(std::move(named));
    }
    if (!args.empty() && args.front() == "fifo") {
        auto fifo = parseFifoOptions(std::vector<std::string>(args.begin() + 1, args.end()));
        if (auto* usage = std::get_if<UsageExit>(&fifo))
            return std::move(*usage);
        return std::get<FifoOptions>(std::move(fifo));
    }
    if (!args.empty() && args.front() == "watch") {
        auto watch = parseWatchOptions(std::vector<std::string>(args.begin() + 1, args.end()));
        if (auto* usage = std::get_if<UsageExit>(&watch))
            return std::move(*usage);
        return std::get<WatchOptions>(std::move(watch));
    }
    auto top = parseTraceOptions(args);
    if (auto* usage = std::get_if<UsageExit>(&top))
        return std::move(*usage);
    return std::get<TraceOptions>(std::move(top));
}

} // namespace pipescope::cli
