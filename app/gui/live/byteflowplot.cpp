// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/byteflowplot.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace pipescope;

namespace {

// One colour per stream, the same in both plots and in the panel's gauges.
const std::array<QColor, 3> streamColours { QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
    QColor(0xd6, 0x27, 0x28) };

// Ticks at round binary amounts per second (256 KiB/s, 1.5 GiB/s), all labelled in the one unit the axis spans.
class ByteRateTicker : public QCPAxisTicker
{
protected:
    static double unitFor(double top)
    {
        double unit = 1;
        for (int k = 0; k < 4 && top / unit >= 1024.0; ++k)
            unit *= 1024.0;
        return unit;
    }

    double getTickStep(const QCPRange& range) override
    {
        m_unit = unitFor(std::max(std::abs(range.lower), std::abs(range.upper)));
        const double exact = range.size() / m_unit / (static_cast<double>(tickCount()) + 1e-10);
        return cleanMantissa(exact) * m_unit;
    }

    QString getTickLabel(double tick, const QLocale& locale, QChar, int) override
    {
        static const std::array<QString, 5> units { QStringLiteral("B/s"), QStringLiteral("KiB/s"),
            QStringLiteral("MiB/s"), QStringLiteral("GiB/s"), QStringLiteral("TiB/s") };
        const auto power = static_cast<std::size_t>(std::lround(std::log2(m_unit) / 10.0));
        return locale.toString(tick / m_unit, 'g', 4) + QLatin1Char(' ') + units[std::min(power, units.size() - 1)];
    }

private:
    double m_unit = 1;
};

void setupTimeAxis(QCPAxis* axis)
{
    axis->setRange(0, ByteFlowPlot::minimumSpanSeconds);
}

} // namespace

ByteFlowPlot::ByteFlowPlot(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("plotPause"));
    m_pause->setCheckable(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("plotExport"));
    m_hint = new QLabel(this);
    m_hint->setEnabled(false);
    m_hint->setWordWrap(true);
    bar->addWidget(m_pause);
    bar->addWidget(m_export);
    bar->addWidget(m_hint, 1);
    layout->addLayout(bar);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("byteFlowPlot"));
    // Short is fine (the ticks thin out): the Live tab shares the window with the diagram.
    m_plot->setMinimumHeight(90);
    // Fast, crisp lines: no antialiasing on the data, polylines drawn in one go; QCustomPlot never uses OpenGL here.
    m_plot->setNotAntialiasedElements(QCP::aePlottables);
    m_plot->setPlottingHints(QCP::phCacheLabels | QCP::phFastPolylines);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    m_rateRect = m_plot->axisRect();
    m_fillRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_fillRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 2.0);
    m_plot->plotLayout()->setRowStretchFactor(1, 1.0);
    m_plot->plotLayout()->setRowSpacing(0);
    auto* margins = new QCPMarginGroup(m_plot);
    m_rateRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_fillRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    for (QCPAxisRect* rect : { m_rateRect, m_fillRect }) {
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        rect->setRangeZoomAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        setupTimeAxis(rect->axis(QCPAxis::atBottom));
    }
    QCPAxis* rateTime = m_rateRect->axis(QCPAxis::atBottom);
    QCPAxis* fillTime = m_fillRect->axis(QCPAxis::atBottom);
    rateTime->setTickLabels(false);
    // The wheel changes the range: that width is what the view keeps while it follows the present.
    connect(rateTime, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& range) {
        if (!m_following)
            m_window = std::clamp(range.size(), 1.0, retentionSeconds);
    });
    // One time axis for both: zooming or dragging either moves the other.
    connect(rateTime, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), fillTime,
        qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(fillTime, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), rateTime,
        qOverload<const QCPRange&>(&QCPAxis::setRange));

    QCPAxis* rateAxis = m_rateRect->axis(QCPAxis::atLeft);
    rateAxis->setTicker(QSharedPointer<ByteRateTicker>::create());
    rateAxis->setRange(0, 1);
    // Few ticks: the plot is often short, and crowded labels overlap.
    rateAxis->ticker()->setTickCount(3);
    QCPAxis* fillAxis = m_fillRect->axis(QCPAxis::atLeft);
    fillAxis->setRange(0, 105);
    fillAxis->ticker()->setTickCount(2);

    for (Stream s : allStreams) {
        const auto i = static_cast<std::size_t>(s);
        QPen pen(streamColours[i]);
        pen.setWidthF(1.0);
        pen.setCosmetic(true);
        m_rate[i] = m_plot->addGraph(rateTime, rateAxis);
        m_rate[i]->setPen(pen);
        m_fill[i] = m_plot->addGraph(fillTime, fillAxis);
        m_fill[i]->setPen(pen);
        m_fill[i]->removeFromLegend();
    }
    m_plot->legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(std::max(6.0, legendFont.pointSizeF() * 0.85));
    m_plot->legend->setFont(legendFont);
    // One row in the top right corner, see-through: in a short plot a column of three would hide the data.
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(0);
    m_plot->legend->setMargins(QMargins(4, 1, 4, 1));
    m_plot->legend->setBrush(QColor(255, 255, 255, 190));
    m_rateRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    layout->addWidget(m_plot, 1);

    connect(m_pause, &QPushButton::toggled, this, &ByteFlowPlot::setPaused);
    connect(m_export, &QPushButton::clicked, this, &ByteFlowPlot::exportWithDialog);
    // Dragging means looking back: the view must stop running away from the reader.
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (event->buttons() & Qt::LeftButton)
            setPaused(true);
    });
    retranslateUi();
}

ByteFlowPlot::~ByteFlowPlot() = default;

void ByteFlowPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ByteFlowPlot::retranslateUi()
{
    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Stop following the present; the run goes on and is recorded"));
    m_export->setText(tr("Export PNG…"));
    m_export->setToolTip(tr("Save both plots as a PNG image"));
    m_hint->setText(tr("Wheel: zoom the time axis · drag: scroll back (pauses)"));
    m_plot->setToolTip(tr("Top: bytes per second through each pipe. Bottom: how full each pipe is."));
    m_fillRect->axis(QCPAxis::atBottom)->setLabel(tr("seconds since start"));
    m_rateRect->axis(QCPAxis::atLeft)->setLabel(tr("bytes/s"));
    m_fillRect->axis(QCPAxis::atLeft)->setLabel(tr("pipe fill (%)"));
    // The legend items read their graphs' names when they paint.
    const std::array<QString, 3> names { tr("stdin (written)"), tr("stdout (read)"), tr("stderr (read)") };
    for (Stream s : allStreams) {
        const auto i = static_cast<std::size_t>(s);
        m_rate[i]->setName(names[i]);
        m_fill[i]->setName(names[i]);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ByteFlowPlot::setFlow(LiveFlow* flow)
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    m_flow = flow;
    if (flow) {
        connect(flow, &LiveFlow::started, this, &ByteFlowPlot::clear);
        connect(flow, &LiveFlow::sampled, this, &ByteFlowPlot::addSample);
    }
}

void ByteFlowPlot::clear()
{
    for (std::size_t i = 0; i < m_rate.size(); ++i) {
        m_rate[i]->data()->clear();
        m_fill[i]->data()->clear();
    }
    m_latest = 0;
    m_rateRect->axis(QCPAxis::atLeft)->setRange(0, 1);
    setPaused(false);
    follow();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ByteFlowPlot::addSample(const LiveSample& sample)
{
    const double t = sample.seconds;
    for (Stream s : allStreams) {
        const auto i = static_cast<std::size_t>(s);
        const LiveStream& stream = sample.stream(s);
        // NaN leaves a gap: a stream that is not a pipe, or a pipe the parent no longer holds, has no level.
        m_rate[i]->addData(t, stream.piped ? stream.bytesPerSecond : std::numeric_limits<double>::quiet_NaN());
        m_fill[i]->addData(t, stream.hasFill ? 100.0 * stream.fillRatio() : std::numeric_limits<double>::quiet_NaN());
        m_rate[i]->data()->removeBefore(t - retentionSeconds);
        m_fill[i]->data()->removeBefore(t - retentionSeconds);
    }
    m_latest = t;
    if (!m_paused) {
        follow();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void ByteFlowPlot::follow()
{
    QCPAxis* time = m_rateRect->axis(QCPAxis::atBottom);
    // The right edge is now. Until the run is as long as the window the axis grows with it, so a run of half a
    // second fills the plot instead of a sliver of it; then it slides.
    const double upper = std::max(m_latest, minimumSpanSeconds);
    m_following = true;
    time->setRange(std::max(0.0, upper - m_window), upper);
    m_following = false;

    const QCPRange shown = time->range();
    double top = 0;
    for (QCPGraph* graph : m_rate) {
        const auto data = graph->data();
        for (auto it = data->findBegin(shown.lower); it != data->constEnd(); ++it)
            if (std::isfinite(it->value))
                top = std::max(top, it->value);
    }
    m_rateRect->axis(QCPAxis::atLeft)->setRange(0, std::max(1.0, top * 1.15));
}

void ByteFlowPlot::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pause->setChecked(paused);
    if (!paused) {
        follow();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    Q_EMIT pausedChanged(paused);
}

void ByteFlowPlot::setWindowSeconds(double seconds)
{
    m_window = std::clamp(seconds, 1.0, retentionSeconds);
    if (!m_paused) {
        follow();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

double ByteFlowPlot::windowSeconds() const
{
    return m_window;
}

int ByteFlowPlot::pointCount() const
{
    return m_rate[0]->dataCount();
}

bool ByteFlowPlot::exportPng(const QString& path)
{
    return m_plot->savePng(path);
}

void ByteFlowPlot::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the byte flow as PNG"), QStringLiteral("byteflow.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Export PNG"), tr("Could not write %1.").arg(path));
}
