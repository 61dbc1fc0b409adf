// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "base/uniquefd.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace pipescope {

// Which end of a FIFO an open(2) asks for. A FIFO is one-way: its read end never writes, its write end never reads.
enum class FifoEnd { Read, Write };
std::string_view fifoEndName(FifoEnd e); // "read", "write"
std::optional<FifoEnd> fifoEndFromName(std::string_view name);

// Blocking: open(2) waits until the other side opens too (the rendezvous). NonBlocking (O_NONBLOCK): Read succeeds
// at once; Write fails with ENXIO while nobody has the FIFO open for reading.
enum class FifoOpenMode { Blocking, NonBlocking };
std::string_view fifoOpenModeName(FifoOpenMode m); // "blocking", "nonblocking"

// The FIFO's inode as stat(2) sees it: what `ls -l` shows.
struct FifoStat
{
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint32_t mode = 0; // st_mode: file type and permission bits
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::string owner; // the user name of uid, empty when it has none
    std::string group; // the group name of gid, empty when it has none
    std::uint64_t links = 0;

    bool isFifo() const;
    std::uint32_t permissions() const { return mode & 07777U; }
    friend bool operator==(const FifoStat&, const FifoStat&) = default;
};

// ls -l's first column for an st_mode: "prw-------" for a FIFO with mode 0600 (setuid/setgid/sticky as s/S, t/T).
std::string symbolicMode(std::uint32_t stMode);

struct FifoSessionOptions
{
    std::uint32_t mode = 0600; // the FIFO's permission bits, exactly (the umask does not apply)
    std::string parentDirectory; // where the private directory is made; empty: $TMPDIR, else /tmp
    std::string name = "fifo"; // the FIFO's name inside it: one path component
};

// A FIFO of its own: mkfifo in a private directory made by mkdtemp, every later access relative to that
// directory's fd with links never followed, and both removed when the session ends (also when a writer crashed:
// only this object owns them). The directory is mode 0711 so that other users can reach the FIFO by name but
// neither list nor add entries: the FIFO's own mode bits are what decides who may open it.
class FifoSession
{
public:
    // Errors: SystemCall (mkdtemp, open, mkfifoat, fchmodat) naming the path; Malformed for a name that is not
    // one path component. Nothing is left behind on failure.
    static Result<std::unique_ptr<FifoSession>> create(const FifoSessionOptions& options = {});
    ~FifoSession(); // removes the FIFO and the directory
    FifoSession(const FifoSession&) = delete;
    FifoSession& operator=(const FifoSession&) = delete;

    const std::string& path() const { return m_path; } // directory + "/" + name
    const std::string& directory() const { return m_directory; }
    const std::string& name() const { return m_name; }
    int directoryFd() const { return m_dirFd.get(); }

    Result<FifoStat> stat() const;
    // The permission bits, exactly. Takes effect for the next open(2); fds already open keep working.
    Result<void> chmod(std::uint32_t mode);

    // One real open(2) of the FIFO (close-on-exec, never following a link). Blocking blocks the calling thread
    // until the other side opens (use FifoBlockingOpen to watch that). Errors: SystemCall "open" with errno
    // ENXIO (NonBlocking Write, no reader), EACCES (mode bits), ENOENT (removed)...
    Result<UniqueFd> open(FifoEnd end, FifoOpenMode mode) const;

    // Tries a non-blocking open(2) in a helper process that first becomes uid/gid (setgroups, setgid, setuid):
    // what another user would get, e.g. EACCES for a 0600 FIFO of root's. Needs root to switch users. Errors:
    // ChildSetup with call "setgroups"/"setgid"/"setuid" and errno; SystemCall "open" with the open's errno.
    Result<void> tryOpenAs(std::uint32_t uid, std::uint32_t gid, FifoEnd end) const;

    // Removes the FIFO and the directory now; idempotent. Fds already open keep working (the inode lives on).
    Result<void> remove();
    bool removed() const { return !m_dirFd.valid(); }

    // Root (CAP_DAC_OVERRIDE) opens any FIFO whatever its mode bits: a demo of EACCES then needs another uid.
    static bool runningAsRoot();

private:
    FifoSession() = default;

    std::string m_directory;
    std::string m_name;
    std::string m_path;
    UniqueFd m_parentFd; // the directory holding m_directory, for the final rmdir
    UniqueFd m_dirFd;
};

} // namespace pipescope
