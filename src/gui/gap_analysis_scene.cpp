#include "gui/gap_analysis_scene.h"

#include <wx/prntbase.h>

#include "core/data_paths.h"
#include "core/sample.h"
#include "core/states.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/response_document.h"

namespace revq::gui {

wxWindow* gapAnalysisScene(MainFrame& frame, std::string* error) {
    if (!frame.document() || frame.document()->response().answers.empty()) {
        auto form = dataDirs().forms / "tip-protocol-review.xml";
        if (!dataDirs().found || !frame.openForm(fromUtf8(pathToUtf8(form)), "FRA")) {
            *error = "gap-analysis: the shipped questionnaire cannot be opened";
            return nullptr;
        }
        auto states = StatesList::load(pathToUtf8(dataDirs().statesFile())).states;
        State fra;
        fra.code = "FRA";
        fra.name.set("en", "France");
        const State* s = states && states->find("FRA") ? states->find("FRA") : &fra;
        SampleOptions options;
        options.seed = 4;
        ResponseDocument& doc = *frame.document();
        Response sample = makeSampleResponse(doc.form(), *s, options);
        sample.status = ResponseStatus::Draft;
        doc.mutableResponse() = std::move(sample);
        doc.reevaluate();
    }
    frame.onGapAnalysis(true);
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* preview = dynamic_cast<wxPreviewFrame*>(w)) {
            preview->SetSize(preview->FromDIP(wxSize(1000, 1000)));
            preview->Raise();
            return preview;
        }
    *error = "gap-analysis: no print preview window appeared";
    return nullptr;
}

}  // namespace revq::gui
