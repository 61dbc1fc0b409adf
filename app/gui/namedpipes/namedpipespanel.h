// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fifo/duplexdemo.h"
#include "fifo/fifo.h"
#include "fifo/fifoopen.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <optional>

class Bridge;
class DuplexTab;
class FifoFdView;
class FifoFlow;
class FifoPermissionsBox;
class FifoRunControls;
class FifoRunView;
class FifoWritersTable;
class NamedPipesDiagram;
class QEvent;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class RendezvousBox;

// The "Named pipes" page: a real FIFO in a private directory, N `pipescope-child fifo-writer` processes writing
// records into it and PipeScope reading them, with the rendezvous of open(2), PIPE_BUF atomicity counted live,
// every party's fd on the same inode, the mode bits like `ls -l`, and the duplex alternatives next to the Windows
// named pipe (a model). The page composes one widget per feature; its texts (NamedPipesPanel::tr, the one
// translation context of the page) are said again in place on a language change.
class NamedPipesPanel : public QWidget
{
    Q_OBJECT
public:
    // Runs through bridge's FifoFlow and DuplexRun.
    explicit NamedPipesPanel(Bridge* bridge, QWidget* parent = nullptr);
    ~NamedPipesPanel() override;

    // Starts a run with the values in the controls; false (the status line says why) on bad input or failure.
    bool start();
    // Kills the writers and removes the FIFO once they are reaped; returns at once.
    void stop();
    bool isRunning() const;

    FifoFlow* flow() const { return m_flow; }
    NamedPipesDiagram* diagram() const;
    QSpinBox* writersBox() const;
    QSpinBox* recordsBox() const;
    QSpinBox* recordSizeBox() const;
    QSpinBox* readSizeBox() const;
    QLineEdit* modeEdit() const;
    QLineEdit* chmodEdit() const;
    QPushButton* startButton() const;
    QPushButton* stopButton() const;
    QPushButton* chmodButton() const;
    QTableWidget* writersTable() const;
    QTableWidget* fdTable() const;
    QTreeWidget* windowsSteps() const;
    QTabWidget* tabs() const { return m_tabs; }
    DuplexTab* duplexTab() const { return m_duplex; }
    // Presenter mode on this page: the run's diagram and checks, Start, Stop and the status line, in large type;
    // the settings and the side tabs hide until it ends.
    void setPresenting(bool presenting);
    QString statusText() const;
    QString lsLine() const;
    QString countersText() const; // every counter, as shown
    // The results of the last open and permission buttons, one per line.
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
    void leavePresenterRequested();
    void duplexFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    FifoFlow* m_flow = nullptr;
    FifoRunControls* m_controls = nullptr;
    FifoRunView* m_runView = nullptr;
    QTabWidget* m_tabs = nullptr;
    FifoWritersTable* m_writersTable = nullptr;
    FifoFdView* m_fdView = nullptr;
    FifoPermissionsBox* m_permissions = nullptr;
    RendezvousBox* m_rendezvous = nullptr;
    DuplexTab* m_duplex = nullptr;
};
