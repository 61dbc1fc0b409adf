// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawio.h"

#include <cerrno>
#include <cmath>
#include <ctime>
#include <sys/uio.h>
#include <system_error>
#include <unistd.h>

namespace pipescope::child {

SysError::SysError(const std::string& call, int error)
    : std::runtime_error(call + ": " + std::generic_category().message(error))
    , m_error(error)
{
}

UniqueFd::~UniqueFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void writeAll(int fd, std::string_view data)
{
    while (!data.empty()) {
        const ssize_t written = ::write(fd, data.data(), data.size());
        if (written < 0) {
            const int error = errno;
            if (error == EINTR)
                continue;
            throw SysError("write(" + std::to_string(fd) + ")", error);
        }
        data.remove_prefix(static_cast<std::size_t>(written));
    }
}

std::size_t readSome(int fd, std::span<char> buffer)
{
    for (;;) {
        const ssize_t got = ::read(fd, buffer.data(), buffer.size());
        if (got >= 0)
            return static_cast<std::size_t>(got);
        const int error = errno;
        if (error != EINTR)
            throw SysError("read(" + std::to_string(fd) + ")", error);
    }
}

void sleepFor(double seconds)
{
    if (seconds <= 0)
        return;
    const double whole = std::floor(seconds);
    timespec remaining { .tv_sec = static_cast<time_t>(whole), .tv_nsec = static_cast<long>((seconds - whole) * 1e9) };
    while (::nanosleep(&remaining, &remaining) != 0) {
        const int error = errno;
        if (error != EINTR)
            throw SysError("nanosleep", error);
    }
}

void reportError(std::string_view message) noexcept
{
    constexpr std::string_view prefix = "pipescope-child: ";
    // One writev, so the line is not torn apart by other writers of the same stderr pipe; writev never writes
    // through iov_base, the const_casts only satisfy its C signature.
    const iovec parts[] = {
        { .iov_base = const_cast<char*>(prefix.data()), .iov_len = prefix.size() },
        { .iov_base = const_cast<char*>(message.data()), .iov_len = message.size() },
        { .iov_base = const_cast<char*>("\n"), .iov_len = 1 },
    };
    // Nothing useful is left to do when stderr itself is broken.
    [[maybe_unused]] const ssize_t ignored = ::writev(STDERR_FILENO, parts, 3);
}

} // namespace pipescope::child
