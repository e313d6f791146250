// National consultation in the app: the merge dialog driven as the focal point would (three
// contributions: one conflict between two agencies, one answer outside an assignment, one
// identical in two), resolving and applying as one undo step, merging again changes nothing,
// the contributions' bytes stay as they were, and Where Things Stand shows core's numbers.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>

#include "core/consultation_split.h"
#include "core/consultation_status.h"
#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/response_store.h"
#include "core/sample.h"
#include "core/sha256.h"
#include "gui/consultation_status_dialog.h"
#include "gui/merge_dialog.h"
#include "gui/settings.h"
#include "gui/undo_commands.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;

namespace {

const std::string kFormPath = std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml";

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write(Response& r, const std::string& qid, const std::string& text, const std::string& who,
           const std::string& agency, const std::string& when) {
    std::string id = "x" + std::to_string(r.contributors.size() + 1);
    r.contributors.push_back({id, who, agency, ""});
    Answer a;
    a.questionId = qid;
    a.text = text;
    a.provenance.changed = when;
    a.provenance.by = id;
    r.answers[qid] = a;
}

struct Consultation {
    std::string master;
    std::vector<std::string> contributions;  // Justice, Police, Labour
};

// A draft FRA master split among three agencies (core split), each contribution filled.
Consultation makeConsultation(const Form& form) {
    std::filesystem::path dir = scratchFile("consultation");
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    State fra;
    fra.code = "FRA";
    fra.alpha2 = "FR";
    fra.name.set("en", "France");
    Response master;
    for (std::uint64_t seed = 1; seed < 200 && master.formId.empty(); ++seed) {
        SampleOptions o;
        o.seed = seed;
        Response r = makeSampleResponse(form, fra, o);
        if (r.status == ResponseStatus::Submitted)
            master = r;
    }
    REQUIRE_FALSE(master.formId.empty());
    reopenResponse(master, "Focal Point", "consultation");
    for (const char* q :
         {"a5_challenges", "a8_challenges", "a3_good_practices", "a8_good_practices"})
        master.answers.erase(q);
    Consultation c;
    c.master = (dir / "FRA-master.revq").string();
    REQUIRE(saveResponse(c.master, master).ok);
    OpenedResponse opened = openResponse(c.master);
    REQUIRE(opened.response);
    AssignmentsResult assign =
        parseAssignmentsShorthand("Ministry of Justice=3,5;Police=5,8;Ministry of Labour=8", form);
    REQUIRE_FALSE(assign.diagnostics.hasErrors());
    SplitResult split =
        splitMaster(form, *opened.response, opened.stamp.sha256, assign.assignments, "Focal Point");
    REQUIRE(split.error.empty());
    SaveOptions so;
    so.readStamp = &opened.stamp;
    REQUIRE(saveResponse(c.master, split.master, so).ok);
    Response& justice = split.contributions.at(0).response;
    Response& police = split.contributions.at(1).response;
    Response& labour = split.contributions.at(2).response;
    write(justice, "a5_challenges", "Judges lack training on trafficking cases.", "A. Juge",
          "Ministry of Justice", "2027-01-10T10:00:00Z");
    write(police, "a5_challenges", "Few cases reach the courts.", "B. Agent", "Police",
          "2027-01-11T10:00:00Z");
    write(police, "a8_challenges", "Identification of victims at borders.", "B. Agent", "Police",
          "2027-01-12T10:00:00Z");
    write(labour, "a8_challenges", "Identification of victims at borders.", "C. Inspecteur",
          "Ministry of Labour", "2027-01-13T10:00:00Z");
    // Outside the assignment: Justice was given articles 3 and 5, not 8.
    write(justice, "a8_good_practices", "Joint training with labour inspectors.", "A. Juge",
          "Ministry of Justice", "2027-01-10T11:00:00Z");
    write(justice, "a3_good_practices", "A national referral mechanism since 2019.", "A. Juge",
          "Ministry of Justice", "2027-01-10T12:00:00Z");
    for (auto& cf : split.contributions) {
        std::string p = (dir / cf.fileName).string();
        REQUIRE(saveResponse(p, cf.response).ok);
        c.contributions.push_back(p);
    }
    return c;
}

void click(wxButton* b) {
    wxCommandEvent e(wxEVT_BUTTON, b->GetId());
    send(b, e);
    settle();
}

wxWindow* child(wxWindow* parent, const std::string& name) {
    wxWindow* w = wxWindow::FindWindowByName(wxString::FromUTF8(name), parent);
    INFO("control " << name);
    REQUIRE(w != nullptr);
    return w;
}

}  // namespace

TEST_CASE("the merge dialog merges, shows and resolves a conflict as one undo step",
          "[gui][consultation]") {
    std::shared_ptr<const Form> form = loadFormFile(kFormPath).form;
    REQUIRE(form);
    Consultation c = makeConsultation(*form);
    std::vector<std::string> before;
    for (const auto& p : c.contributions)
        before.push_back(fileBytes(p));

    settings::rememberForm(wxString::FromUTF8(kFormPath));
    FrameFixture f;
    REQUIRE(f.frame->openResponse(wxString::FromUTF8(c.master)));
    const size_t stepsBefore = f.frame->commands()->GetCommands().GetCount();

    auto* dlg = new MergeDialog(f.frame, f.doc().formPtr(), f.doc().response(), "FRA-master.revq",
                                "Focal Point", "en");
    dlg->Show();
    REQUIRE(dlg->masterProblem().empty());
    dlg->addFiles(c.contributions);
    settle();

    // Per file: what happened.
    const auto& files = dlg->files();
    REQUIRE(files.size() == 3);
    const ContributionMergeReport& justice = files[0].report;
    CHECK_FALSE(justice.refused);
    CHECK(justice.agency == "Ministry of Justice");
    CHECK(justice.outside == std::vector<std::string>{"a8_good_practices"});
    CHECK(justice.outsideTaken.empty());
    // Justice was merged first: the conflict appears when Police's version arrives.
    CHECK(files[1].report.conflicts == std::vector<std::string>{"a5_challenges"});
    auto* fileList = dynamic_cast<wxListCtrl*>(child(dlg, "merge.files"));
    REQUIRE(fileList);
    REQUIRE(fileList->GetItemCount() == 3);
    CHECK(fileList->GetItemText(0, 1) == "Ministry of Justice");
    CHECK(fileList->GetItemText(0, 2).Contains("1 outside the assignment (not taken)"));
    CHECK(fileList->GetItemText(2, 2).Contains("0 in conflict"));

    // One conflict, both versions side by side with who and the text.
    REQUIRE(dlg->conflicts().size() == 1);
    const Conflict& conflict = dlg->conflicts()[0];
    CHECK(conflict.questionId == "a5_challenges");
    REQUIRE(conflict.versions.size() == 2);  // the master had no answer
    CHECK(conflict.versions[0].agency == "Ministry of Justice");
    CHECK(conflict.versions[0].person == "A. Juge");
    CHECK(conflict.versions[1].agency == "Police");
    auto* list = dynamic_cast<wxListBox*>(child(dlg, "merge.conflicts"));
    REQUIRE(list);
    CHECK(list->GetCount() == 1);
    CHECK(list->GetString(0).StartsWith("a5_challenges"));
    CHECK(dynamic_cast<wxTextCtrl*>(child(dlg, "merge.version.0"))->GetValue() ==
          "Judges lack training on trafficking cases.");
    CHECK(dynamic_cast<wxTextCtrl*>(child(dlg, "merge.version.1"))->GetValue() ==
          "Few cases reach the courts.");
    // Unresolved: the master keeps its (absent) answer; the identical one merged quietly.
    CHECK(dlg->result().answer("a5_challenges") == nullptr);
    CHECK(dlg->result().answer("a8_challenges")->text == "Identification of victims at borders.");

    // The outside answer is taken only when asked.
    toggleCheck(dynamic_cast<wxCheckBox*>(child(dlg, "merge.include-outside")), true);
    REQUIRE(dlg->result().answer("a8_good_practices"));
    CHECK(dlg->files()[0].report.outsideTaken == std::vector<std::string>{"a8_good_practices"});
    toggleCheck(dynamic_cast<wxCheckBox*>(child(dlg, "merge.include-outside")), false);
    CHECK(dlg->result().answer("a8_good_practices") == nullptr);

    // Pick the Police version with its button.
    click(dynamic_cast<wxButton*>(child(dlg, "merge.use.1")));
    CHECK(dlg->openConflicts().empty());
    CHECK(dlg->conflicts().size() == 1);  // still listed, as settled
    CHECK(list->GetString(0).Contains("Police"));
    CHECK(dlg->result().answer("a5_challenges")->text == "Few cases reach the courts.");

    // Apply: one undo step for every answer.
    REQUIRE(dlg->applyTo(*f.frame->commands()));
    dlg->Destroy();
    settle();
    CHECK(f.frame->commands()->GetCommands().GetCount() == stepsBefore + 1);
    CHECK(f.frame->commands()->GetUndoMenuLabel().Contains("Merge Contributions"));
    const Response& merged = f.doc().response();
    CHECK(merged.answer("a5_challenges")->text == "Few cases reach the courts.");
    CHECK(merged.answer("a8_challenges")->text == "Identification of victims at borders.");
    CHECK(merged.answer("a3_good_practices")->text == "A national referral mechanism since 2019.");
    CHECK(merged.answer("a8_good_practices") == nullptr);
    CHECK(f.doc().isModified());
    // Provenance: the Police version's author is named beside the answer.
    CHECK(f.doc().contributorLabel(merged.answer("a5_challenges")->provenance.by) ==
          "B. Agent (Police)");
    size_t merges = 0;
    for (const auto& rev : merged.history)
        merges += rev.note.find("merged contribution of") == 0;
    CHECK(merges == 3);

    REQUIRE(f.frame->commands()->Undo());
    CHECK(f.doc().response().answer("a5_challenges") == nullptr);
    CHECK(f.doc().response().answer("a8_challenges") == nullptr);
    REQUIRE(f.frame->commands()->Redo());
    CHECK(f.doc().response().answer("a5_challenges")->text == "Few cases reach the courts.");
    Response afterFirst = f.doc().response();

    // Merging the same contributions again changes nothing.
    auto* again = new MergeDialog(f.frame, f.doc().formPtr(), f.doc().response(), "FRA-master.revq",
                                  "Focal Point", "en");
    again->Show();
    again->addFiles(c.contributions);
    settle();
    for (const auto& file : again->files())
        CHECK(file.report.alreadyMerged);
    CHECK(dynamic_cast<wxListCtrl*>(child(again, "merge.files"))
              ->GetItemText(1, 2)
              .Contains("Already merged"));
    CHECK(again->conflicts().empty());
    CHECK_FALSE(again->applyTo(*f.frame->commands()));
    again->Destroy();
    settle();
    CHECK(f.doc().response() == afterFirst);
    CHECK(f.frame->commands()->GetCommands().GetCount() == stepsBefore + 1);

    // Contributions are only read.
    for (size_t i = 0; i < c.contributions.size(); ++i)
        CHECK(fileBytes(c.contributions[i]) == before[i]);

    // Where things stand: the dialog shows core's numbers.
    ConsultationStatus expected = consultationStatus(f.doc().response(), &f.doc().form());
    auto* status = new ConsultationStatusDialog(f.frame, f.doc().response(), &f.doc().form());
    status->Show();
    settle();
    auto* agencies = dynamic_cast<wxListCtrl*>(child(status, "status.agencies"));
    REQUIRE(agencies);
    REQUIRE(agencies->GetItemCount() == static_cast<int>(expected.agencies.size()));
    REQUIRE(expected.agencies.size() == 3);
    for (size_t i = 0; i < expected.agencies.size(); ++i) {
        const AgencyStatus& a = expected.agencies[i];
        long row = static_cast<long>(i);
        CHECK(agencies->GetItemText(row, 0) == wxString::FromUTF8(a.agency));
        CHECK(agencies->GetItemText(row, 4).StartsWith(a.returned ? "Yes" : "No"));
        CHECK(agencies->GetItemText(row, 5) == (a.merged() ? "Yes" : "No"));
        CHECK(agencies->GetItemText(row, 6) == wxString::Format("%d", a.conflictsLeft));
        CHECK(agencies->GetItemText(row, 7) == wxString::Format("%d", a.missing));
        CHECK(a.returned);
    }
    auto* articles = dynamic_cast<wxListCtrl*>(child(status, "status.articles"));
    REQUIRE(articles->GetItemCount() == static_cast<int>(expected.articles.size()));
    for (size_t i = 0; i < expected.articles.size(); ++i) {
        const ArticleStatus& a = expected.articles[i];
        long row = static_cast<long>(i);
        CHECK(articles->GetItemText(row, 2) ==
              wxString::Format("%d / %d", a.returned, static_cast<int>(a.agencies.size())));
        CHECK(articles->GetItemText(row, 3) == wxString::Format("%d", a.conflictsLeft));
        CHECK(articles->GetItemText(row, 4) == wxString::Format("%d", a.missing));
    }
    std::string csv = scratchFile("consultation/reminders.csv");
    REQUIRE(status->exportReminders(csv).ok);
    CHECK(fileBytes(csv) == remindersCsv(expected));
    status->Destroy();
    settle();
    f.doc().setModified(false);
}

TEST_CASE("the merge dialog leaves a conflict open and combines texts", "[gui][consultation]") {
    std::shared_ptr<const Form> form = loadFormFile(kFormPath).form;
    REQUIRE(form);
    Consultation c = makeConsultation(*form);
    settings::rememberForm(wxString::FromUTF8(kFormPath));
    FrameFixture f;
    REQUIRE(f.frame->openResponse(wxString::FromUTF8(c.master)));
    auto* dlg = new MergeDialog(f.frame, f.doc().formPtr(), f.doc().response(), "FRA-master.revq",
                                "Focal Point", "en");
    dlg->Show();
    dlg->addFiles({c.contributions[0], c.contributions[1]});
    settle();
    REQUIRE(dlg->conflicts().size() == 1);

    // Combine: edit the text starting from the Justice version.
    auto* combined = dynamic_cast<wxTextCtrl*>(child(dlg, "merge.combined"));
    CHECK(combined->IsEnabled());
    CHECK(combined->GetValue() == "Judges lack training on trafficking cases.");
    combined->SetValue("Judges lack training; few cases reach the courts.");
    click(dynamic_cast<wxButton*>(child(dlg, "merge.use-combined")));
    CHECK(dlg->openConflicts().empty());
    CHECK(dlg->result().answer("a5_challenges")->text ==
          "Judges lack training; few cases reach the courts.");

    // Leave it open again: the master keeps its answer and the conflict stays recorded.
    click(dynamic_cast<wxButton*>(child(dlg, "merge.unresolve")));
    CHECK(dlg->openConflicts().size() == 1);
    REQUIRE(dlg->applyTo(*f.frame->commands()));
    dlg->Destroy();
    settle();
    CHECK(f.doc().response().answer("a5_challenges") == nullptr);
    ConsultationStatus s = consultationStatus(f.doc().response(), &f.doc().form());
    CHECK(s.conflictsLeft == 1);

    // The bulk preference settles it later, from the stored record alone.
    auto* later = new MergeDialog(f.frame, f.doc().formPtr(), f.doc().response(), "FRA-master.revq",
                                  "Focal Point", "en");
    later->Show();
    REQUIRE(later->conflicts().size() == 1);
    CHECK(later->preferAll(Preference::Latest) == 1);
    CHECK(later->result().answer("a5_challenges")->text == "Few cases reach the courts.");
    later->Destroy();
    settle();
    f.doc().setModified(false);
}
