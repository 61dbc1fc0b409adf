// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fifo/fiforun.h"

#include <QWidget>

#include <functional>

class FifoFlow;
class QEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// What `pipescope-trace fifo` takes (writers, records, record size, read size, mode), Start and Stop, and what the
// run is doing now: the status line, the FIFO as `ls -l` shows it, and what PIPE_BUF means for the chosen size.
class FifoRunControls : public QWidget
{
    Q_OBJECT
public:
    explicit FifoRunControls(FifoFlow* flow, QWidget* parent = nullptr);
    ~FifoRunControls() override;

    // Starts a run with the values in the controls; false (the status line says why) on bad input or failure.
    bool start();
    // Kills the writers and removes the FIFO once they are reaped; returns at once.
    void stop();

    QSpinBox* writersBox() const { return m_writers; }
    QSpinBox* recordsBox() const { return m_records; }
    QSpinBox* recordSizeBox() const { return m_recordSize; }
    QSpinBox* readSizeBox() const { return m_readSize; }
    QLineEdit* modeEdit() const { return m_mode; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* stopButton() const { return m_stop; }
    // Presenter mode: only Start, Stop and the status line; the settings and the notes hide.
    void setPresenting(bool presenting);
    QString statusText() const;
    QString lsLine() const;

Q_SIGNALS:
    // The Leave Presenter Mode button, shown beside Start and Stop while presenting.
    void leavePresenterRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // The status is kept as a function of the state it describes, so that it can be said again in another language.
    void setStatus(std::function<QString()> text, bool alarm);
    void applyStatus();
    void updateAtomicNote();
    void updateLsLine();
    void updateButtons();
    void onSampled();
    void onFinished();
    void onFifoChanged();
    QString phaseText(const pipescope::FifoRunSnapshot& s) const;
    QString finishedText(const pipescope::FifoRunSnapshot& s) const;

    FifoFlow* m_flow = nullptr;
    QLabel* m_writersLabel = nullptr;
    QLabel* m_recordsLabel = nullptr;
    QLabel* m_recordSizeLabel = nullptr;
    QLabel* m_readSizeLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    QSpinBox* m_writers = nullptr;
    QSpinBox* m_records = nullptr;
    QSpinBox* m_recordSize = nullptr;
    QSpinBox* m_readSize = nullptr;
    QLineEdit* m_mode = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_leavePresenter = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lsLine = nullptr;
    QLabel* m_atomicNote = nullptr;
    std::function<QString()> m_statusText;
    bool m_alarm = false;
    bool m_following = false; // a run was started: its samples, the last one included, set the status
    bool m_saysRemoved = false; // the status already ends with the removal of the FIFO
};
