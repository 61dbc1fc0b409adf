// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/pump.h"
#include "popen/redirect.h"
#include "popen/spawnspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

// One live demonstration a teacher can pick: the three redirects, what pipescope-child does, how the parent behaves
// and what it writes. Plain data, so the panel, the tests and the benchmark all run the very same thing.
struct LiveScenario
{
    QString id; // stable, for tests and settings ("seed-echo")
    QString title; // translated
    QString description; // translated: what happens and why
    std::array<pipescope::Redirect, 3> redirects {}; // by Stream; a File path without a '/' lands in the work folder
    QStringList childArgs; // pipescope-child's mode and its arguments
    // A script bundled in :/python/ that python3 runs instead of pipescope-child (childArgs are then its arguments),
    // and python3's own options, before the script.
    QString pythonScript;
    QStringList pythonOptions;
    pipescope::ParentPolicy policy = pipescope::ParentPolicy::Communicate;
    QByteArray input; // what the parent writes to stdin first
    // The whole command when set (program first), instead of pipescope-child with childArgs: the streams panel's
    // own command, when a teacher changed it before starting.
    QStringList argv;
    // The input is made by PipeScope (1 MiB of numbered lines) rather than typed: too big for the input box, so a
    // run from the streams panel keeps it.
    bool generatedInput = false;
    // Slow motion to start with (LiveFlow::setPace; 0: full speed). The catalogue's classroom scenarios start at
    // narratedPace; one made elsewhere (a benchmark's) runs at full speed unless it says otherwise.
    std::uint64_t bytesPerSecond = 0;
    static constexpr std::uint64_t narratedPace = 64 * 1024;

    const pipescope::Redirect& redirect(pipescope::Stream s) const { return redirects[static_cast<std::size_t>(s)]; }
    // The spec to spawn: argv, or else python3 with the script, or else childProgram with childArgs; File paths
    // resolved against workDir. Empty argv when the script cannot be written out.
    pipescope::SpawnSpec spec(const QString& childProgram, const QString& workDir) const;
    // Whether it writes a file into the work folder (the panel then makes one).
    bool usesWorkDir() const;
    // pipescope-child's mode (childArgs[0]) and its arguments as the streams panel's argument line, quoted where
    // an argument holds a space.
    QString mode() const { return childArgs.value(0); }
    QString modeArgsLine() const;
};

// The catalogue of scenarios, in the order the picker shows them.
class LiveScenarios
{
    Q_DECLARE_TR_FUNCTIONS(LiveScenarios)
public:
    static QList<LiveScenario> all();
    static std::optional<LiveScenario> byId(const QString& id);

    // A script of :/python/ as a file python3 can run (written once to a temporary folder); empty when there is no
    // such script or it cannot be written.
    static QString bundledScript(const QString& name);

    // The seed's parent.py: "write data:0\r\n" ... "write data:9\r\n".
    static QByteArray seedLines();
    // 1 MiB of numbered text lines: far more than two pipes hold, so a naive parent deadlocks on it.
    static QByteArray megabyte();
};
