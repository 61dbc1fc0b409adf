// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/runresult.h"
#include "bridge/stepsource.h"
#include "files/scenariofile.h"
#include "popen/plan.h"
#include "stepping/presets.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class DiagramScene;
class DiagramView;
class FdTableModel;
class LivePanel;
class PlanModel;
class PythonPanel;
class QBoxLayout;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSlider;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;
class Replay;
class SessionController;
class Bridge;
class SourcePanel;
class StepsPanel;
class StreamsPanel;
class TraceModel;
class WineRunDialog;
struct LiveSample;
struct LiveScenario;

// The parent-and-child page: the step bar across the top, the streams on the left, the diagram with both real fd
// tables in the middle, the steps on the right, and output, subprocess.py, the equivalent Python, the trace and the
// Live tab below. Its step views are fed from a StepSource: the live session, or a recorded trace while a replay
// is on; both through the same signals.
class SteppingPage : public QWidget
{
    Q_OBJECT
public:
    // Every process of the page runs through bridge: the session, the Live tab's runs, python3.
    explicit SteppingPage(Bridge* bridge, QWidget* parent = nullptr);
    ~SteppingPage() override;

    SessionController* controller() const { return m_controller; }
    Replay* replay() const { return m_replay; }
    StreamsPanel* streamsPanel() const { return m_panel; }
    PlanModel* planModel() const { return m_planModel; }
    FdTableModel* parentFdModel() const { return m_parentFdModel; }
    FdTableModel* childFdModel() const { return m_childFdModel; }
    TraceModel* traceModel() const { return m_traceModel; }
    DiagramScene* diagramScene() const { return m_scene; }
    StepsPanel* stepsPanel() const { return m_steps; }
    SourcePanel* sourcePanel() const { return m_source; }
    PythonPanel* pythonPanel() const { return m_python; }
    QTabWidget* bottomTabs() const { return m_tabs; }
    LivePanel* livePanel() const { return m_live; }
    QComboBox* scenarioBox() const { return m_scenarioBox; }
    const QList<Preset>& presets() const { return m_presets; }
    // The last run's result, while the views still describe it (cleared by another configuration, Reset, Play).
    const std::optional<RunResult>& lastRun() const { return m_lastRun; }

    // For presenter mode: the step bar and what of it stays, what hides, where the large explanation goes.
    QWidget* stepBar() const { return m_controlBar; }
    QList<QWidget*> stepBarKeeps() const;
    QList<QWidget*> hiddenWhilePresenting() const;
    QBoxLayout* pageLayout() const { return m_layout; }
    // Told by presenter mode once it has hidden what it hides. With the Live tab in front (then, or later), the Live
    // view stays: the diagram above, the verdict line, Cancel and the gauges below, in large type.
    void setPresenting(bool presenting);
    // True while presenter mode shows the Live view (presentedViewChanged() says when that changes).
    bool presentsLive() const { return m_presentsLive; }

    QString statusText() const;
    QString stdoutText() const;
    QString stderrText() const;
    QString exitStatusText() const;

    bool run();
    bool isPlaying() const { return m_playing; }
    void setPlaying(bool playing);
    bool applyLiveScenario(const QString& id);
    void showLiveTab();
    // Brings a tab of the output tabs to the front by name (tabNames()); false for a name that is none.
    bool showTab(const QString& name);
    static QStringList tabNames();
    void setLens(pipescope::Lens lens);
    // The Windows lens's "Run on Windows (Wine)": the dialog, shown with this page's configuration and running it.
    WineRunDialog* openWineRun();
    void setAnimated(bool animated);
    QString scenarioId() const;
    void showScenarioId(const QString& id);
    int speed() const;
    void setSpeed(int speed);
    // The status line; error: in red and bold. The function form is asked again when the language changes, so a
    // status that describes the session follows the switch.
    void setStatus(const QString& text, bool error = false);
    void setStatus(std::function<QString()> text, bool error = false);
    // Shows a scenario's configuration (streams, command, input, lens); runs nothing. Returns the step to go to
    // once the new session is idle: the scenario's, but never the exec.
    size_t configure(const pipescope::Scenario& scenario);

    static constexpr int diagramMinimumLines = 12;

    // Two arrangements of the same widgets. Wide: the streams on the left, the steps beside the diagram, the fd
    // tables under it, the output tabs at the bottom. Compact, for screens of 720 or 768 lines: the diagram beside
    // one column of tabs (Steps, Streams, fd tables, then the output tabs and Live), so that it keeps half the
    // window and its text stays readable on a projector.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // The panels beside the diagram, in either arrangement. Hidden, the diagram has the page to itself.
    void setSidePanelsVisible(bool visible);
    bool sidePanelsVisible() const { return m_sidePanels; }
    // The arrangement for a window of this size: the wide one needs about 1400x900 before its diagram reads well.
    static bool compactFits(const QSize& screen);
    DiagramView* diagramView() const { return m_view; }
    // Draws the diagram again from what it shows, in the language and colours now current.
    void redrawDiagram();

Q_SIGNALS:
    void presentedViewChanged();
    // The side panels came back by themselves (Ctrl+L while they were hidden).
    void sidePanelsShown();
    // A built-in scenario picked in the Scenario box (its id).
    void presetChosen(const QString& id);
    // The Windows run's window asked for its web page.
    void wineRunExportRequested(WineRunDialog* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createControlBar();
    QWidget* createReplayBanner();
    QWidget* createFdTables();
    QWidget* createOutputTabs();
    void installShortcuts();
    void retranslateUi();
    void adaptToFont();
    void arrange();
    void showTabTitles();
    void showSidePanels();
    void fitSideColumn();
    void applySpec();
    void connectSource(StepSource* source);
    void showPlan(const StepFrame& frame);
    void showFrame(const StepFrame& frame);
    // The labels that describe the session, from what it is now (also after a language switch).
    void showFdTitles();
    void showExitStatus();
    void showReplayBanner();
    void showFrameStatus(const StepFrame& frame);
    void onStepWaiting(const StepWait& wait);
    void onStepFailed(const pipescope::Error& error);
    void onRunStarted();
    void onRunFinished(const RunResult& result);
    void onRunFailed(const pipescope::Error& error, const RunResult& partial);
    void showRunResult();
    void onReplayActive(bool active);
    void updateButtons();
    void showRedirectNotes();
    void clearRunViews();
    void showRunHeaders();
    void onConfigurationEdited();
    void updatePython();
    void playNext();
    int animationDuration() const;
    void stepForward();
    void stepBack();
    void resetSteps();
    bool replaying() const;
    void onLiveScenario(const LiveScenario& scenario);
    void onLiveStarted();
    void onLiveFinished();
    // The live picture's caption, and how the live child ended, in the language installed now.
    QString liveCaption() const;
    static QString liveEnding(const LiveSample& last);
    void applyStatus();

    Bridge* m_bridge = nullptr;
    WineRunDialog* m_wineRun = nullptr; // made on first use
    SessionController* m_controller = nullptr;
    Replay* m_replay = nullptr;
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
    LivePanel* m_live = nullptr;

    QList<Preset> m_presets;
    QBoxLayout* m_layout = nullptr;
    bool m_presenting = false;
    bool m_presentsLive = false;
    QWidget* m_controlBar = nullptr;
    QWidget* m_streamsScroll = nullptr;
    QWidget* m_fdTables = nullptr;
    QWidget* m_stepsColumn = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_rightSplitter = nullptr;
    QSplitter* m_topSplitter = nullptr;
    QSplitter* m_centreSplitter = nullptr;
    bool m_compact = false;
    bool m_sidePanels = true;
    bool m_fitSideColumn = false; // compact: the side column gets its share once the page has its width
    QLabel* m_scenarioLabel = nullptr;
    QComboBox* m_scenarioBox = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_stepButton = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_playButton = nullptr;
    QLabel* m_speedLabel = nullptr;
    QSlider* m_speed = nullptr;
    QCheckBox* m_animations = nullptr;
    QLabel* m_lensLabel = nullptr;
    QButtonGroup* m_lensGroup = nullptr;
    QRadioButton* m_lensPosix = nullptr;
    QRadioButton* m_lensWindows = nullptr;

    QFrame* m_banner = nullptr;
    QLabel* m_bannerLabel = nullptr;
    QPushButton* m_leaveReplay = nullptr;
    QLabel* m_status = nullptr;
    std::function<QString()> m_statusText;
    bool m_statusError = false;

    QGroupBox* m_parentFdGroup = nullptr;
    QGroupBox* m_childFdGroup = nullptr;
    QTableView* m_parentFdView = nullptr;
    QTableView* m_childFdView = nullptr;
    QLabel* m_childFdNote = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_outputTab = nullptr;
    QWidget* m_liveTab = nullptr;
    QLabel* m_stdoutHeader = nullptr;
    QLabel* m_stderrHeader = nullptr;
    QPlainTextEdit* m_stdout = nullptr;
    QPlainTextEdit* m_stderr = nullptr;
    QLabel* m_exitStatus = nullptr;
    QTreeView* m_traceView = nullptr;

    QTimer* m_playTimer = nullptr;
    bool m_playing = false;
    bool m_applyingScenario = false; // setScenarioState: its changes are the scenario's, not edits
    std::optional<RunResult> m_lastRun;
    std::optional<pipescope::Error> m_runError; // the last run failed: m_lastRun holds what it did before
    std::optional<StepFrame> m_frame; // the moment the step views show, to show it again in another language
    enum class LiveState { None, Running, Finished } m_liveState = LiveState::None;
};
