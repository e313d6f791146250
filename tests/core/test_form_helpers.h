// Shared by the tests/core/test_form_*.cpp files: a minimal valid form to put questions in,
// and lookups of diagnostics by code.
#pragma once

#include <algorithm>
#include <string>

#include "core/form_loader.h"

namespace revq::test {

// Everything before the questions of section 's1' (article 5, with 5(1) and 5(2)(a)).
inline const std::string kFormHead =
    R"(<form xmlns="urn:revq:form:1" format-version="1" id="t" version="1" languages="en">
<title xml:lang="en">T</title>
<instrument ref="demo" version="1">
<instrument-definition xmlns="urn:revq:instrument:1" format-version="1" id="demo" version="1">
<title xml:lang="en">Demo</title>
<themes><theme id="crim"><label xml:lang="en">Criminalization</label></theme></themes>
<part number="I"><title xml:lang="en">General</title>
<article number="5" level="mandatory" themes="crim"><title xml:lang="en">A5</title>
<paragraph number="1"><summary xml:lang="en">P1</summary></paragraph>
<paragraph number="2"><summary xml:lang="en">P2</summary><subparagraph letter="a"><summary xml:lang="en">Sa</summary></subparagraph></paragraph>
</article></part>
</instrument-definition>
</instrument>
<choice-lists><choices id="yn"><choice value="yes"><label xml:lang="en">Yes</label></choice><choice value="no"><label xml:lang="en">No</label></choice></choices></choice-lists>
<cluster id="c1" number="1" assignment="confirmed"><title xml:lang="en">C</title>
<section id="s1" article="5"><title xml:lang="en">S</title>
)";
inline const std::string kFormTail = "</section></cluster></form>\n";

// Line on which the first line of `questions` lands in formWith(questions).
inline int firstQuestionLine() {
    return 1 + static_cast<int>(std::count(kFormHead.begin(), kFormHead.end(), '\n'));
}

inline std::string formWith(const std::string& questions) {
    return kFormHead + questions + kFormTail;
}

inline FormLoadResult lintText(const std::string& xml, const LoadOptions& options = {}) {
    return loadFormText(xml, "test.xml", ".", options);
}

// The first diagnostic with `code`, or null.
inline const Diagnostic* findCode(const Diagnostics& d, const std::string& code) {
    for (const auto& item : d.items)
        if (item.code == code)
            return &item;
    return nullptr;
}

inline size_t countCode(const Diagnostics& d, const std::string& code) {
    return static_cast<size_t>(std::count_if(d.items.begin(), d.items.end(),
                                             [&](const Diagnostic& x) { return x.code == code; }));
}

}  // namespace revq::test
