// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "redirect.h"

#include <CLI/CLI.hpp>

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
           "communicate (like Popen.communicate: never deadlocks) or naive (write all input, then read stdout, "
           "then stderr: can deadlock)")
        ->type_name("communicate|naive");
    app.add_option("--save-stdout", o.saveStdout, "save what arrives through the stdout pipe")->type_name("PATH");
    app.add_option("--save-stderr", o.saveStderr, "save what arrives through the stderr pipe")->type_name("PATH");
    app.add_option("--lens", lens, "posix (what runs) or windows (the Win32 model of the same plan)")
        ->type_name("posix|windows");
    app.add_flag("--plan-only", o.planOnly, "print the plan, run nothing");
    app.add_flag("--step", o.step, "run the setup one real syscall at a time and print both fd tables after each");
    app.add_option("--json", o.jsonPath, "write the trace as JSON")->type_name("PATH");
    app.add_option("--repeat", o.repeat, "run N times and report latency")
        ->type_name("N")
        ->check(CLI::Range(1, 1000000));
    auto* timeoutOpt
        = app.add_option("--timeout", timeout, "kill the child after this long (exit 124)")->type_name("SECONDS");
    app.add_option("--pipesize", o.spec.pipeSize, "F_SETPIPE_SZ for every pipe created")
        ->type_name("BYTES")
        ->check(CLI::Range(1, 1 << 30));
    app.add_option("command", command, "PROGRAM [ARGS...]")->type_name("-- PROGRAM [ARGS...]");

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
    else if (parent != "communicate")
        return UsageExit { "--parent=" + parent + ": expected communicate or naive", 2 };
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
    if (o.parent == ParentPolicy::Naive && o.repeat > 1)
        return UsageExit { "--parent=naive runs once; it cannot be combined with --repeat", 2 };
    if (o.step && o.repeat > 1)
        return UsageExit { "--step runs the setup once; it cannot be combined with --repeat", 2 };
    if (command.empty() && !o.planOnly)
        return UsageExit { "no program given: pipescope-trace [OPTIONS] -- PROGRAM [ARGS...]", 2 };
    if (command.empty())
        command = { "PROGRAM" };
    o.spec.argv = std::move(command);
    return o;
}

} // namespace pipescope::cli
