// SPDX-License-Identifier: GPL-3.0-or-later
// Redirect text on each stream: parsing never crashes, a refusal names the stream and the text, and the text form
// of anything accepted parses back to the same Redirect.

#include "popen/redirect.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace pipescope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (Stream s : allStreams) {
        const auto r = parseRedirect(s, text);
        if (!r) {
            if (r.error().stream != s || r.error().subject != text) {
                std::fprintf(stderr, "error does not name the stream and the text\n");
                std::abort();
            }
            continue;
        }
        if (r->kind == Redirect::Kind::Stdout && s != Stream::Stderr) {
            std::fprintf(stderr, "'stdout' accepted for %s\n", std::string(streamName(s)).c_str());
            std::abort();
        }
        const std::string again = toText(*r);
        const auto back = parseRedirect(s, again);
        if (!back || !(*back == *r)) {
            std::fprintf(stderr, "round trip broke on %s: toText gave \"%s\"\n", std::string(streamName(s)).c_str(),
                again.c_str());
            std::abort();
        }
        if (kindName(r->kind).empty())
            std::abort();
    }
    return 0;
}
