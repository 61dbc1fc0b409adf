// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "live/pump.h"
#include "popen/plan.h"
#include "popen/redirect.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

inline constexpr std::string_view scenarioFormatName = "pipescope-scenario";
inline constexpr int scenarioFormatVersion = 1;

// What the child runs: a mode of pipescope-child, a Python script bundled with PipeScope (run by python3), or any
// program. name is the mode ("echo"), the script ("child.py") or the program ("python3"); args follow it.
struct ScenarioCommand
{
    enum class Kind { Child, Python, Program };
    Kind kind = Kind::Child;
    std::string name = "echo";
    std::vector<std::string> args;
    // Python only: python3's own options, before the script ("-u", "-E"); "options" in the file.
    std::vector<std::string> options;

    friend bool operator==(const ScenarioCommand&, const ScenarioCommand&) = default;
};

// What the parent writes to stdin: text (each "\n" sent as "\r\n" with crlf, as the seed's parent.py does), or
// generated numbered lines of 64 bytes each ("line 00000 of the megabyte the parent writes ....\n"), so a
// megabyte of input needs no megabyte in the file.
struct ScenarioInput
{
    enum class Kind { Text, NumberedLines };
    Kind kind = Kind::Text;
    std::string text; // Text: UTF-8
    bool crlf = false; // Text
    std::int64_t bytes = 0; // NumberedLines: how many bytes, a multiple of numberedLineLength

    static constexpr std::int64_t numberedLineLength = 64;
    static constexpr std::int64_t maxNumberedBytes = std::int64_t { 1 } << 30;

    friend bool operator==(const ScenarioInput&, const ScenarioInput&) = default;
};

// One saved configuration of PipeScope: a .pipescope file. title and description are English source texts that
// the app translates; an empty id or title is allowed for a user's own file.
struct Scenario
{
    std::string id;
    std::string title;
    std::string description;
    std::array<Redirect, 3> redirects {}; // by Stream; a relative file path is resolved by whoever runs it
    ScenarioCommand command;
    ParentPolicy policy = ParentPolicy::Communicate;
    ScenarioInput input;
    int step = 0; // how many setup steps had been done
    Lens lens = Lens::Posix;

    const Redirect& redirect(Stream s) const { return redirects[static_cast<size_t>(s)]; }

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

// Why a scenario file was refused, carried in Error::call of a Malformed error (Error::subject holds the JSON
// pointer of the bad field, "" for the whole document).
enum class ScenarioProblem {
    Syntax, // not JSON at all
    NotScenario, // no "format": "pipescope-scenario"
    Version, // a version this PipeScope does not read
    Missing, // a required field is absent
    Type, // a field has the wrong JSON type
    Value, // a field's value is not one PipeScope knows (an unknown policy, a count that is not a whole line...)
    StepRange, // "step" is outside 0..N, N the number of steps of the scenario's plan (scenarioStepCount)
    Redirect, // a stream's text is not a redirect for that stream
    Unknown, // a field PipeScope does not know
};
std::string_view scenarioProblemName(ScenarioProblem p);
std::optional<ScenarioProblem> scenarioProblemFromName(std::string_view name);

// The steps a scenario's "step" may name, 0 (nothing done yet) to last (every step of its plan), and the value a
// file gave when it was outside them.
struct StepRange
{
    int first = 0;
    int last = 0;
    std::int64_t given = 0;

    friend bool operator==(const StepRange&, const StepRange&) = default;
};

// Checks the format name, the version and every field; on failure an Error with code Malformed, subject the JSON
// pointer of the first bad field and call the ScenarioProblem's name. A step outside the plan's range is refused
// as StepRange, never clamped; when range is given, it receives the range allowed and the step the file gave.
Result<Scenario> scenarioFromJson(std::string_view text, StepRange* range = nullptr);
// How many setup steps the scenario's plan has: the largest "step" it may have. "step" counts the steps that are
// executed, those of the POSIX plan, in either lens: the Windows lens names the same run in Win32 terms with another
// number of calls (11 where POSIX makes 13 for the seed's demo), and a file saved in it after the last call must
// open again.
int scenarioStepCount(const Scenario& scenario);
// The POSIX plan a scenario's setup executes (the command does not change it: the redirects do).
HandlePlan scenarioPlan(const Scenario& scenario);
// The file's text; scenarioFromJson(toJsonText(s)) == s for every scenario that came from scenarioFromJson.
std::string toJsonText(const Scenario& scenario, int indent = 2);

std::string_view commandKindName(ScenarioCommand::Kind k);
std::optional<ScenarioCommand::Kind> commandKindFromName(std::string_view name);

// The bytes the input stands for.
std::string inputBytes(const ScenarioInput& input);

} // namespace pipescope
