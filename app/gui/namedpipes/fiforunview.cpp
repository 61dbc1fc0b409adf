// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/fiforunview.h"

#include "bridge/fifoflow.h"
#include "namedpipes/namedpipesdiagram.h"
#include "namedpipes/namedpipespanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace pipescope;

// The page's texts keep the translation context they had before the page was split into one class per feature:
// NamedPipesPanel::tr() everywhere here.

namespace {

QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("000 000 000 000")));
    return label;
}

} // namespace

FifoRunView::FifoRunView(FifoFlow* flow, QWidget* parent)
    : QWidget(parent)
    , m_flow(flow)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_diagram = new NamedPipesDiagram(this);
    layout->addWidget(m_diagram, 1);

    m_countersBox = new QGroupBox(this);
    m_countersBox->setObjectName(QStringLiteral("fifoCountersBox"));
    auto* grid = new QGridLayout(m_countersBox);
    m_recordsValue = valueLabel(m_countersBox, QStringLiteral("fifoRecordsValue"));
    m_bytesValue = valueLabel(m_countersBox, QStringLiteral("fifoBytesValue"));
    m_interleavedValue = valueLabel(m_countersBox, QStringLiteral("fifoInterleavedValue"));
    m_lostValue = valueLabel(m_countersBox, QStringLiteral("fifoLostValue"));
    m_fragmentsValue = valueLabel(m_countersBox, QStringLiteral("fifoFragmentsValue"));
    m_corruptValue = valueLabel(m_countersBox, QStringLiteral("fifoCorruptValue"));
    m_rateValue = valueLabel(m_countersBox, QStringLiteral("fifoRateValue"));
    m_openWaitValue = valueLabel(m_countersBox, QStringLiteral("fifoOpenWaitValue"));
    QLabel* const values[] = { m_recordsValue, m_bytesValue, m_interleavedValue, m_lostValue, m_fragmentsValue,
        m_corruptValue, m_rateValue, m_openWaitValue };
    for (int i = 0; i < 8; ++i) {
        auto* name = new QLabel(m_countersBox);
        m_counterNames.push_back(name);
        grid->addWidget(name, i % 4, (i / 4) * 2);
        grid->addWidget(values[i], i % 4, (i / 4) * 2 + 1);
    }
    m_recordsBar = new QProgressBar(m_countersBox);
    m_recordsBar->setObjectName(QStringLiteral("fifoRecordsBar"));
    m_recordsBar->setRange(0, 1);
    m_recordsBar->setValue(0);
    grid->addWidget(m_recordsBar, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addWidget(m_countersBox);

    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &FifoRunView::onFrame);
    connect(m_flow, &FifoFlow::started, this, &FifoRunView::onStarted);
    connect(m_flow, &FifoFlow::sampled, this, &FifoRunView::onSampled);
    connect(m_flow, &FifoFlow::finished, this, &FifoRunView::onFinished);
    retranslateUi();
}

FifoRunView::~FifoRunView() = default;

void FifoRunView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FifoRunView::retranslateUi()
{
    m_countersBox->setTitle(NamedPipesPanel::tr("What the reader proved"));
    const std::pair<QString, QString> names[] = {
        { NamedPipesPanel::tr("Records reassembled:"),
            NamedPipesPanel::tr("Records whose every block arrived, in order, with a correct checksum") },
        { NamedPipesPanel::tr("Bytes read:"), NamedPipesPanel::tr("Every byte the reader's read(2) calls returned") },
        { NamedPipesPanel::tr("Interleaved records:"),
            NamedPipesPanel::tr("Complete records with another writer's bytes between their first and last byte") },
        { NamedPipesPanel::tr("Bytes lost:"),
            NamedPipesPanel::tr("Bytes the writers wrote that never arrived as part of a record") },
        { NamedPipesPanel::tr("Fragments:"),
            NamedPipesPanel::tr("Runs of consecutive bytes of one record: a record in one piece is one fragment") },
        { NamedPipesPanel::tr("Corrupt bytes:"), NamedPipesPanel::tr("Bytes that are not part of any valid block") },
        { NamedPipesPanel::tr("Throughput:"),
            NamedPipesPanel::tr("Bytes read per second since the writers were released") },
        { NamedPipesPanel::tr("Reader's open waited:"),
            NamedPipesPanel::tr("How long the reader's blocking open(O_RDONLY) slept until the first writer opened "
                                "the FIFO") },
    };
    QLabel* const values[] = { m_recordsValue, m_bytesValue, m_interleavedValue, m_lostValue, m_fragmentsValue,
        m_corruptValue, m_rateValue, m_openWaitValue };
    for (std::size_t i = 0; i < m_counterNames.size(); ++i) {
        m_counterNames[i]->setText(names[i].first);
        m_counterNames[i]->setToolTip(names[i].second);
        values[i]->setToolTip(names[i].second);
    }
    // The counters are made from the last sample, which the bridge keeps; the diagram says its own texts again.
    updateCounters();
}

QString FifoRunView::countersText() const
{
    return QStringList { m_recordsValue->text(), m_bytesValue->text(), m_interleavedValue->text(), m_lostValue->text(),
        m_fragmentsValue->text(), m_corruptValue->text(), m_rateValue->text(), m_openWaitValue->text() }
        .join(QLatin1Char('\n'));
}

void FifoRunView::onStarted()
{
    const FifoFlow::Settings& o = m_flow->settings();
    m_diagram->setWriters(static_cast<int>(o.writers), o.recordSize);
    m_following = true;
    m_frameClock.start();
    m_frame.start();
}

void FifoRunView::onSampled()
{
    if (!m_following)
        return;
    m_diagram->showSnapshot(m_flow->snapshot(), m_flow->fifoPath());
    updateCounters();
}

void FifoRunView::onFinished()
{
    m_following = false;
    m_diagram->showSnapshot(m_flow->snapshot(), m_flow->fifoPath());
    updateCounters();
}

void FifoRunView::onFrame()
{
    const double seconds = static_cast<double>(m_frameClock.restart()) / 1000.0;
    m_diagram->advance(std::min(seconds, 0.1));
    if (!m_flow->isRunning() && m_diagram->packetsInFlight() == 0)
        m_frame.stop();
}

void FifoRunView::updateCounters()
{
    const QLocale locale;
    const FifoRunSnapshot& s = m_flow->snapshot();
    const FifoStreamStats& st = s.stats;
    const FifoFlow::Settings& o = m_flow->settings();
    const qint64 expected = static_cast<qint64>(o.writers) * o.records;
    const bool begun = s.phase != FifoRunPhase::Starting || st.bytesReceived > 0 || !s.writers.empty();
    const QString none = NamedPipesPanel::tr("—");
    m_recordsValue->setText(begun
            ? NamedPipesPanel::tr("%1 of %2").arg(locale.toString(st.recordsComplete), locale.toString(expected))
            : none);
    m_bytesValue->setText(begun ? locale.toString(st.bytesReceived) : none);
    m_interleavedValue->setText(begun ? locale.toString(st.recordsInterleaved) : none);
    m_fragmentsValue->setText(begun ? locale.toString(st.fragments) : none);
    m_corruptValue->setText(begun ? locale.toString(st.corruptBytes) : none);
    // Until end of file every byte not read yet may still come: "lost" is only known at the end.
    m_lostValue->setText(st.finished ? locale.toString(st.bytesLost())
            : begun                  ? NamedPipesPanel::tr("known at end of file")
                                     : none);
    m_lostValue->setStyleSheet(st.finished && st.bytesLost() != 0 ? QStringLiteral("color: #b00020;") : QString());
    const double secs = static_cast<double>(s.runNs) / 1e9;
    m_rateValue->setText(secs > 0 && st.bytesReceived > 0 ? NamedPipesPanel::tr("%1 MB/s").arg(
                             locale.toString(static_cast<double>(st.bytesReceived) / secs / 1e6, 'f', 1))
                                                          : none);
    m_openWaitValue->setText(s.phase > FifoRunPhase::ReaderWaiting && s.readerFd >= 0
            ? NamedPipesPanel::tr("%1 ms").arg(locale.toString(static_cast<double>(s.readerOpenWaitNs) / 1e6, 'f', 2))
            : none);
    m_recordsBar->setRange(0, static_cast<int>(std::clamp<qint64>(expected, 1, std::numeric_limits<int>::max())));
    m_recordsBar->setValue(static_cast<int>(std::min<qint64>(st.recordsComplete, m_recordsBar->maximum())));
}
