// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/scenariofile.h"
#include "files/trace.h"
#include "popen/stepper.h"

#include <QObject>
#include <QString>

#include <functional>

#include <optional>
#include <vector>

class MainWindow;
class QAction;
class QActionGroup;
class QMenu;
class Replay;
class WineRunDialog;
struct WinRunRecord;

// The File and Scenario menus of the main window: open and save .pipescope scenarios, export the diagram (SVG,
// PNG at 2x), the trace (JSON) and the equivalent Python program, replay a trace. Each action has a method that
// takes the path directly; the menu asks for it with a file dialog. Failures are one line in the status line and
// change nothing.
class FileActions : public QObject
{
    Q_OBJECT
public:
    // Adds the File and Scenario menus to the window's menu bar.
    explicit FileActions(MainWindow* window);
    ~FileActions() override;

    bool openScenario(const QString& path);
    bool saveScenario(const QString& path);
    bool exportSvg(const QString& path);
    bool exportPng(const QString& path);
    bool exportTrace(const QString& path);
    bool exportPython(const QString& path);
    bool replayTrace(const QString& path);
    // Writes the page that replays the session in a browser (WebPage), opening at startPosition (unset: the step
    // shown now). A replay is written as it is; a live session is stepped through its whole plan first when it has
    // not recorded every step yet, and back to where it was. On the Watch a program page: its recording, every call,
    // opening after call startPosition (unset: the call shown). webExported says when the file is written, or not.
    void exportWeb(const QString& path, std::optional<size_t> startPosition = {});
    // The session's whole plan, stepped for real as exportWeb steps it (from the start when it has not recorded every
    // step yet), handed to done as a trace once the window is back at the step it showed: nullopt when a run is in
    // progress or a step failed (the status line says why).
    // withLastRun, withLive: the last Run's and the Live tab's last run of the same program and streams go with it,
    // as in currentTrace(); without them the trace is the stepped session alone.
    void recordPlan(std::function<void(std::optional<pipescope::Trace>)> done, bool withLastRun, bool withLive);
    // Drops a recordPlan that has not handed its trace over yet: no more steps, done is not called.
    void cancelRecordPlan();
    bool isExportingWeb() const { return m_pendingWeb.has_value(); }
    // The page of a run of Popen's Windows branch under Wine (WebPage::buildWineRun), opening after call startCall;
    // what happened is said in the run's window (dialog, when given) and in the status bar.
    bool exportWineRun(const QString& path, const WinRunRecord& run, size_t startCall, WineRunDialog* dialog = nullptr);

    // What Export Trace writes: the spec, its plan, the events so far, the recorded steps and the last run's end;
    // the last Run's and the Live tab's last run of the same program and streams unless left out.
    pipescope::Trace currentTrace(bool withLastRun = true, bool withLive = true) const;

    Replay* replay() const { return m_replay; }
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* scenarioMenu() const { return m_scenarioMenu; }
    QAction* action(const QString& objectName) const;

    // The parts of the state the window has no control for: id, title, description, the parent's policy.
    pipescope::Scenario scenarioInfo() const { return m_info; }
    void setScenarioInfo(const pipescope::Scenario& scenario);
    // Steps to position as soon as the step session is idle (a scenario just opened).
    void stepWhenIdle(size_t position);
    bool isSettling() const { return m_pendingStep.has_value(); }

Q_SIGNALS:
    void webExported(bool ok);

private:
    struct PendingWeb
    {
        QString path;
        size_t startPosition = 0;
        size_t returnTo = 0; // the step the window showed when asked
        bool restarted = false; // the session was reset to record every step from the start
        std::optional<bool> written; // the page is written (or failed): only the way back to returnTo is left
        std::function<void(std::optional<pipescope::Trace>)> sink; // recordPlan: the trace goes here, no page
        bool withLastRun = true;
        bool withLive = true;
        std::optional<pipescope::Trace> trace;
    };

    void createMenus();
    bool recordedEveryStep() const;
    void continueWebExport();
    void finishWebExport();
    static QString webSaved(const QString& path);
    bool writeWeb(const QString& path, const pipescope::Trace& trace, size_t startPosition);
    // The Watch page's recording, opening after call startCall (unset: where the page is).
    bool writeRecordingWeb(const QString& path, std::optional<size_t> startCall);
    QString askOpen(const QString& title, const QString& filter);
    QString askSave(const QString& title, const QString& filter, const QString& suffix);
    void recordStep(const pipescope::StepSnapshot& snapshot);
    void done(const QString& message);
    bool fail(const QString& message);
    void tryPendingStep();

    MainWindow* m_window;
    Replay* m_replay = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_scenarioMenu = nullptr;
    QActionGroup* m_scenarioGroup = nullptr;
    pipescope::Scenario m_info;
    std::vector<pipescope::StepSnapshot> m_recorded; // the steps since the session last jumped, in order
    std::optional<size_t> m_pendingStep;
    std::optional<PendingWeb> m_pendingWeb;
    QString m_lastFolder;
};
