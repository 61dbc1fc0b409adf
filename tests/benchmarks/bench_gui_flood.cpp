// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI under a flood: pipescope-child writes to a stdout PIPE as fast as it can while LiveFlow drains it and the
// visible main window updates every frame: the Live tab (console, byte-flow plot, gauges) and the diagram, whose
// stdout pipe shows packets moving and its fill gauge. Measured in one run, against goals:
//   - the GUI event loop's lateness: a 1 ms timer records how late each tick fires; p99 <= 16 ms (one frame)
//   - peak RSS (VmHWM) <= 150 MiB
//   - throughput against the same flood drained by pipescope-trace --stdout=pipe, timed in the same run: >= 0.8
// Runs alternate between the two (--runs, default 3) and report medians, so load elsewhere hits both sides alike.
// A plain executable (Google Benchmark's repetitions do not fit a run that owns an event loop); the offscreen
// platform renders for real, so painting costs what it costs. --bytes shrinks the flood for a quick run.
#include "bridge/liveflow.h"
#include "diagram/diagramscene.h"
#include "live/consolewidget.h"
#include "live/livepanel.h"
#include "live/livescenarios.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

using namespace pipescope;

namespace {

constexpr double latenessGoalMs = 16.0;
constexpr double rssGoalMiB = 150.0;
constexpr double ratioGoal = 0.8;
constexpr int probeIntervalMs = 1;

std::optional<qint64> parseBytes(QString text)
{
    qint64 unit = 1;
    const QChar last = text.isEmpty() ? QChar() : text.back().toUpper();
    if (last == QLatin1Char('K') || last == QLatin1Char('M') || last == QLatin1Char('G')) {
        unit = last == QLatin1Char('K') ? 1024 : last == QLatin1Char('M') ? 1024 * 1024 : 1024 * 1024 * 1024;
        text.chop(1);
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    return n * unit;
}

double statusMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

double gib(double bytes)
{
    return bytes / (1024.0 * 1024.0 * 1024.0);
}

// The baseline: the same child and the same pipe, drained by the command-line front end. Seconds, or -1.
double timeTrace(qint64 bytes)
{
    QProcess trace;
    trace.setProgram(QStringLiteral(PIPESCOPE_TRACE_PATH));
    trace.setArguments({ QStringLiteral("--stdout=pipe"), QStringLiteral("--"), QStringLiteral(PIPESCOPE_CHILD_PATH),
        QStringLiteral("flood"), QString::number(bytes) });
    trace.setStandardOutputFile(QProcess::nullDevice());
    trace.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    trace.start();
    if (!trace.waitForStarted(10'000) || !trace.waitForFinished(-1) || trace.exitStatus() != QProcess::NormalExit
        || trace.exitCode() != 0) {
        std::fprintf(stderr, "bench_gui_flood: pipescope-trace failed (exit %d)\n", trace.exitCode());
        return -1;
    }
    return static_cast<double>(clock.nsecsElapsed()) / 1e9;
}

struct GuiRun
{
    double seconds = -1;
    qint64 bytes = 0;
    std::vector<double> latenessMs;
    qint64 samples = 0;
    qint64 notShown = 0;
    int peakPackets = 0; // the most packets the diagram's stdout pipe showed at once
};

GuiRun timeGui(qint64 bytes)
{
    GuiRun run;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.showLiveTab();
    window.setAnimated(true);
    LivePanel& panel = *window.livePanel();
    const LiveScenario flood {
        .id = QStringLiteral("bench-flood"),
        .redirects = { Redirect::inherit(), Redirect::pipe(), Redirect::inherit() },
        .childArgs = { QStringLiteral("flood"), QString::number(bytes) },
        .policy = ParentPolicy::Communicate,
    };
    // Let the window settle (first layout and paint) so the run measures the flood, not the start-up.
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();

    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(probeIntervalMs);
    qint64 previous = -1;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (previous >= 0)
            run.latenessMs.push_back(std::max(0.0, static_cast<double>(now - previous) / 1e6 - probeIntervalMs));
        previous = now;
    });
    QObject::connect(panel.flow(), &LiveFlow::sampled, [&](const LiveSample&) {
        ++run.samples;
        run.peakPackets = std::max(run.peakPackets, window.diagramScene()->packetCount(Stream::Stdout));
    });

    QEventLoop loop;
    bool failed = false;
    QObject::connect(panel.flow(), &LiveFlow::finished, &loop, [&] {
        run.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        loop.quit();
    });
    QObject::connect(panel.flow(), &LiveFlow::failed, &loop, [&] {
        failed = true;
        loop.quit();
    });
    clock.start();
    probe.start();
    if (!panel.start(flood)) {
        std::fprintf(stderr, "bench_gui_flood: the flood did not start: %s\n", qPrintable(panel.statusText()));
        return run;
    }
    if (panel.isRunning())
        loop.exec();
    probe.stop();
    if (failed) {
        run.seconds = -1;
        std::fprintf(stderr, "bench_gui_flood: %s\n", qPrintable(panel.statusText()));
    }
    run.bytes = panel.flow()->lastSample().stream(Stream::Stdout).bytes;
    run.notShown = panel.console()->notShownBytes(Stream::Stdout);
    return run;
}

const char* verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    qint64 bytes = qint64 { 2 } << 30;
    int runs = 3;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const auto valueOf = [&](const QString& name) -> std::optional<QString> {
            if (arg.startsWith(name + QLatin1Char('=')))
                return arg.mid(name.size() + 1);
            if (arg == name && i + 1 < args.size())
                return args[++i];
            return std::nullopt;
        };
        if (const auto value = valueOf(QStringLiteral("--bytes"))) {
            const auto parsed = parseBytes(*value);
            if (!parsed) {
                std::fprintf(stderr, "bench_gui_flood: bad --bytes '%s'\n", qPrintable(*value));
                return 2;
            }
            bytes = *parsed;
        } else if (const auto count = valueOf(QStringLiteral("--runs"))) {
            runs = count->toInt();
            if (runs < 1) {
                std::fprintf(stderr, "bench_gui_flood: bad --runs '%s'\n", qPrintable(*count));
                return 2;
            }
        } else {
            std::fprintf(stderr, "usage: bench_gui_flood [--bytes=N[K|M|G]] [--runs=N]  (default 2G, 3 runs)\n");
            return arg == QStringLiteral("--help") ? 0 : 2;
        }
    }

    std::printf("bench_gui_flood: pipescope-child flood %lld through LiveFlow + the visible main window, Live tab and "
                "diagram (%s), %d runs\n",
        static_cast<long long>(bytes), qPrintable(QGuiApplication::platformName()), runs);
    std::fflush(stdout);

    // Baseline and GUI runs alternate, so a burst of load elsewhere on the machine hits both sides alike; medians.
    std::vector<double> traceRates;
    std::vector<double> guiRates;
    std::vector<double> lateness;
    qint64 frames = 0;
    qint64 notShown = 0;
    int peakPackets = 0;
    for (int run = 0; run < runs; ++run) {
        const double traceSeconds = timeTrace(bytes);
        const GuiRun gui = timeGui(bytes);
        if (traceSeconds < 0 || gui.seconds < 0)
            return 1;
        if (gui.bytes != bytes) {
            std::fprintf(stderr, "bench_gui_flood: the GUI read %lld bytes of %lld\n",
                static_cast<long long>(gui.bytes), static_cast<long long>(bytes));
            return 1;
        }
        traceRates.push_back(static_cast<double>(bytes) / traceSeconds);
        guiRates.push_back(static_cast<double>(bytes) / gui.seconds);
        lateness.insert(lateness.end(), gui.latenessMs.begin(), gui.latenessMs.end());
        frames += gui.samples;
        notShown += gui.notShown;
        peakPackets = std::max(peakPackets, gui.peakPackets);
        std::printf("  run %d: pipescope-trace %.3f s, GUI %.3f s, GUI lateness p99 %.2f ms\n", run + 1, traceSeconds,
            gui.seconds, percentile(gui.latenessMs, 99));
    }
    const double rss = statusMiB("VmHWM");
    const double p99 = percentile(lateness, 99);
    const double p50 = percentile(lateness, 50);
    const double worst = lateness.empty() ? 0 : *std::max_element(lateness.begin(), lateness.end());
    const double guiRate = median(guiRates);
    const double traceRate = median(traceRates);
    const double ratio = guiRate / traceRate;

    std::printf("  event-loop lateness p99      %8.2f ms     (p50 %.2f, max %.2f; %zu ticks of a %d ms timer)"
                "   goal <= %.0f ms   %s\n",
        p99, p50, worst, lateness.size(), probeIntervalMs, latenessGoalMs, verdict(p99 <= latenessGoalMs));
    std::printf("  peak RSS (VmHWM)             %8.1f MiB"
                "                                                  goal <= %.0f MiB  %s\n",
        rss, rssGoalMiB, verdict(rss >= 0 && rss <= rssGoalMiB));
    std::printf("  throughput, GUI (median)     %8.3f GiB/s  (%lld frames sampled, %lld bytes went by unseen)\n",
        gib(guiRate), static_cast<long long>(frames), static_cast<long long>(notShown));
    std::printf("  diagram: up to %d packets moving on the stdout pipe\n", peakPackets);
    std::printf(
        "  throughput, trace (median)   %8.3f GiB/s  (pipescope-trace --stdout=pipe, same flood)\n", gib(traceRate));
    std::printf("  ratio GUI / pipescope-trace  %8.3f"
                "                                                      goal >= %.1f      %s\n",
        ratio, ratioGoal, verdict(ratio >= ratioGoal));
    return 0;
}
