// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "popen/spawnspec.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Bridge;
class ProgramRunner;
struct ProgramResult;
class QTemporaryDir;

// One entry of a Windows process's handle table as pipescope-trace.exe read it (NtQuerySystemInformation).
struct WinHandleEntry
{
    QString handle; // "0x48"
    QString type; // "File", "Event", ...
    QString fileType; // "pipe", "disk", "char", or empty
    bool inherit = false;
    // What the run knows it as: p2cread ... errwrite, pipe_read, pipe_write, dummy_read, dummy_write, std (the
    // parent's own standard handle), process, thread, inherited (in the child); empty when unknown.
    QString role;
    QString stream; // the stream the role belongs to
    QString copyOf; // the inheritable copies: DuplicateHandle's source
    QString access; // the access mask, "0x120089"
};

// One Win32 call of the run, with both tables read right after it (step mode).
struct WinRunStep
{
    QString stepId; // the Windows plan's step, or win.resume
    QString call; // "CreatePipe", ...
    QString stream;
    QStringList handles;
    bool inheritHandles = false; // CreateProcessW
    std::optional<QList<WinHandleEntry>> parentTable;
    std::optional<QList<WinHandleEntry>> childTable;
    qint64 childPid = 0; // CreateProcessW
};

// A run of Popen's Windows branch under Wine: pipescope-trace.exe's JSON ("format": "pipescope-win32-run").
struct WinRunRecord
{
    QByteArray json; // the document it was read from (what a web page embeds)
    QString platform; // "Wine 8.0"
    QStringList argv;
    QMap<QString, QString> redirects; // stream -> text form
    QList<WinRunStep> steps;
    std::optional<QList<WinHandleEntry>> parentTableBefore; // step mode: the parent's table before the first call
    QMap<QString, QString> popen; // handle name -> value, absent for None
    qint64 childPid = 0;
    QMap<QString, QString> childStdHandles; // stream -> value or empty (NULL), from the child's PEB
    QStringList handleList;
    bool inheritHandles = false;
    bool useStdHandles = false;
    QByteArray stdoutData;
    QByteArray stderrData;
    std::optional<int> exitCode; // none when it timed out
    // CreateProcessW (or another call) failed: the call, what it was given, and the Win32 error.
    QString errorCall;
    QString errorSubject;
    quint32 winError = 0;
    QString winErrorName;
    QString winErrorMessage; // the system's (Wine's) own text, in its language
};

// The record from pipescope-trace.exe's JSON; nullopt with the JSON pointer of what is wrong in problem.
std::optional<WinRunRecord> readWinRun(const QByteArray& json, QString* problem);

// A Win32 error as pipescope-trace.exe reports it: code, name (ERROR_PIPE_BUSY...) and the system's message.
struct WinError
{
    quint32 code = 0;
    QString name;
    QString message;
};

// What the note claims of Windows named pipes, run under Wine (pipescope-trace.exe namedpipe): "format":
// "pipescope-win32-namedpipes".
struct WinNamedPipesRecord
{
    QString platform;
    bool wine = false;
    int instancesCreated = 0;
    WinError beyondLimit; // the 4th CreateNamedPipeW
    WinError busyOpen; // a 4th client's CreateFileW
    WinError busyWait; // its WaitNamedPipeW
    QList<qint64> spawnedPids; // the client processes, in order
    QList<qint64> clientPids; // by instance: GetNamedPipeClientProcessId
    QStringList requests; // by instance
    QStringList clientOutputs; // by client: the answer it read
    // Per mode (message, byte): the bytes of each ReadFile and its error (empty name when it succeeded).
    QList<std::pair<qint64, QString>> messageReads;
    QList<std::pair<qint64, QString>> byteReads;
    QString sddlRequested;
    QString sddlReadBack;
    bool securityOpened = false;
    WinError securityError;
    QString remotePath;
    bool remoteOpened = false;
    WinError remoteError;
};
std::optional<WinNamedPipesRecord> readWinNamedPipes(const QByteArray& json, QString* problem);

// Runs the stepping page's configuration as Popen's Windows branch under Wine: pipescope-trace --backend=wine --step
// --json on a ProgramRunner of the bridge, so the GUI thread never waits for Wine. One run at a time.
class WineRun : public QObject
{
    Q_OBJECT
public:
    enum class Problem {
        NoTraceProgram, // pipescope-trace is not found
        NoWine, // wine is not in PATH
        NoWindowsBuild, // pipescope-trace.exe is not built
        Busy,
        Failed, // pipescope-trace ended without a run (detail: its last line)
        Malformed, // its JSON could not be read (detail: the pointer)
    };
    Q_ENUM(Problem)

    WineRun(Bridge* bridge, QObject* parent = nullptr);
    ~WineRun() override;

    // The Linux pipescope-trace the run goes through ($PIPESCOPE_TRACE, beside this program, the build tree, PATH).
    static QString traceProgram();
    // The folder of pipescope-trace.exe, as pipescope-trace looks for it; empty when it is not built.
    static QString windowsBuild();

    // The program the Windows run starts for spec: pipescope-child.exe in the same mode when the spec runs
    // pipescope-child in a mode the Windows child has (echo, cat, sleep, exit), else pipescope-child.exe echo.
    static QStringList windowsProgram(const pipescope::SpawnSpec& spec, bool* substituted = nullptr);

    // Starts the run; false (and problem() set, nothing started) when it cannot.
    bool start(const pipescope::SpawnSpec& spec, const QByteArray& input);
    // The named-pipes run instead (pipescope-trace namedpipe --backend=wine): namedPipesFinished() when done.
    bool startNamedPipes();
    void cancel();
    bool isRunning() const;
    Problem problem() const { return m_problem; }

Q_SIGNALS:
    void finished(const WinRunRecord& record);
    void namedPipesFinished(const WinNamedPipesRecord& record);
    void failed(WineRun::Problem problem, const QString& detail);
    void cancelled();

private:
    void onFinished(const ProgramResult& result);
    // The checks both runs make before starting; the trace program, or empty with m_problem set.
    QString prepare();
    bool launch(const QStringList& argv);

    Bridge* m_bridge;
    ProgramRunner* m_runner = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    Problem m_problem = Problem::Failed;
    bool m_namedPipes = false; // what the running run is
};
