"""Okezone (okezone.com and its channel subdomains: news., lifestyle., celebrity., bola. …)."""

from __future__ import annotations

from beritakit.sites._base import SiteRule, has_class

__all__ = ["OkezoneRule"]

# The "Berita Rekomendasi" box under the text (2015-17): a topic link, then lists of stories.
_RECOMMENDED = f"//div[{has_class('meta-bottom-content')}]"


class OkezoneRule(SiteRule):
    """Okezone: the 2015 ``detail-page`` template, the 2017 ``title-detail`` one and the later
    ``read`` one, whose text sits in ``div#contentx`` as in 2015.

    - 2015: ``div.titles > h1``, ``time.tgl``, the reporter in ``div.nmreporter`` (its name, then
      the label "Jurnalis"), the text in ``div#contentx.dtlnews``.
    - 2017: ``div.title-detail > h1``, then a ``<span>`` "**Name** | Jum'at, 17 Februari 2017 -
      13:30 wib", the text in ``div.ctn-desc``.
    - later (``read``, as far as known, not checked on a saved page): the reporter link and date
      in ``div.namerep``, the text in ``div#contentx.read``, the tags in ``div.detail-tag``; the
      newest ``c-detail`` wrapper is tried for the headline only (its inner names are unknown).

    Every template keeps the photo caption in ``div.caption-img-ab`` ("… (Foto: Usnews)"). The
    "Berita Rekomendasi" box names the story's topic (its tag) above the related stories; the
    "Berita lainnya" / "BERITA LAINNYA" channel lists below it are not related.
    """

    name = "Okezone"
    domains = frozenset({"okezone.com"})
    title = (
        f"//div[{has_class('titles')}]/h1",
        f"//div[{has_class('title-detail')}]/h1",
        f"//div[{has_class('c-detail')}]//h1",
    )
    body = (
        "//div[@id='contentx']",
        f"//div[{has_class('ctn-desc')}]",
        "//*[@itemprop='articleBody']",
    )
    date = (
        f"//time[{has_class('tgl')}]",
        f"//div[{has_class('title-detail')}]/span",
        f"//div[{has_class('namerep')}]",
    )
    byline = (
        f"//div[{has_class('nmreporter')}]/div",
        f"//div[{has_class('title-detail')}]/span/b",
        f"//div[{has_class('namerep')}]/a",
    )
    tags = (f"{_RECOMMENDED}/span[a[contains(@href, '/topic/')]]", f"//div[{has_class('detail-tag')}]")
    related_list = (f"{_RECOMMENDED}//div[{has_class('berita-terkait-wrap')}]",)
