// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QByteArray;
class QGraphicsScene;
class QImage;

// Writes what the window shows to files: the diagram as SVG or as a PNG rendered at a device pixel ratio, and
// text (trace JSON, Python). Every file is written whole or not at all (QSaveFile).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    static QByteArray svg(QGraphicsScene& scene, const QString& title);
    // The scene at scale times its size, with that device pixel ratio.
    static QImage image(QGraphicsScene& scene, qreal scale);

    static bool writeSvg(QGraphicsScene& scene, const QString& path, const QString& title, QString* message);
    static bool writePng(QGraphicsScene& scene, const QString& path, qreal scale, QString* message);
    static bool writeFile(const QString& path, const QByteArray& bytes, QString* message);
};
