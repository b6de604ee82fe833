"""KapanLagi.com (and its channel subdomains: musik., selebriti. …)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

import attrs

from beritakit.parsing.body import related_links
from beritakit.sites._base import SiteRule, field, has_class

if TYPE_CHECKING:
    from collections.abc import Mapping

    from beritakit.models import RelatedLink
    from beritakit.parsing.document import Document

__all__ = ["KapanlagiRule"]

# The gallery box under the text is titled with a button label: "Lihat Foto <gallery title>".
_CALL_TO_ACTION = re.compile(r"(?i)^lihat\s+foto\s+(?=\S)")


class KapanlagiRule(SiteRule):
    """KapanLagi.com: the 2015-16 templates of www. (``entertainment-newsdetail-…``) and musik.
    (``v7-music-newsdetail-…``); the selectors match the class stem, whatever the channel
    prefix. No sample of the current template was at hand: it is left to the generic extractor.

    Beside the headline sit a celebrity label (``h2.newsdetail-celebrity``, not tags) and the
    "Kumpulan Berita Terkait:" tag box. After the text come the article's related items: the
    "Foto Terkait" gallery link (``photonews-det-warper``) and the "<ARTIS>: BERITA TERKAIT" box;
    the "ARTIS TERKAIT" profile links beside them are not articles.
    """

    name = "KapanLagi.com"
    domains = frozenset({"kapanlagi.com"})
    title = ("//h1[contains(@class, 'newsdetail-title')]",)
    body = ("//div[contains(@class, '-detail-news')]",)
    date = ("//span[contains(@class, 'newsdetail-schedule')]",)
    tags = (f"//div[{has_class('v7-tags-terkait-warper')}]",)
    # The gallery link, then the "BERITA TERKAIT" box, as the page prints them.
    queries: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "related_blocks": (
            f"//div[{has_class('photonews-det-warper')}]/div[{has_class('photonews-title')}]",
            f"//div[{has_class('entertainment-newsdetail-beritaterkait')}]/ul",
        )
    }

    @field("related_list")
    def related_titled(self, doc: Document) -> tuple[RelatedLink, ...] | None:
        """The related items, the gallery link titled as its gallery (without "Lihat Foto")."""
        links = (
            attrs.evolve(link, title=_CALL_TO_ACTION.sub("", link.title))
            for block in self.select_all("related_blocks", doc)
            for link in related_links(block, doc.absolute, "list")
        )
        return tuple(links) or None
