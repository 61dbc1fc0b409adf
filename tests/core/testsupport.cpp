// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "inspect/fdtable.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>
#include <unistd.h>

namespace pipescope::test {

namespace fs = std::filesystem;

TempDir::TempDir()
{
    std::string pattern = (fs::temp_directory_path() / "pipescope-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
}

Captured runCaptured(const std::vector<std::string>& argv, const std::string& input, int timeoutMs)
{
    SpawnSpec spec;
    spec.argv = argv;
    for (Stream s : allStreams)
        spec.redirect(s) = Redirect::pipe();
    auto spawned = spawn(spec);
    if (!spawned) {
        ADD_FAILURE() << "spawn " << argv.front() << " failed: errno " << spawned.error().sysErrno;
        return {};
    }
    Captured c;
    CommunicateOptions options;
    options.input = std::as_bytes(std::span(input));
    options.timeout = std::chrono::milliseconds(timeoutMs);
    options.sink = [&c](Stream s, std::span<const std::byte> data) {
        (s == Stream::Stdout ? c.out : c.err).append(reinterpret_cast<const char*>(data.data()), data.size());
    };
    auto result = communicate(*spawned, options);
    if (!result) {
        ADD_FAILURE() << "communicate failed: errno " << result.error().sysErrno;
        return c;
    }
    EXPECT_FALSE(result->timedOut) << argv.front() << " did not finish in " << timeoutMs << " ms";
    c.exit = result->exit;
    return c;
}

std::string childPath()
{
    return PIPESCOPE_CHILD;
}
std::string tracePath()
{
    return PIPESCOPE_TRACE;
}

std::string python3()
{
    if (!std::string_view(PIPESCOPE_PYTHON3).empty())
        return PIPESCOPE_PYTHON3;
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        const fs::path candidate = fs::path(dir.empty() ? "." : dir) / "python3";
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate.string();
    }
    return {};
}

int openFdCount()
{
    auto table = inspectFds(::getpid());
    return table ? static_cast<int>(table->size()) : -1;
}

std::vector<int> zombieChildren()
{
    std::vector<int> zombies;
    const pid_t self = ::getpid();
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        if (!std::getline(stat, line))
            continue;
        // pid (comm) state ppid ...: comm may hold spaces and parentheses, so parse after the last ')'.
        const size_t close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 1));
        char state = 0;
        int ppid = 0;
        rest >> state >> ppid;
        if (ppid == self && state == 'Z')
            zombies.push_back(std::stoi(name));
    }
    return zombies;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::string& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
}

} // namespace pipescope::test
