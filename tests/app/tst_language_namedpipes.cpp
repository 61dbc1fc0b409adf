// SPDX-License-Identifier: GPL-3.0-or-later
// The Named pipes page switches language in place: with a FIFO run going on, from the window's Language menu, every
// visible text (buttons, tabs, group titles, table headers, the status line, the diagram's labels) becomes the one
// of the new language's .qm, while the same writers go on writing and no counter starts again; the results of the
// open buttons and the duplex report are said again too. Closing the page while a duplex demo runs leaves no child.
// Expected texts come from QCoreApplication::translate of the same sources; comparing them with the English ones
// proves the switch is not vacuous.
#include "apptestsupport.h"
#include "bridge/bridge.h"
#include "bridge/childprogram.h"
#include "bridge/duplexrun.h"
#include "bridge/fifoflow.h"
#include "languagetestsupport.h"
#include "namedpipes/namedpipesdiagram.h"
#include "namedpipes/namedpipespanel.h"
#include "shell/language.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace pipescope;
using apptest::switchLanguage;
using apptest::translated;

namespace {

constexpr int timeoutMs = 60'000;

QString page(const char* source)
{
    return QCoreApplication::translate("NamedPipesPanel", source);
}

// The same switch for a page on its own: installing the translators is what the menu does.
bool switchLanguage(const QString& code)
{
    if (!Language::instance()->install(code))
        return false;
    QCoreApplication::processEvents();
    return Language::instance()->current() == code;
}

QString groupTitle(const QWidget* panel, const char* name)
{
    const auto* box = panel->findChild<QGroupBox*>(QLatin1String(name));
    return box ? box->title() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

QStringList tabTexts(const QTabWidget* tabs)
{
    QStringList out;
    for (int i = 0; i < tabs->count(); ++i)
        out << tabs->tabText(i);
    return out;
}

QStringList headerTexts(const QTableWidget* table)
{
    QStringList out;
    for (int c = 0; c < table->columnCount(); ++c)
        out << table->horizontalHeaderItem(c)->text();
    return out;
}

bool sceneShows(const NamedPipesDiagram* diagram, const QString& text)
{
    for (const QGraphicsItem* item : diagram->scene()->items())
        if (const auto* t = dynamic_cast<const QGraphicsSimpleTextItem*>(item); t && t->text() == text)
            return true;
    return false;
}

// What the page must show in the language installed now, for a run of this many writers and record size.
void checkTexts(NamedPipesPanel* panel, int writers, int recordSize, int readSize)
{
    QCOMPARE(panel->startButton()->text(), page("&Start"));
    QCOMPARE(panel->stopButton()->text(), page("S&top"));
    QCOMPARE(panel->startButton()->toolTip(), page("Make a new FIFO and start the writers and the reader"));
    QCOMPARE(tabTexts(panel->tabs()),
        QStringList(
            { page("Writers"), page("File descriptors"), page("Permissions, open(2)"), page("Duplex, Windows") }));
    QCOMPARE(groupTitle(panel, "fifoCountersBox"), page("What the reader proved"));
    QCOMPARE(groupTitle(panel, "fifoPermissionsBox"), page("Permissions"));
    QCOMPARE(groupTitle(panel, "fifoRendezvousBox"), page("Rendezvous: open(2) of a FIFO"));
    QCOMPARE(groupTitle(panel, "duplexPosixBox"),
        page("POSIX: a FIFO goes one way — two ways need two channels (real, runs here)"));
    QCOMPARE(headerTexts(panel->writersTable()),
        QStringList({ page("Writer"), page("PID"), page("State"), page("Records arrived"), page("Progress") }));
    QCOMPARE(headerTexts(panel->fdTable()).first(), page("Party"));
    QCOMPARE(panel->windowsSteps()->headerItem()->text(0), page("Who"));
    QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("fifoCloseHeld"))->text() == page("C&lose these fds"));
    // Said from the run's state, not from a stored sentence.
    QCOMPARE(panel->statusText(),
        page("Writers: %1, each write(2)s records of %2 bytes; the reader read(2)s up to %3 bytes at a time.")
            .arg(writers)
            .arg(recordSize)
            .arg(readSize));
    QCOMPARE(panel->writersTable()->item(0, 2)->text(), page("writing"));
    const int fd = panel->flow()->snapshot().readerFd;
    QVERIFY(
        sceneShows(panel->diagram(), QCoreApplication::translate("NamedPipesDiagram", "reader\nread(fd %1)").arg(fd)));
}

} // namespace

class TestLanguageNamedPipes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!childProgramPath().isEmpty(), "pipescope-child was not found");
        QVERIFY(Language::instance()->install(QStringLiteral("en")));
    }

    void cleanup()
    {
        Language::instance()->install(QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), timeoutMs);
    }

    // A run far too long to end during the test: the switch happens while the writers write.
    void aRunningFifoRunSwitchesInPlace()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        NamedPipesPanel* panel = window->namedPipesPanel();
        QVERIFY(panel);
        constexpr int writers = 4;
        constexpr int recordSize = 4096;
        constexpr int readSize = 64;
        panel->writersBox()->setValue(writers);
        panel->recordsBox()->setValue(1'000'000);
        panel->recordSizeBox()->setValue(recordSize);
        panel->readSizeBox()->setValue(readSize);
        QVERIFY(panel->start());
        FifoFlow* flow = panel->flow();
        QTRY_VERIFY_WITH_TIMEOUT(
            flow->snapshot().phase == FifoRunPhase::Running && flow->snapshot().stats.recordsComplete > 0, timeoutMs);
        // The writers' rows are filled from a sample after the one that saw them writing.
        QTRY_COMPARE_WITH_TIMEOUT(panel->writersTable()->item(0, 2)->text(), QStringLiteral("writing"), timeoutMs);
        const std::vector<int> pids = flow->writerPids();
        QCOMPARE(pids.size(), std::size_t { writers });
        const QString english = panel->statusText();
        const QString lsLine = panel->lsLine();
        QSignalSpy finished(flow, &FifoFlow::finished);

        QVERIFY(switchLanguage(window.get(), QStringLiteral("zh_CN")));
        const qint64 recordsAtSwitch = flow->snapshot().stats.recordsComplete;
        QVERIFY2(page("&Start") != QStringLiteral("&Start"), "the Chinese translation is not installed");
        QVERIFY2(panel->statusText() != english, qPrintable(panel->statusText()));
        checkTexts(panel, writers, recordSize, readSize);
        if (QTest::currentTestFailed())
            return;
        // The same run: the same writers, no counter started again, the FIFO untouched.
        QVERIFY(panel->isRunning());
        QCOMPARE(finished.count(), 0);
        QVERIFY(flow->writerPids() == pids);
        QCOMPARE(panel->lsLine(), lsLine);
        QCOMPARE(panel->writersTable()->rowCount(), writers);
        for (int row = 0; row < writers; ++row)
            QCOMPARE(panel->writersTable()->item(row, 1)->text(), QString::number(pids[std::size_t(row)]));
        QTRY_VERIFY_WITH_TIMEOUT(flow->snapshot().stats.recordsComplete > recordsAtSwitch, timeoutMs);
        QVERIFY(!panel->countersText().startsWith(page("—")));

        QVERIFY(switchLanguage(window.get(), QStringLiteral("en")));
        QCOMPARE(panel->startButton()->text(), QStringLiteral("&Start"));
        QCOMPARE(tabTexts(panel->tabs()).first(), QStringLiteral("Writers"));
        QCOMPARE(panel->writersTable()->horizontalHeaderItem(0)->text(), QStringLiteral("Writer"));
        QCOMPARE(groupTitle(panel, "fifoCountersBox"), QStringLiteral("What the reader proved"));
        QCOMPARE(panel->statusText(), english);
        checkTexts(panel, writers, recordSize, readSize);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(panel->isRunning());
        QVERIFY(flow->writerPids() == pids);

        panel->stop();
        QVERIFY(finished.count() == 1 || finished.wait(timeoutMs));
        QVERIFY(flow->snapshot().cancelled);
    }

    // Texts made from what happened: the run's closing line, the result of an open, the rendezvous.
    void resultsAreSaidAgain()
    {
        Bridge bridge;
        NamedPipesPanel panel(&bridge);
        panel.writersBox()->setValue(1);
        panel.recordsBox()->setValue(1);
        QSignalSpy finished(panel.flow(), &FifoFlow::finished);
        QVERIFY(panel.start());
        QVERIFY(finished.wait(timeoutMs));
        panel.openNonBlocking(FifoEnd::Write);
        panel.openNonBlocking(FifoEnd::Read);
        const QString done = panel.statusText();
        QVERIFY2(done.startsWith(QStringLiteral("Done: ")), qPrintable(done));

        QVERIFY(switchLanguage(QStringLiteral("zh_CN")));
        const QString summary = page("%1 interleavings in %2 records, %3 bytes lost.").arg(0).arg(1).arg(0);
        QCOMPARE(panel.statusText(), page("Done: %1").arg(summary));
        QVERIFY(panel.statusText() != done);
        QCOMPARE(panel.openResultText(),
            page("%1 returned fd %2 at once: a read end opens without waiting for a writer.")
                .arg(QStringLiteral("open(O_RDONLY | O_NONBLOCK)"))
                .arg(panel.flow()->heldFds().at(0).fd));
        QVERIFY(panel.rendezvousText().startsWith(page("Held here: %1").section(QLatin1Char('%'), 0, 0)));
        QCOMPARE(panel.fdTable()->item(panel.fdTable()->rowCount() - 1, 0)->text(), page("PipeScope (opened by hand)"));

        QVERIFY(switchLanguage(QStringLiteral("en")));
        QCOMPARE(panel.statusText(), done);
        QVERIFY(panel.openResultText().endsWith(QStringLiteral("a read end opens without waiting for a writer.")));
        QVERIFY(panel.rendezvousText().startsWith(QStringLiteral("Held here: fd ")));
        panel.stop();
        QVERIFY(!panel.flow()->hasFifo());
    }

    void duplexReportAndTheWindowsModel()
    {
        Bridge bridge;
        NamedPipesPanel panel(&bridge);
        QSignalSpy done(&panel, &NamedPipesPanel::duplexFinished);
        panel.runDuplex(DuplexKind::FifoPair);
        QVERIFY(done.wait(timeoutMs));
        const QString english = panel.duplexText();
        QVERIFY(english.startsWith(QStringLiteral("Two FIFOs, one per direction")));
        const QString firstStep = panel.windowsSteps()->topLevelItem(0)->text(0);

        QVERIFY(switchLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(
            panel.duplexText().section(QLatin1Char('\n'), 0, 0), page("Two FIFOs, one per direction: a2b and b2a"));
        QVERIFY(panel.duplexText() != english);
        // The same pids and fds as before: said again, not run again.
        QCOMPARE(panel.duplexText().count(QLatin1Char('\n')), english.count(QLatin1Char('\n')));
        QCOMPARE(done.count(), 1);
        QCOMPARE(panel.windowsSteps()->topLevelItem(0)->text(0), page("server"));
        QVERIFY(panel.windowsSteps()->topLevelItem(0)->text(0) != firstStep);

        QVERIFY(switchLanguage(QStringLiteral("en")));
        QCOMPARE(panel.duplexText(), english);
        QCOMPARE(panel.windowsSteps()->topLevelItem(0)->text(0), firstStep);
    }

    // Closing the window while a demo's peer runs neither hangs nor leaves the peer behind.
    void closingDuringADemoLeavesNoChild()
    {
        for (const DuplexKind kind : { DuplexKind::FifoPair, DuplexKind::SocketPair }) {
            auto window = std::make_unique<MainWindow>();
            NamedPipesPanel* panel = window->namedPipesPanel();
            QSignalSpy done(panel, &NamedPipesPanel::duplexFinished);
            panel->runDuplex(DuplexKind::SocketPair);
            QVERIFY(done.wait(timeoutMs));
            window->show();
            panel->runDuplex(kind);
            QVERIFY(window->bridge()->duplex()->isRunning());
            QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("duplexFifoPair"))->isEnabled());
            QPointer<QWidget> alive(window.get());
            window->close();
            window.reset();
            QVERIFY(alive.isNull());
            QCOMPARE(done.count(), 1); // the second demo's result died with the window
            QTRY_VERIFY_WITH_TIMEOUT(apptest::noChildLeft(), timeoutMs);
        }
    }
};

QTEST_MAIN(TestLanguageNamedPipes)
#include "tst_language_namedpipes.moc"
