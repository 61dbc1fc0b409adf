// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Turns a byte stream that arrives in pieces into text without losing or hiding a byte: valid UTF-8 as it is
// (a character split across two pieces is kept back until its end arrives), newline and tab as they are, every
// other byte that is not printable text as an escape: \r, \\, \xNN for control and invalid bytes, \uXXXX for
// invisible or layout-breaking characters (C1 controls, line/paragraph separators, BOM, non-characters).
class ByteEscaper
{
public:
    QString feed(QByteArrayView bytes);
    // The end of the stream (or a gap in it): what was kept back is escaped byte by byte.
    QString flush();
    // Bytes of an incomplete character kept back for the next feed().
    qsizetype pending() const { return m_carry.size(); }
    void reset() { m_carry.clear(); }

    static QString escapeAll(QByteArrayView bytes);

private:
    QString convert(QByteArrayView bytes, bool final);

    QByteArray m_carry;
};
