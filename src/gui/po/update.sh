#!/usr/bin/env bash
# Refreshes the UI catalogs from the sources: extracts every _("...") string of src/gui into
# revq.pot, then merges it into each language's catalog (new strings arrive untranslated,
# changed ones fuzzy). Translate them, then check with tests/cli/ui_catalogs.sh.
# Usage: src/gui/po/update.sh            (from anywhere in the tree)
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxPLURAL:1,2 \
  --keyword=wxTRANSLATE --add-comments=TRANSLATORS: --package-name=revq \
  --msgid-bugs-address=https://github.com/revq --sort-by-file \
  -o src/gui/po/revq.pot $(ls src/gui/*.cpp src/gui/*.h | LC_ALL=C sort)
for lang in ar es fr ru zh; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching "src/gui/po/$lang.po" src/gui/po/revq.pot
done
for lang in ar es fr ru zh; do
  printf '%s: ' "$lang"; msgfmt --statistics -o /dev/null "src/gui/po/$lang.po"
done
