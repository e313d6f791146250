#include "gui/consultation_scenes.h"

#include <filesystem>
#include <map>

#include <wx/utils.h>

#include "core/consultation_split.h"
#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/response_store.h"
#include "gui/consultation_status_dialog.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/merge_dialog.h"
#include "gui/response_document.h"
#include "gui/undo_commands.h"

namespace revq::gui {

namespace {

// The answers people would write, in the UI language of the screenshot.
struct SceneTexts {
    const char *master, *justice, *police, *justiceAgency, *policeAgency, *mfa;
};
const SceneTexts& sceneTexts() {
    static const std::map<std::string, SceneTexts> texts = {
        {"en",
         {"Coordination between agencies is still informal.",
          "Judges lack training on trafficking cases; few prosecutions for forced labour.",
          "Few cases reach the courts: victims rarely agree to testify.", "Ministry of Justice",
          "Police", "Ministry of Foreign Affairs"}},
        {"zh",
         {"各机构之间的协调仍然是非正式的。",
          "法官缺乏人口贩运案件方面的培训；强迫劳动的起诉很少。",
          "进入法院的案件很少：受害人很少同意作证。", "司法部", "警察", "外交部"}},
        {"ar",
         {"لا يزال التنسيق بين الجهات غير رسمي.",
          "يفتقر القضاة إلى التدريب على قضايا الاتجار بالأشخاص؛ والملاحقات القضائية بسبب العمل "
          "القسري قليلة.",
          "قليل من القضايا يصل إلى المحاكم: نادراً ما يوافق الضحايا على الإدلاء بالشهادة.",
          "وزارة العدل", "الشرطة", "وزارة الخارجية"}},
    };
    auto it = texts.find(uiLanguage());
    return it == texts.end() ? texts.at("en") : it->second;
}

Answer textAnswer(const std::string& qid, const char* text, const std::string& by,
                  const char* when) {
    Answer a;
    a.questionId = qid;
    a.text = text;
    a.provenance.by = by;
    a.provenance.changed = when;
    return a;
}

// Writes the master and two filled contributions into a fresh temporary folder and opens
// the master; returns the contribution paths ("" and `error` set on failure).
std::vector<std::string> buildConsultation(MainFrame& frame, std::string* error) {
    auto formPath = dataDirs().forms / "tip-protocol-review.xml";
    FormLoadResult form = loadFormFile(pathToUtf8(formPath));
    if (!dataDirs().found || !form.form) {
        *error = "the shipped questionnaire cannot be loaded";
        return {};
    }
    const SceneTexts& t = sceneTexts();
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("revq-scene-consultation-" + std::to_string(wxGetProcessId()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    Response master;
    master.formId = form.form->id;
    master.formVersion = form.form->version;
    master.stateCode = "FRA";
    master.language = uiLanguage();
    master.respondentName = "Focal Point";
    master.respondentAgency = t.mfa;
    master.contributors.push_back({"p1", "Focal Point", t.mfa, ""});
    master.answers["a5_challenges"] =
        textAnswer("a5_challenges", t.master, "p1", "2027-01-05T09:30:00Z");
    std::string masterPath = (dir / "FRA-master.revq").string();
    AssignmentsResult assign = parseAssignmentsShorthand(
        std::string(t.justiceAgency) + "=3,5;" + t.policeAgency + "=5,8", *form.form);
    SplitResult split = splitMaster(*form.form, master, "", assign.assignments, "Focal Point");
    if (assign.diagnostics.hasErrors() || !split.error.empty() ||
        !saveResponse(masterPath, split.master).ok) {
        *error = "the scene's master could not be written in " + dir.string();
        return {};
    }
    const char* texts[] = {t.justice, t.police};
    const char* people[] = {"A. Martin", "B. Leroy"};
    const char* times[] = {"2027-01-10T14:05:00Z", "2027-01-11T08:40:00Z"};
    std::vector<std::string> paths;
    for (size_t i = 0; i < split.contributions.size() && i < 2; ++i) {
        ContributionFile& c = split.contributions[i];
        c.response.contributors.push_back({"x1", people[i], c.assignment.agency, ""});
        c.response.answers["a5_challenges"] = textAnswer("a5_challenges", texts[i], "x1", times[i]);
        paths.push_back((dir / c.fileName).string());
        if (!saveResponse(paths.back(), c.response).ok) {
            *error = "a contribution could not be written in " + dir.string();
            return {};
        }
    }
    if (!frame.openFile(fromUtf8(masterPath))) {
        *error = "the scene's master could not be opened";
        return {};
    }
    return paths;
}

MergeDialog* openMergeDialog(MainFrame& frame, const std::vector<std::string>& paths) {
    ResponseDocument& doc = *frame.document();
    auto* dlg = new MergeDialog(&frame, doc.formPtr(), doc.response(), "FRA-master.revq",
                                "Focal Point", frame.formLanguage());
    dlg->addFiles(paths);
    dlg->selectConflict(0);
    return dlg;
}

}  // namespace

wxWindow* mergeConflictScene(MainFrame& frame, std::string* error) {
    std::vector<std::string> paths = buildConsultation(frame, error);
    if (paths.empty())
        return nullptr;
    MergeDialog* dlg = openMergeDialog(frame, paths);
    std::filesystem::remove_all(std::filesystem::path(paths[0]).parent_path());
    dlg->Show();
    return dlg;
}

wxWindow* consultationStatusScene(MainFrame& frame, std::string* error) {
    std::vector<std::string> paths = buildConsultation(frame, error);
    if (paths.empty())
        return nullptr;
    MergeDialog* dlg = openMergeDialog(frame, {paths[0]});
    dlg->applyTo(*frame.commands());
    dlg->Destroy();
    std::filesystem::remove_all(std::filesystem::path(paths[0]).parent_path());
    ResponseDocument& doc = *frame.document();
    auto* status = new ConsultationStatusDialog(&frame, doc.response(), &doc.form());
    status->Show();
    return status;
}

}  // namespace revq::gui
