// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/namedpipespanel.h"

#include "bridge/bridge.h"
#include "bridge/fifoflow.h"
#include "namedpipes/duplextab.h"
#include "namedpipes/fifofdview.h"
#include "namedpipes/fifopermissionsbox.h"
#include "namedpipes/fiforuncontrols.h"
#include "namedpipes/fiforunview.h"
#include "namedpipes/fifowriterstable.h"
#include "namedpipes/rendezvousbox.h"
#include "text/describe.h"

#include <QEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace pipescope;

namespace {

enum Tab { WritersTab, FdTab, AccessTab, DuplexWindowsTab };

} // namespace

NamedPipesPanel::NamedPipesPanel(Bridge* bridge, QWidget* parent)
    : QWidget(parent)
    , m_flow(bridge->fifo())
{
    setObjectName(QStringLiteral("namedPipesPanel"));
    auto* layout = new QVBoxLayout(this);

    m_controls = new FifoRunControls(m_flow, this);
    layout->addWidget(m_controls);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_runView = new FifoRunView(m_flow, splitter);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("namedPipesTabs"));
    m_writersTable = new FifoWritersTable(m_flow, m_tabs);
    m_tabs->addTab(m_writersTable, QString());
    m_fdView = new FifoFdView(m_flow, m_tabs);
    m_tabs->addTab(m_fdView, QString());

    // Permissions and the rendezvous share a tab: both are about what open(2) of the FIFO does.
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    auto* access = new QWidget(scroll);
    auto* accessLayout = new QVBoxLayout(access);
    m_permissions = new FifoPermissionsBox(m_flow, access);
    m_rendezvous = new RendezvousBox(m_flow, access);
    accessLayout->addWidget(m_permissions);
    accessLayout->addWidget(m_rendezvous);
    accessLayout->addStretch(1);
    scroll->setWidget(access);
    m_tabs->addTab(scroll, QString());

    // Scrolled too where the window is narrow: its boxes' titles are long, and the page must fit a 1024-pixel screen.
    auto* duplexScroll = new QScrollArea(m_tabs);
    duplexScroll->setWidgetResizable(true);
    m_duplex = new DuplexTab(bridge->duplex(), bridge, duplexScroll);
    duplexScroll->setWidget(m_duplex);
    m_tabs->addTab(duplexScroll, QString());

    splitter->addWidget(m_runView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_flow, &FifoFlow::started, this, [this] { Q_EMIT runningChanged(true); });
    connect(m_flow, &FifoFlow::finished, this, [this] { Q_EMIT runningChanged(false); });
    connect(m_duplex, &DuplexTab::finished, this, &NamedPipesPanel::duplexFinished);
    connect(m_controls, &FifoRunControls::leavePresenterRequested, this, &NamedPipesPanel::leavePresenterRequested);
    retranslateUi();
}

// m_flow is a child QObject: its destructor kills and reaps the writers and removes the FIFO; the duplex tab's
// bridge waits for a running demo, whose peer is reaped before it returns.
NamedPipesPanel::~NamedPipesPanel() = default;

void NamedPipesPanel::setPresenting(bool presenting)
{
    m_controls->setPresenting(presenting);
    m_tabs->setVisible(!presenting);
}

void NamedPipesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NamedPipesPanel::retranslateUi()
{
    m_tabs->setTabText(WritersTab, tr("Writers"));
    m_tabs->setTabText(FdTab, tr("File descriptors"));
    m_tabs->setTabText(AccessTab, tr("Permissions, open(2)"));
    m_tabs->setTabText(DuplexWindowsTab, tr("Duplex, Windows"));
    m_tabs->setTabToolTip(WritersTab, tr("The writer processes of the run and how many of their records arrived."));
    m_tabs->setTabToolTip(FdTab, tr("Who has the FIFO open, with which fd and flags, read from /proc."));
    m_tabs->setTabToolTip(AccessTab, tr("The FIFO's permission bits, and how open(2) waits for the other side."));
    m_tabs->setTabToolTip(DuplexWindowsTab,
        tr("Two ways on POSIX (two FIFOs, or a socketpair), and a Windows named "
           "pipe, which is duplex (a model)."));
}

std::optional<std::uint32_t> NamedPipesPanel::parseMode(const QString& text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    bool ok = false;
    const uint bits = text.toUInt(&ok, 8);
    if (!ok || bits > 07777U)
        return std::nullopt;
    return bits;
}

QString NamedPipesPanel::lsText(const FifoStat& st, const QString& path)
{
    const QString owner = st.owner.empty() ? QString::number(st.uid) : QString::fromStdString(st.owner);
    const QString group = st.group.empty() ? QString::number(st.gid) : QString::fromStdString(st.group);
    return QStringLiteral("%1 %2 %3 %4 0 %5")
        .arg(fromCore(symbolicMode(st.mode)))
        .arg(st.links)
        .arg(owner, group, path);
}

bool NamedPipesPanel::start()
{
    return m_controls->start();
}

void NamedPipesPanel::stop()
{
    m_controls->stop();
}

bool NamedPipesPanel::isRunning() const
{
    return m_flow->isRunning();
}

NamedPipesDiagram* NamedPipesPanel::diagram() const
{
    return m_runView->diagram();
}

QSpinBox* NamedPipesPanel::writersBox() const
{
    return m_controls->writersBox();
}

QSpinBox* NamedPipesPanel::recordsBox() const
{
    return m_controls->recordsBox();
}

QSpinBox* NamedPipesPanel::recordSizeBox() const
{
    return m_controls->recordSizeBox();
}

QSpinBox* NamedPipesPanel::readSizeBox() const
{
    return m_controls->readSizeBox();
}

QLineEdit* NamedPipesPanel::modeEdit() const
{
    return m_controls->modeEdit();
}

QLineEdit* NamedPipesPanel::chmodEdit() const
{
    return m_permissions->chmodEdit();
}

QPushButton* NamedPipesPanel::startButton() const
{
    return m_controls->startButton();
}

QPushButton* NamedPipesPanel::stopButton() const
{
    return m_controls->stopButton();
}

QPushButton* NamedPipesPanel::chmodButton() const
{
    return m_permissions->chmodButton();
}

QTableWidget* NamedPipesPanel::writersTable() const
{
    return m_writersTable;
}

QTableWidget* NamedPipesPanel::fdTable() const
{
    return m_fdView->table();
}

QTreeWidget* NamedPipesPanel::windowsSteps() const
{
    return m_duplex->windowsSteps();
}

QString NamedPipesPanel::statusText() const
{
    return m_controls->statusText();
}

QString NamedPipesPanel::lsLine() const
{
    return m_controls->lsLine();
}

QString NamedPipesPanel::countersText() const
{
    return m_runView->countersText();
}

QString NamedPipesPanel::openResultText() const
{
    QStringList results;
    for (const QString& text : { m_rendezvous->resultText(), m_permissions->resultText() })
        if (!text.isEmpty())
            results << text;
    return results.join(QLatin1Char('\n'));
}

QString NamedPipesPanel::rendezvousText() const
{
    return m_rendezvous->rendezvousText();
}

QString NamedPipesPanel::duplexText() const
{
    return m_duplex->reportText();
}

void NamedPipesPanel::openNonBlocking(FifoEnd end)
{
    m_rendezvous->openNonBlocking(end);
}

void NamedPipesPanel::openBlocking(FifoEnd end)
{
    m_rendezvous->openBlocking(end);
}

void NamedPipesPanel::closeHeldFds()
{
    m_rendezvous->closeHeldFds();
}

void NamedPipesPanel::applyChmod()
{
    m_permissions->applyChmod();
}

void NamedPipesPanel::tryOpenAsNobody()
{
    m_permissions->tryOpenAsNobody();
}

void NamedPipesPanel::runDuplex(DuplexKind kind)
{
    m_duplex->run(kind);
}
