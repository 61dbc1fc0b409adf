// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by bench_spawn and bench_drain: the programs they run, the command-line options that Google Benchmark
// does not know (taken out of argv before benchmark::Initialize sees it), and the plain C baselines.

#include <benchmark/benchmark.h>

#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <optional>
#include <spawn.h>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace pipescope::bench {

// Absolute paths, so that neither side pays for a PATH search the other does not do.
inline constexpr const char* childPath = PIPESCOPE_CHILD_PATH;
inline constexpr const char* truePath = PIPESCOPE_BENCH_TRUE_PATH;

// "4096", "64K", "256M", "2G" (powers of 1024, as pipescope-child reads them); nullopt when malformed or 0.
inline std::optional<std::uint64_t> parseByteCount(std::string_view text)
{
    std::uint64_t multiplier = 1;
    if (!text.empty()) {
        switch (text.back()) {
        case 'K':
        case 'k':
            multiplier = std::uint64_t { 1 } << 10U;
            break;
        case 'M':
        case 'm':
            multiplier = std::uint64_t { 1 } << 20U;
            break;
        case 'G':
        case 'g':
            multiplier = std::uint64_t { 1 } << 30U;
            break;
        default:
            break;
        }
        if (multiplier != 1)
            text.remove_suffix(1);
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc {} || end != text.data() + text.size() || value == 0 || value > UINT64_MAX / multiplier)
        return std::nullopt;
    return value * multiplier;
}

// Removes every "--NAME=VALUE" from argv and returns the last VALUE; benchmark::Initialize then sees only its own.
inline std::optional<std::string> takeOption(int& argc, char** argv, std::string_view name)
{
    std::optional<std::string> value;
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.size() > name.size() + 3 && arg.starts_with("--") && arg.substr(2, name.size()) == name
            && arg[2 + name.size()] == '=') {
            value = std::string(arg.substr(3 + name.size()));
            continue;
        }
        argv[out++] = argv[i];
    }
    argc = out;
    argv[argc] = nullptr;
    return value;
}

// --NAME=COUNT into count when given (count is left alone when not); false, with a message, when not a whole
// number >= min.
inline bool takeCount(int& argc, char** argv, std::string_view name, std::int64_t min, std::int64_t& count)
{
    const auto text = takeOption(argc, argv, name);
    if (!text)
        return true;
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
    if (ec != std::errc {} || end != text->data() + text->size() || n < min) {
        std::fprintf(stderr, "bad --%.*s '%s': expected a whole number >= %lld\n", static_cast<int>(name.size()),
            name.data(), text->c_str(), static_cast<long long>(min));
        return false;
    }
    count = n;
    return true;
}

// The argv vector execve wants, over strings that outlive it.
inline std::vector<char*> cArgv(std::vector<std::string>& args)
{
    std::vector<char*> out;
    out.reserve(args.size() + 1);
    for (auto& a : args)
        out.push_back(a.data());
    out.push_back(nullptr);
    return out;
}

// waitpid that survives EINTR; returns the exit code, or -1 when the child did not exit normally.
inline int waitExitCode(pid_t pid)
{
    int status = 0;
    pid_t r = -1;
    do {
        r = ::waitpid(pid, &status, 0);
    } while (r < 0 && errno == EINTR);
    if (r != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

inline void closeFd(int& fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace pipescope::bench
