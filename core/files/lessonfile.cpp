// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/lessonfile.h"

#include "base/names.h"
#include "fifo/fiforecord.h"
#include "files/jsonfields_p.h"
#include "files/scenariofields_p.h"
#include "popen/plan.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>
#include <utility>

namespace pipescope {

using nlohmann::json;

namespace {

constexpr std::pair<LessonProblem, std::string_view> problemNames[] {
    { LessonProblem::Syntax, "syntax" },
    { LessonProblem::NotLesson, "not-lesson" },
    { LessonProblem::Version, "version" },
    { LessonProblem::Missing, "missing" },
    { LessonProblem::Type, "type" },
    { LessonProblem::Value, "value" },
    { LessonProblem::Redirect, "redirect" },
    { LessonProblem::Unknown, "unknown" },
};

constexpr std::pair<ProbeKind, std::string_view> probeNames[] {
    { ProbeKind::Fd, "fd" },
    { ProbeKind::FdNumber, "fd-number" },
    { ProbeKind::Holders, "holders" },
    { ProbeKind::StdinWrite, "stdin-write" },
    { ProbeKind::Raises, "raises" },
    { ProbeKind::Verdict, "verdict" },
    { ProbeKind::Records, "records" },
};

constexpr std::pair<SetupPipe, std::string_view> pipeNames[] {
    { SetupPipe::Stdin, "stdin" },
    { SetupPipe::Stdout, "stdout" },
    { SetupPipe::Stderr, "stderr" },
    { SetupPipe::ErrPipe, "errpipe" },
};

constexpr std::pair<PipeEnd, std::string_view> endNames[] {
    { PipeEnd::Read, "read" },
    { PipeEnd::Write, "write" },
};

constexpr std::pair<QuestionMoment, std::string_view> momentNames[] {
    { QuestionMoment::Run, "run" },
    { QuestionMoment::Python, "python" },
    { QuestionMoment::Live, "live" },
    { QuestionMoment::Fifo, "fifo" },
};

constexpr std::pair<Actor, std::string_view> processNames[] {
    { Actor::Parent, "parent" },
    { Actor::Child, "child" },
};

// Thrown inside the parser only; lessonFromJson turns it into an Error.
struct Bad
{
    LessonProblem problem;
    std::string where;
};

using jsonfields::BadField;
using jsonfields::field;
using jsonfields::pointer;

LessonProblem problemOf(BadField::Problem problem)
{
    switch (problem) {
    case BadField::Problem::Missing:
        return LessonProblem::Missing;
    case BadField::Problem::Type:
        return LessonProblem::Type;
    case BadField::Problem::Value:
        break;
    }
    return LessonProblem::Value;
}

LessonProblem problemOf(ScenarioProblem problem)
{
    switch (problem) {
    case ScenarioProblem::Missing:
        return LessonProblem::Missing;
    case ScenarioProblem::Type:
        return LessonProblem::Type;
    case ScenarioProblem::Redirect:
        return LessonProblem::Redirect;
    case ScenarioProblem::Unknown:
        return LessonProblem::Unknown;
    default:
        break;
    }
    return LessonProblem::Value;
}

void onlyKnownKeys(const json& j, std::initializer_list<std::string_view> known, const std::string& where)
{
    for (const auto& [key, value] : j.items())
        if (std::find(known.begin(), known.end(), key) == known.end())
            throw Bad { LessonProblem::Unknown, pointer(where, key) };
}

const json& object(const json& j, std::string_view key, const std::string& where)
{
    return jsonfields::objectField(j, key, where);
}

// {"en": ..., "zh_CN": ...}: English required and not empty; the others optional, none empty.
LessonText textFrom(const json& j, std::string_view key, const std::string& where, bool required)
{
    LessonText text;
    if (!field(j, key)) {
        if (required)
            throw Bad { LessonProblem::Missing, pointer(where, key) };
        return text;
    }
    const json& t = object(j, key, where);
    const std::string at = pointer(where, key);
    for (const auto& [language, value] : t.items()) {
        if (std::find(std::begin(lessonLanguages), std::end(lessonLanguages), language) == std::end(lessonLanguages))
            throw Bad { LessonProblem::Unknown, pointer(at, language) };
        if (!value.is_string())
            throw Bad { LessonProblem::Type, pointer(at, language) };
        if (value.get_ref<const std::string&>().empty())
            throw Bad { LessonProblem::Value, pointer(at, language) };
        text[language] = value.get<std::string>();
    }
    if (!text.contains("en"))
        throw Bad { LessonProblem::Missing, pointer(at, "en") };
    return text;
}

const json& arrayOf(const json& j, std::string_view key, const std::string& where, std::size_t min, std::size_t max)
{
    const json* v = field(j, key);
    if (!v)
        throw Bad { LessonProblem::Missing, pointer(where, key) };
    if (!v->is_array())
        throw Bad { LessonProblem::Type, pointer(where, key) };
    if (v->size() < min || v->size() > max)
        throw Bad { LessonProblem::Value, pointer(where, key) };
    return *v;
}

template <class E>
E nameField(const json& j, std::string_view key, detail::NameTable<E> names, const std::string& where)
{
    const std::string name = jsonfields::stringField(j, key, where, jsonfields::Presence::Required);
    const auto value = detail::valueOf<E>(names, name);
    if (!value)
        throw Bad { LessonProblem::Value, pointer(where, key) };
    return *value;
}

LessonProbe probeFrom(const json& j, const std::string& where)
{
    LessonProbe p;
    p.kind = nameField<ProbeKind>(j, "probe", probeNames, where);
    switch (p.kind) {
    case ProbeKind::Fd:
        onlyKnownKeys(j, { "probe", "process", "fd" }, where);
        p.process = nameField<Actor>(j, "process", processNames, where);
        if (!field(j, "fd"))
            throw Bad { LessonProblem::Missing, pointer(where, "fd") };
        p.fd = static_cast<int>(jsonfields::integerField(j, "fd", where, 0, maxProbeFd, 0));
        break;
    case ProbeKind::FdNumber:
        onlyKnownKeys(j, { "probe", "process", "pipe", "end" }, where);
        p.process = nameField<Actor>(j, "process", processNames, where);
        p.pipe = nameField<SetupPipe>(j, "pipe", pipeNames, where);
        p.end = nameField<PipeEnd>(j, "end", endNames, where);
        break;
    case ProbeKind::Holders:
        onlyKnownKeys(j, { "probe", "pipe", "end" }, where);
        p.pipe = nameField<SetupPipe>(j, "pipe", pipeNames, where);
        p.end = nameField<PipeEnd>(j, "end", endNames, where);
        break;
    case ProbeKind::StdinWrite:
    case ProbeKind::Raises:
    case ProbeKind::Verdict:
    case ProbeKind::Records:
        onlyKnownKeys(j, { "probe" }, where);
        break;
    }
    return p;
}

// A Python exception's class name: an identifier that starts with a capital letter.
bool isClassName(std::string_view s)
{
    if (s.empty() || s.size() > 64 || !std::isupper(static_cast<unsigned char>(s.front())))
        return false;
    return std::all_of(
        s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

LessonQuestion questionFrom(const json& j, const std::string& where, const LessonPart& part, const HandlePlan* plan)
{
    if (!j.is_object())
        throw Bad { LessonProblem::Type, where };
    onlyKnownKeys(j, { "at", "ask", "prompt", "choices", "explain", "notes" }, where);
    LessonQuestion q;
    const std::string at = jsonfields::stringField(j, "at", where, jsonfields::Presence::Required);
    if (const auto moment = detail::valueOf<QuestionMoment>(momentNames, at)) {
        q.moment = *moment;
    } else {
        q.moment = QuestionMoment::Step;
        q.stepId = at;
    }
    // A step of the part's own plan; fifo only in a FIFO part, the others only in a scenario part.
    const bool fits = q.moment == QuestionMoment::Step ? plan && plan->step(q.stepId) != nullptr
                                                       : (q.moment == QuestionMoment::Fifo) == part.fifo.has_value();
    if (!fits)
        throw Bad { LessonProblem::Value, pointer(where, "at") };
    q.ask = probeFrom(object(j, "ask", where), pointer(where, "ask"));
    if (!probeFitsMoment(q.ask.kind, q.moment))
        throw Bad { LessonProblem::Value, pointer(pointer(where, "ask"), "probe") };
    q.prompt = textFrom(j, "prompt", where, true);
    if (isNumberProbe(q.ask.kind)) {
        if (field(j, "choices"))
            throw Bad { LessonProblem::Unknown, pointer(where, "choices") };
    } else {
        const json& choices = arrayOf(j, "choices", where, 2, maxQuestionChoices);
        std::set<std::string> seen;
        for (std::size_t i = 0; i < choices.size(); ++i) {
            const std::string c = pointer(where, "choices") + "/" + std::to_string(i);
            if (!choices[i].is_object())
                throw Bad { LessonProblem::Type, c };
            onlyKnownKeys(choices[i], { "value", "label" }, c);
            LessonChoice choice;
            choice.value = jsonfields::stringField(choices[i], "value", c, jsonfields::Presence::Required);
            if (!isProbeValue(q.ask.kind, choice.value) || !seen.insert(choice.value).second)
                throw Bad { LessonProblem::Value, pointer(c, "value") };
            choice.label = textFrom(choices[i], "label", c, true);
            q.choices.push_back(std::move(choice));
        }
    }
    q.explain = textFrom(j, "explain", where, false);
    q.notes = textFrom(j, "notes", where, false);
    return q;
}

LessonFifo fifoFrom(const json& j, const std::string& where)
{
    onlyKnownKeys(j, { "writers", "records", "record_size", "read_size" }, where);
    for (const char* required : { "writers", "records" })
        if (!field(j, required))
            throw Bad { LessonProblem::Missing, pointer(where, required) };
    LessonFifo f;
    f.writers = static_cast<std::uint32_t>(jsonfields::integerField(j, "writers", where, 1, 64, 4));
    f.records = static_cast<std::uint32_t>(jsonfields::integerField(j, "records", where, 1, 100'000, 100));
    // A size the FIFO run takes: at least a block's header, and above PIPE_BUF whole blocks.
    f.recordSize = static_cast<std::uint32_t>(jsonfields::integerField(j, "record_size", where, 0, 1 << 20, 512));
    if (checkFifoRecordSize(f.recordSize) != FifoRecordSizeCheck::Ok)
        throw Bad { LessonProblem::Value, pointer(where, "record_size") };
    f.readSize = static_cast<std::uint32_t>(jsonfields::integerField(j, "read_size", where, 1, 1 << 20, 4096));
    return f;
}

LessonPart partFrom(const json& j, const std::string& where)
{
    if (!j.is_object())
        throw Bad { LessonProblem::Type, where };
    onlyKnownKeys(j, { "title", "narration", "scenario", "fifo", "questions" }, where);
    LessonPart part;
    part.title = textFrom(j, "title", where, true);
    part.narration = textFrom(j, "narration", where, false);
    const bool hasScenario = field(j, "scenario") != nullptr;
    const bool hasFifo = field(j, "fifo") != nullptr;
    if (!hasScenario && !hasFifo)
        throw Bad { LessonProblem::Missing, pointer(where, "scenario") };
    if (hasScenario && hasFifo)
        throw Bad { LessonProblem::Value, pointer(where, "fifo") };
    std::optional<HandlePlan> plan;
    if (hasScenario) {
        const std::string at = pointer(where, "scenario");
        try {
            part.scenario = scenariofields::scenarioFields(object(j, "scenario", where), at, true);
        } catch (const scenariofields::Bad& bad) {
            throw Bad { problemOf(bad.problem), bad.where };
        }
        // A lesson's part starts from the first step.
        if (part.scenario->step != 0)
            throw Bad { LessonProblem::Value, pointer(at, "step") };
        plan = scenarioPlan(*part.scenario);
    } else {
        part.fifo = fifoFrom(object(j, "fifo", where), pointer(where, "fifo"));
    }
    if (!field(j, "questions"))
        return part;
    const json& questions = arrayOf(j, "questions", where, 0, maxPartQuestions);
    // Step questions in the plan's order, one per step; then run, python and live, each once.
    std::size_t nextStep = 0;
    std::set<QuestionMoment> after;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const std::string q = pointer(where, "questions") + "/" + std::to_string(i);
        LessonQuestion question = questionFrom(questions[i], q, part, plan ? &*plan : nullptr);
        if (question.moment == QuestionMoment::Step) {
            const auto& steps = plan->steps;
            const auto it
                = std::find_if(steps.begin(), steps.end(), [&](const Step& s) { return s.id == question.stepId; });
            const auto index = static_cast<std::size_t>(it - steps.begin());
            if (!after.empty() || index < nextStep)
                throw Bad { LessonProblem::Value, pointer(q, "at") };
            // The child's fds exist once it is forked: a question about them is asked at fork at the earliest.
            const auto fork
                = std::find_if(steps.begin(), steps.end(), [](const Step& s) { return s.action == StepAction::Fork; });
            const bool childProbe = (question.ask.kind == ProbeKind::Fd || question.ask.kind == ProbeKind::FdNumber)
                && question.ask.process == Actor::Child;
            if (childProbe && it < fork)
                throw Bad { LessonProblem::Value, pointer(q, "at") };
            nextStep = index + 1;
        } else if (!after.insert(question.moment).second) {
            throw Bad { LessonProblem::Value, pointer(q, "at") };
        }
        part.questions.push_back(std::move(question));
    }
    return part;
}

bool isLessonId(std::string_view id)
{
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

Lesson lessonFrom(const json& j)
{
    if (!j.is_object())
        throw Bad { LessonProblem::NotLesson, "" };
    if (!field(j, "format") || !j.at("format").is_string() || j.at("format").get<std::string>() != lessonFormatName)
        throw Bad { LessonProblem::NotLesson, "/format" };
    if (!field(j, "version"))
        throw Bad { LessonProblem::Missing, "/version" };
    if (!j.at("version").is_number_integer())
        throw Bad { LessonProblem::Type, "/version" };
    if (j.at("version") != lessonFormatVersion)
        throw Bad { LessonProblem::Version, "/version" };
    onlyKnownKeys(j, { "format", "version", "id", "title", "summary", "parts" }, "");
    Lesson lesson;
    lesson.id = jsonfields::stringField(j, "id", "", jsonfields::Presence::Required);
    if (!isLessonId(lesson.id))
        throw Bad { LessonProblem::Value, "/id" };
    lesson.title = textFrom(j, "title", "", true);
    lesson.summary = textFrom(j, "summary", "", false);
    const json& parts = arrayOf(j, "parts", "", 1, maxLessonParts);
    for (std::size_t i = 0; i < parts.size(); ++i)
        lesson.parts.push_back(partFrom(parts[i], "/parts/" + std::to_string(i)));
    return lesson;
}

nlohmann::ordered_json textJson(const LessonText& text)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (std::string_view language : lessonLanguages)
        if (const auto it = text.find(std::string(language)); it != text.end())
            j[std::string(language)] = it->second;
    return j;
}

nlohmann::ordered_json probeJson(const LessonProbe& p)
{
    nlohmann::ordered_json j;
    j["probe"] = probeKindName(p.kind);
    if (p.kind == ProbeKind::Fd || p.kind == ProbeKind::FdNumber)
        j["process"] = detail::nameOf<Actor>(processNames, p.process);
    if (p.kind == ProbeKind::Fd)
        j["fd"] = p.fd;
    if (p.kind == ProbeKind::FdNumber || p.kind == ProbeKind::Holders) {
        j["pipe"] = setupPipeName(p.pipe);
        j["end"] = pipeEndName(p.end);
    }
    return j;
}

} // namespace

std::string_view lessonProblemName(LessonProblem p)
{
    return detail::nameOf<LessonProblem>(problemNames, p);
}

std::optional<LessonProblem> lessonProblemFromName(std::string_view name)
{
    return detail::valueOf<LessonProblem>(problemNames, name);
}

std::string_view probeKindName(ProbeKind k)
{
    return detail::nameOf<ProbeKind>(probeNames, k);
}

std::optional<ProbeKind> probeKindFromName(std::string_view name)
{
    return detail::valueOf<ProbeKind>(probeNames, name);
}

std::string_view setupPipeName(SetupPipe p)
{
    return detail::nameOf<SetupPipe>(pipeNames, p);
}

std::optional<SetupPipe> setupPipeFromName(std::string_view name)
{
    return detail::valueOf<SetupPipe>(pipeNames, name);
}

std::string_view pipeEndName(PipeEnd e)
{
    return detail::nameOf<PipeEnd>(endNames, e);
}

std::optional<PipeEnd> pipeEndFromName(std::string_view name)
{
    return detail::valueOf<PipeEnd>(endNames, name);
}

std::string_view questionMomentName(QuestionMoment m)
{
    return detail::nameOf<QuestionMoment>(momentNames, m);
}

std::vector<std::string_view> probeValues(ProbeKind k)
{
    switch (k) {
    case ProbeKind::Fd:
        return { "stdin-pipe-read", "stdin-pipe-write", "stdout-pipe-read", "stdout-pipe-write", "stderr-pipe-read",
            "stderr-pipe-write", "errpipe-read", "errpipe-write", "devnull", "file", "parents-own", "closed", "other" };
    case ProbeKind::FdNumber:
        return {};
    case ProbeKind::Holders:
        return { "parent", "child", "both", "nobody" };
    case ProbeKind::StdinWrite:
        return { "all-written", "broken-pipe" };
    case ProbeKind::Raises:
        return { "nothing", "hangs" };
    case ProbeKind::Verdict:
        return { "deadlock", "finishes" };
    case ProbeKind::Records:
        return { "all-whole", "some-split" };
    }
    return {};
}

bool isProbeValue(ProbeKind k, std::string_view value)
{
    const auto values = probeValues(k);
    if (std::find(values.begin(), values.end(), value) != values.end())
        return true;
    return k == ProbeKind::Raises && isClassName(value);
}

bool probeFitsMoment(ProbeKind k, QuestionMoment m)
{
    switch (k) {
    case ProbeKind::Fd:
    case ProbeKind::FdNumber:
    case ProbeKind::Holders:
        return m == QuestionMoment::Step;
    case ProbeKind::StdinWrite:
        return m == QuestionMoment::Run;
    case ProbeKind::Raises:
        return m == QuestionMoment::Python;
    case ProbeKind::Verdict:
        return m == QuestionMoment::Live;
    case ProbeKind::Records:
        return m == QuestionMoment::Fifo;
    }
    return false;
}

Result<Lesson> lessonFromJson(std::string_view text)
{
    const auto malformed = [](LessonProblem problem, std::string where) {
        return Error {
            .code = ErrorCode::Malformed, .call = std::string(lessonProblemName(problem)), .subject = std::move(where)
        };
    };
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded())
        return malformed(LessonProblem::Syntax, "");
    try {
        return lessonFrom(j);
    } catch (const Bad& bad) {
        return malformed(bad.problem, bad.where);
    } catch (const BadField& bad) {
        return malformed(problemOf(bad.problem), bad.where);
    } catch (const json::exception&) {
        // Every access above is checked first; this only guards against a gap in those checks.
        return malformed(LessonProblem::Type, "");
    }
}

std::string toJsonText(const Lesson& lesson, int indent)
{
    nlohmann::ordered_json j;
    j["format"] = lessonFormatName;
    j["version"] = lessonFormatVersion;
    j["id"] = lesson.id;
    j["title"] = textJson(lesson.title);
    if (!lesson.summary.empty())
        j["summary"] = textJson(lesson.summary);
    nlohmann::ordered_json parts = nlohmann::ordered_json::array();
    for (const LessonPart& part : lesson.parts) {
        nlohmann::ordered_json p;
        p["title"] = textJson(part.title);
        if (!part.narration.empty())
            p["narration"] = textJson(part.narration);
        if (part.scenario)
            p["scenario"] = scenariofields::scenarioObject(*part.scenario, true);
        if (part.fifo) {
            p["fifo"] = { { "writers", part.fifo->writers }, { "records", part.fifo->records },
                { "record_size", part.fifo->recordSize }, { "read_size", part.fifo->readSize } };
        }
        nlohmann::ordered_json questions = nlohmann::ordered_json::array();
        for (const LessonQuestion& q : part.questions) {
            nlohmann::ordered_json o;
            o["at"] = q.moment == QuestionMoment::Step ? q.stepId : std::string(questionMomentName(q.moment));
            o["ask"] = probeJson(q.ask);
            o["prompt"] = textJson(q.prompt);
            if (!isNumberProbe(q.ask.kind)) {
                nlohmann::ordered_json choices = nlohmann::ordered_json::array();
                for (const LessonChoice& c : q.choices)
                    choices.push_back({ { "value", c.value }, { "label", textJson(c.label) } });
                o["choices"] = choices;
            }
            if (!q.explain.empty())
                o["explain"] = textJson(q.explain);
            if (!q.notes.empty())
                o["notes"] = textJson(q.notes);
            questions.push_back(o);
        }
        if (!questions.empty())
            p["questions"] = questions;
        parts.push_back(p);
    }
    j["parts"] = parts;
    return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string textIn(const LessonText& text, std::string_view language)
{
    if (const auto it = text.find(std::string(language)); it != text.end())
        return it->second;
    const auto en = text.find("en");
    return en == text.end() ? std::string() : en->second;
}

} // namespace pipescope
