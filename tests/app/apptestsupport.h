// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <unistd.h>

// What the app tests share: looking at this process's children without reaping any of them (QProcess reaps its
// own; a waitpid(-1) here would steal them).
namespace apptest {

// The pids whose parent is this process, zombies included, from /proc/<pid>/stat.
inline QList<int> childPids()
{
    QList<int> out;
    const int self = static_cast<int>(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // The command name may hold anything: the fields that follow start after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toInt() == self)
            out << pid;
    }
    return out;
}

inline bool noChildLeft()
{
    return childPids().isEmpty();
}

// True while pid runs. A zombie does not: it is dead, and waits for a parent that may not be this process (an
// orphan's is init, which reaps it in its own time).
inline bool running(int pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    const char state = close > 0 && close + 2 < text.size() ? text.at(close + 2) : 'X';
    return state != 'Z' && state != 'X';
}

} // namespace apptest
