// The States list (forms/states.xml): UN Member States and observer States with their
// ISO 3166-1 codes, UN regional group and names in the six UN languages. The file is generated
// by forms/reference/make_states.py; responses and the collation name States by alpha-3 code.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/localized_text.h"

namespace revq {

// The five UN regional groups, and None for a State in no group (e.g. the Holy See).
enum class RegionalGroup {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanCaribbean,
    WesternEuropeanOther,
    None,
};

// Ids as written in states.xml: "african", "asia-pacific", "eastern-european",
// "latin-american-caribbean", "western-european-other", "none".
std::string_view toString(RegionalGroup group);
std::optional<RegionalGroup> parseRegionalGroup(std::string_view id);
// All group ids in the order above (the five groups, then "none").
std::vector<std::string> regionalGroupIds();
// The group's name in the six UN languages; empty for an unknown id.
LocalizedText regionalGroupLabel(std::string_view id);
LocalizedText regionalGroupLabel(RegionalGroup group);

struct State {
    std::string code;    // ISO 3166-1 alpha-3, upper case, e.g. "FRA"
    std::string alpha2;  // ISO 3166-1 alpha-2, e.g. "FR"
    std::string group;   // regional group id, e.g. "western-european-other"
    RegionalGroup regionalGroup = RegionalGroup::None;
    bool observer = false;  // observer State (Holy See, State of Palestine), not a Member State
    LocalizedText name;     // by language; English is always present
    int line = 0;           // where the entry starts in the file (for later diagnostics)
    int column = 0;
};

class StatesList;

struct StatesLoadResult {
    std::shared_ptr<const StatesList> states;  // null when errors prevent using the list
    Diagnostics diagnostics;
};

class StatesList {
  public:
    // Reads and checks FILE; every problem is reported with FILE:LINE:COL.
    static StatesLoadResult load(const std::string& path);
    // The same from text in memory; `displayName` is used in diagnostics.
    static StatesLoadResult loadText(const std::string& xml, const std::string& displayName);

    // The State with this alpha-3 code (ASCII case ignored), or nullptr.
    const State* find(std::string_view iso3) const;
    // In file order (sorted by code in the shipped file).
    const std::vector<State>& all() const { return states_; }
    // The States of one regional group, in file order.
    std::vector<const State*> inGroup(RegionalGroup group) const;
    // The file's `source` note (where names and groups come from).
    const std::string& source() const { return source_; }
    size_t size() const { return states_.size(); }

  private:
    std::vector<State> states_;
    std::string source_;
};

}  // namespace revq
