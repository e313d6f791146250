// revq-cli provisions: every provision of a form's instrument with its obligation level,
// themes and reviewing questions; obligation-creating provisions no question reviews are gaps.
// JSON shape: docs/provisions-json.md.
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "core/form_loader.h"
#include "core/localized_text.h"
#include "core/provisions.h"

namespace revq::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    "Usage: revq-cli provisions FORM [--level LEVEL] [--theme THEME] [--lang LANG] [--json]\n"
    "                           [--strict]\n"
    "\n"
    "Lists every provision (article, paragraph, subparagraph) of the instrument FORM reviews,\n"
    "with its obligation level, themes and the ids of the questions that review it. An\n"
    "obligation-creating provision of a reviewed article that no question reviews (itself or\n"
    "through a paragraph inside it) is listed as a gap. Cross-references are checked against\n"
    "the other instrument definitions in the instrument's folder.\n"
    "\n"
    "Options:\n"
    "  --level LEVEL  only provisions of this level: mandatory, mandatory-qualified, consider,\n"
    "                 endeavour, recommendation, none (articles with paragraphs are matched\n"
    "                 through their paragraphs)\n"
    "  --theme THEME  only provisions with this theme id (the instrument's <themes>)\n"
    "  --lang LANG    language of titles and summaries: ar en es fr ru zh (default en)\n"
    "  --json         machine-readable output (docs/provisions-json.md)\n"
    "  --strict       exit 1 when there is a gap\n"
    "\n"
    "Exit status: 0 listed, 1 the form or instrument has errors (or a gap with --strict),\n"
    "2 wrong usage.\n";

std::string kindName(Provision::Kind k) {
    switch (k) {
        case Provision::Kind::Article:
            return "article";
        case Provision::Kind::Paragraph:
            return "paragraph";
        case Provision::Kind::Subparagraph:
            return "subparagraph";
    }
    return "article";
}

std::string jsonList(const std::vector<std::string>& items) {
    std::string s = "[";
    for (size_t i = 0; i < items.size(); ++i)
        s += (i ? ", " : "") + jsonQuote(items[i]);
    return s + "]";
}

// The other instruments next to this one, for checking cross-references.
std::vector<std::shared_ptr<const Instrument>> siblingInstruments(const Instrument& ins) {
    std::vector<std::shared_ptr<const Instrument>> out;
    if (ins.path.empty())
        return out;
    std::error_code ec;
    fs::path self = fs::weakly_canonical(ins.path, ec);
    fs::path dir = fs::path(ins.path).parent_path();
    if (dir.empty())
        dir = ".";
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file(ec) || entry.path().extension() != ".xml")
            continue;
        if (fs::weakly_canonical(entry.path(), ec) == self)
            continue;
        InstrumentLoadResult r = loadInstrumentFile(entry.path().string());
        if (r.instrument)
            out.push_back(r.instrument);
    }
    return out;
}

void printJson(const Form& form, const ProvisionList& list, const ProvisionFilter& filter,
               const std::string& lang, size_t gapCount) {
    const Instrument& ins = *form.instrument;
    std::ostream& o = std::cout;
    o << "{\n  \"form\": {\"id\": " << jsonQuote(form.id)
      << ", \"version\": " << jsonQuote(form.version) << ", \"path\": " << jsonQuote(form.path)
      << "},\n";
    o << "  \"instrument\": {\"id\": " << jsonQuote(ins.id)
      << ", \"version\": " << jsonQuote(ins.version) << ", \"path\": " << jsonQuote(ins.path)
      << ", \"citation\": " << jsonQuote(ins.citation) << ", \"link\": " << jsonQuote(ins.link)
      << "},\n";
    o << "  \"filter\": {\"level\": " << (filter.level.empty() ? "null" : jsonQuote(filter.level))
      << ", \"theme\": " << (filter.theme.empty() ? "null" : jsonQuote(filter.theme))
      << "},\n  \"language\": " << jsonQuote(lang) << ",\n  \"provisions\": [";
    bool first = true;
    for (const auto& e : list.entries) {
        const Provision& p = *e.provision;
        o << (first ? "\n" : ",\n");
        first = false;
        std::string parent =
            p.parent >= 0 ? jsonQuote(ins.provisions[static_cast<size_t>(p.parent)].ref.key())
                          : "null";
        o << "    {\"ref\": " << jsonQuote(p.ref.key()) << ", \"kind\": \"" << kindName(p.kind)
          << "\", \"article\": " << jsonQuote(p.ref.article) << ", \"parent\": " << parent
          << ", \"part\": " << jsonQuote(p.part) << ", \"level\": \"" << toString(p.level)
          << "\", \"qualifier\": " << jsonQuote(p.qualifier)
          << ", \"themes\": " << jsonList(p.themes)
          << ", \"reviewed\": " << (e.reviewed ? "true" : "false")
          << ", \"container\": " << (e.container ? "true" : "false")
          << ", \"questions\": " << jsonList(e.questions)
          << ", \"covered\": " << (e.covered ? "true" : "false")
          << ", \"gap\": " << (e.gap ? "true" : "false");
        if (p.kind == Provision::Kind::Article)
            o << ", \"title\": " << jsonQuote(p.title.get(lang));
        o << ", \"summary\": " << jsonQuote(p.summary.get(lang)) << ", \"xrefs\": [";
        for (size_t i = 0; i < p.xrefs.size(); ++i)
            o << (i ? ", " : "") << "{\"instrument\": " << jsonQuote(p.xrefs[i].instrument)
              << ", \"provision\": " << jsonQuote(p.xrefs[i].provision) << ", \"status\": \""
              << (p.xrefs[i].confirmed ? "confirmed" : "reading") << "\"}";
        o << "]}";
    }
    std::vector<std::string> gaps;
    for (const auto* g : list.gaps())
        gaps.push_back(g->provision->ref.key());
    o << "\n  ],\n  \"gaps\": " << jsonList(gaps)
      << ",\n  \"counts\": {\"provisions\": " << list.entries.size() << ", \"gaps\": " << gapCount
      << "}\n}\n";
}

void printText(const ProvisionList& list, const std::string& lang) {
    for (const auto& e : list.entries) {
        const Provision& p = *e.provision;
        std::string ref = p.ref.display();
        ref.resize(std::max<size_t>(ref.size(), 16), ' ');
        std::string level(toString(p.level));
        level.resize(std::max<size_t>(level.size(), 20), ' ');
        std::cout << ref << level;
        if (!e.reviewed)
            std::cout << "(not reviewed) ";
        if (e.gap)
            std::cout << "GAP: no question reviews it ";
        std::string themes;
        for (const auto& t : p.themes)
            themes += (themes.empty() ? "" : " ") + t;
        if (!themes.empty())
            std::cout << "[" << themes << "] ";
        for (size_t i = 0; i < e.questions.size(); ++i)
            std::cout << (i ? " " : "") << e.questions[i];
        if (p.kind == Provision::Kind::Article)
            std::cout << "  — " << p.title.get(lang);
        std::cout << "\n";
    }
}

int runProvisions(const std::vector<std::string>& args) {
    std::string formPath, lang = "en";
    ProvisionFilter filter;
    bool json = false, strict = false;
    std::vector<std::string> operands;
    OptionParser parser("provisions");
    parser.value({"--level"}, filter.level)
        .value({"--theme"}, filter.theme)
        .value({"--lang"}, lang)
        .flag({"--json"}, json)
        .flag({"--strict"}, strict)
        .operands(operands, 1, " (one FORM only)")
        .dashIsOption();
    if (!parser.parse(args))
        return kExitUsage;
    if (!operands.empty())
        formPath = operands[0];
    if (formPath.empty())
        return parser.usageError("FORM is required");
    if (!isUnLanguage(lang))
        return parser.usageError("--lang '" + lang + "' is not one of ar en es fr ru zh");

    FormLoadResult loaded = loadFormFile(formPath);
    if (!loaded.form || !loaded.form->instrument) {
        for (const auto& d : loaded.diagnostics.items)
            if (d.severity == Severity::Error)
                std::cerr << d.format() << "\n";
        std::cerr << "revq-cli provisions: " << formPath
                  << " has errors (above); correct them (revq-cli lint " << formPath
                  << " lists them all).\n";
        return kExitProblems;
    }
    const Form& form = *loaded.form;
    if (std::string problem = checkFilter(*form.instrument, filter); !problem.empty())
        return parser.usageError(problem);

    Diagnostics xrefs =
        checkCrossReferences(*form.instrument, siblingInstruments(*form.instrument));
    for (const auto& d : xrefs.items)
        std::cerr << d.format() << "\n";

    ProvisionList all = listProvisions(form);
    ProvisionList shown = filterProvisions(all, filter);
    size_t gapCount = shown.gaps().size();
    if (json) {
        printJson(form, shown, filter, lang, gapCount);
    } else {
        printText(shown, lang);
        std::cout << shown.entries.size() << " provisions, " << gapCount
                  << (gapCount == 1 ? " gap" : " gaps") << " (instrument " << form.instrument->id
                  << " version " << form.instrument->version << ").\n";
    }
    if (xrefs.hasErrors())
        return kExitProblems;
    if (strict && gapCount > 0) {
        std::cerr << "revq-cli provisions: " << gapCount
                  << " obligation-creating provisions have no reviewing question; add a question "
                     "with refs=\"...\" naming each, or drop --strict.\n";
        return kExitProblems;
    }
    return kExitOk;
}

[[maybe_unused]] const bool registered = registerCommand(
    {"provisions", "list the provisions a form reviews, with levels, themes and gaps", kUsage,
     runProvisions});

}  // namespace

}  // namespace revq::cli
