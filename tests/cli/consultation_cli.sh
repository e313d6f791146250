#!/bin/bash
# revq-cli split / merge / status (issue 12): a master split among three agencies, each
# contribution filled differently (a conflict between two, an answer outside an assignment,
# one identical in two), merged in all six orders with the same outcome; merging again is a
# no-op; contributions' bytes unchanged; refusals; status and reminders; the resolved master
# passes check and submit; provenance in the exported workbook.
set -u
: "${REVQ_CLI:?set REVQ_CLI to the revq-cli binary}"
: "${REVQ_SOURCE_DIR:?set REVQ_SOURCE_DIR to the source tree}"
: "${REVQ_SCRATCH:?set REVQ_SCRATCH to a scratch folder}"
F="$REVQ_SOURCE_DIR/forms/tip-protocol-review.xml"
S="$REVQ_SCRATCH"
rm -rf "$S" && mkdir -p "$S"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect() {
    local want=$1; shift
    "$@" >"$S/out" 2>&1
    local got=$?
    [ "$got" = "$want" ] || { fail "exit $got (wanted $want): $*"; sed 's/^/    /' "$S/out"; }
}
has() { grep -qF -- "$1" "$S/out" || { fail "output lacks '$1'"; sed 's/^/    /' "$S/out"; }; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

for c in split merge status; do
    expect 0 "$REVQ_CLI" $c --help; has "Usage: revq-cli $c"
done
expect 2 "$REVQ_CLI" split --form "$F" "$S/none.revq" -o "$S/out-dir"     # no --assign
expect 2 "$REVQ_CLI" merge --form "$F" "$S/none.revq"                     # no contribution
expect 2 "$REVQ_CLI" status

# --- a complete master (a submitted sample, carried over into a new draft) -----------------
expect 0 "$REVQ_CLI" sample --form "$F" --states FRA --seed 3 -o "$S/sample"
grep -q 'status value="submitted"' "$S/sample/FRA.revq" || fail "sample FRA with seed 3 is not submitted"
expect 0 "$REVQ_CLI" new --form "$F" --state FRA --from "$S/sample/FRA.revq" --by "Focal Point" -o "$S/master.revq"
# The questions the agencies will write start empty in the master.
python3 - "$S/master.revq" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = 'urn:revq:response:1'; ET.register_namespace('', ns)
t = ET.parse(sys.argv[1]); answers = t.getroot().find('{%s}answers' % ns)
for a in list(answers):
    if a.get('q') in ('a3_good_practices', 'a5_good_practices', 'a5_challenges', 'a8_challenges'):
        answers.remove(a)
t.write(sys.argv[1], encoding='UTF-8', xml_declaration=True)
PY
expect 0 "$REVQ_CLI" check --form "$F" "$S/master.revq"

# --- split -------------------------------------------------------------------------------
cat >"$S/assign.txt" <<'TXT'
# 2027 consultation
[Ministry of Justice]
contact = a.juge@justice.example
deadline = 2027-01-31
parts = 3, 5

[Police]
contact = b.agent@police.example
deadline = 2027-02-15
parts = 5, 8

[Ministry of Labour]
parts = 8
TXT
printf '[Police]\nparts = 5, 99\n' >"$S/bad-assign.txt"
cp "$S/master.revq" "$S/master.before"
expect 1 "$REVQ_CLI" split --form "$F" "$S/master.revq" --assign "$S/bad-assign.txt" -o "$S/c"
has "bad-assign.txt:2:12: error: '99' names no article"
cmp -s "$S/master.revq" "$S/master.before" || fail "a refused split changed the master"
[ -e "$S/c" ] && fail "a refused split wrote contributions"
expect 0 "$REVQ_CLI" split --form "$F" "$S/master.revq" --assign "$S/assign.txt" -o "$S/c"
J="$S/c/FRA-ministry-of-justice.revq"; P="$S/c/FRA-police.revq"; L="$S/c/FRA-ministry-of-labour.revq"
for f in "$J" "$P" "$L"; do [ -f "$f" ] || fail "split did not write $f"; done
grep -q '<contribution agency="Ministry of Justice" contact="a.juge@justice.example" deadline="2027-01-31" parts="a3 a5"' "$J" \
    || fail "the Justice contribution does not name its agency, contact, deadline and parts"
grep -q 'q="a8_1"' "$J" && fail "the Justice contribution holds an answer outside its parts"
grep -q 'q="a3_a"' "$J" || fail "the Justice contribution is not pre-filled"
expect 1 "$REVQ_CLI" split --form "$F" "$S/master.revq" --assign "$S/assign.txt" -o "$S/c"
has "exists already"
expect 0 "$REVQ_CLI" status "$S/master.revq" --form "$F"
has "Ministry of Justice"; has "Police"

# --- the agencies write ------------------------------------------------------------------
python3 - "$J" "$P" "$L" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = 'urn:revq:response:1'; ET.register_namespace('', ns)
def edit(path, person, agency, answers):
    t = ET.parse(path); r = t.getroot()
    people = r.find('{%s}contributors' % ns)
    if people is None:
        people = ET.Element('{%s}contributors' % ns); r.insert(list(r).index(r.find('{%s}status' % ns)) + 1, people)
    ET.SubElement(people, '{%s}contributor' % ns, id='w1', name=person, agency=agency)
    box = r.find('{%s}answers' % ns)
    for q, text, when in answers:
        for a in list(box):
            if a.get('q') == q: box.remove(a)
        a = ET.SubElement(box, '{%s}answer' % ns, q=q, changed=when, by='w1')
        ET.SubElement(a, '{%s}text' % ns).text = text
    t.write(path, encoding='UTF-8', xml_declaration=True)
j, p, l = sys.argv[1:4]
edit(j, 'A. Juge', 'Ministry of Justice', [
    ('a5_challenges', 'Judges lack training.', '2027-01-10T10:00:00Z'),
    ('a3_good_practices', 'Specialised prosecutors.', '2027-01-10T11:00:00Z')])
edit(p, 'B. Agent', 'Police', [
    ('a5_challenges', 'Few cases reach the courts.', '2027-01-11T10:00:00Z'),
    ('a8_challenges', 'Identification at borders.', '2027-01-12T10:00:00Z'),
    ('a5_good_practices', 'Joint investigation teams.', '2027-01-11T11:00:00Z')])
edit(l, 'C. Inspecteur', 'Ministry of Labour', [
    ('a8_challenges', 'Identification at borders.', '2027-01-13T10:00:00Z'),
    ('a3_good_practices', 'Labour inspections.', '2027-01-13T11:00:00Z')])
PY
SJ=$(sha "$J"); SP=$(sha "$P"); SL=$(sha "$L")

# --- merge in every order ----------------------------------------------------------------
# What must not depend on the order: answers (authors by name/agency, not id) and conflicts.
outcome() {
    python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = '{urn:revq:response:1}'
r = ET.parse(sys.argv[1]).getroot()
who = {c.get('id'): c.get('name') + '/' + c.get('agency') for c in r.iter(ns + 'contributor')}
def answer(a):
    attrs = sorted((k, who.get(v, v) if k == 'by' else v) for k, v in a.attrib.items())
    return repr(attrs) + ET.tostring(a, encoding='unicode').split('>', 1)[1]
for a in r.find(ns + 'answers'):
    print('A', answer(a))
for p in r.iter(ns + 'pending'):
    if p.get('conflict') == 'true':
        print('C', p.get('q'), p.get('has-base'))
        for v in p.findall(ns + 'version'):
            print('  V', v.get('agency'), v.get('person'), answer(v.find(ns + 'answer')))
PY
}
n=0
for order in "J P L" "J L P" "P J L" "P L J" "L J P" "L P J"; do
    n=$((n + 1)); m="$S/m$n.revq"; cp "$S/master.revq" "$m"
    files=(); for x in $order; do case $x in J) files+=("$J");; P) files+=("$P");; L) files+=("$L");; esac; done
    expect 1 "$REVQ_CLI" merge --form "$F" "$m" "${files[@]}"
    has "1 conflict(s) left"; has "a5_challenges"; has "Ministry of Justice, A. Juge, 2027-01-10T10:00:00Z: Judges lack training."
    has "Police, B. Agent, 2027-01-11T10:00:00Z: Few cases reach the courts."
    has "outside its assignment (not taken; use --include-outside to take them): a3_good_practices"
    outcome "$m" >"$S/outcome$n"
    [ "$n" = 1 ] || cmp -s "$S/outcome1" "$S/outcome$n" || { fail "order '$order' gives another outcome"; diff "$S/outcome1" "$S/outcome$n" | head; }
    # Merging again changes nothing (the file keeps its bytes).
    before=$(sha "$m")
    expect 1 "$REVQ_CLI" merge --form "$F" "$m" "$L" "$J" "$P"
    has "already merged; nothing changed"; has "unchanged"
    [ "$(sha "$m")" = "$before" ] || fail "merging again changed $m"
done
grep -q "^C a5_challenges false" "$S/outcome1" || fail "the conflict on a5_challenges is not stored"
grep -c "^C " "$S/outcome1" | grep -qx 1 || fail "expected exactly one conflict"
grep -q "Identification at borders" "$S/outcome1" || fail "the answer identical in two was not taken"
grep -q "Labour inspections" "$S/outcome1" && fail "the answer outside an assignment was taken"
grep -q "Specialised prosecutors" "$S/outcome1" || fail "Justice's answer was lost"
grep -q "Joint investigation teams" "$S/outcome1" || fail "Police's answer was lost"
[ "$(sha "$J")$(sha "$P")$(sha "$L")" = "$SJ$SP$SL" ] || fail "a contribution file was changed"
[ -f "$S/m1.revq.bak" ] || fail "merge kept no backup of the master"
grep -c 'note="merged contribution of' "$S/m1.revq" | grep -qx 3 || fail "the history does not record every merge"

# --- refusals ----------------------------------------------------------------------------
sed 's/<state code="FRA"/<state code="DEU"/' "$J" >"$S/deu.revq"
cp "$S/m1.revq" "$S/m1.before"
expect 1 "$REVQ_CLI" merge --form "$F" "$S/m1.revq" "$S/deu.revq"
has "deu.revq: the contribution is for State DEU, the master for FRA"
cmp -s "$S/m1.revq" "$S/m1.before" || fail "a refused merge changed the master"
expect 1 "$REVQ_CLI" merge --form "$F" "$S/m1.revq" "$S/sample/FRA.revq"
has "is not a contribution"

# --- status and reminders ----------------------------------------------------------------
cp "$S/master.revq" "$S/partial.revq"
expect 1 "$REVQ_CLI" merge --form "$F" "$S/partial.revq" "$J" "$P"
expect 0 "$REVQ_CLI" status "$S/partial.revq" --form "$F" --reminders "$S/remind.csv"
has "1 conflict(s) left"
grep -q '^Ministry of Labour,,,a8,no,0,' "$S/remind.csv" || { fail "the reminder list lacks Labour (not returned)"; cat "$S/remind.csv"; }
grep -q '^Ministry of Justice,a.juge@justice.example,2027-01-31,a3 a5,yes,1,.*,conflicts to settle' "$S/remind.csv" \
    || { fail "the reminder list lacks Justice's conflict"; cat "$S/remind.csv"; }

# --- resolve, check, submit, export ------------------------------------------------------
expect 0 "$REVQ_CLI" merge --form "$F" "$S/m1.revq" "$J" --prefer "Ministry of Justice"
has "Resolved 1 conflict(s)"
expect 0 "$REVQ_CLI" check --form "$F" "$S/m1.revq"
expect 0 "$REVQ_CLI" submit --form "$F" "$S/m1.revq"
expect 0 "$REVQ_CLI" check --form "$F" "$S/m1.revq"
expect 0 "$REVQ_CLI" status "$S/m1.revq" --form "$F"
has "0 conflict(s) left"
expect 0 "$REVQ_CLI" export --form "$F" --lang en -o "$S/m1.xlsx" "$S/m1.revq"
python3 - "$S/m1.xlsx" <<'PY' || fail "the exported workbook does not name who wrote the answers"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
text = ''.join(z.read(n).decode('utf-8') for n in z.namelist() if n.endswith('.xml'))
missing = [w for w in ('A. Juge', 'B. Agent', 'C. Inspecteur', 'Ministry of Justice', 'Police',
                       'Ministry of Labour', 'Judges lack training.') if w not in text]
if missing:
    print('missing from the workbook:', missing); sys.exit(1)
PY

[ "$failures" = 0 ] && echo "consultation_cli: all passed" && exit 0
echo "consultation_cli: $failures failure(s)"; exit 1
