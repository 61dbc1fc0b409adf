// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

class QLocale;
class QMenu;
class QWidget;

// The languages PipeScope speaks, the translators that make it speak one (its own and Qt's), and the live switch:
// installing a language sends every widget a LanguageChange, and each says its texts again, the step explanations
// and verdicts included. Nothing is rebuilt: the same window, child, pids, step and running work go on.
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

    // The "&Language" menu for window: one checkable entry per language; choosing one installs it.
    QMenu* createMenu(QWidget* window);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    explicit Language(QObject* parent = nullptr);

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_current = QStringLiteral("en");
};
