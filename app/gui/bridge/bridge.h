// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class DuplexRun;
class FifoFlow;
class LiveFlow;
class ProgramRunner;
class SessionController;
class WatchRun;

// The one object on the GUI side that owns everything that can fork or block: the stepped session and its runs
// (SessionController), the Live tab's run (LiveFlow), the FIFO runs and hand-made opens (FifoFlow), the duplex
// demo (DuplexRun), the recordings of real programs under ptrace (WatchRun) and the helper programs the stepping tabs
// start (ProgramRunner). Each works on threads of its own and reports back queued; every fork they make goes through
// core's fork point, so a child never inherits another run's fds. The window creates one and hands its parts to the
// pages; a widget never owns a process.
//
// Destroying it kills and reaps everything it runs; stopAll() does that without destroying anything.
class Bridge : public QObject
{
    Q_OBJECT
public:
    explicit Bridge(QObject* parent = nullptr);
    ~Bridge() override;

    SessionController* session() const { return m_session; }
    // A second stepped session nobody sees: a lesson's teacher view goes through a part on it to know the answers
    // before the class gives them.
    SessionController* rehearsal() const { return m_rehearsal; }
    // The same for a lesson's Live and FIFO questions: a run nobody sees, at full speed.
    LiveFlow* rehearsalLive() const { return m_rehearsalLive; }
    FifoFlow* rehearsalFifo() const { return m_rehearsalFifo; }
    LiveFlow* live() const { return m_live; }
    FifoFlow* fifo() const { return m_fifo; }
    DuplexRun* duplex() const { return m_duplex; }
    WatchRun* watch() const { return m_watch; }

    // A runner for one helper program, owned here. The user holds it while it wants the answer, then gives it
    // back with release(); a runner whose user is destroyed is released at once.
    ProgramRunner* newProgramRunner(QObject* user);
    // The user no longer listens: the program is killed (if it still runs) and the runner deleted once it is gone,
    // off the GUI thread. Null is ignored.
    void release(ProgramRunner* runner);
    // Runners not yet deleted, released or not.
    QList<ProgramRunner*> programRunners() const;

    // True while anything here has a process, a thread or a waiting open going.
    bool isBusy() const;
    // Stops everything: the run and the stepped child are killed (the steps go back to the start), the live run and
    // the FIFO writers are killed, opens made by hand are closed, a recording and helper programs killed. Returns at
    // once; each stop is reported by its own object, within a second. The duplex demo is bounded and ends by itself.
    void stopAll();

private:
    SessionController* m_session;
    SessionController* m_rehearsal;
    LiveFlow* m_live;
    LiveFlow* m_rehearsalLive;
    FifoFlow* m_fifo;
    FifoFlow* m_rehearsalFifo;
    DuplexRun* m_duplex;
    WatchRun* m_watch;
    QSet<ProgramRunner*> m_released; // until they are deleted
};
