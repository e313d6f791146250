"""Finds every translatable text of a revq form or instrument file, with a stable key and its
exact byte span, so that extract.py can list them and merge.py can splice translations into the
file without re-serializing it (comments, indentation and attribute order stay as written).

Keys name the element, not its position: `form|question:a6_3_a|label`,
`form|choices:yes-no-partly|choice:yes|label`, `form|question:stats_justice|row:convicted|label`,
`instrument|provision:6(3)(a)|summary`, `instrument|provision:6|xref:untoc:25|note`.
See forms/i18n/README.md.
"""

import os
import re
import xml.parsers.expat

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
# Order of language siblings after the English text: English first, then the others
# alphabetically, so that parallel merges always produce the same file.
SIBLING_ORDER = ("en", "ar", "es", "fr", "ru", "zh")

# Elements whose text a person reads. `authentic` is deliberately absent: the authentic treaty
# text is supplied by the secretariat and must never be a translation made here.
TEXT_TAGS = {"title", "short-title", "intro", "label", "help", "constraint-message", "unit",
             "summary", "note"}


class TextsError(Exception):
    """A problem with an input file; the message names the file and line:column."""


class TextElement:
    __slots__ = ("key", "tag", "lang", "text", "start", "end", "parent", "line", "column")

    def __init__(self, key, tag, lang, text, start, end, parent, line, column):
        self.key = key          # stable key, e.g. "form|question:a5_1|label"
        self.tag = tag          # element name
        self.lang = lang        # xml:lang value
        self.text = text        # text content, unescaped, leading/trailing white space trimmed
        self.start = start      # byte offset of "<" of the start tag
        self.end = end          # byte offset just after ">" of the end tag
        self.parent = parent    # id of the parent element (siblings share it)
        self.line = line
        self.column = column


def _local(name):
    return name.rsplit(":", 1)[-1] if ":" in name and not name.startswith("xml:") else name


class _Frame:
    __slots__ = ("tag", "attrs", "segment", "anchor", "ref", "uid", "start", "line", "column",
                 "text", "has_children")


def scan(path, file_key):
    """Returns the TextElements of one file in document order.

    file_key is "form" or "instrument" (the first part of every key)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise TextsError(f"{path}: cannot read the file ({e.strerror}); check the path.")
    texts = []
    stack = []
    counter = [0]
    parser = xml.parsers.expat.ParserCreate("UTF-8")
    parser.buffer_text = True

    def start(name, attrs):
        tag = _local(name)
        fr = _Frame()
        fr.tag, fr.attrs, fr.start = tag, attrs, parser.CurrentByteIndex
        fr.line, fr.column = parser.CurrentLineNumber, parser.CurrentColumnNumber + 1
        fr.text, fr.has_children, fr.ref = [], False, None
        counter[0] += 1
        fr.uid = counter[0]
        parent = stack[-1] if stack else None
        if parent is not None:
            parent.has_children = True
        fr.segment, fr.anchor = _segment(tag, attrs, parent, fr)
        stack.append(fr)

    def chars(data_):
        if stack:
            stack[-1].text.append(data_)

    def end(name):
        fr = stack.pop()
        if fr.tag not in TEXT_TAGS or "xml:lang" not in fr.attrs or not stack:
            return
        where = f"{path}:{fr.line}:{fr.column}"
        if fr.has_children:
            raise TextsError(f"{where}: <{fr.tag}> contains elements; a text element holds plain "
                             "text only. Remove the markup.")
        close = data.find(b">", parser.CurrentByteIndex)
        key = "|".join([file_key] + _key_segments(stack) + [fr.tag])
        texts.append(TextElement(key, fr.tag, fr.attrs["xml:lang"], "".join(fr.text).strip(),
                                 fr.start, close + 1, stack[-1].uid, fr.line, fr.column))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as e:
        raise TextsError(f"{path}:{e.lineno}:{e.offset + 1}: not well-formed XML "
                         f"({xml.parsers.expat.ErrorString(e.code)}); fix the file first.")
    seen = {}
    for t in texts:
        k = (t.key, t.lang)
        if k in seen:
            raise TextsError(f"{path}:{t.line}:{t.column}: a second <{t.tag} xml:lang=\"{t.lang}\">"
                             f" for {t.key} (first at line {seen[k].line}); remove one.")
        seen[k] = t
    return texts, data


def _segment(tag, attrs, parent, fr):
    """Key segment of an element and whether it is an anchor (keys start at the nearest
    anchor, so they do not change when a question moves to another section)."""
    if parent is None:
        return ("form" if tag == "form" else "instrument"), True
    if tag == "instrument-definition":
        return "instrument", True
    if tag in ("choices", "cluster", "section", "question"):
        return f"{tag}:{attrs.get('id', '?')}", True
    if tag == "choice":
        return f"choice:{attrs.get('value', '?')}", False
    if tag in ("row", "column"):
        return f"{tag}:{attrs.get('id', '?')}", False
    if tag in ("theme",):
        return f"theme:{attrs.get('id', '?')}", True
    if tag == "part":
        return f"part:{attrs.get('number', '?')}", True
    if tag in ("article", "paragraph", "subparagraph"):
        own = attrs.get("number") if tag != "subparagraph" else attrs.get("letter")
        own = own or "?"
        base = parent.ref if parent.ref else None
        fr.ref = own if tag == "article" else f"{base}({own})"
        return f"provision:{fr.ref}", True
    if tag == "xref":
        return f"xref:{attrs.get('instrument', '?')}:{attrs.get('provision', '?')}", False
    return None, False  # wrappers such as <rows>, <choice-lists>, <themes>


def _key_segments(stack):
    segs = []
    for fr in reversed(stack):
        if fr.segment:
            segs.append(fr.segment)
        if fr.anchor:
            break
    return list(reversed(segs))


def instrument_path(form_path, form_data):
    """Path of the instrument file named by the form's <instrument href>, or None."""
    m = re.search(rb"<instrument\b[^>]*\bhref=\"([^\"]+)\"", form_data)
    if not m:
        return None
    return os.path.normpath(os.path.join(os.path.dirname(form_path), m.group(1).decode()))


def default_form():
    return os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                         "tip-protocol-review.xml"))


def files_for(form_path):
    """[(file_key, path)] for the form and the instrument file it names."""
    with open(form_path, "rb") as f:
        data = f.read()
    files = [("form", form_path)]
    inst = instrument_path(form_path, data)
    if inst:
        files.append(("instrument", inst))
    return files


# TSV escaping: backslash, tab, newline and carriage return are written as \\ \t \n \r.
def tsv_escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def tsv_unescape(s):
    out, i = [], 0
    table = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s) and s[i + 1] in table:
            out.append(table[s[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)
