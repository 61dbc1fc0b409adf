// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/liveflow.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <array>

class QCPAxisRect;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QPushButton;

// Byte flow over time: bytes/s per stream (top) and how full each pipe is (bottom), over a sliding window that
// follows the present. Wheel zooms the time axis, dragging scrolls back (and pauses), Pause freezes the view.
class ByteFlowPlot : public QWidget
{
    Q_OBJECT
public:
    static constexpr double defaultWindowSeconds = 30.0;
    static constexpr double retentionSeconds = 120.0; // how far back one can scroll or zoom out
    static constexpr double minimumSpanSeconds = 0.5; // the time axis of a run that just began

    explicit ByteFlowPlot(QWidget* parent = nullptr);
    ~ByteFlowPlot() override;

    // Plots this flow's samples, starting afresh with each run; nullptr detaches.
    void setFlow(LiveFlow* flow);

    void clear();
    // One point per stream on each plot; the view moves on unless paused.
    void addSample(const LiveSample& sample);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // The width of the time axis while it follows the present.
    void setWindowSeconds(double seconds);
    double windowSeconds() const;

    bool exportPng(const QString& path);
    QCustomPlot* customPlot() const { return m_plot; }
    QPushButton* pauseButton() const { return m_pause; }
    int pointCount() const; // per graph, for the tests
    double latestSeconds() const { return m_latest; }

Q_SIGNALS:
    void pausedChanged(bool paused);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Says every text again in the language installed now: axis labels, the legend, the buttons; the data stays.
    void retranslateUi();
    void exportWithDialog();
    void follow();

    QPointer<LiveFlow> m_flow;
    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_rateRect = nullptr;
    QCPAxisRect* m_fillRect = nullptr;
    std::array<QCPGraph*, 3> m_rate {};
    std::array<QCPGraph*, 3> m_fill {};
    QPushButton* m_pause = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_hint = nullptr;
    bool m_paused = false;
    bool m_following = false; // the range changes because the view follows, not because the user zoomed
    double m_window = defaultWindowSeconds;
    double m_latest = 0;
};
