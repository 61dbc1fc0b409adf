// SPDX-License-Identifier: GPL-3.0-or-later
// pipescope-trace.exe: Popen's Windows branch executed for one configuration, printing every Win32 call with its
// HANDLE values. With --step the child is created suspended and both processes' handle tables are read after every
// call. The same contract as pipescope-trace on Linux for what it shares (redirect text forms, --input, --json, exit
// status); run under Wine on Linux by `pipescope-trace --backend=wine`.
#include "base/stream.h"
#include "popen/plan.h"
#include "popen/redirect.h"
#include "popen/spawnspec.h"
#include "win32/handletable.h"
#include "win32/namedpipe.h"
#include "win32/uniquehandle.h"
#include "win32/winspawn.h"

#include <nlohmann/json.hpp>

#include <windows.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace pipescope;
using namespace pipescope::win32;
using nlohmann::json;

namespace {

constexpr int exitUsage = 2;
constexpr int exitTimeout = 124;
constexpr int traceFormatVersion = 1;

struct Options
{
    SpawnSpec spec;
    std::string input;
    bool step = false;
    std::string jsonPath;
    std::optional<double> timeoutSeconds;
};

int fail(const std::string& message, int status)
{
    std::cerr << "pipescope-trace: " << message << '\n';
    return status;
}

std::string hex(std::uintptr_t value)
{
    char text[32];
    std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(value));
    return text;
}

std::string narrowArg(std::wstring_view w)
{
    if (w.empty())
        return {};
    const int n = ::WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<size_t>(n), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), out.data(), n, nullptr, nullptr);
    return out;
}

const char* usageText
    = "usage: pipescope-trace [--stdin=R] [--stdout=R] [--stderr=R] [--input=TEXT | --input-file=PATH]\n"
      "                       [--step] [--json=PATH] [--timeout=SECONDS] -- PROGRAM [ARGS...]\n"
      "       pipescope-trace namedpipe [--json=PATH]\n"
      "R: none, pipe, devnull, fd:N, file:PATH[:append], stdout (stderr only)\n";

// The command line, checked; a usage problem as its one-line reason.
std::optional<std::string> parse(const std::vector<std::string>& args, Options& options)
{
    size_t i = 0;
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") {
            ++i;
            break;
        }
        const auto eq = a.find('=');
        const std::string key = a.substr(0, eq);
        const std::string value = eq == std::string::npos ? std::string() : a.substr(eq + 1);
        const bool hasValue = eq != std::string::npos;
        if (key == "--stdin" || key == "--stdout" || key == "--stderr") {
            const Stream s = key == "--stdin" ? Stream::Stdin : key == "--stdout" ? Stream::Stdout : Stream::Stderr;
            auto r = parseRedirect(s, value);
            if (!r)
                return key + ": not a redirect: '" + value + "' (none, pipe, devnull, fd:N, file:PATH, stdout)";
            options.spec.redirect(s) = *r;
        } else if (key == "--input" && hasValue) {
            options.input = value;
        } else if (key == "--input-file" && hasValue) {
            std::ifstream in(value, std::ios::binary);
            if (!in)
                return "--input-file: cannot read " + value;
            std::ostringstream data;
            data << in.rdbuf();
            options.input = std::move(data).str();
        } else if (key == "--step" && !hasValue) {
            options.step = true;
        } else if (key == "--json" && hasValue && !value.empty()) {
            options.jsonPath = value;
        } else if (key == "--timeout" && hasValue) {
            char* end = nullptr;
            const double seconds = std::strtod(value.c_str(), &end);
            if (end == value.c_str() || *end != '\0' || !(seconds > 0))
                return "--timeout: not a positive number of seconds: '" + value + "'";
            options.timeoutSeconds = seconds;
        } else {
            return "unknown option: " + a;
        }
    }
    options.spec.argv.assign(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
    if (options.spec.argv.empty())
        return "no program given (put it after --)";
    return std::nullopt;
}

// What this program runs on: "Wine 8.0" (ntdll's wine_get_version), or "Windows 10.0.19045".
std::string platformName()
{
    if (std::string wine = wineVersion(); !wine.empty())
        return wine;
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOW*);
    OSVERSIONINFOW info { .dwOSVersionInfoSize = sizeof(OSVERSIONINFOW) };
    if (const auto get
        = reinterpret_cast<RtlGetVersionFn>(reinterpret_cast<void*>(::GetProcAddress(ntdll, "RtlGetVersion"))))
        get(&info);
    return "Windows " + std::to_string(info.dwMajorVersion) + "." + std::to_string(info.dwMinorVersion) + "."
        + std::to_string(info.dwBuildNumber);
}

// The Win32 error's code, name where known, and the system's message for it.
json winErrorJson(DWORD code)
{
    wchar_t* text = nullptr;
    ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::string message = text ? narrowArg(text) : std::string();
    ::LocalFree(text);
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r' || message.back() == ' '))
        message.pop_back();
    static const std::map<DWORD, std::string_view> names { { ERROR_FILE_NOT_FOUND, "ERROR_FILE_NOT_FOUND" },
        { ERROR_PATH_NOT_FOUND, "ERROR_PATH_NOT_FOUND" }, { ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED" },
        { ERROR_INVALID_HANDLE, "ERROR_INVALID_HANDLE" }, { ERROR_BAD_EXE_FORMAT, "ERROR_BAD_EXE_FORMAT" },
        { ERROR_BROKEN_PIPE, "ERROR_BROKEN_PIPE" }, { ERROR_NO_DATA, "ERROR_NO_DATA" },
        { ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER" }, { ERROR_PIPE_BUSY, "ERROR_PIPE_BUSY" },
        { ERROR_SEM_TIMEOUT, "ERROR_SEM_TIMEOUT" }, { ERROR_MORE_DATA, "ERROR_MORE_DATA" },
        { ERROR_BAD_NETPATH, "ERROR_BAD_NETPATH" }, { ERROR_BAD_NET_NAME, "ERROR_BAD_NET_NAME" },
        { ERROR_PIPE_CONNECTED, "ERROR_PIPE_CONNECTED" }, { ERROR_SUCCESS, "ERROR_SUCCESS" } };
    const auto name = names.find(code);
    return { { "code", code }, { "name", name == names.end() ? "" : std::string(name->second) },
        { "message", message } };
}

std::string_view fileTypeName(DWORD type)
{
    switch (type) {
    case FILE_TYPE_DISK:
        return "disk";
    case FILE_TYPE_CHAR:
        return "char";
    case FILE_TYPE_PIPE:
        return "pipe";
    default:
        return "";
    }
}

// What the run knows a handle value as, in the parent and (for inherited copies, which keep their values) in the
// child: a role (Popen's name, one end of a pipe, a standard handle, the child's process or thread) and its stream.
struct HandleRole
{
    std::string role; // p2cread ... errwrite, pipe_read, pipe_write, dummy_read, dummy_write, std, process, thread
    std::string stream;
    std::uintptr_t copyOf = 0; // DuplicateHandle's source, for the inheritable copies
};

class HandleNames
{
public:
    void learn(const WinCall& call)
    {
        const std::string stream = call.stream ? std::string(streamName(*call.stream)) : std::string();
        if (call.call == "CreatePipe" && call.handles.size() == 2 && call.stream) {
            const bool dummy = call.stepId.starts_with("win.dummypipe.");
            m_roles[call.handles[0]] = { dummy ? "dummy_read" : "pipe_read", stream };
            m_roles[call.handles[1]] = { dummy ? "dummy_write" : "pipe_write", stream };
            if (!dummy)
                m_roles[call.handles[*call.stream == Stream::Stdin ? 1 : 0]]
                    = { std::string(handleName(parentHandle(*call.stream))), stream };
        } else if (call.call == "DuplicateHandle" && call.handles.size() == 2 && call.stream) {
            m_roles[call.handles[1]] = { std::string(handleName(childHandle(*call.stream))), stream, call.handles[0] };
        } else if (call.call == "CreateProcessW" && call.handles.size() == 2) {
            m_roles[call.handles[0]] = { "process", {} };
            m_roles[call.handles[1]] = { "thread", {} };
        }
    }
    // The parent's own standard handles, before anything ran.
    void learnStdHandles()
    {
        for (Stream s : allStreams) {
            const HANDLE h = ::GetStdHandle(s == Stream::Stdin ? STD_INPUT_HANDLE
                    : s == Stream::Stdout                      ? STD_OUTPUT_HANDLE
                                                               : STD_ERROR_HANDLE);
            if (h != nullptr && h != INVALID_HANDLE_VALUE)
                m_roles.try_emplace(handleValue(h), HandleRole { "std", std::string(streamName(s)) });
        }
    }
    // The role of an entry of the parent's table (parentTable null), or of the child's: there only a handle the
    // child inherited has one: an inherited handle keeps its value, access and inherit bit, so it is found as the
    // same inheritable handle in parentTable, the parent's table when CreateProcessW made the child.
    const HandleRole* role(const HandleEntry& e, const std::vector<HandleEntry>* parentTable) const
    {
        if (parentTable) {
            const auto parent = std::ranges::find(*parentTable, e.value, &HandleEntry::value);
            if (!e.inherit || parent == parentTable->end() || !parent->inherit || parent->type != e.type
                || parent->fileType != e.fileType || parent->access != e.access)
                return nullptr;
        }
        const auto it = m_roles.find(e.value);
        if (it != m_roles.end())
            return &it->second;
        static const HandleRole inherited { "inherited", {} };
        return parentTable ? &inherited : nullptr;
    }
    // For the terminal: "p2cwrite (stdin pipe, write end)", "stdin pipe, read end", "the parent's stderr".
    static std::string name(const HandleRole* r)
    {
        if (!r)
            return {};
        if (r->role == "inherited")
            return "inherited";
        if (r->role == "std")
            return "the parent's " + r->stream;
        if (r->role == "process" || r->role == "thread")
            return "the child's " + std::string(r->role == "process" ? "process" : "main thread");
        if (r->role == "pipe_read" || r->role == "pipe_write" || r->role == "dummy_read" || r->role == "dummy_write")
            return r->stream + (r->role.starts_with("dummy") ? " dummy pipe, " : " pipe, ")
                + (r->role.ends_with("read") ? "read end" : "write end");
        if (r->copyOf)
            return r->role + " (inheritable copy of " + hex(r->copyOf) + ")";
        const bool writeEnd = r->stream == "stdin";
        return r->role + " (" + r->stream + " pipe, " + (writeEnd ? "write end" : "read end") + ")";
    }

private:
    std::map<std::uintptr_t, HandleRole> m_roles;
};

std::string describeCall(const WinCall& call)
{
    const auto& h = call.handles;
    const auto at = [&](size_t i) { return i < h.size() ? hex(h[i]) : std::string("?"); };
    const std::string stream = call.stream ? std::string(streamName(*call.stream)) : std::string();
    if (call.call == "CreatePipe")
        return "CreatePipe(&hRead, &hWrite, NULL, 0) -> read end " + at(0) + ", write end " + at(1);
    if (call.call == "DuplicateHandle")
        return "DuplicateHandle(self, " + at(0) + ", self, &h, 0, bInheritHandle=TRUE, DUPLICATE_SAME_ACCESS) -> "
            + at(1) + " (inheritable)";
    if (call.call == "GetStdHandle") {
        const char* id = stream == "stdin" ? "STD_INPUT_HANDLE"
            : stream == "stdout"           ? "STD_OUTPUT_HANDLE"
                                           : "STD_ERROR_HANDLE";
        return std::string("GetStdHandle(") + id + ") -> " + (h.empty() || h[0] == 0 ? "NULL" : at(0));
    }
    if (call.call == "_get_osfhandle")
        return "_get_osfhandle(fd) -> " + at(0);
    if (call.call == "_wopen")
        return call.stepId.starts_with("win.devnull.") ? "_wopen(\"nul\", O_RDWR | O_NOINHERIT)"
                                                       : "_wopen(path, O_NOINHERIT)";
    if (call.call == "CloseHandle")
        return "CloseHandle(" + at(0) + ")";
    if (call.call == "_close")
        return "_close(devnull fd)";
    if (call.call == "errwrite = c2pwrite")
        return "errwrite = c2pwrite (" + at(0) + ")";
    if (call.call == "STARTUPINFO")
        return "STARTUPINFO: dwFlags = STARTF_USESTDHANDLES, hStdInput " + at(0) + ", hStdOutput " + at(1)
            + ", hStdError " + at(2);
    if (call.call == "UpdateProcThreadAttribute") {
        std::string list;
        for (std::uintptr_t v : h)
            list += (list.empty() ? "" : ", ") + hex(v);
        return "UpdateProcThreadAttribute(PROC_THREAD_ATTRIBUTE_HANDLE_LIST, {" + list + "})";
    }
    if (call.call == "CreateProcessW") {
        return "CreateProcessW(NULL, command line, bInheritHandles="
            + std::string(call.inheritHandles ? "TRUE" : "FALSE") + (call.suspended ? ", CREATE_SUSPENDED" : "")
            + ") -> hProcess " + at(0) + ", hThread " + at(1);
    }
    if (call.call == "ResumeThread")
        return "ResumeThread(" + at(0) + ")";
    return call.call;
}

json handleTableJson(
    const std::vector<HandleEntry>& table, const HandleNames& names, const std::vector<HandleEntry>* parentTable)
{
    json out = json::array();
    for (const HandleEntry& e : table) {
        json entry { { "handle", hex(e.value) }, { "type", e.type }, { "inherit", e.inherit },
            { "access", hex(e.access) } };
        if (const std::string_view ft = fileTypeName(e.fileType); !ft.empty())
            entry["file_type"] = ft;
        if (const HandleRole* r = names.role(e, parentTable)) {
            entry["role"] = r->role;
            if (!r->stream.empty())
                entry["stream"] = r->stream;
            if (r->copyOf)
                entry["copy_of"] = hex(r->copyOf);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

// Files (pipes, consoles, disk files) first: they are what the lesson is about; the rest counted by type.
void printHandleTable(std::ostream& out, const std::string& title, const std::vector<HandleEntry>& table,
    const HandleNames& names, const std::vector<HandleEntry>* parentTable, std::vector<HandleEntry>* previous)
{
    const auto same = [](const HandleEntry& a, const HandleEntry& b) {
        return a.value == b.value && a.type == b.type && a.inherit == b.inherit && a.fileType == b.fileType;
    };
    if (previous && std::ranges::equal(*previous, table, same)) {
        out << "    " << title << ": unchanged\n";
        return;
    }
    if (previous)
        *previous = table;
    out << "    " << title << ":\n";
    std::map<std::string, int> others;
    for (const HandleEntry& e : table) {
        if (e.type != "File") {
            ++others[e.type.empty() ? std::string("?") : e.type];
            continue;
        }
        const std::string name = HandleNames::name(names.role(e, parentTable));
        out << "      " << hex(e.value) << "  " << fileTypeName(e.fileType) << (e.inherit ? "  inherit" : "")
            << (name.empty() ? "" : "  " + name) << '\n';
    }
    if (!others.empty()) {
        out << "      +";
        for (const auto& [type, n] : others)
            out << ' ' << n << ' ' << type;
        out << '\n';
    }
}

// The child's standard handles as its PEB holds them (RTL_USER_PROCESS_PARAMETERS StandardInput/Output/Error): what
// GetStdHandle returns in the child.
std::optional<std::array<std::uintptr_t, 3>> childStdHandles(HANDLE process)
{
    struct BasicInformation
    {
        LONG exitStatus;
        void* pebBaseAddress;
        ULONG_PTR affinityMask;
        LONG basePriority;
        ULONG_PTR uniqueProcessId;
        ULONG_PTR inheritedFromUniqueProcessId;
    };
    using QueryFn = LONG(WINAPI*)(HANDLE, ULONG, PVOID, ULONG, PULONG);
    const auto query = reinterpret_cast<QueryFn>(
        reinterpret_cast<void*>(::GetProcAddress(::GetModuleHandleW(L"ntdll.dll"), "NtQueryInformationProcess")));
    BasicInformation info {};
    if (!query || query(process, 0 /* ProcessBasicInformation */, &info, sizeof info, nullptr) != 0)
        return std::nullopt;
    // x86-64: PEB.ProcessParameters at 0x20; StandardInput, StandardOutput, StandardError at 0x20, 0x28, 0x30.
    std::uintptr_t parameters = 0;
    SIZE_T got = 0;
    if (!::ReadProcessMemory(
            process, static_cast<const char*>(info.pebBaseAddress) + 0x20, &parameters, sizeof parameters, &got)
        || parameters == 0)
        return std::nullopt;
    std::array<std::uintptr_t, 3> handles {};
    if (!::ReadProcessMemory(
            process, reinterpret_cast<const void*>(parameters + 0x20), handles.data(), sizeof handles, &got))
        return std::nullopt;
    return handles;
}

std::string escaped(std::string_view data, size_t limit = 400)
{
    std::string out = "\"";
    for (size_t i = 0; i < data.size() && i < limit; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c == '"' || c == '\\')
            out += std::string("\\") + static_cast<char>(c);
        else if (c < 0x20 || c == 0x7f) {
            char hexText[8];
            std::snprintf(hexText, sizeof hexText, "\\x%02x", c);
            out += hexText;
        } else
            out += static_cast<char>(c);
    }
    out += data.size() > limit ? "\"..." : "\"";
    return out;
}

int exitStatusFor(DWORD winError)
{
    switch (winError) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
        return 127;
    case ERROR_ACCESS_DENIED:
    case ERROR_BAD_EXE_FORMAT:
        return 126;
    default:
        return 1;
    }
}

bool writeJson(const std::string& path, const json& trace)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << trace.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    return static_cast<bool>(out.flush());
}

int run(const Options& options)
{
    std::ostream& out = std::cerr;
    const std::string platform = platformName();
    out << "pipescope-trace: Popen's Windows branch (Lib/subprocess.py, _get_handles + _execute_child), executed on "
        << platform << '\n';
    json trace { { "format", "pipescope-win32-run" }, { "version", traceFormatVersion }, { "platform", platform },
        { "step_mode", options.step } };
    json spec { { "argv", options.spec.argv } };
    for (Stream s : allStreams)
        spec[std::string(streamName(s))] = toText(options.spec.redirect(s));
    spec["close_fds"] = options.spec.closeFds;
    trace["spec"] = spec;

    const DWORD self = ::GetCurrentProcessId();
    HandleNames names;
    names.learnStdHandles();
    // PipeScope's own safety, not a step of Popen's: the child goes into a job that ends it when this program ends,
    // however it ends (killed by a Cancel, say). Without it the child would outlive a killed parent, as on Windows.
    UniqueHandle job(::CreateJobObjectW(nullptr, nullptr));
    if (job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        ::SetInformationJobObject(job.get(), JobObjectExtendedLimitInformation, &limits, sizeof limits);
    }
    if (options.step) {
        if (auto table = readHandleTable(self))
            trace["parent_table_before"] = handleTableJson(*table, names, nullptr);
    }
    json steps = json::array();
    std::optional<std::array<std::uintptr_t, 3>> childStd;
    std::vector<HandleEntry> parentShown; // the tables last printed: an unchanged one is not printed again
    std::vector<HandleEntry> childShown;
    std::vector<HandleEntry> parentAtCreate; // what the child could inherit from
    SpawnObserver observer;
    observer.suspended = options.step;
    observer.afterCall = [&](const WinCall& call, DWORD childPid) {
        names.learn(call);
        json step { { "step", call.stepId }, { "call", call.call }, { "text", describeCall(call) } };
        if (call.stream)
            step["stream"] = streamName(*call.stream);
        json handles = json::array();
        for (std::uintptr_t h : call.handles)
            handles.push_back(hex(h));
        step["handles"] = handles;
        if (call.call == "CreateProcessW" && !call.handles.empty()) {
            if (job)
                ::AssignProcessToJobObject(job.get(), reinterpret_cast<HANDLE>(call.handles[0]));
            step["child_pid"] = childPid;
            step["inherit_handles"] = call.inheritHandles;
            step["suspended"] = call.suspended;
            if (options.step)
                childStd = childStdHandles(reinterpret_cast<HANDLE>(call.handles[0]));
        }
        out << "  [" << call.stepId << "] " << describeCall(call) << '\n';
        if (options.step) {
            if (auto table = readHandleTable(self)) {
                step["parent_table"] = handleTableJson(*table, names, nullptr);
                printHandleTable(
                    out, "parent's handles (pid " + std::to_string(self) + ")", *table, names, nullptr, &parentShown);
                if (call.call == "CreateProcessW")
                    parentAtCreate = *table;
            }
            if (childPid != 0) {
                if (auto table = readHandleTable(childPid)) {
                    step["child_table"] = handleTableJson(*table, names, &parentAtCreate);
                    printHandleTable(out,
                        "child's handles (pid " + std::to_string(childPid)
                            + (call.call == "ResumeThread" ? ", running)" : ", suspended)"),
                        *table, names, &parentAtCreate, &childShown);
                }
            }
        }
        steps.push_back(std::move(step));
    };

    auto spawned = spawn(options.spec, observer);
    trace["steps"] = steps;
    if (!spawned) {
        const Error& e = spawned.error();
        json error { { "call", e.call }, { "subject", e.subject } };
        if (e.winError) {
            error["win_error"] = winErrorJson(e.winError);
            const json& we = error["win_error"];
            out << "pipescope-trace: " << e.call << "(" << e.subject << ") failed: error " << e.winError
                << (we["name"].get<std::string>().empty() ? "" : " (" + we["name"].get<std::string>() + ")") << ": "
                << we["message"].get<std::string>() << '\n';
        } else {
            error["errno"] = e.sysErrno;
            out << "pipescope-trace: " << e.call << "(" << e.subject << ") failed (errno " << e.sysErrno << ")\n";
        }
        trace["error"] = error;
        if (!options.jsonPath.empty() && !writeJson(options.jsonPath, trace))
            return fail("cannot write " + options.jsonPath, 1);
        return e.code == ErrorCode::ExecFailed ? exitStatusFor(e.winError) : 1;
    }

    WinSpawned& child = *spawned;
    if (!childStd)
        childStd = childStdHandles(child.child.process());
    json childJson { { "pid", child.child.pid() }, { "command_line", narrowArg(child.commandLine) },
        { "inherit_handles", child.inheritHandles }, { "use_std_handles", child.usedStdHandles } };
    json list = json::array();
    for (std::uintptr_t h : child.handleList)
        list.push_back(hex(h));
    childJson["handle_list"] = list;
    json popenHandles = json::object();
    for (Handle h : allHandles)
        popenHandles[std::string(handleName(h))]
            = child.handles[static_cast<size_t>(h)] ? json(hex(child.handles[static_cast<size_t>(h)])) : json(nullptr);
    trace["popen"] = popenHandles;
    if (childStd) {
        json std = json::object();
        out << "  child's standard handles (its PEB, what GetStdHandle returns there):";
        for (Stream s : allStreams) {
            const std::uintptr_t v = (*childStd)[static_cast<size_t>(s)];
            std[std::string(streamName(s))] = v ? json(hex(v)) : json(nullptr);
            out << ' ' << streamName(s) << ' ' << (v ? hex(v) : "NULL");
        }
        out << '\n';
        childJson["std_handles"] = std;
    }

    std::optional<std::chrono::milliseconds> timeout;
    if (options.timeoutSeconds)
        timeout = std::chrono::milliseconds(static_cast<long long>(*options.timeoutSeconds * 1000));
    const std::string input = options.spec.redirect(Stream::Stdin).kind == Redirect::Kind::Pipe ? options.input : "";
    auto result = communicate(child, input, timeout);
    if (!result)
        return fail("communicate: " + result.error().call + " failed", 1);
    const WinCommunicateResult& r = *result;
    out << "  communicate(): reader threads for the PIPE outputs, " << r.bytesWritten << " bytes written to stdin"
        << (r.stdinBrokenPipe ? " (the child stopped reading: ERROR_NO_DATA / ERROR_BROKEN_PIPE)" : "") << '\n';
    if (options.spec.redirect(Stream::Stdout).kind == Redirect::Kind::Pipe)
        out << "  stdout (" << r.out.size() << " bytes): " << escaped(r.out) << '\n';
    if (options.spec.redirect(Stream::Stderr).kind == Redirect::Kind::Pipe)
        out << "  stderr (" << r.err.size() << " bytes): " << escaped(r.err) << '\n';
    childJson["exit_code"] = r.timedOut ? json(nullptr) : json(r.exitCode);
    trace["child"] = childJson;
    trace["result"] = { { "bytes_written", r.bytesWritten }, { "stdin_broken_pipe", r.stdinBrokenPipe },
        { "timed_out", r.timedOut }, { "stdout", r.out }, { "stderr", r.err } };
    if (r.timedOut)
        out << "  timed out: the child was terminated (TerminateProcess)\n";
    else
        out << "  child (pid " << child.child.pid() << ") exited with code " << r.exitCode << '\n';
    if (!options.jsonPath.empty() && !writeJson(options.jsonPath, trace))
        return fail("cannot write " + options.jsonPath, 1);
    return r.timedOut ? exitTimeout : static_cast<int>(r.exitCode);
}

// The folder of this program, where pipescope-child.exe is.
std::string selfDir()
{
    wchar_t path[MAX_PATH];
    const DWORD n = ::GetModuleFileNameW(nullptr, path, MAX_PATH);
    const std::wstring file(path, n);
    return narrowArg(file.substr(0, file.find_last_of(L"\\/") + 1));
}

std::string errorName(DWORD code)
{
    return winErrorJson(code)["name"].get<std::string>();
}

json pipeCallsJson(const std::vector<PipeCall>& calls)
{
    json list = json::array();
    for (const PipeCall& c : calls) {
        json e { { "client", c.client }, { "instance", c.instance }, { "call", c.call }, { "ok", c.ok },
            { "bytes", c.bytes } };
        if (!c.ok)
            e["error"] = winErrorJson(c.error);
        if (c.handle)
            e["handle"] = hex(c.handle);
        if (!c.data.empty())
            e["data"] = c.data;
        list.push_back(std::move(e));
    }
    return list;
}

int namedPipeFailed(const Error& e)
{
    return fail("namedpipe: " + e.call + " failed: error " + std::to_string(e.winError), 1);
}

// namedpipe [--json=PATH]: what the note says of Windows named pipes, each run here: instances and clients, duplex,
// message mode, the security descriptor, a remote name.
int runNamedPipe(const std::vector<std::string>& args)
{
    std::string jsonPath;
    for (const std::string& a : args) {
        if (a.starts_with("--json=") && a.size() > 7)
            jsonPath = a.substr(7);
        else
            return fail("namedpipe: unknown option: " + a, exitUsage);
    }
    std::ostream& out = std::cerr;
    const std::string platform = platformName();
    const bool wine = !wineVersion().empty();
    out << "pipescope-trace: Windows named pipes, run on " << platform << '\n';
    json trace { { "format", "pipescope-win32-namedpipes" }, { "version", traceFormatVersion },
        { "platform", platform } };

    auto instances = runInstances(selfDir() + "pipescope-child.exe", 3, 3);
    if (!instances)
        return namedPipeFailed(instances.error());
    out << "  instances: " << instances->created << " made with nMaxInstances=3; a 4th CreateNamedPipeW: error "
        << instances->beyondLimitError << " (" << errorName(instances->beyondLimitError) << ")\n";
    for (size_t c = 0; c < instances->clientOutputs.size(); ++c)
        out << "  client " << c + 1 << " (pid " << instances->spawnedPids[c] << ") wrote \"hello from client " << c + 1
            << "\" and read back on the same handle: \"" << instances->clientOutputs[c] << "\"\n";
    out << "  a 4th client while all three are taken: CreateFileW error " << instances->busyOpenError << " ("
        << errorName(instances->busyOpenError) << "), WaitNamedPipeW(200 ms) error " << instances->busyWaitError << " ("
        << errorName(instances->busyWaitError) << ")\n";
    json pids = json::array();
    for (DWORD pid : instances->clientPids)
        pids.push_back(pid);
    json spawnedPids = json::array();
    for (DWORD pid : instances->spawnedPids)
        spawnedPids.push_back(pid);
    trace["instances"]
        = { { "created", instances->created }, { "beyond_limit", winErrorJson(instances->beyondLimitError) },
              { "busy_open", winErrorJson(instances->busyOpenError) },
              { "busy_wait", winErrorJson(instances->busyWaitError) }, { "client_pids", pids },
              { "spawned_pids", spawnedPids }, { "client_outputs", instances->clientOutputs },
              { "requests", instances->requests }, { "calls", pipeCallsJson(instances->calls) } };

    json modes = json::array();
    for (bool message : { true, false }) {
        auto run = runMessages(message, { 200, 50 }, 64);
        if (!run)
            return namedPipeFailed(run.error());
        out << "  " << (message ? "message" : "byte") << " mode, messages of 200 and 50 bytes read 64 at a time:";
        for (const PipeCall& r : run->reads)
            out << ' ' << r.bytes << (r.ok ? "" : " (" + errorName(r.error) + ")");
        out << '\n';
        modes.push_back({ { "mode", message ? "message" : "byte" }, { "written", run->written },
            { "reads", pipeCallsJson(run->reads) } });
    }
    trace["modes"] = modes;

    const std::string sddl = "D:P(A;;GA;;;SY)";
    auto security = runSecurity(sddl);
    if (!security)
        return namedPipeFailed(security.error());
    out << "  security: created with " << sddl << " (only SYSTEM), the handle holds " << security->readBack
        << "; opened by this user: "
        << (security->opened ? std::string("yes") : "no, error " + std::to_string(security->openError))
        << (wine && security->opened
                   ? " (Wine does not enforce this DACL; Windows would refuse with ERROR_ACCESS_DENIED)"
                   : "")
        << '\n';
    trace["security"]
        = { { "requested", security->requested }, { "read_back", security->readBack }, { "opened", security->opened } };
    if (!security->opened)
        trace["security"]["open_error"] = winErrorJson(security->openError);

    const RemoteRun remote = runRemote("pipescope-no-such-host");
    out << "  network: " << remote.path << ": "
        << (remote.opened ? std::string("opened")
                          : "error " + std::to_string(remote.error) + " (" + errorName(remote.error) + ")")
        << (wine ? " (Wine has no remote pipes; Windows would ask the host over SMB)" : "") << '\n';
    trace["remote"] = { { "path", remote.path }, { "opened", remote.opened } };
    if (!remote.opened)
        trace["remote"]["error"] = winErrorJson(remote.error);
    trace["wine"] = wine;

    if (!jsonPath.empty() && !writeJson(jsonPath, trace))
        return fail("cannot write " + jsonPath, 1);
    return 0;
}

} // namespace

int wmain(int argc, wchar_t** argv)
{
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.push_back(narrowArg(argv[i]));
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << usageText;
        return 0;
    }
    if (!args.empty() && args[0] == "namedpipe") {
        try {
            return runNamedPipe({ args.begin() + 1, args.end() });
        } catch (const std::exception& e) {
            return fail(std::string("internal error: ") + e.what(), 1);
        }
    }
    Options options;
    if (const auto problem = parse(args, options)) {
        std::cerr << usageText;
        return fail(*problem, exitUsage);
    }
    try {
        return run(options);
    } catch (const std::exception& e) {
        return fail(std::string("internal error: ") + e.what(), 1);
    }
}
