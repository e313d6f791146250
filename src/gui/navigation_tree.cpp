#include "gui/navigation_tree.h"

#include <algorithm>
#include <cstdlib>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/control.h>
#include <wx/dcclient.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wupdlock.h>

#include "gui/language.h"
#include "gui/obligation_words.h"
#include "gui/response_document.h"

namespace revq::gui {
namespace {

class SectionData : public wxTreeItemData {
  public:
    explicit SectionData(long s) : section(s) {}
    long section;
};

std::string chosenData(wxChoice* choice) {
    int i = choice->GetSelection();
    if (i == wxNOT_FOUND)
        return {};
    auto* data = static_cast<wxStringClientData*>(choice->GetClientObject(i));
    return data ? toUtf8(data->GetData()) : std::string();
}

void selectData(wxChoice* choice, const std::string& value) {
    for (unsigned i = 0; i < choice->GetCount(); ++i) {
        auto* data = static_cast<wxStringClientData*>(choice->GetClientObject(i));
        if (data && toUtf8(data->GetData()) == value) {
            choice->SetSelection(static_cast<int>(i));
            return;
        }
    }
    choice->SetSelection(0);
}

}  // namespace

NavigationTree::NavigationTree(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    filterArea_ = new wxBoxSizer(wxVERTICAL);
    sizer->Add(filterArea_, 0, wxEXPAND);
    tree_ = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE |
                               wxTR_FULL_ROW_HIGHLIGHT | wxTR_NO_LINES);
    tree_->SetName("navigation");
    sizer->Add(tree_, 1, wxEXPAND);
    SetSizer(sizer);
    buildFilterBar();
    tree_->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent& e) {
        if (selecting_)
            return;
        auto* data = dynamic_cast<SectionData*>(tree_->GetItemData(e.GetItem()));
        long s = data ? data->section : -1;
        if (s < 0) {
            // A cluster or article: show its first section.
            wxTreeItemIdValue cookie;
            wxTreeItemId child = tree_->GetFirstChild(e.GetItem(), cookie);
            while (child.IsOk() && s < 0) {
                if (auto* d = dynamic_cast<SectionData*>(tree_->GetItemData(child)))
                    s = d->section;
                child = tree_->GetFirstChild(child, cookie);
            }
        }
        if (s >= 0) {
            current_ = s;
            if (onSectionSelected)
                onSectionSelected(s);
        }
    });
    tree_->Bind(wxEVT_TREE_ITEM_GETTOOLTIP,
                [this](wxTreeEvent& e) { e.SetToolTip(tooltipFor(e.GetItem())); });
    tree_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (std::abs(tree_->GetClientSize().x - fittedWidth_) > 4)
            CallAfter([this] { updateBadges(); });
    });
}

void NavigationTree::buildFilterBar() {
    const int pad = FromDIP(6);
    auto* grid = new wxFlexGridSizer(2, FromDIP(4), FromDIP(6));
    grid->AddGrowableCol(1, 1);
    auto* levelLabel = new wxStaticText(this, wxID_ANY, _("&Level:"));
    levelChoice_ = new wxChoice(this, wxID_ANY);
    levelChoice_->SetName("filter-level");
    levelChoice_->SetMinSize(wxSize(FromDIP(60), -1));  // may shrink with the pane
    auto* themeLabel = new wxStaticText(this, wxID_ANY, _("T&heme:"));
    themeChoice_ = new wxChoice(this, wxID_ANY);
    themeChoice_->SetName("filter-theme");
    themeChoice_->SetMinSize(wxSize(FromDIP(60), -1));
    grid->Add(levelLabel, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(levelChoice_, 1, wxEXPAND);
    grid->Add(themeLabel, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(themeChoice_, 1, wxEXPAND);
    filterArea_->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);

    auto* statusRow = new wxBoxSizer(wxHORIZONTAL);
    filterStatus_ = new wxStaticText(this, wxID_ANY, wxString());
    filterStatus_->SetName("filter-status");
    clearFilter_ = new wxButton(this, wxID_ANY, _("&Clear Filter"), wxDefaultPosition,
                                wxDefaultSize, wxBU_EXACTFIT);
    clearFilter_->SetName("filter-clear");
    statusRow->Add(filterStatus_, 1, wxALIGN_CENTER_VERTICAL);
    statusRow->Add(clearFilter_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, pad);
    filterArea_->Add(statusRow, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);
    filterArea_->AddSpacer(pad);

    auto changed = [this](wxCommandEvent&) {
        setFilter(ProvisionFilter{chosenData(levelChoice_), chosenData(themeChoice_)});
    };
    levelChoice_->Bind(wxEVT_CHOICE, changed);
    themeChoice_->Bind(wxEVT_CHOICE, changed);
    clearFilter_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { setFilter({}); });
    fillFilterChoices();
    updateFilterStatus();
}

void NavigationTree::fillFilterChoices() {
    levelChoice_->Clear();
    levelChoice_->Append(_("All levels"), new wxStringClientData(""));
    size_t n = 0;
    const ObligationLevel* levels = filterLevels(&n);
    for (size_t i = 0; i < n; ++i)
        levelChoice_->Append(obligationFilterName(levels[i]),
                             new wxStringClientData(fromUtf8(std::string(toString(levels[i])))));
    themeChoice_->Clear();
    themeChoice_->Append(_("All themes"), new wxStringClientData(""));
    const Instrument* ins = doc_ ? doc_->form().instrument.get() : nullptr;
    if (ins)
        for (const Theme& t : ins->themes)
            themeChoice_->Append(formText(t.label, lang_).text,
                                 new wxStringClientData(fromUtf8(t.id)));
    // A theme the new form's instrument lacks is dropped from the filter.
    if (!filter_.theme.empty() && (!ins || !ins->theme(filter_.theme)))
        filter_.theme.clear();
    selectData(levelChoice_, filter_.level);
    selectData(themeChoice_, filter_.theme);
    bool usable = ins != nullptr;
    levelChoice_->Enable(usable);
    themeChoice_->Enable(usable);
}

void NavigationTree::setDocument(const ResponseDocument* doc, const std::string& lang) {
    doc_ = doc;
    lang_ = lang;
    if (!doc)
        current_ = -1;
    fillFilterChoices();
    rebuild();
}

void NavigationTree::setFilter(const ProvisionFilter& filter) {
    filter_ = filter;
    selectData(levelChoice_, filter_.level);
    selectData(themeChoice_, filter_.theme);
    rebuild();
    if (!doc_)
        return;
    if (showsSection(current_)) {
        selectSection(current_);
        return;
    }
    // The page's section is filtered out: show the first one the filter keeps.
    for (size_t s = 0; s < sectionItems_.size(); ++s)
        if (sectionItems_[s].IsOk()) {
            current_ = static_cast<long>(s);
            selectSection(current_);
            if (onSectionSelected)
                onSectionSelected(current_);
            return;
        }
}

bool NavigationTree::showsSection(long s) const {
    return s >= 0 && s < static_cast<long>(sectionItems_.size()) && sectionItems_[s].IsOk();
}

void NavigationTree::rebuild() {
    wxWindowUpdateLocker freeze(tree_);
    selecting_ = true;
    tree_->DeleteAllItems();
    selecting_ = false;
    nodes_.clear();
    sectionItems_.clear();
    questionFilter_ = {};
    if (!doc_) {
        updateFilterStatus();
        return;
    }
    const Form& form = doc_->form();
    ProvisionFilter usable = filter_;
    if (!form.instrument)
        usable = {};
    questionFilter_ = revq::gui::questionFilter(form, usable);
    auto kept = [&](size_t si) {
        if (!questionFilter_.active)
            return true;
        for (size_t qi : form.sections[si].questions)
            if (questionFilter_(qi))
                return true;
        return false;
    };
    sectionItems_.resize(form.sections.size());
    wxTreeItemId root = tree_->AddRoot("");
    for (const Cluster& cluster : form.clusters) {
        std::vector<size_t> sections;
        for (size_t si : cluster.sections)
            if (kept(si))
                sections.push_back(si);
        if (sections.empty())
            continue;
        Node cn;
        cn.title = formText(cluster.title, lang_).text;
        if (!cluster.number.empty() && cluster.number != "0")
            cn.title = fromUtf8(cluster.number) + ". " + cn.title;
        cn.item = tree_->AppendItem(root, cn.title);
        cn.sections = sections;
        size_t clusterNode = nodes_.size();
        nodes_.push_back(cn);
        std::string currentArticle;
        wxTreeItemId articleItem;
        size_t articleNode = 0;
        for (size_t si : sections) {
            const Section& sec = form.sections[si];
            wxTreeItemId parent = nodes_[clusterNode].item;
            int depth = 1;
            if (!sec.article.empty()) {
                if (sec.article != currentArticle || !articleItem.IsOk()) {
                    Node an;
                    wxString articleTitle;
                    if (form.instrument)
                        if (const Provision* p = form.instrument->find(sec.article))
                            articleTitle = formText(p->title, lang_).text;
                    an.title = wxString::Format(_("Art. %s"), fromUtf8(sec.article));
                    if (!articleTitle.empty())
                        an.title += wxString::FromUTF8(" \xE2\x80\x94 ") + articleTitle;
                    an.item = tree_->AppendItem(parent, an.title);
                    an.depth = 1;
                    articleItem = an.item;
                    currentArticle = sec.article;
                    articleNode = nodes_.size();
                    nodes_.push_back(an);
                }
                nodes_[articleNode].sections.push_back(si);
                parent = articleItem;
                depth = 2;
            } else {
                currentArticle.clear();
                articleItem = wxTreeItemId();
            }
            Node sn;
            sn.title = formText(sec.title, lang_).text;
            sn.section = static_cast<long>(si);
            sn.sections = {si};
            sn.depth = depth;
            sn.item = tree_->AppendItem(parent, sn.title, -1, -1, new SectionData(sn.section));
            sectionItems_[si] = sn.item;
            nodes_.push_back(sn);
        }
        tree_->Expand(nodes_[clusterNode].item);
        // Filtered, the tree is short: open the articles too so every kept section is in view.
        if (questionFilter_.active)
            tree_->ExpandAllChildren(nodes_[clusterNode].item);
    }
    fittedWidth_ = 0;
    updateBadges();
    updateFilterStatus();
    if (showsSection(current_)) {
        selecting_ = true;
        tree_->SelectItem(sectionItems_[current_]);
        selecting_ = false;
    }
}

void NavigationTree::updateFilterStatus() {
    bool active = questionFilter_.active;
    if (active && doc_) {
        int shown = 0, questions = 0;
        for (const wxTreeItemId& item : sectionItems_)
            shown += item.IsOk() ? 1 : 0;
        for (bool m : questionFilter_.matches)
            questions += m ? 1 : 0;
        filterStatus_->SetLabel(wxString::Format(_("Showing %d of %d sections, %d questions"),
                                                 shown, static_cast<int>(sectionItems_.size()),
                                                 questions));
    } else {
        filterStatus_->SetLabel(wxString());
    }
    filterStatus_->Show(active);
    clearFilter_->Show(active);
    Layout();
}

wxString NavigationTree::badgeText(const Node& node, bool* complete, bool* applicable) const {
    Completion total;
    const Form& form = doc_->form();
    for (size_t si : node.sections) {
        if (!questionFilter_.active) {
            Completion c = doc_->sectionCompletion(si);
            total.answered += c.answered;
            total.relevant += c.relevant;
            continue;
        }
        // Filtered: count only the questions the filter keeps, as sectionCompletion does.
        for (size_t qi : form.sections[si].questions) {
            if (!questionFilter_(qi) || form.questions[qi].type == QuestionType::Note ||
                qi >= doc_->states().size())
                continue;
            const QuestionState& s = doc_->state(qi);
            if (!s.relevant)
                continue;
            ++total.relevant;
            if (s.answered)
                ++total.answered;
        }
    }
    *applicable = total.relevant > 0;
    *complete = total.relevant > 0 && total.complete();
    return wxString::Format("%d/%d", total.answered, total.relevant);
}

void NavigationTree::updateBadges() {
    if (!doc_)
        return;
    wxColour grey = wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
    wxColour normal = wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOXTEXT);
    // Where a depth-0 item's text starts; deeper items are one indent further each.
    int width = tree_->GetClientSize().x;
    fittedWidth_ = width;
    int x0 = FromDIP(24);
    wxRect r;
    if (!nodes_.empty() && tree_->GetBoundingRect(nodes_.front().item, r, true) && r.x > 0)
        x0 = r.x;
    wxClientDC dc(tree_);
    dc.SetFont(tree_->GetFont());
    for (Node& n : nodes_) {
        bool complete = false, applicable = true;
        wxString badge = badgeText(n, &complete, &applicable);
        // A mark and words, not colour alone: "✓" when complete, "n/a" when nothing applies.
        if (!applicable)
            badge = _("(n/a)");
        else
            badge = (complete ? wxString::FromUTF8("\xE2\x9C\x93 ") : wxString()) + badge;
        n.badge = badge;
        wxString suffix = "  " + badge;
        wxString title = n.title;
        int room = width - x0 - static_cast<int>(tree_->GetIndent()) * n.depth - FromDIP(8) -
                   dc.GetTextExtent(suffix).x;
        if (width > 0 && dc.GetTextExtent(title).x > room)
            title = wxControl::Ellipsize(title, dc, wxELLIPSIZE_END, std::max(room, FromDIP(40)));
        wxString text = title + suffix;
        if (tree_->GetItemText(n.item) != text)
            tree_->SetItemText(n.item, text);
        tree_->SetItemTextColour(n.item, applicable ? normal : grey);
    }
}

wxString NavigationTree::tooltipFor(const wxTreeItemId& item) const {
    for (const Node& n : nodes_) {
        if (n.item != item)
            continue;
        wxString tip = n.title + "  " + n.badge;
        std::vector<ObligationLevel> levels;
        for (size_t si : n.sections)
            for (ObligationLevel l : sectionLevels(doc_->form(), si))
                if (std::find(levels.begin(), levels.end(), l) == levels.end())
                    levels.push_back(l);
        std::sort(levels.begin(), levels.end(), [](ObligationLevel a, ObligationLevel b) {
            return obligationRank(a) < obligationRank(b);
        });
        wxString words;
        for (ObligationLevel l : levels)
            words += (words.empty() ? "" : "; ") + obligationName(l);
        if (!words.empty())
            tip += "\n" + wxString::Format(_("Obligation levels reviewed: %s"), words);
        if (questionFilter_.active)
            tip += "\n" + _("The badge counts only the questions the filter keeps.");
        return tip;
    }
    return {};
}

void NavigationTree::selectSection(long sectionIndex) {
    if (sectionIndex < 0 || sectionIndex >= static_cast<long>(sectionItems_.size()))
        return;
    current_ = sectionIndex;
    selecting_ = true;
    if (sectionItems_[sectionIndex].IsOk()) {
        tree_->EnsureVisible(sectionItems_[sectionIndex]);
        tree_->SelectItem(sectionItems_[sectionIndex]);
    } else {
        tree_->UnselectAll();  // shown from a search or a jump, but outside the filter
    }
    selecting_ = false;
}

long NavigationTree::selectedSection() const {
    wxTreeItemId sel = tree_->GetSelection();
    if (!sel.IsOk())
        return -1;
    auto* data = dynamic_cast<SectionData*>(tree_->GetItemData(sel));
    return data ? data->section : -1;
}

}  // namespace revq::gui
