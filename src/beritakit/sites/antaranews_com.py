"""ANTARA News: antaranews.com, its channels (otomotif., en.) and its regional sites (jatim., bali. …)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from beritakit.parsing.body import related_links
from beritakit.sites._base import SiteRule, field, has_class

if TYPE_CHECKING:
    from collections.abc import Mapping

    from beritakit.models import RelatedLink
    from beritakit.parsing.document import Document

__all__ = ["AntaranewsRule"]

# The two blocks of links ANTARA ties to a story, both carried as related list:
# "Berita Lainnya" under the text (2015-17: div.terkait_bottom) and the floating "Baca Juga"
# fly-in box (div#box_fly), which the generic reader skips as page furniture.
_RELATED = (
    f"//div[{has_class('terkait_bottom')}]",
    "//div[@id='box_fly']",
    # The current template heads its block "Berita Terkait" in an h4.border_section.
    f"//h4[{has_class('border_section')}][contains(., 'Terkait')]/following-sibling::*[1]",
)


class AntaranewsRule(SiteRule):
    """ANTARA: the 2015-17 template (``div.bjbrt``: ``h1.title``, ``div.date``, ``div.byline``,
    text in ``div#content_news`` closed by "Editor:" and "COPYRIGHT © ANTARA" lines) and the
    current ``wrap__article-detail`` one (``-title``, ``-info``, text in ``div.post-content``
    closed by a "Pewarta: / Editor: / COPYRIGHT © ANTARA" paragraph; selectors from memory of
    the live site, not from a saved page). The regional sites run the same CMS.
    """

    name = "ANTARA News"
    domains = frozenset({"antaranews.com"})
    title = (
        f"//div[{has_class('wrap__article-detail-title')}]//h1",
        f"//div[{has_class('bjbrt')}]/h1[{has_class('title')}]",
    )
    body = (
        f"//div[{has_class('wrap__article-detail-content')}]",
        f"//div[{has_class('post-content')}]",
        "//div[@id='content_news']",
    )
    # The old template's date is found by the generic reader, seconds included (<time datetime>).
    date = (f"//div[{has_class('wrap__article-detail-info')}]",)
    queries: ClassVar[Mapping[str, tuple[str, ...]]] = {"related_blocks": _RELATED}

    @field("related_list")
    def related(self, doc: Document) -> tuple[RelatedLink, ...] | None:
        """Both blocks, each story once: the fly-in box often repeats a "Berita Lainnya" story
        under another URL (tracking parameters added), so titles count as well as URLs."""
        seen: set[str] = set()
        links: list[RelatedLink] = []
        for block in self.select_all("related_blocks", doc):
            for link in related_links(block, doc.absolute, "list"):
                keys = {link.title.casefold(), (link.url or "").split("?")[0]} - {""}
                if not keys & seen:
                    seen |= keys
                    links.append(link)
        return tuple(links) or None
