// SPDX-License-Identifier: GPL-3.0-or-later
// The Win32 backend under Wine: Popen's Windows branch executed for every redirect combination, checked from the
// child (pipescope-child.exe report) and from the parent. No handle value or pid is asserted: they are Wine's own.
#include "check.h"

#include "popen/plan.h"
#include "win32/cmdline.h"
#include "win32/handletable.h"
#include "win32/namedpipe.h"
#include "win32/winspawn.h"

#include <windows.h>

#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

using namespace pipescope;
using namespace pipescope::win32;

namespace {

std::wstring exeDir()
{
    wchar_t path[MAX_PATH];
    const DWORD n = ::GetModuleFileNameW(nullptr, path, MAX_PATH);
    std::wstring dir(path, n);
    return dir.substr(0, dir.find_last_of(L"\\/") + 1);
}

std::string childExe()
{
    return narrow(exeDir() + L"pipescope-child.exe");
}

// A fresh folder under %TEMP% for this run's files.
const std::wstring& workDir()
{
    static const std::wstring dir = [] {
        wchar_t temp[MAX_PATH];
        ::GetTempPathW(MAX_PATH, temp);
        std::wstring d = std::wstring(temp) + L"pipescope-tst-" + std::to_wstring(::GetCurrentProcessId());
        ::CreateDirectoryW(d.c_str(), nullptr);
        return d + L"\\";
    }();
    return dir;
}

std::string workPath(const std::string& name)
{
    return narrow(workDir()) + name;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(widen(path).c_str(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::string& path, std::string_view data)
{
    std::ofstream(widen(path).c_str(), std::ios::binary | std::ios::trunc) << data;
}

std::string readPipe(HANDLE h)
{
    std::string data;
    char buffer[4096];
    DWORD got = 0;
    while (::ReadFile(h, buffer, sizeof buffer, &got, nullptr) && got > 0)
        data.append(buffer, got);
    return data;
}

// key -> rest of line, from pipescope-child's report.
std::map<std::string, std::string> readReport(const std::string& path)
{
    std::map<std::string, std::string> report;
    std::istringstream in(readFile(path));
    std::string line;
    while (std::getline(in, line)) {
        const auto space = line.find(' ');
        report[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
    }
    return report;
}

// The type word the report gives for a stream ("stdin 0x1c pipe" -> "pipe").
std::string reportedType(const std::map<std::string, std::string>& report, std::string_view stream)
{
    const auto it = report.find(std::string(stream));
    if (it == report.end())
        return "missing";
    return it->second.substr(it->second.find(' ') + 1);
}

// An inheritable handle that must not reach a child through a handle list: the write end of a pipe whose read end
// stays here. Once this process closes its write end, PeekNamedPipe on the read end fails with ERROR_BROKEN_PIPE
// unless another process (the child) still holds an inherited copy.
struct Canary
{
    UniqueHandle read;
    UniqueHandle write;

    Canary()
    {
        SECURITY_ATTRIBUTES sa { .nLength = sizeof(SECURITY_ATTRIBUTES), .bInheritHandle = TRUE };
        HANDLE r = nullptr;
        HANDLE w = nullptr;
        ::CreatePipe(&r, &w, &sa, 0);
        ::SetHandleInformation(r, HANDLE_FLAG_INHERIT, 0);
        read.reset(r);
        write.reset(w);
    }

    bool heldByAnotherProcess()
    {
        write.reset();
        DWORD available = 0;
        return ::PeekNamedPipe(read.get(), nullptr, 0, nullptr, &available, nullptr) != 0;
    }
};

// The plan's step ids with the closing steps reversed: _close_pipe_fds's ExitStack runs them last registered first,
// and the run does what CPython does.
std::vector<std::string> expectedStepIds(const HandlePlan& plan)
{
    std::vector<std::string> ids;
    for (const Step& s : plan.steps)
        ids.push_back(s.id);
    const auto closing = std::ranges::find_if(
        ids, [](const std::string& id) { return id.starts_with("win.closehandle.") || id == "win.closedevnull"; });
    std::reverse(closing, ids.end());
    return ids;
}

// The run's step ids in the order each first appears. A step can make calls later: the CreatePipe originals of the
// child's ends are closed when _get_handles returns (err_close_fds dies), filed under their stream's
// win.inheritable step.
std::vector<std::string> runStepIds(const WinSpawned& run)
{
    std::vector<std::string> ids;
    for (const WinCall& c : run.calls)
        if (std::ranges::find(ids, c.stepId) == ids.end())
            ids.push_back(c.stepId);
    return ids;
}

std::string joined(const std::vector<std::string>& ids)
{
    std::string text;
    for (const std::string& id : ids)
        text += id + " ";
    return text;
}

// Swaps one of this process's standard handles for the test's, and back.
class StdHandleSwap
{
public:
    StdHandleSwap(DWORD which, HANDLE h)
        : m_which(which)
        , m_saved(::GetStdHandle(which))
    {
        ::SetStdHandle(which, h);
    }
    ~StdHandleSwap() { ::SetStdHandle(m_which, m_saved); }
    StdHandleSwap(const StdHandleSwap&) = delete;
    StdHandleSwap& operator=(const StdHandleSwap&) = delete;

private:
    DWORD m_which;
    HANDLE m_saved;
};

// ---- the redirect matrix ----

using Kind = Redirect::Kind;
constexpr Kind kinds[] = { Kind::Inherit, Kind::Pipe, Kind::DevNull, Kind::Fd, Kind::File };
constexpr Kind stderrKinds[] = { Kind::Inherit, Kind::Pipe, Kind::DevNull, Kind::Fd, Kind::File, Kind::Stdout };

std::string kindText(Kind k)
{
    switch (k) {
    case Kind::Inherit:
        return "none";
    case Kind::Pipe:
        return "pipe";
    case Kind::DevNull:
        return "devnull";
    case Kind::Fd:
        return "fd";
    case Kind::File:
        return "file";
    case Kind::Stdout:
        return "stdout";
    }
    return "?";
}

// GetFileType's answer the child must see for a kind: the test's own standard handles are pipes.
std::string expectedType(Kind k)
{
    switch (k) {
    case Kind::Inherit:
    case Kind::Pipe:
        return "pipe";
    case Kind::DevNull:
        return "char";
    case Kind::Fd:
    case Kind::File:
        return "disk";
    case Kind::Stdout:
        break;
    }
    return "?";
}

// One output stream's destination, set up before the run and read after it.
struct Output
{
    Kind kind = Kind::Inherit;
    std::string path; // Fd, File
    int fd = -1; // Fd
    UniqueHandle pipeRead; // Inherit: the test's pipe that stands in for its own standard handle
    UniqueHandle pipeWrite;
    std::optional<StdHandleSwap> swap;

    Redirect setUp(Stream s, const std::string& tag)
    {
        switch (kind) {
        case Kind::Inherit: {
            HANDLE r = nullptr;
            HANDLE w = nullptr;
            ::CreatePipe(&r, &w, nullptr, 0);
            pipeRead.reset(r);
            pipeWrite.reset(w);
            swap.emplace(s == Stream::Stdout ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE, w);
            return Redirect::inherit();
        }
        case Kind::Fd:
            path = workPath(tag + "-" + std::string(streamName(s)) + "-fd.txt");
            fd = ::_wopen(widen(path).c_str(), _O_WRONLY | _O_CREAT | _O_TRUNC | _O_BINARY, _S_IREAD | _S_IWRITE);
            return Redirect::fromFd(fd);
        case Kind::File:
            path = workPath(tag + "-" + std::string(streamName(s)) + "-file.txt");
            return Redirect::file(path);
        case Kind::Pipe:
            return Redirect::pipe();
        case Kind::DevNull:
            return Redirect::devNull();
        case Kind::Stdout:
            return Redirect::stdoutRedirect();
        }
        return {};
    }

    // What reached the destination; nullopt where nothing can be read back (DEVNULL, STDOUT).
    std::optional<std::string> collect(const std::string& piped)
    {
        swap.reset();
        switch (kind) {
        case Kind::Inherit:
            pipeWrite.reset();
            return readPipe(pipeRead.get());
        case Kind::Fd:
            ::_close(fd);
            return readFile(path);
        case Kind::File:
            return readFile(path);
        case Kind::Pipe:
            return piped;
        case Kind::DevNull:
        case Kind::Stdout:
            break;
        }
        return std::nullopt;
    }
};

void runMatrixCase(Kind in, Kind out, Kind err)
{
    const std::string tag = kindText(in) + "-" + kindText(out) + "-" + kindText(err);
    const std::string report = workPath(tag + "-report.txt");
    SpawnSpec spec { .argv = { childExe(), "report", report } };

    // stdin's source and the bytes the child must read from it.
    std::string input;
    UniqueHandle stdinPipeRead;
    std::optional<StdHandleSwap> stdinSwap;
    int stdinFd = -1;
    switch (in) {
    case Kind::Inherit: {
        input = "in-none";
        HANDLE r = nullptr;
        HANDLE w = nullptr;
        ::CreatePipe(&r, &w, nullptr, 0);
        stdinPipeRead.reset(r);
        DWORD wrote = 0;
        ::WriteFile(w, input.data(), static_cast<DWORD>(input.size()), &wrote, nullptr);
        ::CloseHandle(w);
        stdinSwap.emplace(STD_INPUT_HANDLE, r);
        spec.redirect(Stream::Stdin) = Redirect::inherit();
        break;
    }
    case Kind::Pipe:
        input = "in-pipe";
        spec.redirect(Stream::Stdin) = Redirect::pipe();
        break;
    case Kind::DevNull:
        spec.redirect(Stream::Stdin) = Redirect::devNull();
        break;
    case Kind::Fd: {
        input = "in-fd";
        const std::string path = workPath(tag + "-stdin-fd.txt");
        writeFile(path, input);
        stdinFd = ::_wopen(widen(path).c_str(), _O_RDONLY | _O_BINARY);
        spec.redirect(Stream::Stdin) = Redirect::fromFd(stdinFd);
        break;
    }
    case Kind::File: {
        input = "in-file";
        const std::string path = workPath(tag + "-stdin-file.txt");
        writeFile(path, input);
        spec.redirect(Stream::Stdin) = Redirect::file(path);
        break;
    }
    case Kind::Stdout:
        break;
    }

    Output stdoutDest { .kind = out };
    Output stderrDest { .kind = err };
    spec.redirect(Stream::Stdout) = stdoutDest.setUp(Stream::Stdout, tag);
    spec.redirect(Stream::Stderr) = stderrDest.setUp(Stream::Stderr, tag);

    Canary canary;
    auto spawned = spawn(spec);
    if (stdinFd >= 0)
        ::_close(stdinFd);
    REQUIRE(spawned.ok());
    stdinSwap.reset();
    stdinPipeRead.reset();

    // While the child waits for its stdin, nothing but its three handles may have reached it.
    if (in == Kind::Pipe)
        CHECK(!canary.heldByAnotherProcess());
    CHECK(spawned->usedStdHandles);
    CHECK(spawned->inheritHandles);
    CHECK(!spawned->handleList.empty() && spawned->handleList.size() <= 3);
    CHECK_EQ(joined(runStepIds(*spawned)), joined(expectedStepIds(planHandles(spec, Lens::Windows))));
    for (Stream s : allStreams) {
        CHECK(spawned->handles[static_cast<size_t>(childHandle(s))] != 0);
        CHECK_EQ(spawned->handles[static_cast<size_t>(parentHandle(s))] != 0, spec.redirect(s).kind == Kind::Pipe);
    }

    auto done = communicate(*spawned, in == Kind::Pipe ? input : std::string_view {}, std::chrono::seconds(30));
    REQUIRE(done.ok());
    CHECK(!done->timedOut);
    CHECK_EQ(done->exitCode, 0ul);

    const auto r = readReport(report);
    CHECK_EQ(reportedType(r, "stdin"), expectedType(in));
    CHECK_EQ(reportedType(r, "stdout"), expectedType(out));
    CHECK_EQ(reportedType(r, "stderr"), expectedType(err == Kind::Stdout ? out : err));
    CHECK_EQ(r.count("read") ? r.at("read") : "missing", std::to_string(input.size()) + " 0");
    CHECK_EQ(r.count("write-stdout") ? r.at("write-stdout") : "missing", std::string("0"));
    CHECK_EQ(r.count("write-stderr") ? r.at("write-stderr") : "missing", std::string("0"));

    // Each stream's bytes arrive where its redirect points, through the handle the child was given.
    const auto outGot = stdoutDest.collect(done->out);
    const auto errGot = stderrDest.collect(done->err);
    const std::string outExpected = "out:" + input + (err == Kind::Stdout ? "err:" + input : "");
    if (outGot)
        CHECK_EQ(*outGot, outExpected);
    if (errGot)
        CHECK_EQ(*errGot, "err:" + input);
}

const bool g_matrixRegistered = [] {
    // All three None is its own case below (allNoneInheritsNothing): no standard handles are passed at all.
    for (Kind in : kinds)
        for (Kind out : kinds)
            for (Kind err : stderrKinds)
                if (in != Kind::Inherit || out != Kind::Inherit || err != Kind::Inherit)
                    check::addCase(
                        "matrix stdin=" + kindText(in) + " stdout=" + kindText(out) + " stderr=" + kindText(err),
                        [=] { runMatrixCase(in, out, err); });
    return true;
}();

} // namespace

// ---- single cases ----

TEST_CASE(list2cmdlineQuotesAsSubprocessDoes)
{
    const auto cmd = [](std::vector<std::string> args) { return narrow(list2cmdline(args)); };
    // Expected strings: subprocess.list2cmdline of the same lists, run in python3.
    CHECK_EQ(cmd({ "a", "b c" }), std::string(R"(a "b c")"));
    CHECK_EQ(cmd({ "", R"(x"y)" }), std::string(R"("" x\"y)"));
    CHECK_EQ(cmd({ R"(a\\b)", R"(c d\\)" }), std::string(R"(a\\b "c d\\\\")"));
    CHECK_EQ(cmd({ R"(\\"x)" }), std::string(R"(\\\\\"x)"));
    CHECK_EQ(cmd({ "tab\there" }), std::string("\"tab\there\""));
}

TEST_CASE(echoThroughPipesAsInTheNote)
{
    SpawnSpec spec { .argv = { childExe(), "echo" } };
    spec.redirect(Stream::Stdin) = Redirect::pipe();
    spec.redirect(Stream::Stdout) = Redirect::pipe();
    auto spawned = spawn(spec);
    REQUIRE(spawned.ok());
    auto done = communicate(*spawned, "write data:0\r\n", std::chrono::seconds(30));
    REQUIRE(done.ok());
    CHECK_EQ(done->out, std::string(">>>get std in write data:0\r\n"));
    CHECK_EQ(done->exitCode, 0ul);
}

TEST_CASE(withoutHandleListTheCanaryLeaks)
{
    // close_fds=False: STARTF_USESTDHANDLES, no handle list, bInheritHandles=TRUE: every inheritable handle goes.
    // The control for the matrix's canary check: it shows that the check can see a leak.
    SpawnSpec spec { .argv = { childExe(), "cat" }, .closeFds = false };
    spec.redirect(Stream::Stdin) = Redirect::pipe();
    spec.redirect(Stream::Stdout) = Redirect::devNull();
    Canary canary;
    auto spawned = spawn(spec);
    REQUIRE(spawned.ok());
    CHECK(spawned->inheritHandles);
    CHECK(spawned->handleList.empty());
    CHECK(canary.heldByAnotherProcess());
    CHECK_EQ(joined(runStepIds(*spawned)), joined(expectedStepIds(planHandles(spec, Lens::Windows))));
    auto done = communicate(*spawned, {}, std::chrono::seconds(30));
    REQUIRE(done.ok());
    CHECK_EQ(done->exitCode, 0ul);
}

TEST_CASE(allNoneInheritsNothing)
{
    SpawnSpec spec { .argv = { childExe(), "sleep", "20000" } };
    Canary canary;
    auto spawned = spawn(spec);
    REQUIRE(spawned.ok());
    CHECK(!spawned->usedStdHandles);
    CHECK(!spawned->inheritHandles);
    CHECK(spawned->handleList.empty());
    CHECK(!canary.heldByAnotherProcess());
    CHECK_EQ(joined(runStepIds(*spawned)), std::string("win.createprocess "));
    CHECK_EQ(joined(runStepIds(*spawned)), joined(expectedStepIds(planHandles(spec, Lens::Windows))));
    spawned->child.terminateAndWait();
    CHECK(!spawned->child.running());
}

TEST_CASE(missingStandardHandlesGetDummyPipes)
{
    // A parent without standard handles (pythonw.exe, a service): GetStdHandle returns NULL and _get_handles gives
    // the child one end of a pipe whose other end it closed at once.
    const std::string report = workPath("dummy-report.txt");
    SpawnSpec spec { .argv = { childExe(), "report", report } };
    spec.redirect(Stream::Stdout) = Redirect::pipe();
    std::optional<Result<WinSpawned>> spawned;
    {
        const StdHandleSwap noStdin(STD_INPUT_HANDLE, nullptr);
        const StdHandleSwap noStderr(STD_ERROR_HANDLE, nullptr);
        spawned.emplace(spawn(spec));
    }
    REQUIRE(spawned->ok());
    WinSpawned& run = spawned->value();
    CHECK_EQ(joined(runStepIds(run)), joined(expectedStepIds(planHandles(spec, Lens::Windows, false))));
    auto done = communicate(run, {}, std::chrono::seconds(30));
    REQUIRE(done.ok());
    CHECK_EQ(done->out, std::string("out:"));
    const auto r = readReport(report);
    CHECK_EQ(reportedType(r, "stdin"), std::string("pipe"));
    CHECK_EQ(reportedType(r, "stderr"), std::string("pipe"));
    CHECK_EQ(r.count("read") ? r.at("read") : "missing", std::string("0 0")); // the end of the pipe at once
    // Writing into a pipe nobody reads: ERROR_NO_DATA ("The pipe is being closed").
    CHECK_EQ(r.count("write-stderr") ? r.at("write-stderr") : "missing", std::to_string(ERROR_NO_DATA));
}

TEST_CASE(missingProgramIsErrorFileNotFound)
{
    for (const std::string& program : { narrow(exeDir()) + "no-such-program.exe", std::string("no-such-program") }) {
        DWORD before = 0;
        ::GetProcessHandleCount(::GetCurrentProcess(), &before);
        SpawnSpec spec { .argv = { program } };
        spec.redirect(Stream::Stdin) = Redirect::pipe();
        spec.redirect(Stream::Stdout) = Redirect::pipe();
        spec.redirect(Stream::Stderr) = Redirect::devNull();
        {
            auto spawned = spawn(spec);
            REQUIRE(!spawned.ok());
            CHECK(spawned.error().code == ErrorCode::ExecFailed);
            CHECK_EQ(spawned.error().winError, static_cast<unsigned long>(ERROR_FILE_NOT_FOUND));
            CHECK_EQ(spawned.error().call, std::string("CreateProcessW"));
            CHECK_EQ(spawned.error().subject, program);
        }
        DWORD after = 0;
        ::GetProcessHandleCount(::GetCurrentProcess(), &after);
        CHECK_EQ(after, before); // every pipe end, copy and the NUL fd closed again
    }
}

TEST_CASE(fdNotOpenIsReportedForItsStream)
{
    SpawnSpec spec { .argv = { childExe(), "exit", "0" } };
    spec.redirect(Stream::Stdout) = Redirect::fromFd(1234);
    auto spawned = spawn(spec);
    REQUIRE(!spawned.ok());
    CHECK(spawned.error().code == ErrorCode::FdNotOpen);
    CHECK(spawned.error().stream == Stream::Stdout);
}

TEST_CASE(exitCodeComesBack)
{
    SpawnSpec spec { .argv = { childExe(), "exit", "7" } };
    spec.redirect(Stream::Stdout) = Redirect::pipe();
    auto spawned = spawn(spec);
    REQUIRE(spawned.ok());
    auto done = communicate(*spawned, {}, std::chrono::seconds(30));
    REQUIRE(done.ok());
    CHECK_EQ(done->exitCode, 7ul);
}

// Step mode: the child created suspended holds exactly what it inherited before it runs, every close is gone from
// the parent's table when the observer sees it, and ResumeThread comes last.
TEST_CASE(stepModeShowsBothTablesAfterEveryCall)
{
    SpawnSpec spec { .argv = { childExe(), "echo" } };
    spec.redirect(Stream::Stdin) = Redirect::pipe();
    spec.redirect(Stream::Stdout) = Redirect::pipe();
    spec.redirect(Stream::Stderr) = Redirect::stdoutRedirect();
    Canary canary; // inheritable, and kept out by the handle list
    struct Seen
    {
        WinCall call;
        std::vector<HandleEntry> parent;
        std::vector<HandleEntry> child;
        bool childRunningBefore = false;
    };
    std::vector<Seen> seen;
    SpawnObserver observer;
    observer.suspended = true;
    observer.afterCall = [&](const WinCall& call, DWORD childPid) {
        Seen s { .call = call };
        if (auto t = readHandleTable(::GetCurrentProcessId()))
            s.parent = *t;
        if (childPid != 0)
            if (auto t = readHandleTable(childPid))
                s.child = *t;
        seen.push_back(std::move(s));
    };
    auto spawned = spawn(spec, observer);
    REQUIRE(spawned.ok());
    REQUIRE(!seen.empty());
    CHECK_EQ(seen.back().call.call, std::string("ResumeThread"));
    CHECK_EQ(seen.back().call.stepId, std::string("win.resume"));
    // The run's calls are what the observer saw, and apart from the resume they follow the plan.
    CHECK_EQ(seen.size(), spawned->calls.size());
    std::vector<std::string> ids;
    for (const Seen& s : seen)
        if (s.call.stepId != "win.resume" && std::ranges::find(ids, s.call.stepId) == ids.end())
            ids.push_back(s.call.stepId);
    CHECK_EQ(joined(ids), joined(expectedStepIds(planHandles(spec, Lens::Windows))));

    const auto holds = [](const std::vector<HandleEntry>& table, std::uintptr_t value) {
        return std::ranges::find(table, value, &HandleEntry::value) != table.end();
    };
    const auto created
        = std::ranges::find(seen, std::string("CreateProcessW"), [](const Seen& s) { return s.call.call; });
    REQUIRE(created != seen.end());
    CHECK(created->call.suspended);
    CHECK(created->call.inheritHandles);
    // Before CreateProcessW nobody else has a table; right after it the suspended child holds the three inheritable
    // copies (with the same values: inheritance keeps them) and no canary.
    for (auto it = seen.begin(); it != created; ++it)
        CHECK(it->child.empty());
    for (Stream s : allStreams) {
        const std::uintptr_t value = spawned->handles[static_cast<size_t>(childHandle(s))];
        CHECK(holds(created->child, value));
    }
    CHECK(!holds(created->child, handleValue(canary.write.get())));
    size_t childPipes = 0;
    for (const HandleEntry& e : created->child)
        childPipes += e.fileType == FILE_TYPE_PIPE ? 1 : 0;
    CHECK_EQ(childPipes, size_t(3)); // p2cread, c2pwrite and errwrite (its own copy of c2pwrite)
    // Every CloseHandle: the value is in the table before and gone after.
    for (auto it = seen.begin() + 1; it != seen.end(); ++it) {
        if (it->call.call != "CloseHandle")
            continue;
        const std::uintptr_t value = it->call.handles.at(0);
        CHECK(holds(std::prev(it)->parent, value));
        CHECK(!holds(it->parent, value));
    }
    auto done = communicate(*spawned, "write data:0\r\n", std::chrono::seconds(30));
    REQUIRE(done.ok());
    CHECK_EQ(done->out, std::string(">>>get std in write data:0\r\n"));
}

// A run made in step mode and dropped before communicate() leaves no child behind (WinChild's destructor ends it).
TEST_CASE(stepModeChildDroppedIsEnded)
{
    SpawnSpec spec { .argv = { childExe(), "cat" } };
    spec.redirect(Stream::Stdin) = Redirect::pipe();
    SpawnObserver observer;
    observer.suspended = true;
    DWORD pid = 0;
    observer.afterCall = [&](const WinCall&, DWORD childPid) { pid = childPid; };
    HANDLE process = nullptr;
    {
        auto spawned = spawn(spec, observer);
        REQUIRE(spawned.ok());
        REQUIRE(::DuplicateHandle(
            ::GetCurrentProcess(), spawned->child.process(), ::GetCurrentProcess(), &process, SYNCHRONIZE, FALSE, 0));
    }
    CHECK(pid != 0);
    CHECK_EQ(::WaitForSingleObject(process, 5000), static_cast<DWORD>(WAIT_OBJECT_0));
    ::CloseHandle(process);
}

// Named pipes, Windows side: instances, many clients, duplex.
TEST_CASE(namedPipeThreeInstancesFourthRefusedThreeClientsDuplex)
{
    auto run = runInstances(childExe(), 3, 3);
    REQUIRE(run.ok());
    CHECK_EQ(run->created, 3);
    CHECK_EQ(run->beyondLimitError, static_cast<DWORD>(ERROR_PIPE_BUSY)); // a 4th instance
    CHECK_EQ(run->busyOpenError, static_cast<DWORD>(ERROR_PIPE_BUSY)); // a 4th client, every instance taken
    CHECK_EQ(run->busyWaitError, static_cast<DWORD>(ERROR_SEM_TIMEOUT)); // WaitNamedPipe gave up
    REQUIRE(run->clientOutputs.size() == 3);
    for (size_t c = 0; c < 3; ++c) {
        CHECK_EQ(run->clientExitCodes[c], 0ul);
        const std::string request = "hello from client " + std::to_string(c + 1);
        // Each client read, on the handle it wrote to, the answer of the instance that served it, naming its pid.
        CHECK(run->clientOutputs[c].ends_with(": " + request));
        const auto instance = std::ranges::find(run->requests, request);
        REQUIRE(instance != run->requests.end());
        const size_t i = static_cast<size_t>(instance - run->requests.begin());
        CHECK_EQ(run->clientPids[i], run->spawnedPids[c]);
        CHECK_EQ(run->clientOutputs[c],
            "instance " + std::to_string(i) + " to pid " + std::to_string(run->spawnedPids[c]) + ": " + request);
    }
    // Three clients, three instances: each served one, with pids of three different processes.
    std::vector<DWORD> pids = run->clientPids;
    std::ranges::sort(pids);
    CHECK(std::ranges::adjacent_find(pids) == pids.end());
}

TEST_CASE(namedPipeMessageModeKeepsBoundariesByteModeDoesNot)
{
    auto message = runMessages(true, { 200, 50 }, 64);
    REQUIRE(message.ok());
    std::string pattern;
    for (const PipeCall& r : message->reads)
        pattern += std::to_string(r.bytes) + (r.ok ? "" : r.error == ERROR_MORE_DATA ? "+more" : "+error") + " ";
    // 200 bytes through a 64-byte buffer: three reads say ERROR_MORE_DATA, the fourth ends the message; the next
    // message comes on its own.
    CHECK_EQ(pattern, std::string("64+more 64+more 64+more 8 50 "));
    auto bytes = runMessages(false, { 200, 50 }, 64);
    REQUIRE(bytes.ok());
    std::string bytePattern;
    DWORD total = 0;
    for (const PipeCall& r : bytes->reads) {
        CHECK(r.ok);
        bytePattern += std::to_string(r.bytes) + " ";
        total += r.bytes;
    }
    CHECK_EQ(total, 250ul);
    // No read stops at the 200th byte: the first message's end is not kept.
    DWORD at = 0;
    bool boundary = false;
    for (const PipeCall& r : bytes->reads) {
        at += r.bytes;
        boundary = boundary || at == 200;
    }
    CHECK(!boundary);
    std::printf("    message mode reads: %s| byte mode reads: %s\n", pattern.c_str(), bytePattern.c_str());
}

TEST_CASE(namedPipeSecurityDescriptorIsStoredWineDoesNotEnforceIt)
{
    // Only SYSTEM may use the pipe (protected DACL): Windows refuses this user with ERROR_ACCESS_DENIED.
    auto run = runSecurity("D:P(A;;GA;;;SY)");
    REQUIRE(run.ok());
    CHECK_EQ(run->readBack, std::string("D:P(A;;GA;;;SY)"));
    if (!wineVersion().empty()) {
        CHECK(run->opened); // Wine stores the DACL and does not check it
    } else {
        CHECK(!run->opened);
        CHECK_EQ(run->openError, static_cast<DWORD>(ERROR_ACCESS_DENIED));
    }
    std::printf("    %s: opened %s, error %lu\n", wineVersion().empty() ? "Windows" : wineVersion().c_str(),
        run->opened ? "yes" : "no", run->openError);
}

TEST_CASE(namedPipeRemoteNameFailsUnderWine)
{
    const RemoteRun run = runRemote("pipescope-no-such-host");
    CHECK(!run.opened);
    CHECK(run.error == ERROR_PATH_NOT_FOUND || run.error == ERROR_BAD_NETPATH || run.error == ERROR_BAD_NET_NAME);
    std::printf("    %s: error %lu\n", run.path.c_str(), run.error);
}

TEST_CASE(handleTableShowsInheritBitAndType)
{
    Canary canary;
    auto table = readHandleTable(::GetCurrentProcessId());
    REQUIRE(table.ok());
    const auto find = [&](HANDLE h) { return std::ranges::find(*table, handleValue(h), &HandleEntry::value); };
    const auto write = find(canary.write.get());
    const auto read = find(canary.read.get());
    REQUIRE(write != table->end());
    REQUIRE(read != table->end());
    CHECK(write->inherit);
    CHECK(!read->inherit);
    CHECK_EQ(write->type, std::string("File"));
    CHECK_EQ(write->fileType, static_cast<DWORD>(FILE_TYPE_PIPE));
    std::printf("    own table: %zu handles; canary object %s\n", table->size(), write->object ? "known" : "hidden");
}

int wmain(int argc, wchar_t** argv)
{
    const std::string filter = argc > 1 ? narrow(argv[1]) : std::string();
    return check::runAll(filter);
}
