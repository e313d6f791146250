#!/usr/bin/env bash
# Issue 8's acceptance: build the Debian package with CPack in the build tree of REVQ_CLI,
# unpack it with dpkg -x into a scratch root, and check that
#   - the package holds the programs, data, desktop integration and docs, with run-time
#     dependencies found by dpkg-shlibdeps;
#   - the installed revq-cli, run from the scratch root without REVQ_DATA_DIR, lints the
#     installed questionnaire, writes sample responses and collates them with the installed
#     States list and templates, also after the tree is moved to another prefix;
#   - lintian reports no error; appstreamcli and desktop-file-validate accept the metadata;
#     the shared-MIME database recognises *.revq files by name and by root element.
set -euo pipefail

: "${REVQ_CLI:?set REVQ_CLI to the revq-cli of the build tree to package}"
: "${REVQ_SOURCE_DIR:?}" "${REVQ_SCRATCH:?}"
scratch=$REVQ_SCRATCH
rm -rf "$scratch"
mkdir -p "$scratch"
unset REVQ_DATA_DIR
umask 022  # the package's directories must be 0755 whatever the caller's umask

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "== $*"; }

# The build tree: the nearest folder above revq-cli that holds CMakeCache.txt.
build=$(dirname "$(readlink -f "$REVQ_CLI")")
while [ ! -f "$build/CMakeCache.txt" ]; do
  [ "$build" = / ] && fail "no CMakeCache.txt above $REVQ_CLI: cannot find its build tree"
  build=$(dirname "$build")
done
gui=no
if grep -q '^REVQ_BUILD_GUI:BOOL=ON' "$build/CMakeCache.txt" &&
  [ -f "$REVQ_SOURCE_DIR/src/gui/CMakeLists.txt" ]; then
  gui=yes
fi

for tool in cpack dpkg-deb dpkg-shlibdeps lintian appstreamcli desktop-file-validate; do
  command -v "$tool" >/dev/null ||
    fail "$tool is missing: install the test packages (./installer/bootstrap test does)"
done

step "cpack -G DEB in $build (GUI: $gui)"
start=$SECONDS
(cd "$build" && cpack -G DEB -B "$scratch/pkg") >"$scratch/cpack.log" 2>&1 || {
  tail -40 "$scratch/cpack.log" >&2
  fail "cpack failed; the whole log is $scratch/cpack.log"
}
echo "built in $((SECONDS - start)) s"
debs=("$scratch"/pkg/revq_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one revq_*.deb in $scratch/pkg"
deb=${debs[0]}
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"

step "control fields"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# dpkg-shlibdeps found the libraries the programs link.
for lib in libc6 libstdc++6 libpugixml libxlsxwriter libssl; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib (CPACK_DEBIAN_PACKAGE_SHLIBDEPS)"
done
if [ $gui = yes ]; then
  [[ $depends == *libwxgtk* ]] || fail "Depends lacks wxWidgets although the GUI is packaged"
fi
[ "$(dpkg-deb -f "$deb" Version)" = "$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' \
  "$build/CMakeCache.txt")" ] || fail "package version differs from the project version"

step "dpkg -x into a scratch root"
root=$scratch/root
dpkg -x "$deb" "$root"
data=$root/usr/share/revq
expect=(usr/bin/revq-cli usr/share/man/man1/revq-cli.1.gz usr/share/mime/packages/revq.xml
  usr/share/icons/hicolor/scalable/apps/revq.svg usr/share/doc/revq/copyright
  usr/share/doc/revq/changelog.gz usr/share/revq/forms/states.xml)
for size in 16 22 24 32 48 64 128 256; do
  expect+=("usr/share/icons/hicolor/${size}x${size}/apps/revq.png")
done
# Every shipped form, instrument and template of the source tree is installed.
for f in "$REVQ_SOURCE_DIR"/forms/*.xml "$REVQ_SOURCE_DIR"/forms/instruments/*.xml \
  "$REVQ_SOURCE_DIR"/templates/*.xml; do
  [ -e "$f" ] || continue
  expect+=("usr/share/revq/${f#"$REVQ_SOURCE_DIR"/}")
done
if [ $gui = yes ]; then
  expect+=(usr/bin/revq usr/share/man/man1/revq.1.gz usr/share/applications/revq.desktop)
  for po in "$REVQ_SOURCE_DIR"/src/gui/po/*.po; do
    [ -e "$po" ] || continue
    expect+=("usr/share/revq/locale/$(basename "$po" .po)/revq.mo")
  done
fi
for f in "${expect[@]}"; do
  [ -e "$root/$f" ] || fail "the package lacks /$f"
done
echo "${#expect[@]} expected files present"
form=$data/forms/tip-protocol-review.xml
[ -f "$form" ] || fail "the package lacks the questionnaire /usr/share/revq/forms/tip-protocol-review.xml"
# Stripped binaries (CPACK_STRIP_FILES): no debug sections in the package.
if command -v file >/dev/null; then
  file "$root/usr/bin/revq-cli" | grep -q 'not stripped' && fail "revq-cli is not stripped"
fi

# The installed programs run from an unrelated folder, with nothing but their location to go by.
mkdir -p "$scratch/work"
cd "$scratch/work"
cli=$root/usr/bin/revq-cli

step "the installed revq-cli lints the installed questionnaire"
"$cli" lint "$form" >"$scratch/lint.log" 2>&1 || {
  cat "$scratch/lint.log" >&2
  fail "revq-cli lint failed on the installed questionnaire"
}
tail -3 "$scratch/lint.log"

step "sample responses and collate them with the installed data"
if ! "$cli" sample --help >/dev/null 2>&1; then
  echo "SKIP sample/collate: 'revq-cli sample --help' fails, the command is not built yet"
else
  "$cli" sample --form "$form" --states all --seed 1 -o "$scratch/responses" \
    >"$scratch/sample.log" 2>&1 || {
    cat "$scratch/sample.log" >&2
    fail "revq-cli sample failed with the installed States list"
  }
  n=$(find "$scratch/responses" -name '*.revq' | wc -l)
  [ "$n" -ge 150 ] || fail "expected a sample response for every State, got $n"
  echo "$n sample responses"
  "$cli" collate --form "$form" -o "$scratch/summary.xlsx" "$scratch/responses" \
    >"$scratch/collate.log" 2>&1 || {
    cat "$scratch/collate.log" >&2
    fail "revq-cli collate failed with the installed templates"
  }
  [ "$(head -c 2 "$scratch/summary.xlsx")" = PK ] || fail "summary.xlsx is not a workbook"
  echo "summary.xlsx: $(stat -c %s "$scratch/summary.xlsx") bytes"

  step "relocated prefix: the tree moved to another folder still finds its data"
  reloc=$scratch/relocated/opt/revq
  mkdir -p "$(dirname "$reloc")"
  cp -a "$root/usr" "$reloc"
  "$reloc/bin/revq-cli" collate --form "$reloc/share/revq/forms/tip-protocol-review.xml" \
    -o "$scratch/summary-relocated.xlsx" "$scratch/responses" >/dev/null 2>&1 ||
    fail "revq-cli moved to $reloc/bin cannot collate"
  # Proof it reads its own prefix's templates: break them there, and collate must say so.
  echo "not a layout" >"$reloc/share/revq/templates/summary.xml"
  if "$reloc/bin/revq-cli" collate --form "$reloc/share/revq/forms/tip-protocol-review.xml" \
    -o "$scratch/summary-broken.xlsx" "$scratch/responses" >"$scratch/broken.log" 2>&1; then
    fail "collate ignored the relocated prefix's templates/summary.xml"
  fi
  grep -q "$reloc/share/revq/templates/summary.xml" "$scratch/broken.log" ||
    fail "the error does not name the relocated template: $(head -3 "$scratch/broken.log")"
  [ -e "$scratch/summary-broken.xlsx" ] && fail "a failed collate left a workbook behind"
  echo "relocated: data found in $reloc/share/revq"
fi
cd "$scratch"

step "lintian"
lintian --fail-on error "$deb" \
  >"$scratch/lintian.log" 2>&1 || {
  cat "$scratch/lintian.log" >&2
  fail "lintian reports errors"
}
grep -v 'running with root privileges' "$scratch/lintian.log" || echo "(lintian: no tags)"

step "AppStream, desktop entry"
if [ $gui = yes ]; then
  metainfo=("$root"/usr/share/metainfo/*.metainfo.xml)
  desktop=$root/usr/share/applications/revq.desktop
else
  echo "(no GUI in this build: checking the metadata of installer/linux instead)"
  metainfo=("$REVQ_SOURCE_DIR/installer/linux/revq.metainfo.xml")
  desktop=$REVQ_SOURCE_DIR/installer/linux/revq.desktop
fi
appstreamcli validate --no-net "${metainfo[@]}" || fail "appstreamcli rejects ${metainfo[*]}"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
grep -q '^MimeType=application/x-revq+xml;' "$desktop" ||
  fail "the desktop entry does not open application/x-revq+xml"

step "shared-MIME: *.revq by name and by root element"
# shared-mime-info comes with GTK, which wxWidgets needs, so it is always there.
command -v update-mime-database >/dev/null || fail "update-mime-database is missing (shared-mime-info)"
mime=$scratch/mime
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/revq.xml" "$mime/packages/"
update-mime-database "$mime" >"$scratch/mime.log" 2>&1 || {
  cat "$scratch/mime.log" >&2
  fail "update-mime-database rejects usr/share/mime/packages/revq.xml"
}
grep -q 'application/x-revq+xml:\*\.revq' "$mime/globs2" || fail "globs2 lacks *.revq"
grep -q 'urn:revq:response:1 response application/x-revq+xml' "$mime/XMLnamespaces" ||
  fail "XMLnamespaces lacks the response root element"
echo "application/x-revq+xml registered"

echo "package_deb: OK in $((SECONDS - start)) s"
