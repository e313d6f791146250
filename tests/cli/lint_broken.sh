#!/bin/bash
# revq-cli lint on broken variants of the docs example: each exits 1 and names the right
# FILE:LINE:COL. The variants are made with sed from docs/examples/mini-form.xml.
set -u
fail() { echo "FAIL: $*"; exit 1; }
: "${REVQ_CLI:?}" "${REVQ_SOURCE_DIR:?}" "${REVQ_SCRATCH:?}"
mkdir -p "$REVQ_SCRATCH"
EXAMPLE="$REVQ_SOURCE_DIR/docs/examples/mini-form.xml"

# column FILE LINE TOKEN: 1-based column (in characters) where TOKEN starts on LINE.
column() {
    python3 -c 'import sys; l = open(sys.argv[1], encoding="utf-8").read().split("\n")[int(sys.argv[2]) - 1]; i = l.find(sys.argv[3]); print(i + 1 if i >= 0 else 0)' "$1" "$2" "$3"
}

# variant NAME SED-EXPRESSION LINE TOKEN WORDS: the error is expected at the start of TOKEN on
# LINE of the broken file, with WORDS in its message.
variant() {
    local name=$1 expr=$2 line=$3 token=$4 words=$5 file="$REVQ_SCRATCH/$1.xml"
    sed -e "$expr" "$EXAMPLE" >"$file"
    cmp -s "$file" "$EXAMPLE" && fail "$name: the sed expression changed nothing"
    local col out rc
    col=$(column "$file" "$line" "$token")
    [ "$col" -gt 0 ] || fail "$name: token '$token' not on line $line"
    out=$("$REVQ_CLI" lint "$file"); rc=$?
    [ $rc -eq 1 ] || fail "$name: exit $rc, expected 1: $out"
    grep -qF "$file:$line:$col: error: " <<<"$out" || fail "$name: no error at $line:$col: $out"
    grep -F "$file:$line:$col: error: " <<<"$out" | grep -qF "$words" ||
        fail "$name: message lacks '$words': $out"
}

# Line numbers refer to docs/examples/mini-form.xml. The token is where a person should look:
# an element's '<', an attribute's name, or the first character of a bad value.
variant malformed '62s|</question>|</questio>|' 62 'questio>' "malformed XML"
variant unknown-type '53s|type="single"|type="boolean"|' 53 'boolean' "unknown question type 'boolean'"
variant unknown-attribute '53s|required="true"|requird="true"|' 53 'requird' "unknown attribute 'requird'"
variant unknown-element '54s|label|lable|g' 54 '<lable' "unknown element <lable>"
variant missing-type '59s| type="textarea"||' 59 '<question' "has no 'type' attribute"
variant duplicate-id '59s|id="crim_why"|id="crim"|' 59 'crim"' "question id 'crim' is used twice"
variant duplicate-choice '38s|value="partly"|value="yes"|' 38 'yes"' "choice value 'yes' appears twice"
variant unknown-list '53s|choices="yes-no-partly"|choices="yes-no"|' 53 'yes-no"' "choice list 'yes-no'"
variant unknown-provision '53s|refs="5(1)"|refs="5(3)"|' 53 '5(3)' "Art. 5(3)"
variant bad-xpath "59s|\$crim = 'no' or|\$crim = = 'no' or|" 59 "= 'no' or" "not valid XPath"
variant unknown-variable "59s|\$crim = 'no'|\$crimm = 'no'|" 59 '$crimm' "uses \$crimm"
variant cycle "53s|required=\"true\"|relevant=\"\$crim_law = ''\"|" 53 "\$crim_law = ''" "relevance depends on itself"
variant empty-list '37,39d' 36 '<choices' "choice list 'yes-no-partly' has no choices"
variant min-max '67s|min="1900" max="2100"|min="2100" max="1900"|' 67 'min=' "min 2100 is greater than max 1900"
variant no-constraint-message '67s|max="2100"|max="2100" constraint="$attempt_year \&gt; 1950"|' 67 'constraint=' "no <constraint-message>"
variant bad-id '53s|id="crim"|id="2crim"|' 53 '2crim' "question id '2crim'"
variant duplicate-lang '55s|xml:lang="fr"|xml:lang="en"|' 55 '<label' "appears twice"
variant instrument-version '5s|version="1"|version="2"|' 5 '2"' "version '2'"
variant duplicate-paragraph '23s|number="2"|number="1"|' 23 '1"' "paragraph 5(1) is defined twice"
variant unknown-theme '16s|themes="criminalization"|themes="crime"|' 16 'crime' "unknown theme 'crime'"

# Not UTF-8: a Latin-1 byte in a French label.
sed -e '4s|Mini examen|Mini \xe9xamen|' "$EXAMPLE" >"$REVQ_SCRATCH/latin1.xml"
out=$("$REVQ_CLI" lint "$REVQ_SCRATCH/latin1.xml"); rc=$?
[ $rc -eq 1 ] || fail "latin1: exit $rc"
grep -qF "latin1.xml:4:29: error: the file is not valid UTF-8" <<<"$out" || fail "latin1: $out"

# Not a form.
echo '<questionnaire/>' >"$REVQ_SCRATCH/other.xml"
out=$("$REVQ_CLI" lint "$REVQ_SCRATCH/other.xml"); rc=$?
[ $rc -eq 1 ] || fail "not a form: exit $rc"
grep -qF "other.xml:1:1: error: this is not a revq form" <<<"$out" || fail "not a form: $out"

# --json on a broken file parses and carries line and column.
"$REVQ_CLI" lint --json "$REVQ_SCRATCH/min-max.xml" >"$REVQ_SCRATCH/broken.json"; rc=$?
[ $rc -eq 1 ] || fail "json broken exit $rc"
python3 - "$REVQ_SCRATCH/broken.json" <<'PY' || fail "broken json content"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["errors"] >= 1, d
m = [x for x in d["diagnostics"] if x["code"] == "min-greater-than-max"]
assert m and m[0]["line"] == 67 and m[0]["column"] == 65 and m[0]["severity"] == "error", d
PY
echo "ok"
