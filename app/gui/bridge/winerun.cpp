// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/winerun.h"

#include "bridge/bridge.h"
#include "bridge/childprogram.h"
#include "bridge/programrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace pipescope;

namespace {

// A small strict reader: the first missing or mistyped field wins, named by its JSON pointer.
class Reader
{
public:
    explicit Reader(QString* problem)
        : m_problem(problem)
    {
    }
    bool ok() const { return m_ok; }

    QJsonValue field(const QJsonObject& o, const QString& key, const QString& at, QJsonValue::Type type)
    {
        const QJsonValue v = o.value(key);
        if (v.type() != type)
            fail(at + QLatin1Char('/') + key);
        return v;
    }
    QString text(const QJsonObject& o, const QString& key, const QString& at)
    {
        return field(o, key, at, QJsonValue::String).toString();
    }
    QString optionalText(const QJsonObject& o, const QString& key, const QString& at)
    {
        return o.contains(key) ? text(o, key, at) : QString();
    }
    bool flag(const QJsonObject& o, const QString& key, const QString& at)
    {
        return field(o, key, at, QJsonValue::Bool).toBool();
    }
    QStringList texts(const QJsonValue& v, const QString& at)
    {
        QStringList out;
        if (!v.isArray()) {
            fail(at);
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString())
                fail(at + QLatin1Char('/') + QString::number(i));
            out << array[i].toString();
        }
        return out;
    }
    void fail(const QString& pointer)
    {
        if (m_ok && m_problem)
            *m_problem = pointer;
        m_ok = false;
    }

private:
    QString* m_problem;
    bool m_ok = true;
};

QList<WinHandleEntry> readTable(Reader& r, const QJsonValue& v, const QString& at)
{
    QList<WinHandleEntry> table;
    if (!v.isArray()) {
        r.fail(at);
        return table;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = at + QLatin1Char('/') + QString::number(i);
        const QJsonObject e = array[i].toObject();
        if (!array[i].isObject())
            r.fail(here);
        table.append(WinHandleEntry { .handle = r.text(e, QStringLiteral("handle"), here),
            .type = r.text(e, QStringLiteral("type"), here),
            .fileType = r.optionalText(e, QStringLiteral("file_type"), here),
            .inherit = r.flag(e, QStringLiteral("inherit"), here),
            .role = r.optionalText(e, QStringLiteral("role"), here),
            .stream = r.optionalText(e, QStringLiteral("stream"), here),
            .copyOf = r.optionalText(e, QStringLiteral("copy_of"), here),
            .access = r.optionalText(e, QStringLiteral("access"), here) });
    }
    return table;
}

QMap<QString, QString> readHandleMap(Reader& r, const QJsonValue& v, const QString& at)
{
    QMap<QString, QString> out;
    if (!v.isObject()) {
        r.fail(at);
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isString())
            out.insert(it.key(), it->toString());
        else if (!it->isNull())
            r.fail(at + QLatin1Char('/') + it.key());
    }
    return out;
}

} // namespace

std::optional<WinRunRecord> readWinRun(const QByteArray& json, QString* problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (problem)
            *problem = QStringLiteral("");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Reader r(problem);
    const QString top;
    if (r.text(root, QStringLiteral("format"), top) != QLatin1String("pipescope-win32-run")
        || root.value(QStringLiteral("version")).toInt() != 1) {
        r.fail(QStringLiteral("/format"));
        return std::nullopt;
    }
    WinRunRecord rec;
    rec.json = json;
    rec.platform = r.text(root, QStringLiteral("platform"), top);
    const QJsonObject spec = r.field(root, QStringLiteral("spec"), top, QJsonValue::Object).toObject();
    rec.argv = r.texts(spec.value(QStringLiteral("argv")), QStringLiteral("/spec/argv"));
    for (const char* s : { "stdin", "stdout", "stderr" })
        rec.redirects.insert(QLatin1String(s), r.text(spec, QLatin1String(s), QStringLiteral("/spec")));

    const QJsonValue steps = r.field(root, QStringLiteral("steps"), top, QJsonValue::Array);
    const QJsonArray stepArray = steps.toArray();
    for (qsizetype i = 0; i < stepArray.size(); ++i) {
        const QString at = QStringLiteral("/steps/") + QString::number(i);
        const QJsonObject s = stepArray[i].toObject();
        WinRunStep step;
        step.stepId = r.text(s, QStringLiteral("step"), at);
        step.call = r.text(s, QStringLiteral("call"), at);
        step.stream = r.optionalText(s, QStringLiteral("stream"), at);
        step.handles = r.texts(s.value(QStringLiteral("handles")), at + QStringLiteral("/handles"));
        step.inheritHandles = s.value(QStringLiteral("inherit_handles")).toBool();
        step.childPid = s.value(QStringLiteral("child_pid")).toInteger();
        if (s.contains(QStringLiteral("parent_table")))
            step.parentTable
                = readTable(r, s.value(QStringLiteral("parent_table")), at + QStringLiteral("/parent_table"));
        if (s.contains(QStringLiteral("child_table")))
            step.childTable = readTable(r, s.value(QStringLiteral("child_table")), at + QStringLiteral("/child_table"));
        rec.steps.append(std::move(step));
    }

    if (root.contains(QStringLiteral("parent_table_before")))
        rec.parentTableBefore
            = readTable(r, root.value(QStringLiteral("parent_table_before")), QStringLiteral("/parent_table_before"));

    if (root.contains(QStringLiteral("error"))) {
        const QJsonObject e = r.field(root, QStringLiteral("error"), top, QJsonValue::Object).toObject();
        rec.errorCall = r.text(e, QStringLiteral("call"), QStringLiteral("/error"));
        rec.errorSubject = r.text(e, QStringLiteral("subject"), QStringLiteral("/error"));
        if (e.contains(QStringLiteral("win_error"))) {
            const QJsonObject w = e.value(QStringLiteral("win_error")).toObject();
            rec.winError = static_cast<quint32>(w.value(QStringLiteral("code")).toInteger());
            rec.winErrorName = r.text(w, QStringLiteral("name"), QStringLiteral("/error/win_error"));
            rec.winErrorMessage = r.text(w, QStringLiteral("message"), QStringLiteral("/error/win_error"));
        }
    } else {
        const QJsonObject child = r.field(root, QStringLiteral("child"), top, QJsonValue::Object).toObject();
        rec.childPid = child.value(QStringLiteral("pid")).toInteger();
        rec.inheritHandles = r.flag(child, QStringLiteral("inherit_handles"), QStringLiteral("/child"));
        rec.useStdHandles = r.flag(child, QStringLiteral("use_std_handles"), QStringLiteral("/child"));
        rec.handleList = r.texts(child.value(QStringLiteral("handle_list")), QStringLiteral("/child/handle_list"));
        if (child.contains(QStringLiteral("std_handles")))
            rec.childStdHandles
                = readHandleMap(r, child.value(QStringLiteral("std_handles")), QStringLiteral("/child/std_handles"));
        if (child.value(QStringLiteral("exit_code")).isDouble())
            rec.exitCode = child.value(QStringLiteral("exit_code")).toInt();
        rec.popen = readHandleMap(r, root.value(QStringLiteral("popen")), QStringLiteral("/popen"));
        const QJsonObject result = r.field(root, QStringLiteral("result"), top, QJsonValue::Object).toObject();
        rec.stdoutData = r.text(result, QStringLiteral("stdout"), QStringLiteral("/result")).toUtf8();
        rec.stderrData = r.text(result, QStringLiteral("stderr"), QStringLiteral("/result")).toUtf8();
    }
    if (!r.ok())
        return std::nullopt;
    return rec;
}

namespace {

WinError readWinError(Reader& r, const QJsonObject& o, const QString& key, const QString& at)
{
    const QJsonObject e = r.field(o, key, at, QJsonValue::Object).toObject();
    const QString here = at + QLatin1Char('/') + key;
    return WinError { .code
        = static_cast<quint32>(r.field(e, QStringLiteral("code"), here, QJsonValue::Double).toInteger()),
        .name = r.text(e, QStringLiteral("name"), here),
        .message = r.text(e, QStringLiteral("message"), here) };
}

QList<qint64> readNumbers(Reader& r, const QJsonValue& v, const QString& at)
{
    QList<qint64> out;
    const QJsonArray array = v.toArray();
    if (!v.isArray())
        r.fail(at);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isDouble())
            r.fail(at + QLatin1Char('/') + QString::number(i));
        out << array[i].toInteger();
    }
    return out;
}

QList<std::pair<qint64, QString>> readReads(Reader& r, const QJsonValue& v, const QString& at)
{
    QList<std::pair<qint64, QString>> out;
    const QJsonArray array = v.toArray();
    if (!v.isArray())
        r.fail(at);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = at + QLatin1Char('/') + QString::number(i);
        const QJsonObject read = array[i].toObject();
        const qint64 bytes = r.field(read, QStringLiteral("bytes"), here, QJsonValue::Double).toInteger();
        const QString error = read.contains(QStringLiteral("error"))
            ? readWinError(r, read, QStringLiteral("error"), here).name
            : QString();
        out.append({ bytes, error });
    }
    return out;
}

} // namespace

std::optional<WinNamedPipesRecord> readWinNamedPipes(const QByteArray& json, QString* problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (problem)
            problem->clear();
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Reader r(problem);
    const QString top;
    if (r.text(root, QStringLiteral("format"), top) != QLatin1String("pipescope-win32-namedpipes")) {
        r.fail(QStringLiteral("/format"));
        return std::nullopt;
    }
    WinNamedPipesRecord rec;
    rec.platform = r.text(root, QStringLiteral("platform"), top);
    rec.wine = r.flag(root, QStringLiteral("wine"), top);
    const QString at = QStringLiteral("/instances");
    const QJsonObject inst = r.field(root, QStringLiteral("instances"), top, QJsonValue::Object).toObject();
    rec.instancesCreated = r.field(inst, QStringLiteral("created"), at, QJsonValue::Double).toInt();
    rec.beyondLimit = readWinError(r, inst, QStringLiteral("beyond_limit"), at);
    rec.busyOpen = readWinError(r, inst, QStringLiteral("busy_open"), at);
    rec.busyWait = readWinError(r, inst, QStringLiteral("busy_wait"), at);
    rec.spawnedPids = readNumbers(r, inst.value(QStringLiteral("spawned_pids")), at + QStringLiteral("/spawned_pids"));
    rec.clientPids = readNumbers(r, inst.value(QStringLiteral("client_pids")), at + QStringLiteral("/client_pids"));
    rec.requests = r.texts(inst.value(QStringLiteral("requests")), at + QStringLiteral("/requests"));
    rec.clientOutputs = r.texts(inst.value(QStringLiteral("client_outputs")), at + QStringLiteral("/client_outputs"));
    const QJsonArray modes = r.field(root, QStringLiteral("modes"), top, QJsonValue::Array).toArray();
    for (qsizetype i = 0; i < modes.size(); ++i) {
        const QString here = QStringLiteral("/modes/") + QString::number(i);
        const QJsonObject mode = modes[i].toObject();
        const QString name = r.text(mode, QStringLiteral("mode"), here);
        auto reads = readReads(r, mode.value(QStringLiteral("reads")), here + QStringLiteral("/reads"));
        (name == QLatin1String("message") ? rec.messageReads : rec.byteReads) = std::move(reads);
    }
    const QJsonObject security = r.field(root, QStringLiteral("security"), top, QJsonValue::Object).toObject();
    rec.sddlRequested = r.text(security, QStringLiteral("requested"), QStringLiteral("/security"));
    rec.sddlReadBack = r.text(security, QStringLiteral("read_back"), QStringLiteral("/security"));
    rec.securityOpened = r.flag(security, QStringLiteral("opened"), QStringLiteral("/security"));
    if (!rec.securityOpened)
        rec.securityError = readWinError(r, security, QStringLiteral("open_error"), QStringLiteral("/security"));
    const QJsonObject remote = r.field(root, QStringLiteral("remote"), top, QJsonValue::Object).toObject();
    rec.remotePath = r.text(remote, QStringLiteral("path"), QStringLiteral("/remote"));
    rec.remoteOpened = r.flag(remote, QStringLiteral("opened"), QStringLiteral("/remote"));
    if (!rec.remoteOpened)
        rec.remoteError = readWinError(r, remote, QStringLiteral("error"), QStringLiteral("/remote"));
    if (!r.ok())
        return std::nullopt;
    return rec;
}

WineRun::WineRun(Bridge* bridge, QObject* parent)
    : QObject(parent)
    , m_bridge(bridge)
{
}

// A runner still going is released by the bridge itself when its user goes (and goes with the bridge, which the
// window destroys first).
WineRun::~WineRun() = default;

QString WineRun::traceProgram()
{
    return traceProgramPath();
}

QString WineRun::windowsBuild()
{
    // As pipescope-trace looks: $PIPESCOPE_WINDOWS_BUILD, the win64 preset's bin folder beside this build tree
    // (build/<preset>/app/gui -> build/win64/bin), <prefix>/lib/pipescope/windows.
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString& dir : QStringList { qEnvironmentVariable("PIPESCOPE_WINDOWS_BUILD"),
             here + QStringLiteral("/../../../win64/bin"), here + QStringLiteral("/../lib/pipescope/windows") }) {
        if (!dir.isEmpty() && QFileInfo(dir + QStringLiteral("/pipescope-trace.exe")).isFile())
            return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    }
    return {};
}

QStringList WineRun::windowsProgram(const SpawnSpec& spec, bool* substituted)
{
    static const QStringList modes { QStringLiteral("echo"), QStringLiteral("cat"), QStringLiteral("sleep"),
        QStringLiteral("exit") };
    QStringList argv;
    for (const std::string& a : spec.argv)
        argv << QString::fromStdString(a);
    const bool same = !argv.isEmpty() && QFileInfo(argv.front()).fileName() == QLatin1String("pipescope-child")
        && argv.size() >= 2 && modes.contains(argv[1])
        && argv.size() == (argv[1] == QLatin1String("sleep") || argv[1] == QLatin1String("exit") ? 3 : 2);
    if (substituted)
        *substituted = !same;
    if (!same)
        return { QStringLiteral("pipescope-child"), QStringLiteral("echo") };
    argv.front() = QStringLiteral("pipescope-child");
    return argv;
}

QString WineRun::prepare()
{
    if (isRunning()) {
        m_problem = Problem::Busy;
        return {};
    }
    const QString trace = traceProgram();
    if (trace.isEmpty()) {
        m_problem = Problem::NoTraceProgram;
        return {};
    }
    if (QStandardPaths::findExecutable(QStringLiteral("wine")).isEmpty()) {
        m_problem = Problem::NoWine;
        return {};
    }
    if (windowsBuild().isEmpty()) {
        m_problem = Problem::NoWindowsBuild;
        return {};
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_problem = Problem::Failed;
        return {};
    }
    return trace;
}

bool WineRun::launch(const QStringList& argv)
{
    m_runner = m_bridge->newProgramRunner(this);
    connect(m_runner, &ProgramRunner::finished, this, &WineRun::onFinished);
    connect(m_runner, &ProgramRunner::failed, this, [this](const Error&) {
        m_bridge->release(std::exchange(m_runner, nullptr));
        Q_EMIT failed(Problem::NoTraceProgram, {});
    });
    if (!m_runner->start(argv)) {
        m_bridge->release(std::exchange(m_runner, nullptr));
        m_problem = Problem::Failed;
        return false;
    }
    return true;
}

bool WineRun::start(const SpawnSpec& spec, const QByteArray& input)
{
    const QString trace = prepare();
    if (trace.isEmpty())
        return false;
    QStringList argv { trace, QStringLiteral("--backend=wine"), QStringLiteral("--step"),
        QStringLiteral("--json=") + m_dir->filePath(QStringLiteral("run.json")), QStringLiteral("--timeout=30") };
    for (Stream s : allStreams)
        argv << QStringLiteral("--%1=%2").arg(
            QLatin1String(streamName(s)), QString::fromStdString(toText(spec.redirect(s))));
    if (spec.redirect(Stream::Stdin).kind == Redirect::Kind::Pipe) {
        // Through a file: the input may hold bytes a command line cannot (a NUL).
        QFile file(m_dir->filePath(QStringLiteral("input")));
        if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size()) {
            m_problem = Problem::Failed;
            return false;
        }
        argv << QStringLiteral("--input-file=") + file.fileName();
    }
    argv << QStringLiteral("--") << windowsProgram(spec);
    m_namedPipes = false;
    return launch(argv);
}

bool WineRun::startNamedPipes()
{
    const QString trace = prepare();
    if (trace.isEmpty())
        return false;
    m_namedPipes = true;
    return launch({ trace, QStringLiteral("namedpipe"), QStringLiteral("--backend=wine"),
        QStringLiteral("--json=") + m_dir->filePath(QStringLiteral("run.json")) });
}

void WineRun::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

bool WineRun::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void WineRun::onFinished(const ProgramResult& result)
{
    m_bridge->release(std::exchange(m_runner, nullptr));
    if (result.cancelled) {
        Q_EMIT cancelled();
        return;
    }
    QFile file(m_dir->filePath(QStringLiteral("run.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        // No run was made: pipescope-trace's own reason is its last line.
        const QList<QByteArray> lines = result.stderrData.trimmed().split('\n');
        Q_EMIT failed(Problem::Failed, QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.back()));
        return;
    }
    QString problem;
    if (m_namedPipes) {
        auto record = readWinNamedPipes(file.readAll(), &problem);
        if (!record) {
            Q_EMIT failed(Problem::Malformed, problem);
            return;
        }
        Q_EMIT namedPipesFinished(*record);
        return;
    }
    auto record = readWinRun(file.readAll(), &problem);
    if (!record) {
        Q_EMIT failed(Problem::Malformed, problem);
        return;
    }
    Q_EMIT finished(*record);
}
