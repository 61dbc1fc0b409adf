// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;

// A model's texts come from tr() in data() and headerData(): after a language switch the views must ask again.
// Tells every view of the model that all its cells and headers changed; rows, selection and scroll stay.
void reshowTexts(QAbstractItemModel* model);
