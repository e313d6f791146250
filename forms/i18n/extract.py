#!/usr/bin/env python3
"""Lists the texts of the questionnaire and of its instrument that still need a translation.

    forms/i18n/extract.py LANG [--all] [--form FORM] [-o OUT.tsv]

Writes OUT.tsv (default forms/i18n/LANG.tsv): a header row, then one row per English text of
the form and of the instrument file it names that has no xml:lang="LANG" sibling yet, with the
columns key, english, translation (empty). With --all every text is listed and the translation
column holds the current LANG text where there is one, so a translator can revise it.
Tabs, newlines and backslashes inside texts are written as \\t, \\n and \\\\.
Exit status: 0 written, 1 a problem with an input file, 2 wrong usage. Workflow: README.md.
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True  # keep forms/i18n/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xml_texts as xt  # noqa: E402


def rows_for(lang, form_path, include_all):
    rows = []
    for file_key, path in xt.files_for(form_path):
        texts, _ = xt.scan(path, file_key)
        by_key = {(t.key, t.lang): t for t in texts}
        for t in texts:
            if t.lang != "en":
                continue
            existing = by_key.get((t.key, lang))
            if existing is not None and not include_all:
                continue
            rows.append((t.key, t.text, existing.text if existing else ""))
    return rows


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lang", help="target language: one of ar es fr ru zh")
    ap.add_argument("--all", action="store_true", help="list every text, not only missing ones")
    ap.add_argument("--form", default=xt.default_form(), help="form file (default: %(default)s)")
    ap.add_argument("-o", "--output", help="TSV file to write (default: forms/i18n/LANG.tsv)")
    args = ap.parse_args(argv)
    if args.lang not in xt.LANGUAGES or args.lang == "en":
        ap.error(f"unknown language '{args.lang}': use one of ar es fr ru zh")
    out = args.output or os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                      f"{args.lang}.tsv")
    try:
        rows = rows_for(args.lang, args.form, args.all)
    except (xt.TextsError, OSError) as e:
        print(f"extract.py: {e}", file=sys.stderr)
        return 1
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("key\tenglish\ttranslation\n")
        for key, en, tr in rows:
            f.write(f"{key}\t{xt.tsv_escape(en)}\t{xt.tsv_escape(tr)}\n")
    os.replace(tmp, out)
    print(f"extract.py: {len(rows)} texts for '{args.lang}' written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
