// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/planmodel.h"

#include "text/describe.h"

#include <QColor>
#include <QFont>

using namespace pipescope;

PlanModel::PlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

PlanModel::~PlanModel() = default;

void PlanModel::setData(const HandlePlan& plan)
{
    beginResetModel();
    m_plan = plan;
    m_realFds.clear();
    m_currentRow = -1;
    m_waitingRow = -1;
    endResetModel();
}

void PlanModel::setCurrentRow(int row)
{
    if (row < -1 || row >= rowCount())
        row = -1;
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NUM_COLUMNS - 1),
            { Qt::FontRole, Qt::ForegroundRole, Qt::BackgroundRole, StateRole });
}

void PlanModel::setWaitingRow(int row)
{
    if (row < -1 || row >= rowCount())
        row = -1;
    if (row == m_waitingRow)
        return;
    m_waitingRow = row;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NUM_COLUMNS - 1),
            { Qt::FontRole, Qt::ForegroundRole, Qt::BackgroundRole, StateRole });
}

int PlanModel::rowOfStep(const QString& id) const
{
    for (size_t i = 0; i < m_plan.steps.size(); ++i)
        if (QString::fromStdString(m_plan.steps[i].id) == id)
            return static_cast<int>(i);
    return -1;
}

void PlanModel::setEvents(const std::vector<Event>& events)
{
    m_realFds.clear();
    for (const Event& e : events) {
        // Core records the fork without a step id; it is the plan's one fork step.
        const std::string id = e.stepId.empty() && e.kind == EventKind::Forked ? std::string("posix.fork") : e.stepId;
        if (id.empty() || !m_plan.step(id))
            continue;
        const QString text = Describe::eventFds(e);
        if (text.isEmpty())
            continue;
        QString& cell = m_realFds[QString::fromStdString(id)];
        cell = cell.isEmpty() ? text : cell + QStringLiteral("; ") + text;
    }
    if (!m_plan.steps.empty())
        Q_EMIT dataChanged(index(0, FdsColumn), index(rowCount() - 1, FdsColumn));
}

int PlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.steps.size());
}

int PlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant PlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step& step = m_plan.steps[static_cast<size_t>(index.row())];
    const QString id = QString::fromStdString(step.id);
    const StepState state = index.row() == m_waitingRow ? StepState::Waiting
        : index.row() == m_currentRow                   ? StepState::Current
        : index.row() < m_currentRow                    ? StepState::Done
                                                        : StepState::Pending;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Columns>(index.column())) {
        case NumberColumn:
            return index.row() + 1;
        case ActorColumn:
            return Describe::actor(step.actor);
        case CallColumn:
            return Describe::stepCall(step, m_plan);
        case ExplanationColumn:
            return Describe::stepExplanation(step, m_plan);
        case FdsColumn:
            return m_realFds.value(id);
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return Describe::stepExplanation(step, m_plan);
    case Qt::FontRole: {
        const bool bold = state == StepState::Current || state == StepState::Waiting;
        if (index.column() != CallColumn && !bold)
            return {};
        QFont font;
        if (index.column() == CallColumn) {
            font.setFamily(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
        }
        font.setBold(bold);
        return font;
    }
    case Qt::BackgroundRole:
        // A warm marker that reads on a projector and keeps dark text legible.
        // A waiting call is the one thing to look at: a red that still keeps dark text legible.
        if (state == StepState::Waiting)
            return QColor(0xff, 0x9e, 0x8f);
        return state == StepState::Current ? QVariant(QColor(0xff, 0xe0, 0x82)) : QVariant();
    case Qt::ForegroundRole:
        if (state == StepState::Current || state == StepState::Waiting)
            return QColor(0x1a, 0x1a, 0x1a);
        // Steps still to come are quieter, while a session is under way.
        return m_currentRow >= 0 && state == StepState::Pending ? QVariant(QColor(0x6e, 0x6e, 0x6e)) : QVariant();
    case StateRole:
        return static_cast<int>(state);
    case StepIdRole:
        return id;
    case ExplanationRole:
        return Describe::stepExplanation(step, m_plan);
    case RealFdsRole:
        return m_realFds.value(id);
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Columns>(section)) {
    case NumberColumn:
        return tr("#");
    case ActorColumn:
        return tr("Who");
    case CallColumn:
        return tr("Call");
    case ExplanationColumn:
        return tr("What it does and why");
    case FdsColumn:
        return tr("Real fds (last run)");
    case NUM_COLUMNS:
        break;
    }
    return {};
}
