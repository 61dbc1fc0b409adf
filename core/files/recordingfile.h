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

} // namespace pipescope
