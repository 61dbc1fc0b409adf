// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/pythonpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

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

bool writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

} // namespace

PythonPanel::PythonPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pythonPanel"));
    const QString fromEnv = qEnvironmentVariable("PIPESCOPE_PYTHON");
    m_python = fromEnv.isEmpty() ? QStringLiteral("python3") : fromEnv;

    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("pythonFileBox"));
    m_file->addItem(QStringLiteral("parent.py"));
    m_file->addItem(QStringLiteral("child.py"));
    m_file->setToolTip(tr("parent.py is the Popen program for this configuration; child.py is the seed's child, "
                          "written for PipeScope. Unlike the note's child.py it ends at end-of-file: the note's loop "
                          "never checks for the '' that readline() returns there, so it would print for ever."));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyPythonButton"));
    m_copy->setToolTip(tr("Copy the program shown to the clipboard."));
    m_copy->setAutoDefault(false);
    m_run = new QPushButton(tr("Run in P&ython"), this);
    m_run->setObjectName(QStringLiteral("runPythonButton"));
    m_run->setToolTip(tr("Write parent.py and child.py to a temporary folder and run python3 parent.py: the note's "
                         "pattern, which writes everything and then reads. PipeScope's Run talks to the child as "
                         "communicate() does, like python3 parent.py communicate."));
    m_run->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pythonStatus"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_file);
    bar->addWidget(m_copy);
    bar->addWidget(m_run);
    bar->addWidget(m_status, 1);

    m_code = codeView(QStringLiteral("pythonCode"), this);
    m_code->setToolTip(tr("The equivalent Python program, read-only."));
    m_expectation = new QLabel(this);
    m_expectation->setObjectName(QStringLiteral("pythonExpectation"));
    m_expectation->setWordWrap(true);
    m_expectation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output = codeView(QStringLiteral("pythonOutput"), this);
    m_output->setToolTip(tr("What python3 printed: the program's output, then its stderr (a traceback, if any)."));
    m_output->setPlaceholderText(tr("Press Run in Python to see what the real python3 does."));

    m_ownRun = new QLabel(this);
    m_ownRun->setObjectName(QStringLiteral("pipescopeRunSummary"));
    m_ownRun->setWordWrap(true);
    m_ownRun->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ownRun->setText(tr("PipeScope's own run: not run yet (Run, F5)."));

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

    connect(m_file, &QComboBox::currentIndexChanged, this, &PythonPanel::showCode);
    connect(m_copy, &QPushButton::clicked, this, &PythonPanel::copyToClipboard);
    connect(m_run, &QPushButton::clicked, this, &PythonPanel::runInPython);
    showCode();
}

PythonPanel::~PythonPanel()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

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
    if (m_process) {
        // Its output would describe the old program: stopped, and never shown.
        QProcess* process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
        m_run->setEnabled(true);
    }
    m_output->clear();
    m_status->clear();
    m_ownRun->setText(tr("PipeScope's own run: not run yet (Run, F5)."));
}

void PythonPanel::showCode()
{
    m_code->setPlainText(m_file->currentIndex() == 1 ? PythonProgram::childSource() : m_program.parentSource());
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

void PythonPanel::setPipeScopeRun(const QString& summary)
{
    m_ownRun->setText(tr("PipeScope's own run: %1").arg(summary));
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
    m_status->setText(tr("Copied."));
}

bool PythonPanel::runInPython()
{
    if (m_process)
        return false;
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("pipescope-python-XXXXXX")));
    const QString parent = m_dir->filePath(QStringLiteral("parent.py"));
    if (!m_dir->isValid() || !writeFile(parent, m_program.parentSource())
        || !writeFile(m_dir->filePath(QStringLiteral("child.py")), PythonProgram::childSource())) {
        m_output->setPlainText(tr("Cannot write the program to a temporary folder."));
        return false;
    }
    m_output->clear();
    m_status->setText(tr("Running %1 parent.py …").arg(m_python));
    m_run->setEnabled(false);
    m_timedOut = false;
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setProgram(m_python);
    m_process->setArguments({ QStringLiteral("-u"), parent });
    connect(m_process, &QProcess::finished, this, &PythonPanel::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished();
    });
    QTimer::singleShot(m_timeoutMs, m_process, [this, process = m_process] {
        if (process != m_process)
            return; // forgotten with its configuration, and being killed already
        m_timedOut = true;
        process->kill();
    });
    m_process->start();
    // A child with stdin=None inherits this stdin: closed at once, it reads end-of-file instead of waiting.
    m_process->closeWriteChannel();
    return true;
}

void PythonPanel::onFinished()
{
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();
    m_run->setEnabled(true);
    if (process->error() == QProcess::FailedToStart) {
        m_status->setText(tr("python3 was not found."));
        m_output->setPlainText(tr("Cannot start '%1': is python3 installed?").arg(m_python));
        Q_EMIT pythonFinished();
        return;
    }
    QString text = QString::fromUtf8(process->readAllStandardOutput());
    const QString errors = QString::fromUtf8(process->readAllStandardError());
    if (!errors.isEmpty())
        text += QLatin1Char('\n') + tr("--- stderr ---") + QLatin1Char('\n') + errors;
    m_output->setPlainText(text);
    // The last line is the one that matters: the exception, or the exit status.
    m_output->moveCursor(QTextCursor::End);
    m_output->ensureCursorVisible();
    if (m_timedOut)
        m_status->setText(tr("python3 did not finish in time and was killed."));
    else if (process->exitStatus() == QProcess::CrashExit)
        m_status->setText(tr("python3 crashed."));
    else
        m_status->setText(tr("python3 exited with status %1.").arg(process->exitCode()));
    Q_EMIT pythonFinished();
}
