// SPDX-License-Identifier: GPL-3.0-or-later
// pipescope-child.exe: the demo child for the Windows backend. It uses the standard handles exactly as it got them
// (GetStdHandle, ReadFile, WriteFile), with no C runtime stream in between, so what it reports is what
// CreateProcessW gave it.
#include <windows.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cwchar>
#include <string>
#include <string_view>

namespace {

constexpr int kExitUsage = 2;
constexpr std::string_view kEchoPrefix = ">>>get std in ";

std::string_view fileTypeName(HANDLE h)
{
    if (h == nullptr)
        return "none";
    if (h == INVALID_HANDLE_VALUE)
        return "invalid";
    switch (::GetFileType(h)) {
    case FILE_TYPE_DISK:
        return "disk";
    case FILE_TYPE_CHAR:
        return "char";
    case FILE_TYPE_PIPE:
        return "pipe";
    default:
        return ::GetLastError() == NO_ERROR ? "unknown" : "invalid";
    }
}

// Writes all of data; 0 when done, else the Win32 error.
DWORD writeAll(HANDLE h, std::string_view data)
{
    while (!data.empty()) {
        DWORD wrote = 0;
        if (!::WriteFile(h, data.data(), static_cast<DWORD>(data.size()), &wrote, nullptr))
            return ::GetLastError();
        data.remove_prefix(wrote);
    }
    return 0;
}

// Reads h to its end. error: 0, or the Win32 error that ended it other than the end of a pipe.
std::string readAll(HANDLE h, DWORD& error)
{
    std::string data;
    char buffer[4096];
    error = 0;
    for (;;) {
        DWORD got = 0;
        if (!::ReadFile(h, buffer, sizeof buffer, &got, nullptr)) {
            const DWORD e = ::GetLastError();
            if (e != ERROR_BROKEN_PIPE)
                error = e;
            break;
        }
        if (got == 0)
            break;
        data.append(buffer, got);
    }
    return data;
}

std::string hex(HANDLE h)
{
    char text[32];
    std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(h)));
    return text;
}

// report PATH: what the three standard handles are, then stdin to its end, echoed as "out:<stdin>" on stdout and
// "err:<stdin>" on stderr. The report (key value lines) goes to PATH, which does not depend on any redirect.
int runReport(const wchar_t* path)
{
    const HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
    const HANDLE out = ::GetStdHandle(STD_OUTPUT_HANDLE);
    const HANDLE err = ::GetStdHandle(STD_ERROR_HANDLE);
    std::string report;
    report += "stdin " + hex(in) + " " + std::string(fileTypeName(in)) + "\n";
    report += "stdout " + hex(out) + " " + std::string(fileTypeName(out)) + "\n";
    report += "stderr " + hex(err) + " " + std::string(fileTypeName(err)) + "\n";
    DWORD readError = 0;
    const std::string input = readAll(in, readError);
    report += "read " + std::to_string(input.size()) + " " + std::to_string(readError) + "\n";
    report += "write-stdout " + std::to_string(writeAll(out, "out:" + input)) + "\n";
    report += "write-stderr " + std::to_string(writeAll(err, "err:" + input)) + "\n";

    const HANDLE file = ::CreateFileW(path, GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return 1;
    const DWORD e = writeAll(file, report);
    ::CloseHandle(file);
    return e == 0 ? 0 : 1;
}

// echo: the seed's child.py: each line of stdin back on stdout with a prefix.
int runEcho()
{
    const HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
    const HANDLE out = ::GetStdHandle(STD_OUTPUT_HANDLE);
    bool atLineStart = true;
    char buffer[4096];
    DWORD got = 0;
    while (::ReadFile(in, buffer, sizeof buffer, &got, nullptr) && got > 0) {
        std::string text;
        for (DWORD i = 0; i < got; ++i) {
            if (atLineStart)
                text += kEchoPrefix;
            text += buffer[i];
            atLineStart = buffer[i] == '\n';
        }
        if (writeAll(out, text) != 0)
            return 1;
    }
    if (!atLineStart)
        writeAll(out, "\n");
    return 0;
}

// cat: stdin to stdout until the end of stdin.
int runCat()
{
    DWORD error = 0;
    const std::string data = readAll(::GetStdHandle(STD_INPUT_HANDLE), error);
    return writeAll(::GetStdHandle(STD_OUTPUT_HANDLE), data) == 0 && error == 0 ? 0 : 1;
}

// pipe-client NAME TEXT: a named pipe's client. Waits for a free instance of NAME, writes TEXT, reads the server's
// answer on the same handle (the pipe is duplex) and prints it on stdout. A failed call exits with its Win32 error.
int runPipeClient(const wchar_t* name, const wchar_t* text)
{
    if (!::WaitNamedPipeW(name, 10000))
        return static_cast<int>(::GetLastError());
    const HANDLE pipe
        = ::CreateFileW(name, GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (pipe == INVALID_HANDLE_VALUE)
        return static_cast<int>(::GetLastError());
    std::string request;
    for (const wchar_t* c = text; *c; ++c)
        request += static_cast<char>(*c < 0x80 ? *c : '?');
    DWORD error = writeAll(pipe, request);
    std::string reply;
    if (error == 0) {
        char buffer[512];
        DWORD got = 0;
        if (::ReadFile(pipe, buffer, sizeof buffer, &got, nullptr))
            reply.assign(buffer, got);
        else
            error = ::GetLastError();
    }
    ::CloseHandle(pipe);
    if (error != 0)
        return static_cast<int>(error);
    return writeAll(::GetStdHandle(STD_OUTPUT_HANDLE), reply) == 0 ? 0 : 1;
}

int usage()
{
    const char text[]
        = "usage: pipescope-child report PATH | echo | cat | sleep MS | exit CODE | pipe-client NAME TEXT\n";
    DWORD wrote = 0;
    ::WriteFile(::GetStdHandle(STD_ERROR_HANDLE), text, sizeof text - 1, &wrote, nullptr);
    return kExitUsage;
}

} // namespace

int wmain(int argc, wchar_t** argv)
{
    if (argc < 2)
        return usage();
    const std::wstring_view mode = argv[1];
    if (mode == L"report" && argc == 3)
        return runReport(argv[2]);
    if (mode == L"echo" && argc == 2)
        return runEcho();
    if (mode == L"cat" && argc == 2)
        return runCat();
    if (mode == L"sleep" && argc == 3) {
        ::Sleep(static_cast<DWORD>(std::wcstoul(argv[2], nullptr, 10)));
        return 0;
    }
    if (mode == L"pipe-client" && argc == 4)
        return runPipeClient(argv[2], argv[3]);
    if (mode == L"exit" && argc == 3)
        return static_cast<int>(std::wcstol(argv[2], nullptr, 10));
    return usage();
}
