// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/rendezvousbox.h"

#include "bridge/fifoflow.h"
#include "namedpipes/fifotext.h"
#include "namedpipes/namedpipespanel.h"
#include "text/describe.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cerrno>

using namespace pipescope;

// The page's texts keep the translation context they had before the page was split into one class per feature:
// NamedPipesPanel::tr() everywhere here.

namespace {

QString callName(FifoEnd end, bool nonBlocking)
{
    if (nonBlocking)
        return end == FifoEnd::Read ? QStringLiteral("open(O_RDONLY | O_NONBLOCK)")
                                    : QStringLiteral("open(O_WRONLY | O_NONBLOCK)");
    return end == FifoEnd::Read ? QStringLiteral("open(O_RDONLY)") : QStringLiteral("open(O_WRONLY)");
}

} // namespace

RendezvousBox::RendezvousBox(FifoFlow* flow, QWidget* parent)
    : QGroupBox(parent)
    , m_flow(flow)
{
    setObjectName(QStringLiteral("fifoRendezvousBox"));
    auto* layout = new QVBoxLayout(this);
    m_explain = new QLabel(this);
    m_explain->setWordWrap(true);
    layout->addWidget(m_explain);
    auto* buttons = new QGridLayout;
    m_openReadBlocking = new QPushButton(callName(FifoEnd::Read, false), this);
    m_openReadBlocking->setObjectName(QStringLiteral("fifoOpenReadBlocking"));
    m_openWriteBlocking = new QPushButton(callName(FifoEnd::Write, false), this);
    m_openWriteBlocking->setObjectName(QStringLiteral("fifoOpenWriteBlocking"));
    m_openReadNb = new QPushButton(callName(FifoEnd::Read, true), this);
    m_openReadNb->setObjectName(QStringLiteral("fifoOpenReadNonBlocking"));
    m_openWriteNb = new QPushButton(callName(FifoEnd::Write, true), this);
    m_openWriteNb->setObjectName(QStringLiteral("fifoOpenWriteNonBlocking"));
    m_closeHeld = new QPushButton(this);
    m_closeHeld->setObjectName(QStringLiteral("fifoCloseHeld"));
    buttons->addWidget(m_openReadBlocking, 0, 0);
    buttons->addWidget(m_openWriteBlocking, 0, 1);
    buttons->addWidget(m_openReadNb, 1, 0);
    buttons->addWidget(m_openWriteNb, 1, 1);
    buttons->addWidget(m_closeHeld, 2, 0);
    layout->addLayout(buttons);
    m_rendezvous = new QLabel(this);
    m_rendezvous->setObjectName(QStringLiteral("fifoRendezvous"));
    m_rendezvous->setWordWrap(true);
    m_rendezvous->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_rendezvous->font();
    bold.setBold(true);
    m_rendezvous->setFont(bold);
    layout->addWidget(m_rendezvous);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("fifoOpenResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_openReadBlocking, &QPushButton::clicked, this, [this] { openBlocking(FifoEnd::Read); });
    connect(m_openWriteBlocking, &QPushButton::clicked, this, [this] { openBlocking(FifoEnd::Write); });
    connect(m_openReadNb, &QPushButton::clicked, this, [this] { openNonBlocking(FifoEnd::Read); });
    connect(m_openWriteNb, &QPushButton::clicked, this, [this] { openNonBlocking(FifoEnd::Write); });
    connect(m_closeHeld, &QPushButton::clicked, this, &RendezvousBox::closeHeldFds);
    connect(m_flow, &FifoFlow::fifoChanged, this, &RendezvousBox::updateRendezvous);
    connect(m_flow, &FifoFlow::sampled, this, &RendezvousBox::updateRendezvous);
    connect(m_flow, &FifoFlow::started, this, [this] {
        setResult({}, false);
        updateButtons();
    });
    connect(m_flow, &FifoFlow::finished, this, &RendezvousBox::updateButtons);
    retranslateUi();
    updateButtons();
}

RendezvousBox::~RendezvousBox() = default;

void RendezvousBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void RendezvousBox::retranslateUi()
{
    setTitle(NamedPipesPanel::tr("Rendezvous: open(2) of a FIFO"));
    m_explain->setText(NamedPipesPanel::tr("A blocking open of a FIFO waits until another process opens the other "
                                           "end. With O_NONBLOCK it returns at once: a read end always opens, a write "
                                           "end fails with ENXIO while nobody has the FIFO open for reading."));
    m_openReadBlocking->setToolTip(
        NamedPipesPanel::tr("A blocking open for reading, on a thread of its own: it waits for a writer"));
    m_openWriteBlocking->setToolTip(
        NamedPipesPanel::tr("A blocking open for writing, on a thread of its own: it waits for a reader"));
    m_openReadNb->setToolTip(NamedPipesPanel::tr("A non-blocking open for reading: returns at once, writer or not"));
    m_openWriteNb->setToolTip(
        NamedPipesPanel::tr("A non-blocking open for writing: fails with ENXIO while no reader has the FIFO open"));
    m_closeHeld->setText(NamedPipesPanel::tr("C&lose these fds"));
    m_closeHeld->setToolTip(NamedPipesPanel::tr("Close every fd opened here and give up a waiting open"));
    m_result->setText(m_resultText ? m_resultText() : QString());
    m_rendezvous->clear(); // said again below even when the state did not change
    updateRendezvous();
}

QString RendezvousBox::resultText() const
{
    return m_result->text();
}

QString RendezvousBox::rendezvousText() const
{
    return m_rendezvous->text();
}

void RendezvousBox::setResult(std::function<QString()> text, bool alarm)
{
    m_resultText = std::move(text);
    m_result->setText(m_resultText ? m_resultText() : QString());
    fifotext::styleAlarm(m_result, alarm);
}

void RendezvousBox::updateButtons()
{
    const bool running = m_flow->isRunning();
    const bool probing = m_flow->hasFifo() && !running;
    const bool waiting = m_flow->blockingOpen() && m_flow->blockingOpen()->state() == FifoOpenState::Waiting;
    m_openReadBlocking->setEnabled(probing && !waiting);
    m_openWriteBlocking->setEnabled(probing && !waiting);
    m_openReadNb->setEnabled(probing);
    m_openWriteNb->setEnabled(probing);
    m_closeHeld->setEnabled(!m_flow->heldFds().empty() || m_flow->blockingOpen() != nullptr);
}

void RendezvousBox::updateRendezvous()
{
    const FifoBlockingOpen* open = m_flow->blockingOpen();
    QString text;
    if (open) {
        const QString call = callName(open->end(), false);
        const QString seconds = QLocale().toString(static_cast<double>(open->waitedNs()) / 1e9, 'f', 1);
        switch (open->state()) {
        case FifoOpenState::Waiting: {
            text = open->end() == FifoEnd::Read
                ? NamedPipesPanel::tr("%1 is waiting for a writer to open the FIFO — %2 s so far.").arg(call, seconds)
                : NamedPipesPanel::tr("%1 is waiting for a reader to open the FIFO — %2 s so far.").arg(call, seconds);
            if (open->waitingInKernel())
                text += QLatin1Char(' ')
                    + NamedPipesPanel::tr("The thread sleeps in the kernel (wchan: wait_for_partner).");
            break;
        }
        case FifoOpenState::Opened:
            text = NamedPipesPanel::tr("%1 returned after %2 s: the other side opened the FIFO.").arg(call, seconds);
            break;
        case FifoOpenState::Failed:
            text = open->error() ? describeError(*open->error()) : NamedPipesPanel::tr("%1 failed.").arg(call);
            break;
        case FifoOpenState::Cancelled:
            text = NamedPipesPanel::tr("%1 was given up.").arg(call);
            break;
        }
    }
    QStringList held;
    for (const FifoFlow::HeldFd& h : m_flow->heldFds())
        held << NamedPipesPanel::tr("fd %1 (%2%3)")
                    .arg(h.fd)
                    .arg(h.end == FifoEnd::Read ? NamedPipesPanel::tr("read end") : NamedPipesPanel::tr("write end"),
                        h.nonBlocking ? QStringLiteral(", O_NONBLOCK") : QString());
    if (!held.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
            + NamedPipesPanel::tr("Held here: %1").arg(held.join(QStringLiteral(", ")));
    if (text != m_rendezvous->text())
        m_rendezvous->setText(text);
    updateButtons();
}

void RendezvousBox::openNonBlocking(FifoEnd end)
{
    const QString call = callName(end, true);
    const auto fd = m_flow->openNonBlocking(end);
    if (fd) {
        const int number = *fd;
        setResult(
            [end, call, number] {
                return end == FifoEnd::Read
                    ? NamedPipesPanel::tr("%1 returned fd %2 at once: a read end opens without "
                                          "waiting for a writer.")
                          .arg(call)
                          .arg(number)
                    : NamedPipesPanel::tr("%1 returned fd %2: a reader has the FIFO open.").arg(call).arg(number);
            },
            false);
    } else if (fd.error().sysErrno == ENXIO) {
        setResult(
            [call] {
                return NamedPipesPanel::tr("%1 failed at once with ENXIO (No such device or address): nobody has the "
                                           "FIFO open for reading. Without O_NONBLOCK the open would wait here "
                                           "instead.")
                    .arg(call);
            },
            true);
    } else {
        const Error error = fd.error();
        setResult([call, error] { return NamedPipesPanel::tr("%1: %2").arg(call, describeError(error)); }, true);
    }
    updateRendezvous();
}

void RendezvousBox::openBlocking(FifoEnd end)
{
    if (auto r = m_flow->startBlockingOpen(end); !r) {
        const Error error = r.error();
        setResult([error] { return describeError(error); }, true);
    } else {
        setResult(
            [end] {
                return end == FifoEnd::Read
                    ? NamedPipesPanel::tr("A thread called open(O_RDONLY): it returns once a writer opens, for "
                                          "instance with open(O_WRONLY | O_NONBLOCK) here.")
                    : NamedPipesPanel::tr("A thread called open(O_WRONLY): it returns once a reader opens, for "
                                          "instance with open(O_RDONLY | O_NONBLOCK) here.");
            },
            false);
    }
    updateRendezvous();
}

void RendezvousBox::closeHeldFds()
{
    m_flow->closeHeldFds();
    setResult([] { return NamedPipesPanel::tr("Every fd opened here is closed."); }, false);
    updateRendezvous();
}
