// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small test harness for the Windows test runner: named cases, CHECK (record and go on), REQUIRE (record and end
// the case), one line per case and the closing "N passed, N failed" line.

#include <functional>
#include <sstream>
#include <string>
#include <string_view>

namespace pipescope::check {

struct CaseFailed
{
};

void addCase(std::string name, std::function<void()> body);
void fail(const char* file, int line, const std::string& what);
int runAll(std::string_view filter); // the exit status: 0 when every case passed

template <class A, class B> std::string describe(const char* expr, const A& a, const B& b)
{
    std::ostringstream s;
    s << expr << " (" << a << " vs " << b << ")";
    return s.str();
}

struct Registrar
{
    Registrar(const char* name, void (*body)()) { addCase(name, body); }
};

} // namespace pipescope::check

#define PS_CONCAT2(a, b) a##b
#define PS_CONCAT(a, b) PS_CONCAT2(a, b)
#define TEST_CASE(name)                                                                                                \
    static void name();                                                                                                \
    static const ::pipescope::check::Registrar PS_CONCAT(registrar_, name)(#name, &name);                              \
    static void name()
#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::pipescope::check::fail(__FILE__, __LINE__, #cond);                                                       \
    } while (false)
#define CHECK_EQ(a, b)                                                                                                 \
    do {                                                                                                               \
        const auto& check_a = (a);                                                                                     \
        const auto& check_b = (b);                                                                                     \
        if (!(check_a == check_b))                                                                                     \
            ::pipescope::check::fail(                                                                                  \
                __FILE__, __LINE__, ::pipescope::check::describe(#a " == " #b, check_a, check_b));                     \
    } while (false)
#define REQUIRE(cond)                                                                                                  \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            ::pipescope::check::fail(__FILE__, __LINE__, #cond);                                                       \
            throw ::pipescope::check::CaseFailed {};                                                                   \
        }                                                                                                              \
    } while (false)
