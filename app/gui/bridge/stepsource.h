// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "popen/plan.h"
#include "popen/process.h"
#include "popen/spawnspec.h"
#include "popen/stepper.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

// One moment of a step session, everything a view needs to draw it: the plans, the snapshot and the session's events
// up to it. The same value comes from a live session and from a recorded trace.
struct StepFrame
{
    enum class Origin { Session, Recording };

    pipescope::SpawnSpec spec;
    pipescope::HandlePlan plan; // in the lens shown
    pipescope::HandlePlan posix; // the plan that really ran (the diagram draws it)
    pipescope::StepSnapshot snapshot;
    std::vector<pipescope::Event> events; // the session's events up to the snapshot
    std::vector<pipescope::Event> log; // what the trace log lists (a recording's last frame: all of it)
    Origin origin = Origin::Session;
    std::optional<pipescope::ExitStatus> exit; // a recording's last frame: how its child ended
};

Q_DECLARE_METATYPE(StepFrame)

// A step that waits for another process: today only the open() of a file that is a FIFO, which blocks until the
// other side opens it (fifo(7)). Read off the real worker thread while it waits.
struct StepWait
{
    QString path; // what the open() waits on
    std::optional<pipescope::Stream>
        stream; // whose redirect it is: stdin waits for a writer, stdout/stderr for a reader
    int row = -1; // the step of the POSIX plan that waits, -1 when not found in it
    QString waitChannel; // the kernel function the worker thread sleeps in (/proc/self/task/<tid>/wchan)
};

// What a step view is fed from: a live session (SessionController) or a recorded trace (Replay) emit the same
// signals, so the view has one way to show a moment, whatever it comes from.
class StepSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~StepSource() override = default;

Q_SIGNALS:
    // The plan changed (another configuration or lens); the frame still shows the moment before.
    void planShown(const StepFrame& frame);
    // A new moment: a step done (or undone), or another recorded step.
    void frameShown(const StepFrame& frame);
};
