// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livepanel.h"

#include "bridge/childprogram.h"
#include "live/byteflowplot.h"
#include "live/consolewidget.h"
#include "text/describe.h"
#include "text/livetext.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>
#include <csignal>
#include <initializer_list>
#include <limits>

using namespace pipescope;

namespace {

std::size_t index(Stream s)
{
    return static_cast<std::size_t>(s);
}

QString coreText(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

LivePanel::LivePanel(LiveFlow* flow, QWidget* parent)
    : QWidget(parent)
    , m_flow(flow)
{
    auto* layout = new QVBoxLayout(this);

    // The picker, then the pace and the buttons: one row, or two in a narrow column (setCompact()).
    m_header = new QBoxLayout(QBoxLayout::LeftToRight);
    auto* top = new QHBoxLayout;
    auto* controls = new QHBoxLayout;
    m_scenarioBox = new QComboBox(this);
    m_scenarioBox->setObjectName(QStringLiteral("liveScenario"));
    // As narrow as a side column needs: the titles are elided there, whole in the list and the tooltip.
    m_scenarioBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioBox->setMinimumContentsLength(18);
    // Titles and descriptions: retranslateUi().
    for (const LiveScenario& s : LiveScenarios::all())
        m_scenarioBox->addItem(QString(), s.id);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("liveStart"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("liveCancel"));
    // Its own width, also when presenter mode hides the scenario box beside it.
    m_cancel->setSizePolicy(QSizePolicy::Maximum, m_cancel->sizePolicy().verticalPolicy());
    m_scenarioLabel = new QLabel(this);
    m_scenarioLabel->setBuddy(m_scenarioBox);
    m_paceBox = new QComboBox(this);
    m_paceBox->setObjectName(QStringLiteral("livePace"));
    // Texts: retranslateUi().
    for (const std::uint64_t rate :
        { std::uint64_t { 0 }, std::uint64_t { 64 * 1024 }, std::uint64_t { 4 * 1024 }, std::uint64_t { 256 } })
        m_paceBox->addItem(QString(), QVariant::fromValue<qulonglong>(rate));
    m_paceLabel = new QLabel(this);
    m_paceLabel->setBuddy(m_paceBox);
    top->addWidget(m_scenarioLabel);
    top->addWidget(m_scenarioBox, 1);
    controls->addWidget(m_paceLabel);
    controls->addWidget(m_paceBox);
    controls->addStretch(0);
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);
    m_header->addLayout(top, 1);
    m_header->addLayout(controls);
    layout->addLayout(m_header);

    // What happens and why: under the picker and in its tooltip; at the foot of the panel, where the live state
    // above it matters more while a run goes on.
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_flowViews = splitter;
    m_console = new ConsoleWidget(splitter);
    m_console->setFlow(m_flow);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_plot = new ByteFlowPlot(right);
    m_plot->setFlow(m_flow);
    rightLayout->addWidget(m_plot, 1);

    // One column per pipe, right under the verdict: how full it is and how many bytes went through.
    auto* gauges = new QGridLayout;
    m_gaugeGrid = gauges;
    for (Stream s : allStreams) {
        const auto i = index(s);
        Gauge& g = m_gauges[i];
        g.bar = new QProgressBar(this);
        g.bar->setObjectName(QStringLiteral("fill_") + coreText(streamName(s)));
        g.bar->setTextVisible(true);
        g.bar->setRange(0, 1);
        g.bar->setValue(0);
        g.counter = new QLabel(this);
        g.counter->setWordWrap(true);
        g.name = new QLabel(this);
        g.name->setBuddy(g.bar);
    }
    placeGauges(false);
    gauges->setVerticalSpacing(1);
    layout->addLayout(gauges);
    splitter->addWidget(m_console);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_description);

    connect(m_scenarioBox, &QComboBox::currentIndexChanged, this, &LivePanel::showScenario);
    connect(m_paceBox, &QComboBox::currentIndexChanged, this, [this] { m_flow->setPace(pace()); });
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancel, &QPushButton::clicked, this, &LivePanel::cancel);
    connect(m_flow, &LiveFlow::starting, this, &LivePanel::onStarting);
    connect(m_flow, &LiveFlow::started, this, &LivePanel::onStarted);
    connect(m_flow, &LiveFlow::sampled, this, &LivePanel::onSample);
    connect(m_flow, &LiveFlow::finished, this, &LivePanel::onFinished);
    connect(m_flow, &LiveFlow::failed, this, &LivePanel::onFailed);

    showScenario();
    m_flow->setPace(pace());
    setStatus([] { return tr("Pick a scenario and press Start: a real child process is spawned."); }, false);
    retranslateUi();
    updateButtons();
}

void LivePanel::placeGauges(bool compact)
{
    // Side by side, a column per pipe; in a narrow column one pipe per row, so that each bar has the width its
    // text needs ("65,536 of 65,536 bytes — full").
    for (Stream s : allStreams) {
        const Gauge& g = m_gauges[index(s)];
        for (QWidget* w : std::initializer_list<QWidget*> { g.name, g.bar, g.counter })
            m_gaugeGrid->removeWidget(w);
    }
    for (int i = 0; i < 3; ++i) {
        m_gaugeGrid->setColumnStretch(i, 0);
        m_gaugeGrid->setRowStretch(i, 0);
    }
    for (Stream s : allStreams) {
        const int i = static_cast<int>(index(s));
        const Gauge& g = m_gauges[index(s)];
        if (compact) {
            m_gaugeGrid->addWidget(g.name, 2 * i, 0);
            m_gaugeGrid->addWidget(g.bar, 2 * i, 1);
            m_gaugeGrid->addWidget(g.counter, 2 * i + 1, 1);
        } else {
            m_gaugeGrid->addWidget(g.name, 0, i);
            m_gaugeGrid->addWidget(g.bar, 1, i);
            m_gaugeGrid->addWidget(g.counter, 2, i);
            m_gaugeGrid->setColumnStretch(i, 1);
        }
    }
    if (compact)
        m_gaugeGrid->setColumnStretch(1, 1);
}

void LivePanel::setCompact(bool compact)
{
    placeGauges(compact);
    m_header->setDirection(compact ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // The console above the plot: side by side, each would be too narrow to read.
    m_flowViews->setOrientation(compact ? Qt::Vertical : Qt::Horizontal);
}

void LivePanel::setPresenting(bool presenting)
{
    // Nothing else hides these: shown again when presenting ends.
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_scenarioLabel, m_scenarioBox, m_start, m_flowViews, m_description })
        w->setVisible(!presenting);
}

void LivePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LivePanel::retranslateUi()
{
    m_scenarioBox->setToolTip(tr("A live demonstration: it sets the streams panel, which Start then runs"));
    for (int row = 0; row < m_scenarioBox->count(); ++row)
        if (const auto scenario = LiveScenarios::byId(m_scenarioBox->itemData(row).toString())) {
            m_scenarioBox->setItemText(row, scenario->title);
            m_scenarioBox->setItemData(row, scenario->description, Qt::ToolTipRole);
        }
    m_paceLabel->setText(tr("Slow &motion:"));
    m_paceBox->setToolTip(tr("How fast the parent writes and reads each pipe. Slower than the child, and the child "
                             "really waits on a full pipe (or an empty one), as the diagram shows"));
    for (int row = 0; row < m_paceBox->count(); ++row) {
        const auto rate = m_paceBox->itemData(row).toULongLong();
        m_paceBox->setItemText(row,
            rate == 0          ? tr("Full speed")
                : rate >= 1024 ? tr("%1 KiB/s").arg(rate / 1024)
                               : tr("%1 B/s").arg(rate));
    }
    m_start->setText(tr("&Start"));
    m_start->setToolTip(tr("Spawn the child for real with the streams panel's configuration and move its bytes"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Kill the child (SIGKILL) and reap it"));
    // Alt+E, Alt+S: the window's own scenario box already has Alt+C.
    m_scenarioLabel->setText(tr("Live sc&enario:"));
    const std::array<QString, 3> names { tr("stdin pipe"), tr("stdout pipe"), tr("stderr pipe") };
    for (Stream s : allStreams) {
        Gauge& g = m_gauges[index(s)];
        g.name->setText(names[index(s)]);
        // Said again below even where the numbers did not change.
        g.format.clear();
        g.counterText.clear();
    }
    updateGauges(m_gaugeSample, true);
    // A scenario from elsewhere (the benchmark's) keeps the description it came with.
    if (m_scenarioBox->currentIndex() >= 0)
        showDescription();
    if (m_statusText)
        setStatus(m_statusText, m_alarm);
}

// m_flow is a child QObject: its destructor kills and reaps a child still running.
LivePanel::~LivePanel() = default;

bool LivePanel::selectScenario(const QString& id)
{
    const int row = m_scenarioBox->findData(id);
    if (row < 0)
        return false;
    m_scenarioBox->setCurrentIndex(row);
    return true;
}

std::optional<LiveScenario> LivePanel::currentScenario() const
{
    return LiveScenarios::byId(m_scenarioBox->currentData().toString());
}

bool LivePanel::start()
{
    const auto scenario = currentScenario();
    return scenario && start(*scenario);
}

bool LivePanel::start(const LiveScenario& preset)
{
    if (m_flow->isRunning())
        return false;
    const bool picked = m_scenarioBox->findData(preset.id) >= 0;
    const LiveScenario scenario = picked && m_configure ? m_configure(preset) : preset;
    const SpawnSpec spec = scenarioSpec(scenario);
    if (spec.argv.empty())
        return false;
    m_spec = spec;
    // A scenario from elsewhere (the benchmark's) is described as itself, not as whatever the picker shows.
    m_starting = true;
    if (picked) {
        selectScenario(scenario.id);
    } else {
        m_scenarioBox->setCurrentIndex(-1);
        m_description->setText(scenario.description);
        setPace(scenario.bytesPerSecond); // a rate the box does not offer keeps the box's
    }
    m_starting = false;
    m_failed = false;
    // The streams panel's input is whatever stdin gets: nothing when stdin is not a pipe.
    const QByteArray input
        = m_spec.redirect(Stream::Stdin).kind == Redirect::Kind::Pipe ? scenario.input : QByteArray();
    m_policy = scenario.policy;
    const bool ok = m_flow->start(m_spec, scenario.policy, input);
    updateButtons();
    return ok;
}

SpawnSpec LivePanel::scenarioSpec(const LiveScenario& scenario)
{
    QString child;
    if (scenario.argv.isEmpty() && scenario.pythonScript.isEmpty()) {
        child = childProgramPath();
        if (child.isEmpty()) {
            setStatus(
                [] { return tr("pipescope-child was not found next to PipeScope, so no scenario can run."); }, true);
            return {};
        }
    }
    QString workDir;
    if (scenario.usesWorkDir()) {
        if (!m_workDir)
            m_workDir = std::make_unique<QTemporaryDir>();
        if (!m_workDir->isValid()) {
            setStatus(
                [why = m_workDir->errorString()] {
                    return tr("Could not make a temporary folder for the file: %1").arg(why);
                },
                true);
            m_workDir.reset();
            return {};
        }
        workDir = m_workDir->path();
    }
    SpawnSpec spec = scenario.spec(child, workDir);
    if (spec.argv.empty())
        setStatus(
            [name = scenario.pythonScript] {
                return tr("Could not write %1 to a temporary folder for python3 to run.").arg(name);
            },
            true);
    return spec;
}

void LivePanel::cancel()
{
    if (!m_flow->isRunning())
        return;
    m_flow->cancel();
    setStatus([] { return tr("Cancelling: the child gets SIGKILL…"); }, false);
}

bool LivePanel::isRunning() const
{
    return m_flow->isRunning();
}

QString LivePanel::statusText() const
{
    return m_status->text();
}

QString LivePanel::workDirectory() const
{
    return m_workDir ? m_workDir->path() : QString();
}

QString LivePanel::finishedText(const LiveSample& sample, const SpawnSpec& spec)
{
    QString text;
    const ExitStatus exit = sample.exit.value_or(ExitStatus {});
    if (sample.cancelled)
        text = tr("Cancelled: the child was killed (SIGKILL) and reaped.");
    else if (exit.signaled)
        text = tr("Finished: the child was killed by signal %1 (%2).")
                   .arg(exit.code)
                   .arg(Describe::signalText(exit.code));
    else
        text = tr("Finished: the child exited with status %1.").arg(exit.code);
    if (!sample.cancelled && exit.signaled && exit.code == SIGPIPE)
        text += QLatin1Char(' ')
            + tr("SIGPIPE: it wrote to a pipe whose read end no process held any more (pipe(7)), and did not "
                 "ignore the signal.");
    if (sample.stdinBrokenPipe)
        text += QLatin1Char(' ')
            + tr("Writing stdin failed with EPIPE before all the input was written: no process held the read end any "
                 "more "
                 "(the child closed fd 0 or exited).");
    const QLocale locale;
    text += QLatin1Char(' ')
        + tr("stdin: %1 bytes written · stdout: %2 bytes read · stderr: %3 bytes read.")
              .arg(locale.toString(sample.stream(Stream::Stdin).bytes),
                  locale.toString(sample.stream(Stream::Stdout).bytes),
                  locale.toString(sample.stream(Stream::Stderr).bytes));
    for (Stream s : { Stream::Stdout, Stream::Stderr }) {
        const Redirect& r = spec.redirect(s);
        if (r.kind != Redirect::Kind::File)
            continue;
        const QFileInfo file(QString::fromStdString(r.path));
        text += QLatin1Char(' ') + tr("%1 now holds %2 bytes.").arg(file.filePath(), locale.toString(file.size()));
    }
    return text;
}

LiveText::Input LivePanel::inputSource() const
{
    if (m_policy == ParentPolicy::Manual)
        return LiveText::Input::Typed;
    return pace() == 0 ? LiveText::Input::Written : LiveText::Input::WrittenSlowly;
}

std::uint64_t LivePanel::pace() const
{
    return m_paceBox->currentData().toULongLong();
}

bool LivePanel::setPace(std::uint64_t bytesPerSecond)
{
    const int row = m_paceBox->findData(QVariant::fromValue<qulonglong>(bytesPerSecond));
    if (row < 0)
        return false;
    m_paceBox->setCurrentIndex(row);
    return true;
}

void LivePanel::showScenario()
{
    showDescription();
    const auto scenario = currentScenario();
    // Picked, a scenario brings its own pace; once running, the teacher's choice stays.
    if (scenario && !m_starting)
        setPace(scenario->bytesPerSecond);
    if (scenario && !m_starting)
        Q_EMIT scenarioChanged(*scenario);
}

void LivePanel::showDescription()
{
    const auto scenario = currentScenario();
    m_description->setText(scenario ? scenario->description : QString());
}

void LivePanel::onStarting()
{
    // Until the first sample, the gauges show which streams are pipes at all.
    LiveSample first;
    for (Stream s : allStreams) {
        LiveStream& stream = first.streams[index(s)];
        stream.piped = m_spec.redirect(s).kind == Redirect::Kind::Pipe;
        stream.open = stream.piped;
    }
    updateGauges(first, true);
    m_lastText = -1;
    m_lastVerdict = Verdict::Running;
    m_points.clear();
    m_worstSample.reset();
    m_lastSample.reset();
    m_ran = true;
    updateButtons();
    Q_EMIT runningChanged(true);
}

void LivePanel::onStarted()
{
    setStatus([pid = m_flow->pid()] { return tr("Started: the child is pid %1.").arg(pid); }, false);
    updateButtons();
}

void LivePanel::onSample(const LiveSample& sample)
{
    // Words and numbers change a few times a second at most: faster is unreadable, and each change lays the panel
    // out again. A new verdict shows at once.
    const bool due = sample.seconds - m_lastText >= textIntervalSeconds || sample.verdict != m_lastVerdict;
    updateGauges(sample, due);
    remember(sample);
    if (sample.finished || !due)
        return; // onFinished words the end, with what the run left behind
    m_lastText = sample.seconds;
    m_lastVerdict = sample.verdict;
    const bool deadlock = sample.verdict == Verdict::Deadlock;
    // The sample without its bytes: the words need only who waits for whom.
    LiveSample said = sample;
    for (LiveStream& stream : said.streams)
        stream.fresh.clear();
    const LiveText::Input input = inputSource();
    setStatus(
        [said, deadlock, input] {
            QString text = LiveText::verdictText(said, input);
            if (deadlock && said.deadlockSince)
                text += QLatin1Char(' ')
                    + tr("Stuck for %1 s: press Cancel to kill the child.")
                          .arg(QLocale().toString(said.seconds - *said.deadlockSince, 'f', 1));
            return text;
        },
        deadlock);
    if (deadlock && !m_cancel->hasFocus())
        m_cancel->setFocus();
}

void LivePanel::remember(const LiveSample& sample)
{
    LivePoint point { .seconds = sample.seconds };
    for (Stream s : allStreams) {
        const LiveStream& stream = sample.stream(s);
        point.bytes[index(s)] = stream.bytes;
        point.fill[index(s)] = stream.hasFill ? stream.fillBytes : -1;
        point.capacity[index(s)] = stream.hasFill ? stream.fillCapacity : 0;
    }
    if (m_points.empty() || point.seconds >= m_points.back().seconds)
        m_points.push_back(point);
    if (m_points.size() >= 2 * liveRunPointsMax)
        m_points = thinLivePoints(m_points, liveRunPointsMax);
    // Without the bytes: the words need only who waits for whom.
    LiveSample said = sample;
    for (LiveStream& stream : said.streams)
        stream.fresh.clear();
    if (sample.verdict == Verdict::Deadlock && (!m_worstSample || m_worstSample->verdict != Verdict::Deadlock))
        m_worstSample = said;
    m_lastSample = said;
}

std::optional<LiveRun> LivePanel::lastRun() const
{
    if (!m_ran)
        return std::nullopt;
    LiveRun run { .policy = m_policy, .points = thinLivePoints(m_points) };
    if (m_lastSample) {
        run.verdict = m_lastSample->verdict;
        run.stdinBrokenPipe = m_lastSample->stdinBrokenPipe;
        run.cancelled = m_lastSample->cancelled;
        run.exit = m_lastSample->exit;
    }
    if (m_worstSample)
        run.deadlockSince = m_worstSample->deadlockSince.value_or(m_worstSample->seconds);
    return run;
}

QString LivePanel::lastRunVerdictText() const
{
    const std::optional<LiveSample>& said = m_worstSample ? m_worstSample : m_lastSample;
    return said ? LiveText::verdictText(*said, inputSource()) : QString();
}

QString LivePanel::lastRunEndText() const
{
    return m_lastSample && m_lastSample->finished ? finishedText(*m_lastSample, m_spec) : QString();
}

void LivePanel::onFinished(const ExitStatus&)
{
    updateGauges(m_flow->lastSample(), true);
    remember(m_flow->lastSample());
    if (!m_failed)
        setStatus([last = m_flow->lastSample(), spec = m_spec] { return finishedText(last, spec); }, false);
    updateButtons();
    Q_EMIT runningChanged(false);
}

void LivePanel::onFailed(const Error& error)
{
    m_failed = true;
    setStatus([error] { return describeError(error); }, true);
    updateButtons();
    // A start that failed never runs: no finished() follows it.
    if (!m_flow->isRunning())
        Q_EMIT runningChanged(false);
}

void LivePanel::setStatus(std::function<QString()> text, bool alarm)
{
    m_statusText = std::move(text);
    setStatus(m_statusText(), alarm);
}

void LivePanel::setStatus(const QString& text, bool alarm)
{
    if (text != m_status->text())
        m_status->setText(text);
    if (alarm == m_alarm)
        return;
    m_alarm = alarm;
    QPalette palette = m_status->palette();
    palette.setColor(
        QPalette::WindowText, alarm ? QColor(0xb0, 0x00, 0x20) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void LivePanel::updateGauges(const LiveSample& sample, bool counters)
{
    m_gaugeSample = sample;
    for (LiveStream& stream : m_gaugeSample.streams)
        stream.fresh.clear();
    const QLocale locale;
    for (Stream s : allStreams) {
        Gauge& g = m_gauges[index(s)];
        const LiveStream& stream = sample.stream(s);
        QString format;
        if (!stream.piped) {
            format = tr("not a pipe");
            g.bar->setRange(0, 1);
            g.bar->setValue(0);
        } else if (!stream.hasFill) {
            format = stream.open ? tr("measuring…") : tr("closed");
            g.bar->setRange(0, 1);
            g.bar->setValue(0);
        } else {
            const auto capacity
                = static_cast<int>(std::min<qint64>(stream.fillCapacity, std::numeric_limits<int>::max()));
            const auto fill = static_cast<int>(std::min<qint64>(stream.fillBytes, capacity));
            g.bar->setRange(0, std::max(1, capacity));
            g.bar->setValue(fill);
            format = stream.full() ? tr("%1 of %2 bytes — full").arg(locale.toString(fill), locale.toString(capacity))
                                   : tr("%1 of %2 bytes").arg(locale.toString(fill), locale.toString(capacity));
        }
        if (format != g.format) {
            g.format = format;
            g.bar->setFormat(format);
        }
        g.bar->setEnabled(stream.piped);
        if (!counters)
            continue;
        QString counter;
        if (stream.piped) {
            const QString total = locale.formattedDataSize(stream.bytes, 1);
            const QString rate = locale.formattedDataSize(static_cast<qint64>(stream.bytesPerSecond), 1);
            counter
                = s == Stream::Stdin ? tr("%1 written · %2/s").arg(total, rate) : tr("%1 read · %2/s").arg(total, rate);
        }
        if (counter != g.counterText) {
            g.counterText = counter;
            g.counter->setText(counter);
        }
    }
}

void LivePanel::updateButtons()
{
    const bool running = m_flow->isRunning();
    m_start->setEnabled(!running);
    m_scenarioBox->setEnabled(!running);
    m_cancel->setEnabled(running);
}
