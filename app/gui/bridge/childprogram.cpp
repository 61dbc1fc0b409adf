// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/childprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

QString childProgramPath()
{
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates {
        here + QStringLiteral("/pipescope-child"),
        here + QStringLiteral("/../child/pipescope-child"),
        // The build tree's copy, for executables that live elsewhere (the tests).
        QStringLiteral(PIPESCOPE_CHILD_BUILD_PATH),
    };
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return {};
}
