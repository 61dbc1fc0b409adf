// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/scenariofile.h"
#include "popen/redirect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// The built-in presets of the step-through window (--scenario=, the Scenario menu): the seed's demo and the classic
// variations around it, each a .pipescope file in resources/scenarios, embedded under :/scenarios.
struct Preset
{
    Q_DECLARE_TR_FUNCTIONS(Preset)
public:
    QString id; // for --scenario=, never translated
    QString title; // translated
    QString tip; // translated
    std::array<pipescope::Redirect, 3> redirects; // relative file paths resolved against the temp dir
    QString mode; // the pipescope-child mode, empty for another command
    QString modeArgs;
    pipescope::Scenario scenario; // the whole file, paths resolved as in redirects

    static QList<Preset> all();
    static const Preset* find(const QList<Preset>& presets, const QString& id);

    // The embedded files, in menu order (by file name).
    static QStringList bundledFiles();
    // A bundled scenario as the window shows it: texts translated, relative paths resolved.
    static Preset fromScenario(const pipescope::Scenario& scenario);
    static QString joinArguments(const QStringList& args);
    // Where a relative file path of a bundled scenario lands: the temp dir, which any user can write to.
    static pipescope::Redirect resolved(const pipescope::Redirect& r);
};
