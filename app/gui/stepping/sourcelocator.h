// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Finds the lines of subprocess.py that carry out a plan step, by searching the text for the statements
// themselves (os.pipe() under "elif stdin == PIPE:", _winapi.CreatePipe, fork_exec(...), _close_pipe_fds...),
// never by line number: it works on whatever version of subprocess.py the machine has, and on PipeScope's own
// annotated excerpt.
class SourceLocator
{
    Q_DECLARE_TR_FUNCTIONS(SourceLocator)
public:
    explicit SourceLocator(const QString& text);

    // 0-based line numbers, ascending; empty when the step has no Python statement of its own.
    // fileObject: for win.osfhandle.*, whether the stream was given a file object (else an fd number).
    QList<int> linesFor(const QString& stepId, bool fileObject = false) const;
    // Why a step has no lines, or where its work really happens (e.g. in C, inside fork_exec). Empty if nothing.
    static QString noteFor(const QString& stepId);

    // Where the two _get_handles are (first line of each def), -1 when absent.
    int windowsGetHandles() const { return m_winHandles.first; }
    int posixGetHandles() const { return m_posixHandles.first; }
    int lineCount() const { return static_cast<int>(m_lines.size()); }

private:
    struct Block
    {
        int first = -1;
        int last = -1; // inclusive
        bool valid() const { return first >= 0; }
    };

    int indentOf(int line) const;
    Block blockAt(int defLine) const;
    // The def of this name whose body contains marker.
    Block function(const QString& name, const QString& marker) const;
    // One stream's "if <stream> is None: ... elif ... else ..." chain inside a _get_handles.
    Block streamSection(const Block& handles, const QString& stream) const;
    // The branch (condition line and body) whose condition starts with prefix, at the section's own indentation.
    Block branch(const Block& section, const QString& prefix) const;
    QList<int> linesIn(const Block& block, const QString& needle) const;
    int firstIn(const Block& block, const QString& needle) const;
    // A call statement from its first line until its parentheses close.
    QList<int> statement(int line) const;
    QList<int> whole(const Block& b) const;

    QStringList m_lines;
    Block m_winHandles;
    Block m_posixHandles;
    Block m_winExecute;
    Block m_posixExecute;
    Block m_closePipeFds;
};
