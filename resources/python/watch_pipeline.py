# SPDX-License-Identifier: GPL-3.0-or-later
# A pipeline of two Popen calls, as the subprocess documentation writes it ("Replacing shell pipeline"):
# yes | head -n 1. With "close" as its argument the parent closes its copy of p1.stdout after starting p2, as the
# documentation says to ("Allow p1 to receive a SIGPIPE if p2 exits"): once head has exited, nobody holds the pipe's
# read end, and yes's next write gets SIGPIPE. Without it, the parent still holds the read end: yes fills the pipe
# and waits in write() for a reader that never reads, so p1.wait() never returns.
import subprocess, sys

p1 = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["head", "-n", "1"], stdin=p1.stdout, stdout=subprocess.PIPE)
if sys.argv[1:] == ["close"]:
    p1.stdout.close()
print(p2.communicate()[0].decode().strip())
print("yes ended:", p1.wait())
