//! What boilerplate looks like, shared by the HTML and the plain-text cleaners:
//! whole lines that are widget residue, cookie notices and button labels, and the
//! class/id words that mark page furniture in markup.

use crate::static_regex::{compiled, compiled_from};
use regex::Regex;
use std::sync::OnceLock;

/// Button and widget labels that are never content when they stand alone on a line.
const LABELS: &[&str] = &[
    "cookies",
    "cookie",
    "udostępnij",
    "drukuj",
    "wydrukuj",
    "powrót",
    "wróć",
    "czytaj więcej",
    "więcej",
    "zobacz więcej",
    "pokaż więcej",
    "wyślij",
    "wyślij znajomemu",
    "poleć znajomemu",
    "zapisz do pdf",
    "zapisz jako pdf",
    "historia zmian",
    "tweet",
    "lubię to!",
    "lubię to",
    "facebook",
    "twitter",
    "wersja do druku",
    "zobacz również",
    "zobacz także",
    "kontrast",
    "mapa strony",
    "wersja kontrastowa",
    "zmień rozmiar czcionki",
    "rozmiar czcionki",
    "zamknij",
    "akceptuję",
    "rozumiem",
    "ok",
    "x",
    "szukaj",
    "menu",
    "przejdź do treści",
    "skip to content",
    "share",
    "print",
    "read more",
    "back",
    "udostępnij na facebooku",
    "poprzedni",
    "następny",
    "poprzedni artykuł",
    "następny artykuł",
    "poprzedni wpis",
    "następny wpis",
    "starsze wpisy",
    "nowsze wpisy",
    // "« poprzedni następny »": the arrows are trimmed off first
    "poprzedni następny",
    "dodaj komentarz",
    // a forum member's rank under the name
    "użytkownik",
    "nowy użytkownik",
    "gość",
    "moderator",
    "napisz komentarz",
    "twój adres e-mail nie zostanie opublikowany",
    "twój e-mail nie zostanie opublikowany",
    "strona główna",
    "wstecz",
    "do góry",
    "pdf",
    "e-mail",
    "email",
    "caption",
    "close",
    "back to gallery",
    "reklama",
    "advert",
    "advertisement",
    "tell us what you think",
    "like this story? share it with a friend!",
    "you have been successfully subscribed!",
    "continue reading below",
    "continue reading",
    "this slideshow requires javascript",
    "media playback is unsupported on your device",
    "don't miss",
    "breaking news",
    "author",
    "publish date",
    // Polish news portals' widgets and labels
    "polecamy",
    "czytaj także",
    "czytaj też",
    "czytaj również",
    "przeczytaj także",
    "przeczytaj również",
    "zobacz też",
    "zobacz wideo",
    "subskrybuj",
    "zaloguj się",
    "skomentuj",
    "napisz do autora",
    "pobierz aplikację",
    "materiał promocyjny",
    "artykuł sponsorowany",
    "obserwuj nas w google news",
    // a section's name over the article, as a dump keeps it
    "aktualności",
];

/// Links of a site's menu that a dump keeps as a row: "Strona główna | O nas | Kontakt"
/// (with the [`LABELS`], which hold "strona główna" and "aktualności" already).
const MENU_ITEMS: &[&str] = &[
    "start",
    "o nas",
    "o bibliotece",
    "kontakt",
    "wydarzenia",
    "galeria",
    "katalog",
    "katalog on-line",
    "katalog online",
    "filie",
    "historia",
    "regulamin",
    "ogłoszenia",
    "linki",
    "bip",
    "home",
];

/// The line as the rules below read it: trimmed of closing marks, lower-case; `None`
/// when empty or too long for any of them (each is under 500 characters of 4 bytes).
fn normalised(line: &str) -> Option<String> {
    if line.len() >= 2000 {
        return None;
    }
    let l = line
        .trim()
        .trim_start_matches(['«', '‹'])
        .trim_end_matches(['.', ':', '»', '›'])
        .trim()
        .to_lowercase();
    (!l.is_empty()).then_some(l)
}

/// A line of a site's contact footer printed after the text: an address with a postal
/// code and a phone, e-mail or street ("Gminna Biblioteka Publiczna w Łopusznie, ul.
/// Strażacka 2, 26-070 Łopuszno, tel. …") or the site's small print ("© 2011 …", "Strona
/// optymalizowana dla rozdzielczości 800x600"). The caller asks only about the last lines;
/// a labelled line ("Zapisy: GBP, ul. …, tel. …") is the announcement's own.
pub fn is_contact_footer_line(line: &str) -> bool {
    static POSTAL: OnceLock<Regex> = OnceLock::new();
    let postal = compiled(&POSTAL, r"\b\d{2}-\d{3}\b");
    // Short lines only: the length is the cheap test, asked first.
    if line.trim().chars().count() > 200 {
        return false;
    }
    let l = line.trim().to_lowercase();
    let address = postal.find(&l).is_some_and(|m| {
        !l[..m.start()].contains(':') && ["tel", "e-mail", "ul."].iter().any(|w| l.contains(w))
    });
    let small_print = [
        "©",
        "copyright",
        "wszelkie prawa zastrzeżone",
        "strona optymalizowana",
        "projekt i wykonanie",
    ]
    .iter()
    .any(|w| l.contains(w));
    address || small_print
}

/// A breadcrumb trail kept as text: "Start / Aktualności / Kultura", "Strona główna »
/// Wydarzenia", "Jesteś tutaj: Start > Biblioteka". It opens with the home page, and each
/// page's name is capitalised (`line` as written, `lower` [`normalised`]).
fn is_breadcrumb(lower: &str, line: &str) -> bool {
    let trail = ["jesteś tutaj:", "jesteś w:"]
        .iter()
        .find_map(|label| lower.strip_prefix(label))
        .unwrap_or(lower)
        .trim();
    let opens_with_home = ["start", "strona główna", "home"].iter().any(|home| {
        trail
            .strip_prefix(home)
            .is_some_and(|rest| rest.trim_start().starts_with(['/', '»', '>', '›']))
    });
    // A trail names pages; a sentence that opens so ("Start / meta biegu …") goes on small.
    let pages_named = line
        .split(['/', '»', '>', '›'])
        .skip(1)
        .map(str::trim)
        .all(|page| page.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    opens_with_home && pages_named && !trail.contains(['!', '?'])
}

/// True for a row of labelled stamps, bylines, filing and counters ("05/10/2018 - Autor:
/// Anna Kot - Kategoria: Zdrowie", "Tagi: biblioteka", "Odsłon: 152") or a button or widget
/// label ("Drukuj", "« powrót"): never a sentence of the text, wherever it stands, so a
/// paragraph broken by `<br>` loses such a line too.
pub fn is_stamp_row_or_label(line: &str) -> bool {
    normalised(line).is_some_and(|l| stamp_row(&l) || is_label(&l, line))
}

/// A stamp row ([`is_stamp_row_or_label`]) of a [`normalised`] line.
fn stamp_row(lower: &str) -> bool {
    is_label_row(lower)
        || (lower.chars().count() < 160 && filed_under().is_match(lower))
        || counters().is_match(lower)
        || is_dated_row_with_counter(lower)
}

/// A button or widget label alone on its line, given the [`normalised`] line and the line.
fn is_label(lower: &str, line: &str) -> bool {
    LABELS.contains(&lower) && !is_spoken_word(lower, line)
}

/// True for a line that is a widget label, a counter or a cookie/RODO notice.
pub fn is_boilerplate_line(line: &str) -> bool {
    let Some(l) = normalised(line) else {
        return false;
    };
    // Asked of every line: its length is counted once, for the kinds that are short.
    let chars = l.chars().count();
    is_label(&l, line)
        || is_font_size_widget(line)
        || (chars < 60 && entered_by().is_match(&l))
        || stamp_row(&l)
        || (chars < 120 && record_card().is_match(&l))
        || is_dateline(&l)
        || dateline_with_site_name(&l)
        || is_english_byline(line.trim())
        || is_promotion(&l)
        || is_pagination(&l)
        || is_cookie_notice(&l)
        || is_share_row(&l)
        || (chars < 100 && photo_credit().is_match(&l))
        || is_agency_credit(&l)
        || (chars < 400 && is_reporting_credit(&l))
        || (chars < 200 && is_moderation_notice(&l))
        || (chars <= 80 && is_portal_notice(&l))
        || (chars <= 150 && is_breadcrumb(&l, line))
        || is_shortcode(&l)
        || (chars < 400 && picture_note().is_match(&l))
}

/// A word or two closed by one full stop is a sentence, not a button: "Rozumiem." and
/// "Wstecz." in a transcript are speech. "Czytaj więcej..." is still a label, and so is a
/// longer notice with its stop ("Twój e-mail nie zostanie opublikowany.").
fn is_spoken_word(lower: &str, line: &str) -> bool {
    let l = line.trim_end();
    l.ends_with('.') && !l.ends_with("..") && lower.split_whitespace().count() <= 2
}

/// The "A A A" / "A- A A+" font-size control. Capital letters only: "a a" and "aa" in a
/// transcript are someone's hesitation.
fn is_font_size_widget(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(&RE, r"^\s*(?:A\s*[-+]*\s*){2,4}$").is_match(line)
}

/// A byline row without separators: "Anna Wolak 12 marca 2015, 14:20 Komentarze (4)" — a
/// short line with a year that ends with a counter of comments or views.
fn is_dated_row_with_counter(lower: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let counter = compiled_from(&RE, || {
        format!(r"({COUNTER_WORDS})\s*:?\s*\(?\d+{THOUSANDS}\)?$")
    });
    let Some(m) = counter.find(lower) else {
        return false;
    };
    let rest = &lower[..m.start()];
    let year = rest
        .split(|c: char| !c.is_ascii_digit())
        .any(|t| t.len() == 4 && (t.starts_with("19") || t.starts_with("20")));
    rest.chars().count() <= 80 && year
}

/// The row of share buttons: "Udostępnij: Facebook Twitter", "Podziel się: e-mail
/// WhatsApp", or the networks' names alone ("Facebook Twitter LinkedIn").
fn is_share_row(lower: &str) -> bool {
    const NETWORKS: &[&str] = &[
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "messenger",
        "pinterest",
        "wykop",
        "e-mail",
        "email",
        "mail",
        "instagram",
        "youtube",
        "tiktok",
        "telegram",
        "reddit",
        "drukuj",
        "print",
        "pdf",
        "|",
        "/",
        "•",
        "·",
    ];
    let rest = ["udostępnij", "podziel się", "poleć", "share this", "share"]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .map(|r| r.trim_start_matches([':', ' ']));
    let networks = |s: &str| {
        s.split_whitespace()
            .all(|t| NETWORKS.contains(&t.trim_matches([',', ':'])))
    };
    match rest {
        Some(r) => networks(r),
        None => lower.split_whitespace().count() >= 2 && networks(lower),
    }
}

/// Page numbers of a listing: "Strona: 1 2 3 4 5 »", "« 1 2 3 … 12 »", "Page 1 of 4" is
/// not one of them (no second number is a page link).
fn is_pagination(lower: &str) -> bool {
    let rest = ["strona", "strony", "page", "pages"]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .unwrap_or(lower)
        .trim_start_matches([':', ' ']);
    let mut numbers = 0;
    for token in rest.split_whitespace() {
        match token {
            "«" | "»" | "‹" | "›" | "<" | ">" | "..." | "…" | "poprzednia" | "następna" => {
            }
            // Up to three digits: "2014 2015 2016" are years.
            t if t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) => numbers += 1,
            _ => return false,
        }
    }
    numbers >= 3
}

/// Lines about a picture rather than the story: "Image copyright Getty Images", "Image
/// caption …", "Image 2 of 5", "Zdjęcie 1 z 12", and a caption that ends with its credit
/// "(Image: GETTY)".
fn picture_note() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(
        &RE,
        r"^(image copyright|image caption|media caption|image credit)|^(image|photo|zdjęcie|fotografia|foto|slajd|obraz) \d+ (of|z|/) \d+$|\((image|photo|picture|pic)s?( credit)?\s*:[^)]*\)$|credit: [^.]{1,40}$|\((ap|afp|reuters|getty images)( photo)?[^)]{0,60}\)$",
    )
}

/// Words a publication line is made of besides the date: labels, weekdays, time zones
/// (months come from [`ENGLISH_MONTHS`] and `polish::months`).
#[rustfmt::skip]
const DATELINE_WORDS: &[&str] = &[
    "first", "ago", "day", "days", "hour", "hours", "min", "mins", "minute", "minutes", "read",
    "et", "a", "p", "m", "temu", "dni", "godzin", "godziny", "minut",
    "published", "posted", "updated", "last", "modified", "on", "at", "am", "pm", "utc", "gmt",
    "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "bst", "st", "nd", "rd", "th",
    "dodano", "opublikowano", "aktualizacja", "zaktualizowano", "zmodyfikowano", "data",
    "publikacji", "dodania", "utworzenia", "dnia", "dn", "r", "roku", "godz", "godzina",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "poniedziałek", "wtorek", "środa", "czwartek", "piątek",
    "sobota", "niedziela", "odpowiedź", "odp", "ist", "original",
];

#[rustfmt::skip]
const ENGLISH_MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// A line that only says when the page was published or updated ("October 12, 2017",
/// "Updated: 18 Nov 2019, 19:11", "Dodano: środa, 8 października 2014"): every word is a
/// date word, with a label, or a year and an English month. Dates inside sentences, and a
/// Polish date alone on its line, are untouched.
fn is_dateline(lower: &str) -> bool {
    // "« Odpowiedź #1 dnia: Października 04, 2014 »": a forum's reply stamp (SMF).
    const DATE_LABELS: [&str; 8] = [
        "published",
        "posted",
        "updated",
        "modified",
        "dodano",
        "opublikowano",
        "aktualizacja",
        "odpowiedź",
    ];
    if lower.len() > 100 {
        return false;
    }
    // "smithsonian.com / November 18, 2019": the site's name beside the date.
    static DOMAIN: OnceLock<Regex> = OnceLock::new();
    let lower =
        &*compiled(&DOMAIN, r"\b[\w-]+\.(?:com|pl|org|net|eu|info|gov)\b").replace_all(lower, " ");
    // Letters and digits apart: "2019updated" is two words.
    let mut words: Vec<&str> = Vec::new();
    let mut start = None;
    let mut digits = false;
    for (i, c) in lower.char_indices().chain([(lower.len(), ' ')]) {
        let kind = c.is_ascii_digit();
        match start {
            Some(s) if !c.is_alphanumeric() || kind != digits => {
                words.push(&lower[s..i]);
                start = c.is_alphanumeric().then_some(i);
            }
            None if c.is_alphanumeric() => start = Some(i),
            _ => {}
        }
        digits = kind;
    }
    // "11/19/2019 by Lars Brandle": a byline of up to three words after the date.
    if let Some(by) = words.iter().rposition(|w| *w == "by") {
        if by > 0
            && words.len() - by <= 4
            && words[by + 1..]
                .iter()
                .all(|w| w.chars().all(char::is_alphabetic))
        {
            words.truncate(by);
        }
    }
    let number = |w: &str| w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit());
    let year = words
        .iter()
        .any(|w| w.len() == 4 && w.starts_with(['1', '2']) && number(w));
    let labelled = words.iter().any(|w| DATE_LABELS.contains(w));
    // A Polish date alone on a line may be the event's ("17 marca 2014 r."): only a label
    // ("Dodano") or an English month marks it as the page's own date.
    let english = words.iter().any(|w| ENGLISH_MONTHS.contains(w));
    (labelled || (year && english))
        && words.len() >= 2
        && words.iter().all(|w| {
            number(w)
                || DATELINE_WORDS.contains(w)
                || ENGLISH_MONTHS.contains(w)
                || crate::polish::months::month_number(w).is_some()
        })
}

/// "November 20, 2019 / 1:07 AM / CBS News": a dateline and the site's name after a slash.
fn dateline_with_site_name(lower: &str) -> bool {
    lower.rsplit_once(" / ").is_some_and(|(date, site)| {
        site.split_whitespace().count() <= 3
            && !site.contains(|c: char| c.is_ascii_digit())
            && is_dateline(date)
    })
}

/// Calls to subscribe or follow ("Sign up for our newsletter…", "Follow us on Twitter…",
/// "Zapisz się do newslettera") and affiliate disclosures ("… has affiliate partnerships and
/// may earn commission"): a short paragraph with two such cues.
fn is_promotion(lower: &str) -> bool {
    const CUES: &[&str] = &[
        "subscrib",
        "chat with us",
        "magazine",
        "(@",
        "if you buy something",
        "share of the sale",
        "facebook messenger",
        "join our",
        "follow @",
        "affiliate",
        "commission",
        "linki afiliacyjne",
        "prowizj",
        "sign up",
        "newsletter",
        "inbox",
        "follow us",
        "follow him",
        "follow her",
        "on twitter",
        "on facebook",
        "click here",
        "delivered",
        "contact us",
        "news tip",
        "zapisz się",
        "subskryb",
        "obserwuj nas",
        "polub nas",
        "na facebooku",
        "kliknij tutaj",
    ];
    lower.chars().count() < 300 && CUES.iter().filter(|c| lower.contains(**c)).count() >= 2
}

/// "By Phil Helsel", "By Matthew Digby, Minh Do on Monday, November 18th, 2019": an
/// English byline, names and a date only. (Polish signatures are kept: the issue asks
/// for them as the byline of text dumps.)
fn is_english_byline(line: &str) -> bool {
    let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("by "))
    else {
        return false;
    };
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    line.len() < 120
        && !words.is_empty()
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(*w, "and" | "in")
                || DATELINE_WORDS.contains(w)
        })
}

/// "Fot. Jan Nowak", "Photo: AP", "Image via Getty Images": who took the picture.
fn photo_credit() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(
        &RE,
        r"^(fot\.|fot:|foto:|zdjęci[ae]:|zdj\.|photo:|photos:|image:|images:|credit:|credit\.\.\.|credit…|courtesy of|image via|photo by|photograph:)",
    )
}

/// A picture's credit without a label: the photographer and the agency between bars or
/// slashes ("Natalie Naccache | Bloomberg | Getty Images", "Jan Kot/PAP", "AP Photo/Evan
/// Vucci"). Short, no sentence in it.
fn is_agency_credit(lower: &str) -> bool {
    const AGENCIES: &[&str] = &[
        "getty images",
        "shutterstock",
        "ap photo",
        "reuters",
        "afp",
        "epa",
        "pap",
        "istock",
        "alamy",
        "east news",
        "forum",
        "agencja gazeta",
        "associated press",
    ];
    // "(Reed Saxon / Associated Press)", "Al Goldis, Associated Press".
    let lower = lower.trim_start_matches('(').trim_end_matches(')');
    // Asked of every line: the cheap tests first.
    if lower.chars().count() >= 80 || lower.ends_with('.') {
        return false;
    }
    // "New York State Sex Offender Registry via AP".
    let via = lower
        .rsplit_once(" via ")
        .is_some_and(|(_, agency)| AGENCIES.contains(&agency) || agency == "ap");
    let parts: Vec<&str> = lower.split(['|', '/', ',']).map(str::trim).collect();
    via || (2..=4).contains(&parts.len()) && parts.iter().any(|p| AGENCIES.contains(p))
}

/// A site's note on moderating comments ("Note: we are temporarily moderating all comments",
/// "Komentarze są moderowane", "Comentários … não serão aprovados pelo moderador"): it
/// names comments and their moderation (asked of lines under 200 characters).
fn is_moderation_notice(lower: &str) -> bool {
    let names = |stems: [&str; 3]| stems.iter().any(|w| lower.contains(w));
    names(["comment", "komentarz", "comentário"]) && names(["moderat", "moderowan", "moderador"])
}

/// A news agency's credit line closing a story: "Reporting by Rodrigo Campos; editing by
/// Dan Grebler", "(Writing by …)", "Associated Press writers Alan Fram and Zeke Miller
/// contributed to this report" (asked of lines under 400 characters).
fn is_reporting_credit(lower: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let credit = compiled(
        &RE,
        r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|edited) by\b|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b",
    );
    credit.is_match(lower)
}

/// A news portal's notices inside the story: "Dalsza część artykułu pod materiałem wideo",
/// "Zobacz galerię (12 zdjęć)", "Masz newsa? Napisz do nas", "Dołącz do nas na Facebooku",
/// the reading time ("Czas czytania: 3 min") and a short source line ("Źródło: PAP"); asked
/// of lines up to 80 characters.
fn is_portal_notice(lower: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(
            &RE,
            r"^(?:dalsz[ay] (?:część|ciąg) (?:artykułu|materiału|tekstu) pod|zobacz (?:galerię|zdjęcia)\b|masz newsa|dołącz do nas na|(?:czas czytania|reading time|read time|tempo de leitura):? (?:ok\. |około )?\d+ ?min|(?:źródło|source): [^.]{1,40}$)",
        )
        .is_match(lower)
}

/// A WordPress shortcode the site failed to render ("[button link=… ]Send us[/button]").
fn is_shortcode(lower: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(&RE, r"^\[[a-z_]+(?:\s[^\]]*)?\].*\[/[a-z_]+\]$").is_match(lower)
}

/// Cookie and privacy notices: they mention cookies together with the browser, a policy
/// or consent, and are short (a real article about cookies is long).
fn is_cookie_notice(lower: &str) -> bool {
    let about_cookies = lower.contains("cookie") || lower.contains("ciasteczk");
    let notice = [
        "przeglądar",
        "polityk",
        "zgod",
        "akcept",
        "używa",
        "korzyst",
        "wykorzyst",
        "browser",
        "consent",
        "rodo",
    ]
    .iter()
    .any(|w| lower.contains(w));
    about_cookies && notice && lower.chars().count() < 500
}

/// "Drukuj | Rejestr zmian | Powrót", "16 września 2019, 10:24 | Autor: Tomasz Wrona |
/// Komentarze (3)": a row of buttons, stamps and bylines, each part furniture on its own.
fn is_label_row(lower: &str) -> bool {
    const SEPARATORS: [char; 3] = ['|', '•', '·'];
    if lower.chars().count() > 200 {
        return false;
    }
    // "05/10/2018 - Autor: Anna Kot - Kategoria: Aktualności": a dash joins the parts of
    // such a row too, but also clauses of a sentence, so two labelled parts must show it.
    let (parts, labelled_needed): (Vec<&str>, usize) = if lower.contains(SEPARATORS) {
        (lower.split(SEPARATORS).collect(), 1)
    } else if lower.contains(" - ") || lower.contains(" – ") {
        (lower.split(" - ").flat_map(|p| p.split(" – ")).collect(), 2)
    } else {
        return false;
    };
    let parts: Vec<&str> = parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let furniture = |p: &str| {
        // "« Poprzedni wpis | Następny wpis »": the arrows are the row's, not the label's.
        let bare = p.trim_matches(['«', '»', '‹', '›', '<', '>', ' ']);
        LABELS.contains(&bare)
            || MENU_ITEMS.contains(&p)
            // "A A A | Wersja kontrastowa"
            || is_font_size_widget(&p.to_uppercase())
            || super::metadata::date_stamp(p).is_some()
            || record_card().is_match(p)
            || counters().is_match(p)
            || row_byline().is_match(p)
            || filed_under().is_match(p)
    };
    // Dates alone ("12.05.2015 | 13.05.2015") are the text's: a part must be furniture.
    // A bare name is the byline of a dated row: "25 maja 2016 | Beata Kwolek | Aktualności".
    let (mut furniture_parts, mut dates, mut names) = (0, 0, 0);
    for p in &parts {
        if furniture(p) {
            furniture_parts += 1;
        } else if is_stamp_date(p) {
            dates += 1;
        } else if is_bare_name(p) {
            names += 1;
        } else {
            return false;
        }
    }
    parts.is_empty() || (furniture_parts >= labelled_needed && (names == 0 || dates > 0))
}

/// A lower-cased part of a row that is a person's name alone ("beata kwolek": a first name
/// and one or two more words) or a CMS account ("admin").
fn is_bare_name(lower: &str) -> bool {
    if matches!(lower, "admin" | "administrator" | "redakcja" | "webmaster") {
        return true;
    }
    let words: Vec<&str> = lower.split(' ').collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && crate::polish::names::first_name(&crate::polish::capitalise(words[0]))
            .is_some_and(|f| f.case == crate::polish::names::Case::Nominative)
}

/// A date, with its time, as a template prints it beside a byline: "16 września 2019, 10:24".
fn is_stamp_date(part: &str) -> bool {
    let is_time = |t: &str| {
        t.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        })
    };
    let date = match part.rsplit_once(' ') {
        Some((d, t)) if is_time(t) => d.trim_end_matches([',', ' ']).trim_end_matches(" godz."),
        _ => part,
    };
    crate::polish::months::parse_date(date).is_some()
}

/// Joomla's "Wpisany przez Administrator": who typed the page in, an account, not an author.
fn entered_by() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(
        &RE,
        r"^(?:wpisany|napisany|dodany|wpisane) przez\s+\S+(?:\s+\S+)?$",
    )
}

/// "autor: tomasz wrona", "przez admin", "fot. anna nowak" as one part of a row.
fn row_byline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(
        &RE,
        r"^(?:autor|autorka|przez|by|fot\.|tekst|źródło|(?:opublikowa(?:no|ne|ł|ła)|dodan[oey]|wpis dodał|dodał|dodała|napisał|napisała)(?: przez)?|posted by|published by|written by|publicado por)\s*:?\s*\p{L}[\p{L}.\- ]{0,40}$",
    )
}

/// "Tagi: biblioteka, spotkanie autorskie", "Kategoria: Aktualności": where the page files
/// itself, on its own line or as a part of a row.
fn filed_under() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(
        &RE,
        r"^(?:kategori[ae]|kategorie|tagi|tags?|categor(?:y|ies|ia)|etykiety)\s*:\s*\p{L}[\p{L}\p{N}.,\- ]{0,120}$",
    )
}

/// A record card's label alone, its value in the next cell: "Data publikacji:".
pub fn is_record_card_label(line: &str) -> bool {
    let l = line.trim();
    l.ends_with(':') && l.len() < 80 && record_card().is_match(&l.to_lowercase())
}

/// The record card ("metryczka") every BIP page prints under the text: who wrote and who
/// published it, when, how often it was read. Its dates are the page's, not the article's
/// (metadata reads "Data publikacji" from it first).
fn record_card() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(
        &RE,
        r"^(?:informacj[eę] )?(?:(?:wytworzył|opublikował|zmodyfikował|wprowadził|zatwierdził|udostępnił|sporządził)a?|podmiot udostępniający(?: informację)?|osoba (?:odpowiedzialna|udostępniająca|wprowadzająca)[\p{L} ]{0,30}|(?:data|czas) (?:wytworzenia|publikacji|modyfikacji|wprowadzenia|aktualizacji|udostępnienia|ostatniej (?:modyfikacji|zmiany))(?: informacji)?|rejestr zmian|metryczka(?: strony)?|historia zmian|liczba (?:wyświetleń|odsłon|odwiedzin))(?:\s*:.{0,80})?$",
    )
}

/// The thousands groups of a count, after its first digits ("1 204", "12 345").
const THOUSANDS: &str = r"(?:\s\d{3})*";

/// Words of a page's counters ("Odsłon: 212", "Komentarze (4)"), as a regex alternation.
const COUNTER_WORDS: &str = "odsłon[ya]?|wyświetle[ńn]|liczba odsłon|odwiedzin|czytano|komentarze?|komentarzy|hits|views|wiadomości|postów|posty|posts";

fn counters() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled_from(&RE, || {
        format!(r"^({COUNTER_WORDS}|galeria( zdjęć)?|zdjęcia)\s*:?\s*(\d*{THOUSANDS}|\(\d+\))$")
    })
}

/// Headings that open a list of other pages ("Zobacz także", "Most read in world news"):
/// what follows them is not the article, even when it reads like prose.
pub fn is_related_heading(line: &str) -> bool {
    let l = line.trim().trim_end_matches([':', '.', '»', '›']);
    // Runs for every block: a paragraph is rejected before it is lower-cased.
    l.chars().count() <= 60 && related_headings().is_match(&l.to_lowercase())
}

fn related_headings() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(
        &RE,
        r"^(zobacz (też|także|również)|czytaj (też|także|również)|przeczytaj (też|także|również)|polecamy|polecane( artykuły| wpisy)?|podobne (artykuły|wpisy|wiadomości)|powiązane( artykuły| wpisy)?|najczęściej czytane|najpopularniejsze|najnowsze( wpisy| artykuły| wiadomości)?|ostatnie wpisy|inne (aktualności|wpisy|artykuły)|related( stories| articles| posts| coverage| content)?( from .*)?|more (stories|from|on this|news)\b.*|most (read|popular|viewed)\b.*|(our )?latest (stories|news|articles)|up next|you (may|might) also like|recommended( for you| stories)?|trending( now)?|read next|(people|customers) who (viewed|bought) this (item|product) also (viewed|bought)|customers also (viewed|bought)|frequently bought together|similar (items|products)|sponsored items|podobne produkty|(klienci|inni) kupili (też|także|również))$",
    )
}

/// An author's or a company's profile of the kind that closes an article: a name, "is a",
/// and a word of a writer's or a company's profile ("Dallas Robinson is a freelance writer
/// living in Minneapolis", "Ascom is a global solutions provider …"). Words of any profile
/// ("living in", "native") also describe the items of a listing ("This Mobile Life is a
/// podcast … living in the cloud"). English only: a Polish announcement of an author's
/// visit ends with the guest's profile ("Anna Kot jest dziennikarką…"), which is content.
/// The caller asks only about the last blocks: "Carlineo is a convicted felon" in the middle
/// of a story is the story.
pub fn is_closing_profile(block: &str) -> bool {
    static OPENING: OnceLock<Regex> = OnceLock::new();
    static PROFILE: OnceLock<Regex> = OnceLock::new();
    let opening = compiled(
        &OPENING,
        r"^\p{Lu}[\w&.'’-]*(?: \p{Lu}[\w&.'’-]*){0,3},? (?:is|was) (?:a|an|the) ",
    );
    let profile = compiled(
        &PROFILE,
        r"(?i)\b(?:writer|editor|reporter|journalist|author|contributor|columnist|correspondent|provider|headquartered|founded in|employs)\b",
    );
    block.split_whitespace().count() <= 150 && opening.is_match(block) && profile.is_match(block)
}

/// Class and id words of page furniture: an element carrying one is skipped whole.
const FURNITURE: &[&str] = &[
    "cookie",
    "rodo",
    "gdpr",
    "consent",
    "menu",
    "navbar",
    "nav-",
    "breadcrumb",
    // Polish names of the breadcrumb: "ścieżka" (path), "okruszki" (crumbs)
    "sciezka",
    "okruszki",
    "sidebar",
    "footer",
    "stopka",
    "share",
    "social",
    "sharing",
    "fontsize",
    "font-size",
    "czcionk",
    "contrast",
    "kontrast",
    "wcag",
    "accessib",
    "dostepnosc",
    "komentarz",
    "comment",
    "related",
    "powiazane",
    "pagination",
    "pager",
    "kalendarz",
    "calendar",
    "search",
    "szukaj",
    "login",
    "newsletter",
    // Calls to action: "Support us", "Subscribe", a donation appeal.
    "-cta",
    "cta-",
    "_cta",
    "cta_",
    // Skip links, not their targets: id="skip-to-products" holds a shop's product grid.
    "skip-link",
    "skiplink",
    "skip_link",
    "skip-nav",
    "skipnav",
    "skipto",
    "skip-to-content",
    "skip-to-main",
    "link-skip",
    "banner",
    "advert",
    "reklam",
    "popup",
    "modal",
    "widget-area",
    "widget_",
    "toolbar",
    "tags",
    "tagcloud",
    "licznik",
    "counter",
    "print",
    "drukuj",
    "entry-meta",
    // Joomla 1.x's date rows: the metadata reads them from the markup.
    "createdate",
    "modifydate",
    "post-meta",
    "byline",
    "posted-on",
    "article-info",
    "author-info",
];

/// The two class/id matchers, compiled once: they run for every element of every page.
fn name_matchers() -> &'static (Regex, Regex) {
    static SETS: OnceLock<(Regex, Regex)> = OnceLock::new();
    SETS.get_or_init(|| {
        let alternation = |words: &[&str]| {
            let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
            Regex::new(&format!("(?i){}", escaped.join("|"))).expect("static regex")
        };
        (alternation(ARTICLE_MARKERS), alternation(FURNITURE))
    })
}

/// True when a class or id attribute marks the article body itself.
pub fn is_article_name(attr: &str) -> bool {
    !attr.is_empty() && name_matchers().0.is_match(attr)
}

/// True when a class or id attribute names page furniture. Article markers win over
/// furniture words ("entry-content main-menu-offset"), so the body is never thrown away.
pub fn is_furniture_name(attr: &str) -> bool {
    !attr.is_empty()
        && !is_article_name(attr)
        && (furniture_words(attr).next().is_some() || names_an_ad(attr))
}

/// An advertisement's slot: "ad", "ads", "adslot" as a class word or a part of one
/// ("ad-top", "inline-ad", "adsbygoogle"), which a substring match cannot tell from
/// "header" or "download". An ad disclosure ("ad-disclaimer") is the writer's own note.
fn names_an_ad(attr: &str) -> bool {
    const AD_WORDS: [&str; 6] = ["ad", "ads", "adslot", "adbox", "adsbygoogle", "adsense"];
    // Asked of every element's class and id: no allocation per word.
    !attr.contains("disclaimer")
        && attr
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|part| AD_WORDS.iter().any(|w| part.eq_ignore_ascii_case(w)))
}

/// The furniture words in `attr`, leaving out those of utility classes.
fn furniture_words(attr: &str) -> impl Iterator<Item = regex::Match<'_>> {
    let matcher = &name_matchers().1;
    // Most attributes name no furniture at all: one scan of the whole string rejects them.
    let tokens = if matcher.is_match(attr) { attr } else { "" };
    tokens
        .split_whitespace()
        .filter(|token| !is_utility_class(token) && !describes_layout(token))
        .flat_map(move |token| matcher.find_iter(token))
}

/// A class that describes the page's layout rather than naming a part of it: "no-sidebar",
/// "has-banner-image", "with-sidebar-layout", "search-page-wrapper", "search-results".
/// An embedded post ("social-media-embed": a tweet quoted in the story) is content too.
fn describes_layout(token: &str) -> bool {
    let t = token.to_ascii_lowercase();
    ["no-", "has-", "with-", "without-"]
        .iter()
        .any(|p| t.starts_with(p))
        || t.contains("embed")
        || t.contains("layout")
        || t.contains("results")
        || t.contains("-page-")
}

/// Utility classes style the element they stand on, and name no part of the page: type
/// sizes ("font-size-sm", "reset-font-size"; the "A A A" widget is a control,
/// "font-size-switcher", "fontsize") and classes with a variant or a value in brackets.
fn is_utility_class(token: &str) -> bool {
    // "print:break-inside-avoid", "md:[grid-template-areas:'sidebar_main']".
    if token.contains([':', '[']) {
        return true;
    }
    let t = token.to_ascii_lowercase();
    let size = t.strip_prefix("font-size-").is_some_and(|s| {
        matches!(
            s,
            "xs" | "xxs"
                | "sm"
                | "md"
                | "lg"
                | "xl"
                | "xxl"
                | "base"
                | "small"
                | "medium"
                | "large"
        ) || s.bytes().all(|b| b.is_ascii_digit())
    });
    size || t == "reset-font-size"
}

/// Like [`is_furniture_name`], for a page whose comments are its content (a forum thread):
/// "comment" words alone do not make furniture.
pub fn is_furniture_name_besides_comments(attr: &str) -> bool {
    !attr.is_empty()
        && !is_article_name(attr)
        && (furniture_words(attr).any(|m| !is_comment_word(m.as_str())) || names_an_ad(attr))
}

/// A class or id that names comments ("comments", "ipsComment", "komentarze").
pub fn is_comment_name(attr: &str) -> bool {
    name_matchers()
        .1
        .find_iter(attr)
        .any(|m| is_comment_word(m.as_str()))
}

fn is_comment_word(word: &str) -> bool {
    let w = word.to_lowercase();
    w == "comment" || w == "komentarz"
}

/// Class/id words of the article body itself.
const ARTICLE_MARKERS: &[&str] = &[
    "article-body",
    "articlebody",
    "entry-content",
    "post-content",
    "item-page",
    "news-content",
    "tresc",
    "content-main",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_breadcrumb_trail_and_a_contact_footer_are_furniture() {
        assert!(is_boilerplate_line("Start / Aktualności / Kultura"));
        assert!(is_boilerplate_line(
            "Jesteś tutaj: Strona główna » Wydarzenia"
        ));
        // A sentence that opens with the word is text.
        assert!(!is_boilerplate_line(
            "Start / meta biegu będzie przy bibliotece."
        ));
        assert!(is_contact_footer_line(
            "Gminna Biblioteka Publiczna w Łopusznie, ul. Strażacka 2, 26-070 Łopuszno, tel. 41 391 40 25"
        ));
        assert!(is_contact_footer_line(
            "Strona optymalizowana dla rozdzielczości 800x600"
        ));
        // A labelled line is the announcement's: where to sign up.
        assert!(!is_contact_footer_line(
            "Zapisy: biblioteka, ul. Strażacka 2, 26-070 Łopuszno, tel. 41 391 40 25"
        ));
        assert!(!is_contact_footer_line(
            "Spotkanie odbędzie się 26 maja w czytelni."
        ));
    }

    #[test]
    fn credits_calls_to_follow_and_affiliate_notes_are_boilerplate() {
        for line in [
            "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly",
            "(Writing by Anna Kot; Editing by Jan Nowak)",
            "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
            "AppleInsider has affiliate partnerships and may earn commission on products \
             purchased through affiliate links.",
            "Join our Space Forums to keep talking space! And if you have a news tip, let us know.",
            "Follow @BGRDeals on Twitter to keep up with the latest deals.",
            "There was a problem subscribing you to the newsletter. Try again.",
            "Microsoft may earn an Affiliate Commission if you purchase something through \
             recommended links in this article.",
            "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
            "updated: Nov 20 2019, 15:24pm ist",
            "November 19, 2019 by Anna Kot",
            "Credit...Doug Mills/The New York Times",
            "Tell us what YOU think...",
            "Czas czytania: 3 min",
            "Tempo de leitura: 1 minuto",
            "Źródło: PAP",
            "Courtesy of Andrew Vaughan",
            "Note: we are temporarily moderating all comments submitted to deal with spam.",
            "Komentarze są moderowane i pojawią się po zatwierdzeniu.",
            "Need more space? Subscribe to our sister title \"All About Space\" Magazine.",
            "Chat with us in Facebook Messenger. Find out what's happening in the world.",
            "(Reed Saxon / Associated Press)",
            "Al Goldis, Associated Press",
            "New York State Sex Offender Registry via AP",
            "November 20, 2019 / 1:07 AM / CBS News",
            "If you buy something through this post, IGN may get a share of the sale.",
        ] {
            assert!(is_boilerplate_line(line), "{line}");
        }
        for line in [
            "The reporting by local papers contributed to the fall of the mayor.",
            "Bank pobiera prowizję od każdego przelewu, co oburzyło klientów biblioteki.",
            "Join our readers at the library on Saturday for a talk about the old town.",
            "The European Commission will decide on the grant by March 2020.",
            "6:15 PM - 8:15 PM",
            "Warszawa, Kraków, Gdańsk",
            "Spotkanie poprowadzi Anna Kot, dziennikarka PAP.",
            "Źródło: dane Głównego Urzędu Statystycznego. Według nich w gminie działa pięć filii.",
        ] {
            assert!(!is_boilerplate_line(line), "{line}");
        }
    }

    #[test]
    fn utility_classes_are_not_furniture() {
        assert!(is_furniture_name("font-size-switcher"));
        assert!(is_furniture_name("tools font-size"));
        assert!(!is_furniture_name(
            "line-clamp-2 font-size-sm reset-font-size"
        ));
        assert!(is_furniture_name("font-size-sm site-footer"));
        assert!(!is_furniture_name("w-full print:break-inside-avoid"));
        assert!(!is_furniture_name(
            "md:[grid-template-areas:'sidebar_main']"
        ));
    }

    #[test]
    fn layout_classes_are_not_the_parts_they_name() {
        for layout in [
            "no-sidebar",
            "has-no-pagination",
            "search-page-wrapper",
            "search-results",
        ] {
            assert!(!is_furniture_name(layout), "{layout}");
        }
        assert!(is_furniture_name("body no-sidebar site-footer"));
        // A tweet embedded in the story is content; the share bar beside it is not.
        assert!(!is_furniture_name("social-media-embed"));
        assert!(is_furniture_name("social-share"));
        assert!(is_furniture_name("search-form"));
        assert!(is_furniture_name("sidebar-right"));
    }

    #[test]
    fn widget_residue_and_notices() {
        assert!(is_boilerplate_line("A A A"));
        // A dated row's byline is a bare name; names alone or with a label only are text.
        assert!(is_boilerplate_line(
            "25 maja 2016 | Beata Kwolek | Aktualności"
        ));
        assert!(!is_boilerplate_line("Beata Kwolek | Aktualności"));
        assert!(!is_boilerplate_line("Anna Nowak | Jan Kowalski"));
        assert!(is_boilerplate_line("« Poprzedni wpis | Następny wpis »"));
        assert!(is_boilerplate_line("A- A A+"));
        assert!(is_boilerplate_line("AAA"));
        assert!(is_boilerplate_line("A+ A A-"));
        assert!(is_boilerplate_line("Czytaj więcej..."));
        assert!(is_boilerplate_line("Rozumiem"));
        // The same letters and words in a transcript are speech.
        assert!(!is_boilerplate_line("a a"));
        assert!(!is_boilerplate_line("aa"));
        assert!(!is_boilerplate_line("Rozumiem."));
        assert!(is_boilerplate_line("Cookies"));
        assert!(is_boilerplate_line(
            "Ta strona korzysta z cookies, które instalowane są w Twojej przeglądarce, \
             więcej informacji w Polityce Prywatności"
        ));
        assert!(is_boilerplate_line("Odsłon: 312"));
        // A BIP record card, cell by cell and in one line.
        for line in [
            "Wytworzył:",
            "Opublikował: Marcin Kos",
            "Data wytworzenia:",
            "Data modyfikacji: 01.07.2016 08:15",
            "Liczba wyświetleń: 312",
            "Osoba odpowiedzialna za treść:",
            "Drukuj | Rejestr zmian | Powrót",
            "Drukuj | PDF | Wyślij znajomemu",
            "Drukuj | Zapisz do PDF | Historia zmian | Powrót",
            "16 września 2019, 10:24 | Autor: Tomasz Wrona | Komentarze (3)",
            "07.10.2014 | przez admin",
        ] {
            assert!(is_boilerplate_line(line), "{line}");
        }
        assert!(!is_boilerplate_line(
            "Opublikował wiele książek o historii wsi."
        ));
        assert!(!is_boilerplate_line(
            "Drukuj | Nasze zbiory liczą 20 tysięcy tomów"
        ));
        assert!(is_boilerplate_line("Udostępnij"));
        for share in [
            "Udostępnij: Facebook Twitter",
            "Podziel się: e-mail, WhatsApp",
            "Facebook Twitter LinkedIn",
        ] {
            assert!(is_boilerplate_line(share), "{share}");
        }
        assert!(!is_boilerplate_line(
            "Udostępnij znajomym nasz nowy katalog"
        ));
        assert!(!is_boilerplate_line("Facebook kupił Instagram w 2012 roku"));
        // Dates alone are the text's: an event's days, a table row.
        assert!(!is_boilerplate_line("12.05.2015 | 13.05.2015"));
        assert!(is_boilerplate_line("Fot. Anna Nowak"));
        assert!(is_boilerplate_line("Photo: Hau Dinh, AP"));
        assert!(is_boilerplate_line(
            "Natalie Naccache | Bloomberg | Getty Images"
        ));
        assert!(is_boilerplate_line("Jan Kot/PAP"));
        for notice in [
            "Dalsza część artykułu pod materiałem wideo",
            "Zobacz galerię (12 zdjęć)",
            "Masz newsa? Napisz do nas",
            "Czytaj także:",
        ] {
            assert!(is_boilerplate_line(notice), "{notice}");
        }
        assert!(!is_boilerplate_line(
            "Zobacz galerię obrazów Jana Matejki w muzeum, która wraca po remoncie do zwiedzających w maju."
        ));
        for forum in [
            "« Odpowiedź #1 dnia: Października 04, 2014, 08:15:02 »",
            "Wiadomości: 12",
            "Użytkownik",
        ] {
            assert!(is_boilerplate_line(forum), "{forum}");
        }
        assert!(!is_boilerplate_line("Wiadomość podała PAP."));
        assert!(is_boilerplate_line(
            "[button link=\"/recenzje\" type=\"big\"]Przyślij recenzję[/button]"
        ));
        for dateline in [
            "October 12, 2017",
            "Updated: Sat 8:31 PM, Feb 17, 2018",
            "Dodano: środa, 8 października 2014",
            "Nov. 19, 2019, 8:41 AM UTC",
            "smithsonian.com / November 18, 2019",
        ] {
            assert!(is_boilerplate_line(dateline), "{dateline}");
        }
        assert!(!is_boilerplate_line("Spotkanie 8 października 2014"));
        // A Polish date alone may be the event's.
        assert!(!is_boilerplate_line("17 marca 2003 roku."));
        assert!(!is_boilerplate_line("07.10.2014"));
        assert!(is_boilerplate_line(
            "Yersina pestis causes the plague (Image: GETTY)"
        ));
        assert!(is_boilerplate_line(
            "Image caption Taylor Swift's seventh album"
        ));
        assert!(is_boilerplate_line("REKLAMA"));
        assert!(is_boilerplate_line(
            "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m."
        ));
        assert!(is_boilerplate_line("Published 1 day ago"));
        assert!(is_boilerplate_line("By Phil Helsel"));
        assert!(is_boilerplate_line(
            "Sign up for The Water Coolest today to get the free daily newsletter."
        ));
        assert!(!is_boilerplate_line("By the river we sat down"));
        assert!(is_boilerplate_line("Dodano 2 dni temu"));
        assert!(is_boilerplate_line("Zdjęcie 1 z 12"));
        assert!(is_boilerplate_line("Strona: 1 2 3 4 5 »"));
        assert!(is_boilerplate_line(
            "Anna Wolak 12 marca 2015, 14:20 Komentarze (4)"
        ));
        assert!(!is_boilerplate_line(
            "Anna Wolak 12 marca 2015 napisała komentarz"
        ));
        assert!(is_boilerplate_line("« 1 2 3 … 12 »"));
        assert!(!is_boilerplate_line("2014 2015 2016"), "years are no pages");
        assert!(!is_boilerplate_line("Wyniki: 12 15 18 punktów"));
        for line in [
            "Galeria zdjęć (8)",
            "« poprzedni następny »",
            "Dodaj komentarz",
            // a counter with a thousands separator
            "14 września 2017, 10:25 | Autor: Tomasz Jasiński | Wyświetleń: 1 204",
            "Odsłon: 12 345",
        ] {
            assert!(is_boilerplate_line(line), "{line}");
        }
        assert!(!is_boilerplate_line("Zdjęcia z wycieczki do Krakowa (12)"));
        assert!(!is_boilerplate_line(
            "Zdjęcie 1 z 12 przedstawia naszą czytelnię"
        ));
        assert!(is_boilerplate_line(
            "Utworzono: czwartek, 23 października 2014 11:05 | Wyświetleń: 348"
        ));
        assert!(!is_boilerplate_line("2 dni temu przyjechali goście"));
        assert!(!is_boilerplate_line("2014"));
    }

    #[test]
    fn content_lines_stay() {
        assert!(!is_boilerplate_line(
            "3 października br. w czytelni GBP spotkali się bibliotekarze."
        ));
        assert!(!is_boilerplate_line("GBP w Jaśle z/s w Szebniach"));
        assert!(!is_boilerplate_line("Anna"));
        // A dash inside a sentence, and a signature alone, stay.
        assert!(!is_boilerplate_line(
            "W sobotę - jak co roku - odbędzie się kiermasz."
        ));
        assert!(!is_boilerplate_line("Autor: Jan Nowak"));
    }

    #[test]
    fn rows_of_labels_joined_by_dashes_and_tag_lines() {
        assert!(is_boilerplate_line(
            "12.03.2015 - Autor: Anna Kot - Kategoria: Aktualności, Spotkania"
        ));
        assert!(is_boilerplate_line("Tagi: biblioteka, spotkanie autorskie"));
        // One label is not enough where a dash joins the parts: "przez" opens a byline
        // and a sentence alike.
        assert!(!is_boilerplate_line(
            "15.03.2015 - przez całą noc czytaliśmy bajki"
        ));
    }

    #[test]
    fn related_headings_open_other_pages() {
        assert!(is_related_heading("Zobacz także:"));
        assert!(is_related_heading("Najczęściej czytane"));
        assert!(is_related_heading("Most read in world news"));
        assert!(is_related_heading(
            "Related coverage from How to Do Everything: Money:"
        ));
        // A sidebar's "More Blog Stories" may stand above the story: not a closing list.
        assert!(!is_related_heading("More Blog Stories"));
        assert!(!is_related_heading(
            "Zobacz także, jak było w zeszłym roku w Szebniach."
        ));
        assert!(!is_related_heading(
            "Polecamy się na przyszłość i dziękujemy wszystkim gościom"
        ));
    }

    #[test]
    fn furniture_names() {
        assert!(is_furniture_name("cookie-bar"));
        assert!(is_furniture_name("main-menu"));
        assert!(!is_furniture_name("entry-content"));
        assert!(!is_furniture_name("post"));
        // A skip link is furniture; the element it jumps to is the content.
        assert!(is_furniture_name("skip-link screen-reader-text"));
        assert!(!is_furniture_name("skip-to-products"));
    }
}
