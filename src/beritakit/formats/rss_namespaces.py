"""Namespace URIs and preferred prefixes of RSS 2.0 extensions (as the W3C feed validator expects them)."""

from __future__ import annotations

from typing import Final

__all__ = ["ATOM", "CONTENT", "DC", "DCTERMS", "MEDIA", "PREFIXES"]

CONTENT: Final = "http://purl.org/rss/1.0/modules/content/"
DC: Final = "http://purl.org/dc/elements/1.1/"
MEDIA: Final = "http://search.yahoo.com/mrss/"  # the trailing slash is required
ATOM: Final = "http://www.w3.org/2005/Atom"
DCTERMS: Final = "http://purl.org/dc/terms/"

PREFIXES: Final[dict[str, str]] = {
    "content": CONTENT,
    "dc": DC,
    "media": MEDIA,
    "atom": ATOM,
    "dcterms": DCTERMS,
}
"""The validator's preferred prefix for each URI; any other prefix gives `NonstdPrefix` (info)."""
