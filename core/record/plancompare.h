// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/plan.h"
#include "popen/spawnpath.h"
#include "popen/spawnspec.h"
#include "record/recording.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace pipescope {

// The Popen(...) arguments a recognised Popen must have had, read back from the recording. Per stream: PIPE (the
// parent kept the other end), None (no dup2 onto the stream's fd), STDOUT (errwrite is c2pwrite, or the parent's fd 1
// while stdout is None), DEVNULL (/dev/null, unless its recorded open was not O_RDWR), a file (the path from the
// child's fd table at its start, O_APPEND from the caller's open when it was recorded), else the fd. What the calls
// cannot tell apart reads back as the first of these: stdout=DEVNULL with stderr=DEVNULL as stderr=STDOUT (one fd
// either way), stdout=0/1/2 on the fd itself as None unless the child had to clear its close-on-exec flag (F_SETFD).
// close_fds: the child called close_range or closed an fd >= 3 that is no parent end; pass_fds: the gaps close_range
// left besides the error pipe; pipesize: F_SETPIPE_SZ; argv: the child's exec argv.
SpawnSpec inferPopenSpec(const Recording& recording, const RecognisedPopen& popen);

enum class CompareMark {
    Same, // a step and the call that did it
    Differs, // a step done by another call than the plan's (reason says how)
    PlanOnly, // a step with no recorded call
    RealOnly, // a recorded call of the Popen no step accounts for
    Moved, // a step done, but in another order against a step of the same process
};
std::string_view compareMarkName(CompareMark m);
std::optional<CompareMark> compareMarkFromName(std::string_view name);

// Why a row is what it is; None for most Same rows.
enum class CompareReason {
    None,
    VforkNotFork, // Differs: fork_exec started the child with vfork() (or clone(CLONE_VM|CLONE_VFORK)), not fork()
    PosixSpawnClone, // Differs: os.posix_spawn: glibc started the child with clone3/clone(CLONE_VM|CLONE_VFORK)
    PosixSpawnNoErrPipe, // PlanOnly: posix_spawn reports an exec failure without an error pipe
    CloseOrder, // Moved: the same closes in another order (_close_pipe_fds closes through an ExitStack: last first)
    StepOrder, // Moved: another step in another order
    ExtraCall, // RealOnly: a call the model leaves out (the parent's close of errpipe_read with bytes recorded)
    PathSearch, // RealOnly: an execve of a PATH entry that failed before the one that ran
    PassFdInheritable, // RealOnly: the child cleared FD_CLOEXEC of a pass_fds fd (F_SETFD), which the model leaves out
    NoCall, // PlanOnly: an assignment in _get_handles (a caller's fd, a second DEVNULL, STDOUT): no call to record
    NotRecorded, // PlanOnly: a call this recording does not keep (opens and closes of files without files recording)
    ReadNotRecorded, // Same: no bytes recording, so the parent's close of errpipe_read after its read stands for it
    AlreadyInheritable, // PlanOnly: the fd had no FD_CLOEXEC; CPython only read the flag (F_GETFD is not recorded)
    OpenedByCaller, // Differs or PlanOnly: CPython uses the file object's fd; the caller opened it, not Popen
    CallerKeepsFile, // PlanOnly: CPython closes only its pipe ends and its /dev/null, never the caller's file
    NotDone, // PlanOnly: the step's call would have been recorded, and it did not happen
};
std::string_view compareReasonName(CompareReason r);
std::optional<CompareReason> compareReasonFromName(std::string_view name);

// One line of a comparison: a plan step, a recorded event, or both. A step done by several calls (the child's closes
// of the parent ends, two close_range calls around the error pipe, a dup away and the F_SETFD that makes the copy
// close-on-exec) has a row per call.
struct ComparedRow
{
    std::optional<size_t> planStep; // index into PlanComparison::plan.steps
    std::optional<size_t> event; // index into Recording::events
    CompareMark mark = CompareMark::Same;
    CompareReason reason = CompareReason::None;

    friend bool operator==(const ComparedRow&, const ComparedRow&) = default;
};

// A recorded CPython Popen beside PipeScope's plan for the same arguments.
struct PlanComparison
{
    SpawnSpec spec; // inferPopenSpec
    HandlePlan plan; // planHandles(spec, Lens::Posix)
    PopenPath realPath = PopenPath::ForkExec; // what the recording shows
    SpawnPath realSpawn = SpawnPath::Fork; // the same, with vfork (or clone(CLONE_VM|CLONE_VFORK)) told from fork
    std::optional<std::pair<int, int>> pythonVersion; // as given: a recording does not store it
    std::optional<SpawnPath> predicted; // cpythonSpawnPath for that version and the inferred arguments
    // In the real run's order (parent and child events interleaved as recorded); a plan-only row stands before the
    // first row of a later step.
    std::vector<ComparedRow> rows;
};

// The window compared: the parent thread's calls from the first call of _get_handles (its first pipe or /dev/null
// open) to the close of errpipe_read (posix_spawn: to the run of closes after the spawn), and the child's from its
// start to its exec. Parent calls on fds that are not the Popen's are left out (the interpreter's own).
PlanComparison comparePopenWithPlan(const Recording& recording, const RecognisedPopen& popen,
    std::optional<std::pair<int, int>> pythonVersion = std::nullopt);

} // namespace pipescope
