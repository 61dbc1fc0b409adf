// SPDX-License-Identifier: GPL-3.0-or-later
#include "fifo/fifo.h"

#include "base/forkpoint.h"
#include "base/names.h"
#include "popen/process.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

namespace pipescope {

namespace {

constexpr std::pair<FifoEnd, std::string_view> fifoEndNames[] {
    { FifoEnd::Read, "read" },
    { FifoEnd::Write, "write" },
};

constexpr std::pair<FifoOpenMode, std::string_view> fifoOpenModeNames[] {
    { FifoOpenMode::Blocking, "blocking" },
    { FifoOpenMode::NonBlocking, "nonblocking" },
};

// Other users may pass through to the FIFO by its name, nothing more (see FifoSession).
constexpr mode_t kDirectoryMode = 0711;

int openFlags(FifoEnd end, FifoOpenMode mode)
{
    return (end == FifoEnd::Read ? O_RDONLY : O_WRONLY) | (mode == FifoOpenMode::NonBlocking ? O_NONBLOCK : 0)
        | O_CLOEXEC | O_NOFOLLOW;
}

std::string userName(uid_t uid)
{
    std::vector<char> buffer(4096);
    passwd pw {};
    passwd* found = nullptr;
    if (::getpwuid_r(uid, &pw, buffer.data(), buffer.size(), &found) != 0 || !found)
        return {};
    return found->pw_name;
}

std::string groupName(gid_t gid)
{
    std::vector<char> buffer(4096);
    group gr {};
    group* found = nullptr;
    if (::getgrgid_r(gid, &gr, buffer.data(), buffer.size(), &found) != 0 || !found)
        return {};
    return found->gr_name;
}

// What the tryOpenAs helper reports through its pipe: which stage failed (0 = none) and the errno.
struct HelperReport
{
    int stage = 0;
    int error = 0;
};
enum HelperStage : int { StageNone = 0, StageSetgroups, StageSetgid, StageSetuid, StageOpen };

} // namespace

std::string_view fifoEndName(FifoEnd e)
{
    return detail::nameOf<FifoEnd>(fifoEndNames, e);
}
std::optional<FifoEnd> fifoEndFromName(std::string_view name)
{
    return detail::valueOf<FifoEnd>(fifoEndNames, name);
}
std::string_view fifoOpenModeName(FifoOpenMode m)
{
    return detail::nameOf<FifoOpenMode>(fifoOpenModeNames, m);
}

bool FifoStat::isFifo() const
{
    return S_ISFIFO(mode);
}

std::string symbolicMode(std::uint32_t stMode)
{
    std::string s(10, '-');
    switch (stMode & S_IFMT) {
    case S_IFIFO:
        s[0] = 'p';
        break;
    case S_IFDIR:
        s[0] = 'd';
        break;
    case S_IFLNK:
        s[0] = 'l';
        break;
    case S_IFSOCK:
        s[0] = 's';
        break;
    case S_IFCHR:
        s[0] = 'c';
        break;
    case S_IFBLK:
        s[0] = 'b';
        break;
    default:
        break;
    }
    constexpr std::array<char, 3> rwx { 'r', 'w', 'x' };
    for (unsigned i = 0; i < 9; ++i)
        if (stMode & (0400U >> i))
            s[1 + i] = rwx[i % 3];
    // The special bits share the x column: lower case when x is set too, upper case when it is not.
    const auto special = [&s, stMode](std::uint32_t bit, std::size_t column, char withX) {
        if (stMode & bit)
            s[column] = s[column] == '-' ? static_cast<char>(withX - 'a' + 'A') : withX;
    };
    special(S_ISUID, 3, 's');
    special(S_ISGID, 6, 's');
    special(S_ISVTX, 9, 't');
    return s;
}

Result<std::unique_ptr<FifoSession>> FifoSession::create(const FifoSessionOptions& options)
{
    if (options.name.empty() || options.name == "." || options.name == ".."
        || options.name.find('/') != std::string::npos)
        return Error { .code = ErrorCode::Malformed, .subject = options.name };
    std::string parent = options.parentDirectory;
    if (parent.empty()) {
        const char* tmp = std::getenv("TMPDIR");
        parent = tmp && tmp[0] == '/' ? tmp : "/tmp";
    }
    while (parent.size() > 1 && parent.back() == '/')
        parent.pop_back();

    std::unique_ptr<FifoSession> s(new FifoSession);
    s->m_parentFd.reset(::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!s->m_parentFd)
        return sysError("open", parent);
    std::string pattern = (parent == "/" ? "" : parent) + "/pipescope-fifo-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        return sysError("mkdtemp", pattern);
    s->m_directory = pattern;
    s->m_name = options.name;
    s->m_path = pattern + "/" + options.name;
    // mkdtemp made it 0700 and ours; O_NOFOLLOW: if the name were swapped for a link meanwhile, fail.
    s->m_dirFd.reset(::open(pattern.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!s->m_dirFd) {
        Error e = sysError("open", pattern);
        ::rmdir(pattern.c_str());
        return e;
    }
    // From here on the destructor cleans up whatever exists.
    if (::fchmod(s->m_dirFd.get(), kDirectoryMode) != 0)
        return sysError("fchmod", s->m_directory);
    if (::mkfifoat(s->m_dirFd.get(), s->m_name.c_str(), 0600) != 0)
        return sysError("mkfifo", s->m_path);
    // mkfifo applies the umask; the caller asked for exact bits.
    if (auto r = s->chmod(options.mode); !r)
        return r.error();
    return s;
}

FifoSession::~FifoSession()
{
    [[maybe_unused]] auto ignored = remove();
}

Result<void> FifoSession::remove()
{
    if (!m_dirFd)
        return {};
    std::optional<Error> first;
    if (::unlinkat(m_dirFd.get(), m_name.c_str(), 0) != 0 && errno != ENOENT)
        first = sysError("unlink", m_path);
    m_dirFd.reset();
    const std::string base = m_directory.substr(m_directory.rfind('/') + 1);
    if (::unlinkat(m_parentFd.get(), base.c_str(), AT_REMOVEDIR) != 0 && errno != ENOENT && !first)
        first = sysError("rmdir", m_directory);
    m_parentFd.reset();
    if (first)
        return *first;
    return {};
}

Result<FifoStat> FifoSession::stat() const
{
    struct stat st
    {
    };
    if (!m_dirFd) {
        errno = ENOENT;
        return sysError("stat", m_path);
    }
    if (::fstatat(m_dirFd.get(), m_name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return sysError("stat", m_path);
    return FifoStat { .device = st.st_dev,
        .inode = st.st_ino,
        .mode = st.st_mode,
        .uid = st.st_uid,
        .gid = st.st_gid,
        .owner = userName(st.st_uid),
        .group = groupName(st.st_gid),
        .links = st.st_nlink };
}

Result<void> FifoSession::chmod(std::uint32_t mode)
{
    if (!m_dirFd) {
        errno = ENOENT;
        return sysError("chmod", m_path);
    }
    // glibc does AT_SYMLINK_NOFOLLOW through an O_PATH fd: the FIFO is changed, never what a link points to.
    if (::fchmodat(m_dirFd.get(), m_name.c_str(), mode & 07777U, AT_SYMLINK_NOFOLLOW) != 0)
        return sysError("chmod", m_path);
    return {};
}

Result<UniqueFd> FifoSession::open(FifoEnd end, FifoOpenMode mode) const
{
    if (!m_dirFd) {
        errno = ENOENT;
        return sysError("open", m_path);
    }
    int fd = -1;
    do {
        fd = ::openat(m_dirFd.get(), m_name.c_str(), openFlags(end, mode));
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return sysError("open", m_path);
    return UniqueFd(fd);
}

Result<void> FifoSession::tryOpenAs(std::uint32_t uid, std::uint32_t gid, FifoEnd end) const
{
    if (!m_dirFd) {
        errno = ENOENT;
        return sysError("open", m_path);
    }
    int fds[2] = { -1, -1 };
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return sysError("pipe");
    UniqueFd readEnd(fds[0]);
    UniqueFd writeEnd(fds[1]);
    const int flags = openFlags(end, FifoOpenMode::NonBlocking);
    const int dirFd = m_dirFd.get();
    const char* name = m_name.c_str();

    const std::vector<int> keepSorted = sortedFds({ writeEnd.get(), dirFd });
    const pid_t pid = forkIsolated(keepSorted);
    if (pid < 0)
        return sysError("fork");
    if (pid == 0) {
        // Only async-signal-safe calls here (the parent may have threads); raw system calls change the
        // credentials of this one thread, which is all the helper has.
        HelperReport report;
        if (::syscall(SYS_setgroups, 0, nullptr) != 0)
            report = { StageSetgroups, errno };
        else if (::syscall(SYS_setgid, gid) != 0)
            report = { StageSetgid, errno };
        else if (::syscall(SYS_setuid, uid) != 0)
            report = { StageSetuid, errno };
        else if (const int fd = ::openat(dirFd, name, flags); fd < 0)
            report = { StageOpen, errno };
        [[maybe_unused]] const ssize_t n = ::write(writeEnd.get(), &report, sizeof report);
        ::_exit(0);
    }
    ChildProcess helper(pid);
    writeEnd.reset();
    HelperReport report;
    ssize_t n = -1;
    do {
        n = ::read(readEnd.get(), &report, sizeof report);
    } while (n < 0 && errno == EINTR);
    helper.wait();
    if (n != static_cast<ssize_t>(sizeof report))
        return Error { .code = ErrorCode::ChildSetup, .sysErrno = EIO, .call = "fork" };
    switch (report.stage) {
    case StageNone:
        return {};
    case StageSetgroups:
        return Error { .code = ErrorCode::ChildSetup, .sysErrno = report.error, .call = "setgroups" };
    case StageSetgid:
        return Error { .code = ErrorCode::ChildSetup, .sysErrno = report.error, .call = "setgid" };
    case StageSetuid:
        return Error { .code = ErrorCode::ChildSetup, .sysErrno = report.error, .call = "setuid" };
    default:
        return Error { .code = ErrorCode::SystemCall, .sysErrno = report.error, .call = "open", .subject = m_path };
    }
}

bool FifoSession::runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace pipescope
