#!/usr/bin/python3
"""The benchmark's peer: what a secretariat analyst would write instead of using revq.

Reads the same response files with the standard XML library and writes, with Debian's
python3-xlsxwriter, a summary workbook with the same sheets and the same cell contents as
`revq-cli collate` with the shipped layout (templates/summary.xml): overview, answers per
cluster, counts by regional group with a chart per question, the technical-assistance matrix
with its chart, statistics, texts and legislation. It checks each submission's integrity hash
and picks one file per State as revq does, so the race is about the same work.

Written plainly, as a competent analyst would: no deliberate slowness, no heroic tuning.
Limits (the benchmark does not need them): no workspace.xml decisions, responses to another
version of the form are skipped rather than mapped.

Usage: peer.py --form FORM [--layout LAYOUT] [--states-file STATES] [--lang LANG]
               -o OUT.xlsx (RESPONSE|DIR)...
       peer.py --bench-layout LAYOUT OUT_LAYOUT   (LAYOUT without the sheets the peer does
                                                  not write; prints their kinds)
"""
import argparse
import base64
import datetime
import hashlib
import os
import re
import sys
import xml.etree.ElementTree as ET

import xlsxwriter

FORM_NS = "{urn:revq:form:1}"
RESP_NS = "{urn:revq:response:1}"
STATES_NS = "{urn:revq:states:1}"
LAYOUT_NS = "{urn:revq:layout:1}"
INSTR_NS = "{urn:revq:instrument:1}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"

GROUPS = ["african", "asia-pacific", "eastern-european", "latin-american-caribbean",
          "western-european-other"]
GROUP_LABELS_EN = {
    "african": "African States",
    "asia-pacific": "Asia-Pacific States",
    "eastern-european": "Eastern European States",
    "latin-american-caribbean": "Latin American and Caribbean States",
    "western-european-other": "Western European and other States",
    "none": "No regional group",
}
CHECK = "\u2713"
MAX_CELL = 32767
TRUNCATED = " [\u2026truncated by revq]"


# ---------------------------------------------------------------------------------------------
# Multilingual text: {lang: text}, English as the fallback.

def texts(parent, tag):
    out = {}
    for el in parent.findall(tag):
        value = (el.text or "").strip()
        if value and el.get(LANG) not in out:
            out[el.get(LANG)] = value
    return out


def pick(text, lang):
    if text.get(lang):
        return text[lang]
    if "en" in text:
        return text["en"]
    return text[sorted(text)[0]] if text else ""


# ---------------------------------------------------------------------------------------------
# Relevance expressions: the XPath 1.0 subset forms use, translated into Python closures.
# Values are str (strings), float (numbers), bool, or list (node-sets of strings).

TOKEN = re.compile(r"\s*(?:(\$[A-Za-z_][A-Za-z0-9_]*)|('[^']*'|\"[^\"]*\")|(\d+(?:\.\d*)?|\.\d+)"
                   r"|(!=|<=|>=|=|<|>|\(|\)|,|\+|-|\*)|([A-Za-z_][A-Za-z0-9_-]*))")


def tokenize(src):
    pos, out = 0, []
    src = src.strip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise ValueError("cannot read the expression %r at %d" % (src, pos))
        pos = m.end()
        var, string, number, op, name = m.groups()
        if var:
            out.append(("var", var[1:]))
        elif string:
            out.append(("str", string[1:-1]))
        elif number:
            out.append(("num", float(number)))
        elif op:
            out.append(("op", op))
        else:
            out.append(("name", name))
    return out


def to_string(v):
    if isinstance(v, list):
        return v[0] if v else ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return str(int(v)) if v == int(v) else repr(v)
    return v


def to_number(v):
    if isinstance(v, float):
        return v
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    try:
        return float(to_string(v).strip())
    except ValueError:
        return float("nan")


def to_bool(v):
    if isinstance(v, list):
        return bool(v)
    if isinstance(v, float):
        return v == v and v != 0
    return bool(v)


def compare(op, a, b):
    ops = {"=": lambda x, y: x == y, "!=": lambda x, y: x != y, "<": lambda x, y: x < y,
           ">": lambda x, y: x > y, "<=": lambda x, y: x <= y, ">=": lambda x, y: x >= y}
    f = ops[op]
    if isinstance(a, list) or isinstance(b, list):
        left = a if isinstance(a, list) else [a]
        right = b if isinstance(b, list) else [b]
        return any(compare(op, x, y) for x in left for y in right)
    if op in ("=", "!="):
        if isinstance(a, bool) or isinstance(b, bool):
            return f(to_bool(a), to_bool(b))
        if isinstance(a, float) or isinstance(b, float):
            return f(to_number(a), to_number(b))
        return f(a, b)
    return f(to_number(a), to_number(b))


FUNCTIONS = {
    "not": lambda a: not to_bool(a),
    "count": lambda a: float(len(a)),
    "sum": lambda a: sum(to_number(x) for x in a),
    "number": to_number,
    "string": to_string,
    "boolean": to_bool,
    "true": lambda: True,
    "false": lambda: False,
    "contains": lambda a, b: to_string(b) in to_string(a),
    "starts-with": lambda a, b: to_string(a).startswith(to_string(b)),
    "string-length": lambda a: float(len(to_string(a))),
    "normalize-space": lambda a: " ".join(to_string(a).split()),
    "substring-after": lambda a, b: to_string(a).partition(to_string(b))[2]
    if to_string(b) in to_string(a) else "",
}


class Parser:
    """Recursive descent over or/and/comparison/additive/unary/primary."""

    def __init__(self, src):
        self.src = src
        self.toks = tokenize(src)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self):
        t = self.peek()
        self.i += 1
        return t

    def parse(self):
        e = self.or_expr()
        if self.i != len(self.toks):
            raise ValueError("unexpected %r in %r" % (self.peek()[1], self.src))
        return e

    def or_expr(self):
        e = self.and_expr()
        while self.peek() == ("name", "or"):
            self.take()
            l, r = e, self.and_expr()
            e = lambda env, l=l, r=r: to_bool(l(env)) or to_bool(r(env))
        return e

    def and_expr(self):
        e = self.cmp_expr()
        while self.peek() == ("name", "and"):
            self.take()
            l, r = e, self.cmp_expr()
            e = lambda env, l=l, r=r: to_bool(l(env)) and to_bool(r(env))
        return e

    def cmp_expr(self):
        e = self.add_expr()
        while self.peek()[0] == "op" and self.peek()[1] in ("=", "!=", "<", ">", "<=", ">="):
            op = self.take()[1]
            l, r = e, self.add_expr()
            e = lambda env, l=l, r=r, op=op: compare(op, l(env), r(env))
        return e

    def add_expr(self):
        e = self.unary()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            l, r = e, self.unary()
            if op == "+":
                e = lambda env, l=l, r=r: to_number(l(env)) + to_number(r(env))
            else:
                e = lambda env, l=l, r=r: to_number(l(env)) - to_number(r(env))
        return e

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            inner = self.unary()
            return lambda env: -to_number(inner(env))
        return self.primary()

    def primary(self):
        kind, value = self.take()
        if kind == "var":
            return lambda env, name=value: env(name)
        if kind == "str":
            return lambda env, v=value: v
        if kind == "num":
            return lambda env, v=value: v
        if kind == "op" and value == "(":
            e = self.or_expr()
            if self.take() != ("op", ")"):
                raise ValueError("missing ) in %r" % self.src)
            return e
        if kind == "name" and value in FUNCTIONS and self.peek() == ("op", "("):
            self.take()
            args = []
            if self.peek() != ("op", ")"):
                args.append(self.or_expr())
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.or_expr())
            if self.take() != ("op", ")"):
                raise ValueError("missing ) in %r" % self.src)
            f = FUNCTIONS[value]
            return lambda env, f=f, args=args: f(*[a(env) for a in args])
        raise ValueError("unsupported XPath %r in %r" % (value, self.src))


def compile_expr(src):
    return Parser(src).parse() if src and src.strip() else None


# ---------------------------------------------------------------------------------------------
# The form.

class Form:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.id = root.get("id")
        self.version = root.get("version")
        self.title = texts(root, FORM_NS + "title")
        self.choice_lists = {}
        for cl in root.iter(FORM_NS + "choices"):
            self.choice_lists[cl.get("id")] = [
                {"value": c.get("value"), "label": texts(c, FORM_NS + "label")}
                for c in cl.findall(FORM_NS + "choice")]
        self.articles = self.instrument_articles(root, os.path.dirname(path))
        self.clusters, self.sections, self.questions = [], [], []
        for cl in root.findall(FORM_NS + "cluster"):
            cluster = {"number": cl.get("number", ""), "title": texts(cl, FORM_NS + "title"),
                       "sections": []}
            for se in cl.findall(FORM_NS + "section"):
                section = {"id": se.get("id"), "article": se.get("article", ""),
                           "refs": se.get("refs", "").split(),
                           "relevant": compile_expr(se.get("relevant")), "questions": []}
                for qe in se.findall(FORM_NS + "question"):
                    section["questions"].append(len(self.questions))
                    self.questions.append(self.read_question(qe, len(self.sections)))
                cluster["sections"].append(len(self.sections))
                self.sections.append(section)
            self.clusters.append(cluster)
        self.index = {q["id"]: i for i, q in enumerate(self.questions)}

    def read_question(self, qe, section):
        qtype = qe.get("type")
        list_id = qe.get("choices") or ("ta-kinds" if qtype == "ta-needs" else None)
        q = {"id": qe.get("id"), "type": qtype, "label": texts(qe, FORM_NS + "label"),
             "refs": qe.get("refs", "").split(), "section": section,
             "choices": self.choice_lists.get(list_id) if list_id else None,
             "relevant": compile_expr(qe.get("relevant")),
             "cell_type": qe.get("cell-type", "integer"), "rows": [], "columns": []}
        for axis, tag in (("rows", "row"), ("columns", "column")):
            holder = qe.find(FORM_NS + axis)
            if holder is not None:
                q[axis] = [{"id": r.get("id"), "label": texts(r, FORM_NS + "label")}
                           for r in holder.findall(FORM_NS + tag)]
        return q

    @staticmethod
    def instrument_articles(root, base):
        inst = root.find(FORM_NS + "instrument")
        if inst is None:
            return []
        definition = inst.find(INSTR_NS + "instrument-definition")
        if definition is None and inst.get("href"):
            definition = ET.parse(os.path.join(base, inst.get("href"))).getroot()
        if definition is None:
            return []
        return [a.get("number") for a in definition.iter(INSTR_NS + "article")]

    def refs(self, q):
        if q["refs"]:
            return q["refs"]
        s = self.sections[q["section"]]
        if s["refs"]:
            return s["refs"]
        return [s["article"]] if s["article"] else []

    def refs_text(self, q):
        refs = self.refs(q)
        return "Art. " + ", ".join(refs) if refs else ""

    def article_of(self, q):
        s = self.sections[q["section"]]
        if s["article"]:
            return s["article"]
        for r in self.refs(q):
            m = re.match(r"\d+", r)
            if m:
                return m.group(0)
        return ""


# ---------------------------------------------------------------------------------------------
# Responses.

def text_of(el):
    """The element's own character data, as revq reads it (child elements' text excluded)."""
    if el is None:
        return ""
    return "".join([el.text or ""] + [c.tail or "" for c in el])


def read_answer(el):
    a = {"q": el.get("q"), "values": [], "text": "", "cells": {}, "citations": []}
    for c in el:
        tag = c.tag
        if tag == RESP_NS + "value":
            a["values"].append(text_of(c))
        elif tag == RESP_NS + "text":
            a["text"] = text_of(c)
        elif tag == RESP_NS + "cell":
            a["cells"][(c.get("row"), c.get("col"))] = text_of(c)
        elif tag == RESP_NS + "citation":
            cit = {"title": text_of(c.find(RESP_NS + "title")),
                   "provision": text_of(c.find(RESP_NS + "provision")),
                   "url": text_of(c.find(RESP_NS + "url")), "excerpt": None}
            x = c.find(RESP_NS + "excerpt")
            if x is not None:
                cit["excerpt"] = {"name": x.get("name", ""), "type": x.get("media-type", ""),
                                  "data": base64.b64decode("".join(text_of(x).split()))}
            a["citations"].append(cit)
    return a


def is_empty(a):
    return not (a["values"] or a["text"] or a["cells"] or a["citations"])


def read_response(path):
    root = ET.parse(path).getroot()
    if root.tag != RESP_NS + "response":
        raise ValueError("not a revq response")
    form = root.find(RESP_NS + "form")
    status = root.find(RESP_NS + "status")
    r = {"form_id": form.get("id"), "form_version": form.get("version"),
         "state": root.find(RESP_NS + "state").get("code"),
         "status": status.get("value"), "created": status.get("created", ""),
         "submitted": status.get("submitted", ""), "answers": {}, "set_aside": [],
         "history": [], "integrity": ""}
    answers = root.find(RESP_NS + "answers")
    if answers is not None:
        for el in answers.findall(RESP_NS + "answer"):
            r["answers"][el.get("q")] = read_answer(el)
    aside = root.find(RESP_NS + "set-aside")
    if aside is not None:
        for el in aside.findall(RESP_NS + "answer"):
            r["set_aside"].append((el.get("from-form", ""), el.get("from-version", ""),
                                   read_answer(el)))
    history = root.find(RESP_NS + "history")
    if history is not None:
        r["history"] = [rev.get("at", "") for rev in history.findall(RESP_NS + "revision")]
    integrity = root.find(RESP_NS + "integrity")
    if integrity is not None:
        r["integrity"] = (integrity.text or "").strip()
    return r


def netstring(s):
    b = s.encode("utf-8") if isinstance(s, str) else s
    return str(len(b)).encode() + b":" + b + b","


def answer_content(a):
    out = [b"A", netstring(a["q"])]
    for v in a["values"]:
        out += [b"v", netstring(v)]
    if a["text"]:
        out += [b"t", netstring(a["text"])]
    for key in sorted(a["cells"], key=lambda k: (k[0].encode(), k[1].encode())):
        out += [b"c", netstring(key[0]), netstring(key[1]), netstring(a["cells"][key])]
    for c in a["citations"]:
        out += [b"l", netstring(c["title"]), netstring(c["provision"]), netstring(c["url"])]
        if c["excerpt"] is not None:
            x = c["excerpt"]
            out += [b"x", netstring(x["name"]), netstring(x["type"]),
                    netstring(str(len(x["data"]))), netstring(hashlib.sha256(x["data"]).hexdigest())]
    out.append(b"\n")
    return b"".join(out)


def content_hash(r):
    parts = [b"revq-content-1\nF", netstring(r["form_id"]), netstring(r["form_version"]),
             b"S", netstring(r["state"]), b"\n"]
    for q in sorted(r["answers"], key=lambda k: k.encode()):
        if not is_empty(r["answers"][q]):
            parts.append(answer_content(r["answers"][q]))
    for form_id, version, a in r["set_aside"]:
        parts += [b"X", netstring(form_id), netstring(version), answer_content(a)]
    return hashlib.sha256(b"".join(parts)).hexdigest()


def evaluate(form, answers):
    """(relevant, answered) per question, relevance cascading as in XForms."""
    n = len(form.questions)
    relevant = [None] * n
    section_relevant = [None] * len(form.sections)

    def section_ok(si):
        if section_relevant[si] is None:
            e = form.sections[si]["relevant"]
            section_relevant[si] = to_bool(e(variable)) if e else True
        return section_relevant[si]

    def is_relevant(qi):
        if relevant[qi] is None:
            q = form.questions[qi]
            relevant[qi] = section_ok(q["section"]) and (
                to_bool(q["relevant"](variable)) if q["relevant"] else True)
        return relevant[qi]

    def variable(name):
        qi = form.index[name]
        q = form.questions[qi]
        a = answers.get(name)
        node_set = q["type"] in ("multiple", "ta-needs", "table", "legislation")
        if not is_relevant(qi) or a is None or is_empty(a):
            return [] if node_set else ""
        if q["type"] in ("multiple", "ta-needs"):
            return list(a["values"])
        if q["type"] == "table":
            return [v for _, v in sorted(a["cells"].items()) if v]
        if q["type"] == "legislation":
            return [c["title"] for c in a["citations"]]
        if q["type"] == "single":
            return a["values"][0] if a["values"] else ""
        return a["text"]

    answered = []
    for qi, q in enumerate(form.questions):
        is_relevant(qi)
        a = answers.get(q["id"])
        answered.append(q["type"] != "note" and a is not None and not is_empty(a))
    return relevant, answered


# ---------------------------------------------------------------------------------------------
# Collation: one file per State, flags, the rows of the Overview.

def response_files(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p)
                            if f.endswith(".revq") and os.path.isfile(os.path.join(p, f)))
        elif os.path.exists(p):
            files.append(p)
    return files


def read_states(path):
    states = {}
    for st in ET.parse(path).getroot().findall(STATES_NS + "state"):
        states[st.get("code")] = {"group": st.get("group"), "name": texts(st, STATES_NS + "name")}
    return states


def collate(form, states, paths, lang):
    files = []
    for path in response_files(paths):
        f = {"name": os.path.basename(path), "problems": [], "usable": False, "state": ""}
        files.append(f)
        try:
            r = read_response(path)
        except Exception as e:  # an analyst's script reports and goes on
            f["problems"].append("unreadable: %s (ask the State to send the file again)" % e)
            continue
        f["state"] = r["state"]
        if r["form_id"] != form.id or r["form_version"] != form.version:
            f["problems"].append(
                "answers another questionnaire ('%s' version %s), not '%s': not collated; "
                "collate it with its own form" % (r["form_id"], r["form_version"], form.id)
                if r["form_id"] != form.id else
                "answers version %s of the form, not %s: not collated (the peer does not map "
                "versions)" % (r["form_version"], form.version))
            continue
        if r["state"] not in states:
            f["problems"].append("names the State '%s', which is not in the States list: not "
                                 "collated; correct the State code" % r["state"])
            continue
        f["response"] = r
        f["usable"] = True
        f["intact"] = False
        if r["status"] == "submitted":
            if not r["integrity"]:
                f["problems"].append("marked submitted but has no integrity hash; ask the State "
                                     "to submit it again from revq")
            elif content_hash(r) != r["integrity"]:
                f["problems"].append(
                    "changed after submission: its answers no longer match the integrity hash "
                    "stored when it was submitted; ask the State to confirm or resubmit")
            else:
                f["intact"] = True

    def tier(f):
        if f["response"]["status"] == "submitted":
            return 0 if f["intact"] else 2
        return 1

    def time_of(f):
        r = f["response"]
        if r["status"] == "submitted" and r["submitted"]:
            return r["submitted"]
        return r["history"][-1] if r["history"] else r["created"]

    def better(a, b):
        # An intact submission over a draft over a changed submission; then the later; then
        # the greater file name.
        if tier(a) != tier(b):
            return tier(a) < tier(b)
        if time_of(a) != time_of(b):
            return time_of(a) > time_of(b)
        return a["name"] > b["name"]

    by_state = {}
    for f in files:
        if f["state"]:
            by_state.setdefault(f["state"], []).append(f)
    overview, rows = [], []
    for code in sorted(by_state):
        own = by_state[code]
        usable = [f for f in own if f["usable"]]
        chosen = None
        for f in usable:
            if chosen is None or better(f, chosen):
                chosen = f
        flags = []
        for f in own:
            for p in f["problems"]:
                flags.append(f["name"] + ": " + p)
            if len(usable) > 1 and f is chosen:
                flags.append("%s: %s sent %d revisions (%s); %s is collated (the latest "
                             "submitted); confirm or choose another in the workspace"
                             % (f["name"], code, len(usable), ", ".join(u["name"] for u in usable),
                                chosen["name"]))
        row = state_row(states, code, lang)
        row["flags"] = "; ".join(flags)
        if chosen is not None:
            r = chosen["response"]
            relevant, answered = evaluate(form, r["answers"])
            counted = [i for i, q in enumerate(form.questions)
                       if q["type"] != "note" and relevant[i]]
            row["status"] = r["status"]
            row["submitted"] = r["submitted"]
            row["file"] = chosen["name"]
            if counted:
                row["completeness"] = sum(1 for i in counted if answered[i]) / len(counted)
            row["row"] = len(rows)
            rows.append({"code": code, "group": states[code]["group"], "answers": r["answers"],
                         "relevant": relevant, "overview": row})
        overview.append(row)
    for code in states:
        if code not in by_state:
            overview.append(state_row(states, code, lang))
    overview.sort(key=lambda row: row["code"])
    return overview, rows


def state_row(states, code, lang):
    st = states.get(code)
    name = pick(st["name"], lang) if st else code
    group = st["group"] if st else ""
    return {"code": code, "name": name or code, "group": group,
            "group_name": GROUP_LABELS_EN.get(group, group) if lang == "en" else group,
            "status": "", "submitted": "", "file": "", "completeness": None, "flags": "",
            "row": -1}


# ---------------------------------------------------------------------------------------------
# The workbook.

class Layout:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.title = texts(root, LAYOUT_NS + "title")
        self.sheets = []
        for s in root.findall(LAYOUT_NS + "sheet"):
            self.sheets.append({"kind": s.get("kind"), "name": texts(s, LAYOUT_NS + "name"),
                                "per": s.get("per", "cluster"), "chart": s.get("chart", ""),
                                "columns": [c.get("field") for c in s.findall(LAYOUT_NS + "column")]})
        self.strings = {}
        strings = root.find(LAYOUT_NS + "strings")
        if strings is not None:
            for s in strings.findall(LAYOUT_NS + "string"):
                self.strings[s.get("id")] = texts(s, LAYOUT_NS + "text")


def sheet_name(wanted, used):
    clean = re.sub(r"[\[\]:*?/\\]", "_", wanted)
    clean = re.sub(r"[\x00-\x1f]", " ", clean)
    clean = clean[:31].strip("' ") or "Sheet"
    name, n = clean, 2
    while name.lower() == "history" or name.lower() in (u.lower() for u in used):
        suffix = " (%d)" % n
        name = clean[:31 - len(suffix)].strip("' ") + suffix
        n += 1
    used.append(name)
    return name


def cell_text(s):
    return s if len(s) <= MAX_CELL else s[:MAX_CELL - len(TRUNCATED)] + TRUNCATED


NUMBER = re.compile(r"-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\Z")


class Writer:
    def __init__(self, path, layout, form, states_overview, rows, lang):
        self.wb = xlsxwriter.Workbook(path)
        self.layout, self.form, self.overview, self.rows, self.lang = \
            layout, form, states_overview, rows, lang
        self.used = []
        self.header_fmt = self.wb.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                              "bg_color": "#DDEBF7", "bottom": 1})
        self.title_fmt = self.wb.add_format({"bold": True, "font_size": 13})
        self.wrap = self.wb.add_format({"text_wrap": True, "valign": "top"})
        self.percent = self.wb.add_format({"num_format": "0.0%"})
        self.note_fmt = self.wb.add_format({"italic": True})
        self.url_fmt = self.wb.add_format({"font_color": "blue", "underline": 1})

    def s(self, sid, fallback):
        t = self.layout.strings.get(sid)
        return pick(t, self.lang) if t else fallback

    def sheet(self, spec, fallback):
        ws = self.wb.add_worksheet(sheet_name(pick(spec["name"], self.lang) or fallback,
                                              self.used))
        return ws

    @staticmethod
    def text(ws, r, c, value, fmt=None):
        if value:
            ws.write_string(r, c, cell_text(value), fmt)

    def header(self, ws, r, labels, widths):
        for i, label in enumerate(labels):
            self.text(ws, r, i, label, self.header_fmt)
            if i < len(widths):
                ws.set_column(i, i, widths[i])

    def group_name(self, g):
        return GROUP_LABELS_EN[g] if self.lang == "en" else g

    def write(self):
        props_title = pick(self.layout.title, self.lang) or "Summary of responses"
        self.wb.set_properties({"title": props_title, "author": "peer",
                                "subject": pick(self.form.title, self.lang)})
        for spec in self.layout.sheets:
            getattr(self, "sheet_" + spec["kind"].replace("-", "_"))(spec)
        self.wb.close()

    # Overview ----------------------------------------------------------------------------------
    def sheet_overview(self, spec):
        ws = self.sheet(spec, self.s("sheet-overview", "Overview"))
        fields = spec["columns"] or ["state-name", "iso", "group", "status", "completeness",
                                     "submitted", "flags", "file"]
        widths = {"state-name": 34, "iso": 9, "group": 28, "status": 14, "completeness": 13,
                  "submitted": 20, "flags": 60, "file": 30}
        english = {"state-name": "State", "iso": "ISO code", "group": "Regional group",
                   "status": "Status", "completeness": "Completeness", "submitted": "Submitted",
                   "flags": "Flags", "file": "File"}
        headers = []
        for i, f in enumerate(fields):
            label = self.s(f, english[f])
            if label in headers:
                label += " %d" % (i + 1)
            headers.append(label)
            ws.set_column(i, i, widths[f])
        status = {"submitted": self.s("status-submitted", "submitted"),
                  "draft": self.s("status-draft", "draft"), "": self.s("status-none", "no response")}
        data = []
        for st in self.overview:
            line = []
            for f in fields:
                if f == "state-name":
                    line.append(st["name"] or st["code"])
                elif f == "iso":
                    line.append(st["code"])
                elif f == "group":
                    line.append(st["group_name"] or st["group"])
                elif f == "status":
                    line.append(status.get(st["status"], st["status"]))
                elif f == "completeness":
                    line.append(st["completeness"])
                elif f == "submitted":
                    line.append(st["submitted"])
                elif f == "flags":
                    line.append(st["flags"])
                elif f == "file":
                    line.append(st["file"])
            data.append(line)
        ws.add_table(0, 0, max(len(data), 1), len(fields) - 1,
                     {"name": "StatesOverview", "style": "Table Style Medium 2",
                      "columns": [{"header": h, "header_format": self.header_fmt} for h in headers],
                      "autofilter": True})
        for r, line in enumerate(data, start=1):
            for c, value in enumerate(line):
                if fields[c] == "completeness":
                    if value is not None:
                        ws.write_number(r, c, value, self.percent)
                else:
                    self.text(ws, r, c, value, self.wrap if fields[c] == "flags" else None)
        ws.freeze_panes(1, 0)

    # Answers per cluster -----------------------------------------------------------------------
    def sheet_answers(self, spec):
        prefix = pick(spec["name"], self.lang) + " " if spec["name"] else ""
        for cl in self.form.clusters:
            qs = [qi for si in cl["sections"] for qi in self.form.sections[si]["questions"]]
            if qs:
                self.answer_sheet(prefix + cl["number"] + ". " + pick(cl["title"], self.lang), qs)

    def answer_sheet(self, name, questions):
        form, lang = self.form, self.lang
        ws = self.wb.add_worksheet(sheet_name(name, self.used))
        explanation = self.s("explanation", "Explanation")
        cols = []  # (question index, part, option index)
        for qi in questions:
            q = form.questions[qi]
            if q["type"] == "note":
                continue
            if q["type"] in ("multiple", "ta-needs") and q["choices"]:
                cols += [(qi, "option", o) for o in range(len(q["choices"]))]
                if q["type"] == "ta-needs":
                    cols.append((qi, "text", 0))
            else:
                cols.append((qi, "whole", 0))
        ws.set_column(0, 0, 8)
        ws.set_column(1, 1, 28)
        ws.set_row(1, 90)
        for r in (0, 1):
            self.text(ws, r, 0, self.s("iso", "ISO code"), self.header_fmt)
            self.text(ws, r, 1, self.s("state-name", "State"), self.header_fmt)
        for i, (qi, part, o) in enumerate(cols):
            q = form.questions[qi]
            ident, head, width = q["id"], form.refs_text(q) + "\n" + pick(q["label"], lang), 24
            if part == "option":
                ch = q["choices"][o]
                ident += ":" + ch["value"]
                head += "\n\u2022 " + pick(ch["label"], lang)
                width = 14
            elif part == "text":
                ident += ":text"
                head += "\n\u2022 " + explanation
                width = 40
            elif q["type"] in ("textarea", "legislation", "table"):
                width = 50
            elif q["type"] in ("integer", "decimal"):
                width = 12
            ws.set_column(i + 2, i + 2, width)
            self.text(ws, 0, i + 2, ident, self.header_fmt)
            self.text(ws, 1, i + 2, head, self.header_fmt)
        r = 2
        for row in self.rows:
            st = row["overview"]
            self.text(ws, r, 0, st["code"])
            self.text(ws, r, 1, st["name"] or st["code"])
            for i, (qi, part, o) in enumerate(cols):
                q = form.questions[qi]
                a = row["answers"].get(q["id"])
                if not row["relevant"][qi] or a is None or is_empty(a):
                    continue
                if part == "option":
                    if q["choices"][o]["value"] in a["values"]:
                        self.text(ws, r, i + 2, CHECK)
                elif part == "text":
                    self.text(ws, r, i + 2, a["text"], self.wrap)
                elif q["type"] == "single" and len(a["values"]) == 1:
                    self.text(ws, r, i + 2, choice_label(q, a["values"][0], lang))
                elif q["type"] in ("integer", "decimal"):
                    if NUMBER.match(a["text"]):
                        ws.write_number(r, i + 2, float(a["text"]))
                    else:
                        self.text(ws, r, i + 2, a["text"])
                elif q["type"] in ("text", "textarea", "date"):
                    self.text(ws, r, i + 2, a["text"], self.wrap)
                else:
                    self.text(ws, r, i + 2, answer_text(q, a, lang), self.wrap)
            r += 1
        ws.freeze_panes(2, 2)
        ws.autofilter(1, 0, max(r - 1, 1), len(cols) + 1)

    # Counts by regional group ------------------------------------------------------------------
    def sheet_counts(self, spec):
        form, lang = self.form, self.lang
        ws = self.sheet(spec, self.s("sheet-counts", "Counts"))
        head = [self.s("question-id", "Question id"), self.s("reference", "Reference"),
                self.s("question", "Question"), self.s("option", "Option"),
                self.s("value", "Value"), self.s("all-states", "All States"), "%"]
        widths = [14, 14, 50, 30, 16, 10, 8]
        for g in GROUPS:
            head += [self.group_name(g), "% " + self.group_name(g)]
            widths += [14, 8]
        ws.set_row(0, 45)
        self.header(ws, 0, head, widths)
        ws.freeze_panes(1, 0)
        answered_label = self.s("states-answering", "States answering")
        relevant_label = self.s("states-relevant", "States to which the question applies")
        charts = spec["chart"] != "none"
        r, chart_index = 1, 0
        ng = len(GROUPS)
        for qi, q in enumerate(form.questions):
            if q["type"] not in ("single", "multiple", "ta-needs") or not q["choices"]:
                continue
            options = [[0] * (ng + 1) for _ in q["choices"]]  # [group..., total]
            answered = [0] * (ng + 1)
            relevant = [0] * (ng + 1)
            for row in self.rows:
                if not row["relevant"][qi]:
                    continue
                g = GROUPS.index(row["group"]) if row["group"] in GROUPS else None
                relevant[ng] += 1
                if g is not None:
                    relevant[g] += 1
                a = row["answers"].get(q["id"])
                if a is None or not a["values"]:
                    continue
                answered[ng] += 1
                if g is not None:
                    answered[g] += 1
                seen = set()
                for v in a["values"]:
                    o = next((k for k, c in enumerate(q["choices"]) if c["value"] == v), None)
                    if o is None or o in seen:
                        continue
                    seen.add(o)
                    options[o][ng] += 1
                    if g is not None:
                        options[o][g] += 1
            refs, label = form.refs_text(q), pick(q["label"], lang)
            first = r
            for o, ch in enumerate(q["choices"]):
                n = options[o]
                for c, v in ((0, q["id"]), (1, refs), (2, label),
                             (3, pick(ch["label"], lang)), (4, ch["value"])):
                    self.text(ws, r, c, v)
                ws.write_number(r, 5, n[ng])
                if answered[ng]:
                    ws.write_number(r, 6, n[ng] / answered[ng], self.percent)
                for g in range(ng):
                    ws.write_number(r, 7 + 2 * g, n[g])
                    if answered[g]:
                        ws.write_number(r, 8 + 2 * g, n[g] / answered[g], self.percent)
                r += 1
            last_option = r - 1
            for base, base_label in ((answered, answered_label), (relevant, relevant_label)):
                for c, v in ((0, q["id"]), (1, refs), (2, label)):
                    self.text(ws, r, c, v)
                self.text(ws, r, 3, base_label, self.note_fmt)
                ws.write_number(r, 5, base[ng])
                for g in range(ng):
                    ws.write_number(r, 7 + 2 * g, base[g])
                r += 1
            if not charts:
                continue
            chart = self.wb.add_chart({"type": "column", "subtype": "stacked"})
            chart.set_title({"name": q["id"] + " \u2014 " + refs})
            chart.set_y_axis({"name": self.s("states", "States")})
            for g in range(ng):
                chart.add_series({"categories": [ws.name, first, 3, last_option, 3],
                                  "values": [ws.name, first, 7 + 2 * g, last_option, 7 + 2 * g],
                                  "name": [ws.name, 0, 7 + 2 * g]})
            ws.insert_chart(1 + 18 * chart_index, len(head) + 1, chart, {"x_scale": 1.2})
            chart_index += 1
        ws.autofilter(0, 0, r - 1 if r > 1 else 1, len(head) - 1)

    # Technical assistance ----------------------------------------------------------------------
    def sheet_technical_assistance(self, spec):
        form, lang = self.form, self.lang
        ws = self.sheet(spec, self.s("sheet-technical-assistance", "Technical assistance"))
        ta_questions = [qi for qi, q in enumerate(form.questions)
                        if q["type"] == "ta-needs" and q["choices"]]
        articles, kinds, kind_list = [], [], None
        for qi in ta_questions:
            q = form.questions[qi]
            if form.article_of(q) not in articles:
                articles.append(form.article_of(q))
            kind_list = kind_list or q["choices"]
            for c in q["choices"]:
                if c["value"] not in kinds:
                    kinds.append(c["value"])
        ordered = [a for a in form.articles if a in articles]
        articles = ordered + [a for a in articles if a not in ordered]
        # needs[row][(article, kind)]
        needs = []
        for row in self.rows:
            mine = set()
            for qi in ta_questions:
                q = form.questions[qi]
                a = row["answers"].get(q["id"])
                if not row["relevant"][qi] or a is None:
                    continue
                values = [c["value"] for c in q["choices"]]
                for v in a["values"]:
                    if v in values:
                        mine.add((form.article_of(q), v))
            needs.append(mine)
        na, nk = len(articles), len(kinds)
        head = [self.s("iso", "ISO code"), self.s("state-name", "State"),
                self.s("group", "Regional group")] + ["Art. " + a for a in articles] + \
            [self.s("articles-with-needs", "Articles with needs"),
             self.s("total-needs", "Needs (kinds \u00d7 articles)")]
        self.header(ws, 0, head, [9, 30, 24] + [9] * na + [14, 14])
        ws.freeze_panes(1, 3)
        by_article = [0] * na
        by_article_kind = [[0] * nk for _ in range(na)]
        by_kind = [0] * nk
        by_group = {g: 0 for g in GROUPS}
        any_need = 0
        r = 1
        for row, mine in zip(self.rows, needs):
            st = row["overview"]
            self.text(ws, r, 0, st["code"])
            self.text(ws, r, 1, st["name"] or st["code"])
            self.text(ws, r, 2, st["group_name"] or st["group"])
            n_articles = n_needs = 0
            for ai, art in enumerate(articles):
                n = sum(1 for k in kinds if (art, k) in mine)
                for ki, k in enumerate(kinds):
                    if (art, k) in mine:
                        by_article_kind[ai][ki] += 1
                if n:
                    ws.write_number(r, 3 + ai, n)
                    n_articles += 1
                    n_needs += n
                    by_article[ai] += 1
            for ki, k in enumerate(kinds):
                if any((art, k) in mine for art in articles):
                    by_kind[ki] += 1
            if mine:
                any_need += 1
                if row["group"] in by_group:
                    by_group[row["group"]] += 1
            ws.write_number(r, 3 + na, n_articles)
            ws.write_number(r, 4 + na, n_needs)
            r += 1
        self.text(ws, r, 1, self.s("states-needing", "States needing assistance"), self.header_fmt)
        for ai in range(na):
            ws.write_number(r, 3 + ai, by_article[ai], self.header_fmt)
        ws.write_number(r, 3 + na, any_need, self.header_fmt)
        ws.autofilter(0, 0, r - 1 if r > 1 else 1, len(head) - 1)
        r += 2
        kinds_header = r
        self.header(ws, r, [self.s("value", "Value"), self.s("kind", "Kind of assistance"), ""] +
                    ["Art. " + a for a in articles] +
                    [self.s("states-any-article", "States (any article)"),
                     self.s("needs-all-articles", "Needs (all articles)")], [])
        r += 1
        first_kind = r
        for ki, k in enumerate(kinds):
            self.text(ws, r, 0, k)
            ch = next((c for c in kind_list if c["value"] == k), None)
            self.text(ws, r, 1, pick(ch["label"], lang) if ch else k)
            for ai in range(na):
                ws.write_number(r, 3 + ai, by_article_kind[ai][ki])
            ws.write_number(r, 3 + na, by_kind[ki])
            ws.write_number(r, 4 + na, sum(by_article_kind[ai][ki] for ai in range(na)))
            r += 1
        r += 1
        self.text(ws, r, 1, self.s("states-needing-by-group", "States needing assistance, by group"),
                  self.header_fmt)
        r += 1
        for g in GROUPS:
            self.text(ws, r, 0, g)
            self.text(ws, r, 1, self.group_name(g))
            ws.write_number(r, 3, by_group[g])
            r += 1
        self.text(ws, r, 1, self.s("all-states", "All States"))
        ws.write_number(r, 3, any_need)
        r += 1
        if na == 0 or nk == 0 or spec["chart"] == "none":
            return
        chart = self.wb.add_chart({"type": "column", "subtype": "stacked"})
        chart.set_title({"name": self.s("ta-chart-title",
                                        "States needing technical assistance, by article and kind")})
        chart.set_y_axis({"name": self.s("states", "States")})
        for ki in range(nk):
            chart.add_series({"categories": [ws.name, kinds_header, 3, kinds_header, 2 + na],
                              "values": [ws.name, first_kind + ki, 3, first_kind + ki, 2 + na],
                              "name": [ws.name, first_kind + ki, 1]})
        ws.insert_chart(r + 1, 1, chart, {"x_scale": 2.0, "y_scale": 1.5})

    # Statistics --------------------------------------------------------------------------------
    def sheet_statistics(self, spec):
        form, lang = self.form, self.lang
        ws = self.sheet(spec, self.s("sheet-statistics", "Statistics"))
        ws.set_column(0, 0, 36)
        ws.set_column(1, 40, 12)
        total = self.s("total", "Total")
        reporting = self.s("states-reporting", "States reporting")
        r, any_table = 0, False
        for qi, q in enumerate(form.questions):
            if q["type"] != "table" or q["cell_type"] == "text":
                continue
            any_table = True
            nr, nc = len(q["rows"]), len(q["columns"])
            sums = [[0.0] * nc for _ in range(nr)]
            states_reporting = 0
            for row in self.rows:
                a = row["answers"].get(q["id"])
                if not row["relevant"][qi] or a is None or not a["cells"]:
                    continue
                found = False
                for ri, rw in enumerate(q["rows"]):
                    for ci, cl in enumerate(q["columns"]):
                        v = a["cells"].get((rw["id"], cl["id"]))
                        if v is not None and NUMBER.match(v):
                            sums[ri][ci] += float(v)
                            found = True
                if found:
                    states_reporting += 1
            self.text(ws, r, 0, q["id"] + " \u2014 " + form.refs_text(q) + " \u2014 " +
                      pick(q["label"], lang), self.title_fmt)
            r += 1
            self.text(ws, r, 0, "%s: %d" % (reporting, states_reporting), self.note_fmt)
            r += 1
            for ci, cl in enumerate(q["columns"]):
                self.text(ws, r, 1 + ci, pick(cl["label"], lang), self.header_fmt)
            self.text(ws, r, 1 + nc, total, self.header_fmt)
            r += 1
            col_sums, everything = [0.0] * nc, 0.0
            for ri, rw in enumerate(q["rows"]):
                self.text(ws, r, 0, pick(rw["label"], lang))
                for ci in range(nc):
                    ws.write_number(r, 1 + ci, sums[ri][ci])
                    col_sums[ci] += sums[ri][ci]
                ws.write_number(r, 1 + nc, sum(sums[ri]), self.header_fmt)
                everything += sum(sums[ri])
                r += 1
            self.text(ws, r, 0, total, self.header_fmt)
            for ci in range(nc):
                ws.write_number(r, 1 + ci, col_sums[ci], self.header_fmt)
            ws.write_number(r, 1 + nc, everything, self.header_fmt)
            r += 3
        if not any_table:
            self.text(ws, 0, 0, self.s("no-tables", "The form has no statistics tables."),
                      self.note_fmt)

    # Texts and legislation ---------------------------------------------------------------------
    def sheet_texts(self, spec):
        form, lang = self.form, self.lang
        ws = self.sheet(spec, self.s("sheet-texts", "Texts"))
        self.header(ws, 0, [self.s("iso", "ISO code"), self.s("state-name", "State"),
                            self.s("group", "Regional group"), self.s("question-id", "Question id"),
                            self.s("reference", "Reference"), self.s("question", "Question"),
                            self.s("text", "Text")], [9, 26, 22, 14, 14, 45, 90])
        ws.freeze_panes(1, 0)
        r = 1
        for qi, q in enumerate(form.questions):
            if q["type"] not in ("text", "textarea", "ta-needs", "multiple", "single"):
                continue
            for row in self.rows:
                a = row["answers"].get(q["id"])
                if not row["relevant"][qi] or a is None or not a["text"]:
                    continue
                st = row["overview"]
                for c, v in enumerate((st["code"], st["name"] or st["code"],
                                       st["group_name"] or st["group"], q["id"],
                                       form.refs_text(q))):
                    self.text(ws, r, c, v)
                self.text(ws, r, 5, pick(q["label"], lang), self.wrap)
                self.text(ws, r, 6, a["text"], self.wrap)
                r += 1
        ws.autofilter(0, 0, r - 1 if r > 1 else 1, 6)

    def sheet_legislation(self, spec):
        form = self.form
        ws = self.sheet(spec, self.s("sheet-legislation", "Legislation"))
        self.header(ws, 0, [self.s("iso", "ISO code"), self.s("state-name", "State"),
                            self.s("question-id", "Question id"), self.s("reference", "Reference"),
                            self.s("law-title", "Title"), self.s("law-provision", "Provision"),
                            self.s("law-link", "Link"), self.s("law-excerpt", "Excerpt attached")],
                    [9, 26, 14, 14, 50, 20, 50, 24])
        ws.freeze_panes(1, 0)
        r = 1
        for qi, q in enumerate(form.questions):
            if q["type"] != "legislation":
                continue
            refs = form.refs_text(q)
            for row in self.rows:
                a = row["answers"].get(q["id"])
                if not row["relevant"][qi] or a is None:
                    continue
                st = row["overview"]
                for cit in a["citations"]:
                    self.text(ws, r, 0, st["code"])
                    self.text(ws, r, 1, st["name"] or st["code"])
                    self.text(ws, r, 2, q["id"])
                    self.text(ws, r, 3, refs)
                    self.text(ws, r, 4, cit["title"], self.wrap)
                    self.text(ws, r, 5, cit["provision"], self.wrap)
                    url = cit["url"]
                    if is_link(url):
                        ws.write_url(r, 6, url, self.url_fmt)
                    else:
                        self.text(ws, r, 6, url, self.wrap)
                    if cit["excerpt"] is not None:
                        self.text(ws, r, 7, cit["excerpt"]["name"])
                    r += 1
        ws.autofilter(0, 0, r - 1 if r > 1 else 1, 7)


def is_link(url):
    m = re.match(r"https?://(.+)\Z", url, re.S)
    return bool(m) and not m.group(1).startswith("/") and len(url) <= 2079 and \
        not re.search(r'[\x00-\x20\x7f"<>]', url)


def choice_label(q, value, lang):
    for c in q["choices"] or []:
        if c["value"] == value and c["label"]:
            return pick(c["label"], lang)
    return value


def answer_text(q, a, lang):
    if q["type"] in ("single", "multiple", "ta-needs"):
        out = "; ".join(choice_label(q, v, lang) for v in a["values"])
        if a["text"]:
            out += (". " if out else "") + a["text"]
        return out
    if q["type"] == "table":
        parts = []
        for rw in q["rows"]:
            for cl in q["columns"]:
                if (rw["id"], cl["id"]) in a["cells"]:
                    parts.append("%s / %s: %s" % (pick(rw["label"], lang) or rw["id"],
                                                  pick(cl["label"], lang) or cl["id"],
                                                  a["cells"][(rw["id"], cl["id"])]))
        return "; ".join(parts)
    if q["type"] == "legislation":
        lines = []
        for c in a["citations"]:
            line = c["title"]
            if c["provision"]:
                line += ", " + c["provision"]
            if c["url"]:
                line += " (" + c["url"] + ")"
            lines.append(line)
        return "\n".join(lines)
    return a["text"]


SHEET_KINDS = ("overview", "answers", "counts", "technical-assistance", "statistics", "texts",
               "legislation")


def write_bench_layout(source, out):
    """Copies a layout without the sheet kinds this peer does not write; names them."""
    with open(source, encoding="utf-8") as f:
        text = f.read()
    dropped = []

    def drop(m):
        if m.group(1) in SHEET_KINDS:
            return m.group(0)
        dropped.append(m.group(1))
        return ""
    text = re.sub(r'<sheet kind="([^"]+)"[^>]*?(?:/>|>.*?</sheet>)', drop, text, flags=re.S)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(" ".join(dropped))
    return 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--bench-layout":
        # run.sh: the layout both programs write, limited to the sheets the peer knows.
        return write_bench_layout(sys.argv[2], sys.argv[3])
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--form", required=True)
    ap.add_argument("--layout", default=os.path.join(root, "templates", "summary.xml"))
    ap.add_argument("--states-file", default=os.path.join(root, "forms", "states.xml"))
    ap.add_argument("--lang", default="en", choices=["en"])
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args()
    started = datetime.datetime.now()
    form = Form(args.form)
    states = read_states(args.states_file)
    overview, rows = collate(form, states, args.inputs, args.lang)
    Writer(args.output, Layout(args.layout), form, overview, rows, args.lang).write()
    ms = (datetime.datetime.now() - started).total_seconds() * 1000
    print("peer: %d States collated, wrote %s in %.0f ms" % (len(rows), args.output, ms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
