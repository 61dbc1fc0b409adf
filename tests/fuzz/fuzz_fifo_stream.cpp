// SPDX-License-Identifier: GPL-3.0-or-later
// FifoStreamParser, the reader's proof of what came through a FIFO, on any byte stream cut into any reads:
// - raw: arbitrary bytes (the input itself), a spec from the input;
// - encoded: real records of W writers (encodeFifoRecord), their blocks interleaved in an order the input
//   chooses, optionally with a few bytes flipped.
// Whatever the stream, the counters agree with each other and with the fragments reported, and the result does
// not depend on how the stream was cut into reads (one feed of everything gives the same stats and fragments).
// An unflipped encoded stream must come out intact, with exactly the interleavings that were put in.

#include "fifo/fiforecord.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>

using namespace pipescope;

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "FifoStreamParser: %s\n", what);
    std::abort();
}

void check(bool ok, const char* what)
{
    if (!ok)
        fail(what);
}

struct Outcome
{
    FifoStreamStats stats;
    std::vector<FifoFragment> fragments;
    std::vector<std::int64_t> perWriter;
};

// Feeds stream in the given read sizes (the rest in one read), finishes, and checks every invariant that does not
// need to know what was sent.
Outcome parse(const FifoStreamSpec& spec, std::span<const std::byte> stream, const std::vector<std::size_t>& reads)
{
    FifoStreamParser parser(spec);
    Outcome out;
    parser.setFragmentSink([&out](const FifoFragment& f) { out.fragments.push_back(f); });
    std::size_t at = 0;
    for (std::size_t n : reads) {
        n = std::min(n, stream.size() - at);
        parser.feed(stream.subspan(at, n));
        at += n;
        check(parser.stats().bytesReceived == static_cast<std::int64_t>(at), "bytesReceived is not what was fed");
        check(!parser.stats().finished, "finished before finish()");
    }
    parser.feed(stream.subspan(at));
    parser.finish();
    const FifoStreamStats& s = parser.stats();
    out.stats = s;
    out.perWriter.assign(parser.recordsPerWriter().begin(), parser.recordsPerWriter().end());

    // After finish() nothing changes any more.
    const std::array<std::byte, 24> more { std::byte { 'P' }, std::byte { 'S' }, std::byte { 'F' }, std::byte { 'B' } };
    parser.feed(more);
    parser.finish();
    check(parser.stats() == s, "a feed or finish after finish() changed the stats");

    const std::int64_t total = std::int64_t { spec.writers } * spec.records;
    check(s.finished, "finish() did not mark the stats finished");
    check(s.bytesReceived == static_cast<std::int64_t>(stream.size()), "bytesReceived is not the stream's size");
    for (const std::int64_t v :
        { s.blocks, s.fragments, s.recordsComplete, s.recordsInterleaved, s.corruptBytes, s.duplicateRecords,
            s.brokenRecords, s.incompleteRecords, s.trailingBytes, s.missingRecords, s.bytesIntact })
        check(v >= 0, "a negative counter");
    check(s.bytesExpected == total * spec.recordSize, "bytesExpected is not writers * records * recordSize");
    check(s.recordsComplete <= total, "more complete records than exist");
    check(s.missingRecords == total - s.recordsComplete, "missing + complete is not writers * records");
    check(s.bytesIntact == s.recordsComplete * spec.recordSize, "bytesIntact is not complete records * size");
    check(s.bytesLost() >= 0, "negative bytes lost");
    check(s.recordsInterleaved <= s.recordsComplete, "more interleaved records than complete ones");
    check(s.incompleteRecords <= spec.writers, "more unfinished records than writers");
    check(s.trailingBytes < static_cast<std::int64_t>(kFifoBlockSize), "a trailing partial block of a block or more");
    check(out.perWriter.size() == spec.writers, "recordsPerWriter has not one entry per writer");
    std::int64_t perWriterSum = 0;
    for (const std::int64_t n : out.perWriter) {
        check(n >= 0 && n <= spec.records, "a writer with more complete records than it sends");
        perWriterSum += n;
    }
    check(perWriterSum == s.recordsComplete, "recordsPerWriter does not add up to recordsComplete");
    // intact() judges by bytes: with records of 0 bytes (a spec no writer can have) nothing is ever lost.
    if (s.intact())
        check(s.bytesLost() == 0 && s.corruptBytes == 0 && s.incompleteRecords == 0
                && (spec.recordSize == 0 || s.missingRecords == 0),
            "intact, yet something missing or a partial copy arrived");

    // Every byte is in exactly one place: a valid block (of a reported fragment), corrupt, or trailing.
    check(s.fragments == static_cast<std::int64_t>(out.fragments.size()), "fragments counted != fragments reported");
    std::int64_t blocks = 0;
    std::int64_t blockBytes = 0;
    std::int64_t end = 0;
    for (const FifoFragment& f : out.fragments) {
        check(f.blocks > 0, "an empty fragment");
        check(f.offset >= end, "fragments overlap or go backwards");
        check(f.writerId < spec.writers && f.seq < spec.records, "a fragment of a writer or record not in the spec");
        check(std::uint64_t { f.firstBlock } + f.blocks <= fifoBlockCount(spec.recordSize),
            "a fragment beyond its record's last block");
        std::int64_t length = 0;
        for (std::uint32_t b = f.firstBlock; b < f.firstBlock + f.blocks; ++b)
            length += static_cast<std::int64_t>(fifoBlockLength(spec.recordSize, b));
        end = f.offset + length;
        check(end <= s.bytesReceived, "a fragment beyond the end of the stream");
        blocks += f.blocks;
        blockBytes += length;
    }
    check(blocks == s.blocks, "blocks counted != blocks in the fragments");
    check(s.bytesReceived == blockBytes + s.corruptBytes + s.trailingBytes,
        "received bytes are not blocks + corrupt + trailing");
    return out;
}

// Blocks of writers 0..writers-1, each sending records 0..records-1 in order, interleaved as the input says.
// interleaved counts the records with another writer's block between their first and last block.
std::vector<std::byte> encodedStream(FuzzedDataProvider& in, const FifoStreamSpec& spec, std::int64_t& interleaved)
{
    const std::uint32_t blocksPerRecord = fifoBlockCount(spec.recordSize);
    std::vector<std::vector<std::byte>> record(spec.writers, std::vector<std::byte>(spec.recordSize));
    std::vector<std::uint32_t> seq(spec.writers, 0);
    std::vector<std::uint32_t> block(spec.writers, 0);
    std::vector<bool> interrupted(spec.writers, false);
    std::vector<std::uint32_t> busy; // writers with blocks left
    for (std::uint32_t w = 0; w < spec.writers; ++w)
        if (spec.records > 0) {
            busy.push_back(w);
            encodeFifoRecord(record[w], w, 0);
        }
    std::vector<std::byte> stream;
    interleaved = 0;
    while (!busy.empty()) {
        const auto pick = in.ConsumeIntegralInRange<std::size_t>(0, busy.size() - 1);
        const std::uint32_t w = busy[pick];
        for (const std::uint32_t other : busy)
            if (other != w && block[other] > 0)
                interrupted[other] = true;
        const std::size_t start = std::size_t { block[w] } * kFifoBlockSize;
        const std::size_t length = fifoBlockLength(spec.recordSize, block[w]);
        stream.insert(stream.end(), record[w].begin() + static_cast<std::ptrdiff_t>(start),
            record[w].begin() + static_cast<std::ptrdiff_t>(start + length));
        if (++block[w] < blocksPerRecord)
            continue;
        interleaved += interrupted[w] ? 1 : 0;
        interrupted[w] = false;
        block[w] = 0;
        if (++seq[w] < spec.records)
            encodeFifoRecord(record[w], w, seq[w]);
        else
            busy.erase(busy.begin() + static_cast<std::ptrdiff_t>(pick));
    }
    return stream;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    // Sizes the parser must handle, valid for a writer or not (a spec is whatever the reader was told).
    constexpr std::array<std::uint32_t, 12> recordSizes { 24, 100, 4096, 8192, 12288, 0, 1, 23, 25, 4095, 4097, 5000 };
    const bool encoded = in.ConsumeBool();
    FifoStreamSpec spec;
    spec.writers = in.ConsumeIntegralInRange<std::uint32_t>(0, 4);
    spec.records = in.ConsumeIntegralInRange<std::uint32_t>(0, 4);
    // Encoded streams only of sizes a writer may send (the first five), raw ones of any.
    spec.recordSize = recordSizes[in.ConsumeIntegralInRange<std::size_t>(0, encoded ? 4 : recordSizes.size() - 1)];

    std::vector<std::byte> stream;
    std::int64_t interleaved = 0;
    std::size_t flips = 0;
    if (encoded) {
        stream = encodedStream(in, spec, interleaved);
        flips = in.ConsumeIntegralInRange<std::size_t>(0, 3);
        for (std::size_t i = 0; i < flips && !stream.empty(); ++i) {
            const auto at = in.ConsumeIntegralInRange<std::size_t>(0, stream.size() - 1);
            stream[at] ^= static_cast<std::byte>(in.ConsumeIntegralInRange<std::uint8_t>(1, 255));
        }
    } else {
        const std::vector<std::uint8_t> bytes
            = in.ConsumeBytes<std::uint8_t>(in.ConsumeIntegralInRange<std::size_t>(0, 1 << 16));
        stream.resize(bytes.size());
        std::transform(bytes.begin(), bytes.end(), stream.begin(), [](std::uint8_t b) { return std::byte { b }; });
    }
    // How the reader's read() calls cut the stream: whatever the input has left.
    std::vector<std::size_t> reads;
    while (in.remaining_bytes() > 0 && reads.size() < 4096)
        reads.push_back(in.ConsumeIntegralInRange<std::size_t>(1, 2 * kFifoBlockSize + 1));

    const Outcome cut = parse(spec, stream, reads);
    const Outcome whole = parse(spec, stream, {});
    check(cut.stats == whole.stats, "the stats depend on how the stream was cut into reads");
    check(cut.fragments == whole.fragments, "the fragments depend on how the stream was cut into reads");
    check(cut.perWriter == whole.perWriter, "recordsPerWriter depends on how the stream was cut into reads");

    if (encoded && flips == 0) {
        const FifoStreamStats& s = cut.stats;
        check(s.intact(), "real records, nothing changed, yet not intact");
        check(s.recordsComplete == std::int64_t { spec.writers } * spec.records, "a real record not reassembled");
        check(s.recordsInterleaved == interleaved, "interleavings counted differently from those put in");
        check(s.blocks == std::int64_t { spec.writers } * spec.records * fifoBlockCount(spec.recordSize),
            "not every block that was sent was counted");
    }
    return 0;
}
