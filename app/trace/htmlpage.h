// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace pipescope::cli {

// --html: the trace JSON's text goes to a private file, and the application (pipescope --export-html --replay,
// offscreen) writes the page that replays it, with its texts in every language it speaks. Empty on success, else
// why not, in a line.
std::string writeWebPage(const std::string& htmlPath, const std::string& traceJson);
// The same from a JSON file that exists already (a Windows run's --json).
std::string writeWebPageFromFile(const std::string& htmlPath, const std::string& jsonPath);

} // namespace pipescope::cli
