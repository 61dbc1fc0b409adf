// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON trace: a real run survives toJsonText → traceFromJson unchanged; malformed text is refused, never thrown.

#include "base/event.h"
#include "files/trace.h"
#include "inspect/fdtable.h"
#include "popen/plan.h"
#include "popen/process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using nlohmann::json;
using pipescope::ErrorCode;
using pipescope::Event;
using pipescope::EventKind;
using pipescope::Redirect;
using pipescope::Stream;
using pipescope::Trace;

constexpr int lastEventKind = static_cast<int>(EventKind::ChildKilled);

// One real run: pipescope-child echo with stdin and stdout PIPE, as the seed's parent.py does.
Trace realTrace()
{
    Trace trace;
    trace.spec.argv = { PIPESCOPE_CHILD, "echo" };
    trace.spec.redirect(Stream::Stdin) = Redirect::pipe();
    trace.spec.redirect(Stream::Stdout) = Redirect::pipe();
    trace.plan = pipescope::planHandles(trace.spec, pipescope::Lens::Posix);

    auto spawned = pipescope::spawn(trace.spec, &trace.events);
    if (!spawned) {
        ADD_FAILURE() << "spawn failed: errno " << spawned.error().sysErrno;
        return trace;
    }
    // The child is blocked reading stdin until we write: its table is the one it started with.
    auto fds = pipescope::inspectFds(spawned->child.pid());
    EXPECT_TRUE(fds.ok());
    if (fds)
        trace.childFds = std::move(fds).value();

    const std::string input = "write data:0\r\nwrite data:1\r\n";
    pipescope::CommunicateOptions options;
    options.input = std::as_bytes(std::span(input));
    options.timeout = std::chrono::seconds(60);
    auto result = pipescope::communicate(*spawned, options, &trace.events);
    if (!result) {
        ADD_FAILURE() << "communicate failed: errno " << result.error().sysErrno;
        return trace;
    }
    EXPECT_FALSE(result->timedOut);
    trace.exit = result->exit;
    trace.bytes = { result->bytesWritten, result->bytesRead[1], result->bytesRead[2] };
    return trace;
}

// Built once: several tests look at the same run.
const Trace& sharedTrace()
{
    static const Trace trace = realTrace();
    return trace;
}

bool hasEvent(const Trace& t, EventKind k)
{
    return std::ranges::any_of(t.events, [k](const Event& e) { return e.kind == k; });
}

void expectSameSpec(const pipescope::SpawnSpec& a, const pipescope::SpawnSpec& b)
{
    EXPECT_EQ(a.argv, b.argv);
    for (Stream s : pipescope::allStreams)
        EXPECT_EQ(a.redirect(s), b.redirect(s)) << pipescope::streamName(s);
    EXPECT_EQ(a.pipeSize, b.pipeSize);
    EXPECT_EQ(a.closeFds, b.closeFds);
    EXPECT_EQ(a.passFds, b.passFds);
    EXPECT_EQ(a.cwd, b.cwd);
}

void expectSamePlan(const pipescope::HandlePlan& a, const pipescope::HandlePlan& b)
{
    EXPECT_EQ(a.lens, b.lens);
    EXPECT_EQ(a.inheritHandles, b.inheritHandles);
    for (size_t i = 0; i < a.handles.size(); ++i) {
        EXPECT_EQ(a.handles[i].handle, b.handles[i].handle) << i;
        EXPECT_EQ(a.handles[i].origin, b.handles[i].origin) << i;
        EXPECT_EQ(a.handles[i].callerFd, b.handles[i].callerFd) << i;
        EXPECT_EQ(a.handles[i].path, b.handles[i].path) << i;
    }
    ASSERT_EQ(a.steps.size(), b.steps.size());
    for (size_t i = 0; i < a.steps.size(); ++i) {
        const pipescope::Step& x = a.steps[i];
        const pipescope::Step& y = b.steps[i];
        EXPECT_EQ(x.id, y.id) << "step " << i;
        EXPECT_EQ(x.actor, y.actor) << x.id;
        EXPECT_EQ(x.action, y.action) << x.id;
        EXPECT_EQ(x.stream, y.stream) << x.id;
        EXPECT_EQ(x.handles, y.handles) << x.id;
        EXPECT_EQ(x.targetFd, y.targetFd) << x.id;
    }
}

void expectSameTrace(const Trace& a, const Trace& b)
{
    expectSameSpec(a.spec, b.spec);
    expectSamePlan(a.plan, b.plan);
    EXPECT_EQ(a.events, b.events);
    EXPECT_EQ(a.childFds, b.childFds);
    EXPECT_EQ(a.exit, b.exit);
    EXPECT_EQ(a.bytes, b.bytes);
}

// ---------------------------------------------------------------------------------------------
// A real run

TEST(TraceJson, RealRunIsWhatWeThinkItIs)
{
    const Trace& t = sharedTrace();
    ASSERT_TRUE(t.exit.has_value());
    EXPECT_EQ(*t.exit, (pipescope::ExitStatus { .signaled = false, .code = 0 }));
    EXPECT_EQ(t.bytes[0], 28);
    EXPECT_GT(t.bytes[1], 28);
    EXPECT_EQ(t.bytes[2], 0);
    EXPECT_TRUE(hasEvent(t, EventKind::PipeCreated));
    EXPECT_TRUE(hasEvent(t, EventKind::Exec));
    EXPECT_TRUE(hasEvent(t, EventKind::ErrPipeEof));
    EXPECT_TRUE(hasEvent(t, EventKind::ChildExited));
    ASSERT_TRUE(t.childFds.has_value());
    const auto* in = pipescope::findFd(*t.childFds, 0);
    const auto* out = pipescope::findFd(*t.childFds, 1);
    ASSERT_NE(in, nullptr);
    ASSERT_NE(out, nullptr);
    EXPECT_EQ(in->kind, pipescope::FdKind::Pipe);
    EXPECT_EQ(out->kind, pipescope::FdKind::Pipe);
    EXPECT_NE(in->inode, out->inode);
}

TEST(TraceJson, RealRunRoundTrips)
{
    const Trace& t = sharedTrace();
    const std::string text = pipescope::toJsonText(t);
    const auto back = pipescope::traceFromJson(text);
    ASSERT_TRUE(back.ok()) << "rejected at " << back.error().subject;
    expectSameTrace(t, *back);
    // And again: the text is stable.
    EXPECT_EQ(pipescope::toJsonText(*back), text);
}

TEST(TraceJson, CompactTextRoundTrips)
{
    const Trace& t = sharedTrace();
    const auto back = pipescope::traceFromJson(pipescope::toJsonText(t, -1));
    ASSERT_TRUE(back.ok());
    expectSameTrace(t, *back);
}

TEST(TraceJson, SchemaFields)
{
    const json j = json::parse(pipescope::toJsonText(sharedTrace()));
    EXPECT_EQ(j.at("schema"), "pipescope-trace");
    EXPECT_EQ(j.at("version"), 1);
    EXPECT_EQ(j.at("version"), pipescope::traceSchemaVersion);
    for (const char* key : { "spec", "plan", "events", "child_fds", "exit", "bytes" })
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j.at("spec").at("stdin"), "pipe");
    EXPECT_EQ(j.at("spec").at("stdout"), "pipe");
    EXPECT_EQ(j.at("spec").at("stderr"), "none");
    // The Popen names stay as they are in the JSON.
    EXPECT_EQ(j.at("plan").at("handles").at(0).at("name"), "p2cread");
    EXPECT_EQ(j.at("plan").at("handles").at(3).at("name"), "c2pwrite");
}

// Synthetic traces reach the corners a real run does not.
TEST(TraceJson, EveryFieldRoundTrips)
{
    Trace t;
    t.spec.argv = { "/bin/prog", "arg with space", "\xe7\xae\xa1\xe9\x81\x93", "" };
    t.spec.redirect(Stream::Stdin) = Redirect::fromFd(5);
    t.spec.redirect(Stream::Stdout) = Redirect::file("/tmp/out.txt", true);
    t.spec.redirect(Stream::Stderr) = Redirect::stdoutRedirect();
    t.spec.pipeSize = 1 << 20;
    t.spec.closeFds = false;
    t.spec.passFds = { 7, 9 };
    t.spec.cwd = "/tmp";
    t.plan = pipescope::planHandles(t.spec, pipescope::Lens::Windows, false);
    for (int k = 0; k <= lastEventKind; ++k)
        t.events.push_back(Event { .timeNs = 1'000'000'000'000LL + k,
            .actor = k % 3 == 0 ? pipescope::Actor::Parent
                : k % 3 == 1    ? pipescope::Actor::Child
                                : pipescope::Actor::Kernel,
            .pid = 100 + k,
            .kind = static_cast<EventKind>(k),
            .stream = k % 4 == 3 ? std::nullopt : std::optional<Stream>(static_cast<Stream>(k % 4)),
            .stepId = k % 2 ? "posix.step." + std::to_string(k) : std::string(),
            .fds = k % 5 ? std::vector<int> { k, k + 1 } : std::vector<int> {},
            .bytes = k == 0 ? 5'000'000'000LL : k,
            .value = k % 2 ? -k : k,
            .path = k % 2 ? "/p/" + std::to_string(k) : std::string() });
    t.childFds = pipescope::FdTable { { .fd = 0, .target = "/dev/null", .kind = pipescope::FdKind::DevNull },
        { .fd = 1,
            .target = "pipe:[18446744073709551615]",
            .kind = pipescope::FdKind::Pipe,
            .inode = UINT64_MAX,
            .access = pipescope::Access::Write,
            .cloexec = true,
            .nonblock = true,
            .pos = 1LL << 40,
            .flags = 0xFFFFFFFFu } };
    t.exit = pipescope::ExitStatus { .signaled = true, .code = 9 };
    t.bytes = { 1LL << 40, 3, 0 };

    const auto back = pipescope::traceFromJson(pipescope::toJsonText(t));
    ASSERT_TRUE(back.ok()) << "rejected at " << back.error().subject;
    expectSameTrace(t, *back);
}

TEST(TraceJson, EmptyTraceRoundTrips)
{
    Trace t;
    t.spec.argv = { "x" };
    t.plan = pipescope::planHandles(t.spec, pipescope::Lens::Posix);
    const auto back = pipescope::traceFromJson(pipescope::toJsonText(t));
    ASSERT_TRUE(back.ok()) << "rejected at " << back.error().subject;
    expectSameTrace(t, *back);
    EXPECT_FALSE(back->childFds.has_value());
    EXPECT_FALSE(back->exit.has_value());
}

TEST(TraceJson, InvalidUtf8PathDoesNotThrow)
{
    // Paths are bytes: a non-UTF-8 one is written (replaced), not thrown at the caller.
    Trace t;
    t.spec.argv = { "/tmp/\xff\xfe" };
    t.plan = pipescope::planHandles(t.spec, pipescope::Lens::Posix);
    t.events.push_back({ .kind = EventKind::Exec, .path = "/tmp/\xff\xfe" });
    std::string text;
    ASSERT_NO_THROW(text = pipescope::toJsonText(t));
    const auto back = pipescope::traceFromJson(text);
    ASSERT_TRUE(back.ok()) << "rejected at " << back.error().subject;
    EXPECT_EQ(back->events.size(), 1u);
}

TEST(TraceJson, FdTableAloneRoundTrips)
{
    const Trace& t = sharedTrace();
    ASSERT_TRUE(t.childFds.has_value());
    const auto back = pipescope::fdTableFromJson(pipescope::toJson(*t.childFds));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, *t.childFds);
    const auto bad = pipescope::fdTableFromJson(json::object());
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Malformed);
}

// ---------------------------------------------------------------------------------------------
// Event kind names

TEST(EventKindNames, EveryKindRoundTrips)
{
    std::set<std::string, std::less<>> seen;
    for (int k = 0; k <= lastEventKind; ++k) {
        const auto kind = static_cast<EventKind>(k);
        const std::string_view name = pipescope::eventKindName(kind);
        ASSERT_FALSE(name.empty()) << "kind " << k << " has no name";
        EXPECT_TRUE(seen.emplace(name).second) << "two kinds are called " << name;
        const auto back = pipescope::eventKindFromName(name);
        ASSERT_TRUE(back.has_value()) << name;
        EXPECT_EQ(*back, kind) << name;
    }
    EXPECT_TRUE(pipescope::eventKindName(static_cast<EventKind>(lastEventKind + 1)).empty())
        << "lastEventKind is out of date: a kind was added after ChildKilled";
}

TEST(EventKindNames, UnknownNames)
{
    for (const char* name : { "", "bogus", "Exec", "EXEC", "exec ", "pipe_created", "pipe-created\n" })
        EXPECT_FALSE(pipescope::eventKindFromName(name).has_value()) << "'" << name << "'";
}

// ---------------------------------------------------------------------------------------------
// Malformed input

struct MalformedCase
{
    std::string name;
    std::function<std::string()> text; // built lazily: most start from the real trace
};

void PrintTo(const MalformedCase& c, std::ostream* os)
{
    *os << c.name;
}

// The real trace as JSON, changed by edit.
std::function<std::string()> edited(std::function<void(json&)> edit)
{
    return [edit = std::move(edit)] {
        json j = pipescope::toJson(sharedTrace());
        edit(j);
        return j.dump();
    };
}

std::function<std::string()> literal(std::string text)
{
    return [text = std::move(text)] { return text; };
}

std::string nested(size_t depth, bool closed)
{
    std::string s(depth, '[');
    if (closed)
        s.append(depth, ']');
    return s;
}

json& firstEvent(json& j)
{
    return j.at("events").at(0);
}

// The first plan step with this action ("child-dup2", "create-pipe", ...).
json& firstStep(json& j, const std::string& action)
{
    for (json& step : j.at("plan").at("steps"))
        if (step.at("action") == action)
            return step;
    throw std::runtime_error("the plan has no " + action + " step");
}

std::vector<MalformedCase> malformedCases()
{
    return {
        { "not_json", literal("this is not json") },
        { "empty_text", literal("") },
        { "truncated", literal(R"({"schema": "pipescope-trace", "version": 1, "spec": {)") },
        { "top_level_array", literal("[]") },
        { "top_level_null", literal("null") },
        { "top_level_number", literal("1") },
        { "top_level_string", literal(R"("pipescope-trace")") },
        { "invalid_utf8", literal("{\"schema\": \"pipescope-trace\xff\"}") },
        { "wrong_schema", edited([](json& j) { j["schema"] = "pipescope-scenario"; }) },
        { "schema_missing", edited([](json& j) { j.erase("schema"); }) },
        { "schema_not_string", edited([](json& j) { j["schema"] = 1; }) },
        { "version_2", edited([](json& j) { j["version"] = 2; }) },
        { "version_0", edited([](json& j) { j["version"] = 0; }) },
        { "version_string", edited([](json& j) { j["version"] = "1"; }) },
        { "version_float", edited([](json& j) { j["version"] = 1.0; }) },
        { "version_missing", edited([](json& j) { j.erase("version"); }) },
        { "missing_plan", edited([](json& j) { j.erase("plan"); }) },
        { "missing_spec", edited([](json& j) { j.erase("spec"); }) },
        { "plan_not_object", edited([](json& j) { j["plan"] = json::array(); }) },
        { "plan_five_handles", edited([](json& j) { j["plan"]["handles"].erase(5); }) },
        { "plan_handles_swapped",
            edited([](json& j) { std::swap(j["plan"]["handles"][0], j["plan"]["handles"][1]); }) },
        { "plan_unknown_lens", edited([](json& j) { j["plan"]["lens"] = "macos"; }) },
        { "plan_unknown_action", edited([](json& j) { j["plan"]["steps"][0]["action"] = "teleport"; }) },
        { "plan_step_without_id", edited([](json& j) { j["plan"]["steps"][0].erase("id"); }) },
        { "plan_step_bad_handle", edited([](json& j) {
             j["plan"]["steps"][0]["handles"] = { "p2cread", 3 };
         }) },
        { "event_unknown_kind", edited([](json& j) { firstEvent(j)["kind"] = "pipe-exploded"; }) },
        { "event_kind_missing", edited([](json& j) { firstEvent(j).erase("kind"); }) },
        { "event_kind_number", edited([](json& j) { firstEvent(j)["kind"] = 0; }) },
        { "event_unknown_actor", edited([](json& j) { firstEvent(j)["actor"] = "nobody"; }) },
        { "event_unknown_stream", edited([](json& j) { firstEvent(j)["stream"] = "stdwhat"; }) },
        { "event_not_object", edited([](json& j) { j["events"].push_back(42); }) },
        { "events_not_array", edited([](json& j) { j["events"] = json::object(); }) },
        { "event_fds_not_array", edited([](json& j) { firstEvent(j)["fds"] = 3; }) },
        { "event_fds_strings", edited([](json& j) {
             firstEvent(j)["fds"] = { "3", "4" };
         }) },
        { "event_time_string", edited([](json& j) { firstEvent(j)["t"] = "now"; }) },
        { "spec_not_object", edited([](json& j) { j["spec"] = "pipe"; }) },
        { "spec_bad_redirect", edited([](json& j) { j["spec"]["stdout"] = "pipe:"; }) },
        { "spec_stdout_on_stdin", edited([](json& j) { j["spec"]["stdin"] = "stdout"; }) },
        { "spec_negative_fd", edited([](json& j) { j["spec"]["stdin"] = "fd:-1"; }) },
        { "spec_redirect_not_string", edited([](json& j) { j["spec"]["stdin"] = 0; }) },
        { "spec_argv_not_strings", edited([](json& j) {
             j["spec"]["argv"] = { "prog", 1 };
         }) },
        { "spec_close_fds_not_bool", edited([](json& j) { j["spec"]["close_fds"] = "yes"; }) },
        { "child_fds_negative_fd", edited([](json& j) { j["child_fds"][0]["fd"] = -1; }) },
        { "child_fds_not_array", edited([](json& j) { j["child_fds"] = json::object(); }) },
        { "child_fds_unknown_kind", edited([](json& j) { j["child_fds"][0]["kind"] = "wormhole"; }) },
        { "child_fds_cloexec_not_bool", edited([](json& j) { j["child_fds"][0]["cloexec"] = 1; }) },
        { "exit_without_signaled", edited([](json& j) {
             j["exit"] = { { "code", 0 } };
         }) },
        { "exit_not_object", edited([](json& j) { j["exit"] = 0; }) },
        { "bytes_not_object", edited([](json& j) {
             j["bytes"] = { 1, 2, 3 };
         }) },
        { "bytes_string", edited([](json& j) { j["bytes"]["stdout"] = "78"; }) },
        // Numbers beyond what the field holds are refused, never truncated into something plausible.
        { "number_overflows_double", literal(R"({"schema":"pipescope-trace","version":1e400})") },
        { "integer_beyond_int64",
            edited([](json& j) { j["bytes"]["stdout"] = json::parse("123456789012345678901234567890"); }) },
        { "version_wraps_to_1", edited([](json& j) { j["version"] = 4294967297ULL; }) },
        { "child_fd_wraps_to_0", edited([](json& j) { j["child_fds"][0]["fd"] = 4294967296LL; }) },
        { "event_pid_too_big", edited([](json& j) { firstEvent(j)["pid"] = 99999999999LL; }) },
        { "event_value_too_big", edited([](json& j) { firstEvent(j)["value"] = 2147483648LL; }) },
        { "bytes_beyond_int64", edited([](json& j) { j["bytes"]["stdout"] = UINT64_MAX; }) },
        { "child_fds_negative_inode", edited([](json& j) { j["child_fds"][0]["inode"] = -1; }) },
        { "child_fds_negative_flags", edited([](json& j) { j["child_fds"][0]["flags"] = -1; }) },
        { "plan_target_fd_too_big", edited([](json& j) { j["plan"]["steps"][0]["target_fd"] = 4294967297ULL; }) },
        // A field that the writer would not write back is refused, so that read -> write -> read changes nothing.
        // sharedTrace's stderr is None (errwrite absent) and its stdin a PIPE (p2cread a pipe's read end).
        { "plan_absent_handle_with_fd", edited([](json& j) { j["plan"]["handles"][5]["fd"] = 5; }) },
        { "plan_pipe_handle_with_path", edited([](json& j) { j["plan"]["handles"][0]["path"] = "x"; }) },
        { "plan_pipe_handle_with_fd", edited([](json& j) { j["plan"]["handles"][0]["fd"] = 0; }) },
        { "plan_caller_fd_without_fd", edited([](json& j) { j["plan"]["handles"][0]["origin"] = "caller-fd"; }) },
        { "plan_caller_fd_negative", edited([](json& j) {
             j["plan"]["handles"][0] = { { "name", "p2cread" }, { "origin", "caller-fd" }, { "fd", -1 } };
         }) },
        { "plan_caller_fd_with_path", edited([](json& j) {
             j["plan"]["handles"][0]
                 = { { "name", "p2cread" }, { "origin", "caller-fd" }, { "fd", 5 }, { "path", "x" } };
         }) },
        { "plan_file_without_path", edited([](json& j) { j["plan"]["handles"][0]["origin"] = "file"; }) },
        { "plan_file_empty_path", edited([](json& j) {
             j["plan"]["handles"][0] = { { "name", "p2cread" }, { "origin", "file" }, { "path", "" } };
         }) },
        { "plan_file_path_not_string", edited([](json& j) {
             j["plan"]["handles"][0] = { { "name", "p2cread" }, { "origin", "file" }, { "path", 1 } };
         }) },
        { "plan_target_fd_negative", edited([](json& j) { firstStep(j, "child-dup2")["target_fd"] = -2; }) },
        { "plan_target_fd_minus_one", edited([](json& j) { firstStep(j, "child-dup2")["target_fd"] = -1; }) },
        { "plan_target_fd_3", edited([](json& j) { firstStep(j, "child-dup2")["target_fd"] = 3; }) },
        { "plan_dup2_without_target_fd", edited([](json& j) { firstStep(j, "child-dup2").erase("target_fd"); }) },
        { "plan_create_pipe_with_target_fd", edited([](json& j) { firstStep(j, "create-pipe")["target_fd"] = 0; }) },
        { "spec_pass_fd_wraps_to_3", edited([](json& j) { j["spec"]["pass_fds"] = { 4294967299LL }; }) },
        { "spec_pass_fd_negative", edited([](json& j) { j["spec"]["pass_fds"] = { -1 }; }) },
        { "spec_pass_fd_float", edited([](json& j) { j["spec"]["pass_fds"] = { 3.0 }; }) },
        { "event_fd_wraps_to_3", edited([](json& j) { firstEvent(j)["fds"] = { 4294967299LL }; }) },
        { "event_fd_beyond_uint64", edited([](json& j) { firstEvent(j)["fds"] = { UINT64_MAX }; }) },
        { "event_fd_negative", edited([](json& j) { firstEvent(j)["fds"] = { -1 }; }) },
        // Deep nesting: neither a stack overflow nor an accepted trace.
        { "deeply_nested_arrays", literal(nested(100'000, true)) },
        { "deeply_nested_unclosed", literal(nested(100'000, false)) },
        { "deeply_nested_in_events",
            [] {
                json j = pipescope::toJson(sharedTrace());
                const std::string placeholder = "\"@@nested@@\"";
                j["events"].push_back("@@nested@@");
                std::string text = j.dump();
                text.replace(text.find(placeholder), placeholder.size(), nested(100'000, true));
                return text;
            } },
    };
}

class MalformedTrace : public testing::TestWithParam<MalformedCase>
{
};

TEST_P(MalformedTrace, IsRefusedNotThrown)
{
    const std::string text = GetParam().text();
    std::optional<pipescope::Result<Trace>> result;
    ASSERT_NO_THROW(result.emplace(pipescope::traceFromJson(text)));
    ASSERT_FALSE(result->ok()) << GetParam().name << " was accepted";
    EXPECT_EQ(result->error().code, ErrorCode::Malformed);
    EXPECT_FALSE(result->error().subject.empty()) << "the error says where";
}

INSTANTIATE_TEST_SUITE_P(Inputs, MalformedTrace, testing::ValuesIn(malformedCases()),
    [](const testing::TestParamInfo<MalformedCase>& info) { return info.param.name; });

TEST(MalformedTrace, SubjectPointsAtTheField)
{
    json j = pipescope::toJson(sharedTrace());
    j["events"][2]["kind"] = "nope";
    const auto r = pipescope::traceFromJson(j.dump());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().subject, "/events/2/kind");

    j = pipescope::toJson(sharedTrace());
    j["version"] = 2;
    const auto v = pipescope::traceFromJson(j.dump());
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().subject, "/version");
}

TEST(MalformedTrace, UnmodifiedBaseIsAccepted)
{
    // The malformed cases above differ from this by one edit each: without it, the base is fine.
    const auto r = pipescope::traceFromJson(pipescope::toJson(sharedTrace()).dump());
    ASSERT_TRUE(r.ok()) << r.error().subject;
}

// read -> write -> read changes nothing: every plan PipeScope makes (each redirect of each stream, both lenses) is
// written, read, and written again to the same text.
TEST(TraceJson, ReadWriteReadIsAFixedPoint)
{
    const std::vector<std::string> inputs = { "none", "pipe", "devnull", "fd:5", "file:/tmp/x" };
    std::vector<std::string> errs = inputs;
    errs.push_back("stdout");
    int plans = 0;
    for (const std::string& in : inputs)
        for (const std::string& out : inputs)
            for (const std::string& err : errs)
                for (pipescope::Lens lens : { pipescope::Lens::Posix, pipescope::Lens::Windows }) {
                    Trace t;
                    t.spec.argv = { "prog" };
                    t.spec.redirect(Stream::Stdin) = pipescope::parseRedirect(Stream::Stdin, in).value();
                    t.spec.redirect(Stream::Stdout) = pipescope::parseRedirect(Stream::Stdout, out).value();
                    t.spec.redirect(Stream::Stderr) = pipescope::parseRedirect(Stream::Stderr, err).value();
                    t.spec.passFds = { 3, 2147483647 };
                    t.plan = pipescope::planHandles(t.spec, lens);
                    const std::string first = pipescope::toJsonText(t);
                    const auto read = pipescope::traceFromJson(first);
                    ASSERT_TRUE(read.ok())
                        << in << " " << out << " " << err << ": rejected at " << read.error().subject;
                    expectSamePlan(t.plan, read->plan);
                    EXPECT_EQ(pipescope::toJsonText(*read), first) << in << " " << out << " " << err;
                    ++plans;
                }
    EXPECT_EQ(plans, 5 * 5 * 6 * 2);
}

// The fuzzer's first finds, each a trace that read differently after being written back; now each is refused at
// the field that would have changed.
TEST(MalformedTrace, FieldsThatWouldNotSurviveARoundTrip)
{
    const auto subjectOf = [](const std::function<void(json&)>& edit) {
        json j = pipescope::toJson(sharedTrace());
        edit(j);
        const auto r = pipescope::traceFromJson(j.dump());
        return r.ok() ? std::string("accepted") : r.error().subject;
    };
    EXPECT_EQ(subjectOf([](json& j) { j["plan"]["handles"][5]["fd"] = 5; }), "/plan/handles/5/fd");
    EXPECT_EQ(subjectOf([](json& j) { j["plan"]["handles"][0]["path"] = "x"; }), "/plan/handles/0/path");
    json j = pipescope::toJson(sharedTrace());
    const auto& steps = j["plan"]["steps"];
    const auto dup2 = std::ranges::find_if(steps, [](const json& s) { return s.at("action") == "child-dup2"; });
    ASSERT_NE(dup2, steps.end());
    const auto index = std::to_string(dup2 - steps.begin());
    EXPECT_EQ(subjectOf([](json& j) { firstStep(j, "child-dup2")["target_fd"] = -2; }),
        "/plan/steps/" + index + "/target_fd");
    EXPECT_EQ(subjectOf([](json& j) { j["spec"]["pass_fds"] = { 3, 4294967299LL }; }), "/spec/pass_fds/1");
    EXPECT_EQ(subjectOf([](json& j) { firstEvent(j)["fds"] = { 2147483648LL }; }), "/events/0/fds/0");
}

} // namespace

namespace {

pipescope::LiveRun deadlockedRun(size_t points)
{
    pipescope::LiveRun live;
    live.policy = pipescope::ParentPolicy::Naive;
    for (size_t i = 0; i < points; ++i) {
        const auto n = static_cast<std::int64_t>(i);
        live.points.push_back({ .seconds = 0.05 * static_cast<double>(i),
            .bytes = { n * 4096, n * 100, 0 },
            .fill = { std::min<std::int64_t>(n * 4096, 65536), 0, -1 },
            .capacity = { 65536, 65536, 0 } });
    }
    live.verdict = pipescope::Verdict::Deadlock;
    live.deadlockSince = 0.8;
    live.cancelled = true;
    live.exit = pipescope::ExitStatus { .signaled = true, .code = 9 };
    return live;
}

} // namespace

TEST(TraceJson, LiveRunRoundTrips)
{
    Trace trace = realTrace();
    trace.live = deadlockedRun(40);
    const auto back = pipescope::traceFromJson(pipescope::toJsonText(trace));
    ASSERT_TRUE(back.ok()) << back.error().subject;
    ASSERT_TRUE(back->live.has_value());
    EXPECT_EQ(*back->live, *trace.live);
    // Absent: a trace without a live run stays without one.
    trace.live.reset();
    const auto none = pipescope::traceFromJson(pipescope::toJsonText(trace));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->live.has_value());
}

TEST(TraceJson, LivePointsAreThinnedKeepingBothEnds)
{
    const pipescope::LiveRun run = deadlockedRun(5000);
    const auto thin = pipescope::thinLivePoints(run.points, 100);
    ASSERT_EQ(thin.size(), 100U);
    EXPECT_EQ(thin.front(), run.points.front());
    EXPECT_EQ(thin.back(), run.points.back());
    EXPECT_TRUE(std::is_sorted(thin.begin(), thin.end(),
        [](const pipescope::LivePoint& a, const pipescope::LivePoint& b) { return a.seconds < b.seconds; }));
    // Evenly: no gap is more than twice the average.
    const double average = (thin.back().seconds - thin.front().seconds) / 99.0;
    for (size_t i = 1; i < thin.size(); ++i)
        EXPECT_LE(thin[i].seconds - thin[i - 1].seconds, 2 * average) << i;
    EXPECT_EQ(pipescope::thinLivePoints(run.points, 6000), run.points); // fewer than the limit: as they are
}

TEST(MalformedTrace, LiveRunFieldsAreNamed)
{
    Trace trace;
    trace.spec.argv = { "true" };
    trace.plan = pipescope::planHandles(trace.spec, pipescope::Lens::Posix);
    trace.live = deadlockedRun(3);
    const json good = pipescope::toJson(trace);
    const std::vector<std::pair<std::function<void(json&)>, std::string>> cases {
        { [](json& j) { j["live"]["verdict"] = "stuck"; }, "/live/verdict" },
        { [](json& j) { j["live"]["policy"] = 3; }, "/live/policy" },
        { [](json& j) { j["live"]["deadlock_since"] = -1; }, "/live/deadlock_since" },
        { [](json& j) { j["live"]["cancelled"] = "yes"; }, "/live/cancelled" },
        { [](json& j) { j["live"]["points"][1][0] = 0.0 - 1; }, "/live/points/1/0" }, // time goes back
        { [](json& j) { j["live"]["points"][2].erase(9); }, "/live/points/2" },
        { [](json& j) { j["live"]["points"][0][2] = -5; }, "/live/points/0/2" }, // a counter below 0
        { [](json& j) { j["live"]["points"][0][4] = -2; }, "/live/points/0/4" }, // a fill below "not measured"
        { [](json& j) { j["live"]["points"][0][7] = 1.5; }, "/live/points/0/7" },
        { [](json& j) { j["live"] = json::array(); }, "/live" },
    };
    for (const auto& [damage, pointer] : cases) {
        json bad = good;
        damage(bad);
        const auto r = pipescope::traceFromJson(bad.dump());
        ASSERT_FALSE(r.ok()) << pointer;
        EXPECT_EQ(r.error().code, ErrorCode::Malformed);
        EXPECT_EQ(r.error().subject, pointer);
    }
    json tooMany = good;
    tooMany["live"]["points"] = json::array();
    for (size_t i = 0; i <= pipescope::liveRunPointsMax; ++i)
        tooMany["live"]["points"].push_back(json::array({ 0.0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
    const auto r = pipescope::traceFromJson(tooMany.dump());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().subject, "/live/points");
}
