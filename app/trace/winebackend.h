// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace pipescope::cli {

// The Windows build's folder (pipescope-trace.exe and pipescope-child.exe): $PIPESCOPE_WINDOWS_BUILD, else the
// win64 preset's bin folder beside this build tree (build/<preset>/app/trace -> build/win64/bin), else
// <prefix>/lib/pipescope/windows for an installed copy. nullopt when none holds pipescope-trace.exe.
std::optional<std::filesystem::path> findWindowsBuild();

// The path Wine's Z: drive gives a Linux path: /tmp/a b.json -> Z:\tmp\a b.json (made absolute first).
std::string windowsPath(const std::filesystem::path& linuxPath);

// pipescope-trace.exe's arguments for o: the same options, Linux paths (--json, --input-file, file: redirects, a
// program given by path) as Wine sees them.
std::vector<std::string> windowsArguments(const TraceOptions& o);

// --backend=wine: runs pipescope-trace.exe under Wine in PipeScope's own prefix ($PIPESCOPE_WINEPREFIX, by default
// ~/.cache/pipescope/wine, made on first use: progress lines on log). The program's stdout and stderr are passed on;
// the exit status is its (the child's), 124 when Wine itself did not finish in time, 127 with a one-line reason
// when Wine or the Windows build is missing.
int runOnWine(const TraceOptions& o, std::ostream& log);
// `namedpipe --backend=wine`: pipescope-trace.exe namedpipe under Wine, the same way.
int runNamedPipeOnWine(const NamedPipeOptions& o, std::ostream& log);

} // namespace pipescope::cli
