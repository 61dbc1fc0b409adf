// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows lens's "Run on Windows (Wine)": real runs of Popen's Windows branch under Wine (pipescope-trace
// --backend=wine running the win64 build), shown in the dialog. Needs Wine and the win64 build, so it runs in the
// win64 preset's tests (scripts/test builds that after this one). No handle value or pid is asserted: they are
// Wine's own; what is asserted is what they must agree on.
#include "bridge/bridge.h"
#include "bridge/programrunner.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagramscene.h"
#include "namedpipes/windowspiperunbox.h"
#include "shell/fileactions.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/webpage.h"
#include "stepping/steppingpage.h"
#include "stepping/winerundialog.h"
#include "text/winetext.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace pipescope;

namespace {

constexpr int runTimeoutMs = 240'000; // the first run may make the Wine prefix

SpawnSpec echoSpec()
{
    SpawnSpec spec;
    spec.argv = { qEnvironmentVariable("PIPESCOPE_CHILD").toStdString(), "echo" };
    spec.redirect(Stream::Stdin) = Redirect::pipe();
    spec.redirect(Stream::Stdout) = Redirect::pipe();
    return spec;
}

QStringList column(const QTableWidget* table, int c)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, c)->text();
    return out;
}

int rowOf(const QTableWidget* table, const QString& handle)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == handle)
            return r;
    return -1;
}

// The pids whose command line holds this argument (Wine names a Windows process by its .exe and arguments).
QStringList processesWith(const QByteArray& argument)
{
    QStringList pids;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& pid : proc.entryList(QDir::Dirs)) {
        if (!pid.front().isDigit())
            continue;
        QFile cmdline(proc.filePath(pid + QStringLiteral("/cmdline")));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().split('\0').contains(argument))
            pids << pid;
    }
    return pids;
}

using Kind = DiagramNode::Kind;
using Side = DiagramNode::Side;

// The socket of a process drawn with this HANDLE value.
const DiagramNode* socketOf(const DiagramLayout& layout, Side side, const QString& handle)
{
    for (const DiagramNode& n : layout.nodes)
        if (n.kind == Kind::Socket && n.side == side && n.title == handle && !n.crossed)
            return &n;
    return nullptr;
}

QStringList socketTitles(const DiagramLayout& layout, Side side)
{
    QStringList out;
    for (const DiagramNode& n : layout.nodes)
        if (n.kind == Kind::Socket && n.side == side && !n.crossed)
            out << n.title;
    out.sort();
    return out;
}

const DiagramNode* captionOf(const DiagramLayout& layout)
{
    return layout.node(QStringLiteral("caption"));
}

} // namespace

class TstWineRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!WineRun::traceProgram().isEmpty(), "PIPESCOPE_TRACE must name the Linux pipescope-trace");
        QVERIFY2(!WineRun::windowsBuild().isEmpty(), "PIPESCOPE_WINDOWS_BUILD must name the win64 build's bin");
        Language::instance()->install(QStringLiteral("en"));
    }

    void cleanup() { Language::instance()->install(QStringLiteral("en")); }

    void realRunShowsBothTablesAndTheHandleList()
    {
        Bridge bridge;
        WineRunDialog dialog(&bridge);
        dialog.setConfiguration(echoSpec(), QByteArrayLiteral("write data:0\r\n"));
        QSignalSpy done(&dialog, &WineRunDialog::runFinished);
        // The GUI thread keeps turning while Wine works.
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(20);
        dialog.run();
        QVERIFY(dialog.isRunning());
        QVERIFY(done.wait(runTimeoutMs));
        QVERIFY(ticks > 5);
        QVERIFY2(dialog.record().has_value(), qPrintable(dialog.statusLabel()->text()));
        const WinRunRecord& rec = *dialog.record();
        QVERIFY(rec.platform.startsWith(QLatin1String("Wine ")));
        QCOMPARE(rec.stdoutData, QByteArrayLiteral(">>>get std in write data:0\r\n"));
        QCOMPARE(rec.exitCode, std::optional<int>(0));
        QVERIFY(rec.inheritHandles);
        QCOMPARE(rec.steps.back().call, QStringLiteral("ResumeThread"));
        QCOMPARE(dialog.callList()->topLevelItemCount(), rec.steps.size());

        // Shown first: the suspended child right after CreateProcessW, holding exactly the three inheritable
        // copies of the parent's, at the parent's values.
        const int created = dialog.shownStep();
        QCOMPARE(rec.steps[created].call, QStringLiteral("CreateProcessW"));
        const QStringList childHandles { rec.popen.value(QStringLiteral("p2cread")),
            rec.popen.value(QStringLiteral("c2pwrite")), rec.popen.value(QStringLiteral("errwrite")) };
        QStringList shown = column(dialog.childTable(), 0);
        shown.sort();
        QStringList expected = childHandles;
        expected.sort();
        QCOMPARE(shown, expected);
        QVERIFY(column(dialog.childTable(), 3)
                    .join(QLatin1Char('|'))
                    .contains(QLatin1String("p2cread: the child's stdin")));
        QCOMPARE(rec.childStdHandles.value(QStringLiteral("stdin")), childHandles[0]);
        // The parent's own standard handles are inheritable and were kept out by the handle list: named so.
        QVERIFY(dialog.inheritNote()->isVisible() || !dialog.inheritNote()->isHidden());
        QVERIFY(dialog.inheritNote()->text().contains(QLatin1String("PROC_THREAD_ATTRIBUTE_HANDLE_LIST")));
        for (const WinHandleEntry& e : *rec.steps[created].parentTable) {
            if (e.inherit && e.type == QLatin1String("File") && !childHandles.contains(e.handle))
                QVERIFY2(dialog.inheritNote()->text().contains(e.handle), qPrintable(e.handle));
        }

        // A CloseHandle step: the handle is gone from the parent's table, shown struck out as closed by this call.
        int close = -1;
        for (int i = 0; i < rec.steps.size(); ++i)
            if (rec.steps[i].call == QLatin1String("CloseHandle")
                && rec.steps[i].stepId.startsWith(u"win.closehandle."))
                close = i;
        QVERIFY(close > created);
        dialog.showStep(close);
        const QString closed = rec.steps[close].handles.front();
        const int row = rowOf(dialog.parentTable(), closed);
        QVERIFY2(row >= 0, qPrintable(closed));
        QVERIFY(dialog.parentTable()->item(row, 0)->font().strikeOut());
        QVERIFY(dialog.parentTable()->item(row, 3)->text().startsWith(QLatin1String("closed by this call")));
        // A CreatePipe step: its two ends are new in the parent's table.
        dialog.showStep(0);
        QCOMPARE(rec.steps[0].call, QStringLiteral("CreatePipe"));
        for (const QString& h : rec.steps[0].handles) {
            const int r = rowOf(dialog.parentTable(), h);
            QVERIFY2(r >= 0, qPrintable(h));
            QVERIFY(dialog.parentTable()->item(r, 0)->font().bold());
        }
        QVERIFY(dialog.childTable()->rowCount() == 0); // no child yet

        // The language switch says it all again, on the same call.
        dialog.showStep(created);
        QVERIFY(Language::instance()->install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.shownStep(), created);
        QVERIFY(dialog.windowTitle() != QLatin1String("Run on Windows (Wine)"));
        QVERIFY(!dialog.statusLabel()->text().contains(QLatin1String("Win32 call(s)")));
        QTRY_VERIFY_WITH_TIMEOUT(bridge.programRunners().isEmpty(), 10'000);
    }

    void diagramDrawsTheRunsHandles()
    {
        Bridge bridge;
        WineRunDialog dialog(&bridge);
        dialog.scene()->setAnimated(false);
        SpawnSpec spec = echoSpec();
        spec.redirect(Stream::Stderr) = Redirect::devNull();
        dialog.setConfiguration(spec, QByteArrayLiteral("write data:0\r\n"));
        QSignalSpy done(&dialog, &WineRunDialog::runFinished);
        dialog.run();
        QVERIFY(done.wait(runTimeoutMs));
        QVERIFY2(dialog.record().has_value(), qPrintable(dialog.statusLabel()->text()));
        const WinRunRecord& rec = *dialog.record();
        QCOMPARE(dialog.views()->currentIndex(), 0); // the diagram first

        // Right after CreateProcessW: the suspended child holds the three inheritable copies, each wired to what
        // the parent's handle of the same value refers to, and came out of the parent.
        const int created = dialog.shownStep();
        QCOMPARE(rec.steps[created].call, QStringLiteral("CreateProcessW"));
        DiagramLayout layout = dialog.scene()->currentLayout();
        QVERIFY(layout.hasChild);
        QVERIFY(captionOf(layout)->title.contains(QLatin1String("CreateProcessW")));
        const QString p2cread = rec.popen.value(QStringLiteral("p2cread"));
        const QString p2cwrite = rec.popen.value(QStringLiteral("p2cwrite"));
        const QString c2pread = rec.popen.value(QStringLiteral("c2pread"));
        const QString c2pwrite = rec.popen.value(QStringLiteral("c2pwrite"));
        const QString errwrite = rec.popen.value(QStringLiteral("errwrite"));
        QStringList expected { p2cread, c2pwrite, errwrite };
        expected.sort();
        QCOMPARE(socketTitles(layout, Side::Child), expected);
        const DiagramNode* childIn = socketOf(layout, Side::Child, p2cread);
        const DiagramNode* parentIn = socketOf(layout, Side::Parent, p2cwrite);
        QVERIFY(childIn && parentIn);
        QCOMPARE(childIn->subtitle, QStringLiteral("p2cread"));
        QCOMPARE(childIn->detail, QStringLiteral("= stdin")); // the child's hStdInput, read from its PEB
        QCOMPARE(childIn->fromKey, socketOf(layout, Side::Parent, p2cread)->key);
        QVERIFY(!childIn->writes);
        QVERIFY(parentIn->writes);
        QVERIFY(parentIn->dashed); // p2cwrite is not inheritable
        QVERIFY(!childIn->dashed);
        QCOMPARE(childIn->target, parentIn->target);
        QCOMPARE(layout.node(childIn->target)->kind, Kind::Pipe);
        QCOMPARE(layout.node(childIn->target)->title, QStringLiteral("stdin pipe"));
        const DiagramNode* childOut = socketOf(layout, Side::Child, c2pwrite);
        QVERIFY(childOut && childOut->writes);
        QCOMPARE(childOut->target, socketOf(layout, Side::Parent, c2pread)->target);
        QCOMPARE(layout.node(childOut->target)->title, QStringLiteral("stdout pipe"));
        QVERIFY(childOut->target != childIn->target);
        // DEVNULL: NUL is a character device, the same one in both processes.
        const DiagramNode* childErr = socketOf(layout, Side::Child, errwrite);
        QVERIFY(childErr);
        QCOMPARE(layout.node(childErr->target)->kind, Kind::Terminal);
        QCOMPARE(childErr->target, socketOf(layout, Side::Parent, errwrite)->target);
        QVERIFY(layout.node(QStringLiteral("process:child"))->subtitle.contains(QLatin1String("suspended")));
        QVERIFY(layout.node(QStringLiteral("note:handles"))->title.contains(p2cwrite));
        QVERIFY(layout.spokenState().contains(
            QStringLiteral("Child handle %1 (p2cread) is the read end of the stdin pipe; the other process holds the "
                           "write end as handle %2.")
                .arg(p2cread, p2cwrite)));

        // Step by step from the first call: the DuplicateHandle of stdin moves the name p2cread to its inheritable
        // copy; a CloseHandle crosses the handle out; ResumeThread lets the child run.
        dialog.showStep(0);
        QCOMPARE(dialog.scene()->currentLayout().position, 1);
        QVERIFY(!dialog.scene()->currentLayout().hasChild);
        auto* step = dialog.findChild<QPushButton*>(QStringLiteral("wineStepButton"));
        QVERIFY(step);
        bool moved = false;
        bool crossed = false;
        while (dialog.shownStep() + 1 < rec.steps.size()) {
            const int before = dialog.shownStep();
            step->click();
            QCOMPARE(dialog.shownStep(), before + 1);
            const WinRunStep& now = rec.steps[dialog.shownStep()];
            layout = dialog.scene()->currentLayout();
            QVERIFY(
                captionOf(layout)->title.contains(QStringLiteral("%1 of %2").arg(before + 2).arg(rec.steps.size())));
            if (now.call == u"DuplicateHandle" && now.stream == u"stdin") {
                QCOMPARE(layout.moves.size(), 1);
                QCOMPARE(layout.moves.front().label, QStringLiteral("p2cread"));
                moved = true;
            }
            if (now.call == u"CloseHandle") {
                const int value = static_cast<int>(now.handles.front().toUInt(nullptr, 16));
                crossed = crossed || std::ranges::any_of(layout.nodes, [&](const DiagramNode& n) {
                    return n.kind == Kind::Socket && n.side == Side::Parent && n.fd == value && n.crossed;
                });
            }
        }
        QVERIFY(moved);
        QVERIFY(crossed);
        QVERIFY(layout.node(QStringLiteral("process:child"))->subtitle.contains(QLatin1String("running")));
        QVERIFY(!step->isEnabled());

        // In Chinese: the same picture, said again.
        QVERIFY(Language::instance()->install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        layout = dialog.scene()->currentLayout();
        QVERIFY(!captionOf(layout)->title.contains(QLatin1String("Win32 call")));
        for (const QString& h : expected) // once running, the child may have opened handles of its own
            QVERIFY2(socketTitles(layout, Side::Child).contains(h), qPrintable(h));
        QTRY_VERIFY_WITH_TIMEOUT(bridge.programRunners().isEmpty(), 10'000);
    }

    void theRunExportsItsWebPage()
    {
        // From the window, as File's Export for the Browser does for a POSIX session: the run's JSON embedded, each
        // call's words in both languages, a laid-out picture per call and language, opening at the call shown.
        MainWindow window;
        window.steppingPage()->setLens(Lens::Windows);
        WineRunDialog* dialog = window.steppingPage()->openWineRun();
        QVERIFY(!dialog->exportButton()->isEnabled());
        QSignalSpy done(dialog, &WineRunDialog::runFinished);
        QVERIFY(done.wait(runTimeoutMs));
        QVERIFY2(dialog->record().has_value(), qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->exportButton()->isEnabled());
        const WinRunRecord& rec = *dialog->record();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.html"));
        const int shown = dialog->shownStep();
        QVERIFY(window.fileActions()->exportWineRun(path, rec, static_cast<size_t>(shown + 1), dialog));
        QVERIFY(dialog->statusLabel()->text().startsWith(QLatin1String("Saved the page to 'run.html'")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = file.readAll();
        QVERIFY(!page.contains("http://") && !page.contains("https://"));
        const QJsonObject trace = QJsonDocument::fromJson(WebPage::embeddedTrace(page)).object();
        QCOMPARE(trace.value(QStringLiteral("format")).toString(), QStringLiteral("pipescope-win32-run"));
        QCOMPARE(trace.value(QStringLiteral("steps")).toArray().size(), rec.steps.size());
        const QJsonObject texts = QJsonDocument::fromJson(WebPage::embeddedTexts(page)).object();
        QCOMPARE(texts.value(QStringLiteral("start")).toInt(), shown + 1);
        const QJsonObject languages = texts.value(QStringLiteral("languages")).toObject();
        const QJsonArray en = languages.value(QStringLiteral("en")).toObject().value(QStringLiteral("calls")).toArray();
        const QJsonArray zh
            = languages.value(QStringLiteral("zh_CN")).toObject().value(QStringLiteral("calls")).toArray();
        QCOMPARE(en.size(), rec.steps.size());
        QCOMPARE(en.at(shown).toString(), WineText::call(rec.steps[shown]));
        QVERIFY(zh.at(shown).toString() != en.at(shown).toString());
        const QJsonObject layouts = QJsonDocument::fromJson(WebPage::embeddedStates(page))
                                        .object()
                                        .value(QStringLiteral("layouts"))
                                        .toObject();
        const QJsonArray pictures = layouts.value(QStringLiteral("en")).toArray();
        QCOMPARE(pictures.size(), rec.steps.size() + 1);
        // The picture after the call shown is the dialog's own: the same sockets with the same HANDLE values.
        QStringList drawn;
        for (const QJsonValue& n : pictures.at(shown + 1).toObject().value(QStringLiteral("nodes")).toArray())
            if (n.toObject().value(QStringLiteral("kind")).toString() == u"socket")
                drawn << n.toObject().value(QStringLiteral("title")).toString();
        QStringList inScene;
        for (const DiagramNode& n : dialog->scene()->currentLayout().nodes)
            if (n.kind == Kind::Socket)
                inScene << n.title;
        QCOMPARE(drawn, inScene);
        // A page that cannot be written: one line, in the run's window.
        QVERIFY(!window.fileActions()->exportWineRun(QStringLiteral("/nonexistent/run.html"), rec, 0, dialog));
        QVERIFY(dialog->statusLabel()->text().startsWith(QLatin1String("Cannot save 'run.html'")));
    }

    void missingProgramComesBackAsItsWin32Error()
    {
        // The dialog always runs pipescope-child.exe; a missing program is what pipescope-trace.exe reports, read
        // by the same reader.
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("missing.json"));
        QProcess trace;
        trace.start(WineRun::traceProgram(),
            { QStringLiteral("--backend=wine"), QStringLiteral("--step"), QStringLiteral("--json=") + json,
                QStringLiteral("--stdout=pipe"), QStringLiteral("--"), QStringLiteral("no-such-program") });
        QVERIFY(trace.waitForFinished(runTimeoutMs));
        QCOMPARE(trace.exitCode(), 127);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString problem;
        const auto rec = readWinRun(file.readAll(), &problem);
        QVERIFY2(rec.has_value(), qPrintable(problem));
        QCOMPARE(rec->errorCall, QStringLiteral("CreateProcessW"));
        QCOMPARE(rec->errorSubject, QStringLiteral("no-such-program"));
        QCOMPARE(rec->winError, quint32(2));
        QCOMPARE(rec->winErrorName, QStringLiteral("ERROR_FILE_NOT_FOUND"));
        QVERIFY(!rec->winErrorMessage.isEmpty());
        // The parent's side was done before CreateProcessW failed: stdout's pipe made, its end made inheritable.
        QVERIFY(
            std::ranges::any_of(rec->steps, [](const WinRunStep& s) { return s.stepId == u"win.createpipe.stdout"; }));
        QVERIFY(std::ranges::none_of(rec->steps, [](const WinRunStep& s) { return s.call == u"CreateProcessW"; }));
        // Drawn: no child, the error under the last call.
        const DiagramLayout last = DiagramLayout::buildWindows(*rec, static_cast<int>(rec->steps.size()) - 1);
        QVERIFY(!last.hasChild);
        QVERIFY(captionOf(last)->subtitle.contains(QLatin1String("ERROR_FILE_NOT_FOUND")));
        const auto pipe = std::ranges::find(rec->steps, QStringLiteral("win.createpipe.stdout"), &WinRunStep::stepId);
        const DiagramNode* c2pread = socketOf(last, Side::Parent, pipe->handles.front());
        QVERIFY(c2pread);
        QCOMPARE(last.node(c2pread->target)->title, QStringLiteral("stdout pipe"));
    }

    void malformedRunIsRefusedWithItsPointer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("not json") << QByteArrayLiteral("{") << QString();
        QTest::newRow("other format") << QByteArrayLiteral(R"({"format":"x","version":1})")
                                      << QStringLiteral("/format");
        QTest::newRow("steps not a list")
            << QByteArrayLiteral(R"({"format":"pipescope-win32-run","version":1,"platform":"Wine 8.0",)"
                                 R"("spec":{"argv":["a"],"stdin":"none","stdout":"none","stderr":"none"},"steps":3})")
            << QStringLiteral("/steps");
        QTest::newRow("handle not text") << QByteArrayLiteral(
            R"({"format":"pipescope-win32-run","version":1,"platform":"Wine 8.0",)"
            R"("spec":{"argv":["a"],"stdin":"none","stdout":"none","stderr":"none"},)"
            R"("steps":[{"step":"win.createprocess","call":"CreateProcessW","handles":[4]}]})")
                                         << QStringLiteral("/steps/0/handles/0");
        QTest::newRow("table entry without inherit")
            << QByteArrayLiteral(R"({"format":"pipescope-win32-run","version":1,"platform":"Wine 8.0",)"
                                 R"("spec":{"argv":["a"],"stdin":"none","stdout":"none","stderr":"none"},)"
                                 R"("steps":[{"step":"s","call":"c","handles":[],)"
                                 R"("parent_table":[{"handle":"0x4","type":"File"}]}]})")
            << QStringLiteral("/steps/0/parent_table/0/inherit");
    }

    void malformedRunIsRefusedWithItsPointer()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        QString problem = QStringLiteral("unset");
        QVERIFY(!readWinRun(json, &problem).has_value());
        QCOMPARE(problem, pointer);
    }

    void withoutWineOneLineSaysHowToGetIt()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        Bridge bridge;
        WineRunDialog dialog(&bridge);
        dialog.setConfiguration(echoSpec(), {});
        dialog.run();
        qputenv("PATH", path);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!dialog.record().has_value());
        QVERIFY(dialog.statusLabel()->text().startsWith(QLatin1String("Wine is not installed")));
        QVERIFY(bridge.programRunners().isEmpty());
    }

    void namedPipesRunBesideTheFifos()
    {
        Bridge bridge;
        WindowsPipeRunBox box(&bridge);
        QSignalSpy done(&box, &WindowsPipeRunBox::runFinished);
        box.run();
        QVERIFY(box.isRunning());
        QVERIFY(done.wait(runTimeoutMs));
        QVERIFY2(box.record().has_value(), qPrintable(box.statusLabel()->text()));
        const WinNamedPipesRecord& r = *box.record();
        QVERIFY(r.wine);
        QCOMPARE(r.instancesCreated, 3);
        QCOMPARE(r.beyondLimit.name, QStringLiteral("ERROR_PIPE_BUSY"));
        QCOMPARE(r.busyOpen.name, QStringLiteral("ERROR_PIPE_BUSY"));
        QCOMPARE(r.busyWait.name, QStringLiteral("ERROR_SEM_TIMEOUT"));
        QCOMPARE(r.clientOutputs.size(), 3);
        QList<qint64> served = r.clientPids;
        QList<qint64> spawned = r.spawnedPids;
        std::ranges::sort(served);
        std::ranges::sort(spawned);
        QCOMPARE(served, spawned);
        const QList<std::pair<qint64, QString>> message { { 64, QStringLiteral("ERROR_MORE_DATA") },
            { 64, QStringLiteral("ERROR_MORE_DATA") }, { 64, QStringLiteral("ERROR_MORE_DATA") }, { 8, QString() },
            { 50, QString() } };
        QCOMPARE(r.messageReads, message);
        QCOMPARE(r.sddlReadBack, r.sddlRequested);
        const QString text = box.results()->toPlainText();
        QVERIFY(text.contains(
            QLatin1String("Wine does not enforce this ACL; Windows would refuse with ERROR_ACCESS_DENIED.")));
        QVERIFY(text.contains(QLatin1String("Wine has no remote pipes")));
        for (const QString& output : r.clientOutputs)
            QVERIFY2(text.contains(output), qPrintable(output));
        QTRY_VERIFY_WITH_TIMEOUT(bridge.programRunners().isEmpty(), 10'000);
        // Said again in Chinese from the same record.
        QVERIFY(Language::instance()->install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QVERIFY(!box.results()->toPlainText().contains(QLatin1String("Wine does not enforce")));
        QVERIFY(box.results()->toPlainText().contains(r.clientOutputs.front()));
    }

    void cancelStopsTheRun()
    {
        Bridge bridge;
        WineRunDialog dialog(&bridge);
        SpawnSpec spec;
        spec.argv = { qEnvironmentVariable("PIPESCOPE_CHILD").toStdString(), "sleep", "60000" };
        dialog.setConfiguration(spec, {});
        QSignalSpy done(&dialog, &WineRunDialog::runFinished);
        dialog.run();
        QVERIFY(dialog.isRunning());
        QTest::qWait(500);
        dialog.findChild<QPushButton*>(QStringLiteral("wineCancelButton"))->click();
        QVERIFY(done.wait(10'000));
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.statusLabel()->text().startsWith(QLatin1String("Cancelled")));
        QTRY_VERIFY_WITH_TIMEOUT(bridge.programRunners().isEmpty(), 10'000);
        // Nothing of the run is left: not pipescope-trace, not Wine's process for the sleeping Windows child.
        QTRY_VERIFY_WITH_TIMEOUT(processesWith("60000").isEmpty(), 10'000);
    }
};

QTEST_MAIN(TstWineRun)
#include "tst_winerun.moc"
