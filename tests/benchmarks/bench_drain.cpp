// SPDX-License-Identifier: GPL-3.0-or-later
// Draining a child's stdout PIPE: PipeScope's communicate() (with a sink, the path the CLI uses) against a plain C
// blocking read() loop on the same producer, `pipescope-child flood N` (DESIGN.md: >= 0.95x the read() loop).
//
// Extra options, anywhere on the command line (taken out before Google Benchmark reads its own):
//   --drain-bytes=N  bytes the child writes per iteration, K/M/G suffixes (default 256M, or
//                    $PIPESCOPE_BENCH_DRAIN_BYTES)
//   --iterations=N   a fixed iteration count for every benchmark, so both sides drain equally much
//   --warmup=BYTES   an untimed drain of this size before each timed loop (default 16M, or N if smaller)
#include "benchcommon.h"

#include "live/pump.h"
#include "popen/process.h"
#include "popen/spawnspec.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace pipescope::bench {
namespace {

constexpr std::uint64_t defaultDrainBytes = std::uint64_t { 256 } << 20U;
constexpr std::uint64_t defaultWarmupBytes = std::uint64_t { 16 } << 20U;
// The same chunk as core's communicate() reads with and as the child writes with.
constexpr size_t readChunk = 64 * 1024;

// spawn(stdout=PIPE) + communicate() whose sink only counts, as pipescope-trace does without --save-stdout.
bool pipescopeDrain(std::uint64_t bytes, std::string& error)
{
    SpawnSpec spec;
    spec.argv = { childPath, "flood", std::to_string(bytes) };
    spec.redirect(Stream::Stdout) = Redirect::pipe();
    auto spawned = spawn(spec);
    if (!spawned) {
        error = "spawn: " + spawned.error().call + ": " + std::strerror(spawned.error().sysErrno);
        return false;
    }
    std::uint64_t seen = 0;
    CommunicateOptions options;
    options.sink = [&seen](Stream, std::span<const std::byte> data) { seen += data.size(); };
    const auto result = communicate(*spawned, options);
    if (!result) {
        error = "communicate: " + result.error().call + ": " + std::strerror(result.error().sysErrno);
        return false;
    }
    if (result->exit.signaled || result->exit.code != 0 || seen != bytes) {
        error = "child ended with status " + std::to_string(result->exit.shellStatus()) + " after "
            + std::to_string(seen) + " of " + std::to_string(bytes) + " bytes";
        return false;
    }
    return true;
}

// The live pump the window uses: its own thread, counters and the display ring on, sampled as a GUI would
// (about 60 times a second) while the child floods.
bool pumpDrain(std::uint64_t bytes, std::string& error)
{
    SpawnSpec spec;
    spec.argv = { childPath, "flood", std::to_string(bytes) };
    spec.redirect(Stream::Stdout) = Redirect::pipe();
    auto spawned = spawn(spec);
    if (!spawned) {
        error = "spawn: " + spawned.error().call + ": " + std::strerror(spawned.error().sysErrno);
        return false;
    }
    auto pump = Pump::start(std::move(*spawned), PumpOptions {});
    if (!pump) {
        error = "pump: " + pump.error().call + ": " + std::strerror(pump.error().sysErrno);
        return false;
    }
    while (!(*pump)->waitFinished(std::chrono::milliseconds(16)))
        benchmark::DoNotOptimize((*pump)->sample());
    const PumpSnapshot last = (*pump)->sample();
    const auto seen = static_cast<std::uint64_t>(last.stream(Stream::Stdout).bytes);
    if (!last.exit || last.exit->shellStatus() != 0 || seen != bytes) {
        error = "pump: child ended after " + std::to_string(seen) + " of " + std::to_string(bytes) + " bytes";
        return false;
    }
    return true;
}

// The plain C baseline: posix_spawn with stdout dup2'd onto an O_CLOEXEC pipe, a blocking read() loop with a
// 64 KiB buffer until EOF, waitpid.
bool readLoopDrain(std::uint64_t bytes, char* buffer, std::string& error)
{
    std::vector<std::string> args { childPath, "flood", std::to_string(bytes) };
    const std::vector<char*> argv = cArgv(args);
    std::array<int, 2> out { -1, -1 };
    if (::pipe2(out.data(), O_CLOEXEC) != 0) {
        error = std::string("pipe2: ") + std::strerror(errno);
        return false;
    }
    posix_spawn_file_actions_t actions;
    ::posix_spawn_file_actions_init(&actions);
    ::posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, childPath, &actions, nullptr, argv.data(), environ);
    ::posix_spawn_file_actions_destroy(&actions);
    closeFd(out[1]);
    if (rc != 0) {
        closeFd(out[0]);
        error = std::string("posix_spawn: ") + std::strerror(rc);
        return false;
    }
    std::uint64_t seen = 0;
    for (;;) {
        const ssize_t n = ::read(out[0], buffer, readChunk);
        if (n > 0) {
            seen += static_cast<std::uint64_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    closeFd(out[0]);
    const int code = waitExitCode(pid);
    if (code != 0 || seen != bytes) {
        error = "child ended with status " + std::to_string(code) + " after " + std::to_string(seen) + " of "
            + std::to_string(bytes) + " bytes";
        return false;
    }
    return true;
}

template <class DrainOnce>
void drainLoop(benchmark::State& state, std::uint64_t bytes, std::uint64_t warmupBytes, DrainOnce&& once)
{
    std::string error;
    if (warmupBytes > 0 && !once(std::min(bytes, warmupBytes), error)) {
        state.SkipWithError(error.c_str());
        return;
    }
    for (auto _ : state) {
        if (!once(bytes, error)) {
            state.SkipWithError(error.c_str());
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes));
    state.counters["drain_bytes"] = static_cast<double>(bytes);
}

void registerAll(std::uint64_t bytes, std::uint64_t warmupBytes, benchmark::IterationCount iterations)
{
    std::vector<benchmark::internal::Benchmark*> all;
    all.push_back(benchmark::RegisterBenchmark("drain/pipescope", [=](benchmark::State& state) {
        drainLoop(
            state, bytes, warmupBytes, [](std::uint64_t n, std::string& error) { return pipescopeDrain(n, error); });
    }));
    all.push_back(benchmark::RegisterBenchmark("drain/pump", [=](benchmark::State& state) {
        drainLoop(state, bytes, warmupBytes, [](std::uint64_t n, std::string& error) { return pumpDrain(n, error); });
    }));
    all.push_back(benchmark::RegisterBenchmark("drain/read_loop", [=](benchmark::State& state) {
        // On the heap like communicate()'s buffer, and touched once so that neither side pays page faults.
        const auto buffer = std::make_unique<char[]>(readChunk);
        std::memset(buffer.get(), 0, readChunk);
        drainLoop(state, bytes, warmupBytes,
            [&](std::uint64_t n, std::string& error) { return readLoopDrain(n, buffer.get(), error); });
    }));
    for (auto* b : all) {
        // The producer is another process: wall-clock time is the throughput a user sees.
        b->UseRealTime()->Unit(benchmark::kMillisecond);
        if (iterations > 0)
            b->Iterations(iterations);
    }
}

} // namespace
} // namespace pipescope::bench

int main(int argc, char** argv)
{
    using namespace pipescope::bench;
    std::uint64_t bytes = defaultDrainBytes;
    const char* fromEnv = std::getenv("PIPESCOPE_BENCH_DRAIN_BYTES");
    std::optional<std::string> text = takeOption(argc, argv, "drain-bytes");
    if (!text && fromEnv && *fromEnv)
        text = fromEnv;
    if (text) {
        const auto parsed = parseByteCount(*text);
        if (!parsed) {
            std::fprintf(stderr, "bad drain size '%s': expected bytes, optionally with K, M or G\n", text->c_str());
            return 2;
        }
        bytes = *parsed;
    }
    std::uint64_t warmupBytes = defaultWarmupBytes;
    if (const auto warmup = takeOption(argc, argv, "warmup")) {
        const auto parsed = warmup == "0" ? std::optional<std::uint64_t> { 0 } : parseByteCount(*warmup);
        if (!parsed) {
            std::fprintf(stderr, "bad --warmup '%s': expected bytes, optionally with K, M or G\n", warmup->c_str());
            return 2;
        }
        warmupBytes = *parsed;
    }
    std::int64_t iterations = 0; // 0: Google Benchmark picks the count
    if (!takeCount(argc, argv, "iterations", 1, iterations))
        return 2;
    registerAll(bytes, warmupBytes, iterations);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
