#include "gui/navigation_tree.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/wupdlock.h>

#include "gui/language.h"
#include "gui/response_document.h"

namespace revq::gui {
namespace {

class SectionData : public wxTreeItemData {
  public:
    explicit SectionData(long s) : section(s) {}
    long section;
};

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
        if (s >= 0 && onSectionSelected)
            onSectionSelected(s);
    });
}

void NavigationTree::setDocument(const ResponseDocument* doc, const std::string& lang) {
    wxWindowUpdateLocker freeze(tree_);
    tree_->DeleteAllItems();
    nodes_.clear();
    sectionItems_.clear();
    doc_ = doc;
    if (!doc)
        return;
    const Form& form = doc->form();
    sectionItems_.resize(form.sections.size());
    wxTreeItemId root = tree_->AddRoot("");
    for (const Cluster& cluster : form.clusters) {
        Node cn;
        cn.title = formText(cluster.title, lang).text;
        if (!cluster.number.empty() && cluster.number != "0")
            cn.title = fromUtf8(cluster.number) + ". " + cn.title;
        cn.item = tree_->AppendItem(root, cn.title);
        cn.sections = cluster.sections;
        size_t clusterNode = nodes_.size();
        nodes_.push_back(cn);
        std::string currentArticle;
        wxTreeItemId articleItem;
        size_t articleNode = 0;
        for (size_t si : cluster.sections) {
            const Section& sec = form.sections[si];
            wxTreeItemId parent = nodes_[clusterNode].item;
            if (!sec.article.empty()) {
                if (sec.article != currentArticle || !articleItem.IsOk()) {
                    Node an;
                    wxString articleTitle;
                    if (form.instrument)
                        if (const Provision* p = form.instrument->find(sec.article))
                            articleTitle = formText(p->title, lang).text;
                    an.title = wxString::Format(_("Art. %s"), fromUtf8(sec.article));
                    if (!articleTitle.empty())
                        an.title += wxString::FromUTF8(" \xE2\x80\x94 ") + articleTitle;
                    an.item = tree_->AppendItem(parent, an.title);
                    articleItem = an.item;
                    currentArticle = sec.article;
                    articleNode = nodes_.size();
                    nodes_.push_back(an);
                }
                nodes_[articleNode].sections.push_back(si);
                parent = articleItem;
            } else {
                currentArticle.clear();
                articleItem = wxTreeItemId();
            }
            Node sn;
            sn.title = formText(sec.title, lang).text;
            sn.section = static_cast<long>(si);
            sn.sections = {si};
            sn.item = tree_->AppendItem(parent, sn.title, -1, -1, new SectionData(sn.section));
            sectionItems_[si] = sn.item;
            nodes_.push_back(sn);
        }
        tree_->Expand(nodes_[clusterNode].item);
    }
    updateBadges();
}

wxString NavigationTree::badgeText(const Node& node, bool* complete, bool* applicable) const {
    Completion total;
    for (size_t si : node.sections) {
        Completion c = doc_->sectionCompletion(si);
        total.answered += c.answered;
        total.relevant += c.relevant;
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
    for (const Node& n : nodes_) {
        bool complete = false, applicable = true;
        wxString badge = badgeText(n, &complete, &applicable);
        // A mark and words, not colour alone: "✓" when complete, "n/a" when nothing applies.
        wxString text = n.title + "  ";
        if (!applicable)
            text += _("(n/a)");
        else
            text += (complete ? wxString::FromUTF8("\xE2\x9C\x93 ") : wxString()) + badge;
        if (tree_->GetItemText(n.item) != text)
            tree_->SetItemText(n.item, text);
        tree_->SetItemTextColour(n.item, applicable ? normal : grey);
    }
}

void NavigationTree::selectSection(long sectionIndex) {
    if (sectionIndex < 0 || sectionIndex >= static_cast<long>(sectionItems_.size()))
        return;
    selecting_ = true;
    tree_->EnsureVisible(sectionItems_[sectionIndex]);
    tree_->SelectItem(sectionItems_[sectionIndex]);
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
