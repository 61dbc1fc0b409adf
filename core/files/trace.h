// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "base/result.h"
#include "inspect/fdtable.h"
#include "popen/plan.h"
#include "popen/process.h"
#include "popen/spawnspec.h"
#include "popen/stepper.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipescope {

inline constexpr int traceSchemaVersion = 1;

// Everything one run produced: replayable without any process.
struct Trace
{
    SpawnSpec spec;
    HandlePlan plan;
    std::vector<Event> events;
    std::optional<FdTable> childFds; // the child's table right after exec, when taken
    std::optional<ExitStatus> exit;
    std::array<std::int64_t, 3> bytes {}; // stdin written, stdout read, stderr read
    std::vector<StepSnapshot> steps; // step mode: both tables after every step (events stay in events)
};

nlohmann::json toJson(const Trace& trace);
std::string toJsonText(const Trace& trace, int indent = 2);
// Checks the schema name and version and every field; Malformed with a JSON-pointer-ish subject otherwise.
Result<Trace> traceFromJson(std::string_view text);

nlohmann::json toJson(const FdTable& table);
Result<FdTable> fdTableFromJson(const nlohmann::json& j);

} // namespace pipescope
