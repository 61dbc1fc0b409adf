// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/pythonpanel.h"

#include "bridge/bridge.h"
#include "bridge/programrunner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

QPlainTextEdit* codeView(const QString& name, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    view->setFont(mono);
    return view;
}

// A script of :/python/, as text; empty when it is missing.
QString bundled(const QString& name)
{
    QFile f(QStringLiteral(":/python/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

} // namespace

PythonPanel::PythonPanel(Bridge* bridge, QWidget* parent)
    : QWidget(parent)
    , m_bridge(bridge)
{
    setObjectName(QStringLiteral("pythonPanel"));
    const QString fromEnv = qEnvironmentVariable("PIPESCOPE_PYTHON");
    m_python = fromEnv.isEmpty() ? QStringLiteral("python3") : fromEnv;

    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("pythonFileBox"));
    m_file->addItem(QStringLiteral("parent.py"));
    m_file->addItem(QStringLiteral("child.py"));
    m_file->addItem(QString()); // the note's parent.py and child.py: named in retranslateUi()
    m_file->addItem(QString());
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyPythonButton"));
    m_copy->setAutoDefault(false);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runPythonButton"));
    m_run->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pythonStatus"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_file);
    bar->addWidget(m_copy);
    bar->addWidget(m_run);
    bar->addWidget(m_status, 1);

    m_code = codeView(QStringLiteral("pythonCode"), this);
    m_expectation = new QLabel(this);
    m_expectation->setObjectName(QStringLiteral("pythonExpectation"));
    m_expectation->setWordWrap(true);
    m_expectation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output = codeView(QStringLiteral("pythonOutput"), this);

    m_ownRun = new QLabel(this);
    m_ownRun->setObjectName(QStringLiteral("pipescopeRunSummary"));
    m_ownRun->setWordWrap(true);
    m_ownRun->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The two verdicts span the tab, so the program and python3's output get all the height there is.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_code);
    split->addWidget(m_output);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_expectation);
    layout->addWidget(m_ownRun);
    layout->addWidget(split, 1);

    connect(m_file, &QComboBox::currentIndexChanged, this, [this] {
        // Another program: python3's output of the one shown before goes.
        if (noteSelected() != m_showingNote) {
            m_showingNote = noteSelected();
            forgetPythonRun();
        }
        showCode();
    });
    connect(m_copy, &QPushButton::clicked, this, &PythonPanel::copyToClipboard);
    connect(m_run, &QPushButton::clicked, this, &PythonPanel::runInPython);
    retranslateUi();
}

void PythonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PythonPanel::retranslateUi()
{
    m_file->setToolTip(tr("parent.py is the Popen program for this configuration; child.py is the seed's child, "
                          "written for PipeScope. Unlike the note's child.py it ends at end-of-file: the note's loop "
                          "never checks for the '' that readline() returns there, so it would print for ever. The "
                          "note's own two files are here too, to run as the note writes them."));
    m_file->setItemText(NoteParentFile, tr("the note's parent.py"));
    m_file->setItemText(NoteChildFile, tr("the note's child.py"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the program shown to the clipboard."));
    m_run->setText(tr("Run in P&ython"));
    m_run->setToolTip(tr("Write parent.py and child.py to a temporary folder and run python3 parent.py: the note's "
                         "pattern, which writes everything and then reads. PipeScope's Run talks to the child as "
                         "communicate() does, like python3 parent.py communicate."));
    m_code->setToolTip(tr("The equivalent Python program, read-only."));
    m_output->setToolTip(tr("What python3 printed: the program's output, then its stderr (a traceback, if any)."));
    m_code->setAccessibleName(tr("Python program"));
    m_output->setAccessibleName(tr("What python3 printed"));
    m_output->setPlaceholderText(tr("Press Run in Python to see what the real python3 does."));
    // The program's comments are translated too: the reader keeps their place in it.
    const int codeScroll = m_code->verticalScrollBar()->value();
    showCode();
    m_code->verticalScrollBar()->setValue(codeScroll);
    showStatus();
    showOutput();
    showOwnRun();
}

// A run still going is killed and reaped by its runner, a child of this panel.
// A run still going is released (killed, then deleted) by the bridge once this panel is gone.
PythonPanel::~PythonPanel() = default;

void PythonPanel::setConfiguration(
    const pipescope::SpawnSpec& spec, const QByteArray& input, bool seedInput, bool echoChild, qint64 numberedLines)
{
    const QString before = m_program.parentSource();
    m_program.spec = spec;
    m_program.input = input;
    m_program.seedInput = seedInput;
    m_program.echoChild = echoChild;
    m_program.numberedLines = numberedLines;
    showCode();
    if (m_program.parentSource() != before)
        forgetPythonRun();
}

void PythonPanel::forgetPythonRun()
{
    dropRun();
    m_outputKind = Output::None;
    m_pythonStdout.clear();
    m_pythonStderr.clear();
    showOutput();
    m_statusKind = Status::None;
    showStatus();
    m_ownRunSummary = nullptr;
    showOwnRun();
}

QString PythonPanel::writeProgram(const QString& folder) const
{
    const QDir dir(folder);
    const QString parent = dir.filePath(QStringLiteral("parent.py"));
    const QString source = m_program.parentSource();
    if (source.isEmpty() || !writeFile(parent, source)
        || !writeFile(dir.filePath(QStringLiteral("child.py")), PythonProgram::childSource()))
        return {};
    return parent;
}

void PythonPanel::selectProgram()
{
    if (noteSelected())
        m_file->setCurrentIndex(ParentFile);
}

QString PythonPanel::statusText() const
{
    return m_status->text();
}

bool PythonPanel::pythonRan() const
{
    return m_outputKind == Output::Ran;
}

bool PythonPanel::noteSelected() const
{
    return m_file->currentIndex() == NoteParentFile || m_file->currentIndex() == NoteChildFile;
}

void PythonPanel::showCode()
{
    switch (m_file->currentIndex()) {
    case ChildFile:
        m_code->setPlainText(PythonProgram::childSource());
        break;
    case NoteParentFile:
        m_code->setPlainText(bundled(QStringLiteral("note_parent.py")));
        break;
    case NoteChildFile:
        m_code->setPlainText(bundled(QStringLiteral("note_child.py")));
        break;
    default:
        m_code->setPlainText(m_program.parentSource());
        break;
    }
    if (noteSelected()) {
        m_expectation->setText(
            tr("PipeScope expects the note's demo to hang: child.py's prints stay in Python's buffer because its "
               "stdout is a pipe, parent.py's readline() waits for them, and after ten lines child.py waits for "
               "more input that never comes. Run in Python kills it after %n second(s).",
                nullptr, noteTimeoutMs / 1000));
        m_expectation->setStyleSheet(QStringLiteral("QLabel { color: #9a0018; font-weight: bold; }"));
        return;
    }
    const QStringList expected = m_program.expectedErrors();
    if (expected.isEmpty()) {
        m_expectation->setText(tr("PipeScope expects no error: every stream the program uses is a PIPE."));
        m_expectation->setStyleSheet(QString());
    } else {
        m_expectation->setText(tr("PipeScope expects: %1").arg(expected.first())
            + (expected.size() > 1 ? QLatin1Char(' ')
                        + tr("(Python stops at the first error; the next would be: %1)").arg(expected.at(1))
                                   : QString()));
        m_expectation->setStyleSheet(QStringLiteral("QLabel { color: #9a0018; font-weight: bold; }"));
    }
}

void PythonPanel::setPipeScopeRun(std::function<QString()> summary)
{
    m_ownRunSummary = std::move(summary);
    showOwnRun();
}

void PythonPanel::showOwnRun()
{
    m_ownRun->setText(m_ownRunSummary ? tr("PipeScope's own run: %1").arg(m_ownRunSummary())
                                      : tr("PipeScope's own run: not run yet (Run, F5)."));
}

void PythonPanel::showStatus()
{
    QString text;
    switch (m_statusKind) {
    case Status::None:
        break;
    case Status::Copied:
        text = tr("Copied.");
        break;
    case Status::Running:
        text = tr("Running %1 parent.py …").arg(m_python);
        break;
    case Status::NotFound:
        text = tr("python3 was not found.");
        break;
    case Status::TimedOut:
        text = tr("python3 did not finish in time and was killed.");
        break;
    case Status::Crashed:
        text = tr("python3 crashed.");
        break;
    case Status::Exited:
        text = tr("python3 exited with status %1.").arg(m_exitCode);
        break;
    }
    m_status->setText(text);
}

void PythonPanel::showOutput()
{
    QString text;
    switch (m_outputKind) {
    case Output::None:
        m_output->clear();
        return;
    case Output::CannotWrite:
        text = tr("Cannot write the program to a temporary folder.");
        break;
    case Output::CannotStart:
        text = tr("Cannot start '%1': is python3 installed?").arg(m_python);
        break;
    case Output::Ran:
        text = m_pythonStdout;
        if (!m_pythonStderr.isEmpty())
            text += QLatin1Char('\n') + tr("--- stderr ---") + QLatin1Char('\n') + m_pythonStderr;
        break;
    }
    if (text == m_output->toPlainText())
        return; // python3's own bytes alone: nothing to say again, and the reader keeps their place
    const int scroll = m_output->verticalScrollBar()->value();
    const bool atEnd = scroll >= m_output->verticalScrollBar()->maximum();
    m_output->setPlainText(text);
    m_output->verticalScrollBar()->setValue(atEnd ? m_output->verticalScrollBar()->maximum() : scroll);
}

QString PythonPanel::code() const
{
    return m_program.parentSource();
}

QString PythonPanel::expectationText() const
{
    return m_expectation->text();
}

QString PythonPanel::pythonOutput() const
{
    return m_output->toPlainText();
}

void PythonPanel::copyToClipboard()
{
    QApplication::clipboard()->setText(m_code->toPlainText());
    m_statusKind = Status::Copied;
    showStatus();
}

bool PythonPanel::runInPython()
{
    if (m_runner)
        return false;
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("pipescope-python-XXXXXX")));
    const QString parent = m_dir->filePath(QStringLiteral("parent.py"));
    // The note's own files, or the program for this configuration with PipeScope's child.py.
    const bool note = noteSelected();
    const QString parentSource = note ? bundled(QStringLiteral("note_parent.py")) : m_program.parentSource();
    const QString childSource = note ? bundled(QStringLiteral("note_child.py")) : PythonProgram::childSource();
    if (!m_dir->isValid() || parentSource.isEmpty() || !writeFile(parent, parentSource)
        || !writeFile(m_dir->filePath(QStringLiteral("child.py")), childSource)) {
        m_outputKind = Output::CannotWrite;
        showOutput();
        return false;
    }
    m_outputKind = Output::None;
    m_pythonStdout.clear();
    m_pythonStderr.clear();
    showOutput();
    m_statusKind = Status::Running;
    showStatus();
    m_run->setEnabled(false);
    m_timedOut = false;
    m_runner = m_bridge->newProgramRunner(this);
    connect(m_runner, &ProgramRunner::finished, this, &PythonPanel::onFinished);
    connect(m_runner, &ProgramRunner::failed, this, &PythonPanel::onFailed);
    QTimer::singleShot(note ? std::min(m_timeoutMs, noteTimeoutMs) : m_timeoutMs, this,
        [this, runner = QPointer<ProgramRunner>(m_runner)] {
            if (!runner || runner != m_runner)
                return; // dropped with its configuration, and being killed already
            m_timedOut = true;
            runner->cancel();
        });
    // No input: a child with stdin=None inherits this stdin, which reaches end-of-file at once instead of waiting.
    if (!m_runner->start({ m_python, QStringLiteral("-u"), parent }, {}, m_dir->path())) {
        if (m_runner) // not said by failed() already
            onFailed();
        return false;
    }
    return true;
}

void PythonPanel::dropRun()
{
    if (!m_runner)
        return;
    // Gone once it has killed and reaped python3, off the GUI thread.
    m_bridge->release(std::exchange(m_runner, nullptr));
    m_run->setEnabled(true);
}

void PythonPanel::onFailed()
{
    // Whatever stopped it from starting (no such program, not executable), python3 did not run.
    m_bridge->release(std::exchange(m_runner, nullptr));
    m_run->setEnabled(true);
    m_statusKind = Status::NotFound;
    showStatus();
    m_outputKind = Output::CannotStart;
    showOutput();
    Q_EMIT pythonFinished();
}

void PythonPanel::onFinished(const ProgramResult& result)
{
    m_bridge->release(std::exchange(m_runner, nullptr));
    m_run->setEnabled(true);
    m_outputKind = Output::Ran;
    m_pythonStdout = QString::fromUtf8(result.stdoutData);
    m_pythonStderr = QString::fromUtf8(result.stderrData);
    showOutput();
    // The last line is the one that matters: the exception, or the exit status.
    m_output->moveCursor(QTextCursor::End);
    m_output->ensureCursorVisible();
    m_exitCode = result.exit.signaled ? 0 : result.exit.code;
    if (m_timedOut)
        m_statusKind = Status::TimedOut;
    else if (result.exit.signaled)
        m_statusKind = Status::Crashed;
    else
        m_statusKind = Status::Exited;
    showStatus();
    Q_EMIT pythonFinished();
}
