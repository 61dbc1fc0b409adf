// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/fileactions.h"

#include "bridge/replay.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramscene.h"
#include "diagram/exporter.h"
#include "files/recordingfile.h"
#include "live/livepanel.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/webpage.h"
#include "stepping/presets.h"
#include "stepping/pythonpanel.h"
#include "stepping/scenarioio.h"
#include "stepping/streamspanel.h"
#include "stepping/winerundialog.h"
#include "watch/watchpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

#include <nlohmann/json.hpp>

using namespace pipescope;

namespace {

bool sameSpec(const SpawnSpec& a, const SpawnSpec& b)
{
    return a.argv == b.argv && a.redirects == b.redirects && a.pipeSize == b.pipeSize && a.closeFds == b.closeFds
        && a.passFds == b.passFds && a.cwd == b.cwd;
}

// Trace files are small; a bigger file is refused unread.
constexpr qint64 maxTraceSize = qint64 { 256 } << 20;

} // namespace

FileActions::FileActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_replay(window->steppingPage()->replay())
    , m_lastFolder(QDir::homePath())
{
    setObjectName(QStringLiteral("fileActions"));
    if (QGuiApplication::windowIcon().isNull())
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.pipescope.PipeScope.svg")));
    createMenus();
    connect(window->controller(), &SessionController::stepDone, this, &FileActions::recordStep);
    connect(window->controller(), &SessionController::busyChanged, this, &FileActions::tryPendingStep);
    // Queued: the controller says it is idle just before it reports the step that made it so.
    connect(window->controller(), &SessionController::busyChanged, this, &FileActions::continueWebExport,
        Qt::QueuedConnection);
    connect(m_replay, &Replay::activeChanged, this, [this](bool active) {
        m_scenarioMenu->setEnabled(!active);
        action(QStringLiteral("leaveReplayAction"))->setEnabled(active);
    });
}

FileActions::~FileActions() = default;

void FileActions::createMenus()
{
    QMenuBar* bar = m_window->menuBar();
    m_fileMenu = bar->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    const auto add = [this](const QString& text, const QString& name, const QString& tip, auto slot,
                         const QKeySequence& keys = {}) {
        auto* a = m_fileMenu->addAction(text);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        if (!keys.isEmpty()) {
            a->setShortcut(keys);
            // On the window too: the keys keep working while the menu bar is hidden (presenter mode).
            m_window->addAction(a);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    const QString scenarioFilter = tr("PipeScope scenarios (*.pipescope)");
    const QString traceFilter = tr("PipeScope traces (*.json)");
    add(
        tr("&Open Scenario…"), QStringLiteral("openScenarioAction"),
        tr("Opens a .pipescope file: streams, command, input, lens and step. Nothing runs until you press Step or "
           "Run."),
        [this, scenarioFilter] {
            const QString path = askOpen(tr("Open Scenario"), scenarioFilter);
            if (!path.isEmpty())
                openScenario(path);
        },
        QKeySequence::Open);
    add(
        tr("&Save Scenario…"), QStringLiteral("saveScenarioAction"),
        tr("Saves the current configuration as a .pipescope file."),
        [this, scenarioFilter] {
            const QString path = askSave(tr("Save Scenario"), scenarioFilter, QStringLiteral("pipescope"));
            if (!path.isEmpty())
                saveScenario(path);
        },
        QKeySequence::Save);
    add(tr("&Watch a Program…"), QStringLiteral("watchProgramAction"),
        tr("Records a real program of yours (a Python script, a C program, a shell pipeline) under ptrace and steps "
           "through its calls: every process it starts and the pipes between them."),
        [this] {
            m_window->showWatchPage();
            m_window->watchPage()->focusCommandLine();
        });
    m_fileMenu->addSeparator();
    add(tr("Export Diagram as S&VG…"), QStringLiteral("exportSvgAction"),
        tr("Saves the diagram as it is now as a scalable SVG picture."), [this] {
            const QString path
                = askSave(tr("Export Diagram as SVG"), tr("SVG pictures (*.svg)"), QStringLiteral("svg"));
            if (!path.isEmpty())
                exportSvg(path);
        });
    add(tr("Export Diagram as &PNG…"), QStringLiteral("exportPngAction"),
        tr("Saves the diagram as it is now as a PNG picture at twice its size on screen."), [this] {
            const QString path
                = askSave(tr("Export Diagram as PNG"), tr("PNG pictures (*.png)"), QStringLiteral("png"));
            if (!path.isEmpty())
                exportPng(path);
        });
    add(tr("Export &Trace…"), QStringLiteral("exportTraceAction"),
        tr("Saves everything done so far (plan, events with real fds, the steps' fd tables) as trace JSON, which "
           "Replay Trace shows again without running anything."),
        [this, traceFilter] {
            const QString path = askSave(tr("Export Trace"), traceFilter, QStringLiteral("json"));
            if (!path.isEmpty())
                exportTrace(path);
        });
    add(tr("Export for the &Browser…"), QStringLiteral("exportWebAction"),
        tr("Saves one web page that replays every step (the diagram, both fd tables, the explanations in English and "
           "Chinese) in any browser, without PipeScope and without a network."),
        [this] {
            const QString path
                = askSave(tr("Export for the Browser"), tr("Web pages (*.html)"), QStringLiteral("html"));
            if (!path.isEmpty())
                exportWeb(path);
        });
    add(tr("Export P&ython Program…"), QStringLiteral("exportPythonAction"),
        tr("Saves the equivalent Python program shown in its tab as a .py file (with child.py next to it when it "
           "runs the seed's child)."),
        [this] {
            const QString path
                = askSave(tr("Export Python Program"), tr("Python programs (*.py)"), QStringLiteral("py"));
            if (!path.isEmpty())
                exportPython(path);
        });
    m_fileMenu->addSeparator();
    add(tr("&Replay Trace…"), QStringLiteral("replayTraceAction"),
        tr("Shows a recorded trace (from Export Trace or pipescope-trace --json) step by step without running "
           "anything."),
        [this, traceFilter] {
            const QString path = askOpen(tr("Replay Trace"), traceFilter);
            if (!path.isEmpty())
                replayTrace(path);
        });
    QAction* leave = add(tr("&Leave Replay"), QStringLiteral("leaveReplayAction"), tr("Back to the live session."),
        [this] { m_replay->leave(); });
    leave->setEnabled(false);
    m_fileMenu->addSeparator();
    QAction* quit = add(
        tr("&Quit"), QStringLiteral("quitAction"), tr("Closes PipeScope."), [this] { m_window->close(); },
        QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_scenarioMenu = bar->addMenu(tr("&Scenario"));
    m_scenarioMenu->setObjectName(QStringLiteral("scenarioMenu"));
    m_scenarioMenu->setToolTipsVisible(true);
    m_scenarioGroup = new QActionGroup(this);
    for (const Preset& p : m_window->steppingPage()->presets()) {
        QAction* a = m_scenarioMenu->addAction(p.title);
        a->setObjectName(QStringLiteral("scenario_") + p.id);
        a->setData(p.id);
        a->setToolTip(p.tip);
        a->setCheckable(true);
        m_scenarioGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, id = p.id] { m_window->applyScenario(id); });
    }
    // The menu follows the Scenario box, whoever changed it.
    const auto syncChecked = [this] {
        const QString id = m_window->steppingPage()->scenarioBox()->currentData().toString();
        for (QAction* a : m_scenarioGroup->actions())
            a->setChecked(a->data().toString() == id);
    };
    connect(m_window->steppingPage()->scenarioBox(), &QComboBox::currentIndexChanged, this, syncChecked);
    syncChecked();
}

QAction* FileActions::action(const QString& objectName) const
{
    for (QMenu* menu : { m_fileMenu, m_scenarioMenu })
        for (QAction* a : menu->actions())
            if (a->objectName() == objectName)
                return a;
    return nullptr;
}

QString FileActions::askOpen(const QString& title, const QString& filter)
{
    const QString path = QFileDialog::getOpenFileName(m_window, title, m_lastFolder, filter);
    if (!path.isEmpty())
        m_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

QString FileActions::askSave(const QString& title, const QString& filter, const QString& suffix)
{
    QFileDialog dialog(m_window, title, m_lastFolder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    m_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

void FileActions::done(const QString& message)
{
    m_window->setStatus(message);
}

bool FileActions::fail(const QString& message)
{
    m_window->setStatus(message, true);
    return false;
}

void FileActions::setScenarioInfo(const Scenario& scenario)
{
    m_info = Scenario {};
    m_info.id = scenario.id;
    m_info.title = scenario.title;
    m_info.description = scenario.description;
    m_info.policy = scenario.policy;
}

void FileActions::stepWhenIdle(size_t position)
{
    // A new spec starts at step 0 anyway.
    m_pendingStep.reset();
    if (position == 0)
        return;
    m_pendingStep = position;
    tryPendingStep();
}

void FileActions::tryPendingStep()
{
    SessionController* c = m_window->controller();
    if (!m_pendingStep || c->isBusy())
        return;
    const size_t target = *m_pendingStep;
    m_pendingStep.reset();
    if (target != c->stepPosition())
        c->stepTo(target);
}

void FileActions::recordStep(const StepSnapshot& snapshot)
{
    // A step forward by one continues the story; anything else (a new spec, Back, Reset) re-ran the setup from
    // scratch, with new fds and a new child: what was recorded before belongs to another session.
    if (m_recorded.empty() || snapshot.position != m_recorded.back().position + 1)
        m_recorded.clear();
    m_recorded.push_back(snapshot);
}

Trace FileActions::currentTrace(bool withLastRun, bool withLive) const
{
    if (m_replay->isActive())
        return m_replay->trace();
    const SessionController* c = m_window->controller();
    Trace t;
    t.spec = c->spec();
    t.plan = c->plan(c->lens());
    t.events = c->sessionEvents();
    const std::optional<RunResult>& run = m_window->steppingPage()->lastRun();
    if (withLastRun && run && sameSpec(run->spec, t.spec) && !run->events.empty()) {
        t.events = run->events;
        t.childFds = run->childFds;
        t.bytes = run->bytes;
        if (run->childPid > 0)
            t.exit = run->exit;
    }
    t.steps = m_recorded;
    // The Live tab's last run of the same program and streams goes with it (a page shows its timeline).
    const LivePanel* live = m_window->livePanel();
    if (const auto run = live->lastRun();
        withLive && run && live->lastRunSpec().argv == t.spec.argv && live->lastRunSpec().redirects == t.spec.redirects)
        t.live = run;
    return t;
}

bool FileActions::openScenario(const QString& path)
{
    QString message;
    const std::optional<Scenario> scenario = ScenarioIo::readFile(path, &message);
    if (!scenario)
        return fail(message);
    m_replay->leave();
    m_window->setScenarioState(*scenario);
    m_lastFolder = QFileInfo(path).absolutePath();
    done(tr("Opened '%1'. Nothing has run: press Step (→) or Run (F5).").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileActions::saveScenario(const QString& path)
{
    QString message;
    Scenario s = m_window->scenarioState();
    if (s.title.empty())
        s.title = QFileInfo(path).completeBaseName().toStdString();
    if (!ScenarioIo::writeFile(path, s, &message))
        return fail(message);
    done(tr("Saved the scenario to '%1'.").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileActions::exportSvg(const QString& path)
{
    QString message;
    if (!Exporter::writeSvg(*m_window->diagramScene(), path, tr("PipeScope diagram"), &message))
        return fail(message);
    done(tr("Saved the diagram to '%1'.").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileActions::exportPng(const QString& path)
{
    QString message;
    if (!Exporter::writePng(*m_window->diagramScene(), path, 2.0, &message))
        return fail(message);
    done(tr("Saved the diagram to '%1'.").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileActions::exportTrace(const QString& path)
{
    QString message;
    if (!Exporter::writeFile(path, QByteArray::fromStdString(toJsonText(currentTrace())), &message))
        return fail(message);
    done(tr("Saved the trace to '%1'. Replay Trace shows it again.").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileActions::exportPython(const QString& path)
{
    QString message;
    const PythonPanel* panel = m_window->pythonPanel();
    if (!Exporter::writeFile(path, panel->code().toUtf8(), &message))
        return fail(message);
    // The program runs child.py from its own folder: put the seed's child there, unless one is there already.
    const QString child = QFileInfo(path).absoluteDir().filePath(QStringLiteral("child.py"));
    if (panel->program().echoChild && !QFile::exists(child)) {
        if (!Exporter::writeFile(child, PythonProgram::childSource().toUtf8(), &message))
            return fail(message);
        done(tr("Saved the program to '%1', and child.py next to it.").arg(QFileInfo(path).fileName()));
        return true;
    }
    done(tr("Saved the program to '%1'.").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileActions::replayTrace(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    // What the run reports when it ends would land in the replay's views.
    if (m_window->controller()->isRunning())
        return fail(tr("A run is in progress: stop it (or let it end) before replaying '%1'.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open '%1': %2.").arg(name, file.errorString()));
    const QByteArray text = file.read(maxTraceSize + 1);
    if (text.size() > maxTraceSize)
        return fail(tr("'%1' is not a PipeScope trace: it is far too large.").arg(name));
    // A version 2 trace is a recording of a real program: the Watch a program page shows it.
    if (const auto kind = nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
        kind.is_object() && kind.value("kind", nlohmann::json()) == "recording") {
        Result<Recording> recording = recordingFromJson(std::string_view(text.constData(), text.size()));
        WatchPage* page = m_window->watchPage();
        m_window->showWatchPage();
        // Said where the recording would have been shown.
        auto refuse = [&](const QString& message) {
            page->showMessage(message, true);
            return fail(message);
        };
        if (!recording)
            return refuse(tr("'%1' is not a PipeScope recording: %2 is missing or malformed.")
                              .arg(name, QString::fromStdString(recording.error().subject)));
        if (!page->showRecording(std::make_shared<const Recording>(std::move(recording).value()), name))
            return refuse(tr("A recording is in progress: stop it before replaying '%1'.").arg(name));
        return true;
    }
    Result<Trace> trace = traceFromJson(std::string_view(text.constData(), text.size()));
    if (!trace) {
        const QString where = QString::fromStdString(trace.error().subject);
        if (where == QLatin1String("json"))
            return fail(tr("'%1' is not a PipeScope trace: it is not valid JSON.").arg(name));
        return fail(tr("'%1' is not a PipeScope trace: %2 is missing or malformed.").arg(name, where));
    }
    m_window->pages()->setCurrentWidget(m_window->steppingPage());
    m_replay->start(std::move(trace).value(), name);
    return true;
}

bool FileActions::recordedEveryStep() const
{
    const SessionController* c = m_window->controller();
    return !m_recorded.empty() && m_recorded.front().position <= 1 && c->stepsAtEnd()
        && m_recorded.back().position == c->stepPosition();
}

void FileActions::exportWeb(const QString& path, std::optional<size_t> startPosition)
{
    if (m_window->pages()->currentWidget() == m_window->watchPage()) {
        Q_EMIT webExported(writeRecordingWeb(path, startPosition));
        return;
    }
    SessionController* c = m_window->controller();
    if (m_replay->isActive()) {
        Q_EMIT webExported(writeWeb(path, m_replay->trace(), startPosition.value_or(m_replay->position())));
        return;
    }
    if (c->isRunning() || m_pendingWeb) {
        fail(
            tr("A run is in progress: stop it (or let it end) before exporting '%1'.").arg(QFileInfo(path).fileName()));
        Q_EMIT webExported(false);
        return;
    }
    m_pendingWeb = PendingWeb {
        .path = path, .startPosition = startPosition.value_or(c->stepPosition()), .returnTo = c->stepPosition()
    };
    continueWebExport();
}

void FileActions::recordPlan(std::function<void(std::optional<Trace>)> done, bool withLastRun, bool withLive)
{
    SessionController* c = m_window->controller();
    if (c->isRunning() || m_pendingWeb || m_replay->isActive()) {
        fail(tr("A run is in progress: stop it (or let it end) before recording every step."));
        done(std::nullopt);
        return;
    }
    m_pendingWeb = PendingWeb {
        .returnTo = c->stepPosition(), .sink = std::move(done), .withLastRun = withLastRun, .withLive = withLive
    };
    continueWebExport();
}

void FileActions::cancelRecordPlan()
{
    if (m_pendingWeb && m_pendingWeb->sink)
        m_pendingWeb.reset();
}

void FileActions::continueWebExport()
{
    SessionController* c = m_window->controller();
    if (!m_pendingWeb || c->isBusy())
        return;
    if (m_pendingWeb->written) {
        finishWebExport();
        return;
    }
    // One real step at a time, each recorded with both fd tables, until the plan is done (or a step failed).
    if (!recordedEveryStep()) {
        if (!m_pendingWeb->restarted && (m_recorded.empty() || m_recorded.front().position > 1)) {
            m_pendingWeb->restarted = true;
            c->resetSteps();
            return;
        }
        if (!c->stepsAtEnd() && c->step())
            return;
        if (!c->stepsAtEnd()) {
            if (!m_pendingWeb->sink)
                fail(tr("Could not record every step for '%1'.").arg(QFileInfo(m_pendingWeb->path).fileName()));
            m_pendingWeb->written = false;
            finishWebExport();
            return;
        }
    }
    if (m_pendingWeb->sink) {
        m_pendingWeb->trace = currentTrace(m_pendingWeb->withLastRun, m_pendingWeb->withLive);
        m_pendingWeb->written = true;
    } else {
        m_pendingWeb->written = writeWeb(m_pendingWeb->path, currentTrace(), m_pendingWeb->startPosition);
    }
    // The window goes on where the user left it; the export is over once it is back there.
    if (c->stepPosition() != m_pendingWeb->returnTo && c->stepTo(m_pendingWeb->returnTo))
        return;
    finishWebExport();
}

void FileActions::finishWebExport()
{
    PendingWeb job = std::move(*m_pendingWeb);
    m_pendingWeb.reset();
    const bool ok = job.written.value_or(false);
    if (job.sink) {
        job.sink(ok ? std::move(job.trace) : std::nullopt);
        return;
    }
    // Going back to the user's step reported that step: the export's outcome is the news.
    if (ok)
        done(webSaved(job.path));
    Q_EMIT webExported(ok);
}

QString FileActions::webSaved(const QString& path)
{
    return tr("Saved the page to '%1': any browser replays every step from it, without PipeScope.")
        .arg(QFileInfo(path).fileName());
}

bool FileActions::writeRecordingWeb(const QString& path, std::optional<size_t> startCall)
{
    const QString name = QFileInfo(path).fileName();
    WatchPage* page = m_window->watchPage();
    // Said on the Watch page, where the export was asked for.
    auto say = [this, page](const QString& message, bool error) {
        page->showMessage(message, error);
        return error ? fail(message) : (done(message), true);
    };
    if (page->isRecording())
        return say(tr("A recording is in progress: stop it (or let it end) before exporting '%1'.").arg(name), true);
    const std::shared_ptr<const Recording> recording = page->recording();
    if (!recording)
        return say(tr("Nothing to export to '%1': record a program first.").arg(name), true);
    // The page opens where the window is: after the call shown (the page lists every call).
    const std::optional<size_t> shown = page->currentEvent();
    const size_t start = startCall.value_or(shown ? *shown + 1 : 0);
    QString message;
    if (!Exporter::writeFile(
            path, WebPage::buildRecording(*recording, start, Language::instance()->current()), &message))
        return say(message, true);
    return say(
        tr("Saved the page to '%1': any browser replays every recorded call from it, without PipeScope.").arg(name),
        false);
}

bool FileActions::exportWineRun(const QString& path, const WinRunRecord& run, size_t startCall, WineRunDialog* dialog)
{
    const QString name = QFileInfo(path).fileName();
    QString message;
    const bool ok
        = Exporter::writeFile(path, WebPage::buildWineRun(run, startCall, Language::instance()->current()), &message);
    if (ok)
        message = tr("Saved the page to '%1': any browser replays every Win32 call of this run from it, without "
                     "PipeScope.")
                      .arg(name);
    if (dialog)
        dialog->statusLabel()->setText(message);
    return ok ? (done(message), true) : fail(message);
}

bool FileActions::writeWeb(const QString& path, const Trace& trace, size_t startPosition)
{
    const QString name = QFileInfo(path).fileName();
    if (trace.steps.empty())
        return fail(tr("Nothing to export to '%1': no step has been recorded.").arg(name));
    QString message;
    // The live run's words in each language, as the Live tab said them, when the trace holds that run.
    WebPage::LiveTexts liveTexts;
    if (trace.live && !m_replay->isActive()) {
        const LivePanel* live = m_window->livePanel();
        liveTexts = [live] { return std::pair { live->lastRunVerdictText(), live->lastRunEndText() }; };
    }
    if (!Exporter::writeFile(
            path, WebPage::build(trace, startPosition, Language::instance()->current(), liveTexts), &message))
        return fail(message);
    done(webSaved(path));
    return true;
}
