// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/byteescaper.h"

#include <utility>

namespace {

void hexEscape(QString& out, unsigned byte)
{
    static constexpr char digits[] = "0123456789abcdef";
    out += QLatin1String("\\x");
    out += QLatin1Char(digits[(byte >> 4U) & 0xFU]);
    out += QLatin1Char(digits[byte & 0xFU]);
}

void codepointEscape(QString& out, char32_t cp)
{
    out += QLatin1String("\\u");
    out += QString::number(static_cast<uint>(cp), 16).rightJustified(4, QLatin1Char('0'));
}

// Characters that are valid but would hide themselves or change the layout of the view: they are shown as code.
bool invisible(char32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9F) // C1 controls
        || cp == 0x2028 || cp == 0x2029 // line and paragraph separators: the view would break the line
        || cp == 0xFEFF // byte order mark, zero width
        || cp == 0xFFFC // the object replacement character QTextDocument uses itself
        || (cp >= 0xFDD0 && cp <= 0xFDEF) // non-characters; QTextDocument marks frames with two of them
        || (cp & 0xFFFEU) == 0xFFFEU; // U+xFFFE and U+xFFFF
}

} // namespace

QString ByteEscaper::feed(QByteArrayView bytes)
{
    if (m_carry.isEmpty())
        return convert(bytes, false);
    QByteArray joined = m_carry;
    joined.append(bytes.data(), bytes.size());
    m_carry.clear();
    return convert(joined, false);
}

QString ByteEscaper::flush()
{
    const QByteArray rest = std::exchange(m_carry, QByteArray());
    return convert(rest, true);
}

QString ByteEscaper::escapeAll(QByteArrayView bytes)
{
    ByteEscaper escaper;
    return escaper.convert(bytes, true);
}

QString ByteEscaper::convert(QByteArrayView bytes, bool final)
{
    QString out;
    out.reserve(bytes.size());
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype run = 0; // start of printable ASCII not copied yet: copied in one go, the common case
    const auto flushRun = [&](qsizetype end) {
        if (end > run)
            out += QLatin1String(reinterpret_cast<const char*>(p + run), end - run);
    };
    qsizetype i = 0;
    while (i < n) {
        const unsigned c = p[i];
        if (c >= 0x20 && c < 0x7F && c != '\\') {
            ++i;
            continue;
        }
        flushRun(i);
        if (c < 0x80) {
            if (c == '\n' || c == '\t')
                out += QLatin1Char(static_cast<char>(c));
            else if (c == '\r')
                out += QLatin1String("\\r");
            else if (c == '\\')
                out += QLatin1String("\\\\");
            else
                hexEscape(out, c);
            run = ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        char32_t least = 0;
        if ((c & 0xE0U) == 0xC0U) {
            len = 2;
            cp = c & 0x1FU;
            least = 0x80;
        } else if ((c & 0xF0U) == 0xE0U) {
            len = 3;
            cp = c & 0x0FU;
            least = 0x800;
        } else if ((c & 0xF8U) == 0xF0U) {
            len = 4;
            cp = c & 0x07U;
            least = 0x10000;
        }
        int have = 1; // continuation bytes seen so far, counting the lead byte
        while (len > 0 && have < len && i + have < n && (p[i + have] & 0xC0U) == 0x80U) {
            cp = (cp << 6U) | (p[i + have] & 0x3FU);
            ++have;
        }
        if (len > 0 && have < len && i + have == n && !final) {
            // The character may continue in the next piece.
            m_carry = QByteArray(reinterpret_cast<const char*>(p + i), n - i);
            run = i = n;
            break;
        }
        const bool valid = len > 0 && have == len && cp >= least && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        if (!valid) {
            hexEscape(out, c);
            run = ++i;
            continue;
        }
        if (invisible(cp))
            codepointEscape(out, cp);
        else
            out += QString::fromUcs4(&cp, 1);
        i += len;
        run = i;
    }
    flushRun(i);
    return out;
}
