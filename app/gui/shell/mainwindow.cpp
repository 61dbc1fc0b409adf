// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "bridge/childprogram.h"
#include "bridge/liveflow.h"
#include "bridge/replay.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "live/livepanel.h"
#include "live/livescenarios.h"
#include "namedpipes/namedpipespanel.h"
#include "shell/fileactions.h"
#include "shell/helpdialog.h"
#include "shell/language.h"
#include "shell/presentermode.h"
#include "shell/scenarioio.h"
#include "stepping/fdtablemodel.h"
#include "stepping/planmodel.h"
#include "stepping/pythonpanel.h"
#include "stepping/sourcepanel.h"
#include "stepping/stepspanel.h"
#include "stepping/streamspanel.h"
#include "stepping/tracemodel.h"
#include "text/describe.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

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

QTableView* createFdView(FdTableModel* model, const QString& objectName, const QString& tip, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setToolTip(tip);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab moves on to the next control; the arrow keys move within the table.
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // The inode is the part that tells pipes apart.
    view->setTextElideMode(Qt::ElideLeft);
    // The kind is plain from the target ("pipe:[…]", "/dev/null"); the room goes to the target.
    view->setColumnHidden(FdTableModel::KindColumn, true);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FdTableModel::TargetColumn, QHeaderView::Stretch);
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

// Whether the focused widget needs this key itself, so the window's step keys must leave it alone: text inputs
// keep every key, check boxes and other buttons and combo boxes keep Space, sliders, radio groups and tab bars the
// arrows. A read-only text view or a closed combo box has no use for Left and Right: there they step.
bool widgetOwnsKey(const QWidget* w, int key)
{
    const auto* plain = qobject_cast<const QPlainTextEdit*>(w);
    const auto* rich = qobject_cast<const QTextEdit*>(w);
    const auto* combo = qobject_cast<const QComboBox*>(w);
    const bool textInput = qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || (combo && combo->isEditable()) || (plain && !plain->isReadOnly()) || (rich && !rich->isReadOnly());
    if (textInput)
        return true;
    switch (key) {
    case Qt::Key_Space:
        return qobject_cast<const QAbstractButton*>(w) || combo;
    case Qt::Key_Left:
    case Qt::Key_Right:
        return qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QRadioButton*>(w)
            || qobject_cast<const QTabBar*>(w);
    default:
        return false;
    }
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new SessionController(this))
    , m_planModel(new PlanModel(this))
    , m_parentFdModel(new FdTableModel(this))
    , m_childFdModel(new FdTableModel(this))
    , m_traceModel(new TraceModel(this))
    , m_scene(new DiagramScene(this))
    , m_presets(Preset::all())
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
    scroll->setMinimumWidth(std::max(280, m_panel->minimumSizeHint().width() + 12));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(4);

    QWidget* controlBar = createControlBar();
    m_view = new DiagramView(m_scene);
    m_view->setToolTip(tr("The parent and the child as they really are after the current step: every fd with its "
                          "real number, wired to the pipe, terminal, file or /dev/null it refers to."));

    auto* centre = new QSplitter(Qt::Vertical);
    centre->setObjectName(QStringLiteral("centreSplitter"));
    centre->addWidget(m_view);
    centre->addWidget(createFdTables());
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 1);
    centre->setSizes({ 380, 140 });
    centre->setChildrenCollapsible(false);

    m_steps = new StepsPanel(m_planModel);
    // The lens belongs to the step list: it names the same steps in POSIX or in Win32 terms.
    auto* stepsColumn = new QWidget;
    auto* stepsLayout = new QVBoxLayout(stepsColumn);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    auto* lensRow = new QHBoxLayout;
    lensRow->addWidget(new QLabel(tr("Lens:")));
    lensRow->addWidget(m_lensPosix);
    lensRow->addWidget(m_lensWindows);
    lensRow->addStretch(1);
    stepsLayout->addLayout(lensRow);
    stepsLayout->addWidget(m_steps, 1);
    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(centre);
    top->addWidget(stepsColumn);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    top->setSizes({ 660, 330 });
    top->setChildrenCollapsible(false);

    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(top);
    right->addWidget(createOutputTabs());
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 1);
    right->setSizes({ 495, 225 });
    right->setChildrenCollapsible(false);

    auto* main = new QSplitter(Qt::Horizontal);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(scroll);
    main->addWidget(right);
    main->setStretchFactor(1, 1);
    main->setSizes({ scroll->minimumWidth(), 1280 - scroll->minimumWidth() });
    main->setChildrenCollapsible(false);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(controlBar);
    layout->addWidget(m_status);
    // Two pages: the anonymous pipes between a parent and its child (Popen), and named pipes (FIFOs) that any
    // process can open by path. The step bar and the status line belong to the first.
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(main, tr("Parent and child (anonymous pipes)"));
    m_namedPipes = new NamedPipesPanel;
    m_pages->addTab(m_namedPipes, tr("Named pipes (FIFOs)"));
    m_pages->setTabToolTip(0, tr("How Popen connects a parent and its child through pipes, step by step"));
    m_pages->setTabToolTip(1, tr("FIFOs: several writers, one reader, PIPE_BUF atomicity, permissions, duplex"));
    connect(m_pages, &QTabWidget::currentChanged, this, [this, controlBar](int page) {
        controlBar->setVisible(page == 0);
        m_status->setVisible(page == 0);
    });
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_presenter = new PresenterMode(this, m_steps, layout);
    m_presenter->setStepBar(controlBar, { m_stepButton, m_backButton, m_resetButton, m_playButton });
    m_presenter->setHiddenWhilePresenting(
        { m_status, scroll, centre->widget(1), stepsColumn, m_tabs, m_pages->tabBar() });
    // Presenter mode presents the steps: from the named pipes page it goes back to them.
    // The named pipes page stays in the page stack, whose minimum size is that of its largest page: in presenter
    // type it must not make the window wider than the screen.
    connect(m_presenter, &PresenterMode::activeChanged, this, [this](bool active) {
        if (active)
            m_pages->setCurrentIndex(0);
        const auto policy = active ? QSizePolicy::Ignored : QSizePolicy::Preferred;
        m_namedPipes->setSizePolicy(policy, policy);
    });

    m_playTimer = new QTimer(this);
    m_playTimer->setSingleShot(true);
    connect(m_playTimer, &QTimer::timeout, this, &MainWindow::playNext);

    connect(m_panel, &StreamsPanel::specChanged, this, &MainWindow::applySpec);
    connect(m_panel, &StreamsPanel::inputChanged, this, &MainWindow::updatePython);
    connect(m_controller, &SessionController::planChanged, this, &MainWindow::onPlanChanged);
    connect(m_controller, &SessionController::stepDone, this, &MainWindow::onStepDone);
    connect(m_controller, &SessionController::stepFailed, this, &MainWindow::onStepFailed);
    connect(m_controller, &SessionController::busyChanged, this, &MainWindow::updateButtons);
    connect(m_controller, &SessionController::runStarted, this, &MainWindow::onRunStarted);
    connect(m_controller, &SessionController::runFinished, this, &MainWindow::onRunFinished);
    connect(m_controller, &SessionController::runFailed, this, &MainWindow::onRunFailed);
    // After the steps panel has been told: presenter mode repeats its explanation in large type.
    connect(m_controller, &SessionController::stepDone, m_presenter, &PresenterMode::refresh);
    connect(m_controller, &SessionController::planChanged, m_presenter, &PresenterMode::refresh);
    connect(
        m_steps->view()->selectionModel(), &QItemSelectionModel::currentChanged, m_presenter, &PresenterMode::refresh);

    installShortcuts();
    m_source->load();
    m_panel->setChildProgram(childProgramPath());
    // From here on, a change of the streams, the command or the input is the teacher's own.
    connect(m_panel, &StreamsPanel::specChanged, this, &MainWindow::onConfigurationEdited);
    connect(m_panel, &StreamsPanel::inputChanged, this, &MainWindow::onConfigurationEdited);
    // The live scenarios are presets of the streams panel: picking one configures it, and a live run starts what
    // it shows, changes included.
    connect(m_live, &LivePanel::scenarioChanged, this, &MainWindow::onLiveScenario);
    m_live->setConfigure([this](const LiveScenario& preset) {
        LiveScenario scenario = preset;
        const SpawnSpec spec = m_panel->spec();
        scenario.argv.clear();
        for (const std::string& arg : spec.argv)
            scenario.argv << QFile::decodeName(QByteArray::fromStdString(arg));
        scenario.redirects = spec.redirects;
        // The input box holds what is written, generated or typed.
        scenario.input = m_panel->input();
        return scenario;
    });
    // The Live tab needs more height than the other tabs: it gets it from the diagram while it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        auto* split = qobject_cast<QSplitter*>(m_tabs->parentWidget());
        if (!split || !m_tabs->currentWidget()->isAncestorOf(m_live))
            return;
        QList<int> sizes = split->sizes();
        const int mine = static_cast<int>(split->indexOf(m_tabs));
        const int want = m_live->minimumSizeHint().height() + m_tabs->tabBar()->sizeHint().height() + 8;
        if (mine < 0 || sizes.size() != 2 || sizes[mine] >= want)
            return;
        const int total = sizes[0] + sizes[1];
        const int other = std::max(split->widget(1 - mine)->minimumSizeHint().height(), total / 3);
        sizes[mine] = std::min(want, total - other);
        sizes[1 - mine] = total - sizes[mine];
        split->setSizes(sizes);
    });
    connect(m_live->flow(), &LiveFlow::started, this, &MainWindow::onLiveStarted);
    connect(m_live->flow(), &LiveFlow::sampled, m_scene, &DiagramScene::updateLive);
    connect(m_live->flow(), &LiveFlow::coreEvent, m_scene, &DiagramScene::liveEvent);
    connect(m_live->flow(), &LiveFlow::finished, this, &MainWindow::onLiveFinished);
    adaptToFont();
    clearRunViews();
    updateButtons();
    // The step list has the focus when the window opens (also after a language switch): a key typed at once is
    // the window's, where the first control (the Scenario box) would take Space for its list.
    m_steps->view()->setFocus(Qt::OtherFocusReason);
    // The File and Scenario menus come first in the menu bar.
    m_fileActions = new FileActions(this);
    // Last, so that the menu bar reads File, Scenario, View, Language, Help.
    createViewMenus();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

QWidget* MainWindow::createControlBar()
{
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("controlBar"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_scenarioBox = new QComboBox(bar);
    m_scenarioBox->setObjectName(QStringLiteral("scenarioBox"));
    m_scenarioBox->setToolTip(tr("Built-in scenarios: the seed's demo and the classic variations around it."));
    for (const Preset& s : m_presets) {
        m_scenarioBox->addItem(s.title, s.id);
        m_scenarioBox->setItemData(m_scenarioBox->count() - 1, s.tip, Qt::ToolTipRole);
    }
    // Shown once the configuration is no longer that of a built-in scenario.
    m_scenarioBox->setPlaceholderText(tr("Custom"));
    m_scenarioBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioBox->setMinimumContentsLength(18);
    connect(m_scenarioBox, &QComboBox::activated, this,
        [this](int index) { applyScenario(m_scenarioBox->itemData(index).toString()); });
    auto* scenarioLabel = new QLabel(tr("S&cenario:"), bar);
    scenarioLabel->setBuddy(m_scenarioBox);

    const auto button
        = [bar](const QString& text, const QString& name, QStyle::StandardPixmap icon, const QString& tip) {
              auto* b = new QPushButton(bar->style()->standardIcon(icon), text, bar);
              b->setObjectName(name);
              b->setToolTip(tip);
              b->setAutoDefault(false);
              return b;
          };
    m_runButton = button(tr("Run"), QStringLiteral("runButton"), QStyle::SP_MediaPlay,
        tr("F5: do the steps that are left, then hand the child over: the parent writes the input to its stdin, "
           "closes it and reads its output, as Popen.communicate() does."));
    m_stopButton = button(tr("Stop"), QStringLiteral("stopButton"), QStyle::SP_MediaStop,
        tr("Kill the running child. It is reaped, never left behind as a zombie."));
    m_stepButton = button(tr("Step"), QStringLiteral("stepButton"), QStyle::SP_MediaSkipForward,
        tr("→: make the next call of the plan for real, then read both fd tables from /proc."));
    m_backButton = button(tr("Back"), QStringLiteral("backButton"), QStyle::SP_MediaSkipBackward,
        tr("←: go back one step. The setup is re-run for real from the start up to the step before, with a new "
           "child: what you see is never a rewound picture."));
    m_resetButton = button(tr("Reset"), QStringLiteral("resetButton"), QStyle::SP_BrowserReload,
        tr("R: back to before the first step. A stopped child is killed and reaped; every fd is closed."));
    m_playButton = button(tr("Play"), QStringLiteral("playButton"), QStyle::SP_MediaPlay,
        tr("Space: step on by itself at the chosen speed; Space again pauses."));
    connect(m_runButton, &QPushButton::clicked, this, &MainWindow::run);
    connect(m_stopButton, &QPushButton::clicked, m_controller, &SessionController::cancel);
    connect(m_stepButton, &QPushButton::clicked, this, &MainWindow::stepForward);
    connect(m_backButton, &QPushButton::clicked, this, &MainWindow::stepBack);
    connect(m_resetButton, &QPushButton::clicked, this, &MainWindow::resetSteps);
    connect(m_playButton, &QPushButton::clicked, this, [this] { setPlaying(!m_playing); });

    m_speed = new QSlider(Qt::Horizontal, bar);
    m_speed->setObjectName(QStringLiteral("speedSlider"));
    m_speed->setRange(1, 10);
    m_speed->setValue(4);
    m_speed->setPageStep(1);
    m_speed->setFixedWidth(90);
    m_speed->setToolTip(tr("Speed of the animations and of Play: left is slower, right is faster."));
    auto* speedLabel = new QLabel(tr("S&peed:"), bar);
    speedLabel->setBuddy(m_speed);
    connect(m_speed, &QSlider::valueChanged, this, [this] { m_scene->setDuration(animationDuration()); });

    m_animations = new QCheckBox(tr("&Animations"), bar);
    m_animations->setObjectName(QStringLiteral("animationsCheck"));
    m_animations->setToolTip(tr("Animate each step in the diagram. Off: every change shows at once."));
    m_animations->setChecked(true);
    connect(m_animations, &QCheckBox::toggled, m_scene, &DiagramScene::setAnimated);

    m_lensPosix = new QRadioButton(tr("POSIX (runs here)"), bar);
    m_lensPosix->setObjectName(QStringLiteral("lensPosix"));
    m_lensPosix->setToolTip(tr("The plan in POSIX terms: exactly what PipeScope executes on this machine."));
    m_lensWindows = new QRadioButton(tr("Windows (a model)"), bar);
    m_lensWindows->setObjectName(QStringLiteral("lensWindows"));
    m_lensWindows->setToolTip(tr("The same plan in Win32 terms: CreatePipe, DuplicateHandle, STARTUPINFO, "
                                 "CreateProcess. It is a model: nothing Windows-specific runs here."));
    m_lensGroup = new QButtonGroup(bar);
    m_lensGroup->addButton(m_lensPosix, static_cast<int>(Lens::Posix));
    m_lensGroup->addButton(m_lensWindows, static_cast<int>(Lens::Windows));
    m_lensPosix->setChecked(true);
    // Clicked with the mouse, these keep the focus where it was, so that the step keys stay the window's; Tab
    // still reaches them, and there their keys are theirs.
    for (QWidget* w : std::initializer_list<QWidget*> { m_speed, m_animations, m_lensPosix, m_lensWindows })
        w->setFocusPolicy(Qt::TabFocus);
    connect(m_lensGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_controller->setLens(static_cast<Lens>(id));
    });

    row->addWidget(scenarioLabel);
    row->addWidget(m_scenarioBox);
    row->addSpacing(8);
    row->addWidget(m_runButton);
    row->addWidget(m_stopButton);
    row->addSpacing(8);
    row->addWidget(m_stepButton);
    row->addWidget(m_backButton);
    row->addWidget(m_resetButton);
    row->addWidget(m_playButton);
    row->addSpacing(8);
    row->addWidget(speedLabel);
    row->addWidget(m_speed);
    row->addWidget(m_animations);
    row->addStretch(1);
    return bar;
}

QWidget* MainWindow::createFdTables()
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);

    m_parentFdGroup = new QGroupBox(box);
    m_parentFdView = createFdView(m_parentFdModel, QStringLiteral("parentFdView"),
        tr("The parent's real fd table after the current step, read from /proc: fds 0-2 and those this session "
           "opened."),
        m_parentFdGroup);
    auto* parentLayout = new QVBoxLayout(m_parentFdGroup);
    parentLayout->setContentsMargins(4, 4, 4, 4);
    parentLayout->addWidget(m_parentFdView);

    m_childFdGroup = new QGroupBox(box);
    m_childFdView = createFdView(m_childFdModel, QStringLiteral("fdTableView"),
        tr("The child's real fd table after the current step, read from /proc/PID/fd while it waits, stopped, for "
           "the next step."),
        m_childFdGroup);
    m_childFdNote = new QLabel(m_childFdGroup);
    m_childFdNote->setObjectName(QStringLiteral("fdNote"));
    m_childFdNote->setWordWrap(true);
    auto* childLayout = new QVBoxLayout(m_childFdGroup);
    childLayout->setContentsMargins(4, 4, 4, 4);
    childLayout->addWidget(m_childFdView, 1);
    childLayout->addWidget(m_childFdNote);

    // Equal halves, whatever the titles say: a long title must not squeeze the other table.
    for (QGroupBox* group : { m_parentFdGroup, m_childFdGroup }) {
        group->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row->addWidget(group, 1);
    }
    return box;
}

QWidget* MainWindow::createOutputTabs()
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("bottomTabs"));

    auto* output = new QWidget;
    auto* grid = new QGridLayout(output);
    grid->setContentsMargins(4, 4, 4, 4);
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
    m_tabs->setTabToolTip(
        m_tabs->count() - 1, tr("What the parent read from the child's pipes, and how the child ended."));

    m_source = new SourcePanel;
    m_tabs->addTab(m_source, tr("subprocess.py"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
        tr("The real subprocess.py of this machine's python3, with the lines of the current step highlighted."));

    m_python = new PythonPanel;
    m_tabs->addTab(m_python, tr("Equivalent Python"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
        tr("The same configuration as a Python program in the shape of the seed's parent.py, runnable with the real "
           "python3."));

    m_traceView = new QTreeView;
    m_traceView->setObjectName(QStringLiteral("traceView"));
    m_traceView->setToolTip(tr("Everything done so far, in order, with the real fd numbers and pids."));
    m_traceView->setModel(m_traceModel);
    m_traceView->setRootIsDecorated(false);
    m_traceView->setUniformRowHeights(true);
    m_traceView->setAlternatingRowColors(true);
    m_traceView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_traceView->header()->setStretchLastSection(true);
    m_tabs->addTab(m_traceView, tr("Trace log"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("Every event of the steps and the run, in order."));

    m_live = new LivePanel;
    m_live->setObjectName(QStringLiteral("livePanel"));
    // In a scroll area, so that the panel never forces the window taller than the screen; showLiveTab() makes room.
    auto* liveScroll = new QScrollArea;
    liveScroll->setObjectName(QStringLiteral("liveScroll"));
    liveScroll->setWidget(m_live);
    liveScroll->setWidgetResizable(true);
    liveScroll->setFrameShape(QFrame::NoFrame);
    liveScroll->setFocusPolicy(Qt::NoFocus);
    liveScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tabs->addTab(liveScroll, tr("L&ive"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
        tr("Ctrl+L: run a scenario for real and watch its bytes: a console, the byte flow, how full each pipe is, "
           "who is blocked. The diagram shows the same pipes live."));
    return m_tabs;
}

void MainWindow::createViewMenus()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_presenter->action());
    menuBar()->addMenu(Language::instance()->createMenu(this));
    menuBar()->addMenu(HelpDialog::createMenu(this));
}

bool MainWindow::isPresenting() const
{
    return m_presenter->isActive();
}

void MainWindow::setPresenting(bool presenting)
{
    m_presenter->setActive(presenting);
}

QString MainWindow::scenarioId() const
{
    return m_scenarioBox->currentData().toString();
}

int MainWindow::speed() const
{
    return m_speed->value();
}

void MainWindow::setSpeed(int speed)
{
    m_speed->setValue(speed);
}

void MainWindow::installShortcuts()
{
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    shortcut(QKeySequence(Qt::Key_F5), &MainWindow::run);
    shortcut(QKeySequence(Qt::Key_Space), [this] { setPlaying(!m_playing); });
    shortcut(QKeySequence(Qt::Key_Right), &MainWindow::stepForward);
    shortcut(QKeySequence(Qt::Key_Left), &MainWindow::stepBack);
    shortcut(QKeySequence(Qt::Key_R), &MainWindow::resetSteps);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), &MainWindow::showLiveTab);
    // The step keys are plain keys: the focused widget is asked first whether it needs them (see eventFilter).
    qApp->installEventFilter(this);
}

void MainWindow::adaptToFont()
{
    m_view->setMinimumHeight(diagramMinimumLines * m_view->fontMetrics().height());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        adaptToFont();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        auto* widget = qobject_cast<QWidget*>(watched);
        const bool stepKey = key->key() == Qt::Key_Space || key->key() == Qt::Key_Left || key->key() == Qt::Key_Right
            || key->key() == Qt::Key_R;
        // The step bar's own buttons are the window's keys: Space after clicking Step plays, as anywhere else.
        const bool stepBarButton = widget
            && (widget == m_runButton || widget == m_stopButton || widget == m_stepButton || widget == m_backButton
                || widget == m_resetButton || widget == m_playButton);
        if (widget && widget->window() == this && stepKey && key->modifiers() == Qt::NoModifier && !stepBarButton
            && widgetOwnsKey(widget, key->key())) {
            // Accepting the override hands the key to the widget instead of the window's shortcut.
            key->accept();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
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
    if (m_fileActions && m_fileActions->replay()->isActive())
        return false; // a replay runs nothing
    // Caught here rather than by open(): "no such file ''" would not tell the user what to do.
    for (Stream s : allStreams) {
        const Redirect& r = m_controller->spec().redirect(s);
        if (r.kind == Redirect::Kind::File && r.path.empty()) {
            setStatus(describeError(Error { .code = ErrorCode::EmptyPath, .stream = s }), true);
            return false;
        }
    }
    setPlaying(false);
    return m_controller->run(m_panel->input());
}

bool MainWindow::applyLiveScenario(const QString& id)
{
    if (m_live->isRunning() || !m_live->selectScenario(id))
        return false;
    // Selecting the one already shown changes nothing in the picker: configure the panel all the same.
    if (const auto scenario = m_live->currentScenario())
        onLiveScenario(*scenario);
    return true;
}

void MainWindow::showLiveTab()
{
    m_tabs->setCurrentWidget(m_live->parentWidget()->parentWidget()); // the scroll area's viewport, then the area
    m_live->scenarioBox()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::onLiveScenario(const LiveScenario& scenario)
{
    const SpawnSpec spec = m_live->scenarioSpec(scenario);
    if (spec.argv.empty())
        return;
    m_panel->setConfiguration(spec.redirects, scenario.mode(), scenario.modeArgsLine());
    // What the live run will write: its generated megabyte, or the box's text (the seed's lines by default).
    if (scenario.generatedInput)
        m_panel->setGeneratedInput(scenario.input.size());
}

void MainWindow::onLiveStarted()
{
    setPlaying(false);
    const LiveFlow* flow = m_live->flow();
    // The Output tab and the steps describe the live child now, not an earlier run or stepped child.
    clearRunViews();
    m_planModel->setEvents(flow->setupEvents());
    m_steps->showProgress(flow->setupSnapshot(), m_controller->lens());
    QStringList words;
    for (const std::string& arg : flow->spec().argv)
        words << QFile::decodeName(QByteArray::fromStdString(arg));
    if (!words.isEmpty())
        words.front() = QFileInfo(words.front()).fileName(); // the program's name; the folder says nothing here
    const QString command = words.join(QLatin1Char(' '));
    // The real tables of the run, read right after exec.
    const StepSnapshot& setup = flow->setupSnapshot();
    m_parentFdModel->setData(setup.parentFds);
    m_childFdModel->setData(setup.childFds.value_or(FdTable {}));
    m_parentFdGroup->setTitle(tr("Parent's fds (pid %1)").arg(QCoreApplication::applicationPid()));
    m_childFdGroup->setTitle(setup.childFds ? tr("Child's fds after exec (pid %1)").arg(setup.childPid)
                                            : tr("Child's fds (pid %1, gone)").arg(setup.childPid));
    m_childFdNote->setVisible(false);
    m_scene->setDuration(animationDuration());
    m_scene->showLive(flow->setupSnapshot(), flow->setupEvents(), planHandles(flow->spec(), Lens::Posix),
        tr("Live: the child runs %1").arg(command));
    setStatus(tr("Live run of %1 (pid %2): the bytes move in the diagram and in the Live tab.")
                  .arg(command)
                  .arg(flow->pid()));
}

void MainWindow::onLiveFinished()
{
    const LiveSample& last = m_live->flow()->lastSample();
    QString how;
    if (last.cancelled)
        how = tr("killed by Cancel (SIGKILL), reaped");
    else if (last.exit && last.exit->signaled)
        how = tr("killed by signal %1 (%2)").arg(last.exit->code).arg(Describe::signalText(last.exit->code));
    else
        how = tr("exited with status %1").arg(last.exit ? last.exit->code : 0);
    m_scene->endLive(how);
    setStatus(tr("Live run over: the child %1.").arg(how));
}

bool MainWindow::applyScenario(const QString& id)
{
    const Preset* s = Preset::find(m_presets, id);
    if (!s)
        return false;
    // A preset keeps the lens the teacher chose.
    pipescope::Scenario scenario = s->scenario;
    scenario.lens = m_controller->lens();
    setScenarioState(scenario);
    return true;
}

pipescope::Scenario MainWindow::scenarioState() const
{
    return ScenarioIo::state(*this);
}

void MainWindow::setScenarioState(const pipescope::Scenario& scenario)
{
    m_applyingScenario = true;
    ScenarioIo::apply(*this, scenario);
    m_applyingScenario = false;
    // The box names a built-in scenario only when this is it (a file may carry an id and say something else).
    const Preset* preset = Preset::find(m_presets, QString::fromStdString(scenario.id));
    const bool builtIn = preset && preset->scenario.redirects == scenario.redirects
        && preset->scenario.command == scenario.command && preset->scenario.input == scenario.input
        && preset->scenario.policy == scenario.policy;
    showScenarioId(builtIn ? preset->id : QString());
}

void MainWindow::showScenarioId(const QString& id)
{
    m_scenarioBox->setCurrentIndex(id.isEmpty() ? -1 : m_scenarioBox->findData(id));
}

void MainWindow::onConfigurationEdited()
{
    if (!m_applyingScenario)
        showScenarioId(QString());
}

void MainWindow::setLens(Lens lens)
{
    (lens == Lens::Windows ? m_lensWindows : m_lensPosix)->setChecked(true);
}

void MainWindow::setAnimated(bool animated)
{
    m_animations->setChecked(animated);
}

int MainWindow::animationDuration() const
{
    return 2800 / m_speed->value();
}

void MainWindow::stepForward()
{
    if (m_fileActions && m_fileActions->replay()->isActive()) {
        m_fileActions->replay()->forward(); // the next recorded step, not a real one
        return;
    }
    setPlaying(false);
    m_controller->step();
}

void MainWindow::stepBack()
{
    if (m_fileActions && m_fileActions->replay()->isActive()) {
        m_fileActions->replay()->back();
        return;
    }
    setPlaying(false);
    m_controller->back();
}

void MainWindow::resetSteps()
{
    if (m_fileActions && m_fileActions->replay()->isActive()) {
        m_fileActions->replay()->toStart();
        return;
    }
    setPlaying(false);
    m_controller->resetSteps();
    // Back to before the first step: no run's output or exit status is left to describe.
    clearRunViews();
}

void MainWindow::setPlaying(bool playing)
{
    if (playing && m_fileActions && m_fileActions->replay()->isActive())
        return;
    if (playing && (m_controller->isRunning() || m_controller->stepsAtEnd())) {
        if (m_controller->isRunning())
            return;
        // Play at the end starts the story again.
        m_controller->resetSteps();
    }
    m_playing = playing;
    m_playTimer->stop();
    // Play steps through the setup again: an earlier run's output is no longer what the window describes.
    if (playing)
        clearRunViews();
    if (playing && !m_controller->isBusy())
        m_controller->step();
    updateButtons();
}

void MainWindow::playNext()
{
    if (!m_playing)
        return;
    if (m_controller->stepsAtEnd()) {
        setPlaying(false);
        return;
    }
    if (!m_controller->step())
        m_playTimer->start(50); // still busy with a command: try again shortly
}

void MainWindow::applySpec()
{
    setPlaying(false);
    m_scene->forget();
    m_controller->setSpec(m_panel->spec());
    updatePython();
    // Another configuration: the last run's output and exit status belong to the old one.
    clearRunViews();
}

void MainWindow::updatePython()
{
    m_python->setConfiguration(m_panel->spec(), m_panel->rawInput(), m_panel->inputIsSeeds(),
        m_panel->childMode() == QLatin1String("echo"), m_panel->generatedInputBytes());
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
    m_planModel->setEvents(m_controller->sessionEvents());
    if (m_lastRun && sameSpec(m_lastRun->spec, m_controller->spec()) && m_controller->sessionEvents().empty())
        m_planModel->setEvents(m_lastRun->events);
    m_steps->showProgress(m_controller->snapshot(), plan.lens);
    const StepSnapshot& snap = m_controller->snapshot();
    m_source->showStep(
        QString::fromStdString(plan.lens == Lens::Windows ? snap.windowsStepId.value_or(std::string()) : snap.stepId));
    if (plan.lens == Lens::Windows && !m_controller->isBusy())
        setStatus(tr("Windows lens: %n step(s) in the Win32 model. Nothing Windows-specific runs here; Step and Run "
                     "execute the POSIX plan and the model highlights the corresponding call.",
            nullptr, static_cast<int>(plan.steps.size())));
}

void MainWindow::onStepDone(const StepSnapshot& snapshot)
{
    const HandlePlan posix = m_controller->plan(Lens::Posix);
    const std::vector<Event>& events = m_controller->sessionEvents();
    // A live run owns the picture, the fd tables, the steps and the status line until it ends.
    if (m_scene->isLiveRunning()) {
        updateButtons();
        return;
    }

    m_parentFdModel->setData(snapshot.parentFds);
    int hidden = 0;
    m_childFdModel->setData(DiagramLayout::childSessionFds(snapshot, events, &hidden));
    m_parentFdGroup->setTitle(tr("Parent's fds (pid %1)").arg(QCoreApplication::applicationPid()));
    if (snapshot.childFds && hidden > 0)
        m_childFdGroup->setTitle(tr("Child's fds (pid %1), %n hidden", nullptr, hidden).arg(snapshot.childPid));
    else if (snapshot.childFds)
        m_childFdGroup->setTitle(tr("Child's fds (pid %1)").arg(snapshot.childPid));
    else if (snapshot.childPid > 0)
        m_childFdGroup->setTitle(tr("Child's fds (pid %1, gone)").arg(snapshot.childPid));
    else
        m_childFdGroup->setTitle(tr("Child's fds"));
    // Only said when there is no table: the rows are worth more than words below them.
    m_childFdNote->setText(snapshot.childPid > 0 ? tr("The child has ended: there is no table to read.")
                                                 : tr("No child yet: fork() creates it."));
    m_childFdNote->setVisible(!snapshot.childFds);

    m_scene->setDuration(animationDuration());
    m_scene->setSnapshot(snapshot, events, posix);
    m_planModel->setEvents(events);
    m_steps->showProgress(snapshot, m_controller->lens());
    m_traceModel->setData(events);
    const bool windows = m_controller->lens() == Lens::Windows;
    QString sourceStep
        = QString::fromStdString(windows ? snapshot.windowsStepId.value_or(std::string()) : snapshot.stepId);
    if (snapshot.position == 0 && !posix.steps.empty() && !windows)
        sourceStep = QString::fromStdString(posix.steps.front().id);
    m_source->showStep(sourceStep);

    const size_t total = posix.steps.size();
    if (snapshot.error) {
        setStatus(describeError(*snapshot.error), true);
    } else if (snapshot.position == 0) {
        setStatus(tr("Ready: nothing has run yet. Step (→) makes the plan's calls one at a time, for real; Run (F5) "
                     "makes them all and then talks to the child."));
    } else if (snapshot.position >= total) {
        setStatus(tr("All %1 steps done: the child runs the program. Run (F5) hands it over: the parent writes the "
                     "input and reads the output, as communicate() does.")
                      .arg(total));
    } else {
        const Step& step = posix.steps[snapshot.position - 1];
        QString what = Describe::stepCall(step, posix);
        if (!snapshot.events.empty())
            what = Describe::event(snapshot.events.back());
        setStatus(tr("Step %1 of %2 done: %3.").arg(snapshot.position).arg(total).arg(what));
    }
    updateButtons();
    if (m_playing) {
        if (m_controller->stepsAtEnd() || snapshot.error)
            setPlaying(false);
        else
            m_playTimer->start((m_animations->isChecked() ? animationDuration() : 0) + 4000 / m_speed->value());
    }
}

void MainWindow::onStepFailed(const Error& error)
{
    setPlaying(false);
    setStatus(describeError(error), true);
    updateButtons();
}

void MainWindow::updateButtons()
{
    const bool running = m_controller->isRunning();
    const size_t position = m_controller->stepPosition();
    const bool atEnd = m_controller->stepsAtEnd();
    m_runButton->setEnabled(!running);
    m_runButton->setText(position > 0 && !atEnd ? tr("Continue") : tr("Run"));
    m_stopButton->setEnabled(running);
    // Busy is not a reason to disable: a button that loses its focus at every step would throw keyboard users off.
    m_stepButton->setEnabled(!running && !atEnd);
    m_backButton->setEnabled(!running && position > 0);
    m_resetButton->setEnabled(running || position > 0);
    m_playButton->setEnabled(!running);
    m_playButton->setText(m_playing ? tr("Pause") : tr("Play"));
    m_playButton->setIcon(style()->standardIcon(m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (m_fileActions)
        m_fileActions->replay()->adjustButtons();
}

void MainWindow::onRunStarted()
{
    clearRunViews();
    setStatus(tr("Running %1 …").arg(m_panel->commandLine()));
    updateButtons();
}

void MainWindow::clearRunViews()
{
    m_lastRun.reset();
    m_stdout->clear();
    m_stderr->clear();
    m_stdoutHeader->setText(tr("stdout (read from c2pread)"));
    m_stderrHeader->setText(tr("stderr (read from errread)"));
    m_exitStatus->setText(tr("Exit status: not run yet"));
    showRedirectNotes();
}

void MainWindow::onRunFinished(const RunResult& result)
{
    m_lastRun = result;
    m_traceModel->setData(result.events);
    m_planModel->setEvents(sameSpec(result.spec, m_controller->spec()) ? result.events : std::vector<Event> {});

    m_childFdModel->setData(result.childFds.value_or(FdTable {}));
    m_childFdGroup->setTitle(tr("Child's fds after exec (pid %1)").arg(result.childPid));
    // A child that already exited may still show up in /proc, with an empty table.
    if (result.childFds && !result.childFds->empty())
        m_childFdNote->setText(tr("Read from /proc/%1/fd when the parent took the child over, before it wrote any "
                                  "input.")
                                   .arg(result.childPid));
    else
        m_childFdNote->setText(tr("The child's fd table could not be read: it had already exited."));
    m_childFdNote->setVisible(true);

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
    m_scene->markChildEnded(Describe::exitStatus(result));

    QString status = tr("Child pid %1: %2.").arg(result.childPid).arg(Describe::exitStatus(result));
    if (result.stdinBrokenPipe)
        status += QLatin1Char(' ')
            + tr("Its stdin was closed (the child closed fd 0 or exited) before all input was written: the parent's "
                 "write() "
                 "got a broken pipe (EPIPE).");
    setStatus(status);
    m_python->setPipeScopeRun(
        tr("the child %1; the parent read %n byte(s) from its stdout.", nullptr, static_cast<int>(result.bytes[1]))
            .arg(Describe::exitStatus(result)));
    updateButtons();
}

void MainWindow::onRunFailed(const Error& error, const RunResult& partial)
{
    m_lastRun = partial;
    m_traceModel->setData(partial.events);
    m_planModel->setEvents(partial.events);
    m_exitStatus->setText(tr("Exit status: the child never ran the program"));
    setStatus(describeError(error), true);
    m_python->setPipeScopeRun(describeError(error));
    updateButtons();
}

void MainWindow::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    // A dark red on a light window, a light red on a dark one: legible with either palette.
    const bool darkWindow = this->palette().color(QPalette::Window).lightness() < 128;
    const QColor errorColor = darkWindow ? QColor(255, 128, 128) : QColor(176, 0, 32);
    palette.setColor(QPalette::WindowText, error ? errorColor : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
}
