// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <utility>

namespace pipescope::detail {

// Identifier tables for enums: one place for the spelling used in JSON and text forms.
template <class E> using NameTable = std::span<const std::pair<E, std::string_view>>;

template <class E> std::string_view nameOf(NameTable<E> table, E value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return name;
    return {};
}

template <class E> std::optional<E> valueOf(NameTable<E> table, std::string_view name)
{
    for (const auto& [e, n] : table)
        if (n == name)
            return e;
    return std::nullopt;
}

} // namespace pipescope::detail
