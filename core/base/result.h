// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/stream.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace pipescope {

// What went wrong, as data: the app turns it into a sentence in the user's language.
enum class ErrorCode {
    // Redirect text
    EmptyRedirect, // "" given for a stream
    UnknownRedirect, // not one of none/pipe/devnull/fd:N/file:PATH/stdout
    MissingFdNumber, // "fd:" with nothing after it
    BadFdNumber, // "fd:abc"
    NegativeFd, // "fd:-1"
    EmptyPath, // "file:"
    StdoutOnlyForStderr, // "stdout" given for stdin or stdout
    // Spawning and running
    EmptyCommand, // no program given
    FdNotOpen, // fd:N names an fd the parent has not open
    SystemCall, // a call in the parent failed: call + errno (+ subject, e.g. a path)
    ChildSetup, // a call in the child between fork and exec failed: call + errno
    ExecFailed, // execve failed: errno + subject (the program)
    NoMoreSteps, // step mode: every step is done already
    StepTimeout, // step mode: the child did not reach its next stop in time
    Cancelled, // stopped from outside while it waited (an open() of a FIFO): subject is what it waited on
    TraceRefused, // recording: the system refused ptrace or seccomp (call + errno)
    // Files we read
    Malformed, // a file or text that could not be parsed: subject says where
};

struct Error
{
    ErrorCode code = ErrorCode::SystemCall;
    int sysErrno = 0; // errno of the failed call, 0 when not a system error
    unsigned long winError = 0; // GetLastError() of a failed Win32 call (core/win32), 0 otherwise
    std::string call; // the call that failed ("open", "dup2", "execve"...)
    std::string subject; // what it was about: a path, a program, the bad text
    std::optional<Stream> stream; // the stream concerned, if any
};

// A value or the Error that prevented it. Small on purpose: no exceptions cross core's boundary.
template <class T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// An Error for a failed system call, taking errno now.
Error sysError(std::string call, std::string subject = {}, std::optional<Stream> stream = {});

} // namespace pipescope
