// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace pipescope::child {

namespace {

// Sleeping longer than this is a typo, and it keeps the conversion to time_t exact.
constexpr double kMaxSeconds = 1e9;

[[noreturn]] void badValue(std::string_view what, std::string_view text, std::string_view expected)
{
    throw UsageError(
        "bad " + std::string(what) + " '" + std::string(text) + "' (expected " + std::string(expected) + ")");
}

template <typename Number> bool parseWhole(std::string_view text, Number& value)
{
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return !text.empty() && ec == std::errc {} && ptr == end;
}

std::uint64_t suffixMultiplier(char suffix)
{
    switch (suffix) {
    case 'K':
    case 'k':
        return std::uint64_t { 1 } << 10U;
    case 'M':
    case 'm':
        return std::uint64_t { 1 } << 20U;
    case 'G':
    case 'g':
        return std::uint64_t { 1 } << 30U;
    default:
        return 0;
    }
}

std::pair<std::string_view, std::string_view> splitOption(std::string_view arg)
{
    const auto equals = arg.find('=');
    if (equals == std::string_view::npos)
        return { arg, {} };
    return { arg.substr(0, equals), arg.substr(equals + 1) };
}

} // namespace

std::optional<std::string_view> ModeArgs::option(std::string_view name) const
{
    const auto found
        = std::find_if(options.rbegin(), options.rend(), [name](const auto& option) { return option.first == name; });
    if (found == options.rend())
        return std::nullopt;
    return found->second;
}

ModeArgs parseModeArgs(std::span<const std::string_view> args, std::initializer_list<std::string_view> allowed,
    std::size_t minPositionals, std::size_t maxPositionals)
{
    ModeArgs result;
    bool optionsEnded = false;
    for (const std::string_view arg : args) {
        if (optionsEnded || !arg.starts_with("--")) {
            result.positionals.push_back(arg);
        } else if (arg == "--") {
            optionsEnded = true;
        } else {
            const auto [name, value] = splitOption(arg);
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
                throw UsageError("unknown option '" + std::string(name) + "'");
            if (value.empty())
                throw UsageError("option " + std::string(name) + " needs a value (" + std::string(name) + "=...)");
            result.options.emplace_back(name, value);
        }
    }
    if (result.positionals.size() < minPositionals)
        throw UsageError("missing argument");
    if (result.positionals.size() > maxPositionals)
        throw UsageError("unexpected argument '" + std::string(result.positionals[maxPositionals]) + "'");
    return result;
}

std::uint64_t parseByteCount(std::string_view text, std::string_view what)
{
    constexpr std::string_view expected = "a number of bytes, optionally with K, M or G";
    std::uint64_t multiplier = 1;
    std::string_view digits = text;
    if (!text.empty()) {
        if (const auto suffix = suffixMultiplier(text.back()); suffix != 0) {
            multiplier = suffix;
            digits.remove_suffix(1);
        }
    }
    std::uint64_t count = 0;
    if (!parseWhole(digits, count))
        badValue(what, text, expected);
    if (count > std::numeric_limits<std::uint64_t>::max() / multiplier)
        badValue(what, text, "a size that fits in 64 bits");
    return count * multiplier;
}

double parseSeconds(std::string_view text, std::string_view what)
{
    double seconds = 0;
    if (!parseWhole(text, seconds) || !std::isfinite(seconds) || seconds < 0 || seconds > kMaxSeconds)
        badValue(what, text, "seconds, e.g. 2 or 0.5");
    return seconds;
}

std::int64_t parseInteger(std::string_view text, std::int64_t min, std::int64_t max, std::string_view what)
{
    std::int64_t value = 0;
    if (!parseWhole(text, value) || value < min || value > max)
        badValue(what, text, "an integer " + std::to_string(min) + ".." + std::to_string(max));
    return value;
}

} // namespace pipescope::child
