#!/usr/bin/env bash
# revq-cli provisions: the acceptance checks of issue 11 against the shipped form (every
# paragraph and subparagraph of articles 2-14 listed with the level of the instrument file and
# at least one reviewing question when it creates an obligation; --level consider gives exactly
# the "shall consider" provisions; --strict exits 0), the second (test) instrument with its
# deliberate gap, filters, and bad input (missing instrument file, wrong version, xref to an
# unknown provision or instrument). The expected lists are read from the XML files by Python,
# independently of revq.
set -u
: "${REVQ_CLI:?}" "${REVQ_SOURCE_DIR:?}" "${REVQ_SCRATCH:?}"
rm -rf "$REVQ_SCRATCH" && mkdir -p "$REVQ_SCRATCH"
S="$REVQ_SOURCE_DIR"
FORM="$S/forms/tip-protocol-review.xml"
SOM="$S/tests/data/second-instrument"
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }

"$REVQ_CLI" provisions "$FORM" --json >"$REVQ_SCRATCH/all.json" 2>"$REVQ_SCRATCH/all.err"
check "provisions --json exits 0" "[ $? -eq 0 ]"

python3 - "$S/forms/instruments/tip-protocol.xml" "$REVQ_SCRATCH/all.json" <<'PY'
import json, sys, xml.etree.ElementTree as ET
NS = "{urn:revq:instrument:1}"
root = ET.parse(sys.argv[1]).getroot()
expected = {}  # key -> level, for paragraphs and subparagraphs of articles 2-14
def walk(node, key, level):
    for c in node:
        tag = c.tag[len(NS):]
        if tag == "paragraph":
            k = f"{key}({c.get('number')})"
        elif tag == "subparagraph":
            k = f"{key}({c.get('letter')})"
        else:
            continue
        lv = c.get("level") or level
        expected[k] = lv
        walk(c, k, lv)
for art in root.iter(NS + "article"):
    n = int(art.get("number"))
    if 2 <= n <= 14:
        walk(art, str(n), art.get("level"))
data = json.load(open(sys.argv[2]))
got = {p["ref"]: p for p in data["provisions"]}
bad = []
for k, lv in expected.items():
    if k not in got:
        bad.append(f"{k} missing")
    elif lv and got[k]["level"] != lv:
        bad.append(f"{k} level {got[k]['level']} != {lv}")
    elif got[k]["level"] != "none" and not got[k]["questions"]:
        bad.append(f"{k} creates an obligation but lists no question")
# The Protocol's verbs, read from the text (../shared/protocol): a few anchors per level.
verbs = {"5(1)": "mandatory", "6(1)": "mandatory-qualified", "6(3)": "consider",
         "6(5)": "endeavour", "9(2)": "endeavour", "11(5)": "consider", "7(1)": "consider",
         "9(4)": "mandatory", "12(a)": "mandatory-qualified", "14(1)": "none", "3(a)": "none"}
for k, lv in verbs.items():
    if got.get(k, {}).get("level") != lv:
        bad.append(f"{k} should be {lv}")
if len(expected) < 50:
    bad.append(f"only {len(expected)} paragraphs/subparagraphs read from the instrument")
print("\n".join(bad) or f"{len(expected)} paragraphs and subparagraphs checked")
sys.exit(1 if bad else 0)
PY
check "every paragraph/subparagraph of arts 2-14 listed, level as in the instrument, reviewed" "[ $? -eq 0 ]"

"$REVQ_CLI" provisions "$FORM" --level consider --json >"$REVQ_SCRATCH/consider.json"
check "--level consider exits 0" "[ $? -eq 0 ]"
got=$(python3 -c 'import json,sys; print(" ".join(sorted(p["ref"] for p in json.load(open(sys.argv[1]))["provisions"])))' "$REVQ_SCRATCH/consider.json")
want="11(5) 11(6) 6(3) 6(3)(a) 6(3)(b) 6(3)(c) 6(3)(d) 7(1)"
check "--level consider lists exactly the shall-consider provisions (got: $got)" "[ \"$got\" = \"$want\" ]"

"$REVQ_CLI" provisions "$FORM" --strict >"$REVQ_SCRATCH/strict.txt" 2>&1
check "--strict exits 0 on the shipped form" "[ $? -eq 0 ]"
check "text output ends with counts" "tail -1 '$REVQ_SCRATCH/strict.txt' | grep -q ' 0 gaps'"

# The second instrument: article 14 and 12(b) are reviewed by no question.
"$REVQ_CLI" provisions "$SOM/som-review.xml" --json >"$REVQ_SCRATCH/som.json" 2>"$REVQ_SCRATCH/som.err"
check "second form lists without --strict (exit 0)" "[ $? -eq 0 ]"
gaps=$(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["gaps"]))' "$REVQ_SCRATCH/som.json")
check "the gaps of the second instrument are 12(b) and 14 (got: $gaps)" "[ \"$gaps\" = \"12(b) 14\" ]"
check "xref to an instrument not loaded is a warning naming file:line:col" \
  "grep -Eq 'som-protocol.xml:[0-9]+:[0-9]+: warning: .*tip-protocol' '$REVQ_SCRATCH/som.err'"
"$REVQ_CLI" provisions "$SOM/som-review.xml" --strict >/dev/null 2>&1
check "--strict exits 1 with a gap" "[ $? -eq 1 ]"
docs=$("$REVQ_CLI" provisions "$SOM/som-review.xml" --theme documents --json 2>/dev/null |
  python3 -c 'import json,sys; print(" ".join(p["ref"] for p in json.load(sys.stdin)["provisions"]))')
check "--theme documents (got: $docs)" "[ \"$docs\" = \"12 12(a) 12(b) 13\" ]"

# Bad input.
"$REVQ_CLI" provisions "$FORM" --level sometimes >/dev/null 2>"$REVQ_SCRATCH/e1"
check "unknown level: usage error 2 naming the levels" "[ $? -eq 2 ] && grep -q 'mandatory-qualified' '$REVQ_SCRATCH/e1'"
"$REVQ_CLI" provisions "$FORM" --theme nosuch >/dev/null 2>"$REVQ_SCRATCH/e2"
check "unknown theme: usage error 2 naming the themes" "[ $? -eq 2 ] && grep -q 'victim' '$REVQ_SCRATCH/e2'"

mkdir -p "$REVQ_SCRATCH/noins" && cp "$SOM/som-review.xml" "$REVQ_SCRATCH/noins/"
sum_before=$(sha256sum "$REVQ_SCRATCH/noins/som-review.xml")
"$REVQ_CLI" provisions "$REVQ_SCRATCH/noins/som-review.xml" >/dev/null 2>"$REVQ_SCRATCH/e3"
check "missing instrument file: exit 1, names FILE:LINE:COL" \
  "[ $? -eq 1 ] && grep -Eq 'som-review.xml:[0-9]+:[0-9]+: error: .*instrument' '$REVQ_SCRATCH/e3'"
check "missing instrument file: form unchanged" "[ \"$(sha256sum "$REVQ_SCRATCH/noins/som-review.xml")\" = \"$sum_before\" ]"

mkdir -p "$REVQ_SCRATCH/ver/instruments"
cp "$SOM/instruments/som-protocol.xml" "$REVQ_SCRATCH/ver/instruments/"
sed 's/ref="som-protocol" version="1"/ref="som-protocol" version="2"/' "$SOM/som-review.xml" >"$REVQ_SCRATCH/ver/som-review.xml"
"$REVQ_CLI" provisions "$REVQ_SCRATCH/ver/som-review.xml" >/dev/null 2>"$REVQ_SCRATCH/e4"
check "instrument of another version: exit 1, names FILE:LINE:COL and the versions" \
  "[ $? -eq 1 ] && grep -Eq 'som-review.xml:[0-9]+:[0-9]+: error: .*version' '$REVQ_SCRATCH/e4'"

mkdir -p "$REVQ_SCRATCH/xref/instruments"
cp "$S/forms/instruments/tip-protocol.xml" "$REVQ_SCRATCH/xref/instruments/"
sed 's/instrument="tip-protocol" provision="13"/instrument="tip-protocol" provision="99"/' \
  "$SOM/instruments/som-protocol.xml" >"$REVQ_SCRATCH/xref/instruments/som-protocol.xml"
cp "$SOM/som-review.xml" "$REVQ_SCRATCH/xref/"
"$REVQ_CLI" provisions "$REVQ_SCRATCH/xref/som-review.xml" >/dev/null 2>"$REVQ_SCRATCH/e5"
check "xref to an unknown provision of a loaded instrument: exit 1, FILE:LINE:COL error naming 99" \
  "[ $? -eq 1 ] && grep -Eq 'som-protocol.xml:[0-9]+:[0-9]+: error: .*99' '$REVQ_SCRATCH/e5'"
check "with the TIP instrument loaded, the valid xrefs raise no warning" \
  "! grep -q \"instrument 'tip-protocol'.*not loaded\" '$REVQ_SCRATCH/e5'"

exit $fail
