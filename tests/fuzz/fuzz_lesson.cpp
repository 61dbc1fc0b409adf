// SPDX-License-Identifier: GPL-3.0-or-later
// .pipescope-lesson files, as Open Lesson reads them: parsing never crashes, a refusal is Malformed with a JSON
// pointer ("" or starting with '/') and a known problem, and a lesson that parses survives toJsonText +
// lessonFromJson unchanged (read → write → read is a fixed point, the written text too).

#include "files/lessonfile.h"

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
    const Result<Lesson> first = lessonFromJson(text);
    if (!first) {
        const Error& e = first.error();
        if (e.code != ErrorCode::Malformed)
            fail("a refusal is not Malformed", text);
        if (!e.subject.empty() && e.subject.front() != '/')
            fail("a refusal's subject is not a JSON pointer", text);
        if (!lessonProblemFromName(e.call))
            fail("a refusal names no known problem", text);
        return 0;
    }
    const std::string written = toJsonText(*first);
    const Result<Lesson> second = lessonFromJson(written);
    if (!second)
        fail(("the lesson's own JSON does not parse back at '" + second.error().subject + "'").c_str(), written);
    if (!(*second == *first))
        fail("the lesson changed in the round trip", written);
    if (toJsonText(*second) != written)
        fail("writing the lesson again gave another text", written);
    // Every question of a part is one its probe can be judged at, with choices its probe can take.
    for (const LessonPart& part : first->parts)
        for (const LessonQuestion& q : part.questions) {
            if (!probeFitsMoment(q.ask.kind, q.moment))
                fail("a question is asked where its probe cannot be judged", written);
            for (const LessonChoice& c : q.choices)
                if (!isProbeValue(q.ask.kind, c.value))
                    fail("a choice is no value of its probe", written);
        }
    return 0;
}
