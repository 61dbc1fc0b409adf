// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagram/diagramtheme.h"
#include "files/lessonfile.h"
#include "files/scenariofile.h"
#include "popen/plan.h"
#include "stepping/steppingpage.h"

#include <QMainWindow>

#include <optional>

class Bridge;
class DiagramScene;
class LessonPanel;
class LessonExport;
class LessonRunner;
class QDockWidget;
class FdTableModel;
class FileActions;
class LivePanel;
class NamedPipesPanel;
class PlanModel;
class PresenterMode;
class PythonPanel;
class QTabWidget;
class SessionController;
class SourcePanel;
class StepsPanel;
class StreamsPanel;
class TraceModel;
class WatchPage;

// PipeScope's window: the menus and two pages, the parent and its child (SteppingPage) and named pipes
// (NamedPipesPanel), with presenter mode over them. What a page shows is the page's; the window only hands on.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Keeps the window, frame included, within the available area of its screen (panels and docks left out):
    // smaller if it must be, moved in where it sticks out. Once more when it is shown, when the frame the window
    // manager gives it is known. A window opened by the user starts this way; a screenshot is a picture, not.
    void placeOnScreen();

    // The stepping page's arrangement (SteppingPage::setCompact). Until the user picks one from the View menu (or a
    // saved choice is restored), placeOnScreen() picks it for the window it placed: compact below 1400x900.
    void setCompactLayout(bool compact);
    bool isCompactLayout() const { return m_page->isCompact(); }
    // The user's own choice, to be remembered; empty while the screen decides.
    std::optional<bool> chosenLayout() const { return m_chosenLayout; }
    void chooseLayout(bool compact);
    // View > Side Panels (F9): everything beside the diagram, shown or hidden.
    void setSidePanelsVisible(bool visible);
    QAction* compactLayoutAction() const { return m_compactAction; }

    // View > Diagram Colours: a theme, or none to follow the window's palette (dark palette, dark diagram).
    void setDiagramTheme(std::optional<DiagramTheme::Kind> kind);
    // The same, as the user's choice (the menu, or the one saved): remembered for the next session, where a theme
    // given on the command line is for this one only.
    void chooseDiagramTheme(std::optional<DiagramTheme::Kind> kind);
    // "auto" or a theme's name, once the user chose; empty before.
    QString chosenDiagramTheme() const { return m_chosenTheme; }
    std::optional<DiagramTheme::Kind> diagramTheme() const { return m_diagramTheme; }
    QAction* sidePanelsAction() const { return m_sidePanelsAction; }

    // The window's pages: 0 the parent and its child, 1 named pipes.
    QTabWidget* pages() const { return m_pages; }
    SteppingPage* steppingPage() const { return m_page; }
    NamedPipesPanel* namedPipesPanel() const { return m_namedPipes; }
    WatchPage* watchPage() const { return m_watch; }
    // Shows the Watch a program page (leaving presenter mode, which presents the steps of the first page).
    void showWatchPage();
    // The File and Scenario menus: scenario files, exports, trace replay.
    FileActions* fileActions() const { return m_fileActions; }
    PresenterMode* presenter() const { return m_presenter; }
    // The one owner of every process, thread and waiting open the window starts.
    Bridge* bridge() const { return m_bridge; }

    // The stepping page's parts, for those that drive the window as a whole (command line, tests).
    SessionController* controller() const { return m_page->controller(); }
    StreamsPanel* streamsPanel() const { return m_page->streamsPanel(); }
    PlanModel* planModel() const { return m_page->planModel(); }
    FdTableModel* parentFdModel() const { return m_page->parentFdModel(); }
    FdTableModel* childFdModel() const { return m_page->childFdModel(); }
    // The child's table: after each step, and after a run the one read right after the child started.
    FdTableModel* fdTableModel() const { return m_page->childFdModel(); }
    TraceModel* traceModel() const { return m_page->traceModel(); }
    DiagramScene* diagramScene() const { return m_page->diagramScene(); }
    StepsPanel* stepsPanel() const { return m_page->stepsPanel(); }
    SourcePanel* sourcePanel() const { return m_page->sourcePanel(); }
    PythonPanel* pythonPanel() const { return m_page->pythonPanel(); }
    QTabWidget* bottomTabs() const { return m_page->bottomTabs(); }
    // The Live tab: a scenario's real bytes through real pipes, drawn on the diagram as they move.
    LivePanel* livePanel() const { return m_page->livePanel(); }

    // Lessons: the Lesson menu lists the bundled ones (their ids, as for --lesson=); a lesson plays in the Lesson
    // dock beside the pages. openLesson takes a bundled lesson's id or a file's path; false (the status line says
    // why, in one line) for an unknown name or a malformed file, which changes nothing.
    bool openLesson(const QString& nameOrPath);
    // The lesson of that id or file, read strictly; nullopt (the status line says why) when there is none.
    std::optional<pipescope::Lesson> readLesson(const QString& nameOrPath);
    // Lesson → Export Lesson for the Browser: the open lesson is played through once for its page (LessonExport),
    // then starts again from its first part. False (said) when no lesson is open or a run is in progress.
    bool exportLesson(const QString& path);
    LessonExport* lessonExport();
    static QStringList bundledLessonIds();
    void closeLesson();
    LessonRunner* lessonRunner() const { return m_lessonRunner; }
    LessonPanel* lessonPanel() const { return m_lessonPanel; }
    QDockWidget* lessonDock() const { return m_lessonDock; }
    // Why a lesson file was refused, in one line naming the field.
    static QString describeLessonError(const pipescope::Error& error, const QString& fileName);

    QString statusText() const { return m_page->statusText(); }
    QString stdoutText() const { return m_page->stdoutText(); }
    QString stderrText() const { return m_page->stderrText(); }
    QString exitStatusText() const { return m_page->exitStatusText(); }

    // Starts a run of what the panel shows; false when one is already running.
    bool run() { return m_page->run(); }
    bool isPlaying() const { return m_page->isPlaying(); }
    void setPlaying(bool playing) { m_page->setPlaying(playing); }
    bool applyScenario(const QString& id);
    // Picks a live scenario (LiveScenarios' ids): the streams panel shows its configuration, the Live tab its story.
    bool applyLiveScenario(const QString& id) { return m_page->applyLiveScenario(id); }
    void showLiveTab();
    void setLens(pipescope::Lens lens) { m_page->setLens(lens); }
    // Animations on or off (off: every change is instant, as for screenshots).
    void setAnimated(bool animated) { m_page->setAnimated(animated); }
    // Presenter mode (F11): full screen, large text, the diagram and the step bar only.
    bool isPresenting() const;
    void setPresenting(bool presenting);
    // The built-in scenario chosen in the Scenario box (its id, as for --scenario=); empty once the configuration
    // was changed from it (the box then says "Custom").
    QString scenarioId() const { return m_page->scenarioId(); }
    void showScenarioId(const QString& id) { m_page->showScenarioId(id); }
    // The speed of animations and Play, 1 (slow) to 10 (fast).
    int speed() const { return m_page->speed(); }
    void setSpeed(int speed) { m_page->setSpeed(speed); }
    // The status line under the controls; error: in red and bold.
    void setStatus(const QString& text, bool error = false) { m_page->setStatus(text, error); }
    // The whole configuration as a .pipescope scenario (streams, command, input, policy, step, lens), and back.
    // Setting one never runs its command: only the setup steps before exec are redone.
    pipescope::Scenario scenarioState() const;
    void setScenarioState(const pipescope::Scenario& scenario);

    // The diagram's minimum height, in lines of its font: it shrinks that far (no further) to make room for the
    // Live tab, so the room it gives follows the fonts the machine has.
    static constexpr int diagramMinimumLines = SteppingPage::diagramMinimumLines;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void pickLayout();
    void buildLessonMenu();

    Bridge* m_bridge = nullptr;
    SteppingPage* m_page = nullptr;
    QTabWidget* m_pages = nullptr;
    NamedPipesPanel* m_namedPipes = nullptr;
    WatchPage* m_watch = nullptr;
    PresenterMode* m_presenter = nullptr;
    FileActions* m_fileActions = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_lessonMenu = nullptr;
    QAction* m_openLessonAction = nullptr;
    QAction* m_exportLessonAction = nullptr;
    LessonExport* m_lessonExport = nullptr;
    QAction* m_closeLessonAction = nullptr;
    QList<QAction*> m_bundledLessonActions;
    LessonRunner* m_lessonRunner = nullptr;
    LessonPanel* m_lessonPanel = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    QAction* m_compactAction = nullptr;
    QAction* m_sidePanelsAction = nullptr;
    std::optional<bool> m_chosenLayout;
    std::optional<DiagramTheme::Kind> m_diagramTheme; // empty: follow the palette
    QString m_chosenTheme;
    QMenu* m_themeMenu = nullptr;
    QList<QAction*> m_themeActions; // automatic, light, dark, high contrast
    bool m_layoutPicked = false; // by the screen, once
    bool m_themeShown = false;
    bool m_placeWhenShown = false;
};
