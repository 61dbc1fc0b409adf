// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/exporter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace {

// What is drawn: the scene's rect, which the diagram sets to its layout's bounds.
QRectF area(const QGraphicsScene& scene)
{
    const QRectF r = scene.sceneRect();
    return r.isEmpty() ? QRectF(0, 0, 1, 1) : r;
}

} // namespace

QByteArray Exporter::svg(QGraphicsScene& scene, const QString& title)
{
    const QRectF source = area(scene);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("PipeScope"));
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    {
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene.backgroundBrush());
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    return buffer.data();
}

QImage Exporter::image(QGraphicsScene& scene, qreal scale)
{
    const QRectF source = area(scene);
    QImage image(static_cast<int>(std::ceil(source.width() * scale)),
        static_cast<int>(std::ceil(source.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(scene.backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return image;
}

bool Exporter::writeSvg(QGraphicsScene& scene, const QString& path, const QString& title, QString* message)
{
    return writeFile(path, svg(scene, title), message);
}

bool Exporter::writePng(QGraphicsScene& scene, const QString& path, qreal scale, QString* message)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image(scene, scale).save(&buffer, "PNG")) {
        *message = tr("Cannot save '%1': the picture could not be encoded as PNG.").arg(QFileInfo(path).fileName());
        return false;
    }
    return writeFile(path, buffer.data(), message);
}

bool Exporter::writeFile(const QString& path, const QByteArray& bytes, QString* message)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *message = tr("Cannot save '%1': %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}
