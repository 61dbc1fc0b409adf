// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/process.h"
#include "record/recording.h"
#include "record/recordingstate.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

// A recording of a real program in the user's language: the step list's lines, what each recorded call did, and the
// diagram's state as text. The calls themselves stay code (core's callSyntax), the same in every language.
class RecordingText
{
    Q_DECLARE_TR_FUNCTIONS(RecordingText)
public:
    // "[  12.345 ms]  4386  pipe2([3<p2cread>, 4<p2cwrite>], O_CLOEXEC) = 0"; a signal or an exit in words. Saying
    // many calls of one recording, pass its PopenNames: the fds' names are looked up rather than searched for.
    static QString line(const pipescope::Recording& recording, const pipescope::RecordedEvent& event,
        const pipescope::PopenNames* names = nullptr);
    // The call alone, or the signal or exit in words.
    static QString call(const pipescope::Recording& recording, const pipescope::RecordedEvent& event,
        const pipescope::PopenNames* names = nullptr);
    // What the call did to the processes' fds and pipes, in a sentence or two.
    static QString explanation(const pipescope::Recording& recording, const pipescope::RecordedEvent& event,
        const pipescope::PopenNames* names = nullptr);
    // "python3 parent.py": the program's file name and its arguments.
    static QString program(const std::vector<std::string>& argv);
    static QString exit(const pipescope::ExitStatus& exit);
    // "read end" / "write end".
    static QString end(bool writeEnd);
    // Everything the diagram shows, for a screen reader: each process and the pipe ends it holds.
    static QString state(const pipescope::RecordingState& state);
};
