#include "gui/workspace_states_model.h"

#include <algorithm>
#include <cmath>

#include <wx/intl.h>
#include <wx/settings.h>

#include "gui/language.h"

namespace revq::gui {

namespace {

// A short label for the table's Flags column; the detail pane gives the whole sentence.
wxString flagLabel(FileFlag flag, const WorkspaceState* s) {
    switch (flag) {
        case FileFlag::Unreadable:
            return _("Unreadable");
        case FileFlag::OtherForm:
            return _("Other form");
        case FileFlag::OtherVersion:
            return _("Other version (mapped)");
        case FileFlag::UnknownState:
            return _("Unknown State");
        case FileFlag::ChangedAfterSubmission:
            return _("Changed after submission");
        case FileFlag::MissingHash:
            return _("No integrity hash");
        case FileFlag::SecondRevision:
            if (s && s->conflict)
                return wxString::Format(_("Conflict: %zu revisions"), s->files.size());
            return wxString::Format(_("%zu revisions (decided)"), s ? s->files.size() : 2);
        case FileFlag::NotChosen:
            return {};
        case FileFlag::NameOtherState:
            return _("File name names another State");
    }
    return {};
}

void noteFlag(WorkspaceRow& row, FileFlag flag) {
    row.changed |= flag == FileFlag::ChangedAfterSubmission;
    row.otherForm |= flag == FileFlag::OtherForm;
    row.otherVersion |= flag == FileFlag::OtherVersion;
    row.unreadable |= flag == FileFlag::Unreadable;
}

void addLabel(WorkspaceRow& row, const wxString& label) {
    if (label.empty() || row.flags.Contains(label))
        return;
    row.flags += (row.flags.empty() ? "" : ", ") + label;
}

wxString statusText(ResponseStatus status) {
    return status == ResponseStatus::Submitted ? _("Submitted") : _("Draft");
}

wxString groupName(const std::string& groupId, const std::string& lang) {
    if (groupId.empty() || groupId == "none")
        return _("(no group)");
    return fromUtf8(regionalGroupLabel(groupId).get(lang));
}

// One line per file the State sent, then each reason as a sentence.
wxString describeFiles(const Workspace& ws, const WorkspaceState& s) {
    wxString out;
    for (size_t i : s.files) {
        const WorkspaceFile& f = ws.files()[i];
        wxString line = fromUtf8(f.fileName) + " — ";
        if (static_cast<long>(i) == s.chosen)
            line += _("collated");
        else if (f.usable)
            line += _("not collated");
        else
            line += _("cannot be collated");
        if (f.usable)
            line += ", " + statusText(f.status);
        if (!f.submittedAt.empty())
            line += ", " + fromUtf8(f.submittedAt);
        out += line + "\n";
        for (const FileProblem& p : f.problems)
            out += "  • " + fromUtf8(p.message) + "\n";
    }
    if (!s.note.empty())
        out += _("Secretariat's note:") + " " + fromUtf8(s.note) + "\n";
    return out;
}

}  // namespace

std::vector<WorkspaceRow> buildWorkspaceRows(const Workspace& ws, const std::string& uiLang,
                                             bool withMissing) {
    std::vector<WorkspaceRow> rows;
    for (const WorkspaceState& s : ws.states()) {
        WorkspaceRow row;
        row.code = s.code;
        row.name = fromUtf8(ws.nameOf(s.code, uiLang));
        row.groupId = ws.groupOf(s.code);
        row.group = groupName(row.groupId, uiLang);
        if (const WorkspaceFile* f = ws.chosenFile(s)) {
            row.status = statusText(f->status);
            row.submittedStatus = f->status == ResponseStatus::Submitted;
            row.submitted = fromUtf8(f->submittedAt.substr(0, 10));
            row.completeness = s.completeness;
        } else {
            row.kind = RowKind::NoUsableFile;
            row.status = _("Not collated");
        }
        row.conflict = s.conflict;
        for (size_t i : s.files)
            for (const FileProblem& p : ws.files()[i].problems) {
                noteFlag(row, p.flag);
                addLabel(row, flagLabel(p.flag, &s));
            }
        row.details = describeFiles(ws, s);
        rows.push_back(std::move(row));
    }
    for (const WorkspaceFile& f : ws.files()) {
        if (!f.stateCode.empty())
            continue;
        WorkspaceRow row;
        row.kind = RowKind::UnreadableFile;
        row.name = fromUtf8(f.fileName);
        row.group = _("(unknown)");
        row.status = _("Unreadable");
        for (const FileProblem& p : f.problems) {
            noteFlag(row, p.flag);
            addLabel(row, flagLabel(p.flag, nullptr));
        }
        row.details = fromUtf8(f.fileName) + "\n  • " + fromUtf8(f.problemText()) + "\n";
        rows.push_back(std::move(row));
    }
    if (withMissing && ws.statesList()) {
        for (const State& st : ws.statesList()->all()) {
            if (ws.state(st.code))
                continue;
            WorkspaceRow row;
            row.kind = RowKind::NoResponse;
            row.code = st.code;
            row.name = fromUtf8(st.name.get(uiLang));
            row.groupId = st.group;
            row.group = groupName(st.group, uiLang);
            row.status = _("No response");
            row.details = _("No file from this State is in the workspace yet.");
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

wxArrayString statusFilterLabels() {
    wxArrayString a;
    a.Add(_("Every status"));
    a.Add(_("Submitted"));
    a.Add(_("Draft"));
    a.Add(_("No response"));
    a.Add(_("Any flag"));
    a.Add(_("Conflict (several revisions)"));
    a.Add(_("Changed after submission"));
    a.Add(_("Other form or version"));
    a.Add(_("Unreadable"));
    return a;
}

bool RowFilter::matches(const WorkspaceRow& row) const {
    if (!groupId.empty()) {
        const std::string& g = row.groupId.empty() ? std::string("none") : row.groupId;
        if (g != groupId)
            return false;
    }
    const bool responded = row.kind == RowKind::Responded;
    switch (status) {
        case StatusFilter::All:
            break;
        case StatusFilter::Submitted:
            if (!responded || !row.submittedStatus)
                return false;
            break;
        case StatusFilter::Draft:
            if (!responded || row.submittedStatus)
                return false;
            break;
        case StatusFilter::NoResponse:
            if (row.kind != RowKind::NoResponse)
                return false;
            break;
        case StatusFilter::Flagged:
            if (!row.flagged())
                return false;
            break;
        case StatusFilter::Conflict:
            if (!row.conflict)
                return false;
            break;
        case StatusFilter::Changed:
            if (!row.changed)
                return false;
            break;
        case StatusFilter::OtherFormOrVersion:
            if (!row.otherForm && !row.otherVersion)
                return false;
            break;
        case StatusFilter::Unreadable:
            if (!row.unreadable)
                return false;
            break;
    }
    const wxString needle = text.Strip(wxString::both).Lower();
    if (needle.empty())
        return true;
    for (const wxString* field :
         {&row.name, &row.group, &row.status, &row.flags, &row.details, &row.submitted})
        if (field->Lower().Contains(needle))
            return true;
    return fromUtf8(row.code).Lower().Contains(needle);
}

void WorkspaceStatesModel::setRows(std::vector<WorkspaceRow> rows) {
    rows_ = std::move(rows);
    refill();
}

void WorkspaceStatesModel::setFilter(RowFilter filter) {
    filter_ = std::move(filter);
    refill();
}

void WorkspaceStatesModel::sortBy(int column, bool ascending) {
    sortColumn_ = column;
    ascending_ = ascending;
    refill();
}

void WorkspaceStatesModel::refill() {
    shown_.clear();
    for (size_t i = 0; i < rows_.size(); ++i)
        if (filter_.matches(rows_[i]))
            shown_.push_back(i);
    const int col = sortColumn_;
    auto key = [col](const WorkspaceRow& r) -> const wxString& {
        switch (col) {
            case Group:
                return r.group;
            case Status:
                return r.status;
            case Submitted:
                return r.submitted;
            case Flags:
                return r.flags;
            default:
                return r.name;
        }
    };
    auto less = [&](size_t ia, size_t ib) {
        const WorkspaceRow &a = rows_[ia], &b = rows_[ib];
        int c = 0;
        if (col == Complete)
            c = a.completeness < b.completeness ? -1 : (a.completeness > b.completeness ? 1 : 0);
        else if (col == Code)
            c = a.code.compare(b.code);
        else if (col != Name)
            c = key(a).CmpNoCase(key(b));
        if (c == 0)
            c = a.name.CmpNoCase(b.name);
        if (c == 0)
            c = a.code.compare(b.code);
        return ascending_ ? c < 0 : c > 0;
    };
    std::stable_sort(shown_.begin(), shown_.end(), less);
    Reset(static_cast<unsigned int>(shown_.size()));
}

const WorkspaceRow* WorkspaceStatesModel::shownRow(size_t index) const {
    return index < shown_.size() ? &rows_[shown_[index]] : nullptr;
}

const WorkspaceRow* WorkspaceStatesModel::rowOf(const wxDataViewItem& item) const {
    return item.IsOk() ? shownRow(GetRow(item)) : nullptr;
}

wxString WorkspaceStatesModel::text(size_t shownIndex, int column) const {
    const WorkspaceRow* r = shownRow(shownIndex);
    if (!r)
        return {};
    switch (column) {
        case Name:
            return r->name;
        case Code:
            return fromUtf8(r->code);
        case Group:
            return r->group;
        case Status:
            return r->status;
        case Complete:
            return r->completeness < 0
                       ? wxString()
                       : wxString::Format("%d %%",
                                          static_cast<int>(std::lround(r->completeness * 100)));
        case Submitted:
            return r->submitted;
        case Flags:
            return r->flags;
    }
    return {};
}

void WorkspaceStatesModel::GetValueByRow(wxVariant& value, unsigned int row,
                                         unsigned int col) const {
    value = text(row, static_cast<int>(col));
}

bool WorkspaceStatesModel::GetAttrByRow(unsigned int row, unsigned int col,
                                        wxDataViewItemAttr& attr) const {
    const WorkspaceRow* r = shownRow(row);
    if (!r)
        return false;
    // Flags in bold and grey rows for States that sent nothing: the words say it too.
    if (col == Flags && r->flagged()) {
        attr.SetBold(true);
        return true;
    }
    if (r->kind == RowKind::NoResponse) {
        attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        return true;
    }
    return false;
}

int WorkspaceStatesModel::Compare(const wxDataViewItem& a, const wxDataViewItem& b, unsigned int,
                                  bool) const {
    const unsigned ra = GetRow(a), rb = GetRow(b);
    return ra < rb ? -1 : (ra > rb ? 1 : 0);
}

}  // namespace revq::gui
