// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace pipescope {

// Slow motion for a live run: a parent that moves at most so many bytes per second on one stream. A token bucket
// whose burst is a tenth of a second's bytes (at least one), full at the start, so that a slow run still moves at
// once and then in small, even steps. Used by the one thread that does the stream's I/O.
class Pace
{
public:
    static constexpr std::uint64_t fullSpeed = 0;

    explicit Pace(std::uint64_t bytesPerSecond = fullSpeed);

    bool limited() const { return m_rate != fullSpeed; }
    // A new rate from nowNs on (CLOCK_MONOTONIC); what was saved up is kept, up to the new burst.
    void setRate(std::uint64_t bytesPerSecond, std::int64_t nowNs);

    // How many of `wanted` bytes may move at nowNs: all of them at full speed.
    std::size_t allowance(std::size_t wanted, std::int64_t nowNs);
    // Bytes that moved (at most what allowance() gave).
    void spend(std::size_t bytes);
    // Milliseconds until at least one byte may move: 0 now (and at full speed), rounded up otherwise.
    int waitMs(std::int64_t nowNs);

private:
    void refill(std::int64_t nowNs);
    double burst() const;

    std::uint64_t m_rate = fullSpeed;
    double m_tokens = 0;
    std::int64_t m_lastNs = -1;
};

} // namespace pipescope
