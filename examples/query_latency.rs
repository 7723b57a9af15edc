//! p50 and p99 latency of the benchmark workloads (`archiwum::query::workload`) on an index,
//! and the process's peak memory: issue 7's targets are p50 ≤ 5 ms and p99 ≤ 50 ms for
//! single-word and filtered queries, facets ≤ 100 ms, and ≤ 100 MB for `search`.
//!
//!     cargo run --release --example query_latency -- target/synth-100000/index [ROUNDS] [ONLY]
//!
//! ONLY runs just the workloads whose name contains it (e.g. "one word"), for profiling.

use archiwum::index::IndexStore;
use archiwum::query::search::search;
use archiwum::query::workload::workloads;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "target/synth-100000/index".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(50);
    let only = args.next().unwrap_or_default();
    let started = Instant::now();
    let store = IndexStore::open(dir.as_ref())?;
    println!("opened {dir} in {:.1} ms", ms(started));
    for w in workloads()
        .into_iter()
        .filter(|w| w.name.contains(only.as_str()))
    {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..rounds {
            for (query, filters) in &w.queries {
                let t = Instant::now();
                total = search(&store, query, 10, filters.clone())?.total;
                times.push(ms(t));
            }
        }
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
        println!(
            "{:<26} p50 {:7.2} ms  p99 {:7.2} ms  ({} runs; last query matched {total})",
            w.name,
            at(0.5),
            at(0.99),
            times.len()
        );
    }
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(line) = status.lines().find(|l| l.starts_with("VmHWM")) {
            println!("peak RSS: {}", line.trim_start_matches("VmHWM:").trim());
        }
    }
    Ok(())
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}
