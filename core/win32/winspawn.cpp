// SPDX-License-Identifier: GPL-3.0-or-later
#include "win32/winspawn.h"

#include "win32/cmdline.h"

#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <thread>

namespace pipescope::win32 {

namespace {

DWORD stdHandleId(Stream s)
{
    return s == Stream::Stdin ? STD_INPUT_HANDLE : s == Stream::Stdout ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE;
}

std::string stepId(std::string_view prefix, Stream s)
{
    return std::string(prefix) + std::string(streamName(s));
}

// _get_handles + _execute_child, Windows branch, one call at a time.
class Spawner
{
public:
    Spawner(const SpawnSpec& spec, const SpawnObserver& observer)
        : m_spec(spec)
        , m_observer(observer)
    {
    }

    ~Spawner()
    {
        if (m_devNull >= 0)
            ::_close(m_devNull);
    }

    Result<WinSpawned> run()
    {
        if (m_spec.argv.empty())
            return Error { .code = ErrorCode::EmptyCommand };
        const bool allNone = std::ranges::all_of(
            m_spec.redirects, [](const Redirect& r) { return r.kind == Redirect::Kind::Inherit; });
        if (!allNone) {
            for (Stream s : allStreams)
                if (Result<void> r = stream(s); !r)
                    return r.error();
            // err_close_fds dies when _get_handles returns: the CreatePipe originals of the child's ends (made
            // inheritable copies of above) are closed then, by Handle.__del__.
            // Each close is recorded once done, so that an observer reading the handle table sees it gone.
            for (auto& [s, h] : m_errClose) {
                const std::uintptr_t value = handleValue(h.get());
                h.reset();
                record(stepId("win.inheritable.", s), "CloseHandle", s, { value });
            }
            m_errClose.clear();
        }
        return execute();
    }

private:
    void record(std::string id, std::string call, std::optional<Stream> s, std::vector<std::uintptr_t> handles)
    {
        record(
            WinCall { .stepId = std::move(id), .call = std::move(call), .stream = s, .handles = std::move(handles) });
    }

    // Every call goes through here: kept in the run, and handed to the observer once done.
    void record(WinCall call)
    {
        m_out.calls.push_back(std::move(call));
        if (m_observer.afterCall)
            m_observer.afterCall(m_out.calls.back(), m_childPid);
    }

    Result<std::pair<UniqueHandle, UniqueHandle>> createPipe(const std::string& id, Stream s)
    {
        HANDLE read = nullptr;
        HANDLE write = nullptr;
        // _winapi.CreatePipe(None, 0): no security attributes (not inheritable), the default buffer size.
        if (!::CreatePipe(&read, &write, nullptr, 0))
            return lastWinError("CreatePipe", {}, s);
        record(id, "CreatePipe", s, { handleValue(read), handleValue(write) });
        return std::pair { UniqueHandle(read), UniqueHandle(write) };
    }

    Result<HANDLE> osfHandle(const std::string& id, Stream s, int fd)
    {
        const auto h = reinterpret_cast<HANDLE>(::_get_osfhandle(fd));
        if (h == INVALID_HANDLE_VALUE)
            return Error { .code = ErrorCode::FdNotOpen,
                .sysErrno = EBADF,
                .call = "_get_osfhandle",
                .subject = std::to_string(fd),
                .stream = s };
        record(id, "_get_osfhandle", s, { handleValue(h) });
        return h;
    }

    // One stream of _get_handles: the handle the child gets, before _make_inheritable.
    Result<HANDLE> childSource(Stream s)
    {
        const Redirect& r = m_spec.redirect(s);
        switch (r.kind) {
        case Redirect::Kind::Inherit: {
            const HANDLE h = ::GetStdHandle(stdHandleId(s));
            if (h == INVALID_HANDLE_VALUE)
                return lastWinError("GetStdHandle", {}, s);
            record(stepId("win.getstdhandle.", s), "GetStdHandle", s, { handleValue(h) });
            if (h != nullptr)
                return h;
            // No standard handle (a GUI program, pythonw.exe, a service): a pipe whose other end goes at once.
            auto pipe = createPipe(stepId("win.dummypipe.", s), s);
            if (!pipe)
                return pipe.error();
            auto& [read, write] = *pipe;
            UniqueHandle& other = s == Stream::Stdin ? write : read;
            const std::uintptr_t otherValue = handleValue(other.get());
            other.reset();
            record(stepId("win.closedummy.", s), "CloseHandle", s, { otherValue });
            UniqueHandle& kept = s == Stream::Stdin ? read : write;
            const HANDLE value = kept.get();
            m_errClose.emplace_back(s, std::move(kept));
            return value;
        }
        case Redirect::Kind::Pipe: {
            auto pipe = createPipe(stepId("win.createpipe.", s), s);
            if (!pipe)
                return pipe.error();
            auto& [read, write] = *pipe;
            UniqueHandle& child = s == Stream::Stdin ? read : write;
            UniqueHandle& parent = s == Stream::Stdin ? write : read;
            const HANDLE value = child.get();
            m_out.handles[static_cast<size_t>(parentHandle(s))] = handleValue(parent.get());
            (s == Stream::Stdin           ? m_out.stdinPipe
                    : s == Stream::Stdout ? m_out.stdoutPipe
                                          : m_out.stderrPipe)
                = std::move(parent);
            m_errClose.emplace_back(s, std::move(child));
            return value;
        }
        case Redirect::Kind::DevNull:
            // _get_devnull: os.open(os.devnull, os.O_RDWR) once; os.open adds O_NOINHERIT on Windows (PEP 446).
            if (m_devNull < 0) {
                m_devNull = ::_wopen(L"nul", _O_RDWR | _O_NOINHERIT);
                if (m_devNull < 0)
                    return Error { .code = ErrorCode::SystemCall,
                        .sysErrno = errno,
                        .call = "_wopen",
                        .subject = "nul",
                        .stream = s };
                record(stepId("win.devnull.", s), "_wopen", s, {});
            }
            return osfHandle(stepId("win.devnull.", s), s, m_devNull);
        case Redirect::Kind::Fd:
            return osfHandle(stepId("win.osfhandle.", s), s, r.fd);
        case Redirect::Kind::File: {
            // The caller's file object, as open(path, "rb"/"wb"/"ab") makes it: binary, O_NOINHERIT.
            int flags = _O_BINARY | _O_NOINHERIT;
            if (s == Stream::Stdin)
                flags |= _O_RDONLY;
            else
                flags |= _O_WRONLY | _O_CREAT | (r.append ? _O_APPEND : _O_TRUNC);
            const int fd = ::_wopen(widen(r.path).c_str(), flags, _S_IREAD | _S_IWRITE);
            if (fd < 0)
                return Error {
                    .code = ErrorCode::SystemCall, .sysErrno = errno, .call = "_wopen", .subject = r.path, .stream = s
                };
            m_out.fileFds.push_back(fd);
            record(stepId("win.osfhandle.", s), "_wopen", s, {});
            return osfHandle(stepId("win.osfhandle.", s), s, fd);
        }
        case Redirect::Kind::Stdout: {
            // errwrite = c2pwrite: the inheritable copy made for stdout, copied once more below.
            const HANDLE h = m_childHandles[static_cast<size_t>(Stream::Stdout)].get();
            record(stepId("win.alias.", s), "errwrite = c2pwrite", s, { handleValue(h) });
            return h;
        }
        }
        return Error { .code = ErrorCode::Malformed, .stream = s };
    }

    Result<void> stream(Stream s)
    {
        auto source = childSource(s);
        if (!source)
            return source.error();
        // _make_inheritable: DuplicateHandle(GetCurrentProcess(), h, GetCurrentProcess(), 0, TRUE,
        // DUPLICATE_SAME_ACCESS).
        HANDLE dup = nullptr;
        if (!::DuplicateHandle(
                ::GetCurrentProcess(), *source, ::GetCurrentProcess(), &dup, 0, TRUE, DUPLICATE_SAME_ACCESS))
            return lastWinError("DuplicateHandle", {}, s);
        m_childHandles[static_cast<size_t>(s)].reset(dup);
        m_out.handles[static_cast<size_t>(childHandle(s))] = handleValue(dup);
        record(stepId("win.inheritable.", s), "DuplicateHandle", s, { handleValue(*source), handleValue(dup) });
        return {};
    }

    // _filter_handle_list: no console pseudo-handles (low two bits set and a character device), no duplicates.
    static std::vector<HANDLE> filterHandleList(std::vector<HANDLE> list)
    {
        std::erase_if(
            list, [](HANDLE h) { return (handleValue(h) & 0x3) == 0x3 && ::GetFileType(h) == FILE_TYPE_CHAR; });
        std::ranges::sort(list);
        const auto [first, last] = std::ranges::unique(list);
        list.erase(first, last);
        return list;
    }

    // _execute_child, Windows branch.
    Result<WinSpawned> execute()
    {
        m_out.commandLine = list2cmdline(m_spec.argv);
        bool closeFds = m_spec.closeFds;
        STARTUPINFOEXW si {};
        si.StartupInfo.cb = sizeof(si);
        const HANDLE p2cread = m_childHandles[0].get();
        const HANDLE c2pwrite = m_childHandles[1].get();
        const HANDLE errwrite = m_childHandles[2].get();
        m_out.usedStdHandles = p2cread != nullptr && c2pwrite != nullptr && errwrite != nullptr;
        std::vector<HANDLE> handleList;
        if (m_out.usedStdHandles) {
            si.StartupInfo.dwFlags |= STARTF_USESTDHANDLES;
            si.StartupInfo.hStdInput = p2cread;
            si.StartupInfo.hStdOutput = c2pwrite;
            si.StartupInfo.hStdError = errwrite;
            record("win.startupinfo", "STARTUPINFO", std::nullopt,
                { handleValue(p2cread), handleValue(c2pwrite), handleValue(errwrite) });
            if (closeFds) {
                handleList = filterHandleList({ p2cread, c2pwrite, errwrite });
                if (!handleList.empty())
                    closeFds = false; // the list limits what is inherited; bInheritHandles must be TRUE for it
            }
        }
        // STARTUPINFO() always carries lpAttributeList = {"handle_list": []}, so _winapi.CreateProcess always makes
        // an attribute list: with no attribute when the handle list is empty.
        const DWORD attributeCount = handleList.empty() ? 0 : 1;
        SIZE_T size = 0;
        ::InitializeProcThreadAttributeList(nullptr, attributeCount, 0, &size);
        auto storage = std::make_unique<std::byte[]>(size);
        auto* list = reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(storage.get());
        if (!::InitializeProcThreadAttributeList(list, attributeCount, 0, &size))
            return lastWinError("InitializeProcThreadAttributeList");
        const std::unique_ptr<_PROC_THREAD_ATTRIBUTE_LIST, decltype(&::DeleteProcThreadAttributeList)> listOwner(
            list, &::DeleteProcThreadAttributeList);
        if (!handleList.empty()) {
            if (!::UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, handleList.data(),
                    handleList.size() * sizeof(HANDLE), nullptr, nullptr))
                return lastWinError("UpdateProcThreadAttribute");
            for (HANDLE h : handleList)
                m_out.handleList.push_back(handleValue(h));
            record("win.handlelist", "UpdateProcThreadAttribute", std::nullopt, m_out.handleList);
        }
        si.lpAttributeList = list;
        m_out.inheritHandles = !closeFds;

        std::wstring commandLine = m_out.commandLine; // CreateProcessW may write into it
        const std::wstring cwd = widen(m_spec.cwd);
        PROCESS_INFORMATION pi {};
        const BOOL created = ::CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr,
            m_out.inheritHandles ? TRUE : FALSE,
            EXTENDED_STARTUPINFO_PRESENT | CREATE_UNICODE_ENVIRONMENT | (m_observer.suspended ? CREATE_SUSPENDED : 0),
            nullptr, cwd.empty() ? nullptr : cwd.c_str(), &si.StartupInfo, &pi);
        const DWORD createError = created ? 0 : ::GetLastError();
        // Owned from here, so that a failure below cannot leave a suspended child behind.
        UniqueHandle thread(created ? pi.hThread : nullptr);
        if (created) {
            m_out.child = WinChild(pi.hProcess, pi.dwProcessId);
            m_childPid = pi.dwProcessId;
        }
        if (created)
            record(WinCall { .stepId = "win.createprocess",
                .call = "CreateProcessW",
                .handles = { handleValue(pi.hProcess), handleValue(pi.hThread) },
                .inheritHandles = m_out.inheritHandles,
                .suspended = m_observer.suspended });

        // finally: _close_pipe_fds. Its ExitStack calls the closes last registered first: the devnull fd, errwrite,
        // c2pwrite, p2cread.
        if (m_devNull >= 0) {
            ::_close(std::exchange(m_devNull, -1));
            record("win.closedevnull", "_close", std::nullopt, {});
        }
        for (Stream s : { Stream::Stderr, Stream::Stdout, Stream::Stdin }) {
            UniqueHandle& h = m_childHandles[static_cast<size_t>(s)];
            if (!h)
                continue;
            const std::uintptr_t value = handleValue(h.get());
            h.reset();
            record(stepId("win.closehandle.", s), "CloseHandle", s, { value });
        }
        if (!created) {
            return Error { .code = ErrorCode::ExecFailed,
                .winError = createError,
                .call = "CreateProcessW",
                .subject = m_spec.argv.front() };
        }
        if (m_observer.suspended) {
            if (::ResumeThread(thread.get()) == static_cast<DWORD>(-1))
                return lastWinError("ResumeThread");
            record("win.resume", "ResumeThread", std::nullopt, { handleValue(thread.get()) });
        }
        // The process handle is kept (in the child), the thread handle closed.
        return std::move(m_out);
    }

    const SpawnSpec& m_spec;
    const SpawnObserver& m_observer;
    WinSpawned m_out;
    DWORD m_childPid = 0;
    int m_devNull = -1; // Popen._devnull
    std::array<UniqueHandle, 3> m_childHandles; // p2cread, c2pwrite, errwrite after _make_inheritable
    std::vector<std::pair<Stream, UniqueHandle>> m_errClose; // err_close_fds: originals of the child's ends
};

} // namespace

WinChild::WinChild(HANDLE process, DWORD pid)
    : m_process(process)
    , m_pid(pid)
{
}

WinChild& WinChild::operator=(WinChild&& other) noexcept
{
    if (this != &other) {
        if (running())
            terminateAndWait();
        m_process = std::move(other.m_process);
        m_pid = other.m_pid;
        m_exitCode = other.m_exitCode;
    }
    return *this;
}

WinChild::~WinChild()
{
    if (running())
        terminateAndWait();
}

std::optional<DWORD> WinChild::wait(std::optional<std::chrono::milliseconds> timeout)
{
    if (m_exitCode || !m_process)
        return m_exitCode;
    const DWORD ms = timeout ? static_cast<DWORD>(timeout->count()) : INFINITE;
    if (::WaitForSingleObject(m_process.get(), ms) != WAIT_OBJECT_0)
        return std::nullopt;
    DWORD code = 0;
    ::GetExitCodeProcess(m_process.get(), &code);
    m_exitCode = code;
    return m_exitCode;
}

void WinChild::terminateAndWait()
{
    if (!m_process || m_exitCode)
        return;
    ::TerminateProcess(m_process.get(), 1);
    wait();
}

WinSpawned::~WinSpawned()
{
    for (int fd : fileFds)
        ::_close(fd);
}

Result<WinSpawned> spawn(const SpawnSpec& spec, const SpawnObserver& observer)
{
    return Spawner(spec, observer).run();
}

namespace {

// _readerthread: fh.read() to the end, then close.
void readAll(UniqueHandle pipe, std::string* into)
{
    char buffer[65536];
    DWORD got = 0;
    while (::ReadFile(pipe.get(), buffer, sizeof buffer, &got, nullptr) && got > 0)
        into->append(buffer, got);
}

} // namespace

Result<WinCommunicateResult> communicate(
    WinSpawned& spawned, std::string_view input, std::optional<std::chrono::milliseconds> timeout)
{
    WinCommunicateResult result;
    std::thread outReader;
    std::thread errReader;
    if (spawned.stdoutPipe)
        outReader = std::thread(readAll, std::move(spawned.stdoutPipe), &result.out);
    if (spawned.stderrPipe)
        errReader = std::thread(readAll, std::move(spawned.stderrPipe), &result.err);

    // _stdin_write: write everything, then close; a child that stopped reading is not an error (BrokenPipeError,
    // or EINVAL when it already exited).
    if (spawned.stdinPipe) {
        while (!input.empty()) {
            DWORD wrote = 0;
            const auto chunk = static_cast<DWORD>(std::min<std::size_t>(input.size(), 1 << 20));
            if (!::WriteFile(spawned.stdinPipe.get(), input.data(), chunk, &wrote, nullptr)) {
                const DWORD e = ::GetLastError();
                if (e != ERROR_NO_DATA && e != ERROR_BROKEN_PIPE && e != ERROR_INVALID_PARAMETER)
                    return lastWinError("WriteFile", {}, Stream::Stdin);
                result.stdinBrokenPipe = true;
                break;
            }
            result.bytesWritten += wrote;
            input.remove_prefix(wrote);
        }
        spawned.stdinPipe.reset();
    }

    // CPython joins the readers with the timeout and then waits; here the child is waited for first, so that a
    // timeout can terminate it and let the readers see the end of their pipes (a grandchild still holding a write
    // end would keep a reader waiting, as it does in CPython).
    const auto exit = spawned.child.wait(timeout);
    if (!exit) {
        result.timedOut = true;
        spawned.child.terminateAndWait();
    }
    if (outReader.joinable())
        outReader.join();
    if (errReader.joinable())
        errReader.join();
    result.exitCode = spawned.child.exitCode().value_or(0);
    return result;
}

} // namespace pipescope::win32
