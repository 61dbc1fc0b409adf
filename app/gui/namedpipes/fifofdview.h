// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class FifoFlow;
class QEvent;
class QLabel;
class QTableWidget;

// Every process holding the FIFO, with its fd read from /proc/<pid>/fd and fdinfo: the writers (read while stopped
// after their open), the reader, and the fds opened here by hand — all on one inode.
class FifoFdView : public QWidget
{
    Q_OBJECT
public:
    explicit FifoFdView(FifoFlow* flow, QWidget* parent = nullptr);
    ~FifoFdView() override;

    QTableWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateTable();

    FifoFlow* m_flow = nullptr;
    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
};
