// Edits one legislation citation: title, provision, URL and an optional excerpt file
// (at most kMaxAttachmentBytes; a larger file is refused with its name and size).
#pragma once

#include <wx/dialog.h>

#include "core/answer.h"

class wxTextCtrl;
class wxStaticText;
class wxButton;

namespace revq::gui {

class CitationDialog : public wxDialog {
  public:
    CitationDialog(wxWindow* parent, const Citation& citation);
    const Citation& citation() const { return citation_; }

    // Reads `path` into the citation's excerpt; on failure returns a sentence for the person
    // (file name, size, the limit) and leaves the citation unchanged.
    static bool attachFile(const wxString& path, Citation& citation, wxString* problem);

  private:
    void onAttach();
    void onRemove();
    void showExcerpt();
    bool TransferDataFromWindow() override;

    Citation citation_;
    wxTextCtrl* title_;
    wxTextCtrl* provision_;
    wxTextCtrl* url_;
    wxStaticText* excerpt_;
    wxStaticText* problem_;
    wxButton* remove_;
};

}  // namespace revq::gui
