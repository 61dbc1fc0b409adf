// SPDX-License-Identifier: GPL-3.0-or-later
// fifo-writer: one of several processes writing records into one FIFO, each record with one write(2), so that the
// reader can show which writes stayed whole (<= PIPE_BUF) and which were interleaved with other writers' bytes.
#include "args.h"
#include "modes.h"
#include "rawio.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

namespace pipescope::child {

namespace {

// The record format of core/fiforecord.h, written again here because this program links nothing but the standard
// library. Keep both in step: tst_fifo's reader rejects every block whose checksum or layout differs.
constexpr std::size_t kBlockSize = 4096;
constexpr std::size_t kHeaderSize = 24;
constexpr std::uint32_t kMagic = 0x42465350; // "PSFB" in memory
constexpr std::uint64_t kMaxRecordSize = std::uint64_t { 16 } << 20U;
constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

void store32(unsigned char* p, std::uint32_t v)
{
    for (unsigned i = 0; i < 4; ++i)
        p[i] = static_cast<unsigned char>(v >> (8U * i));
}

std::uint64_t load(const unsigned char* p, unsigned bytes)
{
    std::uint64_t v = 0;
    for (unsigned i = 0; i < bytes; ++i)
        v |= std::uint64_t { p[i] } << (8U * i);
    return v;
}

std::uint32_t checksum(const unsigned char* block, std::size_t length)
{
    std::uint64_t h = kFnvOffset;
    const auto mix = [&h](std::uint64_t v) {
        h ^= v;
        h *= kFnvPrime;
    };
    for (std::size_t field = 4; field < 20; field += 4)
        mix(load(block + field, 4));
    std::size_t i = kHeaderSize;
    for (; i + 8 <= length; i += 8)
        mix(load(block + i, 8));
    for (; i < length; ++i)
        mix(block[i]);
    return static_cast<std::uint32_t>(h ^ (h >> 32U));
}

void encodeRecord(std::vector<unsigned char>& record, std::uint32_t id, std::uint32_t seq)
{
    const auto size = static_cast<std::uint32_t>(record.size());
    const std::uint32_t key = 31U * id + 7U * seq;
    for (std::size_t base = 0, index = 0; base < record.size(); base += kBlockSize, ++index) {
        unsigned char* block = record.data() + base;
        const std::size_t length = std::min(kBlockSize, record.size() - base);
        store32(block, kMagic);
        store32(block + 4, id);
        store32(block + 8, seq);
        store32(block + 12, static_cast<std::uint32_t>(index));
        store32(block + 16, size);
        for (std::size_t j = kHeaderSize; j < length; ++j)
            block[j] = static_cast<unsigned char>(base + j + key);
        store32(block + 20, checksum(block, length));
    }
}

std::uint64_t recordSize(std::optional<std::string_view> text)
{
    if (!text)
        throw UsageError("missing --record-size");
    const std::uint64_t size = parseByteCount(*text, "--record-size");
    // Above PIPE_BUF only whole 4096-byte blocks: the kernel splits such writes on page boundaries only.
    if (size < kHeaderSize || size > kMaxRecordSize || (size > kBlockSize && size % kBlockSize != 0))
        throw UsageError("bad --record-size '" + std::string(*text)
            + "' (expected 24 to 4096 bytes, or a multiple of 4096 up to 16M)");
    return size;
}

std::int64_t required(const ModeArgs& args, std::string_view name, std::int64_t min, std::int64_t max)
{
    const auto text = args.option(name);
    if (!text)
        throw UsageError("missing " + std::string(name));
    return parseInteger(*text, min, max, name);
}

} // namespace

int runFifoWriter(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, { "--id", "--records", "--record-size", "--start" }, 1, 1);
    const std::string path(parsed.positionals[0]);
    const auto id = static_cast<std::uint32_t>(required(parsed, "--id", 0, 65535));
    const auto records = static_cast<std::uint32_t>(required(parsed, "--records", 0, 1'000'000'000));
    const std::uint64_t size = recordSize(parsed.option("--record-size"));
    const std::string_view start = parsed.option("--start").value_or("now");
    if (start != "now" && start != "stopped")
        throw UsageError("bad --start '" + std::string(start) + "' (expected now or stopped)");

    // Blocks until a reader has the FIFO open: the rendezvous.
    int fd = -1;
    do {
        fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        throw SysError("open(" + path + ")", errno);
    const UniqueFd fifo(fd);
    // Stopped, it holds the FIFO open for the parent to inspect, and starts writing together with the others.
    if (start == "stopped")
        ::kill(::getpid(), SIGSTOP);

    std::vector<unsigned char> record(size);
    for (std::uint32_t seq = 0; seq < records; ++seq) {
        encodeRecord(record, id, seq);
        // One write(2) per record; it returns short only when a signal interrupts it after whole pages.
        writeAll(fifo.get(), std::string_view(reinterpret_cast<const char*>(record.data()), record.size()));
    }
    return 0;
}

} // namespace pipescope::child
