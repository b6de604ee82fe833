"""Convert a folder of saved news pages three ways: JSON Lines, one Markdown file per article, an RSS feed.

python examples/convert_archive.py [OUTPUT_DIR]      # default: ./out

This is what `beritakit convert` does, called from Python: the pages in examples/pages (HTML of
several layouts, a .txt text dump and a gzipped page) are parsed in worker processes and written
in input order. Every page that fails is a line in the error file beside the output.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from beritakit.archive.run import convert
from beritakit.models import Channel

if TYPE_CHECKING:
    from beritakit.archive.outputs import Format

PAGES = Path(__file__).resolve().parent / "pages"


def main(out_dir: Path) -> None:
    channel = Channel(
        title="Berita Contoh",
        link="https://contoh.example.id/",
        description="Berita contoh dari beritakit",
    )
    outputs: tuple[tuple[Format, str], ...] = (
        ("jsonl", "articles.jsonl"),
        ("markdown", "markdown"),
        ("rss", "feed.xml"),
    )
    for to, output in outputs:
        summary = convert([PAGES], to=to, output=out_dir / output, workers=2, channel=channel)
        print(
            f"{summary.output}: {summary.converted} converted, {summary.failed} failed "
            f"(see {summary.errors}), {summary.skipped} skipped"
        )


if __name__ == "__main__":  # worker processes import this file: the work must not run on import
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out"))
