// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/pythonfinder.h"

#include "bridge/bridge.h"
#include "bridge/programrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QRegularExpression>

#include <algorithm>

#include <utility>

namespace {

// What the interpreter says of itself, one item a line. -E: the environment's PYTHON* variables change nothing.
const QStringList probe { QStringLiteral("-E"), QStringLiteral("-c"),
    QStringLiteral("import sys; print(sys.executable); print(*sys.version_info[:3])") };

bool isPythonName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^python3(\\.[0-9]+)?$"));
    return pattern.match(name).hasMatch();
}

} // namespace

PythonFinder::PythonFinder(Bridge* bridge, QObject* parent)
    : QObject(parent)
    , m_bridge(bridge)
{
}

// A runner still asking is released by the bridge when its user, this, is destroyed (and killed with the bridge when
// that goes first).
PythonFinder::~PythonFinder() = default;

QString PythonFinder::pyenvVersions()
{
    const QString root = qEnvironmentVariable("PYENV_ROOT");
    return QDir(root.isEmpty() ? QDir::home().filePath(QStringLiteral(".pyenv")) : root)
        .filePath(QStringLiteral("versions"));
}

QStringList PythonFinder::candidates(const QString& searchPath, const QStringList& extraDirs)
{
    QStringList dirs;
    for (const QString& dir : searchPath.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        dirs << dir;
    for (const QString& extra : extraDirs) {
        const QDir versions(extra);
        for (const QString& version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            dirs << versions.filePath(version + QStringLiteral("/bin"));
    }
    QStringList out;
    QStringList seen;
    for (const QString& dir : std::as_const(dirs)) {
        const QDir d(dir);
        QStringList names = d.entryList(QDir::Files | QDir::Executable, QDir::Name);
        names.removeIf([](const QString& name) { return !isPythonName(name); });
        // python3 first: it is the one a class types.
        std::stable_partition(
            names.begin(), names.end(), [](const QString& n) { return n == QStringLiteral("python3"); });
        for (const QString& name : std::as_const(names)) {
            // python3 -> python3.11 in one folder is one interpreter: asked once, by its first name.
            const QString path = d.filePath(name);
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (!seen.contains(canonical)) {
                seen << canonical;
                out << path;
            }
        }
    }
    return out;
}

bool PythonFinder::find(const QStringList& candidates)
{
    if (m_runner)
        return false;
    m_queue = candidates;
    m_found.clear();
    m_refused.clear();
    m_runner = m_bridge->newProgramRunner(this);
    m_runner->setOutputLimit(4096);
    connect(m_runner, &ProgramRunner::finished, this, &PythonFinder::answered);
    // Not there or not runnable (ExecFailed): refused, and on with the next one.
    connect(m_runner, &ProgramRunner::failed, this, [this] {
        refuse();
        QMetaObject::invokeMethod(this, &PythonFinder::askNext, Qt::QueuedConnection);
    });
    askNext();
    return true;
}

void PythonFinder::refuse()
{
    if (m_refused.isEmpty() || m_refused.last() != m_asking)
        m_refused << m_asking;
}

void PythonFinder::askNext()
{
    if (!m_runner || m_runner->isRunning())
        return;
    while (!m_queue.isEmpty()) {
        m_asking = m_queue.takeFirst();
        if (m_runner->start(QStringList { m_asking } + probe))
            return;
        refuse();
    }
    m_bridge->release(std::exchange(m_runner, nullptr));
    Q_EMIT finished(m_found, m_refused);
}

void PythonFinder::answered(const ProgramResult& result)
{
    const QStringList lines = QString::fromUtf8(result.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList version = lines.size() == 2 ? lines[1].split(QLatin1Char(' ')) : QStringList();
    const QFileInfo executable(lines.value(0));
    PythonInterpreter found { .executable = executable.canonicalFilePath(), .foundAs = m_asking };
    bool ok = !result.exit.signaled && result.exit.code == 0 && executable.isAbsolute() && version.size() == 3;
    if (ok) {
        bool a = false, b = false, c = false;
        found.major = version[0].toInt(&a);
        found.minor = version[1].toInt(&b);
        found.micro = version[2].toInt(&c);
        ok = a && b && c && found.major == 3 && !found.executable.isEmpty();
    }
    if (!ok)
        refuse();
    else if (std::none_of(m_found.cbegin(), m_found.cend(),
                 [&](const PythonInterpreter& p) { return p.executable == found.executable; }))
        m_found << found;
    // The next one from the event loop: the runner reports its end after this slot returns.
    QMetaObject::invokeMethod(this, &PythonFinder::askNext, Qt::QueuedConnection);
}
