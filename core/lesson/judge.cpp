// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson/judge.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <vector>

namespace pipescope {

namespace {

const FdTable* tableOf(const StepSnapshot& snapshot, Actor process)
{
    if (process == Actor::Parent)
        return &snapshot.parentFds;
    return snapshot.childFds ? &*snapshot.childFds : nullptr;
}

bool isEnd(const FdEntry& entry, PipeEnd end)
{
    return end == PipeEnd::Read ? entry.access == Access::Read : entry.access == Access::Write;
}

bool holds(const FdTable* table, SetupPipe pipe, PipeEnd end, const SetupPipes& pipes)
{
    if (!table)
        return false;
    return std::any_of(
        table->begin(), table->end(), [&](const FdEntry& e) { return pipes.pipeOf(e) == pipe && isEnd(e, end); });
}

} // namespace

void SetupPipes::learn(const std::vector<Event>& sessionEvents, const FdTable& parentFds)
{
    // The parent's fds that are ends of the setup's pipes right now, by the events that made and closed them.
    std::map<int, SetupPipe> open;
    for (const Event& e : sessionEvents) {
        if (e.actor != Actor::Parent)
            continue;
        if ((e.kind == EventKind::PipeCreated && e.stream) || e.kind == EventKind::ErrPipeCreated) {
            const SetupPipe pipe = e.kind == EventKind::ErrPipeCreated ? SetupPipe::ErrPipe
                : *e.stream == Stream::Stdin                           ? SetupPipe::Stdin
                : *e.stream == Stream::Stdout                          ? SetupPipe::Stdout
                                                                       : SetupPipe::Stderr;
            for (int fd : e.fds)
                open[fd] = pipe;
        } else if (e.kind == EventKind::ParentClosed) {
            for (int fd : e.fds)
                open.erase(fd);
        }
    }
    for (const auto& [fd, pipe] : open)
        if (const FdEntry* entry = findFd(parentFds, fd); entry && entry->kind == FdKind::Pipe && entry->inode != 0)
            m_byInode[entry->inode] = pipe;
}

std::optional<SetupPipe> SetupPipes::pipeOf(const FdEntry& entry) const
{
    if (entry.kind != FdKind::Pipe)
        return std::nullopt;
    const auto it = m_byInode.find(entry.inode);
    return it == m_byInode.end() ? std::nullopt : std::optional(it->second);
}

std::string fdValue(const StepSnapshot& snapshot, const std::vector<Event>& sessionEvents, Actor process, int fd,
    const SetupPipes& pipes)
{
    const FdTable* table = tableOf(snapshot, process);
    const FdEntry* entry = table ? findFd(*table, fd) : nullptr;
    if (!entry)
        return "closed";
    if (const auto pipe = pipes.pipeOf(*entry))
        return std::string(setupPipeName(*pipe)) + "-pipe-" + (entry->access == Access::Read ? "read" : "write");
    // The child's fd that no dup2 replaced is the parent's open file of that number, inherited through fork.
    if (process == Actor::Child) {
        const bool replaced = std::any_of(sessionEvents.begin(), sessionEvents.end(),
            [&](const Event& e) { return e.kind == EventKind::ChildDup2 && e.fds.size() == 2 && e.fds[1] == fd; });
        const FdEntry* parents = findFd(snapshot.parentFds, fd);
        if (!replaced && parents && parents->target == entry->target && parents->inode == entry->inode)
            return "parents-own";
    }
    switch (entry->kind) {
    case FdKind::DevNull:
        return "devnull";
    case FdKind::File:
        return "file";
    default:
        break;
    }
    return "other";
}

int fdNumber(const StepSnapshot& snapshot, Actor process, SetupPipe pipe, PipeEnd end, const SetupPipes& pipes)
{
    const FdTable* table = tableOf(snapshot, process);
    if (!table)
        return -1;
    // The table is sorted by fd: the first match is the lowest.
    for (const FdEntry& e : *table)
        if (pipes.pipeOf(e) == pipe && isEnd(e, end))
            return e.fd;
    return -1;
}

std::string holdersValue(const StepSnapshot& snapshot, SetupPipe pipe, PipeEnd end, const SetupPipes& pipes)
{
    const bool parent = holds(tableOf(snapshot, Actor::Parent), pipe, end, pipes);
    const bool child = holds(tableOf(snapshot, Actor::Child), pipe, end, pipes);
    return parent && child ? "both" : parent ? "parent" : child ? "child" : "nobody";
}

std::string stepAnswer(const LessonProbe& probe, const StepSnapshot& snapshot, const std::vector<Event>& sessionEvents,
    const SetupPipes& pipes)
{
    // A forked child whose table could not be read: nothing can be said about it, rather than a wrong answer.
    const bool asksChild = probe.kind == ProbeKind::Holders || probe.process == Actor::Child;
    if (asksChild && snapshot.childPid > 0 && !snapshot.childFds)
        return {};
    switch (probe.kind) {
    case ProbeKind::Fd:
        return fdValue(snapshot, sessionEvents, probe.process, probe.fd, pipes);
    case ProbeKind::FdNumber:
        return std::to_string(fdNumber(snapshot, probe.process, probe.pipe, probe.end, pipes));
    case ProbeKind::Holders:
        return holdersValue(snapshot, probe.pipe, probe.end, pipes);
    default:
        break;
    }
    return {};
}

std::string recordedStepAnswer(
    const LessonProbe& probe, std::string_view stepId, const std::vector<StepSnapshot>& steps)
{
    std::vector<Event> sessionEvents;
    SetupPipes pipes;
    for (const StepSnapshot& snapshot : steps) {
        sessionEvents.insert(sessionEvents.end(), snapshot.events.begin(), snapshot.events.end());
        pipes.learn(sessionEvents, snapshot.parentFds);
        // A step that failed did not do what the question is about.
        if (snapshot.stepId == stepId)
            return snapshot.error ? std::string() : stepAnswer(probe, snapshot, sessionEvents, pipes);
    }
    return {};
}

std::string raisedValue(std::string_view stderrText, bool timedOut)
{
    if (timedOut)
        return "hangs";
    // The lines of stderr, each without its line end.
    std::vector<std::string_view> lines;
    for (std::string_view rest = stderrText; !rest.empty();) {
        const auto nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    }
    // A traceback is its header, indented frames, then "Name: message" (or the bare name) at the margin. One printed
    // after "Exception ignored in: ..." did not stop the program (a flush at exit); the program's own is the last
    // other one. A SyntaxError in the script itself has no header: '  File "...", line N' and the error below it.
    const auto className = [](std::string_view line) -> std::string {
        std::string name(line.substr(0, line.find(':')));
        if (const auto dot = name.rfind('.'); dot != std::string::npos)
            name = name.substr(dot + 1);
        return isProbeValue(ProbeKind::Raises, name) && name != "Traceback" && name != "During" ? name : std::string();
    };
    std::string raised;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool header = lines[i] == "Traceback (most recent call last):";
        const bool bareSyntax = lines[i].starts_with("  File \"") && (i == 0 || !lines[i - 1].starts_with(" "));
        if (!header && !bareSyntax)
            continue;
        const bool ignored = i > 0 && lines[i - 1].starts_with("Exception ignored in");
        std::size_t j = i + 1;
        while (j < lines.size() && (lines[j].empty() || lines[j].front() == ' '))
            ++j;
        if (j < lines.size() && !ignored)
            if (std::string name = className(lines[j]); !name.empty())
                raised = std::move(name);
        i = j;
    }
    return raised.empty() ? "nothing" : raised;
}

std::string stdinWriteValue(bool brokenPipe)
{
    return brokenPipe ? "broken-pipe" : "all-written";
}

std::string verdictValue(bool deadlocked)
{
    return deadlocked ? "deadlock" : "finishes";
}

std::string recordsValue(std::int64_t interleavedRecords)
{
    return interleavedRecords > 0 ? "some-split" : "all-whole";
}

bool answerMatches(const LessonProbe& probe, std::string_view given, std::string_view real)
{
    if (!isNumberProbe(probe.kind))
        return given == real;
    const auto number = [](std::string_view s) -> std::optional<long> {
        long n = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        if (ec != std::errc() || end != s.data() + s.size() || s.empty())
            return std::nullopt;
        return n;
    };
    const auto a = number(given);
    return a && a == number(real);
}

} // namespace pipescope
