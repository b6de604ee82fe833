"""Tribun network: tribunnews.com, its regional subdomains (medan., jabar. …) and tribunjakarta.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from beritakit.sites._base import SiteRule

if TYPE_CHECKING:
    from beritakit.parsing.document import Document, Element

__all__ = ["TribunRule"]


def _starts_with(*labels: str) -> str:
    """An XPath predicate: the element's text starts with one of ``labels``."""
    return " or ".join(f"starts-with(normalize-space(), '{label}')" for label in labels)


# Credit lines as the network prints them: "Laporan Wartawan Tribun Medan, Name" above the
# dateline, "Editor: Name" under the text. The innermost short element holding one is read, so
# the text block that opens with the line is not taken for it.
_CREDIT = _starts_with("Laporan Wartawan", "Laporan Reporter", "Editor:", "Editor :")
_CREDIT_LINE = f"//body//*[{_CREDIT}][string-length(normalize-space()) < 160][not(.//*[{_CREDIT}])]"
# _CREDIT_LINE tests the text of every element of the page, several times the cost of parsing it.
# The same lines are found from the few text nodes holding a label's first word, going up while
# the text stays short (a label split inside that word by markup is not read: no page does that).
_LABEL_TEXTS = etree.XPath("//body//text()[contains(., 'Laporan') or contains(., 'Editor')]")
_SHORT = etree.XPath("string-length(normalize-space()) < 160")
_INNERMOST_CREDIT = etree.XPath(f"boolean(self::*[{_CREDIT}][not(.//*[{_CREDIT}])])")


def credit_lines(root: Element) -> list[Element]:
    """The elements :data:`_CREDIT_LINE` selects, in page order, without testing the whole page."""
    found: dict[Element, None] = {}
    for text in _LABEL_TEXTS(root):
        holder = text.getparent()  # for a tail, the element before it: tested for nothing
        for element in (holder, *holder.iterancestors()):
            if element.tag in {"body", "html"} or not _SHORT(element):
                break  # an ancestor's text holds its child's: longer still
            if _INNERMOST_CREDIT(element):
                found[element] = None
    # Credit lines never nest (only the innermost counts), so first met is first in the page.
    return list(found)


class TribunRule(SiteRule):
    """Tribun network (one CMS for tribunnews.com, its regional subdomains and tribunjakarta.com).

    Written from the network's documented conventions (the project's field guide to Indonesian
    news pages, §0 and §4), **not from a saved page**: its selectors are generic on purpose. The
    headline and text are the page's schema.org ``headline`` and ``articleBody`` when marked,
    else the generic finder's. The credits are the "Laporan Wartawan Tribun Medan, Name" line
    opening the story (the generic reader drops it from the text without crediting it) and the
    "Editor: Name" line. The rest is left to the generic extractor, which reads it already: the
    ``TRIBUNNEWS.COM, MEDAN -`` dateline, the "BERITA REKOMENDASI" links, ``Tribun Medan/Name``
    photo credits, the trailers (``Sumber: Tribun Medan``, ``(*)``, "Dapatkan Berita Pilihan di
    WhatsApp Anda"). The whole of a long story is at ``?page=all``.
    """

    name = "Tribun Network"
    # Regional Tribun sites under other registrable domains are added when confirmed.
    domains = frozenset({"tribunnews.com", "tribunjakarta.com"})
    title = ("//h1[@itemprop='headline']",)
    body = ("//*[@itemprop='articleBody']",)

    def select(self, selector: str, doc: Document) -> list[Element]:
        """The credit lines for ``byline``; the declared selectors for the rest."""
        return credit_lines(doc.root) if selector == "byline" else super().select(selector, doc)
