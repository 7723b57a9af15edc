//! Property tests: the parsers of untrusted input never panic and keep their promises.

use archiwum::extraction::entities;
use archiwum::pipeline::{process_page, Options};
use archiwum::record::Format;
use archiwum::sources::page_from_bytes;
use proptest::prelude::*;

/// Words of the contexts the date, time and place finders read, for word-salad tests.
const SALAD_WORDS: &[&str] = &[
    "o",
    "do",
    "przed",
    "wybiła",
    "była",
    "jest",
    "już",
    "zegarek",
    "Ósma",
    "trzecia",
    "piątej",
    "dwudziestej",
    "pierwszej",
    "dwadzieścia",
    "rano",
    "wieczór",
    "po",
    "południu",
    "10-tą",
    "5-ta",
    "godz.",
    "17.00",
    "3",
    "października",
    "br.",
    "2014",
    "r.",
    "w",
    "Jaśle",
    "Gminna",
    "Biblioteka",
    "Publiczna",
    "GBP",
    "Łódź",
    "óó",
    "ż",
    "–",
    "IX",
];
const SALAD_JOINS: &[&str] = &[" ", ". ", ", ", ": ", " - ", "\n", "ó", ""];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_bytes_are_read_or_refused_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000), html in any::<bool>()) {
        let format = if html { Format::Html } else { Format::Text };
        if let Ok(page) = page_from_bytes("p".into(), "id".into(), &bytes, Some(format), None) {
            let _ = process_page(&page, Options::default());
        }
    }

    #[test]
    fn any_text_in_a_byline_or_a_stamp_is_read_without_panic(text in "\\PC{0,40}", class in proptest::sample::select(&["author", "byline", "createdby", "postdetails", "data"][..])) {
        // The metadata readers cut labels and dates off these elements' text by bytes.
        let html = format!("<html><body><p class=\"{class}\">{text}</p><p>Dodano: {text}</p><p>Tekst.</p></body></html>");
        if let Ok(page) = page_from_bytes("p".into(), "id".into(), html.as_bytes(), Some(Format::Html), None) {
            let _ = process_page(&page, Options::default());
        }
    }

    #[test]
    fn entity_offsets_select_the_entity_text(text in "[ a-zA-ZąęłóśźżĄĘŁÓŚŹŻ0-9.,:/–-]{0,300}") {
        let chars: Vec<char> = text.chars().collect();
        for e in entities(&text, None) {
            prop_assert!(e.start < e.end && e.end <= chars.len());
            let span: String = chars[e.start..e.end].iter().collect();
            prop_assert_eq!(span, e.text);
        }
    }

    #[test]
    fn entities_of_polish_word_salad_select_their_text(words in proptest::collection::vec((proptest::sample::select(SALAD_WORDS), proptest::sample::select(SALAD_JOINS)), 0..40)) {
        // Random letters seldom build the contexts the finders read ("wybiła" before an
        // ordinal, "zegarek" nearby, "przed 10-tą"): words of those contexts in any order do,
        // with multi-byte letters right beside the points the finders slice at.
        let text: String = words.iter().flat_map(|(w, j)| [*w, *j]).collect();
        let chars: Vec<char> = text.chars().collect();
        for e in entities(&text, None) {
            prop_assert!(e.start < e.end && e.end <= chars.len());
            let span: String = chars[e.start..e.end].iter().collect();
            prop_assert_eq!(span, e.text);
        }
    }

    #[test]
    fn windows_1250_mojibake_of_polish_text_is_undone(text in "[ a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻ.,]{1,120}") {
        let (garbled, _, _) = encoding_rs::WINDOWS_1250.decode(text.as_bytes());
        let repaired = archiwum::sources::encoding::repair_mojibake(&garbled);
        prop_assert_eq!(repaired.unwrap_or_else(|| garbled.into_owned()), text);
    }

    #[test]
    fn correct_text_is_never_changed_by_repair(text in "[ a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻ.,„”–]{1,120}") {
        prop_assert_eq!(archiwum::sources::encoding::repair_mojibake(&text), None);
    }

    #[test]
    fn any_http_response_is_parsed_or_refused_without_panic(body in proptest::collection::vec(any::<u8>(), 0..500), chunked in any::<bool>()) {
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".to_vec();
        if chunked {
            block.extend_from_slice(b"Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n");
        }
        block.extend_from_slice(b"\r\n");
        block.extend(body);
        let _ = archiwum::sources::warc::parse_http(&block);
    }

    #[test]
    fn any_warc_bytes_are_read_or_refused_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..3000), prefix in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.warc");
        let mut data = if prefix { b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\n".to_vec() } else { Vec::new() };
        data.extend(bytes);
        std::fs::write(&path, data).unwrap();
        if let Ok(items) = archiwum::sources::warc::read(&path) {
            prop_assert!(items.take(10_000).count() < 10_000);
        }
    }

    #[test]
    fn date_like_text_never_gives_impossible_values(d in 0u32..40, m in 0u32..15, y in 1000u32..3000) {
        let text = format!("Spotkanie {d}.{m}.{y} r. oraz {d} {m} {y}");
        for e in entities(&text, None) {
            if let Some(v) = e.value {
                let day = v.get(..10).and_then(archiwum::calendar::Date::parse_iso);
                prop_assert!(v.len() < 10 || day.is_some(), "{}", v);
            }
        }
    }

    #[test]
    fn markup_soup_is_cleaned_without_panic(parts in proptest::collection::vec(
        prop_oneof![Just("<div>"), Just("</div>"), Just("<p>"), Just("<a href=x>"), Just("</a>"),
                    Just("<script>"), Just("tekst w Jaśle "), Just("<br>"), Just("<nav>"), Just("&amp;")], 0..80)) {
        let html = parts.concat();
        if let Ok(page) = page_from_bytes("p".into(), "id".into(), html.as_bytes(), Some(Format::Html), None) {
            let _ = process_page(&page, Options::default());
        }
    }
}

/// An empty index to compile queries against.
fn empty_store() -> (tempfile::TempDir, archiwum::index::IndexStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = archiwum::index::IndexStore::open_or_create(&dir.path().join("ix")).unwrap();
    (dir, store)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn analyzer_words_lie_on_character_boundaries(text in "\\PC{0,200}") {
        for w in archiwum::index::analyzer::words(&text) {
            prop_assert!(w.start < w.end && text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
            prop_assert!(!w.lemmas.is_empty());
        }
    }

    #[test]
    fn any_query_compiles_or_is_refused_without_panic(query in "[ -~ąęłóśźżĄŁŻ\\t\\u{0}\\u{7}]{0,80}") {
        let (_dir, store) = empty_store();
        let searcher = store.searcher().unwrap();
        let _ = archiwum::query::language::compile(&query, store.fields, &searcher);
    }
}

#[test]
fn huge_queries_are_answered_or_refused() {
    let (_dir, store) = empty_store();
    let searcher = store.searcher().unwrap();
    let many = vec!["biblioteka"; 10_000].join(" OR ");
    let _ = archiwum::query::language::compile(&many, store.fields, &searcher);
    let numbers = format!("year:{} {}", "9".repeat(400), "1".repeat(5000));
    assert!(archiwum::query::language::compile(&numbers, store.fields, &searcher).is_err());
}
