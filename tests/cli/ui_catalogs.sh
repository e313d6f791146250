#!/usr/bin/env bash
# Every string the desktop app shows through _() has a translation in each of the five
# catalogs (ar es fr ru zh; English is the source), none fuzzy, and the catalogs compile with
# format checks. Extracts the strings from the sources afresh, so a new untranslated string in
# src/gui fails here rather than reaching a person as English in a Chinese window.
set -euo pipefail
src=${REVQ_SOURCE_DIR:?}
work=${REVQ_SCRATCH:-$(mktemp -d)}
mkdir -p "$work"
command -v xgettext >/dev/null || { echo "xgettext (package gettext) is missing"; exit 1; }
cd "$src"
xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxPLURAL:1,2 \
  --keyword=wxTRANSLATE -o "$work/revq.pot" $(ls src/gui/*.cpp src/gui/*.h | LC_ALL=C sort)
fail=0
for lang in ar es fr ru zh; do
  msgmerge --quiet --no-fuzzy-matching -o "$work/$lang.po" "src/gui/po/$lang.po" "$work/revq.pot"
  stats=$(msgfmt --check --statistics -o /dev/null "$work/$lang.po" 2>&1)
  echo "$lang: $stats"
  if echo "$stats" | grep -Eq "untranslated|fuzzy"; then
    fail=1
    echo "  missing in src/gui/po/$lang.po (run src/gui/po/update.sh, then translate):"
    msgattrib --untranslated --no-obsolete "$work/$lang.po" | grep '^msgid "' | sed 's/^/    /' | head -20
  fi
done
exit $fail
