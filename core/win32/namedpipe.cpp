// SPDX-License-Identifier: GPL-3.0-or-later
#include "win32/namedpipe.h"

#include "popen/spawnspec.h"
#include "win32/cmdline.h"
#include "win32/uniquehandle.h"
#include "win32/winspawn.h"

#include <aclapi.h>
#include <sddl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pipescope::win32 {

namespace {

constexpr DWORD pipeBuffer = 4096;

std::wstring uniqueName(const wchar_t* what)
{
    static std::atomic<int> counter { 0 };
    return L"\\\\.\\pipe\\pipescope-" + std::to_wstring(::GetCurrentProcessId()) + L"-" + what + L"-"
        + std::to_wstring(++counter);
}

PipeCall made(int client, int instance, const char* call, BOOL ok, HANDLE h = nullptr, DWORD bytes = 0)
{
    return PipeCall { .client = client,
        .instance = instance,
        .call = call,
        .ok = ok != FALSE,
        .error = ok ? 0 : ::GetLastError(),
        .handle = handleValue(h),
        .bytes = bytes };
}

HANDLE createInstance(const std::wstring& name, DWORD mode, int maxInstances, SECURITY_ATTRIBUTES* security = nullptr)
{
    return ::CreateNamedPipeW(name.c_str(), PIPE_ACCESS_DUPLEX, mode | PIPE_WAIT, static_cast<DWORD>(maxInstances),
        pipeBuffer, pipeBuffer, 0, security);
}

// The server side of one instance: waits for its client, reads its request, then (once released) answers on the
// same handle and lets the client go.
class Instance
{
public:
    Instance(int index, UniqueHandle pipe)
        : m_index(index)
        , m_pipe(std::move(pipe))
    {
    }
    HANDLE handle() const { return m_pipe.get(); }

    // Until a request has arrived: connect, read, ask who the client is.
    void serveRequest(std::vector<PipeCall>& calls, std::mutex& m)
    {
        const BOOL connected = ::ConnectNamedPipe(m_pipe.get(), nullptr);
        // A client that connected before the call is connected all the same.
        const bool ok = connected || ::GetLastError() == ERROR_PIPE_CONNECTED;
        record(calls, m, made(0, m_index, "ConnectNamedPipe", ok ? TRUE : FALSE, m_pipe.get()));
        if (!ok)
            return;
        char buffer[512];
        DWORD got = 0;
        const BOOL read = ::ReadFile(m_pipe.get(), buffer, sizeof buffer, &got, nullptr);
        PipeCall call = made(0, m_index, "ReadFile", read, m_pipe.get(), got);
        m_request.assign(buffer, got);
        call.data = m_request;
        record(calls, m, call);
        ULONG pid = 0;
        const BOOL who = ::GetNamedPipeClientProcessId(m_pipe.get(), &pid);
        m_clientPid = who ? pid : 0;
        record(calls, m, made(0, m_index, "GetNamedPipeClientProcessId", who, m_pipe.get(), 0));
    }

    void answer(std::vector<PipeCall>& calls, std::mutex& m)
    {
        const std::string reply
            = "instance " + std::to_string(m_index) + " to pid " + std::to_string(m_clientPid) + ": " + m_request;
        DWORD wrote = 0;
        PipeCall call = made(0, m_index, "WriteFile",
            ::WriteFile(m_pipe.get(), reply.data(), static_cast<DWORD>(reply.size()), &wrote, nullptr), m_pipe.get(),
            wrote);
        call.data = reply;
        record(calls, m, call);
        ::FlushFileBuffers(m_pipe.get()); // until the client has read it
        record(calls, m, made(0, m_index, "DisconnectNamedPipe", ::DisconnectNamedPipe(m_pipe.get()), m_pipe.get()));
    }

    const std::string& request() const { return m_request; }
    DWORD clientPid() const { return m_clientPid; }

private:
    static void record(std::vector<PipeCall>& calls, std::mutex& m, PipeCall call)
    {
        const std::lock_guard lock(m);
        calls.push_back(std::move(call));
    }

    int m_index;
    UniqueHandle m_pipe;
    std::string m_request;
    DWORD m_clientPid = 0;
};

} // namespace

std::string wineVersion()
{
    using WineVersion = const char*(CDECL*)();
    const auto get = reinterpret_cast<WineVersion>(
        reinterpret_cast<void*>(::GetProcAddress(::GetModuleHandleW(L"ntdll.dll"), "wine_get_version")));
    return get ? std::string("Wine ") + get() : std::string();
}

Result<InstancesRun> runInstances(const std::string& clientProgram, int maxInstances, int clients)
{
    InstancesRun run;
    run.name = uniqueName(L"instances");
    std::vector<std::unique_ptr<Instance>> instances;
    for (int i = 0; i < maxInstances; ++i) {
        HANDLE h = createInstance(run.name, PIPE_TYPE_BYTE | PIPE_READMODE_BYTE, maxInstances);
        run.calls.push_back(made(0, i, "CreateNamedPipeW", h != INVALID_HANDLE_VALUE, h));
        if (h == INVALID_HANDLE_VALUE)
            return lastWinError("CreateNamedPipeW", narrow(run.name));
        instances.push_back(std::make_unique<Instance>(i, UniqueHandle(h)));
        ++run.created;
    }
    // One instance too many.
    {
        UniqueHandle extra(createInstance(run.name, PIPE_TYPE_BYTE | PIPE_READMODE_BYTE, maxInstances));
        run.calls.push_back(made(0, maxInstances, "CreateNamedPipeW", extra.valid(), extra.get()));
        run.beyondLimitError = extra.valid() ? 0 : run.calls.back().error;
    }

    std::mutex m;
    std::condition_variable served;
    int servedCount = 0;
    std::vector<std::thread> servers;
    for (auto& instance : instances)
        servers.emplace_back([&instance, &run, &m, &served, &servedCount] {
            instance->serveRequest(run.calls, m);
            const std::lock_guard lock(m);
            ++servedCount;
            served.notify_all();
        });
    std::vector<WinSpawned> spawned;
    // However the clients fare, no server thread is left waiting: the clients are ended (a ReadFile then sees the
    // pipe broken) and every instance still listening gets a client that goes at once.
    const auto releaseServers = [&] {
        for (WinSpawned& child : spawned)
            child.child.terminateAndWait();
        for (int i = 0; i < maxInstances; ++i)
            UniqueHandle(::CreateFileW(run.name.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                FILE_ATTRIBUTE_NORMAL, nullptr));
        for (auto& t : servers)
            t.join();
    };

    // The clients, each a process of its own; its stdout (the reply it read) comes back through a PIPE.
    for (int c = 1; c <= clients; ++c) {
        SpawnSpec spec;
        spec.argv = { clientProgram, "pipe-client", narrow(run.name), "hello from client " + std::to_string(c) };
        spec.redirect(Stream::Stdout) = Redirect::pipe();
        auto child = spawn(spec);
        if (!child) {
            releaseServers();
            return child.error();
        }
        run.spawnedPids.push_back(child->child.pid());
        spawned.push_back(std::move(*child));
    }
    {
        std::unique_lock lock(m);
        if (!served.wait_for(lock, std::chrono::seconds(30), [&] { return servedCount == maxInstances; })) {
            lock.unlock();
            releaseServers();
            return Error { .code = ErrorCode::SystemCall,
                .winError = WAIT_TIMEOUT,
                .call = "ConnectNamedPipe",
                .subject = narrow(run.name) };
        }
    }
    for (auto& t : servers)
        t.join();

    // Every instance is connected to a client waiting for its answer: one more client finds none free.
    {
        UniqueHandle busy(::CreateFileW(
            run.name.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
        run.calls.push_back(made(clients + 1, -1, "CreateFileW", busy.valid(), busy.get()));
        run.busyOpenError = busy.valid() ? 0 : run.calls.back().error;
        const BOOL waited = ::WaitNamedPipeW(run.name.c_str(), 200);
        run.calls.push_back(made(clients + 1, -1, "WaitNamedPipeW", waited));
        run.busyWaitError = waited ? 0 : run.calls.back().error;
    }

    // Duplex: each instance answers on the handle it read from.
    for (auto& instance : instances) {
        instance->answer(run.calls, m);
        run.clientPids.push_back(instance->clientPid());
        run.requests.push_back(instance->request());
    }
    for (WinSpawned& child : spawned) {
        auto done = communicate(child, {}, std::chrono::seconds(30));
        if (!done)
            return done.error();
        run.clientOutputs.push_back(done->out);
        run.clientExitCodes.push_back(done->exitCode);
    }
    return run;
}

Result<MessageRun> runMessages(bool messageMode, const std::vector<DWORD>& sizes, DWORD readSize)
{
    MessageRun run;
    run.messageMode = messageMode;
    const std::wstring name = uniqueName(messageMode ? L"message" : L"byte");
    const DWORD mode = messageMode ? PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE : PIPE_TYPE_BYTE | PIPE_READMODE_BYTE;
    UniqueHandle server(createInstance(name, mode, 1));
    if (!server)
        return lastWinError("CreateNamedPipeW", narrow(name));
    UniqueHandle client(::CreateFileW(
        name.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!client)
        return lastWinError("CreateFileW", narrow(name));
    if (!::ConnectNamedPipe(server.get(), nullptr) && ::GetLastError() != ERROR_PIPE_CONNECTED)
        return lastWinError("ConnectNamedPipe", narrow(name));

    DWORD total = 0;
    char fill = 'a';
    for (DWORD size : sizes) {
        const std::string message(size, fill++);
        DWORD wrote = 0;
        if (!::WriteFile(client.get(), message.data(), size, &wrote, nullptr))
            return lastWinError("WriteFile", narrow(name));
        run.written.push_back(wrote);
        total += wrote;
    }
    std::string buffer(readSize, '\0');
    DWORD got = 0;
    while (total > 0) {
        const BOOL ok = ::ReadFile(server.get(), buffer.data(), readSize, &got, nullptr);
        PipeCall call = made(0, 0, "ReadFile", ok, server.get(), got);
        if (!ok && call.error != ERROR_MORE_DATA)
            return lastWinError("ReadFile", narrow(name));
        call.data = buffer.substr(0, std::min<DWORD>(got, 8));
        run.reads.push_back(std::move(call));
        total -= std::min(total, got);
    }
    return run;
}

Result<SecurityRun> runSecurity(const std::string& sddl)
{
    SecurityRun run;
    run.requested = sddl;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(
            widen(sddl).c_str(), SDDL_REVISION_1, &descriptor, nullptr))
        return lastWinError("ConvertStringSecurityDescriptorToSecurityDescriptorW", sddl);
    const std::unique_ptr<void, decltype(&::LocalFree)> descriptorOwner(descriptor, &::LocalFree);
    SECURITY_ATTRIBUTES attributes { .nLength = sizeof attributes, .lpSecurityDescriptor = descriptor };
    const std::wstring name = uniqueName(L"security");
    UniqueHandle server(createInstance(name, PIPE_TYPE_BYTE | PIPE_READMODE_BYTE, 1, &attributes));
    if (!server)
        return lastWinError("CreateNamedPipeW", narrow(name));

    PSECURITY_DESCRIPTOR held = nullptr;
    if (::GetSecurityInfo(
            server.get(), SE_KERNEL_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, nullptr, nullptr, &held)
        == ERROR_SUCCESS) {
        wchar_t* text = nullptr;
        if (::ConvertSecurityDescriptorToStringSecurityDescriptorW(
                held, SDDL_REVISION_1, DACL_SECURITY_INFORMATION, &text, nullptr)) {
            run.readBack = narrow(text);
            ::LocalFree(text);
        }
        ::LocalFree(held);
    }
    UniqueHandle client(::CreateFileW(
        name.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    run.opened = client.valid();
    run.openError = run.opened ? 0 : ::GetLastError();
    return run;
}

RemoteRun runRemote(const std::string& host)
{
    RemoteRun run;
    run.path = "\\\\" + host + "\\pipe\\pipescope";
    UniqueHandle client(::CreateFileW(widen(run.path).c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
        FILE_ATTRIBUTE_NORMAL, nullptr));
    run.opened = client.valid();
    run.error = run.opened ? 0 : ::GetLastError();
    return run;
}

} // namespace pipescope::win32
