// Assignments: the shorthand and the ASSIGNMENTS file, resolved against the form.
#include <catch2/catch.hpp>

#include "core/consultation_assignments.h"
#include "core/form_loader.h"

using namespace revq;

namespace {
std::shared_ptr<const Form> form() {
    static auto f =
        loadFormFile(std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml").form;
    return f;
}
}  // namespace

TEST_CASE("consultation assignments: shorthand", "[consultation]") {
    REQUIRE(form());
    AssignmentsResult r =
        parseAssignmentsShorthand("Ministry of Justice=3,5; Police = 8 , general_profile", *form());
    REQUIRE_FALSE(r.diagnostics.hasErrors());
    REQUIRE(r.assignments.size() == 2);
    CHECK(r.assignments[0].agency == "Ministry of Justice");
    CHECK(r.assignments[0].parts == std::vector<std::string>{"a3", "a5"});
    CHECK(r.assignments[1].agency == "Police");
    // Form order, whatever the order written.
    CHECK(r.assignments[1].parts == std::vector<std::string>{"general_profile", "a8"});
    // A range covers the articles in it that the form has.
    std::vector<std::string> range = sectionsForPart(*form(), "2-5");
    CHECK(range == std::vector<std::string>{"a2", "a4", "a3", "a5"});

    AssignmentsResult bad = parseAssignmentsShorthand("Police=99;Justice", *form(), "--assign");
    CHECK(bad.assignments.empty());
    REQUIRE(bad.diagnostics.items.size() >= 2);
    CHECK(bad.diagnostics.items[0].format().find("--assign:1:8") == 0);
    CHECK(bad.diagnostics.items[0].message.find("'99'") != std::string::npos);
    CHECK(bad.diagnostics.items[1].format().find("--assign:1:11") == 0);
    CHECK(parseAssignmentsShorthand("A=3;A=5", *form()).diagnostics.hasErrors());
}

TEST_CASE("consultation assignments: file", "[consultation]") {
    REQUIRE(form());
    AssignmentsResult r = parseAssignmentsText(
        "# consultation\n"
        "[Ministry of Justice]\n"
        "contact = a.martin@justice.example\n"
        "deadline = 2027-01-31\n"
        "parts = 3, 5\n"
        "\n"
        "[Police]\n"
        "parts = 8\n",
        *form(), "assign.txt");
    REQUIRE_FALSE(r.diagnostics.hasErrors());
    REQUIRE(r.assignments.size() == 2);
    CHECK(
        r.assignments[0] ==
        Assignment{"Ministry of Justice", "a.martin@justice.example", "2027-01-31", {"a3", "a5"}});
    CHECK(r.assignments[1].parts == std::vector<std::string>{"a8"});

    AssignmentsResult bad = parseAssignmentsText(
        "parts = 3\n[Police]\n  deadline = 2027-02-30\n"
        "colour = blue\nparts = 3, nowhere\n",
        *form(), "assign.txt");
    CHECK(bad.assignments.empty());
    std::vector<std::string> where;
    for (const auto& d : bad.diagnostics.items)
        where.push_back(d.format().substr(0, d.format().find(": ")));
    CHECK(where == std::vector<std::string>{"assign.txt:1:1", "assign.txt:3:14", "assign.txt:4:1",
                                            "assign.txt:5:12"});
    CHECK(parseAssignmentsFile("/nonexistent/assign.txt", *form()).diagnostics.hasErrors());
}
