// SPDX-License-Identifier: GPL-3.0-or-later
#include "popen/plan.h"

#include "base/names.h"

#include <algorithm>

namespace pipescope {

namespace {

constexpr std::pair<Handle, std::string_view> handleNames[] {
    { Handle::P2cRead, "p2cread" },
    { Handle::P2cWrite, "p2cwrite" },
    { Handle::C2pRead, "c2pread" },
    { Handle::C2pWrite, "c2pwrite" },
    { Handle::ErrRead, "errread" },
    { Handle::ErrWrite, "errwrite" },
};

constexpr std::pair<Lens, std::string_view> lensNames[] {
    { Lens::Posix, "posix" },
    { Lens::Windows, "windows" },
};

constexpr std::pair<HandleOrigin, std::string_view> originNames[] {
    { HandleOrigin::Absent, "absent" },
    { HandleOrigin::PipeRead, "pipe-read" },
    { HandleOrigin::PipeWrite, "pipe-write" },
    { HandleOrigin::DevNull, "devnull" },
    { HandleOrigin::CallerFd, "caller-fd" },
    { HandleOrigin::File, "file" },
    { HandleOrigin::SameAsC2pWrite, "same-as-c2pwrite" },
    { HandleOrigin::ParentStdout, "parent-stdout" },
    { HandleOrigin::ConsoleHandle, "console-handle" },
    { HandleOrigin::DummyPipe, "dummy-pipe" },
};

constexpr std::pair<StepAction, std::string_view> actionNames[] {
    { StepAction::CreatePipe, "create-pipe" },
    { StepAction::SetPipeSize, "set-pipe-size" },
    { StepAction::OpenDevNull, "open-devnull" },
    { StepAction::ReuseDevNull, "reuse-devnull" },
    { StepAction::OpenFile, "open-file" },
    { StepAction::UseCallerFd, "use-caller-fd" },
    { StepAction::AliasStdout, "alias-stdout" },
    { StepAction::CreateErrPipe, "create-errpipe" },
    { StepAction::Fork, "fork" },
    { StepAction::ChildCloseParentEnds, "child-close-parent-ends" },
    { StepAction::ChildDupAway, "child-dup-away" },
    { StepAction::ChildDup2, "child-dup2" },
    { StepAction::ChildSetInheritable, "child-set-inheritable" },
    { StepAction::ChildCloseFds, "child-close-fds" },
    { StepAction::Exec, "exec" },
    { StepAction::ParentCloseErrPipeWrite, "parent-close-errpipe-write" },
    { StepAction::ParentCloseChildEnd, "parent-close-child-end" },
    { StepAction::ParentCloseDevNull, "parent-close-devnull" },
    { StepAction::ParentCloseFile, "parent-close-file" },
    { StepAction::ReadErrPipe, "read-errpipe" },
    { StepAction::GetStdHandle, "get-std-handle" },
    { StepAction::GetOsfHandle, "get-osf-handle" },
    { StepAction::CloseDummyEnd, "close-dummy-end" },
    { StepAction::MakeInheritable, "make-inheritable" },
    { StepAction::FillStartupInfo, "fill-startupinfo" },
    { StepAction::CreateProcess, "create-process" },
    { StepAction::CloseHandle, "close-handle" },
};

std::string streamId(std::string_view prefix, Stream s)
{
    return std::string(prefix) + std::string(streamName(s));
}

class PlanBuilder
{
public:
    PlanBuilder(const SpawnSpec& spec, Lens lens, bool windowsConsole)
        : m_spec(spec)
        , m_windowsConsole(windowsConsole)
    {
        m_plan.lens = lens;
        for (Handle h : allHandles)
            info(h).handle = h;
    }

    HandlePlan build()
    {
        if (m_plan.lens == Lens::Posix)
            buildPosix();
        else
            buildWindows();
        return std::move(m_plan);
    }

private:
    HandleInfo& info(Handle h) { return m_plan.handles[static_cast<size_t>(h)]; }
    bool present(Handle h) const { return m_plan.handles[static_cast<size_t>(h)].origin != HandleOrigin::Absent; }

    void add(std::string id, Actor actor, StepAction action, std::optional<Stream> stream, std::vector<Handle> handles,
        int targetFd = -1)
    {
        m_plan.steps.push_back(Step { .id = std::move(id),
            .actor = actor,
            .action = action,
            .stream = stream,
            .handles = std::move(handles),
            .targetFd = targetFd });
    }

    // The fd number a child handle is known to have before anything runs, or -1.
    int knownFd(Handle h) const
    {
        const HandleInfo& i = m_plan.handles[static_cast<size_t>(h)];
        if (i.origin == HandleOrigin::CallerFd)
            return i.callerFd;
        if (i.origin == HandleOrigin::ParentStdout)
            return 1;
        if (i.origin == HandleOrigin::SameAsC2pWrite)
            return knownFd(Handle::C2pWrite);
        return -1;
    }

    // _get_handles, POSIX branch, one stream.
    void posixStream(Stream s)
    {
        const Redirect& r = m_spec.redirect(s);
        const Handle child = childHandle(s);
        const Handle parent = parentHandle(s);
        switch (r.kind) {
        case Redirect::Kind::Inherit:
            return;
        case Redirect::Kind::Pipe: {
            const Handle read = s == Stream::Stdin ? child : parent;
            const Handle write = s == Stream::Stdin ? parent : child;
            info(read).origin = HandleOrigin::PipeRead;
            info(write).origin = HandleOrigin::PipeWrite;
            add(streamId("posix.pipe.", s), Actor::Parent, StepAction::CreatePipe, s, { read, write });
            if (m_spec.pipeSize > 0)
                add(streamId("posix.pipesize.", s), Actor::Parent, StepAction::SetPipeSize, s, { write });
            return;
        }
        case Redirect::Kind::DevNull:
            info(child).origin = HandleOrigin::DevNull;
            if (!m_devNullOpened) {
                m_devNullOpened = true;
                add(streamId("posix.devnull.", s), Actor::Parent, StepAction::OpenDevNull, s, { child });
            } else {
                add(streamId("posix.devnull.", s), Actor::Parent, StepAction::ReuseDevNull, s, { child });
            }
            return;
        case Redirect::Kind::Fd:
            info(child).origin = HandleOrigin::CallerFd;
            info(child).callerFd = r.fd;
            add(streamId("posix.fd.", s), Actor::Parent, StepAction::UseCallerFd, s, { child });
            return;
        case Redirect::Kind::File:
            info(child).origin = HandleOrigin::File;
            info(child).path = r.path;
            add(streamId("posix.open.", s), Actor::Parent, StepAction::OpenFile, s, { child });
            return;
        case Redirect::Kind::Stdout:
            info(child).origin = present(Handle::C2pWrite) ? HandleOrigin::SameAsC2pWrite : HandleOrigin::ParentStdout;
            add(streamId("posix.alias.", s), Actor::Parent, StepAction::AliasStdout, s, { child });
            return;
        }
    }

    void buildPosix()
    {
        for (Stream s : allStreams)
            posixStream(s);
        add("posix.errpipe", Actor::Parent, StepAction::CreateErrPipe, std::nullopt, {});
        add("posix.fork", Actor::Parent, StepAction::Fork, std::nullopt, {});

        // _posixsubprocess child_exec, between fork and exec.
        std::vector<Handle> parentEnds;
        for (Handle h : { Handle::P2cWrite, Handle::C2pRead, Handle::ErrRead })
            if (present(h))
                parentEnds.push_back(h);
        add("posix.child.close_parent_ends", Actor::Child, StepAction::ChildCloseParentEnds, std::nullopt, parentEnds);
        if (present(Handle::C2pWrite) && knownFd(Handle::C2pWrite) == 0)
            add("posix.child.dup_away.stdout", Actor::Child, StepAction::ChildDupAway, Stream::Stdout,
                { Handle::C2pWrite });
        if (present(Handle::ErrWrite) && (knownFd(Handle::ErrWrite) == 0 || knownFd(Handle::ErrWrite) == 1))
            add("posix.child.dup_away.stderr", Actor::Child, StepAction::ChildDupAway, Stream::Stderr,
                { Handle::ErrWrite });
        for (Stream s : allStreams) {
            const Handle h = childHandle(s);
            if (!present(h))
                continue;
            if (knownFd(h) == streamFd(s))
                add(streamId("posix.child.inheritable.", s), Actor::Child, StepAction::ChildSetInheritable, s, { h },
                    streamFd(s));
            else
                add(streamId("posix.child.dup2.", s), Actor::Child, StepAction::ChildDup2, s, { h }, streamFd(s));
        }
        if (m_spec.closeFds)
            add("posix.child.close_fds", Actor::Child, StepAction::ChildCloseFds, std::nullopt, {});
        add("posix.exec", Actor::Child, StepAction::Exec, std::nullopt, {});

        // Back in the parent: Popen._execute_child and _close_pipe_fds.
        add("posix.parent.close_errpipe_write", Actor::Parent, StepAction::ParentCloseErrPipeWrite, std::nullopt, {});
        for (Stream s : allStreams) {
            const Handle h = childHandle(s);
            const HandleOrigin o = info(h).origin;
            if (o == HandleOrigin::PipeRead || o == HandleOrigin::PipeWrite)
                add(streamId("posix.parent.close.", s), Actor::Parent, StepAction::ParentCloseChildEnd, s, { h });
        }
        if (m_devNullOpened)
            add("posix.parent.close_devnull", Actor::Parent, StepAction::ParentCloseDevNull, std::nullopt, {});
        for (Stream s : allStreams)
            if (info(childHandle(s)).origin == HandleOrigin::File)
                add(streamId("posix.parent.close_file.", s), Actor::Parent, StepAction::ParentCloseFile, s,
                    { childHandle(s) });
        add("posix.parent.read_errpipe", Actor::Parent, StepAction::ReadErrPipe, std::nullopt, {});
    }

    // _get_handles, Windows branch, one stream.
    void windowsStream(Stream s)
    {
        const Redirect& r = m_spec.redirect(s);
        const Handle child = childHandle(s);
        const Handle parent = parentHandle(s);
        switch (r.kind) {
        case Redirect::Kind::Inherit:
            info(child).origin = HandleOrigin::ConsoleHandle;
            add(streamId("win.getstdhandle.", s), Actor::Parent, StepAction::GetStdHandle, s, { child });
            if (!m_windowsConsole) {
                info(child).origin = HandleOrigin::DummyPipe;
                add(streamId("win.dummypipe.", s), Actor::Parent, StepAction::CreatePipe, s, { child });
                add(streamId("win.closedummy.", s), Actor::Parent, StepAction::CloseDummyEnd, s, { child });
            }
            break;
        case Redirect::Kind::Pipe: {
            const Handle read = s == Stream::Stdin ? child : parent;
            const Handle write = s == Stream::Stdin ? parent : child;
            info(read).origin = HandleOrigin::PipeRead;
            info(write).origin = HandleOrigin::PipeWrite;
            add(streamId("win.createpipe.", s), Actor::Parent, StepAction::CreatePipe, s, { read, write });
            break;
        }
        case Redirect::Kind::DevNull:
            info(child).origin = HandleOrigin::DevNull;
            m_devNullOpened = true;
            add(streamId("win.devnull.", s), Actor::Parent, StepAction::GetOsfHandle, s, { child });
            break;
        case Redirect::Kind::Fd:
            info(child).origin = HandleOrigin::CallerFd;
            info(child).callerFd = r.fd;
            add(streamId("win.osfhandle.", s), Actor::Parent, StepAction::GetOsfHandle, s, { child });
            break;
        case Redirect::Kind::File:
            info(child).origin = HandleOrigin::File;
            info(child).path = r.path;
            add(streamId("win.osfhandle.", s), Actor::Parent, StepAction::GetOsfHandle, s, { child });
            break;
        case Redirect::Kind::Stdout:
            info(child).origin = HandleOrigin::SameAsC2pWrite;
            add(streamId("win.alias.", s), Actor::Parent, StepAction::AliasStdout, s, { child });
            break;
        }
        add(streamId("win.inheritable.", s), Actor::Parent, StepAction::MakeInheritable, s, { child });
    }

    // _execute_child, Windows branch. With any stream redirected, _get_handles fills all three child handles, so
    // STARTF_USESTDHANDLES is set; with close_fds (the default since 3.7) only those three go into the attribute
    // list's handle list, and bInheritHandles=TRUE then inherits nothing else. With all three None there are no
    // handles, no handle list, and bInheritHandles = not close_fds.
    void buildWindows()
    {
        const bool allNone = std::ranges::all_of(
            m_spec.redirects, [](const Redirect& r) { return r.kind == Redirect::Kind::Inherit; });
        bool inherit = !m_spec.closeFds;
        if (!allNone) {
            for (Stream s : allStreams)
                windowsStream(s);
            add("win.startupinfo", Actor::Parent, StepAction::FillStartupInfo, std::nullopt,
                { Handle::P2cRead, Handle::C2pWrite, Handle::ErrWrite });
            if (m_spec.closeFds) {
                add("win.handlelist", Actor::Parent, StepAction::FillStartupInfo, std::nullopt,
                    { Handle::P2cRead, Handle::C2pWrite, Handle::ErrWrite });
                inherit = true;
            }
        }
        m_plan.inheritHandles = inherit;
        add("win.createprocess", Actor::Kernel, StepAction::CreateProcess, std::nullopt, {});
        for (Stream s : allStreams)
            if (present(childHandle(s)))
                add(streamId("win.closehandle.", s), Actor::Parent, StepAction::CloseHandle, s, { childHandle(s) });
        if (m_devNullOpened)
            add("win.closedevnull", Actor::Parent, StepAction::ParentCloseDevNull, std::nullopt, {});
    }

    const SpawnSpec& m_spec;
    bool m_windowsConsole = true;
    bool m_devNullOpened = false;
    HandlePlan m_plan;
};

} // namespace

std::string_view handleName(Handle h)
{
    return detail::nameOf<Handle>(handleNames, h);
}
std::optional<Handle> handleFromName(std::string_view name)
{
    return detail::valueOf<Handle>(handleNames, name);
}
std::string_view lensName(Lens l)
{
    return detail::nameOf<Lens>(lensNames, l);
}
std::optional<Lens> lensFromName(std::string_view name)
{
    return detail::valueOf<Lens>(lensNames, name);
}
std::string_view originName(HandleOrigin o)
{
    return detail::nameOf<HandleOrigin>(originNames, o);
}
std::optional<HandleOrigin> originFromName(std::string_view name)
{
    return detail::valueOf<HandleOrigin>(originNames, name);
}
std::string_view actionName(StepAction a)
{
    return detail::nameOf<StepAction>(actionNames, a);
}
std::optional<StepAction> actionFromName(std::string_view name)
{
    return detail::valueOf<StepAction>(actionNames, name);
}

Stream handleStream(Handle h)
{
    switch (h) {
    case Handle::P2cRead:
    case Handle::P2cWrite:
        return Stream::Stdin;
    case Handle::C2pRead:
    case Handle::C2pWrite:
        return Stream::Stdout;
    case Handle::ErrRead:
    case Handle::ErrWrite:
        return Stream::Stderr;
    }
    return Stream::Stdin;
}

bool isParentHandle(Handle h)
{
    return h == Handle::P2cWrite || h == Handle::C2pRead || h == Handle::ErrRead;
}

const Step* HandlePlan::step(std::string_view id) const
{
    const auto it = std::ranges::find(steps, id, &Step::id);
    return it == steps.end() ? nullptr : &*it;
}

HandlePlan planHandles(const SpawnSpec& spec, Lens lens, bool windowsConsole)
{
    return PlanBuilder(spec, lens, windowsConsole).build();
}

bool usesStdHandles(const HandlePlan& plan)
{
    return plan.step("win.startupinfo") != nullptr;
}

bool hasHandleList(const HandlePlan& plan)
{
    return plan.step("win.handlelist") != nullptr;
}

} // namespace pipescope
