// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QPalette;

// A page's status line: the text, and for an error bold and in a red that reads on the page's palette, a dark red
// on a light window and a light red on a dark one.
void showStatusLine(QLabel* label, const QString& text, bool error, const QPalette& page);
