// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/stepsource.h"
#include "files/trace.h"
#include "popen/stepper.h"

#include <QString>

#include <vector>

// Replay: a recorded trace as a source of step frames, without running anything. Its plan, steps, both fd tables and
// events are those of the recording; forward and back move through the recorded steps. It emits the same signals as
// the live session, so the step views show a recording exactly as they show a session.
class Replay : public StepSource
{
    Q_OBJECT
public:
    explicit Replay(QObject* parent = nullptr);
    ~Replay() override;

    bool isActive() const { return m_active; }
    // Enters replay mode (or shows another trace in it) at the first recorded step.
    void start(pipescope::Trace trace, const QString& name);
    // Back to the live session.
    void leave();

    // In replay mode: the next / previous recorded step (false at either end, or when not replaying).
    bool forward();
    bool back();
    bool toStart();
    // The recorded step number shown (the snapshot's position).
    size_t position() const;
    size_t frameCount() const { return m_frames.size(); }
    size_t frameIndex() const { return m_index; }
    bool atEnd() const { return m_index + 1 >= m_frames.size(); }
    const pipescope::Trace& trace() const { return m_trace; }
    // The name it was opened under (the file's name).
    QString name() const { return m_name; }
    // The frame shown now.
    StepFrame frame() const;

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void show();

    pipescope::Trace m_trace;
    pipescope::HandlePlan m_posix;
    std::vector<pipescope::StepSnapshot> m_frames; // by position
    size_t m_index = 0;
    bool m_active = false;
    QString m_name;
};
