"""Media Indonesia (mediaindonesia.com)."""

from __future__ import annotations

from beritakit.sites._base import SiteRule, has_class

__all__ = ["MediaIndonesiaRule"]


class MediaIndonesiaRule(SiteRule):
    """Media Indonesia: the current template (2025-26, ``post-header`` over ``div.article``).

    The writer sits under the headline (``div.author-2``), the editor at the foot of the text
    ("Editor : Name", ``div.info-author``). The "Berita Lainnya" list under the tags is the
    article's related list; the generic reader takes its heading for a site-wide one, and the
    sidebar sections headed alike ("Opini", "Kolom Pakar") are not related.
    """

    name = "Media Indonesia"
    domains = frozenset({"mediaindonesia.com"})
    title = (f"//div[{has_class('post-header')}]/h1",)
    body = (f"//div[{has_class('post-header')}]/following-sibling::div[{has_class('article')}]",)
    date = (f"//div[{has_class('post-header')}]//span[{has_class('datetime')}]",)
    byline = (
        (
            f"//div[{has_class('post-header')}]//div[{has_class('author-2')}]"
            f" | //div[{has_class('info-author')}]"
        ),
    )
    tags = (f"//ul[{has_class('related-tags')}]",)
    related_list = (f"//div[{has_class('ti')}][normalize-space()='Berita Lainnya']/parent::section/ul",)
