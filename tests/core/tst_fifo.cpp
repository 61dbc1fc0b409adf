// SPDX-License-Identifier: GPL-3.0-or-later
// Named pipes with real processes: the FIFO's life cycle and permissions, the open rendezvous, N writers into one
// reader with PIPE_BUF atomicity counted exactly (and cross-checked by an independent reading of the raw stream),
// the POSIX duplex demos, the Windows model, and `pipescope-trace fifo`.

#include "fifo/duplexdemo.h"
#include "fifo/fifo.h"
#include "fifo/fifoopen.h"
#include "fifo/fiforecord.h"
#include "fifo/fiforun.h"
#include "fifo/namedpipemodel.h"
#include "inspect/fdtable.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

using namespace pipescope;
using namespace pipescope::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

constexpr uid_t kNobody = 65534;

// Every test must give back what it took: fds, and children (none left as zombies).
class Fifo : public ::testing::Test
{
protected:
    void SetUp() override { m_fds = openFdCount(); }
    void TearDown() override
    {
        EXPECT_EQ(openFdCount(), m_fds) << "fd leak";
        EXPECT_TRUE(zombieChildren().empty()) << "zombie children left";
    }

    static std::unique_ptr<FifoSession> session(std::uint32_t mode = 0600)
    {
        auto s = FifoSession::create(FifoSessionOptions { .mode = mode });
        EXPECT_TRUE(s) << "errno " << (s ? 0 : s.error().sysErrno);
        return s ? std::move(s).value() : nullptr;
    }

    static FifoRunOptions runOptions(std::uint32_t writers, std::uint32_t records, std::uint32_t recordSize)
    {
        return FifoRunOptions { .childProgram = childPath(),
            .writers = writers,
            .records = records,
            .recordSize = recordSize,
            .timeout = std::chrono::milliseconds(120'000) };
    }

private:
    int m_fds = -1;
};

// An independent reading of the raw stream, sharing nothing with FifoStreamParser but the documented layout:
// where each block of each record sits in the sequence of blocks. A record is interleaved exactly when its blocks
// are not consecutive in that sequence.
class StreamAudit
{
public:
    void feed(std::span<const std::byte> data)
    {
        m_bytes += static_cast<std::int64_t>(data.size());
        m_carry.append(reinterpret_cast<const char*>(data.data()), data.size());
        std::size_t p = 0;
        while (!m_malformed && m_carry.size() - p >= 24) {
            const auto field = [&](std::size_t at) {
                std::uint32_t v = 0;
                for (int i = 3; i >= 0; --i)
                    v = v << 8U | static_cast<unsigned char>(m_carry[p + at + static_cast<std::size_t>(i)]);
                return v;
            };
            if (m_carry.compare(p, 4, "PSFB") != 0) {
                m_malformed = true;
                break;
            }
            const std::uint32_t size = field(16);
            const std::uint32_t index = field(12);
            const std::size_t length = std::min<std::size_t>(4096, size - std::size_t { index } * 4096);
            if (m_carry.size() - p < length)
                break;
            Record& r = m_records[{ field(4), field(8) }];
            if (r.blocks == 0)
                r.first = m_ordinal;
            r.last = m_ordinal;
            ++r.blocks;
            r.bytes += length;
            ++m_ordinal;
            p += length;
        }
        m_carry.erase(0, p);
    }

    std::int64_t interleaved() const
    {
        return std::ranges::count_if(m_records, [](const auto& kv) {
            const Record& r = kv.second;
            return r.last - r.first + 1 != r.blocks;
        });
    }
    // Every (writer, seq) there exactly once with all its bytes, and nothing else.
    bool complete(std::uint32_t writers, std::uint32_t records, std::uint32_t size) const
    {
        if (m_malformed || !m_carry.empty() || m_records.size() != std::size_t { writers } * records)
            return false;
        return std::ranges::all_of(m_records, [&](const auto& kv) {
            return kv.first.first < writers && kv.first.second < records && kv.second.bytes == size
                && kv.second.blocks == (size + 4095) / 4096;
        });
    }
    std::int64_t bytes() const { return m_bytes; }

private:
    struct Record
    {
        std::int64_t first = -1;
        std::int64_t last = -1;
        std::int64_t blocks = 0;
        std::uint64_t bytes = 0;
    };
    std::string m_carry;
    std::map<std::pair<std::uint32_t, std::uint32_t>, Record> m_records;
    std::int64_t m_ordinal = 0;
    std::int64_t m_bytes = 0;
    bool m_malformed = false;
};

std::vector<std::byte> record(std::uint32_t size, std::uint32_t writer, std::uint32_t seq)
{
    std::vector<std::byte> r(size);
    encodeFifoRecord(r, writer, seq);
    return r;
}

void append(std::vector<std::byte>& to, std::span<const std::byte> bytes)
{
    to.insert(to.end(), bytes.begin(), bytes.end());
}

// ---------------------------------------------------------------------------------------------
// The record format and the parser, without processes

TEST(FifoRecord, SizeRules)
{
    EXPECT_EQ(checkFifoRecordSize(23), FifoRecordSizeCheck::TooSmall);
    EXPECT_EQ(checkFifoRecordSize(24), FifoRecordSizeCheck::Ok);
    EXPECT_EQ(checkFifoRecordSize(4096), FifoRecordSizeCheck::Ok);
    EXPECT_EQ(checkFifoRecordSize(4097), FifoRecordSizeCheck::NotBlockMultiple);
    EXPECT_EQ(checkFifoRecordSize(5000), FifoRecordSizeCheck::NotBlockMultiple);
    EXPECT_EQ(checkFifoRecordSize(65536), FifoRecordSizeCheck::Ok);
    EXPECT_EQ(checkFifoRecordSize(kFifoMaxRecordSize + 4096), FifoRecordSizeCheck::TooLarge);
    EXPECT_EQ(fifoBlockCount(512), 1u);
    EXPECT_EQ(fifoBlockCount(65536), 16u);
}

TEST(FifoRecord, ReassemblesWhateverTheReadSizes)
{
    for (std::uint32_t size : { 24u, 512u, 4096u, 8192u, 65536u }) {
        std::vector<std::byte> stream;
        for (std::uint32_t w = 0; w < 3; ++w)
            for (std::uint32_t seq = 0; seq < 4; ++seq)
                append(stream, record(size, w, seq));
        FifoStreamParser parser({ .writers = 3, .records = 4, .recordSize = size });
        std::mt19937 random(size);
        for (std::size_t at = 0; at < stream.size();) {
            const std::size_t n = std::min<std::size_t>(stream.size() - at, random() % 9000 + 1);
            parser.feed(std::span(stream).subspan(at, n));
            at += n;
        }
        parser.finish();
        const FifoStreamStats& s = parser.stats();
        EXPECT_TRUE(s.intact()) << "size " << size;
        EXPECT_EQ(s.recordsComplete, 12);
        EXPECT_EQ(s.recordsInterleaved, 0);
        EXPECT_EQ(s.fragments, 12);
        EXPECT_EQ(s.bytesLost(), 0);
        EXPECT_EQ(s.bytesReceived, static_cast<std::int64_t>(stream.size()));
    }
}

TEST(FifoRecord, CountsInterleavingsExactly)
{
    // Writer 0's record 0 (4 blocks) is cut by writer 1's whole record 0 and by the first half of writer 2's record
    // 0, which writer 0's tail then cuts in turn: records (0,0) and (2,0) are interleaved, (1,0) is not.
    const auto a = record(16384, 0, 0);
    const auto b = record(16384, 1, 0);
    const auto c = record(16384, 2, 0);
    const auto block = [](const std::vector<std::byte>& r, std::size_t first, std::size_t count) {
        return std::span(r).subspan(first * 4096, count * 4096);
    };
    std::vector<std::byte> stream;
    append(stream, block(a, 0, 2));
    append(stream, block(b, 0, 4));
    append(stream, block(c, 0, 2));
    append(stream, block(a, 2, 2));
    append(stream, block(c, 2, 2));
    FifoStreamParser parser({ .writers = 3, .records = 1, .recordSize = 16384 });
    std::vector<FifoFragment> fragments;
    parser.setFragmentSink([&](const FifoFragment& f) { fragments.push_back(f); });
    parser.feed(stream);
    parser.finish();
    EXPECT_TRUE(parser.stats().intact());
    EXPECT_EQ(parser.stats().recordsComplete, 3);
    EXPECT_EQ(parser.stats().recordsInterleaved, 2);
    EXPECT_EQ(parser.stats().fragments, 5);
    ASSERT_EQ(fragments.size(), 5u);
    EXPECT_EQ(
        fragments[3], (FifoFragment { .offset = 8 * 4096, .writerId = 0, .seq = 0, .firstBlock = 2, .blocks = 2 }));

    StreamAudit audit;
    audit.feed(stream);
    EXPECT_EQ(audit.interleaved(), 2);
}

TEST(FifoRecord, DetectsCorruptionLossAndDuplicates)
{
    std::vector<std::byte> stream;
    for (std::uint32_t seq = 0; seq < 3; ++seq)
        append(stream, record(8192, 0, seq));
    append(stream, record(8192, 0, 2)); // a duplicate
    stream[8192 + 100] ^= std::byte { 1 }; // one bit of record 1's first block
    const auto last = record(8192, 0, 3);
    append(stream, std::span(last).first(100)); // and a torn tail: the start of record 3
    FifoStreamParser parser({ .writers = 1, .records = 4, .recordSize = 8192 });
    parser.feed(stream);
    parser.finish();
    const FifoStreamStats& s = parser.stats();
    EXPECT_FALSE(s.intact());
    EXPECT_EQ(s.recordsComplete, 2); // 0 and 2
    EXPECT_EQ(s.duplicateRecords, 1);
    EXPECT_EQ(s.brokenRecords, 1); // record 1's second block has no first
    EXPECT_EQ(s.corruptBytes, 4096); // the damaged block, skipped up to the next magic
    EXPECT_EQ(s.missingRecords, 2); // 1 and 3
    EXPECT_EQ(s.bytesLost(), 2 * 8192);
    EXPECT_EQ(s.trailingBytes, 100);
}

TEST(FifoRecord, APartialSecondCopyIsNotIntact)
{
    // Every record arrived whole, then the first block of one of them again: something else arrived.
    std::vector<std::byte> stream;
    for (std::uint32_t seq = 0; seq < 2; ++seq)
        append(stream, record(8192, 0, seq));
    const auto again = record(8192, 0, 1);
    append(stream, std::span(again).first(4096));
    FifoStreamParser parser({ .writers = 1, .records = 2, .recordSize = 8192 });
    parser.feed(stream);
    parser.finish();
    const FifoStreamStats& s = parser.stats();
    EXPECT_EQ(s.recordsComplete, 2);
    EXPECT_EQ(s.bytesLost(), 0);
    EXPECT_EQ(s.incompleteRecords, 1);
    EXPECT_FALSE(s.intact());
}

TEST(FifoRecord, SymbolicModeLikeLs)
{
    EXPECT_EQ(symbolicMode(S_IFIFO | 0600), "prw-------");
    EXPECT_EQ(symbolicMode(S_IFIFO | 0644), "prw-r--r--");
    EXPECT_EQ(symbolicMode(S_IFIFO | 0), "p---------");
    EXPECT_EQ(symbolicMode(S_IFDIR | 01777), "drwxrwxrwt");
    EXPECT_EQ(symbolicMode(S_IFREG | 04644), "-rwSr--r--");
}

// ---------------------------------------------------------------------------------------------
// The FIFO itself

TEST_F(Fifo, LivesInAPrivateDirectoryWithExactModeAndIsRemoved)
{
    const mode_t old = ::umask(022);
    std::string path;
    std::string dir;
    {
        auto s = session(0666); // the umask would make it 0644
        ASSERT_TRUE(s);
        path = s->path();
        dir = s->directory();
        EXPECT_EQ(fs::path(path).parent_path(), fs::path(dir));
        EXPECT_TRUE(fs::path(dir).filename().string().starts_with("pipescope-fifo-"));
        auto st = s->stat();
        ASSERT_TRUE(st);
        EXPECT_TRUE(st->isFifo());
        EXPECT_EQ(st->permissions(), 0666u);
        EXPECT_EQ(symbolicMode(st->mode), "prw-rw-rw-");
        EXPECT_EQ(st->uid, ::geteuid());
        EXPECT_EQ(st->links, 1u);
        struct stat d
        {
        };
        ASSERT_EQ(::lstat(dir.c_str(), &d), 0);
        EXPECT_EQ(d.st_mode & 07777, 0711u);
        EXPECT_TRUE(fs::is_fifo(path));
    }
    ::umask(old);
    EXPECT_FALSE(fs::exists(fs::symlink_status(path)));
    EXPECT_FALSE(fs::exists(fs::symlink_status(dir)));
}

TEST_F(Fifo, NonBlockingOpens)
{
    auto s = session();
    ASSERT_TRUE(s);
    // No reader: a non-blocking write open fails at once with ENXIO.
    auto writer = s->open(FifoEnd::Write, FifoOpenMode::NonBlocking);
    ASSERT_FALSE(writer);
    EXPECT_EQ(writer.error().code, ErrorCode::SystemCall);
    EXPECT_EQ(writer.error().sysErrno, ENXIO);
    EXPECT_EQ(writer.error().call, "open");
    EXPECT_EQ(writer.error().subject, s->path());
    // A non-blocking read open never waits, writer or not; and then a writer finds its reader.
    auto reader = s->open(FifoEnd::Read, FifoOpenMode::NonBlocking);
    ASSERT_TRUE(reader);
    auto writer2 = s->open(FifoEnd::Write, FifoOpenMode::NonBlocking);
    ASSERT_TRUE(writer2) << "errno " << writer2.error().sysErrno;
    ASSERT_EQ(::write(writer2->get(), "hi", 2), 2);
    char buffer[4] = {};
    EXPECT_EQ(::read(reader->get(), buffer, sizeof buffer), 2);
}

TEST_F(Fifo, BlockingReadOpenWaitsForAWriter)
{
    auto s = session();
    ASSERT_TRUE(s);
    auto opening = FifoBlockingOpen::start(*s, FifoEnd::Read);
    ASSERT_TRUE(opening);
    FifoBlockingOpen& open = **opening;
    // The kernel itself shows the thread asleep in the rendezvous.
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (!open.waitingInKernel() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(1ms);
    ASSERT_TRUE(open.waitingInKernel());
    EXPECT_GT(open.tid(), 0);
    EXPECT_FALSE(open.wait(50ms));
    EXPECT_EQ(open.state(), FifoOpenState::Waiting);
    EXPECT_FALSE(open.takeFd().valid());

    // A writer comes: both opens return.
    auto writer = s->open(FifoEnd::Write, FifoOpenMode::NonBlocking);
    ASSERT_TRUE(writer) << "errno " << writer.error().sysErrno;
    ASSERT_TRUE(open.wait(5s));
    EXPECT_EQ(open.state(), FifoOpenState::Opened);
    EXPECT_GE(open.waitedNs(), 50'000'000);
    UniqueFd fd = open.takeFd();
    ASSERT_TRUE(fd.valid());
    ASSERT_EQ(::write(writer->get(), "x", 1), 1);
    char c = 0;
    EXPECT_EQ(::read(fd.get(), &c, 1), 1);
    EXPECT_EQ(c, 'x');
}

TEST_F(Fifo, BlockingWriteOpenWaitsForAReaderAndCanBeCancelled)
{
    auto s = session();
    ASSERT_TRUE(s);
    {
        auto opening = FifoBlockingOpen::start(*s, FifoEnd::Write);
        ASSERT_TRUE(opening);
        const auto deadline = std::chrono::steady_clock::now() + 5s;
        while (!(*opening)->waitingInKernel() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(1ms);
        EXPECT_TRUE((*opening)->waitingInKernel());
        auto reader = s->open(FifoEnd::Read, FifoOpenMode::NonBlocking);
        ASSERT_TRUE(reader);
        ASSERT_TRUE((*opening)->wait(5s));
        EXPECT_EQ((*opening)->state(), FifoOpenState::Opened);
    }
    // Nobody comes: cancel() plays the other side, and nothing is left open.
    auto opening = FifoBlockingOpen::start(*s, FifoEnd::Read);
    ASSERT_TRUE(opening);
    (*opening)->cancel();
    EXPECT_EQ((*opening)->state(), FifoOpenState::Cancelled);
    EXPECT_FALSE((*opening)->takeFd().valid());
}

TEST_F(Fifo, ChmodTakesEffectForTheNextOpen)
{
    auto s = session(0600);
    ASSERT_TRUE(s);
    auto reader = s->open(FifoEnd::Read, FifoOpenMode::NonBlocking);
    ASSERT_TRUE(reader);
    ASSERT_TRUE(s->chmod(0640));
    auto st = s->stat();
    ASSERT_TRUE(st);
    EXPECT_EQ(symbolicMode(st->mode), "prw-r-----");
    if (FifoSession::runningAsRoot()) {
        EXPECT_EQ(s->tryOpenAs(kNobody, kNobody, FifoEnd::Read).error().sysErrno, EACCES);
        ASSERT_TRUE(s->chmod(0604));
        EXPECT_TRUE(s->tryOpenAs(kNobody, kNobody, FifoEnd::Read)) << "other may read now";
        // A non-blocking write open needs a reader besides the permission: ours, opened before any chmod.
        ASSERT_TRUE(s->chmod(0606));
        EXPECT_TRUE(s->tryOpenAs(kNobody, kNobody, FifoEnd::Write));
    } else {
        ASSERT_TRUE(s->chmod(0200));
        EXPECT_EQ(s->open(FifoEnd::Read, FifoOpenMode::NonBlocking).error().sysErrno, EACCES);
    }
    // The read end opened before every chmod still reads (the mode now grants the owner writing, root anything).
    auto writer = s->open(FifoEnd::Write, FifoOpenMode::NonBlocking);
    ASSERT_TRUE(writer) << "errno " << writer.error().sysErrno;
    ASSERT_EQ(::write(writer->get(), "z", 1), 1);
    char c = 0;
    EXPECT_EQ(::read(reader->get(), &c, 1), 1);
    EXPECT_EQ(c, 'z');
}

TEST_F(Fifo, OtherUserGetsEaccesRootBypassesModeBits)
{
    auto s = session(0600);
    ASSERT_TRUE(s);
    if (FifoSession::runningAsRoot()) {
        // A helper that became nobody (65534) meets the mode bits of root's 0600 FIFO.
        auto r = s->tryOpenAs(kNobody, kNobody, FifoEnd::Read);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, ErrorCode::SystemCall);
        EXPECT_EQ(r.error().call, "open");
        EXPECT_EQ(r.error().sysErrno, EACCES);
        EXPECT_EQ(s->tryOpenAs(kNobody, kNobody, FifoEnd::Write).error().sysErrno, EACCES);
        // Root itself opens even a mode 0000 FIFO.
        ASSERT_TRUE(s->chmod(0));
        EXPECT_TRUE(s->open(FifoEnd::Read, FifoOpenMode::NonBlocking));
    } else {
        // Not root: the owner is held to the mode bits as well, which shows EACCES without another uid.
        ASSERT_TRUE(s->chmod(0));
        auto r = s->open(FifoEnd::Read, FifoOpenMode::NonBlocking);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().sysErrno, EACCES);
        EXPECT_EQ(s->tryOpenAs(kNobody, kNobody, FifoEnd::Read).error().code, ErrorCode::ChildSetup);
    }
}

TEST_F(Fifo, NeverFollowsALink)
{
    auto s = session();
    auto other = session();
    ASSERT_TRUE(s && other);
    // Someone swaps the FIFO for a link to another FIFO: the session refuses to go through it.
    ASSERT_EQ(::unlinkat(s->directoryFd(), s->name().c_str(), 0), 0);
    ASSERT_EQ(::symlinkat(other->path().c_str(), s->directoryFd(), s->name().c_str()), 0);
    auto r = s->open(FifoEnd::Read, FifoOpenMode::NonBlocking);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().sysErrno, ELOOP);
    auto st = s->stat();
    ASSERT_TRUE(st);
    EXPECT_FALSE(st->isFifo()) << "stat describes the link, not its target";
    const std::string dir = s->directory();
    s.reset();
    EXPECT_FALSE(fs::exists(fs::symlink_status(dir)));
    EXPECT_TRUE(fs::is_fifo(other->path())) << "the link's target is untouched";
}

// ---------------------------------------------------------------------------------------------
// N writer processes, one reader

TEST_F(Fifo, SmallRecordsAreNeverInterleaved)
{
    auto s = session();
    ASSERT_TRUE(s);
    const auto st = s->stat();
    ASSERT_TRUE(st);
    StreamAudit audit;
    FifoRunOptions options = runOptions(8, 10'000, 512);
    options.sink = [&audit](std::span<const std::byte> data) { audit.feed(data); };
    auto run = FifoRun::start(*s, std::move(options));
    ASSERT_TRUE(run);
    ASSERT_TRUE((*run)->waitFinished(120s));
    const FifoRunSnapshot snap = (*run)->sample();

    EXPECT_TRUE(snap.succeeded()) << (snap.error ? snap.error->call : "");
    const FifoStreamStats& stats = snap.stats;
    EXPECT_EQ(stats.recordsComplete, 80'000);
    EXPECT_EQ(stats.recordsInterleaved, 0);
    EXPECT_EQ(stats.fragments, 80'000);
    EXPECT_EQ(stats.bytesReceived, 8 * 10'000 * 512);
    EXPECT_EQ(stats.bytesLost(), 0);
    EXPECT_EQ(stats.corruptBytes, 0);
    EXPECT_EQ(stats.missingRecords, 0);
    EXPECT_GT(snap.readerOpenWaitNs, 0);
    for (const FifoWriterStatus& w : snap.writers) {
        EXPECT_TRUE(w.openedFifo);
        EXPECT_EQ(w.recordsReceived, 10'000) << "writer " << w.id;
    }
    EXPECT_TRUE(audit.complete(8, 10'000, 512));
    EXPECT_EQ(audit.interleaved(), 0);
    EXPECT_EQ(audit.bytes(), stats.bytesReceived);

    // Every party holds the same inode: the reader for reading, each writer for writing on its fd 3.
    const auto parties = (*run)->parties();
    ASSERT_EQ(parties.size(), 9u);
    EXPECT_EQ(parties[0].role, FifoPartyRole::Reader);
    EXPECT_EQ(parties[0].pid, ::getpid());
    ASSERT_EQ(parties[0].fifoFds.size(), 1u);
    EXPECT_EQ(parties[0].fifoFds[0].fd, snap.readerFd);
    EXPECT_EQ(parties[0].fifoFds[0].access, Access::Read);
    std::set<int> pids;
    for (std::size_t i = 1; i < parties.size(); ++i) {
        const FifoParty& p = parties[i];
        EXPECT_EQ(p.role, FifoPartyRole::Writer);
        EXPECT_EQ(p.writerId, static_cast<int>(i - 1));
        pids.insert(p.pid);
        ASSERT_EQ(p.fifoFds.size(), 1u) << "writer " << p.writerId;
        EXPECT_EQ(p.fifoFds[0].fd, 3);
        EXPECT_EQ(p.fifoFds[0].access, Access::Write);
        EXPECT_EQ(p.fifoFds[0].target, s->path());
        const FdEntry* in = findFd(p.table, 0);
        ASSERT_NE(in, nullptr);
        EXPECT_EQ(in->kind, FdKind::DevNull);
    }
    EXPECT_EQ(pids.size(), 8u);
    for (const FifoParty& p : parties)
        for (const FdEntry& e : p.fifoFds)
            EXPECT_EQ(e.inode, st->inode);
}

TEST_F(Fifo, LargeRecordsInterleaveAndAreReassembledWithoutLoss)
{
    auto s = session();
    ASSERT_TRUE(s);
    StreamAudit audit;
    FifoRunOptions options = runOptions(8, 200, 65536);
    options.sink = [&audit](std::span<const std::byte> data) { audit.feed(data); };
    auto run = FifoRun::start(*s, std::move(options));
    ASSERT_TRUE(run);
    ASSERT_TRUE((*run)->waitFinished(120s));
    const FifoRunSnapshot snap = (*run)->sample();

    EXPECT_TRUE(snap.succeeded());
    const FifoStreamStats& stats = snap.stats;
    // Writes above PIPE_BUF are split between pages, only there: no corrupt byte, every record whole again.
    EXPECT_GT(stats.recordsInterleaved, 0);
    EXPECT_EQ(stats.recordsInterleaved, audit.interleaved()) << "the parser and the independent audit disagree";
    EXPECT_GT(stats.fragments, stats.recordsComplete);
    EXPECT_EQ(stats.recordsComplete, 1600);
    EXPECT_EQ(stats.corruptBytes, 0);
    EXPECT_EQ(stats.brokenRecords, 0);
    EXPECT_EQ(stats.duplicateRecords, 0);
    EXPECT_EQ(stats.bytesReceived, std::int64_t { 8 } * 200 * 65536);
    EXPECT_EQ(stats.bytesLost(), 0);
    EXPECT_TRUE(audit.complete(8, 200, 65536));
    EXPECT_FALSE(snap.recentFragments.empty());
    EXPECT_LE(snap.recentFragments.size(), kFifoRecentFragments);
    std::cout << "[ info ] " << stats.recordsInterleaved << " interleavings in " << stats.recordsComplete
              << " records of 64 KiB, " << stats.fragments << " fragments, " << snap.runNs / 1'000'000 << " ms\n";
}

TEST_F(Fifo, ChildWritesExactlyTheCoreFormat)
{
    auto s = session();
    ASSERT_TRUE(s);
    std::vector<std::byte> got;
    FifoRunOptions options = runOptions(1, 3, 8192);
    options.sink = [&got](std::span<const std::byte> data) { append(got, data); };
    auto run = FifoRun::start(*s, std::move(options));
    ASSERT_TRUE(run);
    ASSERT_TRUE((*run)->waitFinished(60s));
    std::vector<std::byte> expected;
    for (std::uint32_t seq = 0; seq < 3; ++seq)
        append(expected, record(8192, 0, seq));
    EXPECT_TRUE(got == expected);
    EXPECT_TRUE((*run)->sample().succeeded());
}

TEST_F(Fifo, AWriterKilledMidRunIsReportedAndEverythingIsCleanedUp)
{
    std::string path;
    std::string dir;
    int victim = 0;
    {
        auto s = session();
        ASSERT_TRUE(s);
        path = s->path();
        dir = s->directory();
        auto run = FifoRun::start(*s, runOptions(4, 500, 65536));
        ASSERT_TRUE(run);
        ASSERT_TRUE((*run)->waitPhase(FifoRunPhase::Running, 60s));
        const auto deadline = std::chrono::steady_clock::now() + 30s;
        while ((*run)->sample().stats.bytesReceived < 1 << 20 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(1ms);
        victim = (*run)->sample().writers[0].pid;
        ASSERT_GT(victim, 0);
        ASSERT_EQ(::kill(victim, SIGKILL), 0);
        ASSERT_TRUE((*run)->waitFinished(120s));
        const FifoRunSnapshot snap = (*run)->sample();
        ASSERT_TRUE(snap.writers[0].exit);
        EXPECT_EQ(snap.writers[0].exit->signaled, true);
        EXPECT_EQ(snap.writers[0].exit->code, SIGKILL);
        EXPECT_FALSE(snap.succeeded());
        EXPECT_FALSE(snap.writersSucceeded());
        EXPECT_GT(snap.stats.bytesLost(), 0);
        EXPECT_LT(snap.writers[0].recordsReceived, 500);
        for (std::size_t i = 1; i < 4; ++i)
            EXPECT_EQ(snap.writers[i].recordsReceived, 500) << "the others are not affected";
        EXPECT_EQ(snap.stats.corruptBytes, 0);
        EXPECT_EQ(snap.stats.brokenRecords, 0);
        EXPECT_TRUE(fs::is_fifo(path));
    }
    EXPECT_FALSE(fs::exists(fs::symlink_status(path)));
    EXPECT_FALSE(fs::exists(fs::symlink_status(dir)));
    EXPECT_NE(::kill(victim, 0), 0) << "the killed writer was reaped";
}

TEST_F(Fifo, CancelKillsAndReapsEveryWriter)
{
    auto s = session();
    ASSERT_TRUE(s);
    auto run = FifoRun::start(*s, runOptions(4, 1'000'000, 4096));
    ASSERT_TRUE(run);
    ASSERT_TRUE((*run)->waitPhase(FifoRunPhase::Running, 60s));
    (*run)->cancel();
    ASSERT_TRUE((*run)->waitFinished(60s));
    const FifoRunSnapshot snap = (*run)->sample();
    EXPECT_TRUE(snap.cancelled);
    for (const FifoWriterStatus& w : snap.writers) {
        ASSERT_TRUE(w.exit);
        EXPECT_TRUE(w.exit->signaled);
    }
}

TEST_F(Fifo, AWriterThatCannotStartIsAFailureNotAHang)
{
    auto s = session();
    ASSERT_TRUE(s);
    FifoRunOptions options = runOptions(2, 10, 512);
    options.childProgram = "/bin/false"; // exits before it opens the FIFO
    auto run = FifoRun::start(*s, std::move(options));
    ASSERT_TRUE(run);
    ASSERT_TRUE((*run)->waitFinished(60s));
    const FifoRunSnapshot snap = (*run)->sample();
    EXPECT_FALSE(snap.succeeded());
    EXPECT_EQ(snap.readerFd, -1);
    ASSERT_TRUE(snap.writers[0].exit);
    EXPECT_EQ(snap.writers[0].exit->code, 1);
    EXPECT_FALSE(snap.writers[0].openedFifo);
    EXPECT_EQ(snap.stats.bytesLost(), 2 * 10 * 512);
}

TEST_F(Fifo, RejectsBadOptions)
{
    auto s = session();
    ASSERT_TRUE(s);
    EXPECT_EQ(FifoRun::start(*s, runOptions(0, 1, 512)).error().subject, "writers");
    EXPECT_EQ(FifoRun::start(*s, runOptions(65, 1, 512)).error().subject, "writers");
    EXPECT_EQ(FifoRun::start(*s, runOptions(1, 0, 512)).error().subject, "records");
    EXPECT_EQ(FifoRun::start(*s, runOptions(1, 1, 5000)).error().subject, "recordSize");
    FifoRunOptions noChild = runOptions(1, 1, 512);
    noChild.childProgram.clear();
    EXPECT_EQ(FifoRun::start(*s, noChild).error().code, ErrorCode::Malformed);
}

// ---------------------------------------------------------------------------------------------
// Duplex on POSIX, and the Windows model

TEST_F(Fifo, DuplexWithTwoFifos)
{
    auto r = runDuplexDemo(DuplexKind::FifoPair, "ping from the parent");
    ASSERT_TRUE(r) << "errno " << r.error().sysErrno;
    EXPECT_TRUE(r->echoed);
    EXPECT_EQ(r->bytesToPeer, 20);
    EXPECT_EQ(r->bytesFromPeer, 20);
    EXPECT_EQ(r->wrongWayErrno, EBADF) << "a FIFO's read end cannot write: one FIFO is one-way";
    EXPECT_EQ(r->peerExit, ExitStatus {});
    ASSERT_EQ(r->channels.size(), 2u);
    EXPECT_NE(r->channels[0], r->channels[1]);
    // Each side holds one end of each FIFO, in opposite directions.
    ASSERT_EQ(r->parent.fds.size(), 2u);
    ASSERT_EQ(r->peer.fds.size(), 2u);
    for (const DuplexSide* side : { &r->parent, &r->peer }) {
        std::set<std::uint64_t> inodes;
        std::set<Access> modes;
        for (const FdEntry& e : side->fds) {
            inodes.insert(e.inode);
            modes.insert(e.access);
        }
        EXPECT_EQ(inodes.size(), 2u);
        EXPECT_EQ(modes, (std::set<Access> { Access::Read, Access::Write }));
    }
    const auto writes = [](const DuplexSide& side, std::uint64_t inode) {
        return std::ranges::any_of(
            side.fds, [&](const FdEntry& e) { return e.inode == inode && e.access == Access::Write; });
    };
    EXPECT_TRUE(writes(r->parent, r->channels[0])); // a2b
    EXPECT_TRUE(writes(r->peer, r->channels[1])); // b2a
    EXPECT_NE(r->peer.pid, r->parent.pid);
    for (const std::string& path : r->fifoPaths)
        EXPECT_FALSE(fs::exists(fs::symlink_status(path)));
}

TEST_F(Fifo, DuplexWithASocketpair)
{
    auto r = runDuplexDemo(DuplexKind::SocketPair, "ping");
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->echoed);
    EXPECT_EQ(r->wrongWayErrno, 0) << "a socket both reads and writes";
    EXPECT_EQ(r->peerExit, ExitStatus {});
    ASSERT_EQ(r->parent.fds.size(), 1u);
    ASSERT_EQ(r->peer.fds.size(), 1u);
    EXPECT_EQ(r->parent.fds[0].kind, FdKind::Socket);
    EXPECT_EQ(r->parent.fds[0].access, Access::ReadWrite);
    EXPECT_EQ(r->peer.fds[0].access, Access::ReadWrite);
    EXPECT_NE(r->parent.fds[0].inode, r->peer.fds[0].inode) << "two sockets, connected";
    EXPECT_FALSE(runDuplexDemo(DuplexKind::SocketPair, ""));
}

// The model's DACL: canonical (every deny ACE before the allows), and no one but SYSTEM, Administrators and the
// creator-owner may create pipe instances: on a pipe FILE_APPEND_DATA (0x4) is FILE_CREATE_PIPE_INSTANCE, and
// GENERIC_WRITE, GENERIC_ALL and FILE_GENERIC_WRITE all include it.
TEST(NamedPipeModel, SecurityDescriptorIsCanonicalAndGrantsNoInstanceCreation)
{
    const std::string sddl = windowsNamedPipeModel().securityDescriptor;
    ASSERT_TRUE(sddl.starts_with("D:"));
    bool seenAllow = false;
    int aces = 0;
    for (size_t open = sddl.find('('); open != std::string::npos; open = sddl.find('(', open + 1)) {
        const size_t close = sddl.find(')', open);
        ASSERT_NE(close, std::string::npos);
        std::vector<std::string> fields;
        std::string field;
        for (char c : sddl.substr(open + 1, close - open - 1)) {
            if (c == ';') {
                fields.push_back(field);
                field.clear();
            } else {
                field += c;
            }
        }
        fields.push_back(field);
        ASSERT_EQ(fields.size(), 6u) << sddl;
        ++aces;
        if (fields[0] == "D") {
            EXPECT_FALSE(seenAllow) << "deny ACE after an allow ACE: " << sddl;
            continue;
        }
        seenAllow = true;
        const std::string& rights = fields[2];
        const std::string& who = fields[5];
        if (who == "SY" || who == "BA" || who == "CO")
            continue;
        EXPECT_EQ(rights.find("GW"), std::string::npos) << who;
        EXPECT_EQ(rights.find("GA"), std::string::npos) << who;
        EXPECT_EQ(rights.find("FW"), std::string::npos) << who;
        EXPECT_EQ(rights.find("FA"), std::string::npos) << who;
        if (rights.starts_with("0x")) {
            EXPECT_EQ(std::stoul(rights, nullptr, 16) & 0x4u, 0u) << who;
        }
    }
    EXPECT_GE(aces, 4);
}

TEST(NamedPipeModel, SeveralInstancesBusyClientAndNetwork)
{
    const NamedPipeModel m = windowsNamedPipeModel();
    std::set<std::string> ids;
    for (const NamedPipeModelStep& s : m.steps)
        EXPECT_TRUE(ids.insert(s.id).second) << "duplicate id " << s.id;
    EXPECT_EQ(m.clientPath, R"(\\SERVER\pipe\pipescope)");
    EXPECT_FALSE(m.securityDescriptor.empty());

    const NamedPipeModelStep* create = m.step("win.npipe.server.create.1");
    ASSERT_NE(create, nullptr);
    EXPECT_EQ(create->openMode, win32::PIPE_ACCESS_DUPLEX);
    EXPECT_EQ(create->posix, PosixCounterpart::NoInstances);
    const NamedPipeModelStep* busy = m.step("win.npipe.client.open.2");
    ASSERT_NE(busy, nullptr);
    EXPECT_EQ(busy->call, NamedPipeCall::PipeBusy);
    EXPECT_EQ(busy->winError, win32::ERROR_PIPE_BUSY);
    ASSERT_NE(m.step("win.npipe.client.wait.2"), nullptr);
    ASSERT_NE(m.step("win.npipe.server.reconnect.0"), nullptr);
    ASSERT_NE(m.step("win.npipe.client.reopen.2"), nullptr);
    // Duplex: the server answers on the very handle it read from.
    const NamedPipeModelStep* read = m.step("win.npipe.server.read.1");
    const NamedPipeModelStep* write = m.step("win.npipe.server.write.1");
    ASSERT_TRUE(read && write);
    EXPECT_EQ(read->instance, write->instance);
    EXPECT_EQ(write->direction, NamedPipeDirection::ServerToClient);
    EXPECT_EQ(write->posix, PosixCounterpart::SecondFifo);
    const NamedPipeModelStep* smb = m.step("win.npipe.smb.0");
    ASSERT_NE(smb, nullptr);
    EXPECT_TRUE(smb->remote);
    EXPECT_EQ(smb->posix, PosixCounterpart::LocalOnly);

    const NamedPipeModel local = windowsNamedPipeModel({ .clients = 1, .remoteClients = false, .extraClient = false });
    EXPECT_TRUE(std::ranges::none_of(local.steps, &NamedPipeModelStep::remote));
    EXPECT_EQ(local.step("win.npipe.smb.0"), nullptr);

    // A denied client takes no instance: the extra client gets the free one without waiting.
    const NamedPipeModel denied = windowsNamedPipeModel({ .clients = 2, .clientDenied = true });
    ASSERT_NE(denied.step("win.npipe.client.open.1"), nullptr);
    EXPECT_EQ(denied.step("win.npipe.client.open.1")->winError, win32::ERROR_ACCESS_DENIED);
    EXPECT_EQ(denied.step("win.npipe.client.open.2")->winError, 0u);
    EXPECT_EQ(denied.step("win.npipe.client.wait.2"), nullptr);
}

// ---------------------------------------------------------------------------------------------
// pipescope-trace fifo

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

Captured runFifoCli(const std::vector<std::string>& args, const std::string& childOverride = {})
{
    std::vector<std::string> argv;
    if (!childOverride.empty())
        argv = { "/usr/bin/env", "PIPESCOPE_CHILD=" + childOverride };
    argv.push_back(tracePath());
    argv.emplace_back("fifo");
    argv.insert(argv.end(), args.begin(), args.end());
    Captured c = runCaptured(argv);
    EXPECT_FALSE(c.exit.signaled);
    return c;
}

TEST_F(Fifo, CliSmallRecords)
{
    const Captured c = runFifoCli({ "--writers=8", "--record-size=512", "--records=2000" });
    EXPECT_EQ(c.exit, ExitStatus {}) << c.err;
    const auto all = lines(c.err);
    ASSERT_FALSE(all.empty());
    EXPECT_EQ(all.back(), "0 interleavings in 16000 records, 0 bytes lost");
    // One fd line per party, all on one inode.
    const std::regex fdLine(R"(^  (reader|writer \d+) +pid \d+ +fd \d+ +(r|w) +/\S+/fifo  inode (\d+)$)");
    std::set<std::string> inodes;
    int parties = 0;
    for (const std::string& line : all) {
        std::smatch m;
        if (std::regex_match(line, m, fdLine)) {
            ++parties;
            inodes.insert(m[3]);
        }
    }
    EXPECT_EQ(parties, 9) << c.err;
    EXPECT_EQ(inodes.size(), 1u);
}

TEST_F(Fifo, CliLargeRecords)
{
    const Captured c = runFifoCli({ "--writers=8", "--record-size=64K", "--records=100" });
    EXPECT_EQ(c.exit, ExitStatus {}) << c.err;
    const auto all = lines(c.err);
    ASSERT_FALSE(all.empty());
    std::smatch m;
    ASSERT_TRUE(std::regex_match(all.back(), m, std::regex(R"(^(\d+) interleavings in 800 records, 0 bytes lost$)")))
        << all.back();
    EXPECT_GT(std::stoi(m[1]), 0);
}

TEST_F(Fifo, CliUsageErrorsNameTheOption)
{
    for (const auto& [args, option] : std::vector<std::pair<std::vector<std::string>, std::string>> {
             { { "--writers=0", "--record-size=512", "--records=1" }, "--writers" },
             { { "--writers=abc", "--record-size=512", "--records=1" }, "--writers" },
             { { "--writers=", "--record-size=512", "--records=1" }, "--writers" },
             { { "--record-size=512", "--records=1" }, "--writers" },
             { { "--writers=2", "--record-size=5000", "--records=1" }, "--record-size" },
             { { "--writers=2", "--record-size=8", "--records=1" }, "--record-size" },
             { { "--writers=2", "--record-size=512", "--records=0" }, "--records" },
             { { "--writers=2", "--record-size=512", "--records=1", "--mode=0999" }, "--mode" },
         }) {
        const Captured c = runFifoCli(args);
        EXPECT_EQ(c.exit.code, 2) << args[0];
        const auto all = lines(c.err);
        ASSERT_EQ(all.size(), 1u) << c.err;
        EXPECT_TRUE(all[0].starts_with("pipescope-trace: ")) << all[0];
        EXPECT_NE(all[0].find(option), std::string::npos) << all[0];
    }
}

TEST_F(Fifo, CliFailingWriterExitsOne)
{
    const Captured c = runFifoCli({ "--writers=2", "--record-size=512", "--records=10" }, "/bin/false");
    EXPECT_EQ(c.exit.code, 1) << c.err;
    const auto all = lines(c.err);
    ASSERT_GE(all.size(), 2u);
    EXPECT_EQ(all[all.size() - 2], "0 interleavings in 0 records, 10240 bytes lost");
    EXPECT_TRUE(all.back().starts_with("pipescope-trace: writer 0 ")) << all.back();
}

} // namespace
