// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/liveflow.h"
#include "bridge/replay.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramscene.h"
#include "diagram/exporter.h"
#include "live/livepanel.h"
#include "namedpipes/duplextab.h"
#include "namedpipes/namedpipespanel.h"
#include "namedpipes/windowspiperunbox.h"
#include "shell/fileactions.h"
#include "shell/language.h"
#include "shell/lessonexport.h"
#include "shell/lessonpanel.h"
#include "shell/lessonrunner.h"
#include "shell/mainwindow.h"
#include "shell/webpage.h"
#include "shell/windowsettings.h"
#include "stepping/pythonpanel.h"
#include "stepping/sourcepanel.h"
#include "stepping/steppingpage.h"
#include "stepping/winerundialog.h"
#include "text/describe.h"
#include "watch/watchpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QPointer>
#include <QScrollArea>
#include <QSize>
#include <QStringList>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

using pipescope::QuestionMoment;

#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

void complain(const QString& message)
{
    std::fprintf(stderr, "pipescope: %s\n", qPrintable(message));
}

// Waits, without sleeping, until the controller has answered every command it was given.
bool waitUntilIdle(SessionController* controller, std::chrono::milliseconds timeout)
{
    if (!controller->isBusy())
        return true;
    QEventLoop loop;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(controller, &SessionController::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    watchdog.start(timeout);
    loop.exec();
    return !controller->isBusy();
}

struct ScreenshotOptions
{
    QString path;
    std::optional<int> steps; // --step=K: K real steps first; unset: one whole run
    QString tab; // --tab=: output, source, python, trace, live, named-pipes
    bool runPython = false; // --run-python: run the equivalent program with python3 and show what it printed
    std::optional<double> liveSeconds; // --live-seconds=N: the Live tab's scenario, N seconds into its run
};

// The Live tab's scenario running for real, pictured that many seconds into the run (or at its end, if sooner),
// with the packets moving; the child is then cancelled and reaped.
// Runs the Live tab's scenario for `seconds` (or until it ends), calls atMoment then, and cancels the run if it is
// still going. False when it did not start (the Live tab's status says why).
bool playLive(MainWindow& window, double seconds, const std::function<void()>& atMoment)
{
    LivePanel* live = window.livePanel();
    window.showLiveTab();
    QEventLoop loop;
    QTimer moment;
    moment.setSingleShot(true);
    QObject::connect(&moment, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(live->flow(), &LiveFlow::finished, &loop, &QEventLoop::quit);
    if (!live->start())
        return false;
    moment.start(std::chrono::milliseconds(static_cast<qint64>(seconds * 1000)));
    if (live->isRunning())
        loop.exec();
    QCoreApplication::processEvents();
    atMoment();
    if (live->isRunning()) {
        QEventLoop end;
        QObject::connect(live->flow(), &LiveFlow::finished, &end, &QEventLoop::quit);
        live->cancel();
        if (live->isRunning())
            end.exec();
    }
    return true;
}

int takeLiveScreenshot(MainWindow& window, const ScreenshotOptions& options)
{
    window.setAnimated(true);
    bool saved = false;
    if (!playLive(window, *options.liveSeconds, [&] { saved = window.grab().save(options.path, "PNG"); })) {
        complain(
            QStringLiteral("--screenshot: the live scenario did not start: %1").arg(window.livePanel()->statusText()));
        return 1;
    }
    if (!saved) {
        complain(QStringLiteral("--screenshot: cannot write %1").arg(options.path));
        return 1;
    }
    return 0;
}

// Shows the window in the requested state (after K real steps, or after one whole run) and saves it as PNG.
int takeScreenshot(MainWindow& window, const ScreenshotOptions& options)
{
    constexpr std::chrono::seconds runTimeout { 20 };
    constexpr std::chrono::seconds watchdogTimeout { 25 };
    SessionController* controller = window.controller();
    // A picture of a state, not of a moment in an animation.
    window.setAnimated(false);
    if (!waitUntilIdle(controller, watchdogTimeout)) {
        complain(QStringLiteral("--screenshot: the window did not get ready within %1 s").arg(watchdogTimeout.count()));
        return 1;
    }
    if (options.liveSeconds)
        return takeLiveScreenshot(window, options);
    QString failure;
    if (options.steps) {
        QObject::connect(controller, &SessionController::stepFailed, controller,
            [&failure](const pipescope::Error& error) { failure = describeError(error); });
        if (*options.steps > 0 && !controller->stepTo(static_cast<size_t>(*options.steps))) {
            complain(QStringLiteral("--screenshot: cannot step to %1").arg(*options.steps));
            return 1;
        }
        if (!waitUntilIdle(controller, watchdogTimeout))
            failure = QStringLiteral("the steps did not finish within %1 s").arg(watchdogTimeout.count());
    } else {
        QEventLoop loop;
        QObject::connect(controller, &SessionController::runFinished, &loop, [&loop] { loop.quit(); });
        QObject::connect(controller, &SessionController::runFailed, &loop, [&](const pipescope::Error& error) {
            failure = describeError(error);
            loop.quit();
        });
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
            failure = QStringLiteral("the default scenario did not finish within %1 s").arg(watchdogTimeout.count());
            loop.quit();
        });
        controller->setTimeout(runTimeout);
        watchdog.start(watchdogTimeout);
        if (!window.run()) {
            complain(QStringLiteral("--screenshot: the default scenario did not start: %1").arg(window.statusText()));
            return 1;
        }
        loop.exec();
    }
    if (!failure.isEmpty()) {
        complain(QStringLiteral("--screenshot: %1").arg(failure));
        return 1;
    }
    if (options.runPython) {
        QEventLoop loop;
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(window.pythonPanel(), &PythonPanel::pythonFinished, &loop, &QEventLoop::quit);
        if (window.pythonPanel()->runInPython()) {
            watchdog.start(watchdogTimeout);
            loop.exec();
        }
    }
    // The source tab shows python3's own file once python3 has said where it is.
    if (!window.sourcePanel()->isLoaded()) {
        QEventLoop loop;
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(window.sourcePanel(), &SourcePanel::loaded, &loop, &QEventLoop::quit);
        watchdog.start(std::chrono::seconds(15));
        loop.exec();
    }
    if (options.tab == u"live") {
        window.showLiveTab();
    } else if (options.tab == u"named-pipes") {
        window.pages()->setCurrentIndex(1);
    } else if (!options.tab.isEmpty() && !window.steppingPage()->showTab(options.tab)) {
        complain(QStringLiteral("--tab: '%1' is not one of %2")
                     .arg(options.tab,
                         SteppingPage::tabNames().join(QStringLiteral(", ")) + QStringLiteral(", named-pipes")));
        return 2;
    }
    // The views lay out what the last signals put into their models on the next pass through the event loop.
    QCoreApplication::processEvents();
    if (!window.grab().save(options.path, "PNG")) {
        complain(QStringLiteral("--screenshot: cannot write %1").arg(options.path));
        return 1;
    }
    return 0;
}

// Runs the event loop until done() holds or the watchdog fires; false then.
bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
    watchdog.start(timeout);
    if (!done())
        loop.exec();
    return done();
}

// --wine-run with --screenshot: the Windows lens's "Run on Windows (Wine)" dialog once the run is done, showing call K
// (--step=K) or the suspended child right after CreateProcessW.
int takeWineRunScreenshot(MainWindow& window, const QString& path, std::optional<int> step, const QString& tab)
{
    if (tab == u"named-pipes") {
        // The named-pipes page's Windows tab, its claims run under Wine.
        window.pages()->setCurrentIndex(1);
        DuplexTab* duplex = window.namedPipesPanel()->duplexTab();
        QTabWidget* tabs = window.namedPipesPanel()->tabs();
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(duplex))
                tabs->setCurrentIndex(i);
        WindowsPipeRunBox* box = duplex->windowsRun();
        box->run();
        if (!waitUntil([box] { return !box->isRunning(); }, std::chrono::seconds(300)) || !box->record()) {
            complain(QStringLiteral("--wine-run: %1").arg(box->statusLabel()->text()));
            return 1;
        }
        if (auto* scroll = qobject_cast<QScrollArea*>(tabs->currentWidget()))
            scroll->ensureWidgetVisible(box);
        QCoreApplication::processEvents();
        if (!window.grab().save(path, "PNG")) {
            complain(QStringLiteral("--screenshot: cannot write %1").arg(path));
            return 1;
        }
        return 0;
    }
    window.steppingPage()->setLens(pipescope::Lens::Windows);
    WineRunDialog* dialog = window.steppingPage()->openWineRun();
    dialog->scene()->setAnimated(false); // a picture shows where things are, not where they are going
    if (!waitUntil([dialog] { return !dialog->isRunning(); }, std::chrono::seconds(300))) {
        complain(QStringLiteral("--wine-run: the Windows run did not end within 300 s"));
        return 1;
    }
    if (!dialog->record()) {
        complain(QStringLiteral("--wine-run: %1").arg(dialog->statusLabel()->text()));
        return 1;
    }
    if (step) {
        if (*step < 1 || *step > dialog->callList()->topLevelItemCount()) {
            complain(
                QStringLiteral("--step: the Windows run made %1 calls").arg(dialog->callList()->topLevelItemCount()));
            return 2;
        }
        dialog->showStep(*step - 1);
    }
    QCoreApplication::processEvents();
    if (!dialog->grab().save(path, "PNG")) {
        complain(QStringLiteral("--screenshot: cannot write %1").arg(path));
        return 1;
    }
    return 0;
}

// --export-html with --replay of a Windows run's JSON: its page, opening after call step (default: the first
// CreateProcessW, where the suspended child shows what it inherited). nullopt when the file is not a Windows run (a
// trace to replay in the window then).
std::optional<int> exportWineRunPage(
    const QString& runPath, const QString& pagePath, std::optional<int> step, const QString& language)
{
    QFile file(runPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // --replay says why
    const QByteArray json = file.readAll();
    if (!json.contains("\"pipescope-win32-run\""))
        return std::nullopt;
    QString problem;
    const std::optional<WinRunRecord> run = readWinRun(json, &problem);
    if (!run) {
        complain(QStringLiteral("--replay: %1 is not a readable Windows run (at %2)").arg(runPath, problem));
        return 2;
    }
    size_t start = 0;
    if (step) {
        if (*step < 0 || *step > run->steps.size()) {
            complain(QStringLiteral("--step: %1 is outside the Windows run's calls (0 to %2)")
                         .arg(*step)
                         .arg(run->steps.size()));
            return 2;
        }
        start = static_cast<size_t>(*step);
    } else {
        const auto created = std::ranges::find(run->steps, QStringLiteral("CreateProcessW"), &WinRunStep::call);
        start = created == run->steps.end() ? 0 : static_cast<size_t>(created - run->steps.begin()) + 1;
    }
    QString message;
    if (!Exporter::writeFile(pagePath, WebPage::buildWineRun(*run, start, language), &message)) {
        complain(QStringLiteral("--export-html: %1").arg(message));
        return 1;
    }
    return 0;
}

// --lesson with --screenshot: the window as the first question is asked (the teacher view with its rehearsed
// answer, when it has one), or once answer was given to it and judged.
int takeLessonScreenshot(MainWindow& window, const QString& path, const QString& answer)
{
    window.setAnimated(false); // a picture shows where things are, not where they are going
    LessonRunner* runner = window.lessonRunner();
    const auto asking = [runner] { return runner->phase() == LessonRunner::Phase::Asking; };
    if (!waitUntil(asking, std::chrono::seconds(30))) {
        complain(QStringLiteral("--screenshot: the lesson's first question was not reached"));
        return 1;
    }
    if (answer.isEmpty()) {
        const pipescope::LessonQuestion* q = runner->question();
        if (window.lessonPanel()->view() == LessonPanel::View::Teacher && !pipescope::isNumberProbe(q->ask.kind)
            && q->moment != QuestionMoment::Live && q->moment != QuestionMoment::Fifo)
            waitUntil([runner] { return runner->rehearsedAnswer().has_value(); }, std::chrono::seconds(30));
        window.lessonPanel()->choose(QString());
    } else {
        if (!window.lessonPanel()->choose(answer) || !runner->answer(answer)) {
            complain(QStringLiteral("--lesson-answer: '%1' is not an answer of the first question").arg(answer));
            return 2;
        }
        if (!waitUntil([runner] { return runner->phase() == LessonRunner::Phase::Judged; }, std::chrono::seconds(60))) {
            complain(QStringLiteral("--screenshot: the lesson's first question was not judged"));
            return 1;
        }
    }
    QCoreApplication::processEvents();
    if (!window.grab().save(path, "PNG")) {
        complain(QStringLiteral("--screenshot: cannot write %1").arg(path));
        return 1;
    }
    return 0;
}

// --watch: waits until the recording is over. False (said) when there is none.
bool waitForRecording(WatchPage* page)
{
    if (page->isRecording()) {
        QEventLoop loop;
        QObject::connect(page, &WatchPage::recordingDone, &loop, &QEventLoop::quit);
        // The recording's own limit (at most 600 s) ends it; this only guards against a hang of its own.
        QTimer::singleShot(std::chrono::seconds(630), &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!page->recording()) {
        complain(QStringLiteral("--watch: %1").arg(page->statusText()));
        return false;
    }
    return true;
}

// --watch with --screenshot: the Watch page once the recording is over, after `steps` of its calls (all: unset),
// with the calls or (tab "plan") the first recognised Popen beside PipeScope's plan.
int takeWatchScreenshot(MainWindow& window, const QString& path, std::optional<int> steps, const QString& tab)
{
    WatchPage* page = window.watchPage();
    if (!waitForRecording(page))
        return 1;
    if (tab == QStringLiteral("plan")) {
        // The interpreters found name the recorded one's version in the comparison; the search is bounded.
        page->findAllPythons();
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!page->isFindingPythons())
                loop.quit();
        });
        poll.start(50);
        QTimer::singleShot(std::chrono::seconds(30), &loop, &QEventLoop::quit);
        loop.exec();
    }
    page->sideTabs()->setCurrentIndex(tab == QStringLiteral("plan") ? 1 : 0);
    page->setCurrentStep(steps.value_or(page->stepCount()));
    QCoreApplication::processEvents(); // the layouts follow the texts that changed
    if (!window.grab().save(path, "PNG")) {
        complain(QStringLiteral("--screenshot: cannot write %1").arg(path));
        return 1;
    }
    return 0;
}

// --export-html: the page for the browser of the scenario's steps (or of the replayed trace), opening at step (or
// at the first step shown); with liveSeconds, the Live tab's run of the same scenario for that long goes with it.
int exportWebPage(MainWindow& window, const QString& path, std::optional<int> step, std::optional<double> liveSeconds)
{
    constexpr std::chrono::seconds watchdogTimeout { 60 };
    SessionController* controller = window.controller();
    window.setAnimated(false);
    if (!waitUntilIdle(controller, watchdogTimeout)) {
        complain(
            QStringLiteral("--export-html: the window did not get ready within %1 s").arg(watchdogTimeout.count()));
        return 1;
    }
    if (liveSeconds && !playLive(window, *liveSeconds, [] {})) {
        complain(
            QStringLiteral("--export-html: the live scenario did not start: %1").arg(window.livePanel()->statusText()));
        return 1;
    }
    FileActions* files = window.fileActions();
    std::optional<size_t> start;
    if (step) {
        const Replay* replay = files->replay();
        size_t last = controller->stepCount();
        if (replay->isActive())
            last = replay->trace().steps.empty() ? 0 : replay->trace().steps.back().position;
        // A recording (--watch, or --replay of one) opens after its step-th call.
        const bool recording = window.pages()->currentWidget() == window.watchPage();
        if (recording)
            last = window.watchPage()->recording() ? window.watchPage()->recording()->events.size() : 0;
        if (static_cast<size_t>(*step) > last) {
            complain(QStringLiteral("--step: %1 is outside the %2 (0 to %3)")
                         .arg(*step)
                         .arg(recording ? QStringLiteral("recorded calls") : QStringLiteral("plan's steps"))
                         .arg(last));
            return 2;
        }
        start = static_cast<size_t>(*step);
    }
    bool ok = false;
    QEventLoop loop;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(files, &FileActions::webExported, &loop, [&](bool written) {
        ok = written;
        loop.quit();
    });
    watchdog.start(watchdogTimeout);
    files->exportWeb(path, start);
    if (files->isExportingWeb())
        loop.exec();
    if (!ok) {
        complain(QStringLiteral("--export-html: %1").arg(window.statusText()));
        return 1;
    }
    // The window steps back to where it was; what it ran is reaped before the window goes.
    waitUntilIdle(controller, watchdogTimeout);
    return 0;
}

// --export-html with --lesson: the lesson played through once for real, every question revealed, written as its page.
int exportLessonPage(MainWindow& window, const QString& lessonName, const QString& path, const QString& language)
{
    const std::optional<pipescope::Lesson> lesson = window.readLesson(lessonName);
    if (!lesson) {
        complain(QStringLiteral("--lesson: %1").arg(window.statusText()));
        return 2;
    }
    window.setAnimated(false);
    if (!waitUntilIdle(window.controller(), std::chrono::seconds(60))) {
        complain(QStringLiteral("--export-html: the window did not get ready"));
        return 1;
    }
    LessonExport* exporter = window.lessonExport();
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(exporter, &LessonExport::finished, &loop, [&](bool written, const QString& said) {
        ok = written;
        message = said;
        loop.quit();
    });
    if (!exporter->start(*lesson, path, language)) {
        complain(QStringLiteral("--export-html: %1").arg(window.statusText()));
        return 1;
    }
    // The play's own watchdog ends a stuck part; this loop ends with it.
    loop.exec();
    if (!ok) {
        complain(QStringLiteral("--export-html: %1").arg(message));
        return 1;
    }
    waitUntilIdle(window.controller(), std::chrono::seconds(60));
    return 0;
}

// Fusion with a dark palette: what a dark desktop gives, forced, to check that everything stays legible.
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    dark.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        dark.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(dark);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PipeScope"));
    QApplication::setApplicationName(QStringLiteral("PipeScope"));
    QApplication::setApplicationVersion(QStringLiteral(PIPESCOPE_VERSION));

    // Options are parsed before a translation is chosen (--lang picks it), so their help stays in English.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("See how a parent process and its child talk through pipes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Use LANG (zh_CN or en) instead of the system's language."), QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save the window to PATH as PNG and exit: after --step=K real steps, or else after one "
                       "whole run of the scenario."),
        QStringLiteral("PATH"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
        QStringLiteral("Start with the built-in scenario NAME: seed-demo (the default), stdin-not-pipe, "
                       "stdout-not-pipe, stderr-to-stdout, devnull or file."),
        QStringLiteral("NAME"));
    const QCommandLineOption stepOption(QStringLiteral("step"),
        QStringLiteral("With --screenshot: make K real steps of the plan first (0: none). With --export-html: the "
                       "step the page opens at."),
        QStringLiteral("K"));
    const QCommandLineOption exportHtmlOption(QStringLiteral("export-html"),
        QStringLiteral("Save one web page that replays the scenario's steps (or the --replay trace, or the --watch "
                       "recording) in a browser to PATH and exit."),
        QStringLiteral("PATH"));
    const QCommandLineOption replayOption(QStringLiteral("replay"),
        QStringLiteral("Show the trace TRACE.json (from File > Export Trace or pipescope-trace --step --json) "
                       "instead of running anything."),
        QStringLiteral("TRACE.json"));
    const QCommandLineOption lensOption(QStringLiteral("lens"),
        QStringLiteral("Show the plan in the posix (default) or the windows lens."), QStringLiteral("LENS"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        QStringLiteral("With --screenshot: show the bottom tab TAB (output, source, python, trace or live), or the "
                       "page named-pipes; with --watch: calls (default) or plan (the Popen beside PipeScope's plan)."),
        QStringLiteral("TAB"));
    const QCommandLineOption liveSecondsOption(QStringLiteral("live-seconds"),
        QStringLiteral("With --screenshot: start the Live tab's scenario (--scenario= picks a live one: seed-echo, "
                       "deadlock, communicate, flood...) and save the window N seconds into the run. With "
                       "--export-html: run it for N seconds (cancelled then if it still runs), and the page shows its "
                       "timeline and verdict."),
        QStringLiteral("N"));
    const QCommandLineOption runPythonOption(QStringLiteral("run-python"),
        QStringLiteral("With --screenshot: run the equivalent Python program with python3 first."));
    const QCommandLineOption presenterOption(QStringLiteral("presenter"),
        QStringLiteral("Start in presenter mode: full screen, large text, the diagram and the step bar only."));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QStringLiteral("Use the Fusion style with a dark palette, whatever the desktop's."));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("The diagram's colours: auto (as the window's palette), light, dark or high-contrast."),
        QStringLiteral("NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Give the window WxH pixels (e.g. 1600x1000) instead of its default or remembered size."),
        QStringLiteral("WxH"));
    const QCommandLineOption watchOption(QStringLiteral("watch"),
        QStringLiteral("Record the program given after -- under ptrace and step through it on the Watch a program "
                       "page (pipescope --watch -- python3 parent.py). With --screenshot: the window after --step=K "
                       "of its calls (default: all of them). With --export-html: the page of the recording, opening "
                       "after --step=K of its calls."));
    const QCommandLineOption lessonOption(QStringLiteral("lesson"),
        QStringLiteral("Start the lesson NAME (a bundled one: %1) or the .pipescope-lesson file at that path. With "
                       "--export-html: play it through once for real and write its page instead.")
            .arg(MainWindow::bundledLessonIds().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption lessonViewOption(QStringLiteral("lesson-view"),
        QStringLiteral("The lesson's view: teacher (answers rehearsed and notes shown in advance; the default) or "
                       "self-study (a score)."),
        QStringLiteral("VIEW"));
    const QCommandLineOption lessonAnswerOption(QStringLiteral("lesson-answer"),
        QStringLiteral("With --screenshot and --lesson: answer the first question with VALUE (a choice's value or "
                       "a number) and save the window once it is judged; without it, the window as the question "
                       "is asked."),
        QStringLiteral("VALUE"));
    const QCommandLineOption wineRunOption(QStringLiteral("wine-run"),
        QStringLiteral("With --screenshot: run the configuration as Popen's Windows branch under Wine (the Windows "
                       "lens's Run on Windows) and save its window, showing call K of the run with --step=K (default: "
                       "the suspended child right after CreateProcessW). With --tab=named-pipes: run the named-pipes "
                       "page's Windows named "
                       "pipes under Wine and save the page."));
    parser.addOptions({ langOption, screenshotOption, scenarioOption, stepOption, lensOption, tabOption,
        runPythonOption, presenterOption, darkOption, themeOption, liveSecondsOption, sizeOption, exportHtmlOption,
        replayOption, watchOption, lessonOption, lessonViewOption, lessonAnswerOption, wineRunOption });
    parser.addPositionalArgument(QStringLiteral("PROGRAM"),
        QStringLiteral("With --watch: the program to record and "
                       "its arguments, after --."),
        QStringLiteral("[-- PROGRAM ARGS...]"));
    parser.process(app);
    if (!parser.isSet(watchOption) && !parser.positionalArguments().isEmpty()) {
        complain(QStringLiteral("unexpected argument '%1' (a program to record goes after --watch --)")
                     .arg(parser.positionalArguments().front()));
        return 2;
    }
    if (parser.isSet(watchOption) && parser.positionalArguments().isEmpty()) {
        complain(
            QStringLiteral("--watch: give the program to record after --, e.g. pipescope --watch -- sh -c 'ls | wc'"));
        return 2;
    }

    ScreenshotOptions shot;
    shot.path = parser.value(screenshotOption);
    shot.tab = parser.value(tabOption);
    shot.runPython = parser.isSet(runPythonOption);
    if (parser.isSet(liveSecondsOption)) {
        bool ok = false;
        const double seconds = parser.value(liveSecondsOption).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 600) {
            complain(QStringLiteral("--live-seconds: '%1' is not a number of seconds (0 to 600)")
                         .arg(parser.value(liveSecondsOption)));
            return 2;
        }
        shot.liveSeconds = seconds;
    }
    if (parser.isSet(stepOption)) {
        bool ok = false;
        const int k = parser.value(stepOption).toInt(&ok);
        if (!ok || k < 0) {
            complain(QStringLiteral("--step: '%1' is not a number of steps").arg(parser.value(stepOption)));
            return 2;
        }
        shot.steps = k;
    }
    QSize size;
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        bool wide = false;
        bool high = false;
        if (parts.size() == 2)
            size = QSize(parts[0].toInt(&wide), parts[1].toInt(&high));
        if (!wide || !high || size.width() < 1 || size.height() < 1 || size.width() > 16384 || size.height() > 16384) {
            complain(QStringLiteral("--size: '%1' is not WIDTHxHEIGHT in pixels").arg(parser.value(sizeOption)));
            return 2;
        }
    }
    std::optional<pipescope::Lens> lens;
    if (parser.isSet(lensOption)) {
        lens = pipescope::lensFromName(parser.value(lensOption).toStdString());
        if (!lens) {
            complain(QStringLiteral("--lens: '%1' is not posix or windows").arg(parser.value(lensOption)));
            return 2;
        }
    }

    if (parser.isSet(darkOption))
        useDarkPalette();
    std::optional<DiagramTheme::Kind> theme;
    if (parser.isSet(themeOption) && parser.value(themeOption) != u"auto") {
        DiagramTheme::Kind kind {};
        if (!DiagramTheme::fromName(parser.value(themeOption), &kind)) {
            complain(QStringLiteral("--theme: '%1' is not auto, light, dark or high-contrast")
                         .arg(parser.value(themeOption)));
            return 2;
        }
        theme = kind;
    }

    // A screenshot shows what its options say, never what a previous session left in the settings.
    const bool screenshot = parser.isSet(screenshotOption) || parser.isSet(exportHtmlOption);
    // The language: --lang, else the one picked last from the Language menu, else the system's.
    QString language = Language::codeFor(QLocale::system());
    if (parser.isSet(langOption)) {
        const QLocale asked(parser.value(langOption));
        language = Language::codeFor(asked);
        if (asked.language() != QLocale::English && asked.language() != QLocale::C && language == u"en")
            complain(QStringLiteral("no translation for '%1', using English").arg(parser.value(langOption)));
    } else if (!screenshot && !WindowSettings::language().isEmpty()) {
        language = WindowSettings::language();
    }
    Language::instance()->install(language);

    // A run of Popen's Windows branch under Wine (pipescope-trace --backend=wine --step --json) becomes its page
    // without a window: the run is what it is, nothing is replayed.
    if (parser.isSet(exportHtmlOption) && parser.isSet(replayOption)) {
        if (const std::optional<int> status
            = exportWineRunPage(parser.value(replayOption), parser.value(exportHtmlOption), shot.steps, language))
            return *status;
    }

    // On the heap: a language switch replaces it with a new window in the new language.
    QPointer<MainWindow> window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    WindowSettings settings;
    if (!screenshot) {
        WindowSettings::restore(window);
        settings.track(window);
    }
    // A step-through preset, or else a live scenario (which configures the streams panel as well).
    if (parser.isSet(scenarioOption) && !window->applyScenario(parser.value(scenarioOption))
        && !window->applyLiveScenario(parser.value(scenarioOption))) {
        complain(QStringLiteral("--scenario: no scenario '%1'").arg(parser.value(scenarioOption)));
        delete window;
        return 2;
    }
    if (lens)
        window->setLens(*lens);
    if (parser.isSet(themeOption))
        window->setDiagramTheme(theme);
    if (size.isValid())
        window->resize(size);
    // A picture is arranged for its own size, as a screen of that size would have it.
    if (screenshot)
        window->setCompactLayout(SteppingPage::compactFits(window->size()));
    else if (!size.isValid())
        window->placeOnScreen(); // what was saved on a larger screen, or the default on a small one, fits this one
    else if (!window->chosenLayout())
        window->setCompactLayout(SteppingPage::compactFits(size));
    // Presenter mode presents the page it starts on.
    if (shot.tab == u"named-pipes")
        window->pages()->setCurrentWidget(window->namedPipesPanel());
    if (parser.isSet(presenterOption))
        window->setPresenting(true);
    if (parser.isSet(replayOption) && !window->fileActions()->replayTrace(parser.value(replayOption))) {
        complain(QStringLiteral("--replay: %1").arg(window->statusText()));
        delete window;
        return 2;
    }
    if (parser.isSet(watchOption)) {
        window->showWatchPage();
        // A program given on the command line usually ends by itself; one that does not is stopped after a minute.
        window->watchPage()->setStopAfterSeconds(60);
        if (!window->watchPage()->record(parser.positionalArguments())) {
            complain(QStringLiteral("--watch: %1").arg(window->watchPage()->statusText()));
            delete window;
            return 2;
        }
        if (parser.isSet(screenshotOption)) {
            window->show();
            const int status = takeWatchScreenshot(*window, shot.path, shot.steps, shot.tab);
            delete window;
            return status;
        }
        if (parser.isSet(exportHtmlOption) && !waitForRecording(window->watchPage())) {
            delete window;
            return 1;
        }
    }
    if (parser.isSet(lessonViewOption) && parser.value(lessonViewOption) != u"teacher"
        && parser.value(lessonViewOption) != u"self-study") {
        complain(
            QStringLiteral("--lesson-view: '%1' is not teacher or self-study").arg(parser.value(lessonViewOption)));
        delete window;
        return 2;
    }
    if (parser.isSet(lessonOption) && parser.isSet(exportHtmlOption)) {
        const int status
            = exportLessonPage(*window, parser.value(lessonOption), parser.value(exportHtmlOption), language);
        delete window;
        return status;
    }
    if (parser.isSet(lessonOption)) {
        if (parser.value(lessonViewOption) == u"self-study")
            window->lessonPanel()->setView(LessonPanel::View::SelfStudy);
        if (!window->openLesson(parser.value(lessonOption))) {
            complain(QStringLiteral("--lesson: %1").arg(window->statusText()));
            delete window;
            return 2;
        }
        if (parser.isSet(screenshotOption)) {
            window->show();
            const int status = takeLessonScreenshot(*window, shot.path, parser.value(lessonAnswerOption));
            delete window;
            return status;
        }
    }
    if (parser.isSet(exportHtmlOption)) {
        const int status = exportWebPage(*window, parser.value(exportHtmlOption), shot.steps, shot.liveSeconds);
        delete window;
        return status;
    }
    window->show();
    if (parser.isSet(wineRunOption) && parser.isSet(screenshotOption)) {
        const int status = takeWineRunScreenshot(*window, shot.path, shot.steps, shot.tab);
        delete window;
        return status;
    }
    if (screenshot) {
        const int status = takeScreenshot(*window, shot);
        delete window;
        return status;
    }
    return QApplication::exec();
}
