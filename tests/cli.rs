//! The real binary on the bundled corpus and the seed announcement.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn bin() -> Command {
    Command::cargo_bin("archiwum").expect("binary built")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus() -> PathBuf {
    root().join("corpus")
}

fn jsonl(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

/// The ISO values of a document's entities of one kind ("date", "time"), in order.
fn values<'a>(doc: &'a Value, kind: &str) -> Vec<&'a str> {
    entities(doc, kind)
        .iter()
        .filter_map(|e| e["value"].as_str())
        .collect()
}

/// `archiwum extract` of one corpus page: its JSON record.
fn extract_corpus_page(name: &str) -> Value {
    let out = bin()
        .arg("extract")
        .arg(corpus().join(name))
        .output()
        .unwrap();
    jsonl(&out.stdout).remove(0)
}

fn entities<'a>(doc: &'a Value, kind: &str) -> Vec<&'a Value> {
    doc["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter(|e| e["type"] == kind)
        .collect()
}

fn lemmas(doc: &Value, kind: &str) -> Vec<String> {
    entities(doc, kind)
        .iter()
        .map(|e| e["lemma"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn ingest(index: &Path) -> assert_cmd::assert::Assert {
    bin()
        .arg("ingest")
        .arg(corpus())
        .arg("--index")
        .arg(index)
        .assert()
}

/// `archiwum search ARGS --json --index INDEX`, parsed.
fn search_json(index: &Path, args: &[&str]) -> Value {
    let out = bin()
        .arg("search")
        .args(args)
        .arg("--json")
        .arg("--index")
        .arg(index)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// One string field of every hit.
fn hit_values(results: &Value, key: &str) -> Vec<String> {
    results["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h[key].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn seed_announcement_extracts_as_promised() {
    let seed = root().join("../shared/seeds/000_cd75d09a3568a55f.txt");
    if !seed.exists() {
        eprintln!("../shared/seeds is not beside the project; using the corpus dump instead");
        return;
    }
    let out = bin()
        .arg("extract")
        .arg(&seed)
        .arg("--format")
        .arg("jsonl")
        .output()
        .unwrap();
    assert!(out.status.success());
    let docs = jsonl(&out.stdout);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["published"], "2014-10-07");
    assert_eq!(
        d["title"],
        "Program wsparcia lokalnego partnerstwa gminy Jasło"
    );
    let text = d["text"].as_str().unwrap();
    for junk in ["A A A", "Cookies", "Ta strona korzysta z cookies"] {
        assert!(!text.contains(junk), "{junk:?} left in the text");
    }
    let places = lemmas(d, "place");
    for p in ["Jasło", "Szebnie", "Osobnica", "Trzcinica", "Warzyce"] {
        assert!(
            places.contains(&p.to_string()),
            "{p} missing from {places:?}"
        );
    }
    let dates = values(d, "date");
    assert!(dates.contains(&"2014-10-03"), "{dates:?}");
    assert!(dates.contains(&"2014-10-20"), "{dates:?}");
    let times = values(d, "time");
    assert_eq!(times, ["2014-10-20T14:00"]);
    assert_eq!(
        entities(d, "time")[0]["text"],
        "godzinie 14.00",
        "the text keeps the time as written"
    );
    // "w czytelni GBP": the acronym is the one library the text names, place and all.
    let gbp = entities(d, "organization")
        .into_iter()
        .find(|e| e["text"] == "GBP")
        .expect("a standalone GBP");
    assert_eq!(
        gbp["lemma"],
        "Gminna Biblioteka Publiczna w Jaśle z/s w Szebniach"
    );
    assert!(lemmas(d, "person").contains(&"Elżbieta Tomczak".to_string()));
    // "W ramach Programu Rozwoju Bibliotek Stowarzyszenie …": two mentions, not one.
    let programs = lemmas(d, "program");
    assert!(programs.len() >= 2 && programs.iter().all(|p| p == "Program Rozwoju Bibliotek"));
}

#[test]
fn an_older_joomla_page_gives_its_title_date_and_author() {
    let d = &extract_corpus_page("joomla3-regionalista-2014.html");
    // The site's name is a heading too; the article's heading is the title.
    assert_eq!(d["title"], "Spotkanie z regionalistą");
    assert_eq!(d["published"], "2014-03-12");
    assert_eq!(d["metadata"]["author"], "Jolanta Bąk");
    assert_eq!(d["metadata"]["author_from"], "text: Tekst i zdjęcia:");
    assert_eq!(
        d["metadata"]["site_name"],
        "Gminna Biblioteka Publiczna w Brzostku"
    );
    // "7 marca br." takes the year of "Opublikowano: środa, 12, marzec 2014".
    let dates = values(d, "date");
    assert!(dates.contains(&"2014-03-07"), "{dates:?}");
}

#[test]
fn a_bip_page_reads_its_record_card_and_leaves_it_out_of_the_text() {
    let d = &extract_corpus_page("bip-nabor-bibliotekarz-2016.html");
    // No stamp above the text: the date and the author come from the card's cells.
    assert_eq!(d["published"], "2016-06-30");
    assert_eq!(d["metadata"]["published"]["from"], "text: Data publikacji:");
    assert_eq!(d["metadata"]["author"], "Zofia Janusz");
    assert_eq!(
        d["metadata"]["site_name"],
        "Gminna Biblioteka Publiczna w Iwkowej"
    );
    let text = d["text"].as_str().unwrap();
    assert!(
        text.contains("pełna zdolność do czynności prawnych."),
        "{text}"
    );
    for card in [
        "Marcin Kos",
        "Wytworzył",
        "01.07.2016",
        "Liczba wyświetleń",
        "Rejestr zmian",
    ] {
        assert!(!text.contains(card), "{card} in {text}");
    }
    // The card's dates are the page's, not events in the text.
    let dates = values(d, "date");
    assert_eq!(dates, ["2016-07-15"]);
    assert!(entities(d, "organization")
        .iter()
        .all(|o| o["text"] != "BIP"));
}

/// A page of ours in windows-1250, as old office sites write them: a title that `<title>`
/// cuts short, a programme table, and the bulletin the results appear in.
#[test]
fn a_programme_page_keeps_its_rows_and_its_heading() {
    let page = "<html><head><meta charset=\"windows-1250\">\
        <title>GBP w Tarnowcu - Dni Patrona Biblioteki</title></head><body>\
        <header><h1>Gminna Biblioteka Publiczna w Tarnowcu</h1></header><main><article>\
        <h2>Dni Patrona Biblioteki w Tarnowcu</h2>\
        <p>Zapraszamy na obchody Dni Patrona w piątek 25 kwietnia 2014 r. w sali widowiskowej \
        Gminnego Ośrodka Kultury w Tarnowcu. Wyniki konkursu ogłosimy w Biuletynie \
        Informacji Publicznej.</p><table>\
        <tr><th>Godzina</th><th>Punkt programu</th></tr>\
        <tr><td>10.00</td><td>Otwarcie i powitanie gości</td></tr>\
        <tr><td>10.30</td><td>Wykład Piotra Lisa o dziejach biblioteki</td></tr></table>\
        </article></main></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(page);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dni-patrona.html");
    std::fs::write(&path, &bytes).unwrap();
    let out = bin().arg("extract").arg(&path).output().unwrap();
    let d = &jsonl(&out.stdout)[0];
    assert_eq!(d["title"], "Dni Patrona Biblioteki w Tarnowcu");
    assert_eq!(d["metadata"]["site_name"], "GBP w Tarnowcu");
    let text = d["text"].as_str().unwrap();
    assert!(
        text.contains("Godzina\tPunkt programu\n10.00\tOtwarcie i powitanie gości\n10.30\t"),
        "{text}"
    );
    // The programme stands under the day of the event.
    assert_eq!(values(d, "time"), ["2014-04-25T10:00", "2014-04-25T10:30"]);
    assert_eq!(lemmas(d, "person"), ["Piotr Lis"]);
    assert_eq!(lemmas(d, "place"), ["Tarnowiec"]);
}

#[test]
fn entity_offsets_are_character_offsets_into_text() {
    let out = bin().arg("extract").arg(corpus()).output().unwrap();
    for d in jsonl(&out.stdout) {
        let chars: Vec<char> = d["text"].as_str().unwrap().chars().collect();
        for e in d["entities"].as_array().unwrap() {
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            let span: String = chars[s..t].iter().collect();
            assert_eq!(span, e["text"].as_str().unwrap(), "in {}", d["source"]);
        }
    }
}

/// Every title and publication date exactly, and most expected entities (the misses are
/// the ambiguous place names that need the dictionary: "w Siedliskach" → Siedliska?).
#[test]
fn corpus_expectations() {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(corpus().join("expected.json")).unwrap())
            .unwrap();
    let out = bin().arg("extract").arg(corpus()).output().unwrap();
    let docs = jsonl(&out.stdout);
    assert_eq!(
        docs.len(),
        expected.as_object().unwrap().len(),
        "one document per good file"
    );
    let (mut found, mut total) = (0, 0);
    for d in &docs {
        let name = Path::new(d["source"].as_str().unwrap())
            .file_name()
            .unwrap()
            .to_str()
            .unwrap();
        let e = &expected[name];
        assert_eq!(d["title"], e["title"], "title of {name}");
        assert_eq!(d["published"], e["published"], "publication date of {name}");
        for (key, kind) in [
            ("places", "place"),
            ("orgs", "organization"),
            ("persons", "person"),
        ] {
            let got = lemmas(d, kind);
            for want in e[key].as_array().unwrap() {
                total += 1;
                found += usize::from(got.iter().any(|g| g == want.as_str().unwrap()));
            }
        }
        let values: Vec<&str> = entities(d, "date")
            .iter()
            .filter_map(|x| x["value"].as_str())
            .collect();
        for want in e["dates"].as_array().unwrap() {
            total += 1;
            found += usize::from(values.contains(&want.as_str().unwrap()));
        }
    }
    let recall = found as f64 / total as f64;
    eprintln!("corpus entity recall {found}/{total} = {recall:.3}");
    assert!(
        recall >= 0.98,
        "entity recall on the corpus {found}/{total} = {recall:.3}"
    );
}

#[test]
fn legacy_encodings_give_polish_letters() {
    let out = bin()
        .arg("extract")
        .arg(corpus().join("cp1250-bez-deklaracji-2012.html"))
        .arg(corpus().join("iso88592-zajecia-komputerowe-2011.html"))
        .arg(corpus().join("cp1250-spotkanie-seniorow-2010.html"))
        .output()
        .unwrap();
    let docs = jsonl(&out.stdout);
    assert!(docs[0]["text"].as_str().unwrap().contains("Łucja Świątek"));
    assert_eq!(docs[0]["encoding"], "windows-1250");
    assert!(docs[1]["text"]
        .as_str()
        .unwrap()
        .contains("Źródłem finansowania"));
    assert_eq!(docs[1]["encoding"], "ISO-8859-2");
    assert!(docs[2]["text"].as_str().unwrap().contains("Żywe rozmowy"));
}

#[test]
fn truncated_html_is_still_read() {
    bin()
        .arg("extract")
        .arg(corpus().join("broken-obcieta-strona-2013.html"))
        .arg("--format")
        .arg("text")
        .assert()
        .success()
        .stdout(predicate::str::contains("Zajęcia prowadzi Sylwia Bąk."));
}

#[test]
fn ingest_twice_keeps_the_count_and_reports_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest(&index)
        .success()
        .stdout(predicate::str::contains(
            "ingested 44 new, 0 updated, 0 unchanged",
        ))
        .stdout(predicate::str::contains("index").and(predicate::str::contains(": 44 documents")))
        .stderr(predicate::str::contains(
            "broken-pusty-plik.html: the file is empty",
        ))
        .stderr(predicate::str::contains(
            "broken-plakat-skan.html: the file looks binary",
        ));
    ingest(&index)
        .success()
        .stdout(predicate::str::contains(
            "ingested 0 new, 0 updated, 44 unchanged",
        ))
        .stdout(predicate::str::contains(": 44 documents"));
}

#[test]
fn changed_file_replaces_its_document() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    let page = pages.join("a.txt");
    std::fs::write(
        &page,
        "Spotkanie w Jaśle\n\nDodano: 01.02.2015\nSpotkanie odbyło się w Jaśle.",
    )
    .unwrap();
    let index = dir.path().join("index");
    let run = || {
        bin()
            .arg("ingest")
            .arg(&pages)
            .arg("--index")
            .arg(&index)
            .assert()
            .success()
    };
    run().stdout(predicate::str::contains("ingested 1 new"));
    std::fs::write(
        &page,
        "Spotkanie w Krośnie\n\nDodano: 01.02.2015\nSpotkanie odbyło się w Krośnie.",
    )
    .unwrap();
    run().stdout(
        predicate::str::contains("0 new, 1 updated").and(predicate::str::contains(": 1 documents")),
    );
    let hits = |q: &str| {
        let out = bin()
            .args(["search", q, "--json", "--index"])
            .arg(&index)
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["total"].as_u64().unwrap()
    };
    assert_eq!(hits("Krosno"), 1);
    assert_eq!(hits("Jasło"), 0);
}

#[test]
fn search_finds_inflected_and_unaccented_forms() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest(&index).success();
    let search = |args: &[&str]| search_json(&index, args);
    let r = search(&["partnerstwo"]);
    assert!(r["total"].as_u64().unwrap() >= 3, "{r}");
    let hit = &r["hits"][0];
    for key in [
        "id",
        "title",
        "published",
        "source",
        "places",
        "organizations",
        "snippet",
        "highlights",
    ] {
        assert!(!hit[key].is_null(), "hit has {key}");
    }
    // "Jaslo" typed without Polish letters finds pages that only say "w Jaśle".
    let jaslo = search(&["Jaslo"]);
    let sources = hit_values(&jaslo, "source");
    assert!(
        sources.iter().any(|s| s.contains("wp-gra-miejska-2022")),
        "{sources:?}"
    );
    // The place facet holds lemmas: "w Szebniach" is filed under Szebnie.
    let r = search(&["place:Szebnie"]);
    assert!(r["total"].as_u64().unwrap() >= 5, "{r}");
    // Another form of a word matches ("bibliotekarzowi" → bibliotekarz, written
    // "bibliotekarzy" in the corpus); a different word that only shares a prefix does not.
    assert!(search(&["bibliotekarzowi"])["total"].as_u64().unwrap() >= 1);
    assert!(search(&["program"])["total"].as_u64().unwrap() >= 3);
    assert_eq!(search(&["programista"])["total"], 0);
    // Both words of an inflected query are marked in the snippet, the one whose lemma is
    // its form ("spotkanie") as well as the one whose lemma differs ("autorskie").
    let r = search(&["spotkaniach autorskich"]);
    let hit = &r["hits"][0];
    let snippet: Vec<char> = hit["snippet"].as_str().unwrap().chars().collect();
    let marked: Vec<String> = hit["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let (a, b) = (
                h[0].as_u64().unwrap() as usize,
                h[1].as_u64().unwrap() as usize,
            );
            snippet[a..b].iter().collect()
        })
        .collect();
    assert!(marked.contains(&"spotkanie".to_string()), "{marked:?}");
    assert!(marked.contains(&"autorskie".to_string()), "{marked:?}");
}

/// Sorted sources of every hit of a query.
fn all_sources(index: &Path, query: &str) -> Vec<String> {
    let mut v = hit_values(&search_json(index, &[query, "--limit", "100"]), "source");
    v.sort();
    v
}

#[test]
fn one_form_of_a_word_finds_all_its_forms() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest(&index).success();
    // The towns of the seed: the nominative finds the pages that only use the locative, and
    // so does the locative typed without Polish letters.
    for forms in [
        &["Jasło", "Jaśle", "Jaslo", "jasle"][..],
        &["Szebnie", "Szebniach", "szebniach"],
        &["Osobnica", "Osobnicy", "osobnicy"],
        &["Trzcinica", "Trzcinicy"],
        &["Warzyce", "Warzycach"],
        &["spotkanie", "spotkaniu", "spotkań"],
        &["odbyć", "odbędzie", "odbedzie"],
        &["publiczny", "Publicznej", "publicznej"],
        &["Barbara", "Barbarę"],
    ] {
        let expected = all_sources(&index, forms[0]);
        assert!(!expected.is_empty(), "{}", forms[0]);
        for form in &forms[1..] {
            assert_eq!(
                all_sources(&index, form),
                expected,
                "{form} vs {}",
                forms[0]
            );
        }
    }
    // Words that only share a beginning with a word of the corpus find nothing.
    for other in [
        "osobliwość",
        "Trzcina",
        "Jaskinia",
        "Warzywa",
        "bibliotekoznawstwo",
    ] {
        assert!(all_sources(&index, other).is_empty(), "{other}");
    }
}

#[test]
fn phrases_prefixes_fields_and_query_errors() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest(&index).success();
    let total = |q: &str| search_json(&index, &[q])["total"].as_u64().unwrap();
    // A quoted phrase matches the words as typed, in order.
    assert!(total("\"Programu Rozwoju Bibliotek\"") >= 2);
    assert_eq!(total("\"Bibliotek Rozwoju Programu\""), 0);
    assert!(total("\"Program Rozwoju Bibliotek\"") < total("Program Rozwoju Bibliotek"));
    // A prefix finds every page naming Szebnie (and any other Szebn… word).
    assert!(total("Szebn*") >= total("place:Szebnie"));
    assert!(total("Szebn*") >= 5);
    assert!(total("year:2014") >= 1);
    assert!(total("partnerstwo -Jasło") < total("partnerstwo"));
    // Programs are entities of their own, found in any case and by their initials.
    assert!(total("program:PRB") >= 4);
    assert_eq!(
        total("program:PRB"),
        total("program:\"Programu Rozwoju Bibliotek\"")
    );
    let facets = search_json(&index, &["program:PRB", "--facets", "program"]);
    assert_eq!(
        facets["facets"]["program"][0]["value"],
        "Program Rozwoju Bibliotek"
    );
    // Pages of hits follow one another without overlap.
    let ids = |args: &[&str]| hit_values(&search_json(&index, args), "id");
    let first = ids(&["biblioteka", "--limit", "4"]);
    let second = ids(&["biblioteka", "--limit", "4", "--offset", "4"]);
    let both = ids(&["biblioteka", "--limit", "8"]);
    assert_eq!(first.len(), 4);
    assert_eq!([first, second].concat(), both);
    // The whole result set can be exported, beyond --limit.
    let export = |format: &str| {
        let out = bin()
            .args(["search", "biblioteka", "--format", format, "--index"])
            .arg(&index)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let all = total("biblioteka") as usize;
    assert!(all > 10);
    let ndjson = export("ndjson");
    assert_eq!(ndjson.lines().count(), all);
    for line in ndjson.lines() {
        let doc: Value = serde_json::from_str(line).unwrap();
        assert!(doc["text"].is_string() && doc["entities"].is_array());
        // The stored entities pass through unchanged: each line is a whole record again.
        let record: archiwum::record::Document = serde_json::from_str(line).unwrap();
        assert_eq!(serde_json::to_string(&record).unwrap(), line);
    }
    let csv = export("csv");
    assert!(csv.starts_with("id,source,title,published,places"));
    assert_eq!(csv.lines().count(), all + 1);
    // An entity filter takes any spelling of the value; a near miss gets a suggestion.
    assert_eq!(total("place:jaśle"), total("place:Jasło"));
    // --place, --org and --person are the same filters as options.
    let with = |args: &[&str]| search_json(&index, args)["total"].as_u64().unwrap();
    let in_szebnie = with(&["biblioteka", "--place", "Szebnie"]);
    assert!(in_szebnie > 0 && in_szebnie < total("biblioteka"));
    assert_eq!(in_szebnie, total("biblioteka place:Szebnie"));
    assert_eq!(
        with(&["*", "--place", "Jasło", "--org", "GBP"]),
        total("place:Jasło org:GBP")
    );
    assert_eq!(
        with(&["*", "--person", "Barbara Chmura"]),
        total("person:\"Barbara Chmura\"")
    );
    assert_eq!(with(&["biblioteka", "--place", "Szebnia"]), 0);
    let miss = search_json(&index, &["place:Szebnia"]);
    assert_eq!(miss["total"], 0);
    assert_eq!(miss["suggestions"][0], "Szebnie");
    for (query, message) in [
        ("foo:bar", "unknown field foo:"),
        ("\"Jasło", "missing delimiter"),
        ("w i", "no word to search for"),
    ] {
        let out = bin()
            .args(["search", query, "--index"])
            .arg(&index)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{query}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(message) && err.trim().lines().count() == 1,
            "{err}"
        );
    }
}

#[test]
fn show_prints_a_stored_document() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest(&index).success();
    let file = corpus().join("dump-konkurs-recytatorski-2015.txt");
    let out = bin()
        .arg("show")
        .arg(&file)
        .arg("--json")
        .arg("--index")
        .arg(&index)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["title"], "Wyniki gminnego konkursu recytatorskiego");
    let id = d["id"].as_str().unwrap().to_string();
    bin()
        .args(["show", &id, "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(predicate::str::contains("Zuzanna Kasprzyk"))
        .stdout(predicate::str::contains(
            "published: 2015-03-20 (from text: Dodano:)",
        ));
    bin()
        .args(["show", "0000000000000000", "--index"])
        .arg(&index)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no document"));
}

#[test]
fn missing_index_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    bin()
        .args(["search", "biblioteka", "--index"])
        .arg(dir.path().join("nie-ma"))
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no index at")
                .and(predicate::str::contains("archiwum ingest")),
        );
}

#[test]
fn usage_errors_exit_2() {
    bin().arg("search").assert().code(2);
    bin()
        .args(["extract", "x.txt", "--published", "7.10.2014"])
        .assert()
        .code(2);
    bin()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes"));
}

#[test]
fn missing_input_path_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    bin()
        .args(["ingest", "nie/ma/takiego/katalogu", "--index"])
        .arg(dir.path().join("i"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("path not found"));
}

#[test]
fn extract_reads_standard_input_and_uses_published() {
    bin()
        .args(["extract", "-", "--published", "2014-10-07"])
        .write_stdin("Spotkanie 3 października br. w Szebniach.")
        .assert()
        .success()
        .stdout(predicate::str::contains(r#""value":"2014-10-03""#))
        .stdout(predicate::str::contains(r#""lemma":"Szebnie""#));
}

#[test]
fn index_of_another_schema_version_is_refused_with_instructions() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest(&index).success();
    std::fs::write(index.join("archiwum-version"), "archiwum-index-0").unwrap();
    bin()
        .args(["search", "biblioteka", "--index"])
        .arg(&index)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("another version of archiwum")
                .and(predicate::str::contains("run `archiwum ingest` again")),
        );
}

#[test]
fn date_filters_tell_publication_from_event() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest(&index).success();
    let sources = |on: &str| {
        let args = [
            "imprez",
            "--from",
            "2015-01-01",
            "--to",
            "2015-12-31",
            "--on",
            on,
        ];
        hit_values(&search_json(&index, &args), "source")
    };
    // Published in January 2016, it reports on events of 2015.
    let summary = "dump-ub-rok-podsumowanie-2016";
    assert!(sources("event").iter().any(|s| s.contains(summary)));
    assert!(sources("any").iter().any(|s| s.contains(summary)));
    assert!(!sources("published").iter().any(|s| s.contains(summary)));
}

#[test]
fn dates_carry_granularity_and_role() {
    let out = bin()
        .args(["extract", "-", "--published", "2018-03-05"])
        .write_stdin("Prace należy składać do 30 marca br. Rozstrzygnięcie konkursu odbędzie się w kwietniu.")
        .output()
        .unwrap();
    let d = &jsonl(&out.stdout)[0];
    let dates = entities(d, "date");
    assert_eq!(dates[0]["value"], "2018-03-30");
    assert_eq!(dates[0]["granularity"], "day");
    assert_eq!(dates[0]["role"], "deadline");
    assert_eq!(dates[1]["value"], "2018-04");
    assert_eq!(dates[1]["granularity"], "month");
}

#[test]
fn facets_count_the_whole_result_set_and_sort_by_date() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest(&index).success();
    let r = search_json(
        &index,
        &["place:Szebnie", "--facets", "org,year", "--limit", "1"],
    );
    let orgs = r["facets"]["org"].as_array().unwrap();
    let partner = orgs
        .iter()
        .find(|o| o["value"] == "Stowarzyszenie Rozwoju Wsi Szebnie")
        .expect("partner counted");
    assert_eq!(partner["count"], 2);
    let years: u64 = r["facets"]["year"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["count"].as_u64().unwrap())
        .sum();
    assert_eq!(
        years,
        r["total"].as_u64().unwrap(),
        "every hit has a publication year"
    );
    let dates = |sort: &str| {
        hit_values(
            &search_json(&index, &["biblioteka", "--sort", sort, "--limit", "5"]),
            "published",
        )
    };
    let oldest = dates("date");
    let newest = dates("-date");
    assert!(oldest.windows(2).all(|w| w[0] <= w[1]), "{oldest:?}");
    assert!(newest.windows(2).all(|w| w[0] >= w[1]), "{newest:?}");
    assert_eq!(oldest[0], "2008-11-14");
}

#[test]
fn stats_and_timeline_describe_the_archive() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest(&index).success();
    let out = bin()
        .args(["stats", "--json", "--index"])
        .arg(&index)
        .output()
        .unwrap();
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    let documents = stats["documents"].as_u64().unwrap();
    assert!(documents >= 40, "{stats}");
    assert_eq!(stats["top"]["place"][0]["value"], "Jasło");
    assert_eq!(
        stats["top"]["program"][0]["value"],
        "Program Rozwoju Bibliotek"
    );
    let empty = stats["last_ingest"]["skipped"]["empty"][0]
        .as_str()
        .unwrap();
    assert!(empty.ends_with("corpus/broken-pusty-plik.html"), "{empty}");
    assert!(stats["first_published"].as_str().unwrap() < stats["last_published"].as_str().unwrap());

    let csv = dir.path().join("t.csv");
    let svg = dir.path().join("t.svg");
    bin()
        .args(["timeline", "*", "--by", "year", "--index"])
        .arg(&index)
        .arg("--csv")
        .arg(&csv)
        .arg("--svg")
        .arg(&svg)
        .assert()
        .success()
        .stdout(predicate::str::contains("2014 █"));
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert!(csv.starts_with("year,documents\n"));
    let counted: u64 = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(counted, stats["with_publication_date"].as_u64().unwrap());
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("<rect x="));
    bin()
        .args(["timeline", "place:Szebnie", "--by", "month", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(predicate::str::contains("2014-02 █"));
}

/// Lower-cased words of a text with their counts, as the WCXB scorer counts them.
fn bag_of_words(text: &str) -> std::collections::HashMap<String, usize> {
    let mut bag = std::collections::HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *bag.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    bag
}

/// Bag-of-words F1 of a predicted text against the expected one.
fn bag_f1(predicted: &str, expected: &str) -> f64 {
    let (p, g) = (bag_of_words(predicted), bag_of_words(expected));
    let overlap: usize = p
        .iter()
        .map(|(w, n)| (*n).min(g.get(w).copied().unwrap_or(0)))
        .sum();
    let (np, ng) = (p.values().sum::<usize>(), g.values().sum::<usize>());
    if overlap == 0 {
        return 0.0;
    }
    let (precision, recall) = (overlap as f64 / np as f64, overlap as f64 / ng as f64);
    2.0 * precision * recall / (precision + recall)
}

#[test]
fn pages_of_new_shapes_keep_their_text_and_metadata() {
    let dir = root().join("tests/data/pages");
    let table = std::fs::read_to_string(dir.join("pages.tsv")).unwrap();
    let rows: Vec<Vec<&str>> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(rows.len(), 14);
    let mut failures = Vec::new();
    for row in rows {
        let [file, title, published, author] = row[..] else {
            panic!("a row of four columns: {row:?}");
        };
        let out = bin().arg("extract").arg(dir.join(file)).output().unwrap();
        let doc = &jsonl(&out.stdout)[0];
        let expected =
            std::fs::read_to_string(dir.join(file.replace(".html", ".expected.txt"))).unwrap();
        let text = format!(
            "{}\n{}",
            doc["title"].as_str().unwrap_or(""),
            doc["text"].as_str().unwrap_or("")
        );
        let f1 = bag_f1(&text, &expected);
        let got = |v: &Value| v.as_str().unwrap_or("-").to_string();
        let author_got = got(&doc["metadata"]["author"]);
        // The expected texts keep a few lines the cleaner drops by its conventions (an
        // agency's "Źródło: PAP" credit), so the bar is a little under a perfect page.
        if f1 < 0.9 {
            failures.push(format!("{file}: text F1 {f1:.3}"));
        }
        if got(&doc["title"]) != title
            || got(&doc["published"]) != published
            || author_got != author
        {
            failures.push(format!(
                "{file}: title {:?}, published {:?}, author {author_got:?}",
                doc["title"], doc["published"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
