#!/usr/bin/env bash
# Entity quality on the shared Polish NER corpora, scored by ../shared/eval/ner_score.py.
#   bash benches/ner_eval.sh [NKJP_LIMIT]      (default: first 500 NKJP-1M documents)
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
limit=${1:-500}
cargo build --release --quiet
bash "$eval_dir/run_extract.sh" target/release/archiwum "$eval_dir/ner/kpwr_n82_test.jsonl" "$out/kpwr.jsonl"
echo "== KPWr n82 test (304 documents)"
python3 "$eval_dir/ner_score.py" --gold "$eval_dir/ner/kpwr_n82_test.jsonl" --pred "$out/kpwr.jsonl"
LIMIT=$limit bash "$eval_dir/run_extract.sh" target/release/archiwum "$eval_dir/ner/nkjp1m_ner.jsonl" "$out/nkjp.jsonl"
echo "== NKJP-1M (first $limit documents)"
python3 "$eval_dir/ner_score.py" --gold "$eval_dir/ner/nkjp1m_ner.jsonl" --pred "$out/nkjp.jsonl" --limit "$limit"
