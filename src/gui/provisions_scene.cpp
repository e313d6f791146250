#include "gui/provisions_scene.h"

#include "core/data_paths.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/navigation_tree.h"
#include "gui/response_document.h"

namespace revq::gui {

wxWindow* provisionsScene(MainFrame& frame, std::string* error) {
    if (!frame.document() || !frame.document()->form().instrument) {
        auto form = dataDirs().forms / "tip-protocol-review.xml";
        if (!dataDirs().found || !frame.openForm(fromUtf8(pathToUtf8(form)), "FRA")) {
            *error = "provisions: the shipped questionnaire cannot be opened";
            return nullptr;
        }
    }
    frame.showProvisionPane(true);
    frame.navigation()->setFilter(ProvisionFilter{"mandatory", ""});
    // Show the question the filter keeps whose provision has the most cross-references, so
    // the picture shows confirmed and read links alike.
    const Form& form = frame.document()->form();
    const QuestionFilter& keep = frame.navigation()->questionFilter();
    std::string best;
    size_t most = 0;
    for (size_t qi = 0; qi < form.questions.size(); ++qi) {
        if (!keep(qi))
            continue;
        size_t n = 0;
        for (const ProvisionRef& r : form.effectiveRefs(form.questions[qi]))
            for (const Provision* p = form.instrument->find(r); p;
                 p = p->parent >= 0 ? &form.instrument->provisions[static_cast<size_t>(p->parent)]
                                    : nullptr)
                n += p->xrefs.size();
        if (best.empty() || n > most) {
            best = form.questions[qi].id;
            most = n;
        }
    }
    if (best.empty()) {
        *error = "provisions: no question reviews a mandatory provision";
        return nullptr;
    }
    frame.goToQuestion(best);
    return &frame;
}

}  // namespace revq::gui
