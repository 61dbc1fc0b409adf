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
    for (const QString& candidate : candidates) {
        if (QString found = executableFile(candidate); !found.isEmpty())
            return found;
    }
    return executableFile(QStandardPaths::findExecutable(QStringLiteral("pipescope-child")));
}
