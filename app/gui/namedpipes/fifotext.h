// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QString>

#include <cstdint>

// What the Named pipes page's feature widgets share to say things the same way.
namespace fifotext {

// 0600-style octal mode bits, as chmod takes them.
inline QString octal(std::uint32_t bits)
{
    return QStringLiteral("0%1").arg(bits & 07777U, 3, 8, QLatin1Char('0'));
}

// Red for a sentence that went wrong, the palette's colour otherwise.
inline void styleAlarm(QLabel* label, bool alarm)
{
    label->setStyleSheet(alarm ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace fifotext
