// SPDX-License-Identifier: GPL-3.0-or-later
// Step mode latency: one step with both /proc snapshots, and "Back" replaying a whole setup, against
// run mode's spawn of the same configuration measured in the same run.

#include "popen/process.h"
#include "popen/stepper.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace pipescope;

namespace {

// Three PIPEs and a pipe size: 21 steps, the longest plan a class steps through.
SpawnSpec longestSetup()
{
    SpawnSpec spec;
    spec.argv = { PIPESCOPE_CHILD_PATH, "echo" };
    spec.redirects = { Redirect::pipe(), Redirect::pipe(), Redirect::pipe() };
    spec.pipeSize = 1 << 20;
    return spec;
}

double medianMs(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::ranges::sort(v);
    return v[v.size() / 2];
}

// Every step of the setup, each timed on its own (syscall, child stop/continue and both fd tables).
void BM_StepWithSnapshots(benchmark::State& state)
{
    const SpawnSpec spec = longestSetup();
    std::vector<double> stepMs;
    for (auto _ : state) {
        Stepper stepper(spec);
        while (!stepper.atEnd()) {
            const auto start = std::chrono::steady_clock::now();
            auto snap = stepper.step();
            const auto end = std::chrono::steady_clock::now();
            if (!snap || snap->error) {
                state.SkipWithError("step failed");
                return;
            }
            benchmark::DoNotOptimize(snap->parentFds.data());
            stepMs.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
    }
    state.counters["step_median_ms"] = medianMs(stepMs);
    state.counters["step_max_ms"] = *std::ranges::max_element(stepMs);
    state.counters["steps"] = static_cast<double>(stepMs.size());
}
BENCHMARK(BM_StepWithSnapshots)->Unit(benchmark::kMillisecond);

// "Back" from the last step: the real setup re-run from scratch up to the step before.
void BM_BackFromLastStep(benchmark::State& state)
{
    const SpawnSpec spec = longestSetup();
    Stepper stepper(spec);
    const size_t steps = stepper.plan().steps.size();
    for (auto _ : state) {
        state.PauseTiming();
        if (!stepper.runTo(steps)) {
            state.SkipWithError("setup failed");
            return;
        }
        state.ResumeTiming();
        auto snap = stepper.back();
        if (!snap || snap->position != steps - 1) {
            state.SkipWithError("back failed");
            return;
        }
    }
    state.counters["replayed_steps"] = static_cast<double>(steps - 1);
}
BENCHMARK(BM_BackFromLastStep)->Unit(benchmark::kMillisecond);

// The baseline: the same setup in run mode, at full speed, without snapshots.
void BM_RunModeSpawn(benchmark::State& state)
{
    const SpawnSpec spec = longestSetup();
    for (auto _ : state) {
        auto spawned = spawn(spec);
        if (!spawned) {
            state.SkipWithError("spawn failed");
            return;
        }
        spawned->stdinPipe.reset(); // echo exits at EOF
        spawned->child.wait();
    }
}
BENCHMARK(BM_RunModeSpawn)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
