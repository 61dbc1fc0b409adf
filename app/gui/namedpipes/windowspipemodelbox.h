// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QCheckBox;
class QEvent;
class QLabel;
class QTreeWidget;

// The Windows named pipe as a model of its Win32 calls (nothing of it runs here), each call with what a POSIX FIFO
// has instead on a line under it; clients local or over SMB.
class WindowsPipeModelBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit WindowsPipeModelBox(QWidget* parent = nullptr);
    ~WindowsPipeModelBox() override;

    QTreeWidget* steps() const { return m_steps; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // Fills the tree from the model; with keepItems the rows stay and only their texts are said again.
    void showModel(bool keepItems);

    QCheckBox* m_remoteClients = nullptr;
    QLabel* m_info = nullptr;
    QTreeWidget* m_steps = nullptr;
};
