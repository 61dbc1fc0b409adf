// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace pipescope {

// The child's three standard streams, in fd order.
enum class Stream { Stdin = 0, Stdout = 1, Stderr = 2 };

inline constexpr std::array<Stream, 3> allStreams { Stream::Stdin, Stream::Stdout, Stream::Stderr };

constexpr int streamFd(Stream s)
{
    return static_cast<int>(s);
}

// Identifier spelling used in text forms and JSON ("stdin", "stdout", "stderr").
std::string_view streamName(Stream s);
std::optional<Stream> streamFromName(std::string_view name);

// Who performs a step or causes an event.
enum class Actor { Parent, Child, Kernel };
std::string_view actorName(Actor a);
std::optional<Actor> actorFromName(std::string_view name);

} // namespace pipescope
