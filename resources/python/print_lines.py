# SPDX-License-Identifier: GPL-3.0-or-later
# A program that prints its results, as a student's does: numbered lines to stdout, nothing else. PipeScope's
# "BrokenPipeError" live scenario runs it with stdout=PIPE and a parent that closes stdout after the first bytes.
for i in range(1_000_000):
    print("line", i)
