// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/windowsettings.h"

#include "bridge/sessioncontroller.h"
#include "shell/language.h"
#include "shell/mainwindow.h"

#include <QEvent>
#include <QSettings>

namespace {

const QString languageKey = QStringLiteral("language");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString speedKey = QStringLiteral("animation/speed");
const QString scenarioKey = QStringLiteral("scenario");
const QString lensKey = QStringLiteral("lens");
const QString compactKey = QStringLiteral("window/compactLayout");
const QString themeKey = QStringLiteral("diagram/theme");

} // namespace

WindowSettings::WindowSettings(QObject* parent)
    : QObject(parent)
{
    connect(Language::instance(), &Language::languageChanged, this, &WindowSettings::setLanguage);
}

WindowSettings::~WindowSettings() = default;

QString WindowSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void WindowSettings::setLanguage(const QString& code)
{
    QSettings().setValue(languageKey, code);
}

void WindowSettings::restore(MainWindow* window)
{
    const QSettings settings;
    // A scenario first: it sets the streams, which the lens and the speed do not touch.
    const QString scenario = settings.value(scenarioKey).toString();
    if (!scenario.isEmpty())
        window->applyScenario(scenario);
    if (const auto lens = pipescope::lensFromName(settings.value(lensKey).toString().toStdString()))
        window->setLens(*lens);
    bool ok = false;
    const int speed = settings.value(speedKey).toInt(&ok);
    if (ok)
        window->setSpeed(speed);
    window->restoreGeometry(settings.value(geometryKey).toByteArray());
    window->restoreState(settings.value(stateKey).toByteArray());
    // Only an arrangement the user picked: otherwise the screen the window opens on decides.
    if (settings.contains(compactKey))
        window->chooseLayout(settings.value(compactKey).toBool());
    DiagramTheme::Kind theme {};
    const QString savedTheme = settings.value(themeKey).toString();
    if (DiagramTheme::fromName(savedTheme, &theme))
        window->chooseDiagramTheme(theme);
    else if (savedTheme == u"auto")
        window->chooseDiagramTheme(std::nullopt);
}

void WindowSettings::save(const MainWindow* window)
{
    QSettings settings;
    // Presenter mode is for the lesson, not the next start: the geometry saved is the window's own.
    if (!window->isPresenting()) {
        settings.setValue(geometryKey, window->saveGeometry());
        settings.setValue(stateKey, window->saveState());
    }
    if (!window->chosenDiagramTheme().isEmpty())
        settings.setValue(themeKey, window->chosenDiagramTheme());
    if (const auto compact = window->chosenLayout())
        settings.setValue(compactKey, *compact);
    settings.setValue(speedKey, window->speed());
    settings.setValue(scenarioKey, window->scenarioId());
    settings.setValue(lensKey, QString::fromStdString(std::string(pipescope::lensName(window->controller()->lens()))));
}

void WindowSettings::track(MainWindow* window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    m_watched = window;
    if (window)
        window->installEventFilter(this);
}

bool WindowSettings::eventFilter(QObject* watched, QEvent* event)
{
    // Compared as QObject*: during the window's destruction it is no longer a MainWindow, and converting the
    // QPointer<MainWindow> to compare would be an invalid cast.
    if (event->type() == QEvent::Close && watched == m_watched && m_window)
        save(m_window);
    return QObject::eventFilter(watched, event);
}
