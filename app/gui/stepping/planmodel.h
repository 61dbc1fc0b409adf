// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/event.h"
#include "popen/plan.h"

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
    enum Roles { StepIdRole = Qt::UserRole, ExplanationRole, RealFdsRole, StateRole };
    // Where a step stands in a step session: drawn bold (Current), plain (Done), grey (Pending); a call that waits
    // for another process right now (a FIFO's open) is drawn bold on red (Waiting).
    enum class StepState { Pending, Done, Current, Waiting };

    explicit PlanModel(QObject* parent = nullptr);
    ~PlanModel() override;

    using QAbstractTableModel::setData;
    void setData(const pipescope::HandlePlan& plan);
    // Real fds from a run; events whose stepId is not in the plan are ignored.
    void setEvents(const std::vector<pipescope::Event>& events);

    // The step just done (bold); the rows before it are done, the rows after it pending. -1: nothing done yet.
    void setCurrentRow(int row);
    int currentRow() const { return m_currentRow; }
    // The step whose call waits right now, -1 when none does.
    void setWaitingRow(int row);
    int waitingRow() const { return m_waitingRow; }
    int rowOfStep(const QString& id) const;

    const pipescope::HandlePlan& plan() const { return m_plan; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    pipescope::HandlePlan m_plan;
    QHash<QString, QString> m_realFds; // by step id
    int m_currentRow = -1;
    int m_waitingRow = -1;
};
