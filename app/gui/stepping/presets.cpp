// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/presets.h"

#include <QDir>
#include <QFile>

using namespace pipescope;

namespace {

const QString scenarioDir = QStringLiteral(":/scenarios");

// The titles and descriptions of the bundled files, for lupdate: the files hold the English source text, the
// window shows its translation in the Preset context.
[[maybe_unused]] constexpr const char* bundledTexts[] {
    QT_TRANSLATE_NOOP("Preset", "Seed demo: stdin=PIPE, stdout=PIPE"),
    QT_TRANSLATE_NOOP("Preset",
        "The note's parent.py and child.py: the parent writes ten lines into the child's stdin and reads what it "
        "prints."),
    QT_TRANSLATE_NOOP("Preset", "stdin not PIPE (AttributeError: write)"),
    QT_TRANSLATE_NOOP("Preset",
        "stdin=None: the parent keeps no write end, proc.stdin is None and proc.stdin.write() raises "
        "AttributeError."),
    QT_TRANSLATE_NOOP("Preset", "stdout not PIPE (AttributeError: readline)"),
    QT_TRANSLATE_NOOP("Preset",
        "stdout=None: the child writes to the parent's own stdout, proc.stdout is None and proc.stdout.readline() "
        "raises AttributeError."),
    QT_TRANSLATE_NOOP("Preset", "stderr=STDOUT"),
    QT_TRANSLATE_NOOP(
        "Preset", "stderr=STDOUT: the child's fd 2 becomes a second copy of the stdout pipe's write end."),
    QT_TRANSLATE_NOOP("Preset", "DEVNULL"),
    QT_TRANSLATE_NOOP("Preset", "stdin=DEVNULL and stderr=DEVNULL: one /dev/null fd, opened once and shared."),
    QT_TRANSLATE_NOOP("Preset", "stdout to a file"),
    QT_TRANSLATE_NOOP("Preset",
        "stdout goes to the file pipescope-stdout.txt in the temporary folder: the parent opens the file, the "
        "child's fd 1 refers to it."),
};

QString translated(const std::string& text)
{
    return text.empty() ? QString() : QCoreApplication::translate("Preset", text.c_str());
}

} // namespace

// Quoted so that QProcess::splitCommand splits the line back into the same words.
QString Preset::joinArguments(const QStringList& args)
{
    QStringList words;
    for (QString a : args) {
        if (a.isEmpty() || a.contains(QLatin1Char(' ')) || a.contains(QLatin1Char('"'))
            || a.contains(QLatin1Char('\t')))
            a = QLatin1Char('"') + a.replace(QLatin1Char('"'), QStringLiteral("\"\"\"")) + QLatin1Char('"');
        words << a;
    }
    return words.join(QLatin1Char(' '));
}

QStringList Preset::bundledFiles()
{
    QStringList files;
    const QDir dir(scenarioDir);
    for (const QString& name : dir.entryList({ QStringLiteral("*.pipescope") }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

Redirect Preset::resolved(const Redirect& r)
{
    if (r.kind != Redirect::Kind::File || r.path.empty() || r.path.front() == '/')
        return r;
    Redirect out = r;
    out.path = QFile::encodeName(QDir::temp().filePath(QFile::decodeName(r.path.c_str()))).toStdString();
    return out;
}

Preset Preset::fromScenario(const Scenario& scenario)
{
    Preset p;
    p.id = QString::fromStdString(scenario.id);
    p.title = translated(scenario.title);
    p.tip = translated(scenario.description);
    p.scenario = scenario;
    for (size_t i = 0; i < p.redirects.size(); ++i) {
        p.redirects[i] = resolved(scenario.redirects[i]);
        p.scenario.redirects[i] = p.redirects[i];
    }
    if (scenario.command.kind == ScenarioCommand::Kind::Child) {
        p.mode = QString::fromStdString(scenario.command.name);
        QStringList args;
        for (const std::string& a : scenario.command.args)
            args << QString::fromStdString(a);
        p.modeArgs = joinArguments(args);
    }
    return p;
}

QList<Preset> Preset::all()
{
    QList<Preset> presets;
    for (const QString& path : bundledFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        // A bundled file that does not parse is left out; tst_scenario_files makes sure none does.
        const Result<Scenario> scenario = scenarioFromJson(std::string_view(text.constData(), text.size()));
        if (!scenario || scenario->id.empty())
            continue;
        presets << fromScenario(*scenario);
    }
    return presets;
}

const Preset* Preset::find(const QList<Preset>& presets, const QString& id)
{
    for (const Preset& p : presets)
        if (p.id == id)
            return &p;
    return nullptr;
}
