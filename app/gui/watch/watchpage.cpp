// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/watchpage.h"

#include "bridge/bridge.h"
#include "bridge/programrunner.h"
#include "record/callsyntax.h"
#include "text/commandline.h"
#include "text/describe.h"
#include "text/recordingtext.h"
#include "text/statusline.h"
#include "watch/plancomparepanel.h"
#include "watch/processdiagram.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>
#include <functional>
#include <utility>

using namespace pipescope;

namespace {

QString bundledPython(const QString& name)
{
    QFile f(QStringLiteral(":/python/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// False for an empty text too: a bundled file that is missing is not written as an empty program.
bool writeText(const QString& path, const QString& text)
{
    if (text.isEmpty())
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) == text.toUtf8().size();
}

// A word of a command line as it would be typed: quoted when it has a space.
QString shellWord(const QString& word)
{
    return word.contains(QLatin1Char(' ')) || word.isEmpty() ? QLatin1Char('"') + word + QLatin1Char('"') : word;
}

} // namespace

WatchPage::WatchPage(Bridge* bridge, QWidget* parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_run(bridge->watch())
    , m_finder(new PythonFinder(bridge, this))
{
    setObjectName(QStringLiteral("watchPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    auto* commandRow = new QHBoxLayout;
    m_commandLabel = new QLabel;
    m_command = new QLineEdit;
    m_command->setObjectName(QStringLiteral("watchCommand"));
    m_commandLabel->setBuddy(m_command);
    m_readyLabel = new QLabel;
    m_ready = new QComboBox;
    m_ready->setObjectName(QStringLiteral("watchReady"));
    m_readyLabel->setBuddy(m_ready);
    for (int i = 0; i <= static_cast<int>(Ready::ShellPipeline); ++i)
        m_ready->addItem(QString(), i);
    m_bytes = new QCheckBox;
    m_bytes->setObjectName(QStringLiteral("watchBytes"));
    m_bytes->setChecked(true);
    m_secondsLabel = new QLabel;
    m_seconds = new QSpinBox;
    m_seconds->setObjectName(QStringLiteral("watchSeconds"));
    m_seconds->setRange(1, 600);
    m_seconds->setValue(10);
    m_secondsLabel->setBuddy(m_seconds);
    m_allCalls = new QCheckBox;
    m_allCalls->setObjectName(QStringLiteral("watchAllCalls"));
    m_record = new QPushButton;
    m_record->setObjectName(QStringLiteral("watchRecord"));
    m_record->setDefault(true);
    m_stop = new QPushButton;
    m_stop->setObjectName(QStringLiteral("watchStop"));
    commandRow->addWidget(m_commandLabel);
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_readyLabel);
    commandRow->addWidget(m_ready);
    m_pythonLabel = new QLabel;
    m_pythonBox = new QComboBox;
    m_pythonBox->setObjectName(QStringLiteral("watchPython"));
    m_pythonBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pythonLabel->setBuddy(m_pythonBox);
    commandRow->addWidget(m_pythonLabel);
    commandRow->addWidget(m_pythonBox);
    commandRow->addWidget(m_bytes);
    commandRow->addWidget(m_secondsLabel);
    commandRow->addWidget(m_seconds);
    commandRow->addWidget(m_record);
    commandRow->addWidget(m_stop);
    layout->addLayout(commandRow);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("watchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_untraced = new QPushButton;
    m_untraced->setObjectName(QStringLiteral("watchRunUntraced"));
    m_untraced->hide();
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_untraced);
    layout->addLayout(statusRow);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("watchSplitter"));
    m_diagram = new ProcessDiagram;
    split->addWidget(m_diagram);
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    // The calls as recorded, or the recognised Popen beside PipeScope's plan for it.
    m_sideTabs = new QTabWidget;
    m_sideTabs->setObjectName(QStringLiteral("watchSideTabs"));
    auto* calls = new QWidget;
    auto* callsLayout = new QVBoxLayout(calls);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    m_steps = new QListWidget;
    m_steps->setObjectName(QStringLiteral("watchSteps"));
    m_steps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_steps->setUniformItemSizes(true);
    callsLayout->addWidget(m_steps, 1);
    callsLayout->addWidget(m_allCalls);
    m_sideTabs->addTab(calls, QString());
    m_compare = new PlanComparePanel;
    m_sideTabs->addTab(m_compare, QString());
    sideLayout->addWidget(m_sideTabs, 3);
    m_output = new QPlainTextEdit;
    m_output->setObjectName(QStringLiteral("watchOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumBlockCount(5000);
    sideLayout->addWidget(m_output, 1);
    side->setMinimumWidth(380);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 720, 520 });
    layout->addWidget(split, 1);
    // The plan beside the calls needs two columns of code: the side takes half the width while it is shown.
    connect(m_sideTabs, &QTabWidget::currentChanged, this, [split](int index) {
        const QList<int> sizes = split->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (index == 1 && sizes.value(1) < total / 2)
            split->setSizes({ total - total / 2, total / 2 });
    });

    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("watchExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_explanation->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_explanation->setFont(big);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 2 + 8);
    layout->addWidget(m_explanation);

    auto* bar = new QHBoxLayout;
    auto tool = [&](const char* name) {
        auto* b = new QToolButton;
        b->setObjectName(QLatin1String(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
        return b;
    };
    m_reset = tool("watchReset");
    m_back = tool("watchBack");
    m_step = tool("watchStep");
    m_play = tool("watchPlay");
    m_play->setCheckable(true);
    // Slow motion for a recording: how long Play stays on each call, for the class to read it.
    m_pauseLabel = new QLabel;
    m_pause = new QComboBox;
    m_pause->setObjectName(QStringLiteral("watchPause"));
    for (const int ms : { 250, 500, 1000, 2000, 5000 })
        m_pause->addItem(QString(), ms);
    m_pause->setCurrentIndex(m_pause->findData(1000));
    m_pauseLabel->setBuddy(m_pause);
    bar->addWidget(m_pauseLabel);
    bar->addWidget(m_pause);
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("watchPosition"));
    bar->addWidget(m_position);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(m_pause->currentData().toInt());
    connect(m_pause, &QComboBox::currentIndexChanged, this,
        [this] { m_playTimer->setInterval(m_pause->currentData().toInt()); });
    m_untracedTimer = new QTimer(this);
    m_untracedTimer->setSingleShot(true);

    connect(m_record, &QPushButton::clicked, this, &WatchPage::recordCommandLine);
    connect(m_command, &QLineEdit::returnPressed, this, &WatchPage::recordCommandLine);
    connect(m_stop, &QPushButton::clicked, this, &WatchPage::stop);
    connect(m_untraced, &QPushButton::clicked, this, &WatchPage::runUntraced);
    connect(m_untracedTimer, &QTimer::timeout, this, [this] {
        if (m_untracedRunner)
            m_untracedRunner->cancel();
    });
    connect(m_pythonBox, &QComboBox::activated, this, &WatchPage::choosePython);
    connect(m_finder, &PythonFinder::finished, this, &WatchPage::foundPythons);
    // A command of the user's own is none of the ready ones.
    connect(m_command, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text != m_readyCommand)
            m_ready->setCurrentIndex(-1);
    });
    connect(m_ready, &QComboBox::activated, this,
        [this](int index) { useReadyProgram(static_cast<Ready>(m_ready->itemData(index).toInt())); });
    connect(m_allCalls, &QCheckBox::toggled, this, [this] {
        const std::optional<size_t> shown = currentEvent();
        fillSteps();
        // Stay at the same call, or the last one shown before it.
        int row = 0;
        for (size_t i = 1; i < m_rowEvents.size(); ++i)
            if (shown && m_rowEvents[i] <= *shown)
                row = static_cast<int>(i);
        setCurrentStep(row);
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, [this] { showStep(); });
    connect(m_compare, &PlanComparePanel::eventChosen, this, &WatchPage::showCall);
    connect(m_reset, &QToolButton::clicked, this, [this] { setCurrentStep(0); });
    connect(m_back, &QToolButton::clicked, this, [this] { setCurrentStep(currentStep() - 1); });
    connect(m_step, &QToolButton::clicked, this, [this] { setCurrentStep(currentStep() + 1); });
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        if (on && currentStep() >= stepCount())
            setCurrentStep(0);
        on ? m_playTimer->start() : m_playTimer->stop();
        updateControls();
    });
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (currentStep() >= stepCount()) {
            m_play->setChecked(false);
            return;
        }
        setCurrentStep(currentStep() + 1);
    });
    connect(m_run, &WatchRun::finished, this, &WatchPage::showResult);
    connect(m_run, &WatchRun::failed, this, &WatchPage::showFailure);

    useNoteProgram(false);
    setStatus([] { return tr("Record a real program, then step through what it did."); });
    fillPythons();
    retranslateUi();
    updateControls();
    // The interpreters are asked what they are when the page is first shown (showEvent): a window that never shows
    // this page starts no program for it.
}

void WatchPage::showEvent(QShowEvent* event)
{
    findAllPythons();
    QWidget::showEvent(event);
}

void WatchPage::findAllPythons()
{
    m_allPythonsWanted = true;
    if (m_allPythonsAsked || m_finder->isFinding())
        return; // asked, or asked when the finder is free
    m_allPythonsAsked = true;
    m_finder->find(PythonFinder::candidates(qEnvironmentVariable("PATH"), { PythonFinder::pyenvVersions() }));
    fillPythons();
    updateControls();
}

void WatchPage::foundPythons(const QList<PythonInterpreter>& found, const QStringList& refused)
{
    if (!m_askedPython.isEmpty()) {
        // One the teacher chose by path: added and chosen, or the status says it is none.
        const QString asked = std::exchange(m_askedPython, QString());
        if (found.isEmpty()) {
            setStatus([asked] { return tr("%1 is not a Python 3 interpreter that runs here.").arg(asked); }, true);
            fillPythons();
            return;
        }
        if (!m_pythons.contains(found.front()))
            m_pythons << found.front();
        m_python = found.front().executable;
    } else {
        Q_UNUSED(refused);
        const bool first = m_pythons.isEmpty();
        for (const PythonInterpreter& p : found)
            if (!m_pythons.contains(p))
                m_pythons << p;
        if (first && !m_pythons.isEmpty())
            m_python = m_pythons.front().executable;
    }
    if (m_allPythonsWanted && !m_allPythonsAsked)
        findAllPythons();
    fillPythons();
    // A recording shown before its interpreter was known: now the comparison can name its version.
    if (m_recording) {
        const int shown = m_compare->popenShown();
        m_compare->setRecording(m_recording, pythonVersions(*m_recording));
        m_compare->showPopen(std::max(0, shown));
    }
    // Still a ready program as it was shown: now with the interpreter chosen.
    if (m_command->text() == m_readyCommand && !busy() && m_readyShown != Ready::ShellPipeline)
        useReadyProgram(m_readyShown);
    updateControls();
}

void WatchPage::fillPythons()
{
    const QSignalBlocker block(m_pythonBox);
    m_pythonBox->clear();
    for (const PythonInterpreter& p : std::as_const(m_pythons)) {
        m_pythonBox->addItem(tr("Python %1").arg(p.version()), p.executable);
        m_pythonBox->setItemData(m_pythonBox->count() - 1, p.executable, Qt::ToolTipRole);
    }
    if (m_pythons.isEmpty())
        m_pythonBox->addItem(isFindingPythons() ? tr("python3 (looking for interpreters…)") : m_python, m_python);
    m_pythonBox->addItem(tr("Other…"));
    m_pythonBox->setCurrentIndex(std::max(0, m_pythonBox->findData(m_python)));
}

void WatchPage::choosePython(int index)
{
    const QString path = m_pythonBox->itemData(index).toString();
    if (path.isEmpty()) {
        // "Other…": an interpreter by path, asked what it is before it is used.
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Choose a Python 3 interpreter"), QFileInfo(m_python).absolutePath());
        if (chosen.isEmpty() || !usePython(chosen))
            fillPythons();
        return;
    }
    m_python = path;
    if (m_command->text() == m_readyCommand && !busy() && m_readyShown != Ready::ShellPipeline)
        useReadyProgram(m_readyShown);
}

bool WatchPage::usePython(const QString& path)
{
    if (!m_finder->find({ path }))
        return false;
    m_askedPython = path;
    updateControls();
    return true;
}

bool WatchPage::runUntraced()
{
    const QStringList argv = splitCommandLine(m_command->text());
    if (busy() || argv.isEmpty())
        return false;
    m_untracedRunner = m_bridge->newProgramRunner(this);
    m_untracedRunner->setOutputLimit(WatchResult::outputLimit);
    connect(m_untracedRunner, &ProgramRunner::finished, this, &WatchPage::untracedDone);
    connect(m_untracedRunner, &ProgramRunner::failed, this, [this](const Error& error) {
        m_untracedTimer->stop();
        m_bridge->release(std::exchange(m_untracedRunner, nullptr));
        showFailure(error);
    });
    if (!m_untracedRunner->start(argv)) {
        m_bridge->release(std::exchange(m_untracedRunner, nullptr));
        return false;
    }
    m_untracedTimer->start(std::chrono::seconds(m_seconds->value()));
    m_play->setChecked(false);
    m_error.reset();
    setStatus([program = argv.front()] { return tr("Running %1 without recording it…").arg(program); });
    updateControls();
    return true;
}

void WatchPage::untracedDone(const ProgramResult& result)
{
    m_untracedTimer->stop();
    m_bridge->release(std::exchange(m_untracedRunner, nullptr));
    // What it wrote, and how it ended; no recording, so nothing to step through.
    m_recording.reset();
    m_replayedFrom.clear();
    m_result = WatchResult { .stdoutData = result.stdoutData,
        .stderrData = result.stderrData,
        .stdoutBytes = result.stdoutBytes,
        .stderrBytes = result.stderrBytes };
    m_diagram->setRecording(nullptr);
    m_compare->setRecording(nullptr, {});
    fillSteps();
    setCurrentStep(0);
    showOutput();
    setStatus([exit = result.exit, cancelled = result.cancelled] {
        return cancelled ? tr("Ran without recording; stopped: every process it had started was killed.")
                         : tr("Ran without recording: %1. Nothing was recorded, so there are no calls to step through.")
                               .arg(RecordingText::exit(exit));
    });
    updateControls();
    Q_EMIT recordingDone();
}

WatchPage::~WatchPage() = default;

void WatchPage::retranslateUi()
{
    m_commandLabel->setText(tr("&Program:"));
    m_command->setPlaceholderText(tr("a program and its arguments, e.g. sh -c \"ls / | grep u | wc -l\""));
    m_command->setToolTip(tr("The program to record and its arguments; double quotes group words. It runs for real, "
                             "unchanged, with /dev/null as its stdin."));
    m_readyLabel->setText(tr("Rea&dy:"));
    m_ready->setToolTip(tr("Programs that come ready, each showing something only a real recording can; the command "
                           "line shows what runs, and can be changed before Record."));
    const QList<std::pair<QString, QString>> ready {
        { tr("The note's parent.py, as written"),
            tr("The note's parent.py and child.py exactly as the note writes them: stdin and stdout are None, so "
               "parent.py stops with AttributeError at its first write, and child.py runs until the recording stops "
               "it.") },
        { tr("The note's parent.py with stdin=PIPE"),
            tr("The same with the commented-out stdin=subprocess.PIPE put back: the ten lines go through the pipe, "
               "then child_p.stdout is None and readline raises AttributeError.") },
        { tr("Pipeline, p1.stdout closed"),
            tr("yes | head -n 1 with two Popen calls, the parent closing p1.stdout as the subprocess documentation "
               "says: once head exits, no read end is left and yes gets SIGPIPE.") },
        { tr("Pipeline, p1.stdout kept"),
            tr("The same pipeline without p1.stdout.close(): the parent still holds the read end, so yes never gets "
               "SIGPIPE; it fills the pipe and waits in write() until the recording stops it.") },
        { tr("close_fds=False, inheritable end"),
            tr("A second child started with close_fds=False inherits the first one's stdin write end (made "
               "inheritable, as fds were before Python 3.4): cat sees end of file only when sleep exits. This is why "
               "close_fds defaults to True.") },
        { tr("close_fds=False, Python 3.4+"),
            tr("The same without making the end inheritable: Python's fds are non-inheritable (PEP 446), the copy "
               "sleep gets at its fork closes at its exec, and cat sees end of file at once.") },
        { tr("Popen(/bin/cat), three pipes"),
            tr("One Popen with stdin, stdout and stderr piped, to set beside PipeScope's plan for the same "
               "arguments: Python 3.11 starts cat through _posixsubprocess (vfork, an error pipe), 3.13 through "
               "posix_spawn (no error pipe). Pick the interpreter beside.") },
        { tr("Shell pipeline: ls | grep | wc"),
            tr("sh -c \"ls / | grep u | wc -l\": the shell makes two pipes and three children, and closes its own "
               "copies "
               "of the ends.") },
    };
    for (int i = 0; i < ready.size(); ++i) {
        m_ready->setItemText(i, ready[i].first);
        m_ready->setItemData(i, ready[i].second, Qt::ToolTipRole);
    }
    m_pythonLabel->setText(tr("P&ython:"));
    m_pythonBox->setToolTip(tr("The interpreter the ready Python programs run with: each python3 found on PATH and "
                               "among pyenv's versions, or another chosen by path. 3.11 starts a child through "
                               "_posixsubprocess (vfork), 3.13 often through posix_spawn."));
    fillPythons();
    m_untraced->setText(tr("Run &Untraced"));
    m_untraced->setToolTip(tr("Runs the program without recording it: its output and exit status, no calls."));
    m_bytes->setText(tr("Record bytes"));
    m_bytes->setToolTip(tr("Also record every read and write on a pipe, with the first bytes it moved (slower)."));
    m_secondsLabel->setText(tr("Stop after:"));
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("Every process the recording started is killed after this many seconds."));
    m_allCalls->setText(tr("Show calls on files too"));
    m_allCalls->setToolTip(tr("Also list the dups and closes of fds that are not pipes."));
    m_record->setText(tr("&Record"));
    m_record->setToolTip(tr("Runs the program under ptrace and records its calls on pipes and processes."));
    m_stop->setText(tr("S&top"));
    m_stop->setToolTip(tr("Kills every process the recording started; what was recorded until then is shown."));
    m_reset->setText(tr("Reset"));
    m_back->setText(tr("◀ Back"));
    m_step->setText(tr("Step ▶"));
    m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
    m_reset->setToolTip(tr("Back to before the first call"));
    m_back->setToolTip(tr("The previous call"));
    m_step->setToolTip(tr("The next call"));
    m_play->setToolTip(tr("Steps through the calls, pausing on each as long as the box beside it says"));
    m_pauseLabel->setText(tr("P&ause per call:"));
    m_pause->setToolTip(tr("How long Play stays on each call: slower for a class to read and predict the next one"));
    for (int row = 0; row < m_pause->count(); ++row) {
        const int ms = m_pause->itemData(row).toInt();
        m_pause->setItemText(row, tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'g', 3)));
    }
    for (QWidget* w : std::initializer_list<QWidget*> { m_command, m_ready, m_pythonBox, m_untraced, m_bytes, m_seconds,
             m_allCalls, m_record, m_stop, m_reset, m_back, m_step, m_play, m_pause })
        w->setAccessibleDescription(w->toolTip());
    m_steps->setAccessibleName(tr("Recorded calls"));
    m_steps->setAccessibleDescription(
        tr("Every call the recording holds, one per row, in time order; the selected one is drawn in the diagram."));
    m_output->setAccessibleDescription(tr("What the recorded program wrote to its stdout and stderr."));
    m_sideTabs->setTabText(0, tr("Calls"));
    m_sideTabs->setTabToolTip(0, tr("Every call recorded, in time order, and what the selected one did."));
    m_sideTabs->setTabText(1, tr("Beside the plan"));
    m_sideTabs->setTabToolTip(1,
        tr("A recognised CPython Popen beside PipeScope's own plan for the same arguments, "
           "with every difference marked."));
    m_output->setAccessibleName(tr("What the program wrote"));
    // Whatever the status line says now, said again in the new language; the recording's texts too.
    applyStatus();
    if (m_recording) {
        const int row = currentStep();
        fillSteps();
        setCurrentStep(row);
        showOutput();
    }
    updateControls();
}

void WatchPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WatchPage::useReadyProgram(Ready ready)
{
    QStringList words;
    int seconds = 10;
    // The files go to a new directory; the one shown so far stays until the new one is complete.
    std::unique_ptr<QTemporaryDir> dir;
    if (ready == Ready::ShellPipeline) {
        words = QStringList { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("ls / | grep u | wc -l") };
    } else {
        dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("pipescope-watch-XXXXXX")));
        bool written = dir->isValid();
        QString script;
        QString argument;
        if (ready == Ready::NoteAsWritten || ready == Ready::NoteStdinPipe) {
            QString parent = bundledPython(QStringLiteral("note_parent_as_written.py"));
            if (ready == Ready::NoteStdinPipe)
                parent.replace(QStringLiteral("# stdin=subprocess.PIPE"), QStringLiteral("stdin=subprocess.PIPE"));
            script = dir->filePath(QStringLiteral("parent.py"));
            written = written && writeText(script, parent)
                && writeText(dir->filePath(QStringLiteral("child.py")), bundledPython(QStringLiteral("note_child.py")));
            seconds = 3; // child.py never ends by itself: a few seconds show all there is
        } else {
            const bool pipeline = ready == Ready::PipelineClosed || ready == Ready::PipelineKept;
            const QString name = pipeline  ? QStringLiteral("pipeline.py")
                : ready == Ready::PopenCat ? QStringLiteral("popen_cat.py")
                                           : QStringLiteral("inherit.py");
            script = dir->filePath(name);
            written = written && writeText(script, bundledPython(QStringLiteral("watch_") + name));
            if (ready == Ready::PipelineClosed)
                argument = QStringLiteral("close");
            if (ready == Ready::PipelineKept)
                seconds = 3; // it never ends
            if (ready == Ready::InheritedEnd)
                argument = QStringLiteral("inheritable");
        }
        if (!written) {
            setStatus([] { return tr("Cannot write the program's files to %1.").arg(QDir::tempPath()); }, true);
            return;
        }
        // -E: PYTHONUNBUFFERED and the like in the environment must not change what the class sees.
        words = QStringList { m_python, QStringLiteral("-E"), script };
        if (!argument.isEmpty())
            words << argument;
    }
    if (dir)
        m_readyDir = std::move(dir);
    m_readyShown = ready;
    QStringList shown;
    for (const QString& w : words)
        shown << shellWord(w);
    m_readyCommand = shown.join(QLatin1Char(' '));
    m_command->setText(m_readyCommand);
    m_ready->setCurrentIndex(m_ready->findData(static_cast<int>(ready)));
    m_seconds->setValue(seconds);
}

bool WatchPage::recordCommandLine()
{
    return record(splitCommandLine(m_command->text()));
}

bool WatchPage::record(const QStringList& argv)
{
    if (busy())
        return false;
    if (argv.isEmpty()) {
        setStatus([] { return tr("Type a program to record."); }, true);
        return false;
    }
    QStringList words;
    for (const QString& w : argv)
        words << shellWord(w);
    if (splitCommandLine(m_command->text()) != argv)
        m_command->setText(words.join(QLatin1Char(' ')));
    m_play->setChecked(false);
    if (!m_run->start(argv, m_bytes->isChecked(), std::chrono::seconds(m_seconds->value())))
        return false;
    m_replayedFrom.clear();
    m_error.reset();
    setStatus([program = argv.front(), seconds = m_seconds->value()] {
        return tr("Recording %1… (at most %n second(s))", nullptr, seconds).arg(program);
    });
    updateControls();
    return true;
}

void WatchPage::setStopAfterSeconds(int seconds)
{
    m_seconds->setValue(seconds);
}

void WatchPage::focusCommandLine()
{
    m_command->setFocus(Qt::ShortcutFocusReason);
    m_command->selectAll();
}

void WatchPage::stop()
{
    m_run->stop();
    if (m_untracedRunner)
        m_untracedRunner->cancel();
}

bool WatchPage::isRecording() const
{
    return m_run->isRunning();
}

void WatchPage::showResult(const WatchResult& result)
{
    m_result = result;
    m_recording = result.recording;
    m_error.reset();
    setStatus([rec = m_recording] { return summary(*rec); });
    showOutput();
    m_diagram->setRecording(m_recording);
    m_compare->setRecording(m_recording, pythonVersions(*m_recording));
    fillSteps();
    setCurrentStep(0);
    updateControls();
    Q_EMIT recordingDone();
}

std::vector<std::optional<std::pair<int, int>>> WatchPage::pythonVersions(const Recording& rec) const
{
    // The interpreter each Popen's parent exec'd, when it is one of those the page knows.
    std::vector<std::optional<std::pair<int, int>>> out;
    for (const RecognisedPopen& p : rec.popens) {
        std::optional<std::pair<int, int>> version;
        for (const RecordedEvent& e : rec.events)
            if (e.pid == p.parentPid && e.call == Call::Execve && e.result == 0 && e.timeNs <= p.startNs) {
                const QString path = QFileInfo(QString::fromStdString(e.path)).canonicalFilePath();
                for (const PythonInterpreter& python : std::as_const(m_pythons))
                    if (!path.isEmpty() && python.executable == path)
                        version = std::pair { python.major, python.minor };
            }
        out.push_back(version);
    }
    return out;
}

bool WatchPage::showCall(size_t event)
{
    if (!m_recording || event >= m_recording->events.size())
        return false;
    // A call the step list leaves out (a close of a file, say) is there with every call listed.
    if (std::find(m_rowEvents.cbegin(), m_rowEvents.cend(), event) == m_rowEvents.cend() && !m_allCalls->isChecked())
        m_allCalls->setChecked(true);
    const auto it = std::find(m_rowEvents.cbegin(), m_rowEvents.cend(), event);
    if (it == m_rowEvents.cend())
        return false;
    setCurrentStep(static_cast<int>(it - m_rowEvents.cbegin()));
    return true;
}

QString WatchPage::summary(const Recording& rec)
{
    QString status = tr("Recorded: %1, %2, %3.")
                         .arg(tr("%n process(es)", nullptr, static_cast<int>(rec.processes.size())),
                             tr("%n pipe(s)", nullptr, static_cast<int>(rec.pipes.size())),
                             tr("%n call(s)", nullptr, static_cast<int>(rec.events.size())));
    if (rec.exit)
        status += QLatin1Char(' ') + tr("The program ended: %1.").arg(RecordingText::exit(*rec.exit));
    if (rec.timedOut)
        status += QLatin1Char(' ') + tr("The recording was stopped: every process it had started was killed.");
    if (!rec.popens.empty())
        status += QLatin1Char(' ') + tr("%n Popen call(s) recognised.", nullptr, static_cast<int>(rec.popens.size()));
    return status;
}

bool WatchPage::showRecording(std::shared_ptr<const Recording> recording, const QString& name)
{
    if (isRecording() || !recording)
        return false;
    m_play->setChecked(false);
    m_replayedFrom = name;
    showResult(WatchResult { .recording = std::move(recording) });
    setStatus([name, rec = m_recording] {
        QString text = tr("Replaying %1.").arg(name);
        text += QLatin1Char(' ');
        text += summary(*rec);
        return text;
    });
    return true;
}

void WatchPage::showOutput()
{
    if (!m_replayedFrom.isEmpty()) {
        m_output->setPlainText(tr("A recording read from a file has the program's calls (and, recorded with bytes, "
                                  "the first bytes of each read and write), not all it wrote."));
        return;
    }
    QString output;
    if (!m_result.stdoutData.isEmpty())
        output += tr("— stdout —") + QLatin1Char('\n') + Describe::bytes(m_result.stdoutData) + QLatin1Char('\n');
    if (!m_result.stderrData.isEmpty())
        output += tr("— stderr —") + QLatin1Char('\n') + Describe::bytes(m_result.stderrData) + QLatin1Char('\n');
    if (output.isEmpty())
        output = tr("The program wrote nothing to its stdout or stderr.");
    m_output->setPlainText(output);
}

void WatchPage::showFailure(const Error& error)
{
    m_error = error;
    setStatus([error] { return describeError(error); }, true);
    updateControls();
    Q_EMIT recordingDone();
}

void WatchPage::fillSteps()
{
    const QSignalBlocker block(m_steps);
    m_steps->clear();
    m_rowEvents.assign(1, 0);
    m_steps->addItem(tr("(before the first call)"));
    if (!m_recording)
        return;
    const Recording& rec = *m_recording;
    const bool all = m_allCalls->isChecked();
    const PopenNames names(rec);
    for (size_t i = 0; i < rec.events.size(); ++i) {
        if (!all && !aboutPipes(rec.events[i]))
            continue;
        m_rowEvents.push_back(i);
        m_steps->addItem(RecordingText::line(rec, rec.events[i], &names));
    }
}

std::optional<size_t> WatchPage::currentEvent() const
{
    const int row = currentStep();
    if (row <= 0 || static_cast<size_t>(row) >= m_rowEvents.size())
        return std::nullopt;
    return m_rowEvents[static_cast<size_t>(row)];
}

int WatchPage::stepCount() const
{
    return std::max(0, m_steps->count() - 1);
}

int WatchPage::currentStep() const
{
    return std::max(0, m_steps->currentRow());
}

void WatchPage::setCurrentStep(int step)
{
    if (m_steps->count() == 0)
        return;
    m_steps->setCurrentRow(std::clamp(step, 0, stepCount()));
    showStep();
}

void WatchPage::showStep()
{
    const std::optional<size_t> event = currentEvent();
    if (m_recording)
        m_diagram->setStep(event);
    if (!m_recording)
        m_explanation->clear();
    else if (!event)
        m_explanation->setText(
            tr("Before the first recorded call: %1 starts.").arg(RecordingText::program(m_recording->argv)));
    else
        m_explanation->setText(RecordingText::explanation(*m_recording, m_recording->events[*event]));
    m_compare->followEvent(event);
    updateControls();
}

void WatchPage::updateControls()
{
    const bool recording = busy();
    const bool have = m_recording != nullptr;
    m_record->setEnabled(!recording);
    m_ready->setEnabled(!recording);
    m_pythonBox->setEnabled(!recording && !isFindingPythons());
    m_command->setReadOnly(recording);
    m_bytes->setEnabled(!recording);
    m_seconds->setEnabled(!recording);
    m_stop->setEnabled(recording);
    // Offered when the system refused to let the program be recorded.
    m_untraced->setVisible(m_error && m_error->code == ErrorCode::TraceRefused);
    m_untraced->setEnabled(!recording);
    m_reset->setEnabled(have && currentStep() > 0);
    m_back->setEnabled(have && currentStep() > 0);
    m_step->setEnabled(have && currentStep() < stepCount());
    m_play->setEnabled(have && stepCount() > 0);
    m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
    m_position->setText(have ? tr("Step %1 of %2").arg(currentStep()).arg(stepCount()) : QString());
}

void WatchPage::setStatus(std::function<QString()> text, bool error)
{
    m_statusText = std::move(text);
    m_statusError = error;
    applyStatus();
}

void WatchPage::applyStatus()
{
    showStatusLine(m_status, m_statusText ? m_statusText() : QString(), m_statusError, palette());
}

QString WatchPage::commandLine() const
{
    return m_command->text();
}

QString WatchPage::statusText() const
{
    return m_statusText ? m_statusText() : QString();
}

QString WatchPage::explanationText() const
{
    return m_explanation->text();
}

QString WatchPage::outputText() const
{
    return m_output->toPlainText();
}
