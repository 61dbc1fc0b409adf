// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "record/recording.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

namespace pipescope {

// A recording in the trace file format: schema "pipescope-trace", version 2, "kind": "recording" (version 1 files
// are the one-child traces of files/trace.h).
inline constexpr int recordingSchemaVersion = 2;

nlohmann::json toJson(const Recording& recording);
std::string toJsonText(const Recording& recording, int indent = 2);
// The strict reader: anything missing, of the wrong type, out of range or unknown is refused as Malformed with the
// JSON pointer of the field (subject); what toJsonText wrote reads back equal (a head that was not UTF-8 reads back
// with U+FFFD where the bytes were).
Result<Recording> recordingFromJson(std::string_view text);

// Every moment of a recording, for a viewer that does not rebuild them itself (the browser page): "states" holds the
// distinct states of recordingStateAfter (processes with pid, ppid, argv, ended, exit and the pipe ends each holds:
// fd, inode, write, popen) and "at" the index of the state after each event, at[0] before the first one (so "at" has
// one entry more than the recording has events).
nlohmann::json statesToJson(const Recording& recording);

} // namespace pipescope
