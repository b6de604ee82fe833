"""Okezone: the 2015, 2017 and ``#contentx.read`` templates, read through the rule."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.okezone_com import OkezoneRule

URL = "https://lifestyle.okezone.com/read/2015/11/05/481/1244300/minum-air-putih-cegah-sakit-kepala"
HEADLINE = "Minum Air Putih Cegah Sakit Kepala"
LEAD = "SAKIT kepala sering datang ketika tubuh kekurangan cairan. Karena itu minum air putih penting."
SECOND = '"Minumlah delapan gelas sehari," ujar dr Ratna Sari kepada wartawan di Jakarta, kemarin.'
RELATED = '<li><h4><a href="https://lifestyle.okezone.com/read/2015/11/01/481/1/{0}">{1}</a></h4></li>'

# The 2015 template: a logo <h1> and a channel <h1> before the headline (no title metadata here).
OLD = f"""<html><head></head><body>
<h1>Okezone.com - Experience The Zone</h1><h1>Okezone Lifestyle</h1>
<div class="abmenu"><ul class="breadcrumb"><li><a href="/">Home</a></li>
<li><a href="/health">Health</a></li></ul>
<div class="meta-post"><time class="tgl">Kamis, 5 November 2015 - 15:56 wib</time></div>
<div class="titles"><h1>{HEADLINE}</h1></div>
<div class="detail-page v2">
  <div class="detail-img"><div><img src="https://img.okezone.com/content/2015/11/05/481/1244300/air.jpg">
    <div class="caption-img-ab"><p>Segelas air putih. (Foto: Shutterstock)</p></div></div></div>
  <div class="detail-social-share-ab"><div class="autor"><div class="nmreporter"><div>Ratih Puspita</div>
    <span>Jurnalis</span></div></div></div>
  <div class="detail-content"><div class="detail-img"><div class="dtlnews" id="contentx">
    <p><strong>SAKIT</strong> kepala sering datang ketika tubuh kekurangan cairan. Karena itu minum air putih
    penting.</p><p>{SECOND}</p></div><strong>(ren)</strong></div></div>
  <div class="meta-bottom-content"><h3>Berita Rekomendasi</h3>
    <span><a href="https://lifestyle.okezone.com/topic/88/sakit-kepala">Sakit Kepala</a></span>
    <div class="col-md-6"><div class="berita-terkait-wrap"><ul>
      {RELATED.format("migrain", "Lima Pemicu Migrain")}{RELATED.format("kopi", "Kopi Redakan Pusing")}
    </ul></div></div></div>
  <div class="news-hardnews1"><h3 class="sindo">Berita lainnya</h3><div class="newsmore"><ul>
    <li><p><a href="https://lifestyle.okezone.com/read/2015/11/05/481/2/kabut">Kabut Asap</a></p></li>
  </ul></div></div>
</div></div></body></html>"""

# The 2017 template: reporter and date share one line under the headline.
MIDDLE = f"""<html><head><meta property="og:title" content="{HEADLINE} : Okezone Lifestyle"></head><body>
<div class="title-detail"><h1>{HEADLINE}</h1>
<span><b>Ratih Puspita</b> | Jum'at, 17 Februari 2017 - 13:30 wib</span>
<div class="sosmedsticky author-and-share"><div class="ctn-images">
<img src="https://img.okezone.com/content/2017/02/17/481/1620900/air.jpg"></div>
<div class="caption-img-ab"><p>Segelas air putih. (Foto: Ratih/Okezone)</p></div>
<div class="ctn-desc"><p><strong>JAKARTA</strong> - Tubuh yang kekurangan cairan mudah lelah.</p>
<p>{SECOND}</p>
<strong>(FHM)</strong><div class="tbkomentar"><a class="linkname" href="#comment">0 Komentar</a></div></div>
</div></div></body></html>"""

# The later template: the text in div#contentx.read, reporter link and date in div.namerep.
CURRENT = f"""<html><head><meta property="og:title" content="{HEADLINE} : Okezone Lifestyle"></head><body>
<div class="title"><h1>{HEADLINE}</h1></div>
<div class="reporter"><div class="namerep"><a href="https://www.okezone.com/author/ratih">Ratih Puspita</a>,
Jurnalis · <b>Senin 06 Februari 2023 09:15 WIB</b></div></div>
<div class="read" id="contentx"><p>{LEAD}</p><p>{SECOND}</p></div>
<div class="detail-tag newtag"><ul><li><a href="https://www.okezone.com/tag/air-putih">Air Putih</a></li>
<li><a href="https://www.okezone.com/tag/sakit-kepala">Sakit Kepala</a></li></ul></div>
</body></html>"""


class TestOkezoneRule:
    def test_the_rule_covers_every_channel_subdomain(self) -> None:
        """lifestyle., celebrity., news. … all use the Okezone rule."""
        assert isinstance(site_for("celebrity.okezone.com"), OkezoneRule)

    def test_2015_headline_beats_the_logo_headings(self) -> None:
        """Without title metadata, the headline is the one in div.titles, not the logo's <h1>."""
        assert parse_html(OLD, url=URL).title == HEADLINE

    def test_2015_date_reporter_and_text(self) -> None:
        """time.tgl is the date; the reporter drops the "Jurnalis" label; "(ren)" is not text."""
        article = parse_html(OLD, url=URL)
        assert article.published == dt.datetime(2015, 11, 5, 15, 56, tzinfo=WIB)
        assert article.authors == ("Ratih Puspita",)
        assert article.body == (LEAD, SECOND)

    def test_2015_photo_credit_after_foto_label(self) -> None:
        """ "(Foto: Shutterstock)" is the caption's credit, without its label."""
        caption = parse_html(OLD, url=URL).captions[0]
        assert (caption.text, caption.credit) == ("Segelas air putih.", "Shutterstock")

    def test_recommendation_box_gives_topic_tag_and_related(self) -> None:
        """The box's topic link is the tag; its stories are related; "Berita lainnya" is not."""
        article = parse_html(OLD, url=URL)
        assert article.tags == ("Sakit Kepala",)
        assert [link.title for link in article.related] == ["Lima Pemicu Migrain", "Kopi Redakan Pusing"]

    def test_2017_reporter_and_date_share_a_line(self) -> None:
        """ "**Name** | Jum'at, 17 Februari 2017 - 13:30 wib": the name, then the date."""
        article = parse_html(MIDDLE, url=URL)
        assert article.authors == ("Ratih Puspita",)
        assert article.published == dt.datetime(2017, 2, 17, 13, 30, tzinfo=WIB)

    def test_2017_text_without_desk_initials_or_comment_counter(self) -> None:
        """ctn-desc is the text: the dateline stays, "(FHM)" and "0 Komentar" go."""
        article = parse_html(MIDDLE, url=URL)
        assert article.body == ("JAKARTA - Tubuh yang kekurangan cairan mudah lelah.", SECOND)
        assert article.dateline is not None
        assert article.dateline.place == "JAKARTA"

    def test_current_template(self) -> None:
        """#contentx.read is the text; div.namerep the reporter and date; div.detail-tag the tags."""
        article = parse_html(CURRENT, url=URL)
        assert article.body == (LEAD, SECOND)
        assert article.authors == ("Ratih Puspita",)
        assert article.published == dt.datetime(2023, 2, 6, 9, 15, tzinfo=WIB)
        assert article.tags == ("Air Putih", "Sakit Kepala")
