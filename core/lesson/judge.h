// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "files/lessonfile.h"
#include "inspect/fdtable.h"
#include "popen/stepper.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

// A lesson's answers read off what really happened: the real fd tables of a step, the real result of a run. The
// lesson file holds only the question; these give the value its choices are compared with, whatever fd numbers
// this machine handed out.

// The pipes a setup made, by inode: learnt from the session's events (which fds each os.pipe() returned) and the
// parent's real table (what those fds are). Keep one per session and feed it every snapshot: a pipe whose ends the
// parent has closed is still known from an earlier one.
class SetupPipes
{
public:
    void learn(const std::vector<Event>& sessionEvents, const FdTable& parentFds);
    std::optional<SetupPipe> pipeOf(const FdEntry& entry) const;
    void clear() { m_byInode.clear(); }

private:
    std::map<std::uint64_t, SetupPipe> m_byInode;
};

// What fd is in that process now, as an Fd probe's choices name it ("stdout-pipe-write", "parents-own"...).
std::string fdValue(const StepSnapshot& snapshot, const std::vector<Event>& sessionEvents, Actor process, int fd,
    const SetupPipes& pipes);
// The lowest fd of the process on that end of that pipe, -1 when it has none.
int fdNumber(const StepSnapshot& snapshot, Actor process, SetupPipe pipe, PipeEnd end, const SetupPipes& pipes);
// "parent", "child", "both" or "nobody".
std::string holdersValue(const StepSnapshot& snapshot, SetupPipe pipe, PipeEnd end, const SetupPipes& pipes);
// The answer to a step question (Fd, FdNumber, Holders; a number as its decimal text); empty when the child's table
// it needs could not be read.
std::string stepAnswer(const LessonProbe& probe, const StepSnapshot& snapshot, const std::vector<Event>& sessionEvents,
    const SetupPipes& pipes);
// The same answer read off a recorded session afterwards: steps are its snapshots in order from the first step on
// (each with the events of its own step), and the answer is the one right after step stepId, the pipes learnt from
// every snapshot up to it, as the live session learns them. Empty when the session has no such step, or the step
// failed.
std::string recordedStepAnswer(
    const LessonProbe& probe, std::string_view stepId, const std::vector<StepSnapshot>& steps);

// What python3 raised: the class name of the exception of the program's last traceback ("AttributeError"; not one
// "Exception ignored in" a flush at exit, and a SyntaxError without a header too), "hangs" when it was killed at its
// timeout, "nothing" when it ended without one.
std::string raisedValue(std::string_view stderrText, bool timedOut);
std::string stdinWriteValue(bool brokenPipe);
std::string verdictValue(bool deadlocked);
std::string recordsValue(std::int64_t interleavedRecords);

// Whether a given answer is the real one: a number compares as a number ("07" is 7), a choice as its value.
bool answerMatches(const LessonProbe& probe, std::string_view given, std::string_view real);

} // namespace pipescope
