"""HTML pages to articles: :func:`parse_html` for one page, :func:`parse_pages` for a multi-page story.

The pipeline: build the :class:`~beritakit.parsing.document.Document` once; pick the outlet's
site rule; read the page with every source (site rule, visible page, JSON-LD, ``<meta>``);
merge their answers by :data:`~beritakit.parsing.merge.PRECEDENCE`; then derive what only the
final text can tell (the dateline, the quotes).

Multi-page articles: Kompas, ANTARA and Tribun also serve the whole story at ``?page=all`` and
detik at ``?single=1``; fetching that one page is simpler than merging pages. Otherwise each page
links to the next ("Halaman selanjutnya", ``rel="next"``, ``?page=2``), which
:attr:`Article.next_page <beritakit.models.Article.next_page>` gives.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TypeVar

import attrs

from beritakit import sites  # a module reference: sites import this package
from beritakit.errors import NoArticleError, ParseError
from beritakit.models import Article, Caption, RelatedLink
from beritakit.parsing.datelines import find_dateline, looks_like_outlet
from beritakit.parsing.document import Document, build_document
from beritakit.parsing.merge import Source, merge, settled
from beritakit.parsing.partial import Partial
from beritakit.parsing.quotes import extract_quotes
from beritakit.parsing.sources.common import DEFAULT_TZ
from beritakit.parsing.sources.heuristics import find_layout, from_html
from beritakit.parsing.sources.jsonld import from_jsonld
from beritakit.parsing.sources.meta import from_meta, published_in_meta

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["parse_html", "parse_pages", "read_page"]

Item = TypeVar("Item", Caption, RelatedLink)

_INDONESIAN_OFFSETS = frozenset({dt.timedelta(hours=7), dt.timedelta(hours=8), dt.timedelta(hours=9)})


def parse_html(html: str | bytes, *, url: str | None = None) -> Article:
    """Read one news page into an :class:`~beritakit.models.Article`.

    ``html`` is the page as fetched (bytes are decoded by BOM, declared charset, then UTF-8);
    ``url`` is its address, used to resolve links and pick the site rule (without it, the page's
    canonical link is used).

    >>> page = '''<html><head><meta property="og:title" content="Harga Cabai Naik - Contoh News"></head>
    ... <body><h1>Harga Cabai Naik</h1><p>Jumat, 6 Februari 2026 14:30 WIB</p>
    ... <div class="isi"><p>JAKARTA, CONTOH.ID - Harga cabai rawit di pasar induk naik dua kali lipat
    ... dalam sepekan, kata pedagang.</p><p>Pedagang menyebut pasokan dari Jawa Barat berkurang.</p></div>
    ... </body></html>'''
    >>> article = parse_html(page, url="https://contoh.id/berita/1")
    >>> article.title, article.dateline.place, article.published.isoformat()
    ('Harga Cabai Naik', 'JAKARTA', '2026-02-06T14:30:00+07:00')

    Raises:
        ParseError: empty, binary or non-HTML input.
        NoArticleError: a readable page without an article (no headline, or no text).
        LimitError: more than 20 MB, or elements nested deeper than 2048 levels.
        ValidationError: ``url`` is not an absolute http(s) URL.
    """
    return _article(read_page(build_document(html, url=url)))


def parse_pages(pages: Iterable[str | bytes], *, url: str | None = None) -> Article:
    """Read the pages of one multi-page article, in order, into a single Article.

    The body, captions and related links are concatenated (links and captions once each); the
    quotes are found again over the whole text; the metadata comes from the first page; and
    ``next_page`` from the last. ``url`` is the first page's address; the others are the
    ``next_page`` links of the pages before them.

    Often one page is enough: Kompas, ANTARA and Tribun serve the whole article at
    ``?page=all``, detik at ``?single=1``.

    Raises:
        ParseError: no pages were given, or one of them cannot be read (see :func:`parse_html`).
    """
    partials: list[Partial] = []
    for html in pages:
        # Each page's address: the link the page before gave to it, else the first page's.
        address = (partials[-1].next_page if partials else None) or url
        partials.append(read_page(build_document(html, url=address)))
    if not partials:
        raise ParseError("no pages given")
    first = partials[0]
    merged = attrs.evolve(
        first,
        body=tuple(paragraph for partial in partials for paragraph in partial.body or ()),
        captions=_unique(caption for partial in partials for caption in partial.captions or ()),
        related_inline=_unique(link for partial in partials for link in partial.related_inline or ()),
        related_list=_unique(link for partial in partials for link in partial.related_list or ()),
        next_page=partials[-1].next_page,
    )
    return _article(merged)


def read_page(doc: Document) -> Partial:
    """Every source's reading of ``doc``, merged: the page's fields before the final checks."""
    rule = sites.site_for(doc.host)
    if rule is not None:
        rule.prepare(doc)
    jsonld = from_jsonld(doc)
    layout = find_layout(
        doc,
        headline=rule.headline(doc) if rule is not None else None,
        container=rule.container(doc) if rule is not None else None,
    )
    site = rule.extract(doc) if rule is not None else Partial()
    # Dates printed without a zone are in the zone of the page's own machine date, else the outlet's.
    default_tz = _zone_of(jsonld.published or published_in_meta(doc)) or (
        rule.timezone if rule is not None else DEFAULT_TZ
    )
    heuristics = from_html(doc, layout, skip=site.found(), default_tz=default_tz)
    # Metadata comes last: what the sources above answered, it need not read.
    page: dict[Source, Partial] = {"site": site, "heuristics": heuristics, "jsonld": jsonld}
    return merge({**page, "meta": from_meta(doc, skip=settled(page, "meta"))})


def _article(page: Partial) -> Article:
    """The Article of a merged page. A page with a headline but neither text nor captions is no
    article (an index, a 404); a photo gallery whose only text is its captions is one."""
    if not page.title:
        raise NoArticleError("no headline: the page does not hold an article")
    body = page.body or ()
    if not body and not page.captions:
        raise NoArticleError(f"no article text under the headline {page.title!r}")
    found = find_dateline(body[0]) if body else None
    return Article(
        title=page.title,
        url=page.url,
        description=page.description,
        published=page.published,
        updated=page.updated,
        authors=_people(page.authors or (), page.site_name),
        editors=page.editors or (),
        site_name=page.site_name,
        section=page.section,
        tags=page.tags or (),
        dateline=found[0] if found is not None else None,
        body=body,
        captions=page.captions or (),
        quotes=extract_quotes(body),
        related=_unique((*(page.related_inline or ()), *(page.related_list or ()))),
        lead_image=page.lead_image,
        next_page=page.next_page if page.next_page != page.url else None,
    )


def _people(names: tuple[str, ...], site_name: str | None) -> tuple[str, ...]:
    """Authors without the outlet's name, unless the outlet is all that is credited."""
    people = tuple(
        name
        for name in names
        if not looks_like_outlet(name) and name.casefold() != (site_name or "").casefold()
    )
    return people or names


def _zone_of(value: dt.datetime | None) -> dt.tzinfo | None:
    """The zone of a machine date, when it is an Indonesian one (a UTC value says nothing)."""
    offset = value.utcoffset() if value is not None else None
    return dt.timezone(offset) if offset in _INDONESIAN_OFFSETS else None


def _key(item: Caption | RelatedLink) -> str:
    return item.text if isinstance(item, Caption) else item.url or item.title


def _unique(items: Iterable[Item]) -> tuple[Item, ...]:
    """Each caption (by text) or link (by URL, else title) once, in order."""
    seen: set[str] = set()
    unique: list[Item] = []
    for item in items:
        key = _key(item)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return tuple(unique)
