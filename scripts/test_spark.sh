#!/usr/bin/env bash
# `make test-spark`: pipes the sample corpus through `pantau stream` on a local Spark
# (2 executors), merges the results with `pantau merge`, and checks the dataset is
# byte-identical to `pantau run` over the same corpus. Needs Java 17 and PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/pantau}
CORPUS=${CORPUS:-corpus}
VENV=${SPARK_VENV:-.venv-spark}

command -v java >/dev/null 2>&1 || { echo "test-spark: java is not on PATH (Spark needs Java 17)" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pyspark" 2>/dev/null; then
  echo "test-spark: installing pyspark into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pyspark
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pantau-spark.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$BIN" stream --pack "$CORPUS" > "$WORK/records.jsonl"
echo "test-spark: $(wc -l < "$WORK/records.jsonl") records from $CORPUS"
PYSPARK_PYTHON="$VENV/bin/python" "$VENV/bin/python" scripts/spark_job.py \
  "$WORK/records.jsonl" "$WORK/results" "$(realpath "$BIN")" --master "local[2]" --partitions 2
for part in "$WORK"/results/part-*; do echo "test-spark: $(basename "$part"): $(wc -l < "$part") result lines"; done
"$BIN" merge "$WORK/merged" "$WORK/results"
"$BIN" run --input "$CORPUS" --output "$WORK/single" --jobs 2 || [ $? -eq 3 ]
status=0
for file in documents.csv officials.csv regions.csv claims.csv near_duplicates.csv documents.jsonl pantau.sqlite; do
  if cmp -s "$WORK/single/$file" "$WORK/merged/$file"; then
    echo "test-spark: $file identical"
  else
    echo "test-spark: $file DIFFERS between pantau run and the Spark job" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "test-spark: 1 passed, 0 failed" || echo "test-spark: 0 passed, 1 failed"
exit $status
