// SPDX-License-Identifier: GPL-3.0-or-later
// Run-mode spawn cost: PipeScope's spawn() against a plain C posix_spawn loop running the same program with the
// same pipes, in the same process and the same run (DESIGN.md: spawn <= 1.05x posix_spawn).
//
// Extra options, anywhere on the command line (taken out before Google Benchmark reads its own):
//   --iterations=N   a fixed iteration count for every benchmark, so both sides spawn equally often
//   --warmup=N       untimed spawns before each timed loop (default 5)
#include "benchcommon.h"

#include "popen/process.h"
#include "popen/spawnspec.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <string>
#include <vector>

namespace pipescope::bench {
namespace {

int warmupSpawns = 5;

// How the child's three standard streams are wired, on both sides.
enum class Wiring { ThreePipes, NoRedirects };

// --- PipeScope --------------------------------------------------------------------------------------------------

SpawnSpec specFor(const char* program, Wiring wiring)
{
    SpawnSpec spec;
    spec.argv = { program, "exit", "0" };
    if (wiring == Wiring::ThreePipes)
        spec.redirects = { Redirect::pipe(), Redirect::pipe(), Redirect::pipe() };
    return spec;
}

// spawn(), then what a caller with nothing to say or hear does: close the parent's ends and wait.
bool pipescopeSpawnWait(const SpawnSpec& spec, std::string& error)
{
    auto spawned = spawn(spec);
    if (!spawned) {
        error = "spawn: " + spawned.error().call + ": " + std::strerror(spawned.error().sysErrno);
        return false;
    }
    spawned->stdinPipe.reset();
    spawned->stdoutPipe.reset();
    spawned->stderrPipe.reset();
    const ExitStatus status = spawned->child.wait();
    if (status.signaled || status.code != 0) {
        error = "child ended with status " + std::to_string(status.shellStatus());
        return false;
    }
    return true;
}

// spawn() + communicate() with no input: the whole of Popen(...).communicate(), the CPython comparison.
bool pipescopeSpawnCommunicate(const SpawnSpec& spec, std::string& error)
{
    auto spawned = spawn(spec);
    if (!spawned) {
        error = "spawn: " + spawned.error().call + ": " + std::strerror(spawned.error().sysErrno);
        return false;
    }
    const auto result = communicate(*spawned, {});
    if (!result) {
        error = "communicate: " + result.error().call + ": " + std::strerror(result.error().sysErrno);
        return false;
    }
    if (result->exit.signaled || result->exit.code != 0) {
        error = "child ended with status " + std::to_string(result->exit.shellStatus());
        return false;
    }
    return true;
}

// --- the plain C baseline ---------------------------------------------------------------------------------------

// What a C programmer writes by hand: three O_CLOEXEC pipes, dup2 file actions onto 0/1/2, posix_spawn, close
// every end in the parent, waitpid. File actions are built per spawn, as the fds could differ each time.
bool posixSpawnWait(const char* program, char* const* argv, Wiring wiring, std::string& error)
{
    std::array<int, 2> in { -1, -1 };
    std::array<int, 2> out { -1, -1 };
    std::array<int, 2> err { -1, -1 };
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_t* actionsArg = nullptr;
    if (wiring == Wiring::ThreePipes) {
        if (::pipe2(in.data(), O_CLOEXEC) != 0 || ::pipe2(out.data(), O_CLOEXEC) != 0
            || ::pipe2(err.data(), O_CLOEXEC) != 0) {
            error = std::string("pipe2: ") + std::strerror(errno);
            for (auto* p : { &in, &out, &err })
                for (int& fd : *p)
                    closeFd(fd);
            return false;
        }
        ::posix_spawn_file_actions_init(&actions);
        ::posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
        ::posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        ::posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
        actionsArg = &actions;
    }
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, program, actionsArg, nullptr, argv, environ);
    if (actionsArg)
        ::posix_spawn_file_actions_destroy(actionsArg);
    for (auto* p : { &in, &out, &err })
        for (int& fd : *p)
            closeFd(fd);
    if (rc != 0) {
        error = std::string("posix_spawn: ") + std::strerror(rc);
        return false;
    }
    const int code = waitExitCode(pid);
    if (code != 0) {
        error = "child ended with status " + std::to_string(code);
        return false;
    }
    return true;
}

// --- benchmarks -------------------------------------------------------------------------------------------------

// Runs one spawn per iteration after a few untimed ones (page cache, ld.so, allocator all warm for both sides).
template <class SpawnOnce> void spawnLoop(benchmark::State& state, SpawnOnce&& once)
{
    std::string error;
    for (int i = 0; i < warmupSpawns; ++i) {
        if (!once(error)) {
            state.SkipWithError(error.c_str());
            return;
        }
    }
    for (auto _ : state) {
        if (!once(error)) {
            state.SkipWithError(error.c_str());
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// PipeScope and posix_spawn take turns spawn by spawn (who goes first alternates too), each timed on its own. On a
// shared machine a load spike lasts longer than a spawn, so it hits both sides of a pair alike; blocks of separate
// benchmarks, seconds apart, can land one side in a busy spell and the other in a quiet one. Reports the medians
// of both sides' times and the median of the pairs' ratios as counters.
void alternatingLoop(benchmark::State& state, const SpawnSpec& spec, const char* program, char* const* argv)
{
    using Clock = std::chrono::steady_clock;
    std::string error;
    auto run = [&](bool pipescope) {
        return pipescope ? pipescopeSpawnWait(spec, error) : posixSpawnWait(program, argv, Wiring::ThreePipes, error);
    };
    for (int i = 0; i < warmupSpawns; ++i) {
        if (!run(true) || !run(false)) {
            state.SkipWithError(error.c_str());
            return;
        }
    }
    std::vector<double> pipescopeTimes;
    std::vector<double> posixTimes;
    std::vector<double> ratios;
    bool pipescopeFirst = true;
    for (auto _ : state) {
        std::array<double, 2> seconds {}; // [0] PipeScope, [1] posix_spawn
        for (const bool pipescope : { pipescopeFirst, !pipescopeFirst }) {
            const auto start = Clock::now();
            if (!run(pipescope)) {
                state.SkipWithError(error.c_str());
                return;
            }
            seconds[pipescope ? 0 : 1] = std::chrono::duration<double>(Clock::now() - start).count();
        }
        pipescopeFirst = !pipescopeFirst;
        pipescopeTimes.push_back(seconds[0]);
        posixTimes.push_back(seconds[1]);
        ratios.push_back(seconds[0] / seconds[1]);
    }
    state.SetItemsProcessed(2 * state.iterations());
    state.counters["pipescope_us"] = median(pipescopeTimes) * 1e6;
    state.counters["posix_spawn_us"] = median(posixTimes) * 1e6;
    state.counters["ratio"] = median(ratios);
}

void registerAll(benchmark::IterationCount iterations)
{
    struct Program
    {
        const char* label;
        const char* path;
    };
    // pipescope-child is the program the goal is about; the static C "true" has almost no exec/ld.so cost,
    // so it shows the spawn machinery's own overhead with nothing to hide it.
    static constexpr std::array programs { Program { "child", childPath }, Program { "true", truePath } };
    struct WiringName
    {
        Wiring wiring;
        const char* name;
    };
    static constexpr std::array wirings { WiringName { Wiring::ThreePipes, "3pipes" },
        WiringName { Wiring::NoRedirects, "none" } };

    std::vector<benchmark::internal::Benchmark*> all;
    for (const Program& program : programs) {
        for (const WiringName& w : wirings) {
            const std::string suffix = std::string(w.name) + "/" + program.label;
            all.push_back(benchmark::RegisterBenchmark(("spawn_wait/pipescope/" + suffix).c_str(),
                [spec = specFor(program.path, w.wiring)](benchmark::State& state) {
                    spawnLoop(state, [&](std::string& error) { return pipescopeSpawnWait(spec, error); });
                }));
            all.push_back(benchmark::RegisterBenchmark(("spawn_wait/posix_spawn/" + suffix).c_str(),
                [path = program.path, wiring = w.wiring](benchmark::State& state) {
                    std::vector<std::string> args { path, "exit", "0" };
                    const std::vector<char*> argv = cArgv(args);
                    spawnLoop(
                        state, [&](std::string& error) { return posixSpawnWait(path, argv.data(), wiring, error); });
                }));
        }
        all.push_back(
            benchmark::RegisterBenchmark((std::string("spawn_communicate/pipescope/3pipes/") + program.label).c_str(),
                [spec = specFor(program.path, Wiring::ThreePipes)](benchmark::State& state) {
                    spawnLoop(state, [&](std::string& error) { return pipescopeSpawnCommunicate(spec, error); });
                }));
        all.push_back(benchmark::RegisterBenchmark(
            (std::string("spawn_alternating/pipescope_vs_posix_spawn/3pipes/") + program.label).c_str(),
            [spec = specFor(program.path, Wiring::ThreePipes), path = program.path](benchmark::State& state) {
                std::vector<std::string> args { path, "exit", "0" };
                const std::vector<char*> argv = cArgv(args);
                alternatingLoop(state, spec, path, argv.data());
            }));
    }
    for (auto* b : all) {
        // The child's work happens in another process: only wall-clock time says what a spawn costs.
        b->UseRealTime()->Unit(benchmark::kMicrosecond);
        if (iterations > 0)
            b->Iterations(iterations);
    }
}

} // namespace
} // namespace pipescope::bench

int main(int argc, char** argv)
{
    using namespace pipescope::bench;
    std::int64_t iterations = 0; // 0: Google Benchmark picks the count
    std::int64_t warmup = warmupSpawns;
    if (!takeCount(argc, argv, "iterations", 1, iterations) || !takeCount(argc, argv, "warmup", 0, warmup))
        return 2;
    warmupSpawns = static_cast<int>(warmup);
    registerAll(iterations);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
