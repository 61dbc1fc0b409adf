// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/scenariofile.h"

#include "base/names.h"
#include "files/jsonfields_p.h"
#include "files/scenariofields_p.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <utility>

namespace pipescope {

using nlohmann::json;

namespace {

constexpr std::pair<ScenarioProblem, std::string_view> problemNames[] {
    { ScenarioProblem::Syntax, "syntax" },
    { ScenarioProblem::NotScenario, "not-scenario" },
    { ScenarioProblem::Version, "version" },
    { ScenarioProblem::Missing, "missing" },
    { ScenarioProblem::Type, "type" },
    { ScenarioProblem::Value, "value" },
    { ScenarioProblem::StepRange, "step-range" },
    { ScenarioProblem::Redirect, "redirect" },
    { ScenarioProblem::Unknown, "unknown" },
};

constexpr std::pair<ScenarioCommand::Kind, std::string_view> commandKindNames[] {
    { ScenarioCommand::Kind::Child, "child" },
    { ScenarioCommand::Kind::Python, "python" },
    { ScenarioCommand::Kind::Program, "program" },
};

using jsonfields::BadField;
using jsonfields::field;
using jsonfields::integerField;
using jsonfields::objectField;
using jsonfields::pointer;
using scenariofields::Bad;

using scenariofields::onlyKnownKeys;

std::string stringField(const json& j, std::string_view key, const std::string& where, bool required = false)
{
    return jsonfields::stringField(
        j, key, where, required ? jsonfields::Presence::Required : jsonfields::Presence::Optional);
}

using scenariofields::problemOf;

std::array<Redirect, 3> streamsFrom(const json& j, const std::string& where)
{
    onlyKnownKeys(j, { "stdin", "stdout", "stderr" }, where);
    std::array<Redirect, 3> redirects {};
    for (Stream s : allStreams) {
        const std::string_view name = streamName(s);
        if (!field(j, name))
            continue; // None, as Popen's default
        const std::string text = stringField(j, name, where);
        Result<Redirect> r = parseRedirect(s, text);
        if (!r)
            throw Bad { ScenarioProblem::Redirect, pointer(where, name) };
        redirects[static_cast<size_t>(s)] = std::move(r).value();
    }
    return redirects;
}

ScenarioCommand commandFrom(const json& j, const std::string& where)
{
    onlyKnownKeys(j, { "child", "python", "program", "args", "options" }, where);
    ScenarioCommand c;
    int kinds = 0;
    for (const auto& [kind, name] : commandKindNames) {
        if (!field(j, name))
            continue;
        ++kinds;
        c.kind = kind;
        c.name = stringField(j, name, where);
        if (c.name.empty())
            throw Bad { ScenarioProblem::Value, pointer(where, name) };
    }
    // Exactly one of child, python, program: two would leave it unclear what runs.
    if (kinds == 0)
        throw Bad { ScenarioProblem::Missing, pointer(where, "child") };
    if (kinds > 1)
        throw Bad { ScenarioProblem::Value, where };
    const auto strings = [&](const char* key, std::vector<std::string>& out) {
        const json* list = field(j, key);
        if (!list)
            return;
        if (!list->is_array())
            throw Bad { ScenarioProblem::Type, pointer(where, key) };
        for (size_t i = 0; i < list->size(); ++i) {
            if (!(*list)[i].is_string())
                throw Bad { ScenarioProblem::Type, pointer(where, key) + "/" + std::to_string(i) };
            out.push_back((*list)[i].get<std::string>());
        }
    };
    strings("args", c.args);
    // Interpreter options mean something for python3 only.
    if (field(j, "options") && c.kind != ScenarioCommand::Kind::Python)
        throw Bad { ScenarioProblem::Value, pointer(where, "options") };
    strings("options", c.options);
    return c;
}

ScenarioInput inputFrom(const json& j, const std::string& where)
{
    ScenarioInput in;
    if (field(j, "generate")) {
        onlyKnownKeys(j, { "generate", "bytes" }, where);
        if (stringField(j, "generate", where) != "numbered-lines")
            throw Bad { ScenarioProblem::Value, pointer(where, "generate") };
        if (!field(j, "bytes"))
            throw Bad { ScenarioProblem::Missing, pointer(where, "bytes") };
        in.kind = ScenarioInput::Kind::NumberedLines;
        in.bytes = integerField(j, "bytes", where, 0, ScenarioInput::maxNumberedBytes, 0);
        if (in.bytes % ScenarioInput::numberedLineLength != 0)
            throw Bad { ScenarioProblem::Value, pointer(where, "bytes") };
        return in;
    }
    onlyKnownKeys(j, { "text", "line_ends" }, where);
    in.text = stringField(j, "text", where);
    if (field(j, "line_ends")) {
        const std::string ends = stringField(j, "line_ends", where);
        if (ends != "lf" && ends != "crlf")
            throw Bad { ScenarioProblem::Value, pointer(where, "line_ends") };
        in.crlf = ends == "crlf";
    }
    return in;
}

// The step, checked against the plan of everything read before it: any integer is read (a huge one as the
// largest), so that the message can say which range was allowed; a float or a string is a Type problem.
int stepFrom(const json& j, const Scenario& s, const std::string& where)
{
    const json* v = field(j, "step");
    if (!v)
        return 0;
    if (!v->is_number_integer())
        throw Bad { ScenarioProblem::Type, pointer(where, "step") };
    std::int64_t given = 0;
    if (v->is_number_unsigned())
        given = static_cast<std::int64_t>(
            std::min<std::uint64_t>(v->get<std::uint64_t>(), std::numeric_limits<std::int64_t>::max()));
    else
        given = v->get<std::int64_t>();
    const StepRange range { .first = 0, .last = scenarioStepCount(s), .given = given };
    if (given < range.first || given > range.last)
        throw Bad { ScenarioProblem::StepRange, pointer(where, "step"), range };
    return static_cast<int>(given);
}

Scenario scenarioFrom(const json& j)
{
    if (!j.is_object())
        throw Bad { ScenarioProblem::NotScenario, "" };
    if (!field(j, "format"))
        throw Bad { ScenarioProblem::NotScenario, "/format" };
    if (!j.at("format").is_string() || j.at("format").get<std::string>() != scenarioFormatName)
        throw Bad { ScenarioProblem::NotScenario, "/format" };
    if (!field(j, "version"))
        throw Bad { ScenarioProblem::Missing, "/version" };
    if (!j.at("version").is_number_integer())
        throw Bad { ScenarioProblem::Type, "/version" };
    if (j.at("version") != scenarioFormatVersion)
        throw Bad { ScenarioProblem::Version, "/version" };
    return scenariofields::scenarioFields(j, "", false);
}

} // namespace

namespace scenariofields {

void onlyKnownKeys(const json& j, std::initializer_list<std::string_view> known, const std::string& where)
{
    for (const auto& [key, value] : j.items()) {
        bool ok = false;
        for (std::string_view k : known)
            ok = ok || key == k;
        if (!ok)
            throw Bad { ScenarioProblem::Unknown, pointer(where, key) };
    }
}

ScenarioProblem problemOf(jsonfields::BadField::Problem problem)
{
    switch (problem) {
    case jsonfields::BadField::Problem::Missing:
        return ScenarioProblem::Missing;
    case jsonfields::BadField::Problem::Type:
        return ScenarioProblem::Type;
    case jsonfields::BadField::Problem::Value:
        break;
    }
    return ScenarioProblem::Value;
}

Scenario scenarioFields(const json& j, const std::string& where, bool embedded)
{
    if (!j.is_object())
        throw Bad { ScenarioProblem::Type, where };
    if (embedded)
        onlyKnownKeys(
            j, { "id", "title", "description", "streams", "command", "policy", "input", "step", "lens" }, where);
    else
        onlyKnownKeys(j,
            { "format", "version", "id", "title", "description", "streams", "command", "policy", "input", "step",
                "lens" },
            where);
    Scenario s;
    s.id = jsonfields::stringField(j, "id", where);
    s.title = jsonfields::stringField(j, "title", where);
    s.description = jsonfields::stringField(j, "description", where);
    if (field(j, "streams"))
        s.redirects = streamsFrom(objectField(j, "streams", where), pointer(where, "streams"));
    s.command = commandFrom(objectField(j, "command", where), pointer(where, "command"));
    s.policy
        = jsonfields::enumField<ParentPolicy>(j, "policy", &parentPolicyFromName, where, ParentPolicy::Communicate);
    if (field(j, "input"))
        s.input = inputFrom(objectField(j, "input", where), pointer(where, "input"));
    s.step = stepFrom(j, s, where);
    s.lens = jsonfields::enumField<Lens>(j, "lens", &lensFromName, where, Lens::Posix);
    return s;
}

nlohmann::ordered_json scenarioObject(const Scenario& s, bool embedded)
{
    // ordered_json keeps the fields in the order a person reads them.
    nlohmann::ordered_json j;
    if (!embedded) {
        j["format"] = scenarioFormatName;
        j["version"] = scenarioFormatVersion;
    }
    if (!embedded || !s.id.empty())
        j["id"] = s.id;
    if (!embedded || !s.title.empty())
        j["title"] = s.title;
    if (!s.description.empty())
        j["description"] = s.description;
    nlohmann::ordered_json streams = nlohmann::ordered_json::object();
    for (Stream st : allStreams)
        streams[std::string(streamName(st))] = toText(s.redirect(st));
    j["streams"] = streams;
    nlohmann::ordered_json command;
    command[std::string(commandKindName(s.command.kind))] = s.command.name;
    command["args"] = s.command.args;
    if (s.command.kind == ScenarioCommand::Kind::Python && !s.command.options.empty())
        command["options"] = s.command.options;
    j["command"] = command;
    j["policy"] = parentPolicyName(s.policy);
    nlohmann::ordered_json input;
    if (s.input.kind == ScenarioInput::Kind::NumberedLines) {
        input["generate"] = "numbered-lines";
        input["bytes"] = s.input.bytes;
    } else {
        input["text"] = s.input.text;
        input["line_ends"] = s.input.crlf ? "crlf" : "lf";
    }
    j["input"] = input;
    if (!embedded || s.step != 0)
        j["step"] = s.step;
    j["lens"] = lensName(s.lens);
    return j;
}

} // namespace scenariofields

std::string_view scenarioProblemName(ScenarioProblem p)
{
    return detail::nameOf<ScenarioProblem>(problemNames, p);
}

std::optional<ScenarioProblem> scenarioProblemFromName(std::string_view name)
{
    return detail::valueOf<ScenarioProblem>(problemNames, name);
}

std::string_view commandKindName(ScenarioCommand::Kind k)
{
    return detail::nameOf<ScenarioCommand::Kind>(commandKindNames, k);
}

std::optional<ScenarioCommand::Kind> commandKindFromName(std::string_view name)
{
    return detail::valueOf<ScenarioCommand::Kind>(commandKindNames, name);
}

HandlePlan scenarioPlan(const Scenario& scenario)
{
    // The command does not change the plan's steps (an exec is an exec): the redirects do.
    SpawnSpec spec;
    spec.argv.push_back(scenario.command.name);
    spec.argv.insert(spec.argv.end(), scenario.command.args.begin(), scenario.command.args.end());
    spec.redirects = scenario.redirects;
    return planHandles(spec, Lens::Posix);
}

int scenarioStepCount(const Scenario& scenario)
{
    return static_cast<int>(scenarioPlan(scenario).steps.size());
}

Result<Scenario> scenarioFromJson(std::string_view text, StepRange* range)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded())
        return Error { .code = ErrorCode::Malformed,
            .call = std::string(scenarioProblemName(ScenarioProblem::Syntax)),
            .subject = "" };
    try {
        return scenarioFrom(j);
    } catch (const Bad& bad) {
        if (range && bad.problem == ScenarioProblem::StepRange)
            *range = bad.range;
        return Error {
            .code = ErrorCode::Malformed, .call = std::string(scenarioProblemName(bad.problem)), .subject = bad.where
        };
    } catch (const BadField& bad) {
        return Error { .code = ErrorCode::Malformed,
            .call = std::string(scenarioProblemName(problemOf(bad.problem))),
            .subject = bad.where };
    } catch (const json::exception&) {
        // Every access above is checked first; this only guards against a gap in those checks.
        return Error {
            .code = ErrorCode::Malformed, .call = std::string(scenarioProblemName(ScenarioProblem::Type)), .subject = ""
        };
    }
}

std::string toJsonText(const Scenario& s, int indent)
{
    // Invalid UTF-8 (a path is bytes) is replaced rather than thrown: a file is written whatever it holds.
    return scenariofields::scenarioObject(s, false).dump(
               indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        + "\n";
}

std::string inputBytes(const ScenarioInput& input)
{
    if (input.kind == ScenarioInput::Kind::NumberedLines) {
        std::string out;
        out.reserve(static_cast<size_t>(input.bytes));
        constexpr auto width = static_cast<size_t>(ScenarioInput::numberedLineLength - 1);
        for (std::int64_t i = 0; i < input.bytes / ScenarioInput::numberedLineLength; ++i) {
            std::string number = std::to_string(i);
            if (number.size() < 5)
                number.insert(0, 5 - number.size(), '0');
            std::string line = "line " + number + " of the megabyte the parent writes ";
            line.resize(width, '.');
            out += line;
            out += '\n';
        }
        return out;
    }
    if (!input.crlf)
        return input.text;
    std::string out;
    out.reserve(input.text.size() + input.text.size() / 8);
    for (char c : input.text) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}

} // namespace pipescope
