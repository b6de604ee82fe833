"""VIVA: the 2016 ``article-detail`` template and the later ``main-content`` one, read through the rule."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.viva_co_id import VivaRule

URL = "https://life.viva.co.id/showbiz/read/737001-penyanyi-cilik-raih-penghargaan"
HEADLINE = "Penyanyi Cilik Indonesia Raih Penghargaan Musik Asia"
LEAD = "VIVA.co.id - Penyanyi cilik asal Medan meraih penghargaan musik Asia di Singapura, Sabtu malam."
SECOND = '"Saya ingin terus belajar menyanyi," kata Putri Ayu usai menerima piala.'
DECK = "Putri Ayu mengalahkan empat penyanyi dari negara lain."

OLD = f"""<html><head><meta property="og:title" content="{HEADLINE}"></head><body><div class="grid colA">
<article class="article-detail clearfix"><div class="upperdeck-kanal">VIVALIFE</div>
<div class="title"><h1>{HEADLINE}</h1></div>
<div class="summary">{DECK}</div>
<div class="smalldesc"><div class="date">Selasa, 16 Februari 2016 | 13:01 WIB</div>
<div class="author">Oleh : <b>Rina Kartika</b></div></div>
<div class="thumbcontainer"><img src="https://media.viva.co.id/thumbs2/2016/02/16/1_putri.jpg"></div>
<div class="photodesc">Putri Ayu di atas panggung. <b>(Antara)</b></div>
<div class="content" id="article-content">
  <aside class="shareArea" id="sharebox"><a class="twitter-share-button" href="https://twitter.com/share">Tweet</a>
  </aside>
  <span><strong>VIVA.co.id</strong> - Penyanyi cilik asal Medan meraih penghargaan musik Asia di
  Singapura, Sabtu malam.<div><br></div><div>{SECOND}</div></span>
  <div class="portlet fb-comments"><div class="titlebar t5">KOMENTARI ARTIKEL INI</div></div>
  <section class="portlet artikel-terkait"><div class="titlebar t1 mb"><div class="text">TERKAIT</div></div>
    <div class="newslist trilist"><div class="list"><a href="/news/read/736900-putri-ayu-masuk-nominasi">
      <div class="thumbcontainer"><img src="https://media.viva.co.id/thumbs2/2.jpg"></div>
      <h2>Putri Ayu Masuk Nominasi Musik Asia</h2></a></div></div></section>
  <section class="portlet video-terkait"><div class="titlebar t1 mb"><a href="/">
    <div class="text">FOTO TERPOPULER</div></a></div><div class="newslist trilist"><div class="list"><a href="https://foto.viva.co.id/read/1-banjir">
      <h2>Banjir Rendam Jakarta Timur</h2></a></div></div></section>
  <section class="portlet bacajuga"><div class="titlebar t5">BACA ARTIKEL MENARIK LAINNYA</div>
    <a class="button grey large" id="tombol_more">Load More...</a></section>
</div></article></div></body></html>"""

CURRENT = f"""<html><head><meta property="og:title" content="{HEADLINE} - VIVA"></head><body>
<div class="main-content-detail"><h1 class="main-content-title">{HEADLINE}</h1>
<div class="main-content-date">Senin, 6 Februari 2023 - 10:20 WIB</div>
<div class="main-content-author">Oleh : <a href="https://www.viva.co.id/author/rina">Rina Kartika</a></div>
<div class="main-content-text"><p>{LEAD}</p><p>{SECOND}</p></div></div></body></html>"""


class TestVivaRule:
    def test_the_rule_covers_every_channel_subdomain(self) -> None:
        """life., news., bola. … all use the VIVA rule."""
        assert isinstance(site_for("news.viva.co.id"), VivaRule)

    def test_2016_header_date_and_byline(self) -> None:
        """div.smalldesc holds the date ("… | 13:01 WIB") and the "Oleh :" byline."""
        article = parse_html(OLD, url=URL)
        assert article.title == HEADLINE
        assert article.published == dt.datetime(2016, 2, 16, 13, 1, tzinfo=WIB)
        assert article.authors == ("Rina Kartika",)

    def test_2016_text_without_deck_or_boxes(self) -> None:
        """The body is #article-content's story: not the deck above it, nor its boxes below."""
        assert parse_html(OLD, url=URL).body == (LEAD, SECOND)

    def test_2016_terkait_box_is_related_but_not_popular_photos(self) -> None:
        """TERKAIT inside the text block is related (resolved on the page's host); FOTO TERPOPULER is not."""
        related = parse_html(OLD, url=URL).related
        assert [(link.title, link.url) for link in related] == [
            (
                "Putri Ayu Masuk Nominasi Musik Asia",
                "https://life.viva.co.id/news/read/736900-putri-ayu-masuk-nominasi",
            )
        ]

    def test_2016_header_photo_caption_and_credit(self) -> None:
        """div.photodesc after the photo: the text, then its bold parenthesised credit."""
        caption = parse_html(OLD, url=URL).captions[0]
        assert (caption.text, caption.credit) == ("Putri Ayu di atas panggung.", "Antara")
        assert caption.image_url == "https://media.viva.co.id/thumbs2/2016/02/16/1_putri.jpg"

    def test_current_template(self) -> None:
        """main-content-*: headline, date, "Oleh :" author and text have their own elements."""
        article = parse_html(CURRENT, url=URL)
        assert article.title == HEADLINE
        assert article.published == dt.datetime(2023, 2, 6, 10, 20, tzinfo=WIB)
        assert article.authors == ("Rina Kartika",)
        assert article.body == (LEAD, SECOND)
