// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/sourcepanel.h"

#include "stepping/sourcelocator.h"

#include "bridge/bridge.h"
#include "bridge/programrunner.h"

#include "popen/spawnpath.h"

#include <QFile>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace pipescope;

namespace {

// Generous: pyenv-style shims start slowly on a busy machine, and this only bounds a python3 that hangs.
constexpr int probeTimeoutMs = 30'000;

struct Found
{
    QString path;
    QString version;
    QString text;
    bool posixSpawnUsable = false; // subprocess._USE_POSIX_SPAWN
    bool posixSpawnClosefrom = false; // os.POSIX_SPAWN_CLOSEFROM exists
};

// What each interpreter said, for the rest of the process: asking python3 again would only cost time.
QHash<QString, Found>& cache()
{
    static QHash<QString, Found> found;
    return found;
}

QString defaultPython()
{
    const QString fromEnv = qEnvironmentVariable("PIPESCOPE_PYTHON");
    return fromEnv.isEmpty() ? QStringLiteral("python3") : fromEnv;
}

} // namespace

SourcePanel::SourcePanel(Bridge* bridge, QWidget* parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_python(defaultPython())
{
    setObjectName(QStringLiteral("sourcePanel"));
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("sourceOrigin"));
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("sourceNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    QFont italic = m_note->font();
    italic.setItalic(true);
    m_note->setFont(italic);
    m_spawnPath = new QLabel(this);
    m_spawnPath->setObjectName(QStringLiteral("sourceSpawnPath"));
    m_spawnPath->setWordWrap(true);
    m_spawnPath->setVisible(false);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("sourceView"));
    m_editor->setReadOnly(true);
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_editor->setFont(mono);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_origin);
    layout->addWidget(m_spawnPath);
    layout->addWidget(m_note);
    layout->addWidget(m_editor, 1);
    retranslateUi();
}

void SourcePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SourcePanel::retranslateUi()
{
    m_editor->setToolTip(tr("subprocess.py, read-only. The highlighted lines carry out the current step."));
    m_editor->setPlaceholderText(tr("Looking for python3's subprocess.py …"));
    m_editor->setAccessibleName(tr("subprocess.py"));
    showOrigin();
    showSpawnPath(m_spawnVersion, m_posixSpawnUsable, m_posixSpawnClosefrom);
    showNote();
}

// A probe still going is killed and reaped by its runner, a child of this panel.
// A probe still going is released (killed, then deleted) by the bridge once this panel is gone.
SourcePanel::~SourcePanel() = default;

void SourcePanel::setPythonProgram(const QString& program)
{
    m_python = program;
}

void SourcePanel::load()
{
    if (const auto it = cache().constFind(m_python); it != cache().cend()) {
        showSpawnPath(it->text.isEmpty() ? QString() : it->version, it->posixSpawnUsable, it->posixSpawnClosefrom);
        showSource(it->text, it->path, it->version, it->text.isEmpty());
        return;
    }
    if (m_probe)
        return;
    m_probe = m_bridge->newProgramRunner(this);
    connect(m_probe, &ProgramRunner::finished, this, &SourcePanel::onProbeFinished);
    connect(m_probe, &ProgramRunner::failed, this, &SourcePanel::onProbeFailed);
    // A python3 that hangs must not leave the tab waiting for ever.
    m_probeTimedOut = false;
    QTimer::singleShot(probeTimeoutMs, this, [this, probe = QPointer<ProgramRunner>(m_probe)] {
        if (!probe || probe != m_probe)
            return; // answered already, and released
        m_probeTimedOut = true;
        probe->cancel();
    });
    // No input: its stdin reaches end-of-file at once.
    const QStringList argv { m_python, QStringLiteral("-c"),
        QStringLiteral("import os, subprocess, sys; print(subprocess.__file__); print(sys.version.split()[0]); "
                       "print(int(getattr(subprocess, '_USE_POSIX_SPAWN', False))); "
                       "print(int(hasattr(os, 'POSIX_SPAWN_CLOSEFROM')))") };
    if (!m_probe->start(argv) && m_probe)
        onProbeFailed();
}

void SourcePanel::onProbeFinished(const ProgramResult& result)
{
    const bool answered = !result.cancelled && !result.exit.signaled && result.exit.code == 0;
    probeDone(answered ? result.stdoutData : QByteArray());
}

void SourcePanel::onProbeFailed()
{
    probeDone({});
}

void SourcePanel::probeDone(const QByteArray& answer)
{
    m_bridge->release(std::exchange(m_probe, nullptr));
    Found found;
    if (!answer.isEmpty()) {
        const QStringList lines = QString::fromLocal8Bit(answer).split(QLatin1Char('\n'));
        if (lines.size() >= 2) {
            QFile file(lines[0].trimmed());
            if (file.open(QIODevice::ReadOnly)) {
                found.path = file.fileName();
                found.version = lines[1].trimmed();
                found.text = QString::fromUtf8(file.readAll());
                found.posixSpawnUsable = lines.size() > 2 && lines[2].trimmed() == QLatin1String("1");
                found.posixSpawnClosefrom = lines.size() > 3 && lines[3].trimmed() == QLatin1String("1");
            }
        }
    }
    // A python3 that only ran out of time is asked again next time; one that answered is not.
    if (!m_probeTimedOut)
        cache().insert(m_python, found);
    showSpawnPath(found.text.isEmpty() ? QString() : found.version, found.posixSpawnUsable, found.posixSpawnClosefrom);
    showSource(found.text, found.path, found.version, found.text.isEmpty());
}

void SourcePanel::showSpawnPath(const QString& version, bool posixSpawnUsable, bool posixSpawnClosefrom)
{
    m_spawnVersion = version;
    m_posixSpawnUsable = posixSpawnUsable;
    m_posixSpawnClosefrom = posixSpawnClosefrom;
    const QStringList parts = version.split(QLatin1Char('.'));
    bool majorOk = false;
    bool minorOk = false;
    const int major = parts.value(0).toInt(&majorOk);
    const int minor = parts.value(1).toInt(&minorOk);
    if (!majorOk || !minorOk) {
        m_spawnPath->clear();
        m_spawnPath->setVisible(false);
        return;
    }
    // PipeScope starts its child as Popen would with its defaults: close_fds=True, no preexec_fn, and the
    // program's full path.
    const SpawnPathQuery query { .pythonMajor = major,
        .pythonMinor = minor,
        .posixSpawnUsable = posixSpawnUsable,
        .posixSpawnClosefrom = posixSpawnClosefrom };
    QString text;
    switch (cpythonSpawnPath(query)) {
    case SpawnPath::PosixSpawn:
        text = tr("This python3 (%1) would start a child like this one (close_fds=True, a program path with a "
                  "directory, no preexec_fn) with os.posix_spawn(), not by the path the steps show: no errpipe, no "
                  "dup-away and no _close_open_fds; the C library does the closes and dup2s in the child it makes. "
                  "The steps show _posixsubprocess.fork_exec, which CPython uses whenever posix_spawn does not "
                  "apply, because each of its calls can be watched.")
                   .arg(version);
        break;
    case SpawnPath::Vfork:
        text = tr("This python3 (%1) would start a child like this one (close_fds=True, a program path with a "
                  "directory, no preexec_fn) by the path the steps show, _posixsubprocess.fork_exec, with vfork() "
                  "in place of fork().")
                   .arg(version);
        break;
    case SpawnPath::Fork:
        text = tr("This python3 (%1) would start a child like this one (close_fds=True, a program path with a "
                  "directory, no preexec_fn) by the path the steps show: _posixsubprocess.fork_exec with fork().")
                   .arg(version);
        break;
    }
    m_spawnPath->setText(text);
    m_spawnPath->setVisible(true);
}

QString SourcePanel::spawnPathText() const
{
    return m_spawnPath->text();
}

void SourcePanel::showSource(const QString& text, const QString& path, const QString& version, bool fallback)
{
    m_fallback = fallback;
    m_path = fallback ? QStringLiteral(":/python/subprocess_annotated.py") : path;
    m_version = version;
    QString shown = text;
    if (fallback) {
        QFile excerpt(m_path);
        if (excerpt.open(QIODevice::ReadOnly))
            shown = QString::fromUtf8(excerpt.readAll());
    }
    m_loaded = true;
    showOrigin();
    m_editor->setPlainText(shown);
    highlight();
    Q_EMIT loaded();
}

void SourcePanel::showOrigin()
{
    if (!m_loaded) {
        m_origin->setText(tr("Looking for python3's subprocess.py …"));
    } else if (m_fallback) {
        m_origin->setText(tr("No python3 found: this is an annotated excerpt written for PipeScope, not CPython's "
                             "subprocess.py. It follows the same structure, so the same lines light up."));
        m_origin->setStyleSheet(QStringLiteral("QLabel { background: #ffcf5c; color: #1a1a1a; padding: 3px; "
                                               "font-weight: bold; }"));
    } else {
        m_origin->setText(tr("subprocess.py of python3 %1: %2").arg(m_version, m_path));
        m_origin->setStyleSheet(QString());
    }
}

QString SourcePanel::sourceText() const
{
    return m_editor->toPlainText();
}

QString SourcePanel::originText() const
{
    return m_origin->text();
}

void SourcePanel::showStep(const QString& stepId, bool fileObject)
{
    m_stepId = stepId;
    m_fileObject = fileObject;
    highlight();
}

void SourcePanel::highlight()
{
    m_highlighted.clear();
    if (!m_loaded)
        return;
    const SourceLocator locator(m_editor->toPlainText());
    if (!m_stepId.isEmpty())
        m_highlighted = locator.linesFor(m_stepId, m_fileObject);

    QList<QTextEdit::ExtraSelection> selections;
    for (int line : std::as_const(m_highlighted)) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_editor->document()->findBlockByNumber(line));
        sel.format.setBackground(QColor(0xff, 0xe0, 0x82));
        sel.format.setForeground(QColor(0x1a, 0x1a, 0x1a));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << sel;
    }
    m_editor->setExtraSelections(selections);
    showNote();

    // Scroll so the highlighted lines sit a little below the top, with their context above them.
    const int target = m_highlighted.isEmpty() ? std::max(0, locator.windowsGetHandles()) : m_highlighted.first();
    const int top = std::max(0, target - 4);
    QTextCursor cursor(m_editor->document()->findBlockByNumber(top));
    m_editor->moveCursor(QTextCursor::End);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

void SourcePanel::showNote()
{
    if (!m_loaded)
        return;
    QString note = SourceLocator::noteFor(m_stepId);
    if (!m_highlighted.isEmpty()) {
        const QString where = m_highlighted.size() == 1
            ? tr("line %1").arg(m_highlighted.first() + 1)
            : tr("lines %1–%2").arg(m_highlighted.first() + 1).arg(m_highlighted.last() + 1);
        note = note.isEmpty() ? tr("Current step (%1): %2.").arg(m_stepId, where)
                              : tr("Current step (%1): %2. %3").arg(m_stepId, where, note);
    } else if (!m_stepId.isEmpty() && note.isEmpty()) {
        note = tr("Current step (%1): no line of its own in this subprocess.py.").arg(m_stepId);
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}
