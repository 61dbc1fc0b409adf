// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/plancompare.h"
#include "record/recording.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QTreeWidget;

// A recorded CPython Popen beside PipeScope's own plan for the same arguments (core's comparePopenWithPlan): a row
// per plan step and per recorded call of the Popen, the difference marked in words and colour (vfork or posix_spawn
// where the plan forks, closes in another order, steps the real run did not need). Choosing a row with a recorded
// call asks for that call to be shown.
class PlanComparePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PlanComparePanel(QWidget* parent = nullptr);

    // versions: per recognised Popen, its interpreter's (major, minor) when known.
    void setRecording(std::shared_ptr<const pipescope::Recording> recording,
        std::vector<std::optional<std::pair<int, int>>> versions);
    // Shows the index-th recognised Popen (the Popen list offers them all).
    void showPopen(int index);
    int popenShown() const;
    const pipescope::PlanComparison* comparison() const { return m_comparison ? &*m_comparison : nullptr; }
    // Selects the row of the recorded call the page shows, if it has one; nothing is emitted.
    void followEvent(std::optional<size_t> event);
    QTreeWidget* rows() const { return m_rows; }
    QString summaryText() const;
    // What the chosen row's mark means, and why it differs.
    QString whyText() const;

Q_SIGNALS:
    void eventChosen(size_t event);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void showWhy();

    QLabel* m_popenLabel;
    QComboBox* m_popens;
    QLabel* m_summary;
    QTreeWidget* m_rows;
    QLabel* m_why;
    std::shared_ptr<const pipescope::Recording> m_recording;
    std::vector<std::optional<std::pair<int, int>>> m_versions;
    std::optional<pipescope::PlanComparison> m_comparison;
};
