"""What a reader sees on the page: headline, visible date, bylines, body, captions, links, tags.

First the page's :class:`Layout` is found: the headline element (the heading that matches the
page's metadata titles, so a channel name in ``<h1>`` loses to the real headline in ``<h2>``),
the container of the article text (:mod:`~beritakit.parsing.container`), the *region* that holds
both, and the *scope* around it where related lists and tags sit. Every field is then read
near where a reader finds it, so site-wide lists and the header's date or tag bar stay out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs
from lxml import etree

from beritakit._text import normalize_space
from beritakit.dates import parse_date
from beritakit.parsing.body import Reading, read_container
from beritakit.parsing.bylines import parse_byline, split_names
from beritakit.parsing.captions import find_captions
from beritakit.parsing.container import find_container
from beritakit.parsing.document import ARTICLE_TYPES, Document, Element, text_of
from beritakit.parsing.links import find_next_page, find_related, find_tags
from beritakit.parsing.marks import Marks, mark
from beritakit.parsing.partial import Partial
from beritakit.parsing.selectors import BYLINE_LABEL, HEADLINE_WORDS, identity
from beritakit.parsing.sources.common import DEFAULT_TZ, machine_date, strip_site_name

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Collection, Iterable, Iterator

    from beritakit.models import Caption

__all__ = ["Layout", "find_headline", "find_layout", "from_html", "visible_date"]


_WORD = re.compile(r"\w+")
_NAME_LIKE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}$")
_EDITOR_CLASS = re.compile(r"editor|redaktur|penyunting", re.IGNORECASE)
_ROLE_WORDS = re.compile(
    r"\b(?:jurnalis|reporter|penulis|editor|redaktur|wartawan|kontributor|pewarta|author)\b\s*:?",
    re.IGNORECASE,
)
_SEGMENTS = re.compile(r"\s*[|•·]\s*|\s+/\s+|\n")
_MIN_TITLE_MATCH = 0.6
_MAX_DATE_TEXT = 120
_MAX_BYLINE_TEXT = 200
_HEADING_TAGS = ("h1", "h2", "h3")
_HEADLINE_CLASS = re.compile("|".join(map(re.escape, HEADLINE_WORDS)))  # as contains(@class, w) reads
_PAGE_FURNITURE = frozenset({"nav", "footer", "aside"})
_MARKED_FIELDS = frozenset({"authors", "captions", "related_list", "tags", "published"})  # what reads Marks
_AUTHOR_LINKS = etree.XPath(
    "descendant::a[@rel][contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
)
_FOLLOWING_TEXT = etree.XPath("following::text()[normalize-space()][position() <= 30]")
_PRECEDING_TEXT = etree.XPath("preceding::text()[normalize-space()][position() <= 12]")


@attrs.frozen(kw_only=True, eq=False)
class Layout:
    """Where the article sits on the page.

    ``region`` is the smallest block holding both the headline and the text; ``scope`` is the
    block around it, where related lists and tags usually sit (one level up).
    """

    headline: Element | None = None
    container: Element | None = None
    region: Element | None = None
    scope: Element | None = None


def find_layout(
    doc: Document, *, headline: Element | None = None, container: Element | None = None
) -> Layout:
    """The page's layout; ``headline`` and ``container`` (from a site rule) are used when given."""
    headline = headline if headline is not None else find_headline(doc)
    container = container if container is not None else find_container(doc.root, exclude=headline)
    region = _common_ancestor(headline, container)
    scope = region.getparent() if region is not None and region.tag not in {"body", "html"} else region
    return Layout(headline=headline, container=container, region=region, scope=scope)


def find_headline(doc: Document) -> Element | None:
    """The element showing the headline: the heading most like the page's metadata titles.

    Without metadata titles, the first ``<h1>`` is the headline.
    """
    references = [_tokens(title) for title in _reference_titles(doc)]
    if not references:
        return next((h for h in doc.root.iter("h1") if not _furniture(h)), None)
    for candidates in (_headings, _named_headlines):
        best: Element | None = None
        best_score = 0.0
        for candidate in candidates(doc.root):
            words = _tokens(text_of(candidate))
            if not 2 <= len(words) <= 60:
                continue
            score = max(len(words & ref) / max(len(words), len(ref)) for ref in references)
            score += 0.01 if candidate.tag == "h1" else 0.0  # a tie goes to the <h1>
            if score > best_score and not _furniture(candidate):
                best, best_score = candidate, score
        if best is not None and best_score >= _MIN_TITLE_MATCH:
            return best
    return None


def _headings(root: Element) -> Iterator[Element]:
    return root.iter(*_HEADING_TAGS)


def _named_headlines(root: Element) -> Iterator[Element]:
    """Elements of the body whose class holds a headline word (republika "jdl-pic"), links aside:
    looked at only when no heading matches. (A loop here is several times faster than the XPath
    ``//body//*[contains(@class, ...)][not(self::a)]``, which tests each word on every element.)"""
    for body in root.iter("body"):  # one: libxml2 folds any later <body> into the first
        for element in body.iterdescendants(etree.Element):
            classes = element.get("class")
            if classes and _HEADLINE_CLASS.search(classes) and element.tag != "a":
                yield element


def _furniture(element: Element) -> bool:
    return any(ancestor.tag in _PAGE_FURNITURE for ancestor in element.iterancestors())


def from_html(
    doc: Document,
    layout: Layout,
    *,
    skip: Collection[str] = frozenset(),
    default_tz: dt.tzinfo = DEFAULT_TZ,
) -> Partial:
    """The fields a reader finds on the page; fields named in ``skip`` are not looked for."""
    region = layout.region if layout.region is not None else doc.root
    scope = layout.scope if layout.scope is not None else doc.root
    wanted = _MARKED_FIELDS - set(skip)
    # Only related lists and tags care what precedes the headline; only bylines and related
    # headings need the short texts read. A site rule that found all of these spares the pass.
    marks = (
        mark(
            scope,
            headline=layout.headline if wanted & {"related_list", "tags"} else None,
            lines=bool(wanted & {"authors", "related_list"}),
        )
        if wanted
        else Marks()
    )
    headline = [] if layout.headline is None else [layout.headline]
    reading = (
        Reading()
        if layout.container is None
        else read_container(layout.container, resolve=doc.absolute, skip=headline)
    )
    authors, editors = (None, None) if "authors" in skip else _bylines(marks, region, layout, reading)
    captions = (
        ()
        if "captions" in skip
        else _unique_captions((*find_captions(marks, region, doc.absolute), *reading.captions))
    )
    related = (
        ()
        if "related_list" in skip
        else find_related(marks, scope, doc.absolute, own_url=doc.url, exclude=layout.container)
    )
    tags = () if "tags" in skip else find_tags(marks, region, doc.absolute, exclude=layout.container)
    return Partial(
        title=normalize_space(text_of(layout.headline)) or None if layout.headline is not None else None,
        published=None if "published" in skip else _published(marks, region, layout, default_tz),
        authors=authors,
        editors=editors,
        body=reading.body or None,
        captions=captions or None,
        related_inline=reading.related or None,
        related_list=related or None,
        tags=tags or None,
        lead_image=next((caption.image_url for caption in captions if caption.image_url), None),
        next_page=find_next_page(region, doc.absolute, links=doc.links.get("next", ()), own_url=doc.url),
    )


def visible_date(text: str, *, default_tz: dt.tzinfo = DEFAULT_TZ) -> dt.datetime | None:
    """A date as printed on the page, from the whole text or from one of its ``|``-separated parts.

    >>> visible_date("Kamis, 5 November 2015 14:56 WIB | 1.229 Views").isoformat()
    '2015-11-05T14:56:00+07:00'
    """
    text = normalize_space(text)
    if not text or len(text) > _MAX_DATE_TEXT:
        return None
    found = parse_date(text, default_tz=default_tz)
    if found is not None:
        return found
    segments = [segment for segment in _SEGMENTS.split(text) if segment]
    for start in range(len(segments)):
        for end in (start + 2, start + 1):  # "Kamis, 5 November 2015 | 14:56 WIB" spans two parts
            if end <= len(segments):
                found = parse_date(" ".join(segments[start:end]), default_tz=default_tz)
                if found is not None:
                    return found
    return None


# --------------------------------------------------------------------------- layout


def _reference_titles(doc: Document) -> Iterator[str]:
    for key in ("og:title", "twitter:title"):
        yield from doc.meta.get(key, ())
    for article in doc.linked_data.of_type(*ARTICLE_TYPES)[:1]:
        if isinstance(article.get("headline"), str):
            yield article["headline"]
    title = doc.page_title
    if title:
        yield strip_site_name(title)


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _common_ancestor(first: Element | None, second: Element | None) -> Element | None:
    if first is None or second is None:
        present = first if first is not None else second
        if present is None:
            return None
        parent = present.getparent()
        return parent if parent is not None else present
    lineage = {id(first): first, **{id(a): a for a in first.iterancestors()}}
    for candidate in (second, *second.iterancestors()):
        if id(candidate) in lineage:
            return candidate
    return None


# --------------------------------------------------------------------------- dates


def _published(marks: Marks, region: Element, layout: Layout, default_tz: dt.tzinfo) -> dt.datetime | None:
    """The publication date printed near the headline: a date element first, then nearby text."""
    container = layout.container
    for element in marks.dates:
        if not _inside(element, region) or (container is not None and _inside(element, container)):
            continue
        found = visible_date(text_of(element), default_tz=default_tz)
        if found is None and element.get("datetime"):
            found = machine_date([element.get("datetime", "")], default_tz=default_tz)
        if found is not None:
            return found
    if layout.headline is None:
        return None
    nearby = [*_FOLLOWING_TEXT(layout.headline), *reversed(_PRECEDING_TEXT(layout.headline))]
    for text in nearby:
        found = visible_date(str(text), default_tz=default_tz)
        if found is not None:
            return found
    return None


# --------------------------------------------------------------------------- bylines


def _bylines(
    marks: Marks, region: Element, layout: Layout, reading: Reading
) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """Writers and editors from byline elements, labelled credit lines, ``rel="author"`` links and
    the credit lines found in the text; a bold capital sign-off when nothing else names a writer."""
    authors: list[str] = []
    editors: list[str] = []

    def add(names: Collection[str], into: list[str]) -> None:
        into.extend(name for name in names if name not in into)

    for text, role in _credit_texts(marks, region, layout, reading):
        byline = parse_byline(text)
        if byline.authors or byline.editors:
            add(byline.authors, authors)
            add(byline.editors, editors)
        elif role is not None and _NAME_LIKE.match(cleaned := normalize_space(_ROLE_WORDS.sub(" ", text))):
            add(split_names(cleaned), editors if role == "editor" else authors)
    if not authors and reading.signoff is not None:
        add(split_names(reading.signoff), authors)
    return tuple(authors) or None, tuple(editors) or None


def _credit_texts(
    marks: Marks, region: Element, layout: Layout, reading: Reading
) -> Iterator[tuple[str, str | None]]:
    """Byline texts with the role their element's name suggests (None: ask the text itself)."""
    container = layout.container
    for element in marks.bylines:
        if not _inside(element, region) or (container is not None and _inside(element, container)):
            continue
        text = normalize_space(text_of(element))
        if not text or len(text) > _MAX_BYLINE_TEXT or _in_photo(element, marks):
            continue
        if any(inner is not element and _inside(inner, element) for inner in marks.bylines):
            continue  # the inner element names the person more precisely
        yield text, "editor" if _EDITOR_CLASS.search(identity(element)) else "author"
    for element in marks.credit_lines:
        if not _inside(element, region) or (container is not None and _inside(element, container)):
            continue
        text = normalize_space(text_of(element))
        if len(text) < _MAX_BYLINE_TEXT and BYLINE_LABEL.match(text):
            yield text, None
    for anchor in _AUTHOR_LINKS(region):
        yield normalize_space(text_of(anchor)), "author"
    for text in reading.credits:
        yield text, None


def _in_photo(element: Element, marks: Marks) -> bool:
    """A photo credit (``span.author`` inside ``div.photo``) names the photographer, not the writer."""
    blocks = {*marks.photos, *marks.captions, *marks.figures}
    return any(ancestor in blocks for ancestor in element.iterancestors())


def _inside(element: Element, area: Element) -> bool:
    """Whether ``element`` is ``area`` or sits inside it."""
    return element is area or any(ancestor is area for ancestor in element.iterancestors())


def _unique_captions(captions: Iterable[Caption]) -> tuple[Caption, ...]:
    """Each caption text once, first occurrence kept (a figure and the text may repeat one)."""
    unique: dict[str, Caption] = {}
    for caption in captions:
        unique.setdefault(caption.text, caption)
    return tuple(unique.values())
