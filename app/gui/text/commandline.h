// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The words of a command line as the user typed it: double quotes group words, as QProcess::splitCommand() reads
// them, without the widgets that only parse text pulling in the process API they must not use.
QStringList splitCommandLine(const QString& line);
