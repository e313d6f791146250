// A loaded form definition: immutable after loading. Format: docs/form-format.md.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/instrument.h"
#include "core/localized_text.h"
#include "core/provision_ref.h"

namespace revq {

enum class QuestionType {
    SingleChoice,    // "single"
    MultipleChoice,  // "multiple"
    ShortText,       // "text"
    LongText,        // "textarea"
    Integer,         // "integer"
    Decimal,         // "decimal"
    Date,            // "date"
    Table,           // "table"
    Legislation,     // "legislation"
    TaNeeds,         // "ta-needs"
    Note,            // "note" (display only)
};

std::string_view toString(QuestionType type);
std::optional<QuestionType> parseQuestionType(std::string_view text);
bool isNumeric(QuestionType type);

enum class CellType { Integer, Decimal, Text };

struct Choice {
    std::string value;
    LocalizedText label;
    bool other = false;
};

struct ChoiceList {
    std::string id;
    std::vector<Choice> choices;
    const Choice* find(std::string_view value) const;
    SourcePos pos;
};

struct TableAxisItem {
    std::string id;
    LocalizedText label;
};

struct TableSpec {
    std::vector<TableAxisItem> rows;
    std::vector<TableAxisItem> columns;
    CellType cellType = CellType::Integer;
    bool rowTotals = false;     // a total per row (sum across columns)
    bool columnTotals = false;  // a total per column (sum down rows)
};

// An expression attribute: its source text and where it was written.
struct Expression {
    std::string text;
    SourcePos pos;
    bool empty() const { return text.empty(); }
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::ShortText;
    LocalizedText label;
    LocalizedText help;
    LocalizedText constraintMessage;
    LocalizedText unit;
    std::vector<ProvisionRef> refs;  // own refs; effectiveRefs() adds the section's
    std::string choiceListId;
    const ChoiceList* choices = nullptr;  // resolved by the loader
    std::optional<double> min, max;
    TableSpec table;
    bool requiredAlways = false;  // required="true"
    Expression required;          // required="XPATH" (empty when true/false)
    Expression relevant;
    Expression constraint;
    std::string replaces;  // id in an earlier form version
    size_t section = 0;    // index into Form::sections
    SourcePos pos;
};

struct Section {
    std::string id;
    LocalizedText title;
    LocalizedText intro;
    std::string article;  // article reviewed, "" for the general part
    std::vector<ProvisionRef> refs;
    Expression relevant;
    size_t cluster = 0;             // index into Form::clusters
    std::vector<size_t> questions;  // indexes into Form::questions
    SourcePos pos;
};

struct Cluster {
    std::string id;
    std::string number;
    LocalizedText title;
    bool confirmed = false;  // assignment="confirmed"; false: a reading
    std::vector<size_t> sections;
    SourcePos pos;
};

class CompiledExpressions;  // form_expressions.h

struct Form {
    std::string id;
    std::string version;
    std::string path;  // file it was loaded from
    LocalizedText title;
    LocalizedText intro;
    std::vector<std::string> languages;  // promised languages
    std::string instrumentRef, instrumentVersion, instrumentHref;
    std::shared_ptr<const Instrument> instrument;
    std::vector<ChoiceList> choiceLists;  // stable addresses after load
    std::vector<Cluster> clusters;
    std::vector<Section> sections;
    std::vector<Question> questions;  // document order
    std::shared_ptr<const CompiledExpressions> expressions;

    const Question* question(std::string_view id) const;
    long questionIndex(std::string_view id) const;  // -1 when unknown
    const Section* section(std::string_view id) const;
    const ChoiceList* choiceList(std::string_view id) const;
    // Own refs plus the section's refs/article when the question has none of its own.
    std::vector<ProvisionRef> effectiveRefs(const Question& q) const;
    // The question whose `replaces` names `oldId`, if any.
    const Question* replacing(std::string_view oldId) const;

    std::map<std::string, size_t, std::less<>> questionIndexById;  // filled by the loader
    std::map<std::string, size_t, std::less<>> sectionIndexById;
};

}  // namespace revq
