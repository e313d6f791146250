#include "gui/question_controls.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "gui/language.h"

namespace revq::gui {

AnswerEditor::AnswerEditor(wxWindow* parent, const Question& question, EditorContext& context)
    : wxPanel(parent, wxID_ANY), question_(question), context_(context) {
    SetName(fromUtf8("editor." + question.id));
}

void AnswerEditor::commit(Answer answer, long mergeKey) {
    if (loading_ || context_.readOnly || !context_.commit)
        return;
    answer.questionId = question_.id;
    context_.commit(question_.id, std::move(answer), mergeKey);
}

void AnswerEditor::problem(const wxString& text) {
    if (context_.inputProblem)
        context_.inputProblem(question_.id, text);
}

long AnswerEditor::newTypingSession() {
    static long session = 0;
    return ++session;
}

wxString AnswerEditor::text(const LocalizedText& t) const {
    return formText(t, context_.formLanguage).text;
}

AnswerEditor* createAnswerEditor(wxWindow* parent, const Question& q, EditorContext& ctx) {
    switch (q.type) {
        case QuestionType::SingleChoice:
            return createSingleChoiceEditor(parent, q, ctx);
        case QuestionType::MultipleChoice:
            return createMultipleChoiceEditor(parent, q, ctx);
        case QuestionType::TaNeeds:
            return createTaNeedsEditor(parent, q, ctx);
        case QuestionType::ShortText:
        case QuestionType::LongText:
            return createTextEditor(parent, q, ctx);
        case QuestionType::Integer:
        case QuestionType::Decimal:
            return createNumberEditor(parent, q, ctx);
        case QuestionType::Date:
            return createDateEditor(parent, q, ctx);
        case QuestionType::Table:
            return createTableEditor(parent, q, ctx);
        case QuestionType::Legislation:
            return createLegislationEditor(parent, q, ctx);
        case QuestionType::Note:
            return nullptr;
    }
    return nullptr;
}

bool canonicalNumber(const wxString& typed, bool integer, std::string* canonical) {
    std::string s = toUtf8(typed.Strip(wxString::both));
    if (s.empty())
        return false;
    for (char& c : s)
        if (c == ',')
            c = '.';
    size_t i = 0;
    std::string out;
    if (s[i] == '-' || s[i] == '+') {
        if (s[i] == '-')
            out += '-';
        ++i;
    }
    std::string intPart, fracPart;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        intPart += s[i++];
    if (i < s.size() && s[i] == '.') {
        if (integer)
            return false;
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            fracPart += s[i++];
    }
    if (i != s.size() || (intPart.empty() && fracPart.empty()))
        return false;
    size_t nz = intPart.find_first_not_of('0');
    intPart = nz == std::string::npos ? "0" : intPart.substr(nz);
    while (!fracPart.empty() && fracPart.back() == '0')
        fracPart.pop_back();
    if (intPart == "0" && fracPart.empty() && out == "-")
        out.clear();  // "-0" is 0
    out += intPart;
    if (!fracPart.empty())
        out += "." + fracPart;
    *canonical = out;
    return true;
}

}  // namespace revq::gui
