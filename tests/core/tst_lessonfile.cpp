// SPDX-License-Identifier: GPL-3.0-or-later
// The .pipescope-lesson format: every field read, read → write → read a fixed point, and malformed files refused as
// Malformed with the JSON pointer of the bad field; the bundled lessons all read, in both languages.

#include "files/lessonfile.h"
#include "popen/plan.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using namespace pipescope;
using nlohmann::json;

constexpr std::string_view sample = R"({
  "format": "pipescope-lesson",
  "version": 1,
  "id": "closing-ends",
  "title": { "en": "Closing the unused ends", "zh_CN": "关闭不用的一端" },
  "summary": { "en": "Who holds which end." },
  "parts": [
    {
      "title": { "en": "After the fork" },
      "narration": { "en": "The child gets a copy.", "zh_CN": "子进程得到一份副本。" },
      "scenario": {
        "streams": { "stdin": "pipe", "stdout": "pipe", "stderr": "none" },
        "command": { "child": "echo", "args": [] },
        "input": { "text": "hi\n" }
      },
      "questions": [
        { "at": "posix.fork", "ask": { "probe": "holders", "pipe": "stdout", "end": "write" },
          "prompt": { "en": "Who holds the write end?" },
          "choices": [ { "value": "parent", "label": { "en": "The parent" } },
                       { "value": "both", "label": { "en": "Both" } } ],
          "notes": { "en": "Ask the class first." } },
        { "at": "posix.child.dup2.stdout", "ask": { "probe": "fd", "process": "child", "fd": 1 },
          "prompt": { "en": "What is fd 1 now?" },
          "choices": [ { "value": "stdout-pipe-write", "label": { "en": "The pipe" } },
                       { "value": "parents-own", "label": { "en": "The terminal" } } ],
          "explain": { "en": "dup2 copied c2pwrite onto 1." } },
        { "at": "posix.parent.close.stdout", "ask": { "probe": "fd-number", "process": "parent", "pipe": "stdout", "end": "read" },
          "prompt": { "en": "Which fd is c2pread?" } },
        { "at": "python", "ask": { "probe": "raises" }, "prompt": { "en": "What does it raise?" },
          "choices": [ { "value": "nothing", "label": { "en": "Nothing" } },
                       { "value": "AttributeError", "label": { "en": "AttributeError" } } ] },
        { "at": "live", "ask": { "probe": "verdict" }, "prompt": { "en": "Deadlock?" },
          "choices": [ { "value": "deadlock", "label": { "en": "Yes" } }, { "value": "finishes", "label": { "en": "No" } } ] }
      ]
    },
    {
      "title": { "en": "Many writers" },
      "fifo": { "writers": 4, "records": 50, "record_size": 512 },
      "questions": [
        { "at": "fifo", "ask": { "probe": "records" }, "prompt": { "en": "Split?" },
          "choices": [ { "value": "all-whole", "label": { "en": "Whole" } }, { "value": "some-split", "label": { "en": "Split" } } ] }
      ]
    }
  ]
})";

Lesson parsed(std::string_view text)
{
    Result<Lesson> r = lessonFromJson(text);
    EXPECT_TRUE(r.ok()) << "refused at '" << (r.ok() ? "" : r.error().subject) << "' ("
                        << (r.ok() ? "" : r.error().call) << ")";
    return r.ok() ? std::move(r).value() : Lesson {};
}

TEST(LessonFile, ReadsEveryField)
{
    const Lesson l = parsed(sample);
    EXPECT_EQ(l.id, "closing-ends");
    EXPECT_EQ(textIn(l.title, "zh_CN"), "关闭不用的一端");
    EXPECT_EQ(textIn(l.summary, "zh_CN"), "Who holds which end."); // English when the language is missing
    ASSERT_EQ(l.parts.size(), 2U);
    const LessonPart& p = l.parts[0];
    ASSERT_TRUE(p.scenario);
    EXPECT_FALSE(p.fifo);
    EXPECT_EQ(p.scenario->redirect(Stream::Stdout), Redirect::pipe());
    EXPECT_EQ(p.scenario->command.name, "echo");
    ASSERT_EQ(p.questions.size(), 5U);
    EXPECT_EQ(p.questions[0].moment, QuestionMoment::Step);
    EXPECT_EQ(p.questions[0].stepId, "posix.fork");
    EXPECT_EQ(p.questions[0].ask.kind, ProbeKind::Holders);
    EXPECT_EQ(p.questions[0].ask.pipe, SetupPipe::Stdout);
    EXPECT_EQ(p.questions[0].ask.end, PipeEnd::Write);
    EXPECT_EQ(p.questions[0].choices.at(1).value, "both");
    EXPECT_EQ(textIn(p.questions[0].notes, "en"), "Ask the class first.");
    EXPECT_EQ(p.questions[1].ask.kind, ProbeKind::Fd);
    EXPECT_EQ(p.questions[1].ask.process, Actor::Child);
    EXPECT_EQ(p.questions[1].ask.fd, 1);
    EXPECT_EQ(p.questions[2].ask.kind, ProbeKind::FdNumber);
    EXPECT_TRUE(p.questions[2].choices.empty());
    EXPECT_EQ(p.questions[3].moment, QuestionMoment::Python);
    EXPECT_EQ(p.questions[4].moment, QuestionMoment::Live);
    ASSERT_TRUE(l.parts[1].fifo);
    EXPECT_EQ(l.parts[1].fifo->writers, 4U);
    EXPECT_EQ(l.parts[1].fifo->recordSize, 512U);
    EXPECT_EQ(l.parts[1].fifo->readSize, 4096U); // the default
    EXPECT_EQ(l.parts[1].questions.at(0).moment, QuestionMoment::Fifo);
}

TEST(LessonFile, WriteThenReadIsAFixedPoint)
{
    const Lesson l = parsed(sample);
    const std::string written = toJsonText(l);
    const Lesson again = parsed(written);
    EXPECT_EQ(again, l);
    EXPECT_EQ(toJsonText(again), written);
}

// Applies a change to the sample (a JSON Patch), then expects a refusal at that pointer, for that reason.
void expectRefused(const json& patch, std::string_view where, LessonProblem problem)
{
    const json doc = json::parse(sample).patch(patch);
    const Result<Lesson> r = lessonFromJson(doc.dump());
    ASSERT_FALSE(r.ok()) << patch.dump();
    EXPECT_EQ(r.error().code, ErrorCode::Malformed);
    EXPECT_EQ(r.error().subject, where) << patch.dump();
    EXPECT_EQ(r.error().call, lessonProblemName(problem)) << patch.dump();
}

json op(std::string_view kind, std::string_view path, json value = nullptr)
{
    json o { { "op", kind }, { "path", path } };
    if (kind != "remove")
        o["value"] = std::move(value);
    return json::array({ o });
}

TEST(LessonFile, MalformedFilesAreRefusedWithTheFieldNamed)
{
    EXPECT_EQ(lessonFromJson("{").error().call, "syntax");
    EXPECT_EQ(lessonFromJson("[]").error().call, "not-lesson");
    expectRefused(op("replace", "/format", "pipescope-scenario"), "/format", LessonProblem::NotLesson);
    expectRefused(op("replace", "/version", 2), "/version", LessonProblem::Version);
    expectRefused(op("replace", "/version", "1"), "/version", LessonProblem::Type);
    expectRefused(op("add", "/colour", "red"), "/colour", LessonProblem::Unknown);
    expectRefused(op("replace", "/id", "Closing Ends"), "/id", LessonProblem::Value);
    expectRefused(op("remove", "/title"), "/title", LessonProblem::Missing);
    expectRefused(op("replace", "/title", json { { "zh_CN", "标题" } }), "/title/en", LessonProblem::Missing);
    expectRefused(op("add", "/title/fr", "Titre"), "/title/fr", LessonProblem::Unknown);
    expectRefused(op("replace", "/title/en", ""), "/title/en", LessonProblem::Value);
    expectRefused(op("replace", "/parts", json::array()), "/parts", LessonProblem::Value);
    expectRefused(op("remove", "/parts/1/fifo"), "/parts/1/scenario", LessonProblem::Missing);
    expectRefused(op("add", "/parts/1/scenario", json { { "command", { { "child", "echo" } } } }), "/parts/1/fifo",
        LessonProblem::Value);
    // The embedded scenario is read as a scenario file is, with the pointer into the lesson.
    expectRefused(op("replace", "/parts/0/scenario/streams/stdin", "stdout"), "/parts/0/scenario/streams/stdin",
        LessonProblem::Redirect);
    expectRefused(op("add", "/parts/0/scenario/format", "pipescope-scenario"), "/parts/0/scenario/format",
        LessonProblem::Unknown);
    expectRefused(op("add", "/parts/0/scenario/step", 3), "/parts/0/scenario/step", LessonProblem::Value);
    expectRefused(op("add", "/parts/0/scenario/policy", "polite"), "/parts/0/scenario/policy", LessonProblem::Value);
    // A step the scenario's plan does not have: with stdout=None there is no posix.child.dup2.stdout.
    expectRefused(
        op("replace", "/parts/0/scenario/streams/stdout", "none"), "/parts/0/questions/1/at", LessonProblem::Value);
    expectRefused(
        op("replace", "/parts/0/questions/0/at", "posix.fork.twice"), "/parts/0/questions/0/at", LessonProblem::Value);
    // Out of the plan's order, or after run/python/live.
    expectRefused(
        op("replace", "/parts/0/questions/0/at", "posix.exec"), "/parts/0/questions/1/at", LessonProblem::Value);
    expectRefused(op("add", "/parts/0/questions/-", json::parse(sample)["parts"][0]["questions"][3]),
        "/parts/0/questions/5/at", LessonProblem::Value); // python3 runs once per part
    expectRefused(op("replace", "/parts/0/questions/3/at", "fifo"), "/parts/0/questions/3/at", LessonProblem::Value);
    expectRefused(op("replace", "/parts/1/questions/0/at", "run"), "/parts/1/questions/0/at", LessonProblem::Value);
    // A probe judged at the wrong moment, an unknown one, a probe's fields.
    expectRefused(op("replace", "/parts/0/questions/3/ask/probe", "verdict"), "/parts/0/questions/3/ask/probe",
        LessonProblem::Value);
    expectRefused(op("replace", "/parts/0/questions/0/ask/probe", "mood"), "/parts/0/questions/0/ask/probe",
        LessonProblem::Value);
    expectRefused(
        op("replace", "/parts/0/questions/1/ask/fd", 1024), "/parts/0/questions/1/ask/fd", LessonProblem::Value);
    expectRefused(
        op("replace", "/parts/0/questions/1/ask/fd", 1.5), "/parts/0/questions/1/ask/fd", LessonProblem::Type);
    expectRefused(op("remove", "/parts/0/questions/1/ask/fd"), "/parts/0/questions/1/ask/fd", LessonProblem::Missing);
    expectRefused(op("replace", "/parts/0/questions/1/ask/process", "kernel"), "/parts/0/questions/1/ask/process",
        LessonProblem::Value);
    expectRefused(op("add", "/parts/0/questions/0/ask/fd", 1), "/parts/0/questions/0/ask/fd", LessonProblem::Unknown);
    // Choices: the probe's values only, distinct, 2 to 8; none for a number.
    expectRefused(op("replace", "/parts/0/questions/0/choices/1/value", "kernel"),
        "/parts/0/questions/0/choices/1/value", LessonProblem::Value);
    expectRefused(op("replace", "/parts/0/questions/0/choices/1/value", "parent"),
        "/parts/0/questions/0/choices/1/value", LessonProblem::Value);
    expectRefused(op("remove", "/parts/0/questions/0/choices/1"), "/parts/0/questions/0/choices", LessonProblem::Value);
    expectRefused(op("remove", "/parts/0/questions/1/choices"), "/parts/0/questions/1/choices", LessonProblem::Missing);
    expectRefused(op("add", "/parts/0/questions/2/choices", json::array()), "/parts/0/questions/2/choices",
        LessonProblem::Unknown);
    expectRefused(op("replace", "/parts/0/questions/3/choices/1/value", "attribute error"),
        "/parts/0/questions/3/choices/1/value", LessonProblem::Value);
    expectRefused(op("remove", "/parts/0/questions/1/prompt"), "/parts/0/questions/1/prompt", LessonProblem::Missing);
    expectRefused(op("add", "/parts/0/questions/1/answer", "stdout-pipe-write"), "/parts/0/questions/1/answer",
        LessonProblem::Unknown);
    // The FIFO run's numbers.
    expectRefused(op("replace", "/parts/1/fifo/writers", 65), "/parts/1/fifo/writers", LessonProblem::Value);
    expectRefused(op("remove", "/parts/1/fifo/records"), "/parts/1/fifo/records", LessonProblem::Missing);
    expectRefused(op("replace", "/parts/1/fifo/record_size", 23), "/parts/1/fifo/record_size", LessonProblem::Value);
    expectRefused(op("replace", "/parts/1/fifo/record_size", 5000), "/parts/1/fifo/record_size", LessonProblem::Value);
}

TEST(LessonFile, AnyExceptionClassNameIsAChoiceOfRaises)
{
    EXPECT_TRUE(isProbeValue(ProbeKind::Raises, "BrokenPipeError"));
    EXPECT_TRUE(isProbeValue(ProbeKind::Raises, "nothing"));
    EXPECT_FALSE(isProbeValue(ProbeKind::Raises, "brokenPipeError"));
    EXPECT_FALSE(isProbeValue(ProbeKind::Raises, "Broken Pipe"));
    EXPECT_FALSE(isProbeValue(ProbeKind::Holders, "nothing"));
}

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void expectBothLanguages(const LessonText& text, const std::string& what)
{
    EXPECT_TRUE(text.contains("en")) << what;
    EXPECT_TRUE(text.contains("zh_CN")) << what;
}

// The six bundled lessons: each reads, names itself after its file, speaks both languages everywhere and asks
// something in every part.
TEST(LessonFile, BundledLessonsReadInBothLanguages)
{
    const std::filesystem::path dir
        = std::filesystem::path(PIPESCOPE_TESTS_DIR) / ".." / ".." / "resources" / "lessons";
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != lessonFileSuffix)
            continue;
        ++count;
        const std::string name = entry.path().filename().string();
        SCOPED_TRACE(name);
        const Lesson l = parsed(readAll(entry.path()));
        // "03-stderr-options.pipescope-lesson" holds the lesson "stderr-options".
        EXPECT_EQ(name.substr(3, name.size() - 3 - lessonFileSuffix.size()), l.id);
        expectBothLanguages(l.title, "title");
        expectBothLanguages(l.summary, "summary");
        int questions = 0;
        for (std::size_t i = 0; i < l.parts.size(); ++i) {
            const LessonPart& p = l.parts[i];
            const std::string at = "part " + std::to_string(i);
            expectBothLanguages(p.title, at);
            if (!p.narration.empty())
                expectBothLanguages(p.narration, at + " narration");
            for (const LessonQuestion& q : p.questions) {
                ++questions;
                expectBothLanguages(q.prompt, at + " prompt");
                for (const LessonChoice& c : q.choices)
                    expectBothLanguages(c.label, at + " choice " + c.value);
                if (!q.explain.empty())
                    expectBothLanguages(q.explain, at + " explain");
                if (!q.notes.empty())
                    expectBothLanguages(q.notes, at + " notes");
            }
        }
        EXPECT_GE(questions, 3);
    }
    EXPECT_EQ(count, 6);
}

} // namespace
