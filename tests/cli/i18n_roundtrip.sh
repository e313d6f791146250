#!/usr/bin/env bash
# forms/i18n/extract.py and merge.py on a copy of the shipped questionnaire and instrument:
# every text is extracted, merged translations land beside the English text in a fixed order,
# other bytes stay identical, updates replace in place, and bad rows are refused with nothing
# written. Needs: python3, REVQ_SOURCE_DIR, REVQ_SCRATCH.
set -euo pipefail
: "${REVQ_SOURCE_DIR:?}" "${REVQ_SCRATCH:?}"
dir="$REVQ_SCRATCH/i18n_roundtrip"
rm -rf "$dir" && mkdir -p "$dir/forms/instruments"
cp "$REVQ_SOURCE_DIR/forms/tip-protocol-review.xml" "$dir/forms/"
cp "$REVQ_SOURCE_DIR/forms/instruments/tip-protocol.xml" "$dir/forms/instruments/"
form="$dir/forms/tip-protocol-review.xml"
inst="$dir/forms/instruments/tip-protocol.xml"
i18n="$REVQ_SOURCE_DIR/forms/i18n"
fail() { echo "FAIL: $*" >&2; exit 1; }

# Strip one language's elements (the whole line when alone on it) to compare with the original.
strip_lang() {
    python3 - "$1" "$2" <<'EOF'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
lang = sys.argv[2]
s = re.sub(r'\n[ \t]*<([a-z-]+) xml:lang="%s">[^<]*</\1>(?=\n)' % lang, "", s)
s = re.sub(r'<([a-z-]+) xml:lang="%s">[^<]*</\1>' % lang, "", s)
sys.stdout.write(s)
EOF
}
# Fill the translation column with a marked copy of the English text (keeps \n escapes).
fill() {
    python3 - "$1" "$2" <<'EOF'
import sys
path, tag = sys.argv[1], sys.argv[2]
lines = open(path, encoding="utf-8").read().split("\n")
out = [lines[0]]
for l in lines[1:]:
    if l:
        k, en, _ = l.split("\t")
        out.append(f"{k}\t{en}\t[{tag}] {en} & <ok>")
open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
EOF
}
count_rows() { echo $(( $(wc -l < "$1") - 1 )); }

# The shipped files may already hold fr and es: start the test from copies without them.
for f in "$form" "$inst"; do
    for l in es fr; do strip_lang "$f" "$l" > "$f.tmp" && mv "$f.tmp" "$f"; done
done
cp "$form" "$dir/form.orig"; cp "$inst" "$dir/inst.orig"
en_count=$(grep -c 'xml:lang="en"' "$form" "$inst" | awk -F: '{s+=$2} END {print s}')

# 1. extract lists every English text once (nothing is translated yet).
python3 "$i18n/extract.py" fr --form "$form" -o "$dir/fr.tsv"
[ "$(count_rows "$dir/fr.tsv")" -eq "$en_count" ] || fail "fr.tsv has $(count_rows "$dir/fr.tsv") rows, expected $en_count"
[ "$(cut -f1 "$dir/fr.tsv" | sort | uniq -d | wc -l)" -eq 0 ] || fail "duplicate keys in fr.tsv"
grep -q $'^form|question:a6_3_a|label\t' "$dir/fr.tsv" || fail "key form|question:a6_3_a|label missing"
grep -q $'^form|choices:yes-no-partly|choice:yes|label\tYes\t$' "$dir/fr.tsv" || fail "choice key missing"
grep -q $'^instrument|provision:6(3)(a)|summary\t' "$dir/fr.tsv" || fail "provision key missing"
grep -q '\\n\\n' "$dir/fr.tsv" || fail "newlines in texts not escaped as \\n"

# 2. merge inserts every French text; the rest of both files is byte-identical.
fill "$dir/fr.tsv" fr
python3 "$i18n/merge.py" fr --tsv "$dir/fr.tsv" --form "$form"
python3 -c 'import sys,xml.dom.minidom as m; [m.parse(f) for f in sys.argv[1:]]' "$form" "$inst"
[ "$(grep -c 'xml:lang="fr"' "$form" "$inst" | awk -F: '{s+=$2} END {print s}')" -eq "$en_count" ] || fail "not every text got a fr sibling"
cmp <(strip_lang "$form" fr) "$dir/form.orig" || fail "merge changed bytes other than fr texts (form)"
cmp <(strip_lang "$inst" fr) "$dir/inst.orig" || fail "merge changed bytes other than fr texts (instrument)"
grep -q '<label xml:lang="fr">\[fr\] Yes &amp; &lt;ok&gt;</label>' "$form" || fail "text not XML-escaped"
grep -A1 '<question id="a5_1" ' "$form" | grep -q '^        <label xml:lang="en">' || fail "layout"
python3 "$i18n/extract.py" fr --form "$form" -o "$dir/fr2.tsv"
[ "$(count_rows "$dir/fr2.tsv")" -eq 0 ] || fail "extract after merge still lists texts"

# 3. a second language goes after the first in the fixed order en ar es fr ru zh.
python3 "$i18n/extract.py" es --form "$form" -o "$dir/es.tsv"
fill "$dir/es.tsv" es
cp "$form" "$dir/before-es"
python3 "$i18n/merge.py" es --tsv "$dir/es.tsv" --form "$form"
python3 - "$form" <<'EOF' || fail "languages are not in the order en ar es fr ru zh"
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<question id="a5_1" .*?</question>', s, re.S).group(0)
langs = re.findall(r'<label xml:lang="(\w+)"', m)
order = ["en", "ar", "es", "fr", "ru", "zh"]
ok = "es" in langs and "fr" in langs and langs == sorted(langs, key=order.index) and len(set(langs)) == len(langs)
sys.exit(0 if ok else 1)
EOF
cmp <(strip_lang "$form" es) "$dir/before-es" || fail "es merge changed bytes other than es texts"

# 4. --all lists existing translations; an edited row updates in place.
python3 "$i18n/extract.py" fr --all --form "$form" -o "$dir/fr3.tsv"
[ "$(count_rows "$dir/fr3.tsv")" -eq "$en_count" ] || fail "--all does not list every text"
grep $'^form|question:a5_1|label\t' "$dir/fr3.tsv" | awk -F'\t' -v OFS='\t' '{ $3 = "Nouvelle\\tformulation"; print }' \
    | { echo $'key\tenglish\ttranslation'; cat; } > "$dir/fr4.tsv"
cp "$form" "$dir/before-update"
python3 "$i18n/merge.py" fr --tsv "$dir/fr4.tsv" --form "$form"
grep -q $'<label xml:lang="fr">Nouvelle\tformulation</label>' "$form" || fail "update not applied"
[ "$(diff "$dir/before-update" "$form" | grep -c '^[<>]')" -eq 2 ] || fail "update changed more than one line"

# 5. refusals: unknown key, empty translation, changed English; nothing is written.
cp "$form" "$dir/before-bad"; cp "$inst" "$dir/inst-before-bad"
printf 'key\tenglish\ttranslation\nform|question:nope|label\tX\tY\n' > "$dir/bad1.tsv"
printf 'key\tenglish\ttranslation\nform|choices:yes-no-partly|choice:no|label\tNo\t\n' > "$dir/bad2.tsv"
printf 'key\tenglish\ttranslation\nform|choices:yes-no-partly|choice:no|label\tNope\tNon\n' > "$dir/bad3.tsv"
printf 'key\tenglish\ttranslation\nform|choices:yes-no-partly|choice:no|label\tNo\n' > "$dir/bad4.tsv"
for n in 1 2 3 4; do
    if python3 "$i18n/merge.py" ru --tsv "$dir/bad$n.tsv" --form "$form" 2> "$dir/err$n"; then
        fail "bad$n.tsv was accepted"
    fi
    grep -q "bad$n.tsv:2:" "$dir/err$n" || fail "error for bad$n.tsv does not name file:line ($(cat "$dir/err$n"))"
done
grep -q "unknown key" "$dir/err1" && grep -q "empty translation" "$dir/err2" && grep -q "English text" "$dir/err3" \
    || fail "refusal messages do not say what is wrong"
cmp "$form" "$dir/before-bad" && cmp "$inst" "$dir/inst-before-bad" || fail "a refused merge changed a file"
python3 "$i18n/merge.py" zz --form "$form" 2>/dev/null && fail "unknown language accepted"
echo "i18n round trip: OK ($en_count texts)"
