// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where pipescope-child is, relative to the running executable and never at a path compiled in: $PIPESCOPE_CHILD
// (how the tests point at the build's copy), next to the executable (installed in bin), in the installation's
// libexec/pipescope, beside the build tree's app/gui (app/child), else on PATH. The first executable file wins;
// empty when there is none.
QString childProgramPath();

// The same for pipescope-trace (the Windows lens's Run on Windows goes through it): $PIPESCOPE_TRACE, next to the
// executable, beside the build tree's app/gui (app/trace), else on PATH.
QString traceProgramPath();
