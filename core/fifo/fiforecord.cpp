// SPDX-License-Identifier: GPL-3.0-or-later
#include "fifo/fiforecord.h"

#include <algorithm>
#include <array>

namespace pipescope {

namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;
constexpr std::size_t kChecksumOffset = 20;
constexpr std::array<std::byte, 4> kMagicBytes { std::byte { 'P' }, std::byte { 'S' }, std::byte { 'F' },
    std::byte { 'B' } };

std::uint32_t load32(const std::byte* p)
{
    return std::to_integer<std::uint32_t>(p[0]) | std::to_integer<std::uint32_t>(p[1]) << 8U
        | std::to_integer<std::uint32_t>(p[2]) << 16U | std::to_integer<std::uint32_t>(p[3]) << 24U;
}

std::uint64_t load64(const std::byte* p)
{
    return std::uint64_t { load32(p) } | std::uint64_t { load32(p + 4) } << 32U;
}

void store32(std::byte* p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<std::byte>(v >> (8U * static_cast<unsigned>(i)));
}

} // namespace

FifoRecordSizeCheck checkFifoRecordSize(std::uint64_t size)
{
    if (size < kFifoHeaderSize)
        return FifoRecordSizeCheck::TooSmall;
    if (size > kFifoMaxRecordSize)
        return FifoRecordSizeCheck::TooLarge;
    if (size > kFifoBlockSize && size % kFifoBlockSize != 0)
        return FifoRecordSizeCheck::NotBlockMultiple;
    return FifoRecordSizeCheck::Ok;
}

std::uint32_t fifoBlockCount(std::uint32_t recordSize)
{
    return static_cast<std::uint32_t>((recordSize + kFifoBlockSize - 1) / kFifoBlockSize);
}

std::size_t fifoBlockLength(std::uint32_t recordSize, std::uint32_t index)
{
    const std::size_t start = std::size_t { index } * kFifoBlockSize;
    return start >= recordSize ? 0 : std::min(kFifoBlockSize, recordSize - start);
}

std::uint32_t fifoBlockChecksum(std::span<const std::byte> block)
{
    std::uint64_t h = kFnvOffset;
    const auto mix = [&h](std::uint64_t v) {
        h ^= v;
        h *= kFnvPrime;
    };
    if (block.size() < kFifoHeaderSize)
        return 0;
    for (std::size_t field = 4; field < kChecksumOffset; field += 4)
        mix(load32(block.data() + field));
    // Eight bytes at a time: the reader checks every byte it gets, at pipe speed.
    const std::byte* p = block.data() + kFifoHeaderSize;
    const std::size_t n = block.size() - kFifoHeaderSize;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8)
        mix(load64(p + i));
    for (; i < n; ++i)
        mix(std::to_integer<std::uint64_t>(p[i]));
    return static_cast<std::uint32_t>(h ^ (h >> 32U));
}

void encodeFifoRecord(std::span<std::byte> out, std::uint32_t writerId, std::uint32_t seq)
{
    const auto recordSize = static_cast<std::uint32_t>(out.size());
    const std::uint32_t key = 31U * writerId + 7U * seq;
    const std::uint32_t blocks = fifoBlockCount(recordSize);
    for (std::uint32_t b = 0; b < blocks; ++b) {
        const std::size_t base = std::size_t { b } * kFifoBlockSize;
        const std::span<std::byte> block = out.subspan(base, fifoBlockLength(recordSize, b));
        store32(block.data(), kFifoBlockMagic);
        store32(block.data() + 4, writerId);
        store32(block.data() + 8, seq);
        store32(block.data() + 12, b);
        store32(block.data() + 16, recordSize);
        for (std::size_t j = kFifoHeaderSize; j < block.size(); ++j)
            block[j] = static_cast<std::byte>(base + j + key);
        store32(block.data() + kChecksumOffset, fifoBlockChecksum(block));
    }
}

std::optional<FifoBlockHeader> decodeFifoBlockHeader(std::span<const std::byte> block)
{
    if (block.size() < kFifoHeaderSize || load32(block.data()) != kFifoBlockMagic)
        return std::nullopt;
    return FifoBlockHeader { .writerId = load32(block.data() + 4),
        .seq = load32(block.data() + 8),
        .blockIndex = load32(block.data() + 12),
        .recordSize = load32(block.data() + 16),
        .checksum = load32(block.data() + kChecksumOffset) };
}

// ---------------------------------------------------------------------------------------------
// FifoStreamParser

FifoStreamParser::FifoStreamParser(FifoStreamSpec spec)
    : m_spec(spec)
    , m_open(spec.writers)
    , m_seen(std::size_t { spec.writers } * spec.records, false)
    , m_perWriter(spec.writers, 0)
{
    m_stats.bytesExpected = std::int64_t { spec.writers } * spec.records * spec.recordSize;
    m_openWriters.reserve(spec.writers);
}

void FifoStreamParser::feed(std::span<const std::byte> data)
{
    if (m_stats.finished || data.empty())
        return;
    m_stats.bytesReceived += static_cast<std::int64_t>(data.size());
    m_pending.insert(m_pending.end(), data.begin(), data.end());
    std::size_t done = 0;
    while (const std::size_t used = parseAt(std::span<const std::byte>(m_pending).subspan(done)))
        done += used;
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(done));
}

std::optional<FifoBlockHeader> FifoStreamParser::validHeader(std::span<const std::byte> data) const
{
    auto h = decodeFifoBlockHeader(data);
    if (!h || h->writerId >= m_spec.writers || h->seq >= m_spec.records || h->recordSize != m_spec.recordSize
        || h->blockIndex >= fifoBlockCount(h->recordSize))
        return std::nullopt;
    return h;
}

std::size_t FifoStreamParser::parseAt(std::span<const std::byte> data)
{
    const bool magicHere
        = data.size() >= kMagicBytes.size() && std::equal(kMagicBytes.begin(), kMagicBytes.end(), data.begin());
    if (magicHere && data.size() < kFifoHeaderSize)
        return 0;
    if (data.size() < kMagicBytes.size())
        return 0;
    const std::int64_t offset = m_stats.bytesReceived - static_cast<std::int64_t>(data.size());
    if (magicHere) {
        if (const auto h = validHeader(data)) {
            const std::size_t length = fifoBlockLength(h->recordSize, h->blockIndex);
            if (data.size() < length)
                return 0;
            if (fifoBlockChecksum(data.first(length)) == h->checksum) {
                acceptBlock(*h, offset);
                return length;
            }
        }
    }
    // Not a valid block here: skip to the next place the magic appears (never inside a valid payload, whose bytes
    // count up by one). The last three bytes may be the start of a magic still arriving.
    const auto next = std::search(data.begin() + 1, data.end(), kMagicBytes.begin(), kMagicBytes.end());
    std::size_t skip = static_cast<std::size_t>(next - data.begin());
    if (next == data.end())
        skip = data.size() - (kMagicBytes.size() - 1);
    m_stats.corruptBytes += static_cast<std::int64_t>(skip);
    closeFragment();
    return skip;
}

void FifoStreamParser::acceptBlock(const FifoBlockHeader& h, std::int64_t offset)
{
    ++m_stats.blocks;
    if (m_fragment && m_fragment->writerId == h.writerId && m_fragment->seq == h.seq
        && m_fragment->firstBlock + m_fragment->blocks == h.blockIndex) {
        ++m_fragment->blocks;
    } else {
        closeFragment();
        m_fragment = FifoFragment {
            .offset = offset, .writerId = h.writerId, .seq = h.seq, .firstBlock = h.blockIndex, .blocks = 1
        };
        ++m_stats.fragments;
    }

    // Any other writer's record still open has now been interrupted by this writer's bytes.
    for (const std::uint32_t other : m_openWriters)
        if (other != h.writerId)
            m_open[other].interrupted = true;

    OpenRecord& r = m_open[h.writerId];
    const auto close = [this, &r, &h] {
        r.active = false;
        std::erase(m_openWriters, h.writerId);
    };
    if (h.blockIndex == 0) {
        if (r.active) {
            // A writer's records follow each other: an unfinished one means blocks went missing.
            ++m_stats.brokenRecords;
            close();
        }
        r = OpenRecord { .active = true, .seq = h.seq, .nextBlock = 0, .interrupted = false };
        m_openWriters.push_back(h.writerId);
    } else if (!r.active || r.seq != h.seq || r.nextBlock != h.blockIndex) {
        ++m_stats.brokenRecords;
        if (r.active)
            close();
        return;
    }
    if (++r.nextBlock < fifoBlockCount(h.recordSize))
        return;
    close();
    const std::size_t index = std::size_t { h.writerId } * m_spec.records + h.seq;
    if (m_seen[index]) {
        ++m_stats.duplicateRecords;
        return;
    }
    m_seen[index] = true;
    ++m_stats.recordsComplete;
    ++m_perWriter[h.writerId];
    m_stats.bytesIntact += h.recordSize;
    if (r.interrupted)
        ++m_stats.recordsInterleaved;
}

void FifoStreamParser::closeFragment()
{
    if (!m_fragment)
        return;
    if (m_fragmentSink)
        m_fragmentSink(*m_fragment);
    m_fragment.reset();
}

void FifoStreamParser::finish()
{
    if (m_stats.finished)
        return;
    closeFragment();
    m_stats.trailingBytes = static_cast<std::int64_t>(m_pending.size());
    m_pending.clear();
    m_stats.incompleteRecords += static_cast<std::int64_t>(m_openWriters.size());
    for (const std::uint32_t w : m_openWriters)
        m_open[w].active = false;
    m_openWriters.clear();
    m_stats.missingRecords = static_cast<std::int64_t>(std::ranges::count(m_seen, false));
    m_stats.finished = true;
}

} // namespace pipescope
