// libFuzzer target: expression evaluation against a form. The first byte chooses what the
// fuzzer controls:
//   even: the answers. The rest is split at '\n' into "question=value" lines bound to a fixed
//         small form whose relevance and constraints read every answer type (single, multiple,
//         integer, decimal, text, table), then evaluated.
//   odd:  an expression. The rest becomes one question's relevance and constraint in that form
//         (escaped as an attribute), which is loaded, linted and evaluated.
// Bad input must only produce diagnostics or "not relevant" — never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "core/form_evaluator.h"
#include "core/form_loader.h"
#include "core/response_writer.h"

namespace {

const char* const kHead = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<form xmlns="urn:revq:form:1" format-version="1" id="fz" version="1" languages="en">
  <title xml:lang="en">Fuzz</title>
  <instrument ref="demo" version="1">
    <instrument-definition xmlns="urn:revq:instrument:1" format-version="1" id="demo" version="1">
      <title xml:lang="en">Demo</title>
      <citation>Demo</citation>
      <part number="I"><title xml:lang="en">P</title>
        <article number="1"><title xml:lang="en">A</title>
          <paragraph number="1" level="mandatory"><summary xml:lang="en">S</summary></paragraph>
        </article>
      </part>
    </instrument-definition>
  </instrument>
  <choice-lists>
    <choices id="yn">
      <choice value="yes"><label xml:lang="en">Yes</label></choice>
      <choice value="no"><label xml:lang="en">No</label></choice>
      <choice value="other" other="true"><label xml:lang="en">Other</label></choice>
    </choices>
  </choice-lists>
  <cluster id="c1" number="1" assignment="confirmed">
    <title xml:lang="en">C</title>
    <section id="s1" article="1">
      <title xml:lang="en">S</title>
      <question id="a" type="single" choices="yn" refs="1(1)"><label xml:lang="en">A</label></question>
      <question id="m" type="multiple" choices="yn" refs="1(1)" relevant="$a = 'yes'"
        constraint="count($m) &lt;= 2"><label xml:lang="en">M</label><constraint-message xml:lang="en">C</constraint-message></question>
      <question id="n" type="integer" refs="1(1)" min="0" max="100"
        relevant="$m = 'other' or $a != 'no'" constraint=". &gt; $d"><label xml:lang="en">N</label><constraint-message xml:lang="en">C</constraint-message></question>
      <question id="d" type="decimal" refs="1(1)" constraint=". * 2 &lt; 1000000000 and string-length(.) &lt; 20"><label xml:lang="en">D</label><constraint-message xml:lang="en">C</constraint-message></question>
      <question id="t" type="text" refs="1(1)" relevant="contains($a, 'y') or $n &gt; 3"
        constraint="string-length(.) &lt; 50 and not(starts-with(., '='))"><label xml:lang="en">T</label><constraint-message xml:lang="en">C</constraint-message></question>
      <question id="tb" type="table" refs="1(1)" cell-type="integer" relevant="$t != ''">
        <label xml:lang="en">Tb</label>
        <rows><row id="r1"><label xml:lang="en">R1</label></row><row id="r2"><label xml:lang="en">R2</label></row></rows>
        <columns><column id="c1"><label xml:lang="en">C1</label></column></columns>
      </question>
      <question id="x" type="text" refs="1(1)")xml";
const char* const kTail =
    R"xml(><label xml:lang="en">X</label><constraint-message xml:lang="en">C</constraint-message></question>
    </section>
  </cluster>
</form>
)xml";

std::string formXml(const std::string& expressionAttributes) {
    return std::string(kHead) + expressionAttributes + kTail;
}

const revq::Form& fixedForm() {
    static const auto loaded = revq::loadFormText(formXml(" relevant=\"$a = 'no'\""), "fz.xml");
    if (!loaded.form) {
        for (const auto& d : loaded.diagnostics.items)
            std::fprintf(stderr, "%s\n", d.format().c_str());
        std::abort();
    }
    return *loaded.form;
}

std::map<std::string, revq::Answer, std::less<>> answersFrom(std::string_view text) {
    std::map<std::string, revq::Answer, std::less<>> answers;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        const size_t eq = line.find('=');
        const std::string id(line.substr(0, eq));
        const std::string value(eq == std::string_view::npos ? "" : line.substr(eq + 1));
        revq::Answer& a = answers[id];
        a.questionId = id;
        if (id == "tb") {
            // "tb=ROW,COL,VALUE"
            const size_t c1 = value.find(','), c2 = value.find(',', c1 + (c1 != std::string::npos));
            if (c1 != std::string::npos && c2 != std::string::npos)
                a.cells[{value.substr(0, c1), value.substr(c1 + 1, c2 - c1 - 1)}] =
                    value.substr(c2 + 1);
        } else if (id == "a" || id == "m") {
            a.values.push_back(value);
        } else {
            a.text = value;
        }
    }
    return answers;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    if ((data[0] & 1) == 0) {
        (void)revq::evaluateForm(fixedForm(), answersFrom(rest));
        return 0;
    }
    std::string attr = " relevant=\"";
    revq::appendXmlEscaped(attr, rest, true);
    attr += "\" constraint=\"";
    revq::appendXmlEscaped(attr, rest, true);
    attr += "\"";
    const revq::FormLoadResult loaded = revq::loadFormText(formXml(attr), "fz.xml");
    if (loaded.form) {
        (void)revq::evaluateForm(*loaded.form, {});
        std::map<std::string, revq::Answer, std::less<>> answers =
            answersFrom("a=yes\nm=other\nn=7\nd=2.5\nt=x=1\ntb=r1,c1,3");
        answers["x"].questionId = "x";
        answers["x"].text = std::string(rest.substr(0, 64));
        (void)revq::evaluateForm(*loaded.form, answers);
    }
    return 0;
}
