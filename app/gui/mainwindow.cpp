// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "childprogram.h"
#include "describe.h"
#include "fdtablemodel.h"
#include "planmodel.h"
#include "sessioncontroller.h"
#include "streamspanel.h"
#include "tracemodel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace pipescope;

namespace {

bool sameSpec(const SpawnSpec& a, const SpawnSpec& b)
{
    return a.argv == b.argv && a.redirects == b.redirects && a.pipeSize == b.pipeSize && a.closeFds == b.closeFds
        && a.passFds == b.passFds && a.cwd == b.cwd;
}

QPlainTextEdit* createOutputView(const QString& objectName, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    view->setFont(font);
    return view;
}

// What the parent can see of a stream that is not a pipe, and what Python would do on proc.<stream>.
QString outputNote(Stream s, const Redirect& r)
{
    const QString name = Describe::stream(s);
    switch (r.kind) {
    case Redirect::Kind::Pipe:
        return MainWindow::tr("Nothing read yet: press Run.");
    case Redirect::Kind::Inherit:
        return MainWindow::tr("%1 is None: the child writes to PipeScope's own %1 (the terminal or log it was "
                              "started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise "
                              "AttributeError: 'NoneType' object has no attribute 'readline'.")
            .arg(name);
    case Redirect::Kind::DevNull:
        return MainWindow::tr("%1=DEVNULL: whatever the child writes is thrown away.").arg(name);
    case Redirect::Kind::Fd:
        return MainWindow::tr("%1 goes to PipeScope's fd %2, not into a pipe the parent reads.").arg(name).arg(r.fd);
    case Redirect::Kind::File:
        return MainWindow::tr("%1 goes to the file '%2'.").arg(name, QString::fromStdString(r.path));
    case Redirect::Kind::Stdout:
        return MainWindow::tr("stderr=STDOUT: the child's error output is mixed into its stdout.");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new SessionController(this))
    , m_planModel(new PlanModel(this))
    , m_fdModel(new FdTableModel(this))
    , m_traceModel(new TraceModel(this))
{
    setWindowTitle(QStringLiteral("PipeScope"));
    resize(1280, 800);

    m_panel = new StreamsPanel;
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("streamsScroll"));
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_panel->sizeHint().width() + 20);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(6);

    // The plan gets the full width: its explanations are the point. The fd table sits next to the output it
    // explains.
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(createFdGroup());
    bottom->addWidget(createOutputTabs());
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({ 380, 520 });

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(createPlanGroup());
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({ 470, 290 });

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(vertical, 1);

    auto* main = new QSplitter(Qt::Horizontal);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(scroll);
    main->addWidget(right);
    main->setStretchFactor(1, 1);
    main->setSizes({ scroll->minimumWidth(), 1280 - scroll->minimumWidth() });
    setCentralWidget(main);

    auto* runShortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(runShortcut, &QShortcut::activated, this, &MainWindow::run);
    auto* quitShortcut = new QShortcut(QKeySequence::Quit, this);
    connect(quitShortcut, &QShortcut::activated, this, &MainWindow::close);

    connect(m_panel, &StreamsPanel::specChanged, this, &MainWindow::applySpec);
    connect(m_panel, &StreamsPanel::lensChanged, m_controller, &SessionController::setLens);
    connect(m_panel, &StreamsPanel::runRequested, this, &MainWindow::run);
    connect(m_panel, &StreamsPanel::stopRequested, m_controller, &SessionController::cancel);
    connect(m_controller, &SessionController::planChanged, this, &MainWindow::onPlanChanged);
    connect(m_controller, &SessionController::runStarted, this, &MainWindow::onRunStarted);
    connect(m_controller, &SessionController::runFinished, this, &MainWindow::onRunFinished);
    connect(m_controller, &SessionController::runFailed, this, &MainWindow::onRunFailed);

    m_panel->setChildProgram(childProgramPath());
    clearRunViews();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createPlanGroup()
{
    m_planGroup = new QGroupBox;
    m_planView = new QTreeView(m_planGroup);
    m_planView->setObjectName(QStringLiteral("planView"));
    m_planView->setToolTip(tr("Popen's handle setup, one call per row, in the order it runs."));
    m_planView->setModel(m_planModel);
    m_planView->setRootIsDecorated(false);
    m_planView->setUniformRowHeights(true);
    m_planView->setAlternatingRowColors(true);
    m_planView->setAllColumnsShowFocus(true);
    QHeaderView* header = m_planView->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(PlanModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanModel::ActorColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanModel::CallColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanModel::FdsColumn, QHeaderView::ResizeToContents);

    m_stepDetails = new QTextBrowser(m_planGroup);
    m_stepDetails->setObjectName(QStringLiteral("stepDetails"));
    m_stepDetails->setToolTip(tr("The selected step: what the call does and why Popen makes it."));
    m_stepDetails->setTabChangesFocus(true);
    m_stepDetails->setOpenLinks(false);

    auto* split = new QSplitter(Qt::Vertical, m_planGroup);
    split->addWidget(m_planView);
    split->addWidget(m_stepDetails);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 300, 120 });

    auto* layout = new QVBoxLayout(m_planGroup);
    layout->addWidget(split);

    connect(m_planView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showStepDetails);
    connect(m_planModel, &QAbstractItemModel::dataChanged, this, &MainWindow::showStepDetails);
    return m_planGroup;
}

QWidget* MainWindow::createFdGroup()
{
    m_fdGroup = new QGroupBox;
    m_fdView = new QTableView(m_fdGroup);
    m_fdView->setObjectName(QStringLiteral("fdTableView"));
    m_fdView->setToolTip(tr("The child's real fd table, read from /proc right after it started."));
    m_fdView->setModel(m_fdModel);
    m_fdView->verticalHeader()->hide();
    m_fdView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fdView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fdView->setAlternatingRowColors(true);
    m_fdView->setWordWrap(false);
    m_fdView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* header = m_fdView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FdTableModel::TargetColumn, QHeaderView::Stretch);

    m_fdNote = new QLabel(m_fdGroup);
    m_fdNote->setObjectName(QStringLiteral("fdNote"));
    m_fdNote->setWordWrap(true);

    auto* layout = new QVBoxLayout(m_fdGroup);
    layout->addWidget(m_fdView, 1);
    layout->addWidget(m_fdNote);
    return m_fdGroup;
}

QWidget* MainWindow::createOutputTabs()
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("bottomTabs"));

    auto* output = new QWidget;
    auto* grid = new QGridLayout(output);
    m_stdoutHeader = new QLabel(output);
    m_stderrHeader = new QLabel(output);
    m_stdout = createOutputView(QStringLiteral("stdoutText"), output);
    m_stdout->setToolTip(tr("What the parent read from the child's stdout (c2pread). Bytes that are not UTF-8 are "
                            "shown as \\xNN."));
    m_stderr = createOutputView(QStringLiteral("stderrText"), output);
    m_stderr->setToolTip(tr("What the parent read from the child's stderr (errread). Bytes that are not UTF-8 are "
                            "shown as \\xNN."));
    m_stdoutHeader->setBuddy(m_stdout);
    m_stderrHeader->setBuddy(m_stderr);
    m_exitStatus = new QLabel(output);
    m_exitStatus->setObjectName(QStringLiteral("exitStatus"));
    m_exitStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_stdoutHeader, 0, 0);
    grid->addWidget(m_stderrHeader, 0, 1);
    grid->addWidget(m_stdout, 1, 0);
    grid->addWidget(m_stderr, 1, 1);
    grid->addWidget(m_exitStatus, 2, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    m_tabs->addTab(output, tr("Output"));
    m_tabs->setTabToolTip(0, tr("What the parent read from the child's pipes, and how the child ended."));

    m_traceView = new QTreeView;
    m_traceView->setObjectName(QStringLiteral("traceView"));
    m_traceView->setToolTip(tr("Everything the last run did, in order, with the real fd numbers and pids."));
    m_traceView->setModel(m_traceModel);
    m_traceView->setRootIsDecorated(false);
    m_traceView->setUniformRowHeights(true);
    m_traceView->setAlternatingRowColors(true);
    m_traceView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_traceView->header()->setStretchLastSection(true);
    m_tabs->addTab(m_traceView, tr("Trace log"));
    m_tabs->setTabToolTip(1, tr("Every event of the last run, in order."));
    return m_tabs;
}

QString MainWindow::statusText() const
{
    return m_status->text();
}
QString MainWindow::stdoutText() const
{
    return m_stdout->toPlainText();
}
QString MainWindow::stderrText() const
{
    return m_stderr->toPlainText();
}
QString MainWindow::exitStatusText() const
{
    return m_exitStatus->text();
}

bool MainWindow::run()
{
    // Caught here rather than by open(): "no such file ''" would not tell the user what to do.
    for (Stream s : allStreams) {
        const Redirect& r = m_controller->spec().redirect(s);
        if (r.kind == Redirect::Kind::File && r.path.empty()) {
            setStatus(describeError(Error { .code = ErrorCode::EmptyPath, .stream = s }), true);
            return false;
        }
    }
    return m_controller->run(m_panel->input());
}

void MainWindow::applySpec()
{
    m_controller->setSpec(m_panel->spec());
    showRedirectNotes();
}

void MainWindow::showRedirectNotes()
{
    const SpawnSpec& spec = m_controller->spec();
    m_stdout->setPlaceholderText(outputNote(Stream::Stdout, spec.redirect(Stream::Stdout)));
    m_stderr->setPlaceholderText(outputNote(Stream::Stderr, spec.redirect(Stream::Stderr)));
}

void MainWindow::onPlanChanged(const HandlePlan& plan)
{
    m_planModel->setData(plan);
    if (m_lastRun && sameSpec(m_lastRun->spec, m_controller->spec()))
        m_planModel->setEvents(m_lastRun->events);
    const bool windows = plan.lens == Lens::Windows;
    m_planGroup->setTitle(windows ? tr("Plan: Popen's handle setup on Windows (a model, not run here)")
                                  : tr("Plan: Popen's handle setup on POSIX (what runs here)"));
    const int n = static_cast<int>(plan.steps.size());
    if (!m_controller->isRunning())
        setStatus(windows ? tr("%n step(s) in the Windows model. Nothing Windows-specific runs here: Run executes "
                               "the POSIX plan on this machine.",
                      nullptr, n)
                          : tr("%n step(s) planned. Press Run to spawn the child for real.", nullptr, n));
    if (n > 0)
        m_planView->setCurrentIndex(m_planModel->index(0, 0));
    showStepDetails();
}

void MainWindow::onRunStarted()
{
    m_panel->setRunning(true);
    clearRunViews();
    setStatus(tr("Running %1 …").arg(m_panel->commandLine()));
}

void MainWindow::clearRunViews()
{
    m_fdModel->setData(FdTable {});
    m_traceModel->setData({});
    m_stdout->clear();
    m_stderr->clear();
    m_stdoutHeader->setText(tr("stdout (read from c2pread)"));
    m_stderrHeader->setText(tr("stderr (read from errread)"));
    m_exitStatus->setText(tr("Exit status: not run yet"));
    m_fdGroup->setTitle(tr("Child's fd table after spawn"));
    m_fdNote->setText(tr("Run the child to read its real fd table from /proc/PID/fd."));
    showRedirectNotes();
}

void MainWindow::onRunFinished(const RunResult& result)
{
    m_panel->setRunning(false);
    m_lastRun = result;
    m_traceModel->setData(result.events);
    m_planModel->setEvents(sameSpec(result.spec, m_controller->spec()) ? result.events : std::vector<Event> {});

    m_fdModel->setData(result.childFds.value_or(FdTable {}));
    m_fdGroup->setTitle(tr("Child's fd table after spawn (pid %1)").arg(result.childPid));
    // A child that already exited may still show up in /proc, with an empty table.
    if (result.childFds && !result.childFds->empty())
        m_fdNote->setText(tr("Read from /proc/%1/fd after exec, before the parent wrote any input. Bold rows are "
                             "what the program sees as stdin, stdout and stderr; equal pipe inodes are ends of the "
                             "same pipe.")
                              .arg(result.childPid));
    else
        m_fdNote->setText(tr("The child's fd table could not be read: it had already exited. Try a child that "
                             "waits, such as echo with stdin=PIPE."));

    const auto header = [](const QString& base, std::int64_t total, qsizetype shown) {
        QString text = tr("%1: %n byte(s)", nullptr, static_cast<int>(total)).arg(base);
        if (total > shown)
            text += QLatin1Char(' ') + tr("(only the first %n byte(s) shown)", nullptr, static_cast<int>(shown));
        return text;
    };
    m_stdoutHeader->setText(header(tr("stdout (read from c2pread)"), result.bytes[1], result.stdoutData.size()));
    m_stderrHeader->setText(header(tr("stderr (read from errread)"), result.bytes[2], result.stderrData.size()));
    m_stdout->setPlainText(Describe::bytes(result.stdoutData));
    m_stderr->setPlainText(Describe::bytes(result.stderrData));
    m_exitStatus->setText(tr("Exit status: %1").arg(Describe::exitStatus(result)));

    QString status = tr("Child pid %1: %2.").arg(result.childPid).arg(Describe::exitStatus(result));
    if (result.stdinBrokenPipe)
        status += QLatin1Char(' ')
            + tr("It stopped reading stdin before all input was written: the parent got a broken pipe (EPIPE).");
    setStatus(status);
}

void MainWindow::onRunFailed(const Error& error, const RunResult& partial)
{
    m_panel->setRunning(false);
    m_lastRun = partial;
    m_traceModel->setData(partial.events);
    m_planModel->setEvents(partial.events);
    m_exitStatus->setText(tr("Exit status: the child never ran the program"));
    setStatus(describeError(error), true);
}

void MainWindow::showStepDetails()
{
    const QModelIndex current = m_planView->currentIndex();
    if (!current.isValid()) {
        m_stepDetails->setHtml(tr("Select a step to read what it does and why."));
        return;
    }
    const int row = current.row();
    const auto cell
        = [this, row](int column) { return m_planModel->index(row, column).data().toString().toHtmlEscaped(); };
    QString html
        = QStringLiteral("<p><b>%1. %2</b> &nbsp;<code>%3</code></p><p>%4</p>")
              .arg(row + 1)
              .arg(cell(PlanModel::ActorColumn), cell(PlanModel::CallColumn), cell(PlanModel::ExplanationColumn));
    const QString fds = m_planModel->index(row, 0).data(PlanModel::RealFdsRole).toString();
    if (!fds.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("In the last run: %1").arg(fds).toHtmlEscaped());
    m_stepDetails->setHtml(html);
}

void MainWindow::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(176, 0, 32) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
}
