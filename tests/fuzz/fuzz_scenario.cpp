// SPDX-License-Identifier: GPL-3.0-or-later
// .pipescope scenario files, as Open Scenario reads them: parsing never crashes, a refusal is Malformed with a JSON
// pointer ("" or starting with '/') and a known problem, and a scenario that parses survives toJsonText +
// scenarioFromJson unchanged (read → write → read is a fixed point, the written text too).

#include "files/scenariofile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace pipescope;

namespace {

[[noreturn]] void fail(const char* what, std::string_view text)
{
    std::fprintf(stderr, "%s\n%.*s\n", what, static_cast<int>(text.size()), text.data());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Result<Scenario> first = scenarioFromJson(text);
    if (!first) {
        const Error& e = first.error();
        if (e.code != ErrorCode::Malformed)
            fail("a refusal is not Malformed", text);
        if (!e.subject.empty() && e.subject.front() != '/')
            fail("a refusal's subject is not a JSON pointer", text);
        if (!scenarioProblemFromName(e.call))
            fail("a refusal names no known problem", text);
        return 0;
    }
    const std::string written = toJsonText(*first);
    const Result<Scenario> second = scenarioFromJson(written);
    if (!second)
        fail(("the scenario's own JSON does not parse back at '" + second.error().subject + "'").c_str(), written);
    if (!(*second == *first))
        fail("the scenario changed in the round trip", written);
    if (toJsonText(*second) != written)
        fail("writing the scenario again gave another text", written);
    // The input it stands for is bounded by the format, never more than a gigabyte: only its size is checked.
    if (first->input.kind == ScenarioInput::Kind::Text && inputBytes(first->input).size() > 2 * size + 2)
        fail("the input grew beyond its \\r\\n expansion", written);
    return 0;
}
