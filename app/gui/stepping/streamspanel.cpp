// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/streamspanel.h"

#include "stepping/streameditor.h"
#include "text/commandline.h"
#include "text/describe.h"

#include "files/scenariofile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace pipescope;

namespace {

struct ChildMode
{
    const char* name; // pipescope-child's mode, never translated
    const char* defaultArgs;
    const char* tip;
};

constexpr ChildMode childModes[] {
    { "echo", "",
        QT_TRANSLATE_NOOP("StreamsPanel",
            "The seed's child.py: prints \"child process start\", then \">>>get std in LINE\" for every line it "
            "reads from stdin, until end-of-file.") },
    { "flood", "64K",
        QT_TRANSLATE_NOOP("StreamsPanel",
            "Writes BYTES bytes to stdout as fast as it can (e.g. 64K or 10M): more than a pipe holds.") },
    { "fds", "", QT_TRANSLATE_NOOP("StreamsPanel", "Prints its own open fds as one line of JSON.") },
    { "stderr", "", QT_TRANSLATE_NOOP("StreamsPanel", "Writes a line to stderr and \"ok\" to stdout.") },
    { "sleep", "2", QT_TRANSLATE_NOOP("StreamsPanel", "Sleeps SECONDS, then exits with status 0.") },
    { "exit", "3", QT_TRANSLATE_NOOP("StreamsPanel", "Exits at once with status N.") },
    { "cat", "", QT_TRANSLATE_NOOP("StreamsPanel", "Copies stdin to stdout byte for byte.") },
    { "close-stdout", "1", QT_TRANSLATE_NOOP("StreamsPanel", "Closes its stdout at once, then sleeps SECONDS.") },
    { "read-then-exit", "5",
        QT_TRANSLATE_NOOP("StreamsPanel",
            "Reads at most BYTES from stdin, then exits without reading the rest: the parent may get a broken "
            "pipe.") },
    { "mixed", "",
        QT_TRANSLATE_NOOP("StreamsPanel",
            "Prints --lines=N lines (4) with C stdio, odd ones to stdout and even ones to stderr; "
            "--buffering=none makes stdout unbuffered. With stderr=STDOUT the order they arrive in shows the "
            "buffering.") },
};

constexpr int otherProgramRow = static_cast<int>(std::size(childModes));

// How many generated lines the input box shows before it says how much follows.
constexpr int generatedLinesShown = 4;

QString seedInput()
{
    QString text;
    for (int i = 0; i < 10; ++i)
        text += QStringLiteral("write data:%1\n").arg(i);
    return text;
}

} // namespace

StreamsPanel::StreamsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("streamsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createStreamsGroup());
    layout->addWidget(createCommandGroup());
    layout->addWidget(createInputGroup(), 1);
    layout->setContentsMargins(6, 6, 0, 6);

    // The seed's demo: stdin=PIPE, stdout=PIPE, stderr=None.
    editor(Stream::Stdin)->setRedirect(Redirect::pipe());
    editor(Stream::Stdout)->setRedirect(Redirect::pipe());
    retranslateUi();
}

StreamsPanel::~StreamsPanel() = default;

QWidget* StreamsPanel::createStreamsGroup()
{
    m_streamsGroup = new QGroupBox(this);
    auto* grid = new QGridLayout(m_streamsGroup);
    for (Stream s : allStreams) {
        const auto i = static_cast<size_t>(s);
        // Python's names and fd numbers: the same in every language.
        auto* label = new QLabel(Describe::stream(s) + QStringLiteral(" (fd %1)").arg(streamFd(s)), m_streamsGroup);
        m_editors[i] = new StreamEditor(s, m_streamsGroup);
        label->setBuddy(m_editors[i]->kindBox());
        grid->addWidget(label, static_cast<int>(i), 0, Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(m_editors[i], static_cast<int>(i), 1);
        connect(m_editors[i], &StreamEditor::redirectChanged, this, [this, s] { onRedirectChanged(s); });
    }
    grid->setColumnStretch(1, 1);

    auto* quick = new QHBoxLayout;
    m_pipeLabel = new QLabel(m_streamsGroup);
    quick->addWidget(m_pipeLabel);
    for (Stream s : allStreams) {
        const auto i = static_cast<size_t>(s);
        const QString name = Describe::stream(s);
        m_quick[i] = new QCheckBox(name, m_streamsGroup);
        m_quick[i]->setObjectName(QStringLiteral("quick_") + name);
        quick->addWidget(m_quick[i]);
        connect(m_quick[i], &QCheckBox::toggled, this, [this, s](bool on) {
            StreamEditor* e = editor(s);
            if (on)
                e->setRedirect(Redirect::pipe());
            else if (e->redirect().kind == Redirect::Kind::Pipe)
                e->setRedirect(Redirect::inherit());
        });
    }
    quick->addStretch();
    grid->addLayout(quick, 3, 0, 1, 2);
    return m_streamsGroup;
}

QWidget* StreamsPanel::createCommandGroup()
{
    m_commandGroup = new QGroupBox(this);
    m_commandForm = new QFormLayout(m_commandGroup);
    m_commandForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Each label is its field's buddy (Alt+letter); retranslateUi() finds it again with labelForField().
    const auto addRow = [this](QWidget* field) {
        auto* label = new QLabel(m_commandGroup);
        label->setBuddy(field);
        m_commandForm->addRow(label, field);
    };

    m_mode = new QComboBox(m_commandGroup);
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(12);
    m_mode->setObjectName(QStringLiteral("programMode"));
    for (const ChildMode& mode : childModes)
        m_mode->addItem(QStringLiteral("pipescope-child ") + QLatin1String(mode.name), QLatin1String(mode.name));
    m_mode->addItem(QString());
    addRow(m_mode);

    m_modeArgs = new QLineEdit(m_commandGroup);
    m_modeArgs->setObjectName(QStringLiteral("modeArgs"));
    addRow(m_modeArgs);

    m_otherProgram = new QLineEdit(m_commandGroup);
    m_otherProgram->setObjectName(QStringLiteral("otherProgram"));
    m_otherProgram->setEnabled(false);
    addRow(m_otherProgram);

    m_commandPreview = new QLabel(m_commandGroup);
    m_commandPreview->setObjectName(QStringLiteral("commandPreview"));
    m_commandPreview->setWordWrap(true);
    m_commandPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commandPreview->setForegroundRole(QPalette::PlaceholderText);
    m_commandForm->addRow(m_commandPreview);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &StreamsPanel::onModeChanged);
    connect(m_modeArgs, &QLineEdit::textChanged, this, [this] {
        updateCommandPreview();
        if (!m_configuring)
            Q_EMIT specChanged();
    });
    connect(m_otherProgram, &QLineEdit::textChanged, this, [this] {
        updateCommandPreview();
        if (!m_configuring)
            Q_EMIT specChanged();
    });
    return m_commandGroup;
}

QWidget* StreamsPanel::createInputGroup()
{
    m_inputGroup = new QGroupBox(this);
    auto* layout = new QVBoxLayout(m_inputGroup);
    m_input = new QPlainTextEdit(m_inputGroup);
    m_input->setObjectName(QStringLiteral("inputText"));
    m_input->setTabChangesFocus(true);
    m_input->setPlainText(seedInput());
    m_input->setMinimumHeight(60);
    layout->addWidget(m_input, 1);

    m_crlf = new QCheckBox(m_inputGroup);
    m_crlf->setObjectName(QStringLiteral("crlfCheck"));
    m_crlf->setChecked(true);
    layout->addWidget(m_crlf);
    connect(m_input, &QPlainTextEdit::textChanged, this, &StreamsPanel::inputChanged);
    connect(m_crlf, &QCheckBox::toggled, this, &StreamsPanel::inputChanged);

    m_inputNote = new QLabel(m_inputGroup);
    m_inputNote->setObjectName(QStringLiteral("inputNote"));
    m_inputNote->setWordWrap(true);
    m_inputNote->setVisible(false);
    layout->addWidget(m_inputNote);

    m_typeInstead = new QPushButton(m_inputGroup);
    m_typeInstead->setObjectName(QStringLiteral("typeInputButton"));
    m_typeInstead->setAutoDefault(false);
    m_typeInstead->setVisible(false);
    connect(m_typeInstead, &QPushButton::clicked, this, [this] {
        setInput(seedInput(), true);
        m_input->setFocus(Qt::OtherFocusReason);
    });
    layout->addWidget(m_typeInstead, 0, Qt::AlignLeft);
    return m_inputGroup;
}

void StreamsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StreamsPanel::retranslateUi()
{
    m_streamsGroup->setTitle(tr("Streams"));
    m_streamsGroup->setToolTip(
        tr("Popen(stdin=…, stdout=…, stderr=…): what each of the child's standard streams gets."));
    m_pipeLabel->setText(tr("= PIPE:"));
    for (Stream s : allStreams)
        quickBox(s)->setToolTip(tr("Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent's).")
                                    .arg(Describe::stream(s)));

    m_commandGroup->setTitle(tr("Command"));
    m_mode->setToolTip(tr("The child to run: a mode of the demo child pipescope-child, or any other program."));
    for (int row = 0; row < otherProgramRow; ++row)
        m_mode->setItemData(row, tr(childModes[row].tip), Qt::ToolTipRole);
    m_mode->setItemText(otherProgramRow, tr("Other program"));
    m_mode->setItemData(otherProgramRow, tr("Any program with its arguments, typed below."), Qt::ToolTipRole);
    const auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_commandForm->labelForField(field)))
            l->setText(text);
    };
    label(m_mode, tr("&Program:"));
    label(m_modeArgs, tr("&Arguments:"));
    label(m_otherProgram, tr("&Other program:"));
    m_modeArgs->setToolTip(tr("Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep."));
    m_otherProgram->setPlaceholderText(tr("e.g. python3 child.py"));
    m_otherProgram->setToolTip(tr("Any program and its arguments, split into words as a shell would (quotes group "
                                  "words). Used when Program is \"Other program\"."));
    updateCommandPreview();

    m_inputGroup->setTitle(tr("Input written to stdin"));
    m_crlf->setText(tr("Send line ends as \\r\\n, like parent.py"));
    m_crlf->setToolTip(tr("The seed writes f\"write data:{_}\\r\\n\": each line ends with a carriage return and a "
                          "newline. Untick to send \\n only."));
    m_inputNote->setText(tr("stdin is not PIPE: the parent holds no write end, so proc.stdin is None and "
                            "proc.stdin.write() would raise AttributeError: 'NoneType' object has no attribute "
                            "'write'."));
    m_typeInstead->setText(tr("&Type the input instead"));
    m_typeInstead->setToolTip(tr("Replace the generated input by text you type, starting with the seed's ten lines."));
    if (m_generatedBytes > 0)
        showGeneratedInput();
    else
        m_input->setToolTip(tr("What the parent writes to proc.stdin before closing it, as the seed's parent.py does "
                               "with child_p.stdin.write()."));
}

void StreamsPanel::setChildProgram(const QString& path)
{
    m_childProgram = path;
    updateCommandPreview();
    if (!m_configuring)
        Q_EMIT specChanged();
}

void StreamsPanel::onModeChanged()
{
    const bool other = m_mode->currentIndex() == otherProgramRow;
    m_otherProgram->setEnabled(other);
    m_modeArgs->setEnabled(!other);
    {
        const QSignalBlocker block(m_modeArgs);
        m_modeArgs->setText(other ? QString() : QLatin1String(childModes[m_mode->currentIndex()].defaultArgs));
    }
    if (other)
        m_otherProgram->setFocus();
    updateCommandPreview();
    if (!m_configuring)
        Q_EMIT specChanged();
}

void StreamsPanel::onRedirectChanged(Stream stream)
{
    const bool pipe = editor(stream)->redirect().kind == Redirect::Kind::Pipe;
    {
        const QSignalBlocker block(quickBox(stream));
        quickBox(stream)->setChecked(pipe);
    }
    if (stream == Stream::Stdin)
        updateInputControls();
    if (!m_configuring)
        Q_EMIT specChanged();
}

QStringList StreamsPanel::arguments() const
{
    if (m_mode->currentIndex() == otherProgramRow)
        return splitCommandLine(m_otherProgram->text());
    const QString program = m_childProgram.isEmpty() ? QStringLiteral("pipescope-child") : m_childProgram;
    QStringList args { program, m_mode->currentData().toString() };
    args += splitCommandLine(m_modeArgs->text());
    return args;
}

QString StreamsPanel::commandLine() const
{
    QStringList quoted;
    for (const QString& arg : arguments())
        quoted << (arg.contains(QLatin1Char(' ')) || arg.isEmpty() ? QLatin1Char('\'') + arg + QLatin1Char('\'') : arg);
    return quoted.join(QLatin1Char(' '));
}

void StreamsPanel::updateCommandPreview()
{
    const QString line = commandLine();
    m_commandPreview->setText(line.isEmpty() ? tr("Nothing to run yet.") : tr("Runs: %1").arg(line));
    m_commandPreview->setToolTip(tr("The argv the child is started with."));
}

SpawnSpec StreamsPanel::spec() const
{
    SpawnSpec spec;
    for (const QString& arg : arguments())
        spec.argv.push_back(QFile::encodeName(arg).toStdString());
    for (Stream s : allStreams)
        spec.redirect(s) = editor(s)->redirect();
    return spec;
}

QByteArray StreamsPanel::input() const
{
    if (editor(Stream::Stdin)->redirect().kind != Redirect::Kind::Pipe)
        return {};
    return rawInput();
}

QByteArray StreamsPanel::rawInput() const
{
    if (m_generatedBytes > 0)
        return m_generated;
    QByteArray bytes = m_input->toPlainText().toUtf8();
    if (m_crlf->isChecked())
        bytes.replace("\n", "\r\n");
    return bytes;
}

QString StreamsPanel::childMode() const
{
    return m_mode->currentIndex() == otherProgramRow ? QString() : m_mode->currentData().toString();
}

bool StreamsPanel::inputIsSeeds() const
{
    return m_generatedBytes == 0 && m_input->toPlainText() == seedInput() && m_crlf->isChecked();
}

QString StreamsPanel::inputText() const
{
    return m_input->toPlainText();
}

bool StreamsPanel::crlfLineEnds() const
{
    return m_crlf->isChecked();
}

void StreamsPanel::setInput(const QString& text, bool crlf)
{
    {
        // One inputChanged for the whole change, once the input is typed again.
        const QSignalBlocker blockText(m_input);
        const QSignalBlocker blockCrlf(m_crlf);
        leaveGeneratedInput();
        m_input->setPlainText(text);
        m_crlf->setChecked(crlf);
    }
    updateInputControls();
    Q_EMIT inputChanged();
}

void StreamsPanel::leaveGeneratedInput()
{
    m_generatedBytes = 0;
    m_generated.clear();
    m_input->setReadOnly(false);
    m_input->setToolTip(tr("What the parent writes to proc.stdin before closing it, as the seed's parent.py does "
                           "with child_p.stdin.write()."));
}

void StreamsPanel::setGeneratedInput(qint64 bytes)
{
    const ScenarioInput generated { .kind = ScenarioInput::Kind::NumberedLines, .bytes = bytes };
    m_generated = QByteArray::fromStdString(inputBytes(generated));
    m_generatedBytes = m_generated.size();
    if (m_generatedBytes == 0) {
        setInput(QString(), false);
        return;
    }
    {
        const QSignalBlocker blockCrlf(m_crlf);
        m_crlf->setChecked(false);
    }
    showGeneratedInput();
    m_input->setReadOnly(true);
    updateInputControls();
    Q_EMIT inputChanged();
}

void StreamsPanel::showGeneratedInput()
{
    // The first lines as they are, then how much is written in all: the box never holds the megabytes.
    const qint64 lines = m_generatedBytes / ScenarioInput::numberedLineLength;
    QString preview;
    qsizetype from = 0;
    for (int i = 0; i < generatedLinesShown && from < m_generated.size(); ++i) {
        const qsizetype end = m_generated.indexOf('\n', from);
        preview += QString::fromLatin1(m_generated.mid(from, end - from)) + QLatin1Char('\n');
        from = end + 1;
    }
    const QLocale locale;
    const QString summary = tr("… %1 bytes in %2 lines, all written to stdin (made by PipeScope, not typed)")
                                .arg(locale.toString(m_generatedBytes), locale.toString(lines));
    if (lines > generatedLinesShown)
        preview += summary;
    {
        const QSignalBlocker blockText(m_input);
        m_input->setPlainText(preview);
    }
    m_input->setToolTip(tr("Generated input: numbered lines of 64 bytes each, %1 bytes in all. Only the first lines "
                           "are shown here; every byte is written to the child's stdin.")
                            .arg(locale.toString(m_generatedBytes)));
}

void StreamsPanel::updateInputControls()
{
    const bool pipe = editor(Stream::Stdin)->redirect().kind == Redirect::Kind::Pipe;
    const bool generated = m_generatedBytes > 0;
    m_input->setEnabled(pipe);
    m_crlf->setEnabled(pipe && !generated);
    m_inputNote->setVisible(!pipe);
    m_typeInstead->setVisible(generated);
}

void StreamsPanel::setOtherProgram(const QString& commandLine)
{
    m_configuring = true;
    m_mode->setCurrentIndex(otherProgramRow);
    m_otherProgram->setText(commandLine);
    m_configuring = false;
    updateCommandPreview();
    Q_EMIT specChanged();
}

void StreamsPanel::setConfiguration(
    const std::array<Redirect, 3>& redirects, const QString& mode, const QString& modeArgs)
{
    m_configuring = true;
    for (Stream s : allStreams)
        editor(s)->setRedirect(redirects[static_cast<size_t>(s)]);
    const int row = m_mode->findData(mode);
    m_mode->setCurrentIndex(row >= 0 ? row : 0);
    m_modeArgs->setText(modeArgs);
    setInput(seedInput(), true);
    m_configuring = false;
    updateCommandPreview();
    Q_EMIT specChanged();
}
