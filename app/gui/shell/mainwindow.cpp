// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "bridge/bridge.h"
#include "bridge/replay.h"
#include "bridge/sessioncontroller.h"
#include "namedpipes/namedpipesdiagram.h"
#include "namedpipes/namedpipespanel.h"
#include "shell/fileactions.h"
#include "shell/helpdialog.h"
#include "shell/language.h"
#include "shell/lessonexport.h"
#include "shell/lessonpanel.h"
#include "shell/lessonrunner.h"
#include "shell/presentermode.h"
#include "stepping/scenarioio.h"
#include "stepping/stepspanel.h"
#include "stepping/winerundialog.h"
#include "watch/watchpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QScreen>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

using namespace pipescope;

namespace {

// What the window opens at on a screen with room for it, before any size was saved.
constexpr QSize defaultSize(1280, 800);
// How long after showing a window manager may take to tell the window its frame.
constexpr int frameSettleMs = 300;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("PipeScope"));
    m_bridge = new Bridge(this);
    resize(defaultSize);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    // Two pages: the anonymous pipes between a parent and its child (Popen), and named pipes (FIFOs) that any
    // process can open by path.
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_page = new SteppingPage(m_bridge);
    m_pages->addTab(m_page, QString());
    m_namedPipes = new NamedPipesPanel(m_bridge);
    m_pages->addTab(m_namedPipes, QString());
    // A third: a real program of the user's, recorded under ptrace, with as many processes as it starts.
    m_watch = new WatchPage(m_bridge);
    m_pages->addTab(m_watch, QString());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_presenter = new PresenterMode(this, m_page->stepsPanel(), m_page->pageLayout());
    m_presenter->setStepBar(m_page->stepBar(), m_page->stepBarKeeps());
    m_presenter->setHiddenWhilePresenting(m_page->hiddenWhilePresenting() << m_pages->tabBar());
    // Presenter mode presents the steps: from the named pipes page it goes back to them.
    // The named pipes page stays in the page stack, whose minimum size is that of its largest page: in presenter
    // type it must not make the window wider than the screen.
    connect(m_presenter, &PresenterMode::activeChanged, this, [this](bool active) {
        // The named-pipes page is presented as it is; from the Watch page, presenter mode goes to the steps.
        const bool namedPipes = active && m_pages->currentWidget() == m_namedPipes;
        if (active && !namedPipes)
            m_pages->setCurrentIndex(0);
        const auto policy = active ? QSizePolicy::Ignored : QSizePolicy::Preferred;
        m_namedPipes->setSizePolicy(active && !namedPipes ? policy : QSizePolicy::Preferred,
            active && !namedPipes ? policy : QSizePolicy::Preferred);
        m_page->setSizePolicy(
            namedPipes ? policy : QSizePolicy::Preferred, namedPipes ? policy : QSizePolicy::Preferred);
        m_watch->setSizePolicy(policy, policy);
        m_namedPipes->setPresenting(namedPipes);
        m_page->setPresenting(active && !namedPipes);
    });
    connect(m_namedPipes, &NamedPipesPanel::leavePresenterRequested, this, [this] { m_presenter->setActive(false); });
    // During a live run the verdict is what the room must read, not the step the plan would do next.
    connect(m_page, &SteppingPage::presentedViewChanged, this,
        [this] { m_presenter->explanation()->setVisible(m_presenter->isActive() && !m_page->presentsLive()); });
    // After the steps panel has been told: presenter mode repeats its explanation in large type.
    for (StepSource* source : std::initializer_list<StepSource*> { m_page->controller(), m_page->replay() }) {
        connect(source, &StepSource::frameShown, m_presenter, [this] { m_presenter->refresh(); });
        connect(source, &StepSource::planShown, m_presenter, [this] { m_presenter->refresh(); });
    }
    connect(m_page->stepsPanel()->view()->selectionModel(), &QItemSelectionModel::currentChanged, m_presenter,
        &PresenterMode::refresh);
    connect(m_page, &SteppingPage::presetChosen, this, &MainWindow::applyScenario);
    connect(m_page, &SteppingPage::wineRunExportRequested, this, [this](WineRunDialog* dialog) {
        if (!dialog->record())
            return;
        const QString path = QFileDialog::getSaveFileName(dialog, tr("Export for the Browser"),
            QStringLiteral("pipescope-windows-run.html"), tr("Web pages (*.html)"));
        if (!path.isEmpty())
            m_fileActions->exportWineRun(path, *dialog->record(), static_cast<size_t>(dialog->shownStep() + 1), dialog);
    });

    // The step list has the focus when the window opens: a key typed at once is the window's, where the first
    // control (the Scenario box) would take Space for its list.
    m_page->stepsPanel()->view()->setFocus(Qt::OtherFocusReason);
    // The File and Scenario menus come first in the menu bar, then View, Language, Help.
    m_fileActions = new FileActions(this);
    buildLessonMenu();
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_presenter->action());
    m_viewMenu->addSeparator();
    m_compactAction = m_viewMenu->addAction(QString());
    m_compactAction->setObjectName(QStringLiteral("compactLayoutAction"));
    m_compactAction->setCheckable(true);
    connect(m_compactAction, &QAction::triggered, this, &MainWindow::chooseLayout);
    m_sidePanelsAction = m_viewMenu->addAction(QString());
    m_sidePanelsAction->setObjectName(QStringLiteral("sidePanelsAction"));
    m_sidePanelsAction->setCheckable(true);
    m_sidePanelsAction->setChecked(true);
    m_sidePanelsAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_sidePanelsAction, &QAction::toggled, this, &MainWindow::setSidePanelsVisible);
    connect(m_page, &SteppingPage::sidePanelsShown, this, [this] { m_sidePanelsAction->setChecked(true); });
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->setObjectName(QStringLiteral("diagramThemeMenu"));
    auto* themes = new QActionGroup(this);
    for (int i = 0; i < 4; ++i) {
        QAction* a = m_themeMenu->addAction(QString());
        a->setCheckable(true);
        themes->addAction(a);
        m_themeActions << a;
        connect(a, &QAction::triggered, this, [this, i] {
            chooseDiagramTheme(i == 0 ? std::nullopt : std::optional(static_cast<DiagramTheme::Kind>(i - 1)));
        });
    }
    m_themeActions[0]->setObjectName(QStringLiteral("diagramThemeAutomatic"));
    m_themeActions[1]->setObjectName(QStringLiteral("diagramThemeLight"));
    m_themeActions[2]->setObjectName(QStringLiteral("diagramThemeDark"));
    m_themeActions[3]->setObjectName(QStringLiteral("diagramThemeHighContrast"));
    setDiagramTheme(std::nullopt);
    // Presenter mode shows its own selection of the page: the arrangement waits until it ends.
    connect(m_presenter, &PresenterMode::activeChanged, this, [this](bool active) {
        m_compactAction->setEnabled(!active);
        m_sidePanelsAction->setEnabled(!active);
    });
    menuBar()->addMenu(Language::instance()->createMenu(this));
    menuBar()->addMenu(HelpDialog::createMenu(this));
    retranslateUi();
}

// What runs goes first, quietly (every child killed and reaped, every thread joined: milliseconds), so that no
// report reaches a page on its way out; then the pages.
MainWindow::~MainWindow()
{
    // A lesson being played for its page stops while the pages and the bridge it plays on are still there.
    delete m_lessonExport;
    delete m_bridge;
}

void MainWindow::retranslateUi()
{
    m_pages->setTabText(0, tr("Parent and child (anonymous pipes)"));
    m_pages->setTabText(1, tr("Named pipes (FIFOs)"));
    m_pages->setTabToolTip(0, tr("How Popen connects a parent and its child through pipes, step by step"));
    m_pages->setTabToolTip(1, tr("FIFOs: several writers, one reader, PIPE_BUF atomicity, permissions, duplex"));
    m_pages->setTabText(2, tr("Watch a program"));
    m_pages->setTabToolTip(2,
        tr("A real program of yours, recorded call by call: every process it starts and the "
           "pipes between them"));
    m_viewMenu->setTitle(tr("&View"));
    m_compactAction->setText(tr("&Compact Layout"));
    m_compactAction->setToolTip(tr("The diagram beside one column of tabs, for 720p projectors and small screens"));
    m_themeMenu->setTitle(tr("&Diagram Colours"));
    m_themeActions[0]->setText(tr("&Automatic"));
    m_themeActions[0]->setToolTip(tr("Light on a light window, dark on a dark one"));
    m_themeActions[1]->setText(tr("&Light"));
    m_themeActions[2]->setText(tr("&Dark"));
    m_themeActions[3]->setText(tr("&High Contrast"));
    m_themeActions[3]->setToolTip(tr("White on black with thicker lines, for a bright room or a reader who needs it"));
    m_lessonMenu->setTitle(tr("Less&on")); // Alt+L is the Language menu's
    m_openLessonAction->setText(tr("&Open Lesson…"));
    m_openLessonAction->setToolTip(tr("A .pipescope-lesson file: scenarios with narration and questions, each judged "
                                      "against what really happens"));
    m_closeLessonAction->setText(tr("&Close Lesson"));
    m_exportLessonAction->setText(tr("&Export Lesson for the Browser…"));
    m_exportLessonAction->setToolTip(tr("One web page of the open lesson: each part's real steps, each question asked "
                                        "and judged against the real run, in any browser"));
    m_lessonDock->setWindowTitle(tr("Lesson"));
    // The dock's own title buttons: named and reachable by keyboard like every other control.
    if (auto* b = m_lessonDock->findChild<QAbstractButton*>(QStringLiteral("qt_dockwidget_closebutton"))) {
        b->setToolTip(tr("End the lesson and close its panel"));
        b->setAccessibleName(tr("Close Lesson"));
        b->setAccessibleDescription(b->toolTip());
        b->setFocusPolicy(Qt::TabFocus);
    }
    if (auto* b = m_lessonDock->findChild<QAbstractButton*>(QStringLiteral("qt_dockwidget_floatbutton"))) {
        b->setToolTip(tr("Float the lesson in a window of its own: on the teacher's screen, say"));
        b->setAccessibleName(tr("Float the lesson panel"));
        b->setAccessibleDescription(b->toolTip());
        b->setFocusPolicy(Qt::TabFocus);
    }
    for (QAction* a : std::as_const(m_bundledLessonActions)) {
        const QString id = a->data().toString();
        QFile file(QStringLiteral(":/lessons/") + a->property("file").toString());
        if (file.open(QIODevice::ReadOnly))
            if (const Result<Lesson> lesson = lessonFromJson(file.readAll().toStdString()))
                a->setText(
                    QString::fromStdString(textIn(lesson->title, Language::instance()->current().toStdString())));
    }
    m_sidePanelsAction->setText(tr("&Side Panels"));
    m_sidePanelsAction->setToolTip(tr("F9: show or hide everything beside the diagram"));
}

void MainWindow::chooseDiagramTheme(std::optional<DiagramTheme::Kind> kind)
{
    m_chosenTheme = kind ? DiagramTheme::name(*kind) : QStringLiteral("auto");
    setDiagramTheme(kind);
}

void MainWindow::setDiagramTheme(std::optional<DiagramTheme::Kind> kind)
{
    m_diagramTheme = kind;
    const DiagramTheme::Kind shown = kind.value_or(DiagramTheme::forPalette(palette().color(QPalette::Window)));
    m_themeActions[kind ? static_cast<int>(*kind) + 1 : 0]->setChecked(true);
    if (DiagramTheme::current().kind == shown && m_themeShown)
        return;
    m_themeShown = true;
    DiagramTheme::setCurrent(shown);
    m_page->redrawDiagram();
    m_namedPipes->diagram()->redraw();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_diagramTheme)
        setDiagramTheme(std::nullopt);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setCompactLayout(bool compact)
{
    m_page->setCompact(compact);
    m_compactAction->setChecked(compact);
}

void MainWindow::chooseLayout(bool compact)
{
    m_chosenLayout = compact;
    setCompactLayout(compact);
}

void MainWindow::setSidePanelsVisible(bool visible)
{
    m_page->setSidePanelsVisible(visible);
    m_sidePanelsAction->setChecked(visible);
}

void MainWindow::pickLayout()
{
    if (m_layoutPicked || m_chosenLayout)
        return;
    m_layoutPicked = true;
    setCompactLayout(SteppingPage::compactFits(isMaximized() ? screen()->availableGeometry().size() : size()));
}

void MainWindow::placeOnScreen()
{
    const QScreen* where = screen();
    if (!where)
        return;
    const QRect room = where->availableGeometry();
    if (isFullScreen() || isMaximized()) {
        pickLayout();
        return;
    }
    // The frame's margins once the window is shown; before that, the style's guess at a title bar and borders.
    QMargins frame(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
        frameGeometry().right() - geometry().right(), frameGeometry().bottom() - geometry().bottom());
    if (!isVisible()) {
        const int border = style()->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth, nullptr, this);
        const int title = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
        frame = QMargins(border, border + title, border, border);
        m_placeWhenShown = true;
    }
    const QSize inside = room.size().shrunkBy(frame);
    if (width() > inside.width() || height() > inside.height())
        resize(size().boundedTo(inside));
    pickLayout();
    // Then in, only where it sticks out (a window that fits stays where the window manager puts it): the frame's
    // top left where the whole frame fits, or at the room's top left if nothing can.
    const QSize outer = size().grownBy(frame);
    QPoint topLeft = isVisible() ? frameGeometry().topLeft() : pos();
    if (room.contains(QRect(topLeft, outer)))
        return;
    topLeft.setX(std::max(room.left(), std::min(topLeft.x(), room.right() + 1 - outer.width())));
    topLeft.setY(std::max(room.top(), std::min(topLeft.y(), room.bottom() + 1 - outer.height())));
    move(topLeft);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_placeWhenShown) {
        m_placeWhenShown = false;
        // Once the window manager has framed the window: soon after the show on most, a little later on some X11
        // ones. Each time it only changes what does not fit.
        QMetaObject::invokeMethod(this, &MainWindow::placeOnScreen, Qt::QueuedConnection);
        QTimer::singleShot(frameSettleMs, this, &MainWindow::placeOnScreen);
    }
}

bool MainWindow::isPresenting() const
{
    return m_presenter->isActive();
}

void MainWindow::setPresenting(bool presenting)
{
    m_presenter->setActive(presenting);
}

void MainWindow::showWatchPage()
{
    if (m_presenter->isActive())
        m_presenter->setActive(false);
    m_pages->setCurrentWidget(m_watch);
}

void MainWindow::showLiveTab()
{
    m_pages->setCurrentWidget(m_page);
    m_page->showLiveTab();
}

bool MainWindow::applyScenario(const QString& id)
{
    const Preset* s = Preset::find(m_page->presets(), id);
    if (!s)
        return false;
    // A preset keeps the lens the teacher chose.
    Scenario scenario = s->scenario;
    scenario.lens = controller()->lens();
    setScenarioState(scenario);
    return true;
}

Scenario MainWindow::scenarioState() const
{
    return ScenarioIo::state(*m_page, m_fileActions->scenarioInfo());
}

void MainWindow::setScenarioState(const Scenario& scenario)
{
    m_fileActions->setScenarioInfo(scenario);
    // The setup steps are real syscalls but not the command: redo them, once the new spec's session is ready.
    m_fileActions->stepWhenIdle(m_page->configure(scenario));
}

void MainWindow::buildLessonMenu()
{
    m_lessonRunner = new LessonRunner(this, this);
    m_lessonPanel = new LessonPanel(m_lessonRunner);
    m_lessonDock = new QDockWidget(this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setWidget(m_lessonPanel);
    m_lessonDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    m_lessonDock->hide();
    // Closing the dock ends the lesson, however it is closed (its button, Alt+F4 when floating, the window's dock
    // menu): the runs it started stop.
    m_lessonDock->installEventFilter(this);
    connect(m_lessonDock->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (!shown && m_lessonRunner->isActive())
            closeLesson();
    });

    m_lessonMenu = menuBar()->addMenu(QString());
    m_lessonMenu->setObjectName(QStringLiteral("lessonMenu"));
    m_lessonMenu->setToolTipsVisible(true);
    const QStringList files = QDir(QStringLiteral(":/lessons"))
                                  .entryList({ QStringLiteral("*.pipescope-lesson") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString id = file.mid(3).chopped(static_cast<int>(lessonFileSuffix.size()));
        QAction* a = m_lessonMenu->addAction(id);
        a->setObjectName(QStringLiteral("lesson_") + id);
        a->setData(id);
        a->setProperty("file", file);
        connect(a, &QAction::triggered, this, [this, id] { openLesson(id); });
        m_bundledLessonActions << a;
    }
    m_lessonMenu->addSeparator();
    m_openLessonAction = m_lessonMenu->addAction(QString());
    m_openLessonAction->setObjectName(QStringLiteral("openLessonAction"));
    m_openLessonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openLessonAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Lesson"), QString(), tr("PipeScope lessons (*.pipescope-lesson);;All files (*)"));
        if (!path.isEmpty())
            openLesson(path);
    });
    m_closeLessonAction = m_lessonMenu->addAction(QString());
    m_closeLessonAction->setObjectName(QStringLiteral("closeLessonAction"));
    m_closeLessonAction->setEnabled(false);
    connect(m_closeLessonAction, &QAction::triggered, this, &MainWindow::closeLesson);
    m_exportLessonAction = m_lessonMenu->addAction(QString());
    m_exportLessonAction->setObjectName(QStringLiteral("exportLessonAction"));
    m_exportLessonAction->setEnabled(false);
    connect(m_exportLessonAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Lesson for the Browser"),
            QString::fromStdString(m_lessonRunner->lesson().id) + QStringLiteral(".html"),
            tr("Web pages (*.html);;All files (*)"));
        if (!path.isEmpty())
            exportLesson(path);
    });
}

QStringList MainWindow::bundledLessonIds()
{
    QStringList ids;
    for (const QString& file :
        QDir(QStringLiteral(":/lessons")).entryList({ QStringLiteral("*.pipescope-lesson") }, QDir::Files, QDir::Name))
        ids << file.mid(3).chopped(static_cast<int>(lessonFileSuffix.size()));
    return ids;
}

bool MainWindow::openLesson(const QString& nameOrPath)
{
    if (m_lessonExport && m_lessonExport->isActive()) {
        setStatus(tr("A lesson is being played for its web page: wait until it is written."), true);
        return false;
    }
    const std::optional<Lesson> lesson = readLesson(nameOrPath);
    if (!lesson)
        return false;
    if (m_presenter->isActive())
        m_presenter->setActive(false);
    m_lessonRunner->stop(); // another lesson's question leaves the panel first
    m_lessonDock->show();
    // A quarter of the window, and never so narrow that a question wraps at every word.
    resizeDocks({ m_lessonDock }, { std::max(300, width() / 4) }, Qt::Horizontal);
    m_closeLessonAction->setEnabled(true);
    m_exportLessonAction->setEnabled(true);
    m_lessonRunner->start(*lesson);
    return true;
}

LessonExport* MainWindow::lessonExport()
{
    if (!m_lessonExport)
        m_lessonExport = new LessonExport(this, this);
    return m_lessonExport;
}

bool MainWindow::exportLesson(const QString& path)
{
    if (!m_lessonRunner->isActive()) {
        setStatus(tr("No lesson is open: open one from the Lesson menu first."), true);
        return false;
    }
    LessonExport* exporter = lessonExport();
    // Refused before the class's lesson is touched.
    if (!exporter->canStart()) {
        setStatus(
            tr("A run is in progress: stop it (or let it end) before exporting '%1'.").arg(QFileInfo(path).fileName()),
            true);
        return false;
    }
    const Lesson lesson = m_lessonRunner->lesson();
    const LessonPanel::View view = m_lessonPanel->view();
    // The class's lesson stands aside while it is played for the page, then begins again.
    m_lessonRunner->stop();
    if (!exporter->start(lesson, path, Language::instance()->current())) {
        m_lessonRunner->start(lesson);
        return false;
    }
    m_exportLessonAction->setEnabled(false);
    // The pages are the play's until it ends: nothing else is pressed meanwhile, but Cancel.
    auto* progress = new QProgressDialog(
        tr("Playing the lesson for its web page…"), tr("Cancel"), 0, static_cast<int>(lesson.parts.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(exporter, &LessonExport::progress, progress, [progress](int part, int parts) {
        progress->setValue(part);
        progress->setLabelText(tr("Playing the lesson for its web page: part %1 of %2…").arg(part + 1).arg(parts));
    });
    connect(progress, &QProgressDialog::canceled, exporter, &LessonExport::cancel);
    connect(
        exporter, &LessonExport::finished, this,
        [this, lesson, view, progress = QPointer<QProgressDialog>(progress)](bool ok, const QString& message) {
            if (progress)
                progress->close();
            // Unless the lesson was closed meanwhile.
            m_exportLessonAction->setEnabled(!m_lessonDock->isHidden());
            if (!m_lessonDock->isHidden()) {
                m_lessonPanel->setView(view);
                m_lessonRunner->start(lesson);
                setStatus(message, !ok);
            }
        },
        Qt::SingleShotConnection);
    progress->show();
    return true;
}

std::optional<Lesson> MainWindow::readLesson(const QString& nameOrPath)
{
    QString path = nameOrPath;
    for (QAction* a : std::as_const(m_bundledLessonActions))
        if (a->data().toString() == nameOrPath)
            path = QStringLiteral(":/lessons/") + a->property("file").toString();
    const QString name = QFileInfo(nameOrPath).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("No lesson '%1': %2.").arg(nameOrPath, file.errorString()), true);
        return std::nullopt;
    }
    // A lesson is small; a file far larger is not one, and is not read whole (nor is an endless one, /dev/zero).
    constexpr qint64 maxLessonBytes = qint64 { 4 } << 20;
    const QByteArray text = file.read(maxLessonBytes + 1);
    if (text.size() > maxLessonBytes) {
        setStatus(tr("'%1' is not a PipeScope lesson: it is larger than 4 MiB.").arg(name), true);
        return std::nullopt;
    }
    Result<Lesson> lesson = lessonFromJson(text.toStdString());
    if (!lesson) {
        setStatus(describeLessonError(lesson.error(), name), true);
        return std::nullopt;
    }
    return std::move(lesson).value();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_lessonDock && event->type() == QEvent::Close && m_lessonRunner->isActive())
        QTimer::singleShot(0, this, &MainWindow::closeLesson);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeLesson()
{
    m_lessonRunner->stop();
    m_closeLessonAction->setEnabled(false);
    m_exportLessonAction->setEnabled(false);
    m_lessonDock->hide();
}

QString MainWindow::describeLessonError(const Error& error, const QString& fileName)
{
    const QString where = QString::fromStdString(error.subject);
    switch (lessonProblemFromName(error.call).value_or(LessonProblem::Syntax)) {
    case LessonProblem::Syntax:
        return tr("'%1' is not a PipeScope lesson: it is not valid JSON.").arg(fileName);
    case LessonProblem::NotLesson:
        return tr("'%1' is not a PipeScope lesson: it has no \"format\": \"pipescope-lesson\".").arg(fileName);
    case LessonProblem::Version:
        return tr("'%1' is a lesson of another format version: this PipeScope reads version %2.")
            .arg(fileName)
            .arg(lessonFormatVersion);
    case LessonProblem::Missing:
        return tr("'%1' is incomplete: %2 is missing.").arg(fileName, where);
    case LessonProblem::Type:
        return tr("'%1' is malformed: %2 has the wrong type.").arg(fileName, where);
    case LessonProblem::Value:
        return tr("'%1' is malformed: the value of %2 is not allowed there.").arg(fileName, where);
    case LessonProblem::Redirect:
        return tr("'%1' is malformed: %2 is not a redirect for that stream (none, pipe, devnull, fd:N, file:PATH, "
                  "or stdout for stderr).")
            .arg(fileName, where);
    case LessonProblem::Unknown:
        return tr("'%1' is malformed: %2 is not a field of a lesson.").arg(fileName, where);
    }
    return tr("'%1' is not a PipeScope lesson.").arg(fileName);
}
