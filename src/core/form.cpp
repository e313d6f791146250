#include "core/form.h"

#include <array>
#include <utility>

namespace revq {

namespace {
constexpr std::array<std::pair<QuestionType, std::string_view>, 11> kTypeNames = {{
    {QuestionType::SingleChoice, "single"},
    {QuestionType::MultipleChoice, "multiple"},
    {QuestionType::ShortText, "text"},
    {QuestionType::LongText, "textarea"},
    {QuestionType::Integer, "integer"},
    {QuestionType::Decimal, "decimal"},
    {QuestionType::Date, "date"},
    {QuestionType::Table, "table"},
    {QuestionType::Legislation, "legislation"},
    {QuestionType::TaNeeds, "ta-needs"},
    {QuestionType::Note, "note"},
}};
}  // namespace

std::string_view toString(QuestionType type) {
    for (const auto& [t, name] : kTypeNames)
        if (t == type)
            return name;
    return "";
}

std::optional<QuestionType> parseQuestionType(std::string_view text) {
    for (const auto& [t, name] : kTypeNames)
        if (name == text)
            return t;
    return std::nullopt;
}

bool isNumeric(QuestionType type) {
    return type == QuestionType::Integer || type == QuestionType::Decimal;
}

const Choice* ChoiceList::find(std::string_view value) const {
    for (const auto& c : choices)
        if (c.value == value)
            return &c;
    return nullptr;
}

const Question* Form::question(std::string_view id) const {
    long i = questionIndex(id);
    return i < 0 ? nullptr : &questions[static_cast<size_t>(i)];
}

long Form::questionIndex(std::string_view id) const {
    auto it = questionIndexById.find(id);
    return it == questionIndexById.end() ? -1 : static_cast<long>(it->second);
}

const Section* Form::section(std::string_view id) const {
    auto it = sectionIndexById.find(id);
    return it == sectionIndexById.end() ? nullptr : &sections[it->second];
}

const ChoiceList* Form::choiceList(std::string_view id) const {
    for (const auto& l : choiceLists)
        if (l.id == id)
            return &l;
    return nullptr;
}

std::vector<ProvisionRef> Form::effectiveRefs(const Question& q) const {
    if (!q.refs.empty())
        return q.refs;
    if (q.section >= sections.size())
        return {};
    const Section& s = sections[q.section];
    if (!s.refs.empty())
        return s.refs;
    if (!s.article.empty())
        return {ProvisionRef{s.article, "", ""}};
    return {};
}

const Question* Form::replacing(std::string_view oldId) const {
    for (const auto& q : questions)
        if (q.replaces == oldId)
            return &q;
    return nullptr;
}

}  // namespace revq
