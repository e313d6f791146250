#include "gui/confirm_answers.h"

#include <wx/intl.h>

#include "gui/language.h"
#include "gui/response_document.h"
#include "gui/undo_commands.h"

namespace revq::gui {

size_t confirmAnswers(AnswerCommandProcessor& commands, const ResponseDocument& doc,
                      const std::vector<std::string>& questionIds) {
    if (doc.isReadOnly())
        return 0;
    std::vector<Answer> confirmed;
    for (const std::string& id : questionIds) {
        const Answer* a = doc.response().answer(id);
        if (!a || (!a->provenance.carriedOver && !a->provenance.imported))
            continue;
        Answer mine = *a;  // origin, author and time stay: only the mark goes
        mine.provenance.carriedOver = false;
        mine.provenance.imported = false;
        confirmed.push_back(std::move(mine));
    }
    if (confirmed.empty())
        return 0;
    wxString name =
        confirmed.size() == 1
            ? wxString::Format(_("Confirm answer to %s"), fromUtf8(confirmed.front().questionId))
            : wxString::Format(_("Confirm %zu answers"), confirmed.size());
    size_t n = confirmed.size();
    return commands.submitAnswers(name, std::move(confirmed)) ? n : 0;
}

}  // namespace revq::gui
