"""KapanLagi.com: the 2015-16 www. and musik. templates read through the rule."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.kapanlagi_com import KapanlagiRule

URL = "http://www.kapanlagi.com/showbiz/selebriti/raisa-rilis-album-baru-a1b2c3.html"
MUSIK_URL = "http://musik.kapanlagi.com/berita/band-indie-gelar-tur-sepuluh-kota-d4e5f6.html"
LEAD = "Kapanlagi.com - Penyanyi Raisa merilis album barunya di Jakarta, Jumat malam, di depan penggemar."
SECOND = "Album berisi sepuluh lagu itu digarap selama dua tahun bersama produser langganannya."

ENTERTAINMENT = f"""<html><head><title>Raisa | Raisa Rilis Album Baru</title></head><body>
<div id="v5-navigation"><a href="/">HOME</a> <a href="/showbiz">SHOWBIZ</a></div>
<div id="newsdetail-right-new"><a class="newsdetail-categorylink" href="/showbiz/selebriti">SELEBRITI</a>
<h1 class="entertainment-newsdetail-title-new">Raisa Rilis Album Baru, Penggemar Antre Sejak Sore</h1>
<span class="newsdetail-schedule-new">Jumat, 06 Februari 2026 20:15</span>
<span class="newsdetail-schedule-new">&nbsp;|&nbsp;</span><h2 class="newsdetail-celebrity">Raisa</h2>
<div class="entertainment-newsdetail-headlineimg"><img src="http://cdn.klimg.com/p/raisa.jpg">
<div class="copyright">Raisa/©KapanLagi.com®/Budi Prakoso</div></div>
<div class="other-related"><div class="controller"><div class="v7-tags-terkait-warper">
<div class="box-header">Kumpulan Berita Terkait:</div><div class="box-content"><ul>
<li><a href="/ragam/tag-populer/album_baru.html">Album Baru</a></li></ul></div></div></div></div>
<div class="entertainment-detail-news"><b>Kapanlagi.com</b> - Penyanyi Raisa merilis album barunya di Jakarta,
Jumat malam, di depan penggemar.<p><p>{SECOND}<p><p>
<h2>Jangan Lewatkan</h2>
<a href="/showbiz/selebriti/raisa-konser-tunggal-0a0a0a.html">Raisa Siap Konser Tunggal</a>
<br /><p><p><b>(kpl/abc)</b></div>
<div class="photonews-det-warper"><div class="photonews-title">
<a href="/foto/berita-foto/indonesia/raisa-di-balik-panggung.html">Lihat Foto Raisa di Balik Panggung</a>
</div>
<div class="photonews-list"><div class="item-warper">
<a href="/foto/berita-foto/indonesia/raisa-di-balik-panggung.html">
<img src="http://cdn.klimg.com/g/raisa1.jpg"></a></div></div></div>
<div class="other-related"><div class="controller"><div class="profil-terkait-box"><h6>ARTIS TERKAIT</h6>
<ul class="list-profil-terkait"><li><a href="/indonesia/r/raisa/berita/">Raisa</a></li></ul></div></div></div>
<div class="v6-box-new entertainment-newsdetail-beritaterkait v6-revb">
<h3 class="box-header"><a href="/indonesia/r/raisa/berita/"><span class="grey">RAISA:</span>
<span class="blue">BERITA TERKAIT</span></a></h3>
<ul><li><div class="warper-berita-terkait"><div class="title">
<a href="/showbiz/selebriti/raisa-dan-isyana-duet-1f1f1f.html">Raisa dan Isyana Akhirnya Duet</a>
</div></div></li></ul>
</div></div></body></html>"""

MUSIK = f"""<html><body><div id="v7-music-newsdetail-right">
<h1 class="v7-music-newsdetail-title">Band Indie Gelar Tur Sepuluh Kota</h1>
<span class="v7-music-newsdetail-schedule">Selasa, 10 Februari 2026 11:22</span>
<div class="v7-music-detail-news"><b>Kapanlagi.com</b> - Band indie asal Bandung menggelar tur sepuluh kota
mulai bulan depan, dimulai dari Surabaya.<p><p>{SECOND}<p><p><b>(kpl/xyz)</b></div>
<div class="photonews-det-warper"><div class="photonews-title">
<a href="http://www.kapanlagi.com/foto/panggung-band-indie.html">LIHAT FOTO [FOTO] PANGGUNG BAND INDIE</a>
</div></div></div></body></html>"""


class TestKapanlagiRule:
    def test_the_rule_covers_the_channel_subdomains(self) -> None:
        """www. and musik. pages use the KapanLagi rule."""
        assert isinstance(site_for("musik.kapanlagi.com"), KapanlagiRule)

    def test_entertainment_header(self) -> None:
        """The newsdetail <h1> and the zone-less schedule date, read as WIB."""
        article = parse_html(ENTERTAINMENT, url=URL)
        assert article.title == "Raisa Rilis Album Baru, Penggemar Antre Sejak Sore"
        assert article.published == dt.datetime(2026, 2, 6, 20, 15, tzinfo=WIB)

    def test_entertainment_body_keeps_the_outlet_credit_and_drops_the_sign_off(self) -> None:
        """The lead starts "Kapanlagi.com - "; the desk code and the link list are not text."""
        assert parse_html(ENTERTAINMENT, url=URL).body == (LEAD, SECOND)

    def test_tag_box_gives_tags_not_the_celebrity_label(self) -> None:
        """Tags come from "Kumpulan Berita Terkait:", not from the celebrity <h2> or profile box."""
        assert parse_html(ENTERTAINMENT, url=URL).tags == ("Album Baru",)

    def test_gallery_link_and_berita_terkait_are_related(self) -> None:
        """After the inline links: the gallery (without "Lihat Foto") and the BERITA TERKAIT box."""
        related = parse_html(ENTERTAINMENT, url=URL).related
        assert [(link.title, link.placement) for link in related] == [
            ("Raisa Siap Konser Tunggal", "inline"),
            ("Raisa di Balik Panggung", "list"),
            ("Raisa dan Isyana Akhirnya Duet", "list"),
        ]

    def test_musik_template(self) -> None:
        """musik.: the v7-music classes give headline, date and text."""
        article = parse_html(MUSIK, url=MUSIK_URL)
        assert article.title == "Band Indie Gelar Tur Sepuluh Kota"
        assert article.published == dt.datetime(2026, 2, 10, 11, 22, tzinfo=WIB)
        assert article.body[-1] == SECOND

    def test_upper_case_gallery_label_is_dropped(self) -> None:
        """ "LIHAT FOTO" in capitals is a button label too."""
        related = parse_html(MUSIK, url=MUSIK_URL).related
        assert [link.title for link in related] == ["[FOTO] PANGGUNG BAND INDIE"]
