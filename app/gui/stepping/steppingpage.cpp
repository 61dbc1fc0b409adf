// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/steppingpage.h"

#include "bridge/bridge.h"
#include "bridge/childprogram.h"
#include "bridge/liveflow.h"
#include "bridge/replay.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "live/livepanel.h"
#include "live/livescenarios.h"
#include "stepping/fdtablemodel.h"
#include "stepping/planmodel.h"
#include "stepping/pythonpanel.h"
#include "stepping/scenarioio.h"
#include "stepping/sourcepanel.h"
#include "stepping/stepspanel.h"
#include "stepping/streamspanel.h"
#include "stepping/tracemodel.h"
#include "stepping/winerundialog.h"
#include "text/describe.h"
#include "text/retranslate.h"
#include "text/statusline.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
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
        return SteppingPage::tr("Nothing read yet: press Run.");
    case Redirect::Kind::Inherit:
        return SteppingPage::tr("%1 is None: the child writes to PipeScope's own %1 (the terminal or log it was "
                                "started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise "
                                "AttributeError: 'NoneType' object has no attribute 'readline'.")
            .arg(name);
    case Redirect::Kind::DevNull:
        return SteppingPage::tr("%1=DEVNULL: whatever the child writes is thrown away.").arg(name);
    case Redirect::Kind::Fd:
        return SteppingPage::tr("%1 goes to PipeScope's fd %2, not into a pipe the parent reads.").arg(name).arg(r.fd);
    case Redirect::Kind::File:
        return SteppingPage::tr("%1 goes to the file '%2'.").arg(name, QString::fromStdString(r.path));
    case Redirect::Kind::Stdout:
        return SteppingPage::tr("stderr=STDOUT: the child's error output is mixed into its stdout.");
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

SteppingPage::SteppingPage(Bridge* bridge, QWidget* parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_controller(bridge->session())
    , m_replay(new Replay(this))
    , m_planModel(new PlanModel(this))
    , m_parentFdModel(new FdTableModel(this))
    , m_childFdModel(new FdTableModel(this))
    , m_traceModel(new TraceModel(this))
    , m_scene(new DiagramScene(this))
    , m_presets(Preset::all())
{
    setObjectName(QStringLiteral("steppingPage"));
    m_panel = new StreamsPanel;
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("streamsScroll"));
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::max(280, m_panel->minimumSizeHint().width() + 12));
    m_streamsScroll = scroll;

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(4);

    m_controlBar = createControlBar();
    m_view = new DiagramView(m_scene);

    m_centreSplitter = new QSplitter(Qt::Vertical);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(m_view);
    m_fdTables = createFdTables();
    m_fdTables->setObjectName(QStringLiteral("fdTables"));
    m_centreSplitter->addWidget(m_fdTables);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 1);
    m_centreSplitter->setSizes({ 380, 140 });
    m_centreSplitter->setChildrenCollapsible(false);

    m_steps = new StepsPanel(m_planModel);
    connect(m_steps, &StepsPanel::wineRunRequested, this, &SteppingPage::openWineRun);
    // The lens belongs to the step list: it names the same steps in POSIX or in Win32 terms.
    m_stepsColumn = new QWidget;
    m_stepsColumn->setObjectName(QStringLiteral("stepsColumn"));
    auto* stepsLayout = new QVBoxLayout(m_stepsColumn);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    auto* lensRow = new QHBoxLayout;
    m_lensLabel = new QLabel;
    lensRow->addWidget(m_lensLabel);
    lensRow->addWidget(m_lensPosix);
    lensRow->addWidget(m_lensWindows);
    lensRow->addStretch(1);
    stepsLayout->addLayout(lensRow);
    stepsLayout->addWidget(m_steps, 1);
    m_topSplitter = new QSplitter(Qt::Horizontal);
    m_topSplitter->addWidget(m_centreSplitter);
    m_topSplitter->addWidget(m_stepsColumn);
    m_topSplitter->setStretchFactor(0, 3);
    m_topSplitter->setStretchFactor(1, 1);
    m_topSplitter->setSizes({ 660, 330 });
    m_topSplitter->setChildrenCollapsible(false);

    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->addWidget(m_topSplitter);
    m_rightSplitter->addWidget(createOutputTabs());
    m_rightSplitter->setStretchFactor(0, 2);
    m_rightSplitter->setStretchFactor(1, 1);
    m_rightSplitter->setSizes({ 495, 225 });
    m_rightSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(scroll);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({ scroll->minimumWidth(), 1280 - scroll->minimumWidth() });
    m_mainSplitter->setChildrenCollapsible(false);
    // The compact side column keeps its third of the page as the window changes size, until the teacher drags it.
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, [this] { m_fitSideColumn = false; });

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 4, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_controlBar);
    // Under the step bar, above the status line: where the eye goes first.
    m_layout->addWidget(createReplayBanner());
    m_layout->addWidget(m_status);
    m_layout->addWidget(m_mainSplitter, 1);

    m_playTimer = new QTimer(this);
    m_playTimer->setSingleShot(true);
    connect(m_playTimer, &QTimer::timeout, this, &SteppingPage::playNext);

    connect(m_panel, &StreamsPanel::specChanged, this, &SteppingPage::applySpec);
    connect(m_panel, &StreamsPanel::inputChanged, this, &SteppingPage::updatePython);
    connectSource(m_controller);
    connectSource(m_replay);
    connect(m_replay, &Replay::activeChanged, this, &SteppingPage::onReplayActive);
    connect(m_controller, &SessionController::stepFailed, this, &SteppingPage::onStepFailed);
    connect(m_controller, &SessionController::busyChanged, this, &SteppingPage::updateButtons);
    connect(m_controller, &SessionController::runStarted, this, &SteppingPage::onRunStarted);
    connect(m_controller, &SessionController::runFinished, this, &SteppingPage::onRunFinished);
    connect(m_controller, &SessionController::runFailed, this, &SteppingPage::onRunFailed);
    connect(m_controller, &SessionController::stepWaiting, this, &SteppingPage::onStepWaiting);
    connect(m_controller, &SessionController::stepWaitEnded, this, [this] {
        m_steps->showWaiting(std::nullopt);
        updateButtons();
    });

    installShortcuts();
    m_source->load();
    m_panel->setChildProgram(childProgramPath());
    // From here on, a change of the streams, the command or the input is the teacher's own.
    connect(m_panel, &StreamsPanel::specChanged, this, &SteppingPage::onConfigurationEdited);
    connect(m_panel, &StreamsPanel::inputChanged, this, &SteppingPage::onConfigurationEdited);
    // The live scenarios are presets of the streams panel: picking one configures it, and a live run starts what
    // it shows, changes included.
    connect(m_live, &LivePanel::scenarioChanged, this, &SteppingPage::onLiveScenario);
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
    // Another bottom tab while presenting (Ctrl+L brings the Live tab): the Live view takes the explanation's
    // place, or gives it back.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_presenting)
            setPresenting(true);
    });
    // The Live tab needs more height than the other tabs: it gets it from the diagram while it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        auto* split = qobject_cast<QSplitter*>(m_tabs->parentWidget());
        if (m_compact || !split || !m_tabs->currentWidget()->isAncestorOf(m_live))
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
    connect(m_live->flow(), &LiveFlow::started, this, &SteppingPage::onLiveStarted);
    connect(m_live->flow(), &LiveFlow::sampled, m_scene, &DiagramScene::updateLive);
    connect(m_live->flow(), &LiveFlow::coreEvent, m_scene, &DiagramScene::liveEvent);
    connect(m_live->flow(), &LiveFlow::finished, this, &SteppingPage::onLiveFinished);
    retranslateUi();
    adaptToFont();
    clearRunViews();
    updateButtons();
}

SteppingPage::~SteppingPage()
{
    qApp->removeEventFilter(this);
}

void SteppingPage::connectSource(StepSource* source)
{
    // Only the source in charge reaches the views: the session while no replay is on, the replay while it is.
    connect(source, &StepSource::planShown, this, [this, source](const StepFrame& frame) {
        if ((source == m_replay) == replaying())
            showPlan(frame);
    });
    connect(source, &StepSource::frameShown, this, [this, source](const StepFrame& frame) {
        if ((source == m_replay) == replaying())
            showFrame(frame);
    });
}

QWidget* SteppingPage::createControlBar()
{
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("controlBar"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_scenarioBox = new QComboBox(bar);
    m_scenarioBox->setObjectName(QStringLiteral("scenarioBox"));
    for (const Preset& s : m_presets)
        m_scenarioBox->addItem(QString(), s.id);
    m_scenarioBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioBox->setMinimumContentsLength(14);
    connect(m_scenarioBox, &QComboBox::activated, this,
        [this](int index) { Q_EMIT presetChosen(m_scenarioBox->itemData(index).toString()); });
    m_scenarioLabel = new QLabel(bar);
    m_scenarioLabel->setBuddy(m_scenarioBox);

    const auto button = [bar](const QString& name, QStyle::StandardPixmap icon) {
        auto* b = new QPushButton(bar->style()->standardIcon(icon), QString(), bar);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_runButton = button(QStringLiteral("runButton"), QStyle::SP_MediaPlay);
    m_stopButton = button(QStringLiteral("stopButton"), QStyle::SP_MediaStop);
    m_stepButton = button(QStringLiteral("stepButton"), QStyle::SP_MediaSkipForward);
    m_backButton = button(QStringLiteral("backButton"), QStyle::SP_MediaSkipBackward);
    m_resetButton = button(QStringLiteral("resetButton"), QStyle::SP_BrowserReload);
    m_playButton = button(QStringLiteral("playButton"), QStyle::SP_MediaPlay);
    connect(m_runButton, &QPushButton::clicked, this, &SteppingPage::run);
    connect(m_stopButton, &QPushButton::clicked, m_controller, &SessionController::cancel);
    connect(m_stepButton, &QPushButton::clicked, this, &SteppingPage::stepForward);
    connect(m_backButton, &QPushButton::clicked, this, &SteppingPage::stepBack);
    connect(m_resetButton, &QPushButton::clicked, this, &SteppingPage::resetSteps);
    connect(m_playButton, &QPushButton::clicked, this, [this] { setPlaying(!m_playing); });

    m_speed = new QSlider(Qt::Horizontal, bar);
    m_speed->setObjectName(QStringLiteral("speedSlider"));
    m_speed->setRange(1, 10);
    m_speed->setValue(4);
    m_speed->setPageStep(1);
    m_speed->setFixedWidth(72);
    m_speedLabel = new QLabel(bar);
    m_speedLabel->setBuddy(m_speed);
    connect(m_speed, &QSlider::valueChanged, this, [this] { m_scene->setDuration(animationDuration()); });

    m_animations = new QCheckBox(bar);
    m_animations->setObjectName(QStringLiteral("animationsCheck"));
    m_animations->setChecked(true);
    connect(m_animations, &QCheckBox::toggled, m_scene, &DiagramScene::setAnimated);

    m_lensPosix = new QRadioButton(bar);
    m_lensPosix->setObjectName(QStringLiteral("lensPosix"));
    m_lensWindows = new QRadioButton(bar);
    m_lensWindows->setObjectName(QStringLiteral("lensWindows"));
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

    row->addWidget(m_scenarioLabel);
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
    row->addWidget(m_speedLabel);
    row->addWidget(m_speed);
    row->addWidget(m_animations);
    row->addStretch(1);
    return bar;
}

QWidget* SteppingPage::createReplayBanner()
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("replayBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(255, 236, 179));
    palette.setColor(QPalette::WindowText, QColor(66, 44, 0));
    palette.setColor(QPalette::ButtonText, QColor(66, 44, 0));
    m_banner->setPalette(palette);
    auto* row = new QHBoxLayout(m_banner);
    row->setContentsMargins(8, 4, 8, 4);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setObjectName(QStringLiteral("replayBannerText"));
    m_bannerLabel->setWordWrap(true);
    QFont font = m_bannerLabel->font();
    font.setBold(true);
    m_bannerLabel->setFont(font);
    m_leaveReplay = new QPushButton(m_banner);
    m_leaveReplay->setObjectName(QStringLiteral("leaveReplay"));
    m_leaveReplay->setAutoDefault(false);
    row->addWidget(m_bannerLabel, 1);
    row->addWidget(m_leaveReplay);
    connect(m_leaveReplay, &QPushButton::clicked, m_replay, &Replay::leave);
    m_banner->hide();
    return m_banner;
}

QWidget* SteppingPage::createFdTables()
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);

    m_parentFdGroup = new QGroupBox(box);
    m_parentFdView = createFdView(m_parentFdModel, QStringLiteral("parentFdView"), QString(), m_parentFdGroup);
    auto* parentLayout = new QVBoxLayout(m_parentFdGroup);
    parentLayout->setContentsMargins(4, 4, 4, 4);
    parentLayout->addWidget(m_parentFdView);

    m_childFdGroup = new QGroupBox(box);
    m_childFdView = createFdView(m_childFdModel, QStringLiteral("fdTableView"), QString(), m_childFdGroup);
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

QWidget* SteppingPage::createOutputTabs()
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("bottomTabs"));

    m_outputTab = new QWidget;
    auto* grid = new QGridLayout(m_outputTab);
    grid->setContentsMargins(4, 4, 4, 4);
    m_stdoutHeader = new QLabel(m_outputTab);
    m_stderrHeader = new QLabel(m_outputTab);
    m_stdout = createOutputView(QStringLiteral("stdoutText"), m_outputTab);
    m_stderr = createOutputView(QStringLiteral("stderrText"), m_outputTab);
    m_stdoutHeader->setBuddy(m_stdout);
    m_stderrHeader->setBuddy(m_stderr);
    m_exitStatus = new QLabel(m_outputTab);
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
    m_tabs->addTab(m_outputTab, QString());

    m_source = new SourcePanel(m_bridge);
    m_tabs->addTab(m_source, QString());

    m_python = new PythonPanel(m_bridge);
    m_tabs->addTab(m_python, QString());

    m_traceView = new QTreeView;
    m_traceView->setObjectName(QStringLiteral("traceView"));
    m_traceView->setModel(m_traceModel);
    m_traceView->setRootIsDecorated(false);
    m_traceView->setUniformRowHeights(true);
    m_traceView->setAlternatingRowColors(true);
    m_traceView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_traceView->header()->setStretchLastSection(true);
    m_tabs->addTab(m_traceView, QString());

    m_live = new LivePanel(m_bridge->live());
    m_live->setObjectName(QStringLiteral("livePanel"));
    // In a scroll area, so that the panel never forces the window taller than the screen; showLiveTab() makes room.
    auto* liveScroll = new QScrollArea;
    liveScroll->setObjectName(QStringLiteral("liveScroll"));
    liveScroll->setWidget(m_live);
    liveScroll->setWidgetResizable(true);
    liveScroll->setFrameShape(QFrame::NoFrame);
    liveScroll->setFocusPolicy(Qt::NoFocus);
    liveScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_liveTab = liveScroll;
    m_tabs->addTab(liveScroll, QString());
    return m_tabs;
}

void SteppingPage::retranslateUi()
{
    m_view->setToolTip(tr("The parent and the child as they really are after the current step: every fd with its "
                          "real number, wired to the pipe, terminal, file or /dev/null it refers to."));
    m_scenarioBox->setToolTip(tr("Built-in scenarios: the seed's demo and the classic variations around it."));
    // The presets' titles are translated when they are made: make them again in the language now installed.
    const QList<Preset> presets = Preset::all();
    for (int i = 0; i < m_scenarioBox->count(); ++i) {
        const Preset* p = Preset::find(presets, m_scenarioBox->itemData(i).toString());
        if (!p)
            continue;
        m_scenarioBox->setItemText(i, p->title);
        m_scenarioBox->setItemData(i, p->tip, Qt::ToolTipRole);
    }
    m_presets = presets;
    // Shown once the configuration is no longer that of a built-in scenario.
    m_scenarioBox->setPlaceholderText(tr("Custom"));
    m_scenarioLabel->setText(tr("S&cenario:"));
    m_runButton->setToolTip(
        tr("F5: do the steps that are left, then hand the child over: the parent writes the input to its stdin, "
           "closes it and reads its output, as Popen.communicate() does."));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Kill the running child. It is reaped, never left behind as a zombie."));
    m_stepButton->setText(tr("Step"));
    m_stepButton->setToolTip(tr("→: make the next call of the plan for real, then read both fd tables from /proc."));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(
        tr("←: go back one step. The setup is re-run for real from the start up to the step before, with a new "
           "child: what you see is never a rewound picture."));
    m_resetButton->setText(tr("Reset"));
    m_resetButton->setToolTip(
        tr("R: back to before the first step. A stopped child is killed and reaped; every fd is closed."));
    m_playButton->setToolTip(tr("Space: step on by itself at the chosen speed; Space again pauses."));
    m_speed->setToolTip(tr("Speed of the animations and of Play: left is slower, right is faster."));
    m_speedLabel->setText(tr("S&peed:"));
    m_animations->setText(tr("&Animations"));
    m_animations->setToolTip(tr("Animate each step in the diagram. Off: every change shows at once."));
    m_lensLabel->setText(tr("Lens:"));
    m_lensPosix->setText(tr("POSIX (runs here)"));
    m_lensPosix->setToolTip(tr("The plan in POSIX terms: exactly what PipeScope executes on this machine."));
    m_lensWindows->setText(tr("Windows (a model)"));
    m_lensWindows->setToolTip(tr("The same plan in Win32 terms: CreatePipe, DuplicateHandle, STARTUPINFO, "
                                 "CreateProcess, as a model over the POSIX run; Run on Windows (Wine) makes the calls "
                                 "for real."));
    m_leaveReplay->setText(tr("&Leave Replay"));
    m_leaveReplay->setToolTip(tr("Back to the live session: the configuration and step it had before the replay."));

    m_parentFdView->setToolTip(
        tr("The parent's real fd table after the current step, read from /proc: fds 0-2 and those this session "
           "opened."));
    m_childFdView->setToolTip(
        tr("The child's real fd table after the current step, read from /proc/PID/fd while it waits, stopped, for "
           "the next step."));
    m_stdout->setToolTip(tr("What the parent read from the child's stdout (c2pread). Bytes that are not UTF-8 are "
                            "shown as \\xNN."));
    m_stderr->setToolTip(tr("What the parent read from the child's stderr (errread). Bytes that are not UTF-8 are "
                            "shown as \\xNN."));
    m_traceView->setToolTip(tr("Everything done so far, in order, with the real fd numbers and pids."));
    // Item views take their accessible description from no tooltip: said here.
    m_traceView->setAccessibleName(tr("Trace log"));
    m_traceView->setAccessibleDescription(m_traceView->toolTip());
    m_parentFdView->setAccessibleName(tr("Parent's fds"));
    m_parentFdView->setAccessibleDescription(m_parentFdView->toolTip());
    m_childFdView->setAccessibleName(tr("Child's fds"));
    m_childFdView->setAccessibleDescription(m_childFdView->toolTip());
    showTabTitles();

    // What describes the session: shown again from what it is, in the language now installed.
    updateButtons();
    showRedirectNotes();
    showFdTitles();
    showRunHeaders();
    showExitStatus();
    showReplayBanner();
    applyStatus();
    for (QAbstractItemModel* model :
        std::initializer_list<QAbstractItemModel*> { m_parentFdModel, m_childFdModel, m_traceModel })
        reshowTexts(model);
    redrawDiagram();
}

void SteppingPage::redrawDiagram()
{
    m_scene->redraw();
    if (m_lastRun && !m_runError && m_liveState == LiveState::None)
        m_scene->markChildEnded(Describe::exitStatus(*m_lastRun));
    if (m_liveState != LiveState::None && m_scene->isLive()) {
        m_scene->setLiveCaption(liveCaption());
        if (m_liveState == LiveState::Finished)
            m_scene->markChildEnded(liveEnding(m_live->flow()->lastSample()));
    }
}

void SteppingPage::showTabTitles()
{
    const auto tab = [this](QWidget* page, const QString& title, const QString& tip) {
        const int index = m_tabs->indexOf(page);
        m_tabs->setTabText(index, title);
        m_tabs->setTabToolTip(index, tip);
    };
    tab(m_outputTab, tr("Output"), tr("What the parent read from the child's pipes, and how the child ended."));
    tab(m_source, tr("subprocess.py"),
        tr("The real subprocess.py of this machine's python3, with the lines of the current step highlighted."));
    tab(m_python, tr("Equivalent Python"),
        tr("The same configuration as a Python program in the shape of the seed's parent.py, runnable with the real "
           "python3."));
    tab(m_traceView, tr("Trace log"), tr("Every event of the steps and the run, in order."));
    tab(m_liveTab, tr("L&ive"),
        tr("Ctrl+L: run a scenario for real and watch its bytes: a console, the byte flow, how full each pipe is, "
           "who is blocked. The diagram shows the same pipes live."));

    // In the compact arrangement the side panels are tabs too.
    tab(m_stepsColumn, tr("Steps"), tr("The plan's calls, one per step, with what the current one does."));
    tab(m_streamsScroll, tr("Streams"),
        tr("What the child's stdin, stdout and stderr get, the command and the input."));
    tab(m_fdTables, tr("fd tables"), tr("The parent's and the child's real fd tables, read from /proc."));
}

QList<QWidget*> SteppingPage::stepBarKeeps() const
{
    return { m_stepButton, m_backButton, m_resetButton, m_playButton };
}

QList<QWidget*> SteppingPage::hiddenWhilePresenting() const
{
    return { m_status, m_streamsScroll, m_fdTables, m_stepsColumn, m_tabs };
}

void SteppingPage::setPresenting(bool presenting)
{
    m_presenting = presenting;
    const bool live = presenting && m_tabs->currentWidget() == m_liveTab;
    m_tabs->tabBar()->setVisible(!live);
    // Presenter mode hid the tabs; they come back for the Live view only (and it shows them again when it ends).
    if (presenting)
        m_tabs->setVisible(live);
    m_live->setPresenting(live);
    // Compact, the Live view goes under the diagram while presented, as in the wide layout: the room reads the
    // verdict and the gauges across the screen, not in a column.
    const bool stacked = m_compact && live;
    if (stacked != (m_mainSplitter->orientation() == Qt::Vertical)) {
        m_mainSplitter->setOrientation(stacked ? Qt::Vertical : Qt::Horizontal);
        m_live->setCompact(m_compact && !stacked);
        if (stacked) {
            m_mainSplitter->setSizes({ 3000, 2000, 0 });
        } else {
            m_fitSideColumn = true;
            fitSideColumn();
        }
    }
    if (!presenting)
        showSidePanels();
    if (live != m_presentsLive) {
        m_presentsLive = live;
        Q_EMIT presentedViewChanged();
    }
}

bool SteppingPage::compactFits(const QSize& window)
{
    // Below that (the default 1280x800 window, 720p and 768-line projectors, 1024x768) the compact arrangement
    // gives the diagram the room.
    return window.width() < 1400 || window.height() < 900;
}

void SteppingPage::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    arrange();
}

void SteppingPage::setSidePanelsVisible(bool visible)
{
    if (visible == m_sidePanels)
        return;
    m_sidePanels = visible;
    showSidePanels();
}

void SteppingPage::arrange()
{
    m_live->setCompact(m_compact);
    QWidget* const current = m_tabs->currentWidget();
    const QList<QWidget*> sides { m_stepsColumn, m_streamsScroll, m_fdTables };
    if (m_compact) {
        for (qsizetype i = 0; i < sides.size(); ++i)
            m_tabs->insertTab(static_cast<int>(i), sides[i], QString());
        m_mainSplitter->insertWidget(0, m_centreSplitter);
        m_mainSplitter->insertWidget(1, m_tabs);
        m_mainSplitter->setStretchFactor(0, 1);
        m_mainSplitter->setStretchFactor(1, 0);
        m_rightSplitter->hide();
        // The steps first, unless a tab the teacher chose is in front.
        m_tabs->setCurrentWidget(current == m_outputTab ? m_stepsColumn : current);
        m_fitSideColumn = true;
        fitSideColumn();
    } else {
        for (QWidget* w : sides)
            m_tabs->removeTab(m_tabs->indexOf(w));
        m_centreSplitter->insertWidget(1, m_fdTables);
        m_topSplitter->insertWidget(0, m_centreSplitter);
        m_topSplitter->insertWidget(1, m_stepsColumn);
        m_rightSplitter->insertWidget(0, m_topSplitter);
        m_rightSplitter->insertWidget(1, m_tabs);
        m_mainSplitter->insertWidget(0, m_streamsScroll);
        m_mainSplitter->insertWidget(1, m_rightSplitter);
        m_mainSplitter->setStretchFactor(0, 0);
        m_mainSplitter->setStretchFactor(1, 1);
        m_rightSplitter->show();
        m_tabs->setCurrentWidget(sides.contains(current) ? m_outputTab : current);
        m_fitSideColumn = false;
    }
    showTabTitles();
    showSidePanels();
}

void SteppingPage::showSidePanels()
{
    // Presenter mode hides them by itself, and shows them again when it ends.
    if (m_presenting)
        return;
    const QList<QWidget*> panels = m_compact ? QList<QWidget*> { m_tabs }
                                             : QList<QWidget*> { m_streamsScroll, m_stepsColumn, m_fdTables, m_tabs };
    for (QWidget* w : panels)
        w->setVisible(m_sidePanels);
    for (QWidget* w : std::initializer_list<QWidget*> { m_centreSplitter, m_topSplitter })
        w->setVisible(true);
    // Presenter mode shows again the page it hid, which another tab may have replaced in front meanwhile: only the
    // current page of the tabs is shown.
    if (m_compact) {
        for (int i = 0; i < m_tabs->count(); ++i)
            m_tabs->widget(i)->setVisible(m_tabs->widget(i) == m_tabs->currentWidget());
    }
}

void SteppingPage::fitSideColumn()
{
    if (!m_fitSideColumn || !m_compact || width() < 200 || m_mainSplitter->orientation() != Qt::Horizontal)
        return;
    // A third of the page for the tabs, the rest for the diagram: at 1280x720 the diagram then has half the window.
    const int total = m_mainSplitter->width() - m_mainSplitter->handleWidth();
    // The Live tab scrolls up and down, never sideways: its width counts, with the scroll bar beside it.
    const int live = m_live->minimumSizeHint().width() + m_liveTab->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
        + 2 * m_tabs->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 4;
    const int side = std::max({ m_tabs->minimumSizeHint().width(), live, total / 3 });
    m_mainSplitter->setSizes({ total - side, side, 0 });
}

void SteppingPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitSideColumn();
}

QString SteppingPage::scenarioId() const
{
    return m_scenarioBox->currentData().toString();
}

int SteppingPage::speed() const
{
    return m_speed->value();
}

void SteppingPage::setSpeed(int speed)
{
    m_speed->setValue(speed);
}

void SteppingPage::installShortcuts()
{
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    shortcut(QKeySequence(Qt::Key_F5), &SteppingPage::run);
    shortcut(QKeySequence(Qt::Key_Space), [this] { setPlaying(!m_playing); });
    shortcut(QKeySequence(Qt::Key_Right), &SteppingPage::stepForward);
    shortcut(QKeySequence(Qt::Key_Left), &SteppingPage::stepBack);
    shortcut(QKeySequence(Qt::Key_R), &SteppingPage::resetSteps);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), &SteppingPage::showLiveTab);
    // The step keys are plain keys: the focused widget is asked first whether it needs them (see eventFilter).
    qApp->installEventFilter(this);
}

void SteppingPage::adaptToFont()
{
    m_view->setMinimumHeight(diagramMinimumLines * m_view->fontMetrics().height());
}

void SteppingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        adaptToFont();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool SteppingPage::eventFilter(QObject* watched, QEvent* event)
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
        if (widget && widget->window() == window() && stepKey && key->modifiers() == Qt::NoModifier && !stepBarButton
            && widgetOwnsKey(widget, key->key())) {
            // Accepting the override hands the key to the widget instead of the window's shortcut.
            key->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString SteppingPage::statusText() const
{
    return m_status->text();
}
QString SteppingPage::stdoutText() const
{
    return m_stdout->toPlainText();
}
QString SteppingPage::stderrText() const
{
    return m_stderr->toPlainText();
}
QString SteppingPage::exitStatusText() const
{
    return m_exitStatus->text();
}

bool SteppingPage::replaying() const
{
    return m_replay->isActive();
}

bool SteppingPage::run()
{
    if (replaying())
        return false; // a replay runs nothing
    // Caught here rather than by open(): "no such file ''" would not tell the user what to do.
    for (Stream s : allStreams) {
        const Redirect& r = m_controller->spec().redirect(s);
        if (r.kind == Redirect::Kind::File && r.path.empty()) {
            const Error error { .code = ErrorCode::EmptyPath, .stream = s };
            setStatus([error] { return describeError(error); }, true);
            return false;
        }
    }
    setPlaying(false);
    return m_controller->run(m_panel->input());
}

bool SteppingPage::applyLiveScenario(const QString& id)
{
    if (m_live->isRunning() || !m_live->selectScenario(id))
        return false;
    // Selecting the one already shown changes nothing in the picker: configure the panel all the same.
    if (const auto scenario = m_live->currentScenario())
        onLiveScenario(*scenario);
    return true;
}

bool SteppingPage::showTab(const QString& name)
{
    const QList<std::pair<QString, QWidget*>> tabs { { QStringLiteral("output"), m_outputTab },
        { QStringLiteral("source"), m_source }, { QStringLiteral("python"), m_python },
        { QStringLiteral("trace"), m_traceView }, { QStringLiteral("live"), m_liveTab } };
    for (const auto& [tabName, page] : tabs) {
        if (tabName == name) {
            m_tabs->setCurrentWidget(page);
            return true;
        }
    }
    return false;
}

QStringList SteppingPage::tabNames()
{
    return { QStringLiteral("output"), QStringLiteral("source"), QStringLiteral("python"), QStringLiteral("trace"),
        QStringLiteral("live") };
}

void SteppingPage::showLiveTab()
{
    // The Live tab is beside the diagram: hidden panels (F9) come back with it.
    if (!m_sidePanels && !m_presenting) {
        setSidePanelsVisible(true);
        Q_EMIT sidePanelsShown();
    }
    m_tabs->setCurrentWidget(m_liveTab);
    m_live->scenarioBox()->setFocus(Qt::ShortcutFocusReason);
}

void SteppingPage::onLiveScenario(const LiveScenario& scenario)
{
    const SpawnSpec spec = m_live->scenarioSpec(scenario);
    if (spec.argv.empty())
        return;
    if (scenario.pythonScript.isEmpty()) {
        m_panel->setConfiguration(spec.redirects, scenario.mode(), scenario.modeArgsLine());
    } else {
        // python3 and the script, as another program: what a teacher could have typed.
        QStringList words;
        for (const std::string& arg : spec.argv)
            words << QFile::decodeName(QByteArray::fromStdString(arg));
        m_panel->setConfiguration(spec.redirects, QStringLiteral("echo"), QString());
        m_panel->setOtherProgram(Preset::joinArguments(words));
    }
    // What the live run will write: its generated megabyte, or the box's text (the seed's lines by default).
    if (scenario.generatedInput)
        m_panel->setGeneratedInput(scenario.input.size());
}

namespace {

QString liveCommand(const SpawnSpec& spec)
{
    QStringList words;
    for (const std::string& arg : spec.argv)
        words << QFile::decodeName(QByteArray::fromStdString(arg));
    if (!words.isEmpty())
        words.front() = QFileInfo(words.front()).fileName(); // the program's name; the folder says nothing here
    return words.join(QLatin1Char(' '));
}

} // namespace

void SteppingPage::onLiveStarted()
{
    setPlaying(false);
    m_liveState = LiveState::Running;
    const LiveFlow* flow = m_live->flow();
    // The Output tab and the steps describe the live child now, not an earlier run or stepped child.
    clearRunViews();
    m_planModel->setEvents(flow->setupEvents());
    m_steps->showProgress(flow->setupSnapshot(), m_controller->lens());
    const QString command = liveCommand(flow->spec());
    // The real tables of the run, read right after exec.
    const StepSnapshot& setup = flow->setupSnapshot();
    m_parentFdModel->setData(setup.parentFds);
    m_childFdModel->setData(setup.childFds.value_or(FdTable {}));
    showFdTitles();
    m_scene->setDuration(animationDuration());
    m_scene->showLive(
        flow->setupSnapshot(), flow->setupEvents(), planHandles(flow->spec(), Lens::Posix), liveCaption());
    const int pid = flow->pid();
    setStatus([command, pid] {
        return tr("Live run of %1 (pid %2): the bytes move in the diagram and in the Live tab.").arg(command).arg(pid);
    });
}

void SteppingPage::onLiveFinished()
{
    m_liveState = LiveState::Finished;
    m_scene->endLive(liveEnding(m_live->flow()->lastSample()));
    setStatus(
        [last = m_live->flow()->lastSample()] { return tr("Live run over: the child %1.").arg(liveEnding(last)); });
}

QString SteppingPage::liveCaption() const
{
    return tr("Live: the child runs %1").arg(liveCommand(m_live->flow()->spec()));
}

QString SteppingPage::liveEnding(const LiveSample& last)
{
    if (last.cancelled)
        return tr("killed by Cancel (SIGKILL), reaped");
    if (last.exit && last.exit->signaled)
        return tr("killed by signal %1 (%2)").arg(last.exit->code).arg(Describe::signalText(last.exit->code));
    return tr("exited with status %1").arg(last.exit ? last.exit->code : 0);
}

size_t SteppingPage::configure(const Scenario& scenario)
{
    m_applyingScenario = true;
    const size_t step = ScenarioIo::apply(*this, scenario);
    m_applyingScenario = false;
    // The box names a built-in scenario only when this is it (a file may carry an id and say something else).
    const Preset* preset = Preset::find(m_presets, QString::fromStdString(scenario.id));
    const bool builtIn = preset && preset->scenario.redirects == scenario.redirects
        && preset->scenario.command == scenario.command && preset->scenario.input == scenario.input
        && preset->scenario.policy == scenario.policy;
    showScenarioId(builtIn ? preset->id : QString());
    return step;
}

void SteppingPage::showScenarioId(const QString& id)
{
    m_scenarioBox->setCurrentIndex(id.isEmpty() ? -1 : m_scenarioBox->findData(id));
}

void SteppingPage::onConfigurationEdited()
{
    if (!m_applyingScenario)
        showScenarioId(QString());
}

void SteppingPage::setLens(Lens lens)
{
    (lens == Lens::Windows ? m_lensWindows : m_lensPosix)->setChecked(true);
}

WineRunDialog* SteppingPage::openWineRun()
{
    if (!m_wineRun) {
        m_wineRun = new WineRunDialog(m_bridge, this);
        connect(m_wineRun, &WineRunDialog::exportRequested, this, [this] { Q_EMIT wineRunExportRequested(m_wineRun); });
    }
    if (!m_wineRun->isRunning()) {
        m_wineRun->setConfiguration(m_panel->spec(), m_panel->input());
        m_wineRun->run();
    }
    m_wineRun->show();
    m_wineRun->raise();
    return m_wineRun;
}

void SteppingPage::setAnimated(bool animated)
{
    m_animations->setChecked(animated);
}

int SteppingPage::animationDuration() const
{
    return 2800 / m_speed->value();
}

void SteppingPage::stepForward()
{
    if (replaying()) {
        m_replay->forward(); // the next recorded step, not a real one
        return;
    }
    setPlaying(false);
    m_controller->step();
}

void SteppingPage::stepBack()
{
    if (replaying()) {
        m_replay->back();
        return;
    }
    setPlaying(false);
    m_controller->back();
}

void SteppingPage::resetSteps()
{
    if (replaying()) {
        m_replay->toStart();
        return;
    }
    setPlaying(false);
    m_controller->resetSteps();
    // Back to before the first step: no run's output or exit status is left to describe.
    clearRunViews();
}

void SteppingPage::setPlaying(bool playing)
{
    if (playing && replaying())
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

void SteppingPage::playNext()
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

void SteppingPage::applySpec()
{
    setPlaying(false);
    m_scene->forget();
    m_controller->setSpec(m_panel->spec());
    updatePython();
    // Another configuration: the last run's output and exit status belong to the old one.
    clearRunViews();
}

void SteppingPage::updatePython()
{
    m_python->setConfiguration(m_panel->spec(), m_panel->rawInput(), m_panel->inputIsSeeds(),
        m_panel->childMode() == QLatin1String("echo"), m_panel->generatedInputBytes());
}

void SteppingPage::showRedirectNotes()
{
    const SpawnSpec& spec = m_controller->spec();
    m_stdout->setPlaceholderText(outputNote(Stream::Stdout, spec.redirect(Stream::Stdout)));
    m_stderr->setPlaceholderText(outputNote(Stream::Stderr, spec.redirect(Stream::Stderr)));
}

void SteppingPage::onReplayActive(bool active)
{
    if (active) {
        setPlaying(false);
        m_scene->forget();
    }
    showReplayBanner();
    for (QWidget* w : std::initializer_list<QWidget*> { m_panel, m_scenarioBox, m_lensPosix, m_lensWindows })
        w->setEnabled(!active);
    if (!active && m_frame && m_frame->origin == StepFrame::Origin::Recording) {
        // The live session is where it was: show it again.
        m_scene->forget();
        const StepFrame frame = m_controller->frame();
        showPlan(frame);
        showFrame(frame);
        clearRunViews();
    }
    updateButtons();
}

void SteppingPage::showReplayBanner()
{
    const bool active = replaying();
    m_banner->setVisible(active);
    if (!active)
        return;
    QStringList words;
    for (const std::string& arg : m_replay->trace().spec.argv)
        words << QString::fromStdString(arg);
    m_bannerLabel->setText(
        tr("Replay of %1: %2 — recorded, nothing runs. Step and Back move through the %n recorded step(s).", nullptr,
            static_cast<int>(m_replay->frameCount()))
            .arg(m_replay->name(), words.join(QLatin1Char(' '))));
}

void SteppingPage::showPlan(const StepFrame& frame)
{
    m_planModel->setData(frame.plan);
    m_planModel->setEvents(frame.events);
    const bool session = frame.origin == StepFrame::Origin::Session;
    if (session && m_lastRun && sameSpec(m_lastRun->spec, m_controller->spec()) && frame.events.empty())
        m_planModel->setEvents(m_lastRun->events);
    m_steps->showProgress(frame.snapshot, frame.plan.lens);
    const StepSnapshot& snap = frame.snapshot;
    m_source->showStep(QString::fromStdString(
        frame.plan.lens == Lens::Windows ? snap.windowsStepId.value_or(std::string()) : snap.stepId));
    if (session && frame.plan.lens == Lens::Windows && !m_controller->isBusy()) {
        const int steps = static_cast<int>(frame.plan.steps.size());
        setStatus([steps] {
            return tr("Windows lens: %n step(s) in the Win32 model. Step and Run execute the POSIX plan and the model "
                      "highlights the corresponding call; Run on Windows (Wine) makes the Win32 calls for real.",
                nullptr, steps);
        });
    }
}

void SteppingPage::showFdTitles()
{
    m_parentFdGroup->setTitle(tr("Parent's fds (pid %1)").arg(QCoreApplication::applicationPid()));
    if (m_liveState != LiveState::None) {
        // The real tables of the live run, read right after exec.
        const StepSnapshot& setup = m_live->flow()->setupSnapshot();
        m_childFdGroup->setTitle(setup.childFds ? tr("Child's fds after exec (pid %1)").arg(setup.childPid)
                                                : tr("Child's fds (pid %1, gone)").arg(setup.childPid));
        m_childFdNote->setVisible(false);
        return;
    }
    if (m_lastRun && !m_runError) {
        const RunResult& result = *m_lastRun;
        m_childFdGroup->setTitle(tr("Child's fds after exec (pid %1)").arg(result.childPid));
        // A child that already exited may still show up in /proc, with an empty table.
        if (result.childFds && !result.childFds->empty())
            m_childFdNote->setText(tr("Read from /proc/%1/fd when the parent took the child over, before it wrote "
                                      "any input.")
                                       .arg(result.childPid));
        else
            m_childFdNote->setText(tr("The child's fd table could not be read: it had already exited."));
        m_childFdNote->setVisible(true);
        return;
    }
    if (!m_frame)
        return;
    const StepSnapshot& snapshot = m_frame->snapshot;
    const bool recorded = m_frame->origin == StepFrame::Origin::Recording;
    int hidden = 0;
    DiagramLayout::childSessionFds(snapshot, m_frame->events, &hidden);
    m_parentFdGroup->setTitle(
        recorded ? tr("Parent's fds (recorded)") : tr("Parent's fds (pid %1)").arg(QCoreApplication::applicationPid()));
    if (snapshot.childFds && hidden > 0)
        m_childFdGroup->setTitle(tr("Child's fds (pid %1), %n hidden", nullptr, hidden).arg(snapshot.childPid));
    else if (snapshot.childFds)
        m_childFdGroup->setTitle(tr("Child's fds (pid %1)").arg(snapshot.childPid));
    else if (snapshot.childPid > 0 && !recorded)
        m_childFdGroup->setTitle(tr("Child's fds (pid %1, gone)").arg(snapshot.childPid));
    else
        m_childFdGroup->setTitle(tr("Child's fds"));
    // Only said when there is no table: the rows are worth more than words below them.
    m_childFdNote->setText(snapshot.childPid > 0 ? tr("The child has ended: there is no table to read.")
                                                 : tr("No child yet: fork() creates it."));
    m_childFdNote->setVisible(!snapshot.childFds);
}

namespace {

// A recorded child's end, as a run result says it.
std::optional<RunResult> recordedEnd(const StepFrame& frame)
{
    if (frame.origin != StepFrame::Origin::Recording || !frame.exit)
        return std::nullopt;
    RunResult end;
    end.exit = *frame.exit;
    end.spec = frame.spec;
    return end;
}

} // namespace

void SteppingPage::showExitStatus()
{
    if (m_lastRun && m_runError)
        m_exitStatus->setText(tr("Exit status: the child never ran the program"));
    else if (m_lastRun)
        m_exitStatus->setText(tr("Exit status: %1").arg(Describe::exitStatus(*m_lastRun)));
    else if (const std::optional<RunResult> end = m_frame ? recordedEnd(*m_frame) : std::nullopt)
        m_exitStatus->setText(tr("Exit status: %1").arg(Describe::exitStatus(*end)));
    else
        m_exitStatus->setText(tr("Exit status: not run yet"));
}

void SteppingPage::showFrameStatus(const StepFrame& frame)
{
    const StepSnapshot& snapshot = frame.snapshot;
    const size_t total = frame.posix.steps.size();
    const size_t position = snapshot.position;
    const std::optional<Step> step
        = position > 0 && position <= total ? std::optional<Step>(frame.posix.steps[position - 1]) : std::nullopt;
    const HandlePlan posix = frame.posix;
    if (frame.origin == StepFrame::Origin::Recording) {
        const std::optional<RunResult> end = recordedEnd(frame);
        setStatus([position, total, step, posix, end] {
            QString status;
            if (position == 0)
                status = tr("Replay: before the first step.");
            else if (step)
                status
                    = tr("Replay: step %1 of %2: %3.").arg(position).arg(total).arg(Describe::stepCall(*step, posix));
            if (end)
                status += QLatin1Char(' ') + tr("The recorded child: %1.").arg(Describe::exitStatus(*end));
            return status.trimmed();
        });
        return;
    }
    if (snapshot.error) {
        const Error error = *snapshot.error;
        setStatus([error] { return describeError(error); }, true);
    } else if (position == 0) {
        setStatus([] {
            return tr("Ready: nothing has run yet. Step (→) makes the plan's calls one at a time, for real; Run (F5) "
                      "makes them all and then talks to the child.");
        });
    } else if (position >= total) {
        setStatus([total] {
            return tr("All %1 steps done: the child runs the program. Run (F5) hands it over: the parent writes the "
                      "input and reads the output, as communicate() does.")
                .arg(total);
        });
    } else {
        const std::optional<Event> last
            = snapshot.events.empty() ? std::nullopt : std::optional<Event>(snapshot.events.back());
        setStatus([position, total, step, posix, last] {
            const QString what = last ? Describe::event(*last) : Describe::stepCall(*step, posix);
            return tr("Step %1 of %2 done: %3.").arg(position).arg(total).arg(what);
        });
    }
}

void SteppingPage::showFrame(const StepFrame& frame)
{
    // A live run owns the picture, the fd tables, the steps and the status line until it ends.
    if (m_scene->isLiveRunning()) {
        updateButtons();
        return;
    }
    m_liveState = LiveState::None;
    m_frame = frame;
    const StepSnapshot& snapshot = frame.snapshot;
    m_parentFdModel->setData(snapshot.parentFds);
    m_childFdModel->setData(DiagramLayout::childSessionFds(snapshot, frame.events));
    showFdTitles();
    showExitStatus();
    m_scene->setDuration(animationDuration());
    m_scene->setSnapshot(snapshot, frame.events, frame.posix);
    m_planModel->setEvents(frame.events);
    m_steps->showProgress(snapshot, frame.plan.lens);
    m_traceModel->setData(frame.log);
    const bool windows = frame.plan.lens == Lens::Windows;
    QString sourceStep
        = QString::fromStdString(windows ? snapshot.windowsStepId.value_or(std::string()) : snapshot.stepId);
    if (snapshot.position == 0 && !frame.posix.steps.empty() && !windows)
        sourceStep = QString::fromStdString(frame.posix.steps.front().id);
    m_source->showStep(sourceStep);
    showFrameStatus(frame);
    updateButtons();
    if (m_playing && frame.origin == StepFrame::Origin::Session) {
        if (m_controller->stepsAtEnd() || snapshot.error)
            setPlaying(false);
        else
            m_playTimer->start((m_animations->isChecked() ? animationDuration() : 0) + 4000 / m_speed->value());
    }
}

void SteppingPage::onStepWaiting(const StepWait& wait)
{
    setPlaying(false);
    m_steps->showWaiting(wait);
    const int row = wait.row;
    const QString path = wait.path;
    setStatus(
        [row, path] {
            return row >= 0
                ? tr("Step %1 waits: open(%2) blocks until another process opens the FIFO's other end. Reset "
                     "or Stop cancels it.")
                      .arg(row + 1)
                      .arg(path)
                : tr("Waiting: open(%1) blocks until another process opens the FIFO's other end. Reset or "
                     "Stop cancels it.")
                      .arg(path);
        },
        true);
    updateButtons();
}

void SteppingPage::onStepFailed(const Error& error)
{
    setPlaying(false);
    setStatus([error] { return describeError(error); }, true);
    updateButtons();
}

void SteppingPage::updateButtons()
{
    if (replaying()) {
        m_runButton->setEnabled(false);
        m_stopButton->setEnabled(false);
        m_playButton->setEnabled(false);
        m_stepButton->setEnabled(!m_replay->atEnd());
        m_backButton->setEnabled(m_replay->frameIndex() > 0);
        m_resetButton->setEnabled(m_replay->frameIndex() > 0);
        m_runButton->setText(tr("Run"));
        m_playButton->setText(tr("Play"));
        return;
    }
    const bool running = m_controller->isRunning();
    const size_t position = m_controller->stepPosition();
    const bool atEnd = m_controller->stepsAtEnd();
    m_runButton->setEnabled(!running);
    m_runButton->setText(position > 0 && !atEnd ? tr("Continue") : tr("Run"));
    // A call that waits for another process (a FIFO's open) can always be stopped.
    const bool waiting = m_controller->waiting().has_value();
    m_stopButton->setEnabled(running || waiting);
    // Busy is not a reason to disable: a button that loses its focus at every step would throw keyboard users off.
    m_stepButton->setEnabled(!running && !atEnd);
    m_backButton->setEnabled(!running && position > 0);
    m_resetButton->setEnabled(running || waiting || position > 0);
    m_playButton->setEnabled(!running);
    m_playButton->setText(m_playing ? tr("Pause") : tr("Play"));
    m_playButton->setIcon(style()->standardIcon(m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void SteppingPage::onRunStarted()
{
    clearRunViews();
    const QString command = m_panel->commandLine();
    setStatus([command] { return tr("Running %1 …").arg(command); });
    updateButtons();
}

void SteppingPage::clearRunViews()
{
    m_lastRun.reset();
    m_runError.reset();
    m_stdout->clear();
    m_stderr->clear();
    showRunHeaders();
    showExitStatus();
    showRedirectNotes();
}

void SteppingPage::showRunHeaders()
{
    const QString out = tr("stdout (read from c2pread)");
    const QString err = tr("stderr (read from errread)");
    if (!m_lastRun || m_runError) {
        m_stdoutHeader->setText(out);
        m_stderrHeader->setText(err);
        return;
    }
    const RunResult& result = *m_lastRun;
    const auto header = [](const QString& base, std::int64_t total, qsizetype shown) {
        QString text = tr("%1: %n byte(s)", nullptr, static_cast<int>(total)).arg(base);
        if (total > shown)
            text += QLatin1Char(' ') + tr("(only the first %n byte(s) shown)", nullptr, static_cast<int>(shown));
        return text;
    };
    m_stdoutHeader->setText(header(out, result.bytes[1], result.stdoutData.size()));
    m_stderrHeader->setText(header(err, result.bytes[2], result.stderrData.size()));
}

void SteppingPage::onRunFinished(const RunResult& result)
{
    m_lastRun = result;
    m_runError.reset();
    m_traceModel->setData(result.events);
    m_planModel->setEvents(sameSpec(result.spec, m_controller->spec()) ? result.events : std::vector<Event> {});
    m_childFdModel->setData(result.childFds.value_or(FdTable {}));
    m_stdout->setPlainText(Describe::bytes(result.stdoutData));
    m_stderr->setPlainText(Describe::bytes(result.stderrData));
    m_scene->markChildEnded(Describe::exitStatus(result));
    showRunResult();
    // Only what the summary says is kept, not the bytes the run read.
    RunResult ended;
    ended.exit = result.exit;
    ended.timedOut = result.timedOut;
    ended.cancelled = result.cancelled;
    ended.bytes = result.bytes;
    m_python->setPipeScopeRun([ended] {
        return tr(
            "the child %1; the parent read %n byte(s) from its stdout.", nullptr, static_cast<int>(ended.bytes[1]))
            .arg(Describe::exitStatus(ended));
    });
    updateButtons();
}

void SteppingPage::showRunResult()
{
    showFdTitles();
    showRunHeaders();
    showExitStatus();
    if (m_runError) {
        const Error error = *m_runError;
        setStatus([error] { return describeError(error); }, true);
        return;
    }
    const RunResult result = *m_lastRun;
    setStatus([result] {
        QString status = tr("Child pid %1: %2.").arg(result.childPid).arg(Describe::exitStatus(result));
        if (result.stdinBrokenPipe)
            status += QLatin1Char(' ')
                + tr("Its stdin was closed (the child closed fd 0 or exited) before all input was written: the "
                     "parent's write() got a broken pipe (EPIPE).");
        return status;
    });
}

void SteppingPage::onRunFailed(const Error& error, const RunResult& partial)
{
    m_lastRun = partial;
    m_runError = error;
    m_traceModel->setData(partial.events);
    m_planModel->setEvents(partial.events);
    showRunResult();
    m_python->setPipeScopeRun([error] { return describeError(error); });
    updateButtons();
}

void SteppingPage::setStatus(const QString& text, bool error)
{
    setStatus([text] { return text; }, error);
}

void SteppingPage::setStatus(std::function<QString()> text, bool error)
{
    m_statusText = std::move(text);
    m_statusError = error;
    applyStatus();
}

void SteppingPage::applyStatus()
{
    showStatusLine(m_status, m_statusText ? m_statusText() : QString(), m_statusError, palette());
}
