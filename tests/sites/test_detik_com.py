"""detik.com: articles, photo pages and the "Baca Juga" box, read through the rule."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html

URL = "http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy-s6-edge"
STORY = (
    "Galaxy S6 Edge, dengan material premium dan layar lengkung, adalah smartphone jagoan Samsung tahun ini."
)
SECOND = '"Mayoritas masalah sudah diperbaiki," kata juru bicara Samsung kepada wartawan, Kamis (5/11/2015).'

ARTICLE = f"""<html><head><meta property="og:title" content="Google Umbar Kelemahan Galaxy S6 Edge">
<meta property="og:image" content="http://images.detik.com/content/2015/11/05/323/anda.jpg">
<meta name="pubdate" content="2015-11-05 T10:08:58Z"></head><body><div class="content_detail">
<div id="headline"><ul><li><a href="/read/1">Ini Dia Tempat Terbasah di Dunia</a></li></ul></div>
<h1>Google Umbar Kelemahan Galaxy S6 Edge</h1>
<div class="author"><strong>Fino Yurio Kristo</strong> - detikinet</div>
<div class="date">Kamis, 05/11/2015 10:08 WIB</div>
<div class="pic_artikel"><img src="http://images.detik.com/content/2015/11/05/323/anda.jpg?w=500">
<span>Galaxy S6 Edge &amp; S6 (ist)</span></div>
<div class="leftarticle"><div class="label_fokus"><div class="jdl">
<a href="/indeksfokus/4821">Galaxy Note 5 Lepas Landas</a></div></div></div>
<div class="text_detail"><strong>Jakarta</strong> - <p>{STORY}<br><br>{SECOND}</p>
<strong>(fyk/ash)</strong></div>
<div id="bacajugabox"><div class="title"><strong>Baca Juga</strong></div>
  <div class="baca_juga2"><ul><li>
<a href="/read/2015/08/06/1/samsung-perkuat-gembok">Samsung Perkuat Gembok Android</a></li></ul></div>
  <div id="bacajugabox"><div class="title"><strong>Foto Video Terkait</strong></div>
  <ul><li><a href="/readfoto/2015/11/04/1/smartfren-gaet-samsung">Smartfren Gaet Samsung</a></li></ul>
</div></div>
<div class="box_artikel"><div class="baca_juga2"><ul><li>
<a href="http://forum.detik.com/t1">Forum: HP Terbaru</a></li></ul></div></div>
</div></body></html>"""

GALLERY = """<html><head><meta property="og:title" content="Gardu Induk Milenium PLN Resmi Beroperasi">
</head><body>
<div class="detail_profil"><div class="date">Selasa, 23/02/2016 15:32 WIB</div><h2>FotoBisnis</h2>
<h1>Gardu Induk Milenium PLN Resmi Beroperasi</h1>
<strong class="l_blue2_detik">Fotografer: Grandyos Zafna</strong>
<div class="text_gal">PT PLN hari ini resmi mengoperasikan Gardu Induk 150 kV Milenium di Jakarta Barat.</div>
<div class="gallery_view"><img class="bigpic" src="//images.detik.com/visual/2016/02/23/gardu.jpg?w=600">
<div class="gal_rating">
<span class="text">PT PLN resmi mengoperasikan Gardu Induk 150 kV Milenium.</span></div>
<div class="vote_galeri">Rating ( voters) Vote Photo</div></div></div></body></html>"""


class TestDetikRule:
    def test_article_page(self) -> None:
        """The dateline stub outside the <p> joins the lead; desk initials are dropped."""
        article = parse_html(ARTICLE, url=URL)
        assert article.title == "Google Umbar Kelemahan Galaxy S6 Edge"
        assert article.body == (f"Jakarta - {STORY}", SECOND)
        assert article.dateline is not None
        assert article.dateline.place == "Jakarta"
        assert article.authors == ("Fino Yurio Kristo",)

    def test_visible_date_beats_the_mislabelled_meta_date(self) -> None:
        """detik's pubdate meta labels WIB time as UTC; the printed date is right."""
        assert parse_html(ARTICLE, url=URL).published == dt.datetime(2015, 11, 5, 10, 8, tzinfo=WIB)

    def test_caption_with_courtesy_credit(self) -> None:
        """The courtesy mark "(ist)" (istimewa) is the photo's credit."""
        caption = parse_html(ARTICLE, url=URL).captions[0]
        assert (caption.text, caption.credit) == ("Galaxy S6 Edge & S6", "ist")

    def test_baca_juga_box_but_not_the_forum_box(self) -> None:
        """The Baca Juga and photo/video boxes are related; the forum box beside them is not."""
        titles = [link.title for link in parse_html(ARTICLE, url=URL).related]
        assert titles == ["Samsung Perkuat Gembok Android", "Smartfren Gaet Samsung"]

    def test_focus_series_is_the_tag(self) -> None:
        """The "Fokus Berita" series the story belongs to is its tag."""
        assert parse_html(ARTICLE, url=URL).tags == ("Galaxy Note 5 Lepas Landas",)

    def test_photo_page(self) -> None:
        """A gallery page: its intro is the body, the photographer the author, the photo's text a caption."""
        article = parse_html(
            GALLERY, url="http://finance.detik.com/readfoto/2016/02/23/153201/3149106/461/1/gardu"
        )
        assert article.body == (
            "PT PLN hari ini resmi mengoperasikan Gardu Induk 150 kV Milenium di Jakarta Barat.",
        )
        assert article.authors == ("Grandyos Zafna",)
        assert article.published == dt.datetime(2016, 2, 23, 15, 32, tzinfo=WIB)
        assert [c.text for c in article.captions] == [
            "PT PLN resmi mengoperasikan Gardu Induk 150 kV Milenium."
        ]
        assert article.captions[0].image_url == "http://images.detik.com/visual/2016/02/23/gardu.jpg?w=600"
