"""Read an article container into paragraphs, in document order, the way a reader sees them.

The walk is one pass over the container (``etree.iterwalk``, so deep nesting costs no
recursion). Block elements and ``<br>`` end a line; inline elements continue it; scripts, ads,
share bars, figures and tag lists are skipped; "Baca juga" boxes become inline related links.
The lines are then cleaned as a reader would: a stray dateline stub joins its paragraph,
related-link lines leave the text, credit lines ("Editor: …") are set aside for the byline,
an italic line under a photo is its caption, and boilerplate goes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator
from typing import NamedTuple

import attrs
from lxml import etree

from beritakit._text import normalize_space
from beritakit.models import Caption, RelatedLink
from beritakit.parsing.boilerplate import is_furniture, normalized_related_title
from beritakit.parsing.credits import split_credit
from beritakit.parsing.document import Element, text_of
from beritakit.parsing.selectors import (
    BYLINE_LABEL,
    BYLINE_TOKENS,
    CAPTION_TOKENS,
    CELL_TAGS,
    DATE_TOKENS,
    INLINE_TAGS,
    NAVIGATION_LINK,
    NOISE_TOKENS,
    RELATED_HEADING,
    RELATED_TOKENS,
    SITE_WIDE_HEADING,
    SKIPPED_TAGS,
    CaseBlindPattern,
    class_pattern,
    identity,
    is_tag_url,
)

__all__ = [
    "Line",
    "Reading",
    "image_source",
    "own_related_block",
    "read_container",
    "related_links",
    "site_wide",
]

Resolve = Callable[[str | None], str | None]

_NOISE = class_pattern(NOISE_TOKENS)
_RELATED = class_pattern(RELATED_TOKENS)
_CAPTION = class_pattern(CAPTION_TOKENS)
_BYLINE = class_pattern(BYLINE_TOKENS)
_DATE = class_pattern(DATE_TOKENS)
_EMPHASIS = frozenset({"b", "strong", "em", "i"})
_FIRST_TEXT = etree.XPath(".//text()[normalize-space()][not(ancestor::a)][1]")
_MAX_HEADING_LENGTH = 60
_MAX_HEADING_WORDS = 4
_RELATED_WORD = re.compile(r"terkait|related", re.IGNORECASE)
_SHORT_BLOCK = 160  # date, byline and credit blocks are short; a long one is text after all
# "Laporan Wartawan Tribun Medan, Name" opening the text credits its writer, without a colon.
_REPORT_LINE = re.compile(r"(?i)^laporan\s+(?:wartawan|reporter|kontributor|jurnalis)\s")
_DASH_END = re.compile(r"(?:^|\s)(?:-{1,2}|[–—])\s*$")
_CREDIT_MARK = re.compile(r"(?:^|[\s(])(?:foto|dok|doc|photo|sumber\s+foto)\s*[.:]|©|\(ist\)", re.IGNORECASE)
_SIGNOFF = re.compile(r"^[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}$")
_LAZY_SOURCES = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "src")
_PLACEHOLDER = CaseBlindPattern(
    r"(?:blank|spacer|placeholder|loading|lazy|pixel|transparent)\.(?:gif|png|jpg|svg)|^data:"
)


class Line(NamedTuple):
    """One line of the container as a reader sees it, with what the cleaning steps need.

    ``links`` are the texts and hrefs (as written: few lines turn out to be related links, and
    only theirs are resolved) of the line's links.
    """

    text: str
    links: tuple[tuple[str, str | None], ...] = ()
    link_share: float = 0.0
    emphasis_share: float = 0.0
    image: str | None = None


@attrs.frozen(kw_only=True)
class Reading:
    """What a container holds: body paragraphs, inline related links, captions printed as text
    under in-body photos, credit lines ("Editor: …") and a bold sign-off ("DINI TEJA")."""

    body: tuple[str, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    captions: tuple[Caption, ...] = ()
    credits: tuple[str, ...] = ()
    signoff: str | None = None


def read_container(container: Element, *, resolve: Resolve, skip: Collection[Element] = ()) -> Reading:
    """Read ``container`` into a :class:`Reading`.

    ``resolve`` makes hrefs absolute; elements in ``skip`` (the headline) are left out.
    """
    walker = _Walker(resolve=resolve, skip=skip)
    lines = walker.walk(container)
    return _clean(lines, walker.related, walker.credits, resolve)


def image_source(image: Element) -> str | None:
    """The real source of an ``<img>``: lazy-loading attributes first, the largest ``srcset``
    candidate next, ``src`` last; placeholders (``blank.gif``, data URIs) are not sources."""
    for attribute in _LAZY_SOURCES:
        value = (image.get(attribute) or "").strip()
        if value and not _PLACEHOLDER.search(value):
            return value
    srcset = image.get("data-srcset") or image.get("srcset") or ""
    candidates = [part.strip().split() for part in srcset.split(",") if part.strip()]
    if candidates:
        return max(candidates, key=_srcset_width)[0]
    return None


def related_links(block: Element, resolve: Resolve, placement: str) -> Iterator[RelatedLink]:
    """The article links of a related block: titled, not tag pages, first occurrence per URL."""
    seen: set[str] = set()
    for anchor in block.iter("a"):
        title = normalize_space(text_of(anchor)) or normalize_space(anchor.get("title") or "")
        if len(title) < 4 or NAVIGATION_LINK.match(title) or RELATED_HEADING.match(title):
            continue  # list furniture or the block's own heading: no need to resolve its href
        url = resolve(anchor.get("href"))
        key = url or title
        if key in seen or is_tag_url(url):
            continue  # met before (and so no tag page), or a tag page
        seen.add(key)
        yield RelatedLink(title=title, url=url, placement=placement)  # type: ignore[arg-type]


def own_related_block(block: Element) -> bool:
    """Whether a related-looking block is the article's own: not headed as a site-wide list
    ("Foto Terpopuler"), nor as links to something else than articles ("Artis Terkait")."""
    if site_wide(block):
        return False
    heading = next((normalize_space(str(text)) for text in _FIRST_TEXT(block)), "")
    return not (
        _RELATED_WORD.search(heading)
        and len(heading) < _MAX_HEADING_LENGTH
        and not RELATED_HEADING.match(heading)
    )


def site_wide(container: Element) -> bool:
    """A list headed "Topik Pilihan" or "Foto Terpopuler" lists the site's picks, not the article's."""
    first = normalize_space(next((text for text in container.itertext() if text.strip()), ""))
    return len(first.split()) <= _MAX_HEADING_WORDS and bool(SITE_WIDE_HEADING.search(first))


def _srcset_width(candidate: list[str]) -> float:
    descriptor = candidate[1] if len(candidate) > 1 else "1x"
    try:
        return float(descriptor[:-1])
    except ValueError:
        return 0.0


# --------------------------------------------------------------------------- the walk


class _Walker:
    """Turns a container into lines; collects the related blocks and credit lines it skips."""

    def __init__(self, *, resolve: Resolve, skip: Collection[Element]) -> None:
        self.resolve = resolve
        self.skip = skip
        self.lines: list[Line] = []
        self.related: list[RelatedLink] = []
        self.credits: list[str] = []
        # The line being read: its texts and links (both emptied in place by _flush), how many of
        # its characters are linked or emphasised, the link being read and the photo above the line.
        self.parts: list[str] = []
        self.links: list[tuple[list[str], str | None]] = []
        self.link_chars = 0
        self.emphasis_chars = 0
        self.emphasis_depth = 0
        self.anchor: tuple[list[str], str | None] | None = None
        self.image: str | None = None

    def walk(self, container: Element) -> list[Line]:
        # One loop, the steps for opening and closing an element and for its text written out in
        # it: they run for every element of the container.
        events = etree.iterwalk(container, events=("start", "end"))
        parts = self.parts
        skip = self.skip
        skipped: Element | None = None
        for event, element in events:
            tag = element.tag  # read once: lxml builds a new string on each read
            if not isinstance(tag, str):
                tag = ""  # a comment or a processing instruction
            if event == "start":
                # Only a left-out tag, a named element or one to skip may be left out: _skips decides.
                if (
                    element is not container
                    and (
                        tag in SKIPPED_TAGS
                        or element.get("class") is not None
                        or element.get("id") is not None
                        or element in skip
                    )
                    and self._skips(element, tag)
                ):
                    skipped = element
                    events.skip_subtree()
                    continue
                if tag in INLINE_TAGS:  # continues the line
                    if tag in _EMPHASIS:
                        self.emphasis_depth += 1
                    elif tag == "a" and self.anchor is None:
                        self.anchor = ([], element.get("href"))
                        self.links.append(self.anchor)
                elif tag in CELL_TAGS:
                    parts.append(" ")  # the cells of a row read as one line
                elif parts:  # a block or <br> ends the line read so far
                    self._flush()
                text = element.text
            else:
                if element is skipped:
                    skipped = None
                elif tag in INLINE_TAGS:
                    if tag in _EMPHASIS:
                        self.emphasis_depth -= 1
                    elif tag == "a":
                        self.anchor = None
                elif tag in CELL_TAGS:
                    parts.append(" ")
                elif parts and tag != "br":
                    self._flush()
                text = element.tail if element is not container else None
            # White space opening a line is dropped by normalize_space anyway: skipped early.
            if text and (parts or not text.isspace()):
                parts.append(text)
                if self.anchor is not None or self.emphasis_depth > 0:
                    size = len(text.strip())
                    if self.anchor is not None:
                        self.anchor[0].append(text)
                        self.link_chars += size
                    if self.emphasis_depth > 0:
                        self.emphasis_chars += size
        self._flush()
        return self.lines

    def _skips(self, element: Element, tag: str) -> bool:
        """Whether to leave ``element`` out of the text, taking what it offers on the way."""
        if tag == "img":
            self.image = self.resolve(image_source(element))
            return True
        if tag in SKIPPED_TAGS or element in self.skip:
            return True
        if element.get("class") is None and element.get("id") is None:
            return False  # most elements are unnamed: no need to build their identity
        names = identity(element)
        if not names.strip():
            return False
        roles = _roles(names)
        if roles.related and not roles.byline:
            self._flush()
            if own_related_block(element):
                self.related.extend(related_links(element, self.resolve, "inline"))
            return True
        if roles.noise or roles.caption:
            if tag not in INLINE_TAGS:
                self._flush()
            return True
        if roles.byline or roles.date:
            text = normalize_space(text_of(element))
            if len(text) < (_SHORT_BLOCK if roles.byline else _SHORT_BLOCK // 2):
                self._flush()
                if roles.byline:
                    self.credits.append(text)  # "Editor : Andhika" closing the text
                return True  # a credit or a date line inside the container is not text
        return False

    def _flush(self) -> None:
        """End the line being read, if any text was read since the last one.

        Without text there is nothing to reset: the links opened since then hold no text, and a
        line leaves such links out.
        """
        if not self.parts:
            return
        text = normalize_space("".join(self.parts))
        if text:
            size = len(text)
            links = (
                tuple(
                    (normalize_space("".join(parts)), href)
                    for parts, href in self.links
                    if "".join(parts).strip()
                )
                if self.links
                else ()
            )
            self.lines.append(
                Line(
                    text,
                    links,
                    min(self.link_chars / size, 1.0),
                    min(self.emphasis_chars / size, 1.0),
                    self.image,
                )
            )
            self.image = None
        self.parts.clear()
        self.links.clear()
        if self.anchor is not None:  # the link goes on into the next line
            self.anchor[0].clear()
            self.links.append(self.anchor)
        self.link_chars = self.emphasis_chars = 0


class _Roles(NamedTuple):
    """What a class/id string names, for the walk."""

    related: bool
    byline: bool
    noise: bool
    caption: bool
    date: bool


@functools.lru_cache(maxsize=8192)
def _roles(names: str) -> _Roles:
    """The vocabularies ``names`` matches (cached: templates repeat the same classes)."""
    return _Roles(
        related=_RELATED.search(names) is not None,
        byline=_BYLINE.search(names) is not None,
        noise=_NOISE.search(names) is not None,
        caption=_CAPTION.search(names) is not None,
        date=_DATE.search(names) is not None,
    )


# --------------------------------------------------------------------------- cleaning


def _clean(
    lines: list[Line], related: list[RelatedLink], credit_lines: list[str], resolve: Resolve
) -> Reading:
    lines = _join_dateline_stub(lines)
    body: list[str] = []
    captions: list[Caption] = []
    credit_lines = list(credit_lines)
    in_related_block = False
    for line in lines:
        text = line.text  # normalised by the walk: the checks below need not normalise it again
        title = normalized_related_title(text)
        if RELATED_HEADING.match(text) or title == "":
            in_related_block = True  # "Jangan Lewatkan", "Baca juga:": the link lines under it
            continue
        if in_related_block and line.link_share >= 0.9 and line.links:
            related.append(_inline_link(line.links[0][0], line, resolve))
            continue
        in_related_block = False
        if title is not None:
            related.append(_inline_link(title, line, resolve))
            continue
        if len(text) < _SHORT_BLOCK and (BYLINE_LABEL.match(text) or _REPORT_LINE.match(text)):
            credit_lines.append(text)
            continue
        if line.image is not None and _is_caption(line):
            caption_text, credit = split_credit(text)
            if caption_text:
                captions.append(Caption(text=caption_text, credit=credit, image_url=line.image))
            continue
        if is_furniture(text):  # boilerplate, the related-link lines having been taken above
            continue
        body.append(text)
    signoff = _signoff(lines, body)
    if signoff is not None:
        body.pop()
    return Reading(
        body=tuple(body),
        related=tuple(_unique(related)),
        captions=tuple(captions),
        credits=tuple(credit_lines),
        signoff=signoff,
    )


def _join_dateline_stub(lines: list[Line]) -> list[Line]:
    """``Jakarta -`` printed apart from its paragraph (old detik) is the paragraph's start."""
    for index, line in enumerate(lines[:3]):
        if len(line.text) <= 40 and _DASH_END.search(line.text) and index + 1 < len(lines):
            following = lines[index + 1]
            joined = following._replace(text=f"{line.text} {following.text}")
            return [*lines[:index], joined, *lines[index + 2 :]]
    return lines


def _inline_link(title: str, line: Line, resolve: Resolve) -> RelatedLink:
    # The link whose text is the title, else the line's only link, else none.
    url = next((resolve(href) for text, href in line.links if text and text in title), None)
    if url is None and len(line.links) == 1:
        url = resolve(line.links[0][1])
    return RelatedLink(title=title, url=url, placement="inline")


def _is_caption(line: Line) -> bool:
    """An in-body photo's caption: short, right under the photo, in italics or with a credit."""
    if len(line.text) > 300 or line.link_share >= 0.5:
        return False
    return line.emphasis_share >= 0.9 or bool(_CREDIT_MARK.search(line.text))


def _signoff(lines: list[Line], body: list[str]) -> str | None:
    """The writer's name in bold capitals as the last line (Tempo: ``DINI TEJA``)."""
    if not body or not lines or lines[-1].text != body[-1] or len(body) < 2:
        return None
    last = lines[-1]
    if last.emphasis_share >= 0.9 and len(last.text) <= 40 and _SIGNOFF.match(last.text):
        return last.text
    return None


def _unique(links: list[RelatedLink]) -> Iterator[RelatedLink]:
    seen: set[str] = set()
    for link in links:
        key = link.url or link.title
        if key not in seen:
            seen.add(key)
            yield link
