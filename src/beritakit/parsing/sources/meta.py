"""Article fields from ``<meta>`` tags (OpenGraph, ``article:``, ``twitter:``, ``name=``) and microdata."""

from __future__ import annotations

from typing import TYPE_CHECKING

from beritakit.parsing.partial import Partial
from beritakit.parsing.sources.common import machine_date, names, strip_site_name

if TYPE_CHECKING:
    from collections.abc import Mapping

    from beritakit.parsing.document import Document

__all__ = ["from_meta"]

# Keys are lower-cased by the Document; each tuple is tried in order.
_TITLE = ("og:title", "twitter:title", "dc.title", "title", "headline")
_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
_PUBLISHED = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dc.date", "date", "parsely-pub-date",
    "sailthru.date", "content_publisheddate", "article.published", "datecreated",
)  # fmt: skip
_UPDATED = ("article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified")
_AUTHORS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "creator")
_SECTION = ("article:section", "articlesection", "section", "category")
_IMAGE = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "image")


def from_meta(doc: Document) -> Partial:
    """What the page's ``<meta>`` tags and microdata say about the article.

    >>> from beritakit.parsing.document import build_document
    >>> doc = build_document('<meta property="og:title" content="Banjir - Kompas.com"><p>x</p>')
    >>> from_meta(doc).title
    'Banjir'
    """
    meta, micro = doc.meta, doc.microdata
    site_name = doc.first_meta("og:site_name", "application-name")
    raw_title = doc.first_meta(*_TITLE) or doc.page_title
    images = [*_values(meta, _IMAGE), *micro.get("image", ()), *micro.get("thumbnailurl", ())]
    links = doc.links.get("image_src", ())
    return Partial(
        title=strip_site_name(raw_title, [site_name]) if raw_title else None,
        url=doc.url,
        description=doc.first_meta(*_DESCRIPTION) or _first(micro.get("description", ())),
        published=machine_date([*_values(meta, _PUBLISHED), *micro.get("datepublished", ())]),
        updated=machine_date([*_values(meta, _UPDATED), *micro.get("datemodified", ())]),
        authors=names([*_values(meta, _AUTHORS), *micro.get("author", ())], outlets=[site_name]) or None,
        editors=names(micro.get("editor", ()), outlets=[site_name]) or None,
        site_name=site_name,
        section=doc.first_meta(*_SECTION) or _first(micro.get("articlesection", ())),
        lead_image=next(filter(None, (doc.absolute(image) for image in [*images, *links])), None),
    )


def _values(meta: Mapping[str, tuple[str, ...]], keys: tuple[str, ...]) -> list[str]:
    return [value for key in keys for value in meta.get(key, ())]


def _first(values: tuple[str, ...]) -> str | None:
    return next((value for value in values if value), None)
