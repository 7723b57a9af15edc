#!/usr/bin/env python3
"""Entities on library announcements: exact-span F1 and lemma accuracy.

The gold is `tests/data/library_ner.txt`: announcements we wrote in the style of library
pages, each after a `#### name` line, with every person, place and organization marked
`⟦T:surface|lemma⟧` (T: n person, p place, o organization, d an adjective derived from a
place, which ner_score.py does not score; marks nest, as a place inside an organization's
name). This script turns it into the NER JSONL of ../shared/eval, runs
`run_extract.sh` and `ner_score.py` on it, and then counts, among the predicted spans that
match a gold span exactly, how many carry the gold lemma.

    python3 benches/library_eval.py [BINARY]     (default target/release/archiwum)
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EVAL = os.path.join(ROOT, "..", "shared", "eval")
TYPES = {"n": ("person", "persName"), "p": ("place", "placeName"), "o": ("organization", "orgName"),
         "d": ("place", "placeName")}
KIND_OF_CLASS = {cls: kind for kind, cls in TYPES.values()}


def parse(marked):
    """Plain text and its entities from one marked-up document."""
    text, ents, stack, i = [], [], [], 0  # text: the characters so far
    while i < len(marked):
        c = marked[i]
        if c == "⟦":
            kind, i = marked[i + 1], i + 3  # "⟦T:"
            stack.append((kind, len(text)))
            continue
        if c == "|" and stack:
            close = marked.index("⟧", i)
            kind, start = stack.pop()
            ents.append({"start": start, "end": len(text), "text": "".join(text[start:]),
                         "type": TYPES[kind][1], "coarse": TYPES[kind][1],
                         "lemma": marked[i + 1:close], "deriv": kind == "d"})
            i = close + 1
            continue
        text.append(c)
        i += 1
    if stack:
        raise ValueError("unclosed mark")
    # Only the end is trimmed: a leading newline would shift every offset.
    return "".join(text).rstrip("\n") + "\n", sorted(ents, key=lambda e: (e["start"], -e["end"]))


def documents(path):
    docs = []
    for part in open(path, encoding="utf-8").read().split("#### ")[1:]:
        name, body = part.split("\n", 1)
        text, ents = parse(body)
        docs.append({"id": name.strip(), "text": text, "entities": ents})
    return docs


def lemma_accuracy(docs, pred_path):
    right, total, wrong = {}, {}, []
    for doc, line in zip(docs, open(pred_path, encoding="utf-8")):
        pred = json.loads(line)
        spans = {(e["type"], e.get("start"), e.get("end")): e.get("lemma") for e in pred.get("entities", [])}
        for g in (g for g in doc["entities"] if not g["deriv"]):
            kind = KIND_OF_CLASS[g["coarse"]]
            key = (kind, g["start"], g["end"])
            if key in spans:
                total[kind] = total.get(kind, 0) + 1
                if spans[key] == g["lemma"]:
                    right[kind] = right.get(kind, 0) + 1
                else:
                    wrong.append(f"{doc['id']}: {g['text']!r} → {spans[key]!r}, gold {g['lemma']!r}")
    return right, total, wrong


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "archiwum")
    docs = documents(os.path.join(ROOT, "tests", "data", "library_ner.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = os.path.join(tmp, "gold.jsonl"), os.path.join(tmp, "pred.jsonl")
        with open(gold, "w", encoding="utf-8") as out:
            for d in docs:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        subprocess.run(["bash", os.path.join(EVAL, "run_extract.sh"), binary, gold, pred],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        report = subprocess.run(["python3", os.path.join(EVAL, "ner_score.py"), "--gold", gold,
                                 "--pred", pred], check=True, capture_output=True, text=True).stdout
        print(f"{len(docs)} announcements, {sum(len(d['entities']) for d in docs)} entities")
        print("\n".join(l for l in report.splitlines() if l.startswith(("type", "person", "place", "organization", "micro PPO", "F1"))))
        right, total, wrong = lemma_accuracy(docs, pred)
        for kind in ("person", "place", "organization"):
            if total.get(kind):
                print(f"lemma accuracy {kind:13} {right.get(kind, 0)}/{total[kind]} = {right.get(kind, 0) / total[kind]:.3f}")
        for w in wrong:
            print("  wrong lemma:", w)


if __name__ == "__main__":
    main()
