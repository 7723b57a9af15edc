//! Bytes → Unicode. Order of evidence: byte-order mark, a declared charset (HTTP header),
//! `<meta charset>` / `<meta http-equiv>`, valid UTF-8, then statistical detection.
//! Polish pages from the 2000s are often windows-1250 or ISO-8859-2 with no declaration.

use crate::polish::POLISH_LETTERS;
use encoding_rs::Encoding;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// How the encoding was decided: `bom`, `declared`, `meta`, `utf-8`, `detected`.
    pub how: &'static str,
    /// Mojibake found in the text (UTF-8 once read as a legacy encoding) was undone.
    pub repaired: bool,
}

pub fn decode(bytes: &[u8], declared: Option<&str>) -> Decoded {
    let (encoding, how) = choose(bytes, declared);
    let (text, _, _) = encoding.decode(bytes);
    // NFC so that "ś" typed as s + combining acute matches the precomposed letter. Almost
    // every page already is NFC; the quick check avoids rebuilding it.
    let text = match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text.into_owned(),
        _ => text.nfc().collect(),
    };
    let repaired = repair_mojibake(&text).or_else(|| repair_latin1_misread(&text));
    Decoded {
        repaired: repaired.is_some(),
        text: repaired.unwrap_or(text),
        encoding: encoding.name(),
        how,
    }
}

/// Undoes mojibake already present in the source: UTF-8 bytes that some earlier program
/// read as windows-1250, ISO-8859-2 or windows-1252 and saved again ("ZbliĹźenia",
/// "ksiÄ…Ĺźka", "Å‚"). Each run of non-ASCII characters is turned back into bytes and read
/// as UTF-8; it is replaced only when that succeeds and gives letters and punctuation of
/// Latin script, which correct Polish text essentially never does. `None`: nothing to repair.
pub fn repair_mojibake(text: &str) -> Option<String> {
    // Compared as UTF-8 bytes (Ă C4 82, Ĺ C4 B9, Â Ã Ä Å C3 82..85): a byte scan, not a
    // decode of every character.
    let misread = text
        .as_bytes()
        .windows(2)
        .any(|p| matches!((p[0], p[1]), (0xC3, 0x82..=0x85) | (0xC4, 0x82 | 0xB9)));
    if !misread {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let mut changed = false;
    let mut flush = |run: &mut String, out: &mut String| {
        match repair_run(run) {
            Some(fixed) => {
                out.push_str(&fixed);
                changed = true;
            }
            None => out.push_str(run),
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii() {
            flush(&mut run, &mut out);
            out.push(c);
        } else {
            run.push(c);
        }
    }
    flush(&mut run, &mut out);
    changed.then_some(out)
}

fn repair_run(run: &str) -> Option<String> {
    if run.chars().count() < 2 {
        return None;
    }
    // The legacy encodings disagree on some bytes ("Ĺź" is "ż" read as ISO-8859-2 but "ş"
    // read as windows-1250): the reading that gives the most Polish letters wins, and on a
    // tie the earliest in this list, windows-1250 being the commonest on Polish pages.
    [
        encoding_rs::WINDOWS_1250,
        encoding_rs::ISO_8859_2,
        encoding_rs::WINDOWS_1252,
    ]
    .iter()
    .filter_map(|legacy| {
        let (bytes, _, unmappable) = legacy.encode(run);
        let fixed = std::str::from_utf8(&bytes).ok()?;
        (!unmappable && fixed != run && fixed.chars().all(plausible)).then(|| fixed.to_string())
    })
    .rev()
    .max_by_key(|fixed| polish_letters(fixed))
}

/// How many Polish letters a text holds: the readings of a misread text are ranked by it.
fn polish_letters(text: &str) -> usize {
    text.chars().filter(|c| POLISH_LETTERS.contains(*c)).count()
}

/// What windows-1250 and ISO-8859-2 Polish letters become when read as ISO-8859-1 or
/// windows-1252: ę → ê, ł → ³, ż → ¿, ą → ¹ or ±, ś → œ or U+009C, Ż → ¯, Ł → £.
const LATIN1_MISREAD: &str = "ê³¿¹±æñœ¶¼ŸŒ¦¬¯£¥¡ÊÆÑ\u{9c}\u{8c}\u{9f}\u{8f}";

/// Undoes a legacy Polish page read as ISO-8859-1 and saved as UTF-8 ("Zajêcia w ¯o³yni"):
/// the characters are turned back into their bytes and read as windows-1250 and as
/// ISO-8859-2, and the reading with the most Polish letters wins. Only a text without a
/// single Polish letter and with several of the misread ones is touched.
pub fn repair_latin1_misread(text: &str) -> Option<String> {
    let mut misread = 0usize;
    let mut before = ' ';
    let mut chars = text.chars().peekable();
    // Asked of every page: a Polish page stops at its first Polish letter.
    while let Some(c) = chars.next() {
        if !c.is_ascii() {
            if POLISH_LETTERS.contains(c) {
                return None;
            }
            // Inside a word: "Zajêcia", "£ucja"; not a price, "£30".
            let in_word = before.is_alphabetic() || chars.peek().is_some_and(|n| n.is_alphabetic());
            if in_word && LATIN1_MISREAD.contains(c) {
                misread += 1;
            }
        }
        before = c;
    }
    if misread < 3 {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        match u8::try_from(u32::from(c)) {
            Ok(b) => bytes.push(b),
            Err(_) => {
                // windows-1252's own letters at 0x80–0x9F: œ, Š, Ÿ, „, –…
                let mut buf = [0u8; 4];
                let (out, _, unmappable) =
                    encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
                if unmappable || out.len() != 1 {
                    return None;
                }
                bytes.push(out[0]);
            }
        }
    }
    // French read so gives "fenętre, mčre, ŕ": letters no Polish text has.
    let foreign = |s: &str| {
        s.chars()
            .filter(|&c| !c.is_ascii() && c.is_alphabetic() && !POLISH_LETTERS.contains(c))
            .count()
    };
    [encoding_rs::ISO_8859_2, encoding_rs::WINDOWS_1250]
        .iter()
        .map(|e| e.decode_without_bom_handling(&bytes).0.into_owned())
        .max_by_key(|s| polish_letters(s))
        .filter(|s| {
            let polish = polish_letters(s);
            polish * 5 >= misread * 4 && foreign(s) * 10 <= polish
        })
}

/// Letters of Latin script and the typographic signs Polish pages use.
fn plausible(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{17F}') && c != '×' && c != '÷' || "„”“‘’–—…«»°§·€\u{A0}".contains(c)
}

fn choose(bytes: &[u8], declared: Option<&str>) -> (&'static Encoding, &'static str) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, "bom");
    }
    let declared = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes()));
    if let Some(enc) = declared.filter(|&e| e != encoding_rs::UTF_8 || mostly_utf8(bytes)) {
        return (enc, "declared");
    }
    // A page that says UTF-8 but is not (a template saved in windows-1250) is detected.
    if let Some(enc) =
        meta_charset(bytes).filter(|&e| e != encoding_rs::UTF_8 || mostly_utf8(bytes))
    {
        // A page that declares ISO-8859-2 but is valid UTF-8 with multibyte letters was
        // re-saved by a crawler; UTF-8 is then the truth.
        if enc != encoding_rs::UTF_8 && has_utf8_multibyte(bytes) {
            return (encoding_rs::UTF_8, "utf-8 (overrides meta)");
        }
        return (enc, "meta");
    }
    if std::str::from_utf8(bytes).is_ok() {
        return (encoding_rs::UTF_8, "utf-8");
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    (
        detector.guess(Some(b"pl"), chardetng::Utf8Detection::Allow),
        "detected",
    )
}

/// Valid UTF-8, or nearly: more letters of more than one byte than invalid sequences (a
/// stray byte in a UTF-8 page does not make it windows-1250).
fn mostly_utf8(bytes: &[u8]) -> bool {
    if std::str::from_utf8(bytes).is_ok() {
        return true;
    }
    let text = String::from_utf8_lossy(bytes);
    let invalid = text.chars().filter(|&c| c == '\u{FFFD}').count();
    let multibyte = text
        .chars()
        .filter(|&c| !c.is_ascii() && c != '\u{FFFD}')
        .count();
    multibyte > invalid
}

fn has_utf8_multibyte(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|s| !s.is_ascii())
}

/// Finds `charset=...` in the first few kilobytes, as the HTML prescan does.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        from = i;
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let end = lower[i..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':')))
            .map_or(lower.len(), |p| i + p);
        if let Some(enc) = Encoding::for_label(&lower[i..end]) {
            return Some(enc);
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_declared_windows_1250() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1250
            .encode("<meta charset=\"windows-1250\"><p>Gminna Biblioteka w Jaśle, ŻÓŁW</p>");
        let d = decode(&bytes, None);
        assert_eq!(d.how, "meta");
        assert!(d.text.contains("Jaśle, ŻÓŁW"));
    }

    #[test]
    fn http_equiv_iso_8859_2() {
        let src = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">\
                   <p>Spotkanie w Szebniach, źródło</p>";
        let (bytes, _, _) = encoding_rs::ISO_8859_2.encode(src);
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, "ISO-8859-2");
        assert!(d.text.contains("Szebniach, źródło"));
    }

    #[test]
    fn undeclared_legacy_text_is_detected() {
        let src = "Zapraszamy na spotkanie autorskie w bibliotece. Książki, źródła, \
                   łąka, żółć, gęślą jaźń. Zajęcia odbędą się w świetlicy wiejskiej.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(src);
        let d = decode(&bytes, None);
        assert_eq!(d.how, "detected");
        assert!(d.text.contains("Książki, źródła"), "{}", d.text);
    }

    #[test]
    fn mojibake_is_repaired_when_unambiguous() {
        // UTF-8 read as ISO-8859-2, as windows-1250, and as windows-1252.
        assert_eq!(repair_mojibake("ZbliĹźenia").as_deref(), Some("Zbliżenia"));
        assert_eq!(
            repair_mojibake("ksiÄ…ĹĽka w JaĹ›le").as_deref(),
            Some("książka w Jaśle")
        );
        assert_eq!(repair_mojibake("GÅ‚owacka").as_deref(), Some("Głowacka"));
        let d = decode("<p>Spotkanie w Ĺšwietlicy</p>".as_bytes(), None);
        assert!(d.repaired);
        assert_eq!(d.text, "<p>Spotkanie w Świetlicy</p>");
    }

    #[test]
    fn correct_text_is_left_alone_by_both_repairs() {
        for text in [
            "Zażółć gęślą jaźń",
            "ŹRÓDŁO, DRÓŻKA, ÓŻ, Ąę Ćć",
            "Ĺódź? Ăsta — Äh",
            "cena 5 €, 10 °C",
            // French and German keep their letters, an English price its pound.
            "Crème brûlée à la française, très bien.",
            "Grüße aus Köln, schön.",
            "Être à la fenêtre, tête-à-tête, mère.",
            "Tickets cost £30, £45 or £60; ±5 minutes.",
        ] {
            assert_eq!(repair_mojibake(text), None, "{text}");
            assert_eq!(repair_latin1_misread(text), None, "{text}");
        }
    }

    #[test]
    fn a_page_that_says_utf8_but_is_windows_1250_is_detected() {
        let src = "<meta charset=\"utf-8\"><p>Zajęcia w Gminnej Bibliotece Publicznej w Żołyni \
                   prowadzi Łucja Śliwińska. Zapraszamy dzieci, młodzież i dorosłych.</p>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(src);
        let d = decode(&bytes, None);
        assert_eq!(d.how, "detected");
        assert!(
            d.text.contains("Żołyni prowadzi Łucja Śliwińska"),
            "{}",
            d.text
        );
        // A UTF-8 page with one stray byte stays UTF-8.
        let mut stray = "<meta charset=\"utf-8\"><p>Zażółć gęślą jaźń</p>"
            .as_bytes()
            .to_vec();
        stray.push(0xB3);
        assert_eq!(decode(&stray, None).encoding, "UTF-8");
    }

    #[test]
    fn a_legacy_page_read_as_latin1_is_repaired() {
        let polish = "Zajęcia w Żołyni prowadzi Łucja Śliwińska; książki dla dzieci.";
        for legacy in [encoding_rs::WINDOWS_1250, encoding_rs::ISO_8859_2] {
            let (bytes, _, _) = legacy.encode(polish);
            let misread: String = bytes.iter().map(|&b| char::from(b)).collect();
            assert_eq!(repair_latin1_misread(&misread).as_deref(), Some(polish));
        }
    }

    #[test]
    fn nfc_normalises_combining_marks() {
        let d = decode("Jas\u{301}le".as_bytes(), None);
        assert_eq!(d.text, "Jaśle");
    }
}
