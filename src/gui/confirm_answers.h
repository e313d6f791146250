// Confirming carried-over or imported answers ("keep this answer as my own") changes the
// response like any edit, so it is one named undo step: otherwise an undo back to the last
// save would call the response unchanged and a confirmation could be lost on closing.
#pragma once

#include <string>
#include <vector>

namespace revq::gui {

class AnswerCommandProcessor;
class ResponseDocument;

// Confirms those of `questionIds` whose answers are still marked carried over or imported, as
// one undo step. Returns how many were confirmed (0: nothing to do, no step added).
size_t confirmAnswers(AnswerCommandProcessor& commands, const ResponseDocument& doc,
                      const std::vector<std::string>& questionIds);

}  // namespace revq::gui
