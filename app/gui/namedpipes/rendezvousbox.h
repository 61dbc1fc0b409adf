// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fifo/fifoopen.h"

#include <QGroupBox>

#include <functional>

class FifoFlow;
class QEvent;
class QLabel;
class QPushButton;

// The rendezvous of open(2) on a FIFO, by hand: blocking opens that wait (on the bridge's thread) for the other
// end, non-blocking ones that return at once or fail with ENXIO, and the fds this process holds.
class RendezvousBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit RendezvousBox(FifoFlow* flow, QWidget* parent = nullptr);
    ~RendezvousBox() override;

    QString resultText() const;
    QString rendezvousText() const;

    void openNonBlocking(pipescope::FifoEnd end);
    void openBlocking(pipescope::FifoEnd end);
    void closeHeldFds();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateRendezvous();
    void updateButtons();
    // The result is kept as a function of the state it describes, so that it can be said again in another language.
    void setResult(std::function<QString()> text, bool alarm);

    FifoFlow* m_flow = nullptr;
    QLabel* m_explain = nullptr;
    QPushButton* m_openReadNb = nullptr;
    QPushButton* m_openWriteNb = nullptr;
    QPushButton* m_openReadBlocking = nullptr;
    QPushButton* m_openWriteBlocking = nullptr;
    QPushButton* m_closeHeld = nullptr;
    QLabel* m_rendezvous = nullptr;
    QLabel* m_result = nullptr;
    std::function<QString()> m_resultText;
};
