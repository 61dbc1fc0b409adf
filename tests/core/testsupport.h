// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/process.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pipescope::test {

// A private directory, removed with everything in it.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

struct Captured
{
    ExitStatus exit;
    std::string out;
    std::string err;
};

// Runs argv with stdin/stdout/stderr = PIPE through the engine, feeding input; fails the test on spawn errors.
Captured runCaptured(const std::vector<std::string>& argv, const std::string& input = {}, int timeoutMs = 60'000);

std::string childPath(); // the built pipescope-child
std::string tracePath(); // the built pipescope-trace
std::string python3(); // the python3 on PATH (resolved at configure time), empty when there is none

int openFdCount(); // fds open in this process
std::vector<int> zombieChildren(); // pids of this process's children that are zombies
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& content);

} // namespace pipescope::test
