// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/stepsource.h"
#include "popen/plan.h"
#include "popen/stepper.h"

#include <QWidget>

class PlanModel;
class QLabel;
class QPushButton;
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

    // A call of the plan that waits for another process right now (a FIFO's open), or none: marked, selected and
    // explained until it returns or is cancelled.
    void showWaiting(const std::optional<StepWait>& wait);

    QTreeView* view() const { return m_view; }
    QLabel* modelBanner() const { return m_banner; }
    QPushButton* wineButton() const { return m_wineButton; }
    QString explanationHtml() const;
    QString explanationText() const;

Q_SIGNALS:
    // The Windows lens's "Run on Windows (Wine)…".
    void wineRunRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showDetails();
    static QString waitingHtml(const StepWait& wait);

    PlanModel* m_model;
    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_wineButton = nullptr;
    QTreeView* m_view = nullptr;
    QTextBrowser* m_details = nullptr;
    pipescope::StepSnapshot m_snapshot;
    pipescope::Lens m_lens = pipescope::Lens::Posix;
    std::optional<StepWait> m_wait;
};
