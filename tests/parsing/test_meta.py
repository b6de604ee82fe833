"""The ``<meta>`` source: what a page's metadata says, and only what the merge still needs."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.document import build_document
from beritakit.parsing.sources.meta import from_meta, published_in_meta

_PAGE = """<html><head><title>Banjir Rendam Kemang - Contoh News</title>
<meta property="og:site_name" content="Contoh News">
<meta name="author" content="Rina Wulandari, Contoh News">
<meta property="article:published_time" content="2026-02-06T14:30:00+07:00">
</head><body><p>Isi berita.</p></body></html>"""


def test_metadata_reads_title_people_and_date() -> None:
    """The <title> without its suffix, the authors without the outlet, the machine date."""
    meta = from_meta(build_document(_PAGE))
    assert meta.title == "Banjir Rendam Kemang"
    assert meta.authors == ("Rina Wulandari",)
    assert meta.published == dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)


def test_skipped_fields_are_not_read() -> None:
    """Fields a trusted source has answered are left unread; the others are read all the same."""
    doc = build_document(_PAGE)
    meta = from_meta(doc, skip={"title", "authors", "editors"})
    assert (meta.title, meta.authors, meta.editors) == (None, None, None)
    assert meta.site_name == "Contoh News"
    assert meta.published == published_in_meta(doc) == dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)
