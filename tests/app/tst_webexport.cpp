// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export for the Browser: one self-contained page (no URL, no outside file, at most 1 MiB) whose embedded trace
// reads back as the documented trace JSON with every step of the plan, and whose texts are the application's own
// explanations in English and in Chinese. A replayed trace is written as it is; the window goes on where it was.
#include "apptestsupport.h"
#include "bridge/bridge.h"
#include "bridge/liveflow.h"
#include "bridge/programrunner.h"
#include "bridge/replay.h"
#include "bridge/sessioncontroller.h"
#include "live/livepanel.h"
#include "shell/fileactions.h"
#include "shell/language.h"
#include "shell/lessonexport.h"
#include "shell/lessonrunner.h"
#include "shell/mainwindow.h"
#include "shell/webpage.h"
#include "text/describe.h"
#include "text/recordingtext.h"
#include "watch/watchpage.h"

#include "files/lessonfile.h"
#include "files/recordingfile.h"
#include "files/trace.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <csignal>

using namespace pipescope;

namespace {

constexpr int exportTimeoutMs = 60'000;

bool settle(MainWindow& window)
{
    return QTest::qWaitFor(
        [&window] { return !window.controller()->isBusy() && !window.fileActions()->isSettling(); }, 15'000);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What is wrong with an exported page, empty when nothing: it is one HTML file of at most 1 MiB with every marker
// filled, and nothing from outside (no URL, no element that loads a file, no CSS import or url()).
QByteArray pageProblem(const QByteArray& page)
{
    if (!page.startsWith("<!DOCTYPE html>"))
        return "not an HTML page";
    if (page.size() > 1024 * 1024)
        return "larger than 1 MiB: " + QByteArray::number(page.size());
    for (const char* outside : { "http:", "https:", "//cdn", "src=", "<link", "@import", "url(", "<iframe" })
        if (page.contains(outside))
            return QByteArray("refers outside: ") + outside;
    if (page.contains("@PIPESCOPE_"))
        return "a marker left unfilled";
    return {};
}

// Exports and waits for the answer; true when the file was written.
bool exportWeb(MainWindow& window, const QString& path, std::optional<size_t> start = {})
{
    QSignalSpy spy(window.fileActions(), &FileActions::webExported);
    window.fileActions()->exportWeb(path, start);
    if (spy.isEmpty() && !spy.wait(exportTimeoutMs))
        return false;
    return spy.constFirst().constFirst().toBool() && settle(window);
}

// Once the helper programs the window started by itself are over (the python3 the subprocess.py tab asks where its
// file is, the interpreters the Watch page asks what they are), this process's children but any python3 left: the
// stepped children of the window, which an export must put back as they were.
qsizetype sessionChildCount(const MainWindow& window)
{
    // Still running after that: counted, and the comparison shows it.
    [[maybe_unused]] const bool over = QTest::qWaitFor(
        [&window] {
            const QList<ProgramRunner*> runners = window.bridge()->programRunners();
            return std::none_of(runners.cbegin(), runners.cend(), [](ProgramRunner* r) { return r->isRunning(); });
        },
        exportTimeoutMs);
    qsizetype n = 0;
    for (int pid : apptest::childPids()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("python"))
            continue;
        ++n;
    }
    return n;
}

} // namespace

class TestWebExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void pageIsSelfContainedWithEveryStep_data();
    void pageIsSelfContainedWithEveryStep();
    void pageOpensWhereAsked();
    void replayIsWrittenAsItIs();
    void unwritablePlaceFails();
    void liveDeadlockGoesWithThePage();
    void recordingIsWrittenWithEveryMoment();
    void recordingInProgressIsRefused();
    void lessonPageFromTheLessonMenu();
    void lessonPageNeedsALesson();
    void lessonExportLeavesTheClassAlone();
    void lessonWhoseProgramIsMissing();

private:
    QTemporaryDir m_dir;
};

void TestWebExport::init()
{
    QVERIFY(m_dir.isValid());
    Language::instance()->install(QStringLiteral("en"));
}

void TestWebExport::pageIsSelfContainedWithEveryStep_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<size_t>("stepFirst");
    QTest::addRow("seed demo, from step 0") << QStringLiteral("seed-demo") << size_t { 0 };
    QTest::addRow("seed demo, from step 5") << QStringLiteral("seed-demo") << size_t { 5 };
    QTest::addRow("stderr=STDOUT") << QStringLiteral("stderr-to-stdout") << size_t { 3 };
    QTest::addRow("devnull") << QStringLiteral("devnull") << size_t { 0 };
}

void TestWebExport::pageIsSelfContainedWithEveryStep()
{
    QFETCH(QString, preset);
    QFETCH(size_t, stepFirst);
    MainWindow window;
    window.setAnimated(false);
    QVERIFY(window.applyScenario(preset));
    QVERIFY(settle(window));
    SessionController* c = window.controller();
    if (stepFirst > 0) {
        QVERIFY(c->stepTo(stepFirst));
        QVERIFY(settle(window));
    }
    const qsizetype childrenBefore = sessionChildCount(window);
    const QString path = m_dir.filePath(preset + QStringLiteral(".html"));
    QVERIFY(exportWeb(window, path));
    // The window shows what it showed before.
    QCOMPARE(c->stepPosition(), stepFirst);
    QVERIFY(window.statusText().contains(QStringLiteral(".html")));

    const QByteArray page = readAll(path);
    QVERIFY2(pageProblem(page).isEmpty(), pageProblem(page).constData());
    // The trace, its texts, the recording states (null here) and the code: nothing else.
    QCOMPARE(page.count("<script"), 4);
    QVERIFY(page.contains("id=\"pipescope-states\">null</script>"));
    QVERIFY(page.contains("default-src 'none'"));

    // The trace is the documented trace JSON: every step of the plan, 0 to the end, with both tables.
    const QByteArray json = WebPage::embeddedTrace(page);
    const Result<Trace> trace = traceFromJson(std::string_view(json.constData(), json.size()));
    QVERIFY2(trace.ok(), json.left(200).constData());
    const size_t total = c->stepCount();
    QCOMPARE(trace->plan.steps.size(), total);
    QCOMPARE(trace->steps.size(), total + 1);
    for (size_t i = 0; i < trace->steps.size(); ++i) {
        const StepSnapshot& s = trace->steps[i];
        QCOMPARE(s.position, i);
        if (i > 0)
            QCOMPARE(s.stepId, trace->plan.steps[i - 1].id);
        QVERIFY(!s.parentFds.empty());
    }
    // The child's table from the fork on (a child that already ran and exited at the end has none left).
    QVERIFY(std::any_of(trace->steps.begin(), trace->steps.end(), [](const StepSnapshot& s) { return s.childFds; }));
    // Written as trace JSON writes it (compact, '<' spelled \u003c): it reads back to the same text.
    QCOMPARE(QByteArray::fromStdString(toJsonText(*trace, -1)).replace('<', QByteArrayLiteral("\\u003c")), json);
    QCOMPARE(trace->spec.argv, c->spec().argv);

    // The texts: the window's own, in both languages, for every step; the page opens where the window was.
    const QJsonObject texts = QJsonDocument::fromJson(WebPage::embeddedTexts(page)).object();
    QCOMPARE(texts.value(QStringLiteral("start")).toInteger(), static_cast<qint64>(stepFirst));
    QCOMPARE(texts.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    const QJsonObject en = texts[QStringLiteral("languages")][QStringLiteral("en")][QStringLiteral("steps")].toObject();
    const QJsonObject zh
        = texts[QStringLiteral("languages")][QStringLiteral("zh_CN")][QStringLiteral("steps")].toObject();
    const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    for (const Step& step : trace->plan.steps) {
        const QString id = QString::fromStdString(step.id);
        const QJsonObject e = en[id].toObject();
        const QJsonObject z = zh[id].toObject();
        QCOMPARE(e[QStringLiteral("call")].toString(), Describe::stepCall(step, trace->plan));
        QCOMPARE(e[QStringLiteral("explanation")].toString(), Describe::stepExplanation(step, trace->plan));
        QVERIFY2(z[QStringLiteral("explanation")].toString().contains(chinese), qPrintable(id));
        QVERIFY(z[QStringLiteral("explanation")].toString() != e[QStringLiteral("explanation")].toString());
    }
    // Exporting switched languages only to read the texts: the application speaks English still.
    QCOMPARE(Language::instance()->current(), QStringLiteral("en"));
    QCOMPARE(Describe::stepExplanation(trace->plan.steps.front(), trace->plan),
        en[QString::fromStdString(trace->plan.steps.front().id)][QStringLiteral("explanation")].toString());
    QTRY_COMPARE(sessionChildCount(window), childrenBefore);
}

void TestWebExport::pageOpensWhereAsked()
{
    MainWindow window;
    window.setAnimated(false);
    QVERIFY(window.applyScenario(QStringLiteral("seed-demo")));
    QVERIFY(settle(window));
    const QString path = m_dir.filePath(QStringLiteral("at7.html"));
    QVERIFY(exportWeb(window, path, size_t { 7 }));
    const QJsonObject texts = QJsonDocument::fromJson(WebPage::embeddedTexts(readAll(path))).object();
    QCOMPARE(texts.value(QStringLiteral("start")).toInteger(), 7);
    QCOMPARE(window.controller()->stepPosition(), size_t { 0 });
    // A second export has every step recorded already, from 0 to the end, and needs no new run.
    QVERIFY(window.controller()->stepTo(window.controller()->stepCount()));
    QVERIFY(settle(window));
    const QString again = m_dir.filePath(QStringLiteral("again.html"));
    QVERIFY(exportWeb(window, again));
    const QByteArray json = WebPage::embeddedTrace(readAll(again));
    const Result<Trace> trace = traceFromJson(std::string_view(json.constData(), json.size()));
    QVERIFY(trace.ok());
    QCOMPARE(trace->steps.size(), window.controller()->stepCount() + 1);
}

void TestWebExport::replayIsWrittenAsItIs()
{
    MainWindow live;
    live.setAnimated(false);
    QVERIFY(live.applyScenario(QStringLiteral("stdin-not-pipe")));
    QVERIFY(settle(live));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(live.controller()->step());
        QVERIFY(settle(live));
    }
    const QString tracePath = m_dir.filePath(QStringLiteral("replayed.json"));
    QVERIFY(live.fileActions()->exportTrace(tracePath));

    MainWindow window;
    window.setAnimated(false);
    QVERIFY(settle(window));
    QVERIFY(window.fileActions()->replayTrace(tracePath));
    QVERIFY(window.fileActions()->replay()->forward());
    const QString path = m_dir.filePath(QStringLiteral("replayed.html"));
    QVERIFY(exportWeb(window, path));
    const QByteArray page = readAll(path);
    const QByteArray json = WebPage::embeddedTrace(page);
    const Result<Trace> trace = traceFromJson(std::string_view(json.constData(), json.size()));
    QVERIFY(trace.ok());
    QCOMPARE(toJsonText(*trace), toJsonText(window.fileActions()->replay()->trace()));
    const QJsonObject texts = QJsonDocument::fromJson(WebPage::embeddedTexts(page)).object();
    QCOMPARE(texts.value(QStringLiteral("start")).toInteger(),
        static_cast<qint64>(window.fileActions()->replay()->position()));
    // Nothing ran for it.
    QCOMPARE(window.controller()->stepPosition(), size_t { 0 });
}

void TestWebExport::unwritablePlaceFails()
{
    MainWindow window;
    window.setAnimated(false);
    QVERIFY(window.applyScenario(QStringLiteral("seed-demo")));
    QVERIFY(settle(window));
    QSignalSpy spy(window.fileActions(), &FileActions::webExported);
    window.fileActions()->exportWeb(QStringLiteral("/nonexistent-folder/page.html"));
    QVERIFY(spy.wait(exportTimeoutMs) || !spy.isEmpty());
    QCOMPARE(spy.constFirst().constFirst().toBool(), false);
    QVERIFY(!window.statusText().isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-folder/page.html")));
}

void TestWebExport::liveDeadlockGoesWithThePage()
{
    MainWindow window;
    window.setAnimated(false);
    QVERIFY(window.applyLiveScenario(QStringLiteral("deadlock")));
    QVERIFY(settle(window));
    LivePanel* live = window.livePanel();
    QVERIFY(!live->lastRun()); // no run yet: nothing to add to a page
    // The naive parent deadlocks for real; the class watches it, then the teacher cancels.
    QVERIFY(live->start());
    QTRY_VERIFY_WITH_TIMEOUT(live->flow()->lastSample().verdict == Verdict::Deadlock, 20'000);
    QSignalSpy finished(live->flow(), &LiveFlow::finished);
    live->cancel();
    QVERIFY(finished.wait(20'000));

    const QString path = m_dir.filePath(QStringLiteral("deadlock.html"));
    QVERIFY(exportWeb(window, path));
    const QByteArray page = readAll(path);
    const auto trace = traceFromJson(WebPage::embeddedTrace(page).toStdString());
    QVERIFY(trace.ok());
    QVERIFY(trace->live);
    const LiveRun& run = *trace->live;
    QCOMPARE(run.policy, ParentPolicy::Naive);
    QVERIFY(run.deadlockSince);
    QVERIFY(run.cancelled);
    QVERIFY(run.exit && run.exit->signaled && run.exit->code == SIGKILL);
    QVERIFY(run.points.size() >= 2 && run.points.size() <= liveRunPointsMax);
    // The counters only grow, and end where the run's last sample did.
    for (size_t i = 1; i < run.points.size(); ++i)
        for (size_t s = 0; s < 3; ++s)
            QVERIFY(run.points[i].bytes[s] >= run.points[i - 1].bytes[s]);
    QCOMPARE(run.points.back().bytes[0], live->flow()->lastSample().stream(Stream::Stdin).bytes);
    QVERIFY(run.points.back().bytes[0] > 0);
    // The words, as the Live tab said them, in both languages: the deadlock line, then the cancel.
    const QJsonObject texts = QJsonDocument::fromJson(WebPage::embeddedTexts(page)).object();
    const QJsonObject en = texts[QStringLiteral("languages")][QStringLiteral("en")][QStringLiteral("live")].toObject();
    const QJsonObject zh
        = texts[QStringLiteral("languages")][QStringLiteral("zh_CN")][QStringLiteral("live")].toObject();
    QVERIFY2(en[QStringLiteral("verdict")].toString().startsWith(QStringLiteral("Deadlock")),
        qPrintable(en[QStringLiteral("verdict")].toString()));
    QVERIFY(en[QStringLiteral("end")].toString().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(zh[QStringLiteral("verdict")].toString().startsWith(QStringLiteral("死锁")));

    // Another program in the streams panel: the live run was of something else, and stays out of the page.
    QVERIFY(window.applyScenario(QStringLiteral("devnull")));
    QVERIFY(settle(window));
    const QString other = m_dir.filePath(QStringLiteral("devnull.html"));
    QVERIFY(exportWeb(window, other));
    const auto otherTrace = traceFromJson(WebPage::embeddedTrace(readAll(other)).toStdString());
    QVERIFY(otherTrace.ok());
    QVERIFY(!otherTrace->live);
    QVERIFY(!QJsonDocument::fromJson(WebPage::embeddedTexts(readAll(other)))
                 .object()[QStringLiteral("languages")][QStringLiteral("en")]
                 .toObject()
                 .contains(QStringLiteral("live")));
}

void TestWebExport::recordingIsWrittenWithEveryMoment()
{
    MainWindow window;
    window.setAnimated(false);
    window.showWatchPage();
    WatchPage* page = window.watchPage();
    QSignalSpy done(page, &WatchPage::recordingDone);
    // A real pipeline of three processes: sh, and the two programs it joins with a pipe.
    QVERIFY(page->record({ QStringLiteral("/bin/sh"), QStringLiteral("-c"),
        QStringLiteral("/bin/echo three words here | /usr/bin/wc -w") }));
    QVERIFY(done.wait(exportTimeoutMs));
    const std::shared_ptr<const Recording> rec = page->recording();
    QVERIFY(rec);
    QVERIFY(rec->processes.size() >= 3);
    page->setCurrentStep(3);
    const std::optional<size_t> shown = page->currentEvent();
    QVERIFY(shown);

    const QString path = m_dir.filePath(QStringLiteral("recording.html"));
    QVERIFY(exportWeb(window, path));
    const QByteArray html = readAll(path);
    for (const char* outside : { "http:", "https:", "src=", "<link", "@import", "url(" })
        QVERIFY2(!html.contains(outside), outside);
    // The recording as its JSON file has it, and a state for every moment: before the first call and after each.
    const QByteArray json = WebPage::embeddedTrace(html);
    const Result<Recording> back = recordingFromJson(std::string_view(json.constData(), json.size()));
    QVERIFY(back.ok());
    QCOMPARE(toJsonText(*back), toJsonText(*rec));
    const QJsonObject states = QJsonDocument::fromJson(WebPage::embeddedStates(html)).object();
    QCOMPARE(states.value(QStringLiteral("at")).toArray().size(), static_cast<qsizetype>(rec->events.size() + 1));
    // The moment after the last call: every process the pipeline started shown, the pipe between echo and wc gone.
    const QJsonArray list = states.value(QStringLiteral("states")).toArray();
    QVERIFY(list.size() >= 4);
    qsizetype mostProcesses = 0;
    for (const QJsonValue& st : list)
        mostProcesses = std::max(mostProcesses, st.toObject().value(QStringLiteral("processes")).toArray().size());
    QVERIFY2(mostProcesses >= 3, qPrintable(QString::number(mostProcesses)));

    // It opens where the window is; each call's text in both languages, the window's own.
    const QJsonObject texts = QJsonDocument::fromJson(WebPage::embeddedTexts(html)).object();
    QCOMPARE(texts.value(QStringLiteral("start")).toInteger(), static_cast<qint64>(*shown + 1));
    const QJsonObject languages = texts.value(QStringLiteral("languages")).toObject();
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        const QJsonArray events = languages.value(lang).toObject().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), static_cast<qsizetype>(rec->events.size()));
    }
    const QJsonArray en = languages.value(QStringLiteral("en")).toObject().value(QStringLiteral("events")).toArray();
    const QJsonArray zh = languages.value(QStringLiteral("zh_CN")).toObject().value(QStringLiteral("events")).toArray();
    for (size_t i = 0; i < rec->events.size(); ++i)
        QCOMPARE(
            en.at(static_cast<qsizetype>(i)).toArray().at(0).toString(), RecordingText::call(*rec, rec->events[i]));
    // A pipe's creation is explained differently in Chinese.
    const auto pipeCall = std::ranges::find_if(
        rec->events, [](const RecordedEvent& e) { return e.call == Call::Pipe || e.call == Call::Pipe2; });
    QVERIFY(pipeCall != rec->events.end());
    const qsizetype at = pipeCall - rec->events.begin();
    const QString zhExplanation = zh.at(at).toArray().at(1).toString();
    QVERIFY(zhExplanation.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    QVERIFY(zhExplanation != en.at(at).toArray().at(1).toString());
    QVERIFY(page->statusText().contains(QStringLiteral("recording.html")));

    // --step past the end is clamped to the last call.
    const QString last = m_dir.filePath(QStringLiteral("last.html"));
    QVERIFY(exportWeb(window, last, rec->events.size() + 10));
    QCOMPARE(QJsonDocument::fromJson(WebPage::embeddedTexts(readAll(last)))
                 .object()
                 .value(QStringLiteral("start"))
                 .toInteger(),
        static_cast<qint64>(rec->events.size()));
}

void TestWebExport::recordingInProgressIsRefused()
{
    MainWindow window;
    window.setAnimated(false);
    window.showWatchPage();
    WatchPage* page = window.watchPage();
    const QString path = m_dir.filePath(QStringLiteral("nothing.html"));
    // Nothing recorded yet.
    QVERIFY(!exportWeb(window, path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(page->statusText().contains(QStringLiteral("record a program first")));
    QSignalSpy done(page, &WatchPage::recordingDone);
    QVERIFY(page->record({ QStringLiteral("/bin/sleep"), QStringLiteral("30") }));
    QVERIFY(!exportWeb(window, path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(page->statusText().contains(QStringLiteral("in progress")));
    page->stop();
    QVERIFY(done.wait(exportTimeoutMs) || !done.isEmpty());
}

QTEST_MAIN(TestWebExport)
// Lesson → Export Lesson for the Browser: the open lesson played through for real, every question answered by the
// real runs, the page holding each part's whole session; the class's lesson then starts again.
void TestWebExport::lessonPageFromTheLessonMenu()
{
    MainWindow window;
    window.setAnimated(false);
    QVERIFY(window.openLesson(QStringLiteral("closing-ends")));
    LessonRunner* runner = window.lessonRunner();
    QTRY_COMPARE_WITH_TIMEOUT(runner->phase(), LessonRunner::Phase::Asking, exportTimeoutMs);
    QVERIFY(settle(window));
    const qsizetype childrenBefore = sessionChildCount(window);
    const std::optional<Lesson> lesson = window.readLesson(QStringLiteral("closing-ends"));
    QVERIFY(lesson);

    const QString path = m_dir.filePath(QStringLiteral("closing-ends.html"));
    QSignalSpy finished(window.lessonExport(), &LessonExport::finished);
    QSignalSpy progress(window.lessonExport(), &LessonExport::progress);
    QAction* menuAction = window.findChild<QAction*>(QStringLiteral("exportLessonAction"));
    QVERIFY(menuAction && menuAction->isEnabled());
    QVERIFY(window.exportLesson(path));
    QVERIFY(!menuAction->isEnabled());
    QVERIFY(!window.lessonExport()->start(*lesson, path, QStringLiteral("en"))); // one at a time
    QVERIFY(!window.openLesson(QStringLiteral("deadlocks"))); // nor a lesson of the class meanwhile
    QVERIFY(finished.wait(exportTimeoutMs * 2));
    QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(finished.constFirst().constLast().toString()));
    QCOMPARE(progress.size(), static_cast<qsizetype>(lesson->parts.size()));
    QVERIFY2(window.statusText().contains(QStringLiteral("closing-ends.html")), qPrintable(window.statusText()));

    const QByteArray page = readAll(path);
    QVERIFY2(pageProblem(page).isEmpty(), pageProblem(page).constData());
    const auto doc = nlohmann::json::parse(WebPage::embeddedTrace(page).toStdString());
    QCOMPARE(doc.at("format").get<std::string>(), "pipescope-lesson-run");
    // The lesson as its file has it, the answers beside it.
    const Result<Lesson> embedded = lessonFromJson(doc.at("lesson").dump());
    QVERIFY(embedded.ok());
    QVERIFY(*embedded == *lesson);
    QCOMPARE(doc.at("parts").size(), lesson->parts.size());
    const QJsonObject texts = QJsonDocument::fromJson(WebPage::embeddedTexts(page)).object();
    const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    for (size_t p = 0; p < lesson->parts.size(); ++p) {
        const auto& part = doc.at("parts").at(p);
        // The part's whole session, step by step, with both tables.
        const Result<Trace> trace = traceFromJson(part.at("trace").dump());
        QVERIFY2(trace.ok(), qPrintable(QString::fromStdString(trace ? std::string() : trace.error().subject)));
        QCOMPARE(trace->steps.size(), trace->plan.steps.size() + 1);
        QCOMPARE(trace->spec.redirects, lesson->parts[p].scenario->redirects);
        for (size_t i = 0; i < trace->steps.size(); ++i)
            QCOMPARE(trace->steps[i].position, i);
        for (const auto& answer : part.at("answers")) {
            QVERIFY2(!answer.at("real").get<std::string>().empty(), answer.at("failure").get<std::string>().c_str());
            QVERIFY(answer.at("failure").get<std::string>().empty());
        }
        // Its steps' words in both languages.
        const QJsonObject zh = texts[QStringLiteral("languages")][QStringLiteral("zh_CN")][QStringLiteral("parts")]
                                   .toArray()
                                   .at(static_cast<qsizetype>(p))
                                   .toObject();
        const QString fork
            = zh[QStringLiteral("steps")][QStringLiteral("posix.fork")][QStringLiteral("explanation")].toString();
        QVERIFY2(fork.contains(chinese), qPrintable(fork));
    }
    // What the lesson teaches, read off the real runs: after fork both hold the stdin pipe's write end; a child that
    // stops reading makes the parent's write meet EPIPE; one that reads it all lets every byte in.
    QCOMPARE(doc.at("parts").at(0).at("answers").at(0).at("real").get<std::string>(), "both");
    QCOMPARE(doc.at("parts").at(1).at("answers").at(0).at("real").get<std::string>(), "broken-pipe");
    QCOMPARE(doc.at("parts").at(2).at("answers").at(0).at("real").get<std::string>(), "all-written");

    // The class's lesson begins again, in the view it had, and nothing the play started is left.
    QVERIFY(menuAction->isEnabled());
    QVERIFY(runner->isActive());
    QCOMPARE(runner->lesson().id, "closing-ends");
    QCOMPARE(runner->partIndex(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(runner->phase(), LessonRunner::Phase::Asking, exportTimeoutMs);
    QVERIFY(settle(window));
    if (!QTest::qWaitFor([&] { return sessionChildCount(window) == childrenBefore; }, exportTimeoutMs)) {
        QString left;
        for (int pid : apptest::childPids())
            left += QString::fromLatin1(readAll(QStringLiteral("/proc/%1/stat").arg(pid))) + QLatin1Char(' ')
                + QString::fromLatin1(readAll(QStringLiteral("/proc/%1/cmdline").arg(pid)).replace('\0', ' '))
                + QLatin1Char('\n');
        QFAIL(qPrintable(QStringLiteral("%1 children before the export, after it:\n%2").arg(childrenBefore).arg(left)));
    }
}

// A run in progress refuses the export before the class's lesson is touched; a window closed while its lesson is played
// for the page takes the play down with it, and every process it started.
void TestWebExport::lessonExportLeavesTheClassAlone()
{
    const qsizetype before = apptest::childPids().size();
    {
        MainWindow window;
        window.setAnimated(false);
        QVERIFY(window.openLesson(QStringLiteral("closing-ends")));
        LessonRunner* runner = window.lessonRunner();
        QTRY_COMPARE_WITH_TIMEOUT(runner->phase(), LessonRunner::Phase::Asking, exportTimeoutMs);
        QVERIFY(runner->answer(QStringLiteral("both")));
        QTRY_COMPARE_WITH_TIMEOUT(runner->phase(), LessonRunner::Phase::Judged, exportTimeoutMs);
        QVERIFY(window.run());
        QVERIFY(!window.exportLesson(m_dir.filePath(QStringLiteral("busy.html"))));
        QVERIFY2(
            window.statusText().startsWith(QStringLiteral("A run is in progress")), qPrintable(window.statusText()));
        QCOMPARE(runner->phase(), LessonRunner::Phase::Judged);
        QCOMPARE(runner->outcomes().size(), size_t { 1 });
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), exportTimeoutMs);
    }
    auto* window = new MainWindow;
    window->setAnimated(false);
    QVERIFY(window->openLesson(QStringLiteral("deadlocks")));
    QTRY_COMPARE_WITH_TIMEOUT(window->lessonRunner()->phase(), LessonRunner::Phase::Asking, exportTimeoutMs);
    QVERIFY(settle(*window));
    QVERIFY(window->exportLesson(m_dir.filePath(QStringLiteral("closed.html"))));
    QTest::qWait(300); // the first Live run has started
    delete window;
    QTRY_COMPARE_WITH_TIMEOUT(apptest::childPids().size(), before, exportTimeoutMs);
}

void TestWebExport::lessonPageNeedsALesson()
{
    MainWindow window;
    QVERIFY(!window.exportLesson(m_dir.filePath(QStringLiteral("none.html"))));
    QVERIFY(window.statusText().startsWith(QStringLiteral("No lesson is open")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.html"))));
    QVERIFY(!window.readLesson(QStringLiteral("no-such-lesson")));
    QVERIFY2(
        window.statusText().startsWith(QStringLiteral("No lesson 'no-such-lesson'")), qPrintable(window.statusText()));
}

// A part whose program does not exist: the page is written all the same, with the steps up to the failed exec, and
// its questions say why they have no real answer; nothing is left running.
void TestWebExport::lessonWhoseProgramIsMissing()
{
    MainWindow window;
    window.setAnimated(false);
    QVERIFY(settle(window));
    const qsizetype childrenBefore = sessionChildCount(window);
    const std::string text
        = R"({ "format": "pipescope-lesson", "version": 1, "id": "missing", "title": { "en": "Missing" },
        "parts": [ { "title": { "en": "No such program" },
          "scenario": { "streams": { "stdin": "pipe", "stdout": "pipe", "stderr": "none" },
                        "command": { "program": "/nonexistent/pipescope-program", "args": [] } },
          "questions": [
            { "at": "posix.fork", "ask": { "probe": "holders", "pipe": "stdout", "end": "write" },
              "prompt": { "en": "After fork?" }, "choices": [ { "value": "both", "label": { "en": "Both" } },
                                                              { "value": "parent", "label": { "en": "Parent" } } ] },
            { "at": "posix.exec", "ask": { "probe": "fd-number", "process": "parent", "pipe": "stdout", "end": "read" },
              "prompt": { "en": "At exec?" } },
            { "at": "posix.parent.close.stdout", "ask": { "probe": "holders", "pipe": "stdout", "end": "write" },
              "prompt": { "en": "After the close?" }, "choices": [ { "value": "child", "label": { "en": "Child" } },
                                                                 { "value": "nobody", "label": { "en": "Nobody" } } ] },
            { "at": "run", "ask": { "probe": "stdin-write" }, "prompt": { "en": "Run?" },
              "choices": [ { "value": "all-written", "label": { "en": "All" } },
                           { "value": "broken-pipe", "label": { "en": "EPIPE" } } ] } ] } ] })";
    const Result<Lesson> lesson = lessonFromJson(text);
    QVERIFY2(lesson.ok(), lesson ? "" : lesson.error().subject.c_str());
    const QString path = m_dir.filePath(QStringLiteral("missing.html"));
    LessonExport* exporter = window.lessonExport();
    QSignalSpy finished(exporter, &LessonExport::finished);
    QVERIFY(exporter->start(*lesson, path, QStringLiteral("en")));
    QVERIFY(finished.wait(exportTimeoutMs * 2));
    QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(finished.constFirst().constLast().toString()));
    const auto doc = nlohmann::json::parse(WebPage::embeddedTrace(readAll(path)).toStdString());
    const auto& part = doc.at("parts").at(0);
    const auto& answers = part.at("answers");
    // Before exec everything happened: after fork both hold the write end.
    QCOMPARE(answers.at(0).at("real").get<std::string>(), "both");
    // The exec failed, and after it nothing happened: no answer, and why.
    for (int i : { 1, 2, 3 }) {
        QCOMPARE(answers.at(i).at("real").get<std::string>(), "");
        QVERIFY(!answers.at(i).at("failure").get<std::string>().empty());
    }
    const Result<Trace> trace = traceFromJson(part.at("trace").dump());
    QVERIFY(trace.ok());
    QVERIFY(trace->steps.size() < trace->plan.steps.size() + 1);
    QVERIFY(trace->steps.back().error);
    QTRY_COMPARE_WITH_TIMEOUT(sessionChildCount(window), childrenBefore, exportTimeoutMs);
}

#include "tst_webexport.moc"
