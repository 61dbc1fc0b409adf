// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/fdtablemodel.h"

#include "text/describe.h"

#include <QFont>

using namespace pipescope;

FdTableModel::FdTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

FdTableModel::~FdTableModel() = default;

void FdTableModel::setData(const FdTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int FdTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.size());
}

int FdTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant FdTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FdEntry& entry = m_table[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Columns>(index.column())) {
        case FdColumn:
            return entry.fd;
        case TargetColumn:
            return QString::fromStdString(entry.target);
        case KindColumn:
            return Describe::fdKind(entry.kind);
        case AccessColumn:
            return Describe::access(entry.access);
        case CloexecColumn:
            return entry.cloexec ? tr("yes") : tr("no");
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CloexecColumn)
            return tr("Close-on-exec (O_CLOEXEC): the fd vanishes when the process calls exec.");
        if (entry.kind == FdKind::Pipe)
            return tr("Pipe inode %1: fds with the same inode, in any process, are ends of the same pipe.")
                .arg(entry.inode);
        return QString::fromStdString(entry.target);
    case Qt::FontRole:
        // 0, 1 and 2 are what the program sees as stdin, stdout and stderr.
        if (entry.fd <= 2) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FdRole:
        return entry.fd;
    case KindRole:
        return static_cast<int>(entry.kind);
    case InodeRole:
        return QVariant::fromValue(entry.inode);
    default:
        return {};
    }
}

QVariant FdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Columns>(section)) {
    case FdColumn:
        return tr("fd");
    case TargetColumn:
        return tr("Refers to");
    case KindColumn:
        return tr("Kind");
    case AccessColumn:
        return tr("Access");
    case CloexecColumn:
        return tr("cloexec");
    case NUM_COLUMNS:
        break;
    }
    return {};
}
