// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/statusline.h"

#include <QLabel>
#include <QPalette>

void showStatusLine(QLabel* label, const QString& text, bool error, const QPalette& page)
{
    label->setText(text);
    QPalette palette = label->palette();
    const bool darkWindow = page.color(QPalette::Window).lightness() < 128;
    const QColor errorColor = darkWindow ? QColor(255, 128, 128) : QColor(176, 0, 32);
    palette.setColor(QPalette::WindowText, error ? errorColor : page.color(QPalette::WindowText));
    label->setPalette(palette);
    // Only the weight is the line's own: size and family stay its parent's, so that presenter mode's large type
    // comes and goes with the rest of the window even when the line changes in between.
    QFont font;
    font.setBold(error);
    label->setFont(font);
}
