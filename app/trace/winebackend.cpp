// SPDX-License-Identifier: GPL-3.0-or-later
#include "winebackend.h"

#include "htmlpage.h"

#include "base/uniquefd.h"
#include "popen/process.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <system_error>

namespace pipescope::cli {

namespace fs = std::filesystem;

namespace {

constexpr int exitTimeout = 124;
constexpr int exitMissing = 127;

std::string env(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

fs::path selfDir()
{
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : self.parent_path();
}

// A program in PATH, as the shell finds it; empty when there is none.
std::string inPath(const std::string& name)
{
    const std::string path = env("PATH");
    size_t start = 0;
    while (start <= path.size()) {
        const size_t end = std::min(path.find(':', start), path.size());
        const fs::path candidate = fs::path(path.substr(start, end - start)) / name;
        if (end > start && ::access(candidate.c_str(), X_OK) == 0)
            return candidate.string();
        start = end + 1;
    }
    return {};
}

fs::path prefixDir()
{
    if (const std::string given = env("PIPESCOPE_WINEPREFIX"); !given.empty())
        return given;
    const std::string cache = env("XDG_CACHE_HOME");
    return (cache.empty() ? fs::path(env("HOME")) / ".cache" : fs::path(cache)) / "pipescope" / "wine";
}

// Runs argv with stdin from /dev/null and stdout/stderr into the given files (/dev/null when empty); its exit status,
// or 124 when it did not end within timeout (then it and what it started were killed and reaped).
int runTo(const std::vector<std::string>& argv, std::chrono::milliseconds timeout, const std::string& out = {},
    const std::string& err = {})
{
    SpawnSpec spec;
    spec.argv = argv;
    spec.redirect(Stream::Stdin) = Redirect::devNull();
    spec.redirect(Stream::Stdout) = out.empty() ? Redirect::devNull() : Redirect::file(out);
    spec.redirect(Stream::Stderr) = err.empty() ? Redirect::devNull() : Redirect::file(err);
    auto spawned = spawn(spec);
    if (!spawned)
        return exitMissing;
    CommunicateOptions options;
    options.timeout = timeout;
    auto result = communicate(*spawned, options);
    if (!result)
        return 1;
    return result->timedOut ? exitTimeout : result->exit.shellStatus();
}

void copyFile(const fs::path& from, std::ostream& to)
{
    std::ifstream in(from, std::ios::binary);
    to << in.rdbuf();
    to.flush();
}

// A temporary file removed when this goes.
class TempFile
{
public:
    TempFile()
    {
        std::string name = (fs::temp_directory_path() / "pipescope-wine-XXXXXX").string();
        const int fd = ::mkstemp(name.data());
        if (fd >= 0) {
            ::close(fd);
            m_path = name;
        }
    }
    ~TempFile()
    {
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

// Wine's service processes inherit the streams of the call that starts them and outlive it, so the server and
// services are started here with every stream on /dev/null, before the program whose output is captured. The
// prefix is made once (wineboot -i, ~10 s); a lock beside it lets parallel callers (and scripts/wine-run, which
// uses the same prefix and lock) wait for one another.
bool prepare(const std::string& wine, const std::string& wineserver, std::ostream& log)
{
    const fs::path prefix = prefixDir();
    std::error_code ec;
    fs::create_directories(prefix.parent_path(), ec);
    const UniqueFd lock(::open((prefix.string() + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
    if (lock.valid())
        ::flock(lock.get(), LOCK_EX);
    using namespace std::chrono_literals;
    if (!fs::exists(prefix / "system.reg")) {
        log << "pipescope-trace: creating the Wine prefix " << prefix.string() << " (once, about 10 s)" << std::endl;
        // wineboot is a script around `wine wineboot.exe`; Wine itself runs it where the script is not installed.
        const std::string wineboot = inPath("wineboot");
        const std::vector<std::string> boot = wineboot.empty() ? std::vector<std::string> { wine, "wineboot.exe", "-i" }
                                                               : std::vector<std::string> { wineboot, "-i" };
        if (runTo(boot, 180s) != 0) {
            log << "pipescope-trace: wineboot -i could not make the Wine prefix " << prefix.string() << '\n';
            return false;
        }
        runTo({ wineserver, "-w" }, 60s);
    }
    // The server stays a minute after its last client, so that the next calls are warm (0.1-0.2 s).
    runTo({ wineserver, "-p60" }, 30s);
    runTo({ wine, "cmd.exe", "/c", "exit", "0" }, 60s);
    return true;
}

} // namespace

std::optional<fs::path> findWindowsBuild()
{
    std::vector<fs::path> candidates;
    if (const std::string given = env("PIPESCOPE_WINDOWS_BUILD"); !given.empty())
        candidates.emplace_back(given);
    if (const fs::path dir = selfDir(); !dir.empty()) {
        candidates.push_back(dir.parent_path().parent_path().parent_path() / "win64" / "bin");
        candidates.push_back(dir.parent_path() / "lib" / "pipescope" / "windows");
    }
    for (const fs::path& dir : candidates) {
        std::error_code ec;
        if (fs::is_regular_file(dir / "pipescope-trace.exe", ec))
            return fs::weakly_canonical(dir, ec);
    }
    return std::nullopt;
}

std::string windowsPath(const fs::path& linuxPath)
{
    std::error_code ec;
    std::string path = fs::absolute(linuxPath, ec).lexically_normal().string();
    for (char& c : path)
        if (c == '/')
            c = '\\';
    return "Z:" + path;
}

std::vector<std::string> windowsArguments(const TraceOptions& o)
{
    std::vector<std::string> args;
    for (Stream s : allStreams) {
        const Redirect& r = o.spec.redirect(s);
        std::string text = toText(r);
        if (r.kind == Redirect::Kind::File)
            text = toText(Redirect::file(windowsPath(r.path), r.append));
        args.push_back("--" + std::string(streamName(s)) + "=" + text);
    }
    if (o.input)
        args.push_back("--input=" + *o.input);
    if (o.inputFile)
        args.push_back("--input-file=" + windowsPath(*o.inputFile));
    if (o.step)
        args.emplace_back("--step");
    if (!o.jsonPath.empty())
        args.push_back("--json=" + windowsPath(o.jsonPath));
    if (o.timeoutSeconds)
        args.push_back("--timeout=" + std::to_string(*o.timeoutSeconds));
    args.emplace_back("--");
    for (size_t i = 0; i < o.spec.argv.size(); ++i) {
        const std::string& a = o.spec.argv[i];
        // A program given by a Linux path (./x.exe, /opt/x.exe) is named as Wine sees it; a bare name is found the
        // Windows way (the parent's folder first, so pipescope-child finds pipescope-child.exe).
        args.push_back(i == 0 && a.find('/') != std::string::npos ? windowsPath(a) : a);
    }
    return args;
}

namespace {

// pipescope-trace.exe with these arguments under Wine, in PipeScope's prefix; its output passed on.
int runWindowsTrace(const std::vector<std::string>& args, std::chrono::milliseconds limit, std::ostream& log)
{
    const std::string wine = inPath("wine");
    const std::string wineserver = inPath("wineserver");
    if (wine.empty() || wineserver.empty()) {
        log << "pipescope-trace: --backend=wine: Wine is not installed (Debian: apt-get install wine64 wine; "
               "scripts/setup installs it)\n";
        return exitMissing;
    }
    const auto build = findWindowsBuild();
    if (!build) {
        log << "pipescope-trace: --backend=wine: the Windows build is missing: cmake --preset win64 && cmake "
               "--build --preset win64 (or set PIPESCOPE_WINDOWS_BUILD to the folder of pipescope-trace.exe)\n";
        return exitMissing;
    }
    ::setenv("WINEPREFIX", prefixDir().c_str(), 1);
    ::setenv("WINEDEBUG", "-all", 1); // Wine's own diagnostics stay out of the program's stderr
    ::setenv("WINEDLLOVERRIDES", "winedbg.exe=d", 1); // a crash exits non-zero instead of being reported as 0
    ::setenv("WINEARCH", "win64", 1);
    if (!prepare(wine, wineserver, log))
        return 1;

    std::vector<std::string> argv { wine, (*build / "pipescope-trace.exe").string() };
    argv.insert(argv.end(), args.begin(), args.end());
    // Through files, not pipes: a Wine helper started during the run (conhost for a console child) would inherit a
    // pipe and keep it open after the program ended.
    const TempFile out;
    const TempFile err;
    if (out.path().empty() || err.path().empty()) {
        log << "pipescope-trace: --backend=wine: cannot make a temporary file\n";
        return 1;
    }
    const int status = runTo(argv, limit, out.path(), err.path());
    copyFile(out.path(), std::cout);
    copyFile(err.path(), log);
    if (status == exitTimeout)
        log << "pipescope-trace: --backend=wine: Wine did not finish within " << limit.count() / 1000
            << " s; it was stopped\n";
    return status;
}

} // namespace

int runOnWine(const TraceOptions& o, std::ostream& log)
{
    using namespace std::chrono;
    const auto limit = duration_cast<milliseconds>(duration<double>(o.timeoutSeconds.value_or(240.0) + 60.0));
    if (o.htmlPath.empty())
        return runWindowsTrace(windowsArguments(o), limit, log);

    // --html: the page is made from the run's JSON (by the application, as for a native trace), in a folder of our
    // own unless --json keeps it.
    TraceOptions withJson = o;
    std::string scratch;
    if (withJson.jsonPath.empty()) {
        char dir[] = "/tmp/pipescope-wine-html-XXXXXX";
        if (!::mkdtemp(dir)) {
            log << "pipescope-trace: --html: mkdtemp: " << std::strerror(errno) << '\n';
            return 1;
        }
        scratch = dir;
        withJson.jsonPath = scratch + "/run.json";
    }
    const int status = runWindowsTrace(windowsArguments(withJson), limit, log);
    std::error_code noSize;
    int result = status;
    if (fs::file_size(withJson.jsonPath, noSize) == 0 || noSize) {
        log << "pipescope-trace: --html: the Windows run left no JSON to make the page from\n";
        result = status != 0 ? status : 1;
    } else if (const std::string why = writeWebPageFromFile(o.htmlPath, withJson.jsonPath); !why.empty()) {
        log << "pipescope-trace: --html: " << why << '\n';
        result = 1;
    } else {
        log << "page: " << o.htmlPath << " replays the Windows run in any browser\n";
    }
    if (!scratch.empty()) {
        std::error_code ignored;
        fs::remove_all(scratch, ignored);
    }
    return result;
}

int runNamedPipeOnWine(const NamedPipeOptions& o, std::ostream& log)
{
    std::vector<std::string> args { "namedpipe" };
    if (!o.jsonPath.empty())
        args.push_back("--json=" + windowsPath(o.jsonPath));
    using namespace std::chrono_literals;
    return runWindowsTrace(args, 120s, log);
}

} // namespace pipescope::cli
