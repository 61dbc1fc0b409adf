// SPDX-License-Identifier: GPL-3.0-or-later
#include "fdtable.h"

#include "rawio.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <string_view>
#include <unistd.h>

namespace pipescope::child {

namespace {

struct DirCloser
{
    void operator()(DIR* dir) const { ::closedir(dir); }
};

// The fd numbers only. Nothing else may be opened while the directory is listed, or it would show up in the
// listing; the directory's own fd is left out.
std::vector<int> listOwnFdNumbers()
{
    const std::unique_ptr<DIR, DirCloser> dir(::opendir("/proc/self/fd"));
    if (!dir)
        throw SysError("opendir(/proc/self/fd)", errno);
    const int dirFd = ::dirfd(dir.get());
    std::vector<int> fds;
    errno = 0;
    while (const dirent* entry = ::readdir(dir.get())) {
        const std::string_view name = entry->d_name;
        int fd = -1;
        const auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), fd);
        if (ec == std::errc {} && end == name.data() + name.size() && fd != dirFd)
            fds.push_back(fd);
    }
    if (errno != 0)
        throw SysError("readdir(/proc/self/fd)", errno);
    std::sort(fds.begin(), fds.end());
    return fds;
}

// nullopt when the fd is no longer open.
std::optional<std::string> readLinkTarget(int fd)
{
    const std::string path = "/proc/self/fd/" + std::to_string(fd);
    std::string target(256, '\0');
    for (;;) {
        const ssize_t length = ::readlink(path.c_str(), target.data(), target.size());
        if (length < 0) {
            const int error = errno;
            if (error == ENOENT)
                return std::nullopt;
            throw SysError("readlink(" + path + ")", error);
        }
        // readlink truncates silently; a full buffer may mean a longer target.
        if (static_cast<std::size_t>(length) < target.size()) {
            target.resize(static_cast<std::size_t>(length));
            return target;
        }
        target.resize(target.size() * 2);
    }
}

std::string fieldValue(std::string_view text, std::string_view field)
{
    for (std::size_t lineStart = 0; lineStart < text.size();) {
        const std::size_t lineEnd = std::min(text.find('\n', lineStart), text.size());
        std::string_view line = text.substr(lineStart, lineEnd - lineStart);
        if (line.starts_with(field)) {
            line.remove_prefix(field.size());
            line.remove_prefix(std::min(line.find_first_not_of(" \t"), line.size()));
            return std::string(line);
        }
        lineStart = lineEnd + 1;
    }
    return {};
}

// nullopt when the fd is no longer open.
std::optional<std::string> readFdinfoFlags(int fd)
{
    const std::string path = "/proc/self/fdinfo/" + std::to_string(fd);
    const int infoFd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (infoFd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return std::nullopt;
        throw SysError("open(" + path + ")", error);
    }
    const UniqueFd info(infoFd);
    std::string text;
    std::array<char, 4096> chunk {};
    while (const std::size_t got = readSome(info.get(), chunk))
        text.append(chunk.data(), got);
    return fieldValue(text, "flags:");
}

// Length of the well-formed UTF-8 sequence at the start of text (Unicode table 3-7), 0 if there is none.
std::size_t validUtf8Length(std::string_view text)
{
    const auto byte = [text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(0);
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    std::size_t length = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : low;
        high = lead == 0xED ? 0x9F : high;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : low;
        high = lead == 0xF4 ? 0x8F : high;
    } else {
        return 0;
    }
    if (text.size() < length || byte(1) < low || byte(1) > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (byte(i) < 0x80 || byte(i) > 0xBF)
            return 0;
    }
    return length;
}

// Paths are bytes, JSON is Unicode: bytes that are not UTF-8 become U+FFFD, so every JSON parser (Python's,
// nlohmann's) accepts the output, at the price of not round-tripping such names.
void appendJsonString(std::string& out, std::string_view text)
{
    constexpr std::string_view hexDigits = "0123456789abcdef";
    out += '"';
    while (!text.empty()) {
        const auto byte = static_cast<unsigned char>(text.front());
        std::size_t consumed = 1;
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += static_cast<char>(byte);
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hexDigits[byte >> 4U];
            out += hexDigits[byte & 0xFU];
        } else if (const std::size_t length = validUtf8Length(text); length == 0) {
            out += "\\ufffd";
        } else {
            out.append(text.substr(0, length));
            consumed = length;
        }
        text.remove_prefix(consumed);
    }
    out += '"';
}

} // namespace

std::vector<FdEntry> snapshotOwnFds()
{
    std::vector<FdEntry> entries;
    for (const int fd : listOwnFdNumbers()) {
        auto target = readLinkTarget(fd);
        auto flags = readFdinfoFlags(fd);
        if (target && flags)
            entries.push_back({ .fd = fd, .target = std::move(*target), .flags = std::move(*flags) });
    }
    return entries;
}

std::string fdTableJson(pid_t pid, std::span<const FdEntry> entries)
{
    std::string json = "{\"pid\":" + std::to_string(pid) + ",\"fds\":[";
    for (const FdEntry& entry : entries) {
        if (&entry != entries.data())
            json += ',';
        json += "{\"fd\":" + std::to_string(entry.fd) + ",\"target\":";
        appendJsonString(json, entry.target);
        json += ",\"flags\":";
        appendJsonString(json, entry.flags);
        json += '}';
    }
    json += "]}\n";
    return json;
}

} // namespace pipescope::child
