// The left-hand navigation: review clusters → articles → sections, each with a completion
// badge ("7/9", a check mark when complete) that follows the answers. Above the tree, a filter
// bar narrows it to the sections whose questions review provisions of one obligation level
// and/or one theme; badges then count only those questions. Long titles are shortened with
// an ellipsis to keep the badge in view, the full title in the item's tooltip.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>
#include <wx/treectrl.h>

#include "core/provisions.h"
#include "gui/tree_filter.h"

class wxChoice;
class wxStaticText;
class wxButton;

namespace revq::gui {

class ResponseDocument;

class NavigationTree : public wxPanel {
  public:
    explicit NavigationTree(wxWindow* parent);

    void setDocument(const ResponseDocument* doc, const std::string& formLanguage);
    // Recomputes every badge (cheap: one pass over the evaluated states).
    void updateBadges();
    void selectSection(long sectionIndex);
    long selectedSection() const;
    wxTreeCtrl* tree() { return tree_; }

    // Level (toString(ObligationLevel)) and theme id, "" for all; rebuilds the tree and, when
    // the section shown is filtered out, shows the first one left. An empty filter restores all.
    void setFilter(const ProvisionFilter& filter);
    const ProvisionFilter& filter() const { return filter_; }
    const QuestionFilter& questionFilter() const { return questionFilter_; }
    // Whether the tree currently lists section `sectionIndex`.
    bool showsSection(long sectionIndex) const;

    std::function<void(long sectionIndex)> onSectionSelected;

  private:
    struct Node {
        wxTreeItemId item;
        wxString title;
        wxString badge;                // as last shown
        std::vector<size_t> sections;  // sections counted in this node's badge
        long section = -1;             // the section a leaf shows, -1 for groups
        int depth = 0;
    };
    void buildFilterBar();
    void fillFilterChoices();
    void rebuild();
    void updateFilterStatus();
    wxString badgeText(const Node& node, bool* complete, bool* applicable) const;
    // Shortens titles that do not fit the tree's width (keeps the badge visible).
    void fitTitles();
    wxString tooltipFor(const wxTreeItemId& item) const;

    wxTreeCtrl* tree_;
    wxSizer* filterArea_;
    wxChoice* levelChoice_ = nullptr;
    wxChoice* themeChoice_ = nullptr;
    wxStaticText* filterStatus_ = nullptr;
    wxButton* clearFilter_ = nullptr;
    const ResponseDocument* doc_ = nullptr;
    std::string lang_;
    ProvisionFilter filter_;
    QuestionFilter questionFilter_;
    std::vector<Node> nodes_;
    std::vector<wxTreeItemId> sectionItems_;
    long current_ = -1;  // the section shown on the page
    bool selecting_ = false;
    int fittedWidth_ = 0;
};

}  // namespace revq::gui
