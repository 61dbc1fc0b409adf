// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "base/result.h"
#include "inspect/fdtable.h"
#include "live/procstate.h"
#include "live/pump.h"
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

// A live run of the trace's spec as the Live tab sampled it: the bytes moved on each stream and how full each pipe
// was over time, and how the run ended. points are in time order, at most liveRunPointsMax of them.
struct LivePoint
{
    double seconds = 0; // since the run started
    std::array<std::int64_t, 3> bytes {}; // stdin written, stdout read, stderr read, so far
    std::array<std::int64_t, 3> fill {}; // bytes in each pipe; -1 when the parent holds no end to measure it by
    std::array<std::int64_t, 3> capacity {}; // each pipe's capacity, 0 when unknown

    friend bool operator==(const LivePoint&, const LivePoint&) = default;
};

inline constexpr size_t liveRunPointsMax = 2000;

struct LiveRun
{
    ParentPolicy policy = ParentPolicy::Communicate;
    std::vector<LivePoint> points;
    Verdict verdict = Verdict::Running; // at the end
    std::optional<double> deadlockSince; // when a deadlock was first seen
    bool stdinBrokenPipe = false;
    bool cancelled = false;
    std::optional<ExitStatus> exit;

    friend bool operator==(const LiveRun&, const LiveRun&) = default;
};

// At most max points: the first, the last, and evenly spaced ones between (a long run keeps its shape).
std::vector<LivePoint> thinLivePoints(const std::vector<LivePoint>& points, size_t max = liveRunPointsMax);

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
    std::optional<LiveRun> live; // a live run of the same spec, when there was one
};

nlohmann::json toJson(const Trace& trace);
std::string toJsonText(const Trace& trace, int indent = 2);
// Checks the schema name and version and every field; Malformed with a JSON-pointer-ish subject otherwise.
Result<Trace> traceFromJson(std::string_view text);

nlohmann::json toJson(const FdTable& table);
Result<FdTable> fdTableFromJson(const nlohmann::json& j);

} // namespace pipescope
