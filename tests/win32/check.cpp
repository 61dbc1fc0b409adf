// SPDX-License-Identifier: GPL-3.0-or-later
#include "check.h"

#include <chrono>
#include <cstdio>
#include <exception>
#include <vector>

namespace pipescope::check {

namespace {

struct Case
{
    std::string name;
    std::function<void()> body;
};

std::vector<Case>& cases()
{
    static std::vector<Case> all;
    return all;
}

int g_failures = 0; // in the running case

} // namespace

void addCase(std::string name, std::function<void()> body)
{
    cases().push_back({ std::move(name), std::move(body) });
}

void fail(const char* file, int line, const std::string& what)
{
    ++g_failures;
    std::printf("    %s:%d: CHECK failed: %s\n", file, line, what.c_str());
    std::fflush(stdout);
}

int runAll(std::string_view filter)
{
    int passed = 0;
    int failed = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const Case& c : cases()) {
        if (!filter.empty() && c.name.find(filter) == std::string::npos)
            continue;
        g_failures = 0;
        try {
            c.body();
        } catch (const CaseFailed&) {
        } catch (const std::exception& e) {
            fail(__FILE__, __LINE__, std::string("exception: ") + e.what());
        }
        std::printf("%s %s\n", g_failures == 0 ? "[  OK  ]" : "[ FAIL ]", c.name.c_str());
        std::fflush(stdout);
        (g_failures == 0 ? passed : failed) += 1;
    }
    const auto ms
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    std::printf("tst_win32: %lld ms\n%d passed, %d failed\n", static_cast<long long>(ms), passed, failed);
    return failed == 0 && passed > 0 ? 0 : 1;
}

} // namespace pipescope::check
