// SPDX-License-Identifier: GPL-3.0-or-later
#include "describe.h"
#include "mainwindow.h"
#include "pythonpanel.h"
#include "sessioncontroller.h"
#include "sourcepanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QStringList>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <chrono>
#include <cstdio>
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
    QString tab; // --tab=: output, source, python, trace
    bool runPython = false; // --run-python: run the equivalent program with python3 and show what it printed
};

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
    const QStringList tabs { QStringLiteral("output"), QStringLiteral("source"), QStringLiteral("python"),
        QStringLiteral("trace") };
    if (!options.tab.isEmpty()) {
        const int index = static_cast<int>(tabs.indexOf(options.tab));
        if (index < 0) {
            complain(QStringLiteral("--tab: '%1' is not one of %2").arg(options.tab, tabs.join(QStringLiteral(", "))));
            return 2;
        }
        window.bottomTabs()->setCurrentIndex(index);
    }
    // The views lay out what the last signals put into their models on the next pass through the event loop.
    QCoreApplication::processEvents();
    if (!window.grab().save(options.path, "PNG")) {
        complain(QStringLiteral("--screenshot: cannot write %1").arg(options.path));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
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
        QStringLiteral("With --screenshot: make K real steps of the plan first (0: none)."), QStringLiteral("K"));
    const QCommandLineOption lensOption(QStringLiteral("lens"),
        QStringLiteral("Show the plan in the posix (default) or the windows lens."), QStringLiteral("LENS"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        QStringLiteral("With --screenshot: show the bottom tab TAB (output, source, python or trace)."),
        QStringLiteral("TAB"));
    const QCommandLineOption runPythonOption(QStringLiteral("run-python"),
        QStringLiteral("With --screenshot: run the equivalent Python program with python3 first."));
    parser.addOptions(
        { langOption, screenshotOption, scenarioOption, stepOption, lensOption, tabOption, runPythonOption });
    parser.process(app);

    ScreenshotOptions shot;
    shot.path = parser.value(screenshotOption);
    shot.tab = parser.value(tabOption);
    shot.runPython = parser.isSet(runPythonOption);
    if (parser.isSet(stepOption)) {
        bool ok = false;
        const int k = parser.value(stepOption).toInt(&ok);
        if (!ok || k < 0) {
            complain(QStringLiteral("--step: '%1' is not a number of steps").arg(parser.value(stepOption)));
            return 2;
        }
        shot.steps = k;
    }
    std::optional<pipescope::Lens> lens;
    if (parser.isSet(lensOption)) {
        lens = pipescope::lensFromName(parser.value(lensOption).toStdString());
        if (!lens) {
            complain(QStringLiteral("--lens: '%1' is not posix or windows").arg(parser.value(lensOption)));
            return 2;
        }
    }

    QLocale locale = QLocale::system();
    if (parser.isSet(langOption)) {
        locale = QLocale(parser.value(langOption));
        QLocale::setDefault(locale);
    }
    QTranslator translator;
    const bool translated
        = translator.load(locale, QStringLiteral("pipescope"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (!translated && parser.isSet(langOption) && locale.language() != QLocale::English
        && locale.language() != QLocale::C)
        complain(QStringLiteral("no translation for '%1', using English").arg(parser.value(langOption)));
    // The English file is still wanted without a translation: it turns "%n byte(s)" into "1 byte" and "2 bytes".
    if (translated || translator.load(QStringLiteral("pipescope_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    // Qt's own strings (file dialog buttons...), when the system has them.
    QTranslator qtTranslator;
    if (qtTranslator.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    MainWindow window;
    if (parser.isSet(scenarioOption) && !window.applyScenario(parser.value(scenarioOption))) {
        complain(QStringLiteral("--scenario: no scenario '%1'").arg(parser.value(scenarioOption)));
        return 2;
    }
    if (lens)
        window.setLens(*lens);
    window.show();
    if (parser.isSet(screenshotOption))
        return takeScreenshot(window, shot);
    return QApplication::exec();
}
