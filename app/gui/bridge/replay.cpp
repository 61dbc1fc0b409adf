// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/replay.h"

#include "bridge/sessioncontroller.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagramscene.h"
#include "shell/mainwindow.h"
#include "stepping/fdtablemodel.h"
#include "stepping/planmodel.h"
#include "stepping/sourcepanel.h"
#include "stepping/stepspanel.h"
#include "stepping/streamspanel.h"
#include "stepping/tracemodel.h"
#include "text/describe.h"

#include <QComboBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

using namespace pipescope;

namespace {

QString commandText(const SpawnSpec& spec)
{
    QStringList words;
    for (const std::string& arg : spec.argv)
        words << QString::fromStdString(arg);
    return words.join(QLatin1Char(' '));
}

// The events of the steps up to position (each carries its plan step's id): the session's events at that moment.
std::vector<Event> eventsUpTo(const std::vector<Event>& events, const HandlePlan& plan, size_t position)
{
    std::set<std::string> done;
    for (size_t i = 0; i < std::min(position, plan.steps.size()); ++i)
        done.insert(plan.steps[i].id);
    std::vector<Event> out;
    for (const Event& e : events)
        if (!e.stepId.empty() && done.count(e.stepId))
            out.push_back(e);
    return out;
}

} // namespace

Replay::Replay(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("replayBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(255, 236, 179));
    palette.setColor(QPalette::WindowText, QColor(66, 44, 0));
    palette.setColor(QPalette::ButtonText, QColor(66, 44, 0));
    m_banner->setPalette(palette);
    auto* row = new QHBoxLayout(m_banner);
    row->setContentsMargins(8, 4, 8, 4);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setObjectName(QStringLiteral("replayBannerText"));
    m_bannerLabel->setWordWrap(true);
    QFont font = m_bannerLabel->font();
    font.setBold(true);
    m_bannerLabel->setFont(font);
    m_leave = new QPushButton(tr("&Leave Replay"), m_banner);
    m_leave->setObjectName(QStringLiteral("leaveReplay"));
    m_leave->setToolTip(tr("Back to the live session: the configuration and step it had before the replay."));
    m_leave->setAutoDefault(false);
    row->addWidget(m_bannerLabel, 1);
    row->addWidget(m_leave);
    connect(m_leave, &QPushButton::clicked, this, &Replay::leave);
    m_banner->hide();
    // Under the control bar, above the status line: where the eye goes first.
    if (auto* layout = qobject_cast<QVBoxLayout*>(window->centralWidget()->layout()))
        layout->insertWidget(1, m_banner);
    // The replay belongs to the parent-and-child page, as the step bar does.
    connect(window->m_pages, &QTabWidget::currentChanged, this,
        [this](int page) { m_banner->setVisible(m_active && page == 0); });
}

Replay::~Replay() = default;

void Replay::start(Trace trace, const QString& name)
{
    m_window->setPlaying(false);
    m_trace = std::move(trace);
    m_name = name;
    m_frames = m_trace.steps;
    std::stable_sort(m_frames.begin(), m_frames.end(),
        [](const StepSnapshot& a, const StepSnapshot& b) { return a.position < b.position; });
    if (m_frames.empty()) {
        // A trace of a run, without steps: its end, with the child's table as it was read after exec.
        StepSnapshot end;
        end.position = planHandles(m_trace.spec, Lens::Posix).steps.size();
        end.childFds = m_trace.childFds;
        for (const Event& e : m_trace.events)
            if (e.kind == EventKind::Forked)
                end.childPid = e.pid;
        m_frames.push_back(std::move(end));
    }
    m_index = 0;
    const bool was = m_active;
    m_active = true;
    setLiveControlsEnabled(false);
    m_window->m_scene->forget();
    m_window->m_pages->setCurrentIndex(0);
    m_banner->show();
    show();
    if (!was)
        Q_EMIT activeChanged(true);
}

void Replay::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_banner->hide();
    setLiveControlsEnabled(true);
    m_window->m_scene->forget();
    // The live session is where it was: show it again.
    m_window->onPlanChanged(m_window->m_controller->plan());
    m_window->onStepDone(m_window->m_controller->snapshot());
    m_window->m_traceModel->setData(m_window->m_controller->sessionEvents());
    m_window->clearRunViews();
    m_window->updateButtons();
    Q_EMIT activeChanged(false);
}

bool Replay::forward()
{
    if (!m_active || atEnd())
        return false;
    ++m_index;
    show();
    return true;
}

bool Replay::back()
{
    if (!m_active || m_index == 0)
        return false;
    --m_index;
    show();
    return true;
}

bool Replay::toStart()
{
    if (!m_active)
        return false;
    m_index = 0;
    show();
    return true;
}

size_t Replay::position() const
{
    return m_frames.empty() ? 0 : m_frames[m_index].position;
}

QString Replay::bannerText() const
{
    return m_bannerLabel->text();
}

void Replay::setLiveControlsEnabled(bool enabled)
{
    MainWindow* w = m_window;
    w->m_panel->setEnabled(enabled);
    w->m_scenarioBox->setEnabled(enabled);
    w->m_lensPosix->setEnabled(enabled);
    w->m_lensWindows->setEnabled(enabled);
}

void Replay::show()
{
    MainWindow* w = m_window;
    const StepSnapshot& snapshot = m_frames[m_index];
    const HandlePlan posix = planHandles(m_trace.spec, Lens::Posix);
    const std::vector<Event> events = eventsUpTo(m_trace.events, posix, snapshot.position);

    m_bannerLabel->setText(tr("Replay of %1: %2 — recorded, nothing runs. Step and Back move through the %n recorded "
                              "step(s).",
        nullptr, static_cast<int>(m_frames.size()))
                               .arg(m_name, commandText(m_trace.spec)));

    w->m_parentFdModel->setData(snapshot.parentFds);
    int hidden = 0;
    w->m_childFdModel->setData(DiagramLayout::childSessionFds(snapshot, events, &hidden));
    w->m_parentFdGroup->setTitle(tr("Parent's fds (recorded)"));
    if (snapshot.childFds && hidden > 0)
        w->m_childFdGroup->setTitle(
            MainWindow::tr("Child's fds (pid %1), %n hidden", nullptr, hidden).arg(snapshot.childPid));
    else if (snapshot.childFds)
        w->m_childFdGroup->setTitle(MainWindow::tr("Child's fds (pid %1)").arg(snapshot.childPid));
    else
        w->m_childFdGroup->setTitle(MainWindow::tr("Child's fds"));
    w->m_childFdNote->setText(snapshot.childPid > 0 ? MainWindow::tr("The child has ended: there is no table to read.")
                                                    : MainWindow::tr("No child yet: fork() creates it."));
    w->m_childFdNote->setVisible(!snapshot.childFds);

    w->m_scene->setDuration(w->animationDuration());
    w->m_scene->setSnapshot(snapshot, events, posix);
    w->m_planModel->setData(m_trace.plan);
    w->m_planModel->setEvents(events);
    w->m_steps->showProgress(snapshot, m_trace.plan.lens);
    w->m_traceModel->setData(m_index + 1 == m_frames.size() ? m_trace.events : events);
    const bool windows = m_trace.plan.lens == Lens::Windows;
    w->m_source->showStep(
        QString::fromStdString(windows ? snapshot.windowsStepId.value_or(std::string()) : snapshot.stepId));

    const size_t total = posix.steps.size();
    QString status;
    if (snapshot.position == 0) {
        status = tr("Replay: before the first step.");
    } else if (snapshot.position <= total) {
        const Step& step = posix.steps[snapshot.position - 1];
        status
            = tr("Replay: step %1 of %2: %3.").arg(snapshot.position).arg(total).arg(Describe::stepCall(step, posix));
    }
    if (m_index + 1 == m_frames.size() && m_trace.exit) {
        RunResult end;
        end.exit = *m_trace.exit;
        end.spec = m_trace.spec;
        const QString how = Describe::exitStatus(end);
        w->m_exitStatus->setText(MainWindow::tr("Exit status: %1").arg(how));
        status += QLatin1Char(' ') + tr("The recorded child: %1.").arg(how);
    } else {
        w->m_exitStatus->setText(MainWindow::tr("Exit status: not run yet"));
    }
    w->setStatus(status.trimmed());
    w->updateButtons();
}

void Replay::adjustButtons()
{
    if (!m_active)
        return;
    MainWindow* w = m_window;
    w->m_runButton->setEnabled(false);
    w->m_stopButton->setEnabled(false);
    w->m_playButton->setEnabled(false);
    w->m_stepButton->setEnabled(!atEnd());
    w->m_backButton->setEnabled(m_index > 0);
    w->m_resetButton->setEnabled(m_index > 0);
}
