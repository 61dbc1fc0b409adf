#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Measures PipeScope against its baselines in one run and prints the ratios DESIGN.md holds it to.

Runs bench_spawn and bench_drain (Google Benchmark, JSON output) and CPython's subprocess on the same programs, in
the same run: every side once per repetition, the sides taking turns; each ratio is the median of its
per-repetition ratios (the table shows the medians of the times).

  spawn+wait, 3 PIPEs   PipeScope time / plain C posix_spawn loop time       goal <= 1.05 (the two take turns)
                        CPython Popen.communicate() time / PipeScope time    goal >= 1.0 (as fast as CPython)
  drain stdout PIPE     PipeScope throughput / plain C read() loop           goal >= 0.95
                        PipeScope throughput / CPython read1() loop          goal >= 1.0

It reports, it does not gate: the exit status is 0 on a MISS, non-zero only when something could not be measured.

On two CPUs the drain figures swing widely (ratios 0.4-1.5 within one run) with where the scheduler places the
reader and the flooding child. --one-cpu pins every process of the run, children included, to one CPU: the two
sides then take turns on it, the figures are steady and compare the parents' own costs.

  tests/benchmarks/compare.py [BUILD_DIR] [--quick] [--one-cpu] [--drain-bytes=2G] [--repetitions=N]
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHUNK = 64 * 1024  # what the child writes and every reader reads per call

# The benchmark names bench_spawn and bench_drain register.
SPAWN_PIPESCOPE = "spawn_wait/pipescope/3pipes/child"
SPAWN_POSIX = "spawn_wait/posix_spawn/3pipes/child"
SPAWN_COMMUNICATE = "spawn_communicate/pipescope/3pipes/child"
DRAIN_PIPESCOPE = "drain/pipescope"
DRAIN_READ_LOOP = "drain/read_loop"
DRAIN_PUMP = "drain/pump"
# PipeScope and posix_spawn taking turns spawn by spawn; its counters carry the figures.
SPAWN_ALTERNATING = "spawn_alternating/pipescope_vs_posix_spawn/3pipes/"
ALTERNATING_COUNTERS = ("ratio", "pipescope_us", "posix_spawn_us")
SPAWN_NAMES = [
    f"{kind}/{side}/{wiring}/{program}"
    for program in ("child", "true")
    for kind, side, wiring in (
        ("spawn_wait", "pipescope", "3pipes"),
        ("spawn_wait", "posix_spawn", "3pipes"),
        ("spawn_wait", "pipescope", "none"),
        ("spawn_wait", "posix_spawn", "none"),
        ("spawn_communicate", "pipescope", "3pipes"),
        ("spawn_alternating", "pipescope_vs_posix_spawn", "3pipes"),
    )
]
DRAIN_NAMES = [DRAIN_PIPESCOPE, DRAIN_PUMP, DRAIN_READ_LOOP]
CPU = "@cpu"  # suffix of a benchmark name for its CPU time
ROUND_SPAWNS = 50  # spawns per turn when PipeScope and CPython take turns

# name: (repetitions, spawn iterations, default drain bytes, drain iterations, spawn warm-up, drain warm-up)
PROFILES = {
    "full": (5, 300, "2G", 1, 5, "16M"),
    "quick": (3, 100, "256M", 1, 3, "16M"),
    # Proves that everything runs (the ctest bench_smoke); the figures mean nothing.
    "smoke": (1, 3, "1M", 1, 1, "0"),
}


class MeasureError(Exception):
    """Something could not be measured: the run is worthless, compare.py exits non-zero."""


def parse_bytes(text):
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    multiplier = units.get(text[-1:].upper(), 1)
    digits = text[:-1] if multiplier != 1 else text
    if not digits.isdigit() or int(digits) == 0:
        raise argparse.ArgumentTypeError(f"bad size '{text}': expected bytes, optionally with K, M or G")
    return int(digits) * multiplier


def human_bytes(n):
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return f"{n} B"


def default_build_dir():
    for preset in ("release", "dev"):
        candidate = PROJECT_ROOT / "build" / preset
        if candidate.is_dir():
            return candidate
    return PROJECT_ROOT / "build" / "release"


def find_binary(build_dir, relative, name):
    path = build_dir / relative
    if path.is_file() and os.access(path, os.X_OK):
        return path
    # A build tree laid out differently (e.g. one configured from another source dir): look for the name.
    for found in sorted(build_dir.rglob(name)):
        if found.is_file() and os.access(found, os.X_OK):
            return found
    raise MeasureError(f"{name} not found in {build_dir}; build it with: "
                       f"cmake --build {build_dir} --target bench_spawn bench_drain pipescope-child")


# ---------------------------------------------------------------------------------------------------------------
# Google Benchmark side


def run_benchmark(binary, extra_args, expected):
    """Runs one benchmark binary once; returns {name: real time per iteration in seconds}, with the CPU time under
    name@cpu and the alternating benchmark's counters under name@counter."""
    command = [str(binary), *extra_args, "--benchmark_format=json",
               # Within the binary, PipeScope and its baseline run in random order, neither always first.
               "--benchmark_enable_random_interleaving=true"]
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise MeasureError(f"{binary.name} exited with {done.returncode}: {done.stderr.strip()[-2000:]}")
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError as error:
        raise MeasureError(f"{binary.name} printed no valid JSON ({error}): {done.stderr.strip()[-2000:]}") from error
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    times = {}
    for run in report.get("benchmarks", []):
        if run.get("run_type") != "iteration":
            continue
        # Google Benchmark appends settings to the name ("/iterations:500/real_time"); ours have no ':' or '_time'.
        name = "/".join(part for part in run.get("run_name", run["name"]).split("/")
                        if ":" not in part and not part.endswith("_time"))
        if run.get("error_occurred"):
            raise MeasureError(f"{binary.name}: {name}: {run.get('error_message', 'error')}")
        times[name] = run["real_time"] * scale[run.get("time_unit", "ns")]
        # The parent's own CPU time: less disturbed by other load than wall time, so it backs up the wall figure.
        times[name + CPU] = run["cpu_time"] * scale[run.get("time_unit", "ns")]
        # The counters of the alternating benchmark (user counters sit beside the standard fields).
        for counter in ALTERNATING_COUNTERS:
            if counter in run:
                times[f"{name}@{counter}"] = run[counter]
    missing = [name for name in expected if name not in times]
    missing += [f"{name} counter {counter}" for name in expected if name.startswith(SPAWN_ALTERNATING)
                for counter in ALTERNATING_COUNTERS if f"{name}@{counter}" not in times]
    if missing:
        raise MeasureError(f"{binary.name}: no result for {', '.join(missing)}")
    return times


def optional_binary(build_dir, relative, name):
    try:
        return find_binary(build_dir, relative, name)
    except MeasureError:
        return None


def print_step_latency(binary, profile):
    """Step mode: one real step with both /proc fd tables, and Back (a re-run of the real setup), against run mode's
    spawn of the same configuration in the same run."""
    min_time = "0.01" if profile == "smoke" else "0.5" if profile == "quick" else "2.0"
    done = subprocess.run([str(binary), "--benchmark_format=json", f"--benchmark_min_time={min_time}"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise MeasureError(f"{binary.name} exited with {done.returncode}: {done.stderr.strip()[-2000:]}")
    runs = {run["name"].split("/")[0]: run for run in json.loads(done.stdout)["benchmarks"]}
    for name in ("BM_StepWithSnapshots", "BM_BackFromLastStep", "BM_RunModeSpawn"):
        if name not in runs:
            raise MeasureError(f"{binary.name}: no result for {name}")
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}

    def seconds(run):
        return run["real_time"] * scale[run.get("time_unit", "ns")]

    step_median_ms = runs["BM_StepWithSnapshots"]["step_median_ms"]
    back_ms = seconds(runs["BM_BackFromLastStep"]) * 1e3
    replayed = int(runs["BM_BackFromLastStep"]["replayed_steps"])
    setup_ratio = seconds(runs["BM_StepWithSnapshots"]) / seconds(runs["BM_RunModeSpawn"])
    print("\nSTEP MODE (3 PIPEs + pipesize: the longest plan)")
    for what, value, goal, passed in [
        ("one step incl. both fd tables, median ms", step_median_ms, "<= 2 ms", step_median_ms <= 2.0),
        (f"Back from the last step ({replayed} steps replayed), ms", back_ms, "< 100 ms", back_ms < 100.0),
        ("(info) whole stepped setup / run-mode spawn+wait, same configuration", setup_ratio, "", None),
    ]:
        verdict = "" if passed is None else "PASS" if passed else "MISS"
        print(f"  {what:<70} {value:8.3f}  {('goal ' + goal) if goal else '':<11} {verdict}")


# ---------------------------------------------------------------------------------------------------------------
# CPython side, measured in this interpreter


def python_spawn_once(child):
    proc = subprocess.Popen([child, "exit", "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.communicate()
    if proc.returncode != 0:
        raise MeasureError(f"CPython spawn: child exited with {proc.returncode}")


def python_spawn(child, iterations, warmup):
    """Seconds per Popen(stdin=PIPE, stdout=PIPE, stderr=PIPE).communicate(): wall-clock, and this process's CPU."""
    for _ in range(warmup):
        python_spawn_once(child)
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(iterations):
        python_spawn_once(child)
    return (time.perf_counter() - start) / iterations, (time.process_time() - cpu_start) / iterations


def python_drain_once(child, size):
    with subprocess.Popen([child, "flood", str(size)], stdout=subprocess.PIPE) as proc:
        read1 = proc.stdout.read1
        total = 0
        while True:
            data = read1(CHUNK)
            if not data:
                break
            total += len(data)
    if proc.returncode != 0 or total != size:
        raise MeasureError(f"CPython drain: child exited with {proc.returncode} after {total} of {size} bytes")


def python_drain(child, size, iterations, warmup_size):
    """Seconds per drain of `size` bytes through Popen(stdout=PIPE).stdout.read1(64 KiB)."""
    if warmup_size:
        python_drain_once(child, min(size, warmup_size))
    start = time.perf_counter()
    for _ in range(iterations):
        python_drain_once(child, size)
    return (time.perf_counter() - start) / iterations


def spawn_rounds(bench_spawn, child, iterations, warmup):
    """PipeScope's spawn() + communicate() against CPython's Popen().communicate(), in short rounds that take turns
    (two processes cannot alternate spawn by spawn). Returns the seconds per spawn of each side and the median of
    the rounds' ratios (CPython's time / PipeScope's), then the same three for the parents' CPU time."""
    rounds = max(1, iterations // ROUND_SPAWNS)
    per_round = max(1, iterations // rounds)
    pipescope, cpython, ratios = [], [], []
    pipescope_cpu, cpython_cpu = [], []
    for round_index in range(rounds):
        def pipescope_round():
            found = run_benchmark(bench_spawn, [f"--iterations={per_round}", f"--warmup={warmup}",
                                                f"--benchmark_filter=^{SPAWN_COMMUNICATE}/"], [SPAWN_COMMUNICATE])
            pipescope.append(found[SPAWN_COMMUNICATE])
            pipescope_cpu.append(found[SPAWN_COMMUNICATE + CPU])

        def cpython_round():
            wall, cpu = python_spawn(child, per_round, warmup)
            cpython.append(wall)
            cpython_cpu.append(cpu)

        for step in (pipescope_round, cpython_round) if round_index % 2 == 0 else (cpython_round, pipescope_round):
            step()
        ratios.append(cpython[-1] / pipescope[-1])
    cpu_ratios = [py / ps for py, ps in zip(cpython_cpu, pipescope_cpu)]
    return (statistics.mean(pipescope), statistics.mean(cpython), statistics.median(ratios),
            statistics.mean(pipescope_cpu), statistics.mean(cpython_cpu), statistics.median(cpu_ratios))


def measure(repetitions, bench_spawn, bench_drain, child, settings):
    """Every side once per repetition, the sides taking turns, so that a slow spell of a shared machine (this
    is what makes single figures noisy) lands on all of them rather than on whichever ran last."""
    spawn_iterations, spawn_warmup, drain_bytes, drain_iterations, drain_warmup = settings
    spawn_times = {}
    drain_times = {name + suffix: [] for name in DRAIN_NAMES for suffix in ("", CPU)}
    py_drain = []
    turns = {key: [] for key in ("cpython@pipescope", "cpython", "cpython@ratio",
                                 "cpython@pipescope_cpu", "cpython@cpu", "cpython@cpu_ratio")}

    def cpp_spawn():
        found = run_benchmark(bench_spawn, [f"--iterations={spawn_iterations}", f"--warmup={spawn_warmup}"],
                              SPAWN_NAMES)
        for name, value in found.items():
            spawn_times.setdefault(name, []).append(value)

    def cpp_drain():
        found = run_benchmark(bench_drain, [f"--drain-bytes={drain_bytes}", f"--iterations={drain_iterations}",
                                            f"--warmup={drain_warmup}"], DRAIN_NAMES)
        for name in drain_times:
            drain_times[name].append(found[name])

    def python_vs_pipescope():
        figures = spawn_rounds(bench_spawn, child, spawn_iterations, min(spawn_warmup, 2))
        for key, value in zip(turns, figures):
            turns[key].append(value)

    for repetition in range(repetitions):
        spawn_steps = [cpp_spawn, python_vs_pipescope]
        drain_steps = [cpp_drain,
                       lambda: py_drain.append(python_drain(child, drain_bytes, drain_iterations, drain_warmup))]
        if repetition % 2:
            spawn_steps.reverse()
            drain_steps.reverse()
        for step in spawn_steps + drain_steps:
            step()
        print(f"  repetition {repetition + 1}/{repetitions} done", file=sys.stderr, flush=True)
    spawn_times.update(turns)
    return spawn_times, drain_times, py_drain


# ---------------------------------------------------------------------------------------------------------------
# Report


def load_average():
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0


def others_load(load_before):
    """A sentence when the 1-minute load average says other processes competed for the CPUs, else ''."""
    # A run keeps about two tasks busy itself (the parent and its child); the load before it started is all others'.
    own_tasks = 2
    others = max(load_before, load_average() - own_tasks)
    if others <= 0.5:
        return ""
    return f"load average from other processes about {others:.1f} on {os.cpu_count()} CPUs"


def format_time(seconds):
    if seconds >= 1:
        return f"{seconds:.3f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} us"


def print_table(title, rows, rate):
    print(f"\n{title}")
    print(f"  {'':<48} {'median':>10} {'min':>10} {'max':>10} {rate[0]:>12}")
    for label, times in rows:
        median = statistics.median(times)
        print(f"  {label:<48} {format_time(median):>10} {format_time(min(times)):>10} "
              f"{format_time(max(times)):>10} {rate[1](median):>12}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build_dir", nargs="?", type=Path,
                        help="build tree (default: build/release if it exists, else build/dev)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="fewer repetitions and spawns, a 256 MiB drain")
    mode.add_argument("--smoke", action="store_true", help="tiny sizes, only proves that everything runs")
    parser.add_argument("--drain-bytes", type=parse_bytes, help="bytes drained per iteration (default 2G)")
    parser.add_argument("--repetitions", type=int, help="repetitions of every measurement (medians are used)")
    parser.add_argument("--spawn-iterations", type=int, help="spawns per repetition, the same for every side")
    parser.add_argument("--bench-spawn", type=Path, help="bench_spawn binary (default: found in BUILD_DIR)")
    parser.add_argument("--bench-drain", type=Path, help="bench_drain binary (default: found in BUILD_DIR)")
    parser.add_argument("--bench-step", type=Path, help="bench_step binary (default: found in BUILD_DIR, if built)")
    parser.add_argument("--child", type=Path, help="pipescope-child binary (default: found in BUILD_DIR)")
    parser.add_argument("--one-cpu", action="store_true",
                        help="pin this run and every child it starts to one CPU (steady drain figures)")
    args = parser.parse_args()
    if args.one_cpu:
        cpu = max(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})  # inherited by every benchmark binary, child and CPython it starts

    profile = "smoke" if args.smoke else "quick" if args.quick else "full"
    repetitions, spawn_iterations, drain_text, drain_iterations, spawn_warmup, drain_warmup = PROFILES[profile]
    repetitions = args.repetitions or repetitions
    spawn_iterations = args.spawn_iterations or spawn_iterations
    drain_bytes = args.drain_bytes or parse_bytes(drain_text)
    drain_warmup_bytes = 0 if drain_warmup == "0" else parse_bytes(drain_warmup)
    if repetitions < 1 or spawn_iterations < 1:
        parser.error("--repetitions and --spawn-iterations must be at least 1")

    try:
        build_dir = (args.build_dir or default_build_dir()).resolve()
        if not (args.bench_spawn and args.bench_drain and args.child) and not build_dir.is_dir():
            raise MeasureError(f"no build tree at {build_dir}; configure and build first "
                               "(cmake --preset release && cmake --build --preset release "
                               "--target bench_spawn bench_drain pipescope-child)")
        bench_spawn = args.bench_spawn or find_binary(build_dir, "tests/benchmarks/bench_spawn", "bench_spawn")
        bench_drain = args.bench_drain or find_binary(build_dir, "tests/benchmarks/bench_drain", "bench_drain")
        child = str(args.child or find_binary(build_dir, "app/child/pipescope-child", "pipescope-child"))

        print(f"PipeScope benchmarks ({profile}): {os.cpu_count()} CPUs, Linux {platform.release()}, "
              f"Python {platform.python_version()}; {repetitions} repetitions, medians; "
              f"{spawn_iterations} spawns and {drain_iterations} x {human_bytes(drain_bytes)} drained per repetition "
              "on every side" + (f"; everything pinned to CPU {cpu}" if args.one_cpu else ""), flush=True)

        load_before = load_average()
        spawn_times, drain_times, py_drain = measure(
            repetitions, bench_spawn, bench_drain, child,
            (spawn_iterations, spawn_warmup, drain_bytes, drain_iterations, drain_warmup_bytes))
    except (MeasureError, OSError) as error:
        print(f"compare.py: {error}", file=sys.stderr)
        return 1

    def microseconds(key):
        return [us * 1e-6 for us in spawn_times[key]]

    per_second = ("spawns/s", lambda t: f"{1 / t:,.0f}")
    print_table("spawn + wait, pipescope-child exit 0 (absolute path)", [
        ("PipeScope spawn(), 3 PIPEs, close + wait", spawn_times[SPAWN_PIPESCOPE]),
        ("C posix_spawn, 3 PIPEs, close + waitpid", spawn_times[SPAWN_POSIX]),
        ("  the same two, taking turns: PipeScope", microseconds(SPAWN_ALTERNATING + "child@pipescope_us")),
        ("  the same two, taking turns: posix_spawn", microseconds(SPAWN_ALTERNATING + "child@posix_spawn_us")),
        ("PipeScope spawn() + communicate(), 3 PIPEs", spawn_times[SPAWN_COMMUNICATE]),
        ("CPython Popen(3 PIPEs).communicate()", spawn_times["cpython"]),
        ("  PipeScope communicate(), taking turns with it", spawn_times["cpython@pipescope"]),
        ("PipeScope spawn(), no redirects, wait", spawn_times["spawn_wait/pipescope/none/child"]),
        ("C posix_spawn, no file actions, waitpid", spawn_times["spawn_wait/posix_spawn/none/child"]),
    ], per_second)
    print_table("spawn + wait, static C 'true' (the spawn machinery alone)", [
        ("PipeScope spawn(), 3 PIPEs, close + wait", spawn_times["spawn_wait/pipescope/3pipes/true"]),
        ("C posix_spawn, 3 PIPEs, close + waitpid", spawn_times["spawn_wait/posix_spawn/3pipes/true"]),
        ("  the same two, taking turns: PipeScope", microseconds(SPAWN_ALTERNATING + "true@pipescope_us")),
        ("  the same two, taking turns: posix_spawn", microseconds(SPAWN_ALTERNATING + "true@posix_spawn_us")),
        ("PipeScope spawn() + communicate(), 3 PIPEs", spawn_times["spawn_communicate/pipescope/3pipes/true"]),
        ("PipeScope spawn(), no redirects, wait", spawn_times["spawn_wait/pipescope/none/true"]),
        ("C posix_spawn, no file actions, waitpid", spawn_times["spawn_wait/posix_spawn/none/true"]),
    ], per_second)
    print_table(f"drain stdout PIPE, pipescope-child flood {human_bytes(drain_bytes)}", [
        ("PipeScope spawn() + communicate(sink)", drain_times[DRAIN_PIPESCOPE]),
        ("PipeScope Pump (own thread, counters + ring, sampled at 60 Hz)", drain_times[DRAIN_PUMP]),
        ("C posix_spawn + blocking read() 64 KiB loop", drain_times[DRAIN_READ_LOOP]),
        ("CPython Popen(stdout=PIPE) + read1(64 KiB)", py_drain),
    ], ("MiB/s", lambda t: f"{drain_bytes / t / (1 << 20):,.0f}"))

    def paired(numerators, denominators):
        # One ratio per repetition, from sides that ran back to back, then their median: a slow spell of the
        # machine slows both sides of a pair, so it cancels out instead of landing on one side's median.
        return [a / b for a, b in zip(numerators, denominators)]

    # (what, per-repetition ratios, goal text, test) -- the test is None for figures that have no goal
    ratios = [
        # Spawn by spawn, PipeScope and posix_spawn taking turns: the fairest figure on a shared machine.
        ("spawn+wait 3 PIPEs: PipeScope time / posix_spawn time",
         spawn_times[SPAWN_ALTERNATING + "child@ratio"], "<= 1.05", lambda v: v <= 1.05),
        ("spawn 3 PIPEs: PipeScope speed-up x over CPython communicate()",
         spawn_times["cpython@ratio"], ">= 1.0", lambda v: v >= 1.0),
        ("drain: PipeScope throughput / plain read() throughput",
         paired(drain_times[DRAIN_READ_LOOP], drain_times[DRAIN_PIPESCOPE]), ">= 0.95", lambda v: v >= 0.95),
        ("drain: PipeScope throughput / CPython read1 throughput",
         paired(py_drain, drain_times[DRAIN_PIPESCOPE]), ">= 1.0", lambda v: v >= 1.0),
        ("drain through the live Pump: throughput / plain read() throughput",
         paired(drain_times[DRAIN_READ_LOOP], drain_times[DRAIN_PUMP]), ">= 0.95", lambda v: v >= 0.95),
        ("drain through the live Pump: throughput / CPython read1 throughput",
         paired(py_drain, drain_times[DRAIN_PUMP]), ">= 1.0", lambda v: v >= 1.0),
        ("(info) spawn 3 PIPEs: CPython parent CPU time / PipeScope's",
         spawn_times["cpython@cpu_ratio"], None, None),
        ("(info) drain: read() loop CPU time / PipeScope's (the parent's alone)",
         paired(drain_times[DRAIN_READ_LOOP + CPU], drain_times[DRAIN_PIPESCOPE + CPU]), None, None),
        ("(info) spawn+wait no redirects: PipeScope / posix_spawn time",
         paired(spawn_times["spawn_wait/pipescope/none/child"], spawn_times["spawn_wait/posix_spawn/none/child"]),
         None, None),
        ("(info) spawn+wait 3 PIPEs in separate blocks: PipeScope / posix_spawn",
         paired(spawn_times[SPAWN_PIPESCOPE], spawn_times[SPAWN_POSIX]), None, None),
        ("(info) spawn+wait 3 PIPEs, static true, turns: PipeScope / posix_spawn",
         spawn_times[SPAWN_ALTERNATING + "true@ratio"], None, None),
        ("(info) spawn 3 PIPEs: PipeScope communicate() / close + wait time",
         paired(spawn_times[SPAWN_COMMUNICATE], spawn_times[SPAWN_PIPESCOPE]), None, None),
    ]
    print("\nRATIOS (median of the per-repetition ratios; their range in brackets)")
    for what, values, goal, passed in ratios:
        value = statistics.median(values)
        verdict = "" if passed is None else "PASS" if passed(value) else "MISS"
        spread = f"[{min(values):.2f}-{max(values):.2f}]"
        print(f"  {what:<70} {value:6.3f} {spread:>12}  {('goal ' + goal) if goal else '':<11} {verdict}")
    step_binary = args.bench_step or optional_binary(build_dir, "tests/benchmarks/bench_step", "bench_step")
    if step_binary:
        try:
            print_step_latency(step_binary, profile)
        except MeasureError as error:
            print(f"compare.py: {error}", file=sys.stderr)
            return 1
    busy = others_load(load_before)
    if busy:
        print(f"\nwarning: {busy}: other work competed for the CPUs, so the figures are noisier than they should be")
    if profile == "smoke":
        print("\n(smoke run: tiny sizes, the figures above mean nothing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
