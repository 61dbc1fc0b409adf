// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/spawnpath.h"
#include "popen/spawnspec.h"
#include "record/plancompare.h"

#include <QCoreApplication>
#include <QString>

// A recorded Popen beside PipeScope's plan, in the user's language: the marks of the rows, why a row differs, the
// Popen(...) call the recording reads back as, and which way CPython started the child.
class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(CompareText)
public:
    // A short mark that does not depend on colour: "=", "≠", "plan only"...
    static QString mark(pipescope::CompareMark mark);
    // What the mark means, for a tooltip.
    static QString markMeaning(pipescope::CompareMark mark);
    // Why a row differs, in a sentence; empty for None.
    static QString reason(pipescope::CompareReason reason);
    // "Popen(['/bin/cat'], stdin=PIPE, stdout=PIPE, stderr=PIPE)": code, the same in every language.
    static QString popenCall(const pipescope::SpawnSpec& spec);
    // "fork()", "vfork()", "posix_spawn()".
    static QString spawnPath(pipescope::SpawnPath path);
    // The comparison's headline: the call, what really started the child, and what the model predicts for the
    // interpreter when its version is known.
    static QString summary(const pipescope::PlanComparison& comparison);
};
