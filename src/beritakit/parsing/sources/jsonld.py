"""Article fields from the page's schema.org JSON-LD (``NewsArticle`` and its relatives).

Real blocks are loose: ``author`` is a string, an object or a list; ``image`` a string, a list
or an ``ImageObject``; dates may lack an offset. Every shape is read; anything else is ignored
rather than trusted. ``keywords`` are not read: tags come from the page (see ``docs/fields.md``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from beritakit._text import normalize_space
from beritakit.parsing.document import ARTICLE_TYPES, Document
from beritakit.parsing.partial import Partial
from beritakit.parsing.sources.common import machine_date, names

__all__ = ["from_jsonld"]

_ORGANISATIONS = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "Brand"})


def from_jsonld(doc: Document) -> Partial:
    """What the first article-typed JSON-LD object of the page says; an empty Partial without one.

    >>> from beritakit.parsing.document import build_document
    >>> block = '{"@type": "NewsArticle", "headline": "Banjir"}'
    >>> page = f'<script type="application/ld+json">{block}</script><p>x</p>'
    >>> from_jsonld(build_document(page)).title
    'Banjir'
    """
    article = next(iter(doc.linked_data.of_type(*ARTICLE_TYPES)), None)
    if article is None:
        return Partial()
    publisher = article.get("publisher")
    entity = article.get("mainEntityOfPage")
    url = _text(article.get("url")) or _text(entity.get("@id") if isinstance(entity, Mapping) else entity)
    section = article.get("articleSection")
    return Partial(
        title=_text(article.get("headline")) or _text(article.get("name")),
        url=doc.absolute(url),
        description=_text(article.get("description")),
        published=machine_date(_strings(article.get("datePublished") or article.get("dateCreated"))),
        updated=machine_date(_strings(article.get("dateModified"))),
        authors=_people(article.get("author")) or _people(article.get("creator")) or None,
        editors=_people(article.get("editor")) or None,
        site_name=_text(publisher.get("name")) if isinstance(publisher, Mapping) else _text(publisher),
        section=next(_strings(section), None),
        lead_image=next(filter(None, map(doc.absolute, _images(article))), None),
    )


def _text(value: Any) -> str | None:
    return (normalize_space(value) or None) if isinstance(value, str) else None


def _strings(value: Any) -> Iterator[str]:
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str) and item.strip():
            yield item


def _people(value: Any) -> tuple[str, ...]:
    """Person names from ``author`` or ``editor``: organisations are outlets, not people."""
    people: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            people.append(item)
        elif (
            isinstance(item, Mapping)
            and isinstance(item.get("name"), str)
            and not set(_types(item)) & _ORGANISATIONS
        ):
            people.append(item["name"])
    return names(people)


def _types(item: Mapping[str, Any]) -> Iterator[str]:
    declared = item.get("@type")
    yield from (
        name for name in (declared if isinstance(declared, list) else [declared]) if isinstance(name, str)
    )


def _images(article: Mapping[str, Any]) -> Iterator[str]:
    for key in ("image", "thumbnailUrl"):
        value = article.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                yield item
            elif isinstance(item, Mapping):
                yield from _strings(item.get("url") or item.get("contentUrl"))
