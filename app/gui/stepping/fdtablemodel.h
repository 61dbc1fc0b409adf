// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspect/fdtable.h"

#include <QAbstractTableModel>

// A process's real fd table as /proc showed it, one row per fd.
class FdTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { FdColumn, TargetColumn, KindColumn, AccessColumn, CloexecColumn, NUM_COLUMNS };
    enum Roles { FdRole = Qt::UserRole, KindRole, InodeRole };

    explicit FdTableModel(QObject* parent = nullptr);
    ~FdTableModel() override;

    using QAbstractTableModel::setData;
    void setData(const pipescope::FdTable& table);

    const pipescope::FdTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    pipescope::FdTable m_table;
};
