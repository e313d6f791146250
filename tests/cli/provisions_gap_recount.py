#!/usr/bin/env python3
"""Gap-analysis sheet of the summary workbook (issue 11 item 5), recounted independently.

Sample responses for a few States of every regional group, collate them with the shipped
layout, then rebuild the sheet from the XML files alone (form, instrument, responses,
states.xml) and compare: which provisions are rows, their order (mandatory first), each
State's answer, and per provision the number of States answering No or In part, overall and
per regional group. Rule (core/gap_analysis.h): a provision's answer comes from the closed
questions (single choice from a list holding yes, partly, no) whose effective references name
it; none answered -> Not answered, all yes -> Yes, all no -> No, otherwise In part.
"""
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import openpyxl  # Debian's python3-openpyxl
except ImportError:
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

CLI = os.environ["REVQ_CLI"]
SRC = os.environ["REVQ_SOURCE_DIR"]
SCRATCH = os.environ.get("REVQ_SCRATCH", "/tmp/revq-gap-recount")
FORM = os.path.join(SRC, "forms", "tip-protocol-review.xml")
INSTRUMENT = os.path.join(SRC, "forms", "instruments", "tip-protocol.xml")
STATES = os.path.join(SRC, "forms", "states.xml")
LAYOUT = os.path.join(SRC, "templates", "summary.xml")
F, I, R = "{urn:revq:form:1}", "{urn:revq:instrument:1}", "{urn:revq:response:1}"
GROUPS = ["african", "asia-pacific", "eastern-european", "latin-american-caribbean",
          "western-european-other"]
RANK = ["mandatory", "mandatory-qualified", "consider", "endeavour", "recommendation", "none"]
CODES = ["NGA", "KEN", "IND", "JPN", "POL", "UKR", "BRA", "MEX", "FRA", "CAN", "DEU", "ZAF"]

failures = []


def check(cond, message):
    if not cond:
        failures.append(message)
        print("FAIL:", message)


def run(args):
    p = subprocess.run([CLI] + args, capture_output=True, text=True)
    if p.returncode != 0:
        print(p.stdout, p.stderr)
        raise SystemExit(f"revq-cli {' '.join(args)} exited {p.returncode}")
    return p


# ---- instrument: key -> (level, reviewed) -------------------------------------------------
levels, reviewed = {}, {}


def walk(node, key, level, rev):
    kids = []
    for c in node:
        tag = c.tag[len(I):]
        if tag not in ("paragraph", "subparagraph"):
            continue
        k = f"{key}({c.get('number') or c.get('letter')})"
        lv = c.get("level") or level
        levels[k], reviewed[k] = lv, rev
        kids.append(walk(c, k, lv, rev))
    return [levels[key]] if levels.get(key) else [x for ks in kids for x in ks]


for part in ET.parse(INSTRUMENT).getroot().findall(I + "part"):
    for art in part.findall(I + "article"):
        n = art.get("number")
        rev = part.get("reviewed", "true") != "false" and art.get("reviewed", "true") != "false"
        levels[n], reviewed[n] = art.get("level"), rev
        below = walk(art, n, art.get("level"), rev)
        if not levels[n] and below:  # an article without a level takes its strongest part's
            levels[n] = min(below, key=RANK.index)

# ---- form: closed yes/partly/no questions and the provision each names ---------------------
form = ET.parse(FORM).getroot()
lists = {c.get("id"): {ch.get("value") for ch in c.findall(F + "choice")}
         for c in form.iter(F + "choices")}
closed_by_key = {}
for section in form.iter(F + "section"):
    for q in section.findall(F + "question"):
        if q.get("type") != "single" or not {"yes", "partly", "no"} <= lists.get(q.get("choices"), set()):
            continue
        refs = (q.get("refs") or section.get("refs") or section.get("article") or "").split()
        for r in dict.fromkeys(refs):
            closed_by_key.setdefault(r, []).append(q.get("id"))
rows = [k for k in levels if reviewed.get(k) and k in closed_by_key]

group_of = {s.get("code"): s.get("group")
            for s in ET.parse(STATES).getroot().iter("{urn:revq:states:1}state")}

# ---- sample, collate ------------------------------------------------------------------------
shutil.rmtree(SCRATCH, ignore_errors=True)
os.makedirs(SCRATCH)
resp = os.path.join(SCRATCH, "responses")
run(["sample", "--form", FORM, "--states", ",".join(CODES), "--seed", "7", "-o", resp,
     "--states-file", STATES])
out = os.path.join(SCRATCH, "summary.xlsx")
run(["collate", "--form", FORM, "--layout", LAYOUT, "--states-file", STATES, "-o", out, resp])

answers = {}
for name in sorted(os.listdir(resp)):
    if not name.endswith(".revq"):
        continue
    root = ET.parse(os.path.join(resp, name)).getroot()
    code = root.find(R + "state").get("code")
    answers[code] = {a.get("q"): [v.text or "" for v in a.findall(R + "value")]
                     for a in root.find(R + "answers").findall(R + "answer")}
check(sorted(answers) == sorted(CODES), f"sample wrote {sorted(answers)}")


def answer(code, key):
    got = [answers[code].get(q, []) for q in closed_by_key[key]]
    got = [v[0] for v in got if v]
    if not got:
        return "Not answered"
    if all(v == "yes" for v in got):
        return "Yes"
    if all(v == "no" for v in got):
        return "No"
    return "In part"


# ---- read the sheet -------------------------------------------------------------------------
wb = openpyxl.load_workbook(out)
check("Gap analysis" in wb.sheetnames, f"no Gap analysis sheet: {wb.sheetnames}")
ws = wb["Gap analysis"]
header = [c.value for c in ws[4]]
yes_col = header.index("Yes") if "Yes" in header else -1
check(yes_col >= 3 + len(GROUPS), f"header {header[:12]}: no group columns before Yes")
state_cols = {h: i for i, h in enumerate(header) if h in answers}
check(sorted(state_cols) == sorted(CODES), f"State columns {sorted(state_cols)}")
sheet_rows = [[c.value for c in row] for row in ws.iter_rows(min_row=5) if row[0].value]
got_keys = [r[0].replace("Art. ", "") for r in sheet_rows]
check(sorted(got_keys) == sorted(rows), f"rows differ: sheet {got_keys} vs recount {rows}")
ranks = [RANK.index(levels[k]) for k in got_keys if k in levels]
check(ranks == sorted(ranks), "rows are not ordered mandatory first")
check(len(rows) > 30, f"only {len(rows)} provisions in the recount")

nonzero = 0
for r in sheet_rows:
    key = r[0].replace("Art. ", "")
    if key not in closed_by_key:
        continue
    per_state = {code: answer(code, key) for code in answers}
    for code, col in state_cols.items():
        check(r[col] == per_state[code], f"{key} {code}: sheet {r[col]!r}, recount {per_state[code]!r}")
    bad = [c for c, a in per_state.items() if a in ("No", "In part")]
    nonzero += len(bad) > 0
    check(r[2] == len(bad), f"{key}: sheet says {r[2]} States answered No/In part, recount {len(bad)}")
    for g, gid in enumerate(GROUPS):
        n = sum(1 for c in bad if group_of.get(c) == gid)
        check(r[3 + g] == n, f"{key} group {gid}: sheet {r[3 + g]}, recount {n}")
    totals = [sum(1 for a in per_state.values() if a == w) for w in ("Yes", "In part", "No", "Not answered")]
    check(r[yes_col:yes_col + 4] == totals, f"{key} totals {r[yes_col:yes_col + 4]} vs {totals}")
check(nonzero > 0, "no provision with a No/In part answer: the sample proves nothing")

print(f"{len(sheet_rows)} provisions x {len(answers)} States recounted; {len(failures)} failures")
sys.exit(1 if failures else 0)
