#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the redirect matrix through the real subprocess.Popen and describes each child's fds 0/1/2.

Usage: popen_matrix.py CHILD DIR OUT COMBO...   (COMBO = "stdin,stdout,stderr" in PipeScope's text form)
The description must be computed exactly as tst_matrix.cpp computes it for PipeScope's own spawn.
"""
import json
import os
import subprocess
import sys


def target(pid, fd):
    try:
        return os.readlink(f"/proc/{pid}/fd/{fd}")
    except OSError:
        return None


def access(flags):
    mode = int(flags, 8) & os.O_ACCMODE
    return {os.O_RDONLY: "r", os.O_WRONLY: "w", os.O_RDWR: "rw"}[mode]


def describe(table, parent_targets, parent_ends):
    """What fds 0, 1 and 2 of the child are, in terms that do not depend on fd numbers.

    table is what `pipescope-child fds` reported from inside the running program."""
    rows = {row["fd"]: row for row in table["fds"]}
    out = []
    for fd in range(3):
        if fd not in rows:
            out.append(f"{fd}:closed")
            continue
        t = rows[fd]["target"]
        inherited = [str(j) for j in range(3) if parent_targets[j] == t]
        if inherited:
            what = "inherited:" + "+".join(inherited)
        elif t.startswith("pipe:"):
            ends = [name for name, end_target in parent_ends.items() if end_target == t]
            what = "pipe:" + ("+".join(ends) if ends else "none")
        elif t == "/dev/null":
            what = "devnull"
        else:
            what = "file:" + os.path.basename(t)
        out.append(f"{fd}:{what}:{access(rows[fd]['flags'])}")
    extra = sorted(fd for fd in rows if fd > 2)
    out.append("extra:" + ",".join(map(str, extra)))
    return out


def main():
    child, directory, out_path, combos = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    parent_targets = [target(os.getpid(), fd) for fd in range(3)]
    results = {}
    for combo in combos:
        kinds = combo.split(",")
        opened = []
        args = {}
        for stream, kind in zip(("stdin", "stdout", "stderr"), kinds):
            if kind == "none":
                value = None
            elif kind == "pipe":
                value = subprocess.PIPE
            elif kind == "devnull":
                value = subprocess.DEVNULL
            elif kind == "stdout":
                value = subprocess.STDOUT
            elif kind == "fd":
                value = os.open(os.path.join(directory, f"fd-{stream}.txt"), os.O_RDWR | os.O_CREAT, 0o644)
                opened.append(value)
            elif kind == "file":
                mode = "rb" if stream == "stdin" else "wb"
                value = open(os.path.join(directory, f"file-{stream}.txt"), mode)
                opened.append(value)
            else:
                raise SystemExit(f"unknown kind {kind}")
            args[stream] = value
        report = os.path.join(directory, "python-fds.json")
        proc = subprocess.Popen([child, "fds", f"--out={report}"], **args)
        ends = {}
        for name in ("stdin", "stdout", "stderr"):
            f = getattr(proc, name)
            if f is not None:
                ends[name] = os.readlink(f"/proc/self/fd/{f.fileno()}")
        proc.communicate()
        with open(report) as f:
            results[combo] = describe(json.load(f), parent_targets, ends)
        for o in opened:
            if isinstance(o, int):
                os.close(o)
            else:
                o.close()
    with open(out_path, "w") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()
