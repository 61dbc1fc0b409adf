// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/webpage.h"

#include "shell/language.h"
#include "text/describe.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pipescope;

namespace {

const QByteArray styleMarker = QByteArrayLiteral("/*@PIPESCOPE_STYLE@*/");
const QByteArray scriptMarker = QByteArrayLiteral("/*@PIPESCOPE_SCRIPT@*/");
const QByteArray textsMarker = QByteArrayLiteral("@PIPESCOPE_TEXTS@");
const QByteArray traceMarker = QByteArrayLiteral("@PIPESCOPE_TRACE@");

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
    QByteArray page = resource(QStringLiteral("page.html"));
    replaceOnce(page, styleMarker, resource(QStringLiteral("page.css")));
    replaceOnce(page, scriptMarker, resource(QStringLiteral("page.js")));
    replaceOnce(page, textsMarker, scriptSafe(QJsonDocument(texts).toJson(QJsonDocument::Compact)));
    // Last: the trace holds text from outside (argv, paths) that must not be taken for a marker.
    replaceOnce(page, traceMarker, scriptSafe(QByteArray::fromStdString(toJsonText(trace, -1))));
    return page;
}

QByteArray WebPage::embeddedTrace(const QByteArray& page)
{
    return between(page, QByteArrayLiteral("<script type=\"application/json\" id=\"pipescope-trace\">"));
}

QByteArray WebPage::embeddedTexts(const QByteArray& page)
{
    return between(page, QByteArrayLiteral("<script type=\"application/json\" id=\"pipescope-texts\">"));
}
