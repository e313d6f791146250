#!/bin/bash
# revq-cli lint: the docs example exits 0; --json parses; --coverage prints the tables; usage
# errors exit 2; --help explains.
set -u
fail() { echo "FAIL: $*"; exit 1; }
: "${REVQ_CLI:?}" "${REVQ_SOURCE_DIR:?}" "${REVQ_SCRATCH:?}"
mkdir -p "$REVQ_SCRATCH"
EXAMPLE="$REVQ_SOURCE_DIR/docs/examples/mini-form.xml"

out=$("$REVQ_CLI" lint "$EXAMPLE"); rc=$?
[ $rc -eq 0 ] || fail "example exits $rc: $out"
grep -q "1 file checked: 0 errors, 0 warnings" <<<"$out" || fail "summary line: $out"

"$REVQ_CLI" lint --json "$EXAMPLE" >"$REVQ_SCRATCH/ok.json" || fail "--json exit"
python3 -m json.tool "$REVQ_SCRATCH/ok.json" >/dev/null || fail "--json does not parse"
python3 - "$REVQ_SCRATCH/ok.json" <<'PY' || fail "--json content"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["errors"] == 0 and d["warnings"] == 0, d
assert d["diagnostics"] == [] and d["files"][0]["valid"] is True, d
PY

cov=$("$REVQ_CLI" lint --coverage "$EXAMPLE") || fail "--coverage exit"
grep -q "^| fr | 21/21 | 100.0% |" <<<"$cov" || fail "French coverage row: $cov"
grep -q "^| ar | 0/21 | 0.0% |" <<<"$cov" || fail "Arabic coverage row: $cov"
grep -q "^| \*\*Art. 5\*\* | mandatory | 6 |" <<<"$cov" || fail "article 5 row: $cov"
grep -q "Art. 5(2)(a) | mandatory-qualified | 1 |" <<<"$cov" || fail "5(2)(a) row: $cov"
"$REVQ_CLI" lint --json --coverage "$EXAMPLE" | python3 -m json.tool >/dev/null || fail "json+coverage"

# Required languages the example lacks make it fail.
"$REVQ_CLI" lint --require-languages ar,en "$EXAMPLE" >"$REVQ_SCRATCH/ar.txt"; rc=$?
[ $rc -eq 1 ] || fail "--require-languages ar exits $rc"
grep -q "error: the form has no <title> in 'ar'" "$REVQ_SCRATCH/ar.txt" || fail "ar error text"

# Usage errors.
"$REVQ_CLI" lint >/dev/null 2>&1; [ $? -eq 2 ] || fail "no file must exit 2"
"$REVQ_CLI" lint --frobnicate "$EXAMPLE" >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown option must exit 2"
"$REVQ_CLI" lint --require-languages de "$EXAMPLE" >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad language must exit 2"
"$REVQ_CLI" lint --require-languages >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing value must exit 2"

# Help.
"$REVQ_CLI" --help | grep -q "lint" || fail "revq-cli --help lists lint"
"$REVQ_CLI" lint --help | grep -q "Usage: revq-cli lint" || fail "lint --help"

# A missing file is a problem with the file, not a usage error.
"$REVQ_CLI" lint "$REVQ_SCRATCH/none.xml" >"$REVQ_SCRATCH/none.txt"; rc=$?
[ $rc -eq 1 ] || fail "missing file exits $rc"
grep -q "none.xml: error: the file does not exist" "$REVQ_SCRATCH/none.txt" || fail "missing file message"
echo "ok"
