"""Article fields from ``<meta>`` tags (OpenGraph, ``article:``, ``twitter:``, ``name=``) and microdata."""

from __future__ import annotations

from typing import TYPE_CHECKING

from beritakit.parsing.partial import Partial
from beritakit.parsing.sources.common import machine_date, names, strip_site_name

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Collection, Mapping

    from beritakit.parsing.document import Document

__all__ = ["from_meta", "published_in_meta"]

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


def from_meta(doc: Document, *, skip: Collection[str] = frozenset()) -> Partial:
    """What the page's ``<meta>`` tags and microdata say about the article. The title and people
    named in ``skip`` are not read (a source trusted more has answered them).

    >>> from beritakit.parsing.document import build_document
    >>> doc = build_document('<meta property="og:title" content="Banjir - Kompas.com"><p>x</p>')
    >>> from_meta(doc).title
    'Banjir'
    """
    meta, micro = doc.meta, doc.microdata
    site_name = doc.first_meta("og:site_name", "application-name")
    raw_title = None if "title" in skip else doc.first_meta(*_TITLE) or doc.page_title
    images = [*_values(meta, _IMAGE), *micro.get("image", ()), *micro.get("thumbnailurl", ())]
    links = doc.links.get("image_src", ())
    authors = () if "authors" in skip else (*_values(meta, _AUTHORS), *micro.get("author", ()))
    editors = () if "editors" in skip else micro.get("editor", ())
    return Partial(
        title=strip_site_name(raw_title, [site_name]) if raw_title else None,
        url=doc.url,
        description=doc.first_meta(*_DESCRIPTION) or _first(micro.get("description", ())),
        published=published_in_meta(doc),
        updated=machine_date([*_values(meta, _UPDATED), *micro.get("datemodified", ())]),
        authors=names(authors, outlets=[site_name]) or None,
        editors=names(editors, outlets=[site_name]) or None,
        site_name=site_name,
        section=doc.first_meta(*_SECTION) or _first(micro.get("articlesection", ())),
        lead_image=next(filter(None, (doc.absolute(image) for image in [*images, *links])), None),
    )


def published_in_meta(doc: Document) -> dt.datetime | None:
    """The publication date the page's ``<meta>`` tags (else its microdata) give."""
    return machine_date([*_values(doc.meta, _PUBLISHED), *doc.microdata.get("datepublished", ())])


def _values(meta: Mapping[str, tuple[str, ...]], keys: tuple[str, ...]) -> list[str]:
    return [value for key in keys for value in meta.get(key, ())]


def _first(values: tuple[str, ...]) -> str | None:
    return next((value for value in values if value), None)
