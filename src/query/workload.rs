//! The queries the latency benchmarks run (`benches/query.rs`, `examples/query_latency.rs`),
//! one list so both measure the same thing: the kinds issue 7 names, with words the
//! synthetic corpus (`examples/synth_corpus.rs`) uses.

use super::search::{Facet, Filters};
use crate::calendar::Date;

/// A kind of query and the variants of it to time (different words, so a cache of one
/// answer cannot pass for speed).
pub struct Workload {
    pub name: &'static str,
    pub queries: Vec<(String, Filters)>,
}

pub fn workloads() -> Vec<Workload> {
    let plain = Filters::default;
    let words = [
        "biblioteka",
        "spotkanie",
        "warsztaty",
        "konkurs",
        "seniorów",
        "wystawa",
    ];
    let places = [
        "Jasło",
        "Szebnie",
        "Osobnica",
        "Krosno",
        "Dębowiec",
        "Warzyce",
    ];
    let year = |y: i32| Filters {
        from: Date::new(y, 1, 1),
        to: Date::new(y, 12, 31),
        ..Filters::default()
    };
    vec![
        Workload {
            name: "one word",
            queries: words.iter().map(|w| (w.to_string(), plain())).collect(),
        },
        Workload {
            name: "phrase",
            queries: [
                "\"Noc Bibliotek\"",
                "\"spotkanie autorskie\"",
                "\"kiermasz książek\"",
            ]
            .iter()
            .map(|q| (q.to_string(), plain()))
            .collect(),
        },
        Workload {
            name: "word + place filter",
            queries: words
                .iter()
                .zip(places)
                .map(|(w, p)| (format!("{w} place:\"{p}\""), plain()))
                .collect(),
        },
        Workload {
            name: "date range",
            queries: (2010..2016)
                .map(|y| ("biblioteka".to_string(), year(y)))
                .collect(),
        },
        Workload {
            name: "facets over all documents",
            queries: vec![(
                "*".to_string(),
                Filters {
                    facets: vec![Facet::Place, Facet::Org, Facet::Person, Facet::Year],
                    ..Filters::default()
                },
            )],
        },
    ]
}
