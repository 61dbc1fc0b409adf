// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/namedpipespanel.h"

#include "bridge/childprogram.h"
#include "fifo/namedpipemodel.h"
#include "namedpipes/namedpipesdiagram.h"
#include "text/describe.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <memory>
#include <set>

using namespace pipescope;

namespace {

constexpr std::uint32_t kNobody = 65534; // the uid and gid Debian gives the user "nobody"
constexpr std::string_view kDuplexMessage = "ping through both directions";

QString octal(std::uint32_t bits)
{
    return QStringLiteral("0%1").arg(bits & 07777U, 3, 8, QLatin1Char('0'));
}

QString flagNames(std::uint32_t bits, std::initializer_list<std::pair<std::uint32_t, const char*>> names)
{
    QStringList out;
    for (const auto& [bit, name] : names)
        if (bit == 0 ? false : (bits & bit) == bit)
            out << QLatin1String(name);
    return out.join(QStringLiteral(" | "));
}

QString winErrorName(std::uint32_t e)
{
    switch (e) {
    case 0:
        return NamedPipesPanel::tr("succeeds");
    case win32::ERROR_ACCESS_DENIED:
        return QStringLiteral("ERROR_ACCESS_DENIED");
    case win32::ERROR_PIPE_BUSY:
        return QStringLiteral("ERROR_PIPE_BUSY");
    case win32::ERROR_PIPE_CONNECTED:
        return QStringLiteral("ERROR_PIPE_CONNECTED");
    default:
        return QString::number(e);
    }
}

QString posixText(PosixCounterpart c)
{
    switch (c) {
    case PosixCounterpart::Mkfifo:
        return NamedPipesPanel::tr("mkfifo: one FIFO, made once, not one per client");
    case PosixCounterpart::OpenRead:
        return NamedPipesPanel::tr("open(O_RDONLY): waits until a writer opens");
    case PosixCounterpart::OpenWrite:
        return NamedPipesPanel::tr("open(O_WRONLY): waits for a reader; with O_NONBLOCK fails with ENXIO");
    case PosixCounterpart::ModeBits:
        return NamedPipesPanel::tr("rwx mode bits of owner, group and others instead of a DACL; root bypasses them");
    case PosixCounterpart::Read:
        return NamedPipesPanel::tr("read(2)");
    case PosixCounterpart::Write:
        return NamedPipesPanel::tr("write(2)");
    case PosixCounterpart::Close:
        return NamedPipesPanel::tr("close(2)");
    case PosixCounterpart::SecondFifo:
        return NamedPipesPanel::tr("needs a second FIFO (or a socketpair): one FIFO goes one way");
    case PosixCounterpart::NoInstances:
        return NamedPipesPanel::tr("none: every writer shares the one FIFO, a reply cannot be addressed");
    case PosixCounterpart::LocalOnly:
        return NamedPipesPanel::tr("none: a FIFO never crosses the network, even on a network file system");
    case PosixCounterpart::NoMessages:
        return NamedPipesPanel::tr("none: a FIFO is a byte stream with no record boundaries; writes up to PIPE_BUF "
                                   "are not interleaved, but reads can still merge or split them");
    }
    return {};
}

QString partyText(const NamedPipeModelStep& s)
{
    switch (s.party) {
    case NamedPipeParty::Server:
        return NamedPipesPanel::tr("server");
    case NamedPipeParty::Client:
        return s.remote ? NamedPipesPanel::tr("client %1 (remote)").arg(s.client)
                        : NamedPipesPanel::tr("client %1").arg(s.client);
    case NamedPipeParty::Redirector:
        return NamedPipesPanel::tr("SMB redirector (client %1)").arg(s.client);
    }
    return {};
}

QString callText(const NamedPipeModelStep& s, const NamedPipeModel& m)
{
    const QString name = fromCore(namedPipeCallName(s.call));
    switch (s.call) {
    case NamedPipeCall::CreateNamedPipe:
        return QStringLiteral("CreateNamedPipe(\"%1\",\n    %2,\n    %3,\n    %4)")
            .arg(QString::fromStdString(m.pipeName),
                flagNames(s.openMode, { { win32::PIPE_ACCESS_DUPLEX, "PIPE_ACCESS_DUPLEX" } }),
                flagNames(s.pipeMode,
                    { { win32::PIPE_TYPE_MESSAGE, "PIPE_TYPE_MESSAGE" },
                        { win32::PIPE_READMODE_MESSAGE, "PIPE_READMODE_MESSAGE" },
                        { win32::PIPE_REJECT_REMOTE_CLIENTS, "PIPE_REJECT_REMOTE_CLIENTS" } }),
                NamedPipesPanel::tr("instance %1, SDDL").arg(s.instance));
    case NamedPipeCall::CreateFile:
        return QStringLiteral("CreateFile(\"%1\",\n    %2)")
            .arg(QString::fromStdString(m.clientPath),
                flagNames(s.desiredAccess,
                    { { win32::GENERIC_READ, "GENERIC_READ" }, { win32::GENERIC_WRITE, "GENERIC_WRITE" } }));
    case NamedPipeCall::SmbTreeConnect:
        return NamedPipesPanel::tr("SMB TREE_CONNECT to \\\\SERVER\\IPC$ (TCP 445, authenticated)");
    case NamedPipeCall::PipeBusy:
        return NamedPipesPanel::tr("CreateFile: every instance is taken");
    case NamedPipeCall::WriteFile:
    case NamedPipeCall::ReadFile:
        switch (s.direction) {
        case NamedPipeDirection::ClientToServer:
            return NamedPipesPanel::tr("%1 (client → server, one message)").arg(name);
        case NamedPipeDirection::ServerToClient:
            return NamedPipesPanel::tr("%1 (server → client, one message)").arg(name);
        case NamedPipeDirection::None:
            break;
        }
        return name;
    default:
        return name;
    }
}

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

QString accessText(Access a)
{
    return Describe::access(a);
}

// Bold for a sentence that matters now, red for one that went wrong.
void styleStatus(QLabel* label, bool alarm)
{
    label->setStyleSheet(alarm ? QStringLiteral("color: #b00020;") : QString());
}

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

NamedPipesPanel::NamedPipesPanel(QWidget* parent)
    : QWidget(parent)
    , m_flow(new FifoFlow(this))
{
    setObjectName(QStringLiteral("namedPipesPanel"));
    auto* layout = new QVBoxLayout(this);

    // The controls of `pipescope-trace fifo`.
    auto* controls = new QHBoxLayout;
    const auto addSpin = [this, controls](const QString& label, const QString& name, int min, int max, int value,
                             const QString& suffix, const QString& tip) {
        auto* box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(min, max);
        box->setValue(value);
        box->setSuffix(suffix);
        box->setToolTip(tip);
        box->setGroupSeparatorShown(true);
        auto* l = new QLabel(label, this);
        l->setBuddy(box);
        controls->addWidget(l);
        controls->addWidget(box);
        return box;
    };
    m_writers = addSpin(tr("&Writers:"), QStringLiteral("fifoWriters"), 1, static_cast<int>(kFifoMaxWriters), 4,
        QString(), tr("How many pipescope-child fifo-writer processes write into the FIFO"));
    m_records = addSpin(tr("&Records each:"), QStringLiteral("fifoRecords"), 1, 1'000'000, 1000, QString(),
        tr("How many records every writer writes, each with one write(2)"));
    m_recordSize = addSpin(tr("Record si&ze:"), QStringLiteral("fifoRecordSize"), static_cast<int>(kFifoHeaderSize),
        static_cast<int>(kFifoMaxRecordSize), 512, tr(" B"),
        tr("Bytes per record. Up to PIPE_BUF (4096) a write is atomic; above it the size must be a multiple of "
           "4096 so that the reader can reassemble split records"));
    m_readSize = addSpin(tr("Rea&d size:"), QStringLiteral("fifoReadSize"), 1, static_cast<int>(kFifoMaxReadSize),
        static_cast<int>(kFifoBlockSize), tr(" B"), tr("Bytes the reader asks for with each read(2)"));
    m_mode = new QLineEdit(QStringLiteral("0600"), this);
    m_mode->setObjectName(QStringLiteral("fifoMode"));
    m_mode->setMaxLength(5);
    m_mode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-7]{1,5}")), m_mode));
    m_mode->setMaximumWidth(m_mode->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_mode->setToolTip(tr("The FIFO's permission bits in octal, given to mkfifo and set exactly (no umask)"));
    auto* modeLabel = new QLabel(tr("&Mode:"), this);
    modeLabel->setBuddy(m_mode);
    controls->addWidget(modeLabel);
    controls->addWidget(m_mode);
    controls->addStretch(1);
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("fifoStart"));
    m_start->setToolTip(tr("Make a new FIFO and start the writers and the reader"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("fifoStop"));
    m_stop->setToolTip(tr("Kill every writer (SIGKILL), reap it, and remove the FIFO and its directory"));
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    layout->addLayout(controls);

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
    m_lsLine->setToolTip(tr("The FIFO as ls -l shows it: type p, mode bits, links, owner, group, path"));
    layout->addWidget(m_lsLine);

    m_atomicNote = new QLabel(this);
    m_atomicNote->setWordWrap(true);
    layout->addWidget(m_atomicNote);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_diagram = new NamedPipesDiagram(left);
    leftLayout->addWidget(m_diagram, 1);
    leftLayout->addWidget(buildCountersBox());

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("namedPipesTabs"));
    m_writersTable = new QTableWidget(0, 5, m_tabs);
    m_writersTable->setObjectName(QStringLiteral("fifoWritersTable"));
    m_writersTable->setHorizontalHeaderLabels(
        { tr("Writer"), tr("PID"), tr("State"), tr("Records arrived"), tr("Progress") });
    m_writersTable->verticalHeader()->hide();
    m_writersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_writersTable->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_writersTable, tr("Writers"));

    auto* fdPage = new QWidget(m_tabs);
    auto* fdLayout = new QVBoxLayout(fdPage);
    m_fdNote = new QLabel(fdPage);
    m_fdNote->setObjectName(QStringLiteral("fifoFdNote"));
    m_fdNote->setWordWrap(true);
    m_fdTable = new QTableWidget(0, 7, fdPage);
    m_fdTable->setObjectName(QStringLiteral("fifoFdTable"));
    m_fdTable->setHorizontalHeaderLabels(
        { tr("Party"), tr("PID"), tr("fd"), tr("Access"), tr("Path"), tr("Inode"), tr("Flags") });
    m_fdTable->verticalHeader()->hide();
    m_fdTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fdTable->horizontalHeader()->setStretchLastSection(true);
    fdLayout->addWidget(m_fdNote);
    fdLayout->addWidget(m_fdTable, 1);
    m_tabs->addTab(fdPage, tr("File descriptors"));
    m_tabs->addTab(buildPermissionsTab(), tr("Permissions, open(2)"));
    m_tabs->addTab(buildDuplexTab(), tr("Duplex, Windows"));

    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &NamedPipesPanel::onFrame);
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_stop, &QPushButton::clicked, this, &NamedPipesPanel::stop);
    connect(m_flow, &FifoFlow::started, this, &NamedPipesPanel::onStarted);
    connect(m_flow, &FifoFlow::sampled, this, &NamedPipesPanel::onSampled);
    connect(m_flow, &FifoFlow::finished, this, &NamedPipesPanel::onFinished);
    connect(m_flow, &FifoFlow::failed, this, &NamedPipesPanel::onFailed);
    connect(m_flow, &FifoFlow::fifoChanged, this, &NamedPipesPanel::onFifoChanged);
    connect(m_flow, &FifoFlow::partiesChanged, this, &NamedPipesPanel::onPartiesChanged);
    connect(m_recordSize, &QSpinBox::valueChanged, this, [this] {
        const int size = m_recordSize->value();
        m_atomicNote->setText(size <= static_cast<int>(kFifoBlockSize)
                ? tr("Records of %1 bytes ≤ PIPE_BUF (4096): each write(2) is atomic, so no record can be "
                     "interleaved with another writer's bytes. The reader still gets no record boundaries: one "
                     "read(2) may return several records, or part of one.")
                      .arg(size)
                : tr("Records of %1 bytes > PIPE_BUF (4096): such writes may interleave. Linux keeps the pipe locked "
                     "for a writer's whole copy and lets another writer in only when this one must wait on a full "
                     "pipe, so a reader that empties the FIFO fast (large reads) makes interleaving rare: it "
                     "prevents it, it does not hide it. The reader counts every record that was split.")
                      .arg(size));
    });
    Q_EMIT m_recordSize->valueChanged(m_recordSize->value());

    setStatus(tr("Choose the writers and records and press Start: a FIFO is made with mkfifo in a private directory "
                 "and real writer processes open it."),
        false);
    onFifoChanged();
    updateCounters(FifoRunSnapshot {});
    showWindowsModel();
    updateButtons();
}

NamedPipesPanel::~NamedPipesPanel()
{
    if (m_duplexThread.joinable())
        m_duplexThread.join();
    // m_flow is a child QObject: its destructor kills and reaps the writers and removes the FIFO.
}

QWidget* NamedPipesPanel::buildCountersBox()
{
    auto* box = new QGroupBox(tr("What the reader proved"), this);
    auto* grid = new QGridLayout(box);
    const auto add = [box, grid](int row, int column, const QString& label, QLabel* value, const QString& tip) {
        auto* l = new QLabel(label, box);
        l->setToolTip(tip);
        value->setToolTip(tip);
        grid->addWidget(l, row, column * 2);
        grid->addWidget(value, row, column * 2 + 1);
    };
    m_recordsValue = valueLabel(box, QStringLiteral("fifoRecordsValue"));
    m_bytesValue = valueLabel(box, QStringLiteral("fifoBytesValue"));
    m_interleavedValue = valueLabel(box, QStringLiteral("fifoInterleavedValue"));
    m_lostValue = valueLabel(box, QStringLiteral("fifoLostValue"));
    m_fragmentsValue = valueLabel(box, QStringLiteral("fifoFragmentsValue"));
    m_corruptValue = valueLabel(box, QStringLiteral("fifoCorruptValue"));
    m_rateValue = valueLabel(box, QStringLiteral("fifoRateValue"));
    m_openWaitValue = valueLabel(box, QStringLiteral("fifoOpenWaitValue"));
    add(0, 0, tr("Records reassembled:"), m_recordsValue,
        tr("Records whose every block arrived, in order, with a correct checksum"));
    add(1, 0, tr("Bytes read:"), m_bytesValue, tr("Every byte the reader's read(2) calls returned"));
    add(2, 0, tr("Interleaved records:"), m_interleavedValue,
        tr("Complete records with another writer's bytes between their first and last byte"));
    add(3, 0, tr("Bytes lost:"), m_lostValue, tr("Bytes the writers wrote that never arrived as part of a record"));
    add(0, 1, tr("Fragments:"), m_fragmentsValue,
        tr("Runs of consecutive bytes of one record: a record in one piece is one fragment"));
    add(1, 1, tr("Corrupt bytes:"), m_corruptValue, tr("Bytes that are not part of any valid block"));
    add(2, 1, tr("Throughput:"), m_rateValue, tr("Bytes read per second since the writers were released"));
    add(3, 1, tr("Reader's open waited:"), m_openWaitValue,
        tr("How long the reader's blocking open(O_RDONLY) slept until the first writer opened the FIFO"));
    m_recordsBar = new QProgressBar(box);
    m_recordsBar->setObjectName(QStringLiteral("fifoRecordsBar"));
    m_recordsBar->setRange(0, 1);
    m_recordsBar->setValue(0);
    grid->addWidget(m_recordsBar, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

QWidget* NamedPipesPanel::buildPermissionsTab()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);

    auto* perm = new QGroupBox(tr("Permissions"), page);
    auto* permLayout = new QVBoxLayout(perm);
    auto* chmodRow = new QHBoxLayout;
    m_chmodEdit = new QLineEdit(QStringLiteral("0600"), perm);
    m_chmodEdit->setObjectName(QStringLiteral("fifoChmodMode"));
    m_chmodEdit->setToolTip(tr("The new mode in octal, e.g. 0600 (owner reads and writes) or 0644"));
    m_chmodEdit->setMaxLength(5);
    m_chmodEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-7]{1,5}")), m_chmodEdit));
    m_chmodEdit->setMaximumWidth(m_chmodEdit->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_chmodButton = new QPushButton(tr("&chmod"), perm);
    m_chmodButton->setObjectName(QStringLiteral("fifoChmod"));
    m_chmodButton->setToolTip(tr("Change the FIFO's mode bits; the next open(2) is checked against them"));
    auto* chmodLabel = new QLabel(tr("New mode:"), perm);
    chmodLabel->setBuddy(m_chmodEdit);
    chmodRow->addWidget(chmodLabel);
    chmodRow->addWidget(m_chmodEdit);
    chmodRow->addWidget(m_chmodButton);
    chmodRow->addStretch(1);
    permLayout->addLayout(chmodRow);
    auto* chmodNote = new QLabel(tr("A new mode takes effect for the next open(2): fds that are already open keep "
                                    "working, since permissions are only checked when a file is opened."),
        perm);
    chmodNote->setWordWrap(true);
    permLayout->addWidget(chmodNote);
    m_rootNote = new QLabel(perm);
    m_rootNote->setObjectName(QStringLiteral("fifoRootNote"));
    m_rootNote->setWordWrap(true);
    m_rootNote->setText(FifoSession::runningAsRoot()
            ? tr("PipeScope runs as root (geteuid() == 0): root bypasses the mode bits, so every open from here "
                 "succeeds whatever the mode. \"Open as nobody\" shows what another user gets.")
            : tr("PipeScope does not run as root, so the mode bits apply to it: chmod 0000 and an open fails with "
                 "EACCES (Permission denied)."));
    permLayout->addWidget(m_rootNote);
    layout->addWidget(perm);

    auto* rv = new QGroupBox(tr("Rendezvous: open(2) of a FIFO"), page);
    auto* rvLayout = new QVBoxLayout(rv);
    auto* explain = new QLabel(tr("A blocking open of a FIFO waits until another process opens the other end. "
                                  "With O_NONBLOCK it returns at once: a read end always opens, a write end fails "
                                  "with ENXIO while nobody has the FIFO open for reading."),
        rv);
    explain->setWordWrap(true);
    rvLayout->addWidget(explain);
    auto* buttons = new QGridLayout;
    m_openReadBlocking = new QPushButton(QStringLiteral("open(O_RDONLY)"), rv);
    m_openReadBlocking->setObjectName(QStringLiteral("fifoOpenReadBlocking"));
    m_openReadBlocking->setToolTip(tr("A blocking open for reading, on a thread of its own: it waits for a writer"));
    m_openWriteBlocking = new QPushButton(QStringLiteral("open(O_WRONLY)"), rv);
    m_openWriteBlocking->setObjectName(QStringLiteral("fifoOpenWriteBlocking"));
    m_openWriteBlocking->setToolTip(tr("A blocking open for writing, on a thread of its own: it waits for a reader"));
    m_openReadNb = new QPushButton(QStringLiteral("open(O_RDONLY | O_NONBLOCK)"), rv);
    m_openReadNb->setObjectName(QStringLiteral("fifoOpenReadNonBlocking"));
    m_openReadNb->setToolTip(tr("A non-blocking open for reading: returns at once, writer or not"));
    m_openWriteNb = new QPushButton(QStringLiteral("open(O_WRONLY | O_NONBLOCK)"), rv);
    m_openWriteNb->setObjectName(QStringLiteral("fifoOpenWriteNonBlocking"));
    m_openWriteNb->setToolTip(
        tr("A non-blocking open for writing: fails with ENXIO while no reader has the FIFO open"));
    m_closeHeld = new QPushButton(tr("C&lose these fds"), rv);
    m_closeHeld->setObjectName(QStringLiteral("fifoCloseHeld"));
    m_closeHeld->setToolTip(tr("Close every fd opened here and give up a waiting open"));
    m_tryAsNobody = new QPushButton(tr("Open as &nobody (uid %1)").arg(kNobody), rv);
    m_tryAsNobody->setObjectName(QStringLiteral("fifoOpenAsNobody"));
    m_tryAsNobody->setToolTip(tr("A helper process becomes user nobody and opens the FIFO for reading "
                                 "(O_NONBLOCK): what another user gets"));
    buttons->addWidget(m_openReadBlocking, 0, 0);
    buttons->addWidget(m_openWriteBlocking, 0, 1);
    buttons->addWidget(m_openReadNb, 1, 0);
    buttons->addWidget(m_openWriteNb, 1, 1);
    buttons->addWidget(m_closeHeld, 2, 0);
    buttons->addWidget(m_tryAsNobody, 2, 1);
    rvLayout->addLayout(buttons);
    m_rendezvous = new QLabel(rv);
    m_rendezvous->setObjectName(QStringLiteral("fifoRendezvous"));
    m_rendezvous->setWordWrap(true);
    m_rendezvous->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_rendezvous->font();
    bold.setBold(true);
    m_rendezvous->setFont(bold);
    rvLayout->addWidget(m_rendezvous);
    m_openResult = new QLabel(rv);
    m_openResult->setObjectName(QStringLiteral("fifoOpenResult"));
    m_openResult->setWordWrap(true);
    m_openResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rvLayout->addWidget(m_openResult);
    layout->addWidget(rv);
    layout->addStretch(1);
    scroll->setWidget(page);

    connect(m_chmodButton, &QPushButton::clicked, this, &NamedPipesPanel::applyChmod);
    connect(m_chmodEdit, &QLineEdit::returnPressed, this, &NamedPipesPanel::applyChmod);
    connect(m_openReadBlocking, &QPushButton::clicked, this, [this] { openBlocking(FifoEnd::Read); });
    connect(m_openWriteBlocking, &QPushButton::clicked, this, [this] { openBlocking(FifoEnd::Write); });
    connect(m_openReadNb, &QPushButton::clicked, this, [this] { openNonBlocking(FifoEnd::Read); });
    connect(m_openWriteNb, &QPushButton::clicked, this, [this] { openNonBlocking(FifoEnd::Write); });
    connect(m_closeHeld, &QPushButton::clicked, this, &NamedPipesPanel::closeHeldFds);
    connect(m_tryAsNobody, &QPushButton::clicked, this, &NamedPipesPanel::tryOpenAsNobody);
    return scroll;
}

QWidget* NamedPipesPanel::buildDuplexTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* splitter = new QSplitter(Qt::Vertical, page);

    auto* posix = new QGroupBox(tr("POSIX: a FIFO goes one way — two ways need two channels (real, runs here)"), page);
    auto* posixLayout = new QVBoxLayout(posix);
    auto* buttons = new QHBoxLayout;
    m_fifoPairButton = new QPushButton(tr("Run with a &pair of FIFOs"), posix);
    m_fifoPairButton->setObjectName(QStringLiteral("duplexFifoPair"));
    m_fifoPairButton->setToolTip(tr("Talk both ways with a forked peer over two FIFOs, one per direction"));
    m_socketPairButton = new QPushButton(tr("Run with a soc&ketpair"), posix);
    m_socketPairButton->setObjectName(QStringLiteral("duplexSocketPair"));
    m_socketPairButton->setToolTip(
        tr("Talk both ways with a forked peer over one socketpair: both directions on one fd"));
    buttons->addWidget(m_fifoPairButton);
    buttons->addWidget(m_socketPairButton);
    buttons->addStretch(1);
    posixLayout->addLayout(buttons);
    m_duplexText = new QPlainTextEdit(posix);
    m_duplexText->setObjectName(QStringLiteral("duplexReport"));
    m_duplexText->setReadOnly(true);
    m_duplexText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_duplexText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_duplexText->setPlaceholderText(tr("PipeScope forks a peer, sends it a message and reads the echo: over two "
                                        "FIFOs (one per direction) or over one socketpair (both ways on one fd)."));
    posixLayout->addWidget(m_duplexText, 1);
    splitter->addWidget(posix);

    auto* windows = new QGroupBox(tr("Windows named pipe — a MODEL: nothing of it runs here"), page);
    windows->setObjectName(QStringLiteral("windowsModelBox"));
    auto* winLayout = new QVBoxLayout(windows);
    m_remoteClients = new QCheckBox(tr("Clients on &another machine (over SMB)"), windows);
    m_remoteClients->setChecked(true);
    m_remoteClients->setToolTip(
        tr("Show the model with clients on other machines, which a Windows named pipe allows and a FIFO does not"));
    winLayout->addWidget(m_remoteClients);
    m_windowsInfo = new QLabel(windows);
    m_windowsInfo->setWordWrap(true);
    m_windowsInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    winLayout->addWidget(m_windowsInfo);
    m_windowsSteps = new QTreeWidget(windows);
    m_windowsSteps->setObjectName(QStringLiteral("windowsModelSteps"));
    m_windowsSteps->setRootIsDecorated(false);
    m_windowsSteps->setColumnCount(3);
    m_windowsSteps->setHeaderLabels({ tr("Who"), tr("Win32 call (model)"), tr("Result") });
    m_windowsSteps->setIndentation(12);
    m_windowsSteps->header()->setStretchLastSection(false);
    m_windowsSteps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_windowsSteps->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_windowsSteps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    winLayout->addWidget(m_windowsSteps, 1);
    splitter->addWidget(windows);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);

    connect(m_fifoPairButton, &QPushButton::clicked, this, [this] { runDuplex(DuplexKind::FifoPair); });
    connect(m_socketPairButton, &QPushButton::clicked, this, [this] { runDuplex(DuplexKind::SocketPair); });
    connect(m_remoteClients, &QCheckBox::toggled, this, &NamedPipesPanel::showWindowsModel);
    return page;
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
    if (m_flow->isRunning())
        return false;
    const auto mode = parseMode(m_mode->text());
    if (!mode) {
        setStatus(tr("Mode '%1' is not an octal mode such as 0600.").arg(m_mode->text()), true);
        return false;
    }
    const auto size = static_cast<std::uint32_t>(m_recordSize->value());
    if (checkFifoRecordSize(size) == FifoRecordSizeCheck::NotBlockMultiple) {
        setStatus(tr("A record of %1 bytes cannot be reassembled: above PIPE_BUF (4096) use a multiple of 4096, "
                     "for example %2.")
                      .arg(size)
                      .arg((size + kFifoBlockSize - 1) / kFifoBlockSize * kFifoBlockSize),
            true);
        return false;
    }
    const QString child = childProgramPath();
    if (child.isEmpty()) {
        setStatus(tr("pipescope-child was not found next to PipeScope, so no writer can run."), true);
        return false;
    }
    const FifoFlow::Settings settings { .writers = static_cast<std::uint32_t>(m_writers->value()),
        .records = static_cast<std::uint32_t>(m_records->value()),
        .recordSize = size,
        .readSize = static_cast<std::size_t>(m_readSize->value()),
        .mode = *mode };
    m_diagram->setWriters(m_writers->value(), size);
    m_writersTable->setRowCount(0);
    m_fdTable->setRowCount(0);
    m_openResult->clear();
    return m_flow->start(settings, child);
}

void NamedPipesPanel::stop()
{
    if (m_flow->isRunning())
        setStatus(tr("Stopping: every writer is killed (SIGKILL) and reaped, then the FIFO is removed."), false);
    m_flow->stop();
    updateButtons();
}

bool NamedPipesPanel::isRunning() const
{
    return m_flow->isRunning();
}

QString NamedPipesPanel::statusText() const
{
    return m_status->text();
}

QString NamedPipesPanel::lsLine() const
{
    return m_lsLine->text();
}

QString NamedPipesPanel::openResultText() const
{
    return m_openResult->text();
}

QString NamedPipesPanel::rendezvousText() const
{
    return m_rendezvous->text();
}

QString NamedPipesPanel::duplexText() const
{
    return m_duplexText->toPlainText();
}

QString NamedPipesPanel::countersText() const
{
    return QStringList { m_recordsValue->text(), m_bytesValue->text(), m_interleavedValue->text(), m_lostValue->text(),
        m_fragmentsValue->text(), m_corruptValue->text(), m_rateValue->text(), m_openWaitValue->text() }
        .join(QLatin1Char('\n'));
}

void NamedPipesPanel::setStatus(const QString& text, bool alarm)
{
    m_status->setText(text);
    m_alarm = alarm;
    styleStatus(m_status, alarm);
}

void NamedPipesPanel::updateButtons()
{
    const bool running = m_flow->isRunning();
    const bool fifo = m_flow->hasFifo();
    const bool probing = fifo && !running;
    const bool waiting = m_flow->blockingOpen() && m_flow->blockingOpen()->state() == pipescope::FifoOpenState::Waiting;
    for (QWidget* w : { static_cast<QWidget*>(m_writers), static_cast<QWidget*>(m_records),
             static_cast<QWidget*>(m_recordSize), static_cast<QWidget*>(m_readSize), static_cast<QWidget*>(m_mode) })
        w->setEnabled(!running);
    m_start->setEnabled(!running);
    m_stop->setEnabled(running || fifo);
    m_chmodButton->setEnabled(fifo);
    m_chmodEdit->setEnabled(fifo);
    m_openReadBlocking->setEnabled(probing && !waiting);
    m_openWriteBlocking->setEnabled(probing && !waiting);
    m_openReadNb->setEnabled(probing);
    m_openWriteNb->setEnabled(probing);
    m_closeHeld->setEnabled(!m_flow->heldFds().empty() || m_flow->blockingOpen() != nullptr);
    m_tryAsNobody->setEnabled(fifo && FifoSession::runningAsRoot());
    m_fifoPairButton->setEnabled(!m_duplexBusy);
    m_socketPairButton->setEnabled(!m_duplexBusy);
}

void NamedPipesPanel::onStarted()
{
    m_frameClock.start();
    m_frame.start();
    m_wasRunning = true;
    Q_EMIT runningChanged(true);
    updateButtons();
}

QString NamedPipesPanel::phaseText(const FifoRunSnapshot& s) const
{
    const FifoFlow::Settings& o = m_flow->settings();
    switch (s.phase) {
    case FifoRunPhase::Starting:
    case FifoRunPhase::ReaderWaiting:
        return tr("Waiting for a writer to open: the reader's open(O_RDONLY) blocks until a writer opens the FIFO "
                  "for writing, while the writer processes start.");
    case FifoRunPhase::WritersGated:
        return tr("Every writer has the FIFO open and stopped itself (SIGSTOP): their fd tables are read from /proc.");
    case FifoRunPhase::Running:
        return tr("Writers: %1, each write(2)s records of %2 bytes; the reader read(2)s up to %3 bytes at a time.")
            .arg(o.writers)
            .arg(o.recordSize)
            .arg(o.readSize);
    case FifoRunPhase::Finished:
        return finishedText(s);
    }
    return {};
}

QString NamedPipesPanel::finishedText(const FifoRunSnapshot& s) const
{
    const FifoStreamStats& st = s.stats;
    // The same closing line as `pipescope-trace fifo`.
    const QString summary = tr("%1 interleavings in %2 records, %3 bytes lost.")
                                .arg(st.recordsInterleaved)
                                .arg(st.recordsComplete)
                                .arg(st.bytesLost());
    if (s.error)
        return tr("The run failed: %1").arg(describeError(*s.error));
    if (s.cancelled)
        return tr("Stopped: the writers were killed (SIGKILL) and reaped; %1 records had arrived.")
            .arg(st.recordsComplete);
    for (const FifoWriterStatus& w : s.writers) {
        if (!w.exit)
            return tr("Writer %1 was never started. %2").arg(w.id).arg(summary);
        if (w.exit->signaled)
            return tr("Writer %1 (pid %2) was killed by %3. %4")
                .arg(w.id)
                .arg(w.pid)
                .arg(Describe::signalText(w.exit->code), summary);
        if (w.exit->code != 0)
            return tr("Writer %1 (pid %2) failed with exit status %3%4. %5")
                .arg(w.id)
                .arg(w.pid)
                .arg(w.exit->code)
                .arg(w.openedFifo ? QString() : tr(" before it had the FIFO open"), summary);
    }
    return tr("Done: %1").arg(summary);
}

void NamedPipesPanel::onSampled()
{
    const FifoRunSnapshot& s = m_flow->snapshot();
    if (m_flow->isRunning() || m_wasRunning) {
        m_diagram->showSnapshot(s, m_flow->fifoPath());
        updateCounters(s);
        updateWriters(s);
        if (!m_flow->stopping())
            setStatus(phaseText(s), s.finished() && !s.succeeded());
    }
    updateRendezvous();
}

void NamedPipesPanel::onFinished()
{
    m_wasRunning = false;
    const FifoRunSnapshot& s = m_flow->snapshot();
    m_diagram->showSnapshot(s, m_flow->fifoPath());
    updateCounters(s);
    updateWriters(s);
    setStatus(finishedText(s), !s.succeeded() && !s.cancelled);
    Q_EMIT runningChanged(false);
    updateButtons();
}

void NamedPipesPanel::onFailed(const QString& reason)
{
    setStatus(reason, true);
    updateButtons();
}

void NamedPipesPanel::onFrame()
{
    const double seconds = static_cast<double>(m_frameClock.restart()) / 1000.0;
    m_diagram->advance(std::min(seconds, 0.1));
    if (!m_flow->isRunning() && m_diagram->packetsInFlight() == 0)
        m_frame.stop();
}

void NamedPipesPanel::updateCounters(const FifoRunSnapshot& s)
{
    const QLocale locale;
    const FifoStreamStats& st = s.stats;
    const FifoFlow::Settings& o = m_flow->settings();
    const qint64 expected = static_cast<qint64>(o.writers) * o.records;
    const bool begun = s.phase != FifoRunPhase::Starting || st.bytesReceived > 0 || !s.writers.empty();
    m_recordsValue->setText(
        begun ? tr("%1 of %2").arg(locale.toString(st.recordsComplete), locale.toString(expected)) : tr("—"));
    m_bytesValue->setText(begun ? locale.toString(st.bytesReceived) : tr("—"));
    m_interleavedValue->setText(begun ? locale.toString(st.recordsInterleaved) : tr("—"));
    m_fragmentsValue->setText(begun ? locale.toString(st.fragments) : tr("—"));
    m_corruptValue->setText(begun ? locale.toString(st.corruptBytes) : tr("—"));
    // Until end of file every byte not read yet may still come: "lost" is only known at the end.
    m_lostValue->setText(st.finished ? locale.toString(st.bytesLost()) : begun ? tr("known at end of file") : tr("—"));
    m_lostValue->setStyleSheet(st.finished && st.bytesLost() != 0 ? QStringLiteral("color: #b00020;") : QString());
    const double secs = static_cast<double>(s.runNs) / 1e9;
    m_rateValue->setText(secs > 0 && st.bytesReceived > 0
            ? tr("%1 MB/s").arg(locale.toString(static_cast<double>(st.bytesReceived) / secs / 1e6, 'f', 1))
            : tr("—"));
    m_openWaitValue->setText(s.phase > FifoRunPhase::ReaderWaiting && s.readerFd >= 0
            ? tr("%1 ms").arg(locale.toString(static_cast<double>(s.readerOpenWaitNs) / 1e6, 'f', 2))
            : tr("—"));
    m_recordsBar->setRange(0, static_cast<int>(std::clamp<qint64>(expected, 1, std::numeric_limits<int>::max())));
    m_recordsBar->setValue(static_cast<int>(std::min<qint64>(st.recordsComplete, m_recordsBar->maximum())));
}

void NamedPipesPanel::updateWriters(const FifoRunSnapshot& s)
{
    const int n = static_cast<int>(s.writers.size());
    const int records = static_cast<int>(m_flow->settings().records);
    if (m_writersTable->rowCount() != n) {
        m_writersTable->setRowCount(n);
        for (int row = 0; row < n; ++row) {
            for (int c = 0; c < 4; ++c)
                m_writersTable->setItem(row, c, new QTableWidgetItem);
            m_writersTable->item(row, 0)->setText(tr("writer %1").arg(row));
            m_writersTable->item(row, 0)->setBackground(NamedPipesDiagram::writerColor(row, n).lighter(130));
            auto* bar = new QProgressBar(m_writersTable);
            bar->setRange(0, records);
            bar->setValue(0);
            m_writersTable->setCellWidget(row, 4, bar);
        }
        // Wide enough for the longest texts the cells will get, once.
        if (n > 0) {
            m_writersTable->item(0, 3)->setText(
                tr("%1 of %2").arg(QLocale().toString(records), QLocale().toString(records)));
            m_writersTable->item(0, 1)->setText(QStringLiteral("4194304"));
            m_writersTable->item(0, 2)->setText(tr("exited with status %1").arg(0));
            m_writersTable->resizeColumnsToContents();
        }
    }
    for (int row = 0; row < n; ++row) {
        const FifoWriterStatus& w = s.writers[static_cast<std::size_t>(row)];
        m_writersTable->item(row, 1)->setText(w.pid > 0 ? QString::number(w.pid) : QString());
        QString state;
        if (w.exit)
            state = w.exit->signaled ? tr("killed by %1").arg(Describe::signalText(w.exit->code))
                                     : tr("exited with status %1").arg(w.exit->code);
        else if (w.pid <= 0)
            state = tr("not started");
        else if (!w.openedFifo)
            state = tr("blocked in open(O_WRONLY)");
        else if (s.phase < FifoRunPhase::Running)
            state = tr("stopped after its open");
        else
            state = tr("writing");
        m_writersTable->item(row, 2)->setText(state);
        m_writersTable->item(row, 3)->setText(
            tr("%1 of %2").arg(QLocale().toString(w.recordsReceived), QLocale().toString(records)));
        if (auto* bar = qobject_cast<QProgressBar*>(m_writersTable->cellWidget(row, 4)))
            bar->setValue(static_cast<int>(std::min<std::int64_t>(w.recordsReceived, records)));
    }
}

void NamedPipesPanel::onPartiesChanged()
{
    updateFdTable();
}

void NamedPipesPanel::updateFdTable()
{
    const auto& parties = m_flow->parties();
    const FdTable held = m_flow->heldFdEntries();
    int rows = 0;
    for (const FifoParty& p : parties)
        rows += std::max<int>(1, static_cast<int>(p.fifoFds.size()));
    rows += static_cast<int>(held.size());
    m_fdTable->setRowCount(rows);
    std::set<std::uint64_t> inodes;
    int row = 0;
    const auto put = [this, &row, &inodes](const QString& who, int pid, const FdEntry* e) {
        const QStringList cells { who, QString::number(pid), e ? QString::number(e->fd) : QString(),
            e ? accessText(e->access) : QString(), e ? QString::fromStdString(e->target) : tr("no fd on the FIFO"),
            e ? QString::number(e->inode) : QString(), e ? fdFlags(*e) : QString() };
        for (int c = 0; c < cells.size(); ++c)
            m_fdTable->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (e)
            inodes.insert(e->inode);
        ++row;
    };
    for (const FifoParty& p : parties) {
        const QString who
            = p.role == FifoPartyRole::Reader ? tr("reader (PipeScope)") : tr("writer %1").arg(p.writerId);
        if (p.fifoFds.empty())
            put(who, p.pid, nullptr);
        for (const FdEntry& e : p.fifoFds)
            put(who, p.pid, &e);
    }
    for (const FdEntry& e : held)
        put(tr("PipeScope (opened by hand)"), static_cast<int>(QCoreApplication::applicationPid()), &e);
    m_fdTable->resizeColumnsToContents();

    const int partyCount = static_cast<int>(parties.size());
    if (partyCount == 0 && held.empty()) {
        m_fdNote->setText(tr("Every process that opens the FIFO is listed here with its fd, read from "
                             "/proc/<pid>/fd and fdinfo once the writers have opened it."));
    } else if (inodes.size() == 1) {
        m_fdNote->setText(tr("Processes holding the FIFO: %1. Every fd names the same path and the same inode %2. "
                             "Writers were read while stopped right after their open; the reader is PipeScope.")
                              .arg(partyCount + (held.empty() ? 0 : 1))
                              .arg(*inodes.begin()));
    } else {
        m_fdNote->setText(tr("The fds name %1 different inodes.").arg(inodes.size()));
    }
}

void NamedPipesPanel::onFifoChanged()
{
    if (const auto st = m_flow->stat()) {
        m_lsLine->setText(lsText(*st, m_flow->fifoPath()));
        if (!m_chmodEdit->hasFocus())
            m_chmodEdit->setText(octal(st->permissions()));
    } else if (!m_flow->fifoPath().isEmpty()) {
        m_lsLine->setText(
            tr("%1: removed, and its directory %2 with it").arg(m_flow->fifoPath(), m_flow->fifoDirectory()));
        const QString removed = tr("The writers are gone and the FIFO and its private directory were removed.");
        if (!m_flow->isRunning() && !m_alarm && !m_status->text().contains(removed))
            setStatus(m_status->text() + QLatin1Char(' ') + removed, false);
    } else {
        m_lsLine->setText(tr("No FIFO yet: Start makes one with mkfifo in a private directory (mkdtemp)."));
    }
    updateRendezvous();
    updateFdTable();
    updateButtons();
}

void NamedPipesPanel::updateRendezvous()
{
    const FifoBlockingOpen* open = m_flow->blockingOpen();
    QString text;
    if (open) {
        const QString call
            = open->end() == FifoEnd::Read ? QStringLiteral("open(O_RDONLY)") : QStringLiteral("open(O_WRONLY)");
        const QString seconds = QLocale().toString(static_cast<double>(open->waitedNs()) / 1e9, 'f', 1);
        switch (open->state()) {
        case FifoOpenState::Waiting: {
            text = open->end() == FifoEnd::Read
                ? tr("%1 is waiting for a writer to open the FIFO — %2 s so far.").arg(call, seconds)
                : tr("%1 is waiting for a reader to open the FIFO — %2 s so far.").arg(call, seconds);
            if (open->waitingInKernel())
                text += QLatin1Char(' ') + tr("The thread sleeps in the kernel (wchan: wait_for_partner).");
            break;
        }
        case FifoOpenState::Opened:
            text = tr("%1 returned after %2 s: the other side opened the FIFO.").arg(call, seconds);
            break;
        case FifoOpenState::Failed:
            text = open->error() ? describeError(*open->error()) : tr("%1 failed.").arg(call);
            break;
        case FifoOpenState::Cancelled:
            text = tr("%1 was given up.").arg(call);
            break;
        }
    }
    QStringList held;
    for (const FifoFlow::HeldFd& h : m_flow->heldFds())
        held << tr("fd %1 (%2%3)")
                    .arg(h.fd)
                    .arg(h.end == FifoEnd::Read ? tr("read end") : tr("write end"),
                        h.nonBlocking ? QStringLiteral(", O_NONBLOCK") : QString());
    if (!held.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Held here: %1").arg(held.join(QStringLiteral(", ")));
    if (text != m_rendezvous->text()) {
        m_rendezvous->setText(text);
        updateButtons();
    }
}

void NamedPipesPanel::openNonBlocking(FifoEnd end)
{
    const QString call = end == FifoEnd::Read ? QStringLiteral("open(O_RDONLY | O_NONBLOCK)")
                                              : QStringLiteral("open(O_WRONLY | O_NONBLOCK)");
    const auto fd = m_flow->openNonBlocking(end);
    if (fd) {
        m_openResult->setText(end == FifoEnd::Read
                ? tr("%1 returned fd %2 at once: a read end opens without waiting for a writer.").arg(call).arg(*fd)
                : tr("%1 returned fd %2: a reader has the FIFO open.").arg(call).arg(*fd));
        styleStatus(m_openResult, false);
    } else if (fd.error().sysErrno == ENXIO) {
        m_openResult->setText(tr("%1 failed at once with ENXIO (No such device or address): nobody has the FIFO open "
                                 "for reading. Without O_NONBLOCK the open would wait here instead.")
                                  .arg(call));
        styleStatus(m_openResult, true);
    } else {
        m_openResult->setText(tr("%1: %2").arg(call, describeError(fd.error())));
        styleStatus(m_openResult, true);
    }
    updateRendezvous();
    updateFdTable();
    updateButtons();
}

void NamedPipesPanel::openBlocking(FifoEnd end)
{
    if (auto r = m_flow->startBlockingOpen(end); !r) {
        m_openResult->setText(describeError(r.error()));
        styleStatus(m_openResult, true);
    } else {
        m_openResult->setText(end == FifoEnd::Read
                ? tr("A thread called open(O_RDONLY): it returns once a writer opens, for instance with "
                     "open(O_WRONLY | O_NONBLOCK) here.")
                : tr("A thread called open(O_WRONLY): it returns once a reader opens, for instance with "
                     "open(O_RDONLY | O_NONBLOCK) here."));
        styleStatus(m_openResult, false);
    }
    updateRendezvous();
    updateButtons();
}

void NamedPipesPanel::closeHeldFds()
{
    m_flow->closeHeldFds();
    m_openResult->setText(tr("Every fd opened here is closed."));
    styleStatus(m_openResult, false);
    updateRendezvous();
    updateFdTable();
    updateButtons();
}

void NamedPipesPanel::applyChmod()
{
    const auto mode = parseMode(m_chmodEdit->text());
    if (!mode) {
        m_openResult->setText(tr("Mode '%1' is not an octal mode such as 0644.").arg(m_chmodEdit->text()));
        styleStatus(m_openResult, true);
        return;
    }
    if (auto r = m_flow->chmod(*mode); !r) {
        m_openResult->setText(describeError(r.error()));
        styleStatus(m_openResult, true);
        return;
    }
    m_openResult->setText(tr("chmod %1: the next open(2) is checked against the new bits; fds already open keep "
                             "working.")
                              .arg(octal(*mode)));
    styleStatus(m_openResult, false);
}

void NamedPipesPanel::tryOpenAsNobody()
{
    const auto r = m_flow->tryOpenAs(kNobody, kNobody, FifoEnd::Read);
    const QString mode = m_flow->stat() ? octal(m_flow->stat()->permissions()) : QString();
    if (r) {
        m_openResult->setText(
            tr("User nobody (uid %1) may open the FIFO for reading: mode %2 lets others read.").arg(kNobody).arg(mode));
        styleStatus(m_openResult, false);
    } else if (r.error().code == ErrorCode::SystemCall && r.error().sysErrno == EACCES) {
        m_openResult->setText(tr("User nobody (uid %1): open(O_RDONLY) failed with EACCES (Permission denied): mode "
                                 "%2 does not let others read. Root was let through only because it is root.")
                                  .arg(kNobody)
                                  .arg(mode));
        styleStatus(m_openResult, true);
    } else {
        m_openResult->setText(tr("User nobody (uid %1): %2").arg(kNobody).arg(describeError(r.error())));
        styleStatus(m_openResult, true);
    }
}

void NamedPipesPanel::runDuplex(DuplexKind kind)
{
    if (m_duplexBusy)
        return;
    if (m_duplexThread.joinable())
        m_duplexThread.join();
    m_duplexBusy = true;
    updateButtons();
    m_duplexText->setPlainText(tr("Running…"));
    // The demo forks a peer and waits for its echo: off the GUI thread, the answer comes back queued.
    QPointer<NamedPipesPanel> self(this);
    m_duplexThread = std::thread([self, kind] {
        auto report = std::make_shared<Result<DuplexReport>>(runDuplexDemo(kind, kDuplexMessage));
        QMetaObject::invokeMethod(
            self.data(),
            [self, kind, report] {
                if (self)
                    self->showDuplexReport(kind, *report);
            },
            Qt::QueuedConnection);
    });
}

void NamedPipesPanel::showDuplexReport(DuplexKind kind, const Result<DuplexReport>& report)
{
    m_duplexBusy = false;
    updateButtons();
    if (!report) {
        m_duplexText->setPlainText(describeError(report.error()));
        Q_EMIT duplexFinished();
        return;
    }
    const DuplexReport& r = *report;
    QStringList lines;
    lines << (kind == DuplexKind::FifoPair ? tr("Two FIFOs, one per direction: a2b and b2a")
                                           : tr("One socketpair(AF_UNIX, SOCK_STREAM): one fd per side, both ways"));
    const auto side = [&lines](const QString& who, const DuplexSide& s) {
        for (const FdEntry& e : s.fds)
            lines << QStringLiteral("  %1 pid %2  fd %3  %4  %5  inode %6")
                         .arg(who, -8)
                         .arg(s.pid)
                         .arg(e.fd)
                         .arg(accessText(e.access), -6)
                         .arg(QString::fromStdString(e.target))
                         .arg(e.inode);
    };
    side(tr("parent"), r.parent);
    side(tr("peer"), r.peer);
    lines << tr("sent %1 bytes, %2 came back: %3")
                 .arg(r.bytesToPeer)
                 .arg(r.bytesFromPeer)
                 .arg(r.echoed ? tr("the same message") : tr("NOT the same message"));
    if (kind == DuplexKind::FifoPair)
        lines << (r.wrongWayErrno == EBADF
                ? tr("write(2) on the parent's read end of b2a: EBADF, because the parent opened it O_RDONLY. The real "
                     "limit is that a FIFO is one byte queue: whatever is written, from either side, goes into the "
                     "same queue, so two directions need two FIFOs.")
                : tr("write(2) on the parent's read end of b2a: %1").arg(Describe::errnoText(r.wrongWayErrno)));
    else
        lines << (r.wrongWayErrno == 0
                ? tr("write(2) on the very fd the parent reads from: it succeeds — a socket goes both ways.")
                : tr("write(2) on the very fd the parent reads from: %1").arg(Describe::errnoText(r.wrongWayErrno)));
    m_duplexText->setPlainText(lines.join(QLatin1Char('\n')));
    Q_EMIT duplexFinished();
}

void NamedPipesPanel::showWindowsModel()
{
    const NamedPipeModel m
        = windowsNamedPipeModel(NamedPipeModelOptions { .remoteClients = m_remoteClients->isChecked() });
    m_windowsInfo->setText(tr("A model of the Win32 calls, not a run. One server creates %1 instances of "
                              "%2 with PIPE_ACCESS_DUPLEX: each client gets its own instance and talks both ways on "
                              "one handle. Clients open %3%4. Security descriptor (SDDL): %5")
                               .arg(m.options.clients)
                               .arg(QString::fromStdString(m.pipeName), QString::fromStdString(m.clientPath),
                                   m.options.remoteClients ? tr(" — over SMB from another machine, which a FIFO "
                                                                "cannot do")
                                                           : QString(),
                                   QString::fromStdString(m.securityDescriptor)));
    m_windowsSteps->clear();
    for (const NamedPipeModelStep& s : m.steps) {
        auto* item = new QTreeWidgetItem(m_windowsSteps, { partyText(s), callText(s, m), winErrorName(s.winError) });
        item->setData(0, Qt::UserRole, QString::fromStdString(s.id));
        item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(2, Qt::AlignLeft | Qt::AlignTop);
        if (s.winError != 0)
            item->setForeground(2, QColor(0xb0, 0x00, 0x20));
        // What a FIFO has instead, on a line of its own under the call: the point of the comparison.
        if (s.posix) {
            auto* posix = new QTreeWidgetItem(item, { tr("A POSIX FIFO instead: %1").arg(posixText(*s.posix)) });
            posix->setForeground(0, QColor(0x2e, 0x6b, 0x30));
            posix->setFirstColumnSpanned(true);
        }
    }
    m_windowsSteps->expandAll();
}
