// SPDX-License-Identifier: GPL-3.0-or-later
// Trace JSON, as a replay or an import would read it: parsing never crashes, and a trace that parses survives
// toJsonText + traceFromJson unchanged in spec, plan and events, and writes back to the same text. fd tables
// (fdTableFromJson) and recordings (version 2, recordingFromJson) likewise.

#include "files/recordingfile.h"
#include "files/trace.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace pipescope;

namespace {

[[noreturn]] void fail(const char* what, const std::string& text)
{
    std::fprintf(stderr, "%s\nserialised as: %s\n", what, text.c_str());
    std::abort();
}

// The first difference, in words, or "" when there is none.
std::string specDifference(const SpawnSpec& a, const SpawnSpec& b)
{
    if (a.argv != b.argv)
        return "argv";
    for (Stream s : allStreams)
        if (!(a.redirect(s) == b.redirect(s)))
            return std::string(streamName(s)) + ": " + toText(a.redirect(s)) + " -> " + toText(b.redirect(s));
    if (a.pipeSize != b.pipeSize || a.closeFds != b.closeFds || a.passFds != b.passFds || a.cwd != b.cwd)
        return "pipesize, close_fds, pass_fds or cwd";
    return {};
}

std::string planDifference(const HandlePlan& a, const HandlePlan& b)
{
    if (a.lens != b.lens)
        return "lens";
    for (std::size_t i = 0; i < a.handles.size(); ++i) {
        const HandleInfo& x = a.handles[i];
        const HandleInfo& y = b.handles[i];
        const std::string at = "handles[" + std::to_string(i) + "] (" + std::string(originName(x.origin)) + ")";
        if (x.handle != y.handle || x.origin != y.origin)
            return at + ": name or origin";
        if (x.callerFd != y.callerFd)
            return at + ": fd " + std::to_string(x.callerFd) + " -> " + std::to_string(y.callerFd);
        if (x.path != y.path)
            return at + ": path \"" + x.path + "\" -> \"" + y.path + "\"";
    }
    if (a.steps.size() != b.steps.size())
        return "number of steps";
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const Step& x = a.steps[i];
        const Step& y = b.steps[i];
        const std::string at = "steps[" + std::to_string(i) + "] (" + x.id + ")";
        if (x.targetFd != y.targetFd)
            return at + ": target_fd " + std::to_string(x.targetFd) + " -> " + std::to_string(y.targetFd);
        if (x.id != y.id || x.actor != y.actor || x.action != y.action || x.stream != y.stream
            || x.handles != y.handles)
            return at;
    }
    return {};
}

void checkTrace(std::string_view text)
{
    const auto first = traceFromJson(text);
    if (!first) {
        if (first.error().code != ErrorCode::Malformed || first.error().subject.empty())
            fail("a refusal is Malformed with a subject", std::string(text));
        return;
    }
    const std::string again = toJsonText(*first); // indented, as pipescope-trace --json writes it
    const auto second = traceFromJson(again);
    const std::string shown = toJsonText(*first, -1); // one line in a report
    if (!second)
        fail(("the trace's own JSON does not parse back: " + second.error().subject).c_str(), shown);
    if (const std::string d = specDifference(first->spec, second->spec); !d.empty())
        fail(("spec changed in the round trip: " + d).c_str(), shown);
    if (const std::string d = planDifference(first->plan, second->plan); !d.empty())
        fail(("plan changed in the round trip: " + d).c_str(), shown);
    if (first->events != second->events)
        fail("events changed in the round trip", shown);
    // And everything else (fd tables, exit, byte counts, step snapshots): read -> write -> read is a fixed point.
    if (toJsonText(*second) != again)
        fail("the trace reads back as something that writes differently", shown);
}

void checkFdTable(std::string_view text)
{
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded())
        return;
    const auto first = fdTableFromJson(j);
    if (!first)
        return;
    const nlohmann::json again = toJson(*first);
    const auto second = fdTableFromJson(again);
    if (!second || *second != *first)
        fail(
            "fd table changed in the round trip", again.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void checkRecording(std::string_view text)
{
    const auto first = recordingFromJson(text);
    if (!first) {
        if (first.error().code != ErrorCode::Malformed || first.error().subject.empty())
            fail("a refused recording is Malformed with a subject", std::string(text));
        return;
    }
    const std::string again = toJsonText(*first);
    const auto second = recordingFromJson(again);
    if (!second)
        fail(("the recording's own JSON does not parse back: " + second.error().subject).c_str(), again);
    if (toJsonText(*second) != again)
        fail("the recording reads back as something that writes differently", again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkTrace(text);
    checkFdTable(text);
    checkRecording(text);
    return 0;
}
