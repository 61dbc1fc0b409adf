// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/winerun.h"

#include <QGroupBox>

#include <optional>

class Bridge;
class QEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

// Windows named pipes for real: the note's four claims (duplex, many clients, permissions, the network) run by
// pipescope-trace.exe namedpipe under Wine, each with what Windows (Wine) did and what a Linux FIFO has instead.
// Where Wine is not Windows (it stores a DACL without enforcing it, it has no remote pipes) the row says so.
class WindowsPipeRunBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit WindowsPipeRunBox(Bridge* bridge, QWidget* parent = nullptr);
    ~WindowsPipeRunBox() override;

    void run();
    bool isRunning() const;
    const std::optional<WinNamedPipesRecord>& record() const { return m_record; }
    QTextBrowser* results() const { return m_results; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void runFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showRecord();
    void setRunning(bool running);

    WineRun* m_run;
    std::optional<WinNamedPipesRecord> m_record;
    std::optional<std::pair<WineRun::Problem, QString>> m_failure;
    QLabel* m_intro = nullptr;
    QPushButton* m_runButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_results = nullptr; // a table: claim, Windows, Linux
};
