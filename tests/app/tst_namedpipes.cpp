// SPDX-License-Identifier: GPL-3.0-or-later
// The "Named pipes" page as a teacher uses it: choose writers and records, Start, watch the counters, Stop — with a
// real FIFO and real pipescope-child fifo-writer processes, checked through what the page shows and through /proc
// and the file system.
#include "apptestsupport.h"
#include "bridge/bridge.h"
#include "bridge/childprogram.h"
#include "bridge/fifoflow.h"
#include "namedpipes/namedpipesdiagram.h"
#include "namedpipes/namedpipespanel.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <csignal>
#include <memory>
#include <unistd.h>

using namespace pipescope;

namespace {

constexpr int runTimeoutMs = 60'000;

bool processGone(int pid)
{
    return pid > 0 && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

// With PIPESCOPE_SCREENSHOT_DIR set, the page is saved there as a person would see it at that moment.
void keepScreenshot(QWidget& widget, const QString& name)
{
    const QPixmap pixmap = widget.grab();
    QVERIFY(!pixmap.isNull());
    const QString dir = qEnvironmentVariable("PIPESCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG"));
}

QString labelText(const QWidget& panel, const char* name)
{
    const auto* label = panel.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QString();
}

void configure(NamedPipesPanel& panel, int writers, int records, int recordSize, int readSize,
    const QString& mode = QStringLiteral("0600"))
{
    panel.writersBox()->setValue(writers);
    panel.recordsBox()->setValue(records);
    panel.recordSizeBox()->setValue(recordSize);
    panel.readSizeBox()->setValue(readSize);
    panel.modeEdit()->setText(mode);
}

// Clicks Start and waits until the run is over; the FIFO stays until Stop.
bool runToEnd(NamedPipesPanel& panel)
{
    QSignalSpy finished(panel.flow(), &FifoFlow::finished);
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    if (!panel.isRunning())
        return false;
    return finished.wait(runTimeoutMs) && !panel.isRunning();
}

} // namespace

class TestNamedPipes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!childProgramPath().isEmpty(), "pipescope-child was not found"); }

    void cleanup() { QVERIFY(apptest::noChildLeft()); }

    void smallRecordsNeverInterleave()
    {
        Bridge bridge;
        NamedPipesPanel panel(&bridge);
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(panel.stopButton()->isEnabled() == false);
        QVERIFY(panel.lsLine().contains(QStringLiteral("mkfifo")));
        configure(panel, 4, 500, 512, 4096, QStringLiteral("0640"));

        // Every sample's count of reassembled records: it only grows, and ends at the exact total.
        QList<qint64> seen;
        connect(
            panel.flow(), &FifoFlow::sampled, this, [&] { seen << panel.flow()->snapshot().stats.recordsComplete; });
        QVERIFY(runToEnd(panel));
        QVERIFY(!seen.isEmpty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), 2000);

        const FifoRunSnapshot& s = panel.flow()->snapshot();
        QVERIFY2(s.succeeded(), qPrintable(panel.statusText()));
        QCOMPARE(s.stats.recordsComplete, 2000);
        QCOMPARE(s.stats.recordsInterleaved, 0);
        QCOMPARE(s.stats.bytesLost(), 0);
        QCOMPARE(s.stats.corruptBytes, 0);
        QCOMPARE(s.stats.bytesReceived, 2000 * 512);

        // What the page shows: the CLI's closing line, the counters, every writer's progress.
        const QLocale locale;
        QVERIFY2(panel.statusText().contains(QStringLiteral("0 interleavings in 2000 records, 0 bytes lost")),
            qPrintable(panel.statusText()));
        QCOMPARE(labelText(panel, "fifoRecordsValue"),
            QStringLiteral("%1 of %2").arg(locale.toString(2000), locale.toString(2000)));
        QCOMPARE(labelText(panel, "fifoInterleavedValue"), QStringLiteral("0"));
        QCOMPARE(labelText(panel, "fifoLostValue"), QStringLiteral("0"));
        QCOMPARE(labelText(panel, "fifoCorruptValue"), QStringLiteral("0"));
        QTableWidget* writers = panel.writersTable();
        QCOMPARE(writers->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(writers->item(row, 3)->text(), QStringLiteral("500 of 500"));
            QCOMPARE(qobject_cast<QProgressBar*>(writers->cellWidget(row, 4))->value(), 500);
            QCOMPARE(writers->item(row, 2)->text(), QStringLiteral("exited with status 0"));
        }
        QCOMPARE(panel.diagram()->writerCount(), 4);
        QVERIFY(panel.diagram()->packetsLaunched() > 0);
        // The reassembly shelf: every writer's 500 records put back together; a record it saw arrived whole.
        QCOMPARE(panel.diagram()->reassemblyLanes(), 4);
        for (const NamedPipesDiagram::Reassembly& r : panel.diagram()->reassembly()) {
            QCOMPARE(r.records, 500);
            QVERIFY(r.pieces <= 1);
        }

        // ls -l of the FIFO with the chosen mode; it stays until Stop.
        const QString path = panel.flow()->fifoPath();
        QVERIFY(QFileInfo(path).exists());
        QVERIFY2(panel.lsLine().startsWith(QStringLiteral("prw-r----- 1 ")), qPrintable(panel.lsLine()));
        QVERIFY(panel.lsLine().endsWith(path));

        // Every party holds the FIFO: the reader and the four writers, all on one inode.
        QTableWidget* fds = panel.fdTable();
        QCOMPARE(fds->rowCount(), 5);
        const QString inode = fds->item(0, 5)->text();
        QVERIFY(inode.toULongLong() != 0);
        for (int row = 0; row < fds->rowCount(); ++row) {
            QCOMPARE(fds->item(row, 4)->text(), path);
            QCOMPARE(fds->item(row, 5)->text(), inode);
        }
        QVERIFY(fds->item(0, 3)->text() != fds->item(1, 3)->text()); // read end vs write end
        keepScreenshot(panel, QStringLiteral("namedpipes-finished"));
        panel.tabs()->setCurrentIndex(1);
        keepScreenshot(panel, QStringLiteral("namedpipes-fds"));

        QVERIFY(panel.stopButton()->isEnabled());
        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(panel.flow()->fifoDirectory()));
        QVERIFY(panel.lsLine().contains(QStringLiteral("removed")));
    }

    void aSplitRecordFlashesAtTheReader()
    {
        // The diagram's own logic: a piece of a record that another writer's bytes split travels outlined to the
        // reader, which flashes ("record split!") when it arrives, and only then; a whole record does not.
        NamedPipesDiagram diagram;
        diagram.resize(1000, 470);
        diagram.setWriters(2, 8192);
        FifoRunSnapshot s;
        s.phase = FifoRunPhase::Running;
        s.writers.resize(2);
        s.recentFragments = { FifoFragment { .offset = 0, .writerId = 0, .seq = 0, .firstBlock = 0, .blocks = 2 } };
        diagram.showSnapshot(s, QStringLiteral("/tmp/x/fifo"));
        diagram.advance(2.0);
        QVERIFY(!diagram.flashing());
        s.recentFragments = { FifoFragment { .offset = 8192, .writerId = 1, .seq = 0, .firstBlock = 0, .blocks = 1 } };
        diagram.showSnapshot(s, QStringLiteral("/tmp/x/fifo"));
        diagram.advance(0.5);
        QVERIFY(!diagram.flashing()); // still on its way
        diagram.advance(1.0);
        QVERIFY(diagram.flashing());
        diagram.advance(1.0);
        QVERIFY(!diagram.flashing());
    }

    void theShelfPutsASplitRecordBackTogether()
    {
        // Two writers, records of three 4 KiB blocks: writer 0's record 7 arrives in two pieces with writer 1's
        // record between them. Its lane shows the two pieces where they belong, then a new record starts afresh.
        NamedPipesDiagram diagram;
        diagram.setWriters(2, 3 * 4096);
        FifoRunSnapshot s;
        s.phase = FifoRunPhase::Running;
        s.writers.resize(2);
        s.recentFragments = {
            FifoFragment { .offset = 0, .writerId = 0, .seq = 7, .firstBlock = 0, .blocks = 1 },
            FifoFragment { .offset = 4096, .writerId = 1, .seq = 3, .firstBlock = 0, .blocks = 3 },
            FifoFragment { .offset = 4 * 4096, .writerId = 0, .seq = 7, .firstBlock = 1, .blocks = 2 },
        };
        s.writers[0].recordsReceived = 7;
        s.writers[1].recordsReceived = 4;
        diagram.showSnapshot(s, QStringLiteral("/tmp/x/fifo"));
        const auto& shelf = diagram.reassembly();
        QCOMPARE(shelf.at(0).records, 7);
        QCOMPARE(shelf.at(0).seq, 7U);
        QCOMPARE(shelf.at(0).pieces, 2);
        QCOMPARE(shelf.at(0).blocksArrived, 3U);
        QVERIFY(!shelf.at(0).whole());
        QCOMPARE(shelf.at(1).pieces, 1);
        QVERIFY(shelf.at(1).whole());
        // The same fragments again change nothing; writer 0's next record starts its lane afresh.
        diagram.showSnapshot(s, QStringLiteral("/tmp/x/fifo"));
        QCOMPARE(diagram.reassembly().at(0).pieces, 2);
        s.recentFragments
            = { FifoFragment { .offset = 7 * 4096, .writerId = 0, .seq = 8, .firstBlock = 0, .blocks = 3 } };
        s.writers[0].recordsReceived = 8;
        diagram.showSnapshot(s, QStringLiteral("/tmp/x/fifo"));
        QCOMPARE(diagram.reassembly().at(0).seq, 8U);
        QCOMPARE(diagram.reassembly().at(0).pieces, 1);
        QCOMPARE(diagram.reassembly().at(0).records, 8);
        // Many writers: four lanes, the rest summed up.
        diagram.setWriters(10, 512);
        QCOMPARE(diagram.reassemblyLanes(), 4);
        QCOMPARE(diagram.reassembly().size(), 10U);
    }

    void bigRecordsAreReassembled()
    {
        Bridge bridge;
        NamedPipesPanel panel(&bridge);
        panel.show();
        configure(panel, 4, 100, 64 * 1024, 4096);
        QVERIFY(runToEnd(panel));
        const FifoRunSnapshot& s = panel.flow()->snapshot();
        QVERIFY2(s.succeeded(), qPrintable(panel.statusText()));
        QCOMPARE(s.stats.recordsComplete, 400);
        QCOMPARE(s.stats.bytesLost(), 0);
        QCOMPARE(s.stats.corruptBytes, 0);
        QCOMPARE(s.stats.brokenRecords, 0);
        QVERIFY(s.stats.recordsInterleaved >= 0);
        QVERIFY(s.stats.fragments >= s.stats.recordsComplete);
        qInfo("64 KiB records, 4 KiB reads: %lld of 400 records interleaved, %lld fragments",
            static_cast<long long>(s.stats.recordsInterleaved), static_cast<long long>(s.stats.fragments));
        QCOMPARE(labelText(panel, "fifoInterleavedValue"), QLocale().toString(s.stats.recordsInterleaved));
        QCOMPARE(labelText(panel, "fifoLostValue"), QStringLiteral("0"));
        QVERIFY(panel.statusText().contains(
            QStringLiteral("%1 interleavings in 400 records, 0 bytes lost").arg(s.stats.recordsInterleaved)));
        QVERIFY(QFileInfo::exists(panel.flow()->fifoPath()));
        for (const NamedPipesDiagram::Reassembly& r : panel.diagram()->reassembly()) {
            QCOMPARE(r.records, 100);
            QVERIFY(r.blocksArrived <= 16U); // 64 KiB: 16 blocks of 4 KiB
        }
    }

    void stopMidRun()
    {
        QString path;
        QString dir;
        std::vector<int> pids;
        {
            Bridge bridge;
            NamedPipesPanel panel(&bridge);
            panel.resize(1280, 720);
            panel.show();
            // 4 × 1,000,000 × 4 KiB: far more than the seconds this test lets it run.
            configure(panel, 4, 1'000'000, 4096, 4096);
            QTest::mouseClick(panel.startButton(), Qt::LeftButton);
            QVERIFY(panel.isRunning());
            QVERIFY(!panel.startButton()->isEnabled());
            QVERIFY(!panel.writersBox()->isEnabled());
            path = panel.flow()->fifoPath();
            dir = panel.flow()->fifoDirectory();
            QVERIFY(QFileInfo(path).exists());
            QVERIFY(QFileInfo(dir).isDir());

            // The counters move while it runs.
            QTRY_VERIFY_WITH_TIMEOUT(panel.flow()->snapshot().stats.recordsComplete > 0, runTimeoutMs);
            const qint64 first = panel.flow()->snapshot().stats.recordsComplete;
            QTRY_VERIFY_WITH_TIMEOUT(panel.flow()->snapshot().stats.recordsComplete > first, runTimeoutMs);
            QVERIFY(panel.isRunning());
            QTRY_VERIFY(panel.diagram()->packetsInFlight() > 0);
            QTRY_COMPARE(panel.fdTable()->rowCount(), 5);
            QVERIFY(panel.statusText().contains(QStringLiteral("write(2)s records of 4096 bytes")));
            QCOMPARE(labelText(panel, "fifoLostValue"), NamedPipesPanel::tr("known at end of file"));
            keepScreenshot(panel, QStringLiteral("namedpipes-running"));
            pids = panel.flow()->writerPids();
            QCOMPARE(pids.size(), 4U);
            for (int pid : pids)
                QVERIFY(!processGone(pid));

            QSignalSpy finished(panel.flow(), &FifoFlow::finished);
            QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
            QVERIFY(finished.wait(runTimeoutMs));
            QVERIFY(!panel.isRunning());
            const FifoRunSnapshot& s = panel.flow()->snapshot();
            QVERIFY(s.cancelled);
            QVERIFY(s.stats.recordsComplete < 4'000'000);
            QCOMPARE(s.stats.corruptBytes, 0);
            for (const FifoWriterStatus& w : s.writers) {
                QVERIFY(w.exit.has_value());
                QVERIFY(w.exit->signaled);
                QCOMPARE(w.exit->code, SIGKILL);
            }
            QVERIFY2(panel.statusText().contains(QStringLiteral("removed")), qPrintable(panel.statusText()));
            QVERIFY(!QFileInfo::exists(path));
            QVERIFY(!QFileInfo::exists(dir));
            QVERIFY(panel.startButton()->isEnabled());
            QVERIFY(!panel.stopButton()->isEnabled());
        }
        for (int pid : pids)
            QVERIFY2(processGone(pid), qPrintable(QString::number(pid)));
    }

    // The page and the bridge that owns its run go, as when the window closes: writers, FIFO and directory go too.
    void destroyingThePageMidRunCleansUp()
    {
        std::vector<int> pids;
        QString path;
        QString dir;
        {
            Bridge bridge;
            auto panel = std::make_unique<NamedPipesPanel>(&bridge);
            configure(*panel, 3, 1'000'000, 512, 4096);
            QVERIFY(panel->start());
            QTRY_VERIFY_WITH_TIMEOUT(panel->flow()->snapshot().stats.recordsComplete > 0, runTimeoutMs);
            pids = panel->flow()->writerPids();
            path = panel->flow()->fifoPath();
            dir = panel->flow()->fifoDirectory();
            QCOMPARE(pids.size(), 3U);
        }
        for (int pid : pids)
            QVERIFY(processGone(pid));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(dir));
    }

    void badInputSaysWhyAndLeavesNothing()
    {
        Bridge bridge;
        NamedPipesPanel panel(&bridge);
        configure(panel, 2, 10, 5000, 4096);
        QVERIFY(!panel.start());
        QVERIFY2(panel.statusText().contains(QStringLiteral("8192")), qPrintable(panel.statusText()));
        QVERIFY(!panel.flow()->hasFifo());
        QVERIFY(panel.flow()->fifoPath().isEmpty());
        configure(panel, 2, 10, 512, 4096, QString());
        QVERIFY(!panel.start());
        QVERIFY(panel.statusText().contains(QStringLiteral("octal")));
        QVERIFY(!panel.flow()->hasFifo());
        QCOMPARE(NamedPipesPanel::parseMode(QStringLiteral("0600")), std::optional<std::uint32_t>(0600));
        QCOMPARE(NamedPipesPanel::parseMode(QStringLiteral("755")), std::optional<std::uint32_t>(0755));
        QVERIFY(!NamedPipesPanel::parseMode(QStringLiteral("0800")));
        QVERIFY(!NamedPipesPanel::parseMode(QStringLiteral("17777")));
    }

    void rendezvousBlocksUntilTheOtherSideOpens()
    {
        Bridge bridge;
        NamedPipesPanel panel(&bridge);
        configure(panel, 1, 1, 512, 4096);
        QVERIFY(runToEnd(panel));
        QVERIFY(panel.flow()->hasFifo());

        // Nobody reads: a non-blocking write open fails at once with ENXIO.
        panel.openNonBlocking(FifoEnd::Write);
        QVERIFY2(panel.openResultText().contains(QStringLiteral("ENXIO")), qPrintable(panel.openResultText()));
        QVERIFY(panel.flow()->heldFds().empty());

        // A blocking read open waits — and says so — until a writer opens.
        panel.openBlocking(FifoEnd::Read);
        QVERIFY(panel.flow()->blockingOpen());
        QVERIFY(panel.rendezvousText().contains(QStringLiteral("waiting for a writer to open")));
        QTRY_VERIFY(panel.flow()->blockingOpen()->waitingInKernel());
        QTRY_VERIFY(panel.rendezvousText().contains(QStringLiteral("wait_for_partner")));
        QCOMPARE(panel.flow()->blockingOpen()->state(), FifoOpenState::Waiting);

        panel.openNonBlocking(FifoEnd::Write);
        QVERIFY2(panel.openResultText().contains(QStringLiteral("a reader has the FIFO open")),
            qPrintable(panel.openResultText()));
        QTRY_VERIFY(panel.rendezvousText().contains(QStringLiteral("the other side opened")));
        QTRY_COMPARE(panel.flow()->heldFds().size(), 2U);
        // Both fds this process opened, on the FIFO's path and inode, one of them O_NONBLOCK.
        QTableWidget* fds = panel.fdTable();
        int byHand = 0;
        for (int row = 0; row < fds->rowCount(); ++row)
            if (fds->item(row, 0)->text() == NamedPipesPanel::tr("PipeScope (opened by hand)")) {
                ++byHand;
                QCOMPARE(fds->item(row, 4)->text(), panel.flow()->fifoPath());
                QCOMPARE(fds->item(row, 5)->text(), fds->item(0, 5)->text());
            }
        QCOMPARE(byHand, 2);
        panel.resize(1280, 720);
        panel.show();
        panel.tabs()->setCurrentIndex(2);
        keepScreenshot(panel, QStringLiteral("namedpipes-rendezvous"));

        panel.closeHeldFds();
        QVERIFY(panel.flow()->heldFds().empty());
        // A blocking open given up by Stop leaves nothing behind either.
        panel.openBlocking(FifoEnd::Write);
        QVERIFY(panel.rendezvousText().contains(QStringLiteral("waiting for a reader to open")));
        const QString path = panel.flow()->fifoPath();
        panel.stop();
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(panel.flow()->blockingOpen() == nullptr);
    }

    void permissions()
    {
        Bridge bridge;
        NamedPipesPanel panel(&bridge);
        configure(panel, 1, 1, 512, 4096, QStringLiteral("0600"));
        QVERIFY(runToEnd(panel));
        QVERIFY(panel.lsLine().startsWith(QStringLiteral("prw------- 1 ")));
        QCOMPARE(panel.chmodEdit()->text(), QStringLiteral("0600"));

        panel.chmodEdit()->setText(QStringLiteral("0644"));
        QTest::mouseClick(panel.chmodButton(), Qt::LeftButton);
        QVERIFY2(panel.lsLine().startsWith(QStringLiteral("prw-r--r-- 1 ")), qPrintable(panel.lsLine()));
        QCOMPARE(QFileInfo(panel.flow()->fifoPath()).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);

        const bool root = ::geteuid() == 0;
        QCOMPARE(labelText(panel, "fifoRootNote").contains(QStringLiteral("root bypasses")), root);
        if (root) {
            // Root can show another user's EACCES: a helper becomes nobody and opens, off the GUI thread.
            auto* nobody = panel.findChild<QPushButton*>(QStringLiteral("fifoOpenAsNobody"));
            QVERIFY(nobody && nobody->isEnabled());
            panel.tryOpenAsNobody();
            QVERIFY(!nobody->isEnabled()); // until the helper has answered
            QTRY_VERIFY2(
                panel.openResultText().contains(QStringLiteral("may open")), qPrintable(panel.openResultText()));
            QTRY_VERIFY(nobody->isEnabled());
            panel.chmodEdit()->setText(QStringLiteral("0600"));
            panel.applyChmod();
            panel.tryOpenAsNobody();
            QTRY_VERIFY2(panel.openResultText().contains(QStringLiteral("EACCES")), qPrintable(panel.openResultText()));
            QTRY_VERIFY(apptest::noChildLeft());
            // Root bypasses the mode bits, so this process's own EACCES cannot be shown; user nobody's was.
            return;
        }
        panel.chmodEdit()->setText(QStringLiteral("0000"));
        panel.applyChmod();
        QVERIFY(panel.lsLine().startsWith(QStringLiteral("p--------- 1 ")));
        panel.openNonBlocking(FifoEnd::Read);
        QVERIFY2(panel.openResultText().contains(QStringLiteral("EACCES")), qPrintable(panel.openResultText()));
        QVERIFY(panel.flow()->heldFds().empty());
    }

    void duplexAndTheWindowsModel()
    {
        Bridge bridge;
        NamedPipesPanel panel(&bridge);
        QSignalSpy done(&panel, &NamedPipesPanel::duplexFinished);
        panel.runDuplex(DuplexKind::FifoPair);
        QVERIFY(done.wait(runTimeoutMs));
        QVERIFY2(panel.duplexText().contains(QStringLiteral("EBADF")), qPrintable(panel.duplexText()));
        QVERIFY(panel.duplexText().contains(QStringLiteral("the same message")));
        QVERIFY(panel.duplexText().contains(QStringLiteral("a2b")));
        panel.runDuplex(DuplexKind::SocketPair);
        QVERIFY(done.wait(runTimeoutMs));
        QVERIFY2(
            panel.duplexText().contains(QStringLiteral("a socket goes both ways")), qPrintable(panel.duplexText()));
        QVERIFY(panel.duplexText().contains(QStringLiteral("socket:[")));

        QTreeWidget* steps = panel.windowsSteps();
        QVERIFY(steps->topLevelItemCount() > 5);
        bool duplex = false;
        bool busy = false;
        bool secondFifo = false;
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            for (int c = 0; c < steps->topLevelItem(i)->childCount(); ++c)
                secondFifo
                    = secondFifo || steps->topLevelItem(i)->child(c)->text(0).contains(QStringLiteral("second FIFO"));
            duplex = duplex || steps->topLevelItem(i)->text(1).contains(QStringLiteral("PIPE_ACCESS_DUPLEX"));
            busy = busy || steps->topLevelItem(i)->text(2) == QStringLiteral("ERROR_PIPE_BUSY");
        }
        QVERIFY(duplex);
        QVERIFY(busy);
        QVERIFY(secondFifo);
        auto* box = panel.findChild<QWidget*>(QStringLiteral("windowsModelBox"));
        QVERIFY(box);
        QVERIFY(box->property("title").toString().contains(QStringLiteral("MODEL")));
        panel.tabs()->setCurrentIndex(3);
        panel.resize(1280, 720);
        keepScreenshot(panel, QStringLiteral("namedpipes-duplex"));
    }
};

QTEST_MAIN(TestNamedPipes)
#include "tst_namedpipes.moc"
