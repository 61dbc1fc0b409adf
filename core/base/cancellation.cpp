// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/cancellation.h"

#include <fcntl.h>

namespace pipescope {

void Cancellation::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled.store(true);
    if (!m_pendingPath.empty() && !m_release)
        m_release = UniqueFd(::open(m_pendingPath.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC));
}

bool Cancellation::beginOpen(const std::string& path)
{
    const std::lock_guard lock(m_mutex);
    if (m_cancelled.load())
        return false;
    m_pendingPath = path;
    return true;
}

void Cancellation::endOpen()
{
    const std::lock_guard lock(m_mutex);
    m_pendingPath.clear();
    m_release.reset();
}

std::string Cancellation::waitingOn() const
{
    const std::lock_guard lock(m_mutex);
    return m_pendingPath;
}

} // namespace pipescope
