// SPDX-License-Identifier: GPL-3.0-or-later
// A lesson's answers are read off real runs: real steps of the engine and their /proc tables, and the real python3's
// tracebacks. The expected values come from what Popen does, and the fd numbers from the stepper's own handles.

#include "testsupport.h"

#include "lesson/judge.h"
#include "popen/stepper.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace pipescope;
using namespace pipescope::test;

namespace {

SpawnSpec specOf(Redirect in, Redirect out, Redirect err)
{
    SpawnSpec spec;
    spec.argv = { childPath(), "echo" };
    spec.redirects = { std::move(in), std::move(out), std::move(err) };
    return spec;
}

// Steps a real session, learning its pipes from each snapshot as a lesson does.
struct Session
{
    explicit Session(SpawnSpec spec)
        : stepper(std::move(spec))
    {
    }

    const StepSnapshot& stepThrough(const std::string& id)
    {
        for (;;) {
            auto snap = stepper.step();
            if (!snap || snap->error) {
                ADD_FAILURE() << "stepping to " << id;
                return last;
            }
            last = *snap;
            pipes.learn(stepper.events(), last.parentFds);
            if (last.stepId == id)
                return last;
        }
    }

    std::string fd(Actor process, int fd) const { return fdValue(last, stepper.events(), process, fd, pipes); }
    std::string holders(SetupPipe pipe, PipeEnd end) const { return holdersValue(last, pipe, end, pipes); }
    int handle(Handle h) const { return last.handles[static_cast<size_t>(h)]; }

    Stepper stepper;
    StepSnapshot last;
    SetupPipes pipes;
};

TEST(LessonJudge, SeedDemoHandlesAsTheRealTablesShowThem)
{
    Session s(specOf(Redirect::pipe(), Redirect::pipe(), Redirect::inherit()));
    s.stepThrough("posix.pipe.stdout");
    EXPECT_EQ(s.holders(SetupPipe::Stdout, PipeEnd::Write), "parent");
    EXPECT_EQ(s.holders(SetupPipe::Stdin, PipeEnd::Read), "parent");
    EXPECT_EQ(s.fd(Actor::Parent, s.handle(Handle::C2pRead)), "stdout-pipe-read");
    EXPECT_EQ(s.fd(Actor::Parent, s.handle(Handle::P2cWrite)), "stdin-pipe-write");

    s.stepThrough("posix.fork");
    EXPECT_EQ(s.holders(SetupPipe::Stdout, PipeEnd::Write), "both");
    EXPECT_EQ(s.holders(SetupPipe::ErrPipe, PipeEnd::Read), "both");
    // Before its dup2s the child's 0, 1 and 2 are the parent's own.
    EXPECT_EQ(s.fd(Actor::Child, 1), "parents-own");

    s.stepThrough("posix.child.close_parent_ends");
    EXPECT_EQ(s.holders(SetupPipe::Stdout, PipeEnd::Read), "parent");
    EXPECT_EQ(s.holders(SetupPipe::ErrPipe, PipeEnd::Read), "parent");
    EXPECT_EQ(s.fd(Actor::Child, s.handle(Handle::C2pRead)), "closed");

    s.stepThrough("posix.child.dup2.stdin");
    EXPECT_EQ(s.fd(Actor::Child, 0), "stdin-pipe-read");
    s.stepThrough("posix.child.dup2.stdout");
    EXPECT_EQ(s.fd(Actor::Child, 1), "stdout-pipe-write");
    EXPECT_EQ(s.fd(Actor::Child, 2), "parents-own"); // stderr=None: inherited

    s.stepThrough("posix.exec");
    // close-on-exec took the child's copies of the pipes' fds above 2, the error pipe's write end with them.
    EXPECT_EQ(s.fd(Actor::Child, s.handle(Handle::C2pWrite)), "closed");
    EXPECT_EQ(s.holders(SetupPipe::ErrPipe, PipeEnd::Write), "parent");
    EXPECT_EQ(s.fd(Actor::Child, 1), "stdout-pipe-write");

    s.stepThrough("posix.parent.close.stdout");
    EXPECT_EQ(s.holders(SetupPipe::Stdout, PipeEnd::Write), "child");
    EXPECT_EQ(s.holders(SetupPipe::Stdout, PipeEnd::Read), "parent");
    // The number a class is asked for is the machine's: the parent's c2pread, whatever fd it got here.
    const int c2pread = s.handle(Handle::C2pRead);
    ASSERT_GE(c2pread, 3);
    EXPECT_EQ(fdNumber(s.last, Actor::Parent, SetupPipe::Stdout, PipeEnd::Read, s.pipes), c2pread);
    EXPECT_EQ(fdNumber(s.last, Actor::Child, SetupPipe::Stdout, PipeEnd::Write, s.pipes), 1);
    EXPECT_EQ(fdNumber(s.last, Actor::Child, SetupPipe::Stdout, PipeEnd::Read, s.pipes), -1);
    const LessonProbe probe { .kind = ProbeKind::FdNumber, .process = Actor::Parent, .pipe = SetupPipe::Stdout };
    const std::string real = stepAnswer(probe, s.last, s.stepper.events(), s.pipes);
    EXPECT_EQ(real, std::to_string(c2pread));
    EXPECT_TRUE(answerMatches(probe, "0" + std::to_string(c2pread), real));
    EXPECT_FALSE(answerMatches(probe, std::to_string(c2pread + 1), real));
    EXPECT_FALSE(answerMatches(probe, "", real));
}

// A page exported for the browser judges on the recorded session: the same answers as the live one gave, step by
// step, for every probe of every step, and nothing for a step the session never made.
TEST(LessonJudge, RecordedSessionGivesTheLiveAnswers)
{
    Session s(specOf(Redirect::pipe(), Redirect::pipe(), Redirect::pipe()));
    std::vector<StepSnapshot> recorded;
    std::vector<std::pair<std::string, std::vector<std::string>>> live; // per step: each probe's answer then
    std::vector<LessonProbe> probes;
    for (Actor process : { Actor::Parent, Actor::Child })
        for (int fd = 0; fd < 10; ++fd)
            probes.push_back({ .kind = ProbeKind::Fd, .process = process, .fd = fd });
    for (SetupPipe pipe : { SetupPipe::Stdin, SetupPipe::Stdout, SetupPipe::Stderr, SetupPipe::ErrPipe })
        for (PipeEnd end : { PipeEnd::Read, PipeEnd::Write }) {
            probes.push_back({ .kind = ProbeKind::Holders, .pipe = pipe, .end = end });
            for (Actor process : { Actor::Parent, Actor::Child })
                probes.push_back({ .kind = ProbeKind::FdNumber, .process = process, .pipe = pipe, .end = end });
        }
    while (!s.stepper.atEnd()) {
        auto snap = s.stepper.step();
        ASSERT_TRUE(snap && !snap->error);
        s.last = *snap;
        s.pipes.learn(s.stepper.events(), s.last.parentFds);
        recorded.push_back(*snap);
        std::vector<std::string> answers;
        for (const LessonProbe& probe : probes)
            answers.push_back(stepAnswer(probe, s.last, s.stepper.events(), s.pipes));
        live.emplace_back(snap->stepId, std::move(answers));
    }
    ASSERT_GE(live.size(), 10u);
    size_t different = 0;
    for (const auto& [id, answers] : live)
        for (size_t i = 0; i < probes.size(); ++i) {
            EXPECT_EQ(recordedStepAnswer(probes[i], id, recorded), answers[i]) << id << " probe " << i;
            different += answers[i] != live.front().second[i];
        }
    EXPECT_GT(different, 0u); // the answers do change along the steps
    EXPECT_EQ(recordedStepAnswer(probes.front(), "posix.no.such.step", recorded), "");
    // A session recorded only up to fork cannot answer for exec.
    const auto fork = std::find_if(
        recorded.begin(), recorded.end(), [](const StepSnapshot& r) { return r.stepId == "posix.fork"; });
    ASSERT_NE(fork, recorded.end());
    const std::vector<StepSnapshot> upToFork(recorded.begin(), fork + 1);
    const LessonProbe holders { .kind = ProbeKind::Holders, .pipe = SetupPipe::Stdin, .end = PipeEnd::Write };
    EXPECT_EQ(recordedStepAnswer(holders, "posix.fork", upToFork), "both");
    EXPECT_EQ(recordedStepAnswer(holders, "posix.exec", upToFork), "");
}

TEST(LessonJudge, StderrOptionsLandWhereTheyShould)
{
    {
        Session s(specOf(Redirect::inherit(), Redirect::pipe(), Redirect::stdoutRedirect()));
        s.stepThrough("posix.child.dup2.stderr");
        EXPECT_EQ(s.fd(Actor::Child, 2), "stdout-pipe-write");
    }
    {
        Session s(specOf(Redirect::inherit(), Redirect::inherit(), Redirect::pipe()));
        s.stepThrough("posix.child.dup2.stderr");
        EXPECT_EQ(s.fd(Actor::Child, 2), "stderr-pipe-write");
        EXPECT_EQ(s.fd(Actor::Child, 1), "parents-own");
    }
    {
        Session s(specOf(Redirect::inherit(), Redirect::inherit(), Redirect::devNull()));
        s.stepThrough("posix.child.dup2.stderr");
        EXPECT_EQ(s.fd(Actor::Child, 2), "devnull");
    }
    {
        TempDir dir;
        Session s(specOf(Redirect::inherit(), Redirect::inherit(), Redirect::file(dir.file("err.txt"))));
        s.stepThrough("posix.child.dup2.stderr");
        EXPECT_EQ(s.fd(Actor::Child, 2), "file");
    }
}

// What python3 itself prints when it raises.
std::string raisedBy(const std::string& code)
{
    const Captured c = runCaptured({ python3(), "-c", code });
    return raisedValue(c.err, false);
}

TEST(LessonJudge, TheExceptionPython3RaisedIsReadFromItsTraceback)
{
    ASSERT_FALSE(python3().empty());
    EXPECT_EQ(raisedBy("import subprocess, sys\n"
                       "p = subprocess.Popen([sys.executable, '-c', 'pass'], stdout=subprocess.PIPE)\n"
                       "p.stdin.write(b'x')\n"),
        "AttributeError");
    EXPECT_EQ(raisedBy("raise BrokenPipeError(32, 'Broken pipe')"), "BrokenPipeError");
    EXPECT_EQ(raisedBy("import json\njson.loads('{')"), "JSONDecodeError"); // json.decoder.JSONDecodeError
    EXPECT_EQ(raisedBy("import sys\nprint('Traceback (most recent call last):', file=sys.stderr)"), "nothing");
    EXPECT_EQ(raisedBy("print('fine')"), "nothing");
    EXPECT_EQ(raisedValue("", true), "hangs");
    // A chained exception: the last one raised is the answer.
    EXPECT_EQ(raisedBy("try:\n    {}['k']\nexcept KeyError:\n    raise ValueError('v')"), "ValueError");
    // A flush at exit that fails after the program's own exception is not what the program raised.
    EXPECT_EQ(raisedBy("import sys\n"
                       "class W:\n"
                       "    def __del__(self):\n"
                       "        raise BrokenPipeError(32, 'Broken pipe')\n"
                       "w = W()\n"
                       "raise AttributeError('x')"),
        "AttributeError");
    // A syntax error in the script has no "Traceback" header.
    EXPECT_EQ(raisedBy("x = = 1"), "SyntaxError");
    // Output after the traceback (a child sharing stderr) does not hide it.
    EXPECT_EQ(raisedValue("Traceback (most recent call last):\n  File \"parent.py\", line 3, in <module>\n"
                          "    proc.stdin.write(b'x')\nAttributeError: 'NoneType' object has no attribute 'write'\n"
                          "child says bye\n",
                  false),
        "AttributeError");
}

TEST(LessonJudge, RunResultsNameTheirValues)
{
    EXPECT_EQ(stdinWriteValue(true), "broken-pipe");
    EXPECT_EQ(stdinWriteValue(false), "all-written");
    EXPECT_EQ(verdictValue(true), "deadlock");
    EXPECT_EQ(recordsValue(0), "all-whole");
    EXPECT_EQ(recordsValue(3), "some-split");
    for (const std::string& v : { stdinWriteValue(true), stdinWriteValue(false) })
        EXPECT_TRUE(isProbeValue(ProbeKind::StdinWrite, v));
    for (const std::string& v : { verdictValue(true), verdictValue(false) })
        EXPECT_TRUE(isProbeValue(ProbeKind::Verdict, v));
    for (const std::string& v : { recordsValue(0), recordsValue(1) })
        EXPECT_TRUE(isProbeValue(ProbeKind::Records, v));
}

} // namespace
