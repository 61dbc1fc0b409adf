// SPDX-License-Identifier: GPL-3.0-or-later
#include "presets.h"

#include <QDir>
#include <QFile>

using namespace pipescope;

QList<Preset> Preset::all()
{
    // The file preset writes into the temp dir: any user can, and nothing of theirs is overwritten.
    const QString outFile = QDir::temp().filePath(QStringLiteral("pipescope-stdout.txt"));
    return {
        { QStringLiteral("seed-demo"), tr("Seed demo: stdin=PIPE, stdout=PIPE"),
            tr("The note's parent.py and child.py: the parent writes ten lines into the child's stdin and reads "
               "what it prints."),
            { Redirect::pipe(), Redirect::pipe(), Redirect::inherit() }, QStringLiteral("echo"), QString() },
        { QStringLiteral("stdin-not-pipe"), tr("stdin not PIPE (AttributeError: write)"),
            tr("stdin=None: the parent keeps no write end, proc.stdin is None and proc.stdin.write() raises "
               "AttributeError."),
            { Redirect::inherit(), Redirect::pipe(), Redirect::inherit() }, QStringLiteral("echo"), QString() },
        { QStringLiteral("stdout-not-pipe"), tr("stdout not PIPE (AttributeError: readline)"),
            tr("stdout=None: the child writes to the parent's own stdout, proc.stdout is None and "
               "proc.stdout.readline() raises AttributeError."),
            { Redirect::pipe(), Redirect::inherit(), Redirect::inherit() }, QStringLiteral("echo"), QString() },
        { QStringLiteral("stderr-to-stdout"), tr("stderr=STDOUT"),
            tr("stderr=STDOUT: the child's fd 2 becomes a second copy of the stdout pipe's write end."),
            { Redirect::pipe(), Redirect::pipe(), Redirect::stdoutRedirect() }, QStringLiteral("stderr"), QString() },
        { QStringLiteral("devnull"), tr("DEVNULL"),
            tr("stdin=DEVNULL and stderr=DEVNULL: one /dev/null fd, opened once and shared."),
            { Redirect::devNull(), Redirect::pipe(), Redirect::devNull() }, QStringLiteral("echo"), QString() },
        { QStringLiteral("file"), tr("stdout to a file"),
            tr("stdout goes to %1: the parent opens the file, the child's fd 1 refers to it.").arg(outFile),
            { Redirect::pipe(), Redirect::file(QFile::encodeName(outFile).toStdString()), Redirect::inherit() },
            QStringLiteral("echo"), QString() },
    };
}

const Preset* Preset::find(const QList<Preset>& presets, const QString& id)
{
    for (const Preset& p : presets)
        if (p.id == id)
            return &p;
    return nullptr;
}
