// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace pipescope::child {

// Bad command line: main prints it on one line with the mode's synopsis and exits 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A mode's arguments: "--name=value" options and the positionals around them.
struct ModeArgs
{
    std::vector<std::string_view> positionals;
    std::vector<std::pair<std::string_view, std::string_view>> options; // {"--to", "stderr"}

    // The last value given for the option, as on most Unix command lines.
    [[nodiscard]] std::optional<std::string_view> option(std::string_view name) const;
};

// Accepts only the options in `allowed`, each as --name=VALUE; "--" ends the options. Throws UsageError.
ModeArgs parseModeArgs(std::span<const std::string_view> args, std::initializer_list<std::string_view> allowed,
    std::size_t minPositionals, std::size_t maxPositionals);

// The parsers below throw UsageError naming `what` (e.g. "BYTES", "--chunk") and the bad text.

// Decimal digits with an optional K, M or G suffix (powers of 1024): "4096", "64K", "2G".
std::uint64_t parseByteCount(std::string_view text, std::string_view what);
// Non-negative decimal seconds, fractions allowed: "2", "0.5".
double parseSeconds(std::string_view text, std::string_view what);
std::int64_t parseInteger(std::string_view text, std::int64_t min, std::int64_t max, std::string_view what);

} // namespace pipescope::child
