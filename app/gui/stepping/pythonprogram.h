// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/spawnspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The current configuration as a Python program in the shape of the seed's parent.py (Popen with stdin=, stdout=,
// stderr=, the write loop, the readline loop), which can deadlock when a pipe fills, and, with the argument
// "communicate", the same talk through Popen.communicate(), as PipeScope's Run does it. Either way the child is
// waited for with a timeout.
struct PythonProgram
{
    Q_DECLARE_TR_FUNCTIONS(PythonProgram)
public:
    pipescope::SpawnSpec spec;
    QByteArray input; // what the panel holds, sent whatever stdin is (a None stdin is the point of the lesson)
    bool seedInput = true; // the input is the seed's ten lines: write them with the seed's loop
    qint64 numberedLines = 0; // the input is this many bytes of PipeScope's numbered lines: made by a loop too
    bool echoChild = true; // run child.py (the seed's child) rather than spec.argv

    QString parentSource() const;
    static QString childSource(); // child.py, written for PipeScope

    // What Python will say, as PipeScope predicts it: the AttributeErrors of the seed, with their reason.
    QStringList expectedErrors() const;
};
