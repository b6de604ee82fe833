"""Find the element that holds the article text, on any outlet and in any template year.

Readability-style, tuned for Indonesian news: every paragraph-like piece of text (a ``<p>``, a
leaf ``<div>`` or ``<td>``, or a run of text between ``<br>`` tags in the old 2015-16
templates) scores points for the block that holds it (half for the block above), more for long
text with commas and a sentence end, nothing for text that sits in links (related titles). A
block's total is then weighted by its class/id vocabulary; the best block wins, widened to its
parent when the parent holds more of the same story.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from beritakit.parsing.document import Element, text_of
from beritakit.parsing.selectors import (
    CONTENT_TOKENS,
    INLINE_TAGS,
    NAVIGATION_TOKENS,
    NOISE_TOKENS,
    SKIPPED_TAGS,
    class_pattern,
    identity,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["MIN_ARTICLE_TEXT", "find_container"]


MIN_ARTICLE_TEXT = 120
"""Fewest characters of paragraph text a container needs to count as an article."""

_MIN_PARAGRAPH = 25
_SIBLING_SHARE = 1.3  # the parent's paragraph text must exceed the block's by this factor
# Paragraph-like elements: <p>, and blocks holding text but no further blocks (viva, old detik).
_DIV_CHILD_BLOCKS = ("div", "p", "table", "ul", "ol")
_LEAF_BLOCKS = frozenset({"div", "p", "table", "td", "ul", "ol"})
_FINALISTS = 12  # class weights only reorder the leaders; weigh no more than these
_FURNITURE = frozenset({"nav", "footer", "aside", "form"})
_CONTENT = class_pattern(CONTENT_TOKENS)
_NAVIGATION = class_pattern(NAVIGATION_TOKENS)
_NOISE = class_pattern(NOISE_TOKENS)
_SENTENCE_END = re.compile(r"[.!?\"”’)]$")
_LEAD = re.compile(r"^.{60,}[.!?\"”]")  # loose text that reads like a paragraph


def find_container(root: Element, *, exclude: Element | None = None) -> Element | None:
    """The element holding the article text, or None when no block reads like an article.

    ``exclude`` (the headline, say) is never chosen, nor any block inside it.
    """
    scores: dict[Element, float] = defaultdict(float)
    totals: dict[Element, int] = defaultdict(int)
    holders: dict[Element, None] = {}  # blocks whose text runs are split by <br>, in page order
    for breaking in root.iter("br"):
        parent = breaking.getparent()
        if parent is not None:
            holders[parent] = None
    for paragraph, text in _paragraphs(root):
        if paragraph in holders:
            continue  # <br> holders are scored run by run below
        if len(text) >= _MIN_PARAGRAPH:  # shorter text scores nothing: spare counting its links
            _credit(scores, totals, paragraph.getparent(), text, _linked(paragraph))
    for holder in holders:
        for run, linked in _runs(holder):
            _credit(scores, totals, holder, run, linked)
    best, best_score = None, 0.0
    leaders = sorted(scores.items(), key=lambda pair: pair[1], reverse=True)[:_FINALISTS]
    for candidate, score in leaders:
        if totals[candidate] < MIN_ARTICLE_TEXT:
            continue
        weighted = score * _class_weight(candidate)
        if weighted > best_score and not _skipped(candidate, exclude):
            best, best_score = candidate, weighted
    return None if best is None else _widen(best, totals)


def _paragraphs(root: Element) -> Iterator[tuple[Element, str]]:
    """Paragraph-like elements and their text: ``<p>``, leaf ``<div>``, cells holding no block."""
    for paragraph in root.iter("p"):
        yield paragraph, text_of(paragraph)
    yield from _leaf_divs(root)
    for cell in root.iter("td"):
        if not any(child.tag in _LEAF_BLOCKS for child in cell):
            yield cell, text_of(cell)


def _leaf_divs(root: Element) -> list[tuple[Element, str]]:
    """The ``<div>``s of the body holding more than a few words but no block, with their text:
    those of ``//body//div[not(div or p or table or ul or ol)][string-length() > 25]``, found
    faster from the blocks up (a block's parent is no leaf) than by testing each div's children."""
    divs: list[Element] = []
    parents: set[Element | None] = set()
    for body in root.iter("body"):  # one: libxml2 folds any later <body> into the first
        for block in body.iterdescendants(*_DIV_CHILD_BLOCKS):
            parents.add(block.getparent())
            if block.tag == "div":
                divs.append(block)
    leaves = ((div, text_of(div)) for div in divs if div not in parents)
    return [(div, text) for div, text in leaves if len(text) > _MIN_PARAGRAPH]


def _credit(
    scores: dict[Element, float], totals: dict[Element, int], block: Element | None, text: str, linked: int
) -> None:
    if block is None or len(text) < _MIN_PARAGRAPH:
        return
    text = " ".join(text.split())
    size = len(text) - linked
    if size < _MIN_PARAGRAPH:
        return  # short, or a link's title: nothing a reader reads as a paragraph
    while block.tag in INLINE_TAGS and (parent := block.getparent()) is not None:
        block = parent
    score = (1 + text.count(",") + min(size / 100, 3) + (0.5 if _SENTENCE_END.search(text) else 0)) * (
        size / len(text)
    )
    scores[block] += score
    totals[block] += size
    parent = block.getparent()
    if parent is not None and parent.tag not in {"body", "html"}:
        scores[parent] += score / 2
        totals[parent] += size


def _linked(element: Element) -> int:
    """Characters of ``element``'s text that sit inside links."""
    linked = 0
    for anchor in element.iter("a"):
        linked += len(" ".join(text_of(anchor).split()))
    return linked


def _runs(holder: Element) -> list[tuple[str, int]]:
    """The text between the ``<br>`` children of ``holder``, with the characters in links."""
    runs: list[tuple[str, int]] = []
    current, linked = [holder.text or ""], 0
    for child in holder:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br" or (tag and tag not in INLINE_TAGS):
            runs.append(("".join(current), linked))  # a block child ends the run and scores itself
            current, linked = [], 0
        elif tag:
            current.append(text_of(child))
            linked += _linked(child) if tag != "a" else len(" ".join(text_of(child).split()))
        current.append(child.tail or "")
    runs.append(("".join(current), linked))
    return runs


def _class_weight(element: Element) -> float:
    weight = 1.0
    for node in (element, element.getparent()):
        if node is not None:
            weight *= _names_weight(identity(node))
    if element.tag in {"article", "main"} or element.get("itemprop") == "articleBody":
        weight *= 1.5
    return weight


@functools.lru_cache(maxsize=4096)
def _names_weight(names: str) -> float:
    """How a class/id string weighs a candidate (cached: templates repeat the same names)."""
    if _CONTENT.search(names):
        return 1.25
    if _NAVIGATION.search(names):
        return 0.5
    return 1.0


def _skipped(element: Element, exclude: Element | None) -> bool:
    if element.tag in SKIPPED_TAGS or element.tag in {"html", "ul", "ol"}:
        return True
    if _NOISE.search(identity(element)):
        return True  # a newsletter box or a comment thread, however wordy
    for ancestor in element.iterancestors():
        if ancestor.tag in _FURNITURE or ancestor is exclude:
            return True
    return element is exclude


def _widen(best: Element, totals: dict[Element, int]) -> Element:
    """Read the best block together with its parent when the parent holds more of the story:
    paragraphs in sibling blocks (ANTARA splits the text over several ``<div>``), the lead as loose
    text before a ``<div>`` of ``<br>`` runs, or a dateline left outside a ``<p>`` (old detik:
    ``<strong>Jakarta</strong> - <p>…``)."""
    parent = best.getparent()
    if parent is None or parent.tag in {"body", "html"} or _NAVIGATION.search(identity(parent)):
        return best
    if totals.get(parent, 0) >= _SIBLING_SHARE * totals[best] or _LEAD.search(_loose_text(parent)):
        return parent
    siblings = [child for child in parent if child is not best and isinstance(child.tag, str)]
    if best.tag == "p" and all(child.tag in INLINE_TAGS or child.tag == "br" for child in siblings):
        return parent
    return best


def _loose_text(element: Element) -> str:
    """Text of ``element`` that sits outside its block children (its own lines)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())
