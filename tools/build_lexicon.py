#!/usr/bin/env python3
"""Regenerates the Polish lexicon in data/lexicon/ from SGJP (via the morfeusz2 package).

    python3 tools/build_lexicon.py          # then: cargo run --release --example build_lexicon_fst
    python3 tools/build_lexicon.py --guesser-only   # only the guesser, from target/ intermediates

Sources (fetched from the package registries into a temporary directory):
- morfeusz2 (PyPI): the SGJP dictionary (BSD-2-Clause, see data/lexicon/LICENSE.sgjp); its
  generator gives every form of a lemma with its tag and qualifiers (imię, nazwisko,
  nazwa_geograficzna, ...). All lexicon data comes from here.
- polish-inflection-data (PyPI, SGJP-derived, BSD-2-Clause): the list of noun lemmas and of
  adjective bases, used only as lemmas to ask the generator about.
- hunspell-pl (Debian): the stems of pl_PL.dic, used only as more lemmas to ask about
  (verbs, adverbs, ...). Nothing of hunspell is stored; a stem SGJP does not know gives nothing.

Output: the intermediates target/lexicon-forms.tsv.gz (lower-case form TAB analyses) and
target/lexicon-guesser.tsv (suffix TAB analysis), and in data/lexicon/: rules.txt (one lemma
rule per line: cut|append|case[|strip]) and LICENSE.sgjp. The example build_lexicon_fst turns the
intermediates into data/lexicon/forms.fst and guesser.fst, the maps the binary embeds. Also prints the
guesser's accuracy on 5% of lemmas held out of its training.
"""
import collections
import glob
import gzip
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "lexicon")

CLASSES = {"common": 0, "first_name": 1, "surname": 2, "place": 3, "organization": 4, "proper": 5}


def fetch(tmp):
    """Installs the packages into tmp and returns (morfeusz module dir, lemma candidates)."""
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", tmp,
                    "morfeusz2", "polish-inflection-data", "marisa-trie"], check=True)
    sys.path.insert(0, tmp)
    import marisa_trie  # noqa: E402
    import polish_inflection_data  # noqa: E402
    data = str(polish_inflection_data.KATALOG)
    lemmas = set()
    odmien = marisa_trie.BytesTrie()
    odmien.load(os.path.join(data, "odmien.marisa"))
    for key in odmien.iterkeys():
        lemmas.add(key.split("\t", 1)[0])
    adjectives = marisa_trie.Trie()
    adjectives.load(os.path.join(data, "przymiotniki.marisa"))
    bases = adjectives.keys()
    lemmas.update(bases)
    # Adverbs are lemmas of their own in SGJP; the generator confirms which of these exist
    # (szczególny → szczególnie, rzeczywisty → rzeczywiście, łatwy → łatwo).
    for a in bases:
        stem = a[:-1]
        lemmas.update([stem + "o", stem + "ie", stem + "e"])
        for hard, soft in (("st", "ście"), ("t", "cie"), ("ł", "le"), ("r", "rze"), ("d", "dzie")):
            if stem.endswith(hard):
                lemmas.add(stem[: -len(hard)] + soft)
    deb_dir = os.path.join(tmp, "deb")
    os.makedirs(deb_dir, exist_ok=True)
    subprocess.run(["apt-get", "download", "hunspell-pl"], cwd=deb_dir, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deb = glob.glob(os.path.join(deb_dir, "hunspell-pl*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, deb_dir], check=True)
    dic = os.path.join(deb_dir, "usr", "share", "hunspell", "pl_PL.dic")
    with open(dic, encoding="iso-8859-2") as fh:  # the .aff says SET ISO8859-2
        next(fh)
        for line in fh:
            stem = line.split("/", 1)[0].strip()
            if stem:
                lemmas.add(stem)
    return sorted(lemmas)


def word_classes(qualifiers):
    """Every class an SGJP entry's qualifiers give it: one entry can be both a place and a
    surname (Moskwa:Sf is "nazwa_geograficzna, nazwisko"), and both readings must be kept."""
    q = set(qualifiers)
    out = []
    if "imię" in q:
        out.append("first_name")
    if "nazwa_geograficzna" in q:
        out.append("place")
    if "nazwisko" in q:
        out.append("surname")
    if "nazwa_organizacji" in q:
        out.append("organization")
    if not out and q & {"nazwa_własna", "nazwa_rzeczy", "nazwa_przedmiotu", "nazwa_wydarzenia"}:
        out.append("proper")
    return out or ["common"]


# Negated participles and gerunds ("nieczytającego" -> czytać) and superlatives
# ("najżmudniejszych" -> żmudny) put a prefix before the lemma's stem: a rule that can only cut
# the end would have to spell the whole lemma, which no other word shares.
PREFIXES = ("nienaj", "nie", "naj")


def prefix_class(form):
    """The prefix a lower-case form starts with ("" for none): the guesser keeps one suffix
    table per prefix, because only there a rule may drop it."""
    return next((p for p in PREFIXES if form.startswith(p)), "")


def common_prefix(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    return p


def rule(form, lemma):
    """How to get the lemma from the lower-case form: cut the end, append, the lemma's case,
    and (when the form has a prefix the lemma lacks) how many characters to drop in front."""
    f, l = form.lower(), lemma.lower()
    strip, p = 0, common_prefix(f, l)
    pre = prefix_class(f)
    if pre and not l.startswith(pre):
        q = common_prefix(f[len(pre):], l)
        if q > p:
            strip, p = len(pre), q
    case = "u" if len(lemma) > 1 and lemma.isupper() else ("t" if lemma[:1].isupper() else "l")
    text = f"{len(f) - strip - p}|{l[p:]}|{case}"
    return f"{text}|{strip}" if strip else text


def main():
    with tempfile.TemporaryDirectory() as tmp:
        candidates = fetch(tmp)
        import morfeusz2  # noqa: E402
        gen = morfeusz2.Morfeusz(expand_tags=False, generate=True, analyse=False)
        print(f"{len(candidates)} lemma candidates", file=sys.stderr)
        forms = collections.defaultdict(collections.Counter)  # form -> Counter[(lemma, class)]
        known = 0
        for n, cand in enumerate(candidates):
            try:
                generated = gen.generate(cand)
            except Exception:  # unknown lemma
                continue
            # An unknown lemma comes back as itself with the tag "ign": not a word of SGJP.
            generated = [g for g in generated if g[2] != "ign"]
            if generated:
                known += 1
            for form, lemma, tag, quals, _ in generated:
                lemma = lemma.split(":", 1)[0]
                if not form or not lemma or " " in form:
                    continue
                for cls in word_classes(quals):
                    forms[form.lower()][(lemma, cls)] += 1
            if n % 50000 == 0:
                print(f"  {n}/{len(candidates)}: {len(forms)} forms", file=sys.stderr)
        copyright_text = gen.dict_copyright()
    print(f"{known} lemmas known to SGJP, {len(forms)} distinct forms", file=sys.stderr)

    rules = {}
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(os.path.join(ROOT, "target"), exist_ok=True)
    with gzip.open(os.path.join(ROOT, "target", "lexicon-forms.tsv.gz"), "wt", encoding="utf-8") as out:
        for form in sorted(forms, key=lambda s: s.encode("utf-8")):
            analyses = []
            for (lemma, cls), _ in forms[form].most_common(4):
                r = rules.setdefault(rule(form, lemma), len(rules))
                analyses.append(f"{r}:{CLASSES[cls]}")
            out.write(f"{form}\t{' '.join(analyses)}\n")
    with open(os.path.join(OUT, "rules.txt"), "w", encoding="utf-8") as out:
        for r, _ in sorted(rules.items(), key=lambda kv: kv[1]):
            out.write(r + "\n")
    with open(os.path.join(OUT, "LICENSE.sgjp"), "w", encoding="utf-8") as out:
        out.write(copyright_text)
    print(f"{len(rules)} lemma rules", file=sys.stderr)
    build_guesser(
        ((form, c.most_common(1)[0][0][0], c.most_common(1)[0][0][1]) for form, c in forms.items()),
        rules,
    )


MAX_SUFFIX = 8  # keep in step with LONGEST_SUFFIX in src/polish/lexicon.rs


def guesser_table(pairs, max_suffix=MAX_SUFFIX, min_count=2):
    """Longest-suffix rules: suffix of a lower-case form -> (rule, class).

    Forms vote for how the lemma is made (cut and append); the case marker and the class
    only break ties afterwards, so "-ach" forms of common nouns and of place names vote
    together instead of splitting their votes."""
    votes = collections.defaultdict(collections.Counter)
    detail = collections.defaultdict(collections.Counter)
    for form, r, cls in pairs:
        parts = r.split("|")
        stem_rule = "|".join(parts[:2] + parts[3:])
        pre = prefix_class(form)
        for k in range(1, min(max_suffix, len(form) - 1) + 1):
            key = guesser_key(pre, form[-k:])
            votes[key][stem_rule] += 1
            detail[(key, stem_rule)][(r, cls)] += 1
    table = {}
    for suffix, c in votes.items():
        best, n = c.most_common(1)[0]
        if n >= min_count:
            table[suffix] = detail[(suffix, best)].most_common(1)[0][0]
    return table


def guesser_key(prefix, suffix):
    """A prefixed form's suffixes are keyed apart ("nie>ającego"); ">" is in no word."""
    return f"{prefix}>{suffix}" if prefix else suffix


def guess(table, form, max_suffix=MAX_SUFFIX):
    for pre in dict.fromkeys((prefix_class(form), "")):
        for k in range(min(max_suffix, len(form) - 1), 0, -1):
            hit = table.get(guesser_key(pre, form[-k:]))
            if hit:
                return hit
    return None


def apply_rule(form, r):
    cut, append, case, *strip = r.split("|")
    form = form[int(strip[0]):] if strip else form
    stem = form[: len(form) - int(cut)] + append
    return stem.upper() if case == "u" else (stem[:1].upper() + stem[1:] if case == "t" else stem)


def build_guesser(first_readings, rules):
    """first_readings: (lower-case form, lemma, class) of each form's main reading."""
    by_lemma = collections.defaultdict(list)
    for form, lemma, cls in first_readings:
        by_lemma[lemma].append((form, rule(form, lemma), cls))
    lemmas = sorted(by_lemma)
    random.Random(7).shuffle(lemmas)
    held = set(lemmas[: len(lemmas) // 20])
    train = [(f, r, c) for l in lemmas if l not in held for f, r, c in by_lemma[l]]
    table = guesser_table(train)
    right = total = 0
    for l in held:
        for form, r, _ in by_lemma[l]:
            total += 1
            g = guess(table, form)
            right += g is not None and apply_rule(form, g[0]).lower() == l.lower()
    print(f"guesser, 5% of lemmas held out: {right}/{total} forms get the right lemma "
          f"({right / max(total, 1):.3f})", file=sys.stderr)
    # What ships is trained the same way, on every lemma.
    full = guesser_table([(f, r, c) for l in lemmas for f, r, c in by_lemma[l]])
    with open(os.path.join(ROOT, "target", "lexicon-guesser.tsv"), "w", encoding="utf-8") as out:
        for suffix in sorted(full, key=lambda s: s.encode("utf-8")):
            r, cls = full[suffix]
            ident = rules.setdefault(r, len(rules))
            out.write(f"{suffix}\t{ident}:{CLASSES[cls]}\n")
    # The guesser may need rules no known form uses (new ones are appended, so the ids
    # forms.fst holds stay valid).
    with open(os.path.join(OUT, "rules.txt"), "w", encoding="utf-8") as out:
        for r, _ in sorted(rules.items(), key=lambda kv: kv[1]):
            out.write(r + "\n")


def guesser_only():
    """Rebuilds target/lexicon-guesser.tsv from target/lexicon-forms.tsv.gz and rules.txt,
    without asking the generator again."""
    with open(os.path.join(OUT, "rules.txt"), encoding="utf-8") as fh:
        texts = [line.rstrip("\n") for line in fh]
    rules = {r: i for i, r in enumerate(texts)}
    names = {v: k for k, v in CLASSES.items()}
    readings = []
    with gzip.open(os.path.join(ROOT, "target", "lexicon-forms.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            form, analyses = line.rstrip("\n").split("\t")
            r, cls = analyses.split()[0].split(":")
            readings.append((form, apply_rule(form, texts[int(r)]), names[int(cls)]))
    build_guesser(readings, rules)


if __name__ == "__main__":
    if sys.argv[1:] == ["--guesser-only"]:
        guesser_only()
    else:
        main()
