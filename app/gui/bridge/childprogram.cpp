// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/childprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace {

QString executableFile(const QString& candidate)
{
    const QFileInfo info(candidate);
    if (!candidate.isEmpty() && info.isFile() && info.isExecutable())
        return QDir::cleanPath(info.absoluteFilePath());
    return {};
}

// The first of the candidates that is an executable file, else the name found on PATH.
QString firstExecutable(const QStringList& candidates, const QString& name)
{
    for (const QString& candidate : candidates) {
        if (QString found = executableFile(candidate); !found.isEmpty())
            return found;
    }
    return executableFile(QStandardPaths::findExecutable(name));
}

} // namespace

QString childProgramPath()
{
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates {
        qEnvironmentVariable("PIPESCOPE_CHILD"),
        here + QStringLiteral("/pipescope-child"),
        here + QStringLiteral("/../libexec/pipescope/pipescope-child"),
        // The build tree: app/gui/pipescope beside app/child/pipescope-child.
        here + QStringLiteral("/../child/pipescope-child"),
    };
    return firstExecutable(candidates, QStringLiteral("pipescope-child"));
}

QString traceProgramPath()
{
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates {
        qEnvironmentVariable("PIPESCOPE_TRACE"),
        here + QStringLiteral("/pipescope-trace"),
        here + QStringLiteral("/../trace/pipescope-trace"),
    };
    return firstExecutable(candidates, QStringLiteral("pipescope-trace"));
}
