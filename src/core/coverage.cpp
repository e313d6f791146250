#include "core/coverage.h"

#include <cstdio>
#include <functional>

#include "core/diagnostic.h"

namespace revq {

namespace {

// Calls `f` for every text a person reads in the form (those written in at least one language).
void forEachFormText(const Form& form, const std::function<void(const LocalizedText&)>& f) {
    auto visit = [&](const LocalizedText& t) {
        if (!t.empty())
            f(t);
    };
    visit(form.title);
    visit(form.intro);
    for (const auto& l : form.choiceLists)
        for (const auto& c : l.choices)
            visit(c.label);
    for (const auto& c : form.clusters)
        visit(c.title);
    for (const auto& s : form.sections) {
        visit(s.title);
        visit(s.intro);
    }
    for (const auto& q : form.questions) {
        visit(q.label);
        visit(q.help);
        visit(q.constraintMessage);
        visit(q.unit);
        for (const auto& r : q.table.rows)
            visit(r.label);
        for (const auto& c : q.table.columns)
            visit(c.label);
    }
}

void forEachInstrumentText(const Instrument& ins,
                           const std::function<void(const LocalizedText&)>& f) {
    auto visit = [&](const LocalizedText& t) {
        if (!t.empty())
            f(t);
    };
    visit(ins.title);
    visit(ins.shortTitle);
    for (const auto& t : ins.themes)
        visit(t.label);
    for (const auto& p : ins.parts)
        visit(p.title);
    for (const auto& p : ins.provisions) {
        visit(p.title);
        visit(p.summary);
        for (const auto& x : p.xrefs)
            visit(x.note);
    }
}

std::string percent(size_t present, size_t total) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", total ? 100.0 * present / total : 100.0);
    return buf;
}

}  // namespace

FormCoverage computeCoverage(const Form& form) {
    FormCoverage out;
    for (auto lang : kUnLanguages) {
        LanguageCoverage c;
        c.language = std::string(lang);
        forEachFormText(form, [&](const LocalizedText& t) {
            ++c.formTotal;
            c.formPresent += t.has(lang);
        });
        if (form.instrument)
            forEachInstrumentText(*form.instrument, [&](const LocalizedText& t) {
                ++c.instrumentTotal;
                c.instrumentPresent += t.has(lang);
            });
        out.languages.push_back(std::move(c));
    }
    if (!form.instrument)
        return out;
    std::vector<std::vector<ProvisionRef>> refs;
    for (const auto& q : form.questions)
        refs.push_back(q.type == QuestionType::Note ? std::vector<ProvisionRef>{}
                                                    : form.effectiveRefs(q));
    for (const auto& p : form.instrument->provisions) {
        ProvisionCoverage c;
        c.key = p.ref.key();
        c.kind = p.kind;
        c.level = p.level;
        c.reviewed = p.reviewed;
        for (size_t i = 0; i < form.questions.size(); ++i)
            for (const auto& r : refs[i])
                if (p.ref.contains(r)) {
                    c.questionIds.push_back(form.questions[i].id);
                    break;
                }
        out.provisions.push_back(std::move(c));
    }
    return out;
}

std::string coverageMarkdown(const FormCoverage& cov) {
    std::string out = "| language | form texts | share | instrument texts | share |\n";
    out += "|---|---:|---:|---:|---:|\n";
    for (const auto& l : cov.languages)
        out += "| " + l.language + " | " + std::to_string(l.formPresent) + "/" +
               std::to_string(l.formTotal) + " | " + percent(l.formPresent, l.formTotal) + " | " +
               std::to_string(l.instrumentPresent) + "/" + std::to_string(l.instrumentTotal) +
               " | " + percent(l.instrumentPresent, l.instrumentTotal) + " |\n";
    if (cov.provisions.empty())
        return out;
    out += "\n| provision | level | questions |\n|---|---|---:|\n";
    for (const auto& p : cov.provisions) {
        std::string indent = p.kind == Provision::Kind::Article     ? ""
                             : p.kind == Provision::Kind::Paragraph ? "&nbsp;&nbsp;"
                                                                    : "&nbsp;&nbsp;&nbsp;&nbsp;";
        std::string name = p.kind == Provision::Kind::Article ? "**Art. " + p.key + "**"
                                                              : indent + "Art. " + p.key;
        std::string level(toString(p.level));
        if (!p.reviewed)
            level += " (not reviewed)";
        out += "| " + name + " | " + level + " | " + std::to_string(p.questionIds.size()) + " |\n";
    }
    return out;
}

std::string coverageJson(const FormCoverage& cov) {
    std::string out = "{\"languages\": [";
    for (size_t i = 0; i < cov.languages.size(); ++i) {
        const auto& l = cov.languages[i];
        out += std::string(i ? ", " : "") + "{\"language\": " + jsonQuote(l.language) +
               ", \"form_present\": " + std::to_string(l.formPresent) +
               ", \"form_total\": " + std::to_string(l.formTotal) +
               ", \"instrument_present\": " + std::to_string(l.instrumentPresent) +
               ", \"instrument_total\": " + std::to_string(l.instrumentTotal) + "}";
    }
    out += "], \"provisions\": [";
    for (size_t i = 0; i < cov.provisions.size(); ++i) {
        const auto& p = cov.provisions[i];
        out += std::string(i ? ", " : "") + "{\"provision\": " + jsonQuote(p.key) +
               ", \"level\": " + jsonQuote(std::string(toString(p.level))) + ", \"questions\": [";
        for (size_t k = 0; k < p.questionIds.size(); ++k)
            out += std::string(k ? ", " : "") + jsonQuote(p.questionIds[k]);
        out += "]}";
    }
    return out + "]}";
}

}  // namespace revq
