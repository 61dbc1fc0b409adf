# SPDX-License-Identifier: GPL-3.0-or-later
# child.py, written for PipeScope after the note's child.py: it greets, then echoes every line it reads from
# its stdin. Unlike the note's version it stops at end-of-file, so a parent that closes stdin sees it end.
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
