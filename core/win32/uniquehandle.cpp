// SPDX-License-Identifier: GPL-3.0-or-later
#include "win32/uniquehandle.h"

namespace pipescope::win32 {

void UniqueHandle::reset(HANDLE h)
{
    const HANDLE old = std::exchange(m_h, h);
    if (old != nullptr && old != INVALID_HANDLE_VALUE)
        ::CloseHandle(old);
}

Error lastWinError(std::string call, std::string subject, std::optional<Stream> stream)
{
    return Error { .code = ErrorCode::SystemCall,
        .winError = ::GetLastError(),
        .call = std::move(call),
        .subject = std::move(subject),
        .stream = stream };
}

} // namespace pipescope::win32
