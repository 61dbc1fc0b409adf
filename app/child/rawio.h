// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pipescope::child {

// Reads and writes go straight to the fds (no stdio buffering), so what the parent sees through a pipe is exactly
// what the child did, when it did it.
constexpr std::size_t kIoChunk = std::size_t { 64 } * 1024;

// A system call that failed: names the call, keeps errno. main turns it into one line on stderr and exit status 1.
class SysError : public std::runtime_error
{
public:
    SysError(const std::string& call, int error);
    [[nodiscard]] int error() const noexcept { return m_error; }

private:
    int m_error = 0;
};

// Owns one file descriptor and closes it exactly once.
class UniqueFd
{
public:
    explicit UniqueFd(int fd) noexcept
        : m_fd(fd)
    {
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    UniqueFd(UniqueFd&&) = delete;
    UniqueFd& operator=(UniqueFd&&) = delete;
    ~UniqueFd();

    [[nodiscard]] int get() const noexcept { return m_fd; }

private:
    int m_fd = -1;
};

// Writes all of data, resuming after partial writes and EINTR. Throws SysError (EPIPE, EBADF, ...).
void writeAll(int fd, std::string_view data);
// One read(2), retried on EINTR. Returns 0 at end of file. Throws SysError.
std::size_t readSome(int fd, std::span<char> buffer);
void sleepFor(double seconds);
// "pipescope-child: <message>" on stderr in a single write; silent if stderr itself is gone.
void reportError(std::string_view message) noexcept;

} // namespace pipescope::child
