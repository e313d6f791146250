#include "export/response_workbook.h"

#include <algorithm>
#include <map>

#include "core/clock.h"
#include "core/form_evaluator.h"
#include "export/answer_text.h"
#include "export/gap_sheet.h"

namespace revq {

const std::vector<std::string>& responseSheetKinds() {
    static const std::vector<std::string> kinds = {"cover", "answers", "gap-analysis"};
    return kinds;
}

namespace {

struct Words {
    const ExportLayout& layout;
    std::string lang;
    std::map<std::string, std::string, std::less<>> fallbacks;
    const std::string& s(std::string_view id, std::string_view english) {
        auto it = fallbacks.find(id);
        if (it == fallbacks.end())
            it = fallbacks.emplace(std::string(id), english).first;
        return layout.text(id, lang, it->second);
    }
};

struct Field {
    const char* id;
    const char* english;
    double width;
};

constexpr Field kAnswerFields[] = {
    {"question-id", "Question id", 14}, {"reference", "Reference", 14},
    {"question", "Question", 50},       {"answer", "Answer", 70},
    {"changed", "Changed", 20},         {"by", "By", 24},
    {"agency", "Agency", 24},           {"provenance", "Provenance", 30},
};

const Field* answerField(std::string_view id) {
    for (const auto& f : kAnswerFields)
        if (id == f.id)
            return &f;
    return nullptr;
}

void writeCover(XlsxBook& book, Words& w, const LayoutSheet& sheet, const ResponseExportInput& in,
                bool rtl) {
    XlsxSheet sh = book.addSheet(
        sheet.name.empty() ? w.s("sheet-cover", "Response") : sheet.name.get(in.lang), rtl);
    if (!sh.ws)
        return;
    const auto& fmt = book.formats();
    const Response& r = *in.response;
    worksheet_set_column(sh.ws, 0, 0, 28, nullptr);
    worksheet_set_column(sh.ws, 1, 1, 80, nullptr);
    book.text(sh, 0, 0, in.form->title.get(in.lang), fmt.title);
    const std::string status = r.status == ResponseStatus::Submitted
                                   ? w.s("status-submitted", "submitted")
                                   : w.s("status-draft", "draft");
    const std::vector<std::pair<std::string, std::string>> rows = {
        {w.s("state-name", "State"), in.stateName.empty() ? r.stateCode : in.stateName},
        {w.s("iso", "ISO code"), r.stateCode},
        {w.s("form", "Form"), in.form->id + " " + in.form->version},
        {w.s("status", "Status"), status},
        {w.s("submitted", "Submitted"), r.submitted},
        {w.s("integrity", "Integrity"), in.integrity},
        {w.s("respondent", "Respondent"), r.respondentName},
        {w.s("office", "Office"), r.respondentOffice},
        {w.s("email", "E-mail"), r.respondentEmail},
        {w.s("file", "File"), in.fileName},
        {w.s("generated", "Generated"), in.generatedAt.empty() ? nowUtcIso() : in.generatedAt},
    };
    lxw_row_t row = 2;
    for (const auto& [k, v] : rows) {
        book.text(sh, row, 0, k, fmt.header);
        book.text(sh, row, 1, v, fmt.wrap, r.stateCode);
        ++row;
    }
}

void writeAnswers(XlsxBook& book, Words& w, const LayoutSheet& sheet, const ResponseExportInput& in,
                  bool rtl) {
    const Form& form = *in.form;
    const Response& r = *in.response;
    XlsxSheet sh = book.addSheet(
        sheet.name.empty() ? w.s("sheet-answers", "Answers") : sheet.name.get(in.lang), rtl);
    if (!sh.ws)
        return;
    const auto& fmt = book.formats();
    std::vector<const Field*> fields;
    std::vector<std::string> heads;
    if (sheet.columns.empty())
        for (const auto& f : kAnswerFields) {
            fields.push_back(&f);
            heads.push_back(w.s(f.id, f.english));
        }
    for (const auto& c : sheet.columns) {
        const Field* f = answerField(c.field);
        if (!f) {
            book.fail(w.layout.path + ":" + std::to_string(c.pos.line) + ":" +
                      std::to_string(c.pos.column) + ": unknown answers field '" + c.field +
                      "' (use question-id, reference, question, answer, changed, by, agency or "
                      "provenance)");
            return;
        }
        fields.push_back(f);
        heads.push_back(c.label.empty() ? w.s(f->id, f->english) : c.label.get(in.lang));
        if (c.width > 0)
            worksheet_set_column(sh.ws, fields.size() - 1, fields.size() - 1, c.width, nullptr);
    }
    for (size_t i = 0; i < fields.size(); ++i) {
        book.text(sh, 0, static_cast<lxw_col_t>(i), heads[i], fmt.header);
        bool custom = false;
        for (const auto& c : sheet.columns)
            custom = custom || (c.field == fields[i]->id && c.width > 0);
        if (!custom)
            worksheet_set_column(sh.ws, i, i, fields[i]->width,
                                 std::string_view(fields[i]->id) == "answer" ||
                                         std::string_view(fields[i]->id) == "question"
                                     ? fmt.wrap
                                     : nullptr);
    }
    worksheet_freeze_panes(sh.ws, 1, 0);

    std::map<std::string, const Contributor*, std::less<>> contributors;
    for (const auto& c : r.contributors)
        contributors[c.id] = &c;
    const std::vector<QuestionState> states = evaluateForm(form, r.answers);
    const std::string& carried = w.s("carried-over", "carried over, not yet confirmed");
    const std::string& imported = w.s("imported", "imported, not yet confirmed");
    const std::string& from = w.s("from", "from");

    // Grouped by article, in the order the form first reviews each article.
    std::vector<std::string> articles;
    for (const Section& s : form.sections)
        if (std::find(articles.begin(), articles.end(), s.article) == articles.end())
            articles.push_back(s.article);
    lxw_row_t row = 1;
    std::string text;
    for (const std::string& art : articles) {
        std::string title = art.empty() ? w.s("general-part", "General") : "Art. " + art;
        if (!art.empty() && form.instrument)
            if (const Provision* p = form.instrument->find(art); p && !p->title.empty())
                title += " \xE2\x80\x94 " + p->title.get(in.lang);
        book.text(sh, row, 0, title, fmt.title);
        ++row;
        for (const Section& s : form.sections) {
            if (s.article != art)
                continue;
            for (size_t qi : s.questions) {
                const Question& q = form.questions[qi];
                if (q.type == QuestionType::Note || !states[qi].relevant)
                    continue;
                const Answer* a = r.answer(q.id);
                for (size_t fi = 0; fi < fields.size(); ++fi) {
                    const std::string_view id = fields[fi]->id;
                    const lxw_col_t col = static_cast<lxw_col_t>(fi);
                    if (id == "question-id")
                        book.text(sh, row, col, q.id);
                    else if (id == "reference")
                        book.text(sh, row, col, referencesText(form, q));
                    else if (id == "question")
                        book.text(sh, row, col, q.label.get(in.lang), fmt.wrap);
                    if (!a)
                        continue;
                    if (id == "answer") {
                        text = answerText(q, *a, in.lang);
                        book.text(sh, row, col, text, fmt.wrap, r.stateCode, q.id);
                    } else if (id == "changed") {
                        book.text(sh, row, col, a->provenance.changed);
                    } else if (id == "by" || id == "agency") {
                        auto it = contributors.find(a->provenance.by);
                        if (it == contributors.end())
                            book.text(sh, row, col, id == "by" ? a->provenance.by : std::string());
                        else
                            book.text(sh, row, col,
                                      id == "by" ? it->second->name : it->second->agency, nullptr,
                                      r.stateCode, q.id);
                    } else if (id == "provenance") {
                        text.clear();
                        if (a->provenance.carriedOver)
                            text = carried;
                        else if (a->provenance.imported)
                            text = imported;
                        if (!a->provenance.origin.empty())
                            text += (text.empty() ? "" : ", ") + from + " " + a->provenance.origin;
                        book.text(sh, row, col, text, fmt.wrap, r.stateCode, q.id);
                    }
                }
                ++row;
            }
        }
    }
}

}  // namespace

ExportReport writeResponseWorkbook(const ExportLayout& layout, const ResponseExportInput& input,
                                   const std::string& outPath) {
    ExportReport report;
    if (!input.form || !input.response) {
        report.error = "internal error: the response export input is incomplete";
        return report;
    }
    XlsxBook book(outPath);
    Words w{layout, input.lang, {}};
    const bool rtl = isRightToLeft(input.lang);
    const std::string title =
        (layout.title.empty() ? std::string("Response") : layout.title.get(input.lang)) +
        " \xE2\x80\x94 " + (input.stateName.empty() ? input.response->stateCode : input.stateName);
    const std::string subject = input.form->id + " " + input.form->version;
    lxw_doc_properties props{};
    props.title = const_cast<char*>(title.c_str());
    props.subject = const_cast<char*>(subject.c_str());
    props.author = const_cast<char*>("revq");
    if (book.workbook())
        book.check(workbook_set_properties(book.workbook(), &props), "the document properties");
    for (const LayoutSheet& sheet : layout.sheets) {
        if (!book.ok())
            break;
        if (sheet.kind == "cover")
            writeCover(book, w, sheet, input, rtl);
        else if (sheet.kind == "answers")
            writeAnswers(book, w, sheet, input, rtl);
        else if (sheet.kind == "gap-analysis")
            writeResponseGapSheet(book, layout, sheet, input);
        else
            book.fail(layout.path + ": unknown sheet kind '" + sheet.kind + "'");
    }
    report.notes = book.notes();
    report.sheets = book.sheetNames();
    const WriteResult written = book.finish();
    report.ok = written.ok;
    report.error = written.error;
    return report;
}

}  // namespace revq
