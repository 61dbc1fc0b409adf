// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/language.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QString>

// What the language tests share: switching as a user does, and the text a translator made for a source.
namespace apptest {

inline QString translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

// Triggers the Language menu's entry for code; the window stays the same and says everything again. The widgets
// hear of the change through posted LanguageChange events, delivered here.
inline bool switchLanguage(MainWindow* window, const QString& code)
{
    auto* action = window->findChild<QAction*>(QStringLiteral("language_") + code);
    if (!action)
        return false;
    action->trigger();
    QCoreApplication::processEvents();
    return Language::instance()->current() == code;
}

} // namespace apptest
