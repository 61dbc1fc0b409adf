// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/pace.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pipescope {

namespace {

constexpr double nsPerSecond = 1e9;

} // namespace

Pace::Pace(std::uint64_t bytesPerSecond)
    : m_rate(bytesPerSecond)
{
    m_tokens = burst();
}

double Pace::burst() const
{
    return std::max(1.0, static_cast<double>(m_rate) / 10.0);
}

void Pace::setRate(std::uint64_t bytesPerSecond, std::int64_t nowNs)
{
    if (bytesPerSecond == m_rate)
        return;
    refill(nowNs);
    const bool wasFull = !limited();
    m_rate = bytesPerSecond;
    // From full speed, a slow run starts with a burst in hand, as a new one does.
    m_tokens = wasFull ? burst() : std::min(m_tokens, burst());
    m_lastNs = nowNs;
}

void Pace::refill(std::int64_t nowNs)
{
    if (!limited())
        return;
    if (m_lastNs >= 0 && nowNs > m_lastNs)
        m_tokens = std::min(
            burst(), m_tokens + static_cast<double>(nowNs - m_lastNs) * static_cast<double>(m_rate) / nsPerSecond);
    if (m_lastNs < 0 || nowNs > m_lastNs)
        m_lastNs = nowNs;
}

std::size_t Pace::allowance(std::size_t wanted, std::int64_t nowNs)
{
    if (!limited())
        return wanted;
    refill(nowNs);
    return std::min(wanted, static_cast<std::size_t>(std::floor(m_tokens)));
}

void Pace::spend(std::size_t bytes)
{
    if (limited())
        m_tokens = std::max(0.0, m_tokens - static_cast<double>(bytes));
}

int Pace::waitMs(std::int64_t nowNs)
{
    if (!limited())
        return 0;
    refill(nowNs);
    if (m_tokens >= 1.0)
        return 0;
    const double seconds = (1.0 - m_tokens) / static_cast<double>(m_rate);
    return static_cast<int>(
        std::min(std::ceil(seconds * 1000.0), static_cast<double>(std::numeric_limits<int>::max())));
}

} // namespace pipescope
