// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepping/sourcelocator.h"

#include "base/names.h"
#include "popen/plan.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// Popen's name for the handle the child gets for a stream ("stdin" → p2cread), as core names it.
QString childHandleOf(const QString& stream)
{
    const std::optional<pipescope::Stream> s = pipescope::streamFromName(stream.toStdString());
    const std::string_view name = pipescope::handleName(pipescope::childHandle(s.value_or(pipescope::Stream::Stderr)));
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

void addUnique(QList<int>& to, const QList<int>& lines)
{
    for (int l : lines)
        if (l >= 0 && !to.contains(l))
            to << l;
}

} // namespace

SourceLocator::SourceLocator(const QString& text)
    : m_lines(text.split(QLatin1Char('\n')))
{
    m_winHandles = function(QStringLiteral("_get_handles"), QStringLiteral("_winapi"));
    m_posixHandles = function(QStringLiteral("_get_handles"), QStringLiteral("os.pipe()"));
    m_winExecute = function(QStringLiteral("_execute_child"), QStringLiteral("CreateProcess("));
    m_posixExecute = function(QStringLiteral("_execute_child"), QStringLiteral("errpipe_write"));
    m_closePipeFds = function(QStringLiteral("_close_pipe_fds"), QStringLiteral("p2cread"));
}

int SourceLocator::indentOf(int line) const
{
    const QString& l = m_lines[line];
    int i = 0;
    while (i < l.size() && (l[i] == QLatin1Char(' ') || l[i] == QLatin1Char('\t')))
        ++i;
    return i;
}

SourceLocator::Block SourceLocator::blockAt(int defLine) const
{
    const int indent = indentOf(defLine);
    int last = defLine;
    // A def's header may go on over several lines; its body is everything indented deeper after it.
    for (int i = defLine + 1; i < m_lines.size(); ++i) {
        if (m_lines[i].trimmed().isEmpty())
            continue;
        if (indentOf(i) <= indent)
            break;
        last = i;
    }
    return Block { defLine, last };
}

SourceLocator::Block SourceLocator::function(const QString& name, const QString& marker) const
{
    const QRegularExpression def(
        QStringLiteral("^\\s*def\\s+") + QRegularExpression::escape(name) + QStringLiteral("\\b"));
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!def.match(m_lines[i]).hasMatch())
            continue;
        const Block b = blockAt(i);
        if (firstIn(b, marker) >= 0)
            return b;
    }
    return {};
}

SourceLocator::Block SourceLocator::streamSection(const Block& handles, const QString& stream) const
{
    if (!handles.valid())
        return {};
    const QRegularExpression start(
        QStringLiteral("^\\s*if\\s+") + QRegularExpression::escape(stream) + QStringLiteral("\\s+is\\s+None\\s*:"));
    for (int i = handles.first; i <= handles.last; ++i) {
        if (!start.match(m_lines[i]).hasMatch())
            continue;
        const int indent = indentOf(i);
        int last = i;
        for (int j = i + 1; j <= handles.last; ++j) {
            const QString t = m_lines[j].trimmed();
            if (t.isEmpty())
                continue;
            const int in = indentOf(j);
            // The chain goes on with deeper lines and with its own elif/else; anything else ends it.
            if (in < indent || (in == indent && !t.startsWith(QLatin1String("elif ")) && t != QLatin1String("else:")))
                break;
            last = j;
        }
        return Block { i, last };
    }
    return {};
}

SourceLocator::Block SourceLocator::branch(const Block& section, const QString& prefix) const
{
    if (!section.valid())
        return {};
    const int indent = indentOf(section.first);
    for (int i = section.first; i <= section.last; ++i) {
        if (indentOf(i) != indent || !m_lines[i].trimmed().startsWith(prefix))
            continue;
        int last = i;
        for (int j = i + 1; j <= section.last; ++j) {
            if (m_lines[j].trimmed().isEmpty())
                continue;
            if (indentOf(j) <= indent)
                break;
            last = j;
        }
        return Block { i, last };
    }
    return {};
}

QList<int> SourceLocator::linesIn(const Block& block, const QString& needle) const
{
    QList<int> out;
    if (!block.valid())
        return out;
    // Comments mention the calls too ("pass it to fork_exec()"): only code counts.
    for (int i = block.first; i <= block.last; ++i)
        if (m_lines[i].contains(needle) && !m_lines[i].trimmed().startsWith(QLatin1Char('#')))
            out << i;
    return out;
}

int SourceLocator::firstIn(const Block& block, const QString& needle) const
{
    const QList<int> lines = linesIn(block, needle);
    return lines.isEmpty() ? -1 : lines.first();
}

QList<int> SourceLocator::statement(int line) const
{
    QList<int> out;
    if (line < 0)
        return out;
    int depth = 0;
    for (int i = line; i < m_lines.size(); ++i) {
        // A comment inside the call's arguments is not part of the statement (and its brackets do not count).
        if (m_lines[i].trimmed().startsWith(QLatin1Char('#')))
            continue;
        out << i;
        for (QChar c : m_lines[i]) {
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')'))
                --depth;
        }
        if (depth <= 0)
            break;
    }
    return out;
}

QList<int> SourceLocator::whole(const Block& b) const
{
    QList<int> out;
    if (b.valid())
        for (int i = b.first; i <= b.last; ++i)
            if (!m_lines[i].trimmed().isEmpty() && !m_lines[i].trimmed().startsWith(QLatin1Char('#')))
                out << i;
    return out;
}

QList<int> SourceLocator::linesFor(const QString& stepId, bool fileObject) const
{
    const QStringList parts = stepId.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    const QString stream = parts.last();
    const QString what = parts.size() >= 3 ? parts[parts.size() - 2] : parts[1];
    QList<int> out;

    if (parts[0] == QLatin1String("posix")) {
        const Block section = streamSection(m_posixHandles, stream);
        if (what == QLatin1String("pipe") || what == QLatin1String("pipesize")) {
            const Block b = branch(section, QStringLiteral("elif %1 == PIPE").arg(stream));
            if (what == QLatin1String("pipe")) {
                addUnique(out, { b.first });
                addUnique(out, linesIn(b, QStringLiteral("os.pipe()")));
            } else {
                addUnique(out, linesIn(b, QStringLiteral("pipesize")));
                addUnique(out, linesIn(b, QStringLiteral("F_SETPIPE_SZ")));
            }
        } else if (what == QLatin1String("devnull")) {
            out = whole(branch(section, QStringLiteral("elif %1 == DEVNULL").arg(stream)));
        } else if (what == QLatin1String("fd")) {
            out = whole(branch(section, QStringLiteral("elif isinstance(%1, int)").arg(stream)));
        } else if (what == QLatin1String("open")) {
            out = whole(branch(section, QStringLiteral("else:")));
        } else if (what == QLatin1String("alias")) {
            out = whole(branch(section, QStringLiteral("elif %1 == STDOUT").arg(stream)));
        } else if (stepId == QLatin1String("posix.errpipe")) {
            addUnique(out, linesIn(m_posixExecute, QStringLiteral("errpipe_read, errpipe_write = os.pipe()")));
        } else if (stepId == QLatin1String("posix.fork")) {
            addUnique(out, statement(firstIn(m_posixExecute, QStringLiteral("fork_exec("))));
        } else if (parts[1] == QLatin1String("child")) {
            // The child's calls are made in C by _posixsubprocess; the Python side only hands it the values.
            const QList<int> call = statement(firstIn(m_posixExecute, QStringLiteral("fork_exec(")));
            const auto argLines = [&](const QString& needle) {
                QList<int> found;
                for (int l : call)
                    if (m_lines[l].contains(needle))
                        found << l;
                return found;
            };
            const QString sub = parts.size() >= 3 ? parts[2] : QString();
            if (sub == QLatin1String("close_parent_ends")) {
                addUnique(out, argLines(QStringLiteral("p2cwrite")));
                addUnique(out, argLines(QStringLiteral("errread")));
                addUnique(out, argLines(QStringLiteral("errpipe_read")));
            } else if (sub == QLatin1String("close_fds")) {
                addUnique(out, argLines(QStringLiteral("close_fds")));
            } else {
                addUnique(out, argLines(childHandleOf(stream)));
            }
        } else if (stepId == QLatin1String("posix.exec")) {
            addUnique(out, statement(firstIn(m_posixExecute, QStringLiteral("fork_exec("))).mid(0, 2));
        } else if (stepId == QLatin1String("posix.parent.close_errpipe_write")) {
            addUnique(out, linesIn(m_posixExecute, QStringLiteral("os.close(errpipe_write)")));
        } else if (what == QLatin1String("close") && parts[1] == QLatin1String("parent")) {
            const int cb = firstIn(m_closePipeFds, QStringLiteral("os.close, %1)").arg(childHandleOf(stream)));
            addUnique(out, { cb > 0 ? cb - 1 : -1, cb });
        } else if (stepId == QLatin1String("posix.parent.close_devnull")) {
            const int cb = firstIn(m_closePipeFds, QStringLiteral("os.close, devnull_fd)"));
            addUnique(out, { cb > 0 ? cb - 1 : -1, cb });
        } else if (stepId == QLatin1String("posix.parent.read_errpipe")) {
            addUnique(out, linesIn(m_posixExecute, QStringLiteral("os.read(errpipe_read")));
        }
    } else if (parts[0] == QLatin1String("win")) {
        const Block section = streamSection(m_winHandles, stream);
        const QString handle = childHandleOf(stream);
        if (what == QLatin1String("getstdhandle")) {
            const Block b = branch(section, QStringLiteral("if %1 is None").arg(stream));
            addUnique(out, { b.first });
            addUnique(out, linesIn(b, QStringLiteral("GetStdHandle(")));
        } else if (what == QLatin1String("dummypipe")) {
            const Block b = branch(section, QStringLiteral("if %1 is None").arg(stream));
            const int inner = firstIn(b, QStringLiteral("%1 is None").arg(handle));
            addUnique(out, { inner });
            addUnique(out, linesIn(b, QStringLiteral("CreatePipe(")));
            addUnique(out, linesIn(b, QStringLiteral("Handle(%1)").arg(handle)));
        } else if (what == QLatin1String("closedummy")) {
            const Block b = branch(section, QStringLiteral("if %1 is None").arg(stream));
            addUnique(out, linesIn(b, QStringLiteral("CloseHandle(_)")));
        } else if (what == QLatin1String("createpipe")) {
            out = whole(branch(section, QStringLiteral("elif %1 == PIPE").arg(stream)));
        } else if (what == QLatin1String("devnull")) {
            out = whole(branch(section, QStringLiteral("elif %1 == DEVNULL").arg(stream)));
        } else if (what == QLatin1String("osfhandle")) {
            out = whole(branch(section,
                fileObject ? QStringLiteral("else:") : QStringLiteral("elif isinstance(%1, int)").arg(stream)));
        } else if (what == QLatin1String("alias")) {
            out = whole(branch(section, QStringLiteral("elif %1 == STDOUT").arg(stream)));
        } else if (what == QLatin1String("inheritable")) {
            addUnique(out, linesIn(m_winHandles, QStringLiteral("%1 = self._make_inheritable(").arg(handle)));
        } else if (stepId == QLatin1String("win.startupinfo")) {
            addUnique(out, linesIn(m_winExecute, QStringLiteral("STARTF_USESTDHANDLES")));
            addUnique(out, linesIn(m_winExecute, QStringLiteral("startupinfo.hStd")));
        } else if (stepId == QLatin1String("win.handlelist")) {
            addUnique(out, linesIn(m_winExecute, QStringLiteral("_filter_handle_list(")));
        } else if (stepId == QLatin1String("win.createprocess")) {
            addUnique(out, statement(firstIn(m_winExecute, QStringLiteral("CreateProcess("))));
        } else if (what == QLatin1String("closehandle")) {
            int cb = firstIn(m_closePipeFds, QStringLiteral("callback(%1.Close)").arg(handle));
            if (cb < 0)
                cb = firstIn(m_winExecute, QStringLiteral("%1.Close()").arg(handle));
            addUnique(out, { cb > 0 ? cb - 1 : -1, cb });
        } else if (stepId == QLatin1String("win.closedevnull")) {
            const int cb = firstIn(m_closePipeFds, QStringLiteral("os.close, devnull_fd)"));
            addUnique(out, { cb > 0 ? cb - 1 : -1, cb });
        }
    }
    std::ranges::sort(out);
    return out;
}

QString SourceLocator::noteFor(const QString& stepId)
{
    if (stepId.startsWith(QLatin1String("posix.child.")) || stepId == QLatin1String("posix.exec"))
        return tr("This call is made in the child by _posixsubprocess.fork_exec, which is written in C: the Python "
                  "source only hands it the fds highlighted here.");
    if (stepId.startsWith(QLatin1String("posix.parent.close_file.")))
        return tr("No line of subprocess.py: in Python the caller opens the file and keeps it; PipeScope opened it "
                  "on the caller's behalf, so it closes it here.");
    if (stepId.startsWith(QLatin1String("posix.pipesize.")))
        return tr("Popen(pipesize=…) is only used on Python 3.10 and later.");
    return {};
}
