// SPDX-License-Identifier: GPL-3.0-or-later
#include "win32/cmdline.h"

#include <windows.h>

namespace pipescope::win32 {

// Lib/subprocess.py list2cmdline, rule for rule: quote an argument with a space or tab (or an empty one); double
// the backslashes before a '"' and escape it; double the trailing backslashes of a quoted argument.
std::wstring list2cmdline(std::span<const std::string> args)
{
    std::wstring result;
    for (const std::string& arg8 : args) {
        const std::wstring arg = widen(arg8);
        if (!result.empty())
            result += L' ';
        const bool needQuote = arg.find_first_of(L" \t") != std::wstring::npos || arg.empty();
        if (needQuote)
            result += L'"';
        std::size_t backslashes = 0;
        for (const wchar_t c : arg) {
            if (c == L'\\') {
                ++backslashes;
            } else if (c == L'"') {
                result.append(backslashes * 2, L'\\');
                backslashes = 0;
                result += L"\\\"";
            } else {
                result.append(backslashes, L'\\');
                backslashes = 0;
                result += c;
            }
        }
        result.append(backslashes, L'\\');
        if (needQuote) {
            result.append(backslashes, L'\\');
            result += L'"';
        }
    }
    return result;
}

std::wstring widen(std::string_view utf8)
{
    if (utf8.empty())
        return {};
    const int n = ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
    return out;
}

std::string narrow(std::wstring_view utf16)
{
    if (utf16.empty())
        return {};
    const int n
        = ::WideCharToMultiByte(CP_UTF8, 0, utf16.data(), static_cast<int>(utf16.size()), nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, utf16.data(), static_cast<int>(utf16.size()), out.data(), n, nullptr, nullptr);
    return out;
}

} // namespace pipescope::win32
