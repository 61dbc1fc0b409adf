// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/lessonexport.h"

#include "bridge/liveflow.h"
#include "bridge/sessioncontroller.h"
#include "diagram/exporter.h"
#include "lesson/judge.h"
#include "live/livepanel.h"
#include "shell/fileactions.h"
#include "shell/lessonrunner.h"
#include "shell/mainwindow.h"

#include <QFileInfo>

#include <algorithm>
#include <chrono>

using namespace pipescope;

namespace {

// A question's run may take a while (python3's timeout, a Live run until its deadlock shows); a play that moves on
// for none of them this long is stuck.
constexpr std::chrono::seconds stuckAfter { 90 };

} // namespace

LessonExport::LessonExport(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_runner(new LessonRunner(window, this))
{
    // Every answer is read off a real run as it happens in class, none rehearsed; nobody watches the Live runs.
    m_runner->setRehearsing(false);
    m_runner->setLivePace(0);
    connect(m_runner, &LessonRunner::phaseChanged, this, [this](LessonRunner::Phase phase) {
        // Queued: the runner is still inside the change it reports. A change already followed by another is left to
        // that one.
        QTimer::singleShot(0, this, [this, phase, generation = m_generation] {
            if (generation == m_generation && phase == m_runner->phase())
                onPhase();
        });
    });
    connect(m_runner, &LessonRunner::judged, this, [this](const LessonRunner::Outcome& o) {
        if (!m_active || o.part >= static_cast<int>(m_parts.size()))
            return;
        WebPage::LessonPart& part = m_parts[static_cast<size_t>(o.part)];
        part.answers[o.question] = o.real;
        part.failures[o.question] = o.failure;
    });
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        end(false,
            tr("The lesson did not get past part %1 within %2 s.")
                .arg(m_runner->partIndex() + 1)
                .arg(static_cast<int>(stuckAfter.count())));
    });
}

LessonExport::~LessonExport()
{
    if (m_active)
        m_runner->stop();
}

bool LessonExport::canStart() const
{
    return !m_active && !m_window->controller()->isRunning() && !m_window->fileActions()->isExportingWeb();
}

bool LessonExport::start(const Lesson& lesson, const QString& path, const QString& language)
{
    if (!canStart() || m_window->lessonRunner()->isActive()) {
        m_window->setStatus(
            tr("A run or a lesson is in progress: end it before exporting '%1'.").arg(QFileInfo(path).fileName()),
            true);
        return false;
    }
    m_lesson = lesson;
    m_path = path;
    m_language = language;
    m_parts.assign(lesson.parts.size(), {});
    for (size_t i = 0; i < lesson.parts.size(); ++i) {
        const qsizetype questions = static_cast<qsizetype>(lesson.parts[i].questions.size());
        m_parts[i].answers = QStringList(questions, QString());
        m_parts[i].failures = QStringList(questions, QString());
    }
    m_active = true;
    m_recording = false;
    ++m_generation;
    m_watchdog.start(stuckAfter);
    Q_EMIT progress(0, static_cast<int>(lesson.parts.size()));
    m_runner->start(lesson);
    return true;
}

void LessonExport::cancel()
{
    if (m_active)
        end(false, tr("The export of '%1' was cancelled.").arg(QFileInfo(m_path).fileName()));
}

void LessonExport::onPhase()
{
    if (!m_active || m_recording)
        return;
    switch (m_runner->phase()) {
    case LessonRunner::Phase::Asking:
        m_watchdog.start(stuckAfter);
        m_runner->reveal();
        break;
    case LessonRunner::Phase::Judged:
        m_watchdog.start(stuckAfter);
        m_runner->next();
        break;
    case LessonRunner::Phase::PartDone:
    case LessonRunner::Phase::Finished:
        m_recording = true;
        recordPart();
        break;
    default:
        break;
    }
}

// The part's whole plan, stepped for real once its questions are answered; a Live run the part made ends first, so
// that the recording takes its timeline along, and a Run of the part ends before its steps are made again.
void LessonExport::recordPart()
{
    const LessonPart* part = m_runner->part();
    if (!part || !part->scenario) {
        partRecorded(std::nullopt);
        return;
    }
    LiveFlow* live = m_window->livePanel()->flow();
    if (live->isRunning())
        m_window->livePanel()->cancel();
    if (live->isRunning() || m_window->controller()->isBusy() || m_window->fileActions()->isExportingWeb()) {
        QTimer::singleShot(std::chrono::milliseconds(50), this, [this, generation = m_generation] {
            if (generation == m_generation)
                recordPart();
        });
        return;
    }
    // What the window ran before this part, of the same program and streams, is not this part's: only the runs its
    // own questions made go with it.
    const auto asks = [part](QuestionMoment m) {
        return std::ranges::any_of(part->questions, [m](const LessonQuestion& q) { return q.moment == m; });
    };
    m_window->fileActions()->recordPlan(
        [this, generation = m_generation](std::optional<Trace> trace) {
            // Called from inside the session's report: the next part starts once it is over.
            QTimer::singleShot(0, this, [this, generation, trace = std::move(trace)]() mutable {
                if (generation == m_generation)
                    partRecorded(std::move(trace));
            });
        },
        asks(QuestionMoment::Run), asks(QuestionMoment::Live));
}

void LessonExport::partRecorded(std::optional<Trace> trace)
{
    m_recording = false;
    m_watchdog.start(stuckAfter);
    const int index = m_runner->partIndex();
    const LessonPart& part = m_lesson.parts[static_cast<size_t>(index)];
    WebPage::LessonPart& page = m_parts[static_cast<size_t>(index)];
    if (part.scenario && !trace) {
        end(false, tr("Part %1 of the lesson could not be recorded step by step.").arg(index + 1));
        return;
    }
    if (trace) {
        // A step question is judged on the recorded session itself: the fd numbers the page shows are the answer's.
        for (size_t q = 0; q < part.questions.size(); ++q) {
            const LessonQuestion& question = part.questions[q];
            if (question.moment != QuestionMoment::Step)
                continue;
            const std::string real = recordedStepAnswer(question.ask, question.stepId, trace->steps);
            const auto at = static_cast<qsizetype>(q);
            page.answers[at] = QString::fromStdString(real);
            if (!real.empty())
                page.failures[at].clear();
            else if (page.failures[at].isEmpty())
                page.failures[at] = tr("The recorded session did not make this step.");
        }
        WebPage::LiveTexts liveTexts;
        if (trace->live) {
            const LivePanel* panel = m_window->livePanel();
            liveTexts = [panel] { return std::pair { panel->lastRunVerdictText(), panel->lastRunEndText() }; };
        }
        page.texts = WebPage::stepTexts(trace->plan, liveTexts);
        page.trace = std::move(trace);
    }
    if (m_runner->phase() == LessonRunner::Phase::PartDone) {
        Q_EMIT progress(index + 1, static_cast<int>(m_lesson.parts.size()));
        m_runner->next();
        return;
    }
    QString message;
    if (!Exporter::writeFile(m_path, WebPage::buildLesson(m_lesson, m_parts, m_language), &message)) {
        end(false, message);
        return;
    }
    end(true,
        tr("Saved the lesson's page to '%1': any browser plays its parts and asks its questions from it, without "
           "PipeScope.")
            .arg(QFileInfo(m_path).fileName()));
}

void LessonExport::end(bool ok, const QString& message)
{
    m_active = false;
    m_recording = false;
    ++m_generation;
    m_watchdog.stop();
    m_window->fileActions()->cancelRecordPlan();
    m_runner->stop();
    m_window->livePanel()->cancel();
    m_window->setStatus(message, !ok);
    Q_EMIT finished(ok, message);
}
