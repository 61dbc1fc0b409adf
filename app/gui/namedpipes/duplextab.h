// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "fifo/duplexdemo.h"

#include <QWidget>

#include <optional>

class Bridge;
class DuplexRun;
class QEvent;
class QGroupBox;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class WindowsPipeModelBox;
class WindowsPipeRunBox;

// Two ways on POSIX, for real: a forked peer echoes a message over a pair of FIFOs or over one socketpair, and the
// report lists every fd of both sides; next to it the Windows named pipe, a model.
class DuplexTab : public QWidget
{
    Q_OBJECT
public:
    // The Windows run goes through a runner of bridge.
    DuplexTab(DuplexRun* duplexRun, Bridge* bridge, QWidget* parent = nullptr);
    ~DuplexTab() override;

    // Runs the demo through the bridge; ignored while one runs. finished() follows.
    void run(pipescope::DuplexKind kind);
    bool isRunning() const;
    QString reportText() const;
    QTreeWidget* windowsSteps() const;
    WindowsPipeRunBox* windowsRun() const { return m_windowsRun; }
    DuplexRun* duplexRun() const { return m_run; }

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showReport();
    void updateButtons();

    DuplexRun* m_run = nullptr;
    QGroupBox* m_posixBox = nullptr;
    QPushButton* m_fifoPairButton = nullptr;
    QPushButton* m_socketPairButton = nullptr;
    QPlainTextEdit* m_report = nullptr;
    WindowsPipeModelBox* m_windows = nullptr;
    WindowsPipeRunBox* m_windowsRun = nullptr;
    // The last demo's result, kept so that its report can be said again in another language.
    pipescope::DuplexKind m_kind = pipescope::DuplexKind::FifoPair;
    std::optional<pipescope::Result<pipescope::DuplexReport>> m_result;
};
