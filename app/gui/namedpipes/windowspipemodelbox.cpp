// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/windowspipemodelbox.h"

#include "fifo/namedpipemodel.h"
#include "namedpipes/namedpipespanel.h"
#include "text/describe.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace pipescope;

// The page's texts keep the translation context they had before the page was split into one class per feature:
// NamedPipesPanel::tr() everywhere here.

namespace {

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

} // namespace

WindowsPipeModelBox::WindowsPipeModelBox(QWidget* parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("windowsModelBox"));
    auto* layout = new QVBoxLayout(this);
    m_remoteClients = new QCheckBox(this);
    m_remoteClients->setChecked(true);
    layout->addWidget(m_remoteClients);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_info);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("windowsModelSteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setColumnCount(3);
    m_steps->setIndentation(12);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_steps, 1);

    connect(m_remoteClients, &QCheckBox::toggled, this, [this] { showModel(false); });
    retranslateUi();
    showModel(false);
}

WindowsPipeModelBox::~WindowsPipeModelBox() = default;

void WindowsPipeModelBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showModel(true);
    }
    QGroupBox::changeEvent(event);
}

void WindowsPipeModelBox::retranslateUi()
{
    setTitle(NamedPipesPanel::tr("Windows named pipe — a MODEL: nothing of it runs here"));
    m_remoteClients->setText(NamedPipesPanel::tr("Clients on &another machine (over SMB)"));
    m_remoteClients->setToolTip(NamedPipesPanel::tr(
        "Show the model with clients on other machines, which a Windows named pipe allows and a FIFO does not"));
    m_steps->setAccessibleName(NamedPipesPanel::tr("Windows named pipe model"));
    m_steps->setAccessibleDescription(NamedPipesPanel::tr(
        "The Win32 calls a Windows named pipe server and its clients would make, with what each returns: a model."));
    m_steps->setHeaderLabels(
        { NamedPipesPanel::tr("Who"), NamedPipesPanel::tr("Win32 call (model)"), NamedPipesPanel::tr("Result") });
}

void WindowsPipeModelBox::showModel(bool keepItems)
{
    const NamedPipeModel m
        = windowsNamedPipeModel(NamedPipeModelOptions { .remoteClients = m_remoteClients->isChecked() });
    m_info->setText(NamedPipesPanel::tr("A model of the Win32 calls, not a run. One server creates %1 instances of "
                                        "%2 with PIPE_ACCESS_DUPLEX: each client gets its own instance and talks both "
                                        "ways on one handle. Clients open %3%4. Security descriptor (SDDL): %5")
                        .arg(m.options.clients)
                        .arg(QString::fromStdString(m.pipeName), QString::fromStdString(m.clientPath),
                            m.options.remoteClients ? NamedPipesPanel::tr(" — over SMB from another machine, which a "
                                                                          "FIFO cannot do")
                                                    : QString(),
                            QString::fromStdString(m.securityDescriptor)));
    // Said again in place: the rows are the model's steps in order, so only their texts change.
    if (keepItems && m_steps->topLevelItemCount() == static_cast<int>(m.steps.size())) {
        for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
            const NamedPipeModelStep& s = m.steps[static_cast<std::size_t>(i)];
            QTreeWidgetItem* item = m_steps->topLevelItem(i);
            item->setText(0, partyText(s));
            item->setText(1, callText(s, m));
            item->setText(2, winErrorName(s.winError));
            if (s.posix && item->childCount() > 0)
                item->child(0)->setText(0, NamedPipesPanel::tr("A POSIX FIFO instead: %1").arg(posixText(*s.posix)));
        }
        return;
    }
    m_steps->clear();
    for (const NamedPipeModelStep& s : m.steps) {
        auto* item = new QTreeWidgetItem(m_steps, { partyText(s), callText(s, m), winErrorName(s.winError) });
        item->setData(0, Qt::UserRole, QString::fromStdString(s.id));
        item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(2, Qt::AlignLeft | Qt::AlignTop);
        if (s.winError != 0)
            item->setForeground(2, QColor(0xb0, 0x00, 0x20));
        // What a FIFO has instead, on a line of its own under the call: the point of the comparison.
        if (s.posix) {
            auto* posix = new QTreeWidgetItem(
                item, { NamedPipesPanel::tr("A POSIX FIFO instead: %1").arg(posixText(*s.posix)) });
            posix->setForeground(0, QColor(0x2e, 0x6b, 0x30));
            posix->setFirstColumnSpanned(true);
        }
    }
    m_steps->expandAll();
}
