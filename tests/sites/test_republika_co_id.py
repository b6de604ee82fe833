"""Republika: articles and "In Picture" photo stories of the 2015-17 template, read through the rule."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.republika_co_id import RepublikaRule

URL = "https://www.republika.co.id/berita/nasional/daerah/16/03/01/o3abc1284-pasar-apung-dibuka"
LEAD = "REPUBLIKA.CO.ID, BANJARMASIN -- Pemerintah kota membuka kembali pasar apung di Sungai Martapura."
SECOND = '"Pasar ini ikon wisata kota kami," kata Wali Kota Banjarmasin, Ahmad Fauzi, Selasa (1/3).'

ARTICLE = f"""<html><head><meta property="og:title" content="Pasar Apung Dibuka Kembali"></head><body>
<div class="logo logo-news"><h1><a href="/kanal/news">News</a></h1></div>
<div class="breadcome"><a href="/kanal/news">News</a> &gt; <a href="/kanal/news/nasional">Nasional</a></div>
<div class="date-detail">Selasa, 01 Maret 2016, 14:20 WIB</div>
<div class="jdl-detail"><h2>Pasar Apung Dibuka Kembali</h2></div>
<div class="wp-reset"><div class="red"><span></span> Red: Dewi Lestari</div></div>
<div class="img-detail"><div class="cap-foto">Antara/Herman Saputra</div>
<img src="http://static.republika.co.id/uploads/images/inpicture_slide/pasar.jpg" alt="Pasar"></div>
<div class="wp-cap"><div class="caption">Pedagang menjajakan buah di pasar apung</div></div>
<div class="detail-berita"><div class="content-detail"><p>{LEAD}<br /><br />{SECOND}</p>
<div style="font-weight:bold;">Sumber : Antara</div></div></div>
<div class="wp-sosmed-d"><div class="wp-visit"><span>TAG</span></div>
<div class="tagging"><a href="/indeks/hot_topic/pasar_apung">#pasar apung</a></div></div>
<div class="wrap-dt detail-terkait"><div class="detail-terkait-1">
<div class="kop-judul"><h2>Berita Terkait</h2></div>
<ul><li><a href="/berita/nasional/daerah/16/02/20/o2x1-wisata">Wisata Sungai Martapura Ramai</a></li></ul>
</div></div>
<div class="wp-terkini-center"><div class="kop-judul"><h2><a href="#s1">Berita Lainnya</a></h2></div>
<div class="wp-conten-terkini"><a href="/berita/1/lain">Harga Emas Turun Lagi</a>
<div class="date">20 detik yang lalu</div></div></div></body></html>"""

PHOTO_URL = "https://www.republika.co.id/berita/inpicture/nasional-inpicture/16/03/01/o3abc2283-banjir"
THUMB = "http://static.republika.co.id/uploads/images/widget_box/banjir-{n}.jpg"
FIRST = "Warga melintasi banjir di Kampung Melayu, Jakarta, Selasa (1/3).."
TEASER = "REPUBLIKA.CO.ID, JAKARTA -- Banjir kembali merendam permukiman di Kampung Melayu."
OTHER = "Petugas mengevakuasi warga dengan perahu karet, Selasa (1/3)."


def _thumb(number: int, caption: str) -> str:
    return (
        f'<a href=\'{PHOTO_URL}-{number}\' class="image_detail" id="thumbs-{number}">'
        f'<img width="156px" caption="{caption}(Republika/Rahmat Hidayat)" class="thumbs-{number}" '
        f'src="{THUMB.format(n=number)}" /></a>'
    )


IN_PICTURE = f"""<html><head><meta property="og:title" content="KPK Periksa Saksi"></head><body>
<div class="logo logo-inpicture"><h1><a href="/kanal/inpicture">Inpicture</a></h1></div>
<div id="conten-inpicture"><div class="min-gallery"><div class="big-image"><div style="width:800px">
<img src="http://www.republika.co.id/files/inpicture/images/loading.gif" class="img-loading"></div></div>
<div class="thumb-gallery"><div class="gallery_">{_thumb(1, FIRST)}{_thumb(2, OTHER)}</div></div></div>
<div class="index-photo"><div class="jdl-pic">In Picture: Banjir Rendam Kampung Melayu</div>
<div class="date-pic">Selasa, 01 Maret 2016, 17:15 WIB</div>
<div class="teaser-pic"><p>{TEASER}</p></div>
<div class="red"><table><tr><td><strong>Redaktur</strong></td><td>:</td><td>Agus Salim</td></tr></table></div>
<div class="rangka"><div class="jdl-7news">FOTO TERKAIT:</div></div>
<div class="box-ft"><div class="set-topstories"><h6 class="jdl-topstories">
<a href="/berita/inpicture/nasional-inpicture/16/02/20/o2x9-bekasi">In Picture: Banjir di Bekasi</a></h6>
</div></div></div></div></body></html>"""

CURRENT = f"""<html><head><meta property="og:title" content="Pasar Apung Dibuka Kembali | Republika Online">
</head><body><div class="max-card__title"><h1>Pasar Apung Dibuka Kembali</h1></div>
<div class="date-info">Selasa, 01 Mar 2016, 14:20 WIB</div>
<div class="article-content"><p>{LEAD}</p><div class="baca-juga"><p>Baca Juga</p><ul><li>
<a href="/berita/o2x1/wisata-sungai">Wisata Sungai Martapura Ramai</a></li></ul></div><p>{SECOND}</p></div>
<div class="sidebar"><p>Terpopuler</p><p>Harga emas turun lagi hari ini di pasar logam mulia.</p></div>
</body></html>"""


class TestRepublikaRule:
    def test_the_rule_covers_channels_and_ihram(self) -> None:
        """nasional., khazanah. … and the Ihram site use the Republika rule."""
        assert isinstance(site_for("nasional.republika.co.id"), RepublikaRule)
        assert isinstance(site_for("www.ihram.co.id"), RepublikaRule)

    def test_article(self) -> None:
        """The <h2> headline under the channel <h1>; "Sumber : Antara" is no text and no writer."""
        article = parse_html(ARTICLE, url=URL)
        assert article.title == "Pasar Apung Dibuka Kembali"
        assert article.published == dt.datetime(2016, 3, 1, 14, 20, tzinfo=WIB)
        assert article.body == (LEAD, SECOND)
        assert (article.authors, article.editors) == ((), ("Dewi Lestari",))
        assert article.tags == ("pasar apung",)

    def test_article_credit_printed_above_the_photo(self) -> None:
        """The credit over the photo belongs to the caption under it."""
        caption = parse_html(ARTICLE, url=URL).captions[0]
        assert (caption.text, caption.credit) == (
            "Pedagang menjajakan buah di pasar apung",
            "Antara/Herman Saputra",
        )

    def test_article_related_is_berita_terkait_only(self) -> None:
        """ "Berita Terkait" is related; the section's "Berita Lainnya" feed is not."""
        related = parse_html(ARTICLE, url=URL).related
        assert [link.title for link in related] == ["Wisata Sungai Martapura Ramai"]

    def test_in_picture_captions_come_from_the_thumbnails(self) -> None:
        """Each thumbnail's caption attribute is a caption, its credit split off, its image kept."""
        captions = parse_html(IN_PICTURE, url=PHOTO_URL).captions
        assert [(c.text, c.credit, c.image_url) for c in captions] == [
            (FIRST, "Republika/Rahmat Hidayat", THUMB.format(n=1)),
            (OTHER, "Republika/Rahmat Hidayat", THUMB.format(n=2)),
        ]

    def test_in_picture_page(self) -> None:
        """The In Picture headline, date, teaser text, editor and "FOTO TERKAIT" links."""
        article = parse_html(IN_PICTURE, url=PHOTO_URL)
        assert article.title == "In Picture: Banjir Rendam Kampung Melayu"
        assert article.published == dt.datetime(2016, 3, 1, 17, 15, tzinfo=WIB)
        assert article.body == (TEASER,)
        assert article.editors == ("Agus Salim",)
        assert [link.title for link in article.related] == ["In Picture: Banjir di Bekasi"]

    def test_current_template_text(self) -> None:
        """div.article-content is the text; its "Baca Juga" box is a link, not a paragraph."""
        article = parse_html(CURRENT, url=URL)
        assert article.body == (LEAD, SECOND)
        assert [link.title for link in article.related] == ["Wisata Sungai Martapura Ramai"]
