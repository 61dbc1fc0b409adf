// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/streameditor.h"

#include "text/describe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace pipescope;
using Kind = Redirect::Kind;

StreamEditor::StreamEditor(Stream stream, QWidget* parent)
    : QWidget(parent)
    , m_stream(stream)
{
    const QString name = Describe::stream(stream);
    setObjectName(name + QStringLiteral("Editor"));

    m_kind = new QComboBox(this);
    // Narrow enough for the side panel; the list itself opens as wide as its items.
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    m_kind->setObjectName(name + QStringLiteral("Kind"));
    // The item texts are Python's spellings, the same in every language, except "file"; retranslateUi() says the
    // rest.
    m_kind->addItem(QStringLiteral("None"), static_cast<int>(Kind::Inherit));
    m_kind->addItem(QStringLiteral("PIPE"), static_cast<int>(Kind::Pipe));
    m_kind->addItem(QStringLiteral("DEVNULL"), static_cast<int>(Kind::DevNull));
    m_kind->addItem(QStringLiteral("fd"), static_cast<int>(Kind::Fd));
    m_kind->addItem(QString(), static_cast<int>(Kind::File));
    if (stream == Stream::Stderr)
        m_kind->addItem(QStringLiteral("STDOUT"), static_cast<int>(Kind::Stdout));

    m_fd = new QSpinBox(this);
    m_fd->setObjectName(name + QStringLiteral("Fd"));
    m_fd->setRange(0, 65535);
    m_fd->setValue(streamFd(stream));
    m_fdLabel = new QLabel(this);
    m_fdLabel->setBuddy(m_fd);

    m_path = new QLineEdit(this);
    m_path->setObjectName(name + QStringLiteral("Path"));
    m_pick = new QToolButton(this);
    m_pick->setObjectName(name + QStringLiteral("PickFile"));
    m_pick->setText(QStringLiteral("…"));
    m_pick->setFocusPolicy(Qt::StrongFocus);
    m_append = new QCheckBox(this);
    m_append->setObjectName(name + QStringLiteral("Append"));
    m_append->setVisible(stream != Stream::Stdin);

    m_fdRow = new QWidget(this);
    auto* fdLayout = new QHBoxLayout(m_fdRow);
    fdLayout->setContentsMargins(0, 0, 0, 0);
    fdLayout->addWidget(m_fdLabel);
    fdLayout->addWidget(m_fd);
    fdLayout->addStretch();

    m_fileRow = new QWidget(this);
    auto* fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_path, 1);
    fileLayout->addWidget(m_pick);
    if (stream != Stream::Stdin)
        fileLayout->addWidget(m_append);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_fdRow);
    layout->addWidget(m_fileRow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        notify();
    });
    connect(m_fd, &QSpinBox::valueChanged, this, &StreamEditor::notify);
    connect(m_path, &QLineEdit::textChanged, this, &StreamEditor::notify);
    connect(m_append, &QCheckBox::toggled, this, &StreamEditor::notify);
    connect(m_pick, &QToolButton::clicked, this, &StreamEditor::pickFile);
    retranslateUi();
    updateVisibility();
}

void StreamEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StreamEditor::retranslateUi()
{
    const QString name = Describe::stream(m_stream);
    m_kind->setToolTip(
        tr("What the child's %1 (fd %2) gets: the value of Popen's %1= argument.").arg(name).arg(streamFd(m_stream)));
    const auto kind = [this](Kind k, const QString& tip, const QString& text = {}) {
        const int row = m_kind->findData(static_cast<int>(k));
        if (row < 0)
            return;
        if (!text.isEmpty())
            m_kind->setItemText(row, text);
        m_kind->setItemData(row, tip, Qt::ToolTipRole);
    };
    kind(Kind::Inherit,
        tr("None: the child inherits the parent's own %1. On POSIX no new fd is made; on Windows, unless all "
           "three streams are None, GetStdHandle and DuplicateHandle make an inheritable copy of it.")
            .arg(name));
    kind(Kind::Pipe, tr("PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.").arg(name));
    kind(Kind::DevNull, tr("DEVNULL: /dev/null, which reads as empty and discards writes."));
    kind(Kind::Fd, tr("An fd number the parent already has open, passed on as it is."));
    kind(Kind::File,
        m_stream == Stream::Stdin ? tr("A file the child reads as its stdin.")
                                  : tr("A file the child's output goes to."),
        tr("file"));
    kind(Kind::Stdout, tr("STDOUT: stderr goes wherever stdout goes."));

    m_fd->setToolTip(tr("The fd number to pass as %1. It must be open in PipeScope when you run.").arg(name));
    m_fdLabel->setText(tr("fd number:"));
    m_path->setPlaceholderText(tr("path of the file"));
    m_path->setAccessibleName(tr("Path of the %1 file").arg(name));
    m_path->setToolTip(m_stream == Stream::Stdin ? tr("The file the child reads as stdin.")
                                                 : tr("The file the child's %1 is written to.").arg(name));
    m_pick->setToolTip(tr("Choose the file for %1").arg(name));
    m_append->setText(tr("append"));
    m_append->setToolTip(tr("Open the file with O_APPEND instead of truncating it."));
}

StreamEditor::~StreamEditor() = default;

Redirect StreamEditor::redirect() const
{
    switch (static_cast<Kind>(m_kind->currentData().toInt())) {
    case Kind::Inherit:
        return Redirect::inherit();
    case Kind::Pipe:
        return Redirect::pipe();
    case Kind::DevNull:
        return Redirect::devNull();
    case Kind::Fd:
        return Redirect::fromFd(m_fd->value());
    case Kind::File:
        return Redirect::file(
            QFile::encodeName(m_path->text()).toStdString(), m_stream != Stream::Stdin && m_append->isChecked());
    case Kind::Stdout:
        return Redirect::stdoutRedirect();
    }
    return {};
}

void StreamEditor::setRedirect(const Redirect& redirect)
{
    {
        // One redirectChanged for the whole change, not one per field.
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockFd(m_fd);
        const QSignalBlocker blockPath(m_path);
        const QSignalBlocker blockAppend(m_append);
        const int row = m_kind->findData(static_cast<int>(redirect.kind));
        m_kind->setCurrentIndex(row < 0 ? 0 : row);
        if (redirect.kind == Kind::Fd)
            m_fd->setValue(redirect.fd);
        if (redirect.kind == Kind::File) {
            m_path->setText(QFile::decodeName(QByteArray::fromStdString(redirect.path)));
            m_append->setChecked(redirect.append);
        }
    }
    updateVisibility();
    notify();
}

void StreamEditor::updateVisibility()
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    m_fdRow->setVisible(kind == Kind::Fd);
    m_fileRow->setVisible(kind == Kind::File);
}

void StreamEditor::pickFile()
{
    const QString title = tr("File for %1").arg(Describe::stream(m_stream));
    const QString path = m_stream == Stream::Stdin
        ? QFileDialog::getOpenFileName(this, title, m_path->text())
        : QFileDialog::getSaveFileName(this, title, m_path->text(), {}, nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(path);
}

void StreamEditor::notify()
{
    Q_EMIT redirectChanged(redirect());
}
