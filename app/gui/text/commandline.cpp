// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/commandline.h"

#include <QProcess>

QStringList splitCommandLine(const QString& line)
{
    // A pure function of the text: nothing is started.
    return QProcess::splitCommand(line);
}
