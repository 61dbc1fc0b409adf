// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/scenarioio.h"

#include "bridge/childprogram.h"
#include "bridge/sessioncontroller.h"
#include "live/livescenarios.h"
#include "stepping/presets.h"
#include "stepping/steppingpage.h"
#include "stepping/streamspanel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using namespace pipescope;

namespace {

QString decoded(const std::string& bytes)
{
    return QFile::decodeName(QByteArray::fromStdString(bytes));
}

QStringList decoded(const std::vector<std::string>& args)
{
    QStringList out;
    for (const std::string& a : args)
        out << decoded(a);
    return out;
}

// How many steps a scenario may redo when opened: every one before the exec, which would start the program.
size_t stepsBeforeExec(const SpawnSpec& spec)
{
    const HandlePlan plan = planHandles(spec, Lens::Posix);
    for (size_t i = 0; i < plan.steps.size(); ++i)
        if (plan.steps[i].action == StepAction::Exec)
            return i;
    return plan.steps.size();
}

} // namespace

Scenario ScenarioIo::state(const SteppingPage& page, Scenario s)
{
    const StreamsPanel* panel = page.streamsPanel();
    const SpawnSpec spec = panel->spec();
    s.redirects = spec.redirects;
    const QString mode = panel->childMode();
    if (!mode.isEmpty()) {
        s.command.kind = ScenarioCommand::Kind::Child;
        s.command.name = mode.toStdString();
        s.command.args.assign(spec.argv.begin() + std::min<size_t>(2, spec.argv.size()), spec.argv.end());
    } else {
        s.command.kind = ScenarioCommand::Kind::Program;
        s.command.name = spec.argv.empty() ? std::string() : spec.argv.front();
        s.command.args.assign(spec.argv.begin() + std::min<size_t>(1, spec.argv.size()), spec.argv.end());
    }
    if (panel->generatedInputBytes() > 0)
        s.input = ScenarioInput { .kind = ScenarioInput::Kind::NumberedLines, .bytes = panel->generatedInputBytes() };
    else
        s.input = ScenarioInput {
            .kind = ScenarioInput::Kind::Text, .text = panel->inputText().toStdString(), .crlf = panel->crlfLineEnds()
        };
    s.step = static_cast<int>(page.controller()->stepPosition());
    s.lens = page.controller()->lens();
    return s;
}

size_t ScenarioIo::apply(SteppingPage& page, const Scenario& scenario)
{
    StreamsPanel* panel = page.streamsPanel();
    const QStringList args = decoded(scenario.command.args);
    switch (scenario.command.kind) {
    case ScenarioCommand::Kind::Child:
        panel->setConfiguration(scenario.redirects, decoded(scenario.command.name), Preset::joinArguments(args));
        break;
    case ScenarioCommand::Kind::Python: {
        panel->setConfiguration(scenario.redirects, QStringLiteral("echo"), QString());
        const QString script = LiveScenarios::bundledScript(decoded(scenario.command.name));
        QStringList words { QStringLiteral("python3") };
        for (const std::string& option : scenario.command.options)
            words << decoded(option);
        words << (script.isEmpty() ? decoded(scenario.command.name) : script);
        panel->setOtherProgram(Preset::joinArguments(words + args));
        break;
    }
    case ScenarioCommand::Kind::Program:
        panel->setConfiguration(scenario.redirects, QStringLiteral("echo"), QString());
        panel->setOtherProgram(Preset::joinArguments(QStringList { decoded(scenario.command.name) } + args));
        break;
    }
    if (scenario.input.kind == ScenarioInput::Kind::Text)
        panel->setInput(QString::fromStdString(scenario.input.text), scenario.input.crlf);
    else
        panel->setGeneratedInput(scenario.input.bytes);
    page.setLens(scenario.lens);
    return std::min(static_cast<size_t>(scenario.step), stepsBeforeExec(page.controller()->spec()));
}

std::optional<Scenario> ScenarioIo::readFile(const QString& path, QString* message)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = tr("Cannot open '%1': %2.").arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxFileSize) {
        *message = tr("'%1' is not a PipeScope scenario: it is far too large.").arg(name);
        return std::nullopt;
    }
    const QByteArray text = file.read(maxFileSize + 1);
    if (text.size() > maxFileSize) {
        *message = tr("'%1' is not a PipeScope scenario: it is far too large.").arg(name);
        return std::nullopt;
    }
    StepRange range;
    Result<Scenario> scenario = scenarioFromJson(std::string_view(text.constData(), text.size()), &range);
    if (!scenario) {
        *message = describe(scenario.error(), name, range);
        return std::nullopt;
    }
    Scenario s = std::move(scenario).value();
    resolveFiles(s, QFileInfo(path).absoluteDir());
    return s;
}

void ScenarioIo::resolveFiles(Scenario& scenario, const QDir& folder)
{
    for (Redirect& r : scenario.redirects)
        if (r.kind == Redirect::Kind::File && !r.path.empty() && r.path.front() != '/')
            r.path = QFile::encodeName(folder.filePath(decoded(r.path))).toStdString();
}

bool ScenarioIo::writeFile(const QString& path, const Scenario& scenario, QString* message)
{
    QSaveFile file(path);
    const std::string text = toJsonText(scenario);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0
        || !file.commit()) {
        *message = tr("Cannot save '%1': %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

QString ScenarioIo::describe(const Error& error, const QString& fileName, const StepRange& range)
{
    const QString where = QString::fromStdString(error.subject);
    switch (scenarioProblemFromName(error.call).value_or(ScenarioProblem::Syntax)) {
    case ScenarioProblem::Syntax:
        return tr("'%1' is not a PipeScope scenario: it is not valid JSON.").arg(fileName);
    case ScenarioProblem::NotScenario:
        return tr("'%1' is not a PipeScope scenario: it has no \"format\": \"pipescope-scenario\".").arg(fileName);
    case ScenarioProblem::Version:
        return tr("'%1' is a scenario of another format version: this PipeScope reads version %2.")
            .arg(fileName)
            .arg(scenarioFormatVersion);
    case ScenarioProblem::Missing:
        return tr("'%1' is incomplete: %2 is missing.").arg(fileName, where);
    case ScenarioProblem::Type:
        return tr("'%1' is malformed: %2 has the wrong type.").arg(fileName, where);
    case ScenarioProblem::Value:
        return tr("'%1' is malformed: the value of %2 is not allowed.").arg(fileName, where);
    case ScenarioProblem::StepRange:
        return tr("'%1' is malformed: it stands at step %2, but its plan has steps %3 to %4 only.")
            .arg(fileName)
            .arg(range.given)
            .arg(range.first)
            .arg(range.last);
    case ScenarioProblem::Redirect:
        return tr("'%1' is malformed: %2 is not a redirect for that stream (none, pipe, devnull, fd:N, file:PATH, "
                  "or stdout for stderr).")
            .arg(fileName, where);
    case ScenarioProblem::Unknown:
        return tr("'%1' is malformed: %2 is not a field of a scenario.").arg(fileName, where);
    }
    return tr("'%1' is not a PipeScope scenario.").arg(fileName);
}
