# SPDX-License-Identifier: GPL-3.0-or-later
# One Popen with all three streams piped, to set beside PipeScope's own plan for the same arguments. The program
# is given with its directory, so the interpreter may take either of CPython's two ways to start it: 3.11 forks
# (vfork) through _posixsubprocess, 3.13 calls posix_spawn when close_fds=True can be done by posix_spawn itself.
import subprocess, sys

p = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"through the pipes and back\n")
print(f"Python {sys.version.split()[0]}: cat returned {out!r}, exit status {p.returncode}")
