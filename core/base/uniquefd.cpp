// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/uniquefd.h"

#include <unistd.h>

namespace pipescope {

void UniqueFd::reset(int fd)
{
    if (m_fd >= 0)
        ::close(m_fd); // Linux releases the fd even when close() reports EINTR: never retry
    m_fd = fd;
}

} // namespace pipescope
