// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string>
#include <sys/types.h>
#include <vector>

namespace pipescope::child {

// One of this process's open fds, as /proc/self/fd and /proc/self/fdinfo show it.
struct FdEntry
{
    int fd = -1;
    std::string target; // readlink of /proc/self/fd/N, verbatim
    std::string flags; // the "flags:" field of /proc/self/fdinfo/N, verbatim (octal)
};

// The fds open right now, sorted, without the directory fd used to list them. Throws SysError.
std::vector<FdEntry> snapshotOwnFds();

// {"pid":P,"fds":[{"fd":0,"target":"pipe:[1]","flags":"0100002"},...]} plus a newline.
std::string fdTableJson(pid_t pid, std::span<const FdEntry> entries);

} // namespace pipescope::child
