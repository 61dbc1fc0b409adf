// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recordingfile.h"

#include "files/trace.h"

#include <nlohmann/json.hpp>

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
        if (rec.bytes && e.bytes != 0) {
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
        popens.push_back({ { "parent", p.parentPid }, { "child", p.childPid }, { "path", popenPathName(p.path) },
            { "handles", p.handles } });
    json j { { "schema", "pipescope-trace" }, { "version", recordingSchemaVersion }, { "kind", "recording" },
        { "argv", rec.argv }, { "bytes", rec.bytes }, { "timed_out", rec.timedOut },
        { "coalesced_events", rec.coalescedEvents }, { "processes", processes }, { "pipes", pipes },
        { "events", events }, { "popen", popens } };
    j["exit"] = exitToJson(rec.exit);
    return j;
}

std::string toJsonText(const Recording& recording, int indent)
{
    return toJson(recording).dump(indent, ' ', false, json::error_handler_t::replace);
}

} // namespace pipescope
