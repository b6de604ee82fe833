"""Tempo: tempo.co and its channel subdomains (nasional., gaya., bisnis., metro. …)."""

from __future__ import annotations

from beritakit.sites._base import SiteRule, has_class

__all__ = ["TempoRule"]


class TempoRule(SiteRule):
    """Tempo: the 2015-16 template (``div.artikel``: the headline ``<h1>`` under the channel's
    own ``<h1>``, ``div.block-tanggal``, the photo in ``div.block-display`` with its caption in
    ``div.deskripsi``, the story in one ``<p>`` signed off by the reporter's name in bold).
    Its related list is the one headed "Berita Terkait"; the Foto / Video / Indonesiana box
    beside it (``ul.terkait-img``) shows the site's picks, not the story's. Current pages print
    the caption in a ``<figcaption>``, which the generic reader finds.
    """

    name = "Tempo"
    domains = frozenset({"tempo.co"})
    title = (f"//div[{has_class('artikel')}]/h1",)
    # The whole story in one <p> (paragraphs split by <br>), beside the breadcrumb and photo.
    body = (f"//div[{has_class('artikel')}][p][not(p[2])]/p",)  # exactly one <p>
    date = (f"//div[{has_class('artikel')}]/div[{has_class('block-tanggal')}]",)
    captions = (f"//div[{has_class('block-display')}]/div[{has_class('deskripsi')}]",)
    related_list = (
        f"//div[{has_class('title')}][normalize-space() = 'Berita Terkait']/following-sibling::ul[1]",
    )
    # The share buttons laid over the photo: their icons would be taken for the photo.
    remove = (f"//div[{has_class('single-img')}]/div[{has_class('share-display')}]",)
