// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/plancomparepanel.h"

#include "text/comparetext.h"
#include "text/describe.h"
#include "text/recordingtext.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace pipescope;

namespace {

constexpr int eventRole = Qt::UserRole + 1;
constexpr int whyRole = Qt::UserRole + 2;

// Light enough for black text, told apart by the mark's words as well as by colour.
QColor markColour(CompareMark m)
{
    switch (m) {
    case CompareMark::Same:
        return {};
    case CompareMark::Differs:
        return QColor(0xf6, 0xd8, 0x8f); // amber
    case CompareMark::Moved:
        return QColor(0xd9, 0xc8, 0xf0); // lilac
    case CompareMark::PlanOnly:
        return QColor(0xf4, 0xb6, 0xb0); // rose
    case CompareMark::RealOnly:
        return QColor(0xb3, 0xd7, 0xf2); // sky
    }
    return {};
}

} // namespace

PlanComparePanel::PlanComparePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planComparePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* popenRow = new QHBoxLayout;
    m_popenLabel = new QLabel;
    m_popens = new QComboBox;
    m_popens->setObjectName(QStringLiteral("comparePopen"));
    m_popenLabel->setBuddy(m_popens);
    popenRow->addWidget(m_popenLabel);
    popenRow->addWidget(m_popens, 1);
    layout->addLayout(popenRow);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_rows = new QTreeWidget;
    m_rows->setObjectName(QStringLiteral("compareRows"));
    m_rows->setColumnCount(3);
    m_rows->setRootIsDecorated(false);
    m_rows->setUniformRowHeights(true);
    m_rows->setAlternatingRowColors(false);
    m_rows->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rows->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rows->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_rows->header()->setStretchLastSection(true);
    layout->addWidget(m_rows, 1);
    // What the chosen row's mark means and why, readable without hovering (a projector has no mouse pointer to
    // follow).
    m_why = new QLabel;
    m_why->setObjectName(QStringLiteral("compareWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_why);

    connect(m_popens, &QComboBox::activated, this, &PlanComparePanel::showPopen);
    connect(m_rows, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showWhy();
        if (item && item->data(0, eventRole).isValid())
            Q_EMIT eventChosen(item->data(0, eventRole).value<qulonglong>());
    });
    retranslateUi();
}

void PlanComparePanel::setRecording(
    std::shared_ptr<const Recording> recording, std::vector<std::optional<std::pair<int, int>>> versions)
{
    m_recording = std::move(recording);
    m_versions = std::move(versions);
    {
        const QSignalBlocker block(m_popens);
        m_popens->clear();
        if (m_recording)
            for (size_t i = 0; i < m_recording->popens.size(); ++i)
                m_popens->addItem(QString());
    }
    showPopen(0);
    retranslateUi();
}

void PlanComparePanel::showPopen(int index)
{
    m_comparison.reset();
    if (m_recording && index >= 0 && static_cast<size_t>(index) < m_recording->popens.size()) {
        const auto i = static_cast<size_t>(index);
        m_comparison = comparePopenWithPlan(
            *m_recording, m_recording->popens[i], i < m_versions.size() ? m_versions[i] : std::nullopt);
        const QSignalBlocker block(m_popens);
        m_popens->setCurrentIndex(index);
    }
    fill();
}

int PlanComparePanel::popenShown() const
{
    return m_comparison ? m_popens->currentIndex() : -1;
}

void PlanComparePanel::fill()
{
    const QSignalBlocker block(m_rows);
    m_rows->clear();
    m_summary->setText(summaryText());
    if (!m_comparison)
        return;
    const PlanComparison& c = *m_comparison;
    const Recording& rec = *m_recording;
    for (const ComparedRow& row : c.rows) {
        auto* item = new QTreeWidgetItem(m_rows);
        item->setText(0, CompareText::mark(row.mark));
        QStringList tip { CompareText::markMeaning(row.mark) };
        if (const QString why = CompareText::reason(row.reason); !why.isEmpty())
            tip << why;
        if (row.planStep) {
            const Step& step = c.plan.steps[*row.planStep];
            item->setText(1, Describe::actor(step.actor) + QStringLiteral(": ") + Describe::stepCall(step, c.plan));
            tip << Describe::stepExplanation(step, c.plan);
        }
        if (row.event) {
            const RecordedEvent& e = rec.events[*row.event];
            item->setText(2, RecordingText::call(rec, e));
            item->setData(0, eventRole, QVariant::fromValue<qulonglong>(*row.event));
        }
        const QString tooltip = tip.join(QStringLiteral("\n\n"));
        item->setData(0, whyRole, tip.mid(0, 2).join(QLatin1Char(' ')));
        const QColor colour = markColour(row.mark);
        for (int column = 0; column < 3; ++column) {
            item->setToolTip(column, tooltip);
            if (colour.isValid()) {
                item->setBackground(column, colour);
                item->setForeground(column, QColor(Qt::black));
            }
        }
    }
    m_rows->resizeColumnToContents(1);
    showWhy();
}

void PlanComparePanel::showWhy()
{
    const QTreeWidgetItem* item = m_rows->currentItem();
    m_why->setText(item    ? item->data(0, whyRole).toString()
            : m_comparison ? tr("Choose a row to see what its mark means; a row with a recorded call shows "
                                "that call in the diagram.")
                           : QString());
}

void PlanComparePanel::followEvent(std::optional<size_t> event)
{
    const QSignalBlocker block(m_rows);
    for (int i = 0; i < m_rows->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_rows->topLevelItem(i);
        const QVariant e = item->data(0, eventRole);
        if (event && e.isValid() && e.value<qulonglong>() == *event) {
            m_rows->setCurrentItem(item);
            m_rows->scrollToItem(item);
            showWhy();
            return;
        }
    }
    m_rows->setCurrentItem(nullptr);
    showWhy();
}

QString PlanComparePanel::summaryText() const
{
    if (m_comparison)
        return CompareText::summary(*m_comparison);
    return m_recording ? tr("No CPython Popen was recognised in this recording: there is no plan to set beside it.")
                       : tr("Record a Python program that calls subprocess.Popen to set it beside PipeScope's plan.");
}

QString PlanComparePanel::whyText() const
{
    return m_why->text();
}

void PlanComparePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlanComparePanel::retranslateUi()
{
    m_popenLabel->setText(tr("&Popen:"));
    m_popens->setToolTip(tr("The recognised Popen calls, in the order they started their child."));
    if (m_recording)
        for (int i = 0; i < m_popens->count(); ++i) {
            const RecognisedPopen& p = m_recording->popens[static_cast<size_t>(i)];
            m_popens->setItemText(i,
                tr("%1: process %2 started %3 (%4)")
                    .arg(i + 1)
                    .arg(p.parentPid)
                    .arg(p.childPid)
                    .arg(fromCore(popenPathName(p.path))));
        }
    m_rows->setHeaderLabels({ QString(), tr("PipeScope's plan"), tr("What CPython did") });
    m_why->setAccessibleName(tr("What the chosen row means"));
    m_rows->setAccessibleName(tr("The plan beside the recording"));
    m_rows->setAccessibleDescription(tr("Each row: a step of PipeScope's plan, the recorded call that did it, and "
                                        "whether they differ."));
    fill();
}
