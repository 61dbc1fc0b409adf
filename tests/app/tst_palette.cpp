// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram's colours, measured: every theme's text and stream colours stand out from its background (WCAG 2
// contrast ratios), and its five stream colours stay apart for normal vision and for the three dichromacies,
// simulated with the matrices of Machado, Oliveira & Fernandes (2009) at severity 1.0 on linear sRGB, the distance
// being CIE76 ΔE*ab.
#include "diagram/diagramtheme.h"

#include <QtTest>

#include <array>
#include <cmath>

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

struct Vision
{
    const char* name;
    Matrix m;
};

const std::array<Vision, 4> visions { {
    { "normal", { { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } } } },
    { "protanopia",
        { { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
            { -0.003882, -0.048116, 1.051998 } } } },
    { "deuteranopia",
        { { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
            { -0.011820, 0.042940, 0.968881 } } } },
    { "tritanopia",
        { { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
            { 0.004733, 0.691367, 0.303900 } } } },
} };

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::array<double, 3> linearRgb(const QColor& c)
{
    return { linear(c.red()), linear(c.green()), linear(c.blue()) };
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    const auto [r, g, b] = linearRgb(c);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::array<double, 3> lab(const QColor& c, const Matrix& m)
{
    const auto rgb = linearRgb(c);
    std::array<double, 3> s {};
    for (size_t i = 0; i < 3; ++i)
        s[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    // sRGB (D65) to XYZ, then CIELAB.
    const double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
    const double y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
    const double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

double deltaE(const QColor& a, const QColor& b, const Matrix& m)
{
    const auto p = lab(a, m);
    const auto q = lab(b, m);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simulationIsTheKnownOne()
    {
        // The simulation itself: white and black stay as they are; pure red and pure green, far apart for normal
        // vision, come close for a deuteranope, and blue and yellow stay apart for a protanope.
        for (const Vision& v : visions)
            QVERIFY(deltaE(Qt::white, Qt::black, v.m) > 99);
        QVERIFY(deltaE(QColor(0xcc, 0x33, 0x33), QColor(0x33, 0x99, 0x33), visions[0].m) > 60);
        QVERIFY(deltaE(QColor(0xcc, 0x33, 0x33), QColor(0x33, 0x99, 0x33), visions[2].m) < 25);
        QVERIFY(deltaE(QColor(0x22, 0x44, 0xcc), QColor(0xee, 0xcc, 0x22), visions[1].m) > 60);
        // The contrast ratio's ends.
        QCOMPARE(qRound(contrast(Qt::white, Qt::black) * 10), 210);
        QCOMPARE(contrast(Qt::gray, Qt::gray), 1.0);
    }

    void everyThemeReads_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("light") << int(DiagramTheme::Kind::Light);
        QTest::newRow("dark") << int(DiagramTheme::Kind::Dark);
        QTest::newRow("high-contrast") << int(DiagramTheme::Kind::HighContrast);
    }

    void everyThemeReads()
    {
        QFETCH(int, kind);
        const auto k = static_cast<DiagramTheme::Kind>(kind);
        const DiagramTheme t = DiagramTheme::of(k);
        const bool high = k == DiagramTheme::Kind::HighContrast;
        const auto atLeast = [](const char* what, double ratio, double wanted) {
            QVERIFY2(ratio >= wanted,
                qPrintable(QStringLiteral("%1: %2:1, wanted %3:1").arg(QLatin1String(what)).arg(ratio).arg(wanted)));
        };
        // Text: 7:1 (WCAG AAA) for the ink, 4.5:1 for everything else that is read.
        atLeast("ink", contrast(t.ink, t.background), high ? 15 : 7);
        atLeast("soft ink", contrast(t.softInk, t.background), 4.5);
        atLeast("alarm", contrast(t.alarm, t.background), 4.5);
        atLeast("terminal text", contrast(t.terminalText, t.terminalFill), 7);
        for (const QColor& fill : { t.parentFill, t.childFill, t.socketFill, t.devNullFill, t.fileFill, t.otherFill })
            atLeast("ink on a box", contrast(t.ink, fill), 7);
        const std::array<std::pair<const char*, QColor>, 5> streams { {
            { "stdin", t.stream(QStringLiteral("stdin")) },
            { "stdout", t.stream(QStringLiteral("stdout")) },
            { "stderr", t.stream(QStringLiteral("stderr")) },
            { "errpipe", t.stream(QStringLiteral("errpipe")) },
            { "other", t.stream(QStringLiteral("pipe:[1]")) },
        } };
        for (const auto& [name, colour] : streams) {
            // Lines and the "write end" labels: 3:1 for graphics and large text (4.5:1 in high contrast); the fd
            // number on its coloured disc likewise.
            atLeast(name, contrast(colour, t.background), high ? 4.5 : 3);
            atLeast(name, contrast(t.onColour, colour), 3);
        }
        // Any two streams, for every vision: at least 20 ΔE*ab apart.
        double closest = 1000;
        QString which;
        for (const Vision& v : visions)
            for (size_t i = 0; i < streams.size(); ++i)
                for (size_t j = i + 1; j < streams.size(); ++j) {
                    const double d = deltaE(streams[i].second, streams[j].second, v.m);
                    if (d < closest) {
                        closest = d;
                        which = QStringLiteral("%1 and %2 for %3")
                                    .arg(QLatin1String(streams[i].first), QLatin1String(streams[j].first),
                                        QLatin1String(v.name));
                    }
                }
        qInfo("%s: closest streams %s, %.1f apart", qPrintable(DiagramTheme::name(k)), qPrintable(which), closest);
        QVERIFY2(closest >= 20, qPrintable(which + QStringLiteral(": ") + QString::number(closest)));
    }

    void themesHaveNames()
    {
        for (const auto k : { DiagramTheme::Kind::Light, DiagramTheme::Kind::Dark, DiagramTheme::Kind::HighContrast }) {
            DiagramTheme::Kind back {};
            QVERIFY(DiagramTheme::fromName(DiagramTheme::name(k), &back));
            QCOMPARE(back, k);
        }
        DiagramTheme::Kind unchanged = DiagramTheme::Kind::Dark;
        QVERIFY(!DiagramTheme::fromName(QStringLiteral("sepia"), &unchanged));
        QCOMPARE(unchanged, DiagramTheme::Kind::Dark);
        QCOMPARE(DiagramTheme::forPalette(QColor(0x2d, 0x2f, 0x33)), DiagramTheme::Kind::Dark);
        QCOMPARE(DiagramTheme::forPalette(QColor(0xef, 0xef, 0xef)), DiagramTheme::Kind::Light);
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
