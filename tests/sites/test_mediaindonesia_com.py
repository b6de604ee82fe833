"""Media Indonesia: the current template read through the rule, its "Berita Lainnya" list included."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.mediaindonesia_com import MediaIndonesiaRule

URL = "https://mediaindonesia.com/ekonomi/900001/harga-beras-medium-turun-di-pasar-induk"
LEAD = "HARGA beras medium di Pasar Induk Cipinang turun dua pekan berturut-turut, menurut pantauan pedagang."
SECOND = "“Pasokan dari Karawang sudah normal lagi,” ujar Slamet Riyadi, pedagang beras, Kamis (5/2)."
THIRD = "Pemerintah daerah berencana menggelar operasi pasar jika harga kembali naik menjelang Ramadan."


def _related_item(path: str, title: str) -> str:
    return f"""<li><div class="pic"><figure class="ratio"><a title="{title}" href="{path}">
<img class="lazyload" data-src="https://asset.mediaindonesia.com/news/x.jpg" alt="Ilustrasi"></a>
</figure></div>
<div class="text"><h3><a title="{title}" href="{path}">{title}</a></h3><span>4/2/2026 10:15</span>
<p>Ringkasan berita yang lain.</p></div></li>"""


PAGE = f"""<html><head><title>Harga Beras Medium Turun di Pasar Induk</title></head><body>
<section class="detail"><div class="container"><div class="columns"><div class="column is-8">
  <div class="post-header"><ul class="mi-breadcrumb"><li><a href="https://mediaindonesia.com/">Home</a></li>
    <li><a href="https://mediaindonesia.com/ekonomi">Ekonomi</a></li></ul>
    <h1>Harga Beras Medium Turun di Pasar Induk: Pedagang Lega</h1>
    <div class="info"><div class="author-2">Sri Handayani</div><span class="datetime"> 5/2/2026 14:30</span>
      <div class="font-size-bt-group"><button class="bt-min">A-</button>
      <button class="bt-plus">A+</button></div>
    </div></div>
  <div class="article">
    <figure class="main-img"><img class="zoomable" data-src="https://asset.mediaindonesia.com/news/beras.jpg">
      <figcaption>Pedagang menata karung beras di Cipinang(MI/Ramdani)</figcaption></figure>
    <p>{LEAD}</p><p>{SECOND}</p>
    <p class="related-news"><strong>Baca juga :&nbsp;<a href="https://mediaindonesia.com/ekonomi/899990/stok-beras-aman"
      title="Stok Beras Aman">Stok Beras Aman hingga Lebaran</a></strong></p>
    <p>{THIRD}</p>
    <div class="ext-channel">Cek berita dan artikel yg lain di
      <a href="https://news.google.com/">Google News</a></div>
    <div class="info-author">Editor :
      <a href="https://mediaindonesia.com/author/1/budi" class="author">Budi Santoso</a>
    </div></div>
  <div class="foot-article"><div class="share-group"><span>SHARE</span></div></div>
  <div style="float: left;"><ul class="related-tags"><li>Tags:</li>
    <li><a class="bt bt-grey" href="https://mediaindonesia.com/tag/harga-beras"># harga beras</a></li>
    <li><a class="bt bt-grey" href="https://mediaindonesia.com/tag/pasar-induk"># Pasar Induk</a></li>
  </ul></div>
  <section><div class="ti">Berita Lainnya</div><ul class="list-3">
    {_related_item("https://mediaindonesia.com/ekonomi/899980/bulog-salurkan", "Bulog Salurkan Beras SPHP")}
    {_related_item("https://mediaindonesia.com/nusantara/899970/panen-raya", "Petani Karawang Panen Raya")}
  </ul>
  <div class="has-text-centered"><a href="https://mediaindonesia.com/indeks" class="bt">LOAD MORE</a></div>
  </section></div>
<div class="column is-4"><section><div class="ti">Opini</div><ul class="list-4">
  {_related_item("https://mediaindonesia.com/opini/899960/menjaga-harga-pangan", "Menjaga Harga Pangan")}
</ul></section></div></div></div></section></body></html>"""


class TestMediaIndonesiaRule:
    def test_the_rule_covers_the_outlet(self) -> None:
        """mediaindonesia.com and www.mediaindonesia.com use the Media Indonesia rule."""
        assert isinstance(site_for("www.mediaindonesia.com"), MediaIndonesiaRule)

    def test_header_gives_headline_and_date(self) -> None:
        """The post-header <h1> (colon and all) and the zone-less time, read as WIB."""
        article = parse_html(PAGE, url=URL)
        assert article.title == "Harga Beras Medium Turun di Pasar Induk: Pedagang Lega"
        assert article.published == dt.datetime(2026, 2, 5, 14, 30, tzinfo=WIB)

    def test_writer_under_headline_and_editor_under_text(self) -> None:
        """author-2 is the writer; the "Editor :" line at the foot of the text is the editor."""
        article = parse_html(PAGE, url=URL)
        assert (article.authors, article.editors) == (("Sri Handayani",), ("Budi Santoso",))

    def test_body_without_promo_and_credit_lines(self) -> None:
        """The text holds the paragraphs only: no Baca juga, Google News promo or Editor line."""
        assert parse_html(PAGE, url=URL).body == (LEAD, SECOND, THIRD)

    def test_tags_lose_their_hash_prefix(self) -> None:
        """The related-tags list gives the tags without "# " and without its "Tags:" label."""
        assert parse_html(PAGE, url=URL).tags == ("harga beras", "Pasar Induk")

    def test_berita_lainnya_is_the_related_list(self) -> None:
        """The "Berita Lainnya" stories are related (list); the sidebar's "Opini" picks are not."""
        related = parse_html(PAGE, url=URL).related
        assert [(link.title, link.placement) for link in related] == [
            ("Stok Beras Aman hingga Lebaran", "inline"),
            ("Bulog Salurkan Beras SPHP", "list"),
            ("Petani Karawang Panen Raya", "list"),
        ]

    def test_caption_credit_in_parentheses(self) -> None:
        """The figcaption's trailing "(MI/Ramdani)" is the credit."""
        caption = parse_html(PAGE, url=URL).captions[0]
        assert (caption.text, caption.credit) == ("Pedagang menata karung beras di Cipinang", "MI/Ramdani")
