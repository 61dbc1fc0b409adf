// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <windows.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace pipescope::win32 {

// Owns one Win32 HANDLE and closes it (CloseHandle) exactly once: UniqueFd for Windows.
class UniqueHandle
{
public:
    UniqueHandle() = default;
    explicit UniqueHandle(HANDLE h)
        : m_h(h)
    {
    }
    UniqueHandle(UniqueHandle&& other) noexcept
        : m_h(other.release())
    {
    }
    UniqueHandle& operator=(UniqueHandle&& other) noexcept
    {
        if (this != &other)
            reset(other.release());
        return *this;
    }
    UniqueHandle(const UniqueHandle&) = delete;
    UniqueHandle& operator=(const UniqueHandle&) = delete;
    ~UniqueHandle() { reset(); }

    HANDLE get() const { return m_h; }
    bool valid() const { return m_h != nullptr && m_h != INVALID_HANDLE_VALUE; }
    explicit operator bool() const { return valid(); }
    HANDLE release() { return std::exchange(m_h, nullptr); }
    void reset(HANDLE h = nullptr);

private:
    HANDLE m_h = nullptr;
};

// A HANDLE as the number the trace shows (0x…); 0 for none.
inline std::uintptr_t handleValue(HANDLE h)
{
    return reinterpret_cast<std::uintptr_t>(h);
}

// An Error for a failed Win32 call, taking GetLastError() now.
Error lastWinError(std::string call, std::string subject = {}, std::optional<Stream> stream = {});

} // namespace pipescope::win32
