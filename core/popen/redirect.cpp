// SPDX-License-Identifier: GPL-3.0-or-later
#include "popen/redirect.h"

#include <charconv>
#include <limits>

namespace pipescope {

namespace {

Error badText(ErrorCode code, Stream stream, std::string_view text)
{
    return Error { .code = code, .subject = std::string(text), .stream = stream };
}

constexpr std::string_view appendSuffix = ":append";
constexpr std::string_view truncSuffix = ":trunc"; // explicit default: lets a path itself end in ":append"

} // namespace

Result<Redirect> parseRedirect(Stream stream, std::string_view text)
{
    if (text.empty())
        return badText(ErrorCode::EmptyRedirect, stream, text);
    if (text == "none")
        return Redirect::inherit();
    if (text == "pipe")
        return Redirect::pipe();
    if (text == "devnull")
        return Redirect::devNull();
    if (text == "stdout") {
        if (stream != Stream::Stderr)
            return badText(ErrorCode::StdoutOnlyForStderr, stream, text);
        return Redirect::stdoutRedirect();
    }
    if (text.starts_with("fd:")) {
        const std::string_view number = text.substr(3);
        if (number.empty())
            return badText(ErrorCode::MissingFdNumber, stream, text);
        if (number.front() == '-')
            return badText(ErrorCode::NegativeFd, stream, text);
        int fd = -1;
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), fd);
        if (ec != std::errc {} || end != number.data() + number.size())
            return badText(ErrorCode::BadFdNumber, stream, text);
        return Redirect::fromFd(fd);
    }
    if (text.starts_with("file:")) {
        std::string_view path = text.substr(5);
        bool append = false;
        if (stream != Stream::Stdin && path.ends_with(appendSuffix)) {
            path.remove_suffix(appendSuffix.size());
            append = true;
        } else if (path.ends_with(truncSuffix)) {
            path.remove_suffix(truncSuffix.size());
        }
        if (path.empty())
            return badText(ErrorCode::EmptyPath, stream, text);
        return Redirect::file(std::string(path), append);
    }
    return badText(ErrorCode::UnknownRedirect, stream, text);
}

std::string toText(const Redirect& r)
{
    switch (r.kind) {
    case Redirect::Kind::Inherit:
        return "none";
    case Redirect::Kind::Pipe:
        return "pipe";
    case Redirect::Kind::DevNull:
        return "devnull";
    case Redirect::Kind::Fd:
        return "fd:" + std::to_string(r.fd);
    case Redirect::Kind::File:
        if (r.append)
            return "file:" + r.path + std::string(appendSuffix);
        // Spelling out the default keeps a path that itself ends in a suffix intact.
        if (r.path.ends_with(appendSuffix) || r.path.ends_with(truncSuffix))
            return "file:" + r.path + std::string(truncSuffix);
        return "file:" + r.path;
    case Redirect::Kind::Stdout:
        return "stdout";
    }
    return {};
}

std::string_view kindName(Redirect::Kind k)
{
    switch (k) {
    case Redirect::Kind::Inherit:
        return "None";
    case Redirect::Kind::Pipe:
        return "PIPE";
    case Redirect::Kind::DevNull:
        return "DEVNULL";
    case Redirect::Kind::Fd:
        return "fd";
    case Redirect::Kind::File:
        return "file";
    case Redirect::Kind::Stdout:
        return "STDOUT";
    }
    return {};
}

} // namespace pipescope
