#!/usr/bin/env python3
"""Writes the big hostile inputs of the catalogue (README.md) into a folder.

They are too large to keep in git (a 200 MB file) or pointless to (100,000 nested elements),
so tests generate them in their scratch folder:

    python3 tests/data/hostile/generate.py OUTDIR [NAME...]

With no NAME every case is written. Each is streamed to disk in chunks (the 200 MB ones are sparse files): the
generator itself never holds a big file in memory.
"""
import pathlib
import sys

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
RESPONSE_OPEN = (HEAD + '<response xmlns="urn:revq:response:1" format-version="1">\n'
                 '  <form id="resp-test" version="1.0"/>\n  <state code="FRA"/>\n'
                 '  <status value="draft" created="2022-03-01T09:00:00Z"/>\n  <answers>\n')
RESPONSE_CLOSE = '  </answers>\n</response>\n'
FORM_OPEN = (HEAD + '<form xmlns="urn:revq:form:1" format-version="1" id="hostile" version="1"'
             ' languages="en">\n  <title xml:lang="en">Big</title>\n')
FORM_CLOSE = '</form>\n'
MIB = 1024 * 1024


def repeat(out, text, count):
    chunk = text * max(1, MIB // len(text))
    per = len(chunk) // len(text)
    while count > 0:
        n = min(count, per)
        out.write(chunk if n == per else text * n)
        count -= n


def deep(out, open_text, close_text, depth=100_000):
    out.write(open_text)
    repeat(out, '<x>', depth)
    repeat(out, '</x>', depth)
    out.write(close_text)


def sparse(out, open_text, close_text, size):
    # The middle is a hole in the file (it reads as NUL bytes): 200 MB on disk in no time and
    # no space. A reader must refuse the file by its size before looking at its content.
    out.write(open_text)
    out.flush()
    out.seek(size - len(close_text))
    out.write(close_text)


def filler(out, open_text, close_text, size, inner_open, inner_close):
    out.write(open_text + inner_open)
    body = size - len(open_text) - len(inner_open) - len(inner_close) - len(close_text)
    repeat(out, 'A', body)
    out.write(inner_close + close_text)


CASES = {
    # 100,000 nested elements: inside the response (an element revq does not know, kept for
    # the round trip) and inside a form.
    'deep-nesting-100000.revq': lambda o: deep(o, RESPONSE_OPEN, RESPONSE_CLOSE),
    'form-deep-nesting-100000.xml': lambda o: deep(o, FORM_OPEN, FORM_CLOSE),
    # 200 MB (sparse: see sparse()).
    'big-200mb.revq': lambda o: sparse(o, RESPONSE_OPEN, RESPONSE_CLOSE, 200 * 1000 * 1000),
    'form-big-200mb.xml': lambda o: sparse(o, FORM_OPEN, FORM_CLOSE, 200 * 1000 * 1000),
    # A 10 MB line, well-formed: a long answer is data and must read in a few seconds.
    'long-line-10mb.revq': lambda o: filler(o, RESPONSE_OPEN, RESPONSE_CLOSE, 10 * MIB,
                                            '    <answer q="privacy"><text>',
                                            '</text></answer>\n'),
    # The same line with the attribute quote never closed: the error is at its far end.
    'long-line-10mb-broken.revq': lambda o: filler(o, RESPONSE_OPEN, RESPONSE_CLOSE, 10 * MIB,
                                                   '    <answer q="privacy" by="', '>\n'),
    'form-long-line-10mb.xml': lambda o: filler(o, FORM_OPEN, FORM_CLOSE, 10 * MIB,
                                                '  <intro xml:lang="en" x="', '/>\n'),
}


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    out_dir = pathlib.Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    names = argv[2:] or list(CASES)
    for name in names:
        if name not in CASES:
            sys.stderr.write(f'generate.py: no case named {name}; known: {" ".join(CASES)}\n')
            return 2
        with open(out_dir / name, 'w', encoding='utf-8', newline='\n') as out:
            CASES[name](out)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
