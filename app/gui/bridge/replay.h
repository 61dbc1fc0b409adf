// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/trace.h"
#include "popen/stepper.h"

#include <QObject>
#include <QString>

#include <vector>

class MainWindow;
class QFrame;
class QLabel;
class QPushButton;

// Replay mode: a recorded trace shown in the window without running anything. Its plan, steps, both fd tables and
// the diagram are those of the recording; Step and Back move through the recorded steps; a banner across the window
// says it is a replay, with the way back to the live session.
class Replay : public QObject
{
    Q_OBJECT
public:
    explicit Replay(MainWindow* window);
    ~Replay() override;

    bool isActive() const { return m_active; }
    // Enters replay mode (or shows another trace in it) at the first recorded step.
    void start(pipescope::Trace trace, const QString& name);
    // Back to the live session, as it was.
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
    QFrame* banner() const { return m_banner; }
    QString bannerText() const;

    // Adjusts the window's buttons to replay mode (after the window set them for the live session).
    void adjustButtons();

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void show();
    void setLiveControlsEnabled(bool enabled);

    MainWindow* m_window;
    pipescope::Trace m_trace;
    std::vector<pipescope::StepSnapshot> m_frames; // by position
    size_t m_index = 0;
    bool m_active = false;
    QString m_name;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerLabel = nullptr;
    QPushButton* m_leave = nullptr;
};
