// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where pipescope-child is: next to the running executable when installed, in the build tree's app/child when
// run from the build tree, else the path it was built at. Empty when none of them is an executable file.
QString childProgramPath();
