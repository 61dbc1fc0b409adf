#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording a program against running it untraced, against strace, and against the kernel's cost of the stops.

The workload is CPython making N Popen(["/bin/cat"], stdin=PIPE, stdout=PIPE, stderr=PIPE).communicate(256 KiB).
Each configuration runs --runs times, interleaved (so that a slow moment of the machine hits every configuration
alike); the medians are compared with the untraced one. With --floor, bench_ptrace_floor runs the workload with
the very seccomp filter and ptrace options of a recording and does nothing at the stops: the least any recorder
that stops there can cost on this machine. Then the peak RSS of `pipescope-trace watch --bytes` while it records a
flood (through `head | cat`, and through a parent taking turns as communicate() does), against recording
/bin/true.

    tests/benchmarks/bench_record.py --trace build/release/app/trace/pipescope-trace \
        --floor build/release/tests/benchmarks/bench_ptrace_floor
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# The calls `pipescope-trace watch` stops at, for strace's own seccomp filter (the same set).
STRUCTURE_CALLS = ("pipe,pipe2,dup,dup2,dup3,fcntl,close,close_range,open,openat,creat,socketpair,mknod,mknodat,"
                   "fork,vfork,clone,clone3,execve,execveat,wait4,waitid,kill,tgkill")
BYTE_CALLS = "read,write,readv,writev,splice"

WORKLOAD = """
import subprocess, sys
data = b"x" * (256 * 1024)
for _ in range(int(sys.argv[1])):
    out, err = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE).communicate(data)
    assert out == data
"""


def run(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def tracer_peak_rss_kib(cmd):
    """Peak RSS (VmHWM) of cmd's own process, read from /proc every 2 ms while it runs: the programs it records hold
    memory of their own, which is not the recorder's. (The last 2 ms before it ends go unseen.)"""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        try:
            while proc.poll() is None:
                try:
                    with open(f"/proc/{proc.pid}/status") as status:
                        for line in status:
                            if line.startswith("VmHWM:"):
                                peak = max(peak, int(line.split()[1]))
                except OSError:
                    pass  # ended between poll() and open()
                time.sleep(0.002)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if proc.returncode != 0 or peak == 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)}: exit {proc.returncode}, peak {peak} KiB\n"
                             + err.read().decode(errors="replace")[-2000:])
    return peak


# A parent taking turns like communicate(): a write to the child's stdin, a read of its stdout, a write... through
# one selector, for MiB mebibytes; it keeps nothing it reads, so its own memory stays small at any size.
TAKE_TURNS = """
import os, selectors, subprocess, sys
left = int(sys.argv[1]) << 20
got = 0
chunk = bytes(4096)
p = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
sel = selectors.DefaultSelector()
sel.register(p.stdin, selectors.EVENT_WRITE)
sel.register(p.stdout, selectors.EVENT_READ)
while sel.get_map():
    for key, _ in sel.select():
        if key.fileobj is p.stdin:
            left -= os.write(p.stdin.fileno(), chunk[:min(left, len(chunk))])
            if left == 0:
                sel.unregister(p.stdin)
                p.stdin.close()
        else:
            data = os.read(p.stdout.fileno(), 32768)
            got += len(data)
            if not data:
                sel.unregister(p.stdout)
assert p.wait() == 0 and got == int(sys.argv[1]) << 20
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trace", required=True, help="the built pipescope-trace")
    parser.add_argument("--floor", help="the built bench_ptrace_floor: the same stops with no work at them")
    parser.add_argument("--popens", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--flood-mib", type=int, default=1024)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run: proves it works, times nothing")
    args = parser.parse_args()
    if args.smoke:
        args.popens, args.runs, args.flood_mib = 3, 1, 8

    python = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"], check=True, capture_output=True,
                            text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "popens.py")
        with open(script, "w") as f:
            f.write(WORKLOAD)
        program = [python, "-E", script, str(args.popens)]
        configs = {
            "untraced": program,
            "watch": [args.trace, "watch", "--", *program],
            "watch --bytes": [args.trace, "watch", "--bytes", "--", *program],
        }
        if args.floor:
            configs["ptrace floor (same stops, no work)"] = [args.floor, "--", *program]
            configs["ptrace floor --bytes"] = [args.floor, "--bytes", "--", *program]
            configs["ptrace floor without openat, close"] = [args.floor, "--leave-out=open,openat,close", "--",
                                                             *program]
        strace = shutil.which("strace")
        if strace:
            configs["strace -f"] = [strace, "-f", "-o", "/dev/null", *program]
            configs["strace -f --seccomp-bpf (same calls)"] = [
                strace, "-f", "--seccomp-bpf", "-e", "trace=" + STRUCTURE_CALLS, "-o", "/dev/null", *program]
            configs["strace -f --seccomp-bpf (same calls + bytes)"] = [
                strace, "-f", "--seccomp-bpf", "-e", "trace=" + STRUCTURE_CALLS + "," + BYTE_CALLS, "-o",
                "/dev/null", *program]
        times = {name: [] for name in configs}
        run(program)  # warm the page cache
        for _ in range(args.runs):
            for name, cmd in configs.items():
                times[name].append(run(cmd))

        base = statistics.median(times["untraced"])
        print(f"{args.popens} x Popen(['/bin/cat'], stdin/stdout/stderr=PIPE).communicate(256 KiB), "
              f"median of {args.runs}:")
        for name, samples in times.items():
            median = statistics.median(samples)
            print(f"  {name:45s} {median:7.3f} s  {median / base:5.2f}x untraced")

    # Two floods: one process's reads and writes in a row (they coalesce as they come), and calls taking turns
    # between a child's stdin and stdout, as communicate() does.
    floods = {
        "head | cat": ["/bin/sh", "-c", f"/usr/bin/head -c {args.flood_mib}M /dev/zero | /bin/cat > /dev/null"],
        "turns (communicate)": [python, "-E", "-c", TAKE_TURNS, str(args.flood_mib)],
    }
    idle = tracer_peak_rss_kib([args.trace, "watch", "--bytes", "--", "/bin/true"])
    print(f"peak RSS of pipescope-trace watch --bytes itself: recording /bin/true {idle / 1024:.1f} MiB")
    for name, flood in floods.items():
        busy = tracer_peak_rss_kib([args.trace, "watch", "--bytes", "--", *flood])
        print(f"  a {args.flood_mib} MiB flood through {name:20s} {busy / 1024:6.1f} MiB "
              f"(growth {(busy - idle) / 1024:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
