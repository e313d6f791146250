// The left-hand navigation: review clusters → articles → sections, each with a completion
// badge ("7/9", a check mark when complete) that follows the answers. Room is left above the
// tree for the obligation-level and theme filters of issue 11.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>
#include <wx/treectrl.h>

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

    std::function<void(long sectionIndex)> onSectionSelected;

  private:
    struct Node {
        wxTreeItemId item;
        wxString title;
        std::vector<size_t> sections;  // sections counted in this node's badge
        long section = -1;             // the section a leaf shows, -1 for groups
    };
    wxString badgeText(const Node& node, bool* complete, bool* applicable) const;

    wxTreeCtrl* tree_;
    wxSizer* filterArea_;  // issue 11: level/theme filters go here
    const ResponseDocument* doc_ = nullptr;
    std::vector<Node> nodes_;
    std::vector<wxTreeItemId> sectionItems_;
    bool selecting_ = false;
};

}  // namespace revq::gui
