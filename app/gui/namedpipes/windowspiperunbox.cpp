// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedpipes/windowspiperunbox.h"

#include "namedpipes/namedpipespanel.h"
#include "text/winetext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

// The page's texts share one translation context: NamedPipesPanel::tr() here too.

namespace {

QString errorText(const WinError& e)
{
    return e.name.isEmpty() ? QString::number(e.code) : e.name;
}

QString readsText(const QList<std::pair<qint64, QString>>& reads)
{
    QStringList parts;
    for (const auto& [bytes, error] : reads)
        parts << (error.isEmpty() ? QString::number(bytes) : QStringLiteral("%1 (%2)").arg(bytes).arg(error));
    return parts.join(QStringLiteral(", "));
}

} // namespace

WindowsPipeRunBox::WindowsPipeRunBox(Bridge* bridge, QWidget* parent)
    : QGroupBox(parent)
    , m_run(new WineRun(bridge, this))
{
    setObjectName(QStringLiteral("windowsPipeRunBox"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("windowsPipeRunButton"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("windowsPipeRunStatus"));
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_runButton);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);
    m_results = new QTextBrowser(this);
    m_results->setObjectName(QStringLiteral("windowsPipeRunResults"));
    m_results->setMinimumHeight(260);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(bar);
    layout->addWidget(m_results, 1);

    connect(m_runButton, &QPushButton::clicked, this, &WindowsPipeRunBox::run);
    connect(m_run, &WineRun::namedPipesFinished, this, [this](const WinNamedPipesRecord& record) {
        m_record = record;
        m_failure.reset();
        setRunning(false);
        showRecord();
        Q_EMIT runFinished();
    });
    connect(m_run, &WineRun::failed, this, [this](WineRun::Problem problem, const QString& detail) {
        m_failure = std::pair { problem, detail };
        setRunning(false);
        retranslateUi();
        Q_EMIT runFinished();
    });
    connect(m_run, &WineRun::cancelled, this, [this] {
        setRunning(false);
        Q_EMIT runFinished();
    });
    retranslateUi();
}

WindowsPipeRunBox::~WindowsPipeRunBox() = default;

void WindowsPipeRunBox::run()
{
    if (!m_run->startNamedPipes()) {
        m_failure = std::pair { m_run->problem(), QString() };
        retranslateUi();
        Q_EMIT runFinished();
        return;
    }
    m_failure.reset();
    setRunning(true);
}

bool WindowsPipeRunBox::isRunning() const
{
    return m_run->isRunning();
}

void WindowsPipeRunBox::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_busy->setVisible(running);
    if (running)
        m_status->setText(WineText::running());
}

void WindowsPipeRunBox::showRecord()
{
    if (!m_record) {
        m_results->clear();
        return;
    }
    const WinNamedPipesRecord& r = *m_record;
    QString html
        = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th>%1</th>"
                         "<th>%2</th><th>%3</th></tr>")
              .arg(NamedPipesPanel::tr("Claim"), NamedPipesPanel::tr("Windows (run under Wine)"),
                  NamedPipesPanel::tr("Linux FIFO"));
    const auto row = [&html](const QString& claim, const QString& windows, const QString& linux) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                    .arg(claim.toHtmlEscaped(), windows.toHtmlEscaped(), linux.toHtmlEscaped());
    };
    row(NamedPipesPanel::tr("Many clients"),
        NamedPipesPanel::tr("%1 instances made with nMaxInstances=3; a 4th CreateNamedPipeW: %2. With all three "
                            "taken, a 4th client's CreateFileW: %3; WaitNamedPipeW(200 ms): %4.")
            .arg(r.instancesCreated)
            .arg(errorText(r.beyondLimit), errorText(r.busyOpen), errorText(r.busyWait)),
        NamedPipesPanel::tr("One FIFO for every writer: no instances, and nothing refuses a client."));
    QStringList clients;
    for (qsizetype c = 0; c < r.clientOutputs.size(); ++c)
        clients << NamedPipesPanel::tr("client %1 (pid %2) read: \"%3\"")
                       .arg(c + 1)
                       .arg(c < r.spawnedPids.size() ? r.spawnedPids[c] : 0)
                       .arg(r.clientOutputs[c]);
    row(NamedPipesPanel::tr("Duplex"),
        NamedPipesPanel::tr("Each client wrote and then read its instance's answer on the same handle: %1.")
            .arg(clients.join(QStringLiteral("; "))),
        NamedPipesPanel::tr("A FIFO goes one way: an answer needs a second FIFO (the Duplex demo beside runs it)."));
    row(NamedPipesPanel::tr("Messages"),
        NamedPipesPanel::tr("Message mode, 200 and 50 bytes read 64 at a time: %1. Byte mode: %2.")
            .arg(readsText(r.messageReads), readsText(r.byteReads)),
        NamedPipesPanel::tr("A byte stream: the boundaries are gone, as in byte mode."));
    row(NamedPipesPanel::tr("Permissions"),
        (r.securityOpened
                ? NamedPipesPanel::tr("Created with %1 (only SYSTEM); the handle holds %2; this user opened it: "
                                      "yes.")
                      .arg(r.sddlRequested, r.sddlReadBack)
                : NamedPipesPanel::tr("Created with %1 (only SYSTEM); the handle holds %2; this user opened it: no, "
                                      "%3.")
                      .arg(r.sddlRequested, r.sddlReadBack, errorText(r.securityError)))
            + (r.wine && r.securityOpened ? QLatin1Char(' ')
                        + NamedPipesPanel::tr("Wine does not enforce this ACL; Windows would refuse with "
                                              "ERROR_ACCESS_DENIED.")
                                          : QString()),
        NamedPipesPanel::tr(
            "The FIFO's mode bits, checked by the kernel at open(2); root bypasses them (the Permissions tab)."));
    row(NamedPipesPanel::tr("Network"),
        (r.remoteOpened ? NamedPipesPanel::tr("%1: opened.").arg(r.remotePath)
                        : NamedPipesPanel::tr("%1: %2.").arg(r.remotePath, errorText(r.remoteError)))
            + (r.wine ? QLatin1Char(' ')
                        + NamedPipesPanel::tr("Wine has no remote pipes; Windows would ask the host over SMB.")
                      : QString()),
        NamedPipesPanel::tr("None: a FIFO never crosses the network."));
    m_results->setHtml(html + QStringLiteral("</table>"));
    m_status->setText(NamedPipesPanel::tr("Ran on %1.").arg(r.platform));
}

void WindowsPipeRunBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void WindowsPipeRunBox::retranslateUi()
{
    setTitle(NamedPipesPanel::tr("Windows named pipes, run under Wine"));
    m_intro->setText(NamedPipesPanel::tr("What the note says of named pipes holds for Windows' named pipes: run them "
                                         "for real (pipescope-trace.exe under Wine) beside the FIFO runs of this "
                                         "page."));
    m_runButton->setText(NamedPipesPanel::tr("Run on Windows (Wine)"));
    m_runButton->setToolTip(NamedPipesPanel::tr("Three instances and three client processes, message and byte mode, "
                                                "a security descriptor and a remote name, run under Wine."));
    m_runButton->setAccessibleName(m_runButton->text());
    m_runButton->setAccessibleDescription(m_runButton->toolTip());
    m_results->setAccessibleName(NamedPipesPanel::tr("Windows named pipes, run"));
    m_results->setAccessibleDescription(NamedPipesPanel::tr("Per claim of the note: what the Windows run did and "
                                                            "what a Linux FIFO has instead."));
    m_busy->setAccessibleName(NamedPipesPanel::tr("Running under Wine"));
    if (m_record) {
        showRecord();
        return;
    }
    if (!m_failure) {
        if (!isRunning())
            m_status->setText(NamedPipesPanel::tr("Not run yet."));
        return;
    }
    m_status->setText(WineText::problem(m_failure->first, m_failure->second));
}
