"""Tempo: the 2015-16 template's caption and related list, read through the rule."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.tempo_co import TempoRule

URL = "https://gaya.tempo.co/read/news/2016/01/12/060735100/manfaat-jalan-kaki-pagi"
PHOTO = "http://cdn.tmpo.co/data/2016/01/12/id_500100/500100_620.jpg"
LEAD = (
    "TEMPO.CO, Jakarta - Jalan kaki tiga puluh menit setiap pagi menurunkan risiko penyakit jantung, "
    "menurut sebuah studi di Inggris."
)
SECOND = '"Tidak perlu alat apa pun, cukup sepatu yang nyaman," kata dokter olahraga Rina Kusuma.'
THIRD = "Rina menyarankan pemula memulai dengan sepuluh menit sehari, lalu menambah durasinya tiap pekan."


# The 2015-16 template prints the whole story in one <p>, paragraphs split by <br /> <br />.
PAGE = f"""<html><head><meta property="og:title" content="Manfaat Jalan Kaki Pagi"></head><body>
<div class="header"><h1><a href="http://gaya.tempo.co">gaya</a></h1></div>
<div class="artikel"><ul class="block-kanal-map"><li><a href="http://www.tempo.co">home</a></li>
<li><a href="http://gaya.tempo.co">gaya</a></li></ul>
<h1>Manfaat Jalan Kaki Pagi &nbsp;</h1>
<div class="block-tanggal">Selasa, 12 Januari 2016 | 08:30 WIB</div>
<div class="block-display"><div class="single-img"><div class="share-display fade"><ul>
<li><a href="javascript:void(0)"><img src="http://cdn.tmpo.co/web/teco/images/fb-img-share.png"></a></li>
</ul></div><img src="{PHOTO}" alt="Manfaat Jalan Kaki Pagi"></div>
<div class="deskripsi">Warga berjalan kaki di kawasan Senayan, Jakarta. TEMPO/Dian Pratama</div></div>
<p>{LEAD}<br /> <br /> {SECOND}<br /> <br /> {THIRD}<br /> <br /> <strong>ANI LESTARI</strong></p></div>
<div class="blocking off"><div class="blocking left-side"><div class="blocking m20-b off">
<div class="title small">Berita Terkait</div><ul class="list-text big-14f">
<li><a href="http://gaya.tempo.co/read/news/2016/01/11/060735001/tidur">Tidur Cukup Jaga Berat Badan</a></li>
</ul></div><div class="blocking m20-b off"><div class="title small">Topik</div><ul class="topik-terkait">
<li><a href="http://www.tempo.co/topik/masalah/2680/info-kesehatan">#Info Kesehatan</a></li></ul></div></div>
<div class="blocking right-side"><ul class="terkait-img"><li><div class="multi-terkait">Foto</div>
<a href="http://foto.tempo.co/read/beritafoto/30001/lari-pagi"><img src="http://statik.tempo.co/?id=1"></a>
<h4><a href="http://foto.tempo.co/read/beritafoto/30001/lari-pagi">Lari Pagi di Monas</a></h4></li></ul>
</div></div></body></html>"""


class TestTempoRule:
    def test_the_rule_covers_channel_subdomains(self) -> None:
        """gaya., nasional., bisnis. … use the Tempo rule."""
        assert isinstance(site_for("nasional.tempo.co"), TempoRule)

    def test_headline_date_and_text(self) -> None:
        """The story's <h1> beats the channel's; the reporter's sign-off is the author, not text."""
        article = parse_html(PAGE, url=URL)
        assert article.title == "Manfaat Jalan Kaki Pagi"
        assert article.published == dt.datetime(2016, 1, 12, 8, 30, tzinfo=WIB)
        assert article.body == (LEAD, SECOND, THIRD)
        assert article.authors == ("ANI LESTARI",)

    def test_caption_in_deskripsi(self) -> None:
        """div.deskripsi captions the photo beside it, not the share icons laid over it."""
        captions = parse_html(PAGE, url=URL).captions
        assert [(c.text, c.credit, c.image_url) for c in captions] == [
            ("Warga berjalan kaki di kawasan Senayan, Jakarta.", "TEMPO/Dian Pratama", PHOTO)
        ]

    def test_related_is_the_berita_terkait_list_only(self) -> None:
        """The Foto/Video/Indonesiana box (ul.terkait-img) is the site's picks, not related."""
        related = parse_html(PAGE, url=URL).related
        assert [link.title for link in related] == ["Tidur Cukup Jaga Berat Badan"]

    def test_topic_is_the_tag(self) -> None:
        """The "Topik" link is the story's tag, its "#" dropped."""
        assert parse_html(PAGE, url=URL).tags == ("Info Kesehatan",)
