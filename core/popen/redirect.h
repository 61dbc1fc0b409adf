// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "base/stream.h"

#include <string>
#include <string_view>

namespace pipescope {

// What one of the child's standard streams gets: the values of Popen's stdin=/stdout=/stderr=.
struct Redirect
{
    enum class Kind {
        Inherit, // None: the child keeps the parent's fd
        Pipe, // PIPE: a new anonymous pipe, the parent keeps the other end
        DevNull, // DEVNULL
        Fd, // an int: an fd the parent already has open
        File, // a file object: opened by the parent (stdin reads, stdout/stderr write)
        Stdout, // STDOUT (stderr only): the same as the child's stdout
    };

    Kind kind = Kind::Inherit;
    int fd = -1; // Kind::Fd
    std::string path; // Kind::File
    bool append = false; // Kind::File on stdout/stderr: O_APPEND instead of O_TRUNC

    static Redirect inherit() { return {}; }
    static Redirect pipe() { return { .kind = Kind::Pipe }; }
    static Redirect devNull() { return { .kind = Kind::DevNull }; }
    static Redirect fromFd(int n) { return { .kind = Kind::Fd, .fd = n }; }
    static Redirect file(std::string p, bool append = false)
    {
        return { .kind = Kind::File, .path = std::move(p), .append = append };
    }
    static Redirect stdoutRedirect() { return { .kind = Kind::Stdout }; }

    friend bool operator==(const Redirect&, const Redirect&) = default;
};

// Parses the text form: none, pipe, devnull, fd:N, file:PATH, file:PATH:append (stdout/stderr),
// file:PATH:trunc (the default, spelled out), stdout (stderr only).
Result<Redirect> parseRedirect(Stream stream, std::string_view text);

// The text form again; parseRedirect(s, toText(r)) == r.
std::string toText(const Redirect& r);

// Popen's spelling for the generated Python: None, PIPE, DEVNULL, STDOUT, 3, or "file".
std::string_view kindName(Redirect::Kind k);

} // namespace pipescope
