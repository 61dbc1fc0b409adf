// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/redirect.h"

#include <array>
#include <string>
#include <vector>

namespace pipescope {

// Everything Popen is told: the program, its arguments and the three redirects.
struct SpawnSpec
{
    std::vector<std::string> argv; // argv[0] is the program, looked up in PATH when it has no '/'
    std::array<Redirect, 3> redirects {}; // indexed by Stream
    int pipeSize = 0; // Popen(pipesize=): F_SETPIPE_SZ on every pipe created; 0 keeps the kernel's default
    bool closeFds = true; // Popen(close_fds=)
    std::vector<int> passFds; // Popen(pass_fds=)
    std::string cwd; // empty: the parent's

    const Redirect& redirect(Stream s) const { return redirects[static_cast<size_t>(s)]; }
    Redirect& redirect(Stream s) { return redirects[static_cast<size_t>(s)]; }
};

} // namespace pipescope
