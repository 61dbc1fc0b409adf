// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "plan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <vector>

// The steps of a HandlePlan, one row each, with the real fds a run recorded for each step.
class PlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { NumberColumn, ActorColumn, CallColumn, FdsColumn, ExplanationColumn, NUM_COLUMNS };
    enum Roles { StepIdRole = Qt::UserRole, ExplanationRole, RealFdsRole };

    explicit PlanModel(QObject* parent = nullptr);
    ~PlanModel() override;

    using QAbstractTableModel::setData;
    void setData(const pipescope::HandlePlan& plan);
    // Real fds from a run; events whose stepId is not in the plan are ignored.
    void setEvents(const std::vector<pipescope::Event>& events);

    const pipescope::HandlePlan& plan() const { return m_plan; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    pipescope::HandlePlan m_plan;
    QHash<QString, QString> m_realFds; // by step id
};
