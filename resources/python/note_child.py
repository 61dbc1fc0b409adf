# SPDX-License-Identifier: GPL-3.0-or-later
# The note's child.py as it is written there, for the live scenarios that show why the note's demo hangs: print()
# into a pipe is buffered, and the loop never stops at end-of-file (readline() then returns '' for ever).
# PipeScope's own child.py (resources/python/child.py) is the corrected one.
import sys,time
def child():
    print("child process start")
    while True:
        str_= sys.stdin.readline()
        print(">>>get std in",str_)
        time.sleep(1)


if __name__ =="__main__":
    child()
