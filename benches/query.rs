//! Query latency on a large index (issue 7): one word, a phrase, a word with a place
//! filter, a date range, and facets over every document. It needs an index of the
//! synthetic corpus; build one with
//!
//!     bash benches/ingest_bench.sh 100000        # writes target/synth-100000/index
//!     cargo bench --bench query                  # or ARCHIWUM_BENCH_INDEX=DIR cargo bench …
//!
//! Criterion reports the mean; `cargo run --release --example query_latency` prints p50/p99.

use archiwum::index::IndexStore;
use archiwum::query::search::search;
use archiwum::query::workload::workloads;
use criterion::{criterion_group, criterion_main, Criterion};
use std::path::PathBuf;

fn index_dir() -> PathBuf {
    std::env::var_os("ARCHIWUM_BENCH_INDEX")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/synth-100000/index")
        })
}

fn bench_queries(c: &mut Criterion) {
    let dir = index_dir();
    let Ok(store) = IndexStore::open(&dir) else {
        eprintln!(
            "no index at {} (run `bash benches/ingest_bench.sh 100000` first)",
            dir.display()
        );
        return;
    };
    let mut g = c.benchmark_group("query");
    for w in workloads() {
        g.bench_function(w.name, |b| {
            let mut next = w.queries.iter().cycle();
            b.iter(|| {
                let (query, filters) = next.next().expect("a workload has queries");
                search(&store, query, 10, filters.clone()).map(|r| r.total)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench_queries);
criterion_main!(benches);
