#include "core/sample.h"

#include <array>
#include <cstdio>
#include <string_view>

#include "core/form_evaluator.h"
#include "core/response_integrity.h"

namespace revq {

std::uint64_t SampleRandom::next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

namespace {

// Sentences a national focal point might write, in the six languages (written for revq).
constexpr std::array<std::string_view, 4> kEnglish = {
    "The Criminal Code was amended to cover every form of exploitation listed in the Protocol, "
    "including forced labour, servitude and the removal of organs.",
    "A national referral mechanism links the police, labour inspectors, prosecutors and "
    "non-governmental shelters; victims are referred within 24 hours of identification.",
    "Specialised prosecutors received training in 2023 and 2024, and guidelines on "
    "victim-centred interviewing were adopted by the Prosecutor General.",
    "Data are collected by the Ministry of the Interior and published each year; the figures "
    "for 2024 are provisional.",
};
constexpr std::array<std::string_view, 3> kFrench = {
    "Le Code pénal a été modifié afin d'incriminer toutes les formes d'exploitation visées par "
    "le Protocole, y compris le travail forcé et le prélèvement d'organes.",
    "Un mécanisme national d'orientation relie la police, l'inspection du travail, le parquet "
    "et les foyers gérés par des associations.",
    "Des magistrats spécialisés ont été formés en 2023 et 2024 ; une circulaire précise la "
    "conduite des auditions des victimes.",
};
constexpr std::array<std::string_view, 3> kSpanish = {
    "El Código Penal fue reformado para tipificar todas las formas de explotación previstas en "
    "el Protocolo, incluidos el trabajo forzoso y la extracción de órganos.",
    "Un mecanismo nacional de derivación coordina a la policía, la inspección de trabajo, la "
    "fiscalía y los albergues de la sociedad civil.",
    "Las fiscalías especializadas recibieron capacitación en 2023 y 2024 sobre entrevistas "
    "centradas en la víctima.",
};
constexpr std::array<std::string_view, 3> kRussian = {
    "В Уголовный кодекс внесены изменения, охватывающие все формы эксплуатации, указанные в "
    "Протоколе, включая принудительный труд и изъятие органов.",
    "Национальный механизм перенаправления объединяет полицию, трудовую инспекцию, прокуратуру "
    "и приюты неправительственных организаций.",
    "В 2023 и 2024 годах специализированные прокуроры прошли обучение по работе с жертвами.",
};
constexpr std::array<std::string_view, 3> kArabic = {
    "عُدِّل قانون العقوبات ليشمل جميع أشكال الاستغلال الواردة في البروتوكول، بما في ذلك العمل "
    "القسري ونزع الأعضاء.",
    "تربط آلية الإحالة الوطنية بين الشرطة ومفتشي العمل والنيابة العامة ودور الإيواء التي تديرها "
    "المنظمات غير الحكومية.",
    "تلقى أعضاء النيابة المتخصصون تدريبا في عامي 2023 و2024 على إجراء المقابلات مع الضحايا.",
};
constexpr std::array<std::string_view, 3> kChinese = {
    "《刑法》已作修订，将《议定书》所列的各种剥削形式，包括强迫劳动和摘除器官，均定为犯罪。",
    "国家转介机制将警察、劳动监察、检察机关和非政府组织管理的庇护所联系起来。",
    "2023年和2024年，专门检察官接受了以受害人为中心的询问培训。",
};

std::string_view sentence(std::string_view lang, SampleRandom& rng) {
    auto pick = [&](const auto& list) { return list[rng.below(list.size())]; };
    if (lang == "fr")
        return pick(kFrench);
    if (lang == "es")
        return pick(kSpanish);
    if (lang == "ru")
        return pick(kRussian);
    if (lang == "ar")
        return pick(kArabic);
    if (lang == "zh")
        return pick(kChinese);
    return pick(kEnglish);
}

// Mostly short; one in six long (several paragraphs), as real responses are.
std::string longText(std::string_view lang, SampleRandom& rng) {
    const int sentences =
        rng.chance(16) ? 12 + static_cast<int>(rng.below(20)) : 1 + static_cast<int>(rng.below(3));
    std::string out;
    for (int i = 0; i < sentences; ++i) {
        if (i > 0)
            out += (i % 4 == 0) ? "\n\n" : " ";
        out += sentence(lang, rng);
    }
    return out;
}

std::string languageFor(const State& state, SampleRandom& rng) {
    static constexpr std::array<std::string_view, 12> kArabicSpeaking = {
        "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "MAR", "OMN", "QAT", "SAU", "TUN", "ARE"};
    for (auto c : kArabicSpeaking)
        if (state.code == c)
            return "ar";
    if (state.code == "CHN" || state.code == "SGP")
        return "zh";
    switch (state.regionalGroup) {
        case RegionalGroup::LatinAmericanCaribbean:
            return rng.chance(80) ? "es" : "en";
        case RegionalGroup::EasternEuropean:
            return rng.chance(50) ? "ru" : "en";
        case RegionalGroup::African:
            return rng.chance(45) ? "fr" : "en";
        case RegionalGroup::WesternEuropeanOther:
            return rng.chance(25) ? "fr" : "en";
        default:
            return "en";
    }
}

std::string twoDigits(std::uint64_t n) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02u", static_cast<unsigned>(n % 100));
    return buf;
}

std::string sampleTime(SampleRandom& rng, int month) {
    return "2026-" + twoDigits(static_cast<std::uint64_t>(month)) + "-" +
           twoDigits(1 + rng.below(28)) + "T" + twoDigits(8 + rng.below(10)) + ":" +
           twoDigits(rng.below(60)) + ":" + twoDigits(rng.below(60)) + "Z";
}

std::string numberIn(const Question& q, SampleRandom& rng) {
    double lo = q.min.value_or(0), hi = q.max.value_or(lo + 500);
    if (hi > lo + 1e6)
        hi = lo + 1e6;
    if (lo >= 1900 && hi <= 2100)
        lo = std::max(lo, 1995.0), hi = std::min(hi, 2026.0);
    const auto span = static_cast<std::uint64_t>(std::max(0.0, hi - lo)) + 1;
    const long long v = static_cast<long long>(lo) + static_cast<long long>(rng.below(span));
    if (q.type == QuestionType::Decimal && rng.chance(50) && v < hi)
        return std::to_string(v) + "." + std::to_string(rng.below(9) + 1);
    return std::to_string(v);
}

Answer makeAnswer(const Question& q, const State& state, const std::string& lang,
                  SampleRandom& rng) {
    Answer a;
    a.questionId = q.id;
    switch (q.type) {
        case QuestionType::SingleChoice:
            if (q.choices && !q.choices->choices.empty()) {
                // Earlier options ("yes") are likelier, as in real responses.
                const auto n = q.choices->choices.size();
                auto i = rng.below(n);
                if (rng.chance(40))
                    i = 0;
                a.values.push_back(q.choices->choices[i].value);
            }
            break;
        case QuestionType::MultipleChoice:
        case QuestionType::TaNeeds:
            if (q.choices) {
                const int p = q.type == QuestionType::TaNeeds ? 25 : 40;
                for (const auto& c : q.choices->choices)
                    if (rng.chance(p))
                        a.values.push_back(c.value);
                if (a.values.empty() && !q.choices->choices.empty())
                    a.values.push_back(
                        q.choices->choices[rng.below(q.choices->choices.size())].value);
                if (q.type == QuestionType::TaNeeds && rng.chance(70))
                    a.text = longText(lang, rng);
            }
            break;
        case QuestionType::ShortText:
            a.text = std::string(sentence(lang, rng).substr(0, 0)) + "Ministry of Justice, " +
                     state.name.get("en");
            break;
        case QuestionType::LongText:
            a.text = longText(lang, rng);
            break;
        case QuestionType::Integer:
        case QuestionType::Decimal:
            a.text = numberIn(q, rng);
            break;
        case QuestionType::Date:
            a.text = std::to_string(2000 + rng.below(26)) + "-" + twoDigits(1 + rng.below(12)) +
                     "-" + twoDigits(1 + rng.below(28));
            break;
        case QuestionType::Table:
            for (const auto& r : q.table.rows)
                for (const auto& c : q.table.columns) {
                    if (!rng.chance(85))
                        continue;
                    a.cells[{r.id, c.id}] = q.table.cellType == CellType::Text
                                                ? std::string("n/a")
                                                : std::to_string(rng.below(400));
                }
            break;
        case QuestionType::Legislation: {
            const int n = 1 + static_cast<int>(rng.below(3));
            for (int i = 0; i < n; ++i) {
                Citation c;
                static constexpr std::array<std::string_view, 4> kTitles = {
                    "Criminal Code", "Act on Combating Trafficking in Human Beings",
                    "Aliens and Immigration Act", "Code of Criminal Procedure"};
                c.title =
                    std::string(kTitles[rng.below(kTitles.size())]) + " of " + state.name.get("en");
                c.provision = "art. " + std::to_string(1 + rng.below(400));
                // Most cite an official address; some give none or a bare reference.
                if (rng.chance(75))
                    c.url = "https://legislation.example.org/" + state.code + "/" +
                            std::to_string(rng.below(100000));
                else if (rng.chance(50))
                    c.url = "Official Gazette No. " + std::to_string(1 + rng.below(90));
                a.citations.push_back(std::move(c));
            }
            break;
        }
        case QuestionType::Note:
            break;
    }
    return a;
}

}  // namespace

Response makeSampleResponse(const Form& form, const State& state, const SampleOptions& options,
                            std::string* whyDraft) {
    if (whyDraft)
        whyDraft->clear();
    // One stream per State and seed, so adding a State does not change the others.
    std::uint64_t h = 1469598103934665603ull;
    for (char ch : state.code)
        h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ull;
    SampleRandom rng(options.seed * 0x9E3779B97F4A7C15ull ^ h);

    Response r;
    r.formId = form.id;
    r.formVersion = form.version;
    r.stateCode = state.code;
    r.language = languageFor(state, rng);
    r.created = sampleTime(rng, 1 + static_cast<int>(rng.below(3)));
    r.respondentName = "Focal point of " + state.name.get("en");
    r.respondentOffice = "Ministry of Justice";
    r.respondentEmail = "focal.point@" + state.alpha2 + ".example.org";
    r.respondentAgency = "Ministry of Justice";
    r.contributors = {{"p1", "National focal point", "Ministry of Justice", ""},
                      {"p2", "Police liaison officer", "Ministry of the Interior", ""}};
    r.history.push_back({1, r.created, r.respondentName, "draft", "created"});

    const bool submit = rng.chance(60);
    // A draft is answered to some degree; a submission in full.
    const int answerPercent = submit ? 100 : 20 + static_cast<int>(rng.below(76));
    std::vector<char> wanted(form.questions.size());
    for (size_t i = 0; i < wanted.size(); ++i)
        wanted[i] = rng.chance(answerPercent);

    // Answer what is relevant, then drop what became irrelevant; relevance depends on earlier
    // answers, so repeat until nothing changes (a few rounds for any sane form).
    for (int round = 0; round < 6; ++round) {
        const std::vector<QuestionState> states = evaluateForm(form, r.answers);
        bool changed = false;
        for (size_t i = 0; i < form.questions.size(); ++i) {
            const Question& q = form.questions[i];
            if (q.type == QuestionType::Note)
                continue;
            const bool has = r.answers.count(q.id) > 0;
            if (!states[i].relevant && has) {
                r.answers.erase(q.id);
                changed = true;
            } else if (states[i].relevant && !has && wanted[i]) {
                Answer a = makeAnswer(q, state, r.language, rng);
                if (a.empty())
                    continue;
                a.provenance.changed = sampleTime(rng, 4 + static_cast<int>(rng.below(3)));
                a.provenance.by = rng.chance(70) ? "p1" : "p2";
                r.answers[q.id] = std::move(a);
                changed = true;
            } else if (has && !states[i].constraintOk) {
                r.answers.erase(q.id);  // a random number broke a constraint: leave it out
                changed = true;
            }
        }
        if (!changed)
            break;
    }

    if (submit) {
        const SubmitResult s = submitResponse(form, r, r.respondentName);
        if (s.ok) {
            // Deterministic times (the hash covers answers only, not times).
            r.submitted = sampleTime(rng, 9 + static_cast<int>(rng.below(3)));
            r.history.back().at = r.submitted;
        } else if (whyDraft) {
            *whyDraft = s.message;
            for (const auto& p : s.problems)
                *whyDraft += "; " + p.questionId + ": " + p.message;
        }
    }
    return r;
}

}  // namespace revq
