// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class MainWindow;

// What PipeScope remembers from one session to the next: the window's geometry and state, the layout
// the user picked, the language, the
// animation speed, the last scenario and the lens. Kept with QSettings under the organisation and application
// names main() sets.
class WindowSettings : public QObject
{
    Q_OBJECT
public:
    explicit WindowSettings(QObject* parent = nullptr);
    ~WindowSettings() override;

    // The language chosen last from the Language menu; empty when none was (then the system's is used).
    static QString language();
    static void setLanguage(const QString& code);

    static void restore(MainWindow* window);
    static void save(const MainWindow* window);

    // Saves window whenever it closes, follows it when a language switch rebuilds it, and remembers the language
    // picked from the menu.
    void track(MainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<MainWindow> m_window;
    QPointer<QObject> m_watched; // the same window, as the QObject the event filter is given
};
