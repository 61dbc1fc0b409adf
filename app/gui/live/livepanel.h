// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/stream.h"
#include "bridge/liveflow.h"
#include "files/trace.h"
#include "live/livescenarios.h"
#include "text/livetext.h"

#include <QString>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class ByteFlowPlot;
class ConsoleWidget;
class QBoxLayout;
class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTemporaryDir;

// The live tab: pick a scenario, start it, and watch real bytes go through real pipes — the console, the byte
// flow plot, a fill gauge per pipe and one line saying in words who waits for whom (down to a deadlock).
class LivePanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr double textIntervalSeconds = 0.2;

    // Turns the picked scenario into what start() runs: the main window makes it the streams panel's configuration.
    using Configure = std::function<LiveScenario(const LiveScenario& preset)>;

    // flow runs the children; it is the window's (Bridge::live()) and outlives the panel, which only shows its runs.
    explicit LivePanel(LiveFlow* flow, QWidget* parent = nullptr);
    ~LivePanel() override;

    void setConfigure(Configure configure) { m_configure = std::move(configure); }

    // Selects a scenario of LiveScenarios::all() by id; false when there is none.
    bool selectScenario(const QString& id);
    std::optional<LiveScenario> currentScenario() const;

    // Starts the selected scenario (through setConfigure()'s function when there is one), or any other (the benchmark
    // brings its own). False when a run is going on or the child could not be started (the status line says why).
    bool start();
    bool start(const LiveScenario& scenario);
    void cancel();
    bool isRunning() const;

    LiveFlow* flow() const { return m_flow; }
    ConsoleWidget* console() const { return m_console; }
    ByteFlowPlot* plot() const { return m_plot; }
    QComboBox* scenarioBox() const { return m_scenarioBox; }
    // Slow motion: full speed, 64 KiB/s, 4 KiB/s or 256 B/s for the parent's reads and writes (LiveFlow::setPace).
    // A scenario sets it when picked; changed during a run, it applies at once.
    QComboBox* paceBox() const { return m_paceBox; }
    std::uint64_t pace() const;
    bool setPace(std::uint64_t bytesPerSecond);
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* fillGauge(pipescope::Stream s) const { return m_gauges[static_cast<std::size_t>(s)].bar; }
    QString statusText() const;
    // Presenter mode's Live view: only the verdict line, Cancel, the gauges and Slow motion, in the window's large
    // type; the scenario picker, the console, the plot and the description are hidden until it ends.
    void setPresenting(bool presenting);
    // In a narrow column: the controls on two rows, the console above the plot.
    void setCompact(bool compact);
    // The folder file scenarios write into (empty until one was picked or ran); removed with the panel.
    QString workDirectory() const;
    // What a scenario runs: pipescope-child, File paths without a folder put into the work folder (made on demand).
    // Empty argv when pipescope-child or the folder is missing (the status line says why).
    pipescope::SpawnSpec scenarioSpec(const LiveScenario& scenario);

    // The last run (ended or still going) as a trace's live part: the counters and pipe fill over time, thinned to
    // liveRunPointsMax, and how it ended; empty before the first run started.
    std::optional<pipescope::LiveRun> lastRun() const;
    // What the last run ran.
    pipescope::SpawnSpec lastRunSpec() const { return m_spec; }
    // The last run in words, in the language installed now: the status line at its worst moment (the deadlock line
    // while it was stuck, else the last verdict) and at its end (empty while it runs).
    QString lastRunVerdictText() const;
    QString lastRunEndText() const;

Q_SIGNALS:
    void runningChanged(bool running);
    // Another scenario was picked (not emitted when start() selects the one it runs).
    void scenarioChanged(const LiveScenario& scenario);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Gauge
    {
        QProgressBar* bar = nullptr;
        QLabel* name = nullptr;
        QLabel* counter = nullptr;
        QString format;
        QString counterText;
    };

    // Says every text again in the language installed now; the run, the console and the plot go on untouched.
    void retranslateUi();
    void placeGauges(bool compact);
    LiveText::Input inputSource() const;
    void showScenario();
    void showDescription();
    void onStarting();
    void onStarted();
    void onSample(const LiveSample& sample);
    void remember(const LiveSample& sample);
    void onFinished(const pipescope::ExitStatus& exit);
    void onFailed(const pipescope::Error& error);
    void setStatus(const QString& text, bool alarm);
    // The status line made by text, now and again after a language switch.
    void setStatus(std::function<QString()> text, bool alarm);
    void updateGauges(const LiveSample& sample, bool counters);
    void updateButtons();
    static QString finishedText(const LiveSample& sample, const pipescope::SpawnSpec& spec);

    LiveFlow* m_flow = nullptr;
    QComboBox* m_scenarioBox = nullptr;
    QLabel* m_scenarioLabel = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_paceLabel = nullptr;
    QComboBox* m_paceBox = nullptr;
    QSplitter* m_flowViews = nullptr; // the console and the plot, side by side (or one above the other)
    QBoxLayout* m_header = nullptr;
    QGridLayout* m_gaugeGrid = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    std::function<QString()> m_statusText;
    LiveSample m_gaugeSample; // what the gauges show
    ConsoleWidget* m_console = nullptr;
    ByteFlowPlot* m_plot = nullptr;
    std::array<Gauge, 3> m_gauges;
    std::unique_ptr<QTemporaryDir> m_workDir;
    Configure m_configure;
    bool m_starting = false;
    pipescope::SpawnSpec m_spec;
    bool m_alarm = false;
    bool m_failed = false;
    double m_lastText = -1; // LiveSample::seconds when the status line and counters were last set
    pipescope::Verdict m_lastVerdict = pipescope::Verdict::Running;
    // The run so far, for lastRun(): every sample's point (thinned when it doubles the limit), the policy, the first
    // sample that saw a deadlock and the last one, without their bytes.
    std::vector<pipescope::LivePoint> m_points;
    pipescope::ParentPolicy m_policy = pipescope::ParentPolicy::Communicate;
    std::optional<LiveSample> m_worstSample;
    std::optional<LiveSample> m_lastSample;
    bool m_ran = false;
};
