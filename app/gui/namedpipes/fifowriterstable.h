// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

class FifoFlow;
class QEvent;

// One row per writer process of the current or last run: its pid, its state (blocked in open, writing, exited...)
// and how many of its records the reader reassembled.
class FifoWritersTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit FifoWritersTable(FifoFlow* flow, QWidget* parent = nullptr);
    ~FifoWritersTable() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // Rows from the bridge's last sample; with fit, the columns are sized for the longest texts they will get.
    void showSnapshot(bool fit);

    FifoFlow* m_flow = nullptr;
    bool m_following = false; // a run was started: its samples, the last one included, fill the rows
};
