// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recordingfile.h"

#include "files/jsonfields_p.h"
#include "files/trace.h"
#include "record/recordingstate.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <optional>

namespace pipescope {

namespace {

using nlohmann::json;

json holdsToJson(const std::vector<PipeHold>& holds)
{
    json out = json::array();
    for (const PipeHold& h : holds) {
        json j { { "pid", h.pid }, { "fd", h.fd }, { "opened_ns", h.openedNs } };
        j["closed_ns"] = h.closedNs ? json(*h.closedNs) : json(nullptr);
        out.push_back(std::move(j));
    }
    return out;
}

json exitToJson(const std::optional<ExitStatus>& exit)
{
    return exit ? json { { "signaled", exit->signaled }, { "code", exit->code } } : json(nullptr);
}

using jsonfields::arrayField;
using jsonfields::BadField;
using jsonfields::numberField;
using jsonfields::Presence;
using jsonfields::stringField;

const json& required(const json& j, const char* key, const std::string& where)
{
    if (!j.is_object() || !j.contains(key))
        throw BadField { where + "/" + key, BadField::Problem::Missing };
    return j.at(key);
}

std::int64_t requiredNumber(const json& j, const char* key, const std::string& where)
{
    required(j, key, where);
    return numberField<std::int64_t>(j, key, where);
}

std::optional<std::int64_t> optionalNumber(const json& j, const char* key, const std::string& where)
{
    if (!j.contains(key) || j.at(key).is_null())
        return std::nullopt;
    return numberField<std::int64_t>(j, key, where);
}

bool boolField(const json& j, const char* key, const std::string& where)
{
    const json& v = required(j, key, where);
    if (!v.is_boolean())
        throw BadField { where + "/" + key, BadField::Problem::Type };
    return v.get<bool>();
}

std::vector<std::string> stringsField(const json& j, const char* key, const std::string& where)
{
    std::vector<std::string> out;
    const json& a = arrayField(j, key, where);
    for (size_t i = 0; i < a.size(); ++i) {
        if (!a[i].is_string())
            throw BadField { where + "/" + key + "/" + std::to_string(i), BadField::Problem::Type };
        out.push_back(a[i].get<std::string>());
    }
    return out;
}

template <class T> std::vector<T> numbersField(const json& j, const char* key, const std::string& where)
{
    std::vector<T> out;
    if (!j.contains(key))
        return out;
    const json& a = arrayField(j, key, where);
    for (size_t i = 0; i < a.size(); ++i) {
        // numberField reads an object's field: the element is put in one, and a refusal names the element.
        const json one { { "n", a[i] } };
        try {
            out.push_back(numberField<T>(one, "n", ""));
        } catch (const BadField& bad) {
            throw BadField { where + "/" + key + "/" + std::to_string(i), bad.problem };
        }
    }
    return out;
}

std::optional<ExitStatus> exitFrom(const json& j, const char* key, const std::string& where)
{
    if (!j.contains(key) || j.at(key).is_null())
        return std::nullopt;
    const std::string at = where + "/" + key;
    const json& e = j.at(key);
    return ExitStatus { .signaled = boolField(e, "signaled", at),
        .code = static_cast<int>(numberField<int>(e, "code", at)) };
}

FdTable tableFrom(const json& j, const std::string& where)
{
    auto table = fdTableFromJson(j);
    if (!table)
        throw BadField { where + table.error().subject };
    return std::move(table).value();
}

std::vector<PipeHold> holdsFrom(const json& j, const char* key, const std::string& where)
{
    std::vector<PipeHold> out;
    const json& a = arrayField(j, key, where);
    for (size_t i = 0; i < a.size(); ++i) {
        const std::string at = where + "/" + key + "/" + std::to_string(i);
        const int fd = numberField<int>(a[i], "fd", at, -1);
        if (fd < 0)
            throw BadField { at + "/fd" };
        out.push_back(PipeHold { .pid = static_cast<int>(requiredNumber(a[i], "pid", at)),
            .fd = fd,
            .openedNs = requiredNumber(a[i], "opened_ns", at),
            .closedNs = optionalNumber(a[i], "closed_ns", at) });
    }
    return out;
}

} // namespace

json toJson(const Recording& rec)
{
    json processes = json::array();
    for (const RecordedProcess& p : rec.processes) {
        json j { { "pid", p.pid }, { "ppid", p.ppid }, { "argv", p.argv }, { "start_ns", p.startNs },
            { "fds_at_start", toJson(p.fdsAtStart) } };
        j["end_ns"] = p.endNs ? json(*p.endNs) : json(nullptr);
        j["exit"] = exitToJson(p.exit);
        processes.push_back(std::move(j));
    }
    json pipes = json::array();
    for (const RecordedPipe& p : rec.pipes) {
        json j { { "inode", p.inode }, { "created_by", p.createdBy }, { "created_ns", p.createdNs },
            { "read_ends", holdsToJson(p.readEnds) }, { "write_ends", holdsToJson(p.writeEnds) } };
        j["eof_ns"] = p.eofNs ? json(*p.eofNs) : json(nullptr);
        j["epipe_ns"] = p.epipeNs ? json(*p.epipeNs) : json(nullptr);
        pipes.push_back(std::move(j));
    }
    json events = json::array();
    for (const RecordedEvent& e : rec.events) {
        json j { { "time_ns", e.timeNs }, { "pid", e.pid }, { "tid", e.tid }, { "call", callName(e.call) },
            { "args", e.args }, { "result", e.result } };
        if (!e.path.empty())
            j["path"] = e.path;
        if (!e.argv.empty())
            j["argv"] = e.argv;
        if (!e.fds.empty())
            j["fds"] = e.fds;
        if (e.inode != 0)
            j["inode"] = e.inode;
        if (rec.bytes && (e.bytes != 0 || e.count > 1)) {
            j["bytes"] = e.bytes;
            j["count"] = e.count;
        }
        if (!e.head.empty())
            j["head"] = e.head; // bytes that are not UTF-8 are written as U+FFFD
        if (e.fdTable)
            j["fd_table"] = toJson(*e.fdTable);
        events.push_back(std::move(j));
    }
    json popens = json::array();
    for (const RecognisedPopen& p : rec.popens)
        popens.push_back({ { "parent", p.parentPid }, { "child", p.childPid }, { "start_ns", p.startNs },
            { "path", popenPathName(p.path) }, { "handles", p.handles } });
    json j { { "schema", "pipescope-trace" }, { "version", recordingSchemaVersion }, { "kind", "recording" },
        { "argv", rec.argv }, { "bytes", rec.bytes }, { "timed_out", rec.timedOut },
        { "coalesced_events", rec.coalescedEvents }, { "processes", processes }, { "pipes", pipes },
        { "events", events }, { "popen", popens } };
    j["exit"] = exitToJson(rec.exit);
    return j;
}

json statesToJson(const Recording& rec)
{
    json states = json::array();
    json at = json::array();
    std::optional<RecordingState> last;
    const PopenNames names(rec);
    forEachRecordingState(rec, &names, [&](std::optional<size_t>, const RecordingState& state) {
        // Most calls (a read, a wait) change no process and no pipe end: they share the state before them.
        if (!last || state.processes != last->processes) {
            json processes = json::array();
            for (const ProcessState& p : state.processes) {
                json ends = json::array();
                for (const HeldPipeEnd& e : p.ends)
                    ends.push_back(
                        { { "fd", e.fd }, { "inode", e.inode }, { "write", e.writeEnd }, { "popen", e.popenName } });
                processes.push_back({ { "pid", p.pid }, { "ppid", p.ppid }, { "argv", p.argv }, { "ended", p.ended },
                    { "exit", exitToJson(p.exit) }, { "ends", std::move(ends) } });
            }
            states.push_back({ { "processes", std::move(processes) } });
            last = state;
        }
        at.push_back(states.size() - 1);
    });
    return { { "states", std::move(states) }, { "at", std::move(at) } };
}

Result<Recording> recordingFromJson(std::string_view text)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded())
        return Error { .code = ErrorCode::Malformed, .subject = "json" };
    try {
        if (!j.is_object())
            throw BadField { "/" };
        if (stringField(j, "schema", "", Presence::Required) != "pipescope-trace")
            throw BadField { "/schema" };
        if (numberField<int>(j, "version", "", -1) != recordingSchemaVersion)
            throw BadField { "/version" };
        if (stringField(j, "kind", "", Presence::Required) != "recording")
            throw BadField { "/kind" };
        Recording rec;
        rec.argv = stringsField(j, "argv", "");
        rec.bytes = boolField(j, "bytes", "");
        rec.timedOut = boolField(j, "timed_out", "");
        rec.coalescedEvents = numberField<std::int64_t>(j, "coalesced_events", "");
        rec.exit = exitFrom(j, "exit", "");

        const json& processes = arrayField(j, "processes", "");
        for (size_t i = 0; i < processes.size(); ++i) {
            const std::string at = "/processes/" + std::to_string(i);
            const json& p = processes[i];
            RecordedProcess process { .pid = static_cast<int>(requiredNumber(p, "pid", at)),
                .ppid = numberField<int>(p, "ppid", at),
                .argv = stringsField(p, "argv", at),
                .startNs = requiredNumber(p, "start_ns", at),
                .endNs = optionalNumber(p, "end_ns", at),
                .exit = exitFrom(p, "exit", at),
                .fdsAtStart
                = p.contains("fds_at_start") ? tableFrom(p.at("fds_at_start"), at + "/fds_at_start") : FdTable {} };
            if (process.pid <= 0 || rec.process(process.pid))
                throw BadField { at + "/pid" }; // one entry per process
            rec.processes.push_back(std::move(process));
        }
        const json& pipes = arrayField(j, "pipes", "");
        for (size_t i = 0; i < pipes.size(); ++i) {
            const std::string at = "/pipes/" + std::to_string(i);
            const json& p = pipes[i];
            required(p, "inode", at);
            RecordedPipe pipe { .inode = numberField<std::uint64_t>(p, "inode", at),
                .createdBy = numberField<int>(p, "created_by", at),
                .createdNs = numberField<std::int64_t>(p, "created_ns", at),
                .readEnds = holdsFrom(p, "read_ends", at),
                .writeEnds = holdsFrom(p, "write_ends", at),
                .eofNs = optionalNumber(p, "eof_ns", at),
                .epipeNs = optionalNumber(p, "epipe_ns", at) };
            if (rec.pipe(pipe.inode))
                throw BadField { at + "/inode" };
            rec.pipes.push_back(std::move(pipe));
        }
        const json& events = arrayField(j, "events", "");
        std::int64_t last = std::numeric_limits<std::int64_t>::min();
        for (size_t i = 0; i < events.size(); ++i) {
            const std::string at = "/events/" + std::to_string(i);
            const json& e = events[i];
            const auto call = callFromName(stringField(e, "call", at, Presence::Required));
            if (!call)
                throw BadField { at + "/call" };
            RecordedEvent event { .timeNs = requiredNumber(e, "time_ns", at),
                .pid = static_cast<int>(requiredNumber(e, "pid", at)),
                .tid = numberField<int>(e, "tid", at),
                .call = *call,
                .args = numbersField<std::int64_t>(e, "args", at),
                .path = stringField(e, "path", at),
                .argv = e.contains("argv") ? stringsField(e, "argv", at) : std::vector<std::string> {},
                .result = requiredNumber(e, "result", at),
                .fds = numbersField<int>(e, "fds", at),
                .bytes = numberField<std::int64_t>(e, "bytes", at),
                .count = numberField<std::int64_t>(e, "count", at, 1),
                .head = stringField(e, "head", at),
                .inode = numberField<std::uint64_t>(e, "inode", at) };
            if (e.contains("fd_table"))
                event.fdTable = tableFrom(e.at("fd_table"), at + "/fd_table");
            // In time order, each about a process the recording has: what the step views rely on.
            if (event.timeNs < last)
                throw BadField { at + "/time_ns" };
            if (!rec.process(event.pid))
                throw BadField { at + "/pid" };
            if (event.count < 1 || event.bytes < 0 || event.head.size() > recordedHeadMax * 3)
                throw BadField { at + (event.count < 1 ? "/count" : event.bytes < 0 ? "/bytes" : "/head") };
            last = event.timeNs;
            rec.events.push_back(std::move(event));
        }
        const json& popens = arrayField(j, "popen", "");
        for (size_t i = 0; i < popens.size(); ++i) {
            const std::string at = "/popen/" + std::to_string(i);
            const json& p = popens[i];
            RecognisedPopen popen { .parentPid = static_cast<int>(requiredNumber(p, "parent", at)),
                .childPid = static_cast<int>(requiredNumber(p, "child", at)) };
            const std::string path = stringField(p, "path", at, Presence::Required);
            if (path == popenPathName(PopenPath::ForkExec))
                popen.path = PopenPath::ForkExec;
            else if (path == popenPathName(PopenPath::PosixSpawn))
                popen.path = PopenPath::PosixSpawn;
            else
                throw BadField { at + "/path" };
            const json& handles = required(p, "handles", at);
            if (!handles.is_object())
                throw BadField { at + "/handles", BadField::Problem::Type };
            for (const auto& [name, fd] : handles.items())
                popen.handles[name] = numberField<int>(handles, name, at + "/handles");
            if (!rec.process(popen.parentPid) || !rec.process(popen.childPid))
                throw BadField { at + (rec.process(popen.parentPid) ? "/child" : "/parent") };
            if (const auto first = std::ranges::find(rec.events, popen.childPid, &RecordedEvent::pid);
                first != rec.events.end())
                popen.startNs = rec.process(popen.childPid)->startNs;
            rec.popens.push_back(std::move(popen));
        }
        return rec;
    } catch (const BadField& bad) {
        return Error { .code = ErrorCode::Malformed, .subject = bad.where };
    } catch (const json::exception&) {
        return Error { .code = ErrorCode::Malformed, .subject = "/" };
    }
}

std::string toJsonText(const Recording& recording, int indent)
{
    return toJson(recording).dump(indent, ' ', false, json::error_handler_t::replace);
}

} // namespace pipescope
