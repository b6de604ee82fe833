"""How fast :func:`beritakit.parse_html` reads the corpus pages, against the lxml parse floor.

Run from the project root (the corpus lives beside it, in ``../shared/corpus``)::

    python benchmarks/parse.py              # ms/page for lxml.html.fromstring and parse_html, and the ratio
    python benchmarks/parse.py --rounds 10  # more rounds: steadier figures on a busy machine
    python benchmarks/parse.py --profile    # also the functions where parse_html spends its time
    python benchmarks/parse.py --pages      # also each page's ratio, slowest first

Times are CPU time (``time.process_time``), the best of N rounds over all pages, so another
process on the machine slows the figures less than wall-clock time would. The figures are
printed, never asserted: no test depends on time.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import lxml.html

from beritakit.parsing.html import parse_html

if TYPE_CHECKING:
    from collections.abc import Callable

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

Page = tuple[bytes, str | None]


def load_pages(corpus: Path) -> dict[str, Page]:
    """Every corpus page's bytes with the URL its gold label gives, by ``site/page`` name."""
    pages: dict[str, Page] = {}
    for path in sorted(corpus.glob("*/*.html")):
        gold_path = path.with_name(path.name.removesuffix(".html") + ".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        pages[f"{path.parent.name}/{path.name}"] = (path.read_bytes(), gold.get("url"))
    return pages


def best_ms_per_page(read: Callable[[bytes, str | None], object], pages: list[Page], rounds: int) -> float:
    """The fastest of ``rounds`` passes over ``pages``, in CPU milliseconds per page."""
    for html, url in pages:  # warm-up: imports, compiled patterns, caches
        read(html, url)
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for html, url in pages:
            read(html, url)
        best = min(best, time.process_time() - start)
    return best / len(pages) * 1000


def lxml_floor(html: bytes, _url: str | None) -> object:
    """The floor: one plain lxml parse of the same bytes."""
    return lxml.html.fromstring(html)


def beritakit_parse(html: bytes, url: str | None) -> object:
    """The whole pipeline, as a caller runs it."""
    return parse_html(html, url=url)


def page_ratios(pages: dict[str, Page], rounds: int) -> None:
    """Print each page's floor, time and ratio (both timed in the same minute), slowest ratio first."""
    rows = []
    for name, page in pages.items():
        floor = best_ms_per_page(lxml_floor, [page], rounds)
        ours = best_ms_per_page(beritakit_parse, [page], rounds)
        rows.append((ours / floor, floor, ours, name))
    print(f"{'ratio':>7s} {'lxml ms':>8s} {'ours ms':>8s}  page")
    for ratio, floor, ours, name in sorted(rows, reverse=True):
        print(f"{ratio:6.2f}x {floor:8.2f} {ours:8.2f}  {name}")


def profile(pages: list[Page], top: int) -> None:
    """Print the ``top`` functions by cumulative and by own time over one pass of ``pages``."""
    profiler = cProfile.Profile()
    profiler.enable()
    for html, url in pages:
        parse_html(html, url=url)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    """Time both readers over the corpus and print ms/page and the ratio."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of <site>/<page>.html pages")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes; the best one counts")
    parser.add_argument("--profile", action="store_true", help="print where parse_html spends its time")
    parser.add_argument("--pages", action="store_true", help="print each page's ratio, slowest first")
    parser.add_argument("--top", type=int, default=30, help="functions shown by --profile")
    args = parser.parse_args()
    named = load_pages(args.corpus) if args.corpus.is_dir() else {}
    pages = list(named.values())
    if not pages:
        sys.exit(f"no corpus pages found under {args.corpus} (expected <site>/<page>.html); nothing to time")
    floor = best_ms_per_page(lxml_floor, pages, args.rounds)
    ours = best_ms_per_page(beritakit_parse, pages, args.rounds)
    print(f"pages={len(pages)} rounds={args.rounds} (CPU time, best round)")
    print(f"lxml.html.fromstring  {floor:8.2f} ms/page")
    print(f"beritakit.parse_html  {ours:8.2f} ms/page")
    print(f"ratio                 {ours / floor:8.2f}x")
    if args.pages:
        page_ratios(named, args.rounds)
    if args.profile:
        profile(pages, args.top)


if __name__ == "__main__":
    main()
