// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/language.h"

#include "bridge/sessioncontroller.h"
#include "live/livepanel.h"
#include "shell/mainwindow.h"
#include "stepping/streamspanel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHash>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>

#include <functional>
#include <memory>

namespace {

// Where a widget sits in its window, spelled so that the same code builds the same key in every window: the
// object names (or class names) of its ancestors, each with its rank among same-named siblings.
QString widgetKey(const QWidget* widget, const QWidget* window)
{
    QStringList parts;
    for (const QObject* o = widget; o && o != window; o = o->parent()) {
        const QString name = o->objectName().isEmpty() ? QLatin1String(o->metaObject()->className()) : o->objectName();
        int rank = 0;
        if (const QObject* parent = o->parent()) {
            for (const QObject* sibling : parent->children()) {
                if (sibling == o)
                    break;
                const QString siblingName = sibling->objectName().isEmpty()
                    ? QLatin1String(sibling->metaObject()->className())
                    : sibling->objectName();
                if (siblingName == name)
                    ++rank;
            }
        }
        parts.prepend(name + QLatin1Char('#') + QString::number(rank));
    }
    return parts.join(QLatin1Char('/'));
}

// Parts of other controls (a combo box's line edit, a spin box's) and views' own scroll bars are not settings.
bool isPartOfAnother(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    return qobject_cast<const QScrollBar*>(w) || qobject_cast<const QComboBox*>(parent)
        || qobject_cast<const QAbstractSpinBox*>(parent);
}

// Copies what the user set in every control of one window into the same control of a window built by the same
// code: the streams, the command, the input, the speed, the lens, the tabs and the splitters. Controls are visited
// in the order they were made, so a choice comes before what depends on it (a mode before its arguments).
void copyControls(const QWidget* from, QWidget* to)
{
    QHash<QString, QWidget*> targets;
    for (QWidget* w : to->findChildren<QWidget*>())
        targets.insert(widgetKey(w, to), w);
    for (const QWidget* source : from->findChildren<QWidget*>()) {
        if (isPartOfAnother(source))
            continue;
        QWidget* target = targets.value(widgetKey(source, from));
        if (!target || target->metaObject() != source->metaObject())
            continue;
        if (const auto* combo = qobject_cast<const QComboBox*>(source)) {
            auto* t = static_cast<QComboBox*>(target);
            if (combo->currentIndex() < t->count())
                t->setCurrentIndex(combo->currentIndex());
            if (combo->isEditable())
                t->setEditText(combo->currentText());
        } else if (const auto* line = qobject_cast<const QLineEdit*>(source)) {
            if (!line->isReadOnly())
                static_cast<QLineEdit*>(target)->setText(line->text());
        } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(source)) {
            if (!plain->isReadOnly())
                static_cast<QPlainTextEdit*>(target)->setPlainText(plain->toPlainText());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(source)) {
            if (button->isCheckable())
                static_cast<QAbstractButton*>(target)->setChecked(button->isChecked());
        } else if (const auto* slider = qobject_cast<const QSlider*>(source)) {
            static_cast<QSlider*>(target)->setValue(slider->value());
        } else if (const auto* spin = qobject_cast<const QSpinBox*>(source)) {
            static_cast<QSpinBox*>(target)->setValue(spin->value());
        } else if (const auto* dspin = qobject_cast<const QDoubleSpinBox*>(source)) {
            static_cast<QDoubleSpinBox*>(target)->setValue(dspin->value());
        } else if (const auto* tabs = qobject_cast<const QTabWidget*>(source)) {
            static_cast<QTabWidget*>(target)->setCurrentIndex(tabs->currentIndex());
        } else if (const auto* splitter = qobject_cast<const QSplitter*>(source)) {
            static_cast<QSplitter*>(target)->restoreState(splitter->saveState());
        }
    }
}

// Does action once a new window's controller has taken the spec it was given and is idle; action says whether it
// is done (false: try again the next time the controller is idle).
void whenIdle(SessionController* controller, const std::function<bool()>& action)
{
    if (!controller->isBusy() && action())
        return;
    // Queued: the controller says it is idle just before it reports the answer that made it so.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        controller, &SessionController::busyChanged, controller,
        [controller, action, connection] {
            if (!controller->isBusy() && action())
                QObject::disconnect(*connection);
        },
        Qt::QueuedConnection);
}

} // namespace

Language::Language(QObject* parent)
    : QObject(parent)
{
    // So that windowReplaced can be queued and spied on.
    qRegisterMetaType<MainWindow*>();
}

Language* Language::instance()
{
    static Language* language = new Language(qApp);
    return language;
}

QList<Language::Choice> Language::available()
{
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("zh_CN"), QStringLiteral("中文(简体)") },
    };
}

QString Language::codeFor(const QLocale& locale)
{
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool Language::install(const QString& code)
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;

    bool known = false;
    for (const Choice& c : available())
        known = known || c.code == code;
    const QString chosen = known ? code : QStringLiteral("en");
    const QLocale locale(chosen);
    QLocale::setDefault(locale);
    // The English file is loaded too: it turns "%n byte(s)" into "1 byte" and "2 bytes".
    if (m_app.load(QStringLiteral("pipescope_") + chosen, QStringLiteral(":/i18n")))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (file dialog buttons...), when the system has them.
    if (chosen != QLatin1String("en")
        && m_qt.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    const bool changed = chosen != m_current;
    m_current = chosen;
    if (changed)
        Q_EMIT languageChanged(chosen);
    return known;
}

QMenu* Language::createMenu(MainWindow* window)
{
    auto* menu = new QMenu(MainWindow::tr("&Language"), window);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const Choice& c : available()) {
        QAction* action = menu->addAction(c.nativeName);
        action->setObjectName(QStringLiteral("language_") + c.code);
        action->setCheckable(true);
        action->setChecked(c.code == m_current);
        action->setToolTip(c.nativeName);
        group->addAction(action);
        connect(action, &QAction::triggered, window, [this, window, code = c.code] { switchTo(code, window); });
    }
    return menu;
}

MainWindow* Language::switchTo(const QString& code, MainWindow* window)
{
    if (code == m_current)
        return window;
    install(code);

    auto* next = new MainWindow;
    // Same place and size; full screen follows with presenter mode.
    next->restoreGeometry(window->saveGeometry());
    copyControls(window, next);
    // What the controls alone do not carry: generated input (shown read-only, so not copied as text) and whether
    // the configuration is still a built-in scenario.
    if (const qint64 generated = window->streamsPanel()->generatedInputBytes())
        next->streamsPanel()->setGeneratedInput(generated);
    next->showScenarioId(window->scenarioId());
    const bool wasRunning = window->controller()->isRunning() || window->livePanel()->isRunning();
    const size_t position = window->controller()->stepPosition();
    next->setPresenting(window->isPresenting());
    if (!window->isPresenting())
        next->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    if (window->isVisible())
        next->show();
    SessionController* controller = next->controller();
    if (wasRunning) {
        // The old window's child goes with it; its output would be in the old language anyway.
        whenIdle(controller, [next] {
            next->setStatus(MainWindow::tr("The language changed while the child was running: the run was stopped "
                                           "(the child was killed and reaped). Press Run to run it again."));
            return true;
        });
    } else if (position > 0) {
        whenIdle(controller, [controller, position] { return controller->stepTo(position); });
    }
    Q_EMIT windowReplaced(window, next);
    window->hide();
    window->deleteLater();
    return next;
}
