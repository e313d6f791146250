#!/usr/bin/env python3
"""Acceptance test of `revq-cli sample` + `revq-cli collate` (issue 6).

Every count on the Counts and Technical assistance sheets is recounted here straight from the
.revq XML files and the form XML (independently of revq's code), the Counts sheet is also read
back by LibreOffice (CSV export), formula-like answers must be string cells, Arabic sheets must
be right-to-left, and a workspace holding a second revision, a tampered file, a wrong-form file
and a broken file is collated with each flagged and every file's bytes unchanged.

The sample generator only writes answers to questions that are relevant, so "answered" here
means "an answer is present in the file".
"""
import csv
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import openpyxl  # Debian's python3-openpyxl
except ImportError:  # a python3 without it first on PATH: use the system one
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

CLI = os.environ["REVQ_CLI"]
SRC = os.environ["REVQ_SOURCE_DIR"]
SCRATCH = os.environ.get("REVQ_SCRATCH", "/tmp/revq-export-acceptance")
FORM = os.path.join(SRC, "forms", "tip-protocol-review.xml")
STATES = os.path.join(SRC, "forms", "states.xml")
LAYOUT = os.path.join(SRC, "templates", "summary.xml")
F = "{urn:revq:form:1}"
R = "{urn:revq:response:1}"
GROUPS = ["african", "asia-pacific", "eastern-european", "latin-american-caribbean",
          "western-european-other"]

failures = []


def check(cond, message):
    if not cond:
        failures.append(message)
        print("FAIL:", message)


def run(args, expect=0):
    p = subprocess.run([CLI] + args, capture_output=True, text=True)
    if p.returncode != expect:
        print(p.stdout)
        print(p.stderr)
        raise SystemExit(f"revq-cli {' '.join(args)} exited {p.returncode}, expected {expect}")
    return p


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def relevance_rule(expr):
    """A relevance rule of the shipped form, "$q = 'v' or $r = 'w' ...", as a list of (q, v):
    true when any question has the value (for a multiple choice: the value is selected). Any
    other shape stops the test, so a new kind of rule gets its own recount here."""
    if not expr:
        return None
    terms = []
    for term in expr.split(" or "):
        m = re.fullmatch(r"\s*\$([A-Za-z_][\w.-]*)\s*=\s*'([^']*)'\s*", term)
        if not m:
            raise SystemExit(f"relevance rule {expr!r} is not of the form $q = 'v' or ...; "
                             "extend the recount in this test")
        terms.append((m.group(1), m.group(2)))
    return terms


# ---- the form, read independently --------------------------------------------------------
form = ET.parse(FORM).getroot()
choice_lists = {c.get("id"): [ch.get("value") for ch in c.findall(F + "choice")]
                for c in form.iter(F + "choices")}
questions = {}  # id -> (type, choices, article)
relevance = {}  # id -> [(question, value)...] or None (always relevant)
for section in form.iter(F + "section"):
    check(not section.get("relevant"), "a section has a relevance rule: extend the recount")
    for q in section.findall(F + "question"):
        relevance[q.get("id")] = relevance_rule(q.get("relevant"))
        qtype = q.get("type")
        lst = q.get("choices") or ("ta-kinds" if qtype == "ta-needs" else None)
        article = section.get("article") or ""
        if not article:
            refs = (q.get("refs") or section.get("refs") or "").split()
            article = refs[0].split("(")[0] if refs else ""
        questions[q.get("id")] = (qtype, choice_lists.get(lst, []), article)

group_of = {s.get("code"): s.get("group")
            for s in ET.parse(STATES).getroot().iter("{urn:revq:states:1}state")}


def read_responses(folder):
    out = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.revq"))):
        root = ET.parse(path).getroot()
        code = root.find(R + "state").get("code")
        answers = {}
        for a in root.find(R + "answers").findall(R + "answer"):
            answers[a.get("q")] = [v.text or "" for v in a.findall(R + "value")]
        out[code] = answers
    return out


# ---- sample, inject formula-like answers, collate ------------------------------------------
shutil.rmtree(SCRATCH, ignore_errors=True)
os.makedirs(SCRATCH)
resp = os.path.join(SCRATCH, "responses")
run(["sample", "--form", FORM, "--states", "all", "--seed", "11", "-o", resp,
     "--states-file", STATES])
files = sorted(glob.glob(os.path.join(resp, "*.revq")))
check(len(files) == len(group_of), f"sample wrote {len(files)} files for {len(group_of)} States")

formulas = ['=HYPERLINK("http://x","y")', "+1", "@SUM(A1)", "-2"]
textareas = [q for q, (t, _, _) in questions.items() if t == "textarea"]
injected = []
for path in files:
    if len(injected) == len(formulas):
        break
    tree = ET.parse(path)
    root = tree.getroot()
    if root.find(R + "status").get("value") != "draft":
        continue  # keep submitted files intact
    for a in root.find(R + "answers").findall(R + "answer"):
        t = a.find(R + "text")
        if a.get("q") in textareas and t is not None:
            t.text = formulas[len(injected)]
            injected.append((root.find(R + "state").get("code"), a.get("q"), t.text))
            ET.register_namespace("", R[1:-1])
            tree.write(path, encoding="UTF-8", xml_declaration=True)
            break
check(len(injected) == len(formulas), "could not place every formula-like answer")

out = os.path.join(SCRATCH, "summary.xlsx")
p = run(["collate", "--form", FORM, "--layout", LAYOUT, "--states-file", STATES, "-o", out, resp])
check("Wrote" in p.stdout, "collate did not report the workbook")
responses = read_responses(resp)

wb = openpyxl.load_workbook(out)
names = wb.sheetnames
for want in ["Overview", "Counts", "Technical assistance", "Statistics", "Texts", "Legislation"]:
    check(want in names, f"sheet {want} missing: {names}")
check(wb.properties.title and "Summary" in wb.properties.title, "document title missing")

# ---- Counts: independent recount -----------------------------------------------------------
# Keys: (q, value) for an option row, (q, "") for the row States answering (the percentages'
# denominator), (q, "relevant") for the row States to which the question applies. Relevance is
# recounted from the rules: the sample writes answers only to relevant questions, so a
# question that is not relevant has no answer in the file and its variable reads as empty.
def is_relevant(q, answers):
    rule = relevance[q]
    return rule is None or any(v in answers.get(name, []) for name, v in rule)


expected = {}  # (q, value or "" or "relevant") -> [total, per group...]
for q, (qtype, choices, _) in questions.items():
    if qtype not in ("single", "multiple", "ta-needs") or not choices:
        continue
    for v in choices + ["", "relevant"]:
        expected[(q, v)] = [0] * (1 + len(GROUPS))
    for code, answers in responses.items():
        g = GROUPS.index(group_of[code]) + 1 if group_of.get(code) in GROUPS else None
        if not is_relevant(q, answers):
            check(q not in answers, f"{code} answers {q}, which its rule makes not relevant")
            continue
        keys = {"relevant"}
        if q in answers and answers[q]:
            keys |= {v for v in answers[q] if v in choices} | {""}
        for k in keys:
            expected[(q, k)][0] += 1
            if g:
                expected[(q, k)][g] += 1
check(any(expected[(q, "relevant")][0] > expected[(q, "")][0]
          for q, v in expected if v == "relevant"),
      "no question is relevant but unanswered anywhere: the relevant row is not tested")
check(any(expected[(q, "relevant")][0] < len(responses) for q, v in expected if v == "relevant"),
      "every question is relevant for every State: the relevance recount is not tested")

ANSWERING, RELEVANT = "States answering", "States to which the question applies"


def counts_key(q, option_label, value):
    """The recount's key of a Counts row (English layout: base rows by their label)."""
    if option_label == RELEVANT:
        return (q, "relevant")
    if option_label == ANSWERING:
        return (q, "")
    return (q, value or "")


check(len(expected) > 50 and sum(v[0] for v in expected.values()) > 1000,
      "the recount found too little to be a test")
ws = wb["Counts"]
seen = {}
for row in ws.iter_rows(min_row=2, values_only=True):
    if row[0] is None:
        continue
    counts = [row[5]] + [row[7 + 2 * i] for i in range(len(GROUPS))]
    key = counts_key(row[0], row[3], row[4])
    check(key not in seen, f"Counts has two rows for {key}")
    seen[key] = [int(c or 0) for c in counts]
    if key[1] in ("", "relevant"):
        check(row[4] is None and row[6] is None, f"Counts base row {key} has a value or a %")
    if key[1] not in ("", "relevant") and key in expected:
        # Every % (overall, then per group) is the option's count over the answering base;
        # blank where no State of the group answered.
        for i, pct in enumerate([row[6]] + [row[8 + 2 * g] for g in range(len(GROUPS))]):
            base = expected[(row[0], "")][i]
            want = expected[key][i] / base if base else None
            check(pct is None if want is None else abs(pct - want) < 1e-9,
                  f"Counts % for {row[0]}={row[4]} (column {6 + 2 * i}): "
                  f"{pct} != {want}")
check(seen == expected,
      "Counts differ from the recount: " +
      str([(k, seen.get(k), v) for k, v in expected.items() if seen.get(k) != v][:5]))

# LibreOffice reads the same Counts (one start, private profile).
lo_dir = os.path.join(SCRATCH, "lo")
os.makedirs(lo_dir)
subprocess.run(["soffice", f"-env:UserInstallation=file://{SCRATCH}/lo-profile", "--headless",
                "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
                "--outdir", lo_dir, out], capture_output=True, timeout=300)
lo_counts = [f for f in glob.glob(os.path.join(lo_dir, "*.csv")) if "Counts" in f]
check(len(lo_counts) == 1, f"LibreOffice did not export the Counts sheet: {os.listdir(lo_dir)}")
if lo_counts:
    lo_seen = {}
    with open(lo_counts[0], encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f)):
            if i == 0 or not row or not row[0]:
                continue
            lo_seen[counts_key(row[0], row[3], row[4])] = [int(row[5] or 0)] + \
                [int(row[7 + 2 * g] or 0) for g in range(len(GROUPS))]
    check(lo_seen == expected, "LibreOffice's Counts differ from the recount")

# ---- Technical assistance: matrix and totals -----------------------------------------------
ta_qs = {q: (choices, art) for q, (t, choices, art) in questions.items() if t == "ta-needs"}
needs = {}  # code -> article -> set(kinds)
for code, answers in responses.items():
    for q, (choices, art) in ta_qs.items():
        for v in answers.get(q, []):
            if v in choices:
                needs.setdefault(code, {}).setdefault(art, set()).add(v)
ws = wb["Technical assistance"]
rows = list(ws.iter_rows(values_only=True))
header = rows[0]
art_cols = {h[5:]: i for i, h in enumerate(header) if isinstance(h, str) and h.startswith("Art. ")}
check(set(art_cols) == {a for _, a in ta_qs.values()}, f"TA articles {sorted(art_cols)}")
matrix_rows = 0
for row in rows[1:]:
    if row[0] in responses:
        matrix_rows += 1
        for art, col in art_cols.items():
            want = len(needs.get(row[0], {}).get(art, set()))
            check(int(row[col] or 0) == want, f"TA {row[0]} art {art}: {row[col]} != {want}")
check(matrix_rows == len(responses), "TA matrix lacks States")
kinds = choice_lists["ta-kinds"]
kind_header = next(i for i, r in enumerate(rows) if r[0] == "Value")
for row in rows[kind_header + 1: kind_header + 1 + len(kinds)]:
    k = row[0]
    for art, col in art_cols.items():
        want = sum(1 for n in needs.values() if k in n.get(art, set()))
        check(row[col] == want, f"TA kind {k} art {art}: {row[col]} != {want}")
    any_art = sum(1 for n in needs.values() if any(k in s for s in n.values()))
    check(row[len(header) - 2] == any_art, f"TA kind {k} any article")
states_needing = next(r for r in rows if r[1] == "States needing assistance")
for art, col in art_cols.items():
    want = sum(1 for n in needs.values() if n.get(art))
    check(states_needing[col] == want, f"TA States needing art {art}")

# ---- formula-like answers are strings ------------------------------------------------------
ws = wb["Texts"]
found = {}
for row in ws.iter_rows(min_row=2):
    v = row[6].value
    if v in formulas:
        found[v] = row[6].data_type
for f in formulas:
    check(found.get(f) == "s", f"formula-like answer {f!r} is not a string cell: {found.get(f)}")

# ---- Arabic: right to left ------------------------------------------------------------------
out_ar = os.path.join(SCRATCH, "summary-ar.xlsx")
run(["collate", "--form", FORM, "--layout", LAYOUT, "--states-file", STATES, "--lang", "ar",
     "-o", out_ar, resp])
wb_ar = openpyxl.load_workbook(out_ar)
for ws in wb_ar.worksheets:
    check(ws.sheet_view.rightToLeft, f"Arabic sheet {ws.title} is not right-to-left")
check("نظرة عامة" in wb_ar.sheetnames, f"Arabic sheet names: {wb_ar.sheetnames}")

# ---- a workspace with problems -------------------------------------------------------------
wsdir = os.path.join(SCRATCH, "workspace")
os.makedirs(wsdir)
submitted = []
for path in files:
    if ET.parse(path).getroot().find(R + "status").get("value") == "submitted":
        submitted.append(path)
a, b, c = submitted[0], submitted[1], submitted[2]
shutil.copy(a, wsdir)
with open(a, encoding="utf-8") as f:
    text = f.read()
# A second revision from the same State, submitted later (the hash covers answers, not dates).
second = text.replace('submitted="2026-', 'submitted="2027-', 1)
with open(os.path.join(wsdir, "second-revision.revq"), "w", encoding="utf-8") as f:
    f.write(second)
with open(b, encoding="utf-8") as f:
    tampered = f.read()
i = tampered.index("<value>")
old_value = tampered[i + 7: tampered.index("</value>", i)]
new_value = "yes" if old_value != "yes" else "no"  # certainly another answer
tampered = tampered[:i] + f"<value>{new_value}</value>" + tampered[tampered.index("</value>", i) + 8:]
with open(os.path.join(wsdir, "tampered.revq"), "w", encoding="utf-8") as f:
    f.write(tampered)
with open(c, encoding="utf-8") as f:
    other = f.read().replace('<form id="tip-protocol-review"', '<form id="smuggling-review"', 1)
with open(os.path.join(wsdir, "wrong-form.revq"), "w", encoding="utf-8") as f:
    f.write(other)
with open(os.path.join(wsdir, "broken.revq"), "w", encoding="utf-8") as f:
    f.write(text[: len(text) // 2])
before = {p: sha(p) for p in glob.glob(os.path.join(wsdir, "*"))}
p = run(["collate", "--form", FORM, "--layout", LAYOUT, "--states-file", STATES,
         "-o", os.path.join(SCRATCH, "ws.xlsx"), wsdir])
after = {p2: sha(p2) for p2 in glob.glob(os.path.join(wsdir, "*"))}
check(before == after, "collating changed files in the workspace")
lines = p.stdout.splitlines()


def line_for(name):
    return " ".join(l for l in lines if l.strip().startswith(name + ":"))


check("revisions" in line_for("second-revision.revq"), "second revision not flagged:\n" + p.stdout)
check("changed after submission" in line_for("tampered.revq"), "tampered file not flagged")
check("another questionnaire" in line_for("wrong-form.revq"), "wrong-form file not flagged")
broken = line_for("broken.revq")
check("unreadable" in broken and "broken.revq:" in broken.split("unreadable", 1)[1],
      "broken file not flagged with file:line:col: " + broken)

if failures:
    print(f"{len(failures)} checks failed")
    sys.exit(1)
print("export acceptance: all checks passed")
