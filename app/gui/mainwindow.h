// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "presets.h"
#include "result.h"
#include "runresult.h"
#include "stepper.h"

#include <QMainWindow>

#include <optional>

class DiagramScene;
class DiagramView;
class FdTableModel;
class PlanModel;
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

    QString statusText() const;
    QString stdoutText() const;
    QString stderrText() const;
    QString exitStatusText() const;

    // Starts a run of what the panel shows; false when one is already running.
    bool run();
    bool isPlaying() const { return m_playing; }
    void setPlaying(bool playing);
    bool applyScenario(const QString& id);
    void setLens(pipescope::Lens lens);
    // Animations on or off (off: every change is instant, as for screenshots).
    void setAnimated(bool animated);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createControlBar();
    QWidget* createFdTables();
    QWidget* createOutputTabs();
    void installShortcuts();
    void applySpec();
    void onPlanChanged(const pipescope::HandlePlan& plan);
    void onStepDone(const pipescope::StepSnapshot& snapshot);
    void onStepFailed(const pipescope::Error& error);
    void onRunStarted();
    void onRunFinished(const RunResult& result);
    void onRunFailed(const pipescope::Error& error, const RunResult& partial);
    void updateButtons();
    void showRedirectNotes();
    void setStatus(const QString& text, bool error = false);
    void clearRunViews();
    void playNext();
    int animationDuration() const;
    void stepForward();
    void stepBack();
    void resetSteps();

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
    QLabel* m_stdoutHeader = nullptr;
    QLabel* m_stderrHeader = nullptr;
    QPlainTextEdit* m_stdout = nullptr;
    QPlainTextEdit* m_stderr = nullptr;
    QLabel* m_exitStatus = nullptr;
    QTreeView* m_traceView = nullptr;

    QTimer* m_playTimer = nullptr;
    bool m_playing = false;
    std::optional<RunResult> m_lastRun;
};
