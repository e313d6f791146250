// wrapToWidth: Chinese (no spaces) wraps between characters, never before closing punctuation;
// English and Arabic wrap at spaces; no line is wider than asked; the words are all kept.
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/tokenzr.h>

#include "gui/text_wrap.h"
#include "gui_test_helpers.h"

using namespace revq::gui;

namespace {

wxArrayString linesOf(const wxString& s) {
    return wxStringTokenize(s, "\n", wxTOKEN_RET_EMPTY_ALL);
}

}  // namespace

TEST_CASE("wrapToWidth breaks Chinese between characters and Latin and Arabic at spaces",
          "[textwrap]") {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "wrap");
    auto* label = new wxStaticText(frame, wxID_ANY, "x");
    const int width = 200;

    const wxString zh = wxString::FromUTF8(
        "贵国是否为贩运人口的原籍国、过境国和（或）目的地国？请选择所有适用项。"
        "贵国是否为贩运人口的原籍国、过境国和（或）目的地国？请选择所有适用项。");
    const wxString zhWrapped = wrapToWidth(label, zh, width);
    const wxArrayString zhLines = linesOf(zhWrapped);
    CHECK(zhLines.size() >= 3);
    wxString joined;
    for (const wxString& line : zhLines) {
        CHECK(label->GetTextExtent(line).x <= width);
        CHECK_FALSE(line.StartsWith(wxString::FromUTF8("，")));
        CHECK_FALSE(line.StartsWith(wxString::FromUTF8("。")));
        CHECK_FALSE(line.StartsWith(wxString::FromUTF8("？")));
        joined += line;
    }
    CHECK(joined == zh);  // nothing lost or added but the breaks

    const wxString en =
        "Is your State a country of origin, transit and/or destination of trafficking in "
        "persons? Please select all that apply.";
    const wxArrayString enLines = linesOf(wrapToWidth(label, en, width));
    CHECK(enLines.size() >= 3);
    wxString words;
    for (const wxString& line : enLines) {
        CHECK(label->GetTextExtent(line).x <= width);
        CHECK_FALSE(line.StartsWith(" "));
        CHECK_FALSE(line.EndsWith(" "));
        words += (words.empty() ? "" : " ") + line;
    }
    CHECK(words == en);  // broken at spaces only

    const wxString ar = wxString::FromUTF8(
        "هل دولتكم بلد منشأ و/أو عبور و/أو مقصد للاتجار بالأشخاص؟ يُرجى اختيار كل ما ينطبق.");
    wxString arWords;
    for (const wxString& line : linesOf(wrapToWidth(label, ar, width))) {
        CHECK_FALSE(line.StartsWith(" "));
        arWords += (arWords.empty() ? "" : " ") + line;
    }
    CHECK(arWords == ar);

    // Newlines already in the text stay; a short text is unchanged.
    CHECK(wrapToWidth(label, "one\ntwo", width) == "one\ntwo");
    frame->Destroy();
}
