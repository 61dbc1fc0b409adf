// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/helpdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

// One row of a two-column table: the symbol (as code) and what it means.
QString row(const QString& symbol, const QString& meaning)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><code><b>%1</b></code></td><td>%2</td></tr>")
        .arg(symbol.toHtmlEscaped(), meaning.toHtmlEscaped());
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("About the Diagram"));
    resize(760, 640);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(diagramHelpHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this page."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

HelpDialog::~HelpDialog() = default;

QString HelpDialog::diagramHelpHtml()
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("About the diagram").toHtmlEscaped());
    html += paragraph(tr("The diagram shows the parent (PipeScope itself) and the child as they really are after "
                         "the current step: every row is a real file descriptor read from /proc, every line leads "
                         "to the real pipe, file or device it refers to. Nothing in it is drawn from a guess."));

    html += heading(tr("Parent and child"));
    html += paragraph(tr("The two large boxes are the processes, each with its real pid. Before fork() only the "
                         "parent exists; fork() copies the parent's fd table into the child. A child that has ended "
                         "is drawn greyed out. Descriptors this session did not open are counted at the bottom of a "
                         "box (\"+ N more fd(s)\") rather than drawn."));

    html += heading(tr("Handles and their fd numbers"));
    html += paragraph(tr("Each row inside a process is one file descriptor (on Windows: a handle), with its number in "
                         "the round badge on the box's edge. Rows 0, 1 and 2 are stdin, stdout and stderr. The other "
                         "rows carry the names Popen._get_handles gives them:"));
    html += QStringLiteral("<table>");
    html += row(QStringLiteral("p2cread"),
        tr("parent-to-child pipe, read end: dup2(p2cread, 0) makes it the child's stdin (fd 0)."));
    html += row(QStringLiteral("p2cwrite"), tr("parent-to-child pipe, write end: the parent keeps it as proc.stdin."));
    html += row(QStringLiteral("c2pread"), tr("child-to-parent pipe, read end: the parent keeps it as proc.stdout."));
    html += row(QStringLiteral("c2pwrite"),
        tr("child-to-parent pipe, write end: dup2(c2pwrite, 1) makes it the child's stdout (fd 1)."));
    html += row(QStringLiteral("errread"), tr("stderr pipe, read end: the parent keeps it as proc.stderr."));
    html += row(QStringLiteral("errwrite"),
        tr("stderr pipe, write end: dup2(errwrite, 2) makes it the child's stderr (fd 2). With stderr=STDOUT it is "
           "c2pwrite."));
    html += row(QStringLiteral("errpipe_read / errpipe_write"),
        tr("Popen's own error pipe: the child reports a failed exec through it; the parent reads end-of-file when "
           "exec succeeded."));
    html += QStringLiteral("</table>");
    html += paragraph(tr("Under the picture the six handles are listed as Popen holds them, (p2cread, p2cwrite, "
                         "c2pread, c2pwrite, errread, errwrite), with their real fd numbers. -1 means the handle "
                         "does not exist. For the parent's ends (p2cwrite, c2pread, errread) that happens exactly "
                         "when the stream is not a PIPE, and then proc.stdin, proc.stdout or proc.stderr is None. "
                         "The child's ends (p2cread, c2pwrite, errwrite) are -1 only when the stream is None: on "
                         "POSIX for each None stream, on Windows only when all three streams are None."));

    html += heading(tr("Pipes"));
    html += paragraph(tr("A rounded tube between the processes is an anonymous pipe, named after its stream (stdin "
                         "pipe, stdout pipe, stderr pipe) and labelled with its kernel inode, pipe:[N]. The arrows "
                         "inside point the way bytes flow: from the write end to the read end. Lines join each end "
                         "to every fd that refers to it, in both processes."));
    html += paragraph(tr("Colours: blue for stdin, green for stdout, red for stderr, purple for Popen's error pipe, "
                         "grey for what is not a pipe: the terminal, /dev/null (reads give end-of-file, writes are "
                         "discarded), a file, or the pipe PipeScope itself was started with (\"pipe to the "
                         "outside\")."));

    html += heading(tr("Fill gauges, packets and a blocked writer"));
    html += paragraph(tr("Fill gauge: how many bytes wait in a pipe out of what it can hold, measured with "
                         "ioctl(FIONREAD) against fcntl(F_GETPIPE_SZ) (64 KiB by default on Linux). A full pipe "
                         "makes the next write() wait."));
    html += paragraph(tr("Packets: the small blocks travelling along a pipe are bytes on their way, at a rate that "
                         "follows the real bytes per second."));
    html += paragraph(tr("Blocked writer: a process waiting in write() on a full pipe (or in read() on an empty one) "
                         "is marked blocked, with the call it waits in, read from /proc/PID/wchan and "
                         "/proc/PID/syscall. When each side waits for the other, that is a deadlock: neither can go "
                         "on."));

    html += heading(tr("Closing and close-on-exec"));
    html += paragraph(tr("Crossed out in red: a handle the step just done closed. It is gone at the next step. During "
                         "the animation a closed handle fades out, and a name moving from one row to another is "
                         "dup2() copying a handle onto 0, 1 or 2."));
    html += paragraph(tr("Dashed outline: the fd is close-on-exec (O_CLOEXEC). It vanishes when the child calls "
                         "exec, which is why Popen's pipe ends never leak into the program. The copies dup2() puts on "
                         "0, 1 and 2 are not close-on-exec: they are what the program inherits."));

    html += heading(tr("The Windows lens"));
    html += paragraph(tr("With the Windows lens the steps are named in Win32 terms (CreatePipe, DuplicateHandle, "
                         "STARTUPINFO.hStdInput, the handle list, CreateProcess with bInheritHandles, CloseHandle) "
                         "under an amber "
                         "MODEL banner: it is a model, nothing Windows-specific runs here, and the step that matches "
                         "the POSIX step just done is highlighted. The diagram keeps showing the real POSIX "
                         "descriptors that Step and Run made."));
    return html;
}

QMenu* HelpDialog::createMenu(QWidget* window)
{
    auto* menu = new QMenu(tr("&Help"), window);
    menu->setObjectName(QStringLiteral("helpMenu"));
    QAction* diagram = menu->addAction(tr("About the &Diagram"));
    diagram->setObjectName(QStringLiteral("aboutDiagramAction"));
    diagram->setShortcut(QKeySequence::HelpContents);
    diagram->setToolTip(tr("What every symbol of the diagram means."));
    connect(diagram, &QAction::triggered, window, [window] {
        auto* dialog = new HelpDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction* about = menu->addAction(tr("&About PipeScope"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, window, [window] { showAbout(window); });
    return menu;
}

void HelpDialog::showAbout(QWidget* parent)
{
    QMessageBox::about(parent, tr("About PipeScope"),
        QStringLiteral("<h3>PipeScope %1</h3><p>%2</p><p>%3</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                tr("See how a parent process and its child talk through pipes: the options of Python's "
                   "subprocess.Popen, with real processes, real system calls and the real fd tables read from "
                   "/proc.")
                    .toHtmlEscaped(),
                tr("Free software under the GNU General Public License, version 3 or later.").toHtmlEscaped()));
}
