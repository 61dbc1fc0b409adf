// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/processdiagram.h"

#include "text/recordingtext.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

using namespace pipescope;

namespace {

// Scene units: a box is boxWidth wide, a title and one row per held pipe end high.
constexpr qreal boxWidth = 330;
constexpr qreal titleHeight = 34;
constexpr qreal rowHeight = 26;
constexpr qreal columnGap = 120; // room for the arrows between a parent and its children
constexpr qreal rowGap = 26;
constexpr qreal margin = 70; // room for the stubs of ends whose other end is outside the recording

} // namespace

ProcessDiagram::ProcessDiagram(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("processDiagram"));
    setMinimumSize(320, 200);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::NoFocus);
}

void ProcessDiagram::setRecording(std::shared_ptr<const Recording> recording)
{
    m_recording = std::move(recording);
    m_pipeIndex.clear();
    if (m_recording)
        for (size_t i = 0; i < m_recording->pipes.size(); ++i)
            m_pipeIndex[m_recording->pipes[i].inode] = static_cast<int>(i);
    m_step.reset();
    rebuild();
}

void ProcessDiagram::setStep(std::optional<size_t> step)
{
    m_step = step;
    rebuild();
}

void ProcessDiagram::rebuild()
{
    m_state = m_recording ? recordingStateAfter(*m_recording, m_step) : RecordingState {};
    m_focusPid = m_recording && m_step && *m_step < m_recording->events.size() ? m_recording->events[*m_step].pid : 0;
    m_boxes.clear();
    m_arrows.clear();

    // Columns by depth in the process tree (a process whose parent is not shown starts a column of its own tree).
    QMap<int, int> depth;
    std::vector<qreal> columnBottom;
    for (const ProcessState& p : m_state.processes) {
        const int d = depth.contains(p.ppid) ? depth.value(p.ppid) + 1 : 0;
        depth[p.pid] = d;
        if (columnBottom.size() <= static_cast<size_t>(d))
            columnBottom.resize(static_cast<size_t>(d) + 1, margin);
        // A child starts no higher than its parent, so that a parent and its children read left to right.
        qreal top = columnBottom[static_cast<size_t>(d)];
        if (m_boxes.contains(p.ppid))
            top = std::max(top, m_boxes.value(p.ppid).rect.top());
        const qreal height = titleHeight + rowHeight * static_cast<qreal>(std::max<size_t>(p.ends.size(), 1)) + 8;
        m_boxes[p.pid] = Box { QRectF(margin + d * (boxWidth + columnGap), top, boxWidth, height) };
        columnBottom[static_cast<size_t>(d)] = top + height + rowGap;
    }
    m_bounds = QRectF();
    for (const Box& b : std::as_const(m_boxes))
        m_bounds = m_bounds.united(b.rect);
    m_bounds = m_bounds.isNull() ? QRectF(0, 0, boxWidth + 2 * margin, 100)
                                 : m_bounds.adjusted(-margin, -margin, margin, margin);

    // Every write end to every read end of the same pipe.
    for (const ProcessState& writer : m_state.processes)
        for (const HeldPipeEnd& w : writer.ends) {
            if (!w.writeEnd)
                continue;
            for (const ProcessState& reader : m_state.processes)
                for (const HeldPipeEnd& r : reader.ends)
                    if (!r.writeEnd && r.inode == w.inode)
                        m_arrows.push_back(Arrow { w.inode, writer.pid, w.fd, reader.pid, r.fd });
        }
    setAccessibleName(tr("Processes and pipes"));
    setAccessibleDescription(RecordingText::state(m_state));
    update();
}

qreal ProcessDiagram::scale() const
{
    if (m_bounds.isEmpty())
        return 1;
    return std::min({ width() / m_bounds.width(), height() / m_bounds.height(), 1.6 });
}

QTransform ProcessDiagram::toWidget() const
{
    const qreal s = scale();
    const qreal dx = (width() - m_bounds.width() * s) / 2;
    const qreal dy = (height() - m_bounds.height() * s) / 2;
    return QTransform::fromTranslate(dx, dy).scale(s, s).translate(-m_bounds.left(), -m_bounds.top());
}

QRectF ProcessDiagram::processRect(int pid) const
{
    return m_boxes.contains(pid) ? toWidget().mapRect(m_boxes.value(pid).rect) : QRectF();
}

QPointF ProcessDiagram::endAnchor(int pid, int fd) const
{
    const auto p = std::ranges::find(m_state.processes, pid, &ProcessState::pid);
    if (p == m_state.processes.end() || !m_boxes.contains(pid))
        return {};
    const auto row = std::ranges::find(p->ends, fd, &HeldPipeEnd::fd);
    if (row == p->ends.end())
        return {};
    const QRectF box = m_boxes.value(pid).rect;
    const qreal y = box.top() + titleHeight + rowHeight * static_cast<qreal>(row - p->ends.begin()) + rowHeight / 2;
    // A write end sends from the box's right side, a read end receives on its left.
    return toWidget().map(QPointF(row->writeEnd ? box.right() : box.left(), y));
}

QColor ProcessDiagram::pipeColour(std::uint64_t inode) const
{
    // Distinct hues that stay apart for the common colour-vision deficiencies (Okabe–Ito).
    static constexpr std::array<QRgb, 7> colours { 0xff0072b2, 0xffd55e00, 0xff009e73, 0xffcc79a7, 0xffe69f00,
        0xff56b4e9, 0xff000000 };
    const auto it = m_pipeIndex.find(inode);
    const int i = it != m_pipeIndex.end() ? it->second : 0;
    QColor c = QColor::fromRgba(colours[static_cast<size_t>(i) % colours.size()]);
    if (c == Qt::black)
        c = palette().color(QPalette::Text);
    return c;
}

void ProcessDiagram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (!m_recording) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        QFont f = font();
        f.setPixelSize(18);
        painter.setFont(f);
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Record a program to see its processes and their pipes here."));
        return;
    }
    painter.setTransform(toWidget());
    QFont titleFont = font();
    titleFont.setPixelSize(static_cast<int>(textPixels + 2));
    titleFont.setBold(true);
    QFont rowFont = font();
    rowFont.setPixelSize(static_cast<int>(textPixels));

    // Boxes first, arrows over them.
    for (const ProcessState& p : m_state.processes) {
        const Box box = m_boxes.value(p.pid);
        const bool focus = p.pid == m_focusPid;
        QColor fill = pal.color(QPalette::AlternateBase);
        if (p.ended)
            fill = pal.color(QPalette::Window);
        painter.setPen(QPen(focus ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), focus ? 4 : 1.5));
        painter.setBrush(fill);
        painter.drawRoundedRect(box.rect, 8, 8);
        painter.setFont(titleFont);
        painter.setPen(pal.color(p.ended ? QPalette::PlaceholderText : QPalette::Text));
        QString title = QStringLiteral("%1  %2").arg(p.pid).arg(RecordingText::program(p.argv));
        if (p.ended && p.exit)
            title += QStringLiteral("  (%1)").arg(RecordingText::exit(*p.exit));
        const QRectF titleRect(box.rect.left() + 10, box.rect.top() + 4, box.rect.width() - 20, titleHeight - 6);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(titleFont).elidedText(title, Qt::ElideMiddle, titleRect.width()));
        painter.setFont(rowFont);
        if (p.ends.empty()) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(
                QRectF(box.rect.left() + 14, box.rect.top() + titleHeight, box.rect.width() - 28, rowHeight),
                Qt::AlignLeft | Qt::AlignVCenter, tr("no pipe ends"));
        }
        for (size_t i = 0; i < p.ends.size(); ++i) {
            const HeldPipeEnd& h = p.ends[i];
            const QRectF row(box.rect.left() + 10, box.rect.top() + titleHeight + rowHeight * static_cast<qreal>(i),
                box.rect.width() - 20, rowHeight);
            const QColor colour = pipeColour(h.inode);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawRect(QRectF(h.writeEnd ? row.right() - 8 : row.left(), row.top() + 4, 8, row.height() - 8));
            painter.setPen(pal.color(QPalette::Text));
            QString text = tr("fd %1  %2").arg(h.fd).arg(RecordingText::end(h.writeEnd));
            if (!h.popenName.empty())
                text += QStringLiteral("  ") + QString::fromStdString(h.popenName);
            painter.drawText(
                row.adjusted(14, 0, -14, 0), Qt::AlignVCenter | (h.writeEnd ? Qt::AlignRight : Qt::AlignLeft), text);
        }
    }
    const QTransform back = toWidget().inverted();
    auto arrowHead = [&painter](QPointF to, const QColor& colour) {
        // At the read end: the bytes arrive there.
        QPainterPath head;
        head.moveTo(to);
        head.lineTo(to + QPointF(-14, -7));
        head.lineTo(to + QPointF(-14, 7));
        head.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPath(head);
    };
    for (const Arrow& a : m_arrows) {
        const QPointF from = back.map(endAnchor(a.fromPid, a.fromFd));
        const QPointF to = back.map(endAnchor(a.toPid, a.toFd));
        const QColor colour = pipeColour(a.inode);
        QPainterPath path(from);
        if (a.fromPid == a.toPid || to.x() <= from.x()) {
            // Back to its own box or to a box on the left: around the writer's box, below it.
            const QRectF box = m_boxes.value(a.fromPid).rect;
            const qreal below = std::max(box.bottom(), m_boxes.value(a.toPid).rect.bottom()) + 10;
            path.cubicTo(from + QPointF(40, 0), QPointF(from.x() + 40, below), QPointF(from.x(), below));
            path.lineTo(QPointF(to.x(), below));
            path.cubicTo(QPointF(to.x() - 40, below), to - QPointF(40, 0), to);
        } else {
            const qreal bend = std::max<qreal>(60, (to.x() - from.x()) / 2);
            path.cubicTo(from + QPointF(bend, 0), to - QPointF(bend, 0), to);
        }
        painter.setPen(QPen(colour, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        arrowHead(to, colour);
    }
    // An end whose other end no process of the recording holds (PipeScope's own pipes to the program's stdout and
    // stderr, say): a short dashed stub.
    for (const ProcessState& p : m_state.processes)
        for (const HeldPipeEnd& h : p.ends) {
            const bool connected = std::ranges::any_of(m_arrows, [&](const Arrow& a) {
                return h.writeEnd ? a.fromPid == p.pid && a.fromFd == h.fd : a.toPid == p.pid && a.toFd == h.fd;
            });
            if (connected)
                continue;
            const QPointF at = back.map(endAnchor(p.pid, h.fd));
            const QColor colour = pipeColour(h.inode);
            painter.setPen(QPen(colour, 3, Qt::DashLine));
            if (h.writeEnd) {
                painter.drawLine(at, at + QPointF(44, 0));
                arrowHead(at + QPointF(58, 0), colour);
            } else {
                painter.drawLine(at - QPointF(58, 0), at - QPointF(14, 0));
                arrowHead(at, colour);
            }
        }
}

void ProcessDiagram::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}
