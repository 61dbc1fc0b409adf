// SPDX-License-Identifier: GPL-3.0-or-later
// A recorded CPython Popen beside PipeScope's plan for the same arguments: real python3 scripts recorded under
// ptrace, their Popen arguments read back, every plan step matched to the call that did it (or told why not).

#include "record/plancompare.h"
#include "record/recorder.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fcntl.h>
#include <filesystem>
#include <set>
#include <sstream>
#include <unistd.h>

#include <linux/sched.h>

using namespace pipescope;
using namespace pipescope::test;

namespace {

struct Recorded
{
    Recording rec;
    std::pair<int, int> version { 0, 0 };
};

// Runs a python script (prefixed with the imports and a line that writes the interpreter's version) under the
// recorder; the script's stdout and stderr go to /dev/null.
Recorded recordScript(const std::string& python, const std::string& body, bool files = false, bool bytes = false)
{
    TempDir dir;
    writeFile(dir.file("popens.py"),
        "import os, subprocess, sys\n"
        "from subprocess import PIPE, DEVNULL, STDOUT, Popen\n"
        "open(sys.argv[1], 'w').write('%d %d' % sys.version_info[:2])\n"
            + body);
    const UniqueFd null(::open("/dev/null", O_WRONLY | O_CLOEXEC));
    auto rec = recordProgram({ .argv = { python, "-E", dir.file("popens.py"), dir.file("version") },
        .bytes = bytes,
        .files = files,
        .timeout = std::chrono::seconds(60),
        .stdoutFd = null.get(),
        .stderrFd = null.get() });
    EXPECT_TRUE(rec.ok()) << (rec.ok() ? "" : rec.error().call + " errno " + std::to_string(rec.error().sysErrno));
    Recorded out;
    if (!rec.ok())
        return out;
    out.rec = std::move(rec).value();
    std::istringstream(readFile(dir.file("version"))) >> out.version.first >> out.version.second;
    EXPECT_TRUE(out.rec.exit.has_value() && out.rec.exit->code == 0);
    return out;
}

// The comparison as text, for failure messages.
std::string dump(const Recording& rec, const PlanComparison& c)
{
    std::ostringstream out;
    for (const ComparedRow& r : c.rows) {
        out << (r.planStep ? c.plan.steps[*r.planStep].id : std::string("-")) << " | ";
        if (r.event) {
            const RecordedEvent& e = rec.events[*r.event];
            out << e.pid << ' ' << callName(e.call) << '(';
            for (auto a : e.args)
                out << a << ',';
            out << ")=" << e.result;
            for (int fd : e.fds)
                out << ' ' << fd;
        } else {
            out << '-';
        }
        out << " | " << compareMarkName(r.mark) << ' ' << compareReasonName(r.reason) << '\n';
    }
    return out.str();
}

std::vector<const ComparedRow*> rowsOf(const PlanComparison& c, std::string_view stepId)
{
    std::vector<const ComparedRow*> out;
    for (const ComparedRow& r : c.rows)
        if (r.planStep && c.plan.steps[*r.planStep].id == stepId)
            out.push_back(&r);
    return out;
}

// The one row of a step; fails the test when there is not exactly one.
const ComparedRow& rowOf(const PlanComparison& c, std::string_view stepId)
{
    static const ComparedRow none { .mark = CompareMark::RealOnly };
    const auto rows = rowsOf(c, stepId);
    EXPECT_EQ(rows.size(), 1U) << stepId;
    return rows.size() == 1 ? *rows.front() : none;
}

size_t count(const PlanComparison& c, CompareMark m)
{
    return static_cast<size_t>(std::ranges::count(c.rows, m, &ComparedRow::mark));
}

int fdOf(const RecognisedPopen& p, const std::string& name)
{
    const auto it = p.handles.find(name);
    return it == p.handles.end() ? -1 : it->second;
}

// What the recording says about the call that started the child: vfork semantics or a plain fork.
bool startedLikeVfork(const RecordedEvent& e)
{
    const auto flags = e.args.empty() ? 0 : static_cast<std::uint64_t>(e.args.front());
    return e.call == Call::Vfork
        || ((e.call == Call::Clone || e.call == Call::Clone3) && (flags & CLONE_VM) && (flags & CLONE_VFORK));
}

// Rows with an event come in the recording's order.
void expectRunOrder(const PlanComparison& c)
{
    std::optional<size_t> last;
    for (const ComparedRow& r : c.rows) {
        if (!r.event)
            continue;
        if (last) {
            EXPECT_LT(*last, *r.event);
        }
        last = r.event;
    }
}

// Each parent close of a child end is Moved exactly when another one came the other way round to the plan.
void expectCloseOrderMarks(const Recording& rec, const PlanComparison& c)
{
    std::vector<const ComparedRow*> closes;
    for (const ComparedRow& r : c.rows)
        if (r.planStep && r.event
            && (c.plan.steps[*r.planStep].action == StepAction::ParentCloseChildEnd
                || c.plan.steps[*r.planStep].action == StepAction::ParentCloseDevNull
                || c.plan.steps[*r.planStep].action == StepAction::ParentCloseErrPipeWrite))
            closes.push_back(&r);
    for (const ComparedRow* a : closes) {
        bool inverted = false;
        for (const ComparedRow* b : closes)
            inverted = inverted || ((*a->planStep < *b->planStep) != (*a->event < *b->event));
        ASSERT_EQ(rec.events[*a->event].call, Call::Close);
        EXPECT_EQ(a->mark, inverted ? CompareMark::Moved : CompareMark::Same) << c.plan.steps[*a->planStep].id;
        EXPECT_EQ(a->reason, inverted ? CompareReason::CloseOrder : CompareReason::None);
    }
}

void expectSameSpec(const SpawnSpec& got, const std::array<Redirect, 3>& redirects, bool closeFds)
{
    for (Stream s : allStreams)
        EXPECT_EQ(toText(got.redirect(s)), toText(redirects[static_cast<size_t>(s)])) << streamName(s);
    EXPECT_EQ(got.closeFds, closeFds);
}

const std::string pipes3 = "Popen(['/bin/true'], stdin=PIPE, stdout=PIPE, stderr=PIPE).communicate()\n";

} // namespace

TEST(CompareNames, RoundTrip)
{
    for (int i = 0; i <= static_cast<int>(CompareMark::Moved); ++i) {
        const auto m = static_cast<CompareMark>(i);
        ASSERT_FALSE(compareMarkName(m).empty());
        EXPECT_EQ(compareMarkFromName(compareMarkName(m)), m);
    }
    for (int i = 0; i <= static_cast<int>(CompareReason::NotDone); ++i) {
        const auto r = static_cast<CompareReason>(i);
        ASSERT_FALSE(compareReasonName(r).empty());
        EXPECT_EQ(compareReasonFromName(compareReasonName(r)), r);
    }
    EXPECT_FALSE(compareReasonFromName("vfork").has_value());
}

// A hand-made fork_exec run with fork() and the parent's closes in the plan's order but one: the matching and the
// order marks are exact.
TEST(PlanCompareUnit, ForkCallIsSameAndOneSwappedCloseIsMoved)
{
    Recording rec;
    rec.processes = { RecordedProcess { .pid = 10, .argv = { "python3" } }, RecordedProcess { .pid = 11, .ppid = 10 } };
    auto ev
        = [&](int pid, Call call, std::vector<std::int64_t> args, std::int64_t result = 0, std::vector<int> fds = {}) {
              rec.events.push_back(RecordedEvent { .timeNs = static_cast<std::int64_t>(rec.events.size()),
                  .pid = pid,
                  .tid = pid,
                  .call = call,
                  .args = std::move(args),
                  .result = result,
                  .fds = std::move(fds) });
              return &rec.events.back();
          };
    ev(10, Call::Pipe2, { O_CLOEXEC }, 0, { 3, 4 }); // stdout
    ev(10, Call::Pipe2, { O_CLOEXEC }, 0, { 5, 6 }); // errpipe
    ev(10, Call::Clone, { SIGCHLD }, 11);
    ev(11, Call::Close, { 3 });
    ev(11, Call::Close, { 5 });
    ev(11, Call::Dup2, { 4, 1 }, 1);
    ev(11, Call::CloseRange, { 3, 5, 0 });
    ev(11, Call::CloseRange, { 7, ~0U, 0 });
    ev(11, Call::Execve, {}, 0)->argv = { "/bin/true" };
    ev(10, Call::Close, { 4 }); // the child end before the error pipe's write end: swapped
    ev(10, Call::Close, { 6 });
    ev(10, Call::Close, { 5 });
    const RecognisedPopen popen { .parentPid = 10,
        .childPid = 11,
        .startNs = 2,
        .handles = { { "p2cread", -1 }, { "p2cwrite", -1 }, { "c2pread", 3 }, { "c2pwrite", 4 }, { "errread", -1 },
            { "errwrite", -1 }, { "errpipe_read", 5 }, { "errpipe_write", 6 } } };

    const PlanComparison c = comparePopenWithPlan(rec, popen, std::pair { 3, 9 });
    expectSameSpec(c.spec, { Redirect::inherit(), Redirect::pipe(), Redirect::inherit() }, true);
    EXPECT_EQ(c.spec.argv, (std::vector<std::string> { "/bin/true" }));
    EXPECT_TRUE(c.spec.passFds.empty()) << "the only gap is errpipe_write";
    EXPECT_EQ(c.realSpawn, SpawnPath::Fork);
    EXPECT_EQ(c.predicted, SpawnPath::Fork); // before 3.10 there is no vfork
    ASSERT_EQ(c.rows.size(), rec.events.size()) << dump(rec, c);
    for (size_t i = 0; i < c.rows.size(); ++i)
        EXPECT_EQ(c.rows[i].event, i) << dump(rec, c);
    EXPECT_EQ(rowOf(c, "posix.fork").mark, CompareMark::Same); // clone without CLONE_VM is glibc's fork()
    EXPECT_EQ(rowsOf(c, "posix.child.close_parent_ends").size(), 2U);
    EXPECT_EQ(rowsOf(c, "posix.child.close_fds").size(), 2U);
    EXPECT_EQ(rowOf(c, "posix.parent.close.stdout").mark, CompareMark::Moved);
    EXPECT_EQ(rowOf(c, "posix.parent.close.stdout").reason, CompareReason::CloseOrder);
    EXPECT_EQ(rowOf(c, "posix.parent.close_errpipe_write").mark, CompareMark::Moved);
    EXPECT_EQ(rowOf(c, "posix.parent.read_errpipe").reason, CompareReason::ReadNotRecorded);
    EXPECT_EQ(rowOf(c, "posix.parent.read_errpipe").mark, CompareMark::Same);
    EXPECT_EQ(count(c, CompareMark::Same), c.rows.size() - 2);

    // The same run on the posix_spawn path's terms: no error pipe, so its steps are plan-only, placed where the
    // plan has them.
    Recording spawned = rec;
    spawned.events = { rec.events[0], rec.events[2], rec.events[3], rec.events[5], rec.events[8], rec.events[9] };
    spawned.events[1].call = Call::Clone3;
    spawned.events[1].args = { CLONE_VM | CLONE_VFORK };
    RecognisedPopen viaSpawn = popen;
    viaSpawn.path = PopenPath::PosixSpawn;
    viaSpawn.handles.erase("errpipe_read");
    viaSpawn.handles.erase("errpipe_write");
    const PlanComparison s = comparePopenWithPlan(spawned, viaSpawn);
    EXPECT_FALSE(s.spec.closeFds);
    EXPECT_FALSE(s.predicted.has_value());
    EXPECT_EQ(s.realSpawn, SpawnPath::PosixSpawn);
    std::vector<std::string> ids;
    for (const ComparedRow& r : s.rows)
        ids.push_back(r.planStep ? s.plan.steps[*r.planStep].id : "-");
    EXPECT_EQ(ids,
        (std::vector<std::string> { "posix.pipe.stdout", "posix.errpipe", "posix.fork", "posix.child.close_parent_ends",
            "posix.child.dup2.stdout", "posix.exec", "posix.parent.close_errpipe_write", "posix.parent.close.stdout",
            "posix.parent.read_errpipe" }))
        << dump(spawned, s);
    EXPECT_EQ(rowOf(s, "posix.fork").reason, CompareReason::PosixSpawnClone);
    for (const char* id : { "posix.errpipe", "posix.parent.close_errpipe_write", "posix.parent.read_errpipe" }) {
        EXPECT_EQ(rowOf(s, id).mark, CompareMark::PlanOnly) << id;
        EXPECT_EQ(rowOf(s, id).reason, CompareReason::PosixSpawnNoErrPipe) << id;
    }
}

// Popen(stdin=PIPE, stdout=PIPE, stderr=PIPE): every step of the plan is a recorded call of the right process.
TEST(PlanCompare, ThreePipesEveryStepIsARecordedCall)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const Recorded r = recordScript(python3(), pipes3);
    const Recording& rec = r.rec;
    ASSERT_EQ(rec.popens.size(), 1U);
    const RecognisedPopen& p = rec.popens.front();
    const PlanComparison c = comparePopenWithPlan(rec, p, r.version);
    SCOPED_TRACE(dump(rec, c));

    expectSameSpec(c.spec, { Redirect::pipe(), Redirect::pipe(), Redirect::pipe() }, true);
    EXPECT_EQ(c.spec.argv, (std::vector<std::string> { "/bin/true" }));
    EXPECT_TRUE(c.spec.passFds.empty());
    EXPECT_EQ(c.spec.pipeSize, 0);
    EXPECT_EQ(c.realPath, PopenPath::ForkExec);
    ASSERT_TRUE(c.predicted.has_value());
    EXPECT_EQ(*c.predicted, c.realSpawn) << "python " << r.version.first << '.' << r.version.second;

    auto event = [&](const ComparedRow& row) -> const RecordedEvent& {
        static const RecordedEvent none;
        EXPECT_TRUE(row.event.has_value());
        return row.event ? rec.events[*row.event] : none;
    };
    // Every step has at least one row with an event; nothing is plan-only, nothing the model leaves out.
    for (size_t k = 0; k < c.plan.steps.size(); ++k)
        EXPECT_TRUE(std::ranges::any_of(c.rows, [&](const ComparedRow& row) { return row.planStep == k && row.event; }))
            << c.plan.steps[k].id;
    EXPECT_EQ(count(c, CompareMark::PlanOnly), 0U);
    EXPECT_EQ(count(c, CompareMark::RealOnly), 0U);
    expectRunOrder(c);

    for (Stream s : allStreams) {
        const Step* step = c.plan.step(std::string("posix.pipe.") + std::string(streamName(s)));
        ASSERT_NE(step, nullptr);
        const RecordedEvent& e = event(rowOf(c, step->id));
        EXPECT_EQ(e.pid, p.parentPid);
        EXPECT_EQ(e.call, Call::Pipe2);
        EXPECT_EQ(e.fds,
            (std::vector<int> { fdOf(p, std::string(handleName(step->handles[0]))),
                fdOf(p, std::string(handleName(step->handles[1]))) }));
    }
    const RecordedEvent& errpipe = event(rowOf(c, "posix.errpipe"));
    EXPECT_EQ(errpipe.pid, p.parentPid);
    EXPECT_EQ(errpipe.fds, (std::vector<int> { fdOf(p, "errpipe_read"), fdOf(p, "errpipe_write") }));

    // The call that created the child, and how the comparison marks it: from the recording itself.
    const ComparedRow& forkRow = rowOf(c, "posix.fork");
    const RecordedEvent& spawn = event(forkRow);
    EXPECT_EQ(spawn.pid, p.parentPid);
    EXPECT_EQ(spawn.result, p.childPid);
    if (startedLikeVfork(spawn)) {
        EXPECT_EQ(forkRow.mark, CompareMark::Differs);
        EXPECT_EQ(forkRow.reason, CompareReason::VforkNotFork);
        EXPECT_EQ(c.realSpawn, SpawnPath::Vfork);
    } else {
        EXPECT_EQ(forkRow.mark, CompareMark::Same);
        EXPECT_EQ(c.realSpawn, SpawnPath::Fork);
    }

    // The child closes exactly the parent's ends and errpipe_read.
    std::set<int> closed;
    for (const ComparedRow* row : rowsOf(c, "posix.child.close_parent_ends")) {
        const RecordedEvent& e = event(*row);
        EXPECT_EQ(e.pid, p.childPid);
        EXPECT_EQ(e.call, Call::Close);
        EXPECT_EQ(row->mark, CompareMark::Same);
        closed.insert(static_cast<int>(e.args.at(0)));
    }
    EXPECT_EQ(closed,
        (std::set<int> { fdOf(p, "p2cwrite"), fdOf(p, "c2pread"), fdOf(p, "errread"), fdOf(p, "errpipe_read") }));
    for (const auto& [stream, handle] :
        { std::pair { "stdin", "p2cread" }, std::pair { "stdout", "c2pwrite" }, std::pair { "stderr", "errwrite" } }) {
        const ComparedRow& row = rowOf(c, std::string("posix.child.dup2.") + stream);
        const RecordedEvent& e = event(row);
        EXPECT_EQ(e.pid, p.childPid);
        EXPECT_EQ(e.call, Call::Dup2);
        EXPECT_EQ(e.args.at(0), fdOf(p, handle)) << stream;
        EXPECT_EQ(e.args.at(1), c.plan.step(std::string("posix.child.dup2.") + stream)->targetFd);
        EXPECT_EQ(row.mark, CompareMark::Same);
    }
    // close_fds: close_range over everything from 3 up but the error pipe's write end.
    const auto closeFds = rowsOf(c, "posix.child.close_fds");
    ASSERT_FALSE(closeFds.empty());
    for (const ComparedRow* row : closeFds) {
        const RecordedEvent& e = event(*row);
        EXPECT_EQ(e.pid, p.childPid);
        EXPECT_EQ(e.call, Call::CloseRange);
        EXPECT_TRUE(e.args.at(0) > fdOf(p, "errpipe_write") || e.args.at(1) < fdOf(p, "errpipe_write"));
    }
    const RecordedEvent& exec = event(rowOf(c, "posix.exec"));
    EXPECT_EQ(exec.pid, p.childPid);
    EXPECT_EQ(exec.call, Call::Execve);
    EXPECT_EQ(exec.result, 0);

    const RecordedEvent& closeErrWrite = event(rowOf(c, "posix.parent.close_errpipe_write"));
    EXPECT_EQ(closeErrWrite.pid, p.parentPid);
    EXPECT_EQ(closeErrWrite.call, Call::Close);
    EXPECT_EQ(closeErrWrite.args.at(0), fdOf(p, "errpipe_write"));
    for (const auto& [stream, handle] :
        { std::pair { "stdin", "p2cread" }, std::pair { "stdout", "c2pwrite" }, std::pair { "stderr", "errwrite" } }) {
        const RecordedEvent& e = event(rowOf(c, std::string("posix.parent.close.") + stream));
        EXPECT_EQ(e.pid, p.parentPid);
        EXPECT_EQ(e.call, Call::Close);
        EXPECT_EQ(e.args.at(0), fdOf(p, handle));
    }
    expectCloseOrderMarks(rec, c);
    // Without bytes recording the read of the error pipe is not there: its close, which follows it, stands for it.
    const ComparedRow& read = rowOf(c, "posix.parent.read_errpipe");
    const RecordedEvent& readEvent = event(read);
    EXPECT_EQ(readEvent.pid, p.parentPid);
    EXPECT_EQ(readEvent.call, Call::Close);
    EXPECT_EQ(readEvent.args.at(0), fdOf(p, "errpipe_read"));
    EXPECT_EQ(read.mark, CompareMark::Same);
    EXPECT_EQ(read.reason, CompareReason::ReadNotRecorded);
}

// With bytes recorded the read of the error pipe is its own row (EOF: the exec succeeded), and the close that
// follows it is a call the model leaves out.
TEST(PlanCompare, ThreePipesWithBytesReadsTheErrorPipe)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const Recorded r = recordScript(python3(), pipes3, false, true);
    ASSERT_EQ(r.rec.popens.size(), 1U);
    const RecognisedPopen& p = r.rec.popens.front();
    const PlanComparison c = comparePopenWithPlan(r.rec, p);
    SCOPED_TRACE(dump(r.rec, c));
    EXPECT_FALSE(c.predicted.has_value());
    const ComparedRow& read = rowOf(c, "posix.parent.read_errpipe");
    ASSERT_TRUE(read.event.has_value());
    const RecordedEvent& e = r.rec.events[*read.event];
    EXPECT_EQ(e.pid, p.parentPid);
    EXPECT_EQ(e.call, Call::Read);
    EXPECT_EQ(e.args.at(0), fdOf(p, "errpipe_read"));
    EXPECT_EQ(e.result, 0);
    EXPECT_EQ(read.mark, CompareMark::Same);
    EXPECT_EQ(read.reason, CompareReason::None);
    std::vector<const ComparedRow*> extra;
    for (const ComparedRow& row : c.rows)
        if (row.mark == CompareMark::RealOnly)
            extra.push_back(&row);
    ASSERT_EQ(extra.size(), 1U);
    const RecordedEvent& close = r.rec.events[*extra.front()->event];
    EXPECT_EQ(close.call, Call::Close);
    EXPECT_EQ(close.args.at(0), fdOf(p, "errpipe_read"));
    EXPECT_GT(*extra.front()->event, *read.event);
    EXPECT_EQ(extra.front()->reason, CompareReason::ExtraCall);
    expectRunOrder(c);
}

// DEVNULL, None, STDOUT, a file, a caller's fd, PATH search, pass_fds, pipesize: the arguments read back, and the
// steps without a call of their own told apart from those that were not recorded.
TEST(PlanCompare, RedirectKindsReadBack)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    TempDir dir;
    const std::string out = dir.file("out.txt");
    const std::string body = "Popen(['/bin/true'], stdin=DEVNULL, stdout=PIPE, stderr=STDOUT).communicate()\n"
                             "Popen(['/bin/true'], stderr=STDOUT).communicate()\n"
                             "Popen(['/bin/true'], stdin=PIPE, stdout=DEVNULL).communicate()\n"
                             "Popen(['/bin/true'], stdout=PIPE, stderr=DEVNULL).communicate()\n"
                             "f = open('"
        + out
        + "', 'a')\n"
          "Popen(['/bin/true'], stdout=f, stderr=STDOUT).communicate()\n"
          "f.close()\n"
          "os.set_inheritable(1, False)\n"
          "Popen(['/bin/true'], stdin=PIPE, stdout=1).communicate()\n"
          "os.set_inheritable(1, True)\n"
          "Popen(['true'], stdout=PIPE).communicate()\n"
          "r, w = os.pipe()\n"
          "Popen(['/bin/true'], stdout=PIPE, pass_fds=(w,)).communicate()\n"
          "Popen(['/bin/true'], stdout=PIPE, pipesize=131072).communicate()\n"
          "open('"
        + dir.file("w") + "', 'w').write('%d' % w)\n";
    for (const bool files : { true, false }) {
        SCOPED_TRACE(files ? "files recorded" : "files not recorded");
        const Recorded r = recordScript(python3(), body, files);
        const Recording& rec = r.rec;
        ASSERT_EQ(rec.popens.size(), 9U);
        std::vector<PlanComparison> c;
        for (const RecognisedPopen& p : rec.popens)
            c.push_back(comparePopenWithPlan(rec, p, r.version));
        for (size_t i = 0; i < c.size(); ++i) {
            SCOPED_TRACE("Popen " + std::to_string(i) + "\n" + dump(rec, c[i]));
            expectRunOrder(c[i]);
            EXPECT_EQ(c[i].realPath, PopenPath::ForkExec);
            EXPECT_EQ(c[i].predicted, c[i].realSpawn);
            for (const ComparedRow& row : c[i].rows)
                if (row.mark == CompareMark::PlanOnly) {
                    EXPECT_TRUE(row.reason == CompareReason::NoCall || row.reason == CompareReason::NotRecorded
                        || row.reason == CompareReason::CallerKeepsFile)
                        << c[i].plan.steps[*row.planStep].id;
                }
            expectCloseOrderMarks(rec, c[i]);
        }

        expectSameSpec(c[0].spec, { Redirect::devNull(), Redirect::pipe(), Redirect::stdoutRedirect() }, true);
        EXPECT_EQ(rowOf(c[0], "posix.alias.stderr").reason, CompareReason::NoCall);
        const ComparedRow& openNull = rowOf(c[0], "posix.devnull.stdin");
        const ComparedRow& closeNull = rowOf(c[0], "posix.parent.close_devnull");
        if (files) {
            ASSERT_TRUE(openNull.event.has_value());
            EXPECT_EQ(rec.events[*openNull.event].path, "/dev/null");
            EXPECT_EQ(rec.events[*openNull.event].result, fdOf(rec.popens[0], "p2cread"));
            ASSERT_TRUE(closeNull.event.has_value());
            EXPECT_EQ(rec.events[*closeNull.event].call, Call::Close);
            EXPECT_EQ(rec.events[*closeNull.event].args.at(0), fdOf(rec.popens[0], "p2cread"));
        } else {
            EXPECT_EQ(openNull.mark, CompareMark::PlanOnly);
            EXPECT_EQ(openNull.reason, CompareReason::NotRecorded);
            EXPECT_EQ(closeNull.mark, CompareMark::PlanOnly);
            EXPECT_EQ(closeNull.reason, CompareReason::NotRecorded);
        }
        // stderr=STDOUT with stdout None: errwrite is the parent's fd 1.
        expectSameSpec(c[1].spec, { Redirect::inherit(), Redirect::inherit(), Redirect::stdoutRedirect() }, true);
        EXPECT_EQ(c[1].plan.handle(Handle::ErrWrite).origin, HandleOrigin::ParentStdout);
        // The child moves errwrite off fd 1 first (dup, then F_SETFD FD_CLOEXEC on the copy), and dup2s the copy.
        const auto away = rowsOf(c[1], "posix.child.dup_away.stderr");
        ASSERT_EQ(away.size(), 2U);
        const RecordedEvent& dup = rec.events[*away[0]->event];
        const RecordedEvent& cloexec = rec.events[*away[1]->event];
        EXPECT_EQ(dup.pid, rec.popens[1].childPid);
        EXPECT_EQ(dup.call, Call::Dup);
        EXPECT_EQ(dup.args, (std::vector<std::int64_t> { 1 }));
        EXPECT_GE(dup.result, 3);
        EXPECT_EQ(cloexec.call, Call::Fcntl);
        EXPECT_EQ(cloexec.args, (std::vector<std::int64_t> { dup.result, F_SETFD, FD_CLOEXEC }));
        EXPECT_EQ(rec.events[*rowOf(c[1], "posix.child.dup2.stderr").event].args,
            (std::vector<std::int64_t> { dup.result, 2 }));
        expectSameSpec(c[2].spec, { Redirect::pipe(), Redirect::devNull(), Redirect::inherit() }, true);
        expectSameSpec(c[3].spec, { Redirect::inherit(), Redirect::pipe(), Redirect::devNull() }, true);
        // A file object: the caller opened it (with append), Popen never closes it.
        expectSameSpec(c[4].spec, { Redirect::inherit(), Redirect::file(out, true), Redirect::stdoutRedirect() }, true);
        const ComparedRow& openFile = rowOf(c[4], "posix.open.stdout");
        if (files) {
            EXPECT_EQ(openFile.mark, CompareMark::Differs);
            EXPECT_EQ(openFile.reason, CompareReason::OpenedByCaller);
            EXPECT_EQ(rec.events[*openFile.event].path, out);
        } else {
            EXPECT_EQ(openFile.mark, CompareMark::PlanOnly);
            EXPECT_EQ(openFile.reason, CompareReason::NotRecorded);
        }
        EXPECT_EQ(rowOf(c[4], "posix.parent.close_file.stdout").reason, CompareReason::CallerKeepsFile);
        // stdout=1 while fd 1 is close-on-exec: the child clears the flag with F_SETFD instead of a dup2.
        expectSameSpec(c[5].spec, { Redirect::pipe(), Redirect::fromFd(1), Redirect::inherit() }, true);
        const ComparedRow& inheritable = rowOf(c[5], "posix.child.inheritable.stdout");
        ASSERT_TRUE(inheritable.event.has_value());
        const RecordedEvent& setfd = rec.events[*inheritable.event];
        EXPECT_EQ(setfd.pid, rec.popens[5].childPid);
        EXPECT_EQ(setfd.call, Call::Fcntl);
        EXPECT_EQ(setfd.args, (std::vector<std::int64_t> { 1, F_SETFD, 0 }));
        EXPECT_EQ(inheritable.mark, CompareMark::Same);
        // A program without a directory: the child tries each PATH entry; the failures are calls the plan leaves out.
        EXPECT_EQ(c[6].spec.argv, (std::vector<std::string> { "true" }));
        const auto tries = std::ranges::count_if(c[6].rows, [&](const ComparedRow& row) {
            return row.reason == CompareReason::PathSearch && row.mark == CompareMark::RealOnly
                && rec.events[*row.event].call == Call::Execve && rec.events[*row.event].result < 0;
        });
        const auto failedExecs = std::ranges::count_if(rec.events, [&](const RecordedEvent& e) {
            return e.pid == rec.popens[6].childPid && e.call == Call::Execve && e.result < 0;
        });
        EXPECT_EQ(tries, failedExecs);
        EXPECT_EQ(rec.events[*rowOf(c[6], "posix.exec").event].result, 0);
        // pass_fds: the fd close_range left open.
        // pass_fds: the fd close_range left open; the child cleared its FD_CLOEXEC, which the plan leaves out.
        const int w = std::stoi(readFile(dir.file("w")));
        EXPECT_EQ(c[7].spec.passFds, (std::vector<int> { w }));
        const auto passed = std::ranges::find(c[7].rows, CompareMark::RealOnly, &ComparedRow::mark);
        ASSERT_NE(passed, c[7].rows.end());
        EXPECT_EQ(passed->reason, CompareReason::PassFdInheritable);
        EXPECT_EQ(rec.events[*passed->event].args, (std::vector<std::int64_t> { w, F_SETFD, 0 }));
        EXPECT_EQ(c[8].spec.pipeSize, 131072);
        const ComparedRow& size = rowOf(c[8], "posix.pipesize.stdout");
        ASSERT_TRUE(size.event.has_value());
        EXPECT_EQ(rec.events[*size.event].args.at(0), fdOf(rec.popens[8], "c2pwrite"));
        EXPECT_EQ(rec.events[*size.event].args.at(2), 131072);
        for (size_t i = 0; i < c.size(); ++i)
            EXPECT_EQ(count(c[i], CompareMark::RealOnly),
                i == 6       ? static_cast<size_t>(failedExecs)
                    : i == 7 ? 1U
                             : 0U)
                << "Popen " << i << "\n"
                << dump(rec, c[i]);
    }
}

// close_fds=False and a program with a directory: os.posix_spawn, no error pipe, the dup2 a file action.
TEST(PlanCompare, PosixSpawnHasNoErrorPipe)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const Recorded r = recordScript(python3(), "Popen(['/bin/true'], stdout=PIPE, close_fds=False).communicate()\n");
    const Recording& rec = r.rec;
    ASSERT_EQ(rec.popens.size(), 1U);
    const RecognisedPopen& p = rec.popens.front();
    const PlanComparison c = comparePopenWithPlan(rec, p, r.version);
    SCOPED_TRACE(dump(rec, c));
    expectSameSpec(c.spec, { Redirect::inherit(), Redirect::pipe(), Redirect::inherit() }, false);
    EXPECT_EQ(c.realPath, PopenPath::PosixSpawn);
    EXPECT_EQ(c.realSpawn, SpawnPath::PosixSpawn);
    EXPECT_EQ(c.predicted, SpawnPath::PosixSpawn);
    for (const char* id : { "posix.errpipe", "posix.parent.close_errpipe_write", "posix.parent.read_errpipe" }) {
        const ComparedRow& row = rowOf(c, id);
        EXPECT_EQ(row.mark, CompareMark::PlanOnly) << id;
        EXPECT_EQ(row.reason, CompareReason::PosixSpawnNoErrPipe) << id;
        EXPECT_FALSE(row.event.has_value());
    }
    const ComparedRow& forkRow = rowOf(c, "posix.fork");
    ASSERT_TRUE(forkRow.event.has_value());
    const RecordedEvent& spawn = rec.events[*forkRow.event];
    EXPECT_TRUE(spawn.call == Call::Clone || spawn.call == Call::Clone3);
    EXPECT_TRUE(startedLikeVfork(spawn));
    EXPECT_EQ(spawn.result, p.childPid);
    EXPECT_EQ(forkRow.mark, CompareMark::Differs);
    EXPECT_EQ(forkRow.reason, CompareReason::PosixSpawnClone);
    // posix_spawn's file actions: close c2pread, dup2 c2pwrite onto 1, in the child.
    const ComparedRow& closeEnd = rowOf(c, "posix.child.close_parent_ends");
    ASSERT_TRUE(closeEnd.event.has_value());
    EXPECT_EQ(rec.events[*closeEnd.event].pid, p.childPid);
    EXPECT_EQ(rec.events[*closeEnd.event].call, Call::Close);
    EXPECT_EQ(rec.events[*closeEnd.event].args.at(0), fdOf(p, "c2pread"));
    const ComparedRow& dup = rowOf(c, "posix.child.dup2.stdout");
    ASSERT_TRUE(dup.event.has_value());
    EXPECT_EQ(rec.events[*dup.event].pid, p.childPid);
    EXPECT_EQ(rec.events[*dup.event].args, (std::vector<std::int64_t> { fdOf(p, "c2pwrite"), 1 }));
    const ComparedRow& close = rowOf(c, "posix.parent.close.stdout");
    ASSERT_TRUE(close.event.has_value());
    EXPECT_EQ(rec.events[*close.event].pid, p.parentPid);
    EXPECT_EQ(rec.events[*close.event].args.at(0), fdOf(p, "c2pwrite"));
    EXPECT_EQ(close.mark, CompareMark::Same);
    EXPECT_EQ(rowOf(c, "posix.exec").mark, CompareMark::Same);
    EXPECT_EQ(count(c, CompareMark::RealOnly), 0U);
    EXPECT_EQ(count(c, CompareMark::PlanOnly), 3U);
    // The plan-only rows stand where the plan has them: the error pipe before the spawn, its close and read after
    // the exec.
    std::vector<std::string> ids;
    for (const ComparedRow& row : c.rows)
        ids.push_back(c.plan.steps[*row.planStep].id);
    EXPECT_EQ(ids,
        (std::vector<std::string> { "posix.pipe.stdout", "posix.errpipe", "posix.fork", "posix.child.close_parent_ends",
            "posix.child.dup2.stdout", "posix.exec", "posix.parent.close_errpipe_write", "posix.parent.close.stdout",
            "posix.parent.read_errpipe" }));
}

// Python 3.13 takes posix_spawn with close_fds=True too (POSIX_SPAWN_CLOSEFROM): close_fds is glibc's close_range.
TEST(PlanCompare, Python313ClosesFdsInPosixSpawn)
{
    std::string python313;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/root/.pyenv/versions", ec))
        if (entry.path().filename().string().starts_with("3.13")
            && std::filesystem::exists(entry.path() / "bin" / "python3.13"))
            python313 = (entry.path() / "bin" / "python3.13").string();
    if (python313.empty())
        GTEST_SKIP() << "no python3.13 under /root/.pyenv/versions";
    const Recorded r = recordScript(python313, pipes3);
    const Recording& rec = r.rec;
    ASSERT_EQ(r.version, (std::pair { 3, 13 }));
    ASSERT_EQ(rec.popens.size(), 1U);
    const RecognisedPopen& p = rec.popens.front();
    const PlanComparison c = comparePopenWithPlan(rec, p, r.version);
    SCOPED_TRACE(dump(rec, c));
    expectSameSpec(c.spec, { Redirect::pipe(), Redirect::pipe(), Redirect::pipe() }, true);
    EXPECT_EQ(c.realPath, PopenPath::PosixSpawn);
    EXPECT_EQ(c.predicted, SpawnPath::PosixSpawn);
    // The same arguments on 3.11 are predicted to take fork_exec with vfork.
    EXPECT_EQ(cpythonSpawnPath({ .pythonMajor = 3, .pythonMinor = 11, .closeFds = c.spec.closeFds }), SpawnPath::Vfork);
    const ComparedRow& closeFds = rowOf(c, "posix.child.close_fds");
    ASSERT_TRUE(closeFds.event.has_value());
    const RecordedEvent& range = rec.events[*closeFds.event];
    EXPECT_EQ(range.pid, p.childPid);
    EXPECT_EQ(range.call, Call::CloseRange);
    EXPECT_EQ(range.args.at(0), 3);
    EXPECT_EQ(closeFds.mark, CompareMark::Same);
    for (const char* id : { "posix.errpipe", "posix.parent.close_errpipe_write", "posix.parent.read_errpipe" })
        EXPECT_EQ(rowOf(c, id).reason, CompareReason::PosixSpawnNoErrPipe) << id;
    EXPECT_EQ(rowOf(c, "posix.fork").reason, CompareReason::PosixSpawnClone);
    EXPECT_EQ(rowsOf(c, "posix.child.close_parent_ends").size(), 3U);
    EXPECT_EQ(count(c, CompareMark::RealOnly), 0U);
    EXPECT_EQ(count(c, CompareMark::PlanOnly), 3U);
    expectCloseOrderMarks(rec, c);
    expectRunOrder(c);
}
