// SPDX-License-Identifier: GPL-3.0-or-later
// What PipeScope remembers between sessions (geometry, language, speed, last scenario, lens) is saved when the
// window closes and restored into the next one. QStandardPaths' test mode keeps the user's own settings out of it.
#include "bridge/sessioncontroller.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/windowsettings.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pipescope;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PipeScope"));
        QCoreApplication::setApplicationName(QStringLiteral("PipeScope"));
        QSettings().clear();
        Language::instance()->install(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        Language::instance()->install(QStringLiteral("en"));
    }

    void testModeKeepsTheUsersSettingsOut()
    {
        const QString file = QSettings().fileName();
        QVERIFY2(file.contains(QLatin1String(".qttest")), qPrintable(file));
    }

    void savedOnCloseAndRestored()
    {
        {
            auto* window = new MainWindow;
            window->setAttribute(Qt::WA_DeleteOnClose);
            WindowSettings settings;
            settings.track(window);
            window->show();
            window->resize(1400, 900);
            QVERIFY(window->applyScenario(QStringLiteral("stderr-to-stdout")));
            window->setLens(Lens::Windows);
            window->setSpeed(9);
            QVERIFY(window->close());
        }
        QSettings stored;
        QCOMPARE(stored.value(QStringLiteral("scenario")).toString(), QStringLiteral("stderr-to-stdout"));
        QCOMPARE(stored.value(QStringLiteral("lens")).toString(), QStringLiteral("windows"));
        QCOMPARE(stored.value(QStringLiteral("animation/speed")).toInt(), 9);
        QVERIFY(!stored.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());

        MainWindow next;
        WindowSettings::restore(&next);
        QCOMPARE(next.scenarioId(), QStringLiteral("stderr-to-stdout"));
        QCOMPARE(next.controller()->lens(), Lens::Windows);
        QCOMPARE(next.speed(), 9);
        QCOMPARE(next.size(), QSize(1400, 900));
    }

    void layoutAndDiagramColoursChosenAreRemembered()
    {
        // What the user picks from the View menu comes back; a theme given for one session (--theme) does not stay.
        QSettings().remove(QStringLiteral("diagram/theme"));
        QSettings().remove(QStringLiteral("window/compactLayout"));
        {
            MainWindow window;
            window.setDiagramTheme(DiagramTheme::Kind::HighContrast); // as --theme=high-contrast does
            WindowSettings::save(&window);
        }
        QVERIFY(!QSettings().contains(QStringLiteral("diagram/theme")));
        QVERIFY(!QSettings().contains(QStringLiteral("window/compactLayout")));
        {
            MainWindow window;
            window.findChild<QAction*>(QStringLiteral("diagramThemeDark"))->trigger();
            window.compactLayoutAction()->trigger(); // wide (the constructor's) to compact
            WindowSettings::save(&window);
        }
        QCOMPARE(QSettings().value(QStringLiteral("diagram/theme")).toString(), QStringLiteral("dark"));
        MainWindow next;
        QVERIFY(!next.isCompactLayout());
        WindowSettings::restore(&next);
        QCOMPARE(next.diagramTheme(), std::optional(DiagramTheme::Kind::Dark));
        QVERIFY(next.isCompactLayout());
        QCOMPARE(next.chosenLayout(), std::optional(true));
        QSettings().remove(QStringLiteral("diagram/theme"));
        QSettings().remove(QStringLiteral("window/compactLayout"));
    }

    void languageChosenFromTheMenuIsRemembered()
    {
        QSettings().remove(QStringLiteral("language"));
        QVERIFY(WindowSettings::language().isEmpty());
        auto* window = new MainWindow;
        WindowSettings settings;
        settings.track(window);
        window->findChild<QAction*>(QStringLiteral("language_zh_CN"))->trigger();
        QCOMPARE(WindowSettings::language(), QStringLiteral("zh_CN"));
        // The same window, still tracked: closing it saves it.
        window->setSpeed(3);
        window->show();
        QVERIFY(window->close());
        QCOMPARE(QSettings().value(QStringLiteral("animation/speed")).toInt(), 3);
        delete window;
        Language::instance()->install(QStringLiteral("en"));
        QCOMPARE(WindowSettings::language(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
