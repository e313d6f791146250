// The States table of the secretariat's workspace: one row per State that sent a file, per
// file nobody can read, and per State of the list that sent nothing; filtered by text, regional
// group and status or flag, sorted by any column. The model keeps its rows in the order shown,
// so what a test reads from it is what a person sees.
#pragma once

#include <string>
#include <vector>

#include <wx/dataview.h>

#include "core/workspace.h"

namespace revq::gui {

enum class RowKind { Responded, NoUsableFile, NoResponse, UnreadableFile };

struct WorkspaceRow {
    RowKind kind = RowKind::Responded;
    std::string code;     // ISO 3166-1 alpha-3; "" for an unreadable file
    std::string groupId;  // "" when unknown
    wxString name, group, status, submitted, flags;
    double completeness = -1;      // 0..1, negative when unknown
    wxString details;              // every reason as a sentence, the files and the note
    bool submittedStatus = false;  // the collated file is a submission
    bool conflict = false, changed = false, otherForm = false, otherVersion = false,
         unreadable = false;
    bool flagged() const { return !flags.empty(); }
};

// Rows for `ws`, names and groups in `uiLang`. States of the list that sent nothing are added
// when `withMissing`.
std::vector<WorkspaceRow> buildWorkspaceRows(const Workspace& ws, const std::string& uiLang,
                                             bool withMissing);

enum class StatusFilter {
    All,
    Submitted,
    Draft,
    NoResponse,
    Flagged,
    Conflict,
    Changed,
    OtherFormOrVersion,
    Unreadable,
};
// Labels for the filter choice, in StatusFilter order.
wxArrayString statusFilterLabels();

struct RowFilter {
    wxString text;        // matched against name, code, group, status and flags
    std::string groupId;  // "" = every group; "none" = States in no group
    StatusFilter status = StatusFilter::All;
    bool matches(const WorkspaceRow& row) const;
};

class WorkspaceStatesModel : public wxDataViewIndexListModel {
  public:
    enum Column { Name, Code, Group, Status, Complete, Submitted, Flags, ColumnCount };

    void setRows(std::vector<WorkspaceRow> rows);
    void setFilter(RowFilter filter);
    // Orders the shown rows by `column` (ties by name).
    void sortBy(int column, bool ascending);
    int sortColumn() const { return sortColumn_; }

    size_t shownCount() const { return shown_.size(); }
    size_t totalCount() const { return rows_.size(); }
    // The row shown at `index` / behind `item` (nullptr when none).
    const WorkspaceRow* shownRow(size_t index) const;
    const WorkspaceRow* rowOf(const wxDataViewItem& item) const;
    wxString text(size_t shownIndex, int column) const;

    unsigned int GetColumnCount() const override { return ColumnCount; }
    wxString GetColumnType(unsigned int) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned int row, unsigned int col) const override;
    bool SetValueByRow(const wxVariant&, unsigned int, unsigned int) override { return false; }
    bool GetAttrByRow(unsigned int row, unsigned int col, wxDataViewItemAttr& attr) const override;
    // The rows are already in the order shown: keep it whatever GTK asks.
    int Compare(const wxDataViewItem& a, const wxDataViewItem& b, unsigned int,
                bool) const override;

  private:
    void refill();

    std::vector<WorkspaceRow> rows_;
    std::vector<size_t> shown_;  // indexes into rows_, in display order
    RowFilter filter_;
    int sortColumn_ = Name;
    bool ascending_ = true;
};

}  // namespace revq::gui
