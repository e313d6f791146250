// File > National Consultation > Where Things Stand: per agency and per article, what was
// assigned, returned, merged, the conflicts left and the answers still missing (core's
// consultationStatus), and the reminder list as CSV for the agencies still owing something.
#pragma once

#include <string>

#include <wx/dialog.h>

#include "core/atomic_file.h"
#include "core/consultation_status.h"

class wxListCtrl;

namespace revq::gui {

class ConsultationStatusDialog : public wxDialog {
  public:
    // `form` may be null (then "missing" is unknown).
    ConsultationStatusDialog(wxWindow* parent, const Response& master, const Form* form);

    const ConsultationStatus& status() const { return status_; }
    // Writes the reminder list (core remindersCsv) to `path` atomically.
    WriteResult exportReminders(const std::string& path) const;

  private:
    void fill(const Form* form);
    void onExport();

    ConsultationStatus status_;
    wxListCtrl* agencies_ = nullptr;
    wxListCtrl* articles_ = nullptr;
};

}  // namespace revq::gui
