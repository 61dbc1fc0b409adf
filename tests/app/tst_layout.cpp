// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the screens a class meets, from a 1024x768 projector to 4K at 200 %: run once per screen, on the
// offscreen platform configured with that screen (screens/*.json). Sizes come from widget geometry, never from
// pixels that depend on the fonts installed.
#include "apptestsupport.h"
#include "bridge/liveflow.h"
#include "bridge/sessioncontroller.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "live/livepanel.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"

#include <QAction>
#include <QPaintEngine>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QtTest>

#include <cmath>
#include <limits>

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

    void theDiagramHasTheRoom_data() { opensWithinTheScreen_data(); }
    void theDiagramHasTheRoom();
    void sidePanelsHideAndTheLayoutSwitches();
    void diagramColoursFollowTheChoice();

    void cleanup() { QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), timeoutMs); }

private:
    static constexpr int timeoutMs = 15'000;
};

namespace {

QString describe(const QRect& r)
{
    return QStringLiteral("%1x%2 at %3,%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

// A paint device that draws nothing and notes every text drawn on it: its font's pixel size times the scale the
// painter draws at, which is what the text measures on the screen. The same whatever fonts are installed.
class TextSizes : public QPaintDevice
{
public:
    explicit TextSizes(const QSize& size)
        : m_size(size)
    {
    }
    QPaintEngine* paintEngine() const override { return &m_engine; }
    qreal smallest() const { return m_engine.smallest; }
    const QStringList& texts() const { return m_engine.texts; }
    QString smallestText() const { return m_engine.smallestText; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return std::numeric_limits<int>::max();
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    struct Engine : QPaintEngine
    {
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures)
        {
        }
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState& state) override
        {
            if (state.state() & QPaintEngine::DirtyTransform)
                transform = state.transform();
        }
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { }
        // Shapes are not what this is about (and QPaintEngine's own polygon calls each other until one is given).
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override { }
        void drawPath(const QPainterPath&) override { }
        void drawTextItem(const QPointF&, const QTextItem& item) override
        {
            const qreal pixels = item.font().pixelSize() * std::sqrt(std::abs(transform.determinant()));
            texts << item.text();
            if (pixels < smallest) {
                smallest = pixels;
                smallestText = item.text();
            }
        }
        Type type() const override { return QPaintEngine::User; }

        QTransform transform;
        qreal smallest = std::numeric_limits<qreal>::max();
        QString smallestText;
        QStringList texts;
    };
    QSize m_size;
    mutable Engine m_engine;
};

struct DrawnTexts
{
    qreal smallest = 0;
    QString smallestText;
    QStringList texts;
};

// The diagram as the view shows it now: the smallest text in pixels, and which.
DrawnTexts drawnTexts(DiagramView* view)
{
    TextSizes sizes(view->viewport()->size());
    {
        QPainter painter(&sizes);
        view->scene()->render(&painter, QRectF(QPointF(0, 0), view->viewport()->size()),
            view->mapToScene(view->viewport()->rect()).boundingRect());
    }
    return { sizes.smallest(), sizes.smallestText(), sizes.texts() };
}

qreal share(const QWidget* part, const QWidget* window)
{
    return qreal(part->width()) * part->height() / (qreal(window->width()) * window->height());
}

} // namespace

void TestLayout::theDiagramHasTheRoom()
{
    // At least half of the window for the diagram while stepping, 40 % with the Live tab in front; and at 1280x720
    // and larger, no text of it under 14 pixels, after the real steps of the seed's demo and during a real live run.
    QFETCH(QString, language);
    Language::instance()->install(language);
    MainWindow window;
    window.placeOnScreen();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize screen = window.screen()->availableGeometry().size();
    // The default window (1280x800), or the screen's room when smaller: compact; a window of 1400x900 or more: wide.
    QCOMPARE(window.isCompactLayout(), window.width() < 1400 || window.height() < 900);
    auto* view = window.findChild<DiagramView*>();
    QVERIFY(view);
    // A QString, printed where it is used: qPrintable() of a temporary must not outlive its expression.
    const auto report = [&](const QString& what) {
        return QStringLiteral("%1: diagram %2x%3 in a %4x%5 window (%6 %)")
            .arg(what)
            .arg(view->width())
            .arg(view->height())
            .arg(window.width())
            .arg(window.height())
            .arg(100 * share(view, &window), 0, 'f', 1);
    };
    qInfo("%s", qPrintable(report(QStringLiteral("stepping"))));
    QVERIFY2(share(view, &window) >= 0.5, qPrintable(report(QStringLiteral("stepping"))));

    const bool readable = screen.width() >= 1280 && screen.height() >= 720;
    QVERIFY(window.run());
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), timeoutMs);
    QCoreApplication::processEvents();
    if (readable) {
        const DrawnTexts sizes = drawnTexts(view);
        qInfo("after the steps: %lld texts, the smallest '%s' at %.1f px", static_cast<long long>(sizes.texts.size()),
            qPrintable(sizes.smallestText), sizes.smallest);
        QVERIFY2(sizes.texts.size() > 20, qPrintable(sizes.texts.join(QLatin1Char('|'))));
        QVERIFY2(sizes.smallest >= 14,
            qPrintable(QStringLiteral("'%1' at %2 px").arg(sizes.smallestText).arg(sizes.smallest)));
    }

    window.showLiveTab();
    QTRY_VERIFY2(share(view, &window) >= 0.4, qPrintable(report(QStringLiteral("Live"))));
    LivePanel* live = window.livePanel();
    // Everything of the Live tab within the window's width: no control cut off at the side.
    QVERIFY2(live->minimumSizeHint().width() <= window.bottomTabs()->width(),
        qPrintable(QStringLiteral("the Live panel needs %1 px, has %2")
                       .arg(live->minimumSizeHint().width())
                       .arg(window.bottomTabs()->width())));
    QVERIFY(live->selectScenario(QStringLiteral("deadlock")));
    QVERIFY(live->start());
    QTRY_VERIFY_WITH_TIMEOUT(live->flow()->lastSample().deadlockSince.has_value(), timeoutMs);
    QCoreApplication::processEvents();
    qInfo("%s", qPrintable(report(QStringLiteral("Live deadlock"))));
    QVERIFY2(share(view, &window) >= 0.4, qPrintable(report(QStringLiteral("Live deadlock"))));
    if (readable) {
        const DrawnTexts sizes = drawnTexts(view);
        qInfo("Live deadlock: %lld texts, the smallest '%s' at %.1f px", static_cast<long long>(sizes.texts.size()),
            qPrintable(sizes.smallestText), sizes.smallest);
        // The gauges' lines under the pipes are there, and as large as the rest.
        QVERIFY2(sizes.texts.join(QLatin1Char('|')).contains(QStringLiteral("64.0 KiB")),
            qPrintable(sizes.texts.join(QLatin1Char('|'))));
        QVERIFY2(sizes.smallest >= 14,
            qPrintable(QStringLiteral("'%1' at %2 px").arg(sizes.smallestText).arg(sizes.smallest)));
    }
    QSignalSpy finished(live->flow(), &LiveFlow::finished);
    live->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), timeoutMs);
    Language::instance()->install(QStringLiteral("en"));
}

void TestLayout::sidePanelsHideAndTheLayoutSwitches()
{
    MainWindow window;
    window.placeOnScreen();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<DiagramView*>();
    QWidget* steps = window.findChild<QWidget*>(QStringLiteral("stepsColumn"));
    QWidget* streams = window.findChild<QWidget*>(QStringLiteral("streamsScroll"));
    QWidget* fdTables = window.findChild<QWidget*>(QStringLiteral("fdTables"));
    QVERIFY(steps && streams && fdTables);
    for (const bool compact : { true, false, true }) {
        window.compactLayoutAction()->setChecked(!compact);
        window.compactLayoutAction()->trigger();
        QCOMPARE(window.isCompactLayout(), compact);
        QCOMPARE(window.chosenLayout(), std::optional<bool>(compact));
        QTabWidget* tabs = window.bottomTabs();
        // Compact: the side panels are the first tabs of one column beside the diagram; wide: each in its place.
        for (QWidget* panel : { steps, streams, fdTables })
            QCOMPARE(tabs->indexOf(panel) >= 0, compact);
        QCOMPARE(tabs->count(), compact ? 8 : 5);
        if (compact) {
            QCOMPARE(tabs->currentWidget(), steps);
            QVERIFY(tabs->geometry().left() > view->geometry().left());
        } else {
            QVERIFY(streams->isVisible() && steps->isVisible() && fdTables->isVisible());
        }
        QTRY_VERIFY(view->isVisible());
        const qreal before = share(view, &window);
        // F9 hides everything beside the diagram, which takes the room; F9 again brings it back.
        QTest::keyClick(&window, Qt::Key_F9);
        QVERIFY(!window.sidePanelsAction()->isChecked());
        QVERIFY(!tabs->isVisible() && !steps->isVisible() && !streams->isVisible());
        QTRY_VERIFY(share(view, &window) > before + 0.1);
        QTest::keyClick(&window, Qt::Key_F9);
        QVERIFY(window.sidePanelsAction()->isChecked());
        QVERIFY(tabs->isVisible() && steps->isVisible());
        QCOMPARE(streams->isVisible(), !compact ? true : tabs->currentWidget() == streams);
    }

    // Compact (as the loop ended): Ctrl+L with the panels hidden brings them back, on the Live tab.
    QTabWidget* tabs = window.bottomTabs();
    QTest::keyClick(&window, Qt::Key_F9);
    QVERIFY(!tabs->isVisible());
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(tabs->isVisible());
    QVERIFY(window.sidePanelsAction()->isChecked());
    QVERIFY(tabs->currentWidget()->isAncestorOf(window.livePanel()));
    // Presenter mode hides the Steps tab in front; Ctrl+L brings Live in front meanwhile; leaving shows only it.
    tabs->setCurrentWidget(steps);
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.isPresenting());
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isPresenting());
    for (int i = 0; i < tabs->count(); ++i)
        QCOMPARE(tabs->widget(i)->isVisible(), tabs->widget(i) == tabs->currentWidget());
    QVERIFY(tabs->currentWidget()->isAncestorOf(window.livePanel()));
}

void TestLayout::diagramColoursFollowTheChoice()
{
    // The diagram is drawn in the theme chosen from View > Diagram Colours, Automatic following the palette: its
    // background, and the pipes and fds in the theme's stream colours.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.run());
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), timeoutMs);
    DiagramScene* scene = window.diagramScene();
    const auto stdinColour = [scene] {
        for (const DiagramNode& n : scene->currentLayout().nodes)
            if (n.kind == DiagramNode::Kind::Pipe && n.detail == QLatin1String("stdin"))
                return n.color;
        return QColor();
    };
    const auto chosen = [&](const char* action) {
        auto* a = window.findChild<QAction*>(QLatin1String(action));
        QVERIFY2(a, action);
        a->trigger();
        QVERIFY(a->isChecked());
    };
    for (const auto& [action, kind] : { std::pair { "diagramThemeHighContrast", DiagramTheme::Kind::HighContrast },
             std::pair { "diagramThemeDark", DiagramTheme::Kind::Dark },
             std::pair { "diagramThemeLight", DiagramTheme::Kind::Light } }) {
        chosen(action);
        const DiagramTheme theme = DiagramTheme::of(kind);
        QCOMPARE(window.diagramTheme(), std::optional(kind));
        QCOMPARE(scene->backgroundBrush().color(), theme.background);
        QCOMPARE(stdinColour(), theme.stdinColour);
    }
    // Automatic: dark on a dark palette, light again on a light one.
    chosen("diagramThemeAutomatic");
    QCOMPARE(window.diagramTheme(), std::nullopt);
    const QPalette light = window.palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2f, 0x33));
    window.setPalette(dark);
    QTRY_COMPARE(scene->backgroundBrush().color(), DiagramTheme::of(DiagramTheme::Kind::Dark).background);
    QCOMPARE(stdinColour(), DiagramTheme::of(DiagramTheme::Kind::Dark).stdinColour);
    window.setPalette(light);
    QTRY_COMPARE(scene->backgroundBrush().color(), DiagramTheme::of(DiagramTheme::Kind::Light).background);
}

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
