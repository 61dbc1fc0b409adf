// SPDX-License-Identifier: GPL-3.0-or-later
// Step mode: each step is a real syscall that has just happened, and both real fd tables show it.

#include "testsupport.h"

#include "inspect/fdtable.h"
#include "live/pump.h"
#include "popen/stepper.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fcntl.h>
#include <fstream>
#include <sys/resource.h>
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

SpawnSpec seedDemo()
{
    return specOf({ childPath(), "echo" }, Redirect::pipe(), Redirect::pipe());
}

int handleOf(const StepSnapshot& s, Handle h)
{
    return s.handles[static_cast<size_t>(h)];
}

// Steps until the step with this id is done.
StepSnapshot stepThrough(Stepper& stepper, const std::string& id)
{
    for (;;) {
        auto snap = stepper.step();
        EXPECT_TRUE(snap) << "stepping to " << id;
        if (!snap)
            return {};
        EXPECT_FALSE(snap->error) << snap->stepId;
        if (snap->stepId == id)
            return *snap;
    }
}

TEST(Stepper, SeedDemoTablesAfterEachStep)
{
    Stepper stepper(seedDemo());

    const StepSnapshot pipe = stepThrough(stepper, "posix.pipe.stdin");
    const int p2cread = handleOf(pipe, Handle::P2cRead);
    const int p2cwrite = handleOf(pipe, Handle::P2cWrite);
    const FdEntry* r = findFd(pipe.parentFds, p2cread);
    const FdEntry* w = findFd(pipe.parentFds, p2cwrite);
    ASSERT_TRUE(r && w);
    EXPECT_EQ(r->kind, FdKind::Pipe);
    EXPECT_EQ(r->inode, w->inode) << "two ends of one pipe";
    EXPECT_EQ(r->access, Access::Read);
    EXPECT_EQ(w->access, Access::Write);
    EXPECT_TRUE(r->cloexec && w->cloexec) << "os.pipe() fds are close-on-exec";
    EXPECT_FALSE(pipe.childFds) << "no child before the fork";
    ASSERT_EQ(pipe.events.size(), 1u);
    EXPECT_EQ(pipe.events[0].fds, (std::vector<int> { p2cread, p2cwrite }));
    EXPECT_EQ(pipe.windowsStepId, "win.createpipe.stdin");

    const StepSnapshot fork = stepThrough(stepper, "posix.fork");
    ASSERT_TRUE(fork.childFds);
    EXPECT_EQ(processState(fork.childPid), 'T') << "the child waits, stopped, for the next click";
    for (const FdEntry& e : fork.parentFds) {
        const FdEntry* copy = findFd(*fork.childFds, e.fd);
        ASSERT_NE(copy, nullptr) << "fork copies fd " << e.fd;
        EXPECT_EQ(copy->target, e.target);
    }

    const StepSnapshot closed = stepThrough(stepper, "posix.child.close_parent_ends");
    EXPECT_EQ(findFd(*closed.childFds, p2cwrite), nullptr);
    EXPECT_EQ(findFd(*closed.childFds, handleOf(closed, Handle::C2pRead)), nullptr);
    EXPECT_NE(findFd(*closed.childFds, p2cread), nullptr);
    EXPECT_NE(findFd(closed.parentFds, p2cwrite), nullptr) << "the parent keeps its end";

    const StepSnapshot dup2 = stepThrough(stepper, "posix.child.dup2.stdin");
    const FdEntry* in = findFd(*dup2.childFds, 0);
    ASSERT_NE(in, nullptr);
    EXPECT_EQ(in->inode, r->inode) << "child fd 0 is the stdin pipe's read end";
    EXPECT_EQ(in->access, Access::Read);
    EXPECT_FALSE(in->cloexec) << "dup2 clears close-on-exec";
    EXPECT_EQ(processState(dup2.childPid), 'T');

    const StepSnapshot closeFds = stepThrough(stepper, "posix.child.close_fds");
    for (const FdEntry& e : *closeFds.childFds)
        EXPECT_TRUE(e.fd <= 2 || e.target.starts_with("pipe:")) << e.fd << " " << e.target;
    EXPECT_EQ(std::ranges::count_if(*closeFds.childFds, [](const FdEntry& e) { return e.fd > 2; }), 1)
        << "only errpipe_write is left above 2";

    const StepSnapshot exec = stepThrough(stepper, "posix.exec");
    ASSERT_TRUE(exec.childFds);
    for (const FdEntry& e : *exec.childFds)
        EXPECT_LE(e.fd, 2) << "fd " << e.fd << " survived exec: " << e.target;
    EXPECT_EQ(exec.windowsStepId, "win.createprocess");

    const StepSnapshot parentClose = stepThrough(stepper, "posix.parent.close.stdin");
    EXPECT_EQ(findFd(parentClose.parentFds, p2cread), nullptr) << "the parent no longer holds p2cread";
    EXPECT_NE(findFd(parentClose.parentFds, p2cwrite), nullptr);

    const StepSnapshot last = stepThrough(stepper, "posix.parent.read_errpipe");
    EXPECT_TRUE(stepper.atEnd());
    EXPECT_EQ(std::ranges::count(stepper.events(), EventKind::ErrPipeEof, &Event::kind), 1);
    EXPECT_EQ(stepper.step().error().code, ErrorCode::NoMoreSteps);

    // The same child, now running, talks like the seed's demo.
    auto spawned = stepper.release();
    ASSERT_TRUE(spawned);
    std::string out;
    const std::string input = "write data:0\r\n";
    CommunicateOptions o;
    o.input = std::as_bytes(std::span(input));
    o.timeout = std::chrono::seconds(30);
    o.sink = [&out](Stream, std::span<const std::byte> d) {
        out.append(reinterpret_cast<const char*>(d.data()), d.size());
    };
    auto result = communicate(*spawned, o);
    ASSERT_TRUE(result);
    EXPECT_EQ(out, "child process start\n>>>get std in write data:0\r\n\n"); // print() adds its own newline
}

// A live run goes on while the class steps: the stepped child, stopped between fork and exec, must not hold the
// live child's stdin, or closing it never gives the live child EOF.
TEST(Stepper, SteppedChildHoldsNoFdOfALiveRun)
{
    auto live = spawn(specOf({ childPath(), "cat" }, Redirect::pipe(), Redirect::pipe()));
    ASSERT_TRUE(live);
    auto started = Pump::start(std::move(*live), PumpOptions { .policy = ParentPolicy::Manual });
    ASSERT_TRUE(started);
    Pump& pump = **started;
    const std::uint64_t liveStdin = pump.sample().stream(Stream::Stdin).inode.value_or(0);
    ASSERT_NE(liveStdin, 0u);

    Stepper stepper(seedDemo());
    const auto& steps = stepper.plan().steps;
    const auto fork = std::ranges::find_if(steps, [](const Step& s) { return s.action == StepAction::Fork; });
    ASSERT_NE(fork, steps.end());
    auto snap = stepper.runTo(static_cast<size_t>(fork - steps.begin()) + 1);
    ASSERT_TRUE(snap);
    ASSERT_TRUE(snap->childFds);
    for (const FdEntry& e : *snap->childFds)
        EXPECT_NE(e.inode, liveStdin) << "the stepped child holds the live stdin as its fd " << e.fd;

    pump.closeStdin();
    EXPECT_TRUE(pump.waitFinished(std::chrono::seconds(5))) << "the live child never saw EOF";
    const PumpSnapshot done = pump.sample();
    ASSERT_TRUE(done.exit);
    EXPECT_EQ(done.exit->code, 0);
}

#if !defined(__SANITIZE_ADDRESS__)
// Out of memory mid-step is an Error like any other, never an exception out of core (which, in a Qt worker, would
// end the program). Run in a child process whose address space is capped at what it already uses. Not under
// AddressSanitizer, which cannot run inside an address-space limit.
// In the test's child process: steps to the fork with no address space left; exit 0 when the stepper answered.
[[noreturn]] void stepWithoutMemory()
{
    Stepper stepper(seedDemo());
    const auto& steps = stepper.plan().steps;
    const auto fork = std::ranges::find_if(steps, [](const Step& s) { return s.action == StepAction::Fork; });
    std::ifstream statm("/proc/self/statm");
    unsigned long pages = 0;
    statm >> pages;
    const rlim_t now = static_cast<rlim_t>(pages) * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE));
    const rlimit cap { .rlim_cur = now, .rlim_max = now };
    ::setrlimit(RLIMIT_AS, &cap);
    const auto snap = stepper.runTo(static_cast<size_t>(fork - steps.begin()) + 1);
    const bool answered = !snap || snap->error.has_value() || snap->position > 0;
    stepper.reset();
    std::_Exit(answered ? 0 : 1);
}

TEST(Stepper, OutOfMemoryIsAnErrorNotAnException)
{
    EXPECT_EXIT(stepWithoutMemory(), testing::ExitedWithCode(0), "");
}
#endif

TEST(Stepper, EventsFollowThePlan)
{
    Stepper stepper(
        specOf({ childPath(), "sleep", "30" }, Redirect::devNull(), Redirect::pipe(), Redirect::stdoutRedirect()));
    std::vector<std::string> done;
    while (!stepper.atEnd()) {
        auto snap = stepper.step();
        ASSERT_TRUE(snap);
        ASSERT_FALSE(snap->error);
        done.push_back(snap->stepId);
        for (const Event& e : snap->events) {
            if (!e.stepId.empty()) {
                EXPECT_EQ(e.stepId, snap->stepId);
            }
        }
    }
    std::vector<std::string> planned;
    for (const Step& s : stepper.plan().steps)
        planned.push_back(s.id);
    EXPECT_EQ(done, planned);
}

TEST(Stepper, ExecFailureIsItsOwnStepAndTheChildIsReaped)
{
    const int fdsBefore = openFdCount();
    {
        Stepper stepper(specOf({ "pipescope-no-such-program" }, Redirect::pipe()));
        std::optional<StepSnapshot> failed;
        while (!stepper.atEnd()) {
            auto snap = stepper.step();
            ASSERT_TRUE(snap);
            if (snap->error) {
                failed = *snap;
                break;
            }
        }
        ASSERT_TRUE(failed);
        EXPECT_EQ(failed->stepId, "posix.exec");
        EXPECT_EQ(failed->error->code, ErrorCode::ExecFailed);
        EXPECT_EQ(failed->error->sysErrno, ENOENT);
        ASSERT_EQ(failed->events.size(), 1u);
        EXPECT_EQ(failed->events[0].kind, EventKind::ExecFailed);
        EXPECT_FALSE(failed->childFds) << "the child is gone";
        EXPECT_TRUE(stepper.atEnd());
        EXPECT_TRUE(zombieChildren().empty()) << "reaped at once, not at destruction";
    }
    EXPECT_EQ(openFdCount(), fdsBefore);
}

TEST(Stepper, BackReRunsTheRealSetup)
{
    Stepper stepper(seedDemo());
    const StepSnapshot dup2 = stepThrough(stepper, "posix.child.dup2.stdin");
    const pid_t first = dup2.childPid;
    auto back = stepper.back();
    ASSERT_TRUE(back);
    EXPECT_EQ(back->position, dup2.position - 1);
    EXPECT_EQ(back->stepId, "posix.child.close_parent_ends");
    EXPECT_NE(back->childPid, first) << "a new child, set up again from scratch";
    EXPECT_NE(::kill(first, 0), 0) << "the first child is gone";
    const FdEntry* in = findFd(*back->childFds, 0);
    ASSERT_NE(in, nullptr);
    EXPECT_NE(in->inode, findFd(*back->childFds, handleOf(*back, Handle::P2cRead))->inode)
        << "before the dup2, fd 0 is not the pipe yet";
    auto again = stepper.step();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->stepId, "posix.child.dup2.stdin");
    EXPECT_TRUE(zombieChildren().empty());
}

TEST(Stepper, BackFromTheFirstStepIsTheStart)
{
    Stepper stepper(seedDemo());
    ASSERT_TRUE(stepper.step());
    auto back = stepper.back();
    ASSERT_TRUE(back);
    EXPECT_EQ(back->position, 0u);
    EXPECT_TRUE(back->stepId.empty());
    EXPECT_EQ(stepper.position(), 0u);
    EXPECT_FALSE(back->childFds);
}

// Abandoning a stepped session anywhere, stopped child included, leaves nothing behind.
TEST(Stepper, AbandonAtEveryStepLeavesNothing)
{
    const SpawnSpec spec
        = specOf({ childPath(), "echo" }, Redirect::pipe(), Redirect::pipe(), Redirect::file("/dev/null"));
    const size_t steps = Stepper(spec).plan().steps.size();
    const int fdsBefore = openFdCount();
    for (size_t k = 0; k <= steps; ++k) {
        pid_t child = 0;
        {
            Stepper stepper(spec);
            auto snap = stepper.runTo(k);
            ASSERT_TRUE(snap) << k;
            ASSERT_FALSE(snap->error) << k;
            child = snap->childPid;
        }
        if (child > 0) {
            EXPECT_NE(::kill(child, 0), 0) << "child left behind after abandoning at step " << k;
        }
        EXPECT_EQ(openFdCount(), fdsBefore) << "fds leaked after abandoning at step " << k;
        EXPECT_TRUE(zombieChildren().empty()) << k;
    }
}

TEST(Stepper, ResetKillsTheStoppedChild)
{
    Stepper stepper(seedDemo());
    const StepSnapshot fork = stepThrough(stepper, "posix.fork");
    ASSERT_EQ(processState(fork.childPid), 'T');
    stepper.reset();
    EXPECT_EQ(stepper.position(), 0u);
    EXPECT_NE(::kill(fork.childPid, 0), 0);
    EXPECT_TRUE(zombieChildren().empty());
}

// What a child's table says regardless of fd numbers the parent happened to get.
std::vector<std::string> shape(const FdTable& child, const std::array<std::string, 3>& parentEnds)
{
    std::vector<std::string> out;
    for (const FdEntry& e : child) {
        std::string what = e.target;
        if (e.kind == FdKind::Pipe) {
            what = "pipe";
            for (size_t i = 0; i < 3; ++i)
                if (parentEnds[i] == e.target)
                    what += "<->parent end " + std::to_string(i);
        }
        out.push_back(std::to_string(e.fd) + " " + what + " " + std::string(accessName(e.access))
            + (e.cloexec ? " cloexec" : ""));
    }
    return out;
}

std::string linkOf(int fd)
{
    char buf[256];
    const ssize_t n = ::readlink(("/proc/self/fd/" + std::to_string(fd)).c_str(), buf, sizeof buf);
    return n < 0 ? std::string() : std::string(buf, static_cast<size_t>(n));
}

using Combo = std::tuple<std::string, std::string, std::string>;

class StepVersusRun : public testing::TestWithParam<Combo>
{
};

TEST_P(StepVersusRun, SameChildFdsAsRunMode)
{
    const auto [in, out, err] = GetParam();
    SpawnSpec spec;
    spec.argv = { childPath(), "sleep", "30" };
    TempDir dir;
    UniqueFd callerFd(::open(dir.file("fd.txt").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
    const std::array<std::string, 3> kinds { in, out, err };
    for (Stream s : allStreams) {
        const std::string& kind = kinds[static_cast<size_t>(s)];
        if (kind == "fd")
            spec.redirect(s) = Redirect::fromFd(callerFd.get());
        else if (kind == "file")
            spec.redirect(s) = Redirect::file(dir.file("file-" + std::string(streamName(s))));
        else
            spec.redirect(s) = *parseRedirect(s, kind);
    }
    if (kinds[0] == "file")
        writeFile(dir.file("file-stdin"), "input");

    auto run = spawn(spec);
    ASSERT_TRUE(run);
    waitUntilSettled(run->child.pid(), std::chrono::seconds(2));
    auto runTable = inspectFds(run->child.pid());
    ASSERT_TRUE(runTable);
    const std::array<std::string, 3> runEnds { run->stdinPipe ? linkOf(run->stdinPipe.get()) : "",
        run->stdoutPipe ? linkOf(run->stdoutPipe.get()) : "", run->stderrPipe ? linkOf(run->stderrPipe.get()) : "" };

    Stepper stepper(spec);
    auto last = stepper.runTo(stepper.plan().steps.size());
    ASSERT_TRUE(last);
    ASSERT_FALSE(last->error);
    auto stepped = stepper.release();
    ASSERT_TRUE(stepped);
    waitUntilSettled(stepped->child.pid(), std::chrono::seconds(2));
    auto stepTable = inspectFds(stepped->child.pid());
    ASSERT_TRUE(stepTable);
    const std::array<std::string, 3> stepEnds { stepped->stdinPipe ? linkOf(stepped->stdinPipe.get()) : "",
        stepped->stdoutPipe ? linkOf(stepped->stdoutPipe.get()) : "",
        stepped->stderrPipe ? linkOf(stepped->stderrPipe.get()) : "" };

    EXPECT_EQ(shape(*stepTable, stepEnds), shape(*runTable, runEnds));
}

const std::vector<std::string> kinds5 { "none", "pipe", "devnull", "fd", "file" };
const std::vector<std::string> kinds6 { "none", "pipe", "devnull", "fd", "file", "stdout" };

INSTANTIATE_TEST_SUITE_P(AllCombinations, StepVersusRun,
    testing::Combine(testing::ValuesIn(kinds5), testing::ValuesIn(kinds5), testing::ValuesIn(kinds6)),
    [](const testing::TestParamInfo<Combo>& info) {
        return std::get<0>(info.param) + "_" + std::get<1>(info.param) + "_" + std::get<2>(info.param);
    });

} // namespace
