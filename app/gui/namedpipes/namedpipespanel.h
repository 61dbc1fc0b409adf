// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "bridge/fifoflow.h"
#include "fifo/duplexdemo.h"

#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <thread>

class NamedPipesDiagram;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

// The "Named pipes" page: a real FIFO in a private directory, N `pipescope-child fifo-writer` processes writing
// records into it and PipeScope reading them, with the rendezvous of open(2), PIPE_BUF atomicity counted live,
// every party's fd on the same inode, the mode bits like `ls -l`, and the duplex alternatives next to the Windows
// named pipe (a model).
class NamedPipesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NamedPipesPanel(QWidget* parent = nullptr);
    ~NamedPipesPanel() override; // kills and reaps every writer, removes the FIFO and its directory

    // Starts a run with the values in the controls; false (the status line says why) on bad input or failure.
    bool start();
    // Kills the writers and removes the FIFO once they are reaped; returns at once.
    void stop();
    bool isRunning() const;

    FifoFlow* flow() const { return m_flow; }
    NamedPipesDiagram* diagram() const { return m_diagram; }
    QSpinBox* writersBox() const { return m_writers; }
    QSpinBox* recordsBox() const { return m_records; }
    QSpinBox* recordSizeBox() const { return m_recordSize; }
    QSpinBox* readSizeBox() const { return m_readSize; }
    QLineEdit* modeEdit() const { return m_mode; }
    QLineEdit* chmodEdit() const { return m_chmodEdit; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* chmodButton() const { return m_chmodButton; }
    QTableWidget* writersTable() const { return m_writersTable; }
    QTableWidget* fdTable() const { return m_fdTable; }
    QTreeWidget* windowsSteps() const { return m_windowsSteps; }
    QTabWidget* tabs() const { return m_tabs; }
    QString statusText() const;
    QString lsLine() const;
    QString countersText() const; // every counter, as shown
    QString openResultText() const;
    QString rendezvousText() const;
    QString duplexText() const;

    // The FIFO's first `ls -l` column and the rest of the line, as this page shows it.
    static QString lsText(const pipescope::FifoStat& st, const QString& path);
    // "0600" → 0600; nullopt unless 1-4 octal digits.
    static std::optional<std::uint32_t> parseMode(const QString& text);

    // The rendezvous and permission buttons, as the user presses them.
    void openNonBlocking(pipescope::FifoEnd end);
    void openBlocking(pipescope::FifoEnd end);
    void closeHeldFds();
    void applyChmod();
    void tryOpenAsNobody();
    void runDuplex(pipescope::DuplexKind kind);

Q_SIGNALS:
    void runningChanged(bool running);
    void duplexFinished();

private:
    QWidget* buildCountersBox();
    QWidget* buildPermissionsTab();
    QWidget* buildDuplexTab();
    void onStarted();
    void onSampled();
    void onFinished();
    void onFifoChanged();
    void onPartiesChanged();
    void onFailed(const QString& reason);
    void onFrame();
    void setStatus(const QString& text, bool alarm);
    void updateButtons();
    void updateCounters(const pipescope::FifoRunSnapshot& s);
    void updateWriters(const pipescope::FifoRunSnapshot& s);
    void updateRendezvous();
    void updateFdTable();
    void showWindowsModel();
    void showDuplexReport(pipescope::DuplexKind kind, const pipescope::Result<pipescope::DuplexReport>& report);
    QString phaseText(const pipescope::FifoRunSnapshot& s) const;
    QString finishedText(const pipescope::FifoRunSnapshot& s) const;

    FifoFlow* m_flow = nullptr;
    QSpinBox* m_writers = nullptr;
    QSpinBox* m_records = nullptr;
    QSpinBox* m_recordSize = nullptr;
    QSpinBox* m_readSize = nullptr;
    QLineEdit* m_mode = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lsLine = nullptr;
    QLabel* m_atomicNote = nullptr;
    NamedPipesDiagram* m_diagram = nullptr;
    QLabel* m_recordsValue = nullptr;
    QProgressBar* m_recordsBar = nullptr;
    QLabel* m_bytesValue = nullptr;
    QLabel* m_interleavedValue = nullptr;
    QLabel* m_lostValue = nullptr;
    QLabel* m_fragmentsValue = nullptr;
    QLabel* m_corruptValue = nullptr;
    QLabel* m_rateValue = nullptr;
    QLabel* m_openWaitValue = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_writersTable = nullptr;
    QTableWidget* m_fdTable = nullptr;
    QLabel* m_fdNote = nullptr;
    QLineEdit* m_chmodEdit = nullptr;
    QPushButton* m_chmodButton = nullptr;
    QLabel* m_rootNote = nullptr;
    QPushButton* m_openReadNb = nullptr;
    QPushButton* m_openWriteNb = nullptr;
    QPushButton* m_openReadBlocking = nullptr;
    QPushButton* m_openWriteBlocking = nullptr;
    QPushButton* m_closeHeld = nullptr;
    QPushButton* m_tryAsNobody = nullptr;
    QLabel* m_openResult = nullptr;
    QLabel* m_rendezvous = nullptr;
    QPushButton* m_fifoPairButton = nullptr;
    QPushButton* m_socketPairButton = nullptr;
    QPlainTextEdit* m_duplexText = nullptr;
    QCheckBox* m_remoteClients = nullptr;
    QTreeWidget* m_windowsSteps = nullptr;
    QLabel* m_windowsInfo = nullptr;
    QTimer m_frame;
    QElapsedTimer m_frameClock;
    std::thread m_duplexThread;
    bool m_duplexBusy = false;
    bool m_alarm = false;
    bool m_wasRunning = false;
};
