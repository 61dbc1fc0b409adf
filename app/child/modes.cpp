// SPDX-License-Identifier: GPL-3.0-or-later
#include "modes.h"

#include "args.h"
#include "fdtable.h"
#include "rawio.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <span>
#include <string>
#include <unistd.h>
#include <vector>

namespace pipescope::child {

namespace {

constexpr std::string_view kEchoGreeting = "child process start\n";
// print(">>>get std in", line) puts a space between its arguments and a newline after the line's own.
constexpr std::string_view kEchoPrefix = ">>>get std in ";
constexpr std::int64_t kMaxDelayMs = 24LL * 3600 * 1000;

// Byte i of a flood is kFloodPattern[i % 64], however the writes were split, so a reader can check every byte
// it got: 63 printable characters and a newline, so the flood also reads as lines.
constexpr std::string_view kFloodPattern = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-\n";
static_assert(kFloodPattern.size() == 64);
constexpr std::uint64_t kMaxFloodChunk = std::uint64_t { 64 } << 20U;

// Echoes stdin line by line like the seed's child.py. Lines are written whole when they fit a chunk, so the
// parent usually gets one read per line; longer lines are passed on in pieces to keep memory bounded.
class LineEchoer
{
public:
    explicit LineEchoer(double delaySeconds)
        : m_delaySeconds(delaySeconds)
    {
    }

    void feed(std::string_view data)
    {
        for (auto newline = data.find('\n'); newline != std::string_view::npos; newline = data.find('\n')) {
            m_pending.append(data.substr(0, newline + 1));
            data.remove_prefix(newline + 1);
            emit(true);
            sleepFor(m_delaySeconds);
        }
        m_pending.append(data);
        if (m_pending.size() >= kIoChunk)
            emit(false);
    }

    // A last line without its newline is still echoed, as Python's loop over stdin would.
    void finish()
    {
        if (!m_pending.empty() || !m_atLineStart)
            emit(true);
    }

private:
    void emit(bool endOfLine)
    {
        std::string out;
        if (m_atLineStart)
            out = kEchoPrefix;
        out += m_pending;
        if (endOfLine)
            out += '\n';
        writeAll(STDOUT_FILENO, out);
        m_pending.clear();
        m_atLineStart = endOfLine;
    }

    double m_delaySeconds = 0;
    std::string m_pending;
    bool m_atLineStart = true;
};

int floodTarget(std::optional<std::string_view> to)
{
    if (!to || *to == "stdout")
        return STDOUT_FILENO;
    if (*to == "stderr")
        return STDERR_FILENO;
    throw UsageError("bad --to '" + std::string(*to) + "' (expected stdout or stderr)");
}

std::size_t floodChunk(std::optional<std::string_view> chunk)
{
    if (!chunk)
        return kIoChunk;
    const std::uint64_t bytes = parseByteCount(*chunk, "--chunk");
    if (bytes == 0 || bytes > kMaxFloodChunk)
        throw UsageError("bad --chunk '" + std::string(*chunk) + "' (expected 1 byte to 64M)");
    return static_cast<std::size_t>(bytes);
}

void flood(int fd, std::uint64_t total, std::size_t chunk)
{
    // One chunk plus 63 bytes, filled once: a write can then start at any phase of the pattern.
    std::vector<char> buffer(chunk + kFloodPattern.size() - 1);
    for (std::size_t i = 0; i < buffer.size(); ++i)
        buffer[i] = kFloodPattern[i % kFloodPattern.size()];

    std::uint64_t done = 0;
    while (done < total) {
        const std::size_t phase = done % kFloodPattern.size();
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(chunk, total - done));
        const ssize_t written = ::write(fd, buffer.data() + phase, want);
        if (written < 0) {
            const int error = errno;
            if (error == EINTR)
                continue;
            throw SysError("write(" + std::to_string(fd) + ") after " + std::to_string(done) + " of "
                    + std::to_string(total) + " bytes",
                error);
        }
        done += static_cast<std::uint64_t>(written);
    }
}

void copyAll(int from, int to)
{
    std::vector<char> buffer(kIoChunk);
    while (const std::size_t got = readSome(from, buffer))
        writeAll(to, std::string_view(buffer.data(), got));
}

void discardUpTo(int fd, std::uint64_t limit)
{
    std::vector<char> buffer(kIoChunk);
    while (limit > 0) {
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), limit));
        const std::size_t got = readSome(fd, std::span(buffer).first(want));
        if (got == 0)
            return;
        limit -= got;
    }
}

void writeFile(const std::string& path, std::string_view data)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw SysError("open(" + path + ")", errno);
    const UniqueFd file(fd);
    writeAll(file.get(), data);
}

} // namespace

int runEcho(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, { "--delay-ms" }, 0, 0);
    const auto delayMs = parsed.option("--delay-ms");
    const std::int64_t delay = delayMs ? parseInteger(*delayMs, 0, kMaxDelayMs, "--delay-ms") : 0;

    writeAll(STDOUT_FILENO, kEchoGreeting);
    LineEchoer echoer(static_cast<double>(delay) / 1000.0);
    std::vector<char> buffer(kIoChunk);
    while (const std::size_t got = readSome(STDIN_FILENO, buffer))
        echoer.feed(std::string_view(buffer.data(), got));
    echoer.finish();
    return 0;
}

int runFlood(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, { "--to", "--chunk" }, 1, 1);
    const std::uint64_t total = parseByteCount(parsed.positionals[0], "BYTES");
    const int fd = floodTarget(parsed.option("--to"));
    const std::size_t chunk = floodChunk(parsed.option("--chunk"));
    flood(fd, total, chunk);
    return 0;
}

int runFds(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, { "--out", "--fd" }, 0, 0);
    const auto out = parsed.option("--out");
    const auto fdText = parsed.option("--fd");
    if (out && fdText)
        throw UsageError("give --out or --fd, not both");
    const auto fd = static_cast<int>(fdText ? parseInteger(*fdText, 0, INT_MAX, "--fd") : STDOUT_FILENO);

    // The output file is opened only after the snapshot, so the table shows what the child was given.
    const std::string json = fdTableJson(::getpid(), snapshotOwnFds());
    if (out)
        writeFile(std::string(*out), json);
    else
        writeAll(fd, json);
    return 0;
}

int runStderr(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, {}, 0, 1);
    const std::string_view text = parsed.positionals.empty() ? "error from child" : parsed.positionals[0];
    writeAll(STDERR_FILENO, std::string(text) + '\n');
    writeAll(STDOUT_FILENO, "ok\n");
    return 0;
}

int runSleep(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, {}, 1, 1);
    sleepFor(parseSeconds(parsed.positionals[0], "SECONDS"));
    return 0;
}

int runExit(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, {}, 1, 1);
    return static_cast<int>(parseInteger(parsed.positionals[0], 0, 255, "N"));
}

int runCat(std::span<const std::string_view> args)
{
    parseModeArgs(args, {}, 0, 0);
    copyAll(STDIN_FILENO, STDOUT_FILENO);
    return 0;
}

int runCloseStdout(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, {}, 1, 1);
    const double seconds = parseSeconds(parsed.positionals[0], "SECONDS");
    // Already closed (EBADF) is as good as closed.
    ::close(STDOUT_FILENO);
    sleepFor(seconds);
    return 0;
}

// What a program that prints does: printf() and fprintf(stderr), buffered as the C library chooses (stdout fully
// buffered when it is not a terminal, stderr unbuffered) or, with --buffering=none, stdout unbuffered too. Through
// stderr=STDOUT the one pipe keeps the order of the write() calls, which is not the order of the prints.
int runMixed(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, { "--lines", "--buffering" }, 0, 0);
    const auto linesText = parsed.option("--lines");
    const std::int64_t lines = linesText ? parseInteger(*linesText, 1, 100000, "--lines") : 4;
    const std::string_view buffering = parsed.option("--buffering").value_or("stdio");
    if (buffering == "none") {
        if (std::setvbuf(stdout, nullptr, _IONBF, 0) != 0)
            throw SysError("setvbuf(stdout)", errno);
    } else if (buffering != "stdio") {
        throw UsageError("--buffering: expected stdio or none, got '" + std::string(buffering) + "'");
    }
    for (std::int64_t i = 1; i <= lines; ++i) {
        std::FILE* to = i % 2 ? stdout : stderr;
        if (std::fprintf(to, "%lld: printed to %s\n", static_cast<long long>(i), i % 2 ? "stdout" : "stderr") < 0)
            throw SysError(i % 2 ? "printf" : "fprintf(stderr)", errno);
    }
    if (std::fflush(stdout) != 0)
        throw SysError("fflush(stdout)", errno);
    return 0;
}

int runReadThenExit(std::span<const std::string_view> args)
{
    const ModeArgs parsed = parseModeArgs(args, {}, 1, 1);
    discardUpTo(STDIN_FILENO, parseByteCount(parsed.positionals[0], "BYTES"));
    return 0;
}

} // namespace pipescope::child
