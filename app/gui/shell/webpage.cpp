// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/webpage.h"

#include "files/recordingfile.h"
#include "shell/language.h"
#include "text/describe.h"
#include "text/recordingtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <nlohmann/json.hpp>

#include <algorithm>

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

// Every step of the plan, its call and explanation, in every language: the very texts the window shows; and the live
// run's words when there are any.
QJsonObject stepTexts(const HandlePlan& plan, const WebPage::LiveTexts& liveTexts)
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

// Each recorded call and what it did, and each way a process ended, in every language, as the Watch page says them.
QJsonObject recordingTexts(const Recording& rec)
{
    Language* language = Language::instance();
    const QString shown = language->current();
    QJsonObject languages;
    for (const Language::Choice& choice : Language::available()) {
        language->install(choice.code);
        QJsonArray events;
        for (const RecordedEvent& e : rec.events)
            events.append(QJsonArray { RecordingText::call(rec, e), RecordingText::explanation(rec, e) });
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

QByteArray page(const QByteArray& texts, const QByteArray& trace, const QByteArray& states)
{
    QByteArray page = resource(QStringLiteral("page.html"));
    replaceOnce(page, styleMarker, resource(QStringLiteral("page.css")));
    replaceOnce(page, scriptMarker, resource(QStringLiteral("recording.js")) + resource(QStringLiteral("page.js")));
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
