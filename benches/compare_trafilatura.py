#!/usr/bin/env python3
"""Speed of archiwum's cleaning against trafilatura on the same pages, in one run.

    pip install trafilatura   # once
    cargo build --release
    python3 benches/compare_trafilatura.py [HTML_DIR]

Default HTML_DIR: ../shared/eval/boilerplate/scrapinghub/html. Both run on one core:
trafilatura in this process, archiwum as `extract --format text` over the directory
(which also runs entity extraction, so the comparison is conservative for archiwum).
"""
import os
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
html_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "eval", "boilerplate", "scrapinghub", "html")
files = sorted(os.path.join(html_dir, f) for f in os.listdir(html_dir) if f.endswith(".html"))
pages = [open(f, "rb").read() for f in files]
mb = sum(len(p) for p in pages) / 1e6

binary = os.path.join(root, "target", "release", "archiwum")
start = time.perf_counter()
subprocess.run(["taskset", "-c", "0", binary, "extract", html_dir, "--format", "text"],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
ours = time.perf_counter() - start

try:
    import trafilatura
except ImportError:
    sys.exit("trafilatura is not installed: pip install trafilatura")
os.sched_setaffinity(0, {0})
start = time.perf_counter()
for p in pages:
    trafilatura.extract(p.decode("utf-8", "replace"))
theirs = time.perf_counter() - start

n = len(pages)
print(f"{n} pages, {mb:.1f} MB")
print(f"archiwum     {n / ours:8.1f} pages/s  {mb / ours:6.2f} MB/s  ({ours:.2f} s)")
print(f"trafilatura  {n / theirs:8.1f} pages/s  {mb / theirs:6.2f} MB/s  ({theirs:.2f} s)")
print(f"ratio        {theirs / ours:8.1f}x")
