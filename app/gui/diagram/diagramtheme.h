// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// The diagram's colours. Light for a light window, Dark for a dark one, High contrast for a projector in a bright
// room or a reader who needs it. The stream colours of each stay apart for the common colour-vision deficiencies
// (protanopia, deuteranopia, tritanopia), and every colour stands out from the background: tst_palette measures
// both.
struct DiagramTheme
{
    enum class Kind { Light, Dark, HighContrast };

    Kind kind = Kind::Light;
    QColor background;
    QColor ink; // text and outlines
    QColor softInk; // secondary text
    QColor alarm; // closed, blocked, full
    QColor parentFill;
    QColor childFill;
    QColor endedFill; // a process that has exited
    QColor processBorder;
    QColor socketFill;
    QColor crossedFill; // a closed fd
    QColor crossedStroke;
    QColor onColour; // text on a filled stream colour (an fd number)
    QColor terminalFill;
    QColor terminalText;
    QColor terminalSubtext;
    QColor devNullFill;
    QColor fileFill;
    QColor fileBorder;
    QColor otherFill;
    QColor targetBorder;
    QColor tokenFill;
    QColor tokenBorder;
    QColor eofBadge;
    qreal lineWidth = 1; // a factor on every line's width: thicker in high contrast

    // The colour of a stream's pipe and of the fds wired to it: "stdin", "stdout", "stderr", "errpipe"; anything else
    // (a pipe that is not Popen's, a file, a terminal) is "other".
    QColor stream(const QString& name) const;
    QColor stdinColour;
    QColor stdoutColour;
    QColor stderrColour;
    QColor errpipeColour;
    QColor otherColour;

    static DiagramTheme of(Kind kind);
    // The theme every diagram paints with now; set from the View menu (or for the window's palette).
    static const DiagramTheme& current();
    static void setCurrent(Kind kind);
    // Dark when the palette's window colour is dark.
    static Kind forPalette(const QColor& window);
    // "light", "dark", "high-contrast" and back.
    static QString name(Kind kind);
    static bool fromName(const QString& name, Kind* kind);
};
