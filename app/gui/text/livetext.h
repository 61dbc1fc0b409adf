// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/liveflow.h"
#include "live/procstate.h"

#include <QCoreApplication>
#include <QString>

// The words for a live sample: who is blocked in which call and why, the verdict, who still holds a pipe open. The
// Live panel's status line and the diagram's labels on blocked ends both say them, so no view asks another for
// text. They are translated in their own context, LiveText.
class LiveText
{
    Q_DECLARE_TR_FUNCTIONS(LiveText)
public:
    // Who gives the child its input when it waits for some: the user, typing (the Manual parent), or the parent's
    // own writes, at full speed or in slow motion.
    enum class Input { Typed, Written, WrittenSlowly };
    // The status line's words for a sample: what runs, who is blocked in which call and why.
    static QString verdictText(const LiveSample& sample, Input input = Input::Typed);
    // The child exited, its pipes did not: who holds them.
    static QString heldOpenText(const LiveSample& sample);
    static QString commandText(const pipescope::ProcessInfo& process);
    // "write(p2cwrite)" for the parent (Popen's name for its end), "write(1)" for the child.
    static QString callText(const pipescope::BlockedOn& blocked);
    // "write(1) blocked: pipe full", or empty when not blocked: the diagram's label on a blocked end.
    static QString blockedText(const pipescope::BlockedOn& blocked);
};
