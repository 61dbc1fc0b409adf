// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "files/scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

class SteppingPage;

// The window's whole configuration as a .pipescope scenario and back, and the scenario files themselves: reading
// refuses anything malformed with one line that names the file and the bad field.
class ScenarioIo
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioIo)
public:
    // What the page shows (streams, command, input, the step it stands at, the lens), over info's other fields
    // (id, title, description, policy).
    static pipescope::Scenario state(const SteppingPage& page, pipescope::Scenario info);
    // Configures the page; never runs the command. Returns the step to redo the setup up to once the new session
    // is ready: the saved step, but never the exec (the step that would start the program).
    static size_t apply(SteppingPage& page, const pipescope::Scenario& scenario);

    // The file's scenario, relative file paths resolved against its folder; or the one-line reason in *message.
    // Puts the files a scenario names without a folder into folder (a scenario file's own, a lesson's work folder).
    static void resolveFiles(pipescope::Scenario& scenario, const QDir& folder);
    static std::optional<pipescope::Scenario> readFile(const QString& path, QString* message);
    static bool writeFile(const QString& path, const pipescope::Scenario& scenario, QString* message);
    // Why a scenario file was refused, in one line; range: what the reader said of a step outside the plan.
    static QString describe(
        const pipescope::Error& error, const QString& fileName, const pipescope::StepRange& range = {});

    // Files larger than this are refused unread: no scenario comes near it.
    static constexpr qint64 maxFileSize = 16 << 20;
};
