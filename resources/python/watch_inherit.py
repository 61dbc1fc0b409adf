# SPDX-License-Identifier: GPL-3.0-or-later
# Why Popen's close_fds defaults to True (since Python 3.2): a second child that inherits the first child's stdin
# write end keeps that pipe open, so the first child never sees end-of-file while the second one lives.
# Since Python 3.4 (PEP 446) the fds Python makes are non-inheritable, so with close_fds=False alone nothing leaks;
# with "inheritable" as its argument this program makes p1.stdin inheritable again, as older Pythons had it, and
# cat then waits for sleep to end before it reads end-of-file.
import os, subprocess, sys, time

p1 = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
if sys.argv[1:] == ["inheritable"]:
    os.set_inheritable(p1.stdin.fileno(), True)
p2 = subprocess.Popen(["sleep", "2"], close_fds=False)
start = time.monotonic()
p1.stdin.close()
p1.wait()
print(f"cat ended {time.monotonic() - start:.1f} s after its stdin was closed")
p2.wait()
