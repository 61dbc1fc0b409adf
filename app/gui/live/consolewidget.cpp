// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/consolewidget.h"

#include "text/byteescaper.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <deque>
#include <optional>

using namespace pipescope;

namespace {

std::size_t index(Stream s)
{
    return static_cast<std::size_t>(s);
}

// core's names are UTF-8 identifiers ("stdout", "PIPE", "manual").
QString coreText(std::string_view name)
{
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString popenName(const Redirect& r)
{
    switch (r.kind) {
    case Redirect::Kind::Fd:
        return QString::number(r.fd);
    case Redirect::Kind::File:
        return QStringLiteral("open('%1')").arg(QString::fromStdString(r.path));
    default:
        break;
    }
    return coreText(kindName(r.kind));
}

QString streamWord(Stream s)
{
    return coreText(streamName(s));
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

void setNotice(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

// One stream's view, and what it needs to show the stream as it arrives.
struct ConsoleWidget::View
{
    struct Segment
    {
        qint64 chars = 0; // in the document
        qint64 bytes = 0; // of the stream
    };

    QLabel* header = nullptr;
    QLabel* dropped = nullptr;
    QStackedWidget* stack = nullptr; // the bytes, or instead of them why the parent has none
    QPlainTextEdit* edit = nullptr;
    QPlainTextEdit* notice = nullptr; // scrolls, so a long explanation is never cut off in a small view
    QString title;
    QString headerText;

    ByteEscaper escaper;
    QByteArray pending; // arrived, not in the document yet: text is set at most flushInterval apart
    qint64 pendingSkipped = 0; // went by unseen just before pending[0]
    double lastFlush = -1; // LiveSample::seconds of the last flush
    std::deque<Segment> segments; // what the document holds, oldest first, so the oldest can go by bytes
    qint64 shownBytes = 0;
    qint64 droppedBytes = 0;
    qint64 notShownBytes = 0;
    qint64 total = 0;

    // The end closes: the sample says when (after its last bytes), the event says why; either may come first.
    bool wasOpen = false;
    bool closedSeen = false;
    bool closeMarked = false;
    std::optional<EventKind> closeKind;
};

// A stream the parent holds no end of has no bytes to show: its explanation takes the view's place.
void ConsoleWidget::showNotice(View& view, const QString& text)
{
    if (view.notice->toPlainText() != text)
        view.notice->setPlainText(text);
    view.stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget*>(view.edit) : view.notice);
}

ConsoleWidget::ConsoleWidget(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* inputRow = new QHBoxLayout;
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_closeStdin = new QPushButton(this);
    m_closeStdin->setObjectName(QStringLiteral("closeStdin"));
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_closeStdin);
    layout->addLayout(inputRow);

    m_inputNotice = new QLabel(this);
    m_inputNotice->setObjectName(QStringLiteral("inputNotice"));
    m_inputNotice->setWordWrap(true);
    m_inputNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inputNotice->hide();
    layout->addWidget(m_inputNotice);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (Stream s : allStreams) {
        auto view = std::make_unique<View>();
        auto* frame = new QWidget(splitter);
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        view->header = new QLabel(frame);
        QFont bold = view->header->font();
        bold.setBold(true);
        view->header->setFont(bold);
        view->header->setWordWrap(true);
        view->dropped = new QLabel(frame);
        view->dropped->setWordWrap(true);
        view->dropped->hide();
        view->stack = new QStackedWidget(frame);
        view->edit = new QPlainTextEdit(view->stack);
        view->edit->setObjectName(QStringLiteral("console_") + streamWord(s));
        view->edit->setReadOnly(true);
        view->edit->setFont(fixed);
        view->edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        view->edit->setWordWrapMode(QTextOption::WrapAnywhere);
        // No undo history: it would keep every byte ever shown, however much the view drops.
        view->edit->document()->setUndoRedoEnabled(false);
        view->notice = new QPlainTextEdit(view->stack);
        view->notice->setObjectName(QStringLiteral("notice_") + streamWord(s));
        view->notice->setReadOnly(true);
        QPalette explanation = view->notice->palette(); // an explanation, not the stream's bytes
        explanation.setColor(QPalette::Base, explanation.color(QPalette::Window));
        view->notice->setPalette(explanation);
        // Two lines at least, no more: the Live tab shares the window's height with the diagram.
        const int twoLines = view->edit->fontMetrics().lineSpacing() * 2 + 2 * view->edit->frameWidth() + 4;
        view->edit->setMinimumHeight(twoLines);
        view->notice->setMinimumHeight(twoLines);
        view->stack->addWidget(view->edit);
        view->stack->addWidget(view->notice);
        box->addWidget(view->header);
        box->addWidget(view->dropped);
        box->addWidget(view->stack, 1);
        splitter->addWidget(frame);
        m_views[index(s)] = std::move(view);
    }
    layout->addWidget(splitter, 1);

    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleWidget::sendLine);
    connect(m_closeStdin, &QPushButton::clicked, this, &ConsoleWidget::closeStdin);
    retranslateUi();
}

ConsoleWidget::~ConsoleWidget() = default;

void ConsoleWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConsoleWidget::retranslateUi()
{
    m_input->setToolTip(tr("proc.stdin.write(): Enter sends the line and a newline to the child's stdin"));
    m_input->setAccessibleName(tr("A line for the child's stdin"));
    m_closeStdin->setText(tr("Close stdin (EOF)"));
    m_closeStdin->setToolTip(tr("proc.stdin.close(): the child's next read returns 0 bytes (EOF)"));
    const std::array<QString, 3> titles {
        tr("stdin — what the parent wrote"),
        tr("stdout — what the parent read"),
        tr("stderr — what the parent read"),
    };
    for (Stream s : allStreams) {
        View& view = *m_views[index(s)];
        view.title = titles[index(s)];
        view.edit->setToolTip(s == Stream::Stdin
                ? tr("Every byte the parent wrote to the child's stdin, in order; bytes that are not text are shown "
                     "escaped (\\xNN, \\r)")
                : tr("Every byte the parent read from this pipe, in order; bytes that are not text are shown escaped "
                     "(\\xNN, \\r)"));
        view.notice->setToolTip(tr("Why the parent has no bytes to show for this stream"));
        view.edit->setAccessibleName(view.title);
        view.notice->setAccessibleName(view.title);
        updateHeader(view, s);
        if (view.droppedBytes > 0)
            showDropped(view);
    }
    // The bytes and the markers among them stay as they were shown: they are the run's record.
    if (m_haveRun && m_flow)
        showStreamNotices();
    if (m_inputNoticeText)
        setInputNotice(m_inputNoticeText, m_inputNoticeError);
    updateInputState();
}

// Where the parent holds no end of a stream, why, in the view's place.
void ConsoleWidget::showStreamNotices()
{
    const SpawnSpec& spec = m_flow->spec();
    for (Stream s : { Stream::Stdout, Stream::Stderr })
        showNotice(*m_views[index(s)], noOutputText(s, spec.redirect(s)));
    if (spec.redirect(Stream::Stdin).kind != Redirect::Kind::Pipe)
        showNotice(*m_views[index(Stream::Stdin)], noStdinText(spec.redirect(Stream::Stdin), QStringLiteral("write")));
}

void ConsoleWidget::setFlow(LiveFlow* flow)
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    m_flow = flow;
    if (flow) {
        // The notices as soon as the run is asked for; again once it runs, after the setup's own closes went by.
        connect(flow, &LiveFlow::starting, this, &ConsoleWidget::onStarted);
        connect(flow, &LiveFlow::started, this, &ConsoleWidget::onStarted);
        connect(flow, &LiveFlow::sampled, this, &ConsoleWidget::onSample);
        connect(flow, &LiveFlow::coreEvent, this, &ConsoleWidget::onEvent);
        connect(flow, &LiveFlow::finished, this, &ConsoleWidget::onFinished);
    }
    updateInputState();
}

void ConsoleWidget::setHistoryLimit(qint64 bytes)
{
    m_historyLimit = std::max<qint64>(bytes, 1024);
}

void ConsoleWidget::setUpdateBudget(qint64 bytes)
{
    m_updateBudget = std::max<qint64>(bytes, 16);
}

QString ConsoleWidget::inputNotice() const
{
    return m_inputNotice->isHidden() ? QString() : m_inputNotice->text();
}

QString ConsoleWidget::streamNotice(Stream s) const
{
    return m_views[index(s)]->notice->toPlainText();
}

QString ConsoleWidget::shownText(Stream s) const
{
    return m_views[index(s)]->edit->toPlainText();
}

qint64 ConsoleWidget::droppedBytes(Stream s) const
{
    return m_views[index(s)]->droppedBytes;
}

qint64 ConsoleWidget::notShownBytes(Stream s) const
{
    return m_views[index(s)]->notShownBytes;
}

void ConsoleWidget::clear()
{
    for (Stream s : allStreams) {
        View& view = *m_views[index(s)];
        view.edit->clear();
        view.escaper.reset();
        view.pending.clear();
        view.pendingSkipped = 0;
        view.lastFlush = -1;
        view.segments.clear();
        view.shownBytes = view.droppedBytes = view.notShownBytes = view.total = 0;
        view.wasOpen = view.closedSeen = view.closeMarked = false;
        view.closeKind.reset();
        showNotice(view, QString());
        setNotice(view.dropped, QString());
        updateHeader(view, s);
    }
    setInputNotice(QString(), false);
}

QString ConsoleWidget::noStdinText(const Redirect& redirect, const QString& method)
{
    QString source;
    switch (redirect.kind) {
    case Redirect::Kind::DevNull:
        source = tr("/dev/null, which is at EOF at once");
        break;
    case Redirect::Kind::File:
        source = tr("the file %1").arg(QString::fromStdString(redirect.path));
        break;
    case Redirect::Kind::Fd:
        source = tr("the parent's fd %1").arg(redirect.fd);
        break;
    default:
        source = tr("PipeScope's own stdin (a terminal, or /dev/null when started from the desktop)");
        break;
    }
    return tr("proc.stdin is None → proc.stdin.%1() raises AttributeError: 'NoneType' object has no attribute "
              "'%1'.\nstdin=%2 is not PIPE: no pipe was made for it, so the parent holds no write end (p2cwrite "
              "is -1). The child reads %3 instead.")
        .arg(method, popenName(redirect), source);
}

QString ConsoleWidget::noOutputText(Stream s, const Redirect& redirect)
{
    if (redirect.kind == Redirect::Kind::Pipe)
        return {};
    if (redirect.kind == Redirect::Kind::Stdout)
        return tr("proc.stderr is None: stderr=STDOUT makes errwrite the same as c2pwrite, so what the child writes "
                  "to fd 2 goes where fd 1 goes — into the stdout view, in the order it was written.");
    const QString name = streamWord(s);
    QString sink;
    switch (redirect.kind) {
    case Redirect::Kind::DevNull:
        sink = tr("/dev/null, which drops every byte");
        break;
    case Redirect::Kind::File:
        sink = tr("the file %1").arg(QString::fromStdString(redirect.path));
        break;
    case Redirect::Kind::Fd:
        sink = tr("the parent's fd %1").arg(redirect.fd);
        break;
    default:
        sink = tr("PipeScope's own %1 (the terminal or log it was started with)").arg(name);
        break;
    }
    const QString handle = s == Stream::Stdout ? QStringLiteral("c2pread") : QStringLiteral("errread");
    return tr("proc.%1 is None → proc.%1.readline() raises AttributeError: 'NoneType' object has no attribute "
              "'readline'.\n%1=%2 is not PIPE: the parent holds no read end (%3 is -1). The child writes to %4 "
              "instead.")
        .arg(name, popenName(redirect), handle, sink);
}

void ConsoleWidget::onStarted()
{
    clear();
    m_haveRun = true;
    m_stdinCloseRequested = false;
    showStreamNotices();
    const SpawnSpec& spec = m_flow->spec();
    for (Stream s : allStreams)
        m_views[index(s)]->wasOpen = spec.redirect(s).kind == Redirect::Kind::Pipe;
    updateInputState();
}

void ConsoleWidget::onSample(const LiveSample& sample)
{
    for (Stream s : allStreams) {
        View& view = *m_views[index(s)];
        const LiveStream& stream = sample.stream(s);
        view.total = stream.bytes;
        if (stream.piped)
            queueBytes(view, stream);
        // After a quiet spell the first bytes show at once; while they keep coming, flushIntervalSeconds apart.
        const bool queued = !view.pending.isEmpty() || view.pendingSkipped > 0;
        if (queued && sample.seconds - view.lastFlush >= flushIntervalSeconds) {
            flush(view, s);
            view.lastFlush = sample.seconds;
        }
        if (view.wasOpen && !stream.open) {
            view.closedSeen = true;
            closeMarker(view, s);
        }
        view.wasOpen = stream.open;
    }
    updateInputState();
}

void ConsoleWidget::onEvent(const Event& event)
{
    if (!event.stream)
        return;
    switch (event.kind) {
    case EventKind::StreamEof:
    case EventKind::ParentClosed:
    case EventKind::StdinClosed:
    case EventKind::StdinBrokenPipe:
        break;
    default:
        return;
    }
    View& view = *m_views[index(*event.stream)];
    if (!view.closeKind || event.kind == EventKind::StdinBrokenPipe)
        view.closeKind = event.kind;
    closeMarker(view, *event.stream);
}

void ConsoleWidget::onFinished()
{
    for (Stream s : allStreams) {
        View& view = *m_views[index(s)];
        flush(view, s);
        // An incomplete character at the very end is shown as the bytes it is.
        if (const QString rest = view.escaper.flush(); !rest.isEmpty())
            append(view, rest, 0, false);
        if (view.closeKind)
            view.closedSeen = true;
        closeMarker(view, s);
    }
    updateInputState();
}

void ConsoleWidget::closeMarker(View& view, Stream s)
{
    if (view.closeMarked || !view.closedSeen || !view.closeKind)
        return;
    view.closeMarked = true;
    flush(view, s);
    if (const QString rest = view.escaper.flush(); !rest.isEmpty())
        append(view, rest, 0, false);
    QString text;
    switch (*view.closeKind) {
    case EventKind::StreamEof:
        text = tr("[EOF]");
        break;
    case EventKind::StdinBrokenPipe:
        text = tr("[EPIPE: the child closed its stdin or exited; the rest of the input was not written]");
        break;
    case EventKind::StdinClosed:
        text = tr("[stdin closed: the child reads EOF]");
        break;
    default:
        text = s == Stream::Stdin ? tr("[stdin closed: the child reads EOF]") : tr("[closed by the parent]");
        break;
    }
    appendMarker(view, text);
}

void ConsoleWidget::queueBytes(View& view, const LiveStream& stream)
{
    // A gap after what is queued: the queued bytes join the gap (they directly precede it), so one marker covers
    // them all and the order stays exact. Only a flood does this, and nobody could have read those bytes anyway.
    if (stream.skipped > 0 && !view.pending.isEmpty()) {
        view.pendingSkipped += view.pending.size();
        view.pending.clear();
    }
    view.pendingSkipped += stream.skipped;
    view.pending += stream.fresh;
    // At most half the history per update, so one update never pushes out all that came before it.
    const qint64 budget = std::min(m_updateBudget, m_historyLimit / 2);
    if (view.pending.size() > budget) {
        // Keep the newest bytes, from the start of a character rather than the middle of one. The cut bytes
        // follow the skipped ones directly, so one marker stands for both.
        qsizetype cut = view.pending.size() - budget;
        for (int k = 0; k < 3 && cut < view.pending.size() && (static_cast<uchar>(view.pending[cut]) & 0xC0U) == 0x80U;
             ++k)
            ++cut;
        view.pendingSkipped += cut;
        view.pending.remove(0, cut);
    }
}

void ConsoleWidget::flush(View& view, std::optional<Stream> s)
{
    if (view.pendingSkipped > 0) {
        if (const QString rest = view.escaper.flush(); !rest.isEmpty())
            append(view, rest, 0, false);
        view.notShownBytes += view.pendingSkipped;
        appendMarker(view,
            tr("[… %1 bytes not shown: they went by faster than a screen can show them …]")
                .arg(QLocale().toString(view.pendingSkipped)));
        view.pendingSkipped = 0;
    }
    if (!view.pending.isEmpty()) {
        append(view, view.escaper.feed(view.pending), view.pending.size(), false);
        view.pending.clear();
    }
    if (s)
        updateHeader(view, *s);
}

void ConsoleWidget::appendMarker(View& view, const QString& text)
{
    append(view, text, 0, true);
}

void ConsoleWidget::append(View& view, const QString& text, qint64 bytes, bool marker)
{
    if (text.isEmpty() && bytes == 0)
        return;
    QScrollBar* bar = view.edit->verticalScrollBar();
    // Follow the end only when the reader is there; someone scrolled up to read keeps their place.
    const bool following = bar->value() >= bar->maximum();
    QTextCharFormat format;
    if (marker) {
        format.setFontItalic(true);
        format.setForeground(view.edit->palette().color(QPalette::Disabled, QPalette::Text));
    }
    QTextCursor cursor(view.edit->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    view.segments.push_back({ .chars = text.size(), .bytes = bytes });
    view.shownBytes += bytes;
    trim(view);
    if (following)
        bar->setValue(bar->maximum());
}

void ConsoleWidget::trim(View& view)
{
    if (view.shownBytes <= m_historyLimit)
        return;
    // Down to 7/8 of the limit, so a flood trims now and then, not on every update.
    const qint64 target = m_historyLimit - m_historyLimit / 8;
    qint64 chars = 0;
    qint64 bytes = 0;
    // The newest update always stays: a view must never go blank because a lot arrived.
    while (view.segments.size() > 1 && view.shownBytes - bytes > target) {
        chars += view.segments.front().chars;
        bytes += view.segments.front().bytes;
        view.segments.pop_front();
    }
    if (chars == 0)
        return;
    QTextDocument* doc = view.edit->document();
    QTextCursor cursor(doc);
    cursor.setPosition(0);
    cursor.setPosition(static_cast<int>(std::min<qint64>(chars, doc->characterCount() - 1)), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    view.shownBytes -= bytes;
    view.droppedBytes += bytes;
    showDropped(view);
}

void ConsoleWidget::showDropped(View& view)
{
    setNotice(view.dropped,
        tr("Older bytes were dropped to keep the last %1 here: %2 dropped so far.")
            .arg(dataSize(m_historyLimit), dataSize(view.droppedBytes)));
}

void ConsoleWidget::updateHeader(View& view, Stream s)
{
    const QString text = view.total > 0
        ? (s == Stream::Stdin ? tr("%1 · %2 written") : tr("%1 · %2 read")).arg(view.title, dataSize(view.total))
        : view.title;
    if (text != view.headerText) {
        view.headerText = text;
        view.header->setText(text);
    }
}

void ConsoleWidget::setInputNotice(std::function<QString()> text, bool error)
{
    m_inputNoticeText = std::move(text);
    m_inputNoticeError = error;
    setInputNotice(m_inputNoticeText(), error);
}

void ConsoleWidget::setInputNotice(const QString& text, bool error)
{
    if (text.isEmpty())
        m_inputNoticeText = nullptr;
    QPalette palette = m_inputNotice->palette();
    palette.setColor(QPalette::WindowText,
        error ? QColor(0xb0, 0x00, 0x20) : this->palette().color(QPalette::Active, QPalette::WindowText));
    m_inputNotice->setPalette(palette);
    setNotice(m_inputNotice, text);
}

// Before the first sample the pipe is as spawn() left it: open.
bool ConsoleWidget::stdinStillOpen() const
{
    const LiveSample& last = m_flow->lastSample();
    return last.sequence == 0 || last.stream(Stream::Stdin).open;
}

void ConsoleWidget::updateInputState()
{
    const bool running = m_flow && m_flow->isRunning();
    const bool stdinPiped = m_haveRun && m_flow && m_flow->spec().redirect(Stream::Stdin).kind == Redirect::Kind::Pipe;
    const bool stdinOpen = running && stdinPiped && stdinStillOpen();
    QString placeholder;
    if (!running)
        placeholder = tr("Start a scenario, then type a line for the child's stdin here");
    else if (!stdinPiped)
        placeholder = tr("proc.stdin is None: press Enter to see why nothing can be written");
    else
        placeholder = tr("A line for the child's stdin — Enter sends it with a newline");
    if (m_input->placeholderText() != placeholder)
        m_input->setPlaceholderText(placeholder);
    // Without a pipe the button still answers, with the AttributeError close() would raise.
    m_closeStdin->setEnabled(running && (!stdinPiped || (stdinOpen && !m_stdinCloseRequested)));
}

void ConsoleWidget::sendLine()
{
    const QString line = m_input->text();
    if (!m_flow || !m_flow->isRunning()) {
        setInputNotice(
            [haveRun = m_haveRun] {
                return haveRun ? tr("The child has exited: nothing reads its stdin any more.")
                               : tr("Start a scenario first: there is no child to write to yet.");
            },
            true);
        return;
    }
    const Redirect& stdinRedirect = m_flow->spec().redirect(Stream::Stdin);
    if (stdinRedirect.kind != Redirect::Kind::Pipe) {
        setInputNotice([stdinRedirect] { return noStdinText(stdinRedirect, QStringLiteral("write")); }, true);
        return;
    }
    if (m_stdinCloseRequested || !stdinStillOpen()) {
        setInputNotice(
            [] {
                return tr("proc.stdin is closed → proc.stdin.write() raises ValueError: write to closed file. The "
                          "child has read EOF; start the scenario again to talk to a new one.");
            },
            true);
        return;
    }
    if (m_flow->policy() != ParentPolicy::Manual) {
        setInputNotice(
            [policy = m_flow->policy()] {
                return tr("This parent writes its own input and then closes stdin (%1); typing is for the "
                          "scenarios where you are the parent.")
                    .arg(coreText(parentPolicyName(policy)));
            },
            true);
        return;
    }
    if (!m_flow->feedLine(line.toUtf8())) {
        setInputNotice(
            [] {
                return tr("The line was not sent: the child is not reading, and too much input already waits "
                          "for it.");
            },
            true);
        return;
    }
    m_input->clear();
    setInputNotice(QString(), false);
}

void ConsoleWidget::closeStdin()
{
    if (!m_flow || !m_flow->isRunning())
        return;
    const Redirect& stdinRedirect = m_flow->spec().redirect(Stream::Stdin);
    if (stdinRedirect.kind != Redirect::Kind::Pipe) {
        setInputNotice([stdinRedirect] { return noStdinText(stdinRedirect, QStringLiteral("close")); }, true);
        return;
    }
    m_stdinCloseRequested = true;
    m_flow->closeStdin();
    updateInputState();
}
