"""Liputan6.com: articles and photo pages of the 2015-16 template, the current header, the credits."""

from __future__ import annotations

import datetime as dt

from beritakit.dates import WIB
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.liputan6_com import Liputan6Rule

URL = "http://tekno.liputan6.com/read/2500001/operator-seluler-perluas-jaringan-4g"
PHOTO_URL = "http://photo.liputan6.com/showbiz/artis-hadiri-festival-film-2500002"
LEAD = "Liputan6.com, Jakarta - Operator seluler memperluas jaringan 4G ke dua puluh kota baru tahun ini."
SECOND = "Perluasan itu ditargetkan rampung sebelum akhir tahun, kata direktur teknologi perusahaan."


def _credits(*roles: tuple[str, str]) -> str:
    items = "".join(
        f"""<li class="read-page--credits__role">
<span class="read-page--credits__role-text">{role}</span></li>
<li class="read-page--credits__item"><a class="read-page--credits__link" href="http://me.liputan6.com/x">
<span class="read-page--credits__name">{name}</span></a></li>"""
        for role, name in roles
    )
    return f"""<div class="read-page--credits"><div class="read-page--credits__list hide">
<ul class="read-page--credits__list">{items}</ul></div></div>"""


ARTICLE = f"""<html><body><article class="hentry main"><header class="read-page--header">
<h1 class="read-page--header__title">Operator Seluler Perluas Jaringan 4G</h1>
<div class="read-page--header__by-author">By <span class="read-page--header__author vcard">
<a class="read-page--header__author-link url fn" href="http://me.liputan6.com/dewi">
<span class="fn">Dewi Anggraini</span>
</a></span><p class="read-page--header__datetime-wrapper">
<time class="read-page--header__datetime updated" datetime="2016-02-16 10:05:31">
on 16 Feb 2016 at 10:05 WIB</time>
</p></div></header>
<div class="read-page--content"><div class="read-page__content-body text-detail"><div id="multi-page-0">
<p><b>Liputan6.com, Jakarta -</b>
Operator seluler memperluas jaringan 4G ke dua puluh kota baru tahun ini.</p>
<p>{SECOND}</p></div></div></div>
<div class="read-page--tags"><ul class="read-page--tags__list"><li class="read-page--tags__item">
<a class="read-page--tags__link" href="http://www.liputan6.com/tag/4g">4G</a></li></ul></div>
<div class="article-info">{_credits(("Author", "Dewi Anggraini"), ("Editor", "Hendra Wijaya"))}</div>
</article></body></html>"""

PHOTO = f"""<html><body><article class="hentry main"><header class="read-page--header">
<h1 class="read-page--header__title">Artis Hadiri Festival Film</h1>
<div class="read-page--header__by-author">By <span class="read-page--header__author vcard">
<a class="url fn" href="http://me.liputan6.com/rina"><span class="fn">Rina Kartika</span></a></span>
<p><time class="read-page--header__datetime updated" datetime="2016-02-16 09:09:27">
on 16 Feb 2016 at 09:09 WIB</time>
</p></div></header>
<div class="read-page--photo-gallery"><figure class="read-page--photo-gallery--item">
<img class="read-page--photo-gallery--item__image" src="http://cdn.liputan6.com/medias/1/big/festival.jpg">
<figcaption class="read-page--photo-gallery--item__caption">Aktris berpose di karpet merah festival film,
Senin (15/2). (Liputan6.com/Andi Saputra)</figcaption></figure></div>
<div class="read-page--content"><div class="read-page__content-body text-detail"></div></div>
<div class="article-info">{_credits(("Editor", "Rina Kartika"), ("Photographer", "Andi Saputra"))}</div>
</article></body></html>"""

CURRENT = f"""<html><body><header class="read-page--header">
<h1 class="read-page--header--title entry-title">Operator Seluler Perluas Jaringan 4G</h1>
<div class="read-page--header--author">
<a class="read-page--header--author__link url fn" href="https://www.liputan6.com/me/dewi">
<span class="read-page--header--author__name fn">Dewi Anggraini</span></a>
<time class="read-page--header--author__datetime updated" datetime="2026-02-06 14:30:00">
06 Feb 2026, 14:30 WIB</time>
</div></header><div class="article-content-body"><p>{LEAD}</p><p>{SECOND}</p></div>
<div class="tags--snippet"><ul class="tags--snippet__list"><li class="tags--snippet__item">
<a class="tags--snippet__link" href="https://www.liputan6.com/tag/4g">
<span class="tags--snippet__name">4G</span></a>
</li></ul></div></body></html>"""


class TestLiputan6Rule:
    def test_the_rule_covers_the_channel_subdomains(self) -> None:
        """tekno., showbiz., photo. … use the Liputan6 rule."""
        assert isinstance(site_for("photo.liputan6.com"), Liputan6Rule)

    def test_header_date_in_english_words(self) -> None:
        """The header prints "on 16 Feb 2016 at 10:05 WIB"."""
        assert parse_html(ARTICLE, url=URL).published == dt.datetime(2016, 2, 16, 10, 5, tzinfo=WIB)

    def test_writer_from_header_and_editor_from_collapsed_credits(self) -> None:
        """The header names the writer; the Credits popover, without colons, names the editor."""
        article = parse_html(ARTICLE, url=URL)
        assert (article.authors, article.editors) == (("Dewi Anggraini",), ("Hendra Wijaya",))

    def test_only_names_under_the_editor_role_are_editors(self) -> None:
        """A photographer listed after the editor in the credits is not an editor."""
        assert parse_html(PHOTO, url=PHOTO_URL).editors == ("Rina Kartika",)

    def test_article_body_and_tags(self) -> None:
        """The content-body paragraphs, dateline included, and the read-page tags."""
        article = parse_html(ARTICLE, url=URL)
        assert article.body == (LEAD, SECOND)
        assert article.tags == ("4G",)

    def test_photo_page_has_captions_and_no_text(self) -> None:
        """A photo page's empty text block gives no body; the gallery captions are the story."""
        article = parse_html(PHOTO, url=PHOTO_URL)
        assert article.body == ()
        assert [caption.credit for caption in article.captions] == ["Liputan6.com/Andi Saputra"]

    def test_current_template_header_and_tags(self) -> None:
        """read-page--header--…: headline, date, writer and tags-snippet of the current template."""
        article = parse_html(CURRENT, url="https://www.liputan6.com/tekno/read/6000001/operator-4g")
        assert article.title == "Operator Seluler Perluas Jaringan 4G"
        assert article.published == dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)
        assert article.authors == ("Dewi Anggraini",)
        assert article.tags == ("4G",)
