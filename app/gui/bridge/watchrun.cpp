// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/watchrun.h"

#include "base/uniquefd.h"
#include "record/recorder.h"

#include <QMetaObject>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <system_error>
#include <unistd.h>

using namespace pipescope;

struct WatchRun::Job
{
    RecordOptions options;
    RecordingStop stop;
    std::optional<Recording> recording;
    std::optional<Error> error;
    WatchResult result;

    void run() noexcept
    {
        try {
            runToEnd();
        } catch (const std::bad_alloc&) {
            error = Error { .code = ErrorCode::SystemCall, .sysErrno = ENOMEM, .call = "malloc" };
        } catch (const std::system_error& e) {
            error = Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" };
        } catch (...) {
            error = Error { .code = ErrorCode::SystemCall, .sysErrno = EIO, .call = "recordProgram" };
        }
    }

    void runToEnd()
    {
        const UniqueFd null(::open("/dev/null", O_RDONLY | O_CLOEXEC));
        std::array<int, 2> out {};
        std::array<int, 2> err {};
        if (!null.valid() || ::pipe2(out.data(), O_CLOEXEC) != 0) {
            error = Error { .code = ErrorCode::SystemCall, .sysErrno = errno, .call = null.valid() ? "pipe2" : "open" };
            return;
        }
        UniqueFd outRead(out[0]);
        UniqueFd outWrite(out[1]);
        if (::pipe2(err.data(), O_CLOEXEC) != 0) {
            error = Error { .code = ErrorCode::SystemCall, .sysErrno = errno, .call = "pipe2" };
            return;
        }
        UniqueFd errRead(err[0]);
        UniqueFd errWrite(err[1]);

        // The drain owns the read ends: when it stops, they close, and a writer left gets EPIPE rather than waiting.
        std::atomic<bool> recorded { false };
        std::thread drain([&, outFd = std::move(outRead), errFd = std::move(errRead)] {
            drainOutput(outFd.get(), errFd.get(), recorded);
        });
        // Whatever happens below (an exception too), our write ends close and the drain is told and joined.
        struct Ending
        {
            UniqueFd& outWrite;
            UniqueFd& errWrite;
            std::atomic<bool>& recorded;
            std::thread& drain;
            ~Ending()
            {
                outWrite.reset();
                errWrite.reset();
                recorded = true;
                drain.join();
            }
        };
        std::optional<Result<Recording>> r;
        {
            const Ending ending { outWrite, errWrite, recorded, drain };
            options.stdinFd = null.get();
            options.stdoutFd = outWrite.get();
            options.stderrFd = errWrite.get();
            options.stop = &stop;
            r = recordProgram(options);
        }
        if (!*r) {
            error = r->error();
            return;
        }
        recording = std::move(**r);
    }

    // Until EOF on both, or until 2 s after the recording ended if something it did not start still holds a write end
    // (every process it started is gone by then).
    void drainOutput(int outFd, int errFd, const std::atomic<bool>& recorded)
    {
        using Clock = std::chrono::steady_clock;
        std::array<pollfd, 2> fds { pollfd { outFd, POLLIN, 0 }, pollfd { errFd, POLLIN, 0 } };
        std::array<QByteArray*, 2> kept { &result.stdoutData, &result.stderrData };
        std::array<qint64*, 2> counted { &result.stdoutBytes, &result.stderrBytes };
        int open = 2;
        std::optional<Clock::time_point> deadline;
        std::array<char, 65536> buffer {};
        while (open > 0) {
            if (recorded && !deadline)
                deadline = Clock::now() + std::chrono::seconds(2);
            if (deadline && Clock::now() >= *deadline)
                return;
            const int n = ::poll(fds.data(), fds.size(), 100);
            if (n < 0 && errno != EINTR)
                return; // the read ends close: a writer gets EPIPE, never waits for us
            if (n <= 0)
                continue;
            for (size_t i = 0; i < fds.size(); ++i) {
                if (fds[i].fd < 0 || fds[i].revents == 0)
                    continue;
                const ssize_t got = ::read(fds[i].fd, buffer.data(), buffer.size());
                if (got <= 0) {
                    if (got < 0 && errno == EINTR)
                        continue;
                    fds[i].fd = -1;
                    --open;
                    continue;
                }
                *counted[i] += got;
                const qsizetype room = WatchResult::outputLimit - kept[i]->size();
                if (room > 0)
                    kept[i]->append(buffer.data(), std::min(room, static_cast<qsizetype>(got)));
            }
        }
    }
};

WatchRun::WatchRun(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<WatchResult>();
    qRegisterMetaType<pipescope::Error>();
}

WatchRun::~WatchRun()
{
    if (m_job) {
        m_job->stop.stop();
        m_thread.join();
    }
}

bool WatchRun::start(const QStringList& argv, bool bytes, std::chrono::milliseconds timeout)
{
    if (m_job || argv.isEmpty())
        return false;
    auto job = std::make_shared<Job>();
    for (const QString& arg : argv)
        job->options.argv.push_back(arg.toStdString());
    job->options.bytes = bytes;
    job->options.timeout = timeout;
    try {
        m_thread = std::thread([this, job] {
            job->run();
            QMetaObject::invokeMethod(
                this, [this, job] { finishJob(job); }, Qt::QueuedConnection);
        });
    } catch (const std::system_error& e) {
        // Queued, as every report of this object: the caller sees false first.
        const Error error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" };
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return false;
    }
    m_job = std::move(job);
    return true;
}

void WatchRun::stop()
{
    if (m_job)
        m_job->stop.stop();
}

void WatchRun::finishJob(const std::shared_ptr<Job>& job)
{
    if (job != m_job)
        return;
    m_thread.join();
    m_job.reset();
    if (job->error) {
        Q_EMIT failed(*job->error);
        return;
    }
    WatchResult result = std::move(job->result);
    result.recording = std::make_shared<const Recording>(std::move(*job->recording));
    Q_EMIT finished(result);
}
