// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "base/result.h"
#include "base/stream.h"
#include "inspect/fdtable.h"
#include "popen/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <string_view>

struct RunResult;

// Core says what happened as data; this is where it becomes words in the user's language.
class Describe
{
    Q_DECLARE_TR_FUNCTIONS(Describe)
public:
    static QString error(const pipescope::Error& error);
    // A reason for an errno the user can act on, with its symbolic name ("No such file or directory (ENOENT)").
    static QString errnoText(int err);
    static QString signalText(int sig);

    static QString actor(pipescope::Actor actor);
    static QString stream(pipescope::Stream stream);
    static QString handle(pipescope::Handle handle);

    // The call a step makes, as code ("dup2(p2cread, 0)").
    static QString stepCall(const pipescope::Step& step, const pipescope::HandlePlan& plan);
    // What the call does and why Popen makes it.
    static QString stepExplanation(const pipescope::Step& step, const pipescope::HandlePlan& plan);

    static QString event(const pipescope::Event& event);
    // The real numbers an event carries, short enough for a table cell ("read end 3, write end 4").
    static QString eventFds(const pipescope::Event& event);

    static QString fdKind(pipescope::FdKind kind);
    static QString access(pipescope::Access access);

    static QString exitStatus(const RunResult& result);

    // Bytes as text without losing any, escaped as the live console shows them (ByteEscaper): valid UTF-8 as it
    // is, control and invalid bytes but newline and tab as \xNN / \r, a backslash as \\, invisible characters as
    // \uXXXX.
    static QString bytes(const QByteArray& data);
};

// One clear line for an Error, e.g. "Cannot run 'foo': No such file or directory (ENOENT)".
inline QString describeError(const pipescope::Error& error)
{
    return Describe::error(error);
}

// std::string_view from core as a QString (core's text is UTF-8).
inline QString fromCore(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
