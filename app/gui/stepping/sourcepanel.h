// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class Bridge;
class ProgramRunner;
struct ProgramResult;

// The subprocess.py of this machine's python3, found by asking python3 itself (asynchronously, never blocking the
// window), with the lines of the current step highlighted. Without python3 it shows an annotated excerpt written
// for PipeScope, and says so.
class SourcePanel : public QWidget
{
    Q_OBJECT
public:
    // python3 is asked through bridge's runners.
    explicit SourcePanel(Bridge* bridge, QWidget* parent = nullptr);
    ~SourcePanel() override;

    // The interpreter to ask; "python3" (or $PIPESCOPE_PYTHON) unless set. Takes effect at the next load().
    void setPythonProgram(const QString& program);
    QString pythonProgram() const { return m_python; }
    // Finds and reads subprocess.py; loaded() follows. What was found is kept for the rest of the process.
    void load();

    bool isLoaded() const { return m_loaded; }
    bool isFallback() const { return m_fallback; }
    QString sourcePath() const { return m_path; }
    QString sourceText() const;
    QString originText() const;
    // Which way this python3 would start the child (posix_spawn, vfork or fork), and whether that is the path the
    // steps show; empty until loaded, and for the annotated excerpt.
    QString spawnPathText() const;

    // Highlights the lines of this plan step ("posix.pipe.stdin", "win.createprocess"...) and scrolls to them.
    void showStep(const QString& stepId, bool fileObject = false);
    QList<int> highlightedLines() const { return m_highlighted; }
    QPlainTextEdit* editor() const { return m_editor; }

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Says every text again in the language installed now; the source, its highlight and scroll stay.
    void retranslateUi();
    void onProbeFinished(const ProgramResult& result);
    void onProbeFailed();
    // What the probe said, or an empty answer: remembered and shown.
    void probeDone(const QByteArray& answer);
    void showSource(const QString& text, const QString& path, const QString& version, bool fallback);
    void showOrigin();
    void showSpawnPath(const QString& version, bool posixSpawnUsable, bool posixSpawnClosefrom);
    void highlight();
    void showNote();

    Bridge* m_bridge = nullptr;
    QString m_python;
    ProgramRunner* m_probe = nullptr; // while python3 is being asked
    bool m_probeTimedOut = false;
    QLabel* m_origin = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_spawnPath = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    bool m_loaded = false;
    bool m_fallback = false;
    QString m_path;
    QString m_version; // python3's, once loaded from it
    // What showSpawnPath() was last told, so that it can say it again.
    QString m_spawnVersion;
    bool m_posixSpawnUsable = false;
    bool m_posixSpawnClosefrom = false;
    QString m_stepId;
    bool m_fileObject = false;
    QList<int> m_highlighted;
};
