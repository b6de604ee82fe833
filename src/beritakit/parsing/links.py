"""Links around the article: its related-articles block, its tags, and its next page.

Related blocks are found by name (``class="berita-terkait"``) or by heading ("Baca Juga",
"Berita Terkait", "Jangan Lewatkan"); site-wide lists ("Terpopuler", "Berita Terkini") and any
list that links back to the article itself (a channel's latest news) are not the article's own.
Tags are the links of a tag container (``tags``, ``topik``) or links to tag index pages.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from beritakit._text import normalize_space
from beritakit.parsing.body import own_related_block, related_links, site_wide
from beritakit.parsing.document import Element, text_of
from beritakit.parsing.selectors import (
    NEXT_PAGE_TEXT,
    RELATED_HEADING,
    TAG_TOKENS,
    class_pattern,
    identity,
    is_tag_url,
)

if TYPE_CHECKING:
    from beritakit.models import RelatedLink
    from beritakit.parsing.marks import Marks

__all__ = ["find_next_page", "find_related", "find_tags", "tags_from"]

Resolve = Callable[[str | None], str | None]

_TAGS = class_pattern(TAG_TOKENS)
_TAG_ANCHORS = etree.XPath(
    "descendant::a[contains(@href, '/tag') or contains(@href, '/topi') or contains(@href, 'label/')"
    " or contains(@href, 'keyword') or contains(@href, 'hashtag') or contains(@href, 'hot_topic')]"
)
_PAGE_IN_HREF = re.compile(r"[?&](?:page|halaman|hal|p)=\d", re.IGNORECASE)
_MAX_SLUG_WORDS = 5
_MAX_BLOCK_LINKS = 30
_RELATED_WORD = re.compile(
    r"terkait|related", re.IGNORECASE
)  # a tag page ends in a short slug; an article URL in a long headline slug
_MAX_HEADING = 60
_TAG_LABEL = re.compile(r"^(?:tags?|topik|topics?|label|keywords?|kata\s+kunci)\s*:?$", re.IGNORECASE)
_PAGE_PARAMETER = re.compile(r"^(?:page|halaman|hal|p)$", re.IGNORECASE)
# What a (stripped) next-page link text opens with: an arrow, or the first letter of one of the
# NEXT_PAGE_TEXT words as re.IGNORECASE finds it ("ſ" for an "s"). Other texts need no match.
_NEXT_PAGE_OPENINGS = frozenset("›»>hHsSſbBnNlL")


def find_related(
    marks: Marks, scope: Element, resolve: Resolve, *, own_url: str | None, exclude: Element | None
) -> tuple[RelatedLink, ...]:
    """The article's own related-links block(s) in ``scope``, as ``placement="list"`` links.

    ``exclude`` (the article text, whose "Baca juga" boxes are inline links) is not searched.
    """
    named = [element for element in marks.related if not _TAGS.search(identity(element))]
    found: dict[str, RelatedLink] = {}
    own = _url_key(own_url)
    for block in _outermost([*named, *_blocks_under_headings(marks, scope)]):
        if not marks.after_headline(block):
            continue  # a trending bar above the headline
        if exclude is not None and (block is exclude or _inside(block, exclude) or _inside(exclude, block)):
            continue
        if not own_related_block(block):
            continue
        links = list(related_links(block, resolve, "list"))  # tag pages left out already
        if own is not None and any(_is_own(link.url, own) for link in links):
            continue  # a channel list that includes this very article is not "related"
        for link in links:
            found.setdefault(link.url or link.title, link)
    return tuple(found.values())


def find_tags(marks: Marks, region: Element, resolve: Resolve, *, exclude: Element | None) -> tuple[str, ...]:
    """The article's tags: links of the tag containers after the headline, else links to tag
    pages inside the article's ``region`` (outside its text)."""
    named = _outermost(
        [element for element in marks.tags if next(element.iterdescendants("a"), None) is not None]
    )
    containers: list[Element] = []
    rejected = [exclude] if exclude is not None else []
    for element in named:
        own = marks.after_headline(element) and not site_wide(element)
        if exclude is None or not _inside(element, exclude):
            (containers if own else rejected).append(element)
    tags = tags_from(containers)
    if tags:
        return tags
    anchors = [
        anchor
        for anchor in _TAG_ANCHORS(region)
        if not any(_inside(anchor, block) for block in rejected) and is_tag_url(resolve(anchor.get("href")))
    ]
    return _tag_texts(anchors)


def tags_from(containers: Iterable[Element]) -> tuple[str, ...]:
    """Tag texts from the links of tag containers (``#`` dropped, labels such as "Tags:" skipped)."""
    return _tag_texts(anchor for container in containers for anchor in container.iter("a"))


def find_next_page(
    scope: Element, resolve: Resolve, *, links: tuple[str, ...], own_url: str | None
) -> str | None:
    """The URL of the article's next page: ``rel="next"``, a "Selanjutnya" link, or ``?page=N+1``."""
    own = (own_url or "").split("#")[0]
    candidates = _next_page_candidates(scope, resolve, links, own_url)
    return next((url for url in candidates if url is not None and url.split("#")[0] != own), None)


def _next_page_candidates(
    scope: Element, resolve: Resolve, links: tuple[str, ...], own_url: str | None
) -> Iterator[str | None]:
    """The next-page links in page order; lazily, as the first good one ends the search."""
    for link in links:
        yield resolve(link)
    current: int | None = None  # the page number of ``own_url``, read when a link has one
    for anchor in scope.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        rel = anchor.get("rel")
        if (rel is not None and "next" in rel.lower().split()) or (
            _opening(anchor) in _NEXT_PAGE_OPENINGS and NEXT_PAGE_TEXT.match(text_of(anchor).strip())
        ):
            yield resolve(href)
        elif "=" in href and _PAGE_IN_HREF.search(href) and (url := resolve(href)) is not None:
            current = _page_number(own_url) if current is None else current
            if _page_number(url) == current + 1 and _same_article(url, own_url):
                yield url


# --------------------------------------------------------------------------- helpers


def _tag_texts(anchors: Iterable[Element]) -> tuple[str, ...]:
    found: dict[str, str] = {}
    for anchor in anchors:
        text = normalize_space(text_of(anchor)).lstrip("#").strip()
        if text and len(text) <= _MAX_HEADING and not _TAG_LABEL.match(text) and text.casefold() not in found:
            found[text.casefold()] = text
    return tuple(found.values())


def _blocks_under_headings(marks: Marks, scope: Element) -> Iterator[Element]:
    """Blocks opened by a related heading: the list right after it, or the heading's parent."""
    for heading in marks.headings:
        if RELATED_HEADING.match(normalize_space(text_of(heading))):
            block = _block_after(heading, scope)
            if block is not None:
                yield block


def _block_after(heading: Element, scope: Element) -> Element | None:
    """The links a heading opens: in a following sibling, or in the heading's parent; climbing
    out of wrappers (``<div class="title"><strong>Baca Juga</strong></div><ul>…``)."""
    node = heading
    for _ in range(3):
        parent = node.getparent()
        if parent is None or node is scope:
            return None
        for sibling in itertools.islice(node.itersiblings(), 3):
            if any(not is_tag_url(anchor.get("href")) for anchor in sibling.iter("a")):
                return sibling
        in_parent = len(parent.findall(".//a[@href]"))
        if in_parent > len(node.findall(".//a[@href]")):
            return parent if in_parent <= _MAX_BLOCK_LINKS and parent is not scope else None
        node = parent
    return None


def _outermost(elements: list[Element]) -> list[Element]:
    unique = list(dict.fromkeys(elements))
    if len(unique) < 2:
        return unique  # no other element to be inside of: no need to climb
    chosen = set(unique)
    return [e for e in unique if not any(a in chosen for a in e.iterancestors())]


def _inside(element: Element, container: Element) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _url_key(url: str | None) -> str | None:
    """An article's identity: its path (networks serve one article on several hosts), or, for
    short paths, host and path."""
    if not url:
        return None
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    return path if len(path) > _MAX_HEADING // 3 else f"{(parts.hostname or '').removeprefix('www.')}{path}"


def _is_own(url: str | None, own: str) -> bool:
    """Whether ``url`` has the key ``own`` (:func:`_url_key`). A key that is a path stands as it
    is in any URL that has it: most URLs are told apart without being split."""
    if url is None or (own.startswith("/") and own not in url):
        return False
    return _url_key(url) == own


def _opening(anchor: Element) -> str:
    """The first character of the anchor's text as stripped ("" for none): its own text usually
    holds it, which spares reading the text of what the anchor holds."""
    own = anchor.text
    return own.lstrip()[:1] if own and not own.isspace() else text_of(anchor).lstrip()[:1]


def _page_number(url: str | None) -> int:
    for key, value in parse_qsl(urlsplit(url or "").query):
        if _PAGE_PARAMETER.match(key) and value.isdigit():
            return int(value)
    return 1


def _same_article(url: str, own_url: str | None) -> bool:
    return own_url is not None and urlsplit(url).path == urlsplit(own_url).path
