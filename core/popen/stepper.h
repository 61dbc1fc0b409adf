// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "base/result.h"
#include "inspect/fdtable.h"
#include "popen/plan.h"
#include "popen/process.h"
#include "popen/spawnspec.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pipescope {

class Cancellation;

// The state right after one step really happened.
struct StepSnapshot
{
    size_t position = 0; // steps done: plan().steps[position - 1] is the one just done
    std::string stepId; // its id, empty before the first step
    std::vector<Event> events; // what the step did, with its real fds
    FdTable parentFds; // the parent's real table: fds 0-2 and those this session holds
    std::optional<FdTable> childFds; // the child's real table, once forked (nullopt once it is gone)
    std::array<int, 6> handles { -1, -1, -1, -1, -1, -1 }; // the six variables now (-1: absent or closed)
    pid_t childPid = 0;
    std::optional<std::string> windowsStepId; // the same moment in the Windows lens, if it has one
    std::optional<Error> error; // the step failed (e.g. exec: ENOENT); the session is over
};

// Step mode: executes the POSIX plan of a SpawnSpec one real syscall at a time. The child stops itself
// (SIGSTOP) after each of its steps between fork and exec, so both fd tables can be read from /proc.
// Destroying or resetting a stepper at any step leaves no child, stopped or zombie, and no fd behind.
class Stepper
{
public:
    explicit Stepper(SpawnSpec spec);
    ~Stepper();
    Stepper(const Stepper&) = delete;
    Stepper& operator=(const Stepper&) = delete;

    const SpawnSpec& spec() const;
    const HandlePlan& plan() const;
    size_t position() const; // steps done so far
    bool atEnd() const; // every step done, or a step failed
    const std::vector<Event>& events() const; // everything done so far

    // None of these throws: running out of memory (or threads) is an Error like any failed call.
    Result<StepSnapshot> step(); // executes the next step
    Result<StepSnapshot> back(); // re-runs the real setup from scratch up to position() - 1
    Result<StepSnapshot> runTo(size_t count); // re-runs from scratch until count steps are done
    void reset(); // back to before the first step: kills and reaps the child, closes every fd

    // After the last step: the running child and the parent's ends, as run mode returns them.
    std::optional<Spawned> release();

    // Lets another thread stop a step that waits (the open() of a FIFO, which waits for the other side): cancelled,
    // the step fails with ErrorCode::Cancelled. Applies to the steps made from now on; nullptr: nobody can.
    void setCancellation(Cancellation* cancellation);

private:
    Result<StepSnapshot> doStep();
    Result<StepSnapshot> doRunTo(size_t count);

    struct Session;
    SpawnSpec m_spec;
    HandlePlan m_plan;
    HandlePlan m_windowsPlan;
    std::unique_ptr<Session> m_session;
    Cancellation* m_cancellation = nullptr;
};

// The Windows-lens step that corresponds to a POSIX step, if the Windows plan has one.
std::optional<std::string> windowsCounterpart(const Step& posixStep, const HandlePlan& windowsPlan);

} // namespace pipescope
