#!/usr/bin/env bash
# The shipped questionnaire and instrument: lint without errors; every obligation-creating
# provision of articles 2-14 has its own closed question; the levels match the reading in
# docs/questionnaire.md; no authentic texts are shipped; the size stays as the Working Group
# asked. Needs: REVQ_CLI, REVQ_SOURCE_DIR, REVQ_SCRATCH, python3.
set -euo pipefail
: "${REVQ_CLI:?}" "${REVQ_SOURCE_DIR:?}" "${REVQ_SCRATCH:?}"
mkdir -p "$REVQ_SCRATCH"
cd "$REVQ_SOURCE_DIR"
form=forms/tip-protocol-review.xml
inst=forms/instruments/tip-protocol.xml

set +e
"$REVQ_CLI" lint --json --coverage "$form" > "$REVQ_SCRATCH/lint.json" 2> "$REVQ_SCRATCH/lint.err"
rc=$?
set -e
[ "$rc" -eq 0 ] || { echo "FAIL: lint exited $rc"; grep -v warning "$REVQ_SCRATCH/lint.err" | head; exit 1; }

python3 - "$REVQ_SCRATCH/lint.json" "$form" "$inst" <<'EOF'
import json, re, sys
import xml.etree.ElementTree as ET
lint_json, form_path, inst_path = sys.argv[1:]
F, I = "{urn:revq:form:1}", "{urn:revq:instrument:1}"
problems = []
lint = json.load(open(lint_json))
if lint["errors"] != 0:
    problems.append(f"lint reports {lint['errors']} errors")
cov = {p["provision"]: p for p in lint["coverage"][0]["coverage"]["provisions"]}

# Levels as read from the Protocol's verbs (docs/questionnaire.md, "Obligation levels").
M, Q, C, E, N = "mandatory", "mandatory-qualified", "consider", "endeavour", "none"
expected = {
    "1": N, "2": N, "2(a)": N, "2(b)": N, "2(c)": N, "3": N, "3(a)": N, "3(b)": N, "3(c)": N,
    "3(d)": N, "4": N, "5": M, "5(1)": M, "5(2)": M, "5(2)(a)": Q, "5(2)(b)": M, "5(2)(c)": M,
    "6": M, "6(1)": Q, "6(2)": Q, "6(2)(a)": Q, "6(2)(b)": Q, "6(3)": C, "6(3)(a)": C,
    "6(3)(b)": C, "6(3)(c)": C, "6(3)(d)": C, "6(4)": M, "6(5)": E, "6(6)": M,
    "7": C, "7(1)": C, "7(2)": Q, "8": M, "8(1)": M, "8(2)": M, "8(3)": M, "8(4)": M,
    "8(5)": N, "8(6)": N, "9": M, "9(1)": M, "9(1)(a)": M, "9(1)(b)": M, "9(2)": E, "9(3)": Q,
    "9(4)": M, "9(5)": M, "10": M, "10(1)": Q, "10(1)(a)": Q, "10(1)(b)": Q, "10(1)(c)": Q,
    "10(2)": M, "10(3)": M, "11": M, "11(1)": Q, "11(2)": Q, "11(3)": Q, "11(4)": M,
    "11(5)": C, "11(6)": C, "12": Q, "12(a)": Q, "12(b)": Q, "13": M, "14": N, "14(1)": N,
    "14(2)": N, "15": N, "16": N, "17": N, "18": N, "19": N, "20": N}
if set(cov) != set(expected):
    problems.append(f"provisions differ: extra {sorted(set(cov) - set(expected))}, "
                    f"missing {sorted(set(expected) - set(cov))}")
for ref, level in expected.items():
    if ref in cov and cov[ref]["level"] != level:
        problems.append(f"{ref}: level {cov[ref]['level']}, expected {level}")

form = ET.parse(form_path).getroot()
questions = {q.get("id"): q for q in form.iter(F + "question")}
closed = {i for i, q in questions.items() if q.get("type") in ("single", "multiple")
          and q.get("required") == "true"}
for ref, level in expected.items():
    art = int(re.match(r"\d+", ref).group())
    ids = cov.get(ref, {}).get("questions", [])
    if 2 <= art <= 14 and level != N and not (set(ids) & closed):
        problems.append(f"{ref} ({level}) has no required closed question")
    if (art == 1 or art >= 15) and ids:
        problems.append(f"article {ref} is not reviewed but has questions {ids}")
for art in ("2", "4", "14"):
    if not cov.get(art, {}).get("questions"):
        problems.append(f"article {art} is not reviewed by any question")

n = len(questions)
if not 120 <= n <= 200:
    problems.append(f"{n} questions: the brief asks for roughly 120-200")
for i in questions:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", i):
        problems.append(f"question id {i} is not lower-case [a-z][a-z0-9_]*")
for art in [str(a) for a in range(3, 15) if a != 4]:
    for suffix, qtype in (("challenges", "textarea"), ("good_practices", "textarea"), ("ta", "ta-needs")):
        q = questions.get(f"a{art}_{suffix}")
        if q is None or q.get("type") != qtype:
            problems.append(f"article {art}: no {qtype} question a{art}_{suffix}")
# Follow-ups appear only where they apply.
for i, q in questions.items():
    if i.endswith("_explain") and "'no'" not in (q.get("relevant") or ""):
        problems.append(f"{i}: an explanation should be relevant only after 'no'/'partly'")

inst = ET.parse(inst_path).getroot()
if list(inst.iter(I + "authentic")):
    problems.append("the instrument ships <authentic> texts; only the secretariat supplies them")
if inst.findtext(I + "citation") != "United Nations, Treaty Series, vol. 2237, p. 319":
    problems.append("citation is not UNTS vol. 2237, p. 319")
if "mtdsg_no=XVIII-12-a" not in inst.find(I + "link").get("href"):
    problems.append("link does not point to the UN Treaty Collection entry XVIII-12-a")
confirmed = {(x.get("instrument"), x.get("provision")) for x in inst.iter(I + "xref")
             if x.get("status") == "confirmed"}
if confirmed != {("som-protocol", "10"), ("som-protocol", "11"), ("som-protocol", "12"),
                 ("som-protocol", "13"), ("untoc", "27")}:
    problems.append(f"confirmed cross-references changed: {sorted(confirmed)}")

for p in problems:
    print("FAIL:", p)
print(f"questionnaire: {n} questions, {len(cov)} provisions, {len(problems)} problems")
sys.exit(1 if problems else 0)
EOF
