// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

class QAction;
class QBoxLayout;
class QLabel;
class QMainWindow;
class QPushButton;
class QWidget;
class StepsPanel;

// Presenter mode, for the back of a classroom: full screen, large text, the diagram zoomed to fit (its lines grow
// with it), and the controls reduced to the step bar with the current step's explanation in large type. F11 (the
// View menu's checkable entry) enters and leaves it, Esc leaves it.
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    // steps: where the current step's explanation is read from; layout: where the large explanation goes.
    PresenterMode(QMainWindow* window, StepsPanel* steps, QBoxLayout* layout);
    ~PresenterMode() override;

    // bar: the row of controls; of its widgets only keep stay in presenter mode, plus a button to leave.
    void setStepBar(QWidget* bar, const QList<QWidget*>& keep);
    // Widgets hidden while presenting (the streams, the tables, the tabs ...).
    void setHiddenWhilePresenting(const QList<QWidget*>& widgets);

    QAction* action() const { return m_action; }
    bool isActive() const { return m_active; }
    void setActive(bool active);
    QLabel* explanation() const { return m_explanation; }
    QPushButton* leaveButton() const { return m_leave; }

    // Reads the current step's explanation again (after a step, a new plan, another selection).
    void refresh();

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void enter();
    void leave();

    QMainWindow* m_window;
    StepsPanel* m_steps;
    QAction* m_action = nullptr;
    QAction* m_escape = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_leave = nullptr;
    QWidget* m_bar = nullptr;
    QList<QPointer<QWidget>> m_keep;
    QList<QPointer<QWidget>> m_hide;
    QList<QPointer<QWidget>> m_hiddenByUs; // what was visible before and is to be shown again
    bool m_active = false;
    bool m_hadOwnFont = false;
    QFont m_oldFont;
    Qt::WindowStates m_oldState;
    QRect m_oldGeometry;
};
