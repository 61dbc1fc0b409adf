// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/programrunner.h"

#include "base/cancellation.h"
#include "live/pump.h"
#include "popen/spawnspec.h"

#include <QMetaObject>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <mutex>
#include <optional>
#include <system_error>
#include <utility>

using namespace pipescope;

// One run, shared by the GUI thread and the run's thread. The GUI thread touches only the cancel side (under the
// mutex); everything else is read once the run's thread has posted its hand-over.
struct ProgramRunner::Job
{
    SpawnSpec spec;
    std::vector<std::byte> input;
    qsizetype limit = 0;
    Cancellation cancellation; // stops a spawn that waits (nothing here should, but a cancel must never hang)

    std::mutex mutex;
    Pump* pump = nullptr; // guarded by mutex, while the pump lives
    bool cancelRequested = false; // guarded by mutex

    ProgramResult result;
    std::optional<Error> error;

    void cancel()
    {
        cancellation.cancel();
        const std::lock_guard lock(mutex);
        cancelRequested = true;
        if (pump)
            pump->cancel();
    }

    // On the run's thread, where an exception would end the program: it becomes the error.
    void run() noexcept
    {
        try {
            runToEnd();
        } catch (const std::bad_alloc&) {
            error = Error { .code = ErrorCode::SystemCall, .sysErrno = ENOMEM, .call = "malloc" };
        } catch (const std::system_error& e) {
            error = Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" };
        }
    }

    void runToEnd()
    {
        auto spawned = spawn(spec, nullptr, &cancellation);
        if (!spawned) {
            error = spawned.error();
            return;
        }
        PumpOptions options;
        options.policy = ParentPolicy::Communicate;
        options.input = std::move(input);
        options.ringCapacity = 4096; // nobody looks at the ring: the sink keeps what is shown
        options.stateInterval = std::chrono::milliseconds(50); // only to follow what the program starts, for a cancel
        // The sink runs on the pump's thread only, and the buffers are read after the pump is gone.
        options.sink = [this](Stream s, std::span<const std::byte> bytes) noexcept {
            QByteArray& kept = s == Stream::Stderr ? result.stderrData : result.stdoutData;
            const qsizetype room = limit - kept.size();
            if (room > 0)
                kept.append(
                    reinterpret_cast<const char*>(bytes.data()), std::min(room, static_cast<qsizetype>(bytes.size())));
        };
        auto started = Pump::start(std::move(*spawned), std::move(options));
        if (!started) {
            error = started.error(); // the child was killed and reaped already
            return;
        }
        std::unique_ptr<Pump> owned = std::move(*started);
        {
            const std::lock_guard lock(mutex);
            pump = owned.get();
            if (cancelRequested)
                owned->cancel();
        }
        while (!owned->waitFinished(std::chrono::hours(1))) { }
        const PumpSnapshot snap = owned->sample();
        {
            const std::lock_guard lock(mutex);
            pump = nullptr;
        }
        owned.reset(); // joins its threads: the sink is done
        if (snap.error && !snap.cancelled) {
            error = *snap.error;
            return;
        }
        result.exit = snap.exit.value_or(ExitStatus {});
        result.stdoutBytes = snap.stream(Stream::Stdout).bytes;
        result.stderrBytes = snap.stream(Stream::Stderr).bytes;
        result.stdinBrokenPipe = snap.stdinBrokenPipe;
        result.cancelled = snap.cancelled;
    }
};

ProgramRunner::ProgramRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ProgramResult>();
    qRegisterMetaType<pipescope::Error>();
}

// The pump kills the program and what it started and reaps it: SIGKILL takes effect at once, so this waits
// milliseconds. What the thread posted is dropped with this object.
ProgramRunner::~ProgramRunner()
{
    if (m_job) {
        m_job->cancel();
        m_thread.join();
    }
}

bool ProgramRunner::start(const QStringList& argv, const QByteArray& input, const QString& workingDirectory)
{
    if (m_job || argv.isEmpty())
        return false;
    auto job = std::make_shared<Job>();
    for (const QString& arg : argv)
        job->spec.argv.push_back(arg.toStdString());
    for (Stream s : allStreams)
        job->spec.redirect(s) = Redirect { .kind = Redirect::Kind::Pipe };
    job->spec.cwd = workingDirectory.toStdString();
    const auto* data = reinterpret_cast<const std::byte*>(input.constData());
    job->input.assign(data, data + input.size());
    job->limit = m_outputLimit;
    // Even fork and exec run off the GUI thread: a program on a slow file system can take a while to exec.
    try {
        m_thread = std::thread([this, job] {
            job->run();
            QMetaObject::invokeMethod(
                this, [this, job] { finishJob(job); }, Qt::QueuedConnection);
        });
    } catch (const std::system_error& e) {
        Q_EMIT failed(Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" });
        return false;
    }
    m_job = std::move(job);
    return true;
}

void ProgramRunner::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ProgramRunner::finishJob(const std::shared_ptr<Job>& job)
{
    if (job != m_job)
        return;
    m_thread.join(); // it posted this as the last thing it did
    m_job.reset();
    // Signals last: a slot may start the next run.
    if (job->error)
        Q_EMIT failed(*job->error);
    else
        Q_EMIT finished(job->result);
}
