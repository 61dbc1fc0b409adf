// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/presentermode.h"

#include "stepping/stepspanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>

namespace {

// Text sizes for a projected screen: a line of the explanation is about a thirtieth of the screen's height, the
// controls a little smaller, so that both read from the back of a room at 1920×1080.
int controlPixels(const QWidget* window)
{
    const int height = window->screen() ? window->screen()->geometry().height() : 1080;
    return std::max(20, height / 40);
}

int explanationPixels(const QWidget* window)
{
    const int height = window->screen() ? window->screen()->geometry().height() : 1080;
    return std::max(24, height / 32);
}

} // namespace

PresenterMode::PresenterMode(QMainWindow* window, StepsPanel* steps, QBoxLayout* layout)
    : QObject(window)
    , m_window(window)
    , m_steps(steps)
{
    m_action = new QAction(tr("&Presenter Mode"), this);
    m_action->setObjectName(QStringLiteral("presenterAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("Full screen with large text for a classroom: the diagram and the step bar only (F11; "
                            "Esc leaves)."));
    // Added to the window itself too: the shortcut works wherever the focus is, even with the menu bar hidden.
    window->addAction(m_action);
    connect(m_action, &QAction::toggled, this, &PresenterMode::setActive);

    m_escape = new QAction(this);
    m_escape->setObjectName(QStringLiteral("leavePresenterAction"));
    m_escape->setShortcut(QKeySequence(Qt::Key_Escape));
    m_escape->setShortcutContext(Qt::WindowShortcut);
    m_escape->setEnabled(false);
    window->addAction(m_escape);
    connect(m_escape, &QAction::triggered, this, [this] { setActive(false); });

    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("presenterExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setMargin(8);
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setBackgroundRole(QPalette::Base);
    m_explanation->setForegroundRole(QPalette::Text);
    m_explanation->setVisible(false);
    layout->addWidget(m_explanation);
}

PresenterMode::~PresenterMode() = default;

void PresenterMode::setStepBar(QWidget* bar, const QList<QWidget*>& keep)
{
    m_bar = bar;
    for (QWidget* w : keep)
        m_keep.append(w);
    m_leave = new QPushButton(tr("Leave Presenter Mode"), bar);
    m_leave->setObjectName(QStringLiteral("leavePresenterButton"));
    m_leave->setIcon(bar->style()->standardIcon(QStyle::SP_TitleBarNormalButton));
    m_leave->setToolTip(tr("Back to the full window (Esc or F11)."));
    m_leave->setVisible(false);
    m_keep.append(m_leave);
    if (auto* row = qobject_cast<QBoxLayout*>(bar->layout()))
        row->addWidget(m_leave);
    connect(m_leave, &QPushButton::clicked, this, [this] { setActive(false); });
}

void PresenterMode::setHiddenWhilePresenting(const QList<QWidget*>& widgets)
{
    for (QWidget* w : widgets)
        m_hide.append(w);
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        enter();
    else
        leave();
    {
        const QSignalBlocker blocker(m_action);
        m_action->setChecked(active);
    }
    m_escape->setEnabled(active);
    Q_EMIT activeChanged(active);
}

void PresenterMode::enter()
{
    // Before anything grows: large text raises the window's minimum size.
    m_oldState = m_window->windowState();
    m_oldGeometry = m_window->geometry();
    m_hiddenByUs.clear();
    const auto hide = [this](QWidget* w) {
        if (w && !w->isHidden()) {
            w->hide();
            m_hiddenByUs.append(w);
        }
    };
    for (const QPointer<QWidget>& w : std::as_const(m_hide))
        hide(w);
    if (m_bar) {
        for (QWidget* w : m_bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (!m_keep.contains(w))
                hide(w);
    }
    hide(m_window->menuWidget());

    m_hadOwnFont = m_window->testAttribute(Qt::WA_SetFont);
    m_oldFont = m_window->font();
    QFont large = m_window->font();
    large.setPixelSize(controlPixels(m_window));
    m_window->setFont(large);
    QFont explanationFont = large;
    explanationFont.setPixelSize(explanationPixels(m_window));
    m_explanation->setFont(explanationFont);

    // The step bar's icons grow with its text.
    for (const QPointer<QWidget>& w : std::as_const(m_keep))
        if (auto* button = qobject_cast<QAbstractButton*>(w.data()))
            button->setIconSize(QSize(large.pixelSize(), large.pixelSize()));
    if (m_leave)
        m_leave->show();
    m_explanation->show();
    refresh();

    m_window->setWindowState((m_oldState & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
}

void PresenterMode::leave()
{
    // Text back to its size first, so that the window's minimum size allows its old geometry.
    m_window->setFont(m_hadOwnFont ? m_oldFont : QFont());
    if (!m_hadOwnFont)
        m_window->setAttribute(Qt::WA_SetFont, false);
    m_explanation->hide();
    for (const QPointer<QWidget>& w : std::as_const(m_keep))
        if (auto* button = qobject_cast<QAbstractButton*>(w.data()))
            button->setIconSize(QSize()); // the style's size again
    if (m_leave)
        m_leave->hide();
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenByUs))
        if (w)
            w->show();
    m_hiddenByUs.clear();
    m_window->setWindowState(m_oldState & ~Qt::WindowFullScreen);
    // Not every platform puts a window back where it was after full screen.
    if (!(m_oldState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->setGeometry(m_oldGeometry);
}

void PresenterMode::refresh()
{
    if (!m_active)
        return;
    // The steps panel's explanation, paragraph by paragraph: the heading, the call, what it does and why.
    const QStringList lines = m_steps->explanationText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString html;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString text = lines.at(i).toHtmlEscaped();
        if (i == 0 && lines.size() > 1)
            html += QStringLiteral("<b>%1</b>").arg(text);
        else if (i == 1 && lines.size() > 2)
            html += QStringLiteral("<br><code><b>%1</b></code>").arg(text);
        else
            html += (html.isEmpty() ? QString() : QStringLiteral("<br>")) + text;
    }
    m_explanation->setText(html);
}
