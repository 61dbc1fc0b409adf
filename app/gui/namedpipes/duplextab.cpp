// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/duplextab.h"

#include "bridge/duplexrun.h"
#include "namedpipes/namedpipespanel.h"
#include "namedpipes/windowspipemodelbox.h"
#include "namedpipes/windowspiperunbox.h"
#include "text/describe.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cerrno>

using namespace pipescope;

// The page's texts keep the translation context they had before the page was split into one class per feature:
// NamedPipesPanel::tr() everywhere here.

DuplexTab::DuplexTab(DuplexRun* duplexRun, Bridge* bridge, QWidget* parent)
    : QWidget(parent)
    , m_run(duplexRun)
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);

    m_posixBox = new QGroupBox(this);
    m_posixBox->setObjectName(QStringLiteral("duplexPosixBox"));
    auto* posixLayout = new QVBoxLayout(m_posixBox);
    auto* buttons = new QHBoxLayout;
    m_fifoPairButton = new QPushButton(m_posixBox);
    m_fifoPairButton->setObjectName(QStringLiteral("duplexFifoPair"));
    m_socketPairButton = new QPushButton(m_posixBox);
    m_socketPairButton->setObjectName(QStringLiteral("duplexSocketPair"));
    buttons->addWidget(m_fifoPairButton);
    buttons->addWidget(m_socketPairButton);
    buttons->addStretch(1);
    posixLayout->addLayout(buttons);
    m_report = new QPlainTextEdit(m_posixBox);
    m_report->setObjectName(QStringLiteral("duplexReport"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    posixLayout->addWidget(m_report, 1);
    splitter->addWidget(m_posixBox);

    // The model and, under it, the same calls run under Wine.
    auto* windowsColumn = new QWidget(this);
    auto* windowsLayout = new QVBoxLayout(windowsColumn);
    windowsLayout->setContentsMargins(0, 0, 0, 0);
    m_windows = new WindowsPipeModelBox(windowsColumn);
    m_windowsRun = new WindowsPipeRunBox(bridge, windowsColumn);
    windowsLayout->addWidget(m_windows, 1);
    windowsLayout->addWidget(m_windowsRun, 1);
    splitter->addWidget(windowsColumn);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);

    connect(m_fifoPairButton, &QPushButton::clicked, this, [this] { run(DuplexKind::FifoPair); });
    connect(m_socketPairButton, &QPushButton::clicked, this, [this] { run(DuplexKind::SocketPair); });
    connect(m_run, &DuplexRun::finished, this, [this](DuplexKind kind, const Result<DuplexReport>& report) {
        m_kind = kind;
        m_result = report;
        showReport();
        updateButtons();
        Q_EMIT finished();
    });
    retranslateUi();
    updateButtons();
}

DuplexTab::~DuplexTab() = default;

void DuplexTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DuplexTab::retranslateUi()
{
    m_posixBox->setTitle(
        NamedPipesPanel::tr("POSIX: a FIFO goes one way — two ways need two channels (real, runs here)"));
    m_report->setAccessibleDescription(
        NamedPipesPanel::tr("What the two processes sent each other and what each received, from the real run."));
    m_fifoPairButton->setText(NamedPipesPanel::tr("Run with a &pair of FIFOs"));
    m_fifoPairButton->setToolTip(
        NamedPipesPanel::tr("Talk both ways with a forked peer over two FIFOs, one per direction"));
    m_socketPairButton->setText(NamedPipesPanel::tr("Run with a soc&ketpair"));
    m_socketPairButton->setToolTip(
        NamedPipesPanel::tr("Talk both ways with a forked peer over one socketpair: both directions on one fd"));
    m_report->setPlaceholderText(NamedPipesPanel::tr("PipeScope forks a peer, sends it a message and reads the echo: "
                                                     "over two FIFOs (one per direction) or over one socketpair (both "
                                                     "ways on one fd)."));
    showReport();
}

void DuplexTab::run(DuplexKind kind)
{
    if (!m_run->start(kind))
        return;
    m_result.reset();
    showReport();
    updateButtons();
}

bool DuplexTab::isRunning() const
{
    return m_run->isRunning();
}

QString DuplexTab::reportText() const
{
    return m_report->toPlainText();
}

QTreeWidget* DuplexTab::windowsSteps() const
{
    return m_windows->steps();
}

void DuplexTab::updateButtons()
{
    m_fifoPairButton->setEnabled(!m_run->isRunning());
    m_socketPairButton->setEnabled(!m_run->isRunning());
}

void DuplexTab::showReport()
{
    if (m_run->isRunning()) {
        m_report->setPlainText(NamedPipesPanel::tr("Running…"));
        return;
    }
    if (!m_result) {
        m_report->clear();
        return;
    }
    if (!*m_result) {
        m_report->setPlainText(describeError(m_result->error()));
        return;
    }
    const DuplexReport& r = **m_result;
    const DuplexKind kind = m_kind;
    QStringList lines;
    lines << (kind == DuplexKind::FifoPair
            ? NamedPipesPanel::tr("Two FIFOs, one per direction: a2b and b2a")
            : NamedPipesPanel::tr("One socketpair(AF_UNIX, SOCK_STREAM): one fd per side, both ways"));
    const auto side = [&lines](const QString& who, const DuplexSide& s) {
        for (const FdEntry& e : s.fds)
            lines << QStringLiteral("  %1 pid %2  fd %3  %4  %5  inode %6")
                         .arg(who, -8)
                         .arg(s.pid)
                         .arg(e.fd)
                         .arg(Describe::access(e.access), -6)
                         .arg(QString::fromStdString(e.target))
                         .arg(e.inode);
    };
    side(NamedPipesPanel::tr("parent"), r.parent);
    side(NamedPipesPanel::tr("peer"), r.peer);
    lines << NamedPipesPanel::tr("sent %1 bytes, %2 came back: %3")
                 .arg(r.bytesToPeer)
                 .arg(r.bytesFromPeer)
                 .arg(r.echoed ? NamedPipesPanel::tr("the same message") : NamedPipesPanel::tr("NOT the same message"));
    if (kind == DuplexKind::FifoPair)
        lines << (r.wrongWayErrno == EBADF
                ? NamedPipesPanel::tr("write(2) on the parent's read end of b2a: EBADF, because the parent opened it "
                                      "O_RDONLY. The real limit is that a FIFO is one byte queue: whatever is written, "
                                      "from either side, goes into the same queue, so two directions need two FIFOs.")
                : NamedPipesPanel::tr("write(2) on the parent's read end of b2a: %1")
                      .arg(Describe::errnoText(r.wrongWayErrno)));
    else
        lines << (r.wrongWayErrno == 0 ? NamedPipesPanel::tr(
                      "write(2) on the very fd the parent reads from: it succeeds — a socket goes both ways.")
                                       : NamedPipesPanel::tr("write(2) on the very fd the parent reads from: %1")
                                             .arg(Describe::errnoText(r.wrongWayErrno)));
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
}
