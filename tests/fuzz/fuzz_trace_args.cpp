// SPDX-License-Identifier: GPL-3.0-or-later
// pipescope-trace's command line, as NUL-separated arguments: parsing never throws or crashes (the CLI promises a
// one-line reason and status 2, never a crash), and whatever it accepts is a consistent configuration. Both entry
// points: parseTraceOptions (the top-level form) and parseCommandLine (which adds the fifo, watch and namedpipe
// subcommands and must otherwise agree with it). Parsing runs nothing: no process is spawned, no file opened.

#include "options.h"

#include "fifo/fiforecord.h"
#include "fifo/fiforun.h"
#include "popen/redirect.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

using namespace pipescope;

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

void checkUsage(const cli::UsageExit& exit)
{
    if (exit.status != 0 && exit.status != 2)
        fail("a usage exit status other than 0 or 2");
    if (exit.message.empty())
        fail("a usage exit without a reason");
}

void checkTrace(const cli::TraceOptions& o)
{
    if (o.spec.argv.empty() || o.repeat < 1 || (o.input && o.inputFile))
        fail("inconsistent options accepted");
    for (Stream s : allStreams) {
        const auto back = parseRedirect(s, toText(o.spec.redirect(s)));
        if (!back || !(*back == o.spec.redirect(s)))
            fail("accepted a redirect that does not round trip");
    }
    if ((o.input || o.inputFile) && o.spec.redirect(Stream::Stdin).kind != Redirect::Kind::Pipe)
        fail("--input accepted without --stdin=pipe");
}

void checkFifo(const cli::FifoOptions& o)
{
    if (o.writers < 1 || o.writers > kFifoMaxWriters || o.records < 1 || o.mode > 0777 || o.readSize < 1
        || o.readSize > kFifoMaxReadSize || checkFifoRecordSize(o.recordSize) != FifoRecordSizeCheck::Ok)
        fail("fifo options out of range accepted");
}

void checkWatch(const cli::WatchOptions& o)
{
    if (o.argv.empty() || o.argv.front().empty() || (o.timeoutSeconds && !(*o.timeoutSeconds > 0)))
        fail("watch options without a program or with a bad timeout accepted");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::string> args;
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    while (!rest.empty()) {
        const std::size_t nul = rest.find('\0');
        args.emplace_back(rest.substr(0, nul));
        rest = nul == std::string_view::npos ? std::string_view {} : rest.substr(nul + 1);
    }

    const auto top = cli::parseTraceOptions(args);
    if (const auto* exit = std::get_if<cli::UsageExit>(&top))
        checkUsage(*exit);
    else
        checkTrace(std::get<cli::TraceOptions>(top));

    const auto whole = cli::parseCommandLine(args);
    if (const auto* exit = std::get_if<cli::UsageExit>(&whole))
        checkUsage(*exit);
    else if (const auto* fifo = std::get_if<cli::FifoOptions>(&whole))
        checkFifo(*fifo);
    else if (const auto* watch = std::get_if<cli::WatchOptions>(&whole))
        checkWatch(*watch);
    else if (std::holds_alternative<cli::NamedPipeOptions>(whole) && (args.empty() || args.front() != "namedpipe"))
        fail("the namedpipe subcommand chosen by something else than a first argument \"namedpipe\"");
    else if (!std::holds_alternative<cli::NamedPipeOptions>(whole))
        checkTrace(std::get<cli::TraceOptions>(whole));

    const bool fifoForm = !args.empty() && args.front() == "fifo";
    const bool watchForm = !args.empty() && args.front() == "watch";
    const bool namedPipeForm = !args.empty() && args.front() == "namedpipe";
    if (fifoForm != std::holds_alternative<cli::FifoOptions>(whole) && !std::holds_alternative<cli::UsageExit>(whole))
        fail("the fifo subcommand chosen by something else than a first argument \"fifo\"");
    if (watchForm != std::holds_alternative<cli::WatchOptions>(whole) && !std::holds_alternative<cli::UsageExit>(whole))
        fail("the watch subcommand chosen by something else than a first argument \"watch\"");
    if (!fifoForm && !watchForm && !namedPipeForm) {
        const auto* a = std::get_if<cli::UsageExit>(&top);
        const auto* b = std::get_if<cli::UsageExit>(&whole);
        if ((a == nullptr) != (b == nullptr) || (a && (a->message != b->message || a->status != b->status)))
            fail("parseCommandLine disagrees with parseTraceOptions on the top-level form");
    }
    return 0;
}
