// SPDX-License-Identifier: GPL-3.0-or-later
// The redirect text form: every valid spelling on every stream, its round trip, and every way it can be wrong.

#include "popen/redirect.h"

#include <gtest/gtest.h>

#include <cctype>
#include <ostream>
#include <string>
#include <vector>

namespace pipescope {

// Readable failure messages and test names.
void PrintTo(const Redirect& r, std::ostream* os)
{
    *os << "Redirect{" << kindName(r.kind) << ", fd=" << r.fd << ", path='" << r.path << "', append=" << r.append
        << "}";
}

} // namespace pipescope

namespace {

using pipescope::ErrorCode;
using pipescope::parseRedirect;
using pipescope::Redirect;
using pipescope::Stream;
using pipescope::streamName;
using pipescope::toText;

// A name gtest accepts: letters, digits and underscores only.
std::string identifier(std::string_view text)
{
    std::string out;
    for (const char c : text)
        out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return out.empty() ? std::string("empty") : out;
}

// ---------------------------------------------------------------------------------------------
// Valid text

struct ValidCase
{
    Stream stream;
    std::string text;
    Redirect expected;
};

std::vector<ValidCase> validCases()
{
    std::vector<ValidCase> cases;
    for (Stream s : pipescope::allStreams) {
        cases.push_back({ s, "none", Redirect::inherit() });
        cases.push_back({ s, "pipe", Redirect::pipe() });
        cases.push_back({ s, "devnull", Redirect::devNull() });
        cases.push_back({ s, "fd:0", Redirect::fromFd(0) });
        cases.push_back({ s, "fd:3", Redirect::fromFd(3) });
        cases.push_back({ s, "fd:2147483647", Redirect::fromFd(2147483647) });
        cases.push_back({ s, "file:/tmp/x", Redirect::file("/tmp/x") });
        cases.push_back({ s, "file:relative/path.txt", Redirect::file("relative/path.txt") });
        cases.push_back({ s, "file:/tmp/a b.txt", Redirect::file("/tmp/a b.txt") });
        cases.push_back({ s, "file:/tmp/with:colon", Redirect::file("/tmp/with:colon") });
    }
    for (Stream s : { Stream::Stdout, Stream::Stderr }) {
        cases.push_back({ s, "file:/tmp/x:append", Redirect::file("/tmp/x", true) });
        cases.push_back({ s, "file:/tmp/with:colon:append", Redirect::file("/tmp/with:colon", true) });
    }
    // stdin never appends: the suffix is part of the path it reads.
    cases.push_back({ Stream::Stdin, "file:/tmp/x:append", Redirect::file("/tmp/x:append") });
    cases.push_back({ Stream::Stderr, "stdout", Redirect::stdoutRedirect() });
    return cases;
}

void PrintTo(const ValidCase& c, std::ostream* os)
{
    *os << streamName(c.stream) << " '" << c.text << "'";
}

class ValidRedirect : public testing::TestWithParam<ValidCase>
{
};

TEST_P(ValidRedirect, Parses)
{
    const ValidCase& c = GetParam();
    const auto r = parseRedirect(c.stream, c.text);
    ASSERT_TRUE(r.ok()) << streamName(c.stream) << " '" << c.text << "' was rejected with code "
                        << static_cast<int>(r.error().code);
    EXPECT_EQ(*r, c.expected);
}

TEST_P(ValidRedirect, TextRoundTrips)
{
    const ValidCase& c = GetParam();
    const auto r = parseRedirect(c.stream, c.text);
    ASSERT_TRUE(r.ok());
    const std::string text = toText(*r);
    const auto again = parseRedirect(c.stream, text);
    ASSERT_TRUE(again.ok()) << "toText gave '" << text << "', which does not parse";
    EXPECT_EQ(*again, *r) << "via '" << text << "'";
    // The text form is canonical: printing the reparsed value gives the same text.
    EXPECT_EQ(toText(*again), text);
}

INSTANTIATE_TEST_SUITE_P(
    AllForms, ValidRedirect, testing::ValuesIn(validCases()), [](const testing::TestParamInfo<ValidCase>& info) {
        return std::string(streamName(info.param.stream)) + "_" + std::to_string(info.index) + "_"
            + identifier(info.param.text);
    });

TEST(Redirect, ToTextSpellsEachKind)
{
    EXPECT_EQ(toText(Redirect::inherit()), "none");
    EXPECT_EQ(toText(Redirect::pipe()), "pipe");
    EXPECT_EQ(toText(Redirect::devNull()), "devnull");
    EXPECT_EQ(toText(Redirect::fromFd(7)), "fd:7");
    EXPECT_EQ(toText(Redirect::file("/tmp/x")), "file:/tmp/x");
    EXPECT_EQ(toText(Redirect::file("/tmp/x", true)), "file:/tmp/x:append");
    EXPECT_EQ(toText(Redirect::stdoutRedirect()), "stdout");
}

TEST(Redirect, KindNamesArePopenSpellings)
{
    EXPECT_EQ(pipescope::kindName(Redirect::Kind::Inherit), "None");
    EXPECT_EQ(pipescope::kindName(Redirect::Kind::Pipe), "PIPE");
    EXPECT_EQ(pipescope::kindName(Redirect::Kind::DevNull), "DEVNULL");
    EXPECT_EQ(pipescope::kindName(Redirect::Kind::Stdout), "STDOUT");
}

// toText promises parseRedirect(s, toText(r)) == r for every r, starting from the value, not from text.
struct ValueCase
{
    std::string name;
    Stream stream;
    Redirect value;
};

void PrintTo(const ValueCase& c, std::ostream* os)
{
    *os << c.name;
}

class RedirectValue : public testing::TestWithParam<ValueCase>
{
};

TEST_P(RedirectValue, RoundTripsThroughText)
{
    const ValueCase& c = GetParam();
    const std::string text = toText(c.value);
    const auto parsed = parseRedirect(c.stream, text);
    ASSERT_TRUE(parsed.ok()) << "'" << text << "' does not parse on " << streamName(c.stream);
    EXPECT_EQ(*parsed, c.value) << "via '" << text << "'";
}

INSTANTIATE_TEST_SUITE_P(Values, RedirectValue,
    testing::Values(ValueCase { "fd_max", Stream::Stdin, Redirect::fromFd(2147483647) },
        ValueCase { "fd_zero_stderr", Stream::Stderr, Redirect::fromFd(0) },
        ValueCase { "file_utf8", Stream::Stdout, Redirect::file("/tmp/\xe7\xae\xa1\xe9\x81\x93.txt") },
        ValueCase { "file_append_stderr", Stream::Stderr, Redirect::file("/tmp/log", true) },
        ValueCase { "file_trailing_colon", Stream::Stdout, Redirect::file("/tmp/x:") },
        // A file really named "...:append", truncated: toText must not turn it into an append of "/tmp/x".
        ValueCase { "file_named_append_truncating", Stream::Stdout, Redirect::file("/tmp/x:append", false) },
        ValueCase { "stdout_on_stderr", Stream::Stderr, Redirect::stdoutRedirect() }),
    [](const testing::TestParamInfo<ValueCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Bad text

struct BadCase
{
    Stream stream;
    std::string text;
    ErrorCode code;
};

std::vector<BadCase> badCases()
{
    std::vector<BadCase> cases;
    for (Stream s : pipescope::allStreams) {
        cases.push_back({ s, "", ErrorCode::EmptyRedirect });
        cases.push_back({ s, "pipe:", ErrorCode::UnknownRedirect });
        cases.push_back({ s, "PIPE", ErrorCode::UnknownRedirect });
        cases.push_back({ s, "bogus", ErrorCode::UnknownRedirect });
        cases.push_back({ s, " pipe", ErrorCode::UnknownRedirect });
        cases.push_back({ s, "none ", ErrorCode::UnknownRedirect });
        cases.push_back({ s, "fd", ErrorCode::UnknownRedirect });
        cases.push_back({ s, "file", ErrorCode::UnknownRedirect });
        cases.push_back({ s, "fd:", ErrorCode::MissingFdNumber });
        cases.push_back({ s, "fd:-1", ErrorCode::NegativeFd });
        cases.push_back({ s, "fd:abc", ErrorCode::BadFdNumber });
        cases.push_back({ s, "fd:3x", ErrorCode::BadFdNumber });
        cases.push_back({ s, "fd: 3", ErrorCode::BadFdNumber });
        cases.push_back({ s, "fd:+3", ErrorCode::BadFdNumber });
        cases.push_back({ s, "fd:99999999999", ErrorCode::BadFdNumber });
        cases.push_back({ s, "fd:2147483648", ErrorCode::BadFdNumber });
        cases.push_back({ s, "file:", ErrorCode::EmptyPath });
    }
    for (Stream s : { Stream::Stdout, Stream::Stderr })
        cases.push_back({ s, "file::append", ErrorCode::EmptyPath });
    cases.push_back({ Stream::Stdin, "stdout", ErrorCode::StdoutOnlyForStderr });
    cases.push_back({ Stream::Stdout, "stdout", ErrorCode::StdoutOnlyForStderr });
    return cases;
}

void PrintTo(const BadCase& c, std::ostream* os)
{
    *os << streamName(c.stream) << " '" << c.text << "'";
}

class BadRedirect : public testing::TestWithParam<BadCase>
{
};

TEST_P(BadRedirect, GivesCodeStreamAndSubject)
{
    const BadCase& c = GetParam();
    const auto r = parseRedirect(c.stream, c.text);
    ASSERT_FALSE(r.ok()) << streamName(c.stream) << " '" << c.text << "' was accepted as '" << toText(*r) << "'";
    const pipescope::Error& e = r.error();
    EXPECT_EQ(e.code, c.code) << "got code " << static_cast<int>(e.code);
    ASSERT_TRUE(e.stream.has_value());
    EXPECT_EQ(*e.stream, c.stream);
    EXPECT_EQ(e.subject, c.text);
    EXPECT_EQ(e.sysErrno, 0) << "a text error is not a system error";
}

INSTANTIATE_TEST_SUITE_P(
    AllErrors, BadRedirect, testing::ValuesIn(badCases()), [](const testing::TestParamInfo<BadCase>& info) {
        return std::string(streamName(info.param.stream)) + "_" + std::to_string(info.index) + "_"
            + identifier(info.param.text);
    });

} // namespace
