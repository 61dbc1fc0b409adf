// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/recording.h"
#include "record/recordingstate.h"

#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

// A recording at one step, drawn: every process then as a box (its pid and program, the pipe ends it holds, by fd
// and Popen name), children to the right of their parent, and each pipe as arrows from every fd that holds its
// write end to every fd that holds its read end, the way the bytes go. The process that made the step's call is
// outlined. The picture scales to fit the widget.
class ProcessDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit ProcessDiagram(QWidget* parent = nullptr);

    void setRecording(std::shared_ptr<const pipescope::Recording> recording);
    // Right after events[step]; before the first event when empty.
    void setStep(std::optional<size_t> step);
    const pipescope::RecordingState& state() const { return m_state; }

    // Where things are drawn, in widget coordinates (empty when not shown).
    QRectF processRect(int pid) const;
    QPointF endAnchor(int pid, int fd) const;
    // The arrows drawn now: (writer pid, its fd) → (reader pid, its fd), per pipe.
    struct Arrow
    {
        std::uint64_t inode = 0;
        int fromPid = 0;
        int fromFd = -1;
        int toPid = 0;
        int toFd = -1;
    };
    const std::vector<Arrow>& arrows() const { return m_arrows; }
    // Scene units to pixels: the smallest text is drawn at textPixels * scale().
    qreal scale() const;
    static constexpr qreal textPixels = 15;

    QSize sizeHint() const override { return { 560, 420 }; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Box
    {
        QRectF rect; // scene units
        int focusRow = -1;
    };
    void rebuild();
    QColor pipeColour(std::uint64_t inode) const;
    QTransform toWidget() const;

    std::shared_ptr<const pipescope::Recording> m_recording;
    std::map<std::uint64_t, int> m_pipeIndex; // the pipe's place in the recording: its colour
    std::optional<size_t> m_step;
    pipescope::RecordingState m_state;
    int m_focusPid = 0;
    QMap<int, Box> m_boxes;
    std::vector<Arrow> m_arrows;
    QRectF m_bounds;
};
