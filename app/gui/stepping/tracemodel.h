// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"

#include <QAbstractTableModel>

#include <vector>

// The events of one run in the order they happened, worded for the user.
class TraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { TimeColumn, ActorColumn, PidColumn, EventColumn, NUM_COLUMNS };
    enum Roles { KindRole = Qt::UserRole, StepIdRole };

    explicit TraceModel(QObject* parent = nullptr);
    ~TraceModel() override;

    using QAbstractTableModel::setData;
    void setData(const std::vector<pipescope::Event>& events);

    const std::vector<pipescope::Event>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<pipescope::Event> m_events;
};
