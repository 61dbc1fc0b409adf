// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace pipescope {

// The records `pipescope-child fifo-writer` writes into a FIFO, each with one write(), and the parser with which
// the reader proves what arrived.
//
// A record is cut into blocks of kFifoBlockSize bytes, and every block starts with a header (writer id, sequence
// number, block index, record size, checksum), so that a reader can attribute any block to its record even when
// blocks of different records arrive interleaved.
//
// Why the blocks are 4096 bytes and records above PIPE_BUF must be a multiple of 4096: POSIX only promises that a
// write of at most PIPE_BUF (4096) bytes is not interleaved with others. Linux's pipe_write() copies a larger write
// page by page: first (size % PAGE_SIZE) bytes topped up into the last page already in the pipe, then whole pages;
// another writer can only get in between two pages, while this one sleeps on a full pipe. With a record that is a
// multiple of 4096 bytes the top-up part is a multiple of 4096 as well (empty with 4 KiB pages), so every split
// lands on a block boundary and the reader can reassemble. For any other size above PIPE_BUF the split point would
// depend on how full the last page was, which a reader cannot know, so such sizes are refused
// (checkFifoRecordSize). tst_fifo verifies this against the running kernel: no corrupt byte with 8 writers of
// 64 KiB records, while many records are interleaved.
//
// Block layout, every field a little-endian uint32:
//   0 magic "PSFB"   4 writer id   8 sequence number   12 block index   16 record size   20 checksum
//   24.. payload: byte at record offset o is (o + 31 * writer + 7 * seq) mod 256
// The checksum covers the four fields before it and the payload (see fifoBlockChecksum).
// app/child/fifowriter.cpp writes this format without linking core; tst_fifo checks that both agree.
inline constexpr std::size_t kFifoBlockSize = 4096;
inline constexpr std::size_t kFifoHeaderSize = 24;
inline constexpr std::uint32_t kFifoBlockMagic = 0x42465350; // "PSFB" in memory
inline constexpr std::size_t kFifoMaxRecordSize = std::size_t { 16 } << 20U;

enum class FifoRecordSizeCheck {
    Ok,
    TooSmall, // below kFifoHeaderSize
    TooLarge, // above kFifoMaxRecordSize
    NotBlockMultiple, // above PIPE_BUF and not a multiple of 4096: the kernel's split points would be unknowable
};
FifoRecordSizeCheck checkFifoRecordSize(std::uint64_t size);

std::uint32_t fifoBlockCount(std::uint32_t recordSize);
// Length of block `index` of a record: kFifoBlockSize, or the whole record when it fits one block.
std::size_t fifoBlockLength(std::uint32_t recordSize, std::uint32_t index);

// Fills out (the whole record, out.size() bytes, a size checkFifoRecordSize accepts) with record seq of writerId.
void encodeFifoRecord(std::span<std::byte> out, std::uint32_t writerId, std::uint32_t seq);

struct FifoBlockHeader
{
    std::uint32_t writerId = 0;
    std::uint32_t seq = 0;
    std::uint32_t blockIndex = 0;
    std::uint32_t recordSize = 0;
    std::uint32_t checksum = 0;
    friend bool operator==(const FifoBlockHeader&, const FifoBlockHeader&) = default;
};
// The header at the start of block; nullopt when block is shorter than a header or the magic is not there.
std::optional<FifoBlockHeader> decodeFifoBlockHeader(std::span<const std::byte> block);
// The checksum of a whole block (header + payload), the checksum field itself left out.
std::uint32_t fifoBlockChecksum(std::span<const std::byte> block);

// What the reader expects: writers 0..writers-1, each sending records 0..records-1 of recordSize bytes.
struct FifoStreamSpec
{
    std::uint32_t writers = 0;
    std::uint32_t records = 0;
    std::uint32_t recordSize = 0;
};

// A run of consecutive blocks of one record in the byte stream. A record that arrived in one piece is one
// fragment; an interleaved one is several, with other writers' fragments in between.
struct FifoFragment
{
    std::int64_t offset = 0; // where it starts in the stream
    std::uint32_t writerId = 0;
    std::uint32_t seq = 0;
    std::uint32_t firstBlock = 0;
    std::uint32_t blocks = 0;
    friend bool operator==(const FifoFragment&, const FifoFragment&) = default;
};

struct FifoStreamStats
{
    std::int64_t bytesReceived = 0; // everything fed
    std::int64_t blocks = 0; // valid blocks (magic, fields in range, checksum)
    std::int64_t fragments = 0;
    std::int64_t recordsComplete = 0; // every block seen, in order, checksums right: reassembled
    std::int64_t recordsInterleaved = 0; // complete records with another writer's bytes between their first and last
    std::int64_t corruptBytes = 0; // bytes that are not part of a valid block
    std::int64_t duplicateRecords = 0; // a (writer, seq) completed a second time
    std::int64_t brokenRecords = 0; // a record's blocks did not follow each other: abandoned
    std::int64_t incompleteRecords = 0; // begun but never finished (its writer died mid-write), counted at finish()
    std::int64_t trailingBytes = 0; // a partial block at the end of the stream, counted at finish()
    std::int64_t missingRecords = 0; // (writer, seq) never completed, counted at finish()
    std::int64_t bytesIntact = 0; // bytes of complete, distinct records
    std::int64_t bytesExpected = 0; // writers * records * recordSize
    bool finished = false;

    std::int64_t bytesLost() const { return bytesExpected - bytesIntact; }
    // Every record arrived exactly once, whole, and nothing else arrived.
    bool intact() const
    {
        return finished && bytesLost() == 0 && corruptBytes == 0 && duplicateRecords == 0 && brokenRecords == 0
            && incompleteRecords == 0 && trailingBytes == 0;
    }
    friend bool operator==(const FifoStreamStats&, const FifoStreamStats&) = default;
};

// Parses the reader's byte stream back into records, whatever sizes the reads had: checks every block, reassembles
// interleaved records by (writer id, seq), counts interleavings exactly. Pure: no system call (fuzzable).
class FifoStreamParser
{
public:
    explicit FifoStreamParser(FifoStreamSpec spec);

    void feed(std::span<const std::byte> data);
    // End of stream: the partial block, unfinished and missing records are counted. Further feeds are ignored.
    void finish();

    const FifoStreamStats& stats() const { return m_stats; }
    const FifoStreamSpec& spec() const { return m_spec; }
    // Complete records per writer id.
    std::span<const std::int64_t> recordsPerWriter() const { return m_perWriter; }
    // Called with each fragment once it is over (the next block belongs to another record, or finish()).
    void setFragmentSink(std::function<void(const FifoFragment&)> sink) { m_fragmentSink = std::move(sink); }

private:
    struct OpenRecord
    {
        bool active = false;
        std::uint32_t seq = 0;
        std::uint32_t nextBlock = 0;
        bool interrupted = false;
    };

    std::size_t parseAt(std::span<const std::byte> data); // bytes consumed at the start of data, 0: need more
    std::optional<FifoBlockHeader> validHeader(std::span<const std::byte> data) const;
    void acceptBlock(const FifoBlockHeader& h, std::int64_t offset);
    void closeFragment();

    FifoStreamSpec m_spec;
    FifoStreamStats m_stats;
    std::vector<std::byte> m_pending; // bytes of a block not complete yet
    std::vector<OpenRecord> m_open; // by writer id: its record being received
    std::vector<std::uint32_t> m_openWriters; // writer ids with an active OpenRecord
    std::vector<bool> m_seen; // writer * records + seq
    std::vector<std::int64_t> m_perWriter;
    std::optional<FifoFragment> m_fragment; // the run of blocks being received
    std::function<void(const FifoFragment&)> m_fragmentSink;
};

} // namespace pipescope
