// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/webpage.h"

#include "diagram/diagramitem.h"
#include "diagram/diagramlayout.h"
#include "files/recordingfile.h"
#include "shell/language.h"
#include "text/describe.h"
#include "text/recordingtext.h"
#include "text/winetext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainterPath>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

using namespace pipescope;

namespace {

const QByteArray styleMarker = QByteArrayLiteral("/*@PIPESCOPE_STYLE@*/");
const QByteArray scriptMarker = QByteArrayLiteral("/*@PIPESCOPE_SCRIPT@*/");
const QByteArray textsMarker = QByteArrayLiteral("@PIPESCOPE_TEXTS@");
const QByteArray traceMarker = QByteArrayLiteral("@PIPESCOPE_TRACE@");
const QByteArray statesMarker = QByteArrayLiteral("@PIPESCOPE_STATES@");

QByteArray resource(const QString& name)
{
    QFile f(QStringLiteral(":/web/") + name);
    // Compiled in: a missing file is a broken build, not a user's error.
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the web page's %s is not in the resources", qPrintable(name));
    return f.readAll();
}

// JSON inside a <script> element: '<' only occurs in strings there, where \u003c means the same, so no "</script>"
// or "<!--" in the data can end the element early.
QByteArray scriptSafe(QByteArray json)
{
    return json.replace('<', QByteArrayLiteral("\\u003c"));
}

void replaceOnce(QByteArray& page, const QByteArray& marker, const QByteArray& content)
{
    const qsizetype at = page.indexOf(marker);
    if (at < 0)
        qFatal("the web page has no %s", marker.constData());
    page.replace(at, marker.size(), content);
}

// Each recorded call and what it did, and each way a process ended, in every language, as the Watch page says them.
QJsonObject recordingTexts(const Recording& rec)
{
    const PopenNames names(rec);
    Language* language = Language::instance();
    const QString shown = language->current();
    QJsonObject languages;
    for (const Language::Choice& choice : Language::available()) {
        language->install(choice.code);
        QJsonArray events;
        for (const RecordedEvent& e : rec.events)
            events.append(
                QJsonArray { RecordingText::call(rec, e, &names), RecordingText::explanation(rec, e, &names) });
        // By "signaled:code", as the states' exits are.
        QJsonObject exits;
        for (const RecordedProcess& p : rec.processes)
            if (p.exit)
                exits.insert(QStringLiteral("%1:%2").arg(p.exit->signaled ? 1 : 0).arg(p.exit->code),
                    RecordingText::exit(*p.exit));
        languages.insert(
            choice.code, QJsonObject { { QStringLiteral("events"), events }, { QStringLiteral("exits"), exits } });
    }
    language->install(shown);
    return languages;
}

// A path as SVG's "d": the window's edges are lines and cubic curves.
QString svgPath(const QPainterPath& path)
{
    QStringList parts;
    const auto point = [](qreal x, qreal y) { return QStringLiteral("%1,%2").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1); };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            parts << QStringLiteral("M") + point(e.x, e.y);
        } else if (e.isLineTo()) {
            parts << QStringLiteral("L") + point(e.x, e.y);
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            parts << QStringLiteral("C") + point(e.x, e.y) + QLatin1Char(' ') + point(c2.x, c2.y) + QLatin1Char(' ')
                    + point(end.x, end.y);
            i += 2;
        }
    }
    return parts.join(QLatin1Char(' '));
}

// One picture of the diagram as the page draws it: every node's place, words and colours.
QJsonObject layoutJson(const DiagramLayout& layout)
{
    using Kind = DiagramNode::Kind;
    static const QHash<Kind, QString> kinds { { Kind::Caption, QStringLiteral("caption") },
        { Kind::Process, QStringLiteral("process") }, { Kind::Socket, QStringLiteral("socket") },
        { Kind::Pipe, QStringLiteral("pipe") }, { Kind::Terminal, QStringLiteral("terminal") },
        { Kind::DevNull, QStringLiteral("devnull") }, { Kind::File, QStringLiteral("file") },
        { Kind::Other, QStringLiteral("other") }, { Kind::Note, QStringLiteral("note") },
        { Kind::Edge, QStringLiteral("edge") } };
    QJsonArray nodes;
    QString explanation;
    for (const DiagramNode& n : layout.nodes) {
        if (!kinds.contains(n.kind))
            continue;
        QJsonObject o { { QStringLiteral("kind"), kinds.value(n.kind) }, { QStringLiteral("x"), n.rect.x() },
            { QStringLiteral("y"), n.rect.y() }, { QStringLiteral("w"), n.rect.width() },
            { QStringLiteral("h"), n.rect.height() }, { QStringLiteral("title"), n.title },
            { QStringLiteral("subtitle"), n.subtitle }, { QStringLiteral("detail"), n.detail },
            { QStringLiteral("color"), n.color.isValid() ? n.color.name() : QStringLiteral("#444444") },
            { QStringLiteral("side"),
                n.side == DiagramNode::Side::Parent      ? QStringLiteral("parent")
                    : n.side == DiagramNode::Side::Child ? QStringLiteral("child")
                                                         : QString() },
            { QStringLiteral("crossed"), n.crossed }, { QStringLiteral("dashed"), n.dashed },
            { QStringLiteral("inletLeft"), n.inletLeft } };
        if (n.kind == Kind::Edge)
            o.insert(QStringLiteral("path"), svgPath(n.path));
        if (n.kind == Kind::Pipe)
            o.insert(QStringLiteral("ends"), QJsonArray { DiagramItem::tr("write end"), DiagramItem::tr("read end") });
        if (n.kind == Kind::Caption)
            explanation = n.subtitle;
        nodes.append(o);
    }
    return QJsonObject { { QStringLiteral("w"), layout.bounds.width() },
        { QStringLiteral("h"), layout.bounds.height() }, { QStringLiteral("nodes"), nodes },
        { QStringLiteral("spoken"), layout.spokenState() }, { QStringLiteral("explanation"), explanation } };
}

QByteArray page(const QByteArray& texts, const QByteArray& trace, const QByteArray& states)
{
    QByteArray page = resource(QStringLiteral("page.html"));
    replaceOnce(page, styleMarker, resource(QStringLiteral("page.css")));
    replaceOnce(page, scriptMarker,
        resource(QStringLiteral("recording.js")) + resource(QStringLiteral("winerun.js"))
            + resource(QStringLiteral("lesson.js")) + resource(QStringLiteral("page.js")));
    replaceOnce(page, textsMarker, scriptSafe(texts));
    replaceOnce(page, statesMarker, scriptSafe(states));
    // Last: the trace holds text from outside (argv, paths) that must not be taken for a marker.
    replaceOnce(page, traceMarker, scriptSafe(trace));
    return page;
}

QByteArray between(const QByteArray& page, const QByteArray& open)
{
    const qsizetype start = page.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype from = start + open.size();
    const qsizetype end = page.indexOf(QByteArrayLiteral("</script>"), from);
    return end < 0 ? QByteArray() : page.mid(from, end - from);
}

} // namespace

QJsonObject WebPage::stepTexts(const HandlePlan& plan, const LiveTexts& liveTexts)
{
    Language* language = Language::instance();
    const QString shown = language->current();
    QJsonObject languages;
    for (const Language::Choice& choice : Language::available()) {
        language->install(choice.code);
        QJsonObject steps;
        for (const Step& step : plan.steps) {
            steps.insert(QString::fromStdString(step.id),
                QJsonObject { { QStringLiteral("call"), Describe::stepCall(step, plan) },
                    { QStringLiteral("explanation"), Describe::stepExplanation(step, plan) } });
        }
        QJsonObject texts { { QStringLiteral("steps"), steps } };
        if (liveTexts) {
            const auto [verdict, end] = liveTexts();
            texts.insert(QStringLiteral("live"),
                QJsonObject { { QStringLiteral("verdict"), verdict }, { QStringLiteral("end"), end } });
        }
        languages.insert(choice.code, texts);
    }
    language->install(shown);
    return languages;
}

QByteArray WebPage::build(const Trace& trace, size_t startPosition, const QString& language, const LiveTexts& liveTexts)
{
    const QJsonObject texts { { QStringLiteral("start"), static_cast<qint64>(startPosition) },
        { QStringLiteral("language"), language },
        { QStringLiteral("languages"), stepTexts(trace.plan, trace.live ? liveTexts : LiveTexts {}) } };
    return page(QJsonDocument(texts).toJson(QJsonDocument::Compact), QByteArray::fromStdString(toJsonText(trace, -1)),
        QByteArrayLiteral("null"));
}

QByteArray WebPage::buildRecording(const Recording& recording, size_t startStep, const QString& language)
{
    const QJsonObject texts { { QStringLiteral("start"),
                                  static_cast<qint64>(std::min(startStep, recording.events.size())) },
        { QStringLiteral("language"), language }, { QStringLiteral("languages"), recordingTexts(recording) } };
    return page(QJsonDocument(texts).toJson(QJsonDocument::Compact),
        QByteArray::fromStdString(toJsonText(recording, -1)),
        QByteArray::fromStdString(statesToJson(recording).dump()));
}

QByteArray WebPage::buildWineRun(const WinRunRecord& run, size_t startCall, const QString& language)
{
    // Every picture in every language, each following the one before (what a call closed is crossed out in it).
    Language* lang = Language::instance();
    const QString shown = lang->current();
    QJsonObject languages;
    QJsonObject layouts;
    QStringList redirects;
    for (const char* s : { "stdin", "stdout", "stderr" })
        redirects << QStringLiteral("%1=%2").arg(QLatin1String(s), run.redirects.value(QLatin1String(s)));
    const QString title = QStringLiteral("%1  %2  · %3")
                              .arg(run.argv.join(QLatin1Char(' ')), redirects.join(QLatin1Char(' ')), run.platform);
    for (const Language::Choice& choice : Language::available()) {
        lang->install(choice.code);
        QJsonArray calls;
        for (const WinRunStep& step : run.steps)
            calls.append(WineText::call(step));
        languages.insert(
            choice.code, QJsonObject { { QStringLiteral("calls"), calls }, { QStringLiteral("title"), title } });
        QJsonArray pictures;
        std::optional<DiagramLayout> previous;
        for (int row = -1; row < run.steps.size(); ++row) {
            DiagramLayout layout = DiagramLayout::buildWindows(run, row, previous ? &*previous : nullptr);
            pictures.append(layoutJson(layout));
            previous = std::move(layout);
        }
        layouts.insert(choice.code, pictures);
    }
    lang->install(shown);
    const QJsonObject texts { { QStringLiteral("start"),
                                  static_cast<qint64>(std::min<size_t>(startCall, run.steps.size())) },
        { QStringLiteral("language"), language }, { QStringLiteral("languages"), languages } };
    return page(QJsonDocument(texts).toJson(QJsonDocument::Compact),
        QJsonDocument::fromJson(run.json).toJson(QJsonDocument::Compact),
        QJsonDocument(QJsonObject { { QStringLiteral("layouts"), layouts } }).toJson(QJsonDocument::Compact));
}

QByteArray WebPage::buildLesson(const Lesson& lesson, const std::vector<LessonPart>& parts, const QString& language)
{
    // The lesson file as it is (the page shows its own texts, in either language), then what its play gave.
    nlohmann::json partsJson = nlohmann::json::array();
    std::map<QString, QJsonArray> partTexts; // by language
    for (const LessonPart& part : parts) {
        nlohmann::json answers = nlohmann::json::array();
        for (qsizetype i = 0; i < part.answers.size(); ++i)
            answers.push_back({ { "real", part.answers[i].toStdString() },
                { "failure", i < part.failures.size() ? part.failures[i].toStdString() : std::string() } });
        partsJson.push_back(
            { { "trace", part.trace ? toJson(*part.trace) : nlohmann::json() }, { "answers", answers } });
        for (const Language::Choice& choice : Language::available())
            partTexts[choice.code].append(part.texts.value(choice.code).toObject());
    }
    QJsonObject languages;
    for (const auto& [code, list] : partTexts)
        languages.insert(code, QJsonObject { { QStringLiteral("parts"), list } });
    const nlohmann::json doc { { "format", "pipescope-lesson-run" }, { "version", 1 },
        { "lesson", nlohmann::json::parse(toJsonText(lesson, -1)) }, { "parts", partsJson } };
    const QJsonObject texts { { QStringLiteral("start"), 0 }, { QStringLiteral("language"), language },
        { QStringLiteral("languages"), languages } };
    return page(QJsonDocument(texts).toJson(QJsonDocument::Compact), QByteArray::fromStdString(doc.dump()),
        QByteArrayLiteral("null"));
}

QByteArray WebPage::embeddedTrace(const QByteArray& page)
{
    return between(page, QByteArrayLiteral("<script type=\"application/json\" id=\"pipescope-trace\">"));
}

QByteArray WebPage::embeddedTexts(const QByteArray& page)
{
    return between(page, QByteArrayLiteral("<script type=\"application/json\" id=\"pipescope-texts\">"));
}

QByteArray WebPage::embeddedStates(const QByteArray& page)
{
    return between(page, QByteArrayLiteral("<script type=\"application/json\" id=\"pipescope-states\">"));
}
