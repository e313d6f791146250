#!/usr/bin/env python3
"""Merges a translator's TSV file into the questionnaire and its instrument file.

    forms/i18n/merge.py LANG [--tsv LANG.tsv] [--form FORM] [--dry-run]

For every row of the TSV (columns key, english, translation; see extract.py) inserts the
xml:lang="LANG" sibling right after the English element (after the other translations that
come before LANG in the order en ar es fr ru zh), or updates it where it exists. The files are
edited as text: every other byte - comments, indentation, other languages - stays as it was.

Nothing is written when any row is refused: an unknown key, an empty translation, a duplicate
key, a malformed row, or an English text that changed since the TSV was extracted (re-extract
and check the translation). Exit status: 0 merged, 1 refused, 2 wrong usage.
"""

import argparse
import fcntl
import os
import sys
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True  # keep forms/i18n/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xml_texts as xt  # noqa: E402


def read_tsv(path):
    """Returns ([(line, key, english, translation)], [errors])."""
    rows, errors = [], []
    try:
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
    except UnicodeDecodeError as e:
        return [], [f"{path}: not valid UTF-8 (byte {e.start}); save the file as UTF-8."]
    except OSError as e:
        return [], [f"{path}: cannot read the file ({e.strerror}); run extract.py first."]
    if not lines or lines[0].rstrip("\r") != "key\tenglish\ttranslation":
        return [], [f"{path}:1:1: the first line must be the header 'key<TAB>english<TAB>"
                    "translation'; start from a file written by extract.py."]
    seen = {}
    for n, raw in enumerate(lines[1:], start=2):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            errors.append(f"{path}:{n}:1: expected 3 tab-separated columns, found {len(cols)}; "
                          "write tabs and newlines inside a text as \\t and \\n.")
            continue
        key, en, tr = cols[0].strip(), xt.tsv_unescape(cols[1]), xt.tsv_unescape(cols[2])
        if key in seen:
            errors.append(f"{path}:{n}:1: key {key} already given on line {seen[key]}; "
                          "keep one row per key.")
            continue
        seen[key] = n
        if not tr.strip():
            errors.append(f"{path}:{n}:{len(cols[0]) + len(cols[1]) + 3}: empty translation "
                          f"for {key}; translate it or delete the row.")
            continue
        rows.append((n, key, en.strip(), tr.strip()))
    return rows, errors


def plan_file(lang, texts, data, rows_by_key, tsv_path, errors):
    """Edits [(start, end, bytes)] for one file, plus counts and the keys it handled; refused
    rows are added to errors."""
    groups = {}
    for t in texts:
        groups.setdefault(t.key, {})[t.lang] = t
    edits, handled = [], set()
    inserted = updated = unchanged = 0
    for key, langs in groups.items():
        if key not in rows_by_key or "en" not in langs:
            continue
        n, en, tr = rows_by_key[key]
        handled.add(key)
        if langs["en"].text != en:
            errors.append(f"{tsv_path}:{n}:1: the English text of {key} changed since the "
                          "TSV was extracted; run extract.py again and check the translation "
                          "against the new English.")
            continue
        element = f'<{langs["en"].tag} xml:lang="{lang}">{escape(tr)}</{langs["en"].tag}>'
        current = langs.get(lang)
        if current is not None:
            if current.text == tr:
                unchanged += 1
                continue
            edits.append((current.start, current.end, element.encode("utf-8")))
            updated += 1
            continue
        rank = xt.SIBLING_ORDER.index(lang)
        after = max((t for code, t in langs.items() if code in xt.SIBLING_ORDER
                     and xt.SIBLING_ORDER.index(code) < rank), key=lambda t: t.end)
        line_start = data.rfind(b"\n", 0, langs["en"].start) + 1
        indent = data[line_start:langs["en"].start]
        prefix = b"\n" + indent if indent.strip() == b"" else b""
        edits.append((after.end, after.end, prefix + element.encode("utf-8")))
        inserted += 1
    return edits, handled, (inserted, updated, unchanged)


def apply_edits(data, edits):
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        data = data[:start] + new + data[end:]
    return data


def verify(lang, path, file_key, old_texts, new_data, rows_by_key):
    """Re-reads the edited text: other languages unchanged, every LANG text as merged."""
    tmp = path + ".merge-check"
    with open(tmp, "wb") as f:
        f.write(new_data)
    try:
        new_texts, _ = xt.scan(tmp, file_key)
    finally:
        os.unlink(tmp)
    others = lambda ts: [(t.key, t.lang, t.text) for t in ts if t.lang != lang]  # noqa: E731
    if others(old_texts) != others(new_texts):
        raise RuntimeError(f"{path}: merging would change texts in other languages; nothing was "
                           "written. Please report this as a bug in merge.py.")
    for t in new_texts:
        if t.lang == lang and t.key in rows_by_key and t.text != rows_by_key[t.key][2]:
            raise RuntimeError(f"{path}:{t.line}:{t.column}: merged text for {t.key} does not "
                               "read back as written; nothing was written.")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lang", help="language of the translations: one of ar es fr ru zh")
    ap.add_argument("--tsv", help="TSV file (default: forms/i18n/LANG.tsv)")
    ap.add_argument("--form", default=xt.default_form(), help="form file (default: %(default)s)")
    ap.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    args = ap.parse_args(argv)
    if args.lang not in xt.LANGUAGES or args.lang == "en":
        ap.error(f"unknown language '{args.lang}': use one of ar es fr ru zh")
    tsv = args.tsv or os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{args.lang}.tsv")

    rows, errors = read_tsv(tsv)
    rows_by_key = {key: (n, en, tr) for n, key, en, tr in rows}
    # One merge at a time in this tree (translators may run it in parallel).
    lock = os.open(os.path.dirname(os.path.abspath(__file__)), os.O_RDONLY)
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        results, handled = [], set()
        for file_key, path in xt.files_for(args.form):
            texts, data = xt.scan(path, file_key)
            edits, keys, counts = plan_file(args.lang, texts, data, rows_by_key, tsv, errors)
            handled |= keys
            results.append((file_key, path, texts, data, edits, counts))
        for n, key, _, _ in rows:
            if key not in handled:
                errors.append(f"{tsv}:{n}:1: unknown key {key}: no English text has it in "
                              f"{args.form} or its instrument; run extract.py again.")
        if errors:
            for e in errors:
                print(f"merge.py: {e}", file=sys.stderr)
            print(f"merge.py: {len(errors)} problem(s); nothing was written.", file=sys.stderr)
            return 1
        for file_key, path, texts, data, edits, counts in results:
            new_data = apply_edits(data, edits)
            verify(args.lang, path, file_key, texts, new_data, rows_by_key)
            if not args.dry_run and new_data != data:
                tmp = path + ".merge-tmp"
                with open(tmp, "wb") as f:
                    f.write(new_data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            verb = "would merge" if args.dry_run else "merged"
            print(f"merge.py: {path}: {verb} {counts[0]} new, {counts[1]} updated, "
                  f"{counts[2]} unchanged '{args.lang}' texts")
        return 0
    except (xt.TextsError, RuntimeError, OSError) as e:
        print(f"merge.py: {e}", file=sys.stderr)
        return 1
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        os.close(lock)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
