#!/usr/bin/python3
"""Writes a synthetic form of about N questions (default 2,000) for the scaling benchmark.

The shipped questionnaire is repeated: copy k of every section is appended to the same cluster,
with the suffix _kK on section and question ids and on every $variable its expressions name, so
relevance and tables behave as in the real form, only more of it. The last copy stops at the
section that reaches N questions. The instrument is referred to by absolute path.

  make_big_form.py SHIPPED_FORM OUT_FORM [N]
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = "urn:revq:form:1"
F = "{%s}" % NS
VAR = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def renamed(section, suffix):
    copy = ET.fromstring(ET.tostring(section))
    copy.set("id", copy.get("id") + suffix)
    for el in copy.iter():
        for attr in ("relevant", "required", "constraint"):
            value = el.get(attr)
            if value and value not in ("true", "false"):
                el.set(attr, VAR.sub(lambda m: "$" + m.group(1) + suffix, value))
    for q in copy.iter(F + "question"):
        q.set("id", q.get("id") + suffix)
        q.attrib.pop("replaces", None)
    return copy


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    source, out = argv[1], argv[2]
    wanted = int(argv[3]) if len(argv) == 4 else 2000
    ET.register_namespace("", NS)
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("id", "synthetic-review")
    inst = root.find(F + "instrument")
    if inst is not None and inst.get("href"):
        inst.set("href", os.path.abspath(os.path.join(os.path.dirname(source), inst.get("href"))))
    clusters = root.findall(F + "cluster")
    originals = [(cl, list(cl.findall(F + "section"))) for cl in clusters]
    count = sum(len(s.findall(F + "question")) for _, secs in originals for s in secs)
    copy = 1
    while count < wanted:
        for cl, sections in originals:
            for s in sections:
                if count >= wanted:
                    break
                c = renamed(s, "_k%d" % copy)
                cl.append(c)
                count += len(c.findall(F + "question"))
        copy += 1
    tree.write(out, encoding="UTF-8", xml_declaration=True)
    print("make_big_form: %s has %d questions (%s and %d partial or whole copies)"
          % (out, count, source, copy - 1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
