// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <windows.h>

#include <cstdint>
#include <string>
#include <vector>

namespace pipescope::win32 {

// One entry of a process's handle table: /proc/<pid>/fd for Windows.
struct HandleEntry
{
    std::uintptr_t value = 0; // the HANDLE's value in its process
    std::string type; // the object type: "File", "Event", "Process", ...; empty when it could not be read
    DWORD fileType = FILE_TYPE_UNKNOWN; // GetFileType of a "File" (disk, char, pipe), FILE_TYPE_UNKNOWN otherwise
    bool inherit = false; // OBJ_INHERIT: a child created with bInheritHandles=TRUE (and no handle list) gets it
    std::uint32_t access = 0; // granted access mask
    std::uintptr_t object = 0; // the kernel object's address, equal for two handles of one object; 0 when hidden
};

// Every handle process pid holds now: NtQuerySystemInformation(SystemHandleInformation), and for the types
// NtQueryObject(ObjectTypeInformation) on a copy of each handle (DuplicateHandle, so PROCESS_DUP_HANDLE on pid).
// ntdll is looked up at run time so the program imports only KERNEL32.
Result<std::vector<HandleEntry>> readHandleTable(DWORD pid);

} // namespace pipescope::win32
