// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class Bridge;
class ProgramRunner;
struct ProgramResult;

// A Python 3 interpreter as it describes itself: sys.executable (the interpreter, not a launcher script such as
// pyenv's shims in front of it) and sys.version_info.
struct PythonInterpreter
{
    QString executable; // canonical: two names for one interpreter are one PythonInterpreter
    QString foundAs; // the name or path it was asked by
    int major = 0;
    int minor = 0;
    int micro = 0;

    QString version() const { return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(micro); }
    friend bool operator==(const PythonInterpreter&, const PythonInterpreter&) = default;
};

Q_DECLARE_METATYPE(PythonInterpreter)

// Finds the Python 3 interpreters a class can watch: every python3 and python3.N in the directories of a PATH, and
// those pyenv installed, each asked (through the bridge's ProgramRunner, never on the GUI thread) what it is.
// Launchers that cannot run (a pyenv shim for a version not selected) and non-Python programs are left out.
class PythonFinder : public QObject
{
    Q_OBJECT
public:
    explicit PythonFinder(Bridge* bridge, QObject* parent = nullptr);
    ~PythonFinder() override;

    // The files named python3 or python3.N in the directories of searchPath (PATH's form), in PATH's order, then
    // those under each of extraDirs' */bin (pyenv's versions folder, say). Executable files only, each file once
    // (a symbolic link to one listed already is left out); none is run.
    static QStringList candidates(const QString& searchPath, const QStringList& extraDirs = {});
    // $PYENV_ROOT/versions, or ~/.pyenv/versions.
    static QString pyenvVersions();

    // Asks each candidate in turn; finished() follows with those that are Python 3, in the order asked, each
    // interpreter once. False while a search is going.
    bool find(const QStringList& candidates);
    bool isFinding() const { return m_runner != nullptr; }

Q_SIGNALS:
    // found: the interpreters; refused: the candidates that did not answer as a Python 3.
    void finished(const QList<PythonInterpreter>& found, const QStringList& refused);

private:
    void askNext();
    void refuse();
    void answered(const ProgramResult& result);

    Bridge* m_bridge;
    ProgramRunner* m_runner = nullptr;
    QStringList m_queue;
    QString m_asking;
    QList<PythonInterpreter> m_found;
    QStringList m_refused;
};
