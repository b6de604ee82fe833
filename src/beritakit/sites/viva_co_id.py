"""VIVA (viva.co.id and its channel subdomains: news., life., bola., otomotif. …)."""

from __future__ import annotations

from beritakit.sites._base import SiteRule, has_class

__all__ = ["VivaRule"]

# The 2016 article: <article class="article-detail"> holding header, photo and text.
_ARTICLE = f"//article[{has_class('article-detail')}]"


class VivaRule(SiteRule):
    """VIVA: the 2016 ``article-detail`` template and the later ``main-content`` one.

    - 2016: ``div.title > h1``, then a standfirst (``div.summary``, not body), ``div.smalldesc``
      with ``div.date`` ("Selasa, 16 Februari 2016 | 13:01 WIB") and ``div.author`` ("Oleh :
      Name"), the photo with ``div.photodesc`` ("… (Antara)"), and the text in
      ``div#article-content``, which also holds the "TERKAIT" box (related) and the "FOTO
      TERPOPULER" / "BACA ARTIKEL MENARIK LAINNYA" boxes (not related).
    - later (``main-content-title``, ``-date``, ``-author``, ``-text``; as far as known, not
      checked on a saved page), with ``itemprop="articleBody"`` as the last resort.
    """

    name = "VIVA"
    domains = frozenset({"viva.co.id"})
    title = (f"{_ARTICLE}/div[{has_class('title')}]/h1", f"//h1[{has_class('main-content-title')}]")
    body = (
        f"{_ARTICLE}//div[@id='article-content']",
        f"//div[{has_class('main-content-text')}]",
        "//*[@itemprop='articleBody']",
    )
    date = (
        f"{_ARTICLE}/div[{has_class('smalldesc')}]/div[{has_class('date')}]",
        f"//div[{has_class('main-content-date')}]",
    )
    byline = (
        f"{_ARTICLE}/div[{has_class('smalldesc')}]/div[{has_class('author')}]",
        f"//div[{has_class('main-content-author')}]",
    )
    related_list = (
        f"//section[{has_class('artikel-terkait')}]",
        f"//div[{has_class('main-content-related')}]",
    )
