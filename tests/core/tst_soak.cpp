// SPDX-License-Identifier: GPL-3.0-or-later
// Soak: 10,000 real spawns across the whole redirect matrix, and stepped sessions abandoned anywhere, leave
// this process exactly as they found it: same fds, same threads, no child (stopped, zombie or alive), bounded RSS.
// The figures are printed as "soak: ..." lines, which CI echoes from the test log.

#include "testsupport.h"
#include "usage.h"

#include "popen/process.h"
#include "popen/stepper.h"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <iostream>
#include <random>
#include <sstream>
#include <unistd.h>

using namespace pipescope;
using namespace pipescope::test;

namespace {

// 10,000 spawns in all, split by stdin redirect so each test stays well under a minute here (2 cores, ~8 ms per
// spawn of a dynamically linked C++ child). Under ASan every child start costs 30-70 ms more (shadow memory, the
// exit-time leak check), so that build does 10 rounds of the matrix: LeakSanitizer finds a leak in one spawn, and
// the long run is for the slow growth only RSS shows, which is not judged there anyway.
constexpr int kSpawnsPerStdin = underAddressSanitizer() ? 300 : 2'000;
constexpr int kSteppedSessions = 200;
constexpr long kMaxRssGrowthKiB = 5 * 1024 * kSpawnsPerStdin / 10'000; // 5 MiB per 10,000 spawns

// The redirect kinds a soak cycles through; stderr also gets Popen's STDOUT.
enum class Choice { None, Pipe, DevNull, Fd, File, Stdout };
constexpr std::array kOutputChoices { Choice::None, Choice::Pipe, Choice::DevNull, Choice::Fd, Choice::File };
constexpr std::array kStderrChoices { Choice::None, Choice::Pipe, Choice::DevNull, Choice::Fd, Choice::File,
    Choice::Stdout };
constexpr size_t kCombinationsPerStdin = kOutputChoices.size() * kStderrChoices.size();

std::string choiceName(Choice c)
{
    constexpr std::array names { "none", "pipe", "devnull", "fd", "file", "stdout" };
    return names[static_cast<size_t>(c)];
}

// Files and an fd for the fd:N and file:PATH choices, alive for the whole soak.
class Targets
{
public:
    Targets()
        : m_input(m_dir.file("in.txt"))
    {
        writeFile(m_input, "input\n");
        m_fd = ::open(m_dir.file("fd.txt").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    }
    ~Targets()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Targets(const Targets&) = delete;
    Targets& operator=(const Targets&) = delete;

    bool ok() const { return m_fd >= 0; }

    Redirect redirect(Stream s, Choice c) const
    {
        switch (c) {
        case Choice::None:
            return Redirect::inherit();
        case Choice::Pipe:
            return Redirect::pipe();
        case Choice::DevNull:
            return Redirect::devNull();
        case Choice::Fd:
            return Redirect::fromFd(m_fd);
        case Choice::File:
            return Redirect::file(s == Stream::Stdin ? m_input : m_dir.file(std::string(streamName(s)) + ".txt"));
        case Choice::Stdout:
            return Redirect::stdoutRedirect();
        }
        return {};
    }

    // Combination i (modulo their number) of stdout and stderr, with this stdin.
    SpawnSpec spec(Choice in, size_t i, std::vector<std::string> argv) const
    {
        i %= kCombinationsPerStdin;
        SpawnSpec spec;
        spec.argv = std::move(argv);
        spec.redirect(Stream::Stdin) = redirect(Stream::Stdin, in);
        spec.redirect(Stream::Stdout) = redirect(Stream::Stdout, kOutputChoices[i / kStderrChoices.size()]);
        spec.redirect(Stream::Stderr) = redirect(Stream::Stderr, kStderrChoices[i % kStderrChoices.size()]);
        return spec;
    }

private:
    TempDir m_dir;
    std::string m_input;
    int m_fd = -1;
};

std::string describeSpec(const SpawnSpec& spec)
{
    std::string out;
    for (Stream s : allStreams)
        out += std::string(streamName(s)) + "=" + toText(spec.redirect(s)) + " ";
    return out;
}

// One line per figure, so that CI can pick them out of the test log.
void report(const std::string& line, const std::string& key, const std::string& value)
{
    std::cout << "soak: " << line << std::endl;
    testing::Test::RecordProperty(key, value);
}

class SpawnSoak : public testing::TestWithParam<Choice>
{
};

TEST_P(SpawnSoak, SpawnsAcrossTheRedirectMatrixLeaveNothingBehind)
{
    Targets targets;
    ASSERT_TRUE(targets.ok());
    const std::vector<std::string> argv { childPath(), "exit", "0" };
    const std::string name = "stdin=" + choiceName(GetParam());

    std::vector<Event> events;
    auto runOne = [&](size_t i) -> bool {
        const SpawnSpec spec = targets.spec(GetParam(), i, argv);
        events.clear();
        auto spawned = spawn(spec, &events);
        if (!spawned) {
            ADD_FAILURE() << "spawn " << i << " (" << describeSpec(spec) << ") failed: " << spawned.error().call
                          << " errno " << spawned.error().sysErrno;
            return false;
        }
        auto result = communicate(*spawned, {}, &events);
        if (!result || result->exit != ExitStatus {}) {
            ADD_FAILURE() << "spawn " << i << " (" << describeSpec(spec) << ") did not end with exit 0";
            return false;
        }
        return true;
    };

    // One full round first: lazily built state (PATH lookups, allocator arenas, stdio buffers) is not a leak.
    for (size_t i = 0; i < kCombinationsPerStdin; ++i)
        ASSERT_TRUE(runOne(i));

    const ProcessUsage before = processUsage();
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kSpawnsPerStdin; ++i)
        ASSERT_TRUE(runOne(static_cast<size_t>(i))) << "after " << i << " spawns";
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const ProcessUsage after = processUsage();

    char rate[64];
    std::snprintf(rate, sizeof rate, "%.0f", kSpawnsPerStdin / seconds);
    report(name + ": " + std::to_string(kSpawnsPerStdin) + " spawns over " + std::to_string(kCombinationsPerStdin)
            + " stdout/stderr combinations in " + std::to_string(seconds) + " s: " + rate + " spawns/s",
        "spawns_per_second", rate);
    report(name + ": fds " + std::to_string(before.fds) + " -> " + std::to_string(after.fds), "fds",
        std::to_string(before.fds) + " -> " + std::to_string(after.fds));
    report(name + ": threads " + std::to_string(before.threads) + " -> " + std::to_string(after.threads), "threads",
        std::to_string(before.threads) + " -> " + std::to_string(after.threads));
    report(name + ": VmRSS " + std::to_string(before.rssKiB) + " KiB -> " + std::to_string(after.rssKiB) + " KiB ("
            + std::to_string(after.rssKiB - before.rssKiB) + " KiB)"
            + (underAddressSanitizer() ? ", not judged under ASan" : ""),
        "rss_kib", std::to_string(before.rssKiB) + " -> " + std::to_string(after.rssKiB));

    EXPECT_EQ(after.fds, before.fds) << "fds leaked";
    EXPECT_EQ(after.threads, before.threads) << "threads left running";
    const auto children = childProcesses();
    EXPECT_TRUE(children.empty()) << "children left: " << describe(children);
    // ASan's quarantine holds on to freed memory by design; LeakSanitizer judges leaks in that build instead.
    if (!underAddressSanitizer()) {
        EXPECT_LT(after.rssKiB - before.rssKiB, kMaxRssGrowthKiB) << "RSS grew";
    }
}

INSTANTIATE_TEST_SUITE_P(Stdin, SpawnSoak, testing::ValuesIn(kOutputChoices),
    [](const testing::TestParamInfo<Choice>& info) { return choiceName(info.param); });

// How a stepped session is left: every way a user (or the GUI) can walk away from one.
enum class Abandon { Destroy, Reset, Back, RunTo, Release };

TEST(Soak, SteppedSessionsAbandonedAtRandomStepsLeaveNoChildAndNoFd)
{
    Targets targets;
    ASSERT_TRUE(targets.ok());
    std::mt19937 rng(20'251'126); // fixed: a failure names its session, and the same run reproduces it
    const ProcessUsage before = processUsage();
    std::array<int, 5> abandoned {};
    int stepsDone = 0;
    const auto start = std::chrono::steady_clock::now();

    for (int session = 0; session < kSteppedSessions; ++session) {
        const Choice in = kOutputChoices[rng() % kOutputChoices.size()];
        const SpawnSpec spec = targets.spec(in, rng(), { childPath(), "sleep", "30" });
        const auto how = static_cast<Abandon>(rng() % 5);
        std::ostringstream where;
        where << "session " << session << " (" << describeSpec(spec) << ")";
        {
            Stepper stepper(spec);
            const size_t stop = rng() % (stepper.plan().steps.size() + 1);
            for (size_t i = 0; i < stop && !stepper.atEnd(); ++i) {
                auto snap = stepper.step();
                ASSERT_TRUE(snap) << where.str() << " step " << i;
                ASSERT_FALSE(snap->error) << where.str() << " step " << snap->stepId << ": " << snap->error->call;
                ++stepsDone;
            }
            where << " left after " << stepper.position() << " steps";
            switch (how) {
            case Abandon::Destroy:
                break;
            case Abandon::Reset:
                stepper.reset();
                break;
            case Abandon::Back:
                ASSERT_TRUE(stepper.back()) << where.str();
                break;
            case Abandon::RunTo:
                ASSERT_TRUE(stepper.runTo(rng() % (stepper.plan().steps.size() + 1))) << where.str();
                break;
            case Abandon::Release:
                // The child runs on without a stepper; dropping what release() gave must still reap it.
                if (auto spawned = stepper.release()) {
                    EXPECT_TRUE(spawned->child.running()) << where.str();
                }
                break;
            }
            ++abandoned[static_cast<size_t>(how)];
        }
        const auto children = childProcesses();
        ASSERT_TRUE(children.empty()) << where.str() << ": children left: " << describe(children);
        ASSERT_EQ(openFdCount(), before.fds) << where.str() << ": fds leaked";
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const ProcessUsage after = processUsage();

    report(std::to_string(kSteppedSessions) + " stepped sessions (" + std::to_string(stepsDone) + " steps) in "
            + std::to_string(seconds) + " s; abandoned by destroy/reset/back/runTo/release: "
            + std::to_string(abandoned[0]) + "/" + std::to_string(abandoned[1]) + "/" + std::to_string(abandoned[2])
            + "/" + std::to_string(abandoned[3]) + "/" + std::to_string(abandoned[4]),
        "stepped_sessions", std::to_string(kSteppedSessions));
    report("stepped: fds " + std::to_string(before.fds) + " -> " + std::to_string(after.fds) + ", threads "
            + std::to_string(before.threads) + " -> " + std::to_string(after.threads),
        "stepped_fds", std::to_string(before.fds) + " -> " + std::to_string(after.fds));
    EXPECT_EQ(after.fds, before.fds);
    EXPECT_EQ(after.threads, before.threads);
}

} // namespace
