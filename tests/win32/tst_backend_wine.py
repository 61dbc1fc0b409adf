#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pipescope-trace --backend=wine: the Linux program runs pipescope-trace.exe under Wine and passes on what it says.

Real runs only: Wine, the win64 build and the host's pipescope-trace. No handle value or pid is asserted (they are
Wine's own); what is asserted is what they must agree on.

usage: tst_backend_wine.py HOST_PIPESCOPE_TRACE WINDOWS_BIN_DIR
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

TRACE = ""
WINDOWS_BIN = ""


def run(*args, env=None, timeout=300):
    environment = dict(os.environ)
    environment["PIPESCOPE_WINDOWS_BUILD"] = WINDOWS_BIN
    environment.update(env or {})
    return subprocess.run([TRACE, "--backend=wine", *args], capture_output=True, text=True, env=environment,
                          timeout=timeout)


HANDLE = r"0x[0-9a-f]+"


class BackendWine(unittest.TestCase):
    def test_echo_prints_the_win32_calls_and_the_echoed_line(self):
        r = run("--stdin=pipe", "--stdout=pipe", "--input=write data:0\r\n", "--", "pipescope-child", "echo")
        self.assertEqual(r.returncode, 0, r.stderr)
        err = r.stderr
        self.assertRegex(err, r"executed on Wine \d")
        self.assertRegex(err, rf"\[win\.createpipe\.stdin\] CreatePipe\(.*\) -> read end {HANDLE}, write end {HANDLE}")
        self.assertRegex(err, rf"\[win\.inheritable\.stdout\] DuplicateHandle\(self, {HANDLE},.*-> {HANDLE}")
        self.assertRegex(err, rf"\[win\.getstdhandle\.stderr\] GetStdHandle\(STD_ERROR_HANDLE\) -> ")
        self.assertRegex(err, r"\[win\.createprocess\] CreateProcessW\(NULL, command line, bInheritHandles=TRUE\)")
        self.assertIn('stdout (28 bytes): ">>>get std in write data:0\\r\\n"', err)
        # The STARTUPINFO handles are the inheritable copies DuplicateHandle made, and the child's PEB holds them.
        copies = re.findall(rf"\[win\.inheritable\.(\w+)\] DuplicateHandle\(self, {HANDLE}, .*-> ({HANDLE})", err)
        by_stream = dict(copies)
        startup = re.search(rf"hStdInput ({HANDLE}), hStdOutput ({HANDLE}), hStdError ({HANDLE})", err)
        self.assertIsNotNone(startup, err)
        self.assertEqual(list(startup.groups()), [by_stream["stdin"], by_stream["stdout"], by_stream["stderr"]])
        peb = re.search(rf"stdin ({HANDLE}) stdout ({HANDLE}) stderr ({HANDLE})", err)
        self.assertIsNotNone(peb, err)
        self.assertEqual(peb.groups(), startup.groups())

    def test_exit_status_is_the_childs(self):
        r = run("--stdout=pipe", "--", "pipescope-child", "exit", "7")
        self.assertEqual(r.returncode, 7, r.stderr)
        self.assertIn("exited with code 7", r.stderr)

    def test_missing_program_is_error_file_not_found(self):
        r = run("--stdout=pipe", "--", "no-such-program-here")
        self.assertEqual(r.returncode, 127, r.stderr)
        self.assertRegex(r.stderr, r"CreateProcessW\(no-such-program-here\) failed: error 2 \(ERROR_FILE_NOT_FOUND\)")
        self.assertEqual(r.stderr.count("failed"), 1)

    def test_step_json_has_both_handle_tables(self):
        with tempfile.TemporaryDirectory() as work:
            path = os.path.join(work, "run with space.json")
            r = run("--step", f"--json={path}", "--stdin=pipe", "--stdout=pipe", "--stderr=stdout",
                    "--input=write data:0\r\n", "--", "pipescope-child", "echo")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(path, encoding="utf-8") as f:
                trace = json.load(f)
        self.assertEqual(trace["format"], "pipescope-win32-run")
        self.assertTrue(trace["step_mode"])
        steps = trace["steps"]
        self.assertEqual(steps[-1]["call"], "ResumeThread")
        created = next(i for i, s in enumerate(steps) if s["call"] == "CreateProcessW")
        for s in steps[:created]:
            self.assertIn("parent_table", s)
            self.assertNotIn("child_table", s)
        popen = trace["popen"]
        child_handles = [popen["p2cread"], popen["c2pwrite"], popen["errwrite"]]
        # The suspended child holds exactly the three inheritable copies among its pipes, at the parent's values.
        child_pipes = sorted(e["handle"] for e in steps[created]["child_table"] if e.get("file_type") == "pipe")
        self.assertEqual(child_pipes, sorted(child_handles))
        # The parent's own standard handles are inheritable too; the handle list kept them out of the child.
        # (Values are per process: another object type may sit at one of those values in the child.)
        parent_inheritable = {e["handle"] for e in steps[created]["parent_table"] if e["inherit"] and e["type"] == "File"}
        self.assertTrue(parent_inheritable - set(child_handles))
        child_files = {e["handle"] for e in steps[created]["child_table"] if e["type"] == "File"}
        self.assertEqual(child_files, set(child_handles))
        # Each is named for the inheritable copy it is, with the handle it was copied from.
        named = {e["role"]: e for e in steps[created]["child_table"] if "role" in e}
        self.assertEqual(set(named), {"p2cread", "c2pwrite", "errwrite"})
        duplicates = {s["handles"][1]: s["handles"][0] for s in steps if s["call"] == "DuplicateHandle"}
        for role, entry in named.items():
            self.assertEqual(entry["handle"], popen[role])
            self.assertEqual(entry["copy_of"], duplicates[entry["handle"]])
        # After the parent's three CloseHandle steps it holds its own ends only.
        closes = [s for s in steps if s["step"].startswith("win.closehandle.")]
        self.assertEqual(len(closes), 3)
        last_parent = {e["handle"] for e in closes[-1]["parent_table"]}
        self.assertFalse(set(child_handles) & last_parent)
        self.assertIn(popen["p2cwrite"], last_parent)
        self.assertIn(popen["c2pread"], last_parent)
        self.assertEqual(trace["child"]["std_handles"],
                         {"stdin": popen["p2cread"], "stdout": popen["c2pwrite"], "stderr": popen["errwrite"]})
        self.assertEqual(trace["result"]["stdout"], ">>>get std in write data:0\r\n")
        self.assertEqual(trace["child"]["exit_code"], 0)

    def test_file_redirect_reaches_the_linux_file(self):
        with tempfile.TemporaryDirectory() as work:
            out = os.path.join(work, "out.txt")
            r = run("--stdin=pipe", f"--stdout=file:{out}", "--input=abc\r\n", "--", "pipescope-child", "cat")
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(out, "rb") as f:
                self.assertEqual(f.read(), b"abc\r\n")

    def test_options_it_does_not_take_are_refused_in_one_line(self):
        for option in ("--parent=naive", "--plan-only", "--repeat=3", "--pipesize=65536"):
            r = run(option, "--", "pipescope-child", "exit", "0")
            self.assertEqual(r.returncode, 2, option)
            self.assertEqual(r.stderr.strip().count("\n"), 0, r.stderr)
            self.assertIn("not available with --backend=wine", r.stderr)

    def test_missing_wine_says_how_to_get_it(self):
        r = run("--", "pipescope-child", "exit", "0", env={"PATH": "/nonexistent"})
        self.assertEqual(r.returncode, 127)
        self.assertIn("Wine is not installed", r.stderr)
        self.assertEqual(r.stderr.strip().count("\n"), 0, r.stderr)

    def test_missing_windows_build_says_how_to_build_it(self):
        with tempfile.TemporaryDirectory() as empty:
            # A copy of the host program outside any build tree, told to look in an empty folder.
            lonely = os.path.join(empty, "pipescope-trace")
            with open(TRACE, "rb") as src, open(lonely, "wb") as dst:
                dst.write(src.read())
            os.chmod(lonely, 0o755)
            environment = dict(os.environ, PIPESCOPE_WINDOWS_BUILD=empty)
            r = subprocess.run([lonely, "--backend=wine", "--", "pipescope-child", "exit", "0"], capture_output=True,
                               text=True, env=environment, timeout=60)
        self.assertEqual(r.returncode, 127)
        self.assertIn("the Windows build is missing", r.stderr)


class NamedPipes(unittest.TestCase):
    """pipescope-trace namedpipe --backend=wine: the note's claims about Windows named pipes, each run."""

    def test_instances_clients_duplex_message_mode_security_network(self):
        with tempfile.TemporaryDirectory() as work:
            path = os.path.join(work, "named pipes.json")
            r = subprocess.run([TRACE, "namedpipe", "--backend=wine", f"--json={path}"], capture_output=True,
                               text=True, env=dict(os.environ, PIPESCOPE_WINDOWS_BUILD=WINDOWS_BIN), timeout=300)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(path, encoding="utf-8") as f:
                run = json.load(f)
        self.assertEqual(run["format"], "pipescope-win32-namedpipes")
        inst = run["instances"]
        self.assertEqual(inst["created"], 3)
        self.assertEqual(inst["beyond_limit"]["name"], "ERROR_PIPE_BUSY")
        self.assertEqual(inst["busy_open"]["name"], "ERROR_PIPE_BUSY")
        self.assertEqual(inst["busy_wait"]["name"], "ERROR_SEM_TIMEOUT")
        # Three client processes, each answered on its own instance, on the handle it wrote to, naming its pid.
        self.assertEqual(sorted(inst["client_pids"]), sorted(inst["spawned_pids"]))
        for k, output in enumerate(inst["client_outputs"], start=1):
            self.assertTrue(output.endswith(f": hello from client {k}"), output)
            self.assertIn(f"to pid {inst['spawned_pids'][k - 1]}:", output)
        message, byte = run["modes"]
        self.assertEqual([(x["bytes"], x.get("error", {}).get("name")) for x in message["reads"]],
                         [(64, "ERROR_MORE_DATA")] * 3 + [(8, None), (50, None)])
        self.assertEqual(sum(x["bytes"] for x in byte["reads"]), 250)
        self.assertTrue(all(x["ok"] for x in byte["reads"]))
        security = run["security"]
        self.assertEqual(security["read_back"], security["requested"])
        self.assertTrue(run["wine"])
        self.assertTrue(security["opened"])  # Wine stores the DACL and does not enforce it
        self.assertIn("Wine does not enforce this DACL; Windows would refuse with ERROR_ACCESS_DENIED", r.stderr)
        self.assertFalse(run["remote"]["opened"])
        self.assertIn("Wine has no remote pipes", r.stderr)

    def test_namedpipe_needs_the_wine_backend(self):
        r = subprocess.run([TRACE, "namedpipe"], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 2)
        self.assertIn("give --backend=wine", r.stderr)
        self.assertEqual(r.stderr.strip().count("\n"), 0, r.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    TRACE, WINDOWS_BIN = sys.argv[1], sys.argv[2]
    if not os.access(TRACE, os.X_OK):
        sys.exit(f"{TRACE} is missing: build the dev preset first (cmake --build --preset dev)")
    unittest.main(argv=sys.argv[:1], verbosity=2)
