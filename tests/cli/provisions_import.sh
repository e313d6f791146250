#!/usr/bin/env bash
# revq-cli import across instruments (issue 11 item 4 and 6): France's response to the mock
# smuggling questionnaire (tests/data/second-instrument) into France's response to the shipped
# TIP questionnaire. The linked answers move and are marked imported with their origin, the
# existing answer is kept (then replaced with --overwrite), the unlinked one is reported, and
# neither input file changes. Also: another State's response, an unreadable file, and an
# earlier cycle of the same form.
set -u
: "${REVQ_CLI:?}" "${REVQ_SOURCE_DIR:?}" "${REVQ_SCRATCH:?}"
rm -rf "$REVQ_SCRATCH" && mkdir -p "$REVQ_SCRATCH"
S="$REVQ_SOURCE_DIR"
D="$S/tests/data/second-instrument"
W="$REVQ_SCRATCH"
FORM="$S/forms/tip-protocol-review.xml"
cp "$D/tip-FRA.revq" "$D/som-FRA.revq" "$D/som-DEU.revq" "$W/"
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }
sums() { sha256sum "$W/tip-FRA.revq" "$W/som-FRA.revq" "$W/som-DEU.revq"; }
before=$(sums)

"$REVQ_CLI" import --form "$FORM" --from "$W/som-FRA.revq" --other-form "$D/som-review.xml" \
  -o "$W/out.revq" "$W/tip-FRA.revq" >"$W/import.txt" 2>"$W/import.err"
check "import exits 0" "[ $? -eq 0 ]"
check "neither input file changed" "[ \"$(sums)\" = \"$before\" ]"
python3 - "$W/out.revq" "$W/import.txt" <<'PY'
import sys, xml.etree.ElementTree as ET
NS = "{urn:revq:response:1}"
root = ET.parse(sys.argv[1]).getroot()
ans = {a.get("q"): a for a in root.iter(NS + "answer")}
want = {"a11_1": ("partly", "s11_1"), "a12_a": ("no", "s12_a"), "a13": ("yes", "s13")}
bad = []
for q, (v, src) in want.items():
    a = ans.get(q)
    if a is None:
        bad.append(f"{q} not imported"); continue
    val = a.find(NS + "value")
    if val is None or val.text != v: bad.append(f"{q} value")
    if a.get("imported") != "true": bad.append(f"{q} not marked imported")
    if a.get("origin") != f"som-FRA.revq#{src}": bad.append(f"{q} origin {a.get('origin')}")
for q, text in {"a11_1_explain": "Land borders only.", "a13_time": "48 hours"}.items():
    t = ans.get(q)
    if t is None or t.find(NS + "text") is None or t.find(NS + "text").text != text:
        bad.append(f"{q} text not imported")
kept = ans.get("a11_2")
if kept is None or kept.find(NS + "value").text != "no" or kept.get("imported"):
    bad.append("a11_2 (already answered) was not kept")
report = open(sys.argv[2]).read()
if "unmatched s6_1" not in report: bad.append("s6_1 not reported as unmatched")
if "kept      a11_2" not in report: bad.append("a11_2 not reported as kept")
if "5 imported, 1 kept" not in report: bad.append("summary line: " + report.splitlines()[-1])
print("\n".join(bad) or "imported answers checked")
sys.exit(1 if bad else 0)
PY
check "linked answers moved, marked imported with origin; existing kept; rest reported" "[ $? -eq 0 ]"

"$REVQ_CLI" import --form "$FORM" --from "$W/som-FRA.revq" --other-form "$D/som-review.xml" \
  -o "$W/out.revq" "$W/tip-FRA.revq" >/dev/null 2>"$W/exists.err"
check "an existing OUT is not overwritten" "[ $? -eq 1 ]"

"$REVQ_CLI" import --form "$FORM" --from "$W/som-FRA.revq" --other-form "$D/som-review.xml" \
  --overwrite -o "$W/over.revq" "$W/tip-FRA.revq" >/dev/null 2>&1
check "--overwrite replaces the existing answer (marked imported)" \
  "python3 -c \"import sys,xml.etree.ElementTree as E; N='{urn:revq:response:1}'; a=[x for x in E.parse(sys.argv[1]).getroot().iter(N+'answer') if x.get('q')=='a11_2'][0]; sys.exit(0 if a.find(N+'value').text=='yes' and a.get('imported')=='true' else 1)\" '$W/over.revq'"

# In place: the target is updated (previous kept as .bak), the source is not.
cp "$W/tip-FRA.revq" "$W/inplace.revq"
"$REVQ_CLI" import --form "$FORM" --from "$W/som-FRA.revq" --other-form "$D/som-review.xml" \
  "$W/inplace.revq" >/dev/null 2>&1
check "in place: exit 0, .bak kept, source unchanged" \
  "[ $? -eq 0 ] && [ -f '$W/inplace.revq.bak' ] && [ \"$(sums)\" = \"$before\" ] && grep -q 'som-FRA.revq#s13' '$W/inplace.revq'"

# Another State.
"$REVQ_CLI" import --form "$FORM" --from "$W/som-DEU.revq" --other-form "$D/som-review.xml" \
  -o "$W/deu.revq" "$W/tip-FRA.revq" >/dev/null 2>"$W/deu.err"
check "another State's response: exit 1, names the file and both States" \
  "[ $? -eq 1 ] && grep -q 'som-DEU.revq: error: .*DEU.*FRA' '$W/deu.err' && [ ! -e '$W/deu.revq' ]"

# Unreadable: broken XML.
head -c 300 "$W/som-FRA.revq" >"$W/broken.revq"
"$REVQ_CLI" import --form "$FORM" --from "$W/broken.revq" --other-form "$D/som-review.xml" \
  -o "$W/broken-out.revq" "$W/tip-FRA.revq" >/dev/null 2>"$W/broken.err"
check "unreadable source: exit 1, FILE:LINE:COL" \
  "[ $? -eq 1 ] && grep -Eq 'broken.revq:[0-9]+:[0-9]+: error' '$W/broken.err' && [ ! -e '$W/broken-out.revq' ]"
# Missing file.
"$REVQ_CLI" import --form "$FORM" --from "$W/nosuch.revq" --other-form "$D/som-review.xml" \
  -o "$W/none.revq" "$W/tip-FRA.revq" >/dev/null 2>"$W/nosuch.err"
check "missing source: exit 1, names it" "[ $? -eq 1 ] && grep -q 'nosuch.revq' '$W/nosuch.err'"
# Forgot --other-form: the source answers another form.
"$REVQ_CLI" import --form "$FORM" --from "$W/som-FRA.revq" -o "$W/noform.revq" "$W/tip-FRA.revq" \
  >/dev/null 2>"$W/noform.err"
check "source of another form without --other-form: exit 1, says what to do" \
  "[ $? -eq 1 ] && grep -q -- '--other-form' '$W/noform.err'"
check "after all the refusals no input changed" "[ \"$(sums)\" = \"$before\" ]"

# Earlier cycle of the same form: mapped by id.
"$REVQ_CLI" import --form "$FORM" --from "$W/out.revq" -o "$W/cycle.revq" "$W/tip-FRA.revq" \
  >"$W/cycle.txt" 2>&1
check "earlier cycle of the same form: answers imported by id" \
  "[ $? -eq 0 ] && grep -q 'imported  a13 <- a13' '$W/cycle.txt' && grep -q 'out.revq#a13' '$W/cycle.revq'"
exit $fail
