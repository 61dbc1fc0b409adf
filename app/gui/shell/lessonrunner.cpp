// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/lessonrunner.h"

#include "bridge/bridge.h"
#include "bridge/childprogram.h"
#include "bridge/fifoflow.h"
#include "bridge/liveflow.h"
#include "bridge/programrunner.h"
#include "bridge/replay.h"
#include "bridge/sessioncontroller.h"
#include "live/livepanel.h"
#include "namedpipes/namedpipespanel.h"
#include "shell/fileactions.h"
#include "shell/mainwindow.h"
#include "stepping/pythonpanel.h"
#include "stepping/scenarioio.h"
#include "stepping/streamspanel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace pipescope;

LessonRunner::LessonRunner(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(window->bridge()->session())
    , m_rehearsal(window->bridge()->rehearsal())
    , m_livePace(LiveScenario::narratedPace)
{
    // The session may be busy when the lesson wants it: whatever waits goes on once it is idle. Queued: the
    // controller says it is idle before it hands over the snapshot of the command that ended.
    connect(
        m_session, &SessionController::busyChanged, this,
        [this](bool busy) {
            if (!busy)
                onIdle();
        },
        Qt::QueuedConnection);
    connect(m_session, &SessionController::stepDone, this, &LessonRunner::onStepDone);
    // A step that fails leaves the session where it was: remembered, so that nothing steps towards it again.
    connect(m_session, &SessionController::stepFailed, this, [this](const Error&) {
        m_sessionFailed = true;
        if (m_phase == Phase::Running && question() && question()->moment == QuestionMoment::Step)
            finish({}, tr("The step failed: %1").arg(m_window->statusText()));
    });
    connect(m_session, &SessionController::runFinished, this, &LessonRunner::onRunFinished);
    connect(m_session, &SessionController::runFailed, this, [this](const Error&, const RunResult&) {
        if (m_phase == Phase::Running && question() && question()->moment == QuestionMoment::Run)
            finish({}, tr("The run failed: %1").arg(m_window->statusText()));
    });
    LiveFlow* live = m_window->livePanel()->flow();
    connect(live, &LiveFlow::sampled, this, &LessonRunner::onLiveSample);
    connect(live, &LiveFlow::finished, this, &LessonRunner::onLiveFinished);
    connect(live, &LiveFlow::failed, this, [this](const Error&) {
        if (m_phase == Phase::Running && question() && question()->moment == QuestionMoment::Live)
            finish({}, tr("The Live run could not start: %1").arg(m_window->livePanel()->statusText()));
    });
    connect(m_window->pythonPanel(), &PythonPanel::pythonFinished, this, &LessonRunner::onPythonFinished);
    FifoFlow* fifo = m_window->bridge()->fifo();
    connect(fifo, &FifoFlow::finished, this, &LessonRunner::onFifoFinished);
    connect(fifo, &FifoFlow::failed, this, [this](const Error&) {
        if (m_phase == Phase::Running && question() && question()->moment == QuestionMoment::Fifo)
            finish({}, tr("The FIFO run could not start: %1").arg(m_window->namedPipesPanel()->statusText()));
    });
    connect(m_rehearsal, &SessionController::stepDone, this, &LessonRunner::onRehearsalStep);
    connect(m_rehearsal, &SessionController::runFinished, this, &LessonRunner::onRehearsalRun);
    connect(m_rehearsal, &SessionController::stepFailed, this, [this](const Error&) { m_rehearsalFailed = true; });
    LiveFlow* rehearsalLive = m_window->bridge()->rehearsalLive();
    connect(rehearsalLive, &LiveFlow::sampled, this, [this, rehearsalLive](const LiveSample& sample) {
        if (m_runRehearsing && sample.verdict == Verdict::Deadlock) {
            rehearsedRun(QString::fromStdString(verdictValue(true)));
            rehearsalLive->cancel();
        }
    });
    connect(rehearsalLive, &LiveFlow::finished, this, [this, rehearsalLive] {
        const LiveSample& last = rehearsalLive->lastSample();
        rehearsedRun(last.cancelled ? QString() : QString::fromStdString(verdictValue(last.deadlockSince.has_value())));
    });
    connect(rehearsalLive, &LiveFlow::failed, this, [this](const Error&) { rehearsedRun({}); });
    FifoFlow* rehearsalFifo = m_window->bridge()->rehearsalFifo();
    connect(rehearsalFifo, &FifoFlow::finished, this, [this, rehearsalFifo] {
        const FifoRunSnapshot& run = rehearsalFifo->snapshot();
        const bool ended = !run.error && !run.cancelled && !run.timedOut && run.stats.finished;
        rehearsedRun(ended ? QString::fromStdString(recordsValue(run.stats.recordsInterleaved)) : QString());
        if (rehearsalFifo->hasFifo() && !rehearsalFifo->isRunning())
            rehearsalFifo->stop(); // the FIFO and its folder go
    });
    connect(rehearsalFifo, &FifoFlow::failed, this, [this](const Error&) { rehearsedRun({}); });
    connect(m_rehearsal, &SessionController::runFailed, this, [this](const Error&, const RunResult&) {
        m_rehearsalFailed = true;
        RunResult nothing;
        nothing.cancelled = true;
        onRehearsalRun(nothing);
    });
    connect(
        m_rehearsal, &SessionController::busyChanged, this,
        [this](bool busy) {
            if (!busy)
                rehearse();
        },
        Qt::QueuedConnection);
}

LessonRunner::~LessonRunner() = default;

const LessonPart* LessonRunner::part() const
{
    if (m_phase == Phase::Idle || m_part < 0 || m_part >= static_cast<int>(m_lesson.parts.size()))
        return nullptr;
    return &m_lesson.parts[static_cast<std::size_t>(m_part)];
}

const LessonQuestion* LessonRunner::question() const
{
    const LessonPart* p = part();
    if (!p || m_question < 0 || m_question >= static_cast<int>(p->questions.size()))
        return nullptr;
    return &p->questions[static_cast<std::size_t>(m_question)];
}

int LessonRunner::rightCount() const
{
    return static_cast<int>(
        std::count_if(m_outcomes.begin(), m_outcomes.end(), [](const Outcome& o) { return !o.revealed && o.right; }));
}

int LessonRunner::scoredCount() const
{
    return static_cast<int>(std::count_if(
        m_outcomes.begin(), m_outcomes.end(), [](const Outcome& o) { return !o.revealed && o.failure.isEmpty(); }));
}

std::optional<QString> LessonRunner::rehearsedAnswer() const
{
    const auto it = m_rehearsed.find(m_question);
    if (!question() || it == m_rehearsed.end() || it->second.isEmpty())
        return std::nullopt;
    return it->second;
}

bool LessonRunner::rehearsalGaveUp() const
{
    const auto it = m_rehearsed.find(m_question);
    return question() && it != m_rehearsed.end() && it->second.isEmpty();
}

void LessonRunner::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void LessonRunner::start(const Lesson& lesson)
{
    stopRuns();
    m_lesson = lesson;
    m_outcomes.clear();
    m_part = 0;
    m_phase = Phase::Preparing;
    startPart();
}

void LessonRunner::stop()
{
    stopRuns();
    ++m_generation;
    m_rehearsal->resetSteps();
    dropRehearsalRuns();
    m_rehearsed.clear();
    m_lesson = {};
    // The work folder stays: the page still shows the last part's configuration, whose files are in it.
    setPhase(Phase::Idle);
}

void LessonRunner::stopRuns()
{
    m_liveAfterCancel = false;
    m_window->pythonPanel()->stopRun();
    m_window->livePanel()->cancel();
    if (m_window->bridge()->fifo()->isRunning())
        m_window->bridge()->fifo()->stop();
    m_session->cancel();
}

void LessonRunner::startPart()
{
    ++m_generation;
    m_question = 0;
    m_pipes.clear();
    m_rehearsed.clear();
    m_rehearsing = -1;
    m_rehearsalPipes.clear();
    m_rehearsal->resetSteps();
    dropRehearsalRuns();
    m_sessionFailed = false;
    m_rehearsalFailed = false;
    const LessonPart* p = part();
    if (!p)
        return;
    // A replay shows a recorded session: the lesson's is the live one.
    if (m_window->fileActions()->replay()->isActive())
        m_window->fileActions()->replay()->leave();
    if (p->scenario) {
        m_window->pages()->setCurrentIndex(0);
        // A file named without a folder lands in the lesson's own folder, removed with the lesson.
        Scenario scenario = *p->scenario;
        const bool namesFiles = std::any_of(scenario.redirects.begin(), scenario.redirects.end(),
            [](const Redirect& r) { return r.kind == Redirect::Kind::File; });
        if (namesFiles && !m_workDir)
            m_workDir
                = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("pipescope-lesson-XXXXXX")));
        if (m_workDir)
            ScenarioIo::resolveFiles(scenario, QDir(m_workDir->path()));
        m_window->setScenarioState(scenario);
        m_window->pythonPanel()->selectProgram();
    } else {
        m_window->pages()->setCurrentIndex(1);
        NamedPipesPanel* pipes = m_window->namedPipesPanel();
        pipes->writersBox()->setValue(static_cast<int>(p->fifo->writers));
        pipes->recordsBox()->setValue(static_cast<int>(p->fifo->records));
        pipes->recordSizeBox()->setValue(static_cast<int>(p->fifo->recordSize));
        pipes->readSizeBox()->setValue(static_cast<int>(p->fifo->readSize));
        pipes->modeEdit()->setText(QStringLiteral("0600"));
    }
    setPhase(Phase::Preparing);
    // The pages take the configuration in on their own time: the question waits until the session shows it.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        prepareQuestion();
        rehearse();
    });
}

bool LessonRunner::sessionShowsPart() const
{
    const LessonPart* p = part();
    if (!p || !p->scenario)
        return false;
    // The same redirects, a relative file's path put into the lesson's folder.
    for (Stream s : allStreams) {
        const Redirect& shown = m_session->spec().redirect(s);
        const Redirect& asked = p->scenario->redirect(s);
        if (shown.kind != asked.kind || (shown.kind != Redirect::Kind::File && !(shown == asked)))
            return false;
    }
    return true;
}

std::optional<std::size_t> LessonRunner::stepIndex(const LessonQuestion& q) const
{
    const HandlePlan plan = m_session->plan(Lens::Posix);
    const auto it = std::find_if(plan.steps.begin(), plan.steps.end(), [&](const Step& s) { return s.id == q.stepId; });
    if (it == plan.steps.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - plan.steps.begin());
}

void LessonRunner::prepareQuestion()
{
    const LessonPart* p = part();
    if (!p)
        return;
    const LessonQuestion* q = question();
    if (!q) {
        setPhase(m_part + 1 < static_cast<int>(m_lesson.parts.size()) ? Phase::PartDone : Phase::Finished);
        return;
    }
    if (m_phase != Phase::Preparing)
        setPhase(Phase::Preparing);
    if (q->moment != QuestionMoment::Step) {
        setPhase(Phase::Asking);
        return;
    }
    onIdle();
}

void LessonRunner::onIdle()
{
    rehearse();
    if (m_phase != Phase::Preparing || m_session->isBusy())
        return;
    const LessonQuestion* q = question();
    if (!q || q->moment != QuestionMoment::Step || !sessionShowsPart())
        return;
    const auto index = stepIndex(*q);
    if (!index)
        return;
    // A setup that fails before the step (a program that does not exist, a file that cannot be opened) never
    // reaches it.
    if (m_sessionFailed || m_session->stepsFailed()) {
        setPhase(Phase::Running);
        finish({}, tr("The setup failed before this step: %1").arg(m_window->statusText()));
        return;
    }
    // Stand just before the step: its syscall is what the question is about.
    if (m_session->stepPosition() == *index) {
        m_pipes.learn(m_session->sessionEvents(), m_session->snapshot().parentFds);
        setPhase(Phase::Asking);
        return;
    }
    m_session->stepTo(*index);
}

void LessonRunner::onStepDone()
{
    m_pipes.learn(m_session->sessionEvents(), m_session->snapshot().parentFds);
    const LessonQuestion* q = question();
    if (m_phase != Phase::Running || !q || q->moment != QuestionMoment::Step)
        return;
    const auto index = stepIndex(*q);
    if (!index || m_session->stepPosition() != *index + 1)
        return;
    finish(QString::fromStdString(stepAnswer(q->ask, m_session->snapshot(), m_session->sessionEvents(), m_pipes)));
}

bool LessonRunner::answer(const QString& value)
{
    const LessonQuestion* q = question();
    if (m_phase != Phase::Asking || !q)
        return false;
    if (isNumberProbe(q->ask.kind)) {
        bool ok = false;
        value.trimmed().toInt(&ok);
        if (!ok)
            return false;
    } else if (std::none_of(q->choices.begin(), q->choices.end(),
                   [&](const LessonChoice& c) { return QString::fromStdString(c.value) == value; })) {
        return false;
    }
    m_given = value.trimmed();
    m_revealed = false;
    runQuestion();
    return true;
}

bool LessonRunner::reveal()
{
    if (m_phase != Phase::Asking || !question())
        return false;
    m_given.clear();
    m_revealed = true;
    runQuestion();
    return true;
}

void LessonRunner::runQuestion()
{
    const LessonQuestion* q = question();
    setPhase(Phase::Running);
    bool started = false;
    QString failure;
    switch (q->moment) {
    case QuestionMoment::Step: {
        // The page's own Step may have moved the session meanwhile: the question is about this one step.
        const auto index = stepIndex(*q);
        if (index && m_session->stepPosition() == *index + 1 && !m_session->isBusy()) {
            onStepDone();
            return;
        }
        started = index && (m_session->stepPosition() == *index ? m_session->step() : m_session->stepTo(*index + 1));
        break;
    }
    case QuestionMoment::Run:
        m_window->steppingPage()->showTab(QStringLiteral("output"));
        started = m_window->run();
        failure = m_window->statusText();
        break;
    case QuestionMoment::Python:
        m_window->steppingPage()->showTab(QStringLiteral("python"));
        m_window->pythonPanel()->selectProgram();
        started = m_window->pythonPanel()->runInPython();
        break;
    case QuestionMoment::Live:
        m_window->showLiveTab();
        // A run of an earlier part may still be going (stuck in its deadlock): it goes first.
        if (m_window->livePanel()->flow()->isRunning()) {
            m_liveAfterCancel = true;
            m_window->livePanel()->cancel();
            return;
        }
        started = startLive();
        failure = m_window->livePanel()->statusText();
        break;
    case QuestionMoment::Fifo:
        started = m_window->namedPipesPanel()->start();
        failure = m_window->namedPipesPanel()->statusText();
        break;
    }
    if (!started && m_phase == Phase::Running)
        finish({}, failure.isEmpty() ? tr("It could not be started.") : failure);
}

bool LessonRunner::startLive()
{
    const LessonQuestion* q = question();
    LiveScenario live;
    live.id = QStringLiteral("lesson");
    live.title = QString::fromStdString(textIn(part()->title, "en"));
    live.description = QString::fromStdString(textIn(q->prompt, "en"));
    const SpawnSpec spec = m_session->spec();
    for (const std::string& arg : spec.argv)
        live.argv << QFile::decodeName(QByteArray::fromStdString(arg));
    live.redirects = spec.redirects;
    live.input = m_window->streamsPanel()->input();
    live.policy = part()->scenario->policy;
    live.bytesPerSecond = m_livePace;
    return m_window->livePanel()->start(live);
}

void LessonRunner::onRunFinished(const RunResult& result)
{
    const LessonQuestion* q = question();
    if (m_phase != Phase::Running || !q || q->moment != QuestionMoment::Run)
        return;
    if (result.cancelled || result.timedOut)
        finish({}, tr("The run was stopped before it ended."));
    else
        finish(QString::fromStdString(stdinWriteValue(result.stdinBrokenPipe)));
}

void LessonRunner::onLiveSample(const LiveSample& sample)
{
    const LessonQuestion* q = question();
    if (m_phase != Phase::Running || !q || q->moment != QuestionMoment::Live)
        return;
    // A deadlock is the answer as soon as it is seen; the run stays stuck for the class to look at.
    if (sample.verdict == Verdict::Deadlock)
        finish(QString::fromStdString(verdictValue(true)));
}

void LessonRunner::onLiveFinished()
{
    const LessonQuestion* q = question();
    if (m_liveAfterCancel) {
        m_liveAfterCancel = false;
        if (m_phase == Phase::Running && q && q->moment == QuestionMoment::Live && !startLive())
            finish({}, m_window->livePanel()->statusText());
        return;
    }
    if (m_phase != Phase::Running || !q || q->moment != QuestionMoment::Live)
        return;
    const LiveSample& last = m_window->livePanel()->flow()->lastSample();
    if (last.cancelled)
        finish({}, tr("The Live run was cancelled before it ended."));
    else
        finish(QString::fromStdString(verdictValue(last.deadlockSince.has_value())));
}

void LessonRunner::onPythonFinished()
{
    const LessonQuestion* q = question();
    if (m_phase != Phase::Running || !q || q->moment != QuestionMoment::Python)
        return;
    PythonPanel* python = m_window->pythonPanel();
    if (!python->pythonRan())
        finish({}, tr("python3 did not run: %1").arg(python->statusText()));
    else
        finish(QString::fromStdString(raisedValue(python->pythonStderr().toStdString(), python->pythonTimedOut())));
}

void LessonRunner::onFifoFinished()
{
    const LessonQuestion* q = question();
    if (m_phase != Phase::Running || !q || q->moment != QuestionMoment::Fifo)
        return;
    const FifoRunSnapshot& run = m_window->bridge()->fifo()->snapshot();
    if (run.error || run.cancelled || run.timedOut || !run.stats.finished)
        finish({}, tr("The FIFO run did not end on its own."));
    else
        finish(QString::fromStdString(recordsValue(run.stats.recordsInterleaved)));
}

void LessonRunner::finish(const QString& real, const QString& failure)
{
    Outcome o;
    o.part = m_part;
    o.question = m_question;
    o.given = m_given;
    o.real = real;
    o.revealed = m_revealed;
    o.failure = real.isEmpty() && failure.isEmpty() ? tr("No answer could be read off the run.") : failure;
    if (!real.isEmpty())
        o.failure.clear();
    o.right
        = !o.revealed && !real.isEmpty() && answerMatches(question()->ask, m_given.toStdString(), real.toStdString());
    m_outcomes.push_back(o);
    setPhase(Phase::Judged);
    Q_EMIT judged(o);
    rehearse(); // held while an fd number was asked
}

bool LessonRunner::next()
{
    if (m_phase == Phase::Judged) {
        ++m_question;
        prepareQuestion();
        return true;
    }
    if (m_phase == Phase::PartDone) {
        stopRuns();
        ++m_part;
        startPart();
        return true;
    }
    return false;
}

// The rehearsal: the part's step questions on the hidden session, one after the other, then its Run question.
void LessonRunner::setRehearsing(bool rehearsing)
{
    if (rehearsing == m_rehearsingOn)
        return;
    m_rehearsingOn = rehearsing;
    m_rehearsed.clear();
    m_rehearsing = -1;
    m_rehearsalPipes.clear();
    m_rehearsal->resetSteps();
    dropRehearsalRuns();
    Q_EMIT rehearsalChanged();
    rehearse();
}

void LessonRunner::rehearse()
{
    const LessonPart* p = part();
    if (!m_rehearsingOn || !p || m_rehearsal->isBusy() || m_pythonRehearsal || m_runRehearsing)
        return;
    // An fd number the class works out from the free fds: nothing else of PipeScope opens any meanwhile.
    if (const LessonQuestion* q = question(); q && isNumberProbe(q->ask.kind) && m_phase != Phase::Judged)
        return;
    if (p->fifo) {
        if (m_rehearsing < 0)
            m_rehearsing = 0;
        while (m_rehearsing < static_cast<int>(p->questions.size())) {
            if (p->questions[static_cast<std::size_t>(m_rehearsing)].moment == QuestionMoment::Fifo && rehearseFifo())
                return;
            m_rehearsed[m_rehearsing] = QString();
            ++m_rehearsing;
            Q_EMIT rehearsalChanged();
        }
        return;
    }
    if (!sessionShowsPart())
        return;
    if (m_rehearsing < 0) {
        m_rehearsing = 0;
        m_rehearsalSpec = rehearsalSpec();
        m_rehearsal->setSpec(m_rehearsalSpec);
        return; // busy now; rehearse() again once idle
    }
    if (m_rehearsal->spec().redirects != m_rehearsalSpec.redirects)
        return;
    while (m_rehearsing < static_cast<int>(p->questions.size())) {
        const LessonQuestion& q = p->questions[static_cast<std::size_t>(m_rehearsing)];
        // An fd number depends on what this process has free at that moment: the hidden session's are not the
        // shown one's.
        if (q.moment == QuestionMoment::Step && !isNumberProbe(q.ask.kind)) {
            const auto index = stepIndex(q);
            if (!index || m_rehearsalFailed || m_rehearsal->stepsFailed()) {
                m_rehearsed[m_rehearsing] = QString(); // could not be rehearsed
                ++m_rehearsing;
                Q_EMIT rehearsalChanged();
                continue;
            }
            // Stand before the step, then do it: onRehearsalStep reads the answer.
            if (m_rehearsal->stepPosition() != *index)
                m_rehearsal->stepTo(*index);
            else
                m_rehearsal->step();
            return;
        }
        if (q.moment == QuestionMoment::Run && !m_rehearsalFailed && !m_rehearsal->stepsFailed()
            && m_rehearsal->run(m_window->streamsPanel()->input()))
            return;
        if (q.moment == QuestionMoment::Python && rehearsePython())
            return;
        if (q.moment == QuestionMoment::Live && rehearseLive())
            return;
        if (q.moment != QuestionMoment::Step) {
            m_rehearsed[m_rehearsing] = QString(); // could not be rehearsed
            Q_EMIT rehearsalChanged();
        }
        ++m_rehearsing; // an fd number is known once the class's own step ran
    }
}

// Whatever the rehearsal's Live or FIFO run gave for the question it works on; then on to the next one.
void LessonRunner::rehearsedRun(const QString& answer)
{
    if (!m_runRehearsing)
        return;
    m_runRehearsing = false;
    m_rehearsed[m_rehearsing] = answer;
    ++m_rehearsing;
    Q_EMIT rehearsalChanged();
    QTimer::singleShot(0, this, &LessonRunner::rehearse);
}

// The part's Live question, run at full speed where nobody sees it: a deadlock is the answer as soon as it is seen
// (the run is then cancelled), else how it ended. A run that neither ends nor deadlocks is given up.
bool LessonRunner::rehearseLive()
{
    LiveFlow* live = m_window->bridge()->rehearsalLive();
    if (live->isRunning())
        return false;
    const SpawnSpec& spec = m_rehearsalSpec; // set as the part's rehearsal began
    const QByteArray input
        = spec.redirect(Stream::Stdin).kind == Redirect::Kind::Pipe ? m_window->streamsPanel()->input() : QByteArray();
    live->setPace(0);
    m_runRehearsing = true;
    if (!live->start(spec, part()->scenario->policy, input)) {
        m_runRehearsing = false;
        return false;
    }
    QTimer::singleShot(rehearsalRunLimit, this, [this, live, generation = m_generation] {
        if (generation == m_generation && m_runRehearsing && live->isRunning()) {
            rehearsedRun({});
            live->cancel();
        }
    });
    return true;
}

// The part's FIFO run, on a FIFO of the rehearsal's own.
bool LessonRunner::rehearseFifo()
{
    FifoFlow* fifo = m_window->bridge()->rehearsalFifo();
    const QString child = childProgramPath();
    if (fifo->isRunning() || child.isEmpty())
        return false;
    const LessonFifo& f = *part()->fifo;
    m_runRehearsing = true;
    if (!fifo->start({ .writers = f.writers, .records = f.records, .recordSize = f.recordSize, .readSize = f.readSize },
            child)) {
        m_runRehearsing = false;
        return false;
    }
    return true;
}

// The shown session's spec, its files in a folder of the rehearsal's own: the rehearsal must not write what the class
// is about to look at.
SpawnSpec LessonRunner::rehearsalSpec()
{
    SpawnSpec spec = m_session->spec();
    for (Redirect& r : spec.redirects) {
        if (r.kind != Redirect::Kind::File)
            continue;
        if (!m_rehearsalDir)
            m_rehearsalDir
                = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("pipescope-rehearsal-XXXXXX")));
        const QString name = QFileInfo(QFile::decodeName(QByteArray::fromStdString(r.path))).fileName();
        r.path = QFile::encodeName(m_rehearsalDir->filePath(name)).toStdString();
    }
    return spec;
}

// The equivalent Python program of the part, run by python3 in a folder of its own: what it raises is the answer.
bool LessonRunner::rehearsePython()
{
    PythonPanel* panel = m_window->pythonPanel();
    m_pythonRehearsalDir
        = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("pipescope-rehearsal-XXXXXX")));
    const QString parent
        = m_pythonRehearsalDir->isValid() ? panel->writeProgram(m_pythonRehearsalDir->path()) : QString();
    if (parent.isEmpty())
        return false;
    m_pythonRehearsal = m_window->bridge()->newProgramRunner(this);
    m_pythonTimedOut = false;
    const int question = m_rehearsing;
    const auto done = [this, question](const QString& answer) {
        m_window->bridge()->release(std::exchange(m_pythonRehearsal, nullptr));
        m_pythonRehearsalDir.reset();
        m_rehearsed[question] = answer; // empty: could not be rehearsed
        ++m_rehearsing;
        Q_EMIT rehearsalChanged();
        rehearse();
    };
    connect(m_pythonRehearsal, &ProgramRunner::finished, this, [this, done](const ProgramResult& result) {
        done(QString::fromStdString(raisedValue(result.stderrData.toStdString(), m_pythonTimedOut)));
    });
    connect(m_pythonRehearsal, &ProgramRunner::failed, this, [done](const Error&) { done({}); });
    QTimer::singleShot(panel->timeout(), this, [this, runner = QPointer<ProgramRunner>(m_pythonRehearsal)] {
        if (!runner || runner != m_pythonRehearsal)
            return; // released already, and being killed
        m_pythonTimedOut = true;
        runner->cancel();
    });
    if (!m_pythonRehearsal->start(
            { panel->pythonProgram(), QStringLiteral("-u"), parent }, {}, m_pythonRehearsalDir->path())) {
        m_window->bridge()->release(std::exchange(m_pythonRehearsal, nullptr));
        m_pythonRehearsalDir.reset();
        return false;
    }
    return true;
}

void LessonRunner::dropRehearsalRuns()
{
    // The rehearsal's Live and FIFO runs go with it.
    m_runRehearsing = false;
    m_window->bridge()->rehearsalLive()->cancel();
    if (m_window->bridge()->rehearsalFifo()->isRunning() || m_window->bridge()->rehearsalFifo()->hasFifo())
        m_window->bridge()->rehearsalFifo()->stop();
    if (m_pythonRehearsal)
        m_window->bridge()->release(std::exchange(m_pythonRehearsal, nullptr));
    m_pythonRehearsalDir.reset();
}

void LessonRunner::onRehearsalStep()
{
    const LessonPart* p = part();
    m_rehearsalPipes.learn(m_rehearsal->sessionEvents(), m_rehearsal->snapshot().parentFds);
    if (!p || m_rehearsing < 0 || m_rehearsing >= static_cast<int>(p->questions.size()))
        return;
    const LessonQuestion& q = p->questions[static_cast<std::size_t>(m_rehearsing)];
    const auto index = q.moment == QuestionMoment::Step ? stepIndex(q) : std::nullopt;
    if (!index || m_rehearsal->stepPosition() != *index + 1)
        return;
    m_rehearsed[m_rehearsing] = QString::fromStdString(
        stepAnswer(q.ask, m_rehearsal->snapshot(), m_rehearsal->sessionEvents(), m_rehearsalPipes));
    ++m_rehearsing;
    Q_EMIT rehearsalChanged();
}

void LessonRunner::onRehearsalRun(const RunResult& result)
{
    const LessonPart* p = part();
    if (!p || m_rehearsing < 0 || m_rehearsing >= static_cast<int>(p->questions.size()))
        return;
    if (p->questions[static_cast<std::size_t>(m_rehearsing)].moment != QuestionMoment::Run)
        return;
    m_rehearsed[m_rehearsing] = result.cancelled || result.timedOut
        ? QString()
        : QString::fromStdString(stdinWriteValue(result.stdinBrokenPipe));
    ++m_rehearsing;
    Q_EMIT rehearsalChanged();
    m_rehearsal->resetSteps();
}
