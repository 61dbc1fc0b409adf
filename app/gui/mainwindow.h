// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "result.h"
#include "runresult.h"

#include <QMainWindow>

#include <optional>

class FdTableModel;
class PlanModel;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTreeView;
class SessionController;
class StreamsPanel;
class TraceModel;

// PipeScope's main window: the streams on the left, the plan in the middle, the child's real fd table on the
// right, its output and the trace below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionController* controller() const { return m_controller; }
    StreamsPanel* streamsPanel() const { return m_panel; }
    PlanModel* planModel() const { return m_planModel; }
    FdTableModel* fdTableModel() const { return m_fdModel; }
    TraceModel* traceModel() const { return m_traceModel; }

    QString statusText() const;
    QString stdoutText() const;
    QString stderrText() const;
    QString exitStatusText() const;

    // Starts a run of what the panel shows; false when one is already running.
    bool run();

private:
    QWidget* createPlanGroup();
    QWidget* createFdGroup();
    QWidget* createOutputTabs();
    void applySpec();
    void onPlanChanged(const pipescope::HandlePlan& plan);
    void onRunStarted();
    void onRunFinished(const RunResult& result);
    void onRunFailed(const pipescope::Error& error, const RunResult& partial);
    void showStepDetails();
    void showRedirectNotes();
    void setStatus(const QString& text, bool error = false);
    void clearRunViews();

    SessionController* m_controller = nullptr;
    StreamsPanel* m_panel = nullptr;
    PlanModel* m_planModel = nullptr;
    FdTableModel* m_fdModel = nullptr;
    TraceModel* m_traceModel = nullptr;

    QLabel* m_status = nullptr;
    QGroupBox* m_planGroup = nullptr;
    QTreeView* m_planView = nullptr;
    QTextBrowser* m_stepDetails = nullptr;
    QGroupBox* m_fdGroup = nullptr;
    QTableView* m_fdView = nullptr;
    QLabel* m_fdNote = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_stdoutHeader = nullptr;
    QLabel* m_stderrHeader = nullptr;
    QPlainTextEdit* m_stdout = nullptr;
    QPlainTextEdit* m_stderr = nullptr;
    QLabel* m_exitStatus = nullptr;
    QTreeView* m_traceView = nullptr;

    std::optional<RunResult> m_lastRun;
};
