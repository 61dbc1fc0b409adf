// SPDX-License-Identifier: GPL-3.0-or-later
// Faults end to end through core: a child killed mid-flood, a child that closes stdout or stdin early, a 10 MiB
// line, fork refused by RLIMIT_NPROC, pipe() refused by RLIMIT_NOFILE. Each is reported exactly, as data, and
// leaves no fd and no child behind.

#include "testsupport.h"
#include "usage.h"

#include "popen/process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <grp.h>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace pipescope;
using namespace pipescope::test;

namespace {

// pipescope-child's flood: byte i is kFloodPattern[i % 64] (app/child/modes.cpp).
constexpr std::string_view kFloodPattern = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-\n";
constexpr std::int64_t kMiB = 1024 * 1024;

SpawnSpec specOf(std::vector<std::string> argv, Redirect in = {}, Redirect out = {}, Redirect err = {})
{
    SpawnSpec spec;
    spec.argv = std::move(argv);
    spec.redirects = { std::move(in), std::move(out), std::move(err) };
    return spec;
}

// Checks a flood as it streams by, without keeping it: the offset of the first wrong byte, if any.
class FloodChecker
{
public:
    void feed(std::span<const std::byte> data)
    {
        for (std::byte b : data) {
            if (!m_firstMismatch
                && static_cast<char>(b) != kFloodPattern[static_cast<size_t>(m_bytes % kFloodPattern.size())])
                m_firstMismatch = m_bytes;
            ++m_bytes;
        }
    }
    std::int64_t bytes() const { return m_bytes; }
    std::optional<std::int64_t> firstMismatch() const { return m_firstMismatch; }

private:
    std::int64_t m_bytes = 0;
    std::optional<std::int64_t> m_firstMismatch;
};

std::int64_t dataReadBytes(const std::vector<Event>& events, Stream s)
{
    std::int64_t total = 0;
    for (const Event& e : events)
        if (e.kind == EventKind::DataRead && e.stream == s)
            total += e.bytes;
    return total;
}

const Event* findEvent(const std::vector<Event>& events, EventKind kind, std::optional<Stream> stream = {})
{
    const auto it = std::ranges::find_if(
        events, [&](const Event& e) { return e.kind == kind && (!stream || e.stream == stream); });
    return it == events.end() ? nullptr : &*it;
}

// Every fault must leave this process as it was.
class Fault : public testing::Test
{
protected:
    void SetUp() override { m_fds = openFdCount(); }
    void TearDown() override
    {
        EXPECT_EQ(openFdCount(), m_fds) << "fds leaked";
        const auto children = childProcesses();
        EXPECT_TRUE(children.empty()) << "children left: " << describe(children);
    }
    int m_fds = 0;
};

TEST_F(Fault, ChildKilledMidFloodCountersExactAndSignalReported)
{
    auto spawned = spawn(specOf({ childPath(), "flood", "1G" }, {}, Redirect::pipe(), Redirect::pipe()));
    ASSERT_TRUE(spawned);
    FloodChecker stdoutSeen;
    std::int64_t stderrSeen = 0;
    bool killed = false;
    const pid_t pid = spawned->child.pid(); // communicate() takes the child over
    ASSERT_GT(pid, 0);
    CommunicateOptions options;
    options.timeout = std::chrono::seconds(60);
    // Killed from the sink: the child is certainly mid-flood, with a full pipe behind what was read so far.
    options.sink = [&](Stream s, std::span<const std::byte> data) {
        if (s == Stream::Stdout)
            stdoutSeen.feed(data);
        else
            stderrSeen += static_cast<std::int64_t>(data.size());
        if (!killed && stdoutSeen.bytes() >= 4 * kMiB) {
            ::kill(pid, SIGKILL);
            killed = true;
        }
    };
    std::vector<Event> events;
    auto result = communicate(*spawned, options, &events);
    ASSERT_TRUE(result);
    ASSERT_TRUE(killed);

    EXPECT_EQ(result->exit, (ExitStatus { .signaled = true, .code = SIGKILL }));
    EXPECT_EQ(result->exit.shellStatus(), 128 + SIGKILL);
    EXPECT_FALSE(result->timedOut);
    // What was read is exactly what the counters say, byte for byte the flood's prefix.
    EXPECT_EQ(result->bytesRead[1], stdoutSeen.bytes());
    EXPECT_EQ(dataReadBytes(events, Stream::Stdout), stdoutSeen.bytes());
    EXPECT_GE(stdoutSeen.bytes(), 4 * kMiB);
    EXPECT_LT(stdoutSeen.bytes(), 1024 * kMiB) << "the flood was cut short";
    EXPECT_FALSE(stdoutSeen.firstMismatch()) << "wrong byte at offset " << stdoutSeen.firstMismatch().value_or(-1);
    EXPECT_EQ(result->bytesRead[2], 0);
    EXPECT_EQ(stderrSeen, 0) << "a killed child says nothing";
    EXPECT_TRUE(findEvent(events, EventKind::StreamEof, Stream::Stdout));
    EXPECT_TRUE(findEvent(events, EventKind::StreamEof, Stream::Stderr));
    const Event* signaled = findEvent(events, EventKind::ChildSignaled);
    ASSERT_TRUE(signaled);
    EXPECT_EQ(signaled->value, SIGKILL);
    EXPECT_EQ(signaled->pid, pid);
    EXPECT_FALSE(findEvent(events, EventKind::ChildExited));
}

TEST_F(Fault, ChildClosingStdoutEarlyGivesEofWhileItRunsThenExitZero)
{
    auto spawned
        = spawn(specOf({ childPath(), "close-stdout", "0.5" }, Redirect::pipe(), Redirect::pipe(), Redirect::pipe()));
    ASSERT_TRUE(spawned);
    // Read stdout to EOF by hand: EOF must come while the child still sleeps with its stdout closed.
    char buffer[256];
    ssize_t n = -1;
    std::int64_t stdoutBytes = 0;
    while ((n = ::read(spawned->stdoutPipe.get(), buffer, sizeof buffer)) != 0) {
        if (n < 0 && errno == EINTR)
            continue;
        ASSERT_GT(n, 0) << std::strerror(errno);
        stdoutBytes += n;
    }
    EXPECT_FALSE(spawned->child.tryWait()) << "EOF on stdout came only when the child ended";
    spawned->stdoutPipe.reset();

    std::string err;
    CommunicateOptions options;
    options.timeout = std::chrono::seconds(30);
    options.sink = [&](Stream, std::span<const std::byte> data) {
        err.append(reinterpret_cast<const char*>(data.data()), data.size());
    };
    std::vector<Event> events;
    auto result = communicate(*spawned, options, &events);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->exit, ExitStatus {});
    EXPECT_EQ(stdoutBytes, 0);
    EXPECT_EQ(err, "") << "nothing went wrong in the child";
    EXPECT_EQ(result->bytesRead[2], 0);
    EXPECT_TRUE(findEvent(events, EventKind::StdinClosed));
    const Event* eof = findEvent(events, EventKind::StreamEof, Stream::Stderr);
    const Event* exited = findEvent(events, EventKind::ChildExited);
    ASSERT_TRUE(eof && exited);
    EXPECT_EQ(exited->value, 0);
    EXPECT_LE(eof->timeNs, exited->timeNs);
}

TEST_F(Fault, TenMebibyteFloodArrivesByteExact)
{
    FloodChecker seen;
    auto spawned = spawn(specOf({ childPath(), "flood", "10M" }, {}, Redirect::pipe(), Redirect::pipe()));
    ASSERT_TRUE(spawned);
    CommunicateOptions options;
    options.timeout = std::chrono::seconds(60);
    options.sink = [&](Stream s, std::span<const std::byte> data) {
        if (s == Stream::Stdout)
            seen.feed(data);
    };
    auto result = communicate(*spawned, options);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->exit, ExitStatus {});
    EXPECT_EQ(seen.bytes(), 10 * kMiB);
    EXPECT_EQ(result->bytesRead[1], 10 * kMiB);
    EXPECT_EQ(result->bytesRead[2], 0);
    EXPECT_FALSE(seen.firstMismatch()) << "wrong byte at offset " << seen.firstMismatch().value_or(-1);
}

// The flood has a newline every 64 bytes; a real 10 MiB line without one goes through cat, both ways at once.
TEST_F(Fault, TenMebibyteLineWithoutNewlineThroughCatArrivesByteExact)
{
    std::string line(static_cast<size_t>(10 * kMiB), '\0');
    for (size_t i = 0; i < line.size(); ++i)
        line[i] = kFloodPattern[i % (kFloodPattern.size() - 1)]; // never the '\n'
    const Captured c = runCaptured({ childPath(), "cat" }, line);
    EXPECT_EQ(c.exit, ExitStatus {});
    EXPECT_EQ(c.out.size(), line.size());
    EXPECT_TRUE(c.out == line) << "first difference at offset "
                               << std::distance(c.out.begin(),
                                      std::mismatch(c.out.begin(), c.out.end(), line.begin(), line.end()).first);
    EXPECT_EQ(c.err, "");
}

TEST_F(Fault, ChildClosingStdinWhileTheParentWritesIsEpipeAndTheParentLives)
{
    const std::string input(static_cast<size_t>(8 * kMiB), 'x');
    auto spawned = spawn(specOf({ childPath(), "read-then-exit", "1K" }, Redirect::pipe(), Redirect::pipe()));
    ASSERT_TRUE(spawned);
    CommunicateOptions options;
    options.input = std::as_bytes(std::span(input));
    options.timeout = std::chrono::seconds(60);
    std::vector<Event> events;
    auto result = communicate(*spawned, options, &events);
    ASSERT_TRUE(result);

    EXPECT_TRUE(result->stdinBrokenPipe);
    EXPECT_EQ(result->exit, ExitStatus {}) << "the child read what it wanted and exited normally";
    EXPECT_GE(result->bytesWritten, 1024);
    EXPECT_LT(result->bytesWritten, static_cast<std::int64_t>(input.size()));
    const Event* broken = findEvent(events, EventKind::StdinBrokenPipe, Stream::Stdin);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->value, EPIPE);
    EXPECT_EQ(broken->bytes, result->bytesWritten);
    EXPECT_TRUE(findEvent(events, EventKind::StdinClosed, Stream::Stdin));
    // Still here: SIGPIPE did not kill the parent, and it stays ignored.
    struct sigaction sa
    {
    };
    ASSERT_EQ(::sigaction(SIGPIPE, nullptr, &sa), 0);
    EXPECT_EQ(sa.sa_handler, SIG_IGN);
}

// ---------------------------------------------------------------------------------------------
// fork refused

// What the helper process saw, sent back through a pipe.
struct ForkOutcome
{
    int stage = 0; // 0: spawn ran; otherwise which preparation failed (errno in sysErrno)
    bool ok = false; // spawn succeeded (it must not)
    ErrorCode code = ErrorCode::Malformed;
    int sysErrno = 0;
    char call[32] {};
    int fdsBefore = -1;
    int fdsAfter = -1;
    int childrenAfter = -1;
};

// Tasks (threads) whose real uid is uid: what RLIMIT_NPROC counts.
int tasksOfUser(uid_t uid)
{
    namespace fs = std::filesystem;
    int n = 0;
    std::error_code ec;
    for (auto it = fs::directory_iterator("/proc", ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue; // "self" and "thread-self" would count this process twice
        std::ifstream status(it->path() / "status");
        std::string line;
        while (std::getline(status, line)) {
            if (!line.starts_with("Uid:"))
                continue;
            if (std::stoul(line.substr(4)) == uid) {
                std::error_code taskEc;
                for (auto t = fs::directory_iterator(it->path() / "task", taskEc);
                     !taskEc && t != fs::directory_iterator(); t.increment(taskEc))
                    ++n;
            }
            break;
        }
    }
    return n;
}

[[noreturn]] void sendAndExit(int reportFd, const ForkOutcome& out)
{
    [[maybe_unused]] const ssize_t n = ::write(reportFd, &out, sizeof out);
    ::_exit(0); // no atexit work (LeakSanitizer's included) in a forked copy of the test
}

[[noreturn]] void forkHelper(int reportFd)
{
    ForkOutcome out;
    auto send = [&] { sendAndExit(reportFd, out); };
    // Root is exempt from RLIMIT_NPROC: as CI runs as root, become nobody first.
    if (::geteuid() == 0
        && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0 || ::geteuid() == 0)) {
        out.stage = 1;
        out.sysErrno = errno;
        send();
    }
    const int tasks = tasksOfUser(::getuid());
    const rlimit limit { .rlim_cur = static_cast<rlim_t>(tasks), .rlim_max = static_cast<rlim_t>(tasks) };
    if (::setrlimit(RLIMIT_NPROC, &limit) != 0) {
        out.stage = 2;
        out.sysErrno = errno;
        send();
    }
    out.fdsBefore = openFdCount();
    auto r = spawn(specOf({ childPath(), "exit", "0" }, Redirect::pipe(), Redirect::pipe(), Redirect::pipe()));
    out.ok = r.ok();
    if (!r) {
        out.code = r.error().code;
        out.sysErrno = r.error().sysErrno;
        std::strncpy(out.call, r.error().call.c_str(), sizeof out.call - 1);
    }
    out.fdsAfter = openFdCount();
    out.childrenAfter = static_cast<int>(childProcesses().size());
    sendAndExit(reportFd, out);
}

TEST_F(Fault, ForkRefusedByRlimitNprocIsACleanEagainError)
{
    int report[2];
    ASSERT_EQ(::pipe2(report, O_CLOEXEC), 0);
    // A helper process takes the limits: they cannot be undone (setuid) and would hit every test after this one.
    const pid_t helper = ::fork();
    ASSERT_GE(helper, 0) << std::strerror(errno);
    if (helper == 0) {
        ::close(report[0]);
        forkHelper(report[1]);
    }
    ::close(report[1]);
    ChildProcess reaper(helper);
    ForkOutcome out;
    const ssize_t n = ::read(report[0], &out, sizeof out);
    ::close(report[0]);
    EXPECT_EQ(reaper.wait(), ExitStatus {});
    ASSERT_EQ(n, static_cast<ssize_t>(sizeof out)) << "the helper sent no report";
    ASSERT_EQ(out.stage, 0) << "could not prepare the helper: " << std::strerror(out.sysErrno);

    ASSERT_FALSE(out.ok) << "spawn succeeded despite RLIMIT_NPROC";
    EXPECT_EQ(out.code, ErrorCode::SystemCall);
    EXPECT_EQ(out.sysErrno, EAGAIN) << std::strerror(out.sysErrno);
    EXPECT_STREQ(out.call, "fork");
    EXPECT_EQ(out.fdsAfter, out.fdsBefore) << "the pipes made before the fork were not closed";
    EXPECT_EQ(out.childrenAfter, 0);
}

// ---------------------------------------------------------------------------------------------
// Out of fds

// Lowers RLIMIT_NOFILE and fills every free slot below it but `free`; undoes both when destroyed.
class FdExhaustion
{
public:
    explicit FdExhaustion(int free)
    {
        ::getrlimit(RLIMIT_NOFILE, &m_saved);
        // Well above what the test already holds, far below the usual limit: the loop below stays short.
        const rlimit lowered { .rlim_cur = 256, .rlim_max = m_saved.rlim_max };
        m_ok = ::setrlimit(RLIMIT_NOFILE, &lowered) == 0;
        for (;;) {
            const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                m_ok = m_ok && errno == EMFILE;
                break;
            }
            m_fillers.push_back(fd);
        }
        for (int i = 0; i < free && !m_fillers.empty(); ++i) {
            ::close(m_fillers.back());
            m_fillers.pop_back();
        }
    }
    ~FdExhaustion()
    {
        for (int fd : m_fillers)
            ::close(fd);
        ::setrlimit(RLIMIT_NOFILE, &m_saved);
    }
    FdExhaustion(const FdExhaustion&) = delete;
    FdExhaustion& operator=(const FdExhaustion&) = delete;

    bool ok() const { return m_ok; }

private:
    rlimit m_saved {};
    std::vector<int> m_fillers;
    bool m_ok = false;
};

struct FdCase
{
    int free; // fd slots left free below RLIMIT_NOFILE
    const char* failingPipe; // which pipe() fails: its stream, "errpipe", or nullptr when spawn succeeds
};

class OutOfFds : public Fault, public testing::WithParamInterface<FdCase>
{
};

// stdin, stdout and stderr are all pipes: the plan makes four pipes of two fds each, in this order.
TEST_P(OutOfFds, PipeFailsWithEmfileAsACleanErrorAndNothingLeaks)
{
    const FdCase& param = GetParam();
    std::optional<Result<Spawned>> r;
    {
        FdExhaustion exhausted(param.free);
        ASSERT_TRUE(exhausted.ok());
        r.emplace(spawn(specOf({ childPath(), "exit", "7" }, Redirect::pipe(), Redirect::pipe(), Redirect::pipe())));
        if (*r) {
            // Reap while the limit still holds: communicate must not need a new fd either.
            auto result = communicate(**r, {});
            ASSERT_TRUE(result);
            EXPECT_EQ(result->exit, (ExitStatus { .code = 7 }));
        }
    }
    if (!param.failingPipe) {
        EXPECT_TRUE(*r) << "errno " << r->error().sysErrno << " from " << r->error().call;
        return;
    }
    ASSERT_FALSE(*r) << "spawn succeeded with " << param.free << " free fds";
    const Error& e = r->error();
    EXPECT_EQ(e.code, ErrorCode::SystemCall);
    EXPECT_EQ(e.call, "pipe");
    EXPECT_EQ(e.sysErrno, EMFILE) << std::strerror(e.sysErrno);
    const std::string failing = param.failingPipe;
    if (failing == "errpipe") {
        EXPECT_FALSE(e.stream);
    } else {
        EXPECT_EQ(e.stream, streamFromName(failing));
    }
}

INSTANTIATE_TEST_SUITE_P(FreeSlots, OutOfFds,
    testing::Values(FdCase { 0, "stdin" }, FdCase { 1, "stdin" }, FdCase { 2, "stdout" }, FdCase { 3, "stdout" },
        FdCase { 4, "stderr" }, FdCase { 5, "stderr" }, FdCase { 6, "errpipe" }, FdCase { 7, "errpipe" },
        FdCase { 8, nullptr }),
    [](const testing::TestParamInfo<FdCase>& info) { return "free" + std::to_string(info.param.free); });

} // namespace
