// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/stepspanel.h"

#include "stepping/planmodel.h"
#include "text/describe.h"
#include "text/retranslate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace pipescope;

StepsPanel::StepsPanel(PlanModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("stepsPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stepsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("modelBanner"));
    m_banner->setWordWrap(true);
    // Dark text on amber: unmistakable, and legible on a projector.
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #ffcf5c; color: #1a1a1a; border: 2px solid #8a5a00; "
                                           "border-radius: 4px; padding: 4px; font-weight: bold; }"));
    m_banner->setVisible(false);
    m_wineButton = new QPushButton(this);
    m_wineButton->setObjectName(QStringLiteral("wineRunRequestButton"));
    m_wineButton->setVisible(false);
    connect(m_wineButton, &QPushButton::clicked, this, &StepsPanel::wineRunRequested);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setColumnHidden(PlanModel::FdsColumn, true);
    m_view->setColumnHidden(PlanModel::ExplanationColumn, true);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(PlanModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanModel::ActorColumn, QHeaderView::ResizeToContents);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("stepDetails"));
    m_details->setTabChangesFocus(true);
    m_details->setOpenLinks(false);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_wineButton);
    layout->addLayout(bannerRow);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &StepsPanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_banner->setVisible(m_model->plan().lens == Lens::Windows);
        m_wineButton->setVisible(m_model->plan().lens == Lens::Windows);
        showProgress(m_snapshot, m_model->plan().lens);
    });
    retranslateUi();
}

StepsPanel::~StepsPanel() = default;

void StepsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StepsPanel::retranslateUi()
{
    m_banner->setText(tr("MODEL — Step and Run execute the POSIX plan; highlighted: the Win32 call that matches the "
                         "POSIX step just done. Run on Windows (Wine) makes these calls for real."));
    m_wineButton->setText(tr("Run on Windows (Wine)…"));
    m_wineButton->setToolTip(tr("Run this configuration as Popen's Windows branch under Wine: every Win32 call with "
                                "its real HANDLE values, and both processes' real handle tables after each."));
    m_wineButton->setAccessibleName(tr("Run on Windows (Wine)"));
    m_wineButton->setAccessibleDescription(m_wineButton->toolTip());
    m_view->setToolTip(tr("Popen's handle setup, one call per row, in the order it runs. The step just done is bold; "
                          "select any step to read about it."));
    m_details->setToolTip(tr("The selected step: what the call does and why Popen makes it there."));
    m_view->setAccessibleName(tr("Steps"));
    m_view->setAccessibleDescription(m_view->toolTip());
    m_details->setAccessibleName(tr("Step explanation"));
    reshowTexts(m_model);
    // The title and the explanation are made from the state: make them again in the language now installed.
    showProgress(m_snapshot, m_lens);
}

void StepsPanel::showProgress(const StepSnapshot& snapshot, Lens lens)
{
    m_snapshot = snapshot;
    m_lens = lens;
    m_banner->setVisible(lens == Lens::Windows);
    m_wineButton->setVisible(lens == Lens::Windows);
    const int total = m_model->rowCount();
    int current = -1;
    if (lens == Lens::Posix)
        current = static_cast<int>(snapshot.position) - 1;
    else if (snapshot.windowsStepId)
        current = m_model->rowOfStep(QString::fromStdString(*snapshot.windowsStepId));
    m_model->setCurrentRow(current);

    if (lens == Lens::Windows)
        m_title->setText(tr("Steps on Windows (a model, %n call(s))", nullptr, total));
    else if (snapshot.position == 0)
        m_title->setText(tr("Steps: none done yet, %n planned", nullptr, total));
    else
        m_title->setText(tr("Steps: %1 of %2 done").arg(snapshot.position).arg(total));

    // The selection follows the session: the step just done, or the first one before anything ran.
    const int select = current >= 0 ? current : (lens == Lens::Posix && snapshot.position == 0 ? 0 : -1);
    if (select >= 0 && select < total) {
        const QModelIndex index = m_model->index(select, 0);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->setCurrentIndex({});
    }
    showDetails();
}

void StepsPanel::showWaiting(const std::optional<StepWait>& wait)
{
    m_wait = wait;
    m_model->setWaitingRow(wait ? wait->row : -1);
    if (wait && wait->row >= 0 && wait->row < m_model->rowCount()) {
        const QModelIndex index = m_model->index(wait->row, 0);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    showDetails();
}

QString StepsPanel::explanationHtml() const
{
    return m_details->toHtml();
}

QString StepsPanel::explanationText() const
{
    return m_details->toPlainText();
}

QString StepsPanel::waitingHtml(const StepWait& wait)
{
    // fifo(7): opening a FIFO normally blocks until the other end is opened too. stdin's file is opened for reading,
    // stdout's and stderr's for writing.
    const bool forReading = wait.stream == Stream::Stdin;
    const QString what = forReading
        ? tr("open() waits for a writer: %1 is a FIFO, and opening a FIFO for reading blocks until another process "
             "opens it for writing.")
              .arg(wait.path)
        : tr("open() waits for a reader: %1 is a FIFO, and opening a FIFO for writing blocks until another process "
             "opens it for reading.")
              .arg(wait.path);
    QString html = QStringLiteral("<p style=\"color:#b00020\"><b>%1</b></p>").arg(what.toHtmlEscaped());
    if (!wait.waitChannel.isEmpty() && wait.waitChannel != QLatin1String("0"))
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr(
                        "In the kernel, PipeScope's thread sleeps in %1 (read from its /proc/self/task/<tid>/wchan).")
                             .arg(wait.waitChannel)
                             .toHtmlEscaped());
    const QString other
        = forReading ? QStringLiteral("echo hi > %1").arg(wait.path) : QStringLiteral("cat %1").arg(wait.path);
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Open the other end (e.g. %1 in a terminal) and the open() returns; Reset or Stop cancels it.")
                         .arg(other)
                         .toHtmlEscaped());
    return html;
}

void StepsPanel::showDetails()
{
    const HandlePlan& plan = m_model->plan();
    QString html;
    const bool windows = plan.lens == Lens::Windows;
    if (windows && m_snapshot.position > 0 && !m_snapshot.windowsStepId)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("The POSIX step just done has no Win32 counterpart in _get_handles: Windows needs no "
                            "error pipe, no fork and no close-on-exec.")
                             .toHtmlEscaped());
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        if (html.isEmpty())
            html = tr("Select a step to read what it does and why.").toHtmlEscaped();
        m_details->setHtml(html);
        return;
    }
    const int row = current.row();
    const Step& step = plan.steps[static_cast<size_t>(row)];
    const int total = m_model->rowCount();
    QString heading;
    const bool waiting = m_wait && row == m_wait->row;
    if (waiting)
        heading = tr("Step %1 of %2 — waiting now").arg(row + 1).arg(total);
    else if (row == m_model->currentRow())
        heading = windows ? tr("Win32 counterpart of the step just done (%1 of %2)").arg(row + 1).arg(total)
                          : tr("Step %1 of %2 — just done").arg(row + 1).arg(total);
    else if (!windows && m_snapshot.position == 0 && row == 0)
        heading = tr("Next: step 1 of %1 — press Step (→) to make this call for real").arg(total);
    else if (!windows && row == m_model->currentRow() + 1)
        heading = tr("Next: step %1 of %2").arg(row + 1).arg(total);
    else
        heading = tr("Step %1 of %2").arg(row + 1).arg(total);

    html += QStringLiteral("<p><b>%1</b> · %2</p><p><code style=\"font-size: large\">%3</code></p><p>%4</p>")
                .arg(heading.toHtmlEscaped(), Describe::actor(step.actor).toHtmlEscaped(),
                    Describe::stepCall(step, plan).toHtmlEscaped(),
                    Describe::stepExplanation(step, plan).toHtmlEscaped());
    if (waiting)
        html += waitingHtml(*m_wait);
    const QString fds = m_model->index(row, 0).data(PlanModel::RealFdsRole).toString();
    if (!fds.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Really: %1").arg(fds).toHtmlEscaped());
    if (m_snapshot.error && row == m_model->currentRow())
        html += QStringLiteral("<p style=\"color:#b00020\"><b>%1</b></p>")
                    .arg(Describe::error(*m_snapshot.error).toHtmlEscaped());
    m_details->setHtml(html);
}
