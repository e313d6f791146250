// The shipped States list (forms/states.xml): counts, codes checked against Debian's
// iso-codes, groups, six names per State, lookups and regional group labels.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

#include "core/states.h"
#include "core/utf8.h"

using namespace revq;

namespace {

std::shared_ptr<const StatesList> shippedList() {
    static const StatesLoadResult result =
        StatesList::load(std::string(REVQ_SOURCE_DIR) + "/forms/states.xml");
    return result.states;
}

// alpha-3 -> alpha-2 from iso-codes' JSON (one flat object per country).
std::map<std::string, std::string> isoCodes() {
    std::ifstream in("/usr/share/iso-codes/json/iso_3166-1.json");
    std::ostringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();
    std::map<std::string, std::string> out;
    // Value of "key": "VALUE" inside one object; "" when absent.
    auto field = [](std::string_view obj, std::string_view key) {
        std::string quoted = "\"" + std::string(key) + "\"";
        size_t k = obj.find(quoted);
        if (k == std::string_view::npos)
            return std::string();
        size_t open = obj.find('"', obj.find(':', k + quoted.size()) + 1);
        size_t close = obj.find('"', open + 1);
        if (open == std::string_view::npos || close == std::string_view::npos)
            return std::string();
        return std::string(obj.substr(open + 1, close - open - 1));
    };
    for (size_t begin = text.find('{', 1); begin != std::string::npos;
         begin = text.find('{', begin + 1)) {
        size_t end = text.find('}', begin);
        if (end == std::string::npos)
            break;
        std::string_view obj(text.data() + begin, end - begin);
        std::string a2 = field(obj, "alpha_2"), a3 = field(obj, "alpha_3");
        if (a2.size() == 2 && a3.size() == 3)
            out[a3] = a2;
    }
    return out;
}

// Code points in [lo, hi] somewhere in `s` (valid UTF-8).
bool hasCodePointIn(const std::string& s, char32_t lo, char32_t hi) {
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        char32_t cp;
        size_t n;
        if (c < 0x80) {
            cp = c, n = 1;
        } else if (c < 0xE0) {
            cp = c & 0x1F, n = 2;
        } else if (c < 0xF0) {
            cp = c & 0x0F, n = 3;
        } else {
            cp = c & 0x07, n = 4;
        }
        for (size_t k = 1; k < n && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        if (cp >= lo && cp <= hi)
            return true;
        i += n;
    }
    return false;
}

}  // namespace

TEST_CASE("shipped States list loads without any diagnostic", "[states]") {
    auto result = StatesList::load(std::string(REVQ_SOURCE_DIR) + "/forms/states.xml");
    for (const auto& d : result.diagnostics.items)
        INFO(d.format());
    CHECK(result.diagnostics.items.empty());
    REQUIRE(result.states);
    CHECK_FALSE(result.states->source().empty());
}

TEST_CASE("States list has the 193 Member States and 2 observer States", "[states]") {
    auto list = shippedList();
    REQUIRE(list);
    CHECK(list->size() == 195);
    size_t observers = 0;
    std::set<std::string> observerCodes;
    for (const auto& s : list->all()) {
        if (s.observer)
            observerCodes.insert(s.code);
        observers += s.observer;
    }
    CHECK(list->size() - observers == 193);
    CHECK(observerCodes == std::set<std::string>{"PSE", "VAT"});
}

TEST_CASE("State codes are unique, sorted and valid ISO 3166-1 codes in iso-codes", "[states]") {
    auto list = shippedList();
    REQUIRE(list);
    const auto iso = isoCodes();
    REQUIRE(iso.size() > 240);  // the JSON was found and read: ISO 3166-1 has 249 entries
    std::set<std::string> codes, alpha2s;
    std::string previous;
    for (const auto& s : list->all()) {
        INFO(s.code);
        CHECK(codes.insert(s.code).second);
        CHECK(alpha2s.insert(s.alpha2).second);
        CHECK(previous < s.code);
        previous = s.code;
        auto it = iso.find(s.code);
        REQUIRE(it != iso.end());
        CHECK(it->second == s.alpha2);
    }
}

TEST_CASE("every State has a regional group and the group counts are the UN's", "[states]") {
    auto list = shippedList();
    REQUIRE(list);
    std::map<std::string, size_t> count;
    for (const auto& s : list->all()) {
        INFO(s.code);
        REQUIRE(parseRegionalGroup(s.group));
        CHECK(*parseRegionalGroup(s.group) == s.regionalGroup);
        ++count[s.group];
    }
    // Documented in forms/reference/README.md: Asia-Pacific counts 54 Member States plus the
    // State of Palestine; WEOG counts the United States (observer of the group, counted in it
    // for elections) and Türkiye.
    CHECK(count["african"] == 54);
    CHECK(count["asia-pacific"] == 55);
    CHECK(count["eastern-european"] == 23);
    CHECK(count["latin-american-caribbean"] == 33);
    CHECK(count["western-european-other"] == 29);
    CHECK(count["none"] == 1);
    CHECK(list->inGroup(RegionalGroup::EasternEuropean).size() == 23);
    size_t members = 0;
    for (const auto& s : list->all())
        members += !s.observer && s.group == "asia-pacific";
    CHECK(members == 54);
}

TEST_CASE("every State has six non-empty names in the right scripts", "[states]") {
    auto list = shippedList();
    REQUIRE(list);
    // Characters that exist only in traditional Chinese: the zh names must be simplified.
    const std::vector<std::string> traditionalOnly = {"國", "亞", "蘭", "爾", "東", "維", "門",
                                                      "馬", "羅", "倫", "島", "聯", "裡", "灣"};
    for (const auto& s : list->all()) {
        INFO(s.code);
        for (auto lang : kUnLanguages) {
            INFO(lang);
            bool fellBack = true;
            const std::string& name = s.name.get(lang, &fellBack);
            CHECK_FALSE(fellBack);
            CHECK_FALSE(name.empty());
            CHECK(isValidUtf8(name));
            CHECK(name.find_first_of("\n\t") == std::string::npos);
        }
        CHECK(hasCodePointIn(s.name.get("ar"), 0x0600, 0x06FF));
        CHECK(hasCodePointIn(s.name.get("ru"), 0x0400, 0x04FF));
        CHECK(hasCodePointIn(s.name.get("zh"), 0x4E00, 0x9FFF));
        CHECK_FALSE(hasCodePointIn(s.name.get("zh"), 'A', 'z'));
        for (const auto& t : traditionalOnly)
            CHECK(s.name.get("zh").find(t) == std::string::npos);
    }
}

TEST_CASE("States are found by alpha-3 code", "[states]") {
    auto list = shippedList();
    REQUIRE(list);
    const State* fra = list->find("FRA");
    REQUIRE(fra);
    CHECK(fra->alpha2 == "FR");
    CHECK(fra->name.get("en") == "France");
    CHECK(fra->name.get("fr") == "France");
    CHECK(fra->name.get("zh") == "法国");
    CHECK(fra->regionalGroup == RegionalGroup::WesternEuropeanOther);
    CHECK_FALSE(fra->observer);

    CHECK(list->find("fra") == fra);  // codes typed by people: case does not matter
    CHECK(list->find("FR") == nullptr);
    CHECK(list->find("FRAN") == nullptr);
    CHECK(list->find("") == nullptr);
    CHECK(list->find("TWN") == nullptr);  // in ISO 3166-1, not a UN Member or observer State
    CHECK(list->find("XKX") == nullptr);

    const State* pse = list->find("PSE");
    REQUIRE(pse);
    CHECK(pse->observer);
    CHECK(pse->group == "asia-pacific");
    const State* vat = list->find("VAT");
    REQUIRE(vat);
    CHECK(vat->observer);
    CHECK(vat->regionalGroup == RegionalGroup::None);
    CHECK(vat->name.get("en") == "Holy See");
    CHECK(vat->name.get("zh") == "教廷");

    CHECK(list->find("USA")->group == "western-european-other");
    CHECK(list->find("TUR")->group == "western-european-other");
    CHECK(list->find("ISR")->group == "western-european-other");
    CHECK(list->find("KIR")->group == "asia-pacific");
    CHECK(list->find("CYP")->group == "asia-pacific");
    CHECK(list->find("SSD")->group == "african");
    CHECK(list->find("CHN")->name.get("zh") == "中国");
    CHECK(list->find("RUS")->name.get("ru") == "Российская Федерация");
    CHECK(list->find("TUR")->name.get("ar") == "تركيا");  // from name-overrides.tsv
}

TEST_CASE("regional group ids and labels in six languages", "[states]") {
    const auto ids = regionalGroupIds();
    REQUIRE(ids.size() == 6);
    CHECK(ids.front() == "african");
    CHECK(ids.back() == "none");
    std::set<std::string> english;
    for (const auto& id : ids) {
        INFO(id);
        auto group = parseRegionalGroup(id);
        REQUIRE(group);
        CHECK(toString(*group) == id);
        LocalizedText label = regionalGroupLabel(id);
        CHECK(label == regionalGroupLabel(*group));
        for (auto lang : kUnLanguages) {
            bool fellBack = true;
            CHECK_FALSE(label.get(lang, &fellBack).empty());
            CHECK_FALSE(fellBack);
        }
        CHECK(english.insert(label.get("en")).second);
    }
    CHECK(regionalGroupLabel("african").get("en") == "African States");
    CHECK(regionalGroupLabel("western-european-other").get("fr") ==
          "États d'Europe occidentale et autres États");
    CHECK(regionalGroupLabel("oceania").empty());
    CHECK_FALSE(parseRegionalGroup("African"));
    CHECK_FALSE(parseRegionalGroup(""));
}
