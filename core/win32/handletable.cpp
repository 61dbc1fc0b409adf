// SPDX-License-Identifier: GPL-3.0-or-later
#include "win32/handletable.h"

#include "win32/cmdline.h"
#include "win32/uniquehandle.h"

#include <memory>

namespace pipescope::win32 {

namespace {

// winternl.h's declarations are partial; these are the documented layouts the two calls fill.
constexpr ULONG kSystemHandleInformation = 16;
constexpr ULONG kObjectTypeInformation = 2;
constexpr LONG kStatusInfoLengthMismatch = static_cast<LONG>(0xC0000004);
constexpr UCHAR kObjInherit = 0x02;

struct SystemHandleEntry
{
    USHORT UniqueProcessId;
    USHORT CreatorBackTraceIndex;
    UCHAR ObjectTypeIndex;
    UCHAR HandleAttributes;
    USHORT HandleValue;
    PVOID Object;
    ULONG GrantedAccess;
};

struct SystemHandleInformation
{
    ULONG NumberOfHandles;
    SystemHandleEntry Handles[1];
};

struct UnicodeString
{
    USHORT Length;
    USHORT MaximumLength;
    PWSTR Buffer;
};

struct ObjectTypeInformation
{
    UnicodeString TypeName;
    ULONG Reserved[22];
};

using NtQuerySystemInformationFn = LONG(WINAPI*)(ULONG, PVOID, ULONG, PULONG);
using NtQueryObjectFn = LONG(WINAPI*)(HANDLE, ULONG, PVOID, ULONG, PULONG);

template <class Fn> Fn ntdll(const char* name)
{
    return reinterpret_cast<Fn>(reinterpret_cast<void*>(::GetProcAddress(::GetModuleHandleW(L"ntdll.dll"), name)));
}

} // namespace

Result<std::vector<HandleEntry>> readHandleTable(DWORD pid)
{
    const auto querySystem = ntdll<NtQuerySystemInformationFn>("NtQuerySystemInformation");
    const auto queryObject = ntdll<NtQueryObjectFn>("NtQueryObject");
    if (!querySystem || !queryObject)
        return lastWinError("GetProcAddress", "ntdll.dll");

    ULONG size = 1 << 16;
    std::unique_ptr<std::byte[]> buffer;
    LONG status = kStatusInfoLengthMismatch;
    while (status == kStatusInfoLengthMismatch) {
        size *= 2;
        buffer = std::make_unique<std::byte[]>(size);
        ULONG needed = 0;
        status = querySystem(kSystemHandleInformation, buffer.get(), size, &needed);
    }
    if (status < 0) {
        ::SetLastError(static_cast<DWORD>(status));
        return lastWinError("NtQuerySystemInformation");
    }

    const bool self = pid == ::GetCurrentProcessId();
    UniqueHandle process(self ? nullptr : ::OpenProcess(PROCESS_DUP_HANDLE, FALSE, pid));
    if (!self && !process)
        return lastWinError("OpenProcess", std::to_string(pid));

    const auto* info = reinterpret_cast<const SystemHandleInformation*>(buffer.get());
    std::vector<HandleEntry> table;
    for (ULONG i = 0; i < info->NumberOfHandles; ++i) {
        const SystemHandleEntry& e = info->Handles[i];
        if (e.UniqueProcessId != pid)
            continue;
        HandleEntry entry { .value = e.HandleValue,
            .inherit = (e.HandleAttributes & kObjInherit) != 0,
            .access = e.GrantedAccess,
            .object = reinterpret_cast<std::uintptr_t>(e.Object) };
        const auto source = reinterpret_cast<HANDLE>(static_cast<std::uintptr_t>(e.HandleValue));
        HANDLE copy = nullptr;
        if (::DuplicateHandle(self ? ::GetCurrentProcess() : process.get(), source, ::GetCurrentProcess(), &copy, 0,
                FALSE, DUPLICATE_SAME_ACCESS)) {
            const UniqueHandle owned(copy);
            alignas(8) std::byte typeBuffer[1024];
            ULONG got = 0;
            if (queryObject(copy, kObjectTypeInformation, typeBuffer, sizeof typeBuffer, &got) >= 0) {
                const auto* type = reinterpret_cast<const ObjectTypeInformation*>(typeBuffer);
                entry.type = narrow(std::wstring_view(type->TypeName.Buffer, type->TypeName.Length / sizeof(WCHAR)));
            }
            if (entry.type == "File")
                entry.fileType = ::GetFileType(copy);
        }
        table.push_back(std::move(entry));
    }
    return table;
}

} // namespace pipescope::win32
