#!/usr/bin/env python3
"""Regenerates corpus/ from tools/corpus_texts.py (texts written by the archiwum authors).

    python3 tools/make_corpus.py

Writes one page per announcement in its site's shape (WordPress-like, Joomla-like, hand-made
municipal page, or a plain-text dump like ../shared/seeds), the legacy-encoding variants, the
deliberately bad files (truncated HTML, empty, binary), corpus/expected.json (what the pipeline
should find, used by the integration tests) and corpus/README.md.
"""
import html
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_texts import DOCS, TRUNCATED  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"]


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def words_date(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


def esc(s):
    return html.escape(s, quote=True)


def paras_html(doc):
    return "\n".join(f"<p>{esc(p)}</p>" for p in doc["paras"])


COOKIE = ("Ta strona używa plików cookies w celu świadczenia usług na najwyższym poziomie. "
          "Dalsze korzystanie ze strony oznacza, że zgadzasz się na ich użycie zgodnie z polityką prywatności.")


def wp(doc, charset="utf-8"):
    site = esc(doc["site"])
    return f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="{charset}">
<title>{esc(doc['title'])} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{esc(doc['title'])}">
<meta property="article:published_time" content="{doc['date']}T09:30:00+01:00">
<link rel="stylesheet" href="/wp-content/themes/biblioteka/style.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="post-template-default single">
<div id="cookie-notice" class="cookie-bar"><span>{COOKIE}</span> <a href="#" class="button">Akceptuję</a></div>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="/">{site}</a></p><p class="site-description">Czytamy razem od lat</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li><a href="/">Strona główna</a></li><li><a href="/aktualnosci/">Aktualności</a></li><li><a href="/katalog/">Katalog online</a></li>
    <li><a href="/o-nas/">O bibliotece</a></li><li><a href="/filie/">Filie</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish hentry">
  <header class="entry-header"><h1 class="entry-title">{esc(doc['title'])}</h1>
  <div class="entry-meta"><span class="posted-on">Opublikowano <time class="entry-date published" datetime="{doc['date']}T09:30:00+01:00">{words_date(doc['date'])}</time></span> <span class="byline">przez <a href="/author/admin/">admin</a></span></div></header>
  <div class="entry-content">
{paras_html(doc)}
  </div>
  <footer class="entry-footer"><span class="cat-links">Kategoria: <a href="/kategoria/aktualnosci/">Aktualności</a></span>
  <div class="sharedaddy sd-sharing"><h3>Udostępnij:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Drukuj</a></li></ul></div></footer>
</article>
<nav class="navigation post-navigation"><a href="/poprzedni/" rel="prev">Poprzedni wpis</a> <a href="/nastepny/" rel="next">Następny wpis</a></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3>Dodaj komentarz</h3>
<form action="/wp-comments-post.php" method="post"><p>Twój adres e-mail nie zostanie opublikowany.</p><textarea name="comment"></textarea><input type="submit" value="Opublikuj komentarz"></form></div></div>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_search"><form><input type="search" placeholder="Szukaj"></form></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Ostatnie wpisy</h2><ul>
    <li><a href="/a/">Zmiana godzin otwarcia w okresie świątecznym</a></li><li><a href="/b/">Nowości w naszym księgozbiorze</a></li><li><a href="/c/">Zapisy na warsztaty dla dzieci</a></li></ul></section>
  <section class="widget widget_calendar"><h2 class="widget-title">Kalendarz</h2><table><tr><td>1</td><td>2</td><td>3</td></tr></table></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{site}, ul. Szkolna 2 · tel. 13 440 00 00 · © Wszelkie prawa zastrzeżone</div></footer>
</body>
</html>
"""


def joomla(doc, charset="utf-8"):
    site = esc(doc["site"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl-pl" lang="pl-pl">
<head>
<meta http-equiv="content-type" content="text/html; charset={charset}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(doc['title'])} - {site}</title>
<link href="/templates/biblioteka/css/template.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="top"><div class="logo"><a href="/index.php">{site}</a></div>
<div class="moduletable fontsize"><a href="#" title="Mniejsza czcionka">A-</a> <a href="#">A</a> <a href="#" title="Większa czcionka">A+</a></div>
<div class="moduletable wcag"><a href="#">Wersja kontrastowa</a></div></div>
<div id="menu"><ul class="menu"><li class="item-101"><a href="/index.php">Start</a></li><li class="item-102"><a href="/index.php/aktualnosci">Aktualności</a></li>
<li class="item-103"><a href="/index.php/historia">Historia biblioteki</a></li><li class="item-104"><a href="/index.php/filie">Filie biblioteczne</a></li>
<li class="item-105"><a href="/index.php/regulamin">Regulamin</a></li><li class="item-106"><a href="/index.php/kontakt">Kontakt</a></li></ul></div>
<div class="breadcrumbs"><a href="/" class="pathway">Start</a> » <a href="/index.php/aktualnosci" class="pathway">Aktualności</a> » <span>{esc(doc['title'])}</span></div>
<div id="main">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(doc['title'])}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Szczegóły</dt>
<dd class="published"><time datetime="{doc['date']}T10:00:00+00:00" itemprop="datePublished">Opublikowano: {dmy(doc['date'])}</time></dd>
<dd class="hits">Odsłony: 214</dd></dl>
<div class="btn-group pull-right"><a href="#">Drukuj</a> <a href="#">E-mail</a></div>
<div itemprop="articleBody">
{paras_html(doc)}
</div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Wstecz</a></li><li class="next"><a href="#" rel="next">Dalej &gt;</a></li></ul>
</div>
</div>
<div id="right"><div class="moduletable"><h3>Godziny otwarcia</h3><p>pon.–pt. 8.00–16.00</p></div>
<div class="moduletable"><h3>Polecamy</h3><ul><li><a href="#">Katalog on-line</a></li><li><a href="#">Biblioteka cyfrowa</a></li></ul></div></div>
<div id="footer">Copyright © {site}. Wszelkie prawa zastrzeżone. <a href="#">Polityka prywatności</a></div>
<div id="cookieNotice" style="position:fixed;bottom:0">Strona korzysta z plików cookie. Korzystając ze strony wyrażasz zgodę na ich używanie. <button>Rozumiem</button></div>
</div>
</body>
</html>
"""


NOMINATIVE_MONTHS = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
                     "wrzesień", "październik", "listopad", "grudzień"]
WEEKDAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]


def joomla_stamp(iso):
    """Joomla 2.5's own stamp: "środa, 12, marzec 2014 09:41" (weekday, nominative month)."""
    import datetime
    d = datetime.date.fromisoformat(iso)
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d}, {NOMINATIVE_MONTHS[d.month - 1]} {d.year} 09:41"


def joomla3(doc, charset="utf-8"):
    """An older Joomla template: the site's name is a heading too, the title is a linked
    heading, and the stamp has no <time> element."""
    site = esc(doc["site"])
    return f"""<!DOCTYPE html>
<html lang="pl-pl" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset={charset}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(doc['title'])} - {site}</title>
</head>
<body>
<a href="#tresc" class="skip">Przejdź do treści</a>
<div id="top"><div class="fontsize">Rozmiar czcionki: <a href="#">A</a> <a href="#">A+</a> <a href="#">A++</a></div>
<a href="#">Wersja kontrastowa</a></div>
<div id="header"><h2>{site}</h2><p>{esc(doc['address'])}</p></div>
<div id="menu"><ul class="menu"><li><a href="/">Strona główna</a></li><li><a href="/o-nas">O bibliotece</a></li><li><a href="/aktualnosci">Aktualności</a></li>
<li><a href="/katalog">Katalog online</a></li><li><a href="/filie">Filie</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>
<div id="main">
<div class="breadcrumbs">Jesteś tutaj: <a href="/">Strona główna</a> » <a href="/aktualnosci">Aktualności</a> » {esc(doc['title'])}</div>
<div class="item-page" id="tresc">
<h2><a href="/aktualnosci/112">{esc(doc['title'])}</a></h2>
<ul class="actions"><li class="print-icon"><a href="#">Drukuj</a></li><li class="email-icon"><a href="#">E-mail</a></li></ul>
<dl class="article-info"><dt class="article-info-term">Szczegóły</dt>
<dd class="category-name">Kategoria: <a href="/aktualnosci">Aktualności</a></dd>
<dd class="published">Opublikowano: {joomla_stamp(doc['date'])}</dd>
<dd class="createdby">Napisane przez Administrator</dd>
<dd class="hits">Odsłony: 412</dd></dl>
{paras_html(doc)}
<p style="text-align: right;">{esc(doc['sign'])}</p>
<ul class="pager pagenav"><li class="previous"><a href="#">&lt; Poprzedni</a></li><li class="next"><a href="#">Następny &gt;</a></li></ul>
</div>
</div>
<div id="right"><div class="moduletable"><h3>Kalendarz</h3><table><tr><td>Pn</td><td>Wt</td><td>Śr</td><td>Cz</td><td>Pt</td><td>So</td><td>N</td></tr>
<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr></table></div>
<div class="moduletable"><h3>Godziny otwarcia</h3><p>poniedziałek - piątek: 8.00 - 18.00<br/>sobota: 8.00 - 14.00</p></div>
<div class="moduletable"><h3>Odwiedziło nas</h3><p>Dzisiaj: 45<br/>Wszystkich: 123456</p></div></div>
<div id="footer"><p>© {doc['date'][:4]} {site}. Wszelkie prawa zastrzeżone.</p><p><a href="#">Deklaracja dostępności</a> | <a href="#">Polityka prywatności</a> | <a href="/bip">BIP</a></p></div>
<div id="cookie">Ta strona używa plików cookies. Korzystając ze strony wyrażasz zgodę na ich używanie. <a href="#">Zamknij</a></div>
</body></html>
"""


def bip(doc, charset="utf-8"):
    """A Biuletyn Informacji Publicznej page: the notice with a list of requirements, the
    record card ("metryczka") as a table of label and value cells, no date stamp above the
    text, and the print/changes/back buttons in one row."""
    site = esc(doc["site"])
    items = "".join(f"<li>{esc(i)}</li>" for i in doc["items"])
    made = doc.get("made", doc["date"])
    return f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="{charset}">
<title>{esc(doc['title'])} - BIP {site}</title>
</head>
<body>
<div id="top"><a href="/">Biuletyn Informacji Publicznej</a> <a href="#tresc">Przejdź do treści</a> <a href="#">Wersja kontrastowa</a> <a href="#">A</a> <a href="#">A+</a> <a href="#">A++</a></div>
<div id="menu"><ul><li><a href="/o-bibliotece">O bibliotece</a></li><li><a href="/statut">Statut</a></li><li><a href="/nabory">Nabór na stanowiska</a></li>
<li><a href="/zamowienia">Zamówienia publiczne</a></li><li><a href="/rodo">Ochrona danych osobowych</a></li><li><a href="/deklaracja">Deklaracja dostępności</a></li></ul></div>
<div id="path">Jesteś tutaj: <a href="/">Strona główna</a> » <a href="/nabory">Nabór na stanowiska</a> » {esc(doc['title'])}</div>
<div id="tresc">
<h1>{esc(doc['title'])}</h1>
<p>{esc(doc['paras'][0])}</p>
<p><strong>{esc(doc['list_title'])}</strong></p>
<ul>{items}</ul>
{chr(10).join(f"<p>{esc(p)}</p>" for p in doc['paras'][1:])}
<p>{esc(doc['sign'])}</p>
<table class="metryczka">
<tr><td>Wytworzył:</td><td>{esc(doc['made_by'])}</td><td>Data wytworzenia:</td><td>{dmy(made)}</td></tr>
<tr><td>Opublikował:</td><td>{esc(doc['published_by'])}</td><td>Data publikacji:</td><td>{dmy(doc['date'])} 12:41</td></tr>
<tr><td>Zmodyfikował:</td><td>{esc(doc['published_by'])}</td><td>Data modyfikacji:</td><td>{dmy(doc['modified'])} 08:15</td></tr>
<tr><td colspan="4">Liczba wyświetleń: 312</td></tr>
</table>
<div class="narzedzia"><a href="#">Drukuj</a> | <a href="#">Rejestr zmian</a> | <a href="#">Powrót</a></div>
</div>
<div id="stopka">{site}, {esc(doc['address'])}. Redaktor BIP: {esc(doc['published_by'])}.</div>
</body></html>
"""


def gmina(doc, charset="utf-8", declare=True):
    site = esc(doc["site"])
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if declare else ""
    return f"""<html>
<head>
{meta}
<title>{site} - Biblioteka - {esc(doc['title'])}</title>
<style>td.menu a {{ color: #003366 }}</style>
</head>
<body bgcolor="#ffffff">
<div class="rodo-info">Informujemy, że strona wykorzystuje pliki cookies. Możesz zmienić ustawienia swojej przeglądarki. <a href="#">Zamknij</a></div>
<table width="960" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/img/herb.gif" alt="Herb gminy"> <b>{site}</b> – oficjalny serwis internetowy</td></tr>
<tr><td colspan="2" class="czcionka">Rozmiar tekstu: <a href="#">A</a> <a href="#">A</a> <a href="#">A</a></td></tr>
<tr>
<td width="200" valign="top" class="menu">
<a href="/">Strona główna</a><br><a href="/urzad">Urząd Gminy</a><br><a href="/rada">Rada Gminy</a><br><a href="/ogloszenia">Ogłoszenia</a><br>
<a href="/biblioteka">Biblioteka</a><br><a href="/szkoly">Szkoły</a><br><a href="/bip">BIP</a><br><a href="/kontakt">Kontakt</a>
</td>
<td valign="top">
<h3>{esc(doc['title'])}</h3>
<font size="1">Dodano: {dmy(doc['date'])}</font>
{paras_html(doc)}
<p><a href="javascript:history.back()">« Powrót</a> | <a href="javascript:window.print()">Drukuj</a></p>
</td></tr>
<tr><td colspan="2" align="center"><small>{site} · ul. Rynek 1 · tel. 13 440 10 10 · godziny pracy urzędu: pon.–pt. 7.30–15.30</small></td></tr>
</table>
</body>
</html>
"""


def dump(doc):
    lead = doc.get("lead", "")
    body = "".join(doc["paras"])  # crawlers glue paragraphs; the cleaner repairs "zdanie.Zdanie"
    return (f"{doc['title']}\n\nDodano: {dmy(doc['date'])}\nA A A\n{lead}\n\n\n{body}\n\n"
            f"{doc.get('sign', '')}\n\n\nCookies\n\n"
            "Ta strona korzysta z cookies, które instalowane są w Twojej przeglądarce, "
            "więcej informacji w Polityce Prywatności\n")


RENDER = {"wp": wp, "joomla": joomla, "joomla3": joomla3, "gmina": gmina, "bip": bip}


def write(name, data):
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write(data)


def main():
    os.makedirs(ROOT, exist_ok=True)
    expected = {}
    for doc in DOCS:
        enc = doc.get("encoding", "utf-8")
        if doc["shape"] == "dump":
            name, text = doc["stem"] + ".txt", dump(doc)
        elif doc["shape"] == "gmina":
            name, text = doc["stem"] + ".html", gmina(doc, enc, doc.get("declare", True))
        else:
            name, text = doc["stem"] + ".html", RENDER[doc["shape"]](doc, enc)
        write(name, text.encode(enc, "xmlcharrefreplace"))
        expected[name] = dict(title=doc["title"], published=doc["date"], shape=doc["shape"], encoding=enc,
                              declared=doc.get("declare", True), **doc["expect"])
    page = wp(TRUNCATED)
    cut = page.index("Zapraszamy w każdy") + len("Zapraszamy w każdy poniedziałek o godz. 15.30.</p>\n  </di")
    write(TRUNCATED["stem"] + ".html", page[:cut].encode("utf-8"))
    expected[TRUNCATED["stem"] + ".html"] = dict(title=TRUNCATED["title"], published=TRUNCATED["date"], shape="truncated",
                                                 encoding="utf-8", declared=True, **TRUNCATED["expect"])
    write("broken-pusty-plik.html", b"")
    # A scanned poster saved under a page name by a crawler: PNG signature, then binary noise.
    write("broken-plakat-skan.html", b"\x89PNG\r\n\x1a\n" + bytes((i * 37 + 11) % 256 for i in range(2048)))
    with open(os.path.join(ROOT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    write_readme(expected)


def write_readme(expected):
    lines = ["# The bundled corpus", "",
             "Announcements of Polish gmina libraries, 2008–2025, written by the archiwum authors for this",
             "project (the places and institution types are real, the events and people are invented).",
             "Regenerate with `python3 tools/make_corpus.py` (texts in `tools/corpus_texts.py`).", "",
             "Shapes: `wp` WordPress-like blog (cookie bar, menu, sidebar widgets, share buttons, comment form),",
             "`joomla` Joomla-like portal (\"A- A A+\" font widget, breadcrumbs, hits counter, cookie notice),",
             "`joomla3` older Joomla template (the site's name as a heading, the title as a linked heading,",
             "\"Opublikowano: środa, 12, marzec 2014 09:41\" with no `<time>`, calendar and visitor-counter modules),",
             "`bip` Biuletyn Informacji Publicznej page (a list of requirements, the record card \"Wytworzył:\" |",
             "\"Data publikacji:\" as a table of cells, \"Drukuj | Rejestr zmian | Powrót\", no stamp above the text),",
             "`gmina` hand-made municipal page (table layout, link menu, \"A A A\", RODO banner, \"Dodano:\" stamp, footer),",
             "`dump` plain text shaped like `../shared/seeds` (title, \"Dodano:\", \"A A A\", lead repeated in the body,",
             "glued sentences, signature, \"Cookies\" and the cookie sentence).", "",
             "`expected.json` lists what the pipeline should find in each file; the integration tests read it.", "",
             "| file | shape | encoding | published | places | organizations | persons | dates |",
             "|---|---|---|---|---|---|---|---|"]
    for name, e in sorted(expected.items()):
        enc = e["encoding"] + ("" if e["declared"] else " (undeclared)")
        lines.append(f"| {name} | {e['shape']} | {enc} | {e['published']} | {', '.join(e['places'])} | "
                     f"{'; '.join(e['orgs'])} | {', '.join(e['persons'])} | {', '.join(e['dates'])} |")
    lines += ["| broken-pusty-plik.html | empty | – | – | skipped with a message: the file is empty |||||",
              "| broken-plakat-skan.html | binary (PNG bytes) | – | – | skipped with a message: looks binary |||||", ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
