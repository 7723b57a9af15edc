//! Shows how the HTML cleaner sees a page: every text block with its class and features.
//!
//!     cargo run --release --example explain_blocks -- page.html

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: explain_blocks PAGE.html");
        std::process::exit(2);
    };
    let page = match archiwum::sources::load(std::path::Path::new(&path)) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let doc = scraper::Html::parse_document(&page.content);
    for line in archiwum::cleaning::html::explain(&doc) {
        println!("{line}");
    }
}
