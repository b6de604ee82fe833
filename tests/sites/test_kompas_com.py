"""Kompas.com: both templates read through the rule, credits and channel heading included."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.kompas_com import KompasRule

URL = "https://regional.kompas.com/read/2015/11/04/21040031/Polres.Serahkan.Tersangka"
LEAD = (
    "LHOKSEUMAWE, KOMPAS.com – Penyidik Polres menyerahkan tersangka, Rabu (4/11/2015), ke kejaksaan negeri."
)
SECOND = "Tersangka diserahkan bersama barang bukti senjata api dan puluhan butir amunisi, kata polisi."

OLD = f"""<html><head><title>Polres Serahkan Tersangka ke Kejaksaan -</title></head><body>
<div class="header"><h1>Regional</h1><div class="kcm-tag"><span>TAG</span><a href="/tag/ahok">#Ahok</a>
</div></div>
<div class="kcm-read">
  <div class="kcm-read-top"><h2>Polres Serahkan Tersangka ke Kejaksaan</h2>
    <div class="msmall grey">Rabu, 4 November 2015 | 21:04 WIB</div>
    <div class="photo"><img src="http://assets.kompas.com/data/photo/senjata.jpg">
      <span class="author">KOMPAS.COM/MASRIADI</span>Penyidik menyerahkan senjata AK 56.</div></div>
  <div class="kcm-read-body">
    <div class="kcm-read-terkait"><h3>Terkait</h3><ul><li>
<a href="http://regional.kompas.com/read/2015/08/31/1/Polres.Sita.Senjata">
      Polres Sita 27 Pucuk Senjata</a></li></ul></div>
    <div class="kcm-read-text-wrap"><div class="kcm-read-text"><strong>LHOKSEUMAWE, KOMPAS.com</strong>
      – Penyidik Polres menyerahkan tersangka, Rabu (4/11/2015), ke kejaksaan negeri.<br><br>{SECOND}</div>
      <div class="kcm-read-copy"><table><tr><td>Penulis</td><td>: Kontributor Lhokseumawe, Masriadi</td></tr>
      <tr><td>Editor</td><td>: Ervan Hardoko</td></tr><tr><td>Sumber</td><td>: Antara</td></tr></table>
</div></div>
  </div>
</div></body></html>"""

CURRENT = f"""<html><head>
<meta property="og:title" content="Polres Serahkan Tersangka ke Kejaksaan - Kompas.com">
</head><body><h1 class="read__title">Polres Serahkan Tersangka ke Kejaksaan</h1>
<div class="read__time">Kompas.com - 04/11/2015, 21:04 WIB</div>
<div class="read__credit">Penulis: Masriadi | Editor: Ervan Hardoko</div>
<div class="read__content"><p>{LEAD}</p><p>{SECOND}</p></div></body></html>"""


class TestKompasRule:
    def test_the_rule_covers_every_channel_subdomain(self) -> None:
        """regional., nasional., bola. … all use the Kompas rule."""
        assert isinstance(site_for("bola.kompas.com"), KompasRule)

    def test_old_template(self) -> None:
        """kcm-read: the <h2> headline beats the channel <h1>; credits come from the table."""
        article = parse_html(OLD, url=URL)
        assert article.title == "Polres Serahkan Tersangka ke Kejaksaan"
        assert article.published == dt.datetime(2015, 11, 4, 21, 4, tzinfo=WIB)
        assert article.authors == ("Masriadi",)
        assert article.editors == ("Ervan Hardoko",)
        assert article.body == (LEAD, SECOND)
        assert article.dateline is not None
        assert article.dateline.place == "LHOKSEUMAWE"

    def test_old_template_photo_credit_comes_first(self) -> None:
        """The credit span precedes the caption text in the photo block."""
        caption = parse_html(OLD, url=URL).captions[0]
        assert (caption.text, caption.credit) == (
            "Penyidik menyerahkan senjata AK 56.",
            "KOMPAS.COM/MASRIADI",
        )

    def test_old_template_related_box_and_no_trending_tags(self) -> None:
        """The "Terkait" box beside the text is related; the header's trending TAG bar is not tags."""
        article = parse_html(OLD, url=URL)
        assert [link.title for link in article.related] == ["Polres Sita 27 Pucuk Senjata"]
        assert article.tags == ()

    def test_current_template(self) -> None:
        """read__: title, time, credit and content have their own elements."""
        article = parse_html(CURRENT, url=URL)
        assert article.title == "Polres Serahkan Tersangka ke Kejaksaan"
        assert article.published == dt.datetime(2015, 11, 4, 21, 4, tzinfo=WIB)
        assert (article.authors, article.editors) == (("Masriadi",), ("Ervan Hardoko",))
        assert article.body == (LEAD, SECOND)
