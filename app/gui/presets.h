// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redirect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

// The built-in presets of the step-through window (--scenario=): the seed's demo and the classic variations
// around it, each a configuration of the streams panel.
struct Preset
{
    Q_DECLARE_TR_FUNCTIONS(Preset)
public:
    QString id; // for --scenario=, never translated
    QString title;
    QString tip;
    std::array<pipescope::Redirect, 3> redirects;
    QString mode; // the pipescope-child mode
    QString modeArgs;

    static QList<Preset> all();
    static const Preset* find(const QList<Preset>& presets, const QString& id);
};
