// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/tracemodel.h"

#include "text/describe.h"

using namespace pipescope;

TraceModel::TraceModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

TraceModel::~TraceModel() = default;

void TraceModel::setData(const std::vector<Event>& events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int TraceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TraceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant TraceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event& e = m_events[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Columns>(index.column())) {
        case TimeColumn: {
            // Relative to the first event: absolute CLOCK_MONOTONIC values mean nothing to a reader.
            const double ms = static_cast<double>(e.timeNs - m_events.front().timeNs) / 1e6;
            return tr("+%1 ms").arg(ms, 0, 'f', 3);
        }
        case ActorColumn:
            return Describe::actor(e.actor);
        case PidColumn:
            return e.pid;
        case EventColumn:
            return Describe::event(e);
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return Describe::event(e);
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn || index.column() == PidColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole:
        return static_cast<int>(e.kind);
    case StepIdRole:
        return QString::fromStdString(e.stepId);
    default:
        return {};
    }
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Columns>(section)) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case PidColumn:
        return tr("pid");
    case EventColumn:
        return tr("What happened");
    case NUM_COLUMNS:
        break;
    }
    return {};
}
