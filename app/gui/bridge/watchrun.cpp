// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/watchrun.h"

#include "base/uniquefd.h"
#include "record/recorder.h"

#include <QMetaObject>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
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

        std::atomic<bool> recorded { false };
        std::thread drain([&] { drainOutput(outRead.get(), errRead.get(), recorded); });
        options.stdinFd = null.get();
        options.stdoutFd = outWrite.get();
        options.stderrFd = errWrite.get();
        options.stop = &stop;
        auto r = recordProgram(options);
        // Every process the recording started has ended: with our write ends closed, the drain sees EOF at once.
        outWrite.reset();
        errWrite.reset();
        recorded = true;
        drain.join();
        if (!r) {
            error = r.error();
            return;
        }
        recording = std::move(*r);
    }

    // Until EOF on both, or shortly after the recording ended if something it did not start still holds a write end.
    void drainOutput(int outFd, int errFd, const std::atomic<bool>& recorded)
    {
        std::array<pollfd, 2> fds { pollfd { outFd, POLLIN, 0 }, pollfd { errFd, POLLIN, 0 } };
        std::array<QByteArray*, 2> kept { &result.stdoutData, &result.stderrData };
        std::array<qint64*, 2> counted { &result.stdoutBytes, &result.stderrBytes };
        int open = 2;
        int quietAfterEnd = 0;
        std::array<char, 65536> buffer {};
        while (open > 0 && quietAfterEnd < 20) {
            const int n = ::poll(fds.data(), fds.size(), 100);
            if (n < 0 && errno != EINTR)
                return;
            if (n <= 0) {
                if (recorded)
                    ++quietAfterEnd;
                continue;
            }
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
        Q_EMIT failed(Error { .code = ErrorCode::SystemCall, .sysErrno = e.code().value(), .call = "pthread_create" });
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
