// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/fifopermissionsbox.h"

#include "bridge/fifoflow.h"
#include "namedpipes/fifotext.h"
#include "namedpipes/namedpipespanel.h"
#include "text/describe.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <cerrno>

using namespace pipescope;

// The page's texts keep the translation context they had before the page was split into one class per feature:
// NamedPipesPanel::tr() everywhere here.

namespace {

constexpr std::uint32_t kNobody = 65534; // the uid and gid Debian gives the user "nobody"

} // namespace

FifoPermissionsBox::FifoPermissionsBox(FifoFlow* flow, QWidget* parent)
    : QGroupBox(parent)
    , m_flow(flow)
{
    setObjectName(QStringLiteral("fifoPermissionsBox"));
    auto* layout = new QVBoxLayout(this);
    auto* chmodRow = new QHBoxLayout;
    m_chmodEdit = new QLineEdit(QStringLiteral("0600"), this);
    m_chmodEdit->setObjectName(QStringLiteral("fifoChmodMode"));
    m_chmodEdit->setMaxLength(5);
    m_chmodEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-7]{1,5}")), m_chmodEdit));
    m_chmodEdit->setMaximumWidth(m_chmodEdit->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_chmodButton = new QPushButton(this);
    m_chmodButton->setObjectName(QStringLiteral("fifoChmod"));
    m_chmodLabel = new QLabel(this);
    m_chmodLabel->setBuddy(m_chmodEdit);
    chmodRow->addWidget(m_chmodLabel);
    chmodRow->addWidget(m_chmodEdit);
    chmodRow->addWidget(m_chmodButton);
    chmodRow->addStretch(1);
    layout->addLayout(chmodRow);
    m_chmodNote = new QLabel(this);
    m_chmodNote->setWordWrap(true);
    layout->addWidget(m_chmodNote);
    m_rootNote = new QLabel(this);
    m_rootNote->setObjectName(QStringLiteral("fifoRootNote"));
    m_rootNote->setWordWrap(true);
    layout->addWidget(m_rootNote);
    auto* nobodyRow = new QHBoxLayout;
    m_tryAsNobody = new QPushButton(this);
    m_tryAsNobody->setObjectName(QStringLiteral("fifoOpenAsNobody"));
    nobodyRow->addWidget(m_tryAsNobody);
    nobodyRow->addStretch(1);
    layout->addLayout(nobodyRow);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("fifoPermissionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_chmodButton, &QPushButton::clicked, this, &FifoPermissionsBox::applyChmod);
    connect(m_chmodEdit, &QLineEdit::returnPressed, this, &FifoPermissionsBox::applyChmod);
    connect(m_tryAsNobody, &QPushButton::clicked, this, &FifoPermissionsBox::tryOpenAsNobody);
    connect(m_flow, &FifoFlow::fifoChanged, this, &FifoPermissionsBox::onFifoChanged);
    connect(m_flow, &FifoFlow::openAsDone, this, &FifoPermissionsBox::showOpenAs);
    // A new run, a new FIFO: what was said of the last one no longer holds.
    connect(m_flow, &FifoFlow::started, this, [this] { setResult({}, false); });
    retranslateUi();
    onFifoChanged();
}

FifoPermissionsBox::~FifoPermissionsBox() = default;

void FifoPermissionsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void FifoPermissionsBox::retranslateUi()
{
    setTitle(NamedPipesPanel::tr("Permissions"));
    m_chmodEdit->setToolTip(NamedPipesPanel::tr("The new mode in octal, e.g. 0600 (owner reads and writes) or 0644"));
    m_chmodButton->setText(NamedPipesPanel::tr("&chmod"));
    m_chmodButton->setToolTip(
        NamedPipesPanel::tr("Change the FIFO's mode bits; the next open(2) is checked against them"));
    m_chmodLabel->setText(NamedPipesPanel::tr("New mode:"));
    m_chmodNote->setText(NamedPipesPanel::tr("A new mode takes effect for the next open(2): fds that are already open "
                                             "keep working, since permissions are only checked when a file is "
                                             "opened."));
    m_rootNote->setText(FifoSession::runningAsRoot()
            ? NamedPipesPanel::tr("PipeScope runs as root (geteuid() == 0): root bypasses the mode bits, so every open "
                                  "from here succeeds whatever the mode. \"Open as nobody\" shows what another user "
                                  "gets.")
            : NamedPipesPanel::tr("PipeScope does not run as root, so the mode bits apply to it: chmod 0000 and an "
                                  "open fails with EACCES (Permission denied)."));
    m_tryAsNobody->setText(NamedPipesPanel::tr("Open as &nobody (uid %1)").arg(kNobody));
    m_tryAsNobody->setToolTip(NamedPipesPanel::tr("A helper process becomes user nobody and opens the FIFO for "
                                                  "reading (O_NONBLOCK): what another user gets"));
    m_result->setText(m_resultText ? m_resultText() : QString());
}

QString FifoPermissionsBox::resultText() const
{
    return m_result->text();
}

void FifoPermissionsBox::setResult(std::function<QString()> text, bool alarm)
{
    m_resultText = std::move(text);
    m_result->setText(m_resultText ? m_resultText() : QString());
    fifotext::styleAlarm(m_result, alarm);
}

void FifoPermissionsBox::onFifoChanged()
{
    const bool fifo = m_flow->hasFifo();
    if (const auto st = m_flow->stat(); st && !m_chmodEdit->hasFocus())
        m_chmodEdit->setText(fifotext::octal(st->permissions()));
    m_chmodButton->setEnabled(fifo);
    m_chmodEdit->setEnabled(fifo);
    m_tryAsNobody->setEnabled(fifo && FifoSession::runningAsRoot() && !m_flow->openAsBusy());
}

void FifoPermissionsBox::applyChmod()
{
    const QString text = m_chmodEdit->text();
    const auto mode = NamedPipesPanel::parseMode(text);
    if (!mode) {
        setResult(
            [text] { return NamedPipesPanel::tr("Mode '%1' is not an octal mode such as 0644.").arg(text); }, true);
        return;
    }
    if (auto r = m_flow->chmod(*mode); !r) {
        const Error error = r.error();
        setResult([error] { return describeError(error); }, true);
        return;
    }
    const std::uint32_t bits = *mode;
    setResult(
        [bits] {
            return NamedPipesPanel::tr("chmod %1: the next open(2) is checked against the new bits; fds already "
                                       "open keep working.")
                .arg(fifotext::octal(bits));
        },
        false);
}

void FifoPermissionsBox::tryOpenAsNobody()
{
    if (m_flow->tryOpenAs(kNobody, kNobody, FifoEnd::Read))
        m_tryAsNobody->setEnabled(false);
}

void FifoPermissionsBox::showOpenAs(const Result<void>& r)
{
    onFifoChanged();
    const QString mode = m_flow->stat() ? fifotext::octal(m_flow->stat()->permissions()) : QString();
    if (r) {
        setResult(
            [mode] {
                return NamedPipesPanel::tr("User nobody (uid %1) may open the FIFO for reading: mode %2 lets others "
                                           "read.")
                    .arg(kNobody)
                    .arg(mode);
            },
            false);
    } else if (r.error().code == ErrorCode::SystemCall && r.error().sysErrno == EACCES) {
        setResult(
            [mode] {
                return NamedPipesPanel::tr("User nobody (uid %1): open(O_RDONLY) failed with EACCES (Permission "
                                           "denied): mode %2 does not let others read. Root was let through only "
                                           "because it is root.")
                    .arg(kNobody)
                    .arg(mode);
            },
            true);
    } else {
        const Error error = r.error();
        setResult(
            [error] { return NamedPipesPanel::tr("User nobody (uid %1): %2").arg(kNobody).arg(describeError(error)); },
            true);
    }
}
