// SPDX-License-Identifier: GPL-3.0-or-later
// Run mode end to end: errors are reported as data and leave nothing behind; data arrives byte-exact.

#include "testsupport.h"

#include "inspect/fdtable.h"
#include "popen/process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace pipescope;
using namespace pipescope::test;

namespace {

SpawnSpec specOf(std::vector<std::string> argv, Redirect in = {}, Redirect out = {}, Redirect err = {})
{
    SpawnSpec spec;
    spec.argv = std::move(argv);
    spec.redirects = { std::move(in), std::move(out), std::move(err) };
    return spec;
}

// Checks that a failing spawn left no fd and no child behind.
class SpawnFailure : public testing::Test
{
protected:
    void SetUp() override { m_fds = openFdCount(); }
    void TearDown() override
    {
        EXPECT_EQ(openFdCount(), m_fds) << "fds leaked";
        EXPECT_TRUE(zombieChildren().empty()) << "zombie left";
    }
    int m_fds = 0;
};

TEST_F(SpawnFailure, MissingProgramIsExecFailedEnoent)
{
    auto r = spawn(specOf({ "pipescope-no-such-program" }, Redirect::pipe(), Redirect::pipe(), Redirect::pipe()));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::ExecFailed);
    EXPECT_EQ(r.error().sysErrno, ENOENT);
    EXPECT_EQ(r.error().subject, "pipescope-no-such-program");
}

TEST_F(SpawnFailure, DirectoryAsProgramIsEacces)
{
    auto r = spawn(specOf({ "/tmp" }));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::ExecFailed);
    EXPECT_EQ(r.error().sysErrno, EACCES);
}

TEST_F(SpawnFailure, NonExecutableFileIsEacces)
{
    TempDir dir;
    const std::string script = dir.file("not-executable");
    writeFile(script, "#!/bin/sh\necho hi\n");
    ::chmod(script.c_str(), 0644);
    auto r = spawn(specOf({ script }, {}, Redirect::pipe()));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::ExecFailed);
    EXPECT_EQ(r.error().sysErrno, EACCES);
}

TEST_F(SpawnFailure, FdThatIsNotOpen)
{
    auto r = spawn(specOf({ childPath(), "exit", "0" }, Redirect::fromFd(987)));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::FdNotOpen);
    EXPECT_EQ(r.error().stream, Stream::Stdin);
    EXPECT_EQ(r.error().subject, "987");
}

TEST_F(SpawnFailure, MissingInputFile)
{
    auto r = spawn(specOf({ childPath(), "exit", "0" }, Redirect::file("/nonexistent/input.txt"), Redirect::pipe()));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::SystemCall);
    EXPECT_EQ(r.error().call, "open");
    EXPECT_EQ(r.error().sysErrno, ENOENT);
    EXPECT_EQ(r.error().stream, Stream::Stdin);
}

TEST_F(SpawnFailure, UnwritableOutputFile)
{
    TempDir dir;
    // A directory cannot be opened for writing, not even by root.
    auto r
        = spawn(specOf({ childPath(), "exit", "0" }, Redirect::pipe(), Redirect::pipe(), Redirect::file(dir.path())));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().sysErrno, EISDIR);
    EXPECT_EQ(r.error().stream, Stream::Stderr);
}

TEST_F(SpawnFailure, EmptyCommand)
{
    auto r = spawn(specOf({}));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::EmptyCommand);
}

TEST_F(SpawnFailure, ExecFailureIsAnEventOfThePlan)
{
    std::vector<Event> events;
    auto r = spawn(specOf({ "/nonexistent/prog" }, Redirect::pipe()), &events);
    ASSERT_FALSE(r);
    const auto failed = std::ranges::find(events, EventKind::ExecFailed, &Event::kind);
    ASSERT_NE(failed, events.end());
    EXPECT_EQ(failed->value, ENOENT);
    EXPECT_EQ(failed->stepId, "posix.exec");
    EXPECT_EQ(std::ranges::count(events, EventKind::Exec, &Event::kind), 0);
    EXPECT_EQ(std::ranges::count(events, EventKind::ErrPipeEof, &Event::kind), 0);
}

TEST(Spawn, SeedDemoEchoesTenLines)
{
    std::string input;
    for (int i = 0; i < 10; ++i)
        input += "write data:" + std::to_string(i) + "\r\n";
    const Captured c = runCaptured({ childPath(), "echo" }, input);
    EXPECT_EQ(c.exit, ExitStatus {});
    EXPECT_TRUE(c.out.starts_with("child process start\n"));
    for (int i = 0; i < 10; ++i)
        EXPECT_NE(c.out.find(">>>get std in write data:" + std::to_string(i) + "\r\n"), std::string::npos) << i;
}

TEST(Spawn, BinaryBytesPassThroughByteExact)
{
    std::string input;
    for (int i = 0; i < 1 << 20; ++i)
        input.push_back(static_cast<char>((i * 7919) & 0xff)); // every byte value, no line structure
    const Captured c = runCaptured({ childPath(), "cat" }, input);
    EXPECT_EQ(c.exit, ExitStatus {});
    EXPECT_EQ(c.out.size(), input.size());
    EXPECT_TRUE(c.out == input);
}

TEST(Spawn, StderrToStdoutMergesIntoOnePipe)
{
    auto spawned = spawn(
        specOf({ childPath(), "stderr", "to the same pipe" }, {}, Redirect::pipe(), Redirect::stdoutRedirect()));
    ASSERT_TRUE(spawned);
    EXPECT_FALSE(spawned->stderrPipe.valid());
    std::string out;
    CommunicateOptions o;
    o.sink = [&out](Stream s, std::span<const std::byte> d) {
        EXPECT_EQ(s, Stream::Stdout);
        out.append(reinterpret_cast<const char*>(d.data()), d.size());
    };
    auto r = communicate(*spawned, o);
    ASSERT_TRUE(r);
    EXPECT_NE(out.find("to the same pipe"), std::string::npos);
    EXPECT_NE(out.find("ok"), std::string::npos);
}

TEST(Spawn, EarlyExitingReaderGivesEpipeNotDeath)
{
    const std::string input(10 * 1024 * 1024, 'x');
    auto spawned = spawn(specOf({ childPath(), "read-then-exit", "1000" }, Redirect::pipe()));
    ASSERT_TRUE(spawned);
    std::vector<Event> events;
    CommunicateOptions o;
    o.input = std::as_bytes(std::span(input));
    o.timeout = std::chrono::seconds(60);
    auto r = communicate(*spawned, o, &events);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->stdinBrokenPipe);
    EXPECT_LT(r->bytesWritten, static_cast<std::int64_t>(input.size()));
    EXPECT_GE(r->bytesWritten, 1000);
    EXPECT_EQ(r->exit, ExitStatus {});
    EXPECT_EQ(std::ranges::count(events, EventKind::StdinBrokenPipe, &Event::kind), 1);
}

// stderr=STDOUT: one pipe, so the bytes keep the order of the child's write() calls. With C stdio's own buffering
// (stdout fully buffered on a pipe, stderr unbuffered) that is not the order of the prints; unbuffered, it is.
TEST(Spawn, StderrToStdoutKeepsTheOrderOfTheWritesNotOfThePrints)
{
    const auto merged = [](std::vector<std::string> argv) {
        auto spawned = spawn(specOf(std::move(argv), {}, Redirect::pipe(), Redirect::stdoutRedirect()));
        EXPECT_TRUE(spawned);
        std::string out;
        CommunicateOptions o;
        o.sink = [&out](Stream, std::span<const std::byte> d) {
            out.append(reinterpret_cast<const char*>(d.data()), d.size());
        };
        EXPECT_TRUE(spawned && communicate(*spawned, o));
        return out;
    };
    EXPECT_EQ(merged({ childPath(), "mixed" }),
        "2: printed to stderr\n4: printed to stderr\n1: printed to stdout\n3: printed to stdout\n");
    EXPECT_EQ(merged({ childPath(), "mixed", "--buffering=none" }),
        "1: printed to stdout\n2: printed to stderr\n3: printed to stdout\n4: printed to stderr\n");
    const Captured bad = runCaptured({ childPath(), "mixed", "--buffering=line" }, {});
    EXPECT_EQ(bad.exit, (ExitStatus { .signaled = false, .code = 2 }));
}

TEST(Spawn, ChildThatNeverExitsIsKilledAtTimeout)
{
    auto spawned = spawn(specOf({ childPath(), "sleep", "60" }, Redirect::pipe(), Redirect::pipe()));
    ASSERT_TRUE(spawned);
    const pid_t pid = spawned->child.pid();
    CommunicateOptions o;
    const std::string input = "never read";
    o.input = std::as_bytes(std::span(input));
    o.timeout = std::chrono::milliseconds(200);
    auto r = communicate(*spawned, o);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->timedOut);
    EXPECT_EQ(r->exit, (ExitStatus { .signaled = true, .code = SIGKILL }));
    EXPECT_NE(::kill(pid, 0), 0) << "the child must be gone (reaped)";
    EXPECT_TRUE(zombieChildren().empty());
}

TEST(Spawn, ChildKilledMidFloodReportsTheSignal)
{
    auto spawned = spawn(specOf({ childPath(), "flood", "100G" }, {}, Redirect::pipe()));
    ASSERT_TRUE(spawned);
    std::int64_t seen = 0;
    CommunicateOptions o;
    o.timeout = std::chrono::seconds(60);
    const pid_t pid = spawned->child.pid(); // communicate() takes the child over
    ASSERT_GT(pid, 0);
    o.sink = [&seen, pid](Stream, std::span<const std::byte> d) {
        seen += static_cast<std::int64_t>(d.size());
        if (seen > (8 << 20))
            ::kill(pid, SIGKILL); // only the signal; communicate() reaps
    };
    auto r = communicate(*spawned, o);
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->timedOut);
    EXPECT_EQ(r->exit, (ExitStatus { .signaled = true, .code = SIGKILL }));
    EXPECT_EQ(r->bytesRead[1], seen) << "every byte read was counted";
}

TEST(Spawn, ChildHasDefaultSigpipeWhileParentIgnoresIt)
{
    auto spawned = spawn(specOf({ childPath(), "flood", "1G" }, {}, Redirect::pipe()));
    ASSERT_TRUE(spawned);
    spawned->stdoutPipe.reset(); // the reader goes away
    EXPECT_EQ(spawned->child.wait(), (ExitStatus { .signaled = true, .code = SIGPIPE }));
    struct sigaction sa
    {
    };
    ::sigaction(SIGPIPE, nullptr, &sa);
    EXPECT_EQ(sa.sa_handler, SIG_IGN);
}

TEST(Spawn, PipeSizeIsSetOnEveryPipe)
{
    SpawnSpec spec = specOf({ childPath(), "exit", "0" }, Redirect::pipe(), Redirect::pipe(), Redirect::pipe());
    spec.pipeSize = 1 << 20;
    std::vector<Event> events;
    auto spawned = spawn(spec, &events);
    ASSERT_TRUE(spawned);
    for (const UniqueFd* fd : { &spawned->stdinPipe, &spawned->stdoutPipe, &spawned->stderrPipe })
        EXPECT_EQ(::fcntl(fd->get(), F_GETPIPE_SZ), 1 << 20);
    EXPECT_EQ(std::ranges::count(events, EventKind::PipeSizeSet, &Event::kind), 3);
}

TEST(Spawn, DefaultPipeSizeIsTheKernels)
{
    auto spawned = spawn(specOf({ childPath(), "exit", "0" }, {}, Redirect::pipe()));
    ASSERT_TRUE(spawned);
    EXPECT_EQ(::fcntl(spawned->stdoutPipe.get(), F_GETPIPE_SZ), 64 * 1024);
}

TEST(Spawn, PassFdsSurviveCloseFds)
{
    UniqueFd keep(::open("/dev/zero", O_RDONLY | O_CLOEXEC));
    UniqueFd drop(::open("/dev/zero", O_RDONLY));
    SpawnSpec spec = specOf({ childPath(), "sleep", "30" });
    spec.passFds = { keep.get() };
    auto spawned = spawn(spec);
    ASSERT_TRUE(spawned);
    auto table = inspectFds(spawned->child.pid());
    ASSERT_TRUE(table);
    const FdEntry* kept = findFd(*table, keep.get());
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(kept->target, "/dev/zero");
    EXPECT_FALSE(kept->cloexec);
    EXPECT_EQ(findFd(*table, drop.get()), nullptr) << "an inheritable fd survived close_fds";
}

TEST(Spawn, WorkingDirectory)
{
    TempDir dir;
    SpawnSpec spec = specOf({ "pwd" }, {}, Redirect::pipe());
    spec.cwd = dir.path().string();
    auto spawned = spawn(spec);
    ASSERT_TRUE(spawned);
    std::string out;
    CommunicateOptions o;
    o.sink = [&out](Stream, std::span<const std::byte> d) {
        out.append(reinterpret_cast<const char*>(d.data()), d.size());
    };
    ASSERT_TRUE(communicate(*spawned, o));
    EXPECT_EQ(out, dir.path().string() + "\n");
}

TEST(Spawn, DroppingAChildKillsAndReapsIt)
{
    pid_t pid = 0;
    {
        auto spawned = spawn(specOf({ childPath(), "sleep", "60" }, Redirect::pipe(), Redirect::pipe()));
        ASSERT_TRUE(spawned);
        pid = spawned->child.pid();
    }
    EXPECT_NE(::kill(pid, 0), 0);
    EXPECT_TRUE(zombieChildren().empty());
}

TEST(Spawn, ThousandSpawnsLeaveNoFdAndNoZombie)
{
    const int fdsBefore = openFdCount();
    for (int i = 0; i < 1000; ++i) {
        auto spawned
            = spawn(specOf({ childPath(), "exit", "0" }, Redirect::pipe(), Redirect::pipe(), Redirect::pipe()));
        ASSERT_TRUE(spawned) << "spawn " << i;
        spawned->stdinPipe.reset();
        spawned->stdoutPipe.reset();
        spawned->stderrPipe.reset();
        ASSERT_EQ(spawned->child.wait(), ExitStatus {});
    }
    EXPECT_EQ(openFdCount(), fdsBefore);
    EXPECT_TRUE(zombieChildren().empty());
}

TEST(Spawn, ExitCodeAndSignalAreReported)
{
    EXPECT_EQ(runCaptured({ childPath(), "exit", "7" }).exit, (ExitStatus { .code = 7 }));
    EXPECT_EQ(runCaptured({ "sh", "-c", "kill -TERM $$" }).exit, (ExitStatus { .signaled = true, .code = SIGTERM }));
    EXPECT_EQ((ExitStatus { .signaled = true, .code = SIGTERM }).shellStatus(), 143);
}

} // namespace

// A FIFO given as stdin's file: open() waits for a writer. Cancelling from another thread ends the wait at once,
// with nothing left open or started.
TEST_F(SpawnFailure, CancellingAnOpenThatWaitsOnAFifo)
{
    TempDir dir;
    const std::string fifo = dir.file("fifo");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const int fdsBefore = openFdCount();
    Cancellation cancellation;
    std::thread canceller([&cancellation, fifo] {
        // Only once the setup really waits in open(): the FIFO is what it waits on.
        while (cancellation.waitingOn() != fifo)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        cancellation.cancel();
    });
    const auto start = std::chrono::steady_clock::now();
    auto spawned = spawn(specOf({ childPath(), "cat" }, Redirect::file(fifo)), nullptr, &cancellation);
    canceller.join();
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
    ASSERT_FALSE(spawned);
    EXPECT_EQ(spawned.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(spawned.error().subject, fifo);
    EXPECT_EQ(openFdCount(), fdsBefore) << "the FIFO's fds are closed";
    EXPECT_TRUE(cancellation.waitingOn().empty());
}
