//! Main-content extraction from HTML.
//!
//! The page is flattened into text blocks (one per paragraph-like element) that remember
//! whether they sit in a link, a heading or an article container. Blocks are classified
//! by length, link density and function-word density (the jusText idea), then neighbours
//! decide the uncertain ones. Page furniture (nav, footer, cookie bars, "A A A" widgets)
//! is dropped before any of this, by tag and by class/id words.

use super::boilerplate::{
    is_article_name, is_boilerplate_line, is_closing_profile, is_comment_name, is_furniture_name,
    is_furniture_name_besides_comments, is_record_card_label, is_related_heading,
    is_stamp_row_or_label,
};
use super::stopwords;
use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hash, Hasher};

/// Elements whose subtree is never visible text.
#[rustfmt::skip]
const INVISIBLE_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "head", "object", "embed",
    "canvas", "video", "audio", "map", "button", "select", "option", "input", "textarea",
];

/// Layout elements that hold page furniture, unless they hold most of the page's text
/// (ASP.NET wraps the whole page in a `<form>`; some themes put the article in `<header>`).
const FURNITURE_TAGS: &[&str] = &[
    "nav", "footer", "aside", "form", "label", "menu", "dialog", "header",
];

/// Elements that start a new block of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "address",
    "figcaption",
    "figure",
    "header",
    "body",
    "center",
    "caption",
    "tbody",
    "thead",
];

#[derive(Debug, Clone)]
struct Block {
    text: String,
    link_chars: usize,
    /// The text opens with a link: a teaser's headline, not a link inside a sentence.
    opens_with_link: bool,
    /// Characters of `text` and its function-word density, computed once at flush:
    /// classification and `explain` both read them.
    chars: usize,
    stop_density: f32,
    heading: bool,
    /// Inside `<article>`, `<main>` or an element marked as the article body.
    in_article: bool,
    /// The innermost such container, telling one article from a feed of teasers.
    container: Option<NodeId>,
    /// The element whose text this is (for finding the region that holds a listing).
    node: Option<NodeId>,
    shape: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

#[derive(Clone, Copy, Default)]
struct Frame {
    skip: bool,
    link: bool,
    heading: bool,
    in_article: bool,
    container: Option<NodeId>,
    node: Option<NodeId>,
    block: bool,
    /// The element's path as tag and first class word from the root (hashed): forum posts
    /// and comments repeat one path.
    shape: u64,
}

/// Extracts the main text: blocks joined by blank lines, the page title not repeated.
pub fn main_text(doc: &Html, title: &str) -> String {
    let text = selected_text(doc, title);
    // Forums that render with JavaScript show "Loading…" and put the crawler's copy in
    // <noscript>: when the page itself gives little, the larger of the two wins.
    if text.chars().count() >= 300 {
        return text;
    }
    let fallback = noscript_markup(doc)
        .map(|inner| selected_text(&Html::parse_document(&inner), title))
        .unwrap_or_default();
    if fallback.chars().count() > text.chars().count() {
        fallback
    } else {
        text
    }
}

/// Blocks chosen by class and context (or the fallback), joined by blank lines.
fn selected_text(doc: &Html, title: &str) -> String {
    let blocks = flatten(doc);
    let classes = classify(&blocks);
    let mut chosen = choose(&blocks, &classes);
    if chosen.is_empty() {
        chosen = fallback(&blocks);
    }
    if let Some(listing) = listing(doc, &blocks, &chosen) {
        chosen = listing;
    }
    let chosen = without_orphan_headings(&blocks, chosen);
    let mut out: Vec<Cow<str>> = Vec::new();
    let mut seen = HashSet::new();
    let mut last_row = None;
    for (i, b) in chosen.iter().enumerate() {
        let repeated_title = i == 0 && b.heading && heads_title(&b.text, title);
        if repeated_title || repeats_earlier_text(&b.text, &mut seen) {
            continue;
        }
        let text = without_stamp_rows(&b.text);
        let row = row_of_cell(doc, b.node);
        // A table row stays one line, its cells apart by tabs ("10.30\tWykład…"), and the
        // rows of one table one block.
        let joiner = match (row, last_row) {
            (Some((r, _)), Some((last, _))) if r == last => Some('\t'),
            (Some((_, t)), Some((_, last))) if t == last => Some('\n'),
            _ => None,
        };
        match (joiner, out.last_mut()) {
            (Some(j), Some(line)) if !text.is_empty() => {
                line.to_mut().push(j);
                line.to_mut().push_str(&text);
            }
            _ => out.push(text),
        }
        last_row = row;
    }
    out.retain(|t| !t.is_empty());
    out.truncate(before_closing_profile(&out));
    without_contact_footer(&mut out);
    // The lead printed above the body and again as its first sentences: sentences, not
    // a heading that a paragraph repeats (the benchmarks' texts keep those).
    let lead_again = |i: usize| {
        out[i].trim().ends_with(['.', '!', '?', '…'])
            && out
                .get(i + 1)
                .is_some_and(|next| super::opens_with_lead(&out[i], next))
    };
    let kept: Vec<&str> = (0..out.len())
        .filter(|&i| !lead_again(i))
        .map(|i| out[i].as_ref())
        .collect();
    kept.join("\n\n")
}

/// A kept heading whose whole section was dropped ("Załączniki" over a list of files,
/// "Galeria" over thumbnails) would stand alone in the text, so it goes too. Only after
/// kept text: the page's opening heading stays whatever follows it (a dropped date line,
/// share buttons), and so does a heading with nothing after it.
fn without_orphan_headings<'a>(blocks: &'a [Block], chosen: Vec<&'a Block>) -> Vec<&'a Block> {
    let kept: HashSet<*const Block> = chosen.iter().map(|b| *b as *const Block).collect();
    let is_kept = |b: &Block| kept.contains(&(b as *const Block));
    let mut orphans: HashSet<*const Block> = HashSet::new();
    let mut text_before = false;
    for (i, b) in blocks.iter().enumerate() {
        if !is_kept(b) {
            continue;
        }
        if !b.heading {
            text_before = true;
            continue;
        }
        let mut section = blocks[i + 1..].iter().take_while(|s| !s.heading).peekable();
        let dropped_whole = section.peek().is_some() && section.all(|s| !is_kept(s));
        if text_before && dropped_whole {
            orphans.insert(b as *const Block);
        }
    }
    chosen
        .into_iter()
        .filter(|b| !orphans.contains(&(*b as *const Block)))
        .collect()
}

/// The table row (`<tr>`) and the row's parent (table or tbody) of a cell whose own text
/// makes the block: a one-line cell of a programme or price list. A cell holding
/// paragraphs of its own, as in a table layout, makes blocks of those, not joined.
fn row_of_cell(doc: &Html, node: Option<NodeId>) -> Option<(NodeId, NodeId)> {
    let cell = doc.tree.get(node?)?;
    let is_cell = cell
        .value()
        .as_element()
        .is_some_and(|e| matches!(e.name(), "td" | "th"));
    let row = cell.parent()?;
    let in_row = row.value().as_element().is_some_and(|e| e.name() == "tr");
    let table = row.parent()?;
    (is_cell && in_row).then(|| (row.id(), table.id()))
}

/// Where the text ends when one of its last three blocks (never the first) is an author's
/// or a company's profile (see [`is_closing_profile`]): that block and what follows it are
/// the site's furniture, repeated under every article.
fn before_closing_profile(blocks: &[Cow<str>]) -> usize {
    let from = blocks.len().saturating_sub(3).max(1);
    (from..blocks.len())
        .find(|&i| is_closing_profile(&blocks[i]))
        .unwrap_or(blocks.len())
}

/// The site's address and small print after the text go, line by line from the end
/// (a table layout joins its footer row to the text's last cell), leaving some text.
fn without_contact_footer(out: &mut Vec<Cow<str>>) {
    while let Some(last) = out.last() {
        let lines: Vec<&str> = last.lines().collect();
        let keep = lines
            .iter()
            .rposition(|l| !l.trim().is_empty() && !super::boilerplate::is_contact_footer_line(l))
            .map_or(0, |i| i + 1);
        if keep == lines.len() {
            return;
        }
        if keep > 0 {
            let kept = Cow::Owned(joined_lines(lines[..keep].iter().copied()));
            out.pop();
            out.push(kept);
            return;
        }
        if out.len() == 1 {
            return;
        }
        out.pop();
    }
}

/// A block broken by `<br>` can hold a byline row above the story ("05/10/2018 - Autor:
/// Anna Kot - Kategoria: Zdrowie<br><br>Wczoraj…"), an old table layout's "dodano:" stamp
/// and its "« powrót" link: its lines are judged one by one.
fn without_stamp_rows(text: &str) -> Cow<'_, str> {
    // Only rows, stamps and labels: the other kinds of boilerplate line ("Photo by …", a
    // line of two dates) are text when they stand inside a paragraph.
    let furniture = |l: &str| is_stamp_row_or_label(l) || super::metadata::date_stamp(l).is_some();
    if !text.contains('\n') || !text.lines().any(furniture) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(joined_lines(text.lines().filter(|l| !furniture(l))))
}

/// Lines trimmed and joined; lines come from `<br>`, and two in a row ("<br><br>") are the
/// paragraph break of a page without `<p>`, kept as one blank line (none at either end).
fn joined_lines<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut kept: Vec<&str> = Vec::new();
    for line in lines.map(str::trim) {
        if !line.is_empty() || kept.last().is_some_and(|l| !l.is_empty()) {
            kept.push(line);
        }
    }
    if kept.last() == Some(&"") {
        kept.pop();
    }
    kept.join("\n")
}

/// True when most of a longer block's word 4-grams were already kept: a gallery caption
/// shown twice, or a hidden copy of the whole story for another layout. Records the
/// block's 4-grams otherwise.
fn repeats_earlier_text(text: &str, seen: &mut HashSet<u64>) -> bool {
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| crate::duplicates::fnv1a_extend(0, w.as_bytes()))
        .collect();
    // Short lines (a "Serves 4" in each of three recipes) legitimately repeat.
    if words.len() < 12 {
        return false;
    }
    let gram = |g: &[u64]| g.iter().fold(0u64, |h, w| h.rotate_left(17) ^ w);
    let grams: Vec<u64> = words.windows(4).map(gram).collect();
    let known = grams.iter().filter(|g| seen.contains(*g)).count();
    if known * 5 >= grams.len() * 3 {
        return true;
    }
    seen.extend(grams);
    false
}

/// The markup inside `<noscript>` elements, which html5ever keeps as raw text when
/// scripting is on; `None` when there is none.
fn noscript_markup(doc: &Html) -> Option<String> {
    let inner: String = doc
        .tree
        .root()
        .descendants()
        .filter(|n| {
            n.value()
                .as_element()
                .is_some_and(|e| e.name() == "noscript")
        })
        .flat_map(|n| n.children())
        .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
        .collect();
    inner.contains('<').then_some(inner)
}

/// One line per block: class, kept, in-article flag, link density, function-word density
/// and the start of the text. For tuning (`cargo run --example explain_blocks PAGE`).
pub fn explain(doc: &Html) -> Vec<String> {
    let blocks = flatten(doc);
    let classes = classify(&blocks);
    let kept = choose(&blocks, &classes);
    blocks
        .iter()
        .zip(&classes)
        .map(|(b, c)| {
            format!(
                "{:<8} {} {} link={:.2} stop={:.2} len={:<5} {}",
                format!("{c:?}"),
                if kept.iter().any(|k| std::ptr::eq(*k, b)) {
                    "KEEP"
                } else {
                    "    "
                },
                if b.in_article { "A" } else { " " },
                link_density(b),
                b.stop_density,
                b.chars,
                b.text
                    .chars()
                    .take(90)
                    .collect::<String>()
                    .replace('\n', " / ")
            )
        })
        .collect()
}

/// The opening heading is the page's title, alone or with a section or site name around it
/// ("Opinion | Is Football Violence a Crime?" from og:title over the `<h1>` "Is Football
/// Violence a Crime?").
fn heads_title(heading: &str, title: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let (heading, title) = (norm(heading), norm(title));
    heading == title
        || heading.split(' ').count() >= 3
            && heading.len() * 2 >= title.len()
            && super::metadata::TITLE_SEPARATORS
                .iter()
                .any(|sep| title.split(sep).any(|part| part.trim() == heading))
}

/// Walks the DOM without recursion (deeply nested pages must not overflow the stack).
fn flatten(doc: &Html) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut stack: Vec<Frame> = vec![Frame::default()];
    let mut cur = Block {
        text: String::new(),
        link_chars: 0,
        opens_with_link: false,
        chars: 0,
        stop_density: 0.0,
        heading: false,
        in_article: false,
        container: None,
        node: None,
        shape: 0,
    };
    let sizes = text_sizes(doc);
    let total = sizes.values().map(|s| s.all).max().unwrap_or(0).max(1) as f32;
    let total_prose = sizes.values().map(|s| s.prose).max().unwrap_or(0).max(1) as f32;
    let forum = comments_are_content(doc, &sizes, total_prose);
    let post = single_post_id(doc);
    for edge in doc.tree.root().traverse() {
        let top = *stack.last().unwrap_or(&Frame::default());
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let size = sizes.get(&node.id()).copied().unwrap_or_default();
                    let share = Share {
                        text: size.all as f32 / total,
                        prose: size.prose as f32 / total_prose,
                    };
                    let mut frame =
                        open_frame(top, ElementRef::wrap(node), el.name(), share, forum);
                    if let Some(id) = post.as_deref() {
                        frame.skip |= share.text < 0.5 && is_other_post(el.attr("class"), id);
                    }
                    // In a thread the replies are text as much as the opening post, and
                    // each is a container of its own, so none outranks the others.
                    let reply = forum && named(el, is_comment_name);
                    frame.in_article |= reply;
                    if frame.in_article && !top.in_article || reply || is_container(el.name()) {
                        frame.container = Some(node.id());
                    }
                    frame.node = Some(node.id());
                    if frame.block && !top.skip {
                        flush(&mut cur, &mut blocks, top);
                    }
                    if el.name() == "br" && !top.skip {
                        cur.text.push('\n');
                    }
                    stack.push(frame);
                }
                Node::Text(t) if !top.skip => append_text(&mut cur, t, top.link),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(_) = node.value() {
                    let frame = stack.pop().unwrap_or_default();
                    if frame.block && !frame.skip {
                        flush(&mut cur, &mut blocks, frame);
                    }
                }
            }
        }
    }
    flush(&mut cur, &mut blocks, Frame::default());
    drop_record_card_values(blocks)
}

/// A BIP record card laid out as a table ("Wytworzył:" | "Zofia Janusz"): the label is
/// boilerplate by itself; the short cell after it goes with it, or a listing page would
/// keep the names and dates as text.
fn drop_record_card_values(blocks: Vec<Block>) -> Vec<Block> {
    let mut after_label = false;
    blocks
        .into_iter()
        .filter(|b| {
            let value = after_label && b.chars <= 60 && !b.text.trim_end().ends_with(':');
            after_label = is_record_card_label(&b.text);
            !value
        })
        .collect()
}

/// Characters of text under an element: all of it, and the part inside `<p>` (prose,
/// which sidebars and menus rarely hold).
#[derive(Clone, Copy, Default)]
struct TextSize {
    all: usize,
    prose: usize,
}

/// An element's part of the page's text and of its prose, each 0..=1.
#[derive(Clone, Copy)]
struct Share {
    text: f32,
    prose: f32,
}

/// A forum thread: an element named for comments holds most of the page's prose, and no
/// article body is marked outside the comments (on a news page the story is marked and the
/// comments are furniture, however long).
fn comments_are_content(doc: &Html, sizes: &HashMap<NodeId, TextSize>, total_prose: f32) -> bool {
    let prose_share = |id: NodeId| sizes.get(&id).map_or(0.0, |s| s.prose as f32 / total_prose);
    let mut comments = 0.0f32;
    let mut story = 0.0f32;
    for node in doc.tree.root().descendants() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        if named(el, is_comment_name) {
            comments = comments.max(prose_share(node.id()));
        } else if el.attr("itemprop") == Some("articleBody") || named(el, is_article_name) {
            let in_comments = node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| named(e, is_comment_name))
            });
            if !in_comments {
                story = story.max(prose_share(node.id()));
            }
        }
    }
    comments >= 0.5 && story < 0.05
}

/// The element's class or id passes `test`.
fn named(el: &scraper::node::Element, test: fn(&str) -> bool) -> bool {
    [el.attr("class"), el.attr("id")]
        .into_iter()
        .flatten()
        .any(test)
}

fn is_container(name: &str) -> bool {
    matches!(name, "article" | "main")
}

/// Text sizes of every element, in one pass (no recursion).
fn text_sizes(doc: &Html) -> HashMap<NodeId, TextSize> {
    let mut sizes = HashMap::new();
    let mut stack: Vec<TextSize> = Vec::new();
    // Script and style text is not page text: it must not make a wrapper look small.
    let mut invisible = 0usize;
    let mut paragraphs = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    invisible += usize::from(INVISIBLE_TAGS.contains(&el.name()));
                    paragraphs += usize::from(el.name() == "p");
                    stack.push(TextSize::default());
                }
                Node::Text(t) if invisible == 0 => {
                    if let Some(top) = stack.last_mut() {
                        let n = t.trim().chars().count();
                        top.all += n;
                        top.prose += if paragraphs > 0 { n } else { 0 };
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    invisible -= usize::from(INVISIBLE_TAGS.contains(&el.name()));
                    paragraphs -= usize::from(el.name() == "p");
                    let n = stack.pop().unwrap_or_default();
                    sizes.insert(node.id(), n);
                    if let Some(parent) = stack.last_mut() {
                        parent.all += n.all;
                        parent.prose += n.prose;
                    }
                }
            }
        }
    }
    sizes
}

/// The attributes `open_frame` reads ("" when absent), taken in one pass: scraper's
/// `Element::attr` interns the asked name and scans the list on every call, and asking for
/// nine names per element cost more than the rest of the frame logic.
#[derive(Default)]
struct Attrs<'a> {
    class: &'a str,
    id: &'a str,
    itemprop: &'a str,
    role: &'a str,
    /// Only `hidden="…"` with a value counts: a bare `hidden` mostly marks collapsed tabs and
    /// accordions whose text belongs to the page (treating it as hidden: WCXB 0.774 → 0.772).
    hidden: &'a str,
    aria_hidden: &'a str,
    style: &'a str,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a scraper::node::Element) -> Attrs<'a> {
        let mut a = Attrs::default();
        for (name, value) in el.attrs() {
            let slot = match name {
                "class" => &mut a.class,
                "id" => &mut a.id,
                "itemprop" => &mut a.itemprop,
                "role" => &mut a.role,
                "hidden" => &mut a.hidden,
                "aria-hidden" => &mut a.aria_hidden,
                "style" => &mut a.style,
                _ => continue,
            };
            *slot = value;
        }
        a
    }
}

/// `share` is the element's part of the page's text and prose: a class name that sounds
/// like a sidebar on an element holding most of the text (`<body class="has-sidebar">`,
/// `<div class="page and-w-sidebar">` around the article) is not furniture.
fn open_frame(
    parent: Frame,
    el: Option<ElementRef>,
    name: &str,
    share: Share,
    forum: bool,
) -> Frame {
    let a = el.map(|e| Attrs::of(e.value())).unwrap_or_default();
    let marked_article =
        a.itemprop == "articleBody" || is_article_name(a.class) || is_article_name(a.id);
    let in_article = parent.in_article || name == "article" || name == "main" || marked_article;
    let minor = share.text < 0.3;
    let hidden = minor
        && (!a.hidden.is_empty()
            || a.aria_hidden == "true"
            || a.style.replace(' ', "").contains("display:none")
            || (share.prose < 0.02 && hidden_by_class(a.class)));
    let furniture_name = if forum {
        is_furniture_name_besides_comments
    } else {
        is_furniture_name
    };
    let named = furniture_name(a.class)
        || furniture_name(a.id)
        || (name == "td" && names_side_column(a.class))
        || (matches!(name, "td" | "div") && names_side_column(a.id));
    let furniture = (minor && share.prose < 0.5 && named)
        || (minor && FURNITURE_TAGS.contains(&name) && !(name == "header" && parent.in_article))
        || a.role == "navigation"
        || a.role == "banner";
    Frame {
        skip: parent.skip || INVISIBLE_TAGS.contains(&name) || hidden || furniture,
        link: parent.link || name == "a",
        heading: parent.heading
            || matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
            || names_a_headline(a.class),
        in_article,
        container: parent.container,
        node: None,
        block: BLOCK_TAGS.contains(&name),
        shape: shape_of(parent.shape, name, a.class),
    }
}

/// Class names of an article's headline set in a `<div>` or a table cell by hand-made and
/// old CMS templates: `<div class="tytul">`, Joomla 1.0's `contentheading`. Not a bare
/// "title": boxes of links are titled so too ("Information:", "RSS feeds:").
pub(super) const HEADLINE_CLASSES: [&str; 10] = [
    "tytul",
    "tytuł",
    "naglowek",
    "tytul-artykulu",
    "tytul_artykulu",
    "contentheading",
    "entry-title",
    "post-title",
    "article-title",
    "news-title",
];

/// The whole class attribute, not one of its words: "title" beside other words names a
/// teaser's or a sidebar box's title as often ("nevy title bold", "block_title").
pub(super) fn names_a_headline(class: &str) -> bool {
    let class = class.trim();
    HEADLINE_CLASSES
        .iter()
        .any(|c| c.eq_ignore_ascii_case(class))
}

/// The number of the post a WordPress single-post page shows (`<body class="single
/// postid-1806">`): every post container carries its number (`post-1806`), so the page's
/// other posts — related ones, a feed under the story — can be told from it.
fn single_post_id(doc: &Html) -> Option<String> {
    let body = doc
        .root_element()
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body")?;
    let class = body.value().attr("class")?;
    class
        .split_whitespace()
        .find_map(|w| numbered(w, "postid-"))
        .map(String::from)
}

/// A WordPress post container ("post-7816 type-post status-publish") of a post other
/// than `id`.
fn is_other_post(class: Option<&str>, id: &str) -> bool {
    let Some(class) = class else {
        return false;
    };
    let mut words = class.split_whitespace();
    let is_post = words
        .clone()
        .any(|w| matches!(w, "type-post" | "hentry" | "status-publish"));
    is_post && words.any(|w| numbered(w, "post-").is_some_and(|n| n != id))
}

/// The number after `prefix` in a class word ("post-7816" → "7816"), if only digits follow.
fn numbered<'a>(word: &'a str, prefix: &str) -> Option<&'a str> {
    word.strip_prefix(prefix)
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// CSS frameworks' classes that hide an element ("hidden", "d-none"): themes park
/// structured data for search engines in them (an image's URL, its width and height).
/// Scripts also fold an accordion's answers into them, so a hidden element with prose in
/// it stays (the caller asks).
fn hidden_by_class(class: &str) -> bool {
    // "hidden md:flex", "d-none d-lg-block": hidden on small screens only.
    let shown_somewhere = class.split_whitespace().any(|w| {
        w.contains(':')
            || ["d-sm-", "d-md-", "d-lg-", "d-xl-"]
                .iter()
                .any(|p| w.starts_with(p))
    });
    const HIDING: &[&str] = &[
        "hidden",
        "hide",
        "d-none",
        "is-hidden",
        "invisible",
        "visually-hidden",
    ];
    !shown_somewhere && any_class_word(class, HIDING)
}

/// One of the whitespace-separated words of `attr` is one of `words`, in any case (asked
/// for every element: no word is copied to lower case).
fn any_class_word(attr: &str, words: &[&str]) -> bool {
    attr.split_whitespace()
        .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// The side column of an old table layout, `<td class="right">`, `<div id="lewa">`: a
/// whole class or id word, since "right" is also part of "copyright". Only on a cell or an
/// id (unique on the page, so a region), because a paragraph's "right" class aligns it.
/// Like every furniture name, it gives way where the column holds the page's text.
fn names_side_column(attr: &str) -> bool {
    const SIDES: &[&str] = &[
        "left",
        "right",
        "lewa",
        "prawa",
        "leftcol",
        "rightcol",
        "left-column",
        "right-column",
        "col-left",
        "col-right",
        "kolumna-lewa",
        "kolumna-prawa",
        "lewa-kolumna",
        "prawa-kolumna",
        "kolumna_lewa",
        "kolumna_prawa",
        "lewa_kolumna",
        "prawa_kolumna",
        "lewakolumna",
        "prawakolumna",
    ];
    any_class_word(attr, SIDES)
}

/// The parent's shape extended by this element: its tag and its first class word, so
/// alternating "post bg1" / "post bg2" are one shape.
fn shape_of(parent: u64, name: &str, class: &str) -> u64 {
    let mut h = crate::duplicates::Fnv.build_hasher();
    parent.hash(&mut h);
    name.hash(&mut h);
    class.split_whitespace().next().unwrap_or("").hash(&mut h);
    h.finish()
}

fn append_text(cur: &mut Block, text: &str, in_link: bool) {
    // A whitespace-only node between inline elements still separates words.
    if text.trim().is_empty() {
        if !text.is_empty() && !cur.text.is_empty() && !cur.text.ends_with(['\n', ' ']) {
            cur.text.push(' ');
        }
        return;
    }
    let mut added = 0;
    let opens_block = in_link && cur.text.trim().is_empty();
    let glued = glued_label_and_value(&cur.text, text);
    for (i, word) in text.split_whitespace().enumerate() {
        let needs_space = i > 0 || text.starts_with(char::is_whitespace) || glued;
        if needs_space && !cur.text.is_empty() && !cur.text.ends_with(['\n', ' ']) {
            cur.text.push(' ');
        }
        cur.text.push_str(word);
        added += word.chars().count();
    }
    if text.ends_with(char::is_whitespace) {
        cur.text.push(' ');
    }
    if in_link {
        cur.opens_with_link |= opens_block;
        cur.link_chars += added;
    }
}

/// Two text nodes in separate elements with no space between them are one word when
/// the markup splits a word ("Bi<b>blio</b>teka"), but a lower-case letter followed by
/// a capital is a label and its value that CSS lays out apart ("Publisher" |
/// "Houghton", "Wydawca" | "Ossolineum"): within one word that change of case is rare.
fn glued_label_and_value(before: &str, text: &str) -> bool {
    let last = before.chars().next_back();
    let first = text.chars().next();
    matches!((last, first), (Some(a), Some(b)) if a.is_lowercase() && b.is_uppercase())
}

fn flush(cur: &mut Block, blocks: &mut Vec<Block>, frame: Frame) {
    let text = joined_lines(cur.text.lines());
    if !text.is_empty() {
        blocks.push(Block {
            chars: text.chars().count(),
            stop_density: stopwords::density(&text),
            text,
            link_chars: cur.link_chars,
            opens_with_link: cur.opens_with_link,
            heading: frame.heading,
            in_article: frame.in_article,
            container: frame.container,
            node: frame.node,
            shape: frame.shape,
        });
    }
    cur.text.clear();
    cur.link_chars = 0;
    cur.opens_with_link = false;
}

fn classify(blocks: &[Block]) -> Vec<Class> {
    let known = function_words_are_informative(blocks);
    let mut classes: Vec<Class> = blocks.iter().map(|b| classify_one(b, known)).collect();
    teasers_agree(blocks, &mut classes);
    signatures_stay(blocks, &mut classes);
    classes
}

/// A signature with a record card's label ("Sporządziła: Anna Kot, dyrektor") ends an
/// announcement as any signature does; only beside other card or stamp lines (a BIP
/// "metryczka") is it the card's.
fn signatures_stay(blocks: &[Block], classes: &mut [Class]) {
    let card = |j: usize| {
        blocks.get(j).is_some_and(|b| {
            is_boilerplate_line(&b.text) || super::metadata::date_stamp(&b.text).is_some()
        })
    };
    for (i, b) in blocks.iter().enumerate() {
        if classes[i] != Class::Bad || super::metadata::labelled_byline(b.text.trim()).is_none() {
            continue;
        }
        let beside_card = (i > 0 && card(i - 1)) || card(i + 1);
        if !beside_card {
            classes[i] = Class::Short;
        }
    }
}

/// A run of teasers (a linked headline, then a blurb cut off with "...") repeats one
/// element path. Their link share sits near the 0.2 line, so a few land on the good side by
/// chance: when most teasers of one path are bad, so are the rest. A "See also" list of
/// linked terms with their explanations is no run of teasers: its items are not cut off.
fn teasers_agree(blocks: &[Block], classes: &mut [Class]) {
    let teaser = |b: &Block| b.opens_with_link && !b.heading && !b.in_article;
    let mut votes: HashMap<u64, (usize, usize, usize)> = HashMap::new();
    for (b, c) in blocks.iter().zip(classes.iter()) {
        if teaser(b) {
            let (bad, cut, all) = votes.entry(b.shape).or_default();
            *bad += usize::from(*c == Class::Bad);
            let end = b.text.trim_end();
            *cut += usize::from(end.ends_with("...") || end.ends_with('…'));
            *all += 1;
        }
    }
    for (b, c) in blocks.iter().zip(classes.iter_mut()) {
        let outvoted = votes
            .get(&b.shape)
            .is_some_and(|&(bad, cut, all)| all >= 4 && bad * 2 > all && cut * 2 >= all);
        if outvoted && teaser(b) {
            *c = Class::Bad;
        }
    }
}

/// Function-word density only tells prose from lists in languages whose function words
/// we know (Polish, English). On other pages the longest texts must speak for themselves.
fn function_words_are_informative(blocks: &[Block]) -> bool {
    let long: Vec<&Block> = blocks.iter().filter(|b| b.chars >= 140).collect();
    if long.is_empty() {
        return true;
    }
    let dense = long.iter().filter(|b| b.stop_density >= 0.10).count();
    dense * 3 >= long.len()
}

fn link_density(b: &Block) -> f32 {
    b.link_chars as f32 / b.chars.max(1) as f32
}

fn classify_one(b: &Block, function_words_known: bool) -> Class {
    let (chars, link_density) = (b.chars, link_density(b));
    let stamp = chars < 120 && super::metadata::date_stamp(&b.text).is_some();
    if stamp || is_boilerplate_line(&b.text) || is_legal_line(&b.text) {
        return Class::Bad;
    }
    if link_density > 0.5 {
        // A sentence of the article with a link in it is still the article's.
        // Outside an `<article>` too, unless it opens with its link (a teaser's headline).
        return if (b.in_article || !b.opens_with_link) && link_density < 0.8 && is_prose(b) {
            Class::Short
        } else {
            Class::Bad
        };
    }
    if link_density > 0.2 {
        // A sentence with a link in it ("was re-opened <a>earlier this year</a>") is
        // judged by its neighbours, in an article or not.
        return if b.in_article || (is_prose(b) && !b.opens_with_link) {
            Class::Short
        } else {
            Class::Bad
        };
    }
    if chars < 70 {
        return Class::Short;
    }
    if !function_words_known {
        return if chars > 140 && has_sentence_punctuation(&b.text) {
            Class::Good
        } else {
            Class::NearGood
        };
    }
    // Thresholds measured on Polish prose (KPWr paragraphs: 10th percentile of function-word
    // density 0.20, median 0.30); menus and link lists sit near 0.
    let stop = b.stop_density;
    if stop >= 0.20 && chars > 140 {
        Class::Good
    } else if stop >= 0.05 || (b.in_article && chars > 100) {
        Class::NearGood
    } else {
        Class::Bad
    }
}

fn has_sentence_punctuation(text: &str) -> bool {
    text.contains(['.', '!', '?', '。', '！', '？', '।', '؟'])
}

/// Listings, collections and product grids are made of links: when no block reads as
/// prose, keep the article/main region (or the whole page) minus lines that are clearly
/// furniture, rather than nothing.
fn fallback(blocks: &[Block]) -> Vec<&Block> {
    let has_article = blocks.iter().any(|b| b.in_article);
    blocks
        .iter()
        .filter(|b| b.in_article || !has_article)
        .filter(|b| !is_boilerplate_line(&b.text) && !is_legal_line(&b.text))
        .collect()
}

/// Listings, category pages and product grids: the content is a run of links with short
/// blurbs, which the prose classifier drops. When what was kept is a small part of the
/// page's main region (the deepest element holding half the text that is not furniture),
/// the region's lines are the content, with what was kept outside it.
fn listing<'a>(doc: &Html, blocks: &'a [Block], chosen: &[&'a Block]) -> Option<Vec<&'a Block>> {
    let total: usize = blocks.iter().map(|b| b.chars).sum();
    let kept: usize = chosen.iter().map(|b| b.chars).sum();
    // Two paragraphs of prose in a row are an article, however long the feed beside it.
    let article = chosen.windows(2).any(|w| is_prose(w[0]) && is_prose(w[1]));
    if article || kept * 2 >= total {
        return None;
    }
    let (region, region_chars) = main_region(doc, blocks, total)?;
    if kept * 2 >= region_chars {
        return None;
    }
    let within: HashSet<NodeId> = doc
        .tree
        .get(region)?
        .descendants()
        .map(|n| n.id())
        .collect();
    let inside = |b: &Block| b.node.is_some_and(|id| within.contains(&id));
    // A sidebar of categories beside a short article is not the listing: the listing
    // holds what little text was kept.
    let kept_inside: usize = chosen.iter().filter(|b| inside(b)).map(|b| b.chars).sum();
    let paragraphs_outside: usize = chosen
        .iter()
        .filter(|b| !inside(b) && b.chars >= 100)
        .map(|b| b.chars)
        .sum();
    if paragraphs_outside >= 200 && kept_inside * 2 < kept {
        return None;
    }
    let kept_ptrs: HashSet<*const Block> = chosen.iter().map(|b| *b as *const Block).collect();
    let picked = blocks.iter().filter(|b| {
        kept_ptrs.contains(&(*b as *const Block))
            || (inside(b) && !is_boilerplate_line(&b.text) && !is_legal_line(&b.text))
    });
    Some(picked.collect())
}

/// The deepest element below `<body>` holding at least half of the blocks' text, and
/// how much it holds: one walk over the tree, summing each element's blocks on close.
fn main_region(doc: &Html, blocks: &[Block], total: usize) -> Option<(NodeId, usize)> {
    let mut own: HashMap<NodeId, usize> = HashMap::new();
    for b in blocks {
        if let Some(id) = b.node {
            *own.entry(id).or_default() += b.chars;
        }
    }
    let mut stack: Vec<usize> = Vec::new();
    let mut best: Option<(NodeId, usize)> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) if node.value().is_element() => stack.push(0),
            Edge::Close(node) if node.value().is_element() => {
                let held = stack.pop().unwrap_or(0) + own.get(&node.id()).copied().unwrap_or(0);
                if let Some(parent) = stack.last_mut() {
                    *parent += held;
                }
                // Children close before their parents: the first element to reach half
                // is the deepest, unless a later, smaller one does (a sibling tie).
                if held * 2 >= total && best.is_none_or(|(_, n)| held < n) {
                    best = Some((node.id(), held));
                }
            }
            _ => {}
        }
    }
    // An element holding all the text is the whole page under another name: nothing in
    // it is told apart from the rest.
    best.filter(|(_, chars)| *chars < total)
}

/// Copyright lines and similar site-wide legal text.
fn is_legal_line(text: &str) -> bool {
    if text.len() >= 800 || text.chars().count() >= 200 {
        return false;
    }
    let l = text.to_lowercase();
    l.contains('©') || l.starts_with("copyright") || l.contains("wszelkie prawa zastrzeżone")
}

/// Keeps good blocks and resolves uncertain ones from their nearest certain neighbours.
/// When the page marks an article container with good text, stays inside it.
fn choose<'a>(blocks: &'a [Block], classes: &[Class]) -> Vec<&'a Block> {
    // Short announcements may have no paragraph long enough to be "good"; then the
    // near-good ones are the best the page has.
    let promoted: Vec<Class>;
    let classes = if classes.contains(&Class::Good) {
        classes
    } else {
        promoted = classes
            .iter()
            .map(|c| {
                if *c == Class::NearGood {
                    Class::Good
                } else {
                    *c
                }
            })
            .collect();
        &promoted
    };
    let article_has_good = blocks
        .iter()
        .zip(classes)
        .any(|(b, c)| b.in_article && *c == Class::Good);
    let main = main_containers(blocks, classes);
    let mut resolved = resolve_context(blocks, classes);
    keep_posts_shaped_like_kept_ones(blocks, classes, &mut resolved);
    keep_teaser_headlines(blocks, classes, &mut resolved);
    let related = after_related_heading(blocks, classes, &resolved);
    blocks
        .iter()
        .zip(classes)
        .zip(resolved)
        .zip(related)
        .filter(|(_, related)| !related)
        .map(|(pair, _)| pair)
        .filter(|((b, class), keep)| {
            if article_has_good {
                // The page marked its article: trust it, dropping only what is clearly not text.
                let in_main = main
                    .as_ref()
                    .is_none_or(|m| b.container.is_some_and(|c| m.contains(&c)));
                b.in_article && in_main && (*keep || **class != Class::Bad)
            } else {
                *keep
            }
        })
        .map(|((b, _), _)| b)
        .collect()
}

/// A short post or comment ("Dziękuję, przyjdziemy w poniedziałek.") sits between the
/// author and profile lines that cut it off from the text; it has the same element path
/// as a post that was kept for its length, so it is a post too.
fn keep_posts_shaped_like_kept_ones(blocks: &[Block], classes: &[Class], keep: &mut [bool]) {
    let kept: HashSet<u64> = blocks
        .iter()
        .zip(classes)
        .zip(keep.iter())
        .filter(|((_, c), k)| **c == Class::Good && **k)
        .map(|((b, _), _)| b.shape)
        .collect();
    for ((b, c), k) in blocks.iter().zip(classes).zip(keep.iter_mut()) {
        let sentence_like = b.chars >= 20 && b.stop_density >= 0.15 && link_density(b) < 0.2;
        if *c != Class::Bad && !b.heading && sentence_like && kept.contains(&b.shape) {
            *k = true;
        }
    }
}

/// A list of news teasers ("Aktualności"): each kept blurb is titled by a linked heading,
/// with its date between them. The linked heading reads as a link line, but on a page
/// with two or more such pairs it is the teaser's title, and it stays with its date.
fn keep_teaser_headlines(blocks: &[Block], classes: &[Class], keep: &mut [bool]) {
    let mut titled: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if !b.heading || b.chars >= 200 || link_density(b) <= 0.5 || keep[i] {
            continue;
        }
        // The blurb follows, after at most two short lines (a date, a category).
        let blurb = (i + 1..blocks.len().min(i + 4))
            .find(|&j| !(classes[j] == Class::Short && blocks[j].chars < 40 && !blocks[j].heading));
        if let Some(j) = blurb.filter(|&j| keep[j] && blocks[j].chars >= 80 && !blocks[j].heading) {
            titled.push(i..j);
        }
    }
    if titled.len() >= 2 {
        for range in titled {
            keep[range].iter_mut().for_each(|k| *k = true);
        }
    }
}

/// When the page has several article containers (a story followed by a feed of teasers,
/// each in its own `<article>`), the one holding most of the good text, if it holds
/// more than half of it. A listing of equal items has no such container and keeps them all.
/// A thread whose posts are each an `<article>` (Invision) keeps every container whose good
/// text has the element path of the best one's.
fn main_containers(blocks: &[Block], classes: &[Class]) -> Option<HashSet<NodeId>> {
    let mut good: HashMap<NodeId, usize> = HashMap::new();
    for (b, c) in blocks.iter().zip(classes) {
        if let (Some(id), Class::Good) = (b.container, c) {
            *good.entry(id).or_default() += b.chars;
        }
    }
    let total: usize = good.values().sum();
    let (id, best) = good.into_iter().max_by_key(|(_, n)| *n)?;
    if best * 2 <= total {
        return None;
    }
    let good_blocks = || {
        blocks
            .iter()
            .zip(classes)
            .filter(|(_, c)| **c == Class::Good)
            .map(|(b, _)| b)
    };
    let shapes: HashSet<u64> = good_blocks()
        .filter(|b| b.container == Some(id))
        .map(|b| b.shape)
        .collect();
    // The best container's own good blocks have its shapes, so it is among them.
    let main = good_blocks()
        .filter(|b| shapes.contains(&b.shape))
        .filter_map(|b| b.container)
        .collect();
    Some(main)
}

/// After kept text, a "Zobacz także" / "Most read" heading opens a list of other pages:
/// it and what follows are marked, unless long prose resumes (the article went on).
fn after_related_heading(blocks: &[Block], classes: &[Class], keep: &[bool]) -> Vec<bool> {
    let mut kept_chars = 0;
    let mut stopped = false;
    let mut related = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        // A "More stories" link under each teaser is not a section heading, and a product
        // page may put "You may also like" above its description.
        if kept_chars >= 500 && link_density(b) < 0.5 && is_related_heading(&b.text) {
            stopped = true;
        } else if stopped
            && ((classes[i] == Class::Good && b.chars >= 400)
                || (is_prose(b) && blocks.get(i + 1).is_some_and(is_prose)))
        {
            // The list was a box inside the article: two sentences in a row resume it
            // (teasers alternate a headline and a blurb).
            stopped = false;
        }
        related.push(stopped);
        if keep[i] && !stopped {
            kept_chars += b.chars;
        }
    }
    related
}

/// A block that reads as sentences: long enough, ends like a sentence, has function words.
fn is_prose(b: &Block) -> bool {
    b.chars >= 80 && b.stop_density >= 0.2 && b.text.trim_end().ends_with(['.', '!', '?', '"', '”'])
}

fn resolve_context(blocks: &[Block], classes: &[Class]) -> Vec<bool> {
    let n = classes.len();
    let near = |i: usize, dir: isize| -> Option<Class> {
        let mut j = i as isize + dir;
        while j >= 0 && (j as usize) < n {
            match classes[j as usize] {
                Class::Good => return Some(Class::Good),
                // A lone link line inside the text ("How likely is a conviction?") does
                // not cut the paragraphs around it apart.
                Class::Bad
                    if blocks[j as usize].chars < 50 && link_density(&blocks[j as usize]) > 0.5 =>
                {
                    j += dir
                }
                Class::Bad => return Some(Class::Bad),
                _ => j += dir,
            }
        }
        None
    };
    (0..n)
        .map(|i| match classes[i] {
            Class::Good => true,
            Class::Bad => false,
            Class::NearGood => near(i, -1) == Some(Class::Good) || near(i, 1) == Some(Class::Good),
            Class::Short => {
                let (prev, next) = (near(i, -1), near(i, 1));
                let heading_before_good = blocks[i].heading && next == Some(Class::Good);
                match (prev, next) {
                    (Some(Class::Good), Some(Class::Good)) => true,
                    // A closing sentence right after the text ("Zapraszamy!") is content.
                    (Some(Class::Good), _) if is_sentence(&blocks[i].text) => true,
                    (Some(Class::Good), _) | (_, Some(Class::Good)) => {
                        // Between good and bad text: side with a near-good neighbour.
                        neighbour_is_near_good(classes, i) || heading_before_good
                    }
                    _ => heading_before_good,
                }
            }
        })
        .collect()
}

fn is_sentence(text: &str) -> bool {
    text.split_whitespace().count() >= 4 && text.trim_end().ends_with(['.', '!', '?'])
}

fn neighbour_is_near_good(classes: &[Class], i: usize) -> bool {
    let prev = classes[..i].iter().rev().find(|c| **c != Class::Short);
    let next = classes[i + 1..].iter().find(|c| **c != Class::Short);
    prev == Some(&Class::NearGood) || next == Some(&Class::NearGood)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>Noc Bibliotek w Szebniach</title></head><body>
      <div id="cookie-bar">Ta strona używa plików cookies. <button>Akceptuję</button></div>
      <nav><ul><li><a href="/">Strona główna</a></li><li><a href="/k">Katalog</a></li></ul></nav>
      <div class="font-size">A A A</div>
      <article><h1>Noc Bibliotek w Szebniach</h1>
      <p>W sobotę 6 czerwca 2015 r. biblioteka w Szebniach po raz pierwszy wzięła udział w ogólnopolskiej
      akcji Noc Bibliotek. Na uczestników czekały gry planszowe, zagadki literackie oraz nocne
      czytanie bajek, które prowadzili wolontariusze z miejscowego gimnazjum.</p>
      <p>Dziękujemy wszystkim, którzy przyszli i pomogli.</p>
      <p>Zapraszamy za rok, bo na pewno się spotkamy w tym samym miejscu, o tej samej porze i z tymi samymi książkami.</p>
      <p><a href="/druk">Drukuj</a> <a href="/fb">Udostępnij</a></p></article>
      <footer>Gminna Biblioteka Publiczna, ul. Szkolna 1 © 2015</footer></body></html>"#;

    #[test]
    fn a_short_post_shaped_like_the_long_ones_is_kept() {
        let post = |n: u32, class: &str, body: &str| {
            format!(
                "<div class=\"post {class}\"><p class=\"author\">przez <a href=\"/u\">czytelnik{n}</a> \
                 » pt lip 03, 2015</p><div class=\"content\">{body}</div>\
                 <dl><dt><a href=\"/u\">czytelnik{n}</a></dt><dd>Posty: 14</dd></dl></div>"
            )
        };
        let page = format!(
            "<html><body><h2>Godziny otwarcia</h2>{}{}{}<p><a href=\"/\">Powrót do forum</a></p></body></html>",
            post(1, "bg2", "Witam, czy ktoś wie, jak będzie czynna biblioteka w Szebniach w lipcu? \
                 Na drzwiach wisi kartka, ale nie zdążyłam jej przeczytać, a na stronie nic nie ma."),
            post(2, "bg1", "Dzień dobry, w lipcu biblioteka jest czynna od poniedziałku do piątku \
                 w godzinach od ósmej do piętnastej, a filia tylko we wtorki i w czwartki."),
            post(3, "bg2", "Dziękuję za odpowiedź! Przyjdziemy w poniedziałek."),
        );
        let text = main_text(&Html::parse_document(&page), "Godziny otwarcia");
        assert!(text.ends_with("Przyjdziemy w poniedziałek."), "{text}");
        assert!(!text.contains("Posty"), "{text}");
    }

    #[test]
    fn an_authors_profile_closing_the_story_is_dropped_but_not_a_listings_item_or_a_guest() {
        let story = "<p>W sobotę w czytelni biblioteki w Szebniach odbyło się spotkanie z \
            podróżnikiem, który opowiadał o wyprawie przez Syberię i pokazywał zdjęcia.</p>\
            <p>Anna Kot to nasza stała czytelniczka; przyszła z całą rodziną i zadała wiele \
            pytań o życie w tajdze, o mrozy i o ludzi, których spotkał po drodze.</p>";
        let page = |closing: &str| {
            format!("<html><body><article><h1>Spotkanie</h1>{story}<p>{closing}</p></article></body></html>")
        };
        let bio = "Anna Kot is a freelance writer living in Kraków.";
        let text = main_text(&Html::parse_document(&page(bio)), "Spotkanie");
        assert!(text.ends_with("po drodze."), "{text}");
        // The guest's profile closing a Polish announcement is the announcement's.
        let guest = "Jan Nowak jest dziennikarzem i autorem dwóch książek o Syberii.";
        let text = main_text(&Html::parse_document(&page(guest)), "Spotkanie");
        assert!(text.ends_with("o Syberii."), "{text}");
        // An item of a list of podcasts reads like a profile but has none of its words.
        let item = "This Mobile Life is a podcast about being mobile by living in the cloud.";
        let text = main_text(&Html::parse_document(&page(item)), "Spotkanie");
        assert!(text.ends_with("in the cloud."), "{text}");
        assert!(is_closing_profile(
            "Dallas Robinson is a freelance writer living in Minneapolis"
        ));
        assert!(!is_closing_profile(
            "Carlineo is a convicted felon and possessed a loaded handgun."
        ));
    }

    #[test]
    fn a_thread_of_posts_each_in_an_article_keeps_them_all() {
        let post = |body: &str| {
            format!(
                "<article class=\"cPost\"><aside>kronikarz</aside><div class=\"content\">\
                 <p>{body}</p></div><ul><li><a href=\"#\">Cytuj</a></li></ul></article>"
            )
        };
        let page = format!(
            "<html><body><main><h1>Zbiory po powodzi</h1><div>Odpowiedzi w tym temacie: 1</div>{}{}\
             <div><h2>Dołącz do dyskusji</h2><p>Możesz dodać odpowiedź teraz.</p></div></main></body></html>",
            post("Dwadzieścia lat temu woda zalała parter biblioteki. Czy ktoś wie, co stało się \
                  z kolekcją starych kalendarzy i gazet z okresu przedwojennego?"),
            post("Tak, kalendarze i roczniki gazet pojechały do Wrocławia, gdzie suszono je \
                  metodą próżniową, a potem wróciły do działu regionalnego biblioteki.")
        );
        let text = main_text(&Html::parse_document(&page), "Zbiory po powodzi");
        assert!(text.starts_with("Dwadzieścia lat"), "{text}");
        assert!(text.ends_with("biblioteki."), "{text}");
    }

    #[test]
    fn a_table_layouts_footer_row_leaves_the_text() {
        let page = "<html><body><table><tr><td>» Strona główna</td></tr><tr><td>\
            <b>Przegląd Teatrzyków 2011</b><br>12 maja 2011 r. w sali ośrodka kultury \
            wystąpiło siedem grup teatralnych z przedszkoli i szkół podstawowych gminy.<br><br>\
            Nagrody ufundował wójt gminy oraz bank spółdzielczy, a dzieci dostały książki.\
            <br><br><i>Danuta Kowal</i></td></tr><tr><td>Gminna Biblioteka Publiczna, ul. \
            Strażacka 2, 26-070 Łopuszno, tel. 41 391 40 25<br>Strona optymalizowana dla \
            rozdzielczości 800x600</td></tr></table></body></html>";
        let text = main_text(&Html::parse_document(page), "Biblioteka");
        assert!(text.ends_with("Danuta Kowal"), "{text}");
    }

    #[test]
    fn an_ad_slot_inside_the_story_is_dropped() {
        let page = "<html><body><article><h1>Nowa siedziba</h1>\
            <p>Biblioteka w Łapanowie przeprowadziła się do odnowionego budynku dawnej szkoły \
            przy ulicy Krakowskiej, na co czytelnicy czekali od sześciu lat.</p>\
            <div class=\"adslot inline\"><span>REKLAMA</span><div class=\"ad-inner\">Kredyt \
            gotówkowy bez zaświadczeń. Sprawdź!</div></div>\
            <p>W nowej siedzibie działa też filia ośrodka kultury, a czytelnia ma prawie sto \
            metrów kwadratowych i osobny kącik dla najmłodszych.</p></article></body></html>";
        let text = main_text(&Html::parse_document(page), "Nowa siedziba");
        assert!(!text.contains("Kredyt"), "{text}");
        assert!(text.contains("kącik dla najmłodszych"), "{text}");
        // Words that hold "ad" are no ad: "header", "download", "loading".
        assert!(!crate::cleaning::boilerplate::is_furniture_name(
            "download-link"
        ));
        assert!(crate::cleaning::boilerplate::is_furniture_name("inline-ad"));
    }

    #[test]
    fn an_opening_heading_heads_the_title_with_a_section_around_it() {
        let title = "Opinion | Is Football Violence a Crime?";
        assert!(heads_title("Is Football  Violence a Crime?", title));
        assert!(heads_title(
            "Spotkanie autorskie w bibliotece",
            "Spotkanie autorskie w bibliotece - GBP Jasło"
        ));
        // Breadcrumb titles use the separators metadata knows, "»" among them.
        assert!(heads_title(
            "Spotkanie autorskie w bibliotece",
            "Aktualności » Spotkanie autorskie w bibliotece"
        ));
        // A short heading is only the title when it is all of it.
        assert!(!heads_title("Aktualności", "Aktualności | GBP w Jaśle"));
        assert!(!heads_title(
            "Spotkanie w bibliotece",
            "Spotkanie w bibliotece i wystawa prac dzieci z trzech szkół gminy"
        ));
    }

    #[test]
    fn a_sentence_mostly_of_link_text_is_kept_between_paragraphs_outside_an_article() {
        let page = "<html><body><div class=\"main\"><h1>Wizyta w Szebniach</h1>\
            <p>W piątek do biblioteki w Szebniach przyjechali bibliotekarze z trzech gmin \
            powiatu, żeby zobaczyć, jak działa nowa pracownia komputerowa dla seniorów.</p>\
            <p>Goście obejrzeli też <a href=\"/wystawa\">wystawę zdjęć z dawnych dożynek i \
            festynów w gminie Jasło oraz kronikę</a> w czytelni biblioteki.</p>\
            <p>Na koniec kierowniczka filii opowiedziała o planach na przyszły rok i zaprosiła \
            wszystkich na jesienne spotkania z lokalnymi autorami i regionalistami.</p>\
            </div></body></html>";
        let text = main_text(&Html::parse_document(page), "Wizyta w Szebniach");
        assert!(text.contains("Goście obejrzeli też wystawę"), "{text}");
    }

    #[test]
    fn a_lead_the_body_opens_with_again_is_kept_once() {
        let lead = "W środę filia biblioteki w Żeglcach zaprasza dzieci na warsztaty pieczenia.";
        let page = format!(
            "<html><body><div class=\"article\"><h1>Warsztaty</h1><p><strong>{lead}</strong></p>\
            <p>{lead} Zajęcia poprowadzą panie z koła gospodyń, a dzieci upieką własne bułki \
            i dowiedzą się, jak wyglądała praca w piekarni sto lat temu.</p></div></body></html>"
        );
        let text = main_text(&Html::parse_document(&page), "Warsztaty");
        assert_eq!(text.matches(lead).count(), 1, "{text}");
    }

    #[test]
    fn a_table_row_is_one_line_and_a_table_one_block() {
        let page = "<html><body><article><h1>Dni Patrona</h1>\
            <p>Zapraszamy na obchody Dni Patrona biblioteki, które odbędą się w piątek w sali \
            widowiskowej domu kultury. Program spotkania przedstawiamy poniżej.</p><table>\
            <tr><th>Godzina</th><th>Punkt programu</th></tr>\
            <tr><td>10.00</td><td>Otwarcie i powitanie gości</td></tr>\
            <tr><td>10.30</td><td>Wykład o historii biblioteki</td></tr></table>\
            <p>Wstęp wolny dla wszystkich zainteresowanych mieszkańców gminy i okolic.</p>\
            </article></body></html>";
        let text = main_text(&Html::parse_document(page), "Dni Patrona");
        assert!(
            text.contains(
                "\n\nGodzina\tPunkt programu\n10.00\tOtwarcie i powitanie gości\n\
                 10.30\tWykład o historii biblioteki\n\nWstęp wolny"
            ),
            "{text}"
        );
    }

    #[test]
    fn a_record_card_table_is_dropped_with_its_values() {
        let page = "<html><body><div id=\"content\"><h1>Nabór</h1>\
            <p>Dyrektor biblioteki ogłasza nabór na stanowisko bibliotekarza w filii. Dokumenty \
            należy składać w sekretariacie do końca miesiąca, osobiście lub pocztą.</p>\
            <ul><li>obywatelstwo polskie,</li><li>wykształcenie średnie,</li>\
            <li>znajomość obsługi komputera.</li></ul><table><tr><td>Wytworzył:</td><td>Zofia Janusz</td><td>Data publikacji:</td>\
            <td>30.06.2016 12:41</td></tr><tr><td>Liczba wyświetleń: 312</td></tr></table>\
            <p>Drukuj | Rejestr zmian | Powrót</p></div></body></html>";
        let doc = Html::parse_document(page);
        // Listing pages keep every block of their main region: the values must not be blocks.
        let blocks: Vec<String> = flatten(&doc).into_iter().map(|b| b.text).collect();
        assert!(
            !blocks.iter().any(|b| b.contains("Zofia Janusz")),
            "{blocks:?}"
        );
        let text = main_text(&doc, "Nabór");
        assert!(text.starts_with("Dyrektor biblioteki"), "{text}");
        for gone in ["Zofia Janusz", "30.06.2016", "Wytworzył", "312", "Drukuj"] {
            assert!(!text.contains(gone), "{gone} in {text}");
        }
    }

    #[test]
    fn keeps_article_drops_furniture() {
        let doc = Html::parse_document(PAGE);
        let text = main_text(&doc, "Noc Bibliotek w Szebniach");
        assert!(text.starts_with("W sobotę 6 czerwca 2015 r."), "{text}");
        assert!(text.contains("Dziękujemy wszystkim"), "{text}");
        assert!(text.contains("tymi samymi książkami."), "{text}");
        for junk in [
            "cookies",
            "Katalog",
            "A A A",
            "Drukuj",
            "ul. Szkolna",
            "Noc Bibliotek w Szebniach",
        ] {
            assert!(!text.contains(junk), "{junk} in {text}");
        }
        assert!(text.contains("\n\n"), "paragraph breaks survive");
    }

    #[test]
    fn a_byline_row_above_the_story_in_one_block_is_dropped() {
        let doc = Html::parse_document(
            "<div class=\"col\"><small><b>05/10/2018</b> - Opublikowano przez: Anna Nowak - \
             Kategoria: <a>Wydarzenia</a> - Tagi: <a>spotkania</a></small><br><br>\
             Gminna Biblioteka Publiczna w Jaśle zaprasza na spotkanie z pisarzem, które \
             odbędzie się w czytelni. Wstęp wolny, zapraszamy wszystkich mieszkańców.<br>\
             29 listopada 2018 | 20 stycznia 2019</div>",
        );
        let text = main_text(&doc, "");
        assert!(text.starts_with("Gminna Biblioteka"), "{text}");
        // Dates alone are the story's.
        assert!(
            text.ends_with("29 listopada 2018 | 20 stycznia 2019"),
            "{text}"
        );
    }

    #[test]
    fn a_sentence_with_links_between_paragraphs_is_kept_but_a_teaser_is_not() {
        let para = "Biblioteka w Szebniach od lat prowadzi zajęcia dla dzieci i dorosłych, a \
                    w tym roku przygotowała także spotkania z autorami, warsztaty i wystawy.";
        let doc = Html::parse_document(&format!(
            "<div><p>{para}</p>\
             <p>Sprawą zajęła się <a>Gminna Biblioteka Publiczna w Jaśle</a> oraz jej filia \
             w Osobnicy, która w tym roku obchodzi jubileusz.</p>\
             <p>Na spotkania przychodzą całe rodziny, a dzieci chętnie biorą udział w \
             konkursach i zabawach, które przygotowują dla nich bibliotekarki.</p>\
             <p><a>Wystawa prac plastycznych w Osobnicy</a> Zapraszamy na wystawę prac \
             dzieci do sali na piętrze.</p></div>"
        ));
        let text = main_text(&doc, "");
        assert!(text.contains("Sprawą zajęła się"), "{text}");
        assert!(!text.contains("Wystawa prac"), "{text}");
    }

    #[test]
    fn label_and_value_in_sibling_elements_are_two_words() {
        let doc = Html::parse_document(
            "<p><span>Wydawca</span><span>Ossolineum</span>, Bi<b>blio</b>teka Narodowa</p>",
        );
        assert_eq!(
            flatten(&doc)[0].text,
            "Wydawca Ossolineum, Biblioteka Narodowa"
        );
    }

    #[test]
    fn words_split_by_inline_tags_stay_whole() {
        let doc =
            Html::parse_document("<p>Bi<b>blio</b>teka i <i>czytelnia</i> w <a>Jaśle</a>.</p>");
        let blocks = flatten(&doc);
        assert_eq!(blocks[0].text, "Biblioteka i czytelnia w Jaśle.");
    }

    #[test]
    fn content_only_in_noscript_is_read() {
        let page = "<html><body><div id=app></div><noscript><div class=post><p>Pierwszy post na forum: \
                    biblioteka w Szebniach jest otwarta we wtorki i czwartki, a w soboty tylko do południa, \
                    więc warto sprawdzić godziny przed wizytą.</p></div></noscript></body></html>";
        let text = main_text(&Html::parse_document(page), "");
        assert!(text.starts_with("Pierwszy post na forum"), "{text:?}");
    }

    #[test]
    fn page_builder_widgets_are_not_furniture() {
        let page = "<html><body><div class='elementor-widget elementor-widget-text-editor'><p>Biblioteka \
                    zaprasza na spotkanie z autorką książek dla dzieci, które odbędzie się w czytelni, \
                    a po nim na warsztaty plastyczne dla najmłodszych czytelników.</p></div>\
                    <aside class='widget-area'><section class='widget widget_recent_entries'>\
                    <a href=/a>Ostatni wpis</a></section></aside></body></html>";
        let text = main_text(&Html::parse_document(page), "");
        assert!(text.starts_with("Biblioteka zaprasza"), "{text:?}");
        assert!(!text.contains("Ostatni wpis"));
    }

    #[test]
    fn forum_posts_are_content_but_news_comments_are_not() {
        let posts: String = [
            "Wpis 1: w naszej bibliotece w Szebniach spotkania klubu książki odbywają się \
             w każdy czwartek, a po nich dyskutujemy o tym, co przeczytaliśmy.",
            "Wpis 2: czy ktoś wie, do której godziny jest otwarta filia w Osobnicy \
             w soboty, bo chciałbym oddać książki przed wyjazdem na wakacje?",
            "Wpis 3: filia jest czynna w soboty do południa, a w wakacje zmieniają się \
             godziny, więc najlepiej zadzwonić wcześniej i zapytać bibliotekarkę.",
        ]
        .iter()
        .map(|p| format!("<article class='ipsComment'><p>{p}</p></article>"))
        .collect();
        let forum = format!("<html><body><div id='comments'>{posts}</div></body></html>");
        let text = main_text(&Html::parse_document(&forum), "");
        assert!(
            text.contains("Wpis 1") && text.contains("Wpis 3"),
            "{text:?}"
        );
        let news = format!(
            "<html><body><div class='entry-content'><p>Biblioteka ogłasza konkurs \
             fotograficzny dla mieszkańców gminy, a prace można składać do końca miesiąca \
             w czytelni.</p></div><div id='comments'>{posts}</div></body></html>"
        );
        let text = main_text(&Html::parse_document(&news), "");
        assert!(
            text.starts_with("Biblioteka ogłasza") && !text.contains("Wpis"),
            "{text:?}"
        );
        // A thread opened by a story in its own <article> (two paragraphs, so not read as
        // a listing): the replies are the thread too.
        let thread = format!(
            "<html><body><article><h1>Klub książki w Szebniach</h1><p>Zapraszamy do \
             rozmowy o spotkaniach klubu, które od jesieni odbywają się w nowej czytelni \
             biblioteki w Szebniach, i o tym, co chcielibyście przeczytać.</p><p>Piszcie \
             też, które godziny spotkań wam odpowiadają, a na zebraniu w grudniu ustalimy \
             nowy plan na cały rok.</p></article>\
             <div id='comments'>{replies}{replies}</div></body></html>",
            replies = posts.replace("article", "div")
        );
        let text = main_text(&Html::parse_document(&thread), "");
        assert!(
            text.contains("Zapraszamy do rozmowy") && text.contains("Wpis 3"),
            "{text:?}"
        );
    }

    #[test]
    fn a_signature_stays_but_a_record_card_goes() {
        let story = "<p>Biblioteka w Lubeni obsłużyła w 2013 roku 1245 czytelników, a jej \
            księgozbiór liczył 38 412 woluminów. Zorganizowano też 14 lekcji.</p>";
        let signed = format!(
            "<html><body><article>{story}<p>Sporządziła: Anna Kot, dyrektor</p></article></body></html>"
        );
        let text = main_text(&Html::parse_document(&signed), "");
        assert!(
            text.ends_with("Sporządziła: Anna Kot, dyrektor"),
            "{text:?}"
        );
        let card = format!(
            "<html><body><article>{story}<p>Sporządziła: Anna Kot</p>\
             <p>Data wytworzenia: 2014-01-15</p><p>Opublikował: Jan Wilk</p></article></body></html>"
        );
        let text = main_text(&Html::parse_document(&card), "");
        assert!(text.ends_with("14 lekcji."), "{text:?}");
    }

    #[test]
    fn an_old_table_layout_broken_by_br() {
        let page = "<html><body><table><tr><td class='menu'><a href='/'>Strona główna</a><br>\
            <a href='/h'>Historia</a></td><td><b>Spotkanie autorskie</b><br>\
            <i>dodano: 14.11.2008</i><br><br>W czwartek w czytelni biblioteki odbędzie się \
            spotkanie z pisarzem, który opowie o swojej najnowszej powieści.<br><br>\
            Po spotkaniu będzie można kupić książki i otrzymać autograf pisarza.<br><br>\
            <a href='/a'>&laquo; powrót</a></td></tr></table></body></html>";
        let text = main_text(&Html::parse_document(page), "");
        assert_eq!(
            text,
            "Spotkanie autorskie\n\nW czwartek w czytelni biblioteki odbędzie się spotkanie \
             z pisarzem, który opowie o swojej najnowszej powieści.\n\nPo spotkaniu będzie \
             można kupić książki i otrzymać autograf pisarza."
        );
    }

    #[test]
    fn a_heading_over_a_dropped_section_goes_with_it() {
        let page = "<html><body><article><h1>Konkurs plastyczny</h1>\
            <p>Biblioteka zaprasza dzieci z gminy do udziału w konkursie plastycznym, a prace \
            przyjmujemy w czytelni do końca kwietnia.</p>\
            <h3>Załączniki</h3><ul><li><a href='/r.pdf'>Regulamin (PDF, 120 KB)</a></li>\
            <li><a href='/k.doc'>Karta zgłoszenia (DOC, 30 KB)</a></li></ul>\
            <h3>Nagrody</h3><p>Laureaci otrzymają książki i zestawy farb ufundowane przez \
            radę gminy, a wszyscy uczestnicy dyplomy.</p></article></body></html>";
        let text = main_text(&Html::parse_document(page), "");
        assert!(!text.contains("Załączniki"), "{text:?}");
        assert!(
            text.contains("Nagrody") && text.contains("Laureaci"),
            "{text:?}"
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(50_000) + "tekst" + &"</div>".repeat(50_000);
        let doc = Html::parse_document(&html);
        let _ = main_text(&doc, "");
    }

    #[test]
    fn a_listing_of_links_is_the_content() {
        let items: String = (1..=8)
            .map(|i| {
                format!(
                    "<div class=\"item\"><h3><a href=\"/n{i}\">Spotkanie autorskie numer {i} w filii</a></h3>\
                     <span>{i}.03.2014</span></div>"
                )
            })
            .collect();
        let page = format!(
            "<html><body><nav><a href=\"/\">Start</a> <a href=\"/k\">Kontakt</a></nav>\
             <h1>Aktualności</h1><div class=\"posts\">{items}</div>\
             <footer>Biblioteka Publiczna, ul. Szkolna 1</footer></body></html>"
        );
        let text = main_text(&Html::parse_document(&page), "");
        assert!(
            text.contains("Spotkanie autorskie numer 1 w filii"),
            "{text}"
        );
        assert!(
            text.contains("Spotkanie autorskie numer 8 w filii"),
            "{text}"
        );
        assert!(!text.contains("Kontakt"), "{text}");
    }

    #[test]
    fn teasers_keep_their_linked_titles_and_dates() {
        let teaser = |title: &str, date: &str, blurb: &str| {
            format!(
                "<div class=\"item\"><h2><a href=\"/n\">{title}</a></h2><p>{date}</p>\
                 <p>{blurb}</p><a href=\"/n\">Czytaj więcej</a></div>"
            )
        };
        let page = format!(
            "<html><body><ul class=\"menu\"><li><a href=\"/\">Start</a></li></ul><h1>Aktualności</h1>{}{}\
             <div class=\"pagination\"><a href=\"?p=2\">2</a></div></body></html>",
            teaser(
                "Noc Bibliotek w Dębowcu",
                "12.06.2016",
                "W sobotę po raz drugi wzięliśmy udział w akcji Noc Bibliotek. Na uczestników czekały \
                 gry planszowe, seans filmowy i nocne czytanie bajek dla dzieci i dorosłych."
            ),
            teaser(
                "Filia w Łajscach nieczynna",
                "18.05.2016",
                "Informujemy, że w dniach 23-27 maja 2016 r. filia w Łajscach będzie nieczynna z \
                 powodu remontu. Zapraszamy w tym czasie do biblioteki w Dębowcu."
            )
        );
        let text = main_text(&Html::parse_document(&page), "");
        for line in [
            "Noc Bibliotek w Dębowcu",
            "12.06.2016",
            "Filia w Łajscach nieczynna",
        ] {
            assert!(text.contains(line), "{line}: {text}");
        }
        assert!(!text.contains("Czytaj więcej"), "{text}");
    }

    #[test]
    fn a_ticker_of_cut_off_teasers_goes_whole_even_where_its_blurbs_are_long() {
        let item = |title: &str, blurb: &str| {
            format!("<li><a href=\"/n\">{title}</a> <span>{blurb}…</span></li>")
        };
        let short = "Zapraszamy wszystkich mieszkańców na spotkanie, które odbędzie się w sali";
        let long = "Zapraszamy wszystkich mieszkańców gminy na spotkanie autorskie, które \
                    odbędzie się w sali widowiskowej domu kultury, a po nim na kiermasz książek \
                    i kawę z ciastem przygotowanym przez panie z koła gospodyń";
        let ticker: String = [
            item("Spotkanie z autorem kryminałów w czytelni", short),
            item("Wystawa fotografii dawnego Dębowca i okolic", long),
            item("Zmiana godzin otwarcia filii w Łajscach", short),
            item("Konkurs recytatorski dla uczniów szkół", short),
            item("Warsztaty komputerowe dla seniorów w bibliotece", long),
            item("Zbiórka książek dla szpitala dziecięcego", short),
        ]
        .concat();
        let story = "<p>W sobotę po raz drugi wzięliśmy udział w akcji Noc Bibliotek. Na \
                     uczestników czekały gry planszowe, seans filmowy i nocne czytanie bajek \
                     dla dzieci i dorosłych, a o północy wszyscy wyszli na dziedziniec.</p>";
        let page = format!(
            "<html><body><div class=\"ticker\"><ul>{ticker}</ul></div>{story}{story}</body></html>"
        );
        let text = main_text(&Html::parse_document(&page), "");
        assert!(text.contains("Noc Bibliotek"), "{text}");
        assert!(!text.contains("Wystawa fotografii"), "{text}");
        assert!(!text.contains("Warsztaty komputerowe"), "{text}");
    }

    #[test]
    fn the_side_column_of_a_table_layout_is_furniture_but_not_the_text_column() {
        // A Joomla 1.x page: menu, article and the opening hours in three cells.
        let page = |main_class: &str| {
            format!(
                "<html><body>\
             <table width=\"100%\"><tr><td class=\"left\" width=\"200\"><a href=\"/\">Start</a><br><a href=\"/historia\">Historia</a><br><a href=\"/filie\">Filie</a><br><a href=\"/galeria\">Galeria</a></td>\
             <td class=\"{main_class}\">\
             <div class=\"componentheading\">Aktualności</div>\
             <table class=\"contentpaneopen\"><tr><td class=\"contentheading\">Dzień Głośnego Czytania w filii w Sieklówce</td><td class=\"buttonheading\"><a href=\"/print\">Drukuj</a></td></tr>\
             <tr><td class=\"createdate\">poniedziałek, 29 września 2014 11:20</td></tr>\
             <tr><td>\
             <p>29 września w Filii Bibliotecznej w Sieklówce Dolnej obchodziliśmy Dzień Głośnego Czytania. Fragmenty „Akademii pana Kleksa” czytali zaproszeni goście: ks. proboszcz Stanisław Mucha, sołtys Sieklówki Dolnej pan Józef Kubala oraz radna Rady Miejskiej w Kołaczycach pani Helena Bielecka.</p>\
             <p>W spotkaniu uczestniczyły dzieci z Przedszkola Samorządowego w Kołaczycach i uczniowie Szkoły Podstawowej w Sieklówce Górnej wraz z opiekunami. Na zakończenie każdy otrzymał pamiątkowy dyplom i słodki upominek ufundowany przez Radę Rodziców.</p>\
             <p>Akcja była częścią ogólnopolskiej kampanii „Cała Polska czyta dzieciom”. Następne spotkanie zaplanowano na 15 października (środa) o godz. 16:30 w Miejsko-Gminnej Bibliotece Publicznej w Kołaczycach przy ul. Rynek 2.</p>\
             <p>Tekst: Maria Cetnarska<br>Zdjęcia: archiwum biblioteki</p>\
             </td></tr></table>\
             <span class=\"article_separator\">&nbsp;</span>\
             </td><td class=\"right\" width=\"180\"><h3>Godziny otwarcia</h3><p>pon.-pt. 9.00-17.00<br>sob. 9.00-13.00</p><h3>Licznik odwiedzin</h3><p>Odwiedziło nas: 123456 osób</p></td></tr></table></body></html>"
            )
        };
        let text = main_text(&Html::parse_document(&page("main")), "");
        assert!(text.contains("Radę Rodziców"), "{text}");
        assert!(!text.contains("Godziny otwarcia"), "{text}");
        assert!(!text.contains("Odwiedziło nas"), "{text}");
        // The text's own column keeps its text whatever it is called.
        let text = main_text(&Html::parse_document(&page("left")), "");
        assert!(text.contains("Dzień Głośnego Czytania"), "{text}");
        // "copyright" holds "right" but names no column.
        assert!(!names_side_column("copyright"));
        assert!(names_side_column("kolumna prawa"));
    }

    #[test]
    fn elements_hidden_by_a_class_go_unless_they_hold_prose_or_show_on_large_screens() {
        let story = "<p>W sobotę po raz drugi wzięliśmy udział w akcji Noc Bibliotek. Na \
                     uczestników czekały gry planszowe, seans filmowy i nocne czytanie bajek \
                     dla dzieci i dorosłych, a o północy wszyscy wyszli na dziedziniec.</p>";
        let page = format!(
            "<html><body><article>{story}\
             <span class=\"hidden\"><span>http://biblioteka.pl/foto.jpg</span> <span>540</span></span>\
             <div class=\"accordion hidden\"><p>Regulamin akcji: w nocnym czytaniu mogą wziąć \
             udział dzieci od lat siedmiu, które przyjdą z rodzicem lub opiekunem.</p></div>\
             <div class=\"hidden md:block\">Czytelnia: 9.00–17.00</div>\
             </article></body></html>"
        );
        let text = main_text(&Html::parse_document(&page), "");
        assert!(!text.contains("foto.jpg"), "{text}");
        assert!(text.contains("Regulamin akcji"), "{text}");
        assert!(text.contains("Czytelnia: 9.00–17.00"), "{text}");
    }

    #[test]
    fn a_wordpress_single_post_drops_the_other_posts_shown_with_it() {
        let post = |id: u32, text: &str| {
            format!(
                "<article class=\"post-{id} post type-post status-publish\"><p>{text}</p></article>"
            )
        };
        let story = "W sobotę po raz drugi wzięliśmy udział w akcji Noc Bibliotek. Na uczestników \
                     czekały gry planszowe, seans filmowy i nocne czytanie bajek dla dzieci.";
        let other = "Zapraszamy na spotkanie autorskie z podróżnikiem, który opowie o swojej \
                     wyprawie rowerem przez Azję i pokaże zdjęcia z drogi, a potem będzie \
                     podpisywał swoje książki.";
        let other2 = "Biblioteka będzie nieczynna w piątek z powodu inwentaryzacji zbiorów, za \
                      co przepraszamy wszystkich czytelników i zapraszamy w poniedziałek od \
                      samego rana do późnego wieczora.";
        let other3 = "Podczas ferii zimowych zapraszamy dzieci na warsztaty plastyczne i \
                      czytelnicze, które odbędą się w czytelni w każdy wtorek i czwartek o \
                      dziesiątej, a w piątki na seans bajek.";
        let page = |body_class: &str| {
            format!(
                "<html><body class=\"{body_class}\">{}{}{}{}</body></html>",
                post(1806, story),
                post(7816, other),
                post(7817, other2),
                post(7818, other3),
            )
        };
        let text = main_text(&Html::parse_document(&page("single postid-1806")), "");
        assert!(text.contains("Noc Bibliotek"), "{text}");
        assert!(!text.contains("podróżnikiem"), "{text}");
        // The page's own post, and a "post-" class that is no WordPress post, stay.
        assert!(!is_other_post(Some("post-1806 type-post"), "1806"));
        assert!(!is_other_post(Some("post-2 box"), "1806"));
        assert!(is_other_post(Some("post-7816 hentry"), "1806"));
    }

    #[test]
    fn a_category_sidebar_beside_a_short_story_is_not_a_listing() {
        let categories: String = (1..=40)
            .map(|i| format!("<li><a href=\"/c{i}\">Kategoria numer {i}</a></li>"))
            .collect();
        let story = "Burmistrz otworzył wczoraj nową czytelnię, a dzieci z przedszkola \
                     przygotowały krótkie przedstawienie o przygodach misia z lasu. Czytelnia \
                     będzie otwarta od poniedziałku do piątku, a w soboty odbywać się w niej \
                     będą zajęcia dla najmłodszych i spotkania klubu dyskusyjnego dorosłych.";
        let page = format!(
            "<html><body><div class=\"story\"><p>{story}</p></div>\
             <div class=\"col\"><ul>{categories}</ul></div></body></html>"
        );
        let text = main_text(&Html::parse_document(&page), "");
        assert!(text.contains("nową czytelnię"), "{text}");
        assert!(!text.contains("Kategoria numer 7"), "{text}");
    }
}
