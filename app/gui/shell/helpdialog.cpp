// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/helpdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
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

// One line of the note, quoted as written (never translated), what is so, and where to check it.
QString correction(const QString& quoted, const QString& correct, const QString& source)
{
    QString cell = correct.toHtmlEscaped();
    if (!source.isEmpty())
        cell += QStringLiteral("<br><i>%1</i>").arg(source.toHtmlEscaped());
    QString note = quoted.toHtmlEscaped();
    note.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<tr><td valign=\"top\" width=\"40%\" style=\"padding-right:12px\"><code>%1</code></td>"
                          "<td valign=\"top\">%2</td></tr>")
        .arg(note, cell);
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent, Page page)
    : QDialog(parent)
    , m_page(page)
{
    setObjectName(QStringLiteral("helpDialog"));
    resize(760, 640);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    retranslateUi();
}

HelpDialog::~HelpDialog() = default;

void HelpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(m_page == Page::Note ? tr("The Note, Checked") : tr("About the Diagram"));
    m_browser->setHtml(m_page == Page::Note ? noteHtml() : diagramHelpHtml());
    m_close->setToolTip(tr("Close this page."));
}

QString HelpDialog::noteHtml()
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("The note, checked").toHtmlEscaped());
    html += paragraph(tr("PipeScope teaches from a Chinese note on pipes and subprocess.Popen. Most of what it says is "
                         "right, and PipeScope shows it for real. The lines below need a correction: each is quoted "
                         "as the note writes it, beside what is so and where to check it."));
    html += QStringLiteral("<table cellspacing=\"6\">");
    html += correction(QStringLiteral("# 双向流动的PIPE，可以从parent写入.child接收,数据为单向流动"),
        tr("An anonymous pipe goes one way only: CreatePipe returns a read handle and a write handle, as pipe(2) "
           "returns a read end and a write end. The end of the same comment says it right, the data flows one "
           "way. Talking both ways takes two pipes, which is why Popen makes one per stream."),
        tr("Microsoft, \"Anonymous Pipes\" and CreatePipe; man 2 pipe"));
    html += correction(QStringLiteral("没有所有权和读写权限的控制"),
        tr("On Windows an anonymous pipe has a security descriptor: CreatePipe takes one in its SECURITY_ATTRIBUTES "
           "(by default its ACLs come from the creator's token), and the two handles carry GENERIC_READ and "
           "GENERIC_WRITE access. On Linux fstat() on a pipe shows an owner and mode 0600; a process reaches the "
           "pipe only through an fd it holds."),
        tr("Microsoft, \"Anonymous Pipe Security and Access Rights\"; man 2 fstat"));
    html += correction(
        QStringLiteral("不指定的话默认只会保留从子进程向父进程写入的通道，而会关闭从父进程向子进程写入的通道"),
        tr("Nothing is closed: with stdin=None Popen makes no pipe for stdin at all. p2cread and p2cwrite stay -1 "
           "on POSIX, so the child reads the parent's own stdin; on Windows the child gets an inheritable copy of "
           "the parent's standard input handle (unless all three streams are None). proc.stdin is None because "
           "there is no pipe, not because one was closed. A pipe is made and one end closed at once (CreatePipe, "
           "then CloseHandle) only on Windows, when GetStdHandle returns None: a process without that standard "
           "handle, such as pythonw.exe."),
        tr("subprocess.py, _get_handles (POSIX and Windows)"));
    html += correction(QStringLiteral("AttributeError: 'NoneType' object has no attribute 'READ'"),
        tr("The message names the attribute as the code spells it. The code calls child_p.stdout.readline(), so "
           "Python says: 'NoneType' object has no attribute 'readline'. Attribute names are case-sensitive."),
        tr("the Equivalent Python tab: Run in Python with stdout not a PIPE"));
    html += correction(QStringLiteral("# stdin=subprocess.PIPE\n# stdout=subprocess.PIPE"),
        tr("Uncommented as they stand, the two lines lack the comma between them: a SyntaxError. With the comma "
           "the demo runs, and hangs: child.py's output stays in Python's buffer, the parent never closes stdin "
           "and the child never exits."),
        tr("the Live tab: \"The note's demo as written\" and \"with python3 -u\""));
    html += correction(QStringLiteral("stdput=subprocess.PIPE"), tr("stdout=subprocess.PIPE: a typo."), QString());
    html += correction(QStringLiteral("while True: \n    str_= sys.stdin.readline()"),
        tr("readline() returns '' at end of file, and this loop never checks for it: once the parent closes "
           "stdin, child.py prints empty answers for ever. PipeScope's own child.py stops there."),
        tr("Python docs, io.TextIOBase.readline; the Live tab, \"with python3 -u\""));
    html += QStringLiteral("</table>");
    return html;
}

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
                         "MODEL banner: the step that matches the POSIX step just done is highlighted, and the "
                         "diagram keeps showing the real POSIX descriptors that Step and Run made. Run on Windows "
                         "(Wine) beside the banner makes these calls for real: Popen's Windows branch runs under Wine "
                         "with the child created suspended, and every call is listed with its real HANDLE values and "
                         "both processes' handle tables right after it."));
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
    QAction* note = menu->addAction(tr("The Note, &Checked"));
    note->setObjectName(QStringLiteral("noteCheckedAction"));
    note->setToolTip(tr("The lines of the note PipeScope teaches from that need a correction, and the sources."));
    connect(note, &QAction::triggered, window, [window] {
        auto* dialog = new HelpDialog(window, Page::Note);
        dialog->setObjectName(QStringLiteral("noteDialog"));
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
