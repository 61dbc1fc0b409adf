// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/recording.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

// A recording at one moment: the processes then and the pipe ends each holds, for stepping through it.
namespace pipescope {

struct HeldPipeEnd
{
    int fd = -1;
    std::uint64_t inode = 0;
    bool writeEnd = false;
    std::string popenName; // "p2cwrite"... where a CPython Popen was recognised, else empty

    friend bool operator==(const HeldPipeEnd&, const HeldPipeEnd&) = default;
};

struct ProcessState
{
    int pid = 0;
    int ppid = 0;
    std::vector<std::string> argv; // the program it runs at that moment: its parent's until its own exec
    bool ended = false; // it ended at this very moment (ended processes are shown once, then left out)
    std::optional<ExitStatus> exit; // once ended
    std::vector<HeldPipeEnd> ends; // by fd

    friend bool operator==(const ProcessState&, const ProcessState&) = default;
};

struct RecordingState
{
    std::int64_t timeNs = 0;
    std::vector<ProcessState> processes; // in the order they started (by startNs)
};

// The moment right after events[step]; before the first event when step is empty (or the recording has none). For
// many moments of one recording, pass its PopenNames.
RecordingState recordingStateAfter(
    const Recording& recording, std::optional<size_t> step, const PopenNames* names = nullptr);

// Every moment in order — before the first event (step empty), then after each event — in one pass over the events:
// for a walk through all of them, where recordingStateAfter would go over the events before each again.
void forEachRecordingState(const Recording& recording, const PopenNames* names,
    const std::function<void(std::optional<size_t> step, const RecordingState& state)>& visit);

} // namespace pipescope
