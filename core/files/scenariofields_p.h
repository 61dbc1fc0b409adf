// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reader and writer of a scenario's fields, shared by scenario files and the lessons that embed scenarios.
// Private to core/files.

#include "files/jsonfields_p.h"
#include "files/scenariofile.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <string_view>

namespace pipescope::scenariofields {

// Thrown inside the readers only; their callers turn it into an Error.
struct Bad
{
    ScenarioProblem problem;
    std::string where;
    StepRange range {}; // StepRange only
};

// Refuses a key of j that is not known, as Unknown at its pointer.
void onlyKnownKeys(const nlohmann::json& j, std::initializer_list<std::string_view> known, const std::string& where);
ScenarioProblem problemOf(jsonfields::BadField::Problem problem);

// The scenario held by the object j at the pointer where: every field of a .pipescope file but "format" and
// "version", which only a whole file has (embedded: refused as Unknown). Throws Bad or jsonfields::BadField.
Scenario scenarioFields(const nlohmann::json& j, const std::string& where, bool embedded);
// Its fields as an object, in the order a person reads them; embedded: without format and version, and without
// the id, title, description and step a lesson's scenario leaves out when they are empty or 0.
nlohmann::ordered_json scenarioObject(const Scenario& s, bool embedded);

} // namespace pipescope::scenariofields
