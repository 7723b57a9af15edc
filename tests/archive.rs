//! Archive-scale ingest through the real binary: WARC input, duplicate groups, pruning,
//! and an index that survives `kill -9` in the middle of a run.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::cargo_bin("archiwum").expect("binary built")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture() -> PathBuf {
    root().join("tests/data/crawl.warc.gz")
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn search(index: &Path, args: &[&str]) -> Value {
    let out = stdout_of(
        bin()
            .arg("search")
            .args(args)
            .arg("--json")
            .arg("--index")
            .arg(index),
    );
    serde_json::from_str(&out).expect("search --json prints JSON")
}

fn ingest_warc(index: &Path) -> String {
    let out = bin()
        .arg("ingest")
        .arg(fixture())
        .arg("--index")
        .arg(index)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn warc_records_become_documents_with_urls_and_crawl_dates() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let summary = ingest_warc(&index);
    // 5 HTML responses; the revisit, the image and the 404 are counted, not stored.
    assert!(summary.contains("ingested 5 new"), "{summary}");
    assert!(summary.contains("1 WARC revisits"), "{summary}");
    assert!(summary.contains("1 not HTML"), "{summary}");
    assert!(summary.contains("1 HTTP error"), "{summary}");
    assert!(summary.contains("5 documents"), "{summary}");

    // The charset came only from the HTTP header (windows-1250).
    let shown = stdout_of(
        bin()
            .args([
                "show",
                "http://gmina-jaslo.example.pl/biblioteka/dzien-matki",
            ])
            .arg("--index")
            .arg(&index),
    );
    assert!(shown.contains("Dzień Matki w filii w Osobnicy"), "{shown}");
    assert!(shown.contains("crawled:   2016-02-01T08:10:00Z"), "{shown}");
    assert!(shown.contains("published: 2012-05-14"), "{shown}");

    // Chunked, gzip-encoded response.
    let hits = search(&index, &["podróżnik"]);
    assert_eq!(
        hits["hits"][0]["source"],
        "http://gbp-szebnie.example.pl/podroznik-2015"
    );

    // Re-reading the same WARC changes nothing.
    let again = ingest_warc(&index);
    assert!(again.contains("0 new, 0 updated, 5 unchanged"), "{again}");
}

#[test]
fn republished_announcements_are_one_hit_with_their_other_sources() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest_warc(&index);
    let folded = search(&index, &["noc", "bibliotek"]);
    let hits = folded["hits"].as_array().unwrap();
    let noc: Vec<&Value> = hits
        .iter()
        .filter(|h| h["title"] == "Noc Bibliotek w Szebniach")
        .collect();
    assert_eq!(noc.len(), 1, "{folded}");
    // A mirror (same text) and a reprint in another site's frame (near-duplicate).
    let also: Vec<&str> = noc[0]["also_at"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(also.len(), 2, "{also:?}");
    let all = search(&index, &["noc", "bibliotek", "--all-duplicates"]);
    let copies = all["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["title"] == "Noc Bibliotek w Szebniach")
        .count();
    assert_eq!(copies, 3, "{all}");
    // A different announcement from the same WARC is not folded into it.
    let other = search(&index, &["Dzień", "Matki"]);
    assert!(other["hits"][0].get("also_at").is_none(), "{other}");
}

#[test]
fn a_near_duplicate_ingested_in_a_later_run_joins_the_committed_copy() {
    // The second run finds the first copy through the committed index (band filters and
    // term lookups), not through the documents pending in its own commit.
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    std::fs::create_dir(&first).unwrap();
    std::fs::create_dir(&second).unwrap();
    let page = std::fs::read_to_string(root().join("corpus/wp-noc-bibliotek-2015.html")).unwrap();
    let reprint = page.replace(
        "Do zobaczenia za rok!",
        "Do zobaczenia za rok! Przedruk za stroną biblioteki.",
    );
    assert_ne!(page, reprint);
    std::fs::write(first.join("noc.html"), page).unwrap();
    std::fs::write(second.join("przedruk.html"), reprint).unwrap();
    let index = dir.path().join("index");
    for pages in [&first, &second] {
        stdout_of(bin().arg("ingest").arg(pages).arg("--index").arg(&index));
    }
    let found = search(&index, &["noc", "bibliotek"]);
    let hits = found["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "{found}");
    assert_eq!(
        hits[0]["also_at"].as_array().map(Vec::len),
        Some(1),
        "{found}"
    );
}

#[test]
fn prune_removes_documents_whose_file_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    for name in [
        "wp-noc-bibliotek-2015.html",
        "gmina-remont-filii-2014.html",
        "dump-dyskusyjny-klub-2014.txt",
    ] {
        std::fs::copy(root().join("corpus").join(name), pages.join(name)).unwrap();
    }
    let index = dir.path().join("index");
    let run = |prune: bool| {
        let mut cmd = bin();
        cmd.arg("ingest").arg(&pages).arg("--index").arg(&index);
        if prune {
            cmd.arg("--prune");
        }
        stdout_of(&mut cmd)
    };
    assert!(run(false).contains("3 documents"));
    std::fs::remove_file(pages.join("gmina-remont-filii-2014.html")).unwrap();
    let kept = run(false);
    assert!(
        kept.contains("3 documents"),
        "without --prune nothing is removed: {kept}"
    );
    let pruned = run(true);
    assert!(pruned.contains("1 pruned"), "{pruned}");
    assert!(pruned.contains("2 documents"), "{pruned}");
}

/// Number of documents the index answers with, or None while it cannot be opened.
fn count_documents(index: &Path) -> Option<u64> {
    let out = bin()
        .args(["search", "biblioteka", "--json", "--limit", "1"])
        .arg("--index")
        .arg(index)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let v: Value = serde_json::from_slice(&out.stdout).ok()?;
    v["total"].as_u64()
}

#[test]
fn an_ingest_killed_mid_run_leaves_a_readable_index_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    let page = std::fs::read_to_string(root().join("corpus/wp-noc-bibliotek-2015.html")).unwrap();
    const PAGES: usize = 1500;
    for i in 0..PAGES {
        // Distinct texts, so every page is its own document and its own group.
        let text = page.replace(
            "Do zobaczenia za rok!",
            &format!("Do zobaczenia za rok! Numer {i}."),
        );
        std::fs::write(pages.join(format!("strona-{i:05}.html")), text).unwrap();
    }
    let index = dir.path().join("index");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("archiwum"))
        .arg("ingest")
        .arg(&pages)
        .arg("--index")
        .arg(&index)
        .args(["--commit-every", "25"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill as soon as the first commit is visible: the run is then certainly unfinished.
    let start = Instant::now();
    let mut seen = 0;
    while start.elapsed() < Duration::from_secs(60) {
        seen = count_documents(&index).unwrap_or(0);
        if seen > 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL on Unix: no chance to clean up
    child.wait().unwrap();
    assert!(seen > 0, "no commit became visible within a minute");
    let after_kill = count_documents(&index).expect("the index opens after kill -9");
    assert!(
        after_kill < PAGES as u64,
        "the run was not interrupted: {after_kill}"
    );

    let rerun = stdout_of(bin().arg("ingest").arg(&pages).arg("--index").arg(&index));
    assert!(
        rerun.contains(&format!("index {}: {PAGES} documents", index.display())),
        "{rerun}"
    );
    assert!(rerun.contains("unchanged"), "{rerun}");
}
