// SPDX-License-Identifier: GPL-3.0-or-later
#include "popen/plan.h"
#include "popen/spawnpath.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace pipescope;

namespace {

SpawnSpec specOf(Redirect in, Redirect out, Redirect err)
{
    SpawnSpec spec;
    spec.argv = { "prog" };
    spec.redirects = { std::move(in), std::move(out), std::move(err) };
    return spec;
}

std::vector<std::string> ids(const HandlePlan& plan)
{
    std::vector<std::string> out;
    for (const Step& s : plan.steps)
        out.push_back(s.id);
    return out;
}

TEST(Plan, SeedDemoPosix)
{
    const HandlePlan plan = planHandles(specOf(Redirect::pipe(), Redirect::pipe(), Redirect::inherit()), Lens::Posix);
    EXPECT_EQ(plan.handle(Handle::P2cRead).origin, HandleOrigin::PipeRead);
    EXPECT_EQ(plan.handle(Handle::P2cWrite).origin, HandleOrigin::PipeWrite);
    EXPECT_EQ(plan.handle(Handle::C2pRead).origin, HandleOrigin::PipeRead);
    EXPECT_EQ(plan.handle(Handle::C2pWrite).origin, HandleOrigin::PipeWrite);
    EXPECT_EQ(plan.handle(Handle::ErrRead).origin, HandleOrigin::Absent);
    EXPECT_EQ(plan.handle(Handle::ErrWrite).origin, HandleOrigin::Absent);
    const std::vector<std::string> expected { "posix.pipe.stdin", "posix.pipe.stdout", "posix.errpipe", "posix.fork",
        "posix.child.close_parent_ends", "posix.child.dup2.stdin", "posix.child.dup2.stdout", "posix.child.close_fds",
        "posix.exec", "posix.parent.close_errpipe_write", "posix.parent.close.stdin", "posix.parent.close.stdout",
        "posix.parent.read_errpipe" };
    EXPECT_EQ(ids(plan), expected);
    const Step* closeEnds = plan.step("posix.child.close_parent_ends");
    ASSERT_NE(closeEnds, nullptr);
    EXPECT_EQ(closeEnds->actor, Actor::Child);
    EXPECT_EQ(closeEnds->handles, (std::vector<Handle> { Handle::P2cWrite, Handle::C2pRead }));
    EXPECT_EQ(plan.step("posix.child.dup2.stdout")->targetFd, 1);
}

TEST(Plan, AllNoneStillForksAndExecs)
{
    const HandlePlan plan = planHandles(specOf({}, {}, {}), Lens::Posix);
    for (const HandleInfo& h : plan.handles)
        EXPECT_EQ(h.origin, HandleOrigin::Absent) << handleName(h.handle);
    const std::vector<std::string> expected { "posix.errpipe", "posix.fork", "posix.child.close_parent_ends",
        "posix.child.close_fds", "posix.exec", "posix.parent.close_errpipe_write", "posix.parent.read_errpipe" };
    EXPECT_EQ(ids(plan), expected);
}

TEST(Plan, StderrToStdoutPipeSharesC2pWrite)
{
    const HandlePlan plan = planHandles(specOf({}, Redirect::pipe(), Redirect::stdoutRedirect()), Lens::Posix);
    EXPECT_EQ(plan.handle(Handle::ErrWrite).origin, HandleOrigin::SameAsC2pWrite);
    EXPECT_NE(plan.step("posix.alias.stderr"), nullptr);
    EXPECT_NE(plan.step("posix.child.dup2.stderr"), nullptr);
    EXPECT_EQ(plan.step("posix.child.dup_away.stderr"), nullptr);
    // The parent closes c2pwrite once: errwrite is the same fd, not a pipe of its own.
    EXPECT_EQ(plan.step("posix.parent.close.stderr"), nullptr);
}

TEST(Plan, StderrToStdoutWithoutStdoutRedirectUsesParentStdout)
{
    const HandlePlan plan = planHandles(specOf({}, {}, Redirect::stdoutRedirect()), Lens::Posix);
    EXPECT_EQ(plan.handle(Handle::ErrWrite).origin, HandleOrigin::ParentStdout);
    // errwrite == 1: CPython dup()s it off fd 1 first, then dup2()s it onto 2.
    const auto steps = ids(plan);
    const auto away = std::ranges::find(steps, "posix.child.dup_away.stderr");
    const auto dup2 = std::ranges::find(steps, "posix.child.dup2.stderr");
    ASSERT_NE(away, steps.end());
    ASSERT_NE(dup2, steps.end());
    EXPECT_LT(away, dup2);
}

TEST(Plan, CallerFdAlreadyOnTargetOnlyClearsCloexec)
{
    const HandlePlan plan = planHandles(specOf(Redirect::fromFd(0), Redirect::fromFd(0), {}), Lens::Posix);
    EXPECT_NE(plan.step("posix.child.inheritable.stdin"), nullptr);
    EXPECT_EQ(plan.step("posix.child.dup2.stdin"), nullptr);
    // c2pwrite == 0 would be overwritten by the dup2 onto 0: moved away first.
    EXPECT_NE(plan.step("posix.child.dup_away.stdout"), nullptr);
}

TEST(Plan, DevNullIsOpenedOnceAndClosedOnce)
{
    const HandlePlan plan
        = planHandles(specOf(Redirect::devNull(), Redirect::devNull(), Redirect::devNull()), Lens::Posix);
    EXPECT_EQ(plan.step("posix.devnull.stdin")->action, StepAction::OpenDevNull);
    EXPECT_EQ(plan.step("posix.devnull.stdout")->action, StepAction::ReuseDevNull);
    EXPECT_EQ(plan.step("posix.devnull.stderr")->action, StepAction::ReuseDevNull);
    EXPECT_EQ(std::ranges::count(ids(plan), std::string("posix.parent.close_devnull")), 1);
}

TEST(Plan, PipeSizeStepOnlyWhenAsked)
{
    SpawnSpec spec = specOf(Redirect::pipe(), Redirect::pipe(), Redirect::pipe());
    EXPECT_EQ(planHandles(spec, Lens::Posix).step("posix.pipesize.stdout"), nullptr);
    spec.pipeSize = 1 << 20;
    const HandlePlan plan = planHandles(spec, Lens::Posix);
    for (const char* id : { "posix.pipesize.stdin", "posix.pipesize.stdout", "posix.pipesize.stderr" })
        EXPECT_NE(plan.step(id), nullptr) << id;
    EXPECT_EQ(plan.step("posix.pipesize.stdin")->handles, std::vector<Handle> { Handle::P2cWrite });
}

TEST(Plan, FilesAreOpenedAndClosedByTheParent)
{
    const HandlePlan plan = planHandles(specOf(Redirect::file("/in"), Redirect::file("/out", true), {}), Lens::Posix);
    EXPECT_EQ(plan.handle(Handle::P2cRead).origin, HandleOrigin::File);
    EXPECT_EQ(plan.handle(Handle::P2cRead).path, "/in");
    EXPECT_NE(plan.step("posix.open.stdout"), nullptr);
    EXPECT_NE(plan.step("posix.parent.close_file.stdin"), nullptr);
    EXPECT_NE(plan.step("posix.parent.close_file.stdout"), nullptr);
}

TEST(PlanWindows, AllNoneReturnsNoHandles)
{
    // _get_handles returns six -1 when all three are None; _execute_child then sets no STARTF_USESTDHANDLES, makes
    // no handle list, and passes bInheritHandles = not close_fds.
    const HandlePlan plan = planHandles(specOf({}, {}, {}), Lens::Windows);
    for (const HandleInfo& h : plan.handles)
        EXPECT_EQ(h.origin, HandleOrigin::Absent);
    EXPECT_EQ(ids(plan), std::vector<std::string> { "win.createprocess" });
    EXPECT_FALSE(usesStdHandles(plan));
    EXPECT_FALSE(hasHandleList(plan));
    EXPECT_FALSE(plan.inheritHandles);

    SpawnSpec keepFds = specOf({}, {}, {});
    keepFds.closeFds = false;
    EXPECT_TRUE(planHandles(keepFds, Lens::Windows).inheritHandles);
}

TEST(PlanWindows, AnyRedirectInheritsOnlyTheHandleList)
{
    for (const Redirect& r : { Redirect::pipe(), Redirect::devNull(), Redirect::file("/f") }) {
        const HandlePlan plan = planHandles(specOf({}, r, {}), Lens::Windows);
        EXPECT_TRUE(usesStdHandles(plan));
        EXPECT_TRUE(hasHandleList(plan));
        EXPECT_TRUE(plan.inheritHandles);
        const Step* list = plan.step("win.handlelist");
        ASSERT_NE(list, nullptr);
        EXPECT_EQ(list->action, StepAction::FillStartupInfo);
        EXPECT_EQ(list->handles, (std::vector<Handle> { Handle::P2cRead, Handle::C2pWrite, Handle::ErrWrite }));
        const auto steps = ids(plan);
        EXPECT_LT(std::ranges::find(steps, "win.startupinfo"), std::ranges::find(steps, "win.handlelist"));
        EXPECT_LT(std::ranges::find(steps, "win.handlelist"), std::ranges::find(steps, "win.createprocess"));
    }
}

TEST(PlanWindows, CloseFdsFalseHasNoHandleList)
{
    SpawnSpec spec = specOf(Redirect::pipe(), {}, {});
    spec.closeFds = false;
    const HandlePlan plan = planHandles(spec, Lens::Windows);
    EXPECT_FALSE(hasHandleList(plan));
    EXPECT_TRUE(usesStdHandles(plan));
    EXPECT_TRUE(plan.inheritHandles);
}

TEST(PlanPosix, NeitherStdHandlesNorInheritFlag)
{
    const HandlePlan plan = planHandles(specOf(Redirect::pipe(), {}, {}), Lens::Posix);
    EXPECT_FALSE(usesStdHandles(plan));
    EXPECT_FALSE(hasHandleList(plan));
    EXPECT_FALSE(plan.inheritHandles);
}

// The branch of subprocess.py's POSIX _execute_child, as CPython 3.8, 3.11 and 3.13 have it.
SpawnPathQuery python(int minor)
{
    return SpawnPathQuery { .pythonMajor = 3, .pythonMinor = minor };
}

TEST(SpawnPath, Python38UsesPosixSpawnOnlyWithoutCloseFds)
{
    EXPECT_EQ(cpythonSpawnPath(python(8)), SpawnPath::Fork); // close_fds=True; no vfork before 3.10
    SpawnPathQuery q = python(8);
    q.closeFds = false;
    EXPECT_EQ(cpythonSpawnPath(q), SpawnPath::PosixSpawn);
    q.programHasDirectory = false;
    EXPECT_EQ(cpythonSpawnPath(q), SpawnPath::Fork);
    SpawnPathQuery old = python(7);
    old.closeFds = false;
    EXPECT_EQ(cpythonSpawnPath(old), SpawnPath::Fork);
}

TEST(SpawnPath, Python311VforksUnlessPosixSpawnApplies)
{
    EXPECT_EQ(cpythonSpawnPath(python(11)), SpawnPath::Vfork);
    SpawnPathQuery q = python(11);
    q.closeFds = false;
    EXPECT_EQ(cpythonSpawnPath(q), SpawnPath::PosixSpawn);
    q.cwd = true;
    EXPECT_EQ(cpythonSpawnPath(q), SpawnPath::Vfork);
    SpawnPathQuery preexec = python(11);
    preexec.preexecFn = true;
    EXPECT_EQ(cpythonSpawnPath(preexec), SpawnPath::Fork);
    SpawnPathQuery ids = python(11);
    ids.changesIds = true;
    EXPECT_EQ(cpythonSpawnPath(ids), SpawnPath::Fork);
    SpawnPathQuery notLinux = python(11);
    notLinux.linux = false;
    EXPECT_EQ(cpythonSpawnPath(notLinux), SpawnPath::Fork);
}

TEST(SpawnPath, Python313PosixSpawnsWithCloseFdsWhenClosefromExists)
{
    EXPECT_EQ(cpythonSpawnPath(python(13)), SpawnPath::PosixSpawn);
    SpawnPathQuery bare = python(13);
    bare.programHasDirectory = false;
    EXPECT_EQ(cpythonSpawnPath(bare), SpawnPath::Vfork);
    SpawnPathQuery noClosefrom = python(13);
    noClosefrom.posixSpawnClosefrom = false;
    EXPECT_EQ(cpythonSpawnPath(noClosefrom), SpawnPath::Vfork);
    SpawnPathQuery onStdFd = python(13);
    onStdFd.childEndOnStdFd = true;
    EXPECT_EQ(cpythonSpawnPath(onStdFd), SpawnPath::Vfork);
    SpawnPathQuery passFds = python(13);
    passFds.passFds = true;
    EXPECT_EQ(cpythonSpawnPath(passFds), SpawnPath::Vfork);
}

TEST(PlanWindows, SeedDemoUsesCreatePipeAndConsoleForStderr)
{
    const HandlePlan plan = planHandles(specOf(Redirect::pipe(), Redirect::pipe(), {}), Lens::Windows);
    EXPECT_EQ(plan.step("win.createpipe.stdin")->action, StepAction::CreatePipe);
    EXPECT_EQ(plan.step("win.getstdhandle.stderr")->action, StepAction::GetStdHandle);
    EXPECT_EQ(plan.handle(Handle::ErrWrite).origin, HandleOrigin::ConsoleHandle);
    for (const char* id : { "win.inheritable.stdin", "win.inheritable.stdout", "win.inheritable.stderr",
             "win.startupinfo", "win.handlelist", "win.createprocess", "win.closehandle.stdin",
             "win.closehandle.stdout", "win.closehandle.stderr" })
        EXPECT_NE(plan.step(id), nullptr) << id;
    for (const Step& s : plan.steps)
        EXPECT_TRUE(s.id.starts_with("win.")) << s.id;
}

TEST(PlanWindows, NoConsoleMakesDummyPipeAndClosesItsOtherEnd)
{
    const HandlePlan plan = planHandles(specOf({}, Redirect::pipe(), {}), Lens::Windows, false);
    EXPECT_EQ(plan.handle(Handle::P2cRead).origin, HandleOrigin::DummyPipe);
    EXPECT_EQ(plan.handle(Handle::ErrWrite).origin, HandleOrigin::DummyPipe);
    const auto steps = ids(plan);
    const auto get = std::ranges::find(steps, "win.getstdhandle.stdin");
    const auto dummy = std::ranges::find(steps, "win.dummypipe.stdin");
    const auto close = std::ranges::find(steps, "win.closedummy.stdin");
    ASSERT_NE(close, steps.end());
    EXPECT_LT(get, dummy);
    EXPECT_LT(dummy, close);
    EXPECT_EQ(plan.step("win.closedummy.stdin")->action, StepAction::CloseDummyEnd);
}

TEST(PlanNames, RoundTrip)
{
    for (Handle h : allHandles)
        EXPECT_EQ(handleFromName(handleName(h)), h);
    for (int a = 0; a <= static_cast<int>(StepAction::CloseHandle); ++a) {
        const auto action = static_cast<StepAction>(a);
        EXPECT_FALSE(actionName(action).empty()) << a;
        EXPECT_EQ(actionFromName(actionName(action)), action);
    }
    for (int o = 0; o <= static_cast<int>(HandleOrigin::DummyPipe); ++o)
        EXPECT_EQ(originFromName(originName(static_cast<HandleOrigin>(o))), static_cast<HandleOrigin>(o));
    EXPECT_EQ(handleFromName("p2cread"), Handle::P2cRead);
    EXPECT_FALSE(handleFromName("P2CREAD"));
}

// Every step id is unique within a plan: the GUI keys explanations and source lines on it.
TEST(Plan, StepIdsAreUnique)
{
    const std::vector<Redirect> options { {}, Redirect::pipe(), Redirect::devNull(), Redirect::fromFd(5),
        Redirect::file("/f") };
    for (Lens lens : { Lens::Posix, Lens::Windows })
        for (const auto& in : options)
            for (const auto& out : options)
                for (const auto& err : options) {
                    auto steps = ids(planHandles(specOf(in, out, err), lens));
                    std::ranges::sort(steps);
                    EXPECT_EQ(std::ranges::adjacent_find(steps), steps.end());
                }
}

} // namespace
