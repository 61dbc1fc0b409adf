// SPDX-License-Identifier: GPL-3.0-or-later
// The .pipescope scenario format: every field read and written, read → write → read a fixed point, and every kind
// of malformed file refused as Malformed with the JSON pointer of the bad field and the kind of problem.

#include "files/scenariofile.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace pipescope;

// The seed's demo, every field spelled out.
constexpr std::string_view seedDemo = R"({
  "format": "pipescope-scenario",
  "version": 1,
  "id": "seed-demo",
  "title": "Seed demo: stdin=PIPE, stdout=PIPE",
  "description": "The note's parent.py and child.py.",
  "streams": { "stdin": "pipe", "stdout": "pipe", "stderr": "none" },
  "command": { "child": "echo", "args": [] },
  "policy": "communicate",
  "input": { "text": "write data:0\nwrite data:1\n", "line_ends": "crlf" },
  "step": 3,
  "lens": "windows"
})";

Scenario parsed(std::string_view text)
{
    Result<Scenario> r = scenarioFromJson(text);
    EXPECT_TRUE(r.ok()) << text << "\nrefused at '" << (r.ok() ? "" : r.error().subject) << "' ("
                        << (r.ok() ? "" : r.error().call) << ")";
    return r.ok() ? std::move(r).value() : Scenario {};
}

TEST(ScenarioFile, ReadsEveryField)
{
    const Scenario s = parsed(seedDemo);
    EXPECT_EQ(s.id, "seed-demo");
    EXPECT_EQ(s.title, "Seed demo: stdin=PIPE, stdout=PIPE");
    EXPECT_EQ(s.description, "The note's parent.py and child.py.");
    EXPECT_EQ(s.redirect(Stream::Stdin), Redirect::pipe());
    EXPECT_EQ(s.redirect(Stream::Stdout), Redirect::pipe());
    EXPECT_EQ(s.redirect(Stream::Stderr), Redirect::inherit());
    EXPECT_EQ(s.command.kind, ScenarioCommand::Kind::Child);
    EXPECT_EQ(s.command.name, "echo");
    EXPECT_TRUE(s.command.args.empty());
    EXPECT_EQ(s.policy, ParentPolicy::Communicate);
    EXPECT_EQ(s.input.kind, ScenarioInput::Kind::Text);
    EXPECT_TRUE(s.input.crlf);
    EXPECT_EQ(inputBytes(s.input), "write data:0\r\nwrite data:1\r\n");
    EXPECT_EQ(s.step, 3);
    EXPECT_EQ(s.lens, Lens::Windows);
}

TEST(ScenarioFile, DefaultsAreThoseOfPopen)
{
    const Scenario s = parsed(R"({"format":"pipescope-scenario","version":1,"command":{"program":"true"}})");
    for (Stream st : allStreams)
        EXPECT_EQ(s.redirect(st), Redirect::inherit()) << streamName(st);
    EXPECT_EQ(s.command.kind, ScenarioCommand::Kind::Program);
    EXPECT_EQ(s.command.name, "true");
    EXPECT_EQ(s.policy, ParentPolicy::Communicate);
    EXPECT_EQ(inputBytes(s.input), "");
    EXPECT_EQ(s.step, 0);
    EXPECT_EQ(s.lens, Lens::Posix);
    EXPECT_TRUE(s.id.empty());
}

TEST(ScenarioFile, EveryRedirectAndCommandKind)
{
    const Scenario s = parsed(R"({"format":"pipescope-scenario","version":1,
        "streams":{"stdin":"fd:0","stdout":"file:/tmp/out.txt:append","stderr":"stdout"},
        "command":{"python":"child.py","args":["-u","x y"]},"policy":"naive"})");
    EXPECT_EQ(s.redirect(Stream::Stdin), Redirect::fromFd(0));
    EXPECT_EQ(s.redirect(Stream::Stdout), Redirect::file("/tmp/out.txt", true));
    EXPECT_EQ(s.redirect(Stream::Stderr), Redirect::stdoutRedirect());
    EXPECT_EQ(s.command.kind, ScenarioCommand::Kind::Python);
    EXPECT_EQ(s.command.args, (std::vector<std::string> { "-u", "x y" }));
    EXPECT_TRUE(s.command.options.empty());
    EXPECT_EQ(s.policy, ParentPolicy::Naive);
    // python3's own options come before the script.
    const Scenario o = parsed(R"({"format":"pipescope-scenario","version":1,
        "command":{"python":"note_child.py","options":["-E","-u"]},"policy":"close-early"})");
    EXPECT_EQ(o.command.options, (std::vector<std::string> { "-E", "-u" }));
    EXPECT_TRUE(o.command.args.empty());
    EXPECT_EQ(o.policy, ParentPolicy::CloseEarly);

    const Scenario m = parsed(R"({"format":"pipescope-scenario","version":1,"streams":{"stdin":"devnull"},
        "command":{"child":"cat"},"policy":"manual"})");
    EXPECT_EQ(m.redirect(Stream::Stdin), Redirect::devNull());
    EXPECT_EQ(m.policy, ParentPolicy::Manual);
}

TEST(ScenarioFile, NumberedLinesAreTheMegabyteOfTheDeadlockDemo)
{
    const Scenario s = parsed(R"({"format":"pipescope-scenario","version":1,"command":{"child":"cat"},
        "input":{"generate":"numbered-lines","bytes":1048576}})");
    const std::string bytes = inputBytes(s.input);
    ASSERT_EQ(bytes.size(), 1048576u);
    EXPECT_EQ(bytes.substr(0, 64), "line 00000 of the megabyte the parent writes ..................\n");
    EXPECT_EQ(bytes.substr(bytes.size() - 64), "line 16383 of the megabyte the parent writes ..................\n");
}

// read → write → read gives the same scenario, and writing it again gives the same text.
TEST(ScenarioFile, ReadWriteReadIsAFixedPoint)
{
    const std::string_view texts[] = {
        seedDemo,
        R"j({"format":"pipescope-scenario","version":1,"command":{"program":"python3","args":["-c","print(1)"]}})j",
        R"({"format":"pipescope-scenario","version":1,"id":"deadlock","streams":{"stdin":"pipe","stdout":"pipe"},
            "command":{"child":"cat"},"policy":"naive","input":{"generate":"numbered-lines","bytes":64}})",
        R"({"format":"pipescope-scenario","version":1,"streams":{"stdout":"file:a b/ü.txt","stderr":"fd:7"},
            "command":{"python":"child.py"},"input":{"text":"héllo\n\u0000\t","line_ends":"lf"},"step":5})",
        R"({"format":"pipescope-scenario","version":1,"command":{"python":"child.py","args":["a"],"options":["-E"]}})",
    };
    for (std::string_view text : texts) {
        const Scenario first = parsed(text);
        const std::string written = toJsonText(first);
        const Scenario second = parsed(written);
        EXPECT_EQ(first, second) << written;
        EXPECT_EQ(toJsonText(second), written);
        EXPECT_EQ(parsed(toJsonText(first, -1)), first);
    }
}

struct Malformed
{
    const char* name;
    std::string_view text;
    std::string_view where; // the JSON pointer of the bad field
    ScenarioProblem problem;
};

class ScenarioFileMalformed : public ::testing::TestWithParam<Malformed>
{
};

TEST_P(ScenarioFileMalformed, IsRefusedAtTheBadField)
{
    const Malformed& m = GetParam();
    const Result<Scenario> r = scenarioFromJson(m.text);
    ASSERT_FALSE(r.ok()) << m.text;
    EXPECT_EQ(r.error().code, ErrorCode::Malformed);
    EXPECT_EQ(r.error().subject, m.where);
    EXPECT_EQ(r.error().call, scenarioProblemName(m.problem));
}

#define HEAD R"("format":"pipescope-scenario","version":1,)"
#define CMD R"("command":{"child":"echo"})"

INSTANTIATE_TEST_SUITE_P(Files, ScenarioFileMalformed,
    ::testing::Values(Malformed { "empty", "", "", ScenarioProblem::Syntax },
        Malformed { "truncated", R"({"format":"pipescope-scenario",)", "", ScenarioProblem::Syntax },
        Malformed {
            "invalid_utf8", "{\"format\":\"pipescope-scenario\",\"id\":\"\xff\"}", "", ScenarioProblem::Syntax },
        Malformed { "array", "[1,2]", "", ScenarioProblem::NotScenario },
        Malformed { "no_format", R"({"version":1})", "/format", ScenarioProblem::NotScenario },
        Malformed { "a_trace", R"({"schema":"pipescope-trace","version":1})", "/format", ScenarioProblem::NotScenario },
        Malformed {
            "other_format", R"({"format":"pipescope-trace","version":1})", "/format", ScenarioProblem::NotScenario },
        Malformed { "no_version", R"({"format":"pipescope-scenario"})", "/version", ScenarioProblem::Missing },
        Malformed { "version_2", R"({"format":"pipescope-scenario","version":2,)" CMD "}", "/version",
            ScenarioProblem::Version },
        Malformed {
            "version_string", R"({"format":"pipescope-scenario","version":"1"})", "/version", ScenarioProblem::Type },
        Malformed {
            "version_float", R"({"format":"pipescope-scenario","version":1.0})", "/version", ScenarioProblem::Type },
        Malformed { "unknown_field", "{" HEAD CMD R"(,"stdin":"pipe"})", "/stdin", ScenarioProblem::Unknown },
        Malformed { "no_command", "{" HEAD R"("id":"x"})", "/command", ScenarioProblem::Missing },
        Malformed { "command_string", "{" HEAD R"("command":"echo"})", "/command", ScenarioProblem::Type },
        Malformed { "command_empty", "{" HEAD R"("command":{}})", "/command/child", ScenarioProblem::Missing },
        Malformed { "command_two_kinds", "{" HEAD R"("command":{"child":"echo","program":"cat"}})", "/command",
            ScenarioProblem::Value },
        Malformed {
            "command_empty_name", "{" HEAD R"("command":{"program":""}})", "/command/program", ScenarioProblem::Value },
        Malformed { "command_arg_number", "{" HEAD R"("command":{"child":"flood","args":["1M",2]}})", "/command/args/1",
            ScenarioProblem::Type },
        Malformed { "command_unknown", "{" HEAD R"("command":{"child":"echo","shell":true}})", "/command/shell",
            ScenarioProblem::Unknown },
        Malformed { "options_for_a_child", "{" HEAD R"("command":{"child":"echo","options":["-u"]}})",
            "/command/options", ScenarioProblem::Value },
        Malformed { "options_not_strings", "{" HEAD R"("command":{"python":"a.py","options":[1]}})",
            "/command/options/0", ScenarioProblem::Type },
        Malformed { "streams_array", "{" HEAD CMD R"(,"streams":["pipe"]})", "/streams", ScenarioProblem::Type },
        Malformed { "stream_bad_text", "{" HEAD CMD R"(,"streams":{"stdout":"pip"}})", "/streams/stdout",
            ScenarioProblem::Redirect },
        Malformed { "stdin_stdout", "{" HEAD CMD R"(,"streams":{"stdin":"stdout"}})", "/streams/stdin",
            ScenarioProblem::Redirect },
        Malformed { "stream_fd_negative", "{" HEAD CMD R"(,"streams":{"stderr":"fd:-1"}})", "/streams/stderr",
            ScenarioProblem::Redirect },
        Malformed {
            "stream_number", "{" HEAD CMD R"(,"streams":{"stdin":0}})", "/streams/stdin", ScenarioProblem::Type },
        Malformed { "stream_unknown", "{" HEAD CMD R"(,"streams":{"std~in/":"pipe"}})", "/streams/std~0in~1",
            ScenarioProblem::Unknown },
        Malformed { "policy_unknown", "{" HEAD CMD R"(,"policy":"polite"})", "/policy", ScenarioProblem::Value },
        Malformed { "policy_number", "{" HEAD CMD R"(,"policy":1})", "/policy", ScenarioProblem::Type },
        Malformed { "lens_unknown", "{" HEAD CMD R"(,"lens":"macos"})", "/lens", ScenarioProblem::Value },
        Malformed { "step_negative", "{" HEAD CMD R"(,"step":-1})", "/step", ScenarioProblem::StepRange },
        Malformed { "step_huge", "{" HEAD CMD R"(,"step":18446744073709551615})", "/step", ScenarioProblem::StepRange },
        Malformed { "step_float", "{" HEAD CMD R"(,"step":1.5})", "/step", ScenarioProblem::Type },
        Malformed { "title_number", "{" HEAD CMD R"(,"title":7})", "/title", ScenarioProblem::Type },
        Malformed { "input_string", "{" HEAD CMD R"(,"input":"abc"})", "/input", ScenarioProblem::Type },
        Malformed { "input_line_ends", "{" HEAD CMD R"(,"input":{"text":"a","line_ends":"cr"}})", "/input/line_ends",
            ScenarioProblem::Value },
        Malformed { "input_generate_unknown", "{" HEAD CMD R"(,"input":{"generate":"random","bytes":64}})",
            "/input/generate", ScenarioProblem::Value },
        Malformed { "input_generate_no_bytes", "{" HEAD CMD R"(,"input":{"generate":"numbered-lines"}})",
            "/input/bytes", ScenarioProblem::Missing },
        Malformed { "input_generate_odd_bytes", "{" HEAD CMD R"(,"input":{"generate":"numbered-lines","bytes":65}})",
            "/input/bytes", ScenarioProblem::Value },
        Malformed { "input_generate_too_much",
            "{" HEAD CMD R"(,"input":{"generate":"numbered-lines","bytes":1099511627776}})", "/input/bytes",
            ScenarioProblem::Value },
        Malformed { "input_mixed", "{" HEAD CMD R"(,"input":{"generate":"numbered-lines","bytes":64,"text":"a"}})",
            "/input/text", ScenarioProblem::Unknown }),
    [](const ::testing::TestParamInfo<Malformed>& info) { return std::string(info.param.name); });

TEST(ScenarioFile, ProblemNamesRoundTrip)
{
    for (ScenarioProblem p : { ScenarioProblem::Syntax, ScenarioProblem::NotScenario, ScenarioProblem::Version,
             ScenarioProblem::Missing, ScenarioProblem::Type, ScenarioProblem::Value, ScenarioProblem::StepRange,
             ScenarioProblem::Redirect, ScenarioProblem::Unknown }) {
        EXPECT_FALSE(scenarioProblemName(p).empty());
        EXPECT_EQ(scenarioProblemFromName(scenarioProblemName(p)), p);
    }
}

} // namespace

// "step" names how many steps of the scenario's plan were done: 0..N, N the steps of that plan. Outside that it is
// refused with the range, never clamped to the nearest end. The steps counted are those executed (the POSIX plan's)
// in either lens: a file saved in the Windows lens after its last step opens again.
TEST(ScenarioFile, StepOutsideThePlanIsRefusedWithTheRange)
{
    const std::string head = R"({"format":"pipescope-scenario","version":1,"streams":{"stdin":"pipe","stdout":"pipe"},
        "command":{"child":"echo"},"lens":")";
    for (const char* lens : { "posix", "windows" }) {
        Scenario s = parsed(head + lens + R"("})");
        const int last = scenarioStepCount(s);
        SCOPED_TRACE(lens);
        const auto steps = [&s](Lens l) {
            return static_cast<int>(
                planHandles(SpawnSpec { .argv = { "echo" }, .redirects = s.redirects }, l).steps.size());
        };
        EXPECT_EQ(last, steps(Lens::Posix));
        EXPECT_NE(last, steps(Lens::Windows)) << "not a plan whose Windows model has another number of calls";
        ASSERT_GT(last, 0);
        EXPECT_EQ(parsed(head + lens + R"(","step":)" + std::to_string(last) + "}").step, last);
        EXPECT_EQ(parsed(head + lens + R"(","step":0})").step, 0);
        for (const std::int64_t bad : { std::int64_t { last } + 1, std::int64_t { 999 }, std::int64_t { -3 } }) {
            StepRange range;
            const Result<Scenario> r
                = scenarioFromJson(head + lens + R"(","step":)" + std::to_string(bad) + "}", &range);
            ASSERT_FALSE(r.ok()) << bad;
            EXPECT_EQ(r.error().code, ErrorCode::Malformed);
            EXPECT_EQ(r.error().call, scenarioProblemName(ScenarioProblem::StepRange));
            EXPECT_EQ(r.error().subject, "/step");
            EXPECT_EQ(range, (StepRange { .first = 0, .last = last, .given = bad }));
        }
    }
    // A plan with fewer steps (no pipe at all) allows fewer.
    const Scenario none = parsed(R"({"format":"pipescope-scenario","version":1,"command":{"program":"true"}})");
    EXPECT_LT(scenarioStepCount(none), scenarioStepCount(parsed(head + R"(posix"})")));
}
