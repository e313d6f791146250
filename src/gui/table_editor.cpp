// The table editor: a wxGrid with the form's row and column labels, numeric cells checked as
// typed, and read-only totals (a last column and/or row) where the form asks for them.
#include <cstdlib>

#include <wx/grid.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include "gui/language.h"
#include "gui/question_controls.h"

namespace revq::gui {
namespace {

class TableEditor : public AnswerEditor {
  public:
    TableEditor(wxWindow* parent, const Question& q, EditorContext& ctx)
        : AnswerEditor(parent, q, ctx), spec_(q.table) {
        grid_ = new wxGrid(this, wxID_ANY);
        grid_->SetName(fromUtf8(q.id));
        int rows = static_cast<int>(spec_.rows.size()) + (spec_.columnTotals ? 1 : 0);
        int cols = static_cast<int>(spec_.columns.size()) + (spec_.rowTotals ? 1 : 0);
        grid_->CreateGrid(rows, cols);
        grid_->EnableEditing(!ctx.readOnly);
        grid_->SetRowLabelSize(wxGRID_AUTOSIZE);
        grid_->SetColLabelSize(wxGRID_AUTOSIZE);
        for (size_t r = 0; r < spec_.rows.size(); ++r)
            grid_->SetRowLabelValue(static_cast<int>(r), text(spec_.rows[r].label));
        for (size_t c = 0; c < spec_.columns.size(); ++c)
            grid_->SetColLabelValue(static_cast<int>(c), text(spec_.columns[c].label));
        if (spec_.rowTotals)
            grid_->SetColLabelValue(cols - 1, _("Total"));
        if (spec_.columnTotals)
            grid_->SetRowLabelValue(rows - 1, _("Total"));
        wxFont bold = grid_->GetDefaultCellFont().Bold();
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                bool total = isTotal(r, c);
                if (total) {
                    grid_->SetReadOnly(r, c);
                    grid_->SetCellFont(r, c, bold);
                    grid_->SetCellBackgroundColour(
                        r, c, wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE));
                }
                if (spec_.cellType != CellType::Text)
                    grid_->SetCellAlignment(r, c, wxALIGN_RIGHT, wxALIGN_CENTRE);
            }
        }
        grid_->SetDefaultColSize(FromDIP(90));
        grid_->AutoSizeRowLabelSize(0);
        for (int r = 0; r < rows; ++r)
            grid_->AutoSizeRowLabelSize(r);
        grid_->Bind(wxEVT_GRID_CELL_CHANGING, &TableEditor::onChanging, this);
        grid_->Bind(wxEVT_GRID_CELL_CHANGED, [this](wxGridEvent&) { changed(); });
        grid_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
            if (context_.fieldLeft)
                context_.fieldLeft();
            e.Skip();
        });
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(grid_, 0);
        SetSizer(sizer);
    }

    void load(const Answer& a) override {
        loading_ = true;
        for (size_t r = 0; r < spec_.rows.size(); ++r) {
            for (size_t c = 0; c < spec_.columns.size(); ++c) {
                auto it = a.cells.find({spec_.rows[r].id, spec_.columns[c].id});
                grid_->SetCellValue(static_cast<int>(r), static_cast<int>(c),
                                    it == a.cells.end() ? wxString() : fromUtf8(it->second));
            }
        }
        updateTotals();
        loading_ = false;
    }
    wxWindow* focusTarget() override { return grid_; }

  private:
    bool isTotal(int r, int c) const {
        return (spec_.rowTotals && c == static_cast<int>(spec_.columns.size())) ||
               (spec_.columnTotals && r == static_cast<int>(spec_.rows.size()));
    }
    void onChanging(wxGridEvent& e) {
        if (spec_.cellType == CellType::Text)
            return;
        wxString typed = e.GetString();
        std::string canonical;
        if (typed.Strip(wxString::both).empty() ||
            canonicalNumber(typed, spec_.cellType == CellType::Integer, &canonical)) {
            problem("");
            return;
        }
        wxString where =
            grid_->GetRowLabelValue(e.GetRow()) + " / " + grid_->GetColLabelValue(e.GetCol());
        problem(spec_.cellType == CellType::Integer
                    ? wxString::Format(_("%s: \"%s\" is not a whole number."), where, typed)
                    : wxString::Format(_("%s: \"%s\" is not a number."), where, typed));
        e.Veto();
    }
    void changed() {
        Answer a;
        for (size_t r = 0; r < spec_.rows.size(); ++r) {
            for (size_t c = 0; c < spec_.columns.size(); ++c) {
                wxString v = grid_->GetCellValue(static_cast<int>(r), static_cast<int>(c));
                v.Trim().Trim(false);
                if (v.empty())
                    continue;
                std::string cell = toUtf8(v);
                if (spec_.cellType != CellType::Text)
                    canonicalNumber(v, spec_.cellType == CellType::Integer, &cell);
                a.cells[{spec_.rows[r].id, spec_.columns[c].id}] = cell;
            }
        }
        updateTotals();
        commit(std::move(a));
    }
    void updateTotals() {
        if (spec_.cellType == CellType::Text)
            return;
        const int nr = static_cast<int>(spec_.rows.size());
        const int nc = static_cast<int>(spec_.columns.size());
        auto value = [this](int r, int c) {
            return std::strtod(grid_->GetCellValue(r, c).utf8_str(), nullptr);
        };
        auto show = [](double v) { return wxString::FromCDouble(v); };
        double grand = 0;
        for (int r = 0; r < nr; ++r) {
            double sum = 0;
            for (int c = 0; c < nc; ++c)
                sum += value(r, c);
            grand += sum;
            if (spec_.rowTotals)
                grid_->SetCellValue(r, nc, show(sum));
        }
        if (spec_.columnTotals) {
            for (int c = 0; c < nc; ++c) {
                double sum = 0;
                for (int r = 0; r < nr; ++r)
                    sum += value(r, c);
                grid_->SetCellValue(nr, c, show(sum));
            }
            if (spec_.rowTotals)
                grid_->SetCellValue(nr, nc, show(grand));
        }
    }

    const TableSpec& spec_;
    wxGrid* grid_;
};

}  // namespace

AnswerEditor* createTableEditor(wxWindow* parent, const Question& q, EditorContext& c) {
    return new TableEditor(parent, q, c);
}

}  // namespace revq::gui
