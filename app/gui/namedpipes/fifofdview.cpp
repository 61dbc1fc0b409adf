// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/fifofdview.h"

#include "bridge/fifoflow.h"
#include "namedpipes/namedpipespanel.h"
#include "text/describe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

using namespace pipescope;

// The page's texts keep the translation context they had before the page was split into one class per feature:
// NamedPipesPanel::tr() everywhere here.

namespace {

// The open flags that matter here, as fdinfo shows them.
QString fdFlags(const FdEntry& e)
{
    QStringList flags;
    if (e.cloexec)
        flags << QStringLiteral("O_CLOEXEC");
    if (e.nonblock)
        flags << QStringLiteral("O_NONBLOCK");
    return flags.join(QLatin1Char(' '));
}

} // namespace

FifoFdView::FifoFdView(FifoFlow* flow, QWidget* parent)
    : QWidget(parent)
    , m_flow(flow)
{
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("fifoFdNote"));
    m_note->setWordWrap(true);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("fifoFdTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);

    connect(m_flow, &FifoFlow::partiesChanged, this, &FifoFdView::updateTable);
    connect(m_flow, &FifoFlow::fifoChanged, this, &FifoFdView::updateTable);
    retranslateUi();
}

FifoFdView::~FifoFdView() = default;

void FifoFdView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FifoFdView::retranslateUi()
{
    m_table->setAccessibleName(NamedPipesPanel::tr("FIFO file descriptors"));
    m_table->setAccessibleDescription(NamedPipesPanel::tr(
        "Every process of the run that has the FIFO open: its fd, access, path, inode and flags, read from /proc."));
    m_table->setHorizontalHeaderLabels({ NamedPipesPanel::tr("Party"), NamedPipesPanel::tr("PID"),
        NamedPipesPanel::tr("fd"), NamedPipesPanel::tr("Access"), NamedPipesPanel::tr("Path"),
        NamedPipesPanel::tr("Inode"), NamedPipesPanel::tr("Flags") });
    // The rows are made from the parties the bridge keeps: made again, they are in the new language.
    updateTable();
}

void FifoFdView::updateTable()
{
    const auto& parties = m_flow->parties();
    const FdTable held = m_flow->heldFdEntries();
    int rows = 0;
    for (const FifoParty& p : parties)
        rows += std::max<int>(1, static_cast<int>(p.fifoFds.size()));
    rows += static_cast<int>(held.size());
    m_table->setRowCount(rows);
    std::set<std::uint64_t> inodes;
    int row = 0;
    const auto put = [this, &row, &inodes](const QString& who, int pid, const FdEntry* e) {
        const QStringList cells { who, QString::number(pid), e ? QString::number(e->fd) : QString(),
            e ? Describe::access(e->access) : QString(),
            e ? QString::fromStdString(e->target) : NamedPipesPanel::tr("no fd on the FIFO"),
            e ? QString::number(e->inode) : QString(), e ? fdFlags(*e) : QString() };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (e)
            inodes.insert(e->inode);
        ++row;
    };
    for (const FifoParty& p : parties) {
        const QString who = p.role == FifoPartyRole::Reader ? NamedPipesPanel::tr("reader (PipeScope)")
                                                            : NamedPipesPanel::tr("writer %1").arg(p.writerId);
        if (p.fifoFds.empty())
            put(who, p.pid, nullptr);
        for (const FdEntry& e : p.fifoFds)
            put(who, p.pid, &e);
    }
    for (const FdEntry& e : held)
        put(NamedPipesPanel::tr("PipeScope (opened by hand)"), static_cast<int>(QCoreApplication::applicationPid()),
            &e);
    m_table->resizeColumnsToContents();

    const int partyCount = static_cast<int>(parties.size());
    if (partyCount == 0 && held.empty()) {
        m_note->setText(NamedPipesPanel::tr("Every process that opens the FIFO is listed here with its fd, read from "
                                            "/proc/<pid>/fd and fdinfo once the writers have opened it."));
    } else if (inodes.size() == 1) {
        m_note->setText(NamedPipesPanel::tr("Processes holding the FIFO: %1. Every fd names the same path and the same "
                                            "inode %2. Writers were read while stopped right after their open; the "
                                            "reader is PipeScope.")
                            .arg(partyCount + (held.empty() ? 0 : 1))
                            .arg(*inodes.begin()));
    } else {
        m_note->setText(NamedPipesPanel::tr("The fds name %1 different inodes.").arg(inodes.size()));
    }
}
