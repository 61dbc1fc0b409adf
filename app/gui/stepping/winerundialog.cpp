// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/winerundialog.h"

#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "text/byteescaper.h"
#include "text/comparetext.h"
#include "text/winetext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace pipescope;

namespace {

enum Column { HandleColumn, KindColumn, InheritColumn, RoleColumn, ColumnCount };

// What came through a pipe, on one line: escaped, newlines as \n, cut after a hundred characters.
QString oneLine(const QByteArray& data)
{
    constexpr qsizetype shown = 100;
    QString text = ByteEscaper::escapeAll(data.left(shown));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return data.size() > shown ? text + QStringLiteral("…") : text;
}

QString kindOf(const WinHandleEntry& e)
{
    return e.fileType.isEmpty() ? e.type : e.type + QStringLiteral(" (") + e.fileType + QLatin1Char(')');
}

} // namespace

WineRunDialog::WineRunDialog(Bridge* bridge, QWidget* parent)
    : QDialog(parent)
    , m_run(new WineRun(bridge, this))
{
    setObjectName(QStringLiteral("wineRunDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_config = new QLabel(this);
    m_config->setObjectName(QStringLiteral("wineRunConfiguration"));
    m_config->setWordWrap(true);
    m_config->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("wineRunButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("wineCancelButton"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy: Wine says nothing until it is done
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("wineRunStatus"));
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_runButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);

    m_calls = new QTreeWidget(this);
    m_calls->setObjectName(QStringLiteral("wineRunCalls"));
    m_calls->setColumnCount(2);
    m_calls->setRootIsDecorated(false);
    m_calls->setUniformRowHeights(true);
    m_calls->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    const auto makeTable = [this](const QString& name) {
        auto* table = new QTableWidget(0, ColumnCount, this);
        table->setObjectName(name);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->setVisible(false);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
        return table;
    };
    m_parentTable = makeTable(QStringLiteral("wineParentTable"));
    m_childTable = makeTable(QStringLiteral("wineChildTable"));
    m_parentBox = new QGroupBox(this);
    (new QVBoxLayout(m_parentBox))->addWidget(m_parentTable);
    m_childBox = new QGroupBox(this);
    m_inheritNote = new QLabel(this);
    m_inheritNote->setObjectName(QStringLiteral("wineInheritNote"));
    m_inheritNote->setWordWrap(true);
    auto* childLayout = new QVBoxLayout(m_childBox);
    childLayout->addWidget(m_childTable);
    childLayout->addWidget(m_inheritNote);
    m_allTypes = new QCheckBox(this);
    m_allTypes->setObjectName(QStringLiteral("wineAllHandleTypes"));
    auto* tables = new QWidget(this);
    auto* tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    // The parent holds more handles than the child: its table gets the larger share.
    auto* tablesSplit = new QSplitter(Qt::Vertical, tables);
    tablesSplit->addWidget(m_parentBox);
    tablesSplit->addWidget(m_childBox);
    tablesSplit->setStretchFactor(0, 3);
    tablesSplit->setStretchFactor(1, 2);
    tablesSplit->setSizes({ 300, 200 });
    tablesSplit->setChildrenCollapsible(false);
    tablesLayout->addWidget(tablesSplit, 1);
    tablesLayout->addWidget(m_allTypes);

    // The diagram of the stepping page, drawn from the real handle tables; the tables themselves beside it.
    m_scene = new DiagramScene(this);
    m_view = new DiagramView(m_scene);
    m_view->setObjectName(QStringLiteral("wineDiagram"));
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("wineViews"));
    m_views->addTab(m_view, QString());
    m_views->addTab(tables, QString());

    auto* callsColumn = new QWidget(this);
    auto* callsLayout = new QVBoxLayout(callsColumn);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    callsLayout->addWidget(m_calls, 1);
    auto* stepRow = new QHBoxLayout;
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(QStringLiteral("wineBackButton"));
    m_stepButton = new QPushButton(this);
    m_stepButton->setObjectName(QStringLiteral("wineStepButton"));
    stepRow->addWidget(m_backButton);
    stepRow->addWidget(m_stepButton);
    stepRow->addStretch(1);
    callsLayout->addLayout(stepRow);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(callsColumn);
    split->addWidget(m_views);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("wineRunResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_wineNote = new QLabel(this);
    m_wineNote->setWordWrap(true);
    m_wineNote->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("wineExportButton"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &WineRunDialog::exportRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_config);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_wineNote);
    layout->addWidget(buttons);

    connect(m_runButton, &QPushButton::clicked, this, &WineRunDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, m_run, &WineRun::cancel);
    connect(m_calls, &QTreeWidget::currentItemChanged, this, &WineRunDialog::showTables);
    connect(m_backButton, &QPushButton::clicked, this, [this] { showStep(std::max(0, shownStep() - 1)); });
    connect(m_stepButton, &QPushButton::clicked, this,
        [this] { showStep(std::min(shownStep() + 1, m_calls->topLevelItemCount() - 1)); });
    connect(m_allTypes, &QCheckBox::toggled, this, &WineRunDialog::showTables);
    connect(m_run, &WineRun::finished, this, [this](const WinRunRecord& record) {
        m_record = record;
        m_failure.reset();
        setRunning(false);
        m_exportButton->setEnabled(true);
        showRecord();
        Q_EMIT runFinished();
    });
    connect(m_run, &WineRun::failed, this, [this](WineRun::Problem problem, const QString& detail) {
        onFailed(problem, detail);
        Q_EMIT runFinished();
    });
    connect(m_run, &WineRun::cancelled, this, [this] {
        m_wasCancelled = true;
        setRunning(false);
        m_status->setText(tr("Cancelled: Wine and the Windows programs were stopped."));
        Q_EMIT runFinished();
    });
    resize(1100, 680);
    setRunning(false);
    retranslateUi();
}

WineRunDialog::~WineRunDialog() = default;

void WineRunDialog::setConfiguration(const SpawnSpec& spec, const QByteArray& input)
{
    m_spec = spec;
    m_input = input;
    showConfiguration();
}

void WineRunDialog::run()
{
    m_wasCancelled = false;
    if (!m_run->start(m_spec, m_input)) {
        onFailed(m_run->problem(), {});
        Q_EMIT runFinished();
        return;
    }
    m_failure.reset();
    setRunning(true);
}

bool WineRunDialog::isRunning() const
{
    return m_run->isRunning();
}

void WineRunDialog::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_busy->setVisible(running);
    if (running)
        m_status->setText(WineText::running());
}

void WineRunDialog::onFailed(WineRun::Problem problem, const QString& detail)
{
    setRunning(false);
    m_failure = std::pair { problem, detail };
    m_status->setText(WineText::problem(problem, detail));
}

void WineRunDialog::showConfiguration()
{
    bool substituted = false;
    SpawnSpec shown = m_spec;
    shown.argv.clear();
    for (const QString& a : WineRun::windowsProgram(m_spec, &substituted))
        shown.argv.push_back(a.toStdString());
    QString text = CompareText::popenCall(shown);
    if (substituted && !m_spec.argv.empty())
        text += QLatin1Char('\n')
            + tr("%1 has no Windows build here: the Windows run starts pipescope-child.exe echo with the same streams.")
                  .arg(QString::fromStdString(m_spec.argv.front()));
    m_config->setText(text);
}

QString WineRunDialog::roleText(const WinHandleEntry& e) const
{
    const QString& r = e.role;
    if (r == QLatin1String("p2cread") || r == QLatin1String("c2pwrite") || r == QLatin1String("errwrite"))
        return tr("%1: the child's %2, an inheritable copy of %3").arg(r, e.stream, e.copyOf);
    if (r == QLatin1String("p2cwrite") || r == QLatin1String("c2pread") || r == QLatin1String("errread"))
        return tr("%1: the parent's end of the %2 pipe").arg(r, e.stream);
    if (r == QLatin1String("pipe_read"))
        return tr("read end of the %1 pipe, as CreatePipe made it (not inheritable)").arg(e.stream);
    if (r == QLatin1String("pipe_write"))
        return tr("write end of the %1 pipe, as CreatePipe made it (not inheritable)").arg(e.stream);
    if (r == QLatin1String("dummy_read") || r == QLatin1String("dummy_write"))
        return tr("an end of the dummy %1 pipe (no standard handle to give)").arg(e.stream);
    if (r == QLatin1String("std"))
        return tr("the parent's own %1").arg(e.stream);
    if (r == QLatin1String("process"))
        return tr("the child's process handle");
    if (r == QLatin1String("thread"))
        return tr("the child's main thread");
    if (r == QLatin1String("inherited"))
        return tr("inherited from the parent");
    return {};
}

void WineRunDialog::showRecord()
{
    m_calls->clear();
    if (!m_record)
        return;
    const WinRunRecord& rec = *m_record;
    int row = 0;
    for (const WinRunStep& step : rec.steps) {
        const QString text = WineText::call(step);
        auto* item = new QTreeWidgetItem(m_calls, { QString::number(++row), text });
        item->setToolTip(1, QStringLiteral("%1\n%2").arg(step.stepId, text));
    }
    QStringList lines;
    if (!rec.errorCall.isEmpty()) {
        lines << tr("%1(%2) failed: error %3 %4 — %5")
                     .arg(rec.errorCall, rec.errorSubject)
                     .arg(rec.winError)
                     .arg(rec.winErrorName, rec.winErrorMessage);
        m_status->setText(tr("Ran on %1: the child could not be created.").arg(rec.platform));
    } else {
        QStringList std;
        for (const char* s : { "stdin", "stdout", "stderr" }) {
            const QString v = rec.childStdHandles.value(QLatin1String(s));
            std << QStringLiteral("%1 %2").arg(QLatin1String(s), v.isEmpty() ? QStringLiteral("NULL") : v);
        }
        lines << tr("The child's standard handles (GetStdHandle there, read from its PEB): %1")
                     .arg(std.join(QStringLiteral(", ")));
        if (rec.redirects.value(QStringLiteral("stdout")) == QLatin1String("pipe"))
            lines << tr("stdout through the pipe (%n byte(s)): %1", nullptr, static_cast<int>(rec.stdoutData.size()))
                         .arg(oneLine(rec.stdoutData));
        if (rec.redirects.value(QStringLiteral("stderr")) == QLatin1String("pipe"))
            lines << tr("stderr through the pipe (%n byte(s)): %1", nullptr, static_cast<int>(rec.stderrData.size()))
                         .arg(oneLine(rec.stderrData));
        lines << (rec.exitCode ? tr("The child (pid %1) exited with code %2.").arg(rec.childPid).arg(*rec.exitCode)
                               : tr("The child (pid %1) did not end in time and was terminated.").arg(rec.childPid));
        m_status->setText(tr("Ran on %1: %n Win32 call(s), each with both handle tables right after it.", nullptr,
            static_cast<int>(rec.steps.size()))
                              .arg(rec.platform));
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    // The suspended child before its first instruction: the moment the handle list matters.
    int created = -1;
    for (int i = 0; i < rec.steps.size(); ++i)
        if (rec.steps[i].call == QLatin1String("CreateProcessW"))
            created = i;
    showStep(created >= 0 ? created : static_cast<int>(rec.steps.size()) - 1);
}

void WineRunDialog::showStep(int row)
{
    QTreeWidgetItem* item = row >= 0 ? m_calls->topLevelItem(row) : nullptr;
    if (item == m_calls->currentItem())
        showTables(); // no currentItemChanged to do it
    else
        m_calls->setCurrentItem(item);
}

int WineRunDialog::shownStep() const
{
    return m_calls->currentItem() ? m_calls->indexOfTopLevelItem(m_calls->currentItem()) : -1;
}

void WineRunDialog::showTables()
{
    const int row = shownStep();
    const WinRunStep* step = m_record && row >= 0 && row < m_record->steps.size() ? &m_record->steps[row] : nullptr;
    const WinRunStep* before = step && row > 0 ? &m_record->steps[row - 1] : nullptr;
    const auto table = [](const WinRunStep* s, bool child) -> const QList<WinHandleEntry>* {
        if (!s)
            return nullptr;
        const auto& t = child ? s->childTable : s->parentTable;
        return t ? &*t : nullptr;
    };
    // Before the first call: the parent's table before Popen began.
    const QList<WinHandleEntry>* parentBefore = table(before, false);
    if (step && row == 0 && m_record->parentTableBefore)
        parentBefore = &*m_record->parentTableBefore;
    if (m_record && step)
        m_scene->setWindowsStep(*m_record, row);
    m_backButton->setEnabled(step && row > 0);
    m_stepButton->setEnabled(step && row + 1 < m_record->steps.size());
    fillTable(m_parentTable, table(step, false), parentBefore);
    fillTable(m_childTable, table(step, true), table(before, true));
    const qint64 childPid = m_record ? m_record->childPid : 0;
    m_parentBox->setTitle(tr("Parent's handles: pipescope-trace.exe, after this call"));
    if (!step || !step->childTable)
        m_childBox->setTitle(tr("Child's handles: no child yet"));
    else if (step->call == QLatin1String("ResumeThread"))
        m_childBox->setTitle(tr("Child's handles (pid %1, running)").arg(childPid));
    else
        m_childBox->setTitle(tr("Child's handles (pid %1, suspended: it has not run an instruction)").arg(childPid));

    // What the parent could have given and did not: its inheritable files when CreateProcessW ran, missing from the
    // child. The handle list (or bInheritHandles=FALSE) kept them out.
    QStringList keptOut;
    if (step && step->childTable && m_record) {
        const auto created = std::ranges::find(m_record->steps, QStringLiteral("CreateProcessW"), &WinRunStep::call);
        if (created != m_record->steps.end() && created->parentTable) {
            for (const WinHandleEntry& e : *created->parentTable) {
                const bool inChild = std::ranges::any_of(*step->childTable,
                    [&](const WinHandleEntry& c) { return c.handle == e.handle && c.type == e.type && c.inherit; });
                if (e.inherit && e.type == QLatin1String("File") && !inChild)
                    keptOut << e.handle;
            }
        }
    }
    m_inheritNote->setVisible(!keptOut.isEmpty());
    if (!keptOut.isEmpty())
        m_inheritNote->setText(m_record->inheritHandles
                ? tr("Not inherited although inheritable in the parent: %1. The handle list "
                     "(PROC_THREAD_ATTRIBUTE_HANDLE_LIST) gave the child only its three handles.")
                      .arg(keptOut.join(QStringLiteral(", ")))
                : tr("Not inherited although inheritable in the parent: %1. CreateProcessW ran with "
                     "bInheritHandles=FALSE.")
                      .arg(keptOut.join(QStringLiteral(", "))));
}

void WineRunDialog::fillTable(
    QTableWidget* table, const QList<WinHandleEntry>* now, const QList<WinHandleEntry>* before)
{
    table->setRowCount(0);
    if (!now)
        return;
    const bool all = m_allTypes->isChecked();
    const auto held = [](const QList<WinHandleEntry>* t, const QString& value) {
        return t && std::ranges::any_of(*t, [&](const WinHandleEntry& e) { return e.handle == value; });
    };
    const auto addRow = [&](const WinHandleEntry& e, bool isNew, bool closed) {
        const int row = table->rowCount();
        table->insertRow(row);
        QString role = roleText(e);
        if (isNew)
            role = role.isEmpty() ? tr("new") : tr("new: %1").arg(role);
        if (closed)
            role = role.isEmpty() ? tr("closed by this call") : tr("closed by this call: %1").arg(role);
        const QStringList cells { e.handle, kindOf(e), e.inherit ? tr("yes") : tr("no"), role };
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            QFont font = item->font();
            font.setBold(isNew);
            font.setStrikeOut(closed);
            item->setFont(font);
            if (closed)
                item->setForeground(table->palette().brush(QPalette::Disabled, QPalette::Text));
            table->setItem(row, c, item);
        }
    };
    for (const WinHandleEntry& e : *now) {
        if (!all && e.type != QLatin1String("File"))
            continue;
        addRow(e, before && !held(before, e.handle), false);
    }
    if (before) {
        for (const WinHandleEntry& e : *before) {
            if ((all || e.type == QLatin1String("File")) && !held(now, e.handle))
                addRow(e, false, true);
        }
    }
}

void WineRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WineRunDialog::retranslateUi()
{
    setWindowTitle(tr("Run on Windows (Wine)"));
    m_intro->setText(tr("The same Popen(...) run by Popen's Windows branch for real: pipescope-trace.exe makes each "
                        "Win32 call of _get_handles and _execute_child under Wine and reads both processes' handle "
                        "tables after each. The child is created suspended, so its table shows what it inherited "
                        "before it runs."));
    m_runButton->setText(tr("Run on Windows (Wine)"));
    m_runButton->setToolTip(tr("Run this configuration as Popen's Windows branch under Wine."));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop Wine and the Windows programs."));
    m_calls->setHeaderLabels({ tr("#"), tr("Win32 call (real HANDLE values)") });
    m_views->setTabText(0, tr("Diagram"));
    m_views->setTabText(1, tr("Handle tables"));
    m_view->setAccessibleName(tr("Diagram of the Windows run"));
    m_exportButton->setText(tr("Export for the Browser…"));
    m_exportButton->setToolTip(tr("Saves one web page that replays this Windows run call by call (the diagram, both "
                                  "handle tables, English and Chinese) in any browser, without PipeScope."));
    m_backButton->setText(tr("◀ Back"));
    m_backButton->setToolTip(tr("The call before"));
    m_stepButton->setText(tr("Step ▶"));
    m_stepButton->setToolTip(tr("The next call"));
    m_calls->setAccessibleName(tr("Win32 calls"));
    m_calls->setToolTip(tr("Each Win32 call the Windows branch made, in order; choose one to see both handle tables "
                           "right after it."));
    for (QTableWidget* t : { m_parentTable, m_childTable })
        t->setHorizontalHeaderLabels({ tr("Handle"), tr("Kind"), tr("Inherit"), tr("What it is") });
    m_parentTable->setAccessibleName(tr("Parent's handle table"));
    m_childTable->setAccessibleName(tr("Child's handle table"));
    m_allTypes->setText(tr("Show every handle type (events, keys, threads…), not only files and pipes"));
    m_wineNote->setText(tr("Handle values and pids are Wine's own; Windows gives other numbers but the same "
                           "structure. Wine's handle table hides kernel object addresses, so the two ends of a pipe "
                           "are named here from the calls that made them."));
    m_busy->setAccessibleName(tr("Running under Wine"));
    showConfiguration();
    if (m_record) {
        const int row = shownStep();
        showRecord();
        if (row >= 0)
            showStep(row);
    } else if (m_failure)
        m_status->setText(WineText::problem(m_failure->first, m_failure->second));
    else if (m_wasCancelled)
        m_status->setText(tr("Cancelled: Wine and the Windows programs were stopped."));
    else if (!isRunning())
        m_status->setText(tr("Not run yet."));
    showTables();
    m_scene->redraw(); // the picture shown, said again
}
