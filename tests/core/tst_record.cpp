// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder against real, unmodified programs: a C pipe/fork/dup2/exec program, shell pipelines, CPython's Popen
// (checked against the handles CPython itself computed), SIGPIPE, a refused ptrace, timeouts and floods.

#include "files/recordingfile.h"
#include "record/callsyntax.h"
#include "record/recorder.h"
#include "record/recordingstate.h"
#include "testsupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <tuple>
#include <unistd.h>

using namespace pipescope;
using namespace pipescope::test;

namespace {

const RecordedProcess* processRunning(const Recording& rec, const std::string& program)
{
    for (const RecordedProcess& p : rec.processes)
        if (!p.argv.empty() && p.argv.front().ends_with(program))
            return &p;
    return nullptr;
}

const RecordedProcess* processRunningScript(const Recording& rec, const std::string& script)
{
    for (const RecordedProcess& p : rec.processes)
        if (!p.argv.empty() && p.argv.back().ends_with("/" + script))
            return &p;
    return nullptr;
}

bool holdsVia(const std::vector<PipeHold>& ends, int pid, int fd)
{
    return std::ranges::any_of(ends, [&](const PipeHold& h) { return h.pid == pid && h.fd == fd; });
}

std::vector<int> holderPids(const std::vector<PipeHold>& ends)
{
    std::vector<int> pids;
    for (const PipeHold& h : ends)
        pids.push_back(h.pid);
    std::ranges::sort(pids);
    pids.erase(std::unique(pids.begin(), pids.end()), pids.end());
    return pids;
}

// Every close() of a pipe fd ends a hold of that fd at that very moment, every hold ends after it began, and when a
// recording is over nothing is held any more: the holders are right at every step.
void expectHoldsMatchCloses(const Recording& rec)
{
    for (const RecordedPipe& p : rec.pipes)
        for (const auto* ends : { &p.readEnds, &p.writeEnds })
            for (const PipeHold& h : *ends) {
                ASSERT_TRUE(h.closedNs.has_value())
                    << "pipe " << p.inode << " still held by " << h.pid << " fd " << h.fd;
                EXPECT_LE(h.openedNs, *h.closedNs);
            }
    for (const RecordedEvent& e : rec.events) {
        if (e.call != Call::Close || e.inode == 0 || e.result != 0)
            continue;
        const RecordedPipe* p = rec.pipe(e.inode);
        ASSERT_NE(p, nullptr);
        const bool ended = std::ranges::any_of(p->readEnds, [&](const PipeHold& h) {
            return h.pid == e.pid && h.fd == e.args[0] && h.closedNs == e.timeNs;
        }) || std::ranges::any_of(p->writeEnds, [&](const PipeHold& h) {
            return h.pid == e.pid && h.fd == e.args[0] && h.closedNs == e.timeNs;
        });
        EXPECT_TRUE(ended) << "close(" << e.args[0] << ") in " << e.pid << " ended no hold";
    }
}

Recording record(RecordOptions options)
{
    if (!options.timeout)
        options.timeout = std::chrono::seconds(60);
    auto rec = recordProgram(options);
    EXPECT_TRUE(rec.ok()) << (rec.ok() ? "" : rec.error().call + " errno " + std::to_string(rec.error().sysErrno));
    return rec.ok() ? std::move(rec).value() : Recording {};
}

} // namespace

TEST(CallNames, RoundTrip)
{
    for (int i = 0; i <= static_cast<int>(Call::Exit); ++i) {
        const auto c = static_cast<Call>(i);
        ASSERT_FALSE(callName(c).empty());
        EXPECT_EQ(callFromName(callName(c)), c);
    }
    EXPECT_FALSE(callFromName("ioctl").has_value());
}

TEST(RecordingJson, TopLevelFields)
{
    Recording rec;
    rec.argv = { "python3", "parent.py" };
    rec.processes.push_back(RecordedProcess { .pid = 10, .argv = rec.argv, .exit = ExitStatus { .code = 1 } });
    rec.processes.push_back(RecordedProcess { .pid = 11, .ppid = 10 });
    rec.pipes.push_back(RecordedPipe { .inode = 99,
        .createdBy = 10,
        .readEnds = { PipeHold { .pid = 10, .fd = 3, .openedNs = 5, .closedNs = 9 } },
        .writeEnds = { PipeHold { .pid = 11, .fd = 1, .openedNs = 6 } } });
    rec.events.push_back(RecordedEvent {
        .timeNs = 5, .pid = 10, .tid = 10, .call = Call::Pipe2, .args = { O_CLOEXEC }, .fds = { 3, 4 }, .inode = 99 });
    rec.events.push_back(RecordedEvent { .timeNs = 7,
        .pid = 11,
        .tid = 11,
        .call = Call::Write,
        .args = { 1 },
        .result = 3,
        .bytes = 3,
        .head = "ok\xff",
        .inode = 99 });
    rec.bytes = true;
    rec.popens.push_back(RecognisedPopen { .parentPid = 10, .childPid = 11, .handles = { { "c2pread", 3 } } });
    rec.exit = ExitStatus { .code = 1 };
    const nlohmann::json j = toJson(rec);
    EXPECT_EQ(j.at("schema"), "pipescope-trace");
    EXPECT_EQ(j.at("version"), 2);
    EXPECT_EQ(j.at("kind"), "recording");
    EXPECT_EQ(j.at("processes").size(), 2U);
    EXPECT_EQ(j.at("processes")[1].at("ppid"), 10);
    EXPECT_EQ(j.at("pipes")[0].at("read_ends")[0].at("fd"), 3);
    EXPECT_TRUE(j.at("pipes")[0].at("write_ends")[0].at("closed_ns").is_null());
    EXPECT_EQ(j.at("events")[0].at("call"), "pipe2");
    EXPECT_EQ(j.at("events")[0].at("fds"), nlohmann::json({ 3, 4 }));
    EXPECT_EQ(j.at("events")[1].at("bytes"), 3);
    EXPECT_EQ(j.at("popen")[0].at("handles").at("c2pread"), 3);
    EXPECT_EQ(j.at("exit").at("code"), 1);
    // The head is text in the document: a byte that is not UTF-8 becomes U+FFFD rather than failing the write.
    const auto doc = nlohmann::json::parse(toJsonText(rec, 0));
    EXPECT_EQ(doc.at("events")[1].at("head"), "ok\xef\xbf\xbd");
}

TEST(RecordingJson, MalformedIsRefusedWithTheField)
{
    Recording rec;
    rec.argv = { "sh" };
    rec.processes.push_back(RecordedProcess { .pid = 10, .argv = rec.argv });
    rec.events.push_back(RecordedEvent { .timeNs = 5, .pid = 10, .tid = 10, .call = Call::Close, .args = { 3 } });
    rec.events.push_back(RecordedEvent { .timeNs = 9, .pid = 10, .tid = 10, .call = Call::Exit, .args = { 0, 0 } });
    const nlohmann::json good = toJson(rec);
    ASSERT_TRUE(recordingFromJson(good.dump()).ok());
    auto refused = [&](auto change) {
        nlohmann::json j = good;
        change(j);
        const auto r = recordingFromJson(j.dump());
        return r.ok() ? std::string("accepted") : r.error().subject;
    };
    EXPECT_EQ(refused([](auto& j) { j["kind"] = "trace"; }), "/kind");
    EXPECT_EQ(refused([](auto& j) { j["version"] = 1; }), "/version");
    EXPECT_EQ(refused([](auto& j) { j["events"][0]["call"] = "frobnicate"; }), "/events/0/call");
    EXPECT_EQ(refused([](auto& j) { j["events"][1]["time_ns"] = 1; }), "/events/1/time_ns"); // out of order
    EXPECT_EQ(refused([](auto& j) { j["events"][0]["pid"] = 99; }), "/events/0/pid"); // no such process
    EXPECT_EQ(refused([](auto& j) { j["events"][0]["args"][0] = "3"; }), "/events/0/args/0");
    EXPECT_EQ(refused([](auto& j) { j["events"][0].erase("result"); }), "/events/0/result");
    EXPECT_EQ(refused([](auto& j) { j["processes"].push_back(j["processes"][0]); }), "/processes/1/pid");
    EXPECT_EQ(refused([](auto& j) {
        j["popen"].push_back({ { "parent", 10 }, { "child", 11 }, { "start_ns", 1 }, { "path", "fork_exec" },
            { "handles", nlohmann::json::object() } });
    }),
        "/popen/0/child");
    EXPECT_EQ(refused([](auto& j) {
        j["processes"][0]["fds_at_start"] = { { { "fd", -1 } } };
    }),
        "/processes/0/fds_at_start/0/fd");
    EXPECT_EQ(recordingFromJson("{").error().subject, "json");
}

// A parent (10) makes a pipe (3, 4), forks 11, which dup2s 4 onto 1, execs echo and ends; the parent closes 4.
Recording smallRecording()
{
    Recording rec;
    rec.argv = { "parent" };
    rec.processes = { RecordedProcess { .pid = 10, .startNs = 0, .endNs = 100 },
        RecordedProcess { .pid = 11, .ppid = 10, .startNs = 20, .endNs = 60, .exit = ExitStatus { .code = 0 } } };
    rec.pipes = { RecordedPipe { .inode = 7,
        .createdBy = 10,
        .createdNs = 10,
        .readEnds = { PipeHold { .pid = 10, .fd = 3, .openedNs = 10, .closedNs = 100 },
            PipeHold { .pid = 11, .fd = 3, .openedNs = 20, .closedNs = 40 } },
        .writeEnds = { PipeHold { .pid = 10, .fd = 4, .openedNs = 10, .closedNs = 50 },
            PipeHold { .pid = 11, .fd = 4, .openedNs = 20, .closedNs = 40 },
            PipeHold { .pid = 11, .fd = 1, .openedNs = 30, .closedNs = 60 } } } };
    rec.events = { RecordedEvent { .timeNs = 10, .pid = 10, .call = Call::Pipe2, .fds = { 3, 4 }, .inode = 7 },
        RecordedEvent { .timeNs = 20, .pid = 10, .call = Call::Fork, .result = 11 },
        RecordedEvent { .timeNs = 30, .pid = 11, .call = Call::Dup2, .args = { 4, 1 }, .result = 1, .inode = 7 },
        RecordedEvent { .timeNs = 40, .pid = 11, .call = Call::Execve, .argv = { "echo", "hi" } },
        RecordedEvent { .timeNs = 50, .pid = 10, .call = Call::Close, .args = { 4 }, .inode = 7 },
        RecordedEvent { .timeNs = 60, .pid = 11, .call = Call::Exit, .args = { 0, 0 } } };
    return rec;
}

TEST(RecordingState, ProcessesAndEndsAtEachStep)
{
    const Recording rec = smallRecording();
    auto ends = [](const ProcessState& p) {
        std::vector<std::string> out;
        for (const HeldPipeEnd& e : p.ends)
            out.push_back(std::to_string(e.fd) + (e.writeEnd ? "w" : "r"));
        return out;
    };
    using V = std::vector<std::string>;

    const RecordingState before = recordingStateAfter(rec, std::nullopt);
    ASSERT_EQ(before.processes.size(), 1U);
    EXPECT_TRUE(before.processes[0].ends.empty());
    EXPECT_EQ(before.processes[0].argv, V { "parent" });

    const RecordingState forked = recordingStateAfter(rec, 1);
    ASSERT_EQ(forked.processes.size(), 2U);
    EXPECT_EQ(ends(forked.processes[1]), (V { "3r", "4w" })); // the child's copies of both ends
    EXPECT_EQ(forked.processes[1].argv, V { "parent" }); // it runs the parent's program until it execs

    const RecordingState dup = recordingStateAfter(rec, 2);
    EXPECT_EQ(ends(dup.processes[1]), (V { "1w", "3r", "4w" }));
    const RecordingState exec = recordingStateAfter(rec, 3);
    EXPECT_EQ(ends(exec.processes[1]), V { "1w" }); // close-on-exec took 3 and 4
    EXPECT_EQ(exec.processes[1].argv, (V { "echo", "hi" }));
    const RecordingState closed = recordingStateAfter(rec, 4);
    EXPECT_EQ(ends(closed.processes[0]), V { "3r" });
    const RecordingState exited = recordingStateAfter(rec, 5);
    ASSERT_EQ(exited.processes.size(), 2U);
    EXPECT_TRUE(exited.processes[1].ended); // shown once, at its exit, holding nothing
    EXPECT_TRUE(exited.processes[1].ends.empty());
    EXPECT_EQ(recordingStateAfter(rec, 99).timeNs, 60); // past the end: the last step
}

TEST(Record, CProgramPipeForkDup2Exec)
{
    TempDir dir;
    const std::string report = dir.file("report");
    const UniqueFd reportFd(::open(report.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    const int fdsBefore = openFdCount();
    const Recording rec = record({ .argv = { PIPESCOPE_TEST_PIPEFORK }, .bytes = true, .stderrFd = reportFd.get() });
    EXPECT_EQ(openFdCount(), fdsBefore);
    EXPECT_TRUE(zombieChildren().empty());

    // What the program says it used.
    int readFd = -1;
    int writeFd = -1;
    std::istringstream said(readFile(report));
    std::string word;
    said >> word >> readFd >> writeFd;
    ASSERT_EQ(word, "pipe");
    EXPECT_NE(readFile(report).find("read 21 bytes"), std::string::npos) << readFile(report);

    ASSERT_TRUE(rec.exit.has_value());
    EXPECT_EQ(rec.exit->code, 0);
    ASSERT_EQ(rec.processes.size(), 2U);
    const RecordedProcess& parent = rec.processes[0];
    const RecordedProcess& child = rec.processes[1];
    EXPECT_EQ(child.ppid, parent.pid);
    EXPECT_EQ(child.argv, (std::vector<std::string> { "echo", "hello from the child" }));
    ASSERT_TRUE(child.exit.has_value());
    EXPECT_EQ(child.exit->code, 0);

    const auto pipeEvent = std::ranges::find_if(rec.events,
        [&](const RecordedEvent& e) { return e.pid == parent.pid && (e.call == Call::Pipe || e.call == Call::Pipe2); });
    ASSERT_NE(pipeEvent, rec.events.end());
    EXPECT_EQ(pipeEvent->fds, (std::vector<int> { readFd, writeFd }));
    const RecordedPipe* pipe = rec.pipe(pipeEvent->inode);
    ASSERT_NE(pipe, nullptr);
    EXPECT_EQ(pipe->createdBy, parent.pid);

    // The child's dup2 of the write end onto its stdout, before its exec, with its real result.
    const auto dup = std::ranges::find_if(
        rec.events, [&](const RecordedEvent& e) { return e.pid == child.pid && e.call == Call::Dup2; });
    ASSERT_NE(dup, rec.events.end());
    EXPECT_EQ(dup->args, (std::vector<std::int64_t> { writeFd, 1 }));
    EXPECT_EQ(dup->result, 1);
    EXPECT_EQ(dup->inode, pipe->inode);
    const auto exec = std::ranges::find_if(rec.events,
        [&](const RecordedEvent& e) { return e.pid == child.pid && e.call == Call::Execve && e.result == 0; });
    ASSERT_NE(exec, rec.events.end());
    EXPECT_LT(dup->timeNs, exec->timeNs);
    ASSERT_TRUE(exec->fdTable.has_value());
    const FdEntry* out = findFd(*exec->fdTable, 1);
    ASSERT_NE(out, nullptr);
    EXPECT_EQ(out->inode, pipe->inode); // echo's fd 1 is the pipe, as /proc said at the exec
    EXPECT_EQ(findFd(*exec->fdTable, readFd), nullptr);

    EXPECT_EQ(holderPids(pipe->readEnds), (std::vector<int> { parent.pid, child.pid }));
    EXPECT_TRUE(holdsVia(pipe->readEnds, parent.pid, readFd));
    EXPECT_TRUE(holdsVia(pipe->writeEnds, child.pid, 1));
    EXPECT_TRUE(holdsVia(pipe->writeEnds, parent.pid, writeFd));
    // The parent read until EOF: only once echo's fd 1 was the last write end and it closed.
    ASSERT_TRUE(pipe->eofNs.has_value());
    for (const PipeHold& h : pipe->writeEnds)
        EXPECT_LE(*h.closedNs, *pipe->eofNs);
    // What echo wrote is what the parent read, byte for byte.
    std::string wrote;
    std::string read;
    for (const RecordedEvent& e : rec.events) {
        if (e.inode != pipe->inode)
            continue;
        if (e.call == Call::Write && e.pid == child.pid)
            wrote += e.head;
        if (e.call == Call::Read && e.pid == parent.pid)
            read += e.head;
    }
    EXPECT_EQ(wrote, "hello from the child\n");
    EXPECT_EQ(read, wrote);
    expectHoldsMatchCloses(rec);
    EXPECT_TRUE(rec.popens.empty()); // a C program is not a CPython Popen
    // Written and read back, it is the same recording: what Replay shows is what was recorded.
    const auto back = recordingFromJson(toJsonText(rec));
    ASSERT_TRUE(back.ok()) << back.error().subject;
    EXPECT_EQ(*back, rec);
}

TEST(Record, PosixSpawnWithFileActions)
{
    TempDir dir;
    const std::string report = dir.file("report");
    const UniqueFd reportFd(::open(report.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    const Recording rec
        = record({ .argv = { PIPESCOPE_TEST_SPAWNACTIONS }, .bytes = true, .stderrFd = reportFd.get() });
    EXPECT_TRUE(zombieChildren().empty());
    int readFd = -1;
    int writeFd = -1;
    std::istringstream said(readFile(report));
    std::string word;
    said >> word >> readFd >> writeFd;
    ASSERT_EQ(word, "pipe");
    ASSERT_TRUE(rec.exit.has_value());
    EXPECT_EQ(rec.exit->code, 0) << readFile(report);
    ASSERT_EQ(rec.processes.size(), 2U);
    const RecordedProcess& parent = rec.processes[0];
    const RecordedProcess& child = rec.processes[1];
    EXPECT_EQ(child.ppid, parent.pid);
    EXPECT_EQ(child.argv, (std::vector<std::string> { "echo", "spawned with file actions" }));

    // The C library started it sharing the parent's memory until the exec: CLONE_VM | CLONE_VFORK.
    const auto spawn = std::ranges::find_if(rec.events, [&](const RecordedEvent& e) {
        return e.pid == parent.pid && (e.call == Call::Clone || e.call == Call::Clone3 || e.call == Call::Vfork)
            && e.result == child.pid;
    });
    ASSERT_NE(spawn, rec.events.end());
    if (spawn->call != Call::Vfork) {
        EXPECT_EQ(spawn->args.front() & (CLONE_VM | CLONE_VFORK), CLONE_VM | CLONE_VFORK);
    }
    // The file actions, in their order, in the child, before the exec that worked.
    const auto exec = std::ranges::find_if(rec.events,
        [&](const RecordedEvent& e) { return e.pid == child.pid && e.call == Call::Execve && e.result == 0; });
    ASSERT_NE(exec, rec.events.end());
    std::vector<std::string> actions;
    for (const RecordedEvent& e : rec.events)
        if (e.pid == child.pid && e.timeNs < exec->timeNs && (e.call == Call::Dup2 || e.call == Call::Close))
            actions.push_back(std::string(callName(e.call)) + ' ' + std::to_string(e.args.front()) + " = "
                + std::to_string(e.result));
    EXPECT_EQ(actions,
        (std::vector<std::string> { "dup2 " + std::to_string(writeFd) + " = 1",
            "close " + std::to_string(readFd) + " = 0", "close " + std::to_string(writeFd) + " = 0" }));
    ASSERT_TRUE(exec->fdTable.has_value());
    const FdEntry* out = findFd(*exec->fdTable, 1);
    ASSERT_NE(out, nullptr);
    const RecordedPipe* pipe = rec.pipe(out->inode);
    ASSERT_NE(pipe, nullptr);
    EXPECT_EQ(pipe->createdBy, parent.pid);
    std::string read;
    for (const RecordedEvent& e : rec.events)
        if (e.call == Call::Read && e.pid == parent.pid && e.inode == pipe->inode)
            read += e.head;
    EXPECT_EQ(read, "spawned with file actions\n");
    expectHoldsMatchCloses(rec);
}

// The one pass over a real recording (a Popen running a pipeline: forks, execs, closes, Popen names) gives every
// moment as asking for each does.
TEST(RecordingState, OnePassEqualsEachMoment)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const Recording rec = record({ .argv = { python3(), "-E", "-c",
                                       "import subprocess\n"
                                       "subprocess.run(['/bin/sh', '-c', 'echo pipes | /bin/cat | /usr/bin/wc -c'], "
                                       "stdout=subprocess.PIPE, check=True)\n" } });
    ASSERT_GE(rec.processes.size(), 5U);
    ASSERT_FALSE(rec.popens.empty());
    const PopenNames names(rec);
    size_t visited = 0;
    forEachRecordingState(rec, &names, [&](std::optional<size_t> step, const RecordingState& state) {
        EXPECT_EQ(step, visited == 0 ? std::nullopt : std::optional<size_t>(visited - 1));
        const RecordingState expected = recordingStateAfter(rec, step, &names);
        EXPECT_EQ(state.timeNs, expected.timeNs);
        EXPECT_EQ(state.processes, expected.processes) << "after " << visited << " events";
        ++visited;
    });
    EXPECT_EQ(visited, rec.events.size() + 1);
}

TEST(RecordingState, EveryMomentForAViewer)
{
    Recording rec = smallRecording();
    // A wait that returns nothing changes no process and no end: it shares the state before it.
    rec.events.insert(rec.events.begin() + 5,
        RecordedEvent { .timeNs = 55, .pid = 10, .call = Call::Wait4, .args = { -1 }, .result = 0 });
    const nlohmann::json j = statesToJson(rec);
    const nlohmann::json& at = j.at("at");
    const nlohmann::json& states = j.at("states");
    ASSERT_EQ(at.size(), rec.events.size() + 1);
    EXPECT_EQ(states.size(), rec.events.size()); // one shared
    EXPECT_EQ(at[6], at[5]);
    for (size_t k = 0; k <= rec.events.size(); ++k) {
        const RecordingState expected = recordingStateAfter(rec, k == 0 ? std::nullopt : std::optional<size_t>(k - 1));
        const nlohmann::json& state = states.at(at[k].get<size_t>());
        ASSERT_EQ(state.at("processes").size(), expected.processes.size()) << "after " << k << " events";
        for (size_t i = 0; i < expected.processes.size(); ++i) {
            const nlohmann::json& p = state.at("processes")[i];
            const ProcessState& e = expected.processes[i];
            EXPECT_EQ(p.at("pid"), e.pid);
            EXPECT_EQ(p.at("argv"), e.argv);
            EXPECT_EQ(p.at("ended"), e.ended);
            ASSERT_EQ(p.at("ends").size(), e.ends.size());
            for (size_t n = 0; n < e.ends.size(); ++n) {
                EXPECT_EQ(p.at("ends")[n].at("fd"), e.ends[n].fd);
                EXPECT_EQ(p.at("ends")[n].at("inode"), e.ends[n].inode);
                EXPECT_EQ(p.at("ends")[n].at("write"), e.ends[n].writeEnd);
            }
        }
    }
    // The child after its dup2: 1 (write), 3 (read), 4 (write) of pipe 7; at its exit, how it ended.
    const nlohmann::json& dup = states.at(at[3].get<size_t>()).at("processes")[1];
    EXPECT_EQ(dup.at("ends").size(), 3U);
    EXPECT_EQ(dup.at("ends")[0].at("fd"), 1);
    EXPECT_TRUE(dup.at("ends")[0].at("write").get<bool>());
    const nlohmann::json& exited = states.at(at[7].get<size_t>()).at("processes")[1];
    EXPECT_TRUE(exited.at("ended").get<bool>());
    EXPECT_EQ(exited.at("exit"), (nlohmann::json { { "signaled", false }, { "code", 0 } }));
}

TEST(Record, ShellPipelineOfThree)
{
    TempDir dir;
    writeFile(dir.file("in"), "one\ntwo\nthree\n");
    const UniqueFd null(::open("/dev/null", O_WRONLY | O_CLOEXEC));
    const Recording rec = record(
        { .argv = { "/bin/sh", "-c", "/bin/cat " + dir.file("in") + " | /usr/bin/tr a-z A-Z | /usr/bin/wc -l" },
            .stdoutFd = null.get() });
    ASSERT_TRUE(rec.exit.has_value());
    EXPECT_EQ(rec.exit->code, 0);
    const RecordedProcess* sh = &rec.processes.front();
    const RecordedProcess* cat = processRunning(rec, "/bin/cat");
    const RecordedProcess* tr = processRunning(rec, "/usr/bin/tr");
    const RecordedProcess* wc = processRunning(rec, "/usr/bin/wc");
    ASSERT_TRUE(cat && tr && wc);
    for (const RecordedProcess* p : { cat, tr, wc })
        EXPECT_EQ(p->ppid, sh->pid);

    std::vector<const RecordedPipe*> made;
    for (const RecordedPipe& p : rec.pipes)
        if (p.createdBy == sh->pid)
            made.push_back(&p);
    ASSERT_EQ(made.size(), 2U);
    // cat → tr, then tr → wc, through fds 1 and 0 that each set up before its exec.
    EXPECT_TRUE(holdsVia(made[0]->writeEnds, cat->pid, 1));
    EXPECT_TRUE(holdsVia(made[0]->readEnds, tr->pid, 0));
    EXPECT_TRUE(holdsVia(made[1]->writeEnds, tr->pid, 1));
    EXPECT_TRUE(holdsVia(made[1]->readEnds, wc->pid, 0));
    // wc never touched the first pipe, cat never the second.
    EXPECT_FALSE(std::ranges::count(holderPids(made[0]->readEnds), wc->pid));
    EXPECT_FALSE(std::ranges::count(holderPids(made[0]->writeEnds), wc->pid));
    EXPECT_FALSE(std::ranges::count(holderPids(made[1]->writeEnds), cat->pid));
    // At each program's exec, /proc shows it on the pipes the recording says it holds.
    for (const RecordedEvent& e : rec.events) {
        if (e.call != Call::Execve || e.result != 0 || e.pid == sh->pid)
            continue;
        ASSERT_TRUE(e.fdTable.has_value());
        for (const FdEntry& fd : *e.fdTable) {
            if (fd.kind != FdKind::Pipe)
                continue;
            const RecordedPipe* p = rec.pipe(fd.inode);
            ASSERT_NE(p, nullptr);
            const auto& ends = fd.access == Access::Write ? p->writeEnds : p->readEnds;
            EXPECT_TRUE(std::ranges::any_of(ends,
                [&](const PipeHold& h) {
                    return h.pid == e.pid && h.fd == fd.fd && h.openedNs <= e.timeNs && *h.closedNs >= e.timeNs;
                }))
                << "pid " << e.pid << " fd " << fd.fd;
        }
    }
    expectHoldsMatchCloses(rec);
}

TEST(Record, CPythonPopenEveryKindMatchesItsOwnHandles)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    TempDir dir;
    // Popen's own _get_handles result, as CPython computed it, for every stdin × stdout × stderr kind, and one Popen
    // that takes the posix_spawn path (close_fds=False and a program with a directory).
    writeFile(dir.file("popens.py"), R"(import json, subprocess, sys
seen = []
class Seen(subprocess.Popen):
    def _get_handles(self, stdin, stdout, stderr):
        handles = super()._get_handles(stdin, stdout, stderr)
        seen.append(list(handles[:6]))
        return handles
kinds = {"PIPE": subprocess.PIPE, "DEVNULL": subprocess.DEVNULL, "None": None, "STDOUT": subprocess.STDOUT}
for i in ("PIPE", "DEVNULL", "None"):
    for o in ("PIPE", "DEVNULL", "None"):
        for e in ("PIPE", "STDOUT", "DEVNULL", "None"):
            Seen(["/bin/true"], stdin=kinds[i], stdout=kinds[o], stderr=kinds[e]).communicate()
Seen(["/bin/true"], stdout=subprocess.PIPE, close_fds=False).communicate()
json.dump(seen, open(sys.argv[1], "w"))
)");
    const UniqueFd null(::open("/dev/null", O_WRONLY | O_CLOEXEC));
    const Recording rec
        = record({ .argv = { python3(), "-E", dir.file("popens.py"), dir.file("seen.json") }, .stdoutFd = null.get() });
    ASSERT_TRUE(rec.exit.has_value());
    ASSERT_EQ(rec.exit->code, 0);
    const auto seen = nlohmann::json::parse(readFile(dir.file("seen.json")));
    ASSERT_EQ(seen.size(), 37U);
    ASSERT_EQ(rec.popens.size(), seen.size());
    static constexpr std::array names { "p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite" };
    for (size_t i = 0; i < seen.size(); ++i) {
        const RecognisedPopen& p = rec.popens[i];
        for (size_t h = 0; h < names.size(); ++h)
            EXPECT_EQ(p.handles.at(names[h]), seen[i][h].get<int>()) << "Popen " << i << ' ' << names[h];
        if (i < 36) {
            EXPECT_EQ(p.path, PopenPath::ForkExec) << i;
            // The error pipe is CLOEXEC in both processes: its write end closes at the child's exec.
            ASSERT_TRUE(p.handles.contains("errpipe_write")) << i;
            EXPECT_GE(p.handles.at("errpipe_read"), 3);
        } else {
            EXPECT_EQ(p.path, PopenPath::PosixSpawn);
            EXPECT_FALSE(p.handles.contains("errpipe_write"));
        }
    }
    // Names follow the fds: the parent's write end of the first Popen's stdin pipe is its p2cwrite.
    const RecognisedPopen& first = rec.popens.front();
    EXPECT_EQ(rec.popenName(first.parentPid, first.handles.at("p2cwrite"), first.startNs), "p2cwrite");
    EXPECT_EQ(rec.popenName(first.parentPid, first.handles.at("errpipe_read"), first.startNs), "errpipe_read");
    expectHoldsMatchCloses(rec);
    const auto back = recordingFromJson(toJsonText(rec));
    ASSERT_TRUE(back.ok()) << back.error().subject;
    EXPECT_EQ(back->popens, rec.popens);
    EXPECT_EQ(back->popenName(first.parentPid, first.handles.at("p2cwrite"), first.startNs), "p2cwrite");

    // The index the watch command prints with names every fd as popenName does: at each call, for each fd it names,
    // and at the start and end of every hold; and so the calls read the same either way.
    const PopenNames index(rec);
    size_t named = 0;
    auto same = [&](int pid, int fd, std::int64_t t) {
        const std::string name = rec.popenName(pid, fd, t);
        EXPECT_EQ(index.name(pid, fd, t), name) << pid << " fd " << fd << " at " << t;
        named += !name.empty();
    };
    for (const RecordedEvent& e : rec.events) {
        for (std::int64_t a : e.args)
            if (a >= 0 && a < 64)
                same(e.pid, static_cast<int>(a), e.timeNs);
        EXPECT_EQ(callSyntax(rec, e, &index), callSyntax(rec, e));
    }
    for (const RecordedPipe& p : rec.pipes)
        for (const auto* ends : { &p.readEnds, &p.writeEnds })
            for (const PipeHold& h : *ends) {
                same(h.pid, h.fd, h.openedNs);
                if (h.closedNs)
                    same(h.pid, h.fd, *h.closedNs);
            }
    EXPECT_GT(named, 37U * 2);
}

TEST(Record, SigpipeIsRecordedInTheWriter)
{
    const UniqueFd null(::open("/dev/null", O_WRONLY | O_CLOEXEC));
    const Recording rec = record(
        { .argv = { "/bin/sh", "-c", "/usr/bin/yes | /usr/bin/head -n 1" }, .bytes = true, .stdoutFd = null.get() });
    const RecordedProcess* yes = processRunning(rec, "/usr/bin/yes");
    ASSERT_NE(yes, nullptr);
    ASSERT_TRUE(yes->exit.has_value());
    EXPECT_TRUE(yes->exit->signaled);
    EXPECT_EQ(yes->exit->code, SIGPIPE);
    EXPECT_TRUE(std::ranges::any_of(rec.events, [&](const RecordedEvent& e) {
        return e.pid == yes->pid && e.call == Call::Signal && e.args.front() == SIGPIPE;
    }));
    // The write that failed: EPIPE on the pipe whose read end head held.
    const auto failed = std::ranges::find_if(rec.events,
        [&](const RecordedEvent& e) { return e.pid == yes->pid && e.call == Call::Write && e.result == -EPIPE; });
    ASSERT_NE(failed, rec.events.end());
    const RecordedPipe* pipe = rec.pipe(failed->inode);
    ASSERT_NE(pipe, nullptr);
    ASSERT_TRUE(pipe->epipeNs.has_value());
    for (const PipeHold& h : pipe->readEnds)
        EXPECT_LE(*h.closedNs, *pipe->epipeNs); // nobody held the read end any more
}

TEST(Record, MissingProgramStartsNothing)
{
    const auto rec = recordProgram({ .argv = { "pipescope-no-such-program" } });
    ASSERT_FALSE(rec.ok());
    EXPECT_EQ(rec.error().code, ErrorCode::ExecFailed);
    EXPECT_EQ(rec.error().sysErrno, ENOENT);
    EXPECT_TRUE(zombieChildren().empty());
    const auto empty = recordProgram({});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::EmptyCommand);
}

TEST(Record, TimeoutKillsEveryProcessItStarted)
{
    const auto start = std::chrono::steady_clock::now();
    const auto rec = recordProgram({ .argv = { "/bin/sh", "-c", "/bin/sleep 30 & /bin/sleep 30; wait" },
        .timeout = std::chrono::milliseconds(500) });
    ASSERT_TRUE(rec.ok());
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
    EXPECT_TRUE(rec->timedOut);
    ASSERT_GE(rec->processes.size(), 3U);
    for (const RecordedProcess& p : rec->processes) {
        ASSERT_TRUE(p.exit.has_value()) << p.pid;
        EXPECT_TRUE(p.exit->signaled);
        const auto state = processState(p.pid); // gone, or a zombie of a parent that was killed too
        EXPECT_TRUE(!state || *state == 'Z') << p.pid << " still runs";
    }
    EXPECT_TRUE(zombieChildren().empty());
}

TEST(Record, StopFromAnotherThread)
{
    RecordingStop stop;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        stop.stop();
    });
    const auto rec = recordProgram({ .argv = { "/bin/sleep", "30" }, .stop = &stop });
    stopper.join();
    ASSERT_TRUE(rec.ok());
    EXPECT_TRUE(rec->timedOut);
    ASSERT_TRUE(rec->exit.has_value());
    EXPECT_TRUE(rec->exit->signaled);
    EXPECT_EQ(rec->exit->code, SIGKILL);
}

TEST(Record, FloodIsCoalesced)
{
    const Recording rec = record(
        { .argv = { "/bin/sh", "-c", "/usr/bin/head -c 64M /dev/zero | /bin/cat > /dev/null" }, .bytes = true });
    ASSERT_TRUE(rec.exit.has_value());
    EXPECT_EQ(rec.exit->code, 0);
    std::int64_t written = 0;
    std::int64_t read = 0;
    for (const RecordedEvent& e : rec.events) {
        if (e.inode == 0)
            continue;
        if (e.call == Call::Write)
            written += e.bytes;
        if (e.call == Call::Read)
            read += e.bytes;
    }
    EXPECT_EQ(written, 64 << 20); // every byte counted, none lost
    EXPECT_EQ(read, 64 << 20);
    EXPECT_LT(rec.events.size(), 2000U); // thousands of calls, a few hundred events at most
    EXPECT_GT(rec.coalescedEvents, 500);
}

// communicate() takes turns: a write to the child's stdin, a read of its stdout, a write… No two calls in a row are
// on the same fd, yet what the recording holds stays bounded, and every byte is counted.
TEST(Record, CallsTakingTurnsAreBounded)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const Recording rec = record({ .argv = { python3(), "-E", "-c",
                                       "import subprocess\n"
                                       "data = b'x' * (16 << 20)\n"
                                       "p = subprocess.Popen(['/bin/cat'], stdin=subprocess.PIPE, "
                                       "stdout=subprocess.PIPE)\n"
                                       "assert p.communicate(data)[0] == data\n" },
        .bytes = true });
    ASSERT_TRUE(rec.exit.has_value());
    EXPECT_EQ(rec.exit->code, 0);
    ASSERT_EQ(rec.processes.size(), 2U);
    const int parent = rec.processes[0].pid;
    std::map<std::pair<int, Call>, std::int64_t> moved; // (pid, call) → bytes, over pipes
    std::map<std::tuple<int, Call, std::int64_t>, int> events; // (pid, call, fd) → events
    for (const RecordedEvent& e : rec.events) {
        if (e.inode == 0 || e.result <= 0 || (e.call != Call::Read && e.call != Call::Write))
            continue;
        moved[{ e.pid, e.call }] += e.bytes;
        ++events[{ e.pid, e.call, e.args.at(0) }];
    }
    const int child = rec.processes[1].pid;
    EXPECT_EQ((moved[{ parent, Call::Write }]), 16 << 20);
    EXPECT_EQ((moved[{ child, Call::Read }]), 16 << 20);
    EXPECT_EQ((moved[{ child, Call::Write }]), 16 << 20);
    EXPECT_EQ((moved[{ parent, Call::Read }]), 16 << 20);
    // 4096 writes and as many reads at least; per fd, the first separateByteEvents apart, then one for the rest (and
    // a few more where another event of the process, a SIGCHLD or a close, started the count afresh).
    for (const auto& [key, n] : events)
        EXPECT_LE(n, 4 * separateByteEvents) << std::get<0>(key) << ' ' << callName(std::get<1>(key));
    EXPECT_GT(rec.coalescedEvents, 4000);
    // Coalesced events keep the recording in time order: it reads back.
    const auto back = recordingFromJson(toJsonText(rec));
    ASSERT_TRUE(back.ok()) << back.error().subject;
    EXPECT_EQ(back->events.size(), rec.events.size());
}

// A non-blocking reader reads until EAGAIN at every wakeup: its EAGAINs coalesce like its reads, and what the
// recording holds stays bounded.
TEST(Record, NonBlockingReaderIsBounded)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const Recording rec = record({ .argv = { python3(), "-E", "-c",
                                       "import os, select, subprocess\n"
                                       "p = subprocess.Popen(['/usr/bin/head', '-c', '16M', '/dev/zero'], "
                                       "stdout=subprocess.PIPE)\n"
                                       "fd = p.stdout.fileno()\n"
                                       "os.set_blocking(fd, False)\n"
                                       "got, done = 0, False\n"
                                       "while not done:\n"
                                       "    select.select([fd], [], [])\n"
                                       "    try:\n"
                                       "        while data := os.read(fd, 65536):\n"
                                       "            got += len(data)\n"
                                       "        done = True\n"
                                       "    except BlockingIOError:\n"
                                       "        pass\n"
                                       "assert p.wait() == 0 and got == 16 << 20\n" },
        .bytes = true });
    ASSERT_TRUE(rec.exit.has_value());
    EXPECT_EQ(rec.exit->code, 0);
    ASSERT_FALSE(rec.processes.empty());
    std::int64_t read = 0;
    int reads = 0;
    std::int64_t eagains = 0;
    for (const RecordedEvent& e : rec.events) {
        if (e.pid != rec.processes[0].pid || e.call != Call::Read || e.inode == 0)
            continue;
        ++reads;
        read += e.bytes;
        if (e.result == -EAGAIN)
            eagains += e.count;
    }
    EXPECT_EQ(read, 16 << 20);
    EXPECT_GT(eagains, 0);
    EXPECT_LE(reads, 4 * separateByteEvents);
    // The EAGAINs folded in read back: an event with a count and no bytes.
    const auto back = recordingFromJson(toJsonText(rec));
    ASSERT_TRUE(back.ok()) << back.error().subject;
    std::int64_t eagainsBack = 0;
    for (const RecordedEvent& e : back->events)
        if (e.pid == rec.processes[0].pid && e.call == Call::Read && e.result == -EAGAIN)
            eagainsBack += e.count;
    EXPECT_EQ(eagainsBack, eagains);
}

// A short exchange keeps every call apart, in the order they happened: write, read, write, read…
TEST(Record, ShortExchangeKeepsEveryCall)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const Recording rec = record({ .argv = { python3(), "-E", "-c",
                                       "import os, subprocess\n"
                                       "p = subprocess.Popen(['/bin/cat'], stdin=subprocess.PIPE, "
                                       "stdout=subprocess.PIPE)\n"
                                       "for word in (b'one', b'two', b'three'):\n"
                                       "    os.write(p.stdin.fileno(), word)\n"
                                       "    assert os.read(p.stdout.fileno(), 100) == word\n"
                                       "p.stdin.close()\n"
                                       "p.wait()\n" },
        .bytes = true });
    ASSERT_TRUE(rec.exit.has_value());
    EXPECT_EQ(rec.exit->code, 0);
    ASSERT_FALSE(rec.processes.empty());
    std::string seen;
    for (const RecordedEvent& e : rec.events)
        if (e.pid == rec.processes[0].pid && e.inode != 0 && e.result > 0
            && (e.call == Call::Read || e.call == Call::Write)) {
            EXPECT_EQ(e.count, 1);
            seen += (e.call == Call::Write ? "w:" : "r:") + e.head + ' ';
        }
    EXPECT_EQ(seen, "w:one r:one w:two r:two w:three r:three ");
}

TEST(Record, RefusedWhenAlreadyTraced)
{
    // Under strace -f, the recorder's child is strace's tracee already: PTRACE_TRACEME fails with EPERM.
    // (LeakSanitizer cannot run in a traced process: a sanitizer build's pipescope-trace must not try.)
    const char* asan = std::getenv("ASAN_OPTIONS");
    const std::string saved = asan ? asan : "";
    ::setenv("ASAN_OPTIONS", (saved.empty() ? std::string("detect_leaks=0") : saved + ":detect_leaks=0").c_str(), 1);
    const Captured r = runCaptured({ "strace", "-f", "-o", "/dev/null", tracePath(), "watch", "--", "/bin/true" });
    if (asan)
        ::setenv("ASAN_OPTIONS", saved.c_str(), 1);
    else
        ::unsetenv("ASAN_OPTIONS");
    EXPECT_EQ(r.exit.code, 1) << r.err;
    EXPECT_NE(r.err.find("cannot record: ptrace refused: Operation not permitted"), std::string::npos) << r.err;
    EXPECT_EQ(std::ranges::count(r.err, '\n'), 1) << r.err;
}

TEST(WatchCli, ExitStatusJsonAndPopenNames)
{
    TempDir dir;
    const Captured status = runCaptured({ tracePath(), "watch", "--", "/bin/sh", "-c", "exit 3" });
    EXPECT_EQ(status.exit.code, 3) << status.err;

    const std::string json = dir.file("rec.json");
    const Captured c
        = runCaptured({ tracePath(), "watch", "--bytes", "--json=" + json, "--", PIPESCOPE_TEST_PIPEFORK });
    EXPECT_EQ(c.exit.code, 0) << c.err;
    EXPECT_NE(c.err.find("dup2("), std::string::npos) << c.err;
    EXPECT_NE(c.err.find("\nprocesses:\n"), std::string::npos) << c.err;
    EXPECT_NE(c.err.find("\npipes:\n"), std::string::npos) << c.err;
    EXPECT_NE(c.err.find("EOF read at"), std::string::npos) << c.err;
    // Bytes are shown as strace shows a buffer: C escapes in quotes.
    EXPECT_NE(c.err.find("write(1, \"hello from the child\\n\") = 21"), std::string::npos) << c.err;
    const auto j = nlohmann::json::parse(readFile(json));
    EXPECT_EQ(j.at("version"), 2);
    EXPECT_EQ(j.at("kind"), "recording");
    EXPECT_EQ(j.at("processes").size(), 2U);
    EXPECT_GE(j.at("pipes").size(), 1U);
    EXPECT_TRUE(j.at("events").is_array());
    EXPECT_TRUE(j.at("popen").is_array());

    if (python3().empty())
        return;
    const Captured py = runCaptured({ tracePath(), "watch", "--", python3(), "-E", "-c",
        "import subprocess; subprocess.run(['/bin/true'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)" });
    EXPECT_EQ(py.exit.code, 0) << py.err;
    for (const char* name : { "<p2cwrite>", "<c2pwrite>", "<errpipe_write>", "(fork_exec): p2cread=" })
        EXPECT_NE(py.err.find(name), std::string::npos) << name << '\n' << py.err;
}

TEST(WatchCli, BadInputGetsOneLine)
{
    const Captured missing = runCaptured({ tracePath(), "watch", "--", "pipescope-no-such-program" });
    EXPECT_EQ(missing.exit.code, 127);
    EXPECT_EQ(std::ranges::count(missing.err, '\n'), 1) << missing.err;
    const Captured none = runCaptured({ tracePath(), "watch" });
    EXPECT_EQ(none.exit.code, 2);
    EXPECT_EQ(std::ranges::count(none.err, '\n'), 1) << none.err;
    const Captured badFilter = runCaptured({ tracePath(), "watch", "--filter=some", "--", "/bin/true" });
    EXPECT_EQ(badFilter.exit.code, 2);
    const Captured timeout = runCaptured({ tracePath(), "watch", "--timeout=0.3", "--", "/bin/sleep", "30" });
    EXPECT_EQ(timeout.exit.code, 124) << timeout.err;
    EXPECT_NE(timeout.err.find("timed out"), std::string::npos);
    EXPECT_TRUE(zombieChildren().empty());
}

namespace {

// The note's parent.py (as the note writes it, or with its stdin line put back) beside the note's child.py, recorded
// with bytes until the child, which never ends, is killed; what reached the parent's stderr pipe comes back too.
struct NoteRun
{
    Recording rec;
    std::string stderrText;
};

NoteRun recordNoteParent(bool stdinPut)
{
    TempDir dir;
    const std::string resources = std::string(PIPESCOPE_TESTS_DIR) + "/../../resources/python/";
    std::string parent = readFile(resources + "note_parent_as_written.py");
    if (stdinPut) {
        const auto at = parent.find("# stdin=subprocess.PIPE");
        EXPECT_NE(at, std::string::npos);
        parent.erase(at, 2);
    }
    writeFile(dir.file("parent.py"), parent);
    writeFile(dir.file("child.py"), readFile(resources + "note_child.py"));
    int err[2];
    EXPECT_EQ(::pipe2(err, O_CLOEXEC), 0);
    const UniqueFd errRead(err[0]);
    const UniqueFd null(::open("/dev/null", O_RDWR | O_CLOEXEC));
    NoteRun run;
    {
        const UniqueFd errWrite(err[1]);
        run.rec = record({ .argv = { python3(), "-E", dir.file("parent.py") },
            .bytes = true,
            .timeout = std::chrono::seconds(3),
            .stdinFd = null.get(),
            .stdoutFd = null.get(),
            .stderrFd = errWrite.get() });
    }
    char buf[4096];
    for (ssize_t n; (n = ::read(errRead.get(), buf, sizeof buf)) > 0;)
        run.stderrText.append(buf, static_cast<size_t>(n));
    return run;
}

// What the recorded writes on one pipe carried, in order.
std::string writtenTo(const Recording& rec, std::uint64_t inode)
{
    std::string out;
    for (const RecordedEvent& e : rec.events)
        if (e.call == Call::Write && e.inode == inode && e.result > 0)
            out += e.head;
    return out;
}

} // namespace

TEST(Record, TheNoteParentAsWrittenStopsAtItsFirstWrite)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const NoteRun run = recordNoteParent(false);
    const RecordedProcess* parent = processRunningScript(run.rec, "parent.py");
    const RecordedProcess* child = processRunningScript(run.rec, "child.py");
    ASSERT_NE(parent, nullptr);
    ASSERT_NE(child, nullptr);
    EXPECT_EQ(child->ppid, parent->pid);
    // The parent ends on the AttributeError; child.py loops for ever and is killed when the recording ends.
    ASSERT_TRUE(parent->exit.has_value());
    EXPECT_FALSE(parent->exit->signaled);
    EXPECT_EQ(parent->exit->code, 1);
    ASSERT_TRUE(child->exit.has_value());
    EXPECT_TRUE(child->exit->signaled);
    EXPECT_TRUE(run.rec.timedOut);
    // stdin=None and stdout=None: no pipe for either, so Popen's p2c and c2p handles are -1; only its error pipe.
    ASSERT_EQ(run.rec.popens.size(), 1U);
    const RecognisedPopen& p = run.rec.popens.front();
    EXPECT_EQ(p.childPid, child->pid);
    EXPECT_EQ(p.handles.at("p2cwrite"), -1);
    EXPECT_EQ(p.handles.at("c2pread"), -1);
    EXPECT_GE(p.handles.at("errpipe_read"), 3);
    EXPECT_EQ(std::ranges::count_if(run.rec.pipes, [&](const RecordedPipe& pp) { return pp.createdBy == parent->pid; }),
        1); // the error pipe, and nothing else
    // The traceback, recorded as the parent wrote it to its stderr pipe, is what arrived there.
    const auto write = std::ranges::find_if(run.rec.events, [&](const RecordedEvent& e) {
        return e.pid == parent->pid && e.call == Call::Write && e.args.front() == 2 && e.inode != 0;
    });
    ASSERT_NE(write, run.rec.events.end());
    const std::string recorded = writtenTo(run.rec, write->inode);
    EXPECT_EQ(recorded, run.stderrText);
    EXPECT_NE(recorded.find("Traceback (most recent call last):"), std::string::npos) << recorded;
    EXPECT_NE(recorded.find("AttributeError: 'NoneType' object has no attribute 'write'"), std::string::npos)
        << recorded;
    EXPECT_TRUE(zombieChildren().empty());
}

TEST(Record, TheNoteParentWithStdinPutBackStopsAtItsFirstReadline)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const NoteRun run = recordNoteParent(true);
    const RecordedProcess* parent = processRunningScript(run.rec, "parent.py");
    const RecordedProcess* child = processRunningScript(run.rec, "child.py");
    ASSERT_NE(parent, nullptr);
    ASSERT_NE(child, nullptr);
    ASSERT_TRUE(parent->exit.has_value());
    EXPECT_EQ(parent->exit->code, 1);
    ASSERT_EQ(run.rec.popens.size(), 1U);
    const RecognisedPopen& p = run.rec.popens.front();
    ASSERT_GE(p.handles.at("p2cwrite"), 3);
    EXPECT_EQ(p.handles.at("c2pread"), -1); // stdout is still None: child_p.stdout is None
    // The ten lines went through the stdin pipe, as written, and child.py read them from its fd 0.
    const auto written = std::ranges::find_if(run.rec.events, [&](const RecordedEvent& e) {
        return e.pid == parent->pid && e.call == Call::Write && e.args.front() == p.handles.at("p2cwrite");
    });
    ASSERT_NE(written, run.rec.events.end());
    std::string lines;
    for (int i = 0; i < 10; ++i)
        lines += "write data:" + std::to_string(i) + "\r\n";
    EXPECT_EQ(writtenTo(run.rec, written->inode), lines);
    EXPECT_EQ(run.rec.popenName(parent->pid, written->args.front(), written->timeNs), "p2cwrite");
    std::string read;
    for (const RecordedEvent& e : run.rec.events)
        if (e.pid == child->pid && e.call == Call::Read && e.inode == written->inode)
            read += e.head;
    EXPECT_EQ(read, lines);
    // The parent died holding the only write end (the child's copy closed at its exec): from then on child.py's
    // readline() can only find EOF, once it has slept through the ten lines.
    const RecordedPipe* stdinPipe = run.rec.pipe(written->inode);
    ASSERT_NE(stdinPipe, nullptr);
    ASSERT_TRUE(parent->endNs.has_value());
    for (const PipeHold& h : stdinPipe->writeEnds) {
        ASSERT_TRUE(h.closedNs.has_value());
        EXPECT_LE(*h.closedNs, *parent->endNs);
    }
    EXPECT_TRUE(holdsVia(stdinPipe->writeEnds, parent->pid, p.handles.at("p2cwrite")));
    EXPECT_TRUE(holdsVia(stdinPipe->readEnds, child->pid, 0));
    const std::string& err = run.stderrText;
    EXPECT_NE(err.find("AttributeError: 'NoneType' object has no attribute 'readline'"), std::string::npos) << err;
    const auto write = std::ranges::find_if(run.rec.events, [&](const RecordedEvent& e) {
        return e.pid == parent->pid && e.call == Call::Write && e.args.front() == 2 && e.inode != 0;
    });
    ASSERT_NE(write, run.rec.events.end());
    EXPECT_EQ(writtenTo(run.rec, write->inode), err);
}

TEST(Record, LeavesOtherThreadsChildrenAlone)
{
    // The window records on a thread of its own while its other runs have children: the recorder must not reap them.
    const pid_t other = ::fork();
    ASSERT_GE(other, 0);
    if (other == 0) {
        ::usleep(200'000);
        ::_exit(7);
    }
    Recording rec;
    std::thread recorder([&] { rec = record({ .argv = { "/bin/sleep", "0.5" } }); });
    recorder.join();
    ASSERT_TRUE(rec.exit.has_value());
    EXPECT_EQ(rec.exit->code, 0);
    int status = 0;
    ASSERT_EQ(::waitpid(other, &status, 0), other) << std::strerror(errno); // still ours to reap
    EXPECT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 7);
}

namespace {

std::string bundledScript(const std::string& name)
{
    return std::string(PIPESCOPE_TESTS_DIR) + "/../../resources/python/" + name;
}

// The pipe a process's fd held at its exec (its stdin or stdout, say).
const RecordedPipe* pipeAtExec(const Recording& rec, const RecordedProcess& p, int fd)
{
    for (const RecordedEvent& e : rec.events)
        if (e.pid == p.pid && e.call == Call::Execve && e.result == 0 && e.fdTable)
            if (const FdEntry* entry = findFd(*e.fdTable, fd))
                return rec.pipe(entry->inode);
    return nullptr;
}

} // namespace

TEST(Record, PipelineWhoseParentClosesP1StdoutEndsWithSigpipe)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const UniqueFd null(::open("/dev/null", O_WRONLY | O_CLOEXEC));
    const Recording rec
        = record({ .argv = { python3(), "-E", bundledScript("watch_pipeline.py"), "close" }, .stdoutFd = null.get() });
    ASSERT_TRUE(rec.exit.has_value());
    EXPECT_EQ(rec.exit->code, 0);
    const RecordedProcess* yes = processRunning(rec, "yes");
    const RecordedProcess* head = processRunning(rec, "head");
    ASSERT_NE(yes, nullptr);
    ASSERT_NE(head, nullptr);
    ASSERT_TRUE(yes->exit.has_value());
    EXPECT_TRUE(yes->exit->signaled);
    EXPECT_EQ(yes->exit->code, SIGPIPE);
    const auto sigpipe = std::ranges::find_if(rec.events, [&](const RecordedEvent& e) {
        return e.pid == yes->pid && e.call == Call::Signal && e.args.front() == SIGPIPE;
    });
    ASSERT_NE(sigpipe, rec.events.end());
    // The parent's p1.stdout and head's stdin were the pipe's only read ends; both were gone before the signal.
    const RecordedPipe* pipe = pipeAtExec(rec, *yes, 1);
    ASSERT_NE(pipe, nullptr);
    EXPECT_TRUE(std::ranges::any_of(pipe->readEnds, [&](const PipeHold& h) { return h.pid == rec.processes[0].pid; }));
    EXPECT_TRUE(holdsVia(pipe->readEnds, head->pid, 0));
    for (const PipeHold& h : pipe->readEnds) {
        ASSERT_TRUE(h.closedNs.has_value());
        EXPECT_LE(*h.closedNs, sigpipe->timeNs);
    }
}

TEST(Record, PipelineWhoseParentKeepsP1StdoutNeverEnds)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const UniqueFd null(::open("/dev/null", O_WRONLY | O_CLOEXEC));
    const Recording rec = record({ .argv = { python3(), "-E", bundledScript("watch_pipeline.py") },
        .timeout = std::chrono::seconds(2),
        .stdoutFd = null.get() });
    EXPECT_TRUE(rec.timedOut); // p1.wait() waits for ever: yes waits in write() on a full pipe
    const RecordedProcess* yes = processRunning(rec, "yes");
    ASSERT_NE(yes, nullptr);
    ASSERT_TRUE(yes->exit.has_value());
    EXPECT_EQ(yes->exit->code, SIGKILL); // killed by the recording's end, never by SIGPIPE
    EXPECT_TRUE(std::ranges::none_of(rec.events, [&](const RecordedEvent& e) {
        return e.pid == yes->pid && e.call == Call::Signal && e.args.front() == SIGPIPE;
    }));
    // The parent held the read end to its last moment.
    const RecordedPipe* pipe = pipeAtExec(rec, *yes, 1);
    ASSERT_NE(pipe, nullptr);
    const RecordedProcess& parent = rec.processes[0];
    const auto held = std::ranges::find_if(pipe->readEnds, [&](const PipeHold& h) { return h.pid == parent.pid; });
    ASSERT_NE(held, pipe->readEnds.end());
    EXPECT_EQ(held->closedNs, parent.endNs);
}

TEST(Record, AnInheritedWriteEndDelaysEndOfFile)
{
    if (python3().empty())
        GTEST_SKIP() << "no python3";
    const UniqueFd null(::open("/dev/null", O_WRONLY | O_CLOEXEC));
    for (const bool inheritable : { false, true }) {
        std::vector<std::string> argv { python3(), "-E", bundledScript("watch_inherit.py") };
        if (inheritable)
            argv.push_back("inheritable");
        const Recording rec = record({ .argv = argv, .bytes = true, .stdoutFd = null.get() });
        ASSERT_TRUE(rec.exit.has_value());
        EXPECT_EQ(rec.exit->code, 0);
        const RecordedProcess* cat = processRunning(rec, "cat");
        const RecordedProcess* sleep = processRunning(rec, "sleep");
        ASSERT_NE(cat, nullptr);
        ASSERT_NE(sleep, nullptr);
        const RecordedPipe* stdinPipe = pipeAtExec(rec, *cat, 0);
        ASSERT_NE(stdinPipe, nullptr);
        ASSERT_TRUE(stdinPipe->eofNs.has_value());
        ASSERT_TRUE(sleep->endNs.has_value());
        // What sleep kept across its exec, as /proc showed it then.
        const auto exec = std::ranges::find_if(rec.events, [&](const RecordedEvent& e) {
            return e.pid == sleep->pid && e.call == Call::Execve && e.result == 0 && e.fdTable;
        });
        ASSERT_NE(exec, rec.events.end());
        const bool sleepHolds = std::ranges::any_of(
            *exec->fdTable, [&](const FdEntry& f) { return f.kind == FdKind::Pipe && f.inode == stdinPipe->inode; });
        // Python's fds are non-inheritable (PEP 446): with close_fds=False alone sleep's copy (from the fork) closes
        // at its exec, and cat reads end of file at once; made inheritable, sleep keeps a write end until it exits,
        // and cat's EOF waits for it.
        EXPECT_EQ(sleepHolds, inheritable);
        if (inheritable)
            EXPECT_GE(*stdinPipe->eofNs, *sleep->endNs);
        else
            EXPECT_LT(*stdinPipe->eofNs, *sleep->endNs);
    }
}
