// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/lessonfile.h"
#include "lesson/judge.h"
#include "popen/spawnspec.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class MainWindow;
class ProgramRunner;
class QTemporaryDir;
class SessionController;
struct LiveSample;
struct RunResult;

// Plays a lesson on the window's pages: each part's scenario on the stepping page (or its FIFO run on the named
// pipes page), each question asked with the real session standing just before the step it is about, then that step
// (or Run, python3, the Live run, the FIFO run) done for real and the answer judged on what really happened. The
// class's answer is compared with the real value; the lesson file never holds it.
//
// In the teacher view the answers are known before the class answers: as a part begins, a second, hidden session
// (the Bridge's rehearsal) goes through the same steps and Run on this machine, python3 runs the same program in a
// folder of its own, and the Bridge's rehearsal Live and FIFO runs do the same runs at full speed. Only an fd number
// waits for the class's own step: it depends on what this process has free at that moment.
class LessonRunner : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Idle, // no lesson
        Preparing, // the session is being brought to the question
        Asking, // the question waits for the class
        Running, // the step or run it is about happens
        Judged, // the real answer is known
        PartDone, // every question of the part was judged: Next goes on to the next part
        Finished, // every part done
    };
    Q_ENUM(Phase)

    // What became of one question.
    struct Outcome
    {
        int part = 0;
        int question = 0;
        QString given; // the class's answer (a choice's value or a number), empty when revealed
        QString real; // the value read off the real run; empty when it could not be judged
        bool revealed = false; // shown without an answer: not scored
        bool right = false;
        QString failure; // why it could not be judged (the run failed, python3 is missing...)
    };

    explicit LessonRunner(MainWindow* window, QObject* parent = nullptr);
    ~LessonRunner() override;

    // Starts the lesson at its first part; whatever ran on the pages is stopped first.
    void start(const pipescope::Lesson& lesson);
    // Ends it: the runs it started are stopped, the pages keep what they show.
    void stop();
    bool isActive() const { return m_phase != Phase::Idle; }

    const pipescope::Lesson& lesson() const { return m_lesson; }
    Phase phase() const { return m_phase; }
    int partIndex() const { return m_part; }
    int questionIndex() const { return m_question; }
    const pipescope::LessonPart* part() const;
    const pipescope::LessonQuestion* question() const; // the one asked (Asking, Running, Judged)

    // Asking only: the class answers (a choice's value, or a number) or the teacher reveals it; the real thing then
    // runs and judged() follows. False in any other phase or for a value the question does not offer.
    bool answer(const QString& value);
    bool reveal();
    // Judged or PartDone: on to the next question, or the next part. False in any other phase.
    bool next();

    // Live questions run at this pace (LiveFlow::setPace, bytes per second; 0: full speed).
    void setLivePace(std::uint64_t bytesPerSecond) { m_livePace = bytesPerSecond; }

    const std::vector<Outcome>& outcomes() const { return m_outcomes; }
    int rightCount() const;
    int scoredCount() const; // judged answers, revealed ones left out
    // The teacher view rehearses each part on the hidden session (the default); self-study does not.
    void setRehearsing(bool rehearsing);
    // The current question's answer as rehearsed on this machine, once known (teacher view).
    std::optional<QString> rehearsedAnswer() const;
    // The rehearsal could not tell the current question's answer (its setup failed, python3 is missing...).
    bool rehearsalGaveUp() const;

Q_SIGNALS:
    void phaseChanged(Phase phase);
    void judged(const Outcome& outcome);
    // A rehearsed answer became known (for the current question or a later one of the part).
    void rehearsalChanged();

private:
    void startPart();
    void prepareQuestion();
    void onIdle();
    void setPhase(Phase phase);
    void runQuestion();
    void finish(const QString& real, const QString& failure = {});
    void onStepDone();
    bool startLive();
    void onRunFinished(const RunResult& result);
    void onLiveSample(const LiveSample& sample);
    void onLiveFinished();
    void onPythonFinished();
    void onFifoFinished();
    void stopRuns();
    bool sessionShowsPart() const;
    std::optional<std::size_t> stepIndex(const pipescope::LessonQuestion& q) const;
    void rehearse();
    pipescope::SpawnSpec rehearsalSpec();
    bool rehearsePython();
    bool rehearseLive();
    bool rehearseFifo();
    void rehearsedRun(const QString& answer);
    void dropRehearsalRuns();
    void onRehearsalStep();
    void onRehearsalRun(const RunResult& result);

    MainWindow* m_window;
    SessionController* m_session;
    SessionController* m_rehearsal;
    pipescope::Lesson m_lesson;
    Phase m_phase = Phase::Idle;
    int m_part = 0;
    int m_question = 0;
    QString m_given;
    bool m_revealed = false;
    std::uint64_t m_livePace;
    bool m_liveAfterCancel = false; // a Live question waits for the run before it to end
    pipescope::SetupPipes m_pipes;
    std::vector<Outcome> m_outcomes;
    // Rehearsal: the answers of the part's questions by index, and the question it works on.
    std::map<int, QString> m_rehearsed;
    int m_rehearsing = -1;
    bool m_rehearsingOn = true;
    bool m_sessionFailed = false; // a step of the part's session failed: no question steps towards it again
    bool m_rehearsalFailed = false;
    pipescope::SpawnSpec m_rehearsalSpec;
    std::unique_ptr<QTemporaryDir> m_rehearsalDir; // the rehearsal's files
    ProgramRunner* m_pythonRehearsal = nullptr; // python3 running the part's program for the rehearsal
    std::unique_ptr<QTemporaryDir> m_pythonRehearsalDir;
    bool m_pythonTimedOut = false;
    bool m_runRehearsing = false; // the rehearsal's Live or FIFO run of the question m_rehearsing goes on
    static constexpr std::chrono::seconds rehearsalRunLimit { 20 };
    pipescope::SetupPipes m_rehearsalPipes;
    int m_generation = 0; // a new part or lesson: answers to older requests are dropped
    std::unique_ptr<QTemporaryDir> m_workDir; // where the files a part names without a folder go
};
