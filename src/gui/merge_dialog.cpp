#include "gui/merge_dialog.h"

#include <algorithm>
#include <set>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/response_store.h"
#include "gui/language.h"
#include "gui/undo_commands.h"

namespace revq::gui {

namespace {

wxString when(const std::string& iso) {
    // 2027-01-11T10:00:00Z -> 2027-01-11 10:00 UTC
    if (iso.size() >= 16 && iso[10] == 'T')
        return fromUtf8(iso.substr(0, 10) + " " + iso.substr(11, 5)) + " UTC";
    return fromUtf8(iso);
}

wxString joinIds(const std::vector<std::string>& ids) {
    wxString s;
    for (const auto& id : ids)
        s += (s.empty() ? "" : ", ") + fromUtf8(id);
    return s;
}

wxString baseName(const std::string& path) {
    return wxFileName(fromUtf8(path)).GetFullName();
}

// Files dropped on the dialog are added as if chosen with "Add Files…".
class ContributionDrop : public wxFileDropTarget {
  public:
    explicit ContributionDrop(MergeDialog* dialog) : dialog_(dialog) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& names) override {
        std::vector<std::string> paths;
        for (const auto& n : names)
            paths.push_back(toUtf8(n));
        dialog_->addFiles(paths);
        return true;
    }

  private:
    MergeDialog* dialog_;
};

bool textCombinable(QuestionType t) {
    return t == QuestionType::ShortText || t == QuestionType::LongText ||
           t == QuestionType::TaNeeds;
}

}  // namespace

wxString answerAsText(const Question& q, const Answer& a, const std::string& lang) {
    if (a.empty())
        return _("(no answer)");
    wxString out;
    auto line = [&out](const wxString& s) { out += (out.empty() ? "" : "\n") + s; };
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
        case QuestionType::TaNeeds:
            for (const std::string& v : a.values) {
                const Choice* c = q.choices ? q.choices->find(v) : nullptr;
                line(wxString::FromUTF8("\xE2\x80\xA2 ") +
                     (c ? formText(c->label, lang).text : fromUtf8(v)));
            }
            if (!a.text.empty())
                line(fromUtf8(a.text));
            return out;
        case QuestionType::Table:
            for (const auto& r : q.table.rows) {
                for (const auto& c : q.table.columns) {
                    auto it = a.cells.find({r.id, c.id});
                    if (it != a.cells.end())
                        line(formText(r.label, lang).text + wxString::FromUTF8(" \xE2\x80\x94 ") +
                             formText(c.label, lang).text + ": " + fromUtf8(it->second));
                }
            }
            return out;
        case QuestionType::Legislation:
            for (const Citation& c : a.citations) {
                wxString s = wxString::FromUTF8("\xE2\x80\xA2 ") + fromUtf8(c.title);
                if (!c.provision.empty())
                    s += ", " + fromUtf8(c.provision);
                if (!c.url.empty())
                    s += " <" + fromUtf8(c.url) + ">";
                if (c.hasExcerpt)
                    s += " [" + fromUtf8(c.excerpt.fileName) + "]";
                line(s);
            }
            return out;
        default:
            return fromUtf8(a.text);
    }
}

MergeDialog::MergeDialog(wxWindow* parent, std::shared_ptr<const Form> form, Response master,
                         std::string masterName, std::string by, std::string formLang)
    : wxDialog(parent, wxID_ANY, _("Merge Contributions"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      form_(std::move(form)),
      master_(std::move(master)),
      masterName_(std::move(masterName)),
      by_(std::move(by)),
      formLang_(std::move(formLang)) {
    SetName("merge-dialog");
    buildUi();
    SetDropTarget(new ContributionDrop(this));
    rebuild();
    applyLayoutDirection(this);
}

void MergeDialog::buildUi() {
    const int pad = FromDIP(10), gap = FromDIP(4);
    auto* top = new wxBoxSizer(wxVERTICAL);

    // Contribution files.
    auto* filesBox = new wxStaticBoxSizer(wxVERTICAL, this, _("Contribution files"));
    wxWindow* fb = filesBox->GetStaticBox();
    auto* filesRow = new wxBoxSizer(wxHORIZONTAL);
    fileList_ = new wxListCtrl(fb, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                               wxLC_REPORT | wxLC_SINGLE_SEL);
    fileList_->SetName("merge.files");
    fileList_->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, FromDIP(230));
    fileList_->AppendColumn(_("Agency"), wxLIST_FORMAT_LEFT, FromDIP(170));
    fileList_->AppendColumn(_("What happened"), wxLIST_FORMAT_LEFT, FromDIP(520));
    filesRow->Add(fileList_, 1, wxEXPAND);
    auto* fileButtons = new wxBoxSizer(wxVERTICAL);
    auto* add = new wxButton(fb, wxID_ANY, _("&Add Files…"));
    add->SetName("merge.add");
    auto* remove = new wxButton(fb, wxID_ANY, _("&Remove"));
    remove->SetName("merge.remove");
    fileButtons->Add(add, 0, wxEXPAND);
    fileButtons->Add(remove, 0, wxEXPAND | wxTOP, gap);
    filesRow->Add(fileButtons, 0, wxLEFT, pad);
    filesBox->Add(filesRow, 1, wxEXPAND | wxALL, gap);
    fileDetails_ = new wxTextCtrl(fb, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 64)),
                                  wxTE_MULTILINE | wxTE_READONLY | wxTE_BESTWRAP);
    fileDetails_->SetName("merge.file-details");
    filesBox->Add(fileDetails_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    outside_ = new wxCheckBox(fb, wxID_ANY, _("&Take answers outside the assignment"));
    outside_->SetName("merge.include-outside");
    filesBox->Add(outside_, 0, wxALL, gap);
    top->Add(filesBox, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);

    // Conflicts, side by side.
    auto* conflictsBox = new wxStaticBoxSizer(wxVERTICAL, this, _("Conflicts"));
    wxWindow* cb = conflictsBox->GetStaticBox();
    auto* conflictsRow = new wxBoxSizer(wxHORIZONTAL);
    conflictList_ = new wxListBox(cb, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(250, 260)));
    conflictList_->SetName("merge.conflicts");
    conflictsRow->Add(conflictList_, 0, wxEXPAND);
    auto* right = new wxBoxSizer(wxVERTICAL);
    questionLabel_ = new wxStaticText(cb, wxID_ANY, "");
    questionLabel_->SetName("merge.question");
    right->Add(questionLabel_, 0, wxEXPAND | wxBOTTOM, gap);
    versions_ = new wxPanel(cb, wxID_ANY);
    versions_->SetName("merge.versions");
    versions_->SetSizer(new wxBoxSizer(wxHORIZONTAL));
    right->Add(versions_, 1, wxEXPAND);
    auto* combineRow = new wxBoxSizer(wxHORIZONTAL);
    combineRow->Add(new wxStaticText(cb, wxID_ANY, _("C&ombine, starting from:")), 0,
                    wxALIGN_CENTER_VERTICAL);
    combineFrom_ = new wxChoice(cb, wxID_ANY);
    combineFrom_->SetName("merge.combine-from");
    combineRow->Add(combineFrom_, 0, wxLEFT, gap);
    right->Add(combineRow, 0, wxTOP, gap);
    combined_ = new wxTextCtrl(cb, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 56)),
                               wxTE_MULTILINE | wxTE_BESTWRAP);
    combined_->SetName("merge.combined");
    right->Add(combined_, 0, wxEXPAND | wxTOP, gap);
    auto* resolveRow = new wxBoxSizer(wxHORIZONTAL);
    useCombined_ = new wxButton(cb, wxID_ANY, _("Use Com&bined Text"));
    useCombined_->SetName("merge.use-combined");
    unresolve_ = new wxButton(cb, wxID_ANY, _("Leave &Unresolved"));
    unresolve_->SetName("merge.unresolve");
    resolveRow->Add(useCombined_, 0);
    resolveRow->Add(unresolve_, 0, wxLEFT, gap);
    right->Add(resolveRow, 0, wxTOP, gap);
    conflictsRow->Add(right, 1, wxEXPAND | wxLEFT, pad);
    conflictsBox->Add(conflictsRow, 1, wxEXPAND | wxALL, gap);
    auto* bulkRow = new wxBoxSizer(wxHORIZONTAL);
    bulkRow->Add(new wxStaticText(cb, wxID_ANY, _("For every open conflict, &prefer:")), 0,
                 wxALIGN_CENTER_VERTICAL);
    prefer_ = new wxChoice(cb, wxID_ANY);
    prefer_->SetName("merge.prefer");
    bulkRow->Add(prefer_, 0, wxLEFT, gap);
    auto* resolveAll = new wxButton(cb, wxID_ANY, _("Resolve A&ll"));
    resolveAll->SetName("merge.resolve-all");
    bulkRow->Add(resolveAll, 0, wxLEFT, gap);
    conflictsBox->Add(bulkRow, 0, wxALL, gap);
    top->Add(conflictsBox, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);

    summary_ = new wxStaticText(this, wxID_ANY, "");
    summary_->SetName("merge.summary");
    top->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);
    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(this, wxID_OK, _("Apply &Merge"));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    top->Add(buttons, 0, wxEXPAND | wxALL, pad);
    SetSizer(top);
    SetSize(FromDIP(wxSize(1120, 780)));
    SetMinSize(FromDIP(wxSize(820, 600)));

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onAddFiles(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        long i = fileList_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (i >= 0)
            removeFile(static_cast<size_t>(i));
    });
    fileList_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showFileDetails(); });
    outside_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { setIncludeOutside(e.IsChecked()); });
    conflictList_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) {
        if (e.GetSelection() >= 0)
            selectConflict(static_cast<size_t>(e.GetSelection()));
    });
    combineFrom_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        int i = combineFrom_->GetSelection();
        if (shownConflict_ >= 0 && i >= 0)
            combined_->ChangeValue(fromUtf8(conflicts_[shownConflict_].versions[i].answer.text));
    });
    useCombined_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onCombine(); });
    unresolve_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (shownConflict_ >= 0)
            unresolve(conflicts_[shownConflict_].questionId);
    });
    resolveAll->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onPreferAll(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        wrapLabels();
    });
}

void MergeDialog::wrapLabels() {
    // Wrap() breaks the label where it is now: start again from the unwrapped text.
    for (wxStaticText* label : {questionLabel_, summary_}) {
        wxString text = label->GetLabel();
        text.Replace("\n", " ");
        label->SetLabel(text);
    }
    int width = GetClientSize().x;
    questionLabel_->Wrap(std::max(FromDIP(200), width - FromDIP(320)));
    summary_->Wrap(std::max(FromDIP(200), width - FromDIP(24)));
    Layout();
}

std::string MergeDialog::masterProblem() const {
    return session_->masterProblem();
}

const Question* MergeDialog::question(const std::string& questionId) const {
    return form_->question(questionId);
}

void MergeDialog::rebuild() {
    session_ = std::make_unique<MergeSession>(*form_, master_, masterName_);
    MergeOptions options;
    options.includeOutside = includeOutside_;
    options.by = by_;
    for (auto& f : files_) {
        if (f.response)
            f.report = session_->add(*f.response, f.path, options);
    }
    conflicts_ = session_->conflicts();
    for (auto it = resolutions_.begin(); it != resolutions_.end();) {
        auto c = std::find_if(conflicts_.begin(), conflicts_.end(),
                              [&](const Conflict& x) { return x.questionId == it->first; });
        bool done = false;
        if (c != conflicts_.end()) {
            const Resolution& r = it->second;
            if (r.combined) {
                done = session_->resolveWithAnswer(c->questionId, *r.combined, by_);
            } else {
                for (size_t i = 0; i < c->versions.size() && !done; ++i) {
                    const ConflictVersion& v = c->versions[i];
                    if (v.fromMaster == r.fromMaster && (r.fromMaster || v.agency == r.agency))
                        done = session_->resolve(c->questionId, i, by_);
                }
            }
        }
        it = done ? std::next(it) : resolutions_.erase(it);
    }
    refreshFiles();
    refreshConflicts();
    updateSummary();
}

void MergeDialog::addFiles(const std::vector<std::string>& paths) {
    for (const auto& p : paths) {
        if (std::any_of(files_.begin(), files_.end(),
                        [&](const FileEntry& f) { return f.path == p; }))
            continue;
        FileEntry f;
        f.path = p;
        // Read without the form: a contribution to another form version is mapped by the
        // merge, not refused here.
        OpenedResponse opened = openResponse(p);
        f.response = std::move(opened.response);
        if (!f.response) {
            for (const auto& d : opened.diagnostics.items) {
                if (d.severity == Severity::Error) {
                    f.readError = d.format();
                    break;
                }
            }
            if (f.readError.empty())
                f.readError = p + ": cannot be read";
        }
        files_.push_back(std::move(f));
    }
    rebuild();
}

void MergeDialog::removeFile(size_t index) {
    if (index < files_.size())
        files_.erase(files_.begin() + static_cast<long>(index));
    rebuild();
}

void MergeDialog::setIncludeOutside(bool include) {
    includeOutside_ = include;
    if (outside_->GetValue() != include)
        outside_->SetValue(include);
    rebuild();
}

void MergeDialog::refreshFiles() {
    long selected = fileList_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    fileList_->DeleteAllItems();
    for (size_t i = 0; i < files_.size(); ++i) {
        const FileEntry& f = files_[i];
        const ContributionMergeReport& r = f.report;
        wxString what;
        if (!f.response)
            what = _("Not read: the file is not a revq response file");
        else if (r.refused)
            what = _("Refused (select the file to see why)");
        else if (r.alreadyMerged)
            what = _("Already merged: nothing changed");
        else {
            what = wxString::Format(
                _("%d taken, %d unchanged, %d in conflict"), static_cast<int>(r.taken.size()),
                static_cast<int>(r.unchanged.size()), static_cast<int>(r.conflicts.size()));
            if (!r.outside.empty())
                what += "; " + wxString::Format(includeOutside_
                                                    ? _("%d outside the assignment (taken)")
                                                    : _("%d outside the assignment (not taken)"),
                                                static_cast<int>(r.outside.size()));
        }
        long row = fileList_->InsertItem(static_cast<long>(i), baseName(f.path));
        fileList_->SetItem(row, 1, fromUtf8(r.agency));
        fileList_->SetItem(row, 2, what);
    }
    if (selected < 0 && !files_.empty())
        selected = static_cast<long>(files_.size()) - 1;
    if (selected >= 0 && selected < fileList_->GetItemCount())
        fileList_->SetItemState(selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    showFileDetails();
}

void MergeDialog::showFileDetails() {
    long i = fileList_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (i < 0 || i >= static_cast<long>(files_.size())) {
        fileDetails_->ChangeValue(files_.empty()
                                      ? _("Add the contribution files the agencies sent back "
                                          "(or drop them here). They are only read, never "
                                          "changed.")
                                      : wxString());
        return;
    }
    const FileEntry& f = files_[i];
    const ContributionMergeReport& r = f.report;
    wxString s = fromUtf8(f.path) + "\n";
    if (!f.response) {
        s += fromUtf8(f.readError);
    } else if (r.refused) {
        s += wxString::Format(_("Refused: %s"), fromUtf8(r.error));
    } else if (r.alreadyMerged) {
        s += wxString::Format(_("%s: this contribution was merged before; merging it again "
                                "changes nothing."),
                              fromUtf8(r.agency));
    } else {
        if (!r.taken.empty())
            s += wxString::Format(_("Taken: %s"), joinIds(r.taken)) + "\n";
        if (!r.unchanged.empty())
            s += wxString::Format(_("Same as the master: %s"), joinIds(r.unchanged)) + "\n";
        if (!r.conflicts.empty())
            s += wxString::Format(_("In conflict: %s"), joinIds(r.conflicts)) + "\n";
        if (!r.outside.empty())
            s += wxString::Format(includeOutside_ ? _("Outside the assignment, taken: %s")
                                                  : _("Outside the assignment, not taken "
                                                      "(tick the box below to take them): %s"),
                                  joinIds(r.outside)) +
                 "\n";
        if (!r.setAside.empty())
            s += wxString::Format(_("Not taken (no such question in this form version): %s"),
                                  joinIds(r.setAside)) +
                 "\n";
    }
    fileDetails_->ChangeValue(s.Strip(wxString::trailing));
}

void MergeDialog::refreshConflicts() {
    conflictList_->Freeze();
    conflictList_->Clear();
    for (const Conflict& c : conflicts_) {
        auto r = resolutions_.find(c.questionId);
        wxString state;
        if (r == resolutions_.end())
            state = _("Open");
        else if (r->second.combined)
            state = _("Settled: combined");
        else if (r->second.fromMaster)
            state = _("Settled: master");
        else
            state = wxString::Format(_("Settled: %s"), fromUtf8(r->second.agency));
        conflictList_->Append(fromUtf8(c.questionId) + wxString::FromUTF8(" \xE2\x80\x94 ") +
                              state);
    }
    conflictList_->Thaw();
    if (shownConflict_ >= static_cast<long>(conflicts_.size()))
        shownConflict_ = -1;
    if (shownConflict_ < 0 && !conflicts_.empty())
        shownConflict_ = 0;
    if (shownConflict_ >= 0)
        conflictList_->SetSelection(static_cast<int>(shownConflict_));

    // Bulk preferences: the master, the latest, each agency that holds a version.
    std::set<std::string> agencies;
    for (const Conflict& c : conflicts_) {
        for (const auto& v : c.versions) {
            if (!v.fromMaster)
                agencies.insert(v.agency);
        }
    }
    int keep = prefer_->GetSelection();
    prefer_->Clear();
    prefer_->Append(_("the master's answer"));
    prefer_->Append(_("the latest version"));
    for (const auto& a : agencies)
        prefer_->Append(wxString::Format(_("the version of %s"), fromUtf8(a)));
    prefer_->SetSelection(keep >= 0 && keep < static_cast<int>(prefer_->GetCount()) ? keep : 0);
    showConflict();
}

void MergeDialog::selectConflict(size_t index) {
    if (index >= conflicts_.size())
        return;
    shownConflict_ = static_cast<long>(index);
    conflictList_->SetSelection(static_cast<int>(index));
    showConflict();
}

void MergeDialog::showConflict() {
    versions_->Freeze();
    versions_->DestroyChildren();
    wxSizer* row = versions_->GetSizer();
    row->Clear();
    combineFrom_->Clear();
    bool have = shownConflict_ >= 0 && shownConflict_ < static_cast<long>(conflicts_.size());
    const Question* q = have ? question(conflicts_[shownConflict_].questionId) : nullptr;
    if (!have || !q) {
        questionLabel_->SetLabel(conflicts_.empty() ? _("No conflicts: every answer the "
                                                        "contributions gave agrees.")
                                                    : wxString());
    } else {
        const Conflict& c = conflicts_[shownConflict_];
        questionLabel_->SetLabel(fromUtf8(c.questionId) + ": " +
                                 formText(q->label, formLang_).text);
        auto r = resolutions_.find(c.questionId);
        for (size_t i = 0; i < c.versions.size(); ++i) {
            const ConflictVersion& v = c.versions[i];
            wxString title = v.fromMaster ? wxString::Format(_("Master: %s"), fromUtf8(v.agency))
                                          : fromUtf8(v.agency);
            auto* box = new wxStaticBoxSizer(wxVERTICAL, versions_, title);
            wxWindow* b = box->GetStaticBox();
            wxString who = v.person.empty() ? fromUtf8(v.agency) : fromUtf8(v.person);
            auto* byLine = new wxStaticText(
                b, wxID_ANY,
                v.changed.empty() ? wxString::Format(_("By %s"), who)
                                  : wxString::Format(_("By %s, %s"), who, when(v.changed)));
            box->Add(byLine, 0, wxALL, FromDIP(3));
            auto* text = new wxTextCtrl(b, wxID_ANY, answerAsText(*q, v.answer, formLang_),
                                        wxDefaultPosition, FromDIP(wxSize(160, 120)),
                                        wxTE_MULTILINE | wxTE_READONLY | wxTE_BESTWRAP);
            text->SetName("merge.version." + std::to_string(i));
            box->Add(text, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(3));
            bool chosen = r != resolutions_.end() && !r->second.combined &&
                          r->second.fromMaster == v.fromMaster &&
                          (v.fromMaster || r->second.agency == v.agency);
            auto* use = new wxButton(b, wxID_ANY,
                                     chosen ? wxString::FromUTF8("\xE2\x9C\x93 ") + _("Chosen")
                                            : wxString(_("Use This Version")));
            use->SetName("merge.use." + std::to_string(i));
            std::string qid = c.questionId;
            // Later: picking rebuilds this panel, button included.
            use->Bind(wxEVT_BUTTON, [this, qid, i](wxCommandEvent&) {
                CallAfter([this, qid, i] { pickVersion(qid, i); });
            });
            box->Add(use, 0, wxALL, FromDIP(3));
            row->Add(box, 1, wxEXPAND | (i ? wxLEFT : 0), FromDIP(6));
            combineFrom_->Append(title);
        }
        bool combinable = textCombinable(q->type);
        combineFrom_->Enable(combinable);
        combined_->Enable(combinable);
        useCombined_->Enable(combinable);
        combined_->SetToolTip(combinable ? wxString()
                                         : wxString(_("Only text answers can be combined; "
                                                      "use one of the versions.")));
        if (combinable && !c.versions.empty()) {
            size_t from = 0;
            if (r != resolutions_.end() && r->second.combined) {
                combined_->ChangeValue(fromUtf8(r->second.combined->text));
            } else {
                combined_->ChangeValue(fromUtf8(c.versions[from].answer.text));
            }
            combineFrom_->SetSelection(static_cast<int>(from));
        } else {
            combined_->ChangeValue("");
        }
        unresolve_->Enable(r != resolutions_.end());
    }
    if (!have || !q) {
        combineFrom_->Disable();
        combined_->Disable();
        useCombined_->Disable();
        unresolve_->Disable();
    }
    applyLayoutDirection(versions_);
    versions_->Thaw();
    wrapLabels();
}

bool MergeDialog::pickVersion(std::string questionId, size_t index) {
    auto c = std::find_if(conflicts_.begin(), conflicts_.end(),
                          [&](const Conflict& x) { return x.questionId == questionId; });
    if (c == conflicts_.end() || index >= c->versions.size())
        return false;
    Resolution r;
    r.fromMaster = c->versions[index].fromMaster;
    r.agency = c->versions[index].agency;
    resolutions_[questionId] = r;
    rebuild();
    return resolutions_.count(questionId) > 0;
}

bool MergeDialog::combine(std::string questionId, Answer combined) {
    if (std::none_of(conflicts_.begin(), conflicts_.end(),
                     [&](const Conflict& x) { return x.questionId == questionId; }))
        return false;
    Resolution r;
    r.combined = std::move(combined);
    resolutions_[questionId] = r;
    rebuild();
    return resolutions_.count(questionId) > 0;
}

void MergeDialog::unresolve(std::string questionId) {
    resolutions_.erase(questionId);
    rebuild();
}

size_t MergeDialog::preferAll(Preference preference, const std::string& agency) {
    size_t n = 0;
    for (const Conflict& c : session_->conflicts()) {
        std::optional<size_t> pick = preferredVersion(c, preference, agency);
        if (!pick)
            continue;
        resolutions_[c.questionId] = {c.versions[*pick].fromMaster, c.versions[*pick].agency, {}};
        ++n;
    }
    rebuild();
    return n;
}

void MergeDialog::onAddFiles() {
    wxFileDialog dlg(this, _("Choose contribution files"), "", "",
                     _("revq responses (*.revq)|*.revq|All files (*)|*"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
    if (dlg.ShowModal() != wxID_OK)
        return;
    wxArrayString names;
    dlg.GetPaths(names);
    std::vector<std::string> paths;
    for (const auto& n : names)
        paths.push_back(toUtf8(n));
    addFiles(paths);
}

void MergeDialog::onCombine() {
    if (shownConflict_ < 0)
        return;
    const Conflict& c = conflicts_[shownConflict_];
    int from = std::max(0, combineFrom_->GetSelection());
    if (from >= static_cast<int>(c.versions.size()))
        return;
    Answer a = c.versions[from].answer;
    a.text = toUtf8(combined_->GetValue());
    combine(c.questionId, std::move(a));
}

void MergeDialog::onPreferAll() {
    int i = prefer_->GetSelection();
    if (i <= 0) {
        preferAll(Preference::Master);
    } else if (i == 1) {
        preferAll(Preference::Latest);
    } else {
        std::set<std::string> agencies;
        for (const Conflict& c : conflicts_) {
            for (const auto& v : c.versions) {
                if (!v.fromMaster)
                    agencies.insert(v.agency);
            }
        }
        auto it = agencies.begin();
        std::advance(it, std::min<size_t>(i - 2, agencies.size() - 1));
        preferAll(Preference::Agency, *it);
    }
}

void MergeDialog::updateSummary() {
    size_t open = session_->conflicts().size();
    wxString s;
    if (files_.empty() && conflicts_.empty())
        s = _("No contribution files yet: add the files the agencies sent back.");
    else if (conflicts_.empty())
        s = _("No conflicts. Apply the merge, then save the response to keep it.");
    else
        s = wxString::Format(_("%d conflicts: %d settled, %d open. An open conflict keeps the "
                               "master's answer and stays listed for later."),
                             static_cast<int>(conflicts_.size()),
                             static_cast<int>(conflicts_.size() - open), static_cast<int>(open));
    summary_->SetLabel(s);
    wrapLabels();
}

bool MergeDialog::applyTo(AnswerCommandProcessor& commands) const {
    Response r = result();
    if (r == master_)
        return false;  // nothing merged or resolved: no empty undo step
    return commands.submitResponse(_("Merge Contributions"), std::move(r));
}

}  // namespace revq::gui
