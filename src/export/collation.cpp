#include "export/collation.h"

#include <algorithm>

namespace revq {

std::unique_ptr<Collation> collate(const Workspace& ws, const CollationOptions& options) {
    auto c = std::make_unique<Collation>();
    std::vector<long> rowOfState;
    c->rows = ws.collated(&rowOfState);

    // The five UN regional groups (not "none": a State in no group counts only overall).
    std::vector<std::string> groups;
    for (const auto& g : regionalGroupIds())
        if (g != "none")
            groups.push_back(g);
    c->aggregates = computeAggregates(ws.form(), c->rows, groups);

    SummaryInput& in = c->input;
    in.form = &ws.form();
    in.rows = &c->rows;
    in.aggregates = &c->aggregates;
    in.lang = options.lang;
    for (const auto& g : groups)
        in.groupNames.push_back(regionalGroupLabel(g).get(options.lang));

    const auto& states = ws.states();
    for (size_t i = 0; i < states.size(); ++i) {
        const WorkspaceState& s = states[i];
        SummaryStateRow row;
        row.code = s.code;
        row.name = ws.nameOf(s.code, options.lang);
        row.groupId = ws.groupOf(s.code);
        row.groupName =
            row.groupId.empty() ? std::string() : regionalGroupLabel(row.groupId).get(options.lang);
        if (const WorkspaceFile* f = ws.chosenFile(s)) {
            row.status = std::string(toString(f->status));
            row.submitted = f->submittedAt;
            row.file = f->fileName;
        }
        row.completeness = s.completeness;
        row.flags = ws.flagsOf(s);
        if (!s.note.empty())
            row.flags += (row.flags.empty() ? "" : "; ") + s.note;
        row.row = rowOfState[i];
        in.states.push_back(std::move(row));
    }
    if (options.includeMissingStates && ws.statesList()) {
        for (const State& st : ws.statesList()->all()) {
            if (ws.state(st.code))
                continue;
            SummaryStateRow row;
            row.code = st.code;
            row.name = st.name.get(options.lang);
            row.groupId = st.group;
            row.groupName = regionalGroupLabel(st.group).get(options.lang);
            in.states.push_back(std::move(row));
        }
        // One list in the order of the States list file (by code), answered or not.
        std::stable_sort(
            in.states.begin(), in.states.end(),
            [](const SummaryStateRow& a, const SummaryStateRow& b) { return a.code < b.code; });
    }
    return c;
}

}  // namespace revq
