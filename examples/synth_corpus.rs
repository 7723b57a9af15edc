//! Synthetic corpus for the ingest benchmark: N library announcements of about 30 KB each,
//! framed like real municipal sites (menus, sidebars, cookie banner, inline script and
//! style), written as HTML files in folders of 1,000 and as one multi-member WARC of the
//! same pages. One page in ten republishes an earlier announcement in another site's frame,
//! so duplicate grouping is exercised too. Deterministic: the same N gives the same bytes.
//!
//!     cargo run --release --example synth_corpus -- 10000 /tmp/synth-10k

use archiwum::sources::warc::write::{http_response, record, Entry};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use warc::RecordType;

/// (nominative, locative) of real places in the Jasło area.
const PLACES: &[(&str, &str)] = &[
    ("Jasło", "Jaśle"),
    ("Szebnie", "Szebniach"),
    ("Osobnica", "Osobnicy"),
    ("Trzcinica", "Trzcinicy"),
    ("Warzyce", "Warzycach"),
    ("Skołyszyn", "Skołyszynie"),
    ("Kołaczyce", "Kołaczycach"),
    ("Tarnowiec", "Tarnowcu"),
    ("Dębowiec", "Dębowcu"),
    ("Brzyska", "Brzyskach"),
    ("Nowy Żmigród", "Nowym Żmigrodzie"),
    ("Krosno", "Krośnie"),
];
const FIRST: &[&str] = &[
    "Anna",
    "Maria",
    "Elżbieta",
    "Katarzyna",
    "Barbara",
    "Jan",
    "Piotr",
    "Stanisław",
    "Tomasz",
    "Agnieszka",
    "Zofia",
    "Marek",
];
const LAST: &[&str] = &[
    "Nowak",
    "Kowalska",
    "Wiśniewski",
    "Tomczak",
    "Lis",
    "Mazur",
    "Krawczyk",
    "Pawlak",
    "Zając",
    "Dudek",
    "Wójcik",
    "Sowa",
];
const MONTHS: &[&str] = &[
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];
const EVENTS: &[&str] = &[
    "spotkanie autorskie",
    "warsztaty rękodzieła",
    "szkolenie komputerowe dla seniorów",
    "konkurs recytatorski",
    "wystawę fotografii",
    "lekcję biblioteczną",
    "Noc Bibliotek",
    "spotkanie Dyskusyjnego Klubu Książki",
    "zebranie partnerów lokalnych",
    "kiermasz książek",
];
const FILLERS: &[&str] = &[
    "Zajęcia poprowadzą bibliotekarki, a udział jest bezpłatny.",
    "Prosimy o wcześniejsze zapisy telefoniczne lub osobiście w wypożyczalni.",
    "Dziękujemy wszystkim, którzy pomogli w przygotowaniu wydarzenia.",
    "Na uczestników czekały nagrody książkowe i słodki poczęstunek.",
    "Wydarzenie zorganizowano w ramach Programu Rozwoju Bibliotek.",
    "Czytelnicy mogli też obejrzeć nowości wydawnicze i zapisać się do klubu.",
    "Relację ze spotkania zamieścimy w galerii zdjęć.",
    "Serdecznie zapraszamy dzieci, młodzież i dorosłych.",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn article(rng: &mut Rng, n: usize) -> (String, String, u64) {
    let (place, loc) = PLACES[rng.below(PLACES.len() as u64) as usize];
    let event = rng.pick(EVENTS);
    let year = 2009 + rng.below(7);
    let title = format!("{} w {loc} ({n})", capitalise(event));
    let mut body = String::new();
    let paragraphs = 6 + rng.below(6);
    for p in 0..paragraphs {
        body.push_str("<p>");
        let day = 1 + rng.below(28);
        let month = rng.pick(MONTHS);
        let _ = write!(
            body,
            "Gminna Biblioteka Publiczna w {loc} zaprasza na {event}, które odbędzie się {day} {month} {year} r. o godz. {}:00. ",
            10 + rng.below(8)
        );
        let _ = write!(
            body,
            "Gościem będzie {} {} z {}. ",
            rng.pick(FIRST),
            rng.pick(LAST),
            PLACES[rng.below(PLACES.len() as u64) as usize].0
        );
        for _ in 0..3 + rng.below(4) {
            body.push_str(rng.pick(FILLERS));
            body.push(' ');
        }
        let _ = writeln!(
            body,
            "Informacja nr {n}.{p} dotyczy miejscowości {place}.</p>"
        );
    }
    (title, body, year)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// A site frame of about 20 KB around the article, like the CMS pages we ingest.
fn page(site: &str, title: &str, body: &str, year: u64, n: usize) -> String {
    let mut nav = String::new();
    for i in 0..40 {
        let _ = write!(
            nav,
            "<li><a href=\"/kategoria/{i}\">Dział {i} – aktualności i ogłoszenia</a></li>"
        );
    }
    let mut recent = String::new();
    for i in 1..=15 {
        let _ = write!(
            recent,
            "<li><a href=\"/wpis/{}\">Wcześniejszy wpis numer {} z archiwum biblioteki</a></li>",
            n.saturating_sub(i),
            n.saturating_sub(i)
        );
    }
    let style = ".menu a{color:#036;padding:4px 8px}".repeat(160);
    let script =
        "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            .repeat(120);
    format!(
        "<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"><title>{title} | {site}</title>\
<meta property=\"article:published_time\" content=\"{year}-0{m}-1{d}T10:00:00+01:00\">\
<style>{style}</style><script>{script}</script></head><body>\
<div class=\"cookie-banner\">Ta strona używa plików cookies. <a href=\"/rodo\">Polityka prywatności</a> <button>Akceptuję</button></div>\
<header class=\"site-header\"><p class=\"site-title\">{site}</p><div class=\"font-size\">A A A</div></header>\
<nav class=\"main-navigation\"><ul>{nav}</ul></nav>\
<main><article class=\"post\"><h1 class=\"entry-title\">{title}</h1>\
<div class=\"entry-meta\">Dodano: 1{d}.0{m}.{year}</div><div class=\"entry-content\">\n{body}</div>\
<div class=\"share\">Udostępnij: <a href=\"#\">Facebook</a> <a href=\"#\">Drukuj</a></div></article></main>\
<aside class=\"sidebar\"><h2>Ostatnie wpisy</h2><ul>{recent}</ul></aside>\
<footer class=\"site-footer\">© {site}. Wszelkie prawa zastrzeżone. <a href=\"/deklaracja\">Deklaracja dostępności</a></footer>\
</body></html>",
        m = 1 + n % 9,
        d = n % 10,
    )
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().unwrap_or_else(|| "1000".into()).parse()?;
    let out = args.next().unwrap_or_else(|| format!("target/synth-{n}"));
    let out = Path::new(&out);
    std::fs::create_dir_all(out.join("html"))?;
    let mut warc = std::io::BufWriter::new(std::fs::File::create(out.join("pages.warc.gz"))?);
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut earlier: Vec<(String, String, u64)> = Vec::new();
    let mut bytes = 0usize;
    for i in 0..n {
        let republish = i % 10 == 9 && !earlier.is_empty();
        let (title, body, year) = if republish {
            earlier[rng.below(earlier.len() as u64) as usize].clone()
        } else {
            article(&mut rng, i)
        };
        if !republish && earlier.len() < 1000 {
            earlier.push((title.clone(), body.clone(), year));
        }
        let site = if republish {
            "Starostwo Powiatowe – wiadomości z gmin"
        } else {
            "Gminna Biblioteka Publiczna"
        };
        let html = page(site, &title, &body, year, i);
        bytes += html.len();
        let dir = out.join("html").join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&dir)?;
        }
        std::fs::write(dir.join(format!("{i:07}.html")), &html)?;
        let url = format!("http://biblioteka-{}.example.pl/wpis/{i}", i % 50);
        let entry = Entry {
            kind: RecordType::Response,
            url: &url,
            date: "2016-02-01T08:00:00Z",
            block: http_response("200 OK", "text/html; charset=utf-8", html.as_bytes()),
            refers_to: None,
        };
        warc.write_all(&record(&entry, true)?)?;
    }
    warc.flush()?;
    println!(
        "wrote {n} pages ({:.1} MB, {:.1} KB each) to {}/html and {}/pages.warc.gz",
        bytes as f64 / 1e6,
        bytes as f64 / n.max(1) as f64 / 1e3,
        out.display(),
        out.display()
    );
    Ok(())
}
