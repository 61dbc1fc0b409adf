// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/winerun.h"

#include <QDialog>

class Bridge;
class DiagramScene;
class DiagramView;
class QCheckBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;

// The Windows lens, run for real: the stepping page's configuration executed as Popen's Windows branch under Wine
// (pipescope-trace.exe through WineRun), one Win32 call per row with its real HANDLE values, and for the chosen call
// the parent's and the child's real handle tables right after it (the child created suspended, so its table before
// it runs is there too), drawn as the stepping page's diagram draws a POSIX step and listed in full. Handles opened
// by the call are marked new; those it closed are shown struck out.
class WineRunDialog : public QDialog
{
    Q_OBJECT
public:
    WineRunDialog(Bridge* bridge, QWidget* parent = nullptr);
    ~WineRunDialog() override;

    // What the next run starts with.
    void setConfiguration(const pipescope::SpawnSpec& spec, const QByteArray& input);
    // Runs it; the result (or the one-line reason it could not) shows when it is done.
    void run();
    bool isRunning() const;
    const std::optional<WinRunRecord>& record() const { return m_record; }
    // The call shown, by row (0-based); -1 for none.
    void showStep(int row);
    int shownStep() const;

    QTreeWidget* callList() const { return m_calls; }
    QTableWidget* parentTable() const { return m_parentTable; }
    QTableWidget* childTable() const { return m_childTable; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* resultLabel() const { return m_result; }
    QLabel* inheritNote() const { return m_inheritNote; }
    QPushButton* exportButton() const { return m_exportButton; }
    DiagramScene* scene() const { return m_scene; }
    QTabWidget* views() const { return m_views; }

Q_SIGNALS:
    void runFinished();
    // Export for the Browser… was pressed: the window asks where and writes the run's page (WebPage).
    void exportRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showRecord();
    void showConfiguration();
    void showTables();
    void fillTable(QTableWidget* table, const QList<WinHandleEntry>* now, const QList<WinHandleEntry>* before);
    void onFailed(WineRun::Problem problem, const QString& detail);
    void setRunning(bool running);
    QString roleText(const WinHandleEntry& entry) const;

    WineRun* m_run;
    pipescope::SpawnSpec m_spec;
    QByteArray m_input;
    std::optional<WinRunRecord> m_record;
    std::optional<std::pair<WineRun::Problem, QString>> m_failure;
    bool m_wasCancelled = false;

    QLabel* m_intro = nullptr;
    QLabel* m_config = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_calls = nullptr;
    QGroupBox* m_parentBox = nullptr;
    QGroupBox* m_childBox = nullptr;
    QTableWidget* m_parentTable = nullptr;
    QTableWidget* m_childTable = nullptr;
    QCheckBox* m_allTypes = nullptr;
    QLabel* m_inheritNote = nullptr; // the parent's inheritable handles the child did not get
    QLabel* m_result = nullptr;
    QLabel* m_wineNote = nullptr;
    DiagramScene* m_scene = nullptr;
    DiagramView* m_view = nullptr;
    QTabWidget* m_views = nullptr; // the diagram, the handle tables
    QPushButton* m_backButton = nullptr;
    QPushButton* m_stepButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};
