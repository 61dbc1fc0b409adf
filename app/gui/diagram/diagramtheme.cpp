// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/diagramtheme.h"

namespace {

DiagramTheme light()
{
    DiagramTheme t;
    t.kind = DiagramTheme::Kind::Light;
    t.background = Qt::white;
    t.ink = QColor(0x1a, 0x1a, 0x1a);
    t.softInk = QColor(0x4d, 0x4d, 0x4d);
    t.alarm = QColor(0xb0, 0x00, 0x20);
    t.parentFill = QColor(0xec, 0xf1, 0xf8);
    t.childFill = QColor(0xec, 0xf6, 0xee);
    t.endedFill = QColor(0xe6, 0xe6, 0xe6);
    t.processBorder = QColor(0x55, 0x55, 0x55);
    t.socketFill = Qt::white;
    t.crossedFill = QColor(0xee, 0xee, 0xee);
    t.crossedStroke = QColor(0x80, 0x80, 0x80);
    t.onColour = Qt::white;
    t.terminalFill = QColor(0x26, 0x2b, 0x33);
    t.terminalText = Qt::white;
    t.terminalSubtext = QColor(0xd0, 0xd7, 0xe0);
    t.devNullFill = QColor(0xdd, 0xdd, 0xdd);
    t.fileFill = QColor(0xff, 0xf3, 0xc9);
    t.fileBorder = QColor(0x8a, 0x6d, 0x1e);
    t.otherFill = QColor(0xf0, 0xf0, 0xf0);
    t.targetBorder = QColor(0x44, 0x44, 0x44);
    t.tokenFill = QColor(0xff, 0xd5, 0x4a);
    t.tokenBorder = QColor(0x5c, 0x45, 0x00);
    t.eofBadge = QColor(0x3a, 0x3a, 0x3a);
    // Blue, bluish green, vermilion, purple and grey: told apart under the three dichromacies as well.
    t.stdinColour = QColor(0x1d, 0x4f, 0xd8);
    t.stdoutColour = QColor(0x0f, 0x8a, 0x5f);
    t.stderrColour = QColor(0xd9, 0x48, 0x0f);
    t.errpipeColour = QColor(0x9c, 0x1f, 0x86);
    t.otherColour = QColor(0x40, 0x40, 0x40);
    return t;
}

DiagramTheme dark()
{
    DiagramTheme t;
    t.kind = DiagramTheme::Kind::Dark;
    t.background = QColor(0x1e, 0x1f, 0x22);
    t.ink = QColor(0xe8, 0xe8, 0xe8);
    t.softInk = QColor(0xb4, 0xb4, 0xb4);
    t.alarm = QColor(0xff, 0x6b, 0x6b);
    t.parentFill = QColor(0x25, 0x2d, 0x3a);
    t.childFill = QColor(0x24, 0x33, 0x2a);
    t.endedFill = QColor(0x30, 0x30, 0x30);
    t.processBorder = QColor(0x9a, 0x9a, 0x9a);
    t.socketFill = QColor(0x2a, 0x2b, 0x2f);
    t.crossedFill = QColor(0x33, 0x33, 0x33);
    t.crossedStroke = QColor(0x80, 0x80, 0x80);
    t.onColour = QColor(0x10, 0x10, 0x10);
    t.terminalFill = QColor(0x0b, 0x0d, 0x10);
    t.terminalText = Qt::white;
    t.terminalSubtext = QColor(0xc0, 0xc7, 0xd0);
    t.devNullFill = QColor(0x3a, 0x3a, 0x3a);
    t.fileFill = QColor(0x4a, 0x3f, 0x1c);
    t.fileBorder = QColor(0xd9, 0xb8, 0x5c);
    t.otherFill = QColor(0x33, 0x33, 0x33);
    t.targetBorder = QColor(0xa0, 0xa0, 0xa0);
    t.tokenFill = QColor(0xff, 0xd5, 0x4a);
    t.tokenBorder = QColor(0xff, 0xec, 0xa8);
    t.eofBadge = QColor(0x60, 0x60, 0x60);
    t.stdinColour = QColor(0x7b, 0xb0, 0xff);
    t.stdoutColour = QColor(0x3d, 0xdc, 0x84);
    t.stderrColour = QColor(0xd8, 0x70, 0x4a);
    t.errpipeColour = QColor(0x9a, 0x55, 0xa0);
    t.otherColour = QColor(0xa0, 0xa0, 0xa0);
    return t;
}

DiagramTheme highContrast()
{
    DiagramTheme t;
    t.kind = DiagramTheme::Kind::HighContrast;
    t.background = Qt::black;
    t.ink = Qt::white;
    t.softInk = Qt::white;
    t.alarm = QColor(0xff, 0x5c, 0x5c);
    t.parentFill = Qt::black;
    t.childFill = Qt::black;
    t.endedFill = QColor(0x20, 0x20, 0x20);
    t.processBorder = Qt::white;
    t.socketFill = Qt::black;
    t.crossedFill = QColor(0x20, 0x20, 0x20);
    t.crossedStroke = QColor(0xc0, 0xc0, 0xc0);
    t.onColour = Qt::black;
    t.terminalFill = Qt::black;
    t.terminalText = Qt::white;
    t.terminalSubtext = Qt::white;
    t.devNullFill = Qt::black;
    t.fileFill = Qt::black;
    t.fileBorder = QColor(0xff, 0xe0, 0x66);
    t.otherFill = Qt::black;
    t.targetBorder = Qt::white;
    t.tokenFill = QColor(0xff, 0xe0, 0x00);
    t.tokenBorder = Qt::white;
    t.eofBadge = QColor(0x60, 0x60, 0x60);
    t.lineWidth = 1.4;
    t.stdinColour = QColor(0x45, 0x66, 0xff);
    t.stdoutColour = QColor(0x2e, 0xd2, 0x7a);
    t.stderrColour = QColor(0xff, 0xc2, 0x27);
    t.errpipeColour = QColor(0xda, 0x53, 0xa5);
    t.otherColour = Qt::white;
    return t;
}

DiagramTheme& currentTheme()
{
    static DiagramTheme theme = light();
    return theme;
}

} // namespace

QColor DiagramTheme::stream(const QString& name) const
{
    if (name == QLatin1String("stdin"))
        return stdinColour;
    if (name == QLatin1String("stdout"))
        return stdoutColour;
    if (name == QLatin1String("stderr"))
        return stderrColour;
    if (name == QLatin1String("errpipe"))
        return errpipeColour;
    return otherColour;
}

DiagramTheme DiagramTheme::of(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return dark();
    case Kind::HighContrast:
        return highContrast();
    case Kind::Light:
        break;
    }
    return light();
}

const DiagramTheme& DiagramTheme::current()
{
    return currentTheme();
}

void DiagramTheme::setCurrent(Kind kind)
{
    currentTheme() = of(kind);
}

DiagramTheme::Kind DiagramTheme::forPalette(const QColor& window)
{
    return window.lightness() < 128 ? Kind::Dark : Kind::Light;
}

QString DiagramTheme::name(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::HighContrast:
        return QStringLiteral("high-contrast");
    case Kind::Light:
        break;
    }
    return QStringLiteral("light");
}

bool DiagramTheme::fromName(const QString& name, Kind* kind)
{
    for (const Kind k : { Kind::Light, Kind::Dark, Kind::HighContrast })
        if (name == DiagramTheme::name(k)) {
            *kind = k;
            return true;
        }
    return false;
}
