//! Cleaning: from a decoded page to title, clean text and metadata.
//! HTML goes through main-content extraction, text dumps through line classification.

pub mod boilerplate;
pub mod html;
pub mod metadata;
pub mod stopwords;
pub mod text;

use crate::error::InputError;
use crate::record::{Document, Format, RawPage};

/// Cleans one page into a document without entities (the extraction stage adds them).
pub fn clean(page: &RawPage) -> Result<Document, InputError> {
    let (title, text, mut metadata) = match page.format {
        Format::Html => {
            let doc = scraper::Html::parse_document(&page.content);
            let (metadata, title) = metadata::from_html(&doc);
            (title.clone(), html::main_text(&doc, &title), metadata)
        }
        Format::Text => {
            let c = text::clean(&page.content);
            (c.title, c.text, c.metadata)
        }
    };
    if text.trim().is_empty() {
        return Err(InputError::NoText);
    }
    if metadata.author.is_none() {
        if let Some(name) = closing_signature(&text) {
            metadata.author = Some(name);
            metadata.author_from = Some("signature at the end of the text".into());
        }
    }
    Ok(Document {
        id: page.id.clone(),
        source: page.source.clone(),
        format: page.format,
        title,
        published: metadata.published.as_ref().map(|p| p.value.to_string()),
        text,
        entities: Vec::new(),
        metadata,
        encoding: page.encoding.clone(),
        content_hash: page.content_hash.clone(),
        origin: page.origin.clone(),
        crawled: page.crawled.clone(),
    })
}

/// The author who signed the text on its last line, without a label: "Zofia Mucha,
/// kierownik biblioteki", "Anna Nowak – bibliotekarka", "Jan Kot". The name is a known first
/// name and a capitalised surname or two; a sentence ending there is no signature, and
/// neither is the last name of a list ("Laureaci: … Alfred Forchel / Jan Misiewicz"): a
/// signature follows a finished sentence.
fn closing_signature(text: &str) -> Option<String> {
    let mut lines = text.lines().rev().map(str::trim).filter(|l| !l.is_empty());
    let line = lines.next()?;
    if line.chars().count() > 80 || line.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    if !lines
        .next()
        .is_some_and(|before| before.ends_with(['.', '!', '?', '"', '”', '…', ')']))
    {
        return None;
    }
    let name = line
        .split([',', '–', '—', '('])
        .next()
        .map(|n| n.split(" - ").next().unwrap_or(n).trim())?;
    let words: Vec<&str> = name.split(' ').collect();
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_lowercase() || c == '-')
            && w.chars().count() >= 2
    };
    let signed = (2..=3).contains(&words.len())
        && words.iter().all(|w| capitalised(w))
        && crate::polish::names::first_name(words[0])
            .is_some_and(|f| f.case == crate::polish::names::Case::Nominative);
    signed.then(|| name.to_string())
}

/// The words of `s` joined by single spaces: line breaks and runs of spaces from markup or
/// layout are not text.
pub(crate) fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::closing_signature;

    #[test]
    fn a_name_on_the_last_line_signs_the_text() {
        let signed = |last: &str| closing_signature(&format!("Zapraszamy.\n\n{last}\n"));
        assert_eq!(
            signed("Zofia Mucha, kierownik biblioteki").as_deref(),
            Some("Zofia Mucha")
        );
        assert_eq!(
            signed("Anna Nowak – bibliotekarka").as_deref(),
            Some("Anna Nowak")
        );
        assert_eq!(signed("Jan Maria Kot").as_deref(), Some("Jan Maria Kot"));
        // Sentences, headings and names in other cases are no signature.
        assert_eq!(signed("Zapraszamy serdecznie wszystkich"), None);
        assert_eq!(signed("Anna Nowak zaprasza."), None);
        assert_eq!(signed("Galeria Zdjęć"), None);
        assert_eq!(signed("Z Anną Nowak"), None);
        assert_eq!(signed("Podziękowania dla Anny Nowak"), None);
        let list = "Laureaci\n2010\nAlfred Forchel\nJan Misiewicz";
        assert_eq!(closing_signature(list), None);
    }
}
