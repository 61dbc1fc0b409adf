// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/fiforuncontrols.h"

#include "bridge/childprogram.h"
#include "bridge/fifoflow.h"
#include "namedpipes/fifotext.h"
#include "namedpipes/namedpipespanel.h"
#include "text/describe.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace pipescope;

// The page's texts keep the translation context they had before the page was split into one class per feature:
// NamedPipesPanel::tr() everywhere here.

FifoRunControls::FifoRunControls(FifoFlow* flow, QWidget* parent)
    : QWidget(parent)
    , m_flow(flow)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* controls = new QHBoxLayout;
    const auto addSpin = [this, controls](QLabel*& label, const QString& name, int min, int max, int value) {
        auto* box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(min, max);
        box->setValue(value);
        box->setGroupSeparatorShown(true);
        label = new QLabel(this);
        label->setBuddy(box);
        controls->addWidget(label);
        controls->addWidget(box);
        return box;
    };
    m_writers = addSpin(m_writersLabel, QStringLiteral("fifoWriters"), 1, static_cast<int>(kFifoMaxWriters), 4);
    m_records = addSpin(m_recordsLabel, QStringLiteral("fifoRecords"), 1, 1'000'000, 1000);
    m_recordSize = addSpin(m_recordSizeLabel, QStringLiteral("fifoRecordSize"), static_cast<int>(kFifoHeaderSize),
        static_cast<int>(kFifoMaxRecordSize), 512);
    m_readSize = addSpin(m_readSizeLabel, QStringLiteral("fifoReadSize"), 1, static_cast<int>(kFifoMaxReadSize),
        static_cast<int>(kFifoBlockSize));
    m_mode = new QLineEdit(QStringLiteral("0600"), this);
    m_mode->setObjectName(QStringLiteral("fifoMode"));
    m_mode->setMaxLength(5);
    m_mode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-7]{1,5}")), m_mode));
    m_mode->setMaximumWidth(m_mode->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_modeLabel = new QLabel(this);
    m_modeLabel->setBuddy(m_mode);
    controls->addStretch(1);
    layout->addLayout(controls);
    // The mode and the buttons on a row of their own: on one row with the sizes, the labels (longer in Chinese)
    // would make the page wider than a 1024-pixel screen.
    auto* run = new QHBoxLayout;
    run->addWidget(m_modeLabel);
    run->addWidget(m_mode);
    run->addStretch(1);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("fifoStart"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("fifoStop"));
    run->addWidget(m_start);
    run->addWidget(m_stop);
    m_leavePresenter = new QPushButton(this);
    m_leavePresenter->setObjectName(QStringLiteral("fifoLeavePresenter"));
    m_leavePresenter->setIcon(style()->standardIcon(QStyle::SP_TitleBarNormalButton));
    m_leavePresenter->hide();
    run->addWidget(m_leavePresenter);
    connect(m_leavePresenter, &QPushButton::clicked, this, &FifoRunControls::leavePresenterRequested);
    layout->addLayout(run);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fifoStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);

    m_lsLine = new QLabel(this);
    m_lsLine->setObjectName(QStringLiteral("fifoLsLine"));
    m_lsLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lsLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_lsLine);

    m_atomicNote = new QLabel(this);
    m_atomicNote->setWordWrap(true);
    layout->addWidget(m_atomicNote);

    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_stop, &QPushButton::clicked, this, &FifoRunControls::stop);
    connect(m_recordSize, &QSpinBox::valueChanged, this, &FifoRunControls::updateAtomicNote);
    connect(m_flow, &FifoFlow::started, this, [this] {
        m_following = true;
        updateButtons();
    });
    connect(m_flow, &FifoFlow::sampled, this, &FifoRunControls::onSampled);
    connect(m_flow, &FifoFlow::finished, this, &FifoRunControls::onFinished);
    connect(m_flow, &FifoFlow::failed, this, [this](const Error& error) {
        // Worded again from the error on a language change.
        setStatus([error] { return describeError(error); }, true);
        updateButtons();
    });
    connect(m_flow, &FifoFlow::fifoChanged, this, &FifoRunControls::onFifoChanged);

    setStatus(
        [] {
            return NamedPipesPanel::tr("Choose the writers and records and press Start: a FIFO is made with mkfifo "
                                       "in a private directory and real writer processes open it.");
        },
        false);
    retranslateUi();
    onFifoChanged();
}

FifoRunControls::~FifoRunControls() = default;

void FifoRunControls::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FifoRunControls::setPresenting(bool presenting)
{
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_writersLabel, m_writers, m_recordsLabel, m_records, m_recordSizeLabel,
            m_recordSize, m_readSizeLabel, m_readSize, m_modeLabel, m_mode, m_lsLine, m_atomicNote })
        w->setVisible(!presenting);
    m_leavePresenter->setVisible(presenting);
}

void FifoRunControls::retranslateUi()
{
    m_writersLabel->setText(NamedPipesPanel::tr("&Writers:"));
    m_writers->setToolTip(NamedPipesPanel::tr("How many pipescope-child fifo-writer processes write into the FIFO"));
    m_recordsLabel->setText(NamedPipesPanel::tr("&Records each:"));
    m_records->setToolTip(NamedPipesPanel::tr("How many records every writer writes, each with one write(2)"));
    m_recordSizeLabel->setText(NamedPipesPanel::tr("Record si&ze:"));
    m_recordSize->setSuffix(NamedPipesPanel::tr(" B"));
    m_recordSize->setToolTip(
        NamedPipesPanel::tr("Bytes per record. Up to PIPE_BUF (4096) a write is atomic; above it the size must be a "
                            "multiple of 4096 so that the reader can reassemble split records"));
    m_readSizeLabel->setText(NamedPipesPanel::tr("Rea&d size:"));
    m_readSize->setSuffix(NamedPipesPanel::tr(" B"));
    m_readSize->setToolTip(NamedPipesPanel::tr("Bytes the reader asks for with each read(2)"));
    m_mode->setToolTip(
        NamedPipesPanel::tr("The FIFO's permission bits in octal, given to mkfifo and set exactly (no umask)"));
    m_modeLabel->setText(NamedPipesPanel::tr("&Mode:"));
    m_start->setText(NamedPipesPanel::tr("&Start"));
    m_start->setToolTip(NamedPipesPanel::tr("Make a new FIFO and start the writers and the reader"));
    m_leavePresenter->setText(NamedPipesPanel::tr("Leave Presenter Mode"));
    m_leavePresenter->setToolTip(NamedPipesPanel::tr("Back to the full window (Esc or F11)."));
    m_stop->setText(NamedPipesPanel::tr("S&top"));
    m_stop->setToolTip(
        NamedPipesPanel::tr("Kill every writer (SIGKILL), reap it, and remove the FIFO and its directory"));
    m_lsLine->setToolTip(
        NamedPipesPanel::tr("The FIFO as ls -l shows it: type p, mode bits, links, owner, group, path"));
    applyStatus();
    updateLsLine();
    updateAtomicNote();
}

bool FifoRunControls::start()
{
    if (m_flow->isRunning())
        return false;
    const QString modeText = m_mode->text();
    const auto mode = NamedPipesPanel::parseMode(modeText);
    if (!mode) {
        setStatus(
            [modeText] { return NamedPipesPanel::tr("Mode '%1' is not an octal mode such as 0600.").arg(modeText); },
            true);
        return false;
    }
    const auto size = static_cast<std::uint32_t>(m_recordSize->value());
    if (checkFifoRecordSize(size) == FifoRecordSizeCheck::NotBlockMultiple) {
        setStatus(
            [size] {
                return NamedPipesPanel::tr("A record of %1 bytes cannot be reassembled: above PIPE_BUF (4096) use a "
                                           "multiple of 4096, for example %2.")
                    .arg(size)
                    .arg((size + kFifoBlockSize - 1) / kFifoBlockSize * kFifoBlockSize);
            },
            true);
        return false;
    }
    const QString child = childProgramPath();
    if (child.isEmpty()) {
        setStatus(
            [] {
                return NamedPipesPanel::tr("pipescope-child was not found next to PipeScope, so no writer can run.");
            },
            true);
        return false;
    }
    const FifoFlow::Settings settings { .writers = static_cast<std::uint32_t>(m_writers->value()),
        .records = static_cast<std::uint32_t>(m_records->value()),
        .recordSize = size,
        .readSize = static_cast<std::size_t>(m_readSize->value()),
        .mode = *mode };
    return m_flow->start(settings, child);
}

void FifoRunControls::stop()
{
    if (m_flow->isRunning())
        setStatus(
            [] {
                return NamedPipesPanel::tr(
                    "Stopping: every writer is killed (SIGKILL) and reaped, then the FIFO is removed.");
            },
            false);
    m_flow->stop();
    updateButtons();
}

QString FifoRunControls::statusText() const
{
    return m_status->text();
}

QString FifoRunControls::lsLine() const
{
    return m_lsLine->text();
}

void FifoRunControls::setStatus(std::function<QString()> text, bool alarm)
{
    m_statusText = std::move(text);
    m_alarm = alarm;
    m_saysRemoved = false;
    applyStatus();
}

void FifoRunControls::applyStatus()
{
    m_status->setText(m_statusText ? m_statusText() : QString());
    fifotext::styleAlarm(m_status, m_alarm);
}

void FifoRunControls::updateAtomicNote()
{
    const int size = m_recordSize->value();
    m_atomicNote->setText(size <= static_cast<int>(kFifoBlockSize)
            ? NamedPipesPanel::tr("Records of %1 bytes ≤ PIPE_BUF (4096): each write(2) is atomic, so no record can "
                                  "be interleaved with another writer's bytes. The reader still gets no record "
                                  "boundaries: one read(2) may return several records, or part of one.")
                  .arg(size)
            : NamedPipesPanel::tr("Records of %1 bytes > PIPE_BUF (4096): such writes may interleave. Linux keeps the "
                                  "pipe locked for a writer's whole copy and lets another writer in only when this "
                                  "one must wait on a full pipe, so a reader that empties the FIFO fast (large reads) "
                                  "makes interleaving rare: it prevents it, it does not hide it. The reader counts "
                                  "every record that was split.")
                  .arg(size));
}

void FifoRunControls::updateLsLine()
{
    if (const auto st = m_flow->stat())
        m_lsLine->setText(NamedPipesPanel::lsText(*st, m_flow->fifoPath()));
    else if (!m_flow->fifoPath().isEmpty())
        m_lsLine->setText(NamedPipesPanel::tr("%1: removed, and its directory %2 with it")
                              .arg(m_flow->fifoPath(), m_flow->fifoDirectory()));
    else
        m_lsLine->setText(
            NamedPipesPanel::tr("No FIFO yet: Start makes one with mkfifo in a private directory (mkdtemp)."));
}

void FifoRunControls::updateButtons()
{
    const bool running = m_flow->isRunning();
    for (QWidget* w : { static_cast<QWidget*>(m_writers), static_cast<QWidget*>(m_records),
             static_cast<QWidget*>(m_recordSize), static_cast<QWidget*>(m_readSize), static_cast<QWidget*>(m_mode) })
        w->setEnabled(!running);
    m_start->setEnabled(!running);
    m_stop->setEnabled(running || m_flow->hasFifo());
}

void FifoRunControls::onFifoChanged()
{
    updateLsLine();
    if (!m_flow->stat() && !m_flow->fifoPath().isEmpty() && !m_flow->isRunning() && !m_alarm && !m_saysRemoved) {
        // The status goes on with the removal, in whichever language it is said.
        std::function<QString()> before = m_statusText;
        setStatus(
            [before]() -> QString {
                const QString removed
                    = NamedPipesPanel::tr("The writers are gone and the FIFO and its private directory were removed.");
                return before ? QString(before() + QLatin1Char(' ') + removed) : removed;
            },
            false);
        m_saysRemoved = true;
    }
    updateButtons();
}

void FifoRunControls::onSampled()
{
    if (!m_following || m_flow->stopping())
        return;
    const FifoRunSnapshot& s = m_flow->snapshot();
    setStatus([this] { return phaseText(m_flow->snapshot()); }, s.finished() && !s.succeeded());
}

void FifoRunControls::onFinished()
{
    m_following = false;
    const FifoRunSnapshot& s = m_flow->snapshot();
    setStatus([this] { return finishedText(m_flow->snapshot()); }, !s.succeeded() && !s.cancelled);
    updateButtons();
}

QString FifoRunControls::phaseText(const FifoRunSnapshot& s) const
{
    const FifoFlow::Settings& o = m_flow->settings();
    switch (s.phase) {
    case FifoRunPhase::Starting:
    case FifoRunPhase::ReaderWaiting:
        return NamedPipesPanel::tr("Waiting for a writer to open: the reader's open(O_RDONLY) blocks until a writer "
                                   "opens the FIFO for writing, while the writer processes start.");
    case FifoRunPhase::WritersGated:
        return NamedPipesPanel::tr(
            "Every writer has the FIFO open and stopped itself (SIGSTOP): their fd tables are read from /proc.");
    case FifoRunPhase::Running:
        return NamedPipesPanel::tr(
            "Writers: %1, each write(2)s records of %2 bytes; the reader read(2)s up to %3 bytes at a time.")
            .arg(o.writers)
            .arg(o.recordSize)
            .arg(o.readSize);
    case FifoRunPhase::Finished:
        return finishedText(s);
    }
    return {};
}

QString FifoRunControls::finishedText(const FifoRunSnapshot& s) const
{
    const FifoStreamStats& st = s.stats;
    // The same closing line as `pipescope-trace fifo`.
    const QString summary = NamedPipesPanel::tr("%1 interleavings in %2 records, %3 bytes lost.")
                                .arg(st.recordsInterleaved)
                                .arg(st.recordsComplete)
                                .arg(st.bytesLost());
    if (s.error)
        return NamedPipesPanel::tr("The run failed: %1").arg(describeError(*s.error));
    if (s.cancelled)
        return NamedPipesPanel::tr("Stopped: the writers were killed (SIGKILL) and reaped; %1 records had arrived.")
            .arg(st.recordsComplete);
    for (const FifoWriterStatus& w : s.writers) {
        if (!w.exit)
            return NamedPipesPanel::tr("Writer %1 was never started. %2").arg(w.id).arg(summary);
        if (w.exit->signaled)
            return NamedPipesPanel::tr("Writer %1 (pid %2) was killed by %3. %4")
                .arg(w.id)
                .arg(w.pid)
                .arg(Describe::signalText(w.exit->code), summary);
        if (w.exit->code != 0)
            return NamedPipesPanel::tr("Writer %1 (pid %2) failed with exit status %3%4. %5")
                .arg(w.id)
                .arg(w.pid)
                .arg(w.exit->code)
                .arg(w.openedFifo ? QString() : NamedPipesPanel::tr(" before it had the FIFO open"), summary);
    }
    return NamedPipesPanel::tr("Done: %1").arg(summary);
}
