// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/cancellation.h"
#include "base/event.h"
#include "base/result.h"
#include "base/uniquefd.h"
#include "popen/childexec_p.h"
#include "popen/plan.h"
#include "popen/process.h"
#include "popen/spawnspec.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

// Internal: what run mode and step mode share. Both execute the same POSIX plan; they differ only in
// how the child runs (vfork at full speed, or fork and stop after every step).
namespace pipescope::detail {

// Collects events when asked to; costs nothing when not.
class Recorder
{
public:
    explicit Recorder(std::vector<Event>* events);
    void add(Event e);
    bool enabled() const { return m_events != nullptr; }
    void setChild(pid_t pid) { m_childPid = pid; }

private:
    std::vector<Event>* m_events;
    pid_t m_parentPid;
    pid_t m_childPid = 0;
};

// The parent's side of Popen's handle setup. Owns every fd it creates until it closes or hands it over.
class ParentSetup
{
public:
    ParentSetup(const SpawnSpec& spec, Recorder& rec, Cancellation* cancellation = nullptr);

    // Carries out one parent step of the POSIX plan (everything but Fork, the child's steps and Exec).
    // ReadErrPipe returns what a failing child reported, in failure.
    Result<void> perform(const Step& step, std::optional<ChildFailure>* failure = nullptr);

    // Fills in the fds and options the child works with.
    void prepareChild(ChildExecArgs& args) const;

    int handle(Handle h) const { return m_handles[static_cast<size_t>(h)]; }
    // Who may stop a FIFO's blocking open from now on (nullptr: nobody).
    void setCancellation(Cancellation* cancellation) { m_cancellation = cancellation; }
    const std::array<int, 6>& handles() const { return m_handles; }
    int errRead() const { return m_errRead.get(); }
    int errWrite() const { return m_errWrite.get(); }

    // The fds this setup holds open right now, ascending.
    std::vector<int> openFds() const;

    // After the last step: the parent's ends of the pipes.
    UniqueFd takeParentEnd(Stream s);

private:
    Result<void> makePipe(Stream s);
    Result<void> setPipeSize(Stream s);
    Result<void> openDevNull(Stream s, bool reuse);
    Result<void> useCallerFd(Stream s);
    Result<void> openFile(Stream s);
    Result<void> aliasStdout(Stream s);
    Result<void> makeErrPipe();
    std::optional<ChildFailure> readErrPipe();
    void set(Handle h, int fd) { m_handles[static_cast<size_t>(h)] = fd; }

    const SpawnSpec& m_spec;
    Recorder& m_rec;
    Cancellation* m_cancellation = nullptr; // lets a FIFO's blocking open() be stopped from another thread
    std::array<int, 6> m_handles { -1, -1, -1, -1, -1, -1 };
    std::array<UniqueFd, 3> m_childEnds; // p2cread, c2pwrite, errwrite when they are pipe ends
    std::array<UniqueFd, 3> m_parentEnds; // p2cwrite, c2pread, errread
    std::array<UniqueFd, 3> m_files;
    UniqueFd m_devNull;
    UniqueFd m_errRead;
    UniqueFd m_errWrite;
};

// The programs execve tries, as subprocess does with os.get_exec_path().
std::vector<std::string> executableCandidates(const std::string& program);

// Everything the child needs, kept alive while it runs: it may not allocate between fork and exec.
struct ChildLaunch
{
    std::vector<std::string> candidates;
    std::vector<const char*> executables;
    std::vector<char*> argv;
    std::vector<int> keep;

    void fill(const SpawnSpec& spec, const ParentSetup& setup, ChildExecArgs& args);
};

// The child's records as events, in the order they happened, from index `from` on.
void recordChildSteps(Recorder& rec, const ChildExecArgs& args, int from = 0);
void recordFailure(Recorder& rec, const ChildFailure& failure, const std::string& program);
Error failureError(const ChildFailure& failure, const std::string& program);

// Whether a failing child has written its report: after vfork returns, or once a stepped child exited.
bool childReportedFailure(int errRead);
std::optional<ChildFailure> readFailure(int errRead);

} // namespace pipescope::detail
