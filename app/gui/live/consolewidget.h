// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/stream.h"
#include "bridge/liveflow.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The console of a live run: a line to type into the child's stdin, a button to close it, and what went through
// each of the three streams, byte for byte (anything that is not text is shown escaped, nothing is dropped
// silently). Where a stream is not a PIPE it explains what Python's Popen would do instead: proc.stdin is None.
class ConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 defaultHistoryLimit = qint64 { 1 } << 20;
    static constexpr qint64 defaultUpdateBudget = 8 * 1024;
    // Text is set at most this often: nobody reads faster, and a flood then costs the window little.
    static constexpr double flushIntervalSeconds = 0.1;

    explicit ConsoleWidget(QWidget* parent = nullptr);
    ~ConsoleWidget() override;

    // Follows this flow's runs from their next start; nullptr detaches.
    void setFlow(LiveFlow* flow);
    LiveFlow* flow() const { return m_flow; }

    // Per view: how many bytes it keeps (older ones go, with a note), and how many new bytes one update shows at
    // most (a flood is sampled, with a note of how much was skipped, so the window stays smooth).
    void setHistoryLimit(qint64 bytes);
    void setUpdateBudget(qint64 bytes);

    QLineEdit* inputLine() const { return m_input; }
    QPushButton* closeStdinButton() const { return m_closeStdin; }
    // The explanation under the input line (why a line was not sent), empty when there is none.
    QString inputNotice() const;
    // What a view shows instead of bytes when the parent holds no end of its stream (not a PIPE, merged...).
    QString streamNotice(pipescope::Stream s) const;
    // What a view shows, exactly as on screen.
    QString shownText(pipescope::Stream s) const;
    qint64 droppedBytes(pipescope::Stream s) const; // the oldest, dropped to keep the history bounded
    qint64 notShownBytes(pipescope::Stream s) const; // went by too fast to be shown

    void clear();

    // The texts of the notices, for the panel and the tests.
    static QString noStdinText(const pipescope::Redirect& redirect, const QString& method);
    static QString noOutputText(pipescope::Stream s, const pipescope::Redirect& redirect);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct View;

    // Says every text again in the language installed now; what the views show and the run stay as they are.
    void retranslateUi();
    void showStreamNotices();

    void onStarted();
    void onSample(const LiveSample& sample);
    void onEvent(const pipescope::Event& event);
    void onFinished();
    void sendLine();
    void closeStdin();
    void setInputNotice(const QString& text, bool error);
    // The notice made by text, now and again after a language switch.
    void setInputNotice(std::function<QString()> text, bool error);
    void updateInputState();
    bool stdinStillOpen() const;

    void showNotice(View& view, const QString& text);
    void append(View& view, const QString& text, qint64 bytes, bool marker);
    void appendMarker(View& view, const QString& text);
    void queueBytes(View& view, const LiveStream& stream);
    void flush(View& view, std::optional<pipescope::Stream> s);
    void closeMarker(View& view, pipescope::Stream s);
    void trim(View& view);
    void showDropped(View& view);
    void updateHeader(View& view, pipescope::Stream s);

    QPointer<LiveFlow> m_flow;
    QLineEdit* m_input = nullptr;
    QPushButton* m_closeStdin = nullptr;
    QLabel* m_inputNotice = nullptr;
    std::function<QString()> m_inputNoticeText;
    bool m_inputNoticeError = false;
    std::array<std::unique_ptr<View>, 3> m_views;
    qint64 m_historyLimit = defaultHistoryLimit;
    qint64 m_updateBudget = defaultUpdateBudget;
    bool m_stdinCloseRequested = false;
    bool m_haveRun = false;
};
