# SPDX-License-Identifier: GPL-3.0-or-later
# child.py, written for PipeScope after the note's child.py: it greets, then echoes every line it reads from
# its stdin. Where it differs from the note's version, and why:
# - At end-of-file readline() returns ''. The note's loop does not test for it, so once the parent closes stdin
#   it prints ">>>get std in" with an empty line once a second for ever, and never exits. This one stops, so a
#   parent that closes stdin sees the child end and can read its stdout to end-of-file.
# - It flushes every line, so a parent reading a pipe sees each line at once instead of one block at the end.
# - It waits 10 ms per line instead of a second, so a class does not wait ten seconds for ten lines.
import sys
import time


def child():
    # flush=True: when stdout is a pipe Python buffers whole blocks; the parent should see each line at once.
    print("child process start", flush=True)
    while True:
        str_ = sys.stdin.readline()
        if not str_:  # '' means end-of-file: every write end of stdin is closed
            break
        print(">>>get std in", str_, flush=True)
        time.sleep(0.01)


if __name__ == "__main__":
    child()
