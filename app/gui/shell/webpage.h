// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/trace.h"
#include "record/recording.h"

#include "bridge/winerun.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>
#include <utility>

// The page that replays a session in a browser: resources/web/'s HTML, CSS and JavaScript in one file, with the trace
// (the documented trace JSON) and, for each step of its plan, the call and the explanation in every language
// PipeScope speaks, taken from the application's own translations. The file makes no request to anything.
class WebPage
{
public:
    // The words of a live run (the verdict line at its worst moment, and its end), in the language installed when
    // called; build() calls it once per language.
    using LiveTexts = std::function<std::pair<QString, QString>()>;

    // The page, opening at the recorded step startPosition (0: before the first step), in language ("en", "zh_CN").
    // A trace with a live run shows its timeline, with liveTexts' words when given.
    static QByteArray build(
        const pipescope::Trace& trace, size_t startPosition, const QString& language, const LiveTexts& liveTexts = {});

    // The page of a recording of a real program (Watch a Program): every process and the pipe ends each held after
    // each recorded call, with the calls and what they did in every language; opening after call startStep (0: before
    // the first call).
    static QByteArray buildRecording(const pipescope::Recording& recording, size_t startStep, const QString& language);

    // The page of a run of Popen's Windows branch under Wine (its JSON embedded as the trace): after each Win32 call,
    // the window's Parent/Child picture with HANDLE values laid out in every language, both handle tables and the
    // call list; opening after call startCall (0: before the first).
    static QByteArray buildWineRun(const WinRunRecord& run, size_t startCall, const QString& language);

    // What build() embedded, read back from a page: the trace JSON's text and the texts' JSON (empty if absent).
    static QByteArray embeddedTrace(const QByteArray& page);
    static QByteArray embeddedTexts(const QByteArray& page);
    static QByteArray embeddedStates(const QByteArray& page);
};
