// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <vector>

class FifoFlow;
class NamedPipesDiagram;
class QEvent;
class QGroupBox;
class QLabel;
class QProgressBar;

// The FIFO run as it happens: the writers → FIFO → reader diagram with its packets, and what the reader proved
// (records reassembled, interleavings, bytes lost, throughput), from the bridge's samples.
class FifoRunView : public QWidget
{
    Q_OBJECT
public:
    explicit FifoRunView(FifoFlow* flow, QWidget* parent = nullptr);
    ~FifoRunView() override;

    NamedPipesDiagram* diagram() const { return m_diagram; }
    QString countersText() const; // every counter, as shown

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onStarted();
    void onSampled();
    void onFinished();
    void onFrame();
    void updateCounters();

    FifoFlow* m_flow = nullptr;
    NamedPipesDiagram* m_diagram = nullptr;
    QGroupBox* m_countersBox = nullptr;
    // The counters' names, in the order of the values; said again on a language change.
    std::vector<QLabel*> m_counterNames;
    QLabel* m_recordsValue = nullptr;
    QProgressBar* m_recordsBar = nullptr;
    QLabel* m_bytesValue = nullptr;
    QLabel* m_interleavedValue = nullptr;
    QLabel* m_lostValue = nullptr;
    QLabel* m_fragmentsValue = nullptr;
    QLabel* m_corruptValue = nullptr;
    QLabel* m_rateValue = nullptr;
    QLabel* m_openWaitValue = nullptr;
    QTimer m_frame;
    QElapsedTimer m_frameClock;
    bool m_following = false; // a run was started: its samples, the last one included, are shown
};
