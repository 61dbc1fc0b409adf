// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/recording.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace pipescope {

// A recording in the trace file format: schema "pipescope-trace", version 2, "kind": "recording" (version 1 files
// are the one-child traces of files/trace.h).
inline constexpr int recordingSchemaVersion = 2;

nlohmann::json toJson(const Recording& recording);
std::string toJsonText(const Recording& recording, int indent = 2);

} // namespace pipescope
