#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the layering the README's architecture section describes, from the sources themselves.

- core has no Qt.
- The units of app/gui depend on each other only downwards (the table below), so there is no include cycle.
- Outside app/gui/bridge nothing forks, waits, spawns a thread or calls core's process functions: every process,
  thread and blocking call of the window belongs to the Bridge.

Prints one line per violation (file:line: what) and exits 1 when there is any.
"""

import pathlib
import re
import sys

# Which units each unit may include from. shell is the top: it may use everything.
ALLOWED = {
    "bridge": set(),
    "text": {"bridge"},
    "diagram": {"bridge", "text"},
    "live": {"bridge", "text"},
    "namedpipes": {"bridge", "text", "diagram"},
    "stepping": {"bridge", "text", "diagram", "live"},
    "watch": {"bridge", "text"},
    "shell": {"bridge", "text", "diagram", "live", "namedpipes", "stepping", "watch"},
}

# What only the bridge may do: start processes or threads, wait for them, and call core's functions that do.
PROCESS_CALLS = [
    (re.compile(r"#\s*include\s*<(thread|future|QThread|QtConcurrent|sys/wait\.h|spawn\.h)>"),
     "includes a process or thread header"),
    (re.compile(r"\bstd::(thread|jthread|async)\b"), "starts a thread"),
    # QProcess::splitCommand only splits a string (and <QProcess> declares it).
    (re.compile(r"\bQProcess\b(?!::splitCommand)(?!>)|\b(QThread|QtConcurrent)\b"), "starts a process or thread"),
    (re.compile(r"(?<![\w.>:])(::)?(fork|vfork|posix_spawnp?|execvp?e?|waitpid|waitid|wait4|pipe2?|poll|ppoll)\s*\("),
     "makes a process syscall"),
    (re.compile(r"::kill\s*\("), "sends a signal"),
    (re.compile(r"\bpipescope::(spawn|communicate|runDuplexDemo|killAll)\s*\("), "calls core's process functions"),
    (re.compile(r"(?<![\w.>:])(spawn|communicate|runDuplexDemo|killAll)\s*\("), "calls core's process functions"),
    (re.compile(r"\b(Pump|FifoRun|FifoBlockingOpen|Stepper)::start\b|\bFifoSession::create\b|\bStepper\s+\w+\s*[({;]"),
     "drives core's engine"),
]


def strip(text):
    """The code without comments and string or character literals, line numbers kept; #include lines as they are."""
    out = []
    i, n = 0, len(text)
    while i < n:
        line_start = i == 0 or text[i - 1] == "\n"
        if line_start and re.match(r"[ \t]*#[ \t]*include", text[i:i + 40]):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(text[i:j])
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text[i] in "\"'":
            quote = text[i]
            j = i + 1
            while j < n and text[j] != quote and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(quote * 2)
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2]
    gui = root / "app" / "gui"
    problems = []

    for path in sorted((root / "core").rglob("*")):
        if path.suffix in (".h", ".cpp"):
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if re.match(r"\s*#\s*include\s*<Q", line):
                    problems.append(f"{path.relative_to(root)}:{number}: core includes Qt ({line.strip()})")

    units = sorted(p.name for p in gui.iterdir() if p.is_dir())
    unknown = [u for u in units if u not in ALLOWED]
    for u in unknown:
        problems.append(f"app/gui/{u}: a unit the layering does not know; add it to ALLOWED in {pathlib.Path(__file__).name}")
    files = 0
    for unit in units:
        for path in sorted((gui / unit).glob("*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            files += 1
            text = path.read_text()
            rel = path.relative_to(root)
            for number, line in enumerate(text.splitlines(), 1):
                m = re.match(r'\s*#\s*include\s*"([a-z]+)/([^"]+)"', line)
                if m and (gui / m.group(1) / m.group(2)).is_file():
                    other = m.group(1)
                    if other != unit and other not in ALLOWED.get(unit, set()):
                        problems.append(f"{rel}:{number}: {unit} may not include from {other} ({m.group(0).strip()})")
            if unit == "bridge":
                continue
            for number, line in enumerate(strip(text).splitlines(), 1):
                for pattern, what in PROCESS_CALLS:
                    if pattern.search(line):
                        problems.append(f"{rel}:{number}: {what} outside the bridge: {line.strip()}")

    for p in problems:
        print(p)
    if files == 0:
        print(f"no sources under {gui}")
        return 1
    print(f"{files} files of {len(units)} units checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
