// SPDX-License-Identifier: GPL-3.0-or-later
#include "popen/spawnpath.h"

namespace pipescope {

namespace {

bool atLeast(const SpawnPathQuery& q, int major, int minor)
{
    return q.pythonMajor > major || (q.pythonMajor == major && q.pythonMinor >= minor);
}

} // namespace

SpawnPath cpythonSpawnPath(const SpawnPathQuery& q)
{
    // The os.posix_spawn branch of _execute_child appeared in 3.8; 3.13 lets it close fds itself
    // (POSIX_SPAWN_CLOSEFROM), so close_fds=True no longer rules it out there.
    const bool closeFdsAllowed = !q.closeFds || (atLeast(q, 3, 13) && q.posixSpawnClosefrom);
    if (atLeast(q, 3, 8) && q.posixSpawnUsable && q.programHasDirectory && !q.preexecFn && closeFdsAllowed && !q.passFds
        && !q.cwd && !q.childEndOnStdFd && !q.newSessionOrGroup && !q.changesIds)
        return SpawnPath::PosixSpawn;
    // _posixsubprocess uses vfork() since 3.10, on Linux only, and never with preexec_fn or id changes.
    if (atLeast(q, 3, 10) && q.linux && !q.preexecFn && !q.changesIds)
        return SpawnPath::Vfork;
    return SpawnPath::Fork;
}

} // namespace pipescope
