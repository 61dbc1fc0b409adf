// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/trace.h"

#include "files/jsonfields_p.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace pipescope {

using nlohmann::json;

namespace {

constexpr std::string_view schemaName = "pipescope-trace";

using jsonfields::arrayField;
using jsonfields::BadField;
using jsonfields::enumField;
using jsonfields::fdListField;
using jsonfields::numberField;
using jsonfields::stringField;

std::optional<Stream> optionalStream(const json& j, const std::string& where)
{
    if (!j.contains("stream") || j.at("stream").is_null())
        return std::nullopt;
    return enumField<Stream>(j, "stream", &streamFromName, where);
}

json streamOrNull(const std::optional<Stream>& s)
{
    return s ? json(streamName(*s)) : json(nullptr);
}

json toJson(const SpawnSpec& spec)
{
    json j;
    j["argv"] = spec.argv;
    for (Stream s : allStreams)
        j[std::string(streamName(s))] = toText(spec.redirect(s));
    j["pipesize"] = spec.pipeSize;
    j["close_fds"] = spec.closeFds;
    j["pass_fds"] = spec.passFds;
    j["cwd"] = spec.cwd;
    return j;
}

SpawnSpec specFromJson(const json& j)
{
    const std::string where = "/spec";
    if (!j.is_object())
        throw BadField { where };
    SpawnSpec spec;
    for (const json& a : arrayField(j, "argv", where)) {
        if (!a.is_string())
            throw BadField { where + "/argv" };
        spec.argv.push_back(a.get<std::string>());
    }
    for (Stream s : allStreams) {
        const std::string key(streamName(s));
        if (!j.contains(key))
            continue;
        if (!j.at(key).is_string())
            throw BadField { where + "/" + key };
        auto r = parseRedirect(s, j.at(key).get_ref<const std::string&>());
        if (!r)
            throw BadField { where + "/" + key };
        spec.redirect(s) = std::move(r).value();
    }
    spec.pipeSize = numberField<int>(j, "pipesize", where);
    if (j.contains("close_fds")) {
        if (!j.at("close_fds").is_boolean())
            throw BadField { where + "/close_fds" };
        spec.closeFds = j.at("close_fds").get<bool>();
    }
    spec.passFds = fdListField(j, "pass_fds", where);
    spec.cwd = stringField(j, "cwd", where);
    return spec;
}

json toJson(const HandlePlan& plan)
{
    json handles = json::array();
    for (const HandleInfo& h : plan.handles) {
        json jh { { "name", handleName(h.handle) }, { "origin", originName(h.origin) } };
        if (h.origin == HandleOrigin::CallerFd)
            jh["fd"] = h.callerFd;
        if (h.origin == HandleOrigin::File)
            jh["path"] = h.path;
        handles.push_back(std::move(jh));
    }
    json steps = json::array();
    for (const Step& s : plan.steps) {
        json names = json::array();
        for (Handle h : s.handles)
            names.push_back(handleName(h));
        json js { { "id", s.id }, { "actor", actorName(s.actor) }, { "action", actionName(s.action) },
            { "stream", streamOrNull(s.stream) }, { "handles", names } };
        if (s.targetFd >= 0)
            js["target_fd"] = s.targetFd;
        steps.push_back(std::move(js));
    }
    json out { { "lens", lensName(plan.lens) }, { "handles", handles }, { "steps", steps } };
    if (plan.lens == Lens::Windows)
        out["inherit_handles"] = plan.inheritHandles;
    return out;
}

HandlePlan planFromJson(const json& j)
{
    const std::string where = "/plan";
    if (!j.is_object())
        throw BadField { where };
    HandlePlan plan;
    plan.lens = enumField<Lens>(j, "lens", &lensFromName, where);
    // CreateProcess's bInheritHandles belongs to a Windows plan only, and there it is required.
    if (j.contains("inherit_handles") != (plan.lens == Lens::Windows))
        throw BadField { where + "/inherit_handles" };
    if (plan.lens == Lens::Windows) {
        if (!j.at("inherit_handles").is_boolean())
            throw BadField { where + "/inherit_handles" };
        plan.inheritHandles = j.at("inherit_handles").get<bool>();
    }
    const json& handles = arrayField(j, "handles", where);
    if (handles.size() != plan.handles.size())
        throw BadField { where + "/handles" };
    for (size_t i = 0; i < handles.size(); ++i) {
        const std::string at = where + "/handles/" + std::to_string(i);
        if (!handles[i].is_object())
            throw BadField { at };
        HandleInfo& h = plan.handles[i];
        h.handle = enumField<Handle>(handles[i], "name", &handleFromName, at);
        if (h.handle != allHandles[i])
            throw BadField { at + "/name" };
        h.origin = enumField<HandleOrigin>(handles[i], "origin", &originFromName, at);
        // "fd" belongs to caller-fd and "path" to file, and there they are required: anything else would not survive
        // being written back (toJson writes each only for its origin), so it is refused rather than dropped.
        const bool callerFd = h.origin == HandleOrigin::CallerFd;
        const bool file = h.origin == HandleOrigin::File;
        if (handles[i].contains("fd") != callerFd)
            throw BadField { at + "/fd" };
        if (handles[i].contains("path") != file)
            throw BadField { at + "/path" };
        if (callerFd) {
            h.callerFd = numberField<int>(handles[i], "fd", at, -1);
            if (h.callerFd < 0)
                throw BadField { at + "/fd" };
        }
        if (file) {
            h.path = stringField(handles[i], "path", at);
            if (h.path.empty())
                throw BadField { at + "/path" };
        }
    }
    const json& steps = arrayField(j, "steps", where);
    for (size_t i = 0; i < steps.size(); ++i) {
        const std::string at = where + "/steps/" + std::to_string(i);
        const json& js = steps[i];
        if (!js.is_object())
            throw BadField { at };
        Step s;
        s.id = stringField(js, "id", at);
        if (s.id.empty())
            throw BadField { at + "/id" };
        s.actor = enumField<Actor>(js, "actor", &actorFromName, at);
        s.action = enumField<StepAction>(js, "action", &actionFromName, at);
        s.stream = optionalStream(js, at);
        for (const json& name : arrayField(js, "handles", at)) {
            const auto h = name.is_string() ? handleFromName(name.get_ref<const std::string&>()) : std::nullopt;
            if (!h)
                throw BadField { at + "/handles" };
            s.handles.push_back(*h);
        }
        // Only a dup2 onto 0/1/2 or clearing close-on-exec on one of them has a target: 0, 1 or 2, absent otherwise.
        const bool hasTarget = s.action == StepAction::ChildDup2 || s.action == StepAction::ChildSetInheritable;
        if (js.contains("target_fd") != hasTarget)
            throw BadField { at + "/target_fd" };
        s.targetFd = numberField<int>(js, "target_fd", at, -1);
        if (hasTarget && (s.targetFd < 0 || s.targetFd > 2))
            throw BadField { at + "/target_fd" };
        plan.steps.push_back(std::move(s));
    }
    return plan;
}

json toJson(const Event& e)
{
    json j { { "t", e.timeNs }, { "actor", actorName(e.actor) }, { "pid", e.pid }, { "kind", eventKindName(e.kind) },
        { "stream", streamOrNull(e.stream) } };
    if (!e.stepId.empty())
        j["step"] = e.stepId;
    if (!e.fds.empty())
        j["fds"] = e.fds;
    if (e.bytes != 0)
        j["bytes"] = e.bytes;
    if (e.value != 0)
        j["value"] = e.value;
    if (!e.path.empty())
        j["path"] = e.path;
    return j;
}

Event eventFromJson(const json& j, const std::string& where)
{
    if (!j.is_object())
        throw BadField { where };
    Event e;
    e.timeNs = numberField<std::int64_t>(j, "t", where);
    e.actor = enumField<Actor>(j, "actor", &actorFromName, where);
    e.pid = numberField<int>(j, "pid", where);
    e.kind = enumField<EventKind>(j, "kind", &eventKindFromName, where);
    e.stream = optionalStream(j, where);
    e.stepId = stringField(j, "step", where);
    e.fds = fdListField(j, "fds", where);
    e.bytes = numberField<std::int64_t>(j, "bytes", where);
    e.value = numberField<int>(j, "value", where);
    e.path = stringField(j, "path", where);
    return e;
}

FdTable fdTableFrom(const json& j, const std::string& where)
{
    if (!j.is_array())
        throw BadField { where };
    FdTable table;
    for (size_t i = 0; i < j.size(); ++i) {
        const std::string at = where + "/" + std::to_string(i);
        const json& r = j[i];
        if (!r.is_object())
            throw BadField { at };
        FdEntry e;
        e.fd = numberField<int>(r, "fd", at, -1);
        if (e.fd < 0)
            throw BadField { at + "/fd" };
        e.target = stringField(r, "target", at);
        e.kind = enumField<FdKind>(r, "kind", &fdKindFromName, at);
        e.inode = numberField<std::uint64_t>(r, "inode", at);
        e.access = enumField<Access>(r, "access", &accessFromName, at);
        if (r.contains("cloexec") && !r.at("cloexec").is_boolean())
            throw BadField { at + "/cloexec" };
        e.cloexec = r.value("cloexec", false);
        if (r.contains("nonblock") && !r.at("nonblock").is_boolean())
            throw BadField { at + "/nonblock" };
        e.nonblock = r.value("nonblock", false);
        e.pos = numberField<std::int64_t>(r, "pos", at);
        e.flags = numberField<unsigned>(r, "flags", at);
        table.push_back(std::move(e));
    }
    return table;
}

json stepToJson(const StepSnapshot& s);
StepSnapshot stepFromJson(const json& j, const std::string& where);
LiveRun liveFromJson(const json& j);

} // namespace

json toJson(const FdTable& table)
{
    json rows = json::array();
    for (const FdEntry& e : table)
        rows.push_back({ { "fd", e.fd }, { "target", e.target }, { "kind", fdKindName(e.kind) }, { "inode", e.inode },
            { "access", accessName(e.access) }, { "cloexec", e.cloexec }, { "nonblock", e.nonblock }, { "pos", e.pos },
            { "flags", e.flags } });
    return rows;
}

Result<FdTable> fdTableFromJson(const json& j)
{
    try {
        return fdTableFrom(j, "");
    } catch (const BadField& bad) {
        return Error { .code = ErrorCode::Malformed, .subject = bad.where };
    } catch (const json::exception&) {
        return Error { .code = ErrorCode::Malformed, .subject = "/" };
    }
}

json toJson(const Trace& trace)
{
    json events = json::array();
    for (const Event& e : trace.events)
        events.push_back(toJson(e));
    json j { { "schema", schemaName }, { "version", traceSchemaVersion }, { "spec", toJson(trace.spec) },
        { "plan", toJson(trace.plan) }, { "events", events },
        { "bytes", { { "stdin", trace.bytes[0] }, { "stdout", trace.bytes[1] }, { "stderr", trace.bytes[2] } } } };
    j["child_fds"] = trace.childFds ? toJson(*trace.childFds) : json(nullptr);
    j["exit"]
        = trace.exit ? json { { "signaled", trace.exit->signaled }, { "code", trace.exit->code } } : json(nullptr);
    json steps = json::array();
    for (const StepSnapshot& s : trace.steps)
        steps.push_back(stepToJson(s));
    j["steps"] = steps;
    if (trace.live) {
        const LiveRun& l = *trace.live;
        // A point is a row of numbers: seconds, then bytes, fill and capacity per stream (2,000 points stay small).
        json points = json::array();
        for (const LivePoint& p : l.points) {
            json row = json::array({ p.seconds });
            for (const auto* values : { &p.bytes, &p.fill, &p.capacity })
                for (const std::int64_t v : *values)
                    row.push_back(v);
            points.push_back(row);
        }
        j["live"] = { { "policy", parentPolicyName(l.policy) }, { "verdict", verdictName(l.verdict) },
            { "deadlock_since", l.deadlockSince ? json(*l.deadlockSince) : json(nullptr) },
            { "stdin_broken_pipe", l.stdinBrokenPipe }, { "cancelled", l.cancelled },
            { "exit", l.exit ? json { { "signaled", l.exit->signaled }, { "code", l.exit->code } } : json(nullptr) },
            { "points", points } };
    }
    return j;
}

std::vector<LivePoint> thinLivePoints(const std::vector<LivePoint>& points, size_t max)
{
    if (points.size() <= max || max < 2)
        return points;
    std::vector<LivePoint> out;
    out.reserve(max);
    const double stride = static_cast<double>(points.size() - 1) / static_cast<double>(max - 1);
    for (size_t i = 0; i < max; ++i)
        out.push_back(points[std::min(points.size() - 1, static_cast<size_t>(static_cast<double>(i) * stride + 0.5))]);
    return out;
}

namespace {

json stepToJson(const StepSnapshot& s)
{
    json handles = json::object();
    for (Handle h : allHandles)
        handles[std::string(handleName(h))] = s.handles[static_cast<size_t>(h)];
    json j { { "position", s.position }, { "step", s.stepId }, { "handles", handles },
        { "parent_fds", toJson(s.parentFds) }, { "child_pid", s.childPid } };
    j["child_fds"] = s.childFds ? toJson(*s.childFds) : json(nullptr);
    j["windows_step"] = s.windowsStepId ? json(*s.windowsStepId) : json(nullptr);
    if (s.error)
        j["error"] = { { "call", s.error->call }, { "errno", s.error->sysErrno } };
    return j;
}

StepSnapshot stepFromJson(const json& j, const std::string& where)
{
    if (!j.is_object())
        throw BadField { where };
    StepSnapshot s;
    s.position = numberField<size_t>(j, "position", where);
    s.stepId = stringField(j, "step", where);
    if (j.contains("handles")) {
        const json& h = j.at("handles");
        if (!h.is_object())
            throw BadField { where + "/handles" };
        for (Handle handle : allHandles)
            s.handles[static_cast<size_t>(handle)]
                = numberField<int>(h, std::string(handleName(handle)).c_str(), where + "/handles", -1);
    }
    if (j.contains("parent_fds"))
        s.parentFds = fdTableFrom(j.at("parent_fds"), where + "/parent_fds");
    if (j.contains("child_fds") && !j.at("child_fds").is_null())
        s.childFds = fdTableFrom(j.at("child_fds"), where + "/child_fds");
    s.childPid = numberField<int>(j, "child_pid", where);
    if (j.contains("windows_step") && !j.at("windows_step").is_null())
        s.windowsStepId = stringField(j, "windows_step", where);
    if (j.contains("error")) {
        const json& e = j.at("error");
        if (!e.is_object())
            throw BadField { where + "/error" };
        const std::string call = stringField(e, "call", where + "/error");
        s.error = Error { .code = call == "execve" ? ErrorCode::ExecFailed : ErrorCode::ChildSetup,
            .sysErrno = numberField<int>(e, "errno", where + "/error"),
            .call = call };
    }
    return s;
}

LiveRun liveFromJson(const json& j)
{
    const std::string where = "/live";
    if (!j.is_object())
        throw BadField { where };
    LiveRun l;
    l.policy = enumField<ParentPolicy>(j, "policy", &parentPolicyFromName, where);
    l.verdict = enumField<Verdict>(j, "verdict", &verdictFromName, where);
    if (j.contains("deadlock_since") && !j.at("deadlock_since").is_null()) {
        const json& d = j.at("deadlock_since");
        if (!d.is_number() || d.get<double>() < 0)
            throw BadField { where + "/deadlock_since" };
        l.deadlockSince = d.get<double>();
    }
    for (const auto& [key, flag] :
        { std::pair { "stdin_broken_pipe", &l.stdinBrokenPipe }, std::pair { "cancelled", &l.cancelled } }) {
        if (!j.contains(key))
            continue;
        if (!j.at(key).is_boolean())
            throw BadField { where + "/" + key };
        *flag = j.at(key).get<bool>();
    }
    if (j.contains("exit") && !j.at("exit").is_null()) {
        const json& e = j.at("exit");
        if (!e.is_object() || !e.contains("signaled") || !e.at("signaled").is_boolean())
            throw BadField { where + "/exit" };
        l.exit = ExitStatus { .signaled = e.at("signaled").get<bool>(),
            .code = numberField<int>(e, "code", where + "/exit") };
    }
    const json& points = arrayField(j, "points", where);
    if (points.size() > liveRunPointsMax)
        throw BadField { where + "/points" };
    double last = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        const std::string at = where + "/points/" + std::to_string(i);
        const json& row = points[i];
        if (!row.is_array() || row.size() != 10)
            throw BadField { at };
        LivePoint p;
        if (!row[0].is_number() || row[0].get<double>() < last)
            throw BadField { at + "/0" };
        p.seconds = last = row[0].get<double>();
        for (size_t k = 1; k < 10; ++k) {
            if (!row[k].is_number_integer())
                throw BadField { at + "/" + std::to_string(k) };
            const auto v = row[k].get<std::int64_t>();
            const size_t s = (k - 1) % 3;
            // Counters and capacities are never negative; a fill is -1 when it was not measured.
            if (v < (k >= 4 && k <= 6 ? -1 : 0))
                throw BadField { at + "/" + std::to_string(k) };
            (k <= 3 ? p.bytes : k <= 6 ? p.fill : p.capacity)[s] = v;
        }
        l.points.push_back(p);
    }
    return l;
}

} // namespace

std::string toJsonText(const Trace& trace, int indent)
{
    // Replace invalid UTF-8 (paths are bytes) instead of throwing.
    return toJson(trace).dump(indent, ' ', false, json::error_handler_t::replace);
}

Result<Trace> traceFromJson(std::string_view text)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded())
        return Error { .code = ErrorCode::Malformed, .subject = "json" };
    try {
        if (!j.is_object())
            throw BadField { "/" };
        if (stringField(j, "schema", "") != schemaName)
            throw BadField { "/schema" };
        if (numberField<int>(j, "version", "", -1) != traceSchemaVersion)
            throw BadField { "/version" };
        Trace trace;
        if (!j.contains("spec"))
            throw BadField { "/spec" };
        trace.spec = specFromJson(j.at("spec"));
        if (!j.contains("plan"))
            throw BadField { "/plan" };
        trace.plan = planFromJson(j.at("plan"));
        const json& events = arrayField(j, "events", "");
        for (size_t i = 0; i < events.size(); ++i)
            trace.events.push_back(eventFromJson(events[i], "/events/" + std::to_string(i)));
        if (j.contains("child_fds") && !j.at("child_fds").is_null())
            trace.childFds = fdTableFrom(j.at("child_fds"), "/child_fds");
        if (j.contains("exit") && !j.at("exit").is_null()) {
            const json& e = j.at("exit");
            if (!e.is_object() || !e.contains("signaled") || !e.at("signaled").is_boolean())
                throw BadField { "/exit" };
            trace.exit
                = ExitStatus { .signaled = e.at("signaled").get<bool>(), .code = numberField<int>(e, "code", "/exit") };
        }
        if (j.contains("bytes")) {
            const json& b = j.at("bytes");
            if (!b.is_object())
                throw BadField { "/bytes" };
            for (Stream s : allStreams)
                trace.bytes[static_cast<size_t>(s)]
                    = numberField<std::int64_t>(b, std::string(streamName(s)).c_str(), "/bytes");
        }
        const json& steps = arrayField(j, "steps", "");
        for (size_t i = 0; i < steps.size(); ++i)
            trace.steps.push_back(stepFromJson(steps[i], "/steps/" + std::to_string(i)));
        if (j.contains("live") && !j.at("live").is_null())
            trace.live = liveFromJson(j.at("live"));
        return trace;
    } catch (const BadField& bad) {
        return Error { .code = ErrorCode::Malformed, .subject = bad.where };
    } catch (const json::exception&) {
        return Error { .code = ErrorCode::Malformed, .subject = "/" };
    }
}

} // namespace pipescope
