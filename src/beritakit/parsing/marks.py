"""The elements around an article that name what they hold, sorted once.

Captions, photo blocks, related boxes, tag lists, bylines and dates are found by their names
(``class="caption"``, ``id="bacajugabox"``), related blocks also by their headings ("Baca
Juga"). Rather than scanning the page once per field, :func:`mark` walks an area once, reads
every ``class``/``id`` with one combined pattern, and files each element under every vocabulary
it matches, in page order.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import attrs
from lxml import etree

from beritakit.parsing.selectors import (
    BYLINE_TOKENS,
    CAPTION_TOKENS,
    DATE_TOKENS,
    PHOTO_TOKENS,
    RELATED_TOKENS,
    TAG_TOKENS,
    CaseBlindPattern,
    alternation,
)

if TYPE_CHECKING:
    from beritakit.parsing.document import Element

__all__ = ["Marks", "mark"]


_KINDS = {
    "caption": CAPTION_TOKENS,
    "photo": PHOTO_TOKENS,
    "related": RELATED_TOKENS,
    "tag": TAG_TOKENS,
    "byline": BYLINE_TOKENS,
    "date": DATE_TOKENS,
}
# One word-start test ahead of all the vocabularies, rather than one ahead of each, finds the same
# matches (the test only looks behind) in less time.
_PATTERN = CaseBlindPattern(
    "(?<![a-z])(?:" + "|".join(rf"(?P<{kind}>{alternation(tokens)})" for kind, tokens in _KINDS.items()) + ")"
)
# Words that open a credit line ("Penulis : X") or a related-block heading ("Baca Juga"); the
# callers check the whole text with BYLINE_LABEL and RELATED_HEADING. A credit label opens the text;
# a heading word may sit anywhere in it.
_CREDIT_WORD = re.compile(
    r"\s*(?:pewarta|penulis|reporter|editor|redaktur|penyunting|fotografer|jurnalis|kontributor"
    r"|wartawan|red|oleh|sumber|laporan|by)\b",
    re.IGNORECASE,
)
_HEADING_WORD = CaseBlindPattern("terkait|juga|pula|rekomendasi|lewatkan|related|also")
_CELLS = frozenset({"td", "th"})
_KIND_OF_TAG = {"figure": "figure", "time": "date"}  # elements marked by their tag
_MAX_HEADING = 80


@attrs.frozen(kw_only=True)
class Marks:
    """Elements of an area by kind, each tuple in page order (an element may be in several).

    ``headings`` are elements whose own text holds a related-block word ("Baca Juga");
    ``credit_lines`` the lines that open with a credit label ("Penulis", "Editor"), table rows whole.
    """

    captions: tuple[Element, ...] = ()
    photos: tuple[Element, ...] = ()
    related: tuple[Element, ...] = ()
    tags: tuple[Element, ...] = ()
    bylines: tuple[Element, ...] = ()
    dates: tuple[Element, ...] = ()
    figures: tuple[Element, ...] = ()
    headings: tuple[Element, ...] = ()
    credit_lines: tuple[Element, ...] = ()
    before_headline: frozenset[Element] = frozenset()

    def after_headline(self, element: Element) -> bool:
        """Whether ``element`` comes after the headline (site-wide bars often sit above it)."""
        return element not in self.before_headline


@functools.lru_cache(maxsize=8192)
def _kinds(classes: str | None, identifier: str | None) -> tuple[str, ...]:
    """The vocabularies a class/id pair matches (cached: templates repeat the same classes)."""
    names = f"{classes or ''} {identifier or ''}"
    return tuple(dict.fromkeys(match.lastgroup for match in _PATTERN.finditer(names) if match.lastgroup))


@functools.lru_cache(maxsize=8192)
def _line_kind(text: str) -> str | None:
    """``"credit"`` for a short text opening with a credit label, ``"heading"`` for one holding a
    related-block word (cached: menus and labels repeat from page to page)."""
    if text.isspace():
        return None
    if _CREDIT_WORD.match(text):
        return "credit"
    return "heading" if _HEADING_WORD.search(text) is not None else None


def _row_of(element: Element) -> Element:
    """A label in a table cell (``<td><strong>Redaktur</strong></td><td>: X</td>``) stands for its row."""
    for node in (element, element.getparent()):
        if node is not None and node.tag in _CELLS:
            row = node.getparent()
            return row if row is not None else element
    return element


def mark(area: Element, *, headline: Element | None = None, lines: bool = True) -> Marks:
    """Sort the elements inside ``area`` by what their names and short texts say they hold.

    Elements met before ``headline`` (in page order) are remembered as such. Without ``lines``,
    texts are not read: ``headings`` and ``credit_lines`` stay empty (a third of the work).
    """
    found: dict[str, list[Element]] = {kind: [] for kind in (*_KINDS, "figure", "heading", "credit")}
    before: list[Element] = []
    seen_headline = headline is None
    # The few elements marked by their tag, listed by libxml2: reading every element's tag costs more.
    by_tag = {element: _KIND_OF_TAG[str(element.tag)] for element in area.iter(*_KIND_OF_TAG)}
    for element in area.iter(etree.Element):
        if not seen_headline:
            if element is headline:
                seen_headline = True
            else:
                before.append(element)
        if by_tag and element in by_tag:
            found[by_tag[element]].append(element)
        if lines:  # (most texts are the white space between tags: isspace() tells it first, cheaply)
            text = element.text
            if text and len(text) < _MAX_HEADING and not text.isspace() and (kind := _line_kind(text)):
                found[kind].append(_row_of(element) if kind == "credit" else element)
            tail = element.tail  # "<div><span></span> Red: Yudha</div>": the line is the parent's
            if tail and len(tail) < _MAX_HEADING and not tail.isspace() and _line_kind(tail) == "credit":
                parent = element.getparent()
                if parent is not None:
                    found["credit"].append(_row_of(parent))
        classes, identifier = element.get("class"), element.get("id")
        if classes is None and identifier is None:
            continue
        for kind in _kinds(classes, identifier):
            if not (kind == "date" and by_tag.get(element) == "date"):  # a <time> is a date already
                found[kind].append(element)
    return Marks(
        captions=tuple(found["caption"]),
        photos=tuple(found["photo"]),
        related=tuple(found["related"]),
        tags=tuple(found["tag"]),
        bylines=tuple(found["byline"]),
        dates=tuple(found["date"]),
        figures=tuple(found["figure"]),
        headings=tuple(found["heading"]),
        credit_lines=tuple(dict.fromkeys(found["credit"])),
        before_headline=frozenset(before) if seen_headline else frozenset(),
    )
