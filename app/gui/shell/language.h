// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

class MainWindow;
class QLocale;
class QMenu;

// The languages PipeScope speaks, the translators that make it speak one, and the live switch: a new choice
// installs its translations and rebuilds the main window in place, with the same configuration, lens, step, tab
// and presenter mode, so every text (step explanations and verdicts included) is in the new language at once.
class Language : public QObject
{
    Q_OBJECT
public:
    struct Choice
    {
        QString code; // "en", "zh_CN": the suffix of the .qm file
        QString nativeName; // the name in the language itself, never translated
    };

    static Language* instance();
    static QList<Choice> available();
    // The available language that fits a locale ("en" when none does).
    static QString codeFor(const QLocale& locale);

    // Loads and installs the translations of code (and Qt's own, when the system has them); false, and English,
    // when PipeScope has none for it.
    bool install(const QString& code);
    QString current() const { return m_current; }

    // The "&Language" menu for window: one checkable entry per language.
    QMenu* createMenu(MainWindow* window);
    // Switches to code and rebuilds window in it; returns the window now shown (window itself when nothing
    // changed). The old window is deleted once control returns to the event loop.
    MainWindow* switchTo(const QString& code, MainWindow* window);

Q_SIGNALS:
    void languageChanged(const QString& code);
    void windowReplaced(MainWindow* old, MainWindow* replacement);

private:
    explicit Language(QObject* parent = nullptr);

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_current = QStringLiteral("en");
};
