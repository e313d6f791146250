// The provision pane beside the questions: what the current question (or else the section's
// article) reviews — number and title, revq's summary (labelled as a summary, never the treaty
// text), obligation level in words, themes, citation and a link to the official text, the
// authentic text where the secretariat supplied one, and cross-references to other
// instruments, each marked confirmed or a reading. Native controls only, so a screen reader
// reads it and Arabic mirrors.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "core/form.h"

class wxStaticText;

namespace revq::gui {

class ProvisionPane : public wxScrolledWindow {
  public:
    explicit ProvisionPane(wxWindow* parent);

    // What the pane shows; an empty `form` clears it.
    void showQuestion(std::shared_ptr<const Form> form, size_t questionIndex,
                      const std::string& lang);
    void showSection(std::shared_ptr<const Form> form, long sectionIndex, const std::string& lang);
    void clear();

    // The question shown ("" when showing a section or nothing), for the window and tests.
    const std::string& questionId() const { return questionId_; }
    long sectionIndex() const { return section_; }
    // Every text the pane shows, one per line (tests, and a check that nothing is hidden).
    wxString shownText() const;

  private:
    void rebuild(const std::vector<ProvisionRef>& refs, const wxString& heading);
    void addProvision(const Provision& p);
    void addInstrumentFooter();
    wxStaticText* addText(const wxString& text, int style = 0, int indentLevel = 0);
    void rewrap();

    std::shared_ptr<const Form> form_;
    std::string lang_;
    std::string questionId_;
    long section_ = -1;
    struct ShownLine {
        wxStaticText* control;
        wxString text;  // unwrapped
        int indent;
    };
    std::vector<ShownLine> texts_;
    int wrappedWidth_ = 0;
};

}  // namespace revq::gui
