"""Photo captions around the article: ``<figure>``, caption boxes, and photo blocks with text.

Three shapes cover the outlets we know: a ``<figure>`` with its ``<figcaption>``; an element
named as a caption (``caption``, ``keterangan``, ``photodesc``) beside or around its image; and
a photo block (``div.photo``, ``div.pic_artikel``) that holds one image and the caption text,
sometimes with the credit in its own element (``span.author``). Each caption's credit is split
off by :func:`~beritakit.parsing.credits.split_credit` unless the page prints it apart.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import attrs

from beritakit._text import normalize_space
from beritakit.models import Caption
from beritakit.parsing.body import image_source
from beritakit.parsing.credits import split_credit
from beritakit.parsing.document import Element, text_of
from beritakit.parsing.selectors import CREDIT_TOKENS, LISTING_TOKENS, class_pattern, identity

if TYPE_CHECKING:
    from beritakit.parsing.marks import Marks

__all__ = ["caption_from", "find_captions"]

Resolve = Callable[[str | None], str | None]

_CREDIT = class_pattern(CREDIT_TOKENS)
_ELSEWHERE = class_pattern(LISTING_TOKENS)  # thumbnails in related lists carry no captions
_MAX_CAPTION = 600
_IMAGE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


def find_captions(marks: Marks, scope: Element, resolve: Resolve) -> tuple[Caption, ...]:
    """Every article photo caption among the marked elements of ``scope``, each once.

    Figures come first, then caption boxes, then photo blocks holding one image and some text;
    anything inside a related list, a sidebar or a menu is a thumbnail, not an article photo.
    """
    found: dict[str, Caption] = {}
    printed: dict[str, str] = {}  # image URL -> a credit printed on the photo, apart from its caption
    used: set[Element] = set()
    covered: set[Element] = set()  # the used blocks and everything inside them
    listings: dict[Element, bool] = {}  # whether an ancestor is in a list, a sidebar or a menu
    # Figures and caption boxes first, then photo blocks, which count when they hold one image.
    for photo, group in ((False, (*marks.figures, *marks.captions)), (True, marks.photos)):
        for block in group:
            if block in covered:
                continue
            content = text_of(block)
            if not content or content.isspace():
                continue  # most photo blocks hold no text: neither a caption nor a printed credit
            if photo and not _one_image(block):
                continue
            # A block holding a used one: looked for up from the few used blocks, not down a big block.
            if _elsewhere(block, scope, listings) or (
                used and any(block in inner.iterancestors() for inner in used)
            ):
                continue
            text = normalize_space(content)
            if not text:
                continue  # invisible characters only
            text_element = _text_element(block)
            caption_text = text if text_element is block else normalize_space(text_of(text_element))
            caption = _caption(block, text_element, caption_text, resolve)
            if caption is not None and caption.text not in found:
                found[caption.text] = caption
                used.add(block)
                covered.update(block.iter())
            elif caption is None and (credit := _printed_credit(block, text, resolve)) is not None:
                printed.setdefault(*credit)
    return _with_printed_credits(list(found.values()), printed)


def _printed_credit(block: Element, block_text: str, resolve: Resolve) -> tuple[str, str] | None:
    """A photo block whose only text is a credit (Republika: ``Antara/Teresia May`` above the
    photo, the caption below it): the photo's URL and that credit."""
    text, credit = split_credit(block_text)
    found = _image_of(block) if credit is not None and not text else None
    url = resolve(found[1]) if found is not None else None
    return (url, credit) if url is not None and credit is not None else None


def _with_printed_credits(captions: list[Caption], printed: dict[str, str]) -> tuple[Caption, ...]:
    """Each uncredited caption takes the credit printed apart on its photo."""
    return tuple(
        attrs.evolve(caption, credit=printed[caption.image_url])
        if caption.credit is None and caption.image_url in printed
        else caption
        for caption in captions
    )


def caption_from(block: Element, resolve: Resolve) -> Caption | None:
    """The caption a figure, caption box or photo block holds, or None when it holds no text."""
    text_element = _text_element(block)
    return _caption(block, text_element, normalize_space(text_of(text_element)), resolve)


def _text_element(block: Element) -> Element:
    """Where a block prints its caption: a figure in its ``<figcaption>``, any other block in itself."""
    caption_element = next(block.iterdescendants("figcaption"), None) if block.tag == "figure" else None
    return caption_element if caption_element is not None else block


def _caption(block: Element, text_element: Element, text: str, resolve: Resolve) -> Caption | None:
    """:func:`caption_from`, given the caption's element and its normalised text."""
    if not text or len(text) > _MAX_CAPTION or _mostly_linked(text_element, len(text)):
        return None  # a block of links is a gallery teaser ("Lihat Foto …"), not a caption
    image, source = _image_of(block) or (None, None)
    if image is not None and _links_away(image):
        return None  # a thumbnail that leads to another page belongs to that page
    credit_element = next(
        (
            node
            for node in text_element.iterdescendants()
            if isinstance(node.tag, str) and _CREDIT.search(identity(node))
        ),
        None,
    )
    credit = None
    if credit_element is not None:
        credit = normalize_space(text_of(credit_element)) or None
        rest = normalize_space(text.replace(credit, "", 1)) if credit else text
        if rest:
            text = rest
        else:  # the "credit" element holds the whole caption: split it as printed
            credit = None
    if credit is None:
        text, credit = split_credit(text)
    if not text:
        return None
    return Caption(text=text, credit=credit, image_url=resolve(source))


def _mostly_linked(element: Element, size: int) -> bool:
    linked = sum(len(normalize_space(text_of(anchor))) for anchor in element.iter("a"))
    return linked * 2 >= size


def _one_image(element: Element) -> bool:
    if len(element) == 0 or element.tag in {"body", "html"}:
        return False  # no children (an <img> marked as a photo itself), or the whole page
    images = element.iterdescendants("img")
    return next(images, None) is not None and next(images, None) is None  # exactly one


def _elsewhere(element: Element, scope: Element, inside: dict[Element, bool]) -> bool:
    """Inside a related list, a sidebar or a menu (below ``scope``). ``inside`` caches the answer
    for each ancestor passed (itself a listing, or inside one): the blocks of a page share their
    ancestors, so a block's climb stops at the first one an earlier block answered for."""
    climbed: list[Element] = []
    found = False
    ancestor = element.getparent()
    while ancestor is not None and ancestor is not scope:
        known = inside.get(ancestor)
        if known is not None:
            found = known
            break
        climbed.append(ancestor)
        if _listing(ancestor):
            found = True
            break
        ancestor = ancestor.getparent()
    for passed in climbed:
        inside[passed] = found
    return found


def _listing(element: Element) -> bool:
    if element.get("class") is None and element.get("id") is None:
        return False  # most ancestors are unnamed wrappers
    return _listing_names(identity(element))


@functools.lru_cache(maxsize=4096)
def _listing_names(names: str) -> bool:
    """Whether a class/id string names a listing (cached: templates repeat the same names)."""
    return _ELSEWHERE.search(names) is not None


def _image_of(block: Element) -> tuple[Element, str] | None:
    """The image a caption belongs to (inside it, beside it, or just before it), and its source."""
    for candidate in _nearby(block):
        image = candidate if candidate.tag == "img" else next(candidate.iterdescendants("img"), None)
        source = image_source(image) if image is not None else None
        if image is not None and source:
            return image, source
    return None


def _links_away(image: Element) -> bool:
    """Whether the image is wrapped in a link to a page (not to its own full-size file)."""
    for ancestor in itertools.islice(image.iterancestors(), 3):
        if ancestor.tag == "a":
            href = (ancestor.get("href") or "").strip().split("?")[0].lower()
            return (
                bool(href) and not href.startswith(("#", "javascript:")) and not href.endswith(_IMAGE_FILES)
            )
    return False


def _nearby(block: Element) -> Iterator[Element]:
    yield block
    parent = block.getparent()
    previous = block.getprevious()
    if previous is not None:
        yield previous
    if parent is not None:
        yield parent
        grand_previous = parent.getprevious()
        if grand_previous is not None:
            yield grand_previous
