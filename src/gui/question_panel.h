// One question on a section page: its article reference, label, collapsible help, answer
// control, a problem line (icon and text, never colour alone) and an unobtrusive provenance
// line with a Confirm button for carried-over or imported answers.
#pragma once

#include <wx/panel.h>

#include "core/form.h"
#include "gui/question_controls.h"

class wxStaticText;
class wxStaticBitmap;
class wxButton;
class wxBoxSizer;
class wxCollapsiblePane;

namespace revq::gui {

class ResponseDocument;

class QuestionPanel : public wxPanel {
  public:
    QuestionPanel(wxWindow* parent, ResponseDocument& doc, size_t questionIndex,
                  EditorContext& context);

    size_t questionIndex() const { return index_; }
    const Question& question() const;
    AnswerEditor* editor() { return editor_; }

    // Shows the document's answer, its provenance and the constraint state.
    void refresh(bool reloadAnswer);
    // A problem with what is being typed (not an answer yet); "" clears it.
    void setInputProblem(const wxString& text);
    // Re-wraps the texts to `width` pixels.
    void wrapTo(int width);
    // Opens the collapsible help (made on first opening); false when the question has none.
    bool openHelp();
    wxCollapsiblePane* helpPane() { return helpPane_; }

    std::function<void(const std::string& questionId)> onConfirm;

  private:
    void showProblem();
    void createProvenanceLine();
    bool createHelpText();  // false when it was made already

    ResponseDocument& doc_;
    size_t index_;
    EditorContext& context_;
    wxStaticText* label_ = nullptr;
    wxStaticText* help_ = nullptr;
    wxCollapsiblePane* helpPane_ = nullptr;
    AnswerEditor* editor_ = nullptr;
    wxBoxSizer* sizer_ = nullptr;
    wxBoxSizer* problemRow_ = nullptr;
    wxStaticBitmap* problemIcon_ = nullptr;
    wxStaticText* problemText_ = nullptr;
    wxStaticText* provenance_ = nullptr;
    wxButton* confirm_ = nullptr;
    wxString inputProblem_;
    int wrappedWidth_ = 0;  // the width the texts are wrapped to; 0 while being built
};

}  // namespace revq::gui
