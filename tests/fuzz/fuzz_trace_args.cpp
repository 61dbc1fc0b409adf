// SPDX-License-Identifier: GPL-3.0-or-later
// pipescope-trace's command line, as NUL-separated arguments: parsing never throws or crashes (the CLI promises a
// one-line reason and status 2, never a crash), and whatever it accepts is a consistent configuration. Parsing
// runs nothing: no process is spawned, no file opened.

#include "options.h"

#include "redirect.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

using namespace pipescope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::string> args;
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    while (!rest.empty()) {
        const std::size_t nul = rest.find('\0');
        args.emplace_back(rest.substr(0, nul));
        rest = nul == std::string_view::npos ? std::string_view {} : rest.substr(nul + 1);
    }

    const auto parsed = cli::parseTraceOptions(args);
    if (const auto* exit = std::get_if<cli::UsageExit>(&parsed)) {
        if (exit->status != 0 && exit->status != 2) {
            std::fprintf(stderr, "usage exit %d\n", exit->status);
            std::abort();
        }
        if (exit->message.empty()) {
            std::fprintf(stderr, "usage exit without a reason\n");
            std::abort();
        }
        return 0;
    }
    const auto& o = std::get<cli::TraceOptions>(parsed);
    if (o.spec.argv.empty() || o.repeat < 1 || (o.input && o.inputFile)) {
        std::fprintf(stderr, "inconsistent options accepted\n");
        std::abort();
    }
    for (Stream s : allStreams) {
        const auto back = parseRedirect(s, toText(o.spec.redirect(s)));
        if (!back || !(*back == o.spec.redirect(s))) {
            std::fprintf(stderr, "accepted a redirect that does not round trip\n");
            std::abort();
        }
    }
    if ((o.input || o.inputFile) && o.spec.redirect(Stream::Stdin).kind != Redirect::Kind::Pipe) {
        std::fprintf(stderr, "--input accepted without --stdin=pipe\n");
        std::abort();
    }
    return 0;
}
