// SPDX-License-Identifier: GPL-3.0-or-later
// pipescope-trace as users and scripts see it: exit statuses, one-line reasons on stderr, saved bytes, the JSON.

#include "files/trace.h"
#include "inspect/fdtable.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using namespace pipescope::test;
using pipescope::EventKind;
using pipescope::ExitStatus;
using pipescope::FdEntry;
using pipescope::FdKind;
using pipescope::findFd;
using pipescope::traceFromJson;

constexpr std::string_view messagePrefix = "pipescope-trace: ";

// Runs pipescope-trace with args; it must never die of a signal itself, whatever it is given.
Captured runTrace(std::vector<std::string> args, const std::string& input = {}, int timeoutMs = 60'000)
{
    args.insert(args.begin(), tracePath());
    Captured c = runCaptured(args, input, timeoutMs);
    EXPECT_FALSE(c.exit.signaled) << "pipescope-trace itself died of signal " << c.exit.code;
    return c;
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        out.push_back(line);
    return out;
}

// The lines pipescope-trace wrote as its own reasons (not the plan or trace).
std::vector<std::string> messages(const std::string& err)
{
    std::vector<std::string> out;
    for (const std::string& line : lines(err))
        if (line.starts_with(messagePrefix))
            out.push_back(line);
    return out;
}

// The one reason a failing run gives: exactly one message line, and it is the last line.
std::string reason(const Captured& c)
{
    const auto all = lines(c.err);
    const auto m = messages(c.err);
    EXPECT_EQ(m.size(), 1u) << "stderr:\n" << c.err;
    EXPECT_FALSE(all.empty());
    if (m.size() != 1 || all.empty())
        return {};
    EXPECT_EQ(all.back(), m.front()) << "the reason is the last thing said";
    return m.front();
}

bool contains(const std::string& haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string::npos;
}

pipescope::Trace loadTrace(const std::string& path)
{
    const std::string text = readFile(path);
    EXPECT_FALSE(text.empty()) << path << " was not written";
    auto trace = pipescope::traceFromJson(text);
    EXPECT_TRUE(trace.ok()) << path << " is malformed at " << (trace.ok() ? "" : trace.error().subject);
    return trace.ok() ? std::move(trace).value() : pipescope::Trace {};
}

bool hasEvent(const pipescope::Trace& t, EventKind k)
{
    return std::ranges::any_of(t.events, [k](const pipescope::Event& e) { return e.kind == k; });
}

std::string seedInput()
{
    std::string input;
    for (int i = 0; i < 10; ++i)
        input += "write data:" + std::to_string(i) + "\r\n";
    return input;
}

// What the child's echo prints for an input: child.py's greeting, then print(">>>get std in", line) per line.
std::string echoOutput(const std::string& input)
{
    std::string out = "child process start\n";
    std::istringstream in(input);
    std::string line;
    while (std::getline(in, line))
        out += ">>>get std in " + line + "\n\n";
    return out;
}

// Byte i of `pipescope-child flood` is this pattern's byte i % 64.
std::string floodBytes(size_t n)
{
    constexpr std::string_view pattern = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-\n";
    std::string out(n, '\0');
    for (size_t i = 0; i < n; ++i)
        out[i] = pattern[i % pattern.size()];
    return out;
}

// ---------------------------------------------------------------------------------------------
// The seed's demo

TEST(TraceCli, SeedDemo)
{
    TempDir dir;
    const std::string saved = dir.file("stdout.bin");
    const std::string input = seedInput();
    const Captured c = runTrace(
        { "--stdin=pipe", "--stdout=pipe", "--input=" + input, "--save-stdout=" + saved, "--", childPath(), "echo" });
    ASSERT_EQ(c.exit.code, 0) << c.err;
    EXPECT_TRUE(messages(c.err).empty()) << c.err;
    EXPECT_TRUE(contains(c.err, "pipe for stdin: read end fd")) << c.err;
    EXPECT_TRUE(contains(c.err, "pipe for stdout: read end fd")) << c.err;
    EXPECT_TRUE(contains(c.err, "execve(\"" + childPath() + "\")")) << c.err;
    EXPECT_TRUE(contains(c.err, "error pipe reached EOF: exec succeeded")) << c.err;
    EXPECT_TRUE(contains(c.err, "stdin closed")) << c.err;
    const std::string expected = echoOutput(input);
    EXPECT_EQ(readFile(saved), expected);
    EXPECT_TRUE(contains(c.err,
        "bytes: stdin " + std::to_string(input.size()) + " written, stdout " + std::to_string(expected.size())
            + " read, stderr 0 read"))
        << c.err;
    EXPECT_TRUE(c.out.empty()) << "the child's stdout went to the pipe, not to pipescope-trace's stdout";
}

TEST(TraceCli, TraceLinesSeparateActorAndPid)
{
    // "parent" is as wide as the actor column: the pid must still not run into it ("parent12345").
    const Captured c = runTrace({ "--", childPath(), "exit", "0" });
    ASSERT_EQ(c.exit.code, 0) << c.err;
    bool sawParent = false;
    for (const std::string& line : lines(c.err)) {
        if (!contains(line, " ms  parent"))
            continue;
        sawParent = true;
        const size_t at = line.find(" ms  parent") + std::string_view(" ms  parent").size();
        ASSERT_LT(at, line.size());
        EXPECT_EQ(line[at], ' ') << "actor and pid run together: '" << line << "'";
    }
    EXPECT_TRUE(sawParent) << c.err;
}

// ---------------------------------------------------------------------------------------------
// Saved bytes are the child's bytes, exactly

struct SaveCase
{
    std::string name;
    std::vector<std::string> childArgs;
    std::function<std::string()> input; // written through a stdin pipe with --input-file when non-empty
    std::function<std::string()> expected;
};

void PrintTo(const SaveCase& c, std::ostream* os)
{
    *os << c.name;
}

std::string allByteValues(size_t repeat)
{
    std::string out;
    for (size_t r = 0; r < repeat; ++r)
        for (int b = 0; b < 256; ++b)
            out += static_cast<char>(b);
    return out;
}

class SaveStdout : public testing::TestWithParam<SaveCase>
{
};

TEST_P(SaveStdout, ByteExact)
{
    const SaveCase& sc = GetParam();
    TempDir dir;
    const std::string saved = dir.file("out.bin");
    std::vector<std::string> args { "--stdout=pipe", "--save-stdout=" + saved };
    const std::string input = sc.input ? sc.input() : std::string();
    if (sc.input) {
        writeFile(dir.file("in.bin"), input);
        args.push_back("--stdin=pipe");
        args.push_back("--input-file=" + dir.file("in.bin"));
    }
    args.push_back("--");
    args.push_back(childPath());
    args.insert(args.end(), sc.childArgs.begin(), sc.childArgs.end());

    const Captured c = runTrace(args);
    ASSERT_EQ(c.exit.code, 0) << c.err;
    const std::string expected = sc.expected();
    const std::string got = readFile(saved);
    ASSERT_EQ(got.size(), expected.size());
    EXPECT_TRUE(got == expected) << "same size, different bytes";
    EXPECT_TRUE(contains(c.err, "stdout " + std::to_string(expected.size()) + " read")) << c.err;
}

INSTANTIATE_TEST_SUITE_P(Children, SaveStdout,
    testing::Values(SaveCase { "cat_every_byte_value", { "cat" }, [] { return allByteValues(1000); },
                        [] { return allByteValues(1000); } },
        SaveCase { "cat_nul_ff", { "cat" }, [] { return std::string("\x00\xff\x00\xfe\r\n\x80", 7); },
            [] { return std::string("\x00\xff\x00\xfe\r\n\x80", 7); } },
        SaveCase { "cat_invalid_utf8_lines", { "cat" },
            [] { return std::string("\xc3\x28\n\xe2\x82\n\xf0\x9f\x92\n"); },
            [] { return std::string("\xc3\x28\n\xe2\x82\n\xf0\x9f\x92\n"); } },
        SaveCase { "cat_nothing", { "cat" }, nullptr, [] { return std::string(); } },
        SaveCase { "flood_1M", { "flood", "1000000" }, nullptr, [] { return floodBytes(1'000'000); } },
        SaveCase { "flood_odd_size", { "flood", "65537", "--to=stdout" }, nullptr, [] { return floodBytes(65'537); } },
        SaveCase { "flood_zero", { "flood", "0" }, nullptr, [] { return std::string(); } }),
    [](const testing::TestParamInfo<SaveCase>& info) { return info.param.name; });

TEST(TraceCli, SaveStderr)
{
    TempDir dir;
    const std::string saved = dir.file("err.bin");
    const Captured c
        = runTrace({ "--stderr=pipe", "--save-stderr=" + saved, "--", childPath(), "flood", "300000", "--to=stderr" });
    ASSERT_EQ(c.exit.code, 0) << c.err;
    EXPECT_TRUE(readFile(saved) == floodBytes(300'000));
}

TEST(TraceCli, StderrToStdoutJoinsThePipe)
{
    TempDir dir;
    const std::string saved = dir.file("out.txt");
    const Captured c
        = runTrace({ "--stderr=stdout", "--stdout=pipe", "--save-stdout=" + saved, "--", childPath(), "stderr" });
    ASSERT_EQ(c.exit.code, 0) << c.err;
    const std::string out = readFile(saved);
    EXPECT_TRUE(contains(out, "error from child")) << out;
    EXPECT_TRUE(contains(out, "ok")) << out;
    EXPECT_EQ(out, "error from child\nok\n") << "one pipe, in the order the child wrote";
    EXPECT_TRUE(contains(c.err, "stderr=STDOUT")) << c.err;
}

// ---------------------------------------------------------------------------------------------
// --json

TEST(TraceCli, JsonIsAValidTrace)
{
    TempDir dir;
    const std::string json = dir.file("trace.json");
    const Captured c
        = runTrace({ "--stdin=pipe", "--stdout=pipe", "--input=hello\n", "--json=" + json, "--", childPath(), "echo" });
    ASSERT_EQ(c.exit.code, 0) << c.err;
    const pipescope::Trace t = loadTrace(json);
    EXPECT_TRUE(hasEvent(t, EventKind::ErrPipeEof));
    EXPECT_TRUE(hasEvent(t, EventKind::ChildExited));
    EXPECT_TRUE(hasEvent(t, EventKind::Exec));
    EXPECT_EQ(t.spec.argv, (std::vector<std::string> { childPath(), "echo" }));
    EXPECT_EQ(t.spec.redirect(pipescope::Stream::Stdin), pipescope::Redirect::pipe());
    EXPECT_EQ(t.spec.redirect(pipescope::Stream::Stdout), pipescope::Redirect::pipe());
    EXPECT_EQ(t.spec.redirect(pipescope::Stream::Stderr), pipescope::Redirect::inherit());
    ASSERT_TRUE(t.exit.has_value());
    EXPECT_EQ(*t.exit, (pipescope::ExitStatus { .signaled = false, .code = 0 }));
    EXPECT_EQ(t.bytes[0], 6);
    EXPECT_EQ(t.bytes[1], static_cast<std::int64_t>(echoOutput("hello\n").size()));
    ASSERT_TRUE(t.childFds.has_value());
    EXPECT_NE(pipescope::findFd(*t.childFds, 0), nullptr);
    EXPECT_FALSE(t.plan.steps.empty());
}

TEST(TraceCli, JsonOfAFailedExecRecordsIt)
{
    TempDir dir;
    const std::string json = dir.file("trace.json");
    const Captured c = runTrace({ "--json=" + json, "--", "/nonexistent-dir/prog" });
    EXPECT_EQ(c.exit.code, 127) << c.err;
    const pipescope::Trace t = loadTrace(json);
    const auto failed = std::ranges::find(t.events, EventKind::ExecFailed, &pipescope::Event::kind);
    ASSERT_NE(failed, t.events.end());
    EXPECT_EQ(failed->value, ENOENT);
    EXPECT_FALSE(t.exit.has_value()) << "no program ran";
}

TEST(TraceCli, JsonToAnUnwritablePath)
{
    const Captured c = runTrace({ "--json=/nonexistent-dir/t.json", "--", childPath(), "exit", "0" });
    EXPECT_EQ(c.exit.code, 1);
    const std::string r = reason(c);
    EXPECT_TRUE(contains(r, "--json")) << r;
    EXPECT_TRUE(contains(r, "No such file or directory")) << r;
}

// The page is written by the application: without it, one line, no page, and nothing left in /tmp.
TEST(TraceCli, HtmlWithoutTheApplication)
{
    TempDir dir;
    const std::string lone = dir.file("pipescope-trace");
    std::filesystem::copy_file(tracePath(), lone);
    std::filesystem::permissions(lone, std::filesystem::perms::owner_all);
    const auto leftovers = [] {
        size_t n = 0;
        for (const auto& e : std::filesystem::directory_iterator("/tmp"))
            n += e.path().filename().string().starts_with("pipescope-html-");
        return n;
    };
    const size_t before = leftovers();
    const std::string page = dir.file("page.html");
    const Captured c = runCaptured({ "/usr/bin/env", "PATH=" + dir.file("nothing-here"), lone, "--stdout=pipe",
        "--html=" + page, "--", childPath(), "exit", "0" });
    EXPECT_EQ(c.exit.code, 1);
    const std::string r = reason(c);
    EXPECT_TRUE(contains(r, "--html: pipescope")) << r;
    EXPECT_TRUE(contains(r, "not found")) << r;
    EXPECT_FALSE(std::filesystem::exists(page));
    EXPECT_EQ(leftovers(), before);
    // It ran the steps first, as --step does: each was printed.
    EXPECT_TRUE(contains(c.err, "dup2")) << c.err;
}

TEST(TraceCli, HtmlIsNotAPlan)
{
    const Captured c = runTrace({ "--plan-only", "--html=x.html", "--", "true" });
    EXPECT_EQ(c.exit.code, 2);
    EXPECT_TRUE(contains(reason(c), "--html")) << reason(c);
}

// ---------------------------------------------------------------------------------------------
// Programs that cannot run

struct ExecCase
{
    std::string name;
    int status;
    std::string text; // strerror of the failure
};

void PrintTo(const ExecCase& c, std::ostream* os)
{
    *os << c.name;
}

class ExecFailure : public testing::TestWithParam<ExecCase>
{
};

TEST_P(ExecFailure, StatusAndReason)
{
    const ExecCase& ec = GetParam();
    TempDir dir;
    std::string program;
    if (ec.name == "missing_absolute") {
        program = "/nonexistent-dir/no-such-program";
    } else if (ec.name == "missing_in_path") {
        program = "pipescope-no-such-program-4c1d";
    } else if (ec.name == "directory") {
        program = dir.path().string();
    } else if (ec.name == "not_executable") {
        program = dir.file("script.sh");
        writeFile(program, "#!/bin/sh\nexit 0\n");
        ASSERT_EQ(::chmod(program.c_str(), 0644), 0);
    } else if (ec.name == "no_shebang") {
        program = dir.file("garbage");
        writeFile(program,
            std::string("\x7f"
                        "ELF garbage",
                12));
        ASSERT_EQ(::chmod(program.c_str(), 0755), 0);
    }
    const Captured c = runTrace({ "--stdout=pipe", "--", program, "arg" });
    EXPECT_EQ(c.exit.code, ec.status) << c.err;
    const std::string r = reason(c);
    EXPECT_TRUE(contains(r, ec.text)) << r;
    EXPECT_TRUE(contains(r, program)) << r;
}

INSTANTIATE_TEST_SUITE_P(Programs, ExecFailure,
    testing::Values(ExecCase { "missing_absolute", 127, "No such file or directory" },
        ExecCase { "missing_in_path", 127, "No such file or directory" },
        ExecCase { "directory", 126, "Permission denied" }, ExecCase { "not_executable", 126, "Permission denied" },
        ExecCase { "no_shebang", 126, "Exec format error" }),
    [](const testing::TestParamInfo<ExecCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Redirects that fail at run time

TEST(TraceCli, FdNotOpen)
{
    // runCaptured's spawn closes every fd >= 3 in pipescope-trace: 57 is not open there.
    for (const char* stream : { "--stdin", "--stdout", "--stderr" }) {
        const Captured c = runTrace({ std::string(stream) + "=fd:57", "--", childPath(), "exit", "0" });
        EXPECT_NE(c.exit.code, 0) << stream;
        const std::string r = reason(c);
        EXPECT_TRUE(contains(r, "57")) << r;
        EXPECT_TRUE(contains(r, "not open")) << r;
        EXPECT_FALSE(contains(c.err, "forked child")) << "nothing may be spawned: " << c.err;
    }
}

TEST(TraceCli, FileInMissingDirectory)
{
    const Captured c = runTrace({ "--stdout=file:/nonexistent-dir/x", "--", childPath(), "exit", "0" });
    EXPECT_EQ(c.exit.code, 1) << c.err;
    const std::string r = reason(c);
    EXPECT_TRUE(contains(r, "No such file or directory")) << r;
    EXPECT_TRUE(contains(r, "/nonexistent-dir/x")) << r;

    const Captured in = runTrace({ "--stdin=file:/nonexistent-dir/in", "--", childPath(), "exit", "0" });
    EXPECT_EQ(in.exit.code, 1) << in.err;
    EXPECT_TRUE(contains(reason(in), "No such file or directory"));
}

TEST(TraceCli, FileRedirectsWork)
{
    TempDir dir;
    writeFile(dir.file("in.txt"), "from a file\n");
    const Captured c = runTrace(
        { "--stdin=file:" + dir.file("in.txt"), "--stdout=file:" + dir.file("out.txt"), "--", childPath(), "cat" });
    ASSERT_EQ(c.exit.code, 0) << c.err;
    EXPECT_EQ(readFile(dir.file("out.txt")), "from a file\n");
    const Captured again = runTrace({ "--stdin=file:" + dir.file("in.txt"),
        "--stdout=file:" + dir.file("out.txt") + ":append", "--", childPath(), "cat" });
    ASSERT_EQ(again.exit.code, 0) << again.err;
    EXPECT_EQ(readFile(dir.file("out.txt")), "from a file\nfrom a file\n");
}

TEST(TraceCli, SaveToAnUnwritablePath)
{
    const Captured c
        = runTrace({ "--stdout=pipe", "--save-stdout=/nonexistent-dir/out", "--", childPath(), "exit", "0" });
    EXPECT_EQ(c.exit.code, 1) << c.err;
    EXPECT_TRUE(contains(reason(c), "--save-stdout"));
}

// ---------------------------------------------------------------------------------------------
// Children that misbehave

TEST(TraceCli, ChildExitsBeforeReadingItsInput)
{
    TempDir dir;
    const std::string big = dir.file("10mb.bin");
    writeFile(big, std::string(10 * 1024 * 1024, 'x'));
    const std::string json = dir.file("trace.json");
    const Captured c = runTrace(
        { "--stdin=pipe", "--input-file=" + big, "--json=" + json, "--", childPath(), "read-then-exit", "1000" });
    EXPECT_EQ(c.exit.code, 0) << "the child's status, not a crash: " << c.err;
    const std::string r = reason(c);
    EXPECT_TRUE(contains(r, "broken pipe (EPIPE)")) << r;
    EXPECT_TRUE(contains(r, "of " + std::to_string(10 * 1024 * 1024) + " bytes")) << r;
    const pipescope::Trace t = loadTrace(json);
    EXPECT_TRUE(hasEvent(t, EventKind::StdinBrokenPipe));
    EXPECT_GE(t.bytes[0], 1000);
    EXPECT_LT(t.bytes[0], 10 * 1024 * 1024);
}

// Makes this process the reaper of orphaned descendants for one test, so a grandchild pipescope-trace
// left behind becomes visible here instead of vanishing into init.
class SubreaperScope
{
public:
    SubreaperScope() { m_ok = ::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0; }
    ~SubreaperScope() { ::prctl(PR_SET_CHILD_SUBREAPER, 0); }
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
};

// Every child of this process, running or not; kills and reaps them so nothing outlives the test. With
// onlyRunning, a child that already ended (a zombie waiting for this process, its adoptive reaper) is reaped but
// not counted.
std::vector<int> reapLeftovers(bool onlyRunning = false)
{
    std::vector<int> found;
    const pid_t self = ::getpid();
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        if (!std::getline(stat, line) || line.rfind(')') == std::string::npos)
            continue;
        std::istringstream rest(line.substr(line.rfind(')') + 1));
        char state = 0;
        int ppid = 0;
        rest >> state >> ppid;
        if (ppid != self)
            continue;
        const int pid = std::stoi(name);
        if (!onlyRunning || state != 'Z')
            found.push_back(pid);
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
    }
    return found;
}

TEST(TraceCli, TimeoutKillsAndReaps)
{
    SubreaperScope reaper;
    ASSERT_TRUE(reaper.ok());
    TempDir dir;
    const std::string json = dir.file("trace.json");
    const auto start = std::chrono::steady_clock::now();
    const Captured c = runTrace({ "--timeout=0.3", "--json=" + json, "--", childPath(), "sleep", "30" });
    const auto elapsed = std::chrono::steady_clock::now() - start;
    // A hang guard, not a performance test.
    EXPECT_LT(elapsed, std::chrono::seconds(10));
    EXPECT_EQ(c.exit.code, 124) << c.err;
    const std::string r = reason(c);
    EXPECT_TRUE(contains(r, "timed out")) << r;
    EXPECT_TRUE(reapLeftovers().empty()) << "the sleeping child outlived pipescope-trace";
    EXPECT_TRUE(zombieChildren().empty());
    const pipescope::Trace t = loadTrace(json);
    EXPECT_TRUE(hasEvent(t, EventKind::TimedOut));
    EXPECT_TRUE(hasEvent(t, EventKind::ChildKilled));
    ASSERT_TRUE(t.exit.has_value());
    EXPECT_TRUE(t.exit->signaled);
    EXPECT_EQ(t.exit->code, SIGKILL);
}

TEST(TraceCli, TimeoutWithPipesOpen)
{
    // The child holds its stdout pipe open and writes nothing: the timeout must still fire.
    SubreaperScope reaper;
    ASSERT_TRUE(reaper.ok());
    const auto start = std::chrono::steady_clock::now();
    const Captured c = runTrace(
        { "--timeout=0.3", "--stdin=pipe", "--stdout=pipe", "--stderr=pipe", "--", childPath(), "sleep", "30" });
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
    EXPECT_EQ(c.exit.code, 124) << c.err;
    EXPECT_TRUE(reapLeftovers().empty());
}

TEST(TraceCli, TimeoutNamesTheGrandchildHoldingStdoutAndEndsIt)
{
    // The child exits at once, but the sleep it started in the background keeps its stdout: no EOF for 60 s.
    SubreaperScope reaper;
    ASSERT_TRUE(reaper.ok());
    const auto start = std::chrono::steady_clock::now();
    const Captured c = runTrace({ "--timeout=2", "--stdout=pipe", "--", "/bin/sh", "-c", "sleep 60 & echo hi" });
    const auto elapsed = std::chrono::steady_clock::now() - start;
    std::cout << "timeout with a grandchild holding stdout: exit after "
              << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms\n";
    // The goal is 3 s; the bound leaves room for a loaded machine and the sanitizer build.
    EXPECT_LT(elapsed, std::chrono::seconds(5));
    EXPECT_EQ(c.exit.code, 124) << c.err;
    EXPECT_TRUE(contains(c.err, "stdout was still held open by pid")) << c.err;
    EXPECT_TRUE(contains(c.err, "(sleep 60)")) << c.err;
    // The sleep was an orphan adopted by this test (a subreaper): it must be dead, left for us to reap.
    EXPECT_TRUE(reapLeftovers(true).empty()) << "the background sleep outlived pipescope-trace";
}

TEST(TraceCli, TimeoutStopsAnOpenWaitingOnAFifo)
{
    // stdin=file: names a FIFO nobody writes to: the parent's open() waits, and the timeout must end that too.
    TempDir dir;
    const std::string fifo = dir.file("fifo");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto start = std::chrono::steady_clock::now();
    const Captured c = runTrace({ "--timeout=2", "--stdin=file:" + fifo, "--", childPath(), "cat" });
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    EXPECT_EQ(c.exit.code, 124) << c.err;
    const std::string r = reason(c);
    EXPECT_TRUE(contains(r, "timed out after 2 s")) << r;
    EXPECT_TRUE(contains(r, "it is a FIFO")) << r;
    EXPECT_TRUE(contains(r, "no child was started")) << r;
}

TEST(TraceCli, ChildClosesStdoutEarly)
{
    // stdout reaches EOF long before the child exits: the trace waits for the exit, not just for EOF.
    const Captured c = runTrace({ "--stdout=pipe", "--", childPath(), "close-stdout", "0.2" });
    EXPECT_EQ(c.exit.code, 0) << c.err;
    EXPECT_TRUE(contains(c.err, "stdout reached EOF")) << c.err;
    EXPECT_TRUE(contains(c.err, "child exited with status 0")) << c.err;
}

// ---------------------------------------------------------------------------------------------
// Usage errors: status 2 and exactly one line on stderr that names the option

struct UsageCase
{
    std::string name;
    std::vector<std::string> args;
    std::string mentions;
};

void PrintTo(const UsageCase& c, std::ostream* os)
{
    *os << c.name;
}

class UsageError : public testing::TestWithParam<UsageCase>
{
};

TEST_P(UsageError, StatusTwoAndOneLine)
{
    const UsageCase& uc = GetParam();
    const Captured c = runTrace(uc.args);
    EXPECT_EQ(c.exit.code, 2) << c.err;
    ASSERT_FALSE(c.err.empty());
    EXPECT_EQ(c.err.back(), '\n');
    EXPECT_EQ(std::ranges::count(c.err, '\n'), 1) << "stderr:\n" << c.err;
    EXPECT_TRUE(c.err.starts_with(messagePrefix)) << c.err;
    EXPECT_TRUE(contains(c.err, uc.mentions)) << c.err;
    // A one-line reason people can read: no 300-digit numbers.
    EXPECT_LE(c.err.size(), 200u) << c.err;
    EXPECT_TRUE(c.out.empty()) << c.out;
}

std::vector<UsageCase> usageCases()
{
    const std::string child = childPath();
    auto run = [&child](std::vector<std::string> options) {
        options.insert(options.end(), { "--", child, "exit", "0" });
        return options;
    };
    return {
        { "stdout_pipe_colon", run({ "--stdout=pipe:" }), "--stdout" },
        { "stdin_fd_negative", run({ "--stdin=fd:-1" }), "--stdin" },
        { "stdin_fd_abc", run({ "--stdin=fd:abc" }), "--stdin" },
        { "stdin_fd_missing_number", run({ "--stdin=fd:" }), "--stdin" },
        { "stdin_fd_huge", run({ "--stdin=fd:99999999999" }), "--stdin" },
        { "stdin_stdout", run({ "--stdin=stdout" }), "--stdin" },
        { "stdout_stdout", run({ "--stdout=stdout" }), "--stdout" },
        { "stdout_file_empty", run({ "--stdout=file:" }), "--stdout" },
        { "stderr_bogus", run({ "--stderr=bogus" }), "--stderr" },
        { "stderr_uppercase", run({ "--stderr=PIPE" }), "--stderr" },
        // An empty value is the EmptyRedirect message, not a complaint about the "--" that follows.
        { "stderr_empty", run({ "--stderr=" }), "--stderr needs a value" },
        { "input_without_stdin_pipe", run({ "--input=hello" }), "--input" },
        { "input_with_stdin_devnull", run({ "--stdin=devnull", "--input=hello" }), "--input" },
        { "input_file_without_stdin_pipe", run({ "--input-file=/dev/null" }), "--input" },
        { "input_and_input_file", run({ "--stdin=pipe", "--input=a", "--input-file=/dev/null" }), "--input" },
        { "save_stdout_without_pipe", run({ "--save-stdout=/tmp/never-written" }), "--save-stdout" },
        { "save_stderr_without_pipe", run({ "--stderr=stdout", "--save-stderr=/tmp/never-written" }), "--save-stderr" },
        { "no_program", { "--stdin=pipe" }, "no program" },
        { "nothing_at_all", {}, "no program" },
        { "lens_unknown", run({ "--lens=macos" }), "--lens" },
        { "repeat_zero", run({ "--repeat=0" }), "--repeat" },
        { "repeat_not_a_number", run({ "--repeat=many" }), "--repeat" },
        { "pipesize_zero", run({ "--pipesize=0" }), "--pipesize" },
        { "timeout_negative", run({ "--timeout=-1" }), "--timeout" },
        { "timeout_zero", run({ "--timeout=0" }), "--timeout" },
        { "timeout_nan", run({ "--timeout=nan" }), "--timeout" },
        { "unknown_option", run({ "--bogus" }), "--bogus" },
    };
}

INSTANTIATE_TEST_SUITE_P(Options, UsageError, testing::ValuesIn(usageCases()),
    [](const testing::TestParamInfo<UsageCase>& info) { return info.param.name; });

TEST(TraceCli, InputFileUnreadable)
{
    // Found only after the plan is printed: status 2 and the reason as the last line.
    const Captured c = runTrace({ "--stdin=pipe", "--input-file=/nonexistent-dir/in", "--", childPath(), "cat" });
    EXPECT_EQ(c.exit.code, 2) << c.err;
    const std::string r = reason(c);
    EXPECT_TRUE(contains(r, "--input-file")) << r;
    EXPECT_TRUE(contains(r, "No such file or directory")) << r;
    EXPECT_FALSE(contains(c.err, "forked child")) << c.err;
}

TEST(TraceCli, UsageErrorsRunNothing)
{
    TempDir dir;
    const std::string marker = dir.file("never");
    const Captured c = runTrace({ "--stdout=pipe:", "--", "/bin/sh", "-c", "echo ran > '" + marker + "'" });
    EXPECT_EQ(c.exit.code, 2);
    EXPECT_FALSE(std::filesystem::exists(marker)) << "a usage error ran the program anyway";
}

TEST(TraceCli, Help)
{
    const Captured c = runTrace({ "--help" });
    EXPECT_EQ(c.exit.code, 0);
    EXPECT_TRUE(contains(c.out, "--stdin")) << c.out;
}

// ---------------------------------------------------------------------------------------------
// --plan-only, --lens

struct PlanCase
{
    std::string name;
    std::vector<std::string> args;
    std::vector<std::string> mustContain;
    std::vector<std::string> mustNotContain;
};

void PrintTo(const PlanCase& c, std::ostream* os)
{
    *os << c.name;
}

class PlanOnly : public testing::TestWithParam<PlanCase>
{
};

TEST_P(PlanOnly, PrintsThePlanAndRunsNothing)
{
    const PlanCase& pc = GetParam();
    std::vector<std::string> args { "--plan-only" };
    args.insert(args.end(), pc.args.begin(), pc.args.end());
    const Captured c = runTrace(args);
    EXPECT_EQ(c.exit.code, 0) << c.err;
    for (const std::string& s : pc.mustContain)
        EXPECT_TRUE(contains(c.err, s)) << "missing '" << s << "' in:\n" << c.err;
    for (const std::string& s : pc.mustNotContain)
        EXPECT_FALSE(contains(c.err, s)) << "unexpected '" << s << "' in:\n" << c.err;
    EXPECT_FALSE(contains(c.err, "forked child")) << c.err;
    EXPECT_FALSE(contains(c.err, "trace:")) << c.err;
}

INSTANTIATE_TEST_SUITE_P(Plans, PlanOnly,
    testing::Values(PlanCase { "windows_stdin_pipe", { "--lens=windows", "--stdin=pipe" },
                        { "plan (windows", "CreatePipe", "p2cread", "CreateProcess" }, {} },
        // _get_handles returns (-1,)*6 when all three are None: no handle is touched at all.
        PlanCase { "windows_all_none", { "--lens=windows" }, { "plan (windows", "CreateProcess" },
            { "CreatePipe", "GetStdHandle", "STARTUPINFO" } },
        PlanCase { "posix_stdin_pipe", { "--stdin=pipe" }, { "plan (posix", "pipe() for stdin", "execve" },
            { "CreatePipe", "pipe() for stdout" } },
        PlanCase { "posix_all_none", {}, { "plan (posix" }, { "pipe() for std" } },
        // Nothing runs, so a program that does not exist is fine.
        PlanCase { "missing_program", { "--stdout=pipe", "--", "/nonexistent-dir/prog" }, { "pipe() for stdout" },
            { "cannot run" } }),
    [](const testing::TestParamInfo<PlanCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// --repeat, --pipesize

TEST(TraceCli, Repeat)
{
    const Captured c = runTrace({ "--repeat=20", "--stdout=pipe", "--", childPath(), "exit", "0" });
    EXPECT_EQ(c.exit.code, 0) << c.err;
    EXPECT_TRUE(contains(c.err, "20 runs")) << c.err;
    EXPECT_TRUE(contains(c.err, "min ")) << c.err;
    EXPECT_TRUE(contains(c.err, "median ")) << c.err;
    EXPECT_TRUE(contains(c.err, "max ")) << c.err;
}

TEST(TraceCli, RepeatSavesWhatItReports)
{
    // The summary counts the first run's bytes; the saved file must hold the bytes it counted, not N runs' worth.
    TempDir dir;
    const std::string saved = dir.file("out.txt");
    const Captured c
        = runTrace({ "--repeat=3", "--stdout=pipe", "--save-stdout=" + saved, "--", childPath(), "stderr" });
    ASSERT_EQ(c.exit.code, 0) << c.err;
    EXPECT_TRUE(contains(c.err, "stdout 3 read")) << c.err;
    EXPECT_EQ(readFile(saved), "ok\n");
}

TEST(TraceCli, PipeSize)
{
    TempDir dir;
    const std::string json = dir.file("trace.json");
    const Captured c = runTrace({ "--pipesize=1048576", "--stdout=pipe", "--save-stdout=" + dir.file("out"),
        "--json=" + json, "--", childPath(), "flood", "2000000" });
    ASSERT_EQ(c.exit.code, 0) << c.err;
    EXPECT_TRUE(readFile(dir.file("out")) == floodBytes(2'000'000));
    const pipescope::Trace t = loadTrace(json);
    const auto set = std::ranges::find(t.events, EventKind::PipeSizeSet, &pipescope::Event::kind);
    ASSERT_NE(set, t.events.end()) << c.err;
    EXPECT_GE(set->value, 1048576);
    EXPECT_EQ(set->stream, pipescope::Stream::Stdout);
    EXPECT_EQ(t.spec.pipeSize, 1048576);
}

// ---------------------------------------------------------------------------------------------
// Exit statuses pass through

class ExitStatusPassesThrough : public testing::TestWithParam<int>
{
};

TEST_P(ExitStatusPassesThrough, ChildExit)
{
    const int n = GetParam();
    const Captured c = runTrace({ "--", childPath(), "exit", std::to_string(n) });
    EXPECT_EQ(c.exit.code, n) << c.err;
    EXPECT_TRUE(contains(c.err, "child exited with status " + std::to_string(n))) << c.err;
    EXPECT_TRUE(messages(c.err).empty()) << "a child's status is not pipescope-trace's failure: " << c.err;
}

INSTANTIATE_TEST_SUITE_P(Codes, ExitStatusPassesThrough, testing::Values(0, 1, 3, 42, 125, 255));

class SignalStatus : public testing::TestWithParam<int>
{
};

TEST_P(SignalStatus, IsOneHundredTwentyEightPlusN)
{
    const int sig = GetParam();
    const Captured c = runTrace({ "--", "/bin/sh", "-c", "kill -" + std::to_string(sig) + " $$" });
    EXPECT_EQ(c.exit.code, 128 + sig) << c.err;
    const std::string r = reason(c);
    EXPECT_TRUE(contains(r, "signal " + std::to_string(sig))) << r;
}

INSTANTIATE_TEST_SUITE_P(Signals, SignalStatus, testing::Values(SIGTERM, SIGKILL, SIGINT, SIGPIPE),
    [](const testing::TestParamInfo<int>& info) { return "sig" + std::to_string(info.param); });

// The classic bug: a naive parent writes 1 MB to cat before reading, both block, and the CLI says so.
TEST(TraceCli, NaiveParentDeadlockIsReportedAndEndsWith124)
{
    TempDir dir;
    const std::string input = dir.file("input");
    writeFile(input, std::string(1 << 20, 'x'));
    const auto start = std::chrono::steady_clock::now();
    const Captured c = runTrace({ "--parent=naive", "--timeout=1", "--stdin=pipe", "--stdout=pipe",
        "--input-file=" + input, "--", childPath(), "cat" });
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
    EXPECT_EQ(c.exit, (ExitStatus { .code = 124 }));
    EXPECT_NE(c.err.find("deadlock: the parent is blocked in write("), std::string::npos) << c.err;
    EXPECT_NE(c.err.find("the child in write(1): pipe full"), std::string::npos) << c.err;
    EXPECT_NE(c.err.find("killed and reaped"), std::string::npos);
    EXPECT_TRUE(zombieChildren().empty());
}

// Popen.wait() before reading a stdout pipe the child fills: the parent sleeps in waitid, the child in write(1).
TEST(TraceCli, WaitFirstParentDeadlockIsReportedAndEndsWith124)
{
    const auto start = std::chrono::steady_clock::now();
    const Captured c
        = runTrace({ "--parent=wait-first", "--timeout=1", "--stdout=pipe", "--", childPath(), "flood", "1M" });
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
    EXPECT_EQ(c.exit, (ExitStatus { .code = 124 }));
    EXPECT_NE(c.err.find("deadlock: the parent is blocked in wait: waiting for the child to exit"), std::string::npos)
        << c.err;
    EXPECT_NE(c.err.find("the child in write(1): pipe full"), std::string::npos) << c.err;
    EXPECT_TRUE(zombieChildren().empty());
}

// With output that fits the pipe, wait() first is harmless: the child exits, then the parent reads it all.
TEST(TraceCli, WaitFirstParentWithLittleOutputCompletes)
{
    const Captured c
        = runTrace({ "--parent=wait-first", "--timeout=30", "--stdout=pipe", "--", childPath(), "flood", "4K" });
    EXPECT_EQ(c.exit, ExitStatus {}) << c.err;
    EXPECT_EQ(c.err.find("deadlock"), std::string::npos) << c.err;
    EXPECT_NE(c.err.find("stdout 4096 read"), std::string::npos) << c.err;
}

TEST(TraceCli, NaiveParentWithLittleInputCompletes)
{
    const Captured c = runTrace({ "--parent=naive", "--timeout=30", "--stdin=pipe", "--stdout=pipe",
        "--input=write data:0\r\n", "--", childPath(), "echo" });
    EXPECT_EQ(c.exit, ExitStatus {}) << c.err;
    EXPECT_EQ(c.err.find("deadlock"), std::string::npos) << c.err;
    EXPECT_NE(c.err.find("stdout 49 read"), std::string::npos) << c.err;
}

TEST(TraceCli, CommunicateNeverDeadlocksOnTheSameInput)
{
    TempDir dir;
    const std::string input = dir.file("input");
    writeFile(input, std::string(1 << 20, 'x'));
    const Captured c = runTrace({ "--parent=communicate", "--timeout=30", "--stdin=pipe", "--stdout=pipe",
        "--input-file=" + input, "--", childPath(), "cat" });
    EXPECT_EQ(c.exit, ExitStatus {}) << c.err;
    EXPECT_NE(c.err.find("stdout 1048576 read"), std::string::npos) << c.err;
}

TEST(TraceCli, BadParentPolicyIsAUsageError)
{
    const Captured c = runTrace({ "--parent=lazy", "--", childPath(), "exit", "0" });
    EXPECT_EQ(c.exit, (ExitStatus { .code = 2 }));
    EXPECT_NE(c.err.find("--parent=lazy"), std::string::npos);
}

TEST(TraceCli, StepModePrintsBothTablesAfterEveryStep)
{
    TempDir dir;
    const std::string json = dir.file("trace.json");
    const Captured c = runTrace(
        { "--step", "--stdin=pipe", "--stdout=pipe", "--input=hi\n", "--json=" + json, "--", childPath(), "echo" });
    EXPECT_EQ(c.exit, ExitStatus {}) << c.err;
    EXPECT_NE(c.err.find("step 1/13  parent: pipe() for stdin"), std::string::npos) << c.err;
    EXPECT_NE(c.err.find("step 13/13"), std::string::npos);
    EXPECT_NE(c.err.find("child fds (pid "), std::string::npos);
    auto trace = traceFromJson(readFile(json));
    ASSERT_TRUE(trace);
    // Before the first step too (the window and the web page start there): the parent's 0-2, no child yet.
    ASSERT_EQ(trace->steps.size(), 14u);
    EXPECT_EQ(trace->steps[0].position, 0u);
    EXPECT_TRUE(trace->steps[0].stepId.empty());
    EXPECT_FALSE(trace->steps[0].childFds);
    EXPECT_TRUE(std::ranges::all_of(trace->steps[0].parentFds, [](const FdEntry& e) { return e.fd <= 2; }));
    EXPECT_EQ(trace->steps[6].stepId, "posix.child.dup2.stdin");
    ASSERT_TRUE(trace->steps[6].childFds);
    const FdEntry* in = findFd(*trace->steps[6].childFds, 0);
    ASSERT_NE(in, nullptr);
    EXPECT_EQ(in->kind, FdKind::Pipe);
    EXPECT_EQ(trace->exit, ExitStatus {});
}

TEST(TraceCli, StepModeExecFailureIsItsOwnStep)
{
    const Captured c = runTrace({ "--step", "--stdin=pipe", "--", "/nonexistent/program" });
    EXPECT_EQ(c.exit, (ExitStatus { .code = 127 }));
    EXPECT_NE(c.err.find("execve(\"/nonexistent/program\") failed: No such file or directory"), std::string::npos)
        << c.err;
    EXPECT_TRUE(zombieChildren().empty());
}

} // namespace
