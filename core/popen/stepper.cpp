// SPDX-License-Identifier: GPL-3.0-or-later
#include "popen/stepper.h"

#include "popen/childexec_p.h"
#include "popen/setup_p.h"

#include "base/forkpoint.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <new>
#include <poll.h>
#include <sys/mman.h>
#include <system_error>
#include <unistd.h>

namespace pipescope {

using detail::ChildExecArgs;
using detail::ChildFailure;

namespace {

constexpr auto execWait = std::chrono::seconds(10);
constexpr auto settleWait = std::chrono::milliseconds(200);

std::string linkOf(pid_t pid, int fd)
{
    char buf[256];
    const std::string path = "/proc/" + std::to_string(pid) + "/fd/" + std::to_string(fd);
    const ssize_t n = ::readlink(path.c_str(), buf, sizeof buf);
    return n < 0 ? std::string() : std::string(buf, static_cast<size_t>(n));
}

// The child's stops, from the plan: it stops after exactly the steps the plan lists.
unsigned gatesFor(const HandlePlan& plan)
{
    unsigned gates = detail::GateStart;
    auto has = [&plan](const char* id) { return plan.step(id) != nullptr; };
    if (has("posix.child.close_parent_ends"))
        gates |= detail::GateCloseParentEnds;
    if (has("posix.child.dup_away.stdout"))
        gates |= detail::GateDupAwayStdout;
    if (has("posix.child.dup_away.stderr"))
        gates |= detail::GateDupAwayStderr;
    if (has("posix.child.dup2.stdin") || has("posix.child.inheritable.stdin"))
        gates |= detail::GatePlaceStdin;
    if (has("posix.child.dup2.stdout") || has("posix.child.inheritable.stdout"))
        gates |= detail::GatePlaceStdout;
    if (has("posix.child.dup2.stderr") || has("posix.child.inheritable.stderr"))
        gates |= detail::GatePlaceStderr;
    if (has("posix.child.close_fds"))
        gates |= detail::GateCloseFds;
    return gates;
}

// ChildExecArgs in memory the forked child shares with us: it records what it did there. No fd involved.
struct SharedArgs
{
    SharedArgs()
    {
        void* p = ::mmap(nullptr, sizeof(ChildExecArgs), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        args = new (p) ChildExecArgs();
    }
    ~SharedArgs()
    {
        args->~ChildExecArgs();
        ::munmap(args, sizeof(ChildExecArgs));
    }
    SharedArgs(const SharedArgs&) = delete;
    SharedArgs& operator=(const SharedArgs&) = delete;
    ChildExecArgs* args = nullptr;
};

} // namespace

std::optional<std::string> windowsCounterpart(const Step& posixStep, const HandlePlan& windowsPlan)
{
    const std::string stream = posixStep.stream ? std::string(streamName(*posixStep.stream)) : std::string();
    std::vector<std::string> candidates;
    switch (posixStep.action) {
    case StepAction::CreatePipe:
        candidates = { "win.createpipe." + stream };
        break;
    case StepAction::OpenDevNull:
    case StepAction::ReuseDevNull:
        candidates = { "win.devnull." + stream };
        break;
    case StepAction::UseCallerFd:
    case StepAction::OpenFile:
        candidates = { "win.osfhandle." + stream };
        break;
    case StepAction::AliasStdout:
        candidates = { "win.alias." + stream };
        break;
    case StepAction::ChildDup2:
    case StepAction::ChildSetInheritable:
    case StepAction::ChildDupAway:
        // Windows hands the child its standard handles through STARTUPINFO, made inheritable first.
        candidates = { "win.inheritable." + stream, "win.startupinfo" };
        break;
    case StepAction::Fork:
    case StepAction::ChildCloseFds:
    case StepAction::Exec:
        candidates = { "win.createprocess" };
        break;
    case StepAction::ParentCloseChildEnd:
        candidates = { "win.closehandle." + stream };
        break;
    case StepAction::ParentCloseDevNull:
        candidates = { "win.closedevnull" };
        break;
    case StepAction::ParentCloseFile:
        candidates = { "win.closehandle." + stream };
        break;
    default:
        break; // the error pipe, pipesize and close-on-exec have no Win32 counterpart in _get_handles
    }
    for (const std::string& id : candidates)
        if (windowsPlan.step(id))
            return id;
    return std::nullopt;
}

// One stepped setup, from the first step to the last.
struct Stepper::Session
{
    Session(const SpawnSpec& spec, Cancellation* cancellation)
        : setup(spec, rec, cancellation)
    {
    }

    std::vector<Event> events;
    detail::Recorder rec { &events };
    detail::ParentSetup setup;
    detail::ChildLaunch launch;
    SharedArgs shared;
    ChildProcess child;
    std::string errpipeTarget; // the error pipe as the child's /proc shows it, until exec closes it
    size_t position = 0;
    int recordsSeen = 0;
    bool failed = false;
};

Stepper::Stepper(SpawnSpec spec)
    : m_spec(std::move(spec))
    , m_plan(planHandles(m_spec, Lens::Posix))
    , m_windowsPlan(planHandles(m_spec, Lens::Windows))
{
    ignoreSigpipe();
}

Stepper::~Stepper() = default;

void Stepper::setCancellation(Cancellation* cancellation)
{
    m_cancellation = cancellation;
    if (m_session)
        m_session->setup.setCancellation(cancellation);
}

const SpawnSpec& Stepper::spec() const
{
    return m_spec;
}
const HandlePlan& Stepper::plan() const
{
    return m_plan;
}
size_t Stepper::position() const
{
    return m_session ? m_session->position : 0;
}
bool Stepper::atEnd() const
{
    return m_session && (m_session->failed || m_session->position >= m_plan.steps.size());
}

const std::vector<Event>& Stepper::events() const
{
    static const std::vector<Event> none;
    return m_session ? m_session->events : none;
}

void Stepper::reset()
{
    m_session.reset();
}

namespace {

// What a std::exception thrown inside a step (bad_alloc from a table or the shared mapping) becomes.
Error outOfMemory()
{
    return Error { .code = ErrorCode::SystemCall, .sysErrno = ENOMEM, .call = "malloc" };
}

} // namespace

Result<StepSnapshot> Stepper::step()
{
    try {
        return doStep();
    } catch (const std::bad_alloc&) {
        if (m_session)
            m_session->failed = true;
        return outOfMemory();
    } catch (const std::system_error& e) {
        if (m_session)
            m_session->failed = true;
        return Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "step" };
    }
}

Result<StepSnapshot> Stepper::runTo(size_t count)
{
    try {
        return doRunTo(count);
    } catch (const std::bad_alloc&) {
        reset();
        return outOfMemory();
    } catch (const std::system_error& e) {
        reset();
        return Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "step" };
    }
}

Result<StepSnapshot> Stepper::doStep()
{
    if (!m_session)
        m_session = std::make_unique<Session>(m_spec, m_cancellation);
    Session& s = *m_session;
    if (atEnd())
        return Error { .code = ErrorCode::NoMoreSteps };
    const Step& st = m_plan.steps[s.position];
    const size_t eventsBefore = s.events.size();
    const std::string& program = m_spec.argv.empty() ? std::string() : m_spec.argv.front();
    std::optional<Error> failure;

    if (m_spec.argv.empty() || program.empty()) {
        s.failed = true;
        return Error { .code = ErrorCode::EmptyCommand };
    }

    if (st.action == StepAction::Fork) {
        ChildExecArgs& args = *s.shared.args;
        s.launch.fill(m_spec, s.setup, args);
        args.gates = gatesFor(m_plan);
        ::pthread_sigmask(SIG_SETMASK, nullptr, &args.parentMask);
        s.errpipeTarget = linkOf(::getpid(), s.setup.errWrite());
        // The child stays between fork and exec for as long as the class looks: it keeps this session's fds only,
        // never those of a live run or another session started meanwhile.
        std::vector<int> keep = s.setup.openFds();
        keep.insert(keep.end(), m_spec.passFds.begin(), m_spec.passFds.end());
        for (const Redirect& r : m_spec.redirects)
            if (r.kind == Redirect::Kind::Fd)
                keep.push_back(r.fd);
        const std::vector<int> keepSorted = sortedFds(std::move(keep));
        const std::int64_t forkTime = monotonicNs();
        const pid_t pid = forkIsolated(keepSorted);
        if (pid == 0)
            detail::childExec(&args);
        if (pid < 0) {
            s.failed = true;
            return sysError("fork");
        }
        s.child = ChildProcess(pid);
        s.rec.setChild(pid);
        s.rec.add({ .timeNs = forkTime, .kind = EventKind::Forked, .stepId = st.id, .value = pid });
        if (!s.child.waitStopped()) {
            s.failed = true;
            return Error { .code = ErrorCode::ChildSetup, .call = "fork", .subject = program };
        }
    } else if (st.actor == Actor::Child && st.action != StepAction::Exec) {
        ::kill(s.child.pid(), SIGCONT);
        const bool stopped = s.child.waitStopped();
        detail::recordChildSteps(s.rec, *s.shared.args, s.recordsSeen);
        s.recordsSeen = s.shared.args->recordCount;
        if (!stopped) {
            // It ended instead of stopping: a call failed, and it said which on the error pipe first.
            s.failed = true;
            // Poll first: we still hold the write end, so a child killed from outside leaves no EOF.
            const auto reported = detail::childReportedFailure(s.setup.errRead())
                ? detail::readFailure(s.setup.errRead())
                : std::nullopt;
            if (reported)
                detail::recordFailure(s.rec, *reported, program);
            failure = reported ? detail::failureError(*reported, program)
                               : Error { .code = ErrorCode::ChildSetup, .call = "waitpid", .subject = program };
        }
    } else if (st.action == StepAction::Exec) {
        ::kill(s.child.pid(), SIGCONT);
        // Exec is seen when the error pipe vanishes from the child (close-on-exec), failure as data on it.
        const auto deadline = std::chrono::steady_clock::now() + execWait;
        for (;;) {
            pollfd p { .fd = s.setup.errRead(), .events = POLLIN, .revents = 0 };
            if (::poll(&p, 1, 1) == 1 && (p.revents & POLLIN)) {
                s.failed = true;
                const auto reported = detail::readFailure(s.setup.errRead());
                s.child.wait();
                if (reported) {
                    detail::recordFailure(s.rec, *reported, program);
                    failure = detail::failureError(*reported, program);
                } else {
                    failure = Error { .code = ErrorCode::ChildSetup, .call = "execve", .subject = program };
                }
                break;
            }
            if (s.child.tryWait() || linkOf(s.child.pid(), s.setup.errWrite()) != s.errpipeTarget) {
                s.rec.add({ .actor = Actor::Child,
                    .kind = EventKind::Exec,
                    .stepId = st.id,
                    .path = s.launch.candidates[static_cast<size_t>(std::max(s.shared.args->execIndex, 0))] });
                waitUntilSettled(s.child.pid(), settleWait);
                break;
            }
            if (std::chrono::steady_clock::now() > deadline) {
                s.failed = true;
                failure = Error { .code = ErrorCode::StepTimeout, .call = "execve", .subject = program };
                break;
            }
        }
    } else {
        std::optional<ChildFailure> reported;
        if (auto r = s.setup.perform(st, &reported); !r) {
            s.failed = true;
            return r.error();
        }
        if (reported) {
            s.failed = true;
            detail::recordFailure(s.rec, *reported, program);
            failure = detail::failureError(*reported, program);
        }
    }
    ++s.position;

    StepSnapshot snap;
    snap.position = s.position;
    snap.stepId = st.id;
    snap.events.assign(s.events.begin() + static_cast<std::ptrdiff_t>(eventsBefore), s.events.end());
    snap.handles = s.setup.handles();
    snap.childPid = s.child.pid() > 0 ? s.child.pid() : 0;
    snap.windowsStepId = windowsCounterpart(st, m_windowsPlan);
    snap.error = failure;
    if (auto own = inspectFds(::getpid())) {
        const std::vector<int> held = s.setup.openFds();
        for (const FdEntry& e : *own)
            if (e.fd <= 2 || std::ranges::binary_search(held, e.fd))
                snap.parentFds.push_back(e);
    }
    if (s.child.running())
        if (auto table = inspectFds(s.child.pid()))
            snap.childFds = std::move(table).value();
    return snap;
}

Result<StepSnapshot> Stepper::doRunTo(size_t count)
{
    reset();
    count = std::min(count, m_plan.steps.size());
    if (count == 0) {
        m_session = std::make_unique<Session>(m_spec, m_cancellation);
        StepSnapshot snap;
        if (auto own = inspectFds(::getpid()))
            for (const FdEntry& e : *own)
                if (e.fd <= 2)
                    snap.parentFds.push_back(e);
        return snap;
    }
    Result<StepSnapshot> last = Error { .code = ErrorCode::NoMoreSteps };
    while (position() < count) {
        last = doStep();
        if (!last || last->error)
            break;
    }
    return last;
}

Result<StepSnapshot> Stepper::back()
{
    return runTo(position() == 0 ? 0 : position() - 1);
}

std::optional<Spawned> Stepper::release()
{
    if (!m_session || m_session->failed || m_session->position < m_plan.steps.size())
        return std::nullopt;
    Session& s = *m_session;
    Spawned out;
    out.child = std::move(s.child);
    out.handles = s.setup.handles();
    out.stdinPipe = s.setup.takeParentEnd(Stream::Stdin);
    out.stdoutPipe = s.setup.takeParentEnd(Stream::Stdout);
    out.stderrPipe = s.setup.takeParentEnd(Stream::Stderr);
    m_session.reset();
    return out;
}

} // namespace pipescope
