// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "bridge/runresult.h"
#include "popen/plan.h"
#include "popen/stepper.h"
#include "shell/presets.h"

#include <QMainWindow>

#include <optional>

class DiagramScene;
class DiagramView;
class FdTableModel;
class FileActions;
class LivePanel;
struct LiveScenario;
class NamedPipesPanel;
class PlanModel;
class PresenterMode;
class PythonPanel;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSlider;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;
class SessionController;
class SourcePanel;
class StepsPanel;
class StreamsPanel;
class TraceModel;

// PipeScope's main window: the controls across the top, the streams on the left, the live diagram with both real
// fd tables in the middle, the steps on the right, and output, subprocess.py, the equivalent Python and the trace
// in tabs below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionController* controller() const { return m_controller; }
    StreamsPanel* streamsPanel() const { return m_panel; }
    PlanModel* planModel() const { return m_planModel; }
    FdTableModel* parentFdModel() const { return m_parentFdModel; }
    FdTableModel* childFdModel() const { return m_childFdModel; }
    // The child's table: after each step, and after a run the one read right after the child started.
    FdTableModel* fdTableModel() const { return m_childFdModel; }
    TraceModel* traceModel() const { return m_traceModel; }
    DiagramScene* diagramScene() const { return m_scene; }
    StepsPanel* stepsPanel() const { return m_steps; }
    SourcePanel* sourcePanel() const { return m_source; }
    PythonPanel* pythonPanel() const { return m_python; }
    QTabWidget* bottomTabs() const { return m_tabs; }
    // The window's pages: 0 the parent and its child, 1 named pipes.
    QTabWidget* pages() const { return m_pages; }
    NamedPipesPanel* namedPipesPanel() const { return m_namedPipes; }
    // The Live tab: a scenario's real bytes through real pipes, drawn on the diagram as they move.
    LivePanel* livePanel() const { return m_live; }

    QString statusText() const;
    QString stdoutText() const;
    QString stderrText() const;
    QString exitStatusText() const;

    // Starts a run of what the panel shows; false when one is already running.
    bool run();
    bool isPlaying() const { return m_playing; }
    void setPlaying(bool playing);
    bool applyScenario(const QString& id);
    // Picks a live scenario (LiveScenarios' ids): the streams panel shows its configuration, the Live tab its story.
    bool applyLiveScenario(const QString& id);
    void showLiveTab();
    void setLens(pipescope::Lens lens);
    // Animations on or off (off: every change is instant, as for screenshots).
    void setAnimated(bool animated);
    // Presenter mode (F11): full screen, large text, the diagram and the step bar only.
    bool isPresenting() const;
    void setPresenting(bool presenting);
    PresenterMode* presenter() const { return m_presenter; }
    // The built-in scenario chosen in the Scenario box (its id, as for --scenario=); empty once the configuration
    // was changed from it (the box then says "Custom").
    QString scenarioId() const;
    // Shows the built-in scenario id in the Scenario box without applying it; an unknown or empty id shows "Custom".
    void showScenarioId(const QString& id);
    // The speed of animations and Play, 1 (slow) to 10 (fast).
    int speed() const;
    void setSpeed(int speed);
    // The status line under the controls; error: in red and bold.
    void setStatus(const QString& text, bool error = false);
    // The whole configuration as a .pipescope scenario (streams, command, input, policy, step, lens), and back.
    // Setting one never runs its command: only the setup steps before exec are redone.
    pipescope::Scenario scenarioState() const;
    void setScenarioState(const pipescope::Scenario& scenario);
    // The File and Scenario menus: scenario files, exports, trace replay.
    FileActions* fileActions() const { return m_fileActions; }

    // The diagram's minimum height, in lines of its font: it shrinks that far (no further) to make room for the
    // Live tab, so the room it gives follows the fonts the machine has.
    static constexpr int diagramMinimumLines = 12;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Scenario files and replay reach into the window's views and controls.
    friend class FileActions;
    friend class Replay;
    friend class ScenarioIo;

    QWidget* createControlBar();
    QWidget* createFdTables();
    // Minimum sizes that follow the font rather than fixed pixels.
    void adaptToFont();
    QWidget* createOutputTabs();
    void installShortcuts();
    // The View, Language and Help menus, after the File and Scenario menus.
    void createViewMenus();
    void applySpec();
    void onPlanChanged(const pipescope::HandlePlan& plan);
    void onStepDone(const pipescope::StepSnapshot& snapshot);
    void onStepFailed(const pipescope::Error& error);
    void onRunStarted();
    void onRunFinished(const RunResult& result);
    void onRunFailed(const pipescope::Error& error, const RunResult& partial);
    void updateButtons();
    void showRedirectNotes();
    void clearRunViews();
    // The configuration changed by hand: the Scenario box no longer names a built-in scenario.
    void onConfigurationEdited();
    void updatePython();
    void playNext();
    int animationDuration() const;
    void stepForward();
    void stepBack();
    void resetSteps();
    void onLiveScenario(const LiveScenario& scenario);
    void onLiveStarted();
    void onLiveFinished();

    SessionController* m_controller = nullptr;
    StreamsPanel* m_panel = nullptr;
    PlanModel* m_planModel = nullptr;
    FdTableModel* m_parentFdModel = nullptr;
    FdTableModel* m_childFdModel = nullptr;
    TraceModel* m_traceModel = nullptr;
    DiagramScene* m_scene = nullptr;
    DiagramView* m_view = nullptr;
    StepsPanel* m_steps = nullptr;
    SourcePanel* m_source = nullptr;
    PythonPanel* m_python = nullptr;

    QList<Preset> m_presets;
    QComboBox* m_scenarioBox = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_stepButton = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_playButton = nullptr;
    QSlider* m_speed = nullptr;
    QCheckBox* m_animations = nullptr;
    QButtonGroup* m_lensGroup = nullptr;
    QRadioButton* m_lensPosix = nullptr;
    QRadioButton* m_lensWindows = nullptr;

    QLabel* m_status = nullptr;
    QGroupBox* m_parentFdGroup = nullptr;
    QGroupBox* m_childFdGroup = nullptr;
    QTableView* m_parentFdView = nullptr;
    QTableView* m_childFdView = nullptr;
    QLabel* m_childFdNote = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTabWidget* m_pages = nullptr;
    NamedPipesPanel* m_namedPipes = nullptr;
    QLabel* m_stdoutHeader = nullptr;
    QLabel* m_stderrHeader = nullptr;
    QPlainTextEdit* m_stdout = nullptr;
    QPlainTextEdit* m_stderr = nullptr;
    QLabel* m_exitStatus = nullptr;
    QTreeView* m_traceView = nullptr;
    LivePanel* m_live = nullptr;

    PresenterMode* m_presenter = nullptr;
    FileActions* m_fileActions = nullptr;
    QTimer* m_playTimer = nullptr;
    bool m_playing = false;
    bool m_applyingScenario = false; // setScenarioState: its changes are the scenario's, not edits
    std::optional<RunResult> m_lastRun;
};
