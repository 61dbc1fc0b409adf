// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/processtree.h"

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
    const auto info = pipescope::readProcess(pid);
    return info && info->alive();
}

inline bool anyRunning(const QList<int>& pids)
{
    for (const int pid : pids)
        if (running(pid))
            return true;
    return false;
}

// The pids a shell wrote to a file, one a line.
inline QList<int> pidsIn(const QString& path)
{
    QFile file(path);
    QList<int> pids;
    if (!file.open(QIODevice::ReadOnly))
        return pids;
    for (const QByteArray& line : file.readAll().split('\n')) {
        bool ok = false;
        const int pid = line.trimmed().toInt(&ok);
        if (ok && pid > 0)
            pids << pid;
    }
    return pids;
}

// A stand-in python3 in dir: it starts a sleep in the background and execs another, writes both pids to pidFile,
// and never ends by itself. Its path, or empty when it could not be written.
inline QString writeEndlessPython(const QString& dir, const QString& pidFile)
{
    const QString path = QDir(dir).filePath(QStringLiteral("python3"));
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write(
        QStringLiteral("#!/bin/sh\nsleep 60 & echo $! > '%1'; echo $$ >> '%1'; exec sleep 60\n").arg(pidFile).toUtf8());
    script.close();
    if (!script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return {};
    return path;
}

} // namespace apptest
