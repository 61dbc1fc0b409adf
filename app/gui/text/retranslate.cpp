// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/retranslate.h"

#include <QAbstractItemModel>

void reshowTexts(QAbstractItemModel* model)
{
    const int columns = model->columnCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = model->rowCount();
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}
