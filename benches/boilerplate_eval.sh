#!/usr/bin/env bash
# Main-content extraction quality on the shared benchmarks, scored by ../shared/eval.
#   bash benches/boilerplate_eval.sh            (builds the release binary first)
# Prints the scorer's report; the last line is "F1 <mean over datasets>".
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --release --quiet
for ds in scrapinghub wcxb_dev_sample; do
  mkdir -p "$out/$ds"
  start=$(date +%s.%N)
  target/release/archiwum extract "$eval_dir/boilerplate/$ds/html" --format text --out-dir "$out/$ds" 2>/dev/null || true
  end=$(date +%s.%N)
  n=$(ls "$eval_dir/boilerplate/$ds/html" | wc -l)
  echo "$ds: $n pages in $(echo "$end - $start" | bc) s" >&2
done
python3 "$eval_dir/boilerplate_score.py" --pred "$out"
