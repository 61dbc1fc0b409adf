// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The strict field readers shared by the trace and scenario files: a value of the wrong type, out of range or
// unknown is refused (never rounded, wrapped or defaulted), with the JSON pointer (RFC 6901) of the field.
// Private to core/files.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pipescope::jsonfields {

using nlohmann::json;

// What is wrong with a field; the readers' callers turn it into their own Error.
struct BadField
{
    std::string where; // JSON pointer of the field
    enum class Problem { Missing, Type, Value } problem = Problem::Value;
};

// A key of an object appended to a JSON pointer ("~" is "~0", "/" is "~1").
inline std::string pointer(const std::string& where, std::string_view key)
{
    std::string out = where + "/";
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

inline const json* field(const json& j, std::string_view key)
{
    if (!j.is_object())
        return nullptr;
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

enum class Presence { Optional, Required };

// A string; missing and optional: empty.
inline std::string stringField(
    const json& j, std::string_view key, const std::string& where, Presence presence = Presence::Optional)
{
    const json* v = field(j, key);
    if (!v) {
        if (presence == Presence::Required)
            throw BadField { pointer(where, key), BadField::Problem::Missing };
        return {};
    }
    if (!v->is_string())
        throw BadField { pointer(where, key), BadField::Problem::Type };
    return v->get<std::string>();
}

// An integer in [min, max]; missing: fallback. A float, a string or a number out of range is refused.
inline std::int64_t integerField(const json& j, std::string_view key, const std::string& where, std::int64_t min,
    std::int64_t max, std::int64_t fallback)
{
    const json* v = field(j, key);
    if (!v)
        return fallback;
    if (!v->is_number_integer())
        throw BadField { pointer(where, key), BadField::Problem::Type };
    if (v->is_number_unsigned()) {
        if (max < 0 || v->get<std::uint64_t>() > static_cast<std::uint64_t>(max))
            throw BadField { pointer(where, key), BadField::Problem::Value };
        return static_cast<std::int64_t>(v->get<std::uint64_t>());
    }
    const auto n = v->get<std::int64_t>();
    if (n < min || n > max)
        throw BadField { pointer(where, key), BadField::Problem::Value };
    return n;
}

// An integer that fits T: a fd of 2^32 is refused, not read as fd 0. Unsigned 64-bit values above INT64_MAX are
// read as they are.
template <class T> T numberField(const json& j, std::string_view key, const std::string& where, T fallback = {})
{
    static_assert(std::is_integral_v<T>);
    if constexpr (std::is_unsigned_v<T> && sizeof(T) == sizeof(std::uint64_t)) {
        const json* v = field(j, key);
        if (!v)
            return fallback;
        if (!v->is_number_unsigned())
            throw BadField { pointer(where, key),
                v->is_number_integer() ? BadField::Problem::Value : BadField::Problem::Type };
        return v->get<T>();
    } else {
        return static_cast<T>(integerField(j, key, where, static_cast<std::int64_t>(std::numeric_limits<T>::min()),
            static_cast<std::int64_t>(std::numeric_limits<T>::max()), static_cast<std::int64_t>(fallback)));
    }
}

// A name from a fixed set; missing: fallback, or refused when there is none.
template <class E>
E enumField(const json& j, std::string_view key, std::optional<E> (*fromName)(std::string_view),
    const std::string& where, std::optional<E> fallback = std::nullopt)
{
    if (!field(j, key)) {
        if (fallback)
            return *fallback;
        throw BadField { pointer(where, key), BadField::Problem::Missing };
    }
    const auto value = fromName(stringField(j, key, where));
    if (!value)
        throw BadField { pointer(where, key), BadField::Problem::Value };
    return *value;
}

inline const json& objectField(const json& j, std::string_view key, const std::string& where)
{
    const json* v = field(j, key);
    if (!v)
        throw BadField { pointer(where, key), BadField::Problem::Missing };
    if (!v->is_object())
        throw BadField { pointer(where, key), BadField::Problem::Type };
    return *v;
}

// An array; missing: an empty one.
inline const json& arrayField(const json& j, std::string_view key, const std::string& where)
{
    static const json empty = json::array();
    const json* v = field(j, key);
    if (!v)
        return empty;
    if (!v->is_array())
        throw BadField { pointer(where, key), BadField::Problem::Type };
    return *v;
}

// A list of fds (pass_fds, an event's fds): each an integer from 0 to INT_MAX.
inline std::vector<int> fdListField(const json& j, std::string_view key, const std::string& where)
{
    std::vector<int> fds;
    const json& list = arrayField(j, key, where);
    for (size_t i = 0; i < list.size(); ++i) {
        const json& fd = list[i];
        const std::string at = pointer(where, key) + "/" + std::to_string(i);
        if (!fd.is_number_integer())
            throw BadField { at, BadField::Problem::Type };
        const bool inRange = fd.is_number_unsigned()
            ? fd.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<int>::max())
            : fd.get<std::int64_t>() >= 0 && fd.get<std::int64_t>() <= std::numeric_limits<int>::max();
        if (!inRange)
            throw BadField { at, BadField::Problem::Value };
        fds.push_back(static_cast<int>(fd.get<std::int64_t>()));
    }
    return fds;
}

} // namespace pipescope::jsonfields
