"""Reading news pages into :class:`~beritakit.models.Article` records.

- :func:`parse_html`: one HTML page (bytes or text), with or without its URL;
- :func:`parse_pages`: the pages of one multi-page article, merged in order;
- :func:`parse_text`: a plain-text dump of a page.

The HTML pipeline lives in :mod:`beritakit.parsing.html`; the site rules that tune it for each
outlet in :mod:`beritakit.sites`; the text analysers it shares with :func:`parse_text` (datelines,
bylines, credits, boilerplate, quotes) in their own modules of this package.
"""

from __future__ import annotations

from beritakit.parsing.html import parse_html, parse_pages
from beritakit.parsing.text_dump import parse_text

__all__ = ["parse_html", "parse_pages", "parse_text"]
