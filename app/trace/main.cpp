// SPDX-License-Identifier: GPL-3.0-or-later
// pipescope-trace: runs one configuration the way subprocess.Popen would and prints what happened.

#include "base/uniquefd.h"
#include "fifocommand.h"
#include "files/trace.h"
#include "htmlpage.h"
#include "inspect/fdtable.h"
#include "live/procstate.h"
#include "live/pump.h"
#include "options.h"
#include "popen/plan.h"
#include "popen/process.h"
#include "popen/stepper.h"
#include "report.h"
#include "watchcommand.h"
#include "winebackend.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace pipescope;

namespace {

// Calls `expire` on its own thread once `after` has passed, unless destroyed first.
class Watchdog
{
public:
    Watchdog(std::chrono::milliseconds after, std::function<void()> expire)
        : m_thread([this, after, expire = std::move(expire)] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(lock, after, [this] { return m_stop; }))
                expire();
        })
    {
    }
    ~Watchdog()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_stop = false;
    std::thread m_thread; // last: it uses the members above
};

constexpr int exitTimeout = 124;
constexpr int exitUsage = 2;

int fail(const std::string& message, int status)
{
    std::cerr << "pipescope-trace: " << message << '\n';
    return status;
}

bool readFile(const std::string& path, std::string& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = std::move(buffer).str();
    return !in.bad();
}

// Appends everything it is given to a file; remembers the first error instead of dropping data silently.
class SaveFile
{
public:
    bool open(const std::string& path)
    {
        m_path = path;
        m_fd.reset(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666));
        return m_fd.valid();
    }
    bool active() const { return m_fd.valid(); }
    void write(std::span<const std::byte> data)
    {
        while (!data.empty() && m_errno == 0) {
            const ssize_t n = ::write(m_fd.get(), data.data(), data.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                m_errno = errno;
                return;
            }
            data = data.subspan(static_cast<size_t>(n));
        }
    }
    int error() const { return m_errno; }
    const std::string& path() const { return m_path; }

private:
    UniqueFd m_fd;
    std::string m_path;
    int m_errno = 0;
};

bool writeJson(const std::string& path, const Trace& trace)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << toJsonText(trace) << '\n';
    return static_cast<bool>(out);
}

// --html: the page, written by the application from the trace (the page's texts are the application's, in every
// language it speaks). Empty on success, else why not.
std::string writeHtml(const std::string& htmlPath, const Trace& trace)
{
    return cli::writeWebPage(htmlPath, toJsonText(trace));
}

// --json and --html at the end of a run: 0, or the status to leave with (the one line said).
int writeFiles(const cli::TraceOptions& o, const Trace& trace)
{
    if (!o.jsonPath.empty() && !writeJson(o.jsonPath, trace))
        return fail("--json: cannot write '" + o.jsonPath + "': " + std::strerror(errno), 1);
    if (!o.htmlPath.empty()) {
        if (const std::string why = writeHtml(o.htmlPath, trace); !why.empty())
            return fail("--html: " + why, 1);
        std::cerr << "page: " << o.htmlPath << " replays the steps in any browser\n";
    }
    return 0;
}

// Step mode: every step really happens, then both tables are printed. Returns the child, set up, or why not.
Result<Spawned> stepThrough(const SpawnSpec& spec, Trace& trace)
{
    Stepper stepper(spec);
    const size_t total = stepper.plan().steps.size();
    // Before the first step: the parent's own fds 0-2, no child, no handle yet (as the window records it).
    StepSnapshot before;
    if (auto own = inspectFds(::getpid()))
        std::ranges::copy_if(*own, std::back_inserter(before.parentFds), [](const FdEntry& e) { return e.fd <= 2; });
    trace.steps.push_back(std::move(before));
    while (!stepper.atEnd()) {
        auto snap = stepper.step();
        if (!snap)
            return snap.error();
        const Step& step = stepper.plan().steps[snap->position - 1];
        std::cerr << "step " << snap->position << "/" << total << "  " << actorName(step.actor) << ": "
                  << cli::describeStep(step, stepper.plan());
        if (snap->windowsStepId)
            std::cerr << "   [windows: " << *snap->windowsStepId << "]";
        std::cerr << '\n';
        for (const Event& e : snap->events)
            std::cerr << "    " << cli::describeEvent(e) << '\n';
        cli::printFdTable(std::cerr, snap->parentFds, "  parent fds");
        if (snap->childFds)
            cli::printFdTable(std::cerr, *snap->childFds, "  child fds (pid " + std::to_string(snap->childPid) + ")");
        trace.steps.push_back(*snap);
        if (snap->error) {
            trace.events = stepper.events();
            return *snap->error;
        }
    }
    trace.events = stepper.events();
    trace.childFds = trace.steps.back().childFds;
    return *stepper.release();
}

std::string describeBlocked(const BlockedOn& b)
{
    std::string call(blockedCallName(b.call));
    if (b.reason == BlockReason::ChildExit)
        return call + ": waiting for the child to exit";
    std::string what = call + "(" + std::to_string(b.fd) + ")";
    if (b.reason == BlockReason::PipeFull)
        what += ": pipe full";
    else if (b.reason == BlockReason::PipeEmpty)
        what += ": pipe empty";
    return what;
}

// The naive parent (write everything, then read stdout, then stderr; wait-first: Popen.wait() before reading) on
// the pump: it may deadlock, which is reported as soon as both sides wait on each other. Returns the exit status
// pipescope-trace leaves with.
int runNaive(Spawned spawned, const std::string& input, const cli::TraceOptions& o, Trace& trace,
    const std::function<void(Stream, std::span<const std::byte>)>& sink)
{
    PumpOptions options;
    options.policy = o.parent;
    const auto bytes = std::as_bytes(std::span(input));
    options.input.assign(bytes.begin(), bytes.end());
    options.sink = sink;
    auto pump = Pump::start(std::move(spawned), std::move(options));
    if (!pump)
        return fail(cli::describeError(pump.error()), 1);
    const std::int64_t start = monotonicNs();
    bool deadlockReported = false;
    PumpSnapshot snap;
    while (!(*pump)->waitFinished(std::chrono::milliseconds(20))) {
        snap = (*pump)->sample();
        if (snap.verdict == Verdict::Deadlock && !deadlockReported) {
            deadlockReported = true;
            std::cerr << "pipescope-trace: deadlock: the parent is blocked in " << describeBlocked(snap.parent)
                      << " and the child in " << describeBlocked(snap.child) << "; each waits for the other\n";
            if (!o.timeoutSeconds)
                break; // it never resolves by itself
        }
        if (o.timeoutSeconds && monotonicNs() - start > static_cast<std::int64_t>(*o.timeoutSeconds * 1e9))
            break;
    }
    const bool ended = (*pump)->finished();
    if (!ended)
        (*pump)->cancel();
    snap = (*pump)->sample();
    for (Event& e : (*pump)->takeEvents())
        trace.events.push_back(std::move(e));
    trace.exit = snap.exit;
    trace.bytes
        = { snap.stream(Stream::Stdin).bytes, snap.stream(Stream::Stdout).bytes, snap.stream(Stream::Stderr).bytes };
    cli::printTrace(std::cerr, trace);
    std::cerr << "bytes: stdin " << trace.bytes[0] << " written, stdout " << trace.bytes[1] << " read, stderr "
              << trace.bytes[2] << " read\n";
    if (const int status = writeFiles(o, trace); status != 0)
        return status;
    if (!ended)
        return fail(std::string(deadlockReported ? "deadlock" : "timed out") + ": the child was killed and reaped",
            exitTimeout);
    if (snap.stdinBrokenPipe)
        std::cerr << "pipescope-trace: stdin: broken pipe (EPIPE): no process holds the read end any more (the child "
                     "closed fd 0 or exited)\n";
    return snap.exit ? snap.exit->shellStatus() : 1;
}

std::string milliseconds(std::int64_t ns)
{
    std::ostringstream s;
    s << std::fixed << std::setprecision(3) << static_cast<double>(ns) / 1e6 << " ms";
    return s.str();
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    auto parsed = cli::parseCommandLine(args);
    if (auto* usage = std::get_if<cli::UsageExit>(&parsed)) {
        if (usage->status == 0) {
            std::cout << usage->message;
            return 0;
        }
        return fail(usage->message, usage->status);
    }
    if (const auto* fifo = std::get_if<cli::FifoOptions>(&parsed))
        return cli::runFifoCommand(*fifo, std::cerr);
    if (const auto* named = std::get_if<cli::NamedPipeOptions>(&parsed))
        return cli::runNamedPipeOnWine(*named, std::cerr);
    if (const auto* watch = std::get_if<cli::WatchOptions>(&parsed))
        return cli::runWatchCommand(*watch, std::cerr);
    const cli::TraceOptions& o = std::get<cli::TraceOptions>(parsed);
    if (o.backend == cli::Backend::Wine)
        return cli::runOnWine(o, std::cerr);

    std::string input = o.input.value_or(std::string());
    if (o.inputFile && !readFile(*o.inputFile, input))
        return fail("--input-file: cannot read '" + *o.inputFile + "': " + std::strerror(errno), exitUsage);

    Trace trace;
    trace.spec = o.spec;
    trace.plan = planHandles(o.spec, o.lens);
    cli::printPlan(std::cerr, trace.plan);
    if (o.planOnly) {
        if (!o.jsonPath.empty() && !writeJson(o.jsonPath, trace))
            return fail("--json: cannot write '" + o.jsonPath + "': " + std::strerror(errno), 1);
        return 0;
    }
    SaveFile saves[3];
    for (auto [stream, path] : { std::pair { Stream::Stdout, &o.saveStdout }, { Stream::Stderr, &o.saveStderr } }) {
        if (!path->empty() && !saves[static_cast<size_t>(stream)].open(*path))
            return fail(
                "--save-" + std::string(streamName(stream)) + ": cannot write '" + *path + "': " + std::strerror(errno),
                1);
    }

    CommunicateOptions copts;
    copts.input = std::as_bytes(std::span(input));
    if (o.timeoutSeconds)
        copts.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(*o.timeoutSeconds * 1000.0));
    if (saves[1].active() || saves[2].active())
        copts.sink = [&saves](Stream s, std::span<const std::byte> data) { saves[static_cast<size_t>(s)].write(data); };

    std::vector<std::int64_t> latencies;
    latencies.reserve(static_cast<size_t>(o.repeat));
    CommunicateResult last;
    for (int run = 0; run < o.repeat; ++run) {
        const bool first = run == 0;
        const std::int64_t start = monotonicNs();
        // The setup itself can wait for ever: a FIFO's open() blocks until someone opens its other end.
        Cancellation cancellation;
        std::optional<Watchdog> watchdog;
        if (o.timeoutSeconds && !o.step)
            watchdog.emplace(std::chrono::milliseconds(static_cast<std::int64_t>(*o.timeoutSeconds * 1000.0)),
                [&cancellation] { cancellation.cancel(); });
        auto spawned
            = o.step ? stepThrough(o.spec, trace) : spawn(o.spec, first ? &trace.events : nullptr, &cancellation);
        watchdog.reset();
        if (!spawned && spawned.error().code == ErrorCode::Cancelled) {
            cli::printTrace(std::cerr, trace);
            if (!o.jsonPath.empty())
                writeJson(o.jsonPath, trace);
            return fail("timed out after " + cli::seconds(*o.timeoutSeconds) + ": "
                    + cli::describeError(spawned.error()) + "; no child was started",
                exitTimeout);
        }
        if (!spawned) {
            if (!o.step)
                cli::printTrace(std::cerr, trace);
            if (!o.jsonPath.empty())
                writeJson(o.jsonPath, trace);
            return fail(cli::describeError(spawned.error()), cli::exitStatusFor(spawned.error()));
        }
        if (blocksOnPipes(o.parent))
            return runNaive(std::move(*spawned), input, o, trace, copts.sink);
        if (first && !o.step) {
            // The table the program runs with, once the loader is done with its files (gone if it already exited).
            waitUntilSettled(spawned->child.pid(), std::chrono::milliseconds(200));
            if (auto table = inspectFds(spawned->child.pid()))
                trace.childFds = std::move(table).value();
        }
        if (!first)
            copts.sink = nullptr; // saved output is the first run's, as the byte counts are
        if (o.timeoutSeconds) {
            // One budget for the whole run: what the setup took (a FIFO's open, say) is not given again.
            const auto budget = std::chrono::milliseconds(static_cast<std::int64_t>(*o.timeoutSeconds * 1000.0));
            const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::nanoseconds(monotonicNs() - start));
            copts.timeout = std::max(std::chrono::milliseconds(0), budget - spent);
        }
        auto result = communicate(*spawned, copts, first ? &trace.events : nullptr);
        if (!result)
            return fail(cli::describeError(result.error()), 1);
        latencies.push_back(monotonicNs() - start);
        last = *result;
        if (first) {
            trace.exit = result->exit;
            trace.bytes = { result->bytesWritten, result->bytesRead[1], result->bytesRead[2] };
        }
        if (result->timedOut || result->stdinBrokenPipe)
            break; // one report of what went wrong is enough
    }

    if (!o.step)
        cli::printTrace(std::cerr, trace);
    if (trace.childFds)
        cli::printFdTable(std::cerr, *trace.childFds, "child fds after exec");
    std::cerr << "bytes: stdin " << trace.bytes[0] << " written, stdout " << trace.bytes[1] << " read, stderr "
              << trace.bytes[2] << " read\n";
    if (o.repeat > 1) {
        std::ranges::sort(latencies);
        std::cerr << "repeat: " << latencies.size() << " runs, spawn to exit: min " << milliseconds(latencies.front())
                  << ", median " << milliseconds(latencies[latencies.size() / 2]) << ", max "
                  << milliseconds(latencies.back()) << '\n';
    }
    if (const int status = writeFiles(o, trace); status != 0)
        return status;
    for (const SaveFile& save : saves)
        if (save.error())
            return fail("cannot save to '" + save.path() + "': " + std::strerror(save.error()), 1);

    if (last.timedOut) {
        for (const StreamHolder& h : last.holders)
            std::cerr << "pipescope-trace: " << streamName(h.stream) << " was still held open by pid "
                      << h.holder.process.pid << " (" << cli::commandLine(h.holder.process) << ") as its fd "
                      << h.holder.fd << '\n';
        return fail("timed out after " + cli::seconds(*o.timeoutSeconds)
                + ": the child was killed and reaped, and the processes it started that PipeScope found were killed",
            exitTimeout);
    }
    if (last.stdinBrokenPipe)
        std::cerr << "pipescope-trace: stdin: broken pipe (EPIPE): the child exited or closed stdin after reading "
                  << last.bytesWritten << " of " << input.size() << " bytes\n";
    if (last.exit.signaled)
        std::cerr << "pipescope-trace: the child was killed by signal " << last.exit.code << " ("
                  << strsignal(last.exit.code) << ")\n";
    return last.exit.shellStatus();
}
