// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "base/stream.h"
#include "files/scenariofile.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

// The .pipescope-lesson format, as docs/lesson-format.md describes it.
inline constexpr std::string_view lessonFormatName = "pipescope-lesson";
inline constexpr int lessonFormatVersion = 1;
inline constexpr std::string_view lessonFileSuffix = ".pipescope-lesson";

// A text of the file in each language it gives: "en" always, "zh_CN" when given. Shown as it is: the file's text,
// not PipeScope's.
using LessonText = std::map<std::string, std::string>;
// The languages a lesson's text may have.
inline constexpr std::string_view lessonLanguages[] { "en", "zh_CN" };

// What a question asks: a fact of the real run, named so that PipeScope can read it off what really happened.
enum class ProbeKind {
    Fd, // what one fd of the parent or the child is, after a step
    FdNumber, // the fd number a process has on one end of a pipe, after a step
    Holders, // which processes hold one end of a pipe, after a step
    StdinWrite, // whether Run wrote all its input or met EPIPE
    Raises, // what the equivalent Python program raised under python3
    Verdict, // whether a Live run deadlocked
    Records, // whether a FIFO run's records arrived whole
};
std::string_view probeKindName(ProbeKind k);
std::optional<ProbeKind> probeKindFromName(std::string_view name);

// The pipes of a setup: the three streams' and the error pipe.
enum class SetupPipe { Stdin, Stdout, Stderr, ErrPipe };
std::string_view setupPipeName(SetupPipe p);
std::optional<SetupPipe> setupPipeFromName(std::string_view name);

enum class PipeEnd { Read, Write };
std::string_view pipeEndName(PipeEnd e);
std::optional<PipeEnd> pipeEndFromName(std::string_view name);

struct LessonProbe
{
    ProbeKind kind = ProbeKind::Fd;
    Actor process = Actor::Child; // Fd, FdNumber
    int fd = 0; // Fd
    SetupPipe pipe = SetupPipe::Stdout; // FdNumber, Holders
    PipeEnd end = PipeEnd::Read; // FdNumber, Holders

    friend bool operator==(const LessonProbe&, const LessonProbe&) = default;
};

// A number answers FdNumber; every other probe is answered by a choice.
constexpr bool isNumberProbe(ProbeKind k)
{
    return k == ProbeKind::FdNumber;
}
// The values a choice of the probe may have. Raises also takes any exception class name (isProbeValue).
std::vector<std::string_view> probeValues(ProbeKind k);
bool isProbeValue(ProbeKind k, std::string_view value);

// When a question is asked: before a setup step (judged right after it), before Run, python3, a Live run, or a
// FIFO run (judged on their results).
enum class QuestionMoment { Step, Run, Python, Live, Fifo };
std::string_view questionMomentName(QuestionMoment m); // "run"... ; Step has no name: its "at" is the step's id
// Which moments a probe can be judged at.
bool probeFitsMoment(ProbeKind k, QuestionMoment m);

struct LessonChoice
{
    std::string value;
    LessonText label;

    friend bool operator==(const LessonChoice&, const LessonChoice&) = default;
};

struct LessonQuestion
{
    QuestionMoment moment = QuestionMoment::Step;
    std::string stepId; // Step: the step of the part's POSIX plan it is asked before
    LessonProbe ask;
    LessonText prompt;
    std::vector<LessonChoice> choices; // empty for a number probe
    LessonText explain; // may be empty
    LessonText notes; // the teacher's; may be empty

    friend bool operator==(const LessonQuestion&, const LessonQuestion&) = default;
};

// The named-pipes page's run: writers, records per writer, bytes per record, bytes per read of the reader.
struct LessonFifo
{
    std::uint32_t writers = 4;
    std::uint32_t records = 100;
    std::uint32_t recordSize = 512;
    std::uint32_t readSize = 4096;

    friend bool operator==(const LessonFifo&, const LessonFifo&) = default;
};

// One part: a scenario on the stepping page, or a FIFO run on the named-pipes page, and its questions.
struct LessonPart
{
    LessonText title;
    LessonText narration; // may be empty
    std::optional<Scenario> scenario; // exactly one of scenario and fifo
    std::optional<LessonFifo> fifo;
    std::vector<LessonQuestion> questions;

    friend bool operator==(const LessonPart&, const LessonPart&) = default;
};

struct Lesson
{
    std::string id;
    LessonText title;
    LessonText summary; // may be empty
    std::vector<LessonPart> parts;

    friend bool operator==(const Lesson&, const Lesson&) = default;
};

inline constexpr std::size_t maxLessonParts = 50;
inline constexpr std::size_t maxPartQuestions = 20;
inline constexpr std::size_t maxQuestionChoices = 8;
inline constexpr int maxProbeFd = 1023;

// Why a lesson file was refused, in Error::call of a Malformed error; Error::subject holds the JSON pointer of the
// bad field ("" for the whole document).
enum class LessonProblem {
    Syntax, // not JSON
    NotLesson, // no "format": "pipescope-lesson"
    Version, // a version this PipeScope does not read
    Missing, // a required field is absent
    Type, // a field has the wrong JSON type
    Value, // a value PipeScope does not know, out of range, or not allowed there (a step the plan does not have...)
    Redirect, // a stream of a part's scenario is not a redirect for that stream
    Unknown, // a field PipeScope does not know
};
std::string_view lessonProblemName(LessonProblem p);
std::optional<LessonProblem> lessonProblemFromName(std::string_view name);

// Reads a lesson strictly: on failure an Error with code Malformed, subject the JSON pointer of the first bad field,
// call the LessonProblem's name.
Result<Lesson> lessonFromJson(std::string_view text);
// The file's text; lessonFromJson(toJsonText(l)) == l for every lesson lessonFromJson gave.
std::string toJsonText(const Lesson& lesson, int indent = 2);

// The text in a language ("zh_CN"), else in English.
std::string textIn(const LessonText& text, std::string_view language);

} // namespace pipescope
