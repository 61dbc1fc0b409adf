// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the screens a class meets, from a 1024x768 projector to 4K at 200 %: run once per screen, on the
// offscreen platform configured with that screen (screens/*.json). Sizes come from widget geometry, never from
// pixels that depend on the fonts installed.
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"

#include <QScreen>
#include <QtTest>

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The screen this run is about, as the offscreen platform was told (a 4K screen at 200 % is 1920x1080).
        const QStringList wh = qEnvironmentVariable("PIPESCOPE_TEST_SCREEN").split(QLatin1Char('x'));
        QVERIFY2(wh.size() == 2, "PIPESCOPE_TEST_SCREEN=WxH is the logical size of the configured screen");
        const QSize expected(wh[0].toInt(), wh[1].toInt());
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), expected);
    }

    void opensWithinTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void opensWithinTheScreen();
};

namespace {

QString describe(const QRect& r)
{
    return QStringLiteral("%1x%2 at %3,%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

} // namespace

void TestLayout::opensWithinTheScreen()
{
    QFETCH(QString, language);
    Language::instance()->install(language);
    MainWindow window;
    window.placeOnScreen();
    // Where it fits, the window manager still chooses where the window opens: nothing moved it.
    const QSize screen = window.screen()->availableGeometry().size();
    if (screen.width() >= 1300 && screen.height() >= 850)
        QVERIFY(!window.testAttribute(Qt::WA_Moved));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect room = window.screen()->availableGeometry();
    // Frame and all, once the platform has framed it; and at the default size where the screen has room for it.
    QTRY_VERIFY2(room.contains(window.frameGeometry()),
        qPrintable(describe(window.frameGeometry()) + QStringLiteral(" on ") + describe(room)));
    if (room.width() >= 1300 && room.height() >= 850) {
        QCOMPARE(window.size(), QSize(1280, 800));
        // A window that fits stays where it is (where the window manager or the user put it).
        const QPoint there = room.topLeft() + QPoint(50, 40);
        window.move(there);
        QTRY_COMPARE(window.frameGeometry().topLeft(), there);
        window.placeOnScreen();
        QTest::qWait(50);
        QCOMPARE(window.frameGeometry().topLeft(), there);
    }
    // Every control fits: what the window needs at least is no more than it got.
    const QSize least = window.minimumSizeHint();
    QVERIFY2(least.width() <= window.width() && least.height() <= window.height(),
        qPrintable(QStringLiteral("needs %1x%2, has %3x%4")
                       .arg(least.width())
                       .arg(least.height())
                       .arg(window.width())
                       .arg(window.height())));

    // A geometry saved on a larger screen (or dragged off it) comes back inside.
    window.setGeometry(QRect(room.right() - 100, room.bottom() - 100, 2400, 1600));
    window.placeOnScreen();
    QTRY_VERIFY2(room.contains(window.frameGeometry()),
        qPrintable(describe(window.frameGeometry()) + QStringLiteral(" on ") + describe(room)));
    Language::instance()->install(QStringLiteral("en"));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
