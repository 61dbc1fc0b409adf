// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/lessonfile.h"
#include "files/trace.h"
#include "record/recording.h"

#include "bridge/winerun.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

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

    // One part of a lesson as it was played for its page: the part's session recorded step by step (a scenario part;
    // with the Live run of a Live question), the words of its steps and of that run in every language (stepTexts),
    // and for each question the real answer (empty when none could be read) and why there is none.
    struct LessonPart
    {
        std::optional<pipescope::Trace> trace;
        QJsonObject texts;
        QStringList answers;
        QStringList failures;
    };
    // The page of a lesson: its parts one after the other, each scenario part's steps replayed as build()'s page
    // replays them, each question asked before its step (or at the part's end) and judged against the real answer
    // the lesson's play gave. Opens at the first part, in language.
    static QByteArray buildLesson(
        const pipescope::Lesson& lesson, const std::vector<LessonPart>& parts, const QString& language);

    // Every step of the plan, its call and explanation, and the live run's words when given, by language code: the
    // very texts the window shows.
    static QJsonObject stepTexts(const pipescope::HandlePlan& plan, const LiveTexts& liveTexts = {});

    // What build() embedded, read back from a page: the trace JSON's text and the texts' JSON (empty if absent).
    static QByteArray embeddedTrace(const QByteArray& page);
    static QByteArray embeddedTexts(const QByteArray& page);
    static QByteArray embeddedStates(const QByteArray& page);
};
