// SPDX-License-Identifier: GPL-3.0-or-later
// The live tab under multi-GiB floods: the console stays bounded while every byte is counted. Heavy (1 GiB and
// 2 GiB through a real pipe), so these run with the soak tests, apart from tst_livepanel's quick cases.
#include "bridge/bridge.h"
#include "bridge/childprogram.h"
#include "bridge/liveflow.h"
#include "live/byteflowplot.h"
#include "live/consolewidget.h"
#include "live/livepanel.h"
#include "live/livescenarios.h"

#include <QDir>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <sys/wait.h>

using namespace pipescope;

namespace {

constexpr int runTimeoutMs = 20'000;

bool noChildLeft()
{
    errno = 0;
    return ::waitpid(-1, nullptr, WNOHANG) == -1 && errno == ECHILD;
}

// With PIPESCOPE_SCREENSHOT_DIR set, the panel is saved there as a person would see it at that moment.
void keepScreenshot(QWidget& widget, const QString& name)
{
    const QPixmap pixmap = widget.grab();
    QVERIFY(!pixmap.isNull());
    const QString dir = qEnvironmentVariable("PIPESCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG"));
}

} // namespace

class TestSoakLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!childProgramPath().isEmpty(), "pipescope-child was not found"); }

    void cleanup() { QVERIFY(noChildLeft()); }

    void floodStaysBoundedAndSmooth()
    {
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.resize(1280, 720);
        panel.show();
        ConsoleWidget* console = panel.console();
        // Smaller than one update, so the oldest bytes go whatever the machine's speed.
        constexpr qint64 limit = 4096;
        console->setHistoryLimit(limit);
        LiveScenario flood {
            .id = QStringLiteral("test-flood"),
            .redirects = { Redirect::inherit(), Redirect::pipe(), Redirect::inherit() },
            .childArgs = { QStringLiteral("flood"), QStringLiteral("1G") },
        };
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start(flood));
        QTRY_VERIFY(!panel.flow()->isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(console->droppedBytes(Stream::Stdout) > 0 || !finished.isEmpty(), runTimeoutMs);
        if (finished.isEmpty())
            keepScreenshot(panel, QStringLiteral("livepanel-flood"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeoutMs);
        QCOMPARE(panel.flow()->lastSample().stream(Stream::Stdout).bytes, qint64 { 1 } << 30);
        QVERIFY(console->droppedBytes(Stream::Stdout) > 0);
        QVERIFY(console->notShownBytes(Stream::Stdout) > 0);
        QVERIFY(console->shownText(Stream::Stdout).contains(QStringLiteral("not shown")));
        // Bounded: the limit, one update and a few markers at most.
        QVERIFY(console->shownText(Stream::Stdout).size() < limit + ConsoleWidget::defaultUpdateBudget + 1024);
        QVERIFY(panel.plot()->pointCount() > 0);
    }

    void floodScenarioDeliversEveryByte()
    {
        // The picker's flood, as a class runs it: 2 GiB through a stdout PIPE, every byte counted.
        Bridge bridge;
        LivePanel panel(bridge.live());
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(panel.selectScenario(QStringLiteral("flood")));
        QSignalSpy finished(panel.flow(), &LiveFlow::finished);
        QVERIFY(panel.start());
        QTRY_VERIFY(!panel.flow()->isStarting());
        QVERIFY(panel.fillGauge(Stream::Stdout)->isEnabled());
        QVERIFY(!panel.fillGauge(Stream::Stdin)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 90'000);
        QCOMPARE(panel.flow()->lastSample().stream(Stream::Stdout).bytes, qint64 { 2 } << 30);
        QVERIFY2(panel.statusText().contains(QStringLiteral("exited with status 0")), qPrintable(panel.statusText()));
        QVERIFY(panel.console()->notShownBytes(Stream::Stdout) > 0);
    }
};

QTEST_MAIN(TestSoakLive)
#include "tst_soak_live.moc"
