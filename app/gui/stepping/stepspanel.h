// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/plan.h"
#include "popen/stepper.h"

#include <QWidget>

class PlanModel;
class QLabel;
class QTextBrowser;
class QTreeView;

// The plan's steps as a list, the current one bold and selected, with the plain explanation of the selected step
// below. In the Windows lens it says, plainly, that it shows a model.
class StepsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepsPanel(PlanModel* model, QWidget* parent = nullptr);
    ~StepsPanel() override;

    // Where the step session stands: the snapshot, in the lens the model shows.
    void showProgress(const pipescope::StepSnapshot& snapshot, pipescope::Lens lens);

    QTreeView* view() const { return m_view; }
    QLabel* modelBanner() const { return m_banner; }
    QString explanationHtml() const;
    QString explanationText() const;

private:
    void showDetails();

    PlanModel* m_model;
    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    QTreeView* m_view = nullptr;
    QTextBrowser* m_details = nullptr;
    pipescope::StepSnapshot m_snapshot;
    pipescope::Lens m_lens = pipescope::Lens::Posix;
};
