// SPDX-License-Identifier: GPL-3.0-or-later
// The fd inspector: the pure parsers of /proc text, then real tables read from /proc.

#include "base/uniquefd.h"
#include "inspect/fdtable.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using pipescope::Access;
using pipescope::FdEntry;
using pipescope::FdKind;
using pipescope::FdTable;
using pipescope::inspectFds;
using pipescope::parseFdinfo;

std::string identifier(std::string_view text)
{
    std::string out;
    for (const char c : text)
        out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return out.empty() ? std::string("empty") : out;
}

// ---------------------------------------------------------------------------------------------
// classifyTarget

struct TargetCase
{
    std::string link;
    FdKind kind;
    std::uint64_t inode;
};

void PrintTo(const TargetCase& c, std::ostream* os)
{
    *os << "'" << c.link << "'";
}

class ClassifyTarget : public testing::TestWithParam<TargetCase>
{
};

TEST_P(ClassifyTarget, KindAndInode)
{
    const TargetCase& c = GetParam();
    const pipescope::FdTarget t = pipescope::classifyTarget(c.link);
    EXPECT_EQ(pipescope::fdKindName(t.kind), pipescope::fdKindName(c.kind)) << "'" << c.link << "'";
    EXPECT_EQ(t.inode, c.inode) << "'" << c.link << "'";
}

INSTANTIATE_TEST_SUITE_P(Links, ClassifyTarget,
    testing::Values(TargetCase { "pipe:[123]", FdKind::Pipe, 123 }, TargetCase { "pipe:[0]", FdKind::Pipe, 0 },
        TargetCase { "pipe:[18446744073709551615]", FdKind::Pipe, UINT64_MAX },
        TargetCase { "socket:[9]", FdKind::Socket, 9 }, TargetCase { "anon_inode:[eventfd]", FdKind::AnonInode, 0 },
        TargetCase { "anon_inode:inotify", FdKind::AnonInode, 0 }, TargetCase { "/dev/null", FdKind::DevNull, 0 },
        TargetCase { "/dev/pts/3", FdKind::Tty, 0 }, TargetCase { "/dev/tty", FdKind::Tty, 0 },
        TargetCase { "/tmp/a b.txt", FdKind::File, 0 }, TargetCase { "/tmp/out.txt (deleted)", FdKind::File, 0 },
        TargetCase { "/dev/nullx", FdKind::File, 0 },
        // Garbage never becomes a pipe, and never crashes.
        TargetCase { "pipe:[", FdKind::Other, 0 }, TargetCase { "pipe:[abc]", FdKind::Other, 0 },
        TargetCase { "pipe:[]", FdKind::Other, 0 }, TargetCase { "pipe:[12", FdKind::Other, 0 },
        TargetCase { "pipe:[12]x", FdKind::Other, 0 }, TargetCase { "pipe:[-1]", FdKind::Other, 0 },
        TargetCase { "pipe:[1 2]", FdKind::Other, 0 }, TargetCase { "pipe:[18446744073709551616]", FdKind::Other, 0 },
        TargetCase { "pipe:]", FdKind::Other, 0 }, TargetCase { "socket:[x]", FdKind::Other, 0 },
        TargetCase { "pipe", FdKind::Other, 0 }, TargetCase { "", FdKind::Other, 0 },
        TargetCase { "net:[4026531840]", FdKind::Other, 0 }),
    [](const testing::TestParamInfo<TargetCase>& info) {
        return std::to_string(info.index) + "_" + identifier(info.param.link);
    });

// ---------------------------------------------------------------------------------------------
// parseFdinfo

struct FdinfoCase
{
    std::string name;
    std::string text;
    bool ok;
    Access access = Access::Read;
    bool cloexec = false;
    bool nonblock = false;
    std::int64_t pos = 0;
    std::uint64_t inode = 0;
    unsigned flags = 0;
};

void PrintTo(const FdinfoCase& c, std::ostream* os)
{
    *os << c.name;
}

class ParseFdinfo : public testing::TestWithParam<FdinfoCase>
{
};

TEST_P(ParseFdinfo, Fields)
{
    const FdinfoCase& c = GetParam();
    FdEntry entry;
    const bool ok = parseFdinfo(c.text, entry);
    ASSERT_EQ(ok, c.ok) << "text: '" << c.text << "'";
    if (!ok)
        return;
    EXPECT_EQ(entry.flags, c.flags);
    EXPECT_EQ(pipescope::accessName(entry.access), pipescope::accessName(c.access));
    EXPECT_EQ(entry.cloexec, c.cloexec);
    EXPECT_EQ(entry.nonblock, c.nonblock);
    EXPECT_EQ(entry.pos, c.pos);
    EXPECT_EQ(entry.inode, c.inode);
}

INSTANTIATE_TEST_SUITE_P(Texts, ParseFdinfo,
    testing::Values(FdinfoCase { "pipe_write_cloexec", "pos:\t0\nflags:\t02000001\nmnt_id:\t15\nino:\t1234\n", true,
                        Access::Write, true, false, 0, 1234, 02000001 },
        FdinfoCase { "rdwr_nonblock", "pos:\t0\nflags:\t04002\nmnt_id:\t15\n", true, Access::ReadWrite, false, true, 0,
            0, O_RDWR | O_NONBLOCK },
        FdinfoCase { "read_largefile", "pos:\t0\nflags:\t0100000\nmnt_id:\t23\nino:\t3\n", true, Access::Read, false,
            false, 0, 3, 0100000 },
        FdinfoCase {
            "no_trailing_newline", "pos:\t42\nflags:\t02000001", true, Access::Write, true, false, 42, 0, 02000001 },
        FdinfoCase { "big_pos", "pos:\t5000000000\nflags:\t0100001\n", true, Access::Write, false, false, 5000000000, 0,
            0100001 },
        FdinfoCase { "flags_first_spaces", "flags:    02004002\npos:  7\n", true, Access::ReadWrite, true, true, 7, 0,
            02004002 },
        FdinfoCase { "extra_lines_ignored",
            "pos:\t0\nflags:\t02\nmnt_id:\t14\nino:\t9\neventfd-count:                0\neventfd-id: 3\nnot a key "
            "value line\n\n",
            true, Access::ReadWrite, false, false, 0, 9, 02 },
        FdinfoCase { "missing_flags", "pos:\t0\nmnt_id:\t15\nino:\t1234\n", false },
        FdinfoCase { "flags_not_octal_letters", "pos:\t0\nflags:\tzz\n", false },
        FdinfoCase { "flags_not_octal_digit9", "pos:\t0\nflags:\t9\n", false },
        FdinfoCase { "flags_octal_prefix_then_8", "pos:\t0\nflags:\t0899\n", false },
        FdinfoCase { "flags_trailing_garbage", "pos:\t0\nflags:\t02000001xyz\n", false },
        FdinfoCase { "flags_empty", "pos:\t0\nflags:\t\n", false },
        FdinfoCase { "flags_negative", "flags:\t-1\n", false }, FdinfoCase { "empty_text", "", false },
        FdinfoCase { "only_newlines", "\n\n\n", false }, FdinfoCase { "key_without_colon", "flags 02000001\n", false }),
    [](const testing::TestParamInfo<FdinfoCase>& info) { return info.param.name; });

TEST(ParseFdinfo, KeepsPipeInodeFromTheLink)
{
    // For a pipe the inode comes from "pipe:[N]"; fdinfo's ino (if any) must not overwrite it.
    FdEntry entry;
    entry.inode = 777;
    ASSERT_TRUE(parseFdinfo("pos:\t0\nflags:\t0\nino:\t1\n", entry));
    EXPECT_EQ(entry.inode, 777u);
}

TEST(FdTableNames, RoundTrip)
{
    for (FdKind k : { FdKind::Pipe, FdKind::DevNull, FdKind::File, FdKind::Tty, FdKind::Socket, FdKind::AnonInode,
             FdKind::Other }) {
        const std::string_view name = pipescope::fdKindName(k);
        EXPECT_FALSE(name.empty());
        EXPECT_EQ(pipescope::fdKindFromName(name), k) << name;
    }
    for (Access a : { Access::Read, Access::Write, Access::ReadWrite }) {
        const std::string_view name = pipescope::accessName(a);
        EXPECT_FALSE(name.empty());
        EXPECT_EQ(pipescope::accessFromName(name), a) << name;
    }
    EXPECT_FALSE(pipescope::fdKindFromName("PIPE").has_value());
    EXPECT_FALSE(pipescope::accessFromName("").has_value());
}

// ---------------------------------------------------------------------------------------------
// inspectFds on real processes

FdTable inspectSelf()
{
    auto table = inspectFds(::getpid());
    EXPECT_TRUE(table.ok()) << "errno " << (table.ok() ? 0 : table.error().sysErrno);
    return table.ok() ? *table : FdTable {};
}

struct PipeFlagsCase
{
    std::string name;
    int flags; // for pipe2
};

void PrintTo(const PipeFlagsCase& c, std::ostream* os)
{
    *os << c.name;
}

class InspectPipe : public testing::TestWithParam<PipeFlagsCase>
{
};

TEST_P(InspectPipe, BothEndsListedAndNothingElseAdded)
{
    const int flags = GetParam().flags;
    const FdTable before = inspectSelf();
    ASSERT_FALSE(before.empty());

    int fds[2];
    ASSERT_EQ(::pipe2(fds, flags), 0) << std::strerror(errno);
    const pipescope::UniqueFd readEnd(fds[0]);
    const pipescope::UniqueFd writeEnd(fds[1]);

    const FdTable after = inspectSelf();
    // Exactly the two pipe ends are new: the inspector's own directory fds are never listed.
    EXPECT_EQ(after.size(), before.size() + 2);
    const std::string proc = "/proc/" + std::to_string(::getpid()) + "/";
    for (const FdEntry& e : after)
        EXPECT_FALSE(e.target.starts_with(proc)) << "fd " << e.fd << " -> " << e.target << " is the inspector's own";
    for (size_t i = 1; i < after.size(); ++i)
        EXPECT_LT(after[i - 1].fd, after[i].fd) << "the table is sorted by fd, without duplicates";

    const FdEntry* r = pipescope::findFd(after, readEnd.get());
    const FdEntry* w = pipescope::findFd(after, writeEnd.get());
    ASSERT_NE(r, nullptr);
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(r->kind, FdKind::Pipe);
    EXPECT_EQ(w->kind, FdKind::Pipe);
    EXPECT_NE(r->inode, 0u);
    EXPECT_EQ(r->inode, w->inode) << "two ends of one pipe share its inode";
    EXPECT_EQ(r->target, "pipe:[" + std::to_string(r->inode) + "]");
    EXPECT_EQ(r->access, Access::Read);
    EXPECT_EQ(w->access, Access::Write);
    const bool cloexec = (flags & O_CLOEXEC) != 0;
    const bool nonblock = (flags & O_NONBLOCK) != 0;
    EXPECT_EQ(r->cloexec, cloexec);
    EXPECT_EQ(w->cloexec, cloexec);
    EXPECT_EQ(r->nonblock, nonblock);
    EXPECT_EQ(w->nonblock, nonblock);
    // The pipe is new: no fd that existed before has its inode.
    for (const FdEntry& e : before)
        EXPECT_FALSE(e.kind == FdKind::Pipe && e.inode == r->inode);
}

INSTANTIATE_TEST_SUITE_P(Flags, InspectPipe,
    testing::Values(PipeFlagsCase { "cloexec", O_CLOEXEC }, PipeFlagsCase { "plain", 0 },
        PipeFlagsCase { "nonblock", O_NONBLOCK }, PipeFlagsCase { "cloexec_nonblock", O_CLOEXEC | O_NONBLOCK }),
    [](const testing::TestParamInfo<PipeFlagsCase>& info) { return info.param.name; });

TEST(InspectFds, ClosedFdsDisappear)
{
    const size_t before = inspectSelf().size();
    int fds[2];
    ASSERT_EQ(::pipe2(fds, O_CLOEXEC), 0);
    ::close(fds[0]);
    ::close(fds[1]);
    const FdTable after = inspectSelf();
    EXPECT_EQ(after.size(), before);
}

TEST(InspectFds, DevNullAndFileRows)
{
    char path[] = "/tmp/pipescope-tst-fdtable-XXXXXX";
    const pipescope::UniqueFd created(::mkstemp(path));
    ASSERT_TRUE(created.valid());
    const std::string file(path);
    const pipescope::UniqueFd appendFd(::open(path, O_WRONLY | O_APPEND | O_CLOEXEC));
    ASSERT_TRUE(appendFd.valid());
    ASSERT_EQ(::write(appendFd.get(), "hello", 5), 5);
    const pipescope::UniqueFd null(::open("/dev/null", O_RDWR));
    ASSERT_TRUE(null.valid());
    struct stat st
    {
    };
    ASSERT_EQ(::stat(path, &st), 0);

    const FdTable table = inspectSelf();
    ::unlink(path);

    const FdEntry* f = pipescope::findFd(table, appendFd.get());
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->kind, FdKind::File);
    EXPECT_EQ(f->target, file);
    EXPECT_EQ(f->access, Access::Write);
    EXPECT_TRUE(f->cloexec);
    EXPECT_EQ(f->pos, 5);
    EXPECT_TRUE(f->flags & O_APPEND);
    EXPECT_EQ(f->inode, static_cast<std::uint64_t>(st.st_ino)) << "files take fdinfo's ino";

    const FdEntry* n = pipescope::findFd(table, null.get());
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->kind, FdKind::DevNull);
    EXPECT_EQ(n->target, "/dev/null");
    EXPECT_EQ(n->access, Access::ReadWrite);
    EXPECT_FALSE(n->cloexec);
}

TEST(InspectFds, AnotherLiveProcess)
{
    // A child that holds a pipe's read end on fd 0 and waits for EOF on it: its table is stable while we look.
    int fds[2];
    ASSERT_EQ(::pipe2(fds, O_CLOEXEC), 0);
    pipescope::UniqueFd readEnd(fds[0]);
    pipescope::UniqueFd writeEnd(fds[1]);
    int ready[2]; // the child says when its table is set up
    ASSERT_EQ(::pipe2(ready, O_CLOEXEC), 0);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::dup2(fds[0], 0);
        ::close(fds[0]);
        ::close(fds[1]);
        ::close(ready[0]);
        char c = 'r';
        (void)!::write(ready[1], &c, 1);
        ::close(ready[1]);
        while (::read(0, &c, 1) > 0) { }
        ::_exit(0);
    }
    readEnd.reset();
    ::close(ready[1]);
    char c = 0;
    ASSERT_EQ(::read(ready[0], &c, 1), 1);
    ::close(ready[0]);
    const auto table = inspectFds(pid);
    writeEnd.reset(); // EOF: the child exits
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);

    ASSERT_TRUE(table.ok());
    const FdEntry* in = pipescope::findFd(*table, 0);
    ASSERT_NE(in, nullptr);
    EXPECT_EQ(in->kind, FdKind::Pipe);
    EXPECT_EQ(in->access, Access::Read);
    EXPECT_FALSE(in->cloexec) << "dup2 clears close-on-exec on the new fd";
}

TEST(InspectFds, ReapedChildIsAnErrorNotACrash)
{
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0)
        ::_exit(0);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    const auto table = inspectFds(pid);
    ASSERT_FALSE(table.ok()) << "a reaped pid has no /proc entry, yet " << table->size() << " fds were listed";
    EXPECT_EQ(table.error().code, pipescope::ErrorCode::SystemCall);
    EXPECT_EQ(table.error().sysErrno, ENOENT);
    EXPECT_FALSE(table.error().call.empty());
}

TEST(InspectFds, ZombieHasNoFds)
{
    int fds[2];
    ASSERT_EQ(::pipe2(fds, O_CLOEXEC), 0);
    pipescope::UniqueFd readEnd(fds[0]);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0)
        ::_exit(0); // closes its copy of the write end: our read then sees EOF
    ::close(fds[1]);
    char c = 0;
    ASSERT_EQ(::read(readEnd.get(), &c, 1), 0);
    // The child has exited (its fds are gone) but is not reaped yet; waitid(WNOWAIT) makes sure it is a zombie.
    siginfo_t info {};
    ASSERT_EQ(::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT), 0);
    const auto table = inspectFds(pid);
    if (table.ok()) {
        EXPECT_TRUE(table->empty()) << "a zombie has no open fds";
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
}

TEST(InspectFds, NonexistentPids)
{
    for (const pid_t pid : { pid_t { 0 }, pid_t { -1 }, pid_t { INT_MAX } }) {
        const auto table = inspectFds(pid);
        ASSERT_FALSE(table.ok()) << "pid " << pid;
        EXPECT_EQ(table.error().code, pipescope::ErrorCode::SystemCall) << "pid " << pid;
        EXPECT_EQ(table.error().sysErrno, ENOENT) << "pid " << pid;
    }
}

TEST(InspectFds, NoFdLeakAcrossManyCalls)
{
    const size_t before = inspectSelf().size();
    for (int i = 0; i < 200; ++i)
        ASSERT_TRUE(inspectFds(::getpid()).ok());
    (void)inspectFds(INT_MAX); // the error path closes what it opened too
    EXPECT_EQ(inspectSelf().size(), before);
}

} // namespace
