#include "gui/workspace_compare.h"

#include <algorithm>
#include <cmath>

#include <wx/dataview.h>
#include <wx/listbox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "export/answer_text.h"
#include "gui/language.h"

namespace revq::gui {

namespace {

wxString countText(int count, int of) {
    if (of <= 0)
        return wxString::Format("%d", count);
    return wxString::Format("%d (%ld %%)", count, std::lround(100.0 * count / of));
}

// One line, so a long answer reads in a single row (the cell shows its start).
wxString oneLine(const std::string& text) {
    wxString s = fromUtf8(text);
    s.Replace("\r", "");
    s.Replace("\n", " ");
    return s;
}

bool isCounted(QuestionType t) {
    return t == QuestionType::SingleChoice || t == QuestionType::MultipleChoice ||
           t == QuestionType::TaNeeds;
}

// Written without spaces between words (Chinese, Japanese): a line may break after any of them.
bool breaksAnywhere(wxUniChar c) {
    const auto u = c.GetValue();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF);
}

// The width a table's columns may share: room for a vertical scroll bar is always kept, so one
// coming or going does not change it.
int tableWidth(const wxWindow& table) {
    return table.GetSize().x - table.FromDIP(4) -
           wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, &table);
}

// `text` in lines no wider than `width` as `w` draws it: broken at spaces and between Chinese
// characters; a word longer than a line keeps a line of its own.
wxString wrapToWidth(const wxWindow& w, const wxString& text, int width) {
    // Headers are drawn in bold by some themes: measure in bold, so a line never overflows.
    const wxFont bold = w.GetFont().Bold();
    auto extent = [&](const wxString& s) {
        int x = 0, y = 0;
        w.GetTextExtent(s, &x, &y, nullptr, nullptr, &bold);
        return x;
    };
    std::vector<wxString> pieces;  // each with the space after it
    wxString piece;
    for (wxUniChar c : text) {
        if (breaksAnywhere(c)) {
            if (!piece.empty())
                pieces.push_back(piece);
            pieces.push_back(wxString(c));
            piece.clear();
            continue;
        }
        piece += c;
        if (c == ' ') {
            pieces.push_back(piece);
            piece.clear();
        }
    }
    if (!piece.empty())
        pieces.push_back(piece);
    wxString out, line;
    for (const wxString& p : pieces) {
        const wxString longer = line + p;
        if (line.empty() || extent(wxString(longer).Trim()) <= width) {
            line = longer;
            continue;
        }
        out += line.Trim() + "\n";
        line = p;
    }
    return out + line.Trim();
}

}  // namespace

WorkspaceComparePanel::WorkspaceComparePanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              "workspace.compare") {
    auto* split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3D);
    split->SetMinimumPaneSize(FromDIP(200));

    auto* left = new wxPanel(split);
    auto* leftSizer = new wxBoxSizer(wxVERTICAL);
    auto* findLabel = new wxStaticText(left, wxID_ANY, _("&Question (words, id or “6(3)”):"));
    search_ = new wxSearchCtrl(left, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize,
                               wxTE_PROCESS_ENTER, wxDefaultValidator, "workspace.questionSearch");
    search_->ShowCancelButton(true);
    search_->SetDescriptiveText(_("Find a question"));
    list_ = new wxListBox(left, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr,
                          wxLB_SINGLE | wxLB_HSCROLL, wxDefaultValidator, "workspace.questionList");
    leftSizer->Add(findLabel, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
    leftSizer->Add(search_, 0, wxEXPAND | wxALL, FromDIP(6));
    leftSizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    left->SetSizer(leftSizer);

    auto* right = new wxPanel(split);
    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    title_ = new wxStaticText(right, wxID_ANY, _("Choose a question on the left."),
                              wxDefaultPosition, wxDefaultSize, 0, "workspace.questionTitle");
    title_->SetFont(title_->GetFont().Bold());
    answers_ =
        new wxDataViewListCtrl(right, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxDV_ROW_LINES | wxDV_SINGLE | wxDV_HORIZ_RULES, wxDefaultValidator);
    answers_->SetName("workspace.answers");
    answers_->AppendTextColumn(_("State"), wxDATAVIEW_CELL_INERT, FromDIP(220), wxALIGN_NOT,
                               wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE);
    answers_->AppendTextColumn(_("Regional group"), wxDATAVIEW_CELL_INERT, FromDIP(230),
                               wxALIGN_NOT, wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE);
    answers_->AppendTextColumn(_("Answer"), wxDATAVIEW_CELL_INERT, FromDIP(400), wxALIGN_NOT,
                               wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE);
    countsTitle_ = new wxStaticText(right, wxID_ANY, _("Counts by regional group"));
    countsTitle_->SetFont(countsTitle_->GetFont().Bold());
    counts_ =
        new wxDataViewListCtrl(right, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxDV_ROW_LINES | wxDV_SINGLE | wxDV_HORIZ_RULES, wxDefaultValidator);
    counts_->SetName("workspace.counts");
    // The columns share the tables' width (both tables are as wide), so every regional group
    // shows without scrolling sideways; the group names wrap in the counts' headers instead.
    counts_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (tableWidth(*counts_) == fittedWidth_ || fitPending_)
            return;
        fitPending_ = true;
        CallAfter([this] {
            fitPending_ = false;
            fitColumns();
        });
    });
    rightSizer->Add(title_, 0, wxEXPAND | wxALL, FromDIP(6));
    rightSizer->Add(answers_, 3, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
    rightSizer->Add(countsTitle_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
    rightSizer->Add(counts_, 2, wxEXPAND | wxALL, FromDIP(6));
    right->SetSizer(rightSizer);

    split->SplitVertically(left, right, FromDIP(360));
    split->SetSashGravity(0.0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(split, 1, wxEXPAND);
    SetSizer(sizer);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { search(search_->GetValue()); });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { search_->Clear(); });
    search_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        // Enter picks the first match and moves on to the list.
        if (list_->GetCount() > 0) {
            list_->SetSelection(0);
            showQuestion();
            list_->SetFocus();
        }
    });
    list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { showQuestion(); });
    // Rewrap the question's title when the pane's width changes.
    // The width comes from the pane, not from the title: the title's own width changes with
    // its wrapping, and wrapping on it made layout and rewrap chase each other for ever.
    right->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (titleWidth() == wrappedAt_ || wrapPending_)
            return;
        wrapPending_ = true;
        CallAfter([this] {
            wrapPending_ = false;
            const int w = titleWidth();
            // A width seen just before this one means layout is swinging between two widths
            // (e.g. a scroll bar coming and going): keep the current wrapping.
            if (w != wrappedAt_ && w != previousWrap_)
                wrapTitle();
        });
    });
}

void WorkspaceComparePanel::setData(const Workspace* ws, const std::vector<CollatedResponse>* rows,
                                    const Aggregates* aggregates, const std::string& formLang,
                                    const std::string& uiLang) {
    ws_ = ws;
    rows_ = rows;
    agg_ = aggregates;
    formLang_ = formLang;
    uiLang_ = uiLang;
    fillList();
    if (!ws_)
        return;  // detached while the workspace changes: keep the question to show again
    if (!questionId_.empty() && !pickQuestion(questionId_)) {
        questionId_.clear();
        answers_->DeleteAllItems();
        counts_->DeleteAllItems();
    }
}

void WorkspaceComparePanel::search(const wxString& text) {
    if (search_->GetValue() != text)
        search_->ChangeValue(text);
    fillList();
}

void WorkspaceComparePanel::fillList() {
    list_->Freeze();
    list_->Clear();
    listed_.clear();
    if (ws_) {
        const Form& form = ws_->form();
        const wxString needle = search_->GetValue().Strip(wxString::both).Lower();
        wxArrayString lines;
        for (size_t qi = 0; qi < form.questions.size(); ++qi) {
            const Question& q = form.questions[qi];
            if (q.type == QuestionType::Note)
                continue;
            wxString line = fromUtf8(referencesText(form, q));
            line += (line.empty() ? "" : " — ") + formText(q.label, formLang_).text;
            if (!needle.empty() && !line.Lower().Contains(needle) &&
                !fromUtf8(q.id).Lower().Contains(needle))
                continue;
            lines.Add(line);
            listed_.push_back(qi);
        }
        list_->Append(lines);
    }
    for (size_t i = 0; i < listed_.size(); ++i)
        if (ws_->form().questions[listed_[i]].id == questionId_)
            list_->SetSelection(static_cast<int>(i));
    list_->Thaw();
}

bool WorkspaceComparePanel::pickQuestion(const std::string& questionId) {
    if (!ws_ || ws_->form().questionIndex(questionId) < 0)
        return false;
    // The question must be in the list to be shown as chosen: clear a search that hides it.
    auto at = [&] {
        for (size_t i = 0; i < listed_.size(); ++i)
            if (ws_->form().questions[listed_[i]].id == questionId)
                return static_cast<int>(i);
        return wxNOT_FOUND;
    };
    if (at() == wxNOT_FOUND)
        search(wxString());
    list_->SetSelection(at());
    showQuestion();
    return true;
}

void WorkspaceComparePanel::showQuestion() {
    const int sel = list_->GetSelection();
    if (!ws_ || sel == wxNOT_FOUND || static_cast<size_t>(sel) >= listed_.size())
        return;
    const size_t qi = listed_[static_cast<size_t>(sel)];
    const Question& q = ws_->form().questions[qi];
    questionId_ = q.id;
    wxString title = fromUtf8(referencesText(ws_->form(), q));
    title += (title.empty() ? "" : " — ") + formText(q.label, formLang_).text;
    title += " (" + fromUtf8(q.id) + ")";
    titleText_ = title;
    wrapTitle();
    fillAnswers(qi);
    fillCounts(qi);
    Layout();
}

int WorkspaceComparePanel::titleWidth() const {
    return title_->GetParent()->GetClientSize().x - 2 * FromDIP(6);  // the sizer's border
}

void WorkspaceComparePanel::wrapTitle() {
    const int width = titleWidth();
    previousWrap_ = wrappedAt_;
    wrappedAt_ = width;
    title_->SetLabel(titleText_);
    title_->Wrap(std::max(width, FromDIP(300)));
    title_->GetParent()->Layout();
}

void WorkspaceComparePanel::fillAnswers(size_t qi) {
    const Question& q = ws_->form().questions[qi];
    answers_->Freeze();
    answers_->DeleteAllItems();
    const int pad = FromDIP(16);  // the cell's margins
    for (size_t c = 0; c < nameWidths_.size(); ++c)
        nameWidths_[c] =
            answers_->GetTextExtent(answers_->GetColumn(static_cast<unsigned>(c))->GetTitle()).x +
            pad;
    for (const CollatedResponse& row : *rows_) {
        wxString answer;
        const bool relevant = qi >= row.states.size() || row.states[qi].relevant;
        const Answer* a = row.response ? row.response->answer(q.id) : nullptr;
        if (!relevant)
            answer = _("(does not apply)");
        else if (!a || a->empty())
            answer = _("(no answer)");
        else
            answer = oneLine(answerText(q, *a, formLang_));
        const std::string group = row.groupId.empty() ? std::string("none") : row.groupId;
        wxVector<wxVariant> values;
        values.push_back(fromUtf8(ws_->nameOf(row.stateCode, uiLang_)));
        values.push_back(row.groupId.empty() ? wxString(_("(no group)"))
                                             : fromUtf8(regionalGroupLabel(group).get(uiLang_)));
        values.push_back(answer);
        for (size_t c = 0; c < nameWidths_.size(); ++c)
            nameWidths_[c] =
                std::max(nameWidths_[c], answers_->GetTextExtent(values[c].GetString()).x + pad);
        answers_->AppendItem(values);
    }
    fitAnswers();
    answers_->Thaw();
}

void WorkspaceComparePanel::fillCounts(size_t qi) {
    const Question& q = ws_->form().questions[qi];
    counts_->Freeze();
    counts_->DeleteAllItems();
    counts_->ClearColumns();
    const size_t ng = agg_->groups.size();
    // Widths and wrapped headers come from fitCounts().
    countHeaders_ = {_("Answer"), _("All States")};
    for (const std::string& g : agg_->groups)
        countHeaders_.push_back(fromUtf8(regionalGroupLabel(g).get(uiLang_)));
    for (const wxString& header : countHeaders_)
        counts_->AppendTextColumn(header, wxDATAVIEW_CELL_INERT, FromDIP(100), wxALIGN_NOT,
                                  wxDATAVIEW_COL_RESIZABLE);

    // Applicable and answered per group, for every kind of question.
    GroupCounts relevant, answered;
    relevant.byGroup.assign(ng, 0);
    answered.byGroup.assign(ng, 0);
    const long countsAt = isCounted(q.type) ? agg_->countsIndex(qi) : -1;
    if (countsAt >= 0) {
        relevant = agg_->counts[static_cast<size_t>(countsAt)].relevant;
        answered = agg_->counts[static_cast<size_t>(countsAt)].answered;
    } else {
        for (const CollatedResponse& row : *rows_) {
            if (!row.response || (qi < row.states.size() && !row.states[qi].relevant))
                continue;
            const long g = groupIndex(agg_->groups, row.groupId);
            ++relevant.total;
            if (g >= 0)
                ++relevant.byGroup[static_cast<size_t>(g)];
            const Answer* a = row.response->answer(q.id);
            if (!a || a->empty())
                continue;
            ++answered.total;
            if (g >= 0)
                ++answered.byGroup[static_cast<size_t>(g)];
        }
    }
    auto addRow = [&](const wxString& label, const GroupCounts& c, const GroupCounts& of) {
        wxVector<wxVariant> values;
        values.push_back(label);
        values.push_back(countText(c.total, of.total));
        for (size_t g = 0; g < ng; ++g)
            values.push_back(countText(c.byGroup[g], of.byGroup[g]));
        counts_->AppendItem(values);
    };
    if (countsAt >= 0) {
        const QuestionCounts& qc = agg_->counts[static_cast<size_t>(countsAt)];
        for (size_t o = 0; o < qc.options.size(); ++o)
            addRow(formText(q.choices->choices[o].label, formLang_).text, qc.options[o], answered);
        countsTitle_->SetLabel(
            // xgettext:no-c-format
            _("Counts by regional group (States choosing each answer; % of those that "
              "answered)"));
    } else {
        countsTitle_->SetLabel(
            // xgettext:no-c-format
            _("Counts by regional group (States that answered; % of those "
              "to whom it applies)"));
    }
    addRow(_("Answered"), answered, relevant);
    GroupCounts none = relevant;
    none.total = 0;
    std::fill(none.byGroup.begin(), none.byGroup.end(), 0);
    addRow(_("Applies to"), relevant, none);
    fitCounts();
    counts_->Thaw();
}

void WorkspaceComparePanel::fitColumns() {
    fittedWidth_ = tableWidth(*counts_);
    fitAnswers();
    fitCounts();
}

void WorkspaceComparePanel::fitAnswers() {
    if (answers_->GetColumnCount() != 3)
        return;
    // State and regional group as wide as their longest name (each at most about a third),
    // the answer the rest.
    const int width = tableWidth(*answers_);
    const int state = std::min(nameWidths_[0], width * 3 / 10);
    const int group = std::min(nameWidths_[1], width * 7 / 20);
    answers_->GetColumn(0)->SetWidth(state);
    answers_->GetColumn(1)->SetWidth(group);
    answers_->GetColumn(2)->SetWidth(std::max(FromDIP(120), width - state - group));
}

void WorkspaceComparePanel::fitCounts() {
    const unsigned n = counts_->GetColumnCount();
    if (n < 2 || n != countHeaders_.size())
        return;
    const int width = tableWidth(*counts_);
    // The answer's label takes about a fifth; the counts share the rest equally, each at
    // least as wide as the widest figure.
    const int pad = FromDIP(16);  // the cell's and the header button's margins
    int figures = counts_->GetTextExtent("9999 (100 %)").x + pad;
    for (unsigned row = 0; row < static_cast<unsigned>(counts_->GetItemCount()); ++row)
        for (unsigned col = 1; col < n; ++col)
            figures =
                std::max(figures, counts_->GetTextExtent(counts_->GetTextValue(row, col)).x + pad);
    const int answer = std::clamp(width / 5, FromDIP(140), FromDIP(260));
    const int each = std::max(figures, (width - answer) / static_cast<int>(n - 1));
    counts_->GetColumn(0)->SetWidth(std::max(answer, width - each * static_cast<int>(n - 1)));
    for (unsigned col = 1; col < n; ++col) {
        wxDataViewColumn* c = counts_->GetColumn(col);
        c->SetWidth(each);
        c->SetTitle(wrapToWidth(*counts_, countHeaders_[col], each - pad));
    }
}

}  // namespace revq::gui
