// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace pipescope::win32 {

// subprocess.list2cmdline: the one command-line string CreateProcessW gets, quoted so that the MS C runtime's
// parser gives the child back the same argv.
std::wstring list2cmdline(std::span<const std::string> args);

// UTF-8 <-> UTF-16 (the W calls' strings).
std::wstring widen(std::string_view utf8);
std::string narrow(std::wstring_view utf16);

} // namespace pipescope::win32
