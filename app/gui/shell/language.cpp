// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/language.h"

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

Language::Language(QObject* parent)
    : QObject(parent)
{
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

QMenu* Language::createMenu(QWidget* window)
{
    auto* menu = new QMenu(window);
    menu->setObjectName(QStringLiteral("languageMenu"));
    const auto retitle = [menu] { menu->setTitle(tr("&Language")); };
    retitle();
    connect(this, &Language::languageChanged, menu, retitle);
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const Choice& c : available()) {
        QAction* action = menu->addAction(c.nativeName);
        action->setObjectName(QStringLiteral("language_") + c.code);
        action->setCheckable(true);
        action->setChecked(c.code == m_current);
        action->setToolTip(c.nativeName);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = c.code] { install(code); });
        // Switched from elsewhere (another window's menu, the settings): the check follows.
        connect(this, &Language::languageChanged, action,
            [action, code = c.code](const QString& now) { action->setChecked(now == code); });
    }
    return menu;
}
