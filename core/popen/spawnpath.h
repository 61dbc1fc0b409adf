// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pipescope {

// Which way CPython's POSIX Popen._execute_child starts a child. PosixSpawn: os.posix_spawn(), with no errpipe and
// no code of CPython's between fork and exec. Vfork and Fork: _posixsubprocess.fork_exec, the path a HandlePlan
// shows, with vfork() where CPython allows it.
enum class SpawnPath { PosixSpawn, Vfork, Fork };

// What the choice depends on. The defaults are Popen's defaults for a program given with a directory.
struct SpawnPathQuery
{
    int pythonMajor = 3;
    int pythonMinor = 0;
    bool linux = true;
    bool closeFds = true;
    bool programHasDirectory = true; // os.path.dirname(executable) is not empty
    bool preexecFn = false;
    bool passFds = false;
    bool cwd = false;
    bool newSessionOrGroup = false; // start_new_session, process_group
    bool changesIds = false; // user, group, extra_groups
    bool childEndOnStdFd = false; // p2cread, c2pwrite or errwrite is already 0, 1 or 2
    bool posixSpawnUsable = true; // subprocess._USE_POSIX_SPAWN (glibc >= 2.24 on Linux)
    bool posixSpawnClosefrom = true; // os.POSIX_SPAWN_CLOSEFROM exists (Python 3.13+ with glibc >= 2.34)
};

// Pure: the branch CPython's subprocess.py takes for these arguments.
SpawnPath cpythonSpawnPath(const SpawnPathQuery& q);

} // namespace pipescope
