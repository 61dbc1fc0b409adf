// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchcommand.h"

#include "files/recordingfile.h"
#include "htmlpage.h"
#include "record/callsyntax.h"
#include "record/recorder.h"
#include "report.h"

#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace pipescope::cli {

namespace {

constexpr int exitTimeout = 124;

std::string millis(std::int64_t ns)
{
    std::ostringstream s;
    s << std::fixed << std::setprecision(3) << static_cast<double>(ns) / 1e6;
    return s.str();
}

std::string exitText(const ExitStatus& exit)
{
    return exit.signaled ? "killed by " + signalName(exit.code) + " (" + ::strsignal(exit.code) + ")"
                         : "exit " + std::to_string(exit.code);
}

std::string argvText(const std::vector<std::string>& argv)
{
    std::string out;
    for (const std::string& a : argv)
        out += (out.empty() ? "" : " ") + a;
    return out.empty() ? "?" : out;
}

void printTree(std::ostream& out, const Recording& rec, int ppid, const std::string& indent)
{
    for (const RecordedProcess& p : rec.processes) {
        if (p.ppid != ppid)
            continue;
        out << indent << (ppid == 0 ? "" : "└─ ") << p.pid << "  " << argvText(p.argv) << "  "
            << (p.exit ? exitText(*p.exit) : std::string("still running")) << '\n';
        printTree(out, rec, p.pid, indent + (ppid == 0 ? "  " : "   "));
    }
}

void printHolds(std::ostream& out, const PopenNames& names, const char* title, const std::vector<PipeHold>& holds)
{
    out << "    " << title << ':';
    if (holds.empty())
        out << " (nobody)";
    for (size_t i = 0; i < holds.size(); ++i) {
        const PipeHold& h = holds[i];
        const std::string name = names.name(h.pid, h.fd, h.openedNs);
        out << (i == 0 ? " " : "; ") << h.pid << " fd " << h.fd << (name.empty() ? "" : " [" + name + "]") << " "
            << millis(h.openedNs) << "–" << (h.closedNs ? millis(*h.closedNs) + " ms" : std::string("end"));
    }
    out << '\n';
}

} // namespace

std::string describeRecordedCall(const Recording& rec, const RecordedEvent& e, const PopenNames* names)
{
    switch (e.call) {
    case Call::Signal: {
        const int sig = e.args.empty() ? 0 : static_cast<int>(e.args[0]);
        return "--- " + signalName(sig) + " delivered (" + ::strsignal(sig) + ") ---";
    }
    case Call::Exit:
        return "+++ "
            + exitText(ExitStatus { .signaled = e.args.size() > 1 && e.args[1] != 0,
                .code = e.args.empty() ? 0 : static_cast<int>(e.args[0]) })
            + " +++";
    default:
        // The error's words after the call, as strace writes them: "= -1 ENOENT (No such file or directory)".
        return callSyntax(rec, e, names)
            + (e.result < 0 ? " (" + std::string(std::strerror(static_cast<int>(-e.result))) + ")" : "");
    }
}

void printRecording(std::ostream& out, const Recording& rec, bool allCalls)
{
    const PopenNames names(rec);
    for (const RecordedEvent& e : rec.events)
        if (allCalls || aboutPipes(e))
            out << '[' << std::setw(9) << millis(e.timeNs) << " ms] " << std::setw(7) << e.pid << "  "
                << describeRecordedCall(rec, e, &names) << '\n';
    out << "\nprocesses:\n";
    printTree(out, rec, 0, "  ");
    out << "\npipes:\n";
    if (rec.pipes.empty())
        out << "  (none)\n";
    for (const RecordedPipe& p : rec.pipes) {
        out << "  pipe:[" << p.inode << "] "
            << (p.createdBy ? "made by " + std::to_string(p.createdBy) + " at " + millis(p.createdNs) + " ms"
                            : std::string("open before the recording"))
            << '\n';
        printHolds(out, names, "read end ", p.readEnds);
        printHolds(out, names, "write end", p.writeEnds);
        if (p.eofNs)
            out << "    EOF read at " << millis(*p.eofNs) << " ms\n";
        if (p.epipeNs)
            out << "    EPIPE at " << millis(*p.epipeNs) << " ms\n";
    }
    if (!rec.popens.empty()) {
        out << "\nPopen:\n";
        for (const RecognisedPopen& p : rec.popens) {
            out << "  " << p.parentPid << " started " << p.childPid << " (" << popenPathName(p.path) << "):";
            for (const char* name : { "p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite",
                     "errpipe_read", "errpipe_write" })
                if (const auto it = p.handles.find(name); it != p.handles.end())
                    out << ' ' << name << '=' << it->second;
            out << '\n';
        }
    }
}

int runWatchCommand(const WatchOptions& o, std::ostream& out)
{
    RecordOptions options { .argv = o.argv, .bytes = o.bytes, .files = o.allCalls };
    if (o.timeoutSeconds)
        options.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(*o.timeoutSeconds * 1000)));
    auto rec = recordProgram(options);
    if (!rec) {
        out << "pipescope-trace: " << describeError(rec.error()) << '\n';
        return rec.error().code == ErrorCode::TraceRefused ? 1 : exitStatusFor(rec.error());
    }
    // One write at the end: stderr is unbuffered, and a recording is thousands of lines.
    std::ostringstream text;
    printRecording(text, *rec, o.allCalls);
    out << text.str() << std::flush;
    if (!o.jsonPath.empty()) {
        std::ofstream file(o.jsonPath, std::ios::binary | std::ios::trunc);
        file << toJsonText(*rec) << '\n';
        if (!file.flush()) {
            out << "pipescope-trace: --json: cannot write '" << o.jsonPath << "': " << std::strerror(errno) << '\n';
            return 1;
        }
    }
    if (!o.htmlPath.empty()) {
        if (const std::string why = writeWebPage(o.htmlPath, toJsonText(*rec, -1)); !why.empty()) {
            out << "pipescope-trace: --html: " << why << '\n';
            return 1;
        }
        out << "page: " << o.htmlPath << " replays the recording in any browser\n";
    }
    if (rec->timedOut) {
        out << "pipescope-trace: timed out: every process it started was killed\n";
        return exitTimeout;
    }
    return rec->exit ? rec->exit->shellStatus() : 1;
}

} // namespace pipescope::cli
