// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpage.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace pipescope::cli {

namespace {

// The pipescope application: beside this program when installed, in the build tree's app/gui when built, else in
// PATH. Empty when none is found.
std::string findApplication()
{
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec)
        for (const auto& candidate : { self.parent_path() / "pipescope", self.parent_path() / "../gui/pipescope" })
            if (::access(candidate.c_str(), X_OK) == 0)
                return candidate.lexically_normal().string();
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    for (std::string dir; std::getline(dirs, dir, ':');)
        if (!dir.empty() && ::access((std::filesystem::path(dir) / "pipescope").c_str(), X_OK) == 0)
            return (std::filesystem::path(dir) / "pipescope").string();
    return {};
}

} // namespace

std::string writeWebPageFromFile(const std::string& htmlPath, const std::string& jsonPath)
{
    const std::string app = findApplication();
    if (app.empty())
        return "pipescope (the application, which writes the page) was not found beside pipescope-trace or in PATH";
    const std::string exportArg = "--export-html=" + htmlPath;
    const std::string replayArg = "--replay=" + jsonPath;
    std::vector<char*> args { const_cast<char*>(app.c_str()), const_cast<char*>(exportArg.c_str()),
        const_cast<char*>(replayArg.c_str()), nullptr };
    // No window is shown: the page is written offscreen, whatever display there is.
    std::vector<std::string> env { "QT_QPA_PLATFORM=offscreen" };
    for (char** e = environ; *e; ++e)
        if (std::string_view(*e).substr(0, 16) != "QT_QPA_PLATFORM=")
            env.emplace_back(*e);
    std::vector<char*> envp;
    for (std::string& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    const int err = ::posix_spawn(&pid, app.c_str(), nullptr, nullptr, args.data(), envp.data());
    int status = 0;
    if (err != 0)
        return "cannot run " + app + ": " + std::strerror(err);
    if (::waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return app + " could not write the page (see its message above)";
    return {};
}

std::string writeWebPage(const std::string& htmlPath, const std::string& traceJson)
{
    char dir[] = "/tmp/pipescope-html-XXXXXX";
    if (!::mkdtemp(dir))
        return std::string("mkdtemp: ") + std::strerror(errno);
    const std::string json = std::string(dir) + "/trace.json";
    std::string why;
    std::ofstream file(json, std::ios::binary | std::ios::trunc);
    file << traceJson << '\n';
    if (!file.flush()) {
        why = "cannot write the trace to " + json + ": " + std::strerror(errno);
    } else {
        file.close();
        why = writeWebPageFromFile(htmlPath, json);
    }
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    return why;
}

} // namespace pipescope::cli
