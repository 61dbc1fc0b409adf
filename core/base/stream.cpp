// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/stream.h"

#include "base/names.h"
#include "base/result.h"

#include <cerrno>

namespace pipescope {

namespace {
constexpr std::pair<Stream, std::string_view> streamNames[] {
    { Stream::Stdin, "stdin" },
    { Stream::Stdout, "stdout" },
    { Stream::Stderr, "stderr" },
};
constexpr std::pair<Actor, std::string_view> actorNames[] {
    { Actor::Parent, "parent" },
    { Actor::Child, "child" },
    { Actor::Kernel, "kernel" },
};
} // namespace

std::string_view streamName(Stream s)
{
    return detail::nameOf<Stream>(streamNames, s);
}
std::optional<Stream> streamFromName(std::string_view name)
{
    return detail::valueOf<Stream>(streamNames, name);
}
std::string_view actorName(Actor a)
{
    return detail::nameOf<Actor>(actorNames, a);
}
std::optional<Actor> actorFromName(std::string_view name)
{
    return detail::valueOf<Actor>(actorNames, name);
}

Error sysError(std::string call, std::string subject, std::optional<Stream> stream)
{
    return Error { .code = ErrorCode::SystemCall,
        .sysErrno = errno,
        .call = std::move(call),
        .subject = std::move(subject),
        .stream = stream };
}

} // namespace pipescope
