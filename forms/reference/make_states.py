#!/usr/bin/env python3
"""Generate forms/states.xml: the UN Member States and observer States, with ISO 3166-1 codes,
UN regional group and the name in the six UN languages.

Which States and which group: un-regional-groups.tsv (typed in, source noted there).
Names: Debian's iso-codes package (English `name` of ISO 3166-1 and its gettext translations,
Chinese from the zh_CN catalog, i.e. simplified), never typed here; a translation iso-codes
lacks must be supplied, hand-checked, in name-overrides.tsv or the script fails.

The output depends only on the inputs (no dates, stable order), so that
`make_states.py --check` can tell whether forms/states.xml is up to date.

Usage:
  make_states.py                 write forms/states.xml
  make_states.py --check         exit 1 if forms/states.xml differs from what would be written
  make_states.py --output FILE   write elsewhere (see --help for the input paths)
"""

import argparse
import gettext
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# The six UN languages in revq's order, with the iso-codes catalog that carries each.
LANGUAGES = [("ar", "ar"), ("en", None), ("es", "es"), ("fr", "fr"), ("ru", "ru"), ("zh", "zh_CN")]
GROUPS = ["african", "asia-pacific", "eastern-european", "latin-american-caribbean",
          "western-european-other", "none"]
STATUSES = ["member", "observer"]


class InputError(Exception):
    """A problem in an input file; the message names the file and line."""


def read_tsv(path, columns):
    """Rows of a tab-separated file as dicts, skipping '#' comments; the first other line must
    be the header `columns`. Each row carries its line number as '_line'."""
    rows = []
    header_seen = False
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}")
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if fields != columns:
                raise InputError(f"{path}:{number}: header must be {' TAB '.join(columns)}")
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise InputError(f"{path}:{number}: expected {len(columns)} tab-separated fields "
                             f"({', '.join(columns)}), found {len(fields)}")
        row = dict(zip(columns, (x.strip() for x in fields)))
        row["_line"] = number
        rows.append(row)
    if not header_seen:
        raise InputError(f"{path}: no header line ({' TAB '.join(columns)})")
    return rows


def read_iso_version(pc_path):
    """iso-codes version from its pkg-config file, recorded in the output's source note."""
    try:
        with open(pc_path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown version"


class _Missing(gettext.NullTranslations):
    """Fallback that says 'no translation' instead of echoing the English text, so a missing
    translation is told apart from one that happens to equal English (e.g. 'Canada')."""

    def gettext(self, message):
        return None


def load_catalogs(locale_dir):
    catalogs = {}
    for lang, catalog in LANGUAGES:
        if catalog is None:
            continue
        try:
            t = gettext.translation("iso_3166-1", locale_dir, languages=[catalog])
        except OSError:
            raise InputError(f"{locale_dir}/{catalog}/LC_MESSAGES/iso_3166-1.mo: not found; "
                             "install Debian's iso-codes package or pass --locale-dir")
        t.add_fallback(_Missing())
        catalogs[lang] = t
    return catalogs


def xml_escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def build(args):
    """The text of states.xml, and notes for the person running the script."""
    notes = []
    groups_path, overrides_path = args.groups, args.overrides
    members = read_tsv(groups_path, ["code", "group", "status"])
    overrides_rows = read_tsv(overrides_path, ["code", "lang", "name", "reason"])
    try:
        with open(args.iso_json, encoding="utf-8") as f:
            iso = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}
    except (OSError, ValueError, KeyError) as e:
        raise InputError(f"{args.iso_json}: cannot read the ISO 3166-1 list ({e}); install "
                         "Debian's iso-codes package or pass --iso-json")
    catalogs = load_catalogs(args.locale_dir)

    seen = set()
    previous = ""
    for row in members:
        where = f"{groups_path}:{row['_line']}"
        code = row["code"]
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise InputError(f"{where}: '{code}' is not an ISO 3166-1 alpha-3 code (3 capitals)")
        if code not in iso:
            raise InputError(f"{where}: '{code}' is not in iso-codes' ISO 3166-1 list")
        if code in seen:
            raise InputError(f"{where}: '{code}' is listed twice")
        if code < previous:
            raise InputError(f"{where}: '{code}' is out of order; keep the list sorted by code")
        if row["group"] not in GROUPS:
            raise InputError(f"{where}: unknown group '{row['group']}'; use one of "
                             f"{', '.join(GROUPS)}")
        if row["status"] not in STATUSES:
            raise InputError(f"{where}: unknown status '{row['status']}'; use member or observer")
        seen.add(code)
        previous = code

    overrides = {}
    for row in overrides_rows:
        where = f"{overrides_path}:{row['_line']}"
        key = (row["code"], row["lang"])
        if row["code"] not in seen:
            raise InputError(f"{where}: '{row['code']}' is not in {groups_path}")
        if row["lang"] not in [lang for lang, _ in LANGUAGES]:
            raise InputError(f"{where}: unknown language '{row['lang']}'; use ar, en, es, fr, "
                             "ru or zh")
        if row["reason"] not in ("missing", "correction"):
            raise InputError(f"{where}: reason must be 'missing' or 'correction'")
        if not row["name"]:
            raise InputError(f"{where}: empty name")
        if key in overrides:
            raise InputError(f"{where}: second override for {row['code']} {row['lang']}")
        overrides[key] = row

    missing = []
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- Generated by forms/reference/make_states.py from un-regional-groups.tsv, "
           "name-overrides.tsv",
           "     and Debian's iso-codes; do not edit by hand: edit those and re-run the script "
           "(forms/reference/README.md). -->",
           f'<states xmlns="urn:revq:states:1" format-version="1" '
           f'source="{xml_escape(source_note(args))}">']
    for row in members:
        code = row["code"]
        entry = iso[code]
        english = entry["name"]
        out.append(f'  <state code="{code}" alpha2="{entry["alpha_2"]}" group="{row["group"]}" '
                   f'status="{row["status"]}">')
        for lang, _ in LANGUAGES:
            text = english if lang == "en" else catalogs[lang].gettext(english)
            override = overrides.get((code, lang))
            if override:
                if override["reason"] == "missing" and text is not None:
                    notes.append(f"{overrides_path}:{override['_line']}: note: iso-codes now "
                                 f"translates {code} in {lang} as '{text}'; the override "
                                 "may be removed")
                text = override["name"]
            if text is None:
                missing.append(f"{groups_path}:{row['_line']}: {code} '{english}' has no "
                               f"{lang} translation in iso-codes; add a hand-checked line to "
                               f"{overrides_path}")
                continue
            text = text.strip()
            out.append(f'    <name xml:lang="{lang}">{xml_escape(text)}</name>')
        out.append("  </state>")
    out.append("</states>")
    if missing:
        raise InputError("\n".join(missing))
    return "\n".join(out) + "\n", notes


def source_note(args):
    version = read_iso_version(args.iso_pc)
    return (f"Names: Debian iso-codes {version} (ISO 3166-1 name and translations; zh from "
            "zh_CN) with forms/reference/name-overrides.tsv. Membership and UN regional groups: "
            "forms/reference/un-regional-groups.tsv (UN DGACM regional groups list).")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the output file is not up to date")
    parser.add_argument("--output", default=os.path.join(REPO, "forms", "states.xml"))
    parser.add_argument("--groups", default=os.path.join(HERE, "un-regional-groups.tsv"))
    parser.add_argument("--overrides", default=os.path.join(HERE, "name-overrides.tsv"))
    parser.add_argument("--iso-json", default="/usr/share/iso-codes/json/iso_3166-1.json")
    parser.add_argument("--iso-pc", default="/usr/share/pkgconfig/iso-codes.pc")
    parser.add_argument("--locale-dir", default="/usr/share/locale")
    args = parser.parse_args()

    try:
        text, notes = build(args)
    except InputError as e:
        print(f"make_states.py: error: {e}", file=sys.stderr)
        return 2
    for note in notes:
        print(note, file=sys.stderr)

    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                current = f.read()
        except OSError as e:
            print(f"{args.output}: error: cannot read ({e.strerror}); run "
                  "forms/reference/make_states.py to generate it", file=sys.stderr)
            return 1
        if current != text:
            old, new = current.split("\n"), text.split("\n")
            line = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b),
                        min(len(old), len(new)))
            print(f"{args.output}:{line + 1}:1: error: not what make_states.py generates from "
                  "its inputs (edited by hand, or the inputs or iso-codes changed); run "
                  "forms/reference/make_states.py and commit the result", file=sys.stderr)
            return 1
        print(f"{args.output}: up to date ({text.count('<state ')} States)")
        return 0

    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.output)
    print(f"{args.output}: written ({text.count('<state ')} States)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
