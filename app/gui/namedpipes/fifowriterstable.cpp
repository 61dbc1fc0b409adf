// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/fifowriterstable.h"

#include "bridge/fifoflow.h"
#include "namedpipes/namedpipesdiagram.h"
#include "namedpipes/namedpipespanel.h"
#include "text/describe.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QProgressBar>

#include <algorithm>

using namespace pipescope;

// The page's texts keep the translation context they had before the page was split into one class per feature:
// NamedPipesPanel::tr() everywhere here.

FifoWritersTable::FifoWritersTable(FifoFlow* flow, QWidget* parent)
    : QTableWidget(0, 5, parent)
    , m_flow(flow)
{
    setObjectName(QStringLiteral("fifoWritersTable"));
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setStretchLastSection(true);

    connect(m_flow, &FifoFlow::started, this, [this] {
        // A new run: new writers, another number of records each.
        setRowCount(0);
        m_following = true;
    });
    connect(m_flow, &FifoFlow::sampled, this, [this] {
        if (m_following)
            showSnapshot(false);
    });
    connect(m_flow, &FifoFlow::finished, this, [this] {
        showSnapshot(false);
        m_following = false;
    });
    retranslateUi();
}

FifoWritersTable::~FifoWritersTable() = default;

void FifoWritersTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

void FifoWritersTable::retranslateUi()
{
    setAccessibleName(NamedPipesPanel::tr("FIFO writers"));
    setAccessibleDescription(NamedPipesPanel::tr(
        "One row per writer process: its pid, whether it is waiting, writing or done, and how many of its records "
        "the reader got."));
    setHorizontalHeaderLabels({ NamedPipesPanel::tr("Writer"), NamedPipesPanel::tr("PID"), NamedPipesPanel::tr("State"),
        NamedPipesPanel::tr("Records arrived"), NamedPipesPanel::tr("Progress") });
    // The cells are made from the last sample, which the bridge keeps after the run: made again, they are in the
    // new language, and the columns fit the new texts.
    if (rowCount() > 0)
        showSnapshot(true);
}

void FifoWritersTable::showSnapshot(bool fit)
{
    const FifoRunSnapshot& s = m_flow->snapshot();
    const int n = static_cast<int>(s.writers.size());
    const int records = static_cast<int>(m_flow->settings().records);
    if (rowCount() != n) {
        setRowCount(n);
        for (int row = 0; row < n; ++row) {
            for (int c = 0; c < 4; ++c)
                setItem(row, c, new QTableWidgetItem);
            item(row, 0)->setBackground(NamedPipesDiagram::writerColor(row, n).lighter(130));
            auto* bar = new QProgressBar(this);
            bar->setRange(0, records);
            bar->setValue(0);
            setCellWidget(row, 4, bar);
        }
        fit = true;
    }
    // Wide enough for the longest texts the cells will get, once.
    if (fit && n > 0) {
        item(0, 0)->setText(NamedPipesPanel::tr("writer %1").arg(0));
        item(0, 3)->setText(
            NamedPipesPanel::tr("%1 of %2").arg(QLocale().toString(records), QLocale().toString(records)));
        item(0, 1)->setText(QStringLiteral("4194304"));
        item(0, 2)->setText(NamedPipesPanel::tr("exited with status %1").arg(0));
        resizeColumnsToContents();
    }
    for (int row = 0; row < n; ++row) {
        const FifoWriterStatus& w = s.writers[static_cast<std::size_t>(row)];
        item(row, 0)->setText(NamedPipesPanel::tr("writer %1").arg(row));
        item(row, 1)->setText(w.pid > 0 ? QString::number(w.pid) : QString());
        QString state;
        if (w.exit)
            state = w.exit->signaled ? NamedPipesPanel::tr("killed by %1").arg(Describe::signalText(w.exit->code))
                                     : NamedPipesPanel::tr("exited with status %1").arg(w.exit->code);
        else if (w.pid <= 0)
            state = NamedPipesPanel::tr("not started");
        else if (!w.openedFifo)
            state = NamedPipesPanel::tr("blocked in open(O_WRONLY)");
        else if (s.phase < FifoRunPhase::Running)
            state = NamedPipesPanel::tr("stopped after its open");
        else
            state = NamedPipesPanel::tr("writing");
        item(row, 2)->setText(state);
        item(row, 3)->setText(
            NamedPipesPanel::tr("%1 of %2").arg(QLocale().toString(w.recordsReceived), QLocale().toString(records)));
        if (auto* bar = qobject_cast<QProgressBar*>(cellWidget(row, 4)))
            bar->setValue(static_cast<int>(std::min<std::int64_t>(w.recordsReceived, records)));
    }
}
