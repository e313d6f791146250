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

    std::function<void(const std::string& questionId)> onConfirm;

  private:
    void showProblem();

    ResponseDocument& doc_;
    size_t index_;
    EditorContext& context_;
    wxStaticText* label_ = nullptr;
    wxStaticText* help_ = nullptr;
    wxCollapsiblePane* helpPane_ = nullptr;
    AnswerEditor* editor_ = nullptr;
    wxStaticBitmap* problemIcon_ = nullptr;
    wxStaticText* problemText_ = nullptr;
    wxStaticText* provenance_ = nullptr;
    wxButton* confirm_ = nullptr;
    wxString inputProblem_;
};

}  // namespace revq::gui
