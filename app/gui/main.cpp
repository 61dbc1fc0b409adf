// SPDX-License-Identifier: GPL-3.0-or-later
#include "describe.h"
#include "mainwindow.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QTranslator>

#include <chrono>
#include <cstdio>

namespace {

void complain(const QString& message)
{
    std::fprintf(stderr, "pipescope: %s\n", qPrintable(message));
}

// Shows the window, runs the default scenario once and saves what the window looks like then.
int takeScreenshot(MainWindow& window, const QString& path)
{
    QEventLoop loop;
    QString failure;
    QObject::connect(window.controller(), &SessionController::runFinished, &loop, [&loop] { loop.quit(); });
    QObject::connect(window.controller(), &SessionController::runFailed, &loop, [&](const pipescope::Error& error) {
        failure = describeError(error);
        loop.quit();
    });
    constexpr std::chrono::seconds runTimeout { 20 };
    constexpr std::chrono::seconds watchdogTimeout { 25 };
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        failure = QStringLiteral("the default scenario did not finish within %1 s").arg(watchdogTimeout.count());
        loop.quit();
    });
    window.controller()->setTimeout(runTimeout);
    watchdog.start(watchdogTimeout);
    if (!window.run()) {
        complain(QStringLiteral("--screenshot: the default scenario did not start: %1").arg(window.statusText()));
        return 1;
    }
    loop.exec();
    if (!failure.isEmpty()) {
        complain(QStringLiteral("--screenshot: %1").arg(failure));
        return 1;
    }
    // The views lay out what runFinished put into their models on the next pass through the event loop.
    QCoreApplication::processEvents();
    if (!window.grab().save(path, "PNG")) {
        complain(QStringLiteral("--screenshot: cannot write %1").arg(path));
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
        QStringLiteral("Run the default scenario once, save the window to PATH as PNG and exit."),
        QStringLiteral("PATH"));
    parser.addOption(langOption);
    parser.addOption(screenshotOption);
    parser.process(app);

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
    window.show();
    if (parser.isSet(screenshotOption))
        return takeScreenshot(window, parser.value(screenshotOption));
    return QApplication::exec();
}
