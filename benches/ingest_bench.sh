#!/usr/bin/env bash
# Ingest benchmark on the synthetic corpus (examples/synth_corpus.rs): HTML files and a WARC
# of the same pages. Reports pages/s, MB/s and peak RSS for a first ingest, an unchanged
# re-ingest and a WARC ingest, and the ratio to two references measured in the same run:
# html5ever parsing alone (examples/parse_ceiling.rs, all cores) and trafilatura (one
# process per core on a sample, if `pip install trafilatura` has been run).
#
#     bash benches/ingest_bench.sh [PAGES] [TRAFILATURA_SAMPLE]
#
# Default: 10000 pages (about 300 MB), a trafilatura sample of 300 pages.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
SAMPLE=${2:-300}
DIR=target/synth-$N
cargo build --release --bin archiwum --example synth_corpus --example parse_ceiling 2>&1 | tail -1
[ -f "$DIR/pages.warc.gz" ] || target/release/examples/synth_corpus "$N" "$DIR"
MB=$(du -sm --apparent-size "$DIR/html" | cut -f1)

run() { # label, then the ingest arguments
  local label=$1; shift
  # The previous run's index (a gigabyte at 100,000 pages) is still being written back or
  # deleted; without this its disk work lands in the next run's system time (9 s -> 27 s).
  sync; sleep 2
  /usr/bin/time -f "%e %M" -o "$DIR/time.txt" target/release/archiwum ingest "$@" >"$DIR/out.txt" 2>&1
  read -r secs kb <"$DIR/time.txt"
  python3 - "$label" "$N" "$MB" "$secs" "$kb" <<'PY'
import sys
label, n, mb, secs, kb = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
print(f"{label:22} {secs:8.1f} s {n/secs:9.0f} pages/s {mb/secs:7.1f} MB/s  peak RSS {kb/1024:6.0f} MB")
PY
  tail -1 "$DIR/out.txt" | sed 's/^/    /'
}

rm -rf "$DIR/index" "$DIR/index-warc"
echo "corpus: $N pages, $MB MB of HTML; $(nproc) cores"
run "first ingest (files)" "$DIR/html" --index "$DIR/index"
run "unchanged re-ingest" "$DIR/html" --index "$DIR/index"
run "first ingest (WARC)" "$DIR/pages.warc.gz" --index "$DIR/index-warc"
target/release/examples/parse_ceiling "$DIR/html" 5000 | sed 's/^/reference: /'

if python3 -c "import trafilatura" 2>/dev/null; then
  python3 - "$DIR/html" "$SAMPLE" "$(nproc)" <<'PY'
import os, sys, time
from multiprocessing import Pool
import trafilatura
root, sample, cores = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".html"))[:sample]
def work(path):
    with open(path, "rb") as fh:
        trafilatura.extract(fh.read())
start = time.perf_counter()
with Pool(cores) as pool:
    pool.map(work, files, chunksize=8)
secs = time.perf_counter() - start
print(f"reference: trafilatura {trafilatura.__version__} on {len(files)} pages, {cores} processes: {len(files)/secs:7.1f} pages/s")
PY
else
  echo "reference: trafilatura not installed (pip install trafilatura lxml_html_clean)"
fi
