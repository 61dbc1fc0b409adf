// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "record/recording.h"

#include <chrono>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pipescope {

// Lets another thread end a recording: stop() kills every process the recording started (it never blocks), and
// recordProgram returns what was recorded so far with timedOut set.
class RecordingStop
{
public:
    void stop();
    bool stopped() const
    {
        const std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    // The recorder's side: a process or thread it now traces (killed at once after stop()), and one that ended
    // (its pid may be reused by anyone: never killed again).
    void add(int pid);
    void remove(int pid);

private:
    mutable std::mutex m_mutex;
    bool m_stopped = false;
    std::set<int> m_pids;
};

struct RecordOptions
{
    std::vector<std::string> argv; // argv[0] is looked up in PATH when it has no '/'
    bool bytes = false; // also record read/write/readv/writev/splice on pipes (slower: every read and write stops)
    // Also record open/openat/creat and close of files, not only of pipes and FIFOs (slower: a program opens
    // hundreds of files as it starts, and each is then two stops instead of one).
    bool files = false;
    std::optional<std::chrono::milliseconds> timeout; // then every process is killed and the recording ends
    // What the program gets as fds 0, 1 and 2: -1 keeps this process's own. Nothing else is inherited.
    int stdinFd = -1;
    int stdoutFd = -1;
    int stderrFd = -1;
    RecordingStop* stop = nullptr;
};

// Runs an unmodified program under ptrace with a seccomp filter that stops it only at the calls in Call, follows
// every process and thread it starts, and returns what they did: the events with their real results, the
// processes, every pipe with each holder of each end over time, and the Popen calls it recognises.
// Linux on x86-64. Errors: EmptyCommand; ExecFailed (the program was not found or is not executable: nothing
// started); TraceRefused (ptrace or seccomp refused by the system: call and errno say which; nothing is left
// running). The calling thread is the tracer: the recording runs on it until every process has ended.
Result<Recording> recordProgram(const RecordOptions& options);

// The fds that make a Popen, found in a finished recording (also done by recordProgram).
std::vector<RecognisedPopen> recognisePopens(const Recording& recording);

} // namespace pipescope
