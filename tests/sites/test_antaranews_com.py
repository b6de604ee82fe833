"""ANTARA News: both templates, and the two related blocks (Berita Lainnya, the Baca Juga fly-in)."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.antaranews_com import AntaranewsRule

URL = "https://www.antaranews.com/berita/700100/harga-gabah-di-karawang-naik"
LEAD = "Karawang (ANTARA News) - Harga gabah kering panen di Karawang naik menjadi Rp5.200 per kilogram."
SECOND = (
    '"Kenaikan ini karena panen mundur akibat hujan," kata Kepala Dinas Pertanian Karawang, Rudi Hartono.'
)


def _lainnya(*stories: tuple[int, str]) -> str:
    """The "Berita Lainnya" block: a thumbnail link and a headline link per story."""
    items = "".join(
        f'<div class="topbox"><a href="/berita/{number}/x?utm_source=related_news" title="{title}">'
        f'<img src="/img/{number}.jpg" alt="{title}"></a>'
        f'<h3><a href="/berita/{number}/x?utm_source=related_news">{title}</a></h3></div>'
        for number, title in stories
    )
    return f'<div class="terkait_bottom mt10"><div class="box_header">Berita Lainnya</div>{items}</div>'


def _fly(*stories: tuple[int, str]) -> str:
    """The floating "Baca Juga" fly-in box at the end of the page."""
    items = "".join(
        f'<div class="fall mb10"><div class="boxpic"><img src="/img/t{number}.jpg"></div><div class="boxtxt">'
        f'<h2><a href="/berita/{number}/x?utm_source=fly" title="{title}">{title}</a></h2></div></div>'
        for number, title in stories
    )
    return f'<div id="box_fly"><div id="fly_close"></div><div class="ttl">Baca Juga</div>{items}</div>'


def old_page(lainnya: str = "", fly: str = "") -> str:
    """A 2015-17 page: div.bjbrt with h1.title, div.date, div.byline, text in div#content_news."""
    return f"""<html><head><title>Harga gabah di Karawang naik - ANTARA News</title></head><body>
<div class="bjbrt" itemscope itemtype="http://schema.org/NewsArticle">
<h1 class="title" itemprop="headline"><strong>Harga gabah di Karawang naik</strong></h1>
<div class="date mt10"><time itemprop="datePublished" datetime="2016-03-01T10:05:12+07:00">
Selasa, 1 Maret 2016 10:05 WIB</time>
 | 812 Views</div><div class="byline">Pewarta: Sri Wahyuni</div>
<div id="image_news"><img src="http://img.antaranews.com/new/2016/03/ori/gabah.jpg">
<div id="caption_news">Petani menjemur gabah di Karawang, Jawa Barat. (ANTARA FOTO/Andi Saputra)</div></div>
<div id="content_news">{LEAD}<br /><br />{SECOND}<p class="mt10">Editor: Tasrief Tarmizi</p>
<p class="date">COPYRIGHT &copy; ANTARA 2016</p></div>{lainnya}</div>
<div class="populer"><ul><li><a href="/berita/1/y?utm_source=populer_home">Banjir rendam Bekasi</a>
<span class="date">5.713 views</span></li></ul></div>
<div id="flybox"><div class="buka"></div></div>{fly}
<div class="footer_bg"><div class="copy">Copyright &copy; 2016</div></div></body></html>"""


CURRENT = f"""<html><head><meta property="og:title" content="Harga gabah di Karawang naik - ANTARA News">
</head><body><div class="wrap__article-detail">
<div class="wrap__article-detail-title"><h1 class="post_title">Harga gabah di Karawang naik</h1></div>
<div class="wrap__article-detail-info"><ul class="list-inline"><li class="list-inline-item">
<span class="text-secondary">Selasa, 1 Maret 2016 10:05 WIB</span></li></ul></div>
<div class="wrap__article-detail-content post-content"><p>{LEAD}</p>
<p>Baca juga: <a href="/berita/700090/petani-karawang-mulai-panen">Petani Karawang mulai panen</a></p>
<p>{SECOND}</p><p class="text-muted mt-2 small">Pewarta: Sri Wahyuni<br />Editor: Tasrief Tarmizi<br />
COPYRIGHT © ANTARA 2016</p></div></div>
<aside><h4 class="border_section">Berita Terkait</h4><div class="row"><article>
<a href="/berita/700050/pupuk-subsidi">Pupuk subsidi di Karawang cukup</a></article></div></aside>
</body></html>"""


class TestAntaranewsRule:
    def test_the_rule_covers_channels_and_regional_sites(self) -> None:
        """otomotif., jatim. … run the same CMS and use the ANTARA rule."""
        assert isinstance(site_for("jatim.antaranews.com"), AntaranewsRule)
        assert isinstance(site_for("otomotif.antaranews.com"), AntaranewsRule)

    def test_old_template(self) -> None:
        """div#content_news is the text; the Editor and COPYRIGHT lines closing it are not."""
        article = parse_html(old_page(), url=URL)
        assert article.title == "Harga gabah di Karawang naik"
        assert article.body == (LEAD, SECOND)
        assert article.published == dt.datetime(2016, 3, 1, 10, 5, 12, tzinfo=WIB)
        assert (article.authors, article.editors) == (("Sri Wahyuni",), ("Tasrief Tarmizi",))

    def test_old_template_caption(self) -> None:
        """The caption under the photo, its ANTARA FOTO credit split off."""
        caption = parse_html(old_page(), url=URL).captions[0]
        assert (caption.text, caption.credit) == (
            "Petani menjemur gabah di Karawang, Jawa Barat.",
            "ANTARA FOTO/Andi Saputra",
        )

    def test_berita_lainnya_and_the_fly_in_box_are_related(self) -> None:
        """Both blocks tied to the story are related lists; the site's popular list is not."""
        page = old_page(_lainnya((11, "Stok beras Bulog aman")), _fly((12, "Petani Karawang mulai panen")))
        related = parse_html(page, url=URL).related
        assert [(link.title, link.placement) for link in related] == [
            ("Stok beras Bulog aman", "list"),
            ("Petani Karawang mulai panen", "list"),
        ]

    def test_a_story_in_both_blocks_is_listed_once(self) -> None:
        """The fly-in repeats a Berita Lainnya story under a tracking URL: one link."""
        page = old_page(_lainnya((11, "Stok beras Bulog aman")), _fly((11, "Stok beras Bulog aman")))
        assert [link.title for link in parse_html(page, url=URL).related] == ["Stok beras Bulog aman"]

    def test_an_empty_fly_in_item_is_skipped(self) -> None:
        """A fly-in slot without a story (no title, "/berita//") gives no link."""
        page = old_page(fly=_fly((12, "Petani Karawang mulai panen"), (0, "")))
        assert [link.title for link in parse_html(page, url=URL).related] == ["Petani Karawang mulai panen"]

    def test_current_template(self) -> None:
        """wrap__article-detail: title, date and text; the credit paragraph gives the people only."""
        article = parse_html(CURRENT, url=URL)
        assert article.title == "Harga gabah di Karawang naik"
        assert article.body == (LEAD, SECOND)
        assert article.published == dt.datetime(2016, 3, 1, 10, 5, tzinfo=WIB)
        assert (article.authors, article.editors) == (("Sri Wahyuni",), ("Tasrief Tarmizi",))

    def test_current_template_related(self) -> None:
        """The "Baca juga" line is an inline link; the "Berita Terkait" block a list link."""
        related = parse_html(CURRENT, url=URL).related
        assert [(link.title, link.placement) for link in related] == [
            ("Petani Karawang mulai panen", "inline"),
            ("Pupuk subsidi di Karawang cukup", "list"),
        ]
