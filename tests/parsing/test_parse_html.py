"""parse_html and parse_pages: whole pages in, Articles out, and only our errors on bad input."""

from __future__ import annotations

import contextlib
import datetime as dt
import doctest
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beritakit.dates import WIB
from beritakit.errors import BeritakitError, LimitError, NoArticleError, ParseError
from beritakit.models import Article, Dateline
from beritakit.parsing.html import parse_html, parse_pages

URL = "https://www.contoh.id/read/2026/02/06/banjir-rendam-kemang"
LEAD = (
    "JAKARTA, CONTOH.ID - Banjir setinggi satu meter merendam permukiman di Kemang, Jakarta Selatan, "
    "Jumat (6/2/2026), setelah hujan deras mengguyur sejak dini hari."
)
QUOTE = '"Air naik cepat sekali, kami tidak sempat menyelamatkan barang," kata Siti Aminah, warga setempat.'
MORE = (
    "Petugas pemadam kebakaran membantu mengevakuasi lansia dan anak-anak dengan perahu karet, kata polisi."
)

PAGE = f"""<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>Banjir Rendam Kemang - Contoh News</title>
<meta property="og:title" content="Banjir Rendam Kemang">
<meta property="og:site_name" content="Contoh News">
<meta property="og:image" content="/foto/utama.jpg">
<meta property="og:description" content="Banjir merendam Kemang.">
<meta name="keywords" content="banjir, kemang">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Banjir Rendam Kemang",
 "datePublished": "2026-02-06T14:30:27+07:00",
 "author": {{"@type": "Person", "name": "Budi Santoso"}}}}</script>
</head><body>
<div class="menu"><a href="/">Beranda</a> <a href="/megapolitan">Megapolitan</a></div>
<div class="artikel">
  <h1>Banjir Rendam Kemang</h1>
  <div class="date">Jumat, 6 Februari 2026 14:30 WIB</div>
  <div class="byline">Penulis: Rina Wulandari | Editor: Ade Marboen</div>
  <figure><img src="/foto/kemang.jpg"><figcaption>Warga mengungsi. (ANTARA FOTO/Budi)</figcaption></figure>
  <div class="isi">
    <p>{LEAD}</p>
    <p>Baca juga: <a href="/read/2026/02/05/hujan-deras">Hujan Deras Sepanjang Hari</a></p>
    <p>{QUOTE}</p>
    <p>{MORE}</p>
    <p>(rin/ade)</p>
  </div>
  <div class="tags"><a href="/tag/banjir">#banjir</a> <a href="/tag/kemang">Kemang</a></div>
  <div class="berita-terkait"><h3>Berita Terkait</h3>
    <a href="/read/2026/02/01/banjir-bekasi">Banjir Juga Landa Bekasi</a></div>
</div>
<div class="sidebar"><h3>Terpopuler</h3><a href="/read/1/gosip">Gosip Artis Hari Ini</a></div>
</body></html>"""


class TestParseHtml:
    def test_reads_every_field_of_a_news_page(self) -> None:
        """Headline, date, byline, body, caption, quote, links and tags come out as a reader sees them."""
        article = parse_html(PAGE, url=URL)
        assert article.title == "Banjir Rendam Kemang"
        assert article.url == URL
        assert article.published == dt.datetime(2026, 2, 6, 14, 30, 27, tzinfo=WIB)
        assert article.authors == ("Rina Wulandari",)
        assert article.editors == ("Ade Marboen",)
        assert article.site_name == "Contoh News"
        assert article.dateline == Dateline(place="JAKARTA", source="CONTOH.ID")
        assert article.body == (LEAD, QUOTE, MORE)
        assert [(c.text, c.credit, c.image_url) for c in article.captions] == [
            ("Warga mengungsi.", "ANTARA FOTO/Budi", "https://www.contoh.id/foto/kemang.jpg")
        ]
        assert article.quotes[0].speaker == "Siti Aminah"
        assert [(r.title, r.placement) for r in article.related] == [
            ("Hujan Deras Sepanjang Hari", "inline"),
            ("Banjir Juga Landa Bekasi", "list"),
        ]
        assert article.tags == ("banjir", "Kemang")
        assert article.lead_image == "https://www.contoh.id/foto/utama.jpg"

    def test_bytes_are_decoded(self) -> None:
        """Bytes in, the same article out."""
        assert parse_html(PAGE.encode("utf-8"), url=URL) == parse_html(PAGE, url=URL)

    def test_utf16_bytes_without_a_byte_order_mark_are_decoded(self) -> None:
        """A page saved as UTF-16 without a BOM reads like the same page in UTF-8."""
        assert parse_html(PAGE.encode("utf-16-le"), url=URL) == parse_html(PAGE, url=URL)

    def test_without_url_the_canonical_link_resolves_links(self) -> None:
        """The page's own canonical link stands in for a missing URL."""
        html = PAGE.replace("<title>", f'<link rel="canonical" href="{URL}"><title>')
        assert parse_html(html).related[0].url == "https://www.contoh.id/read/2026/02/05/hujan-deras"

    def test_without_any_url_relative_links_have_no_url(self) -> None:
        """A relative link that cannot be resolved keeps its title and drops its URL."""
        article = parse_html(PAGE)
        assert article.url is None
        assert article.related[0].url is None

    def test_index_page_raises_no_article_error(self) -> None:
        """A channel index (headlines and teasers) holds no article."""
        teasers = "".join(
            f'<li><h2><a href="/read/{i}">Judul berita nomor {i}</a></h2></li>' for i in range(20)
        )
        html = (
            f"<html><head><title>Megapolitan - Contoh News</title></head><body>"
            f"<ul>{teasers}</ul></body></html>"
        )
        with pytest.raises(NoArticleError):
            parse_html(html)

    def test_not_found_page_raises_no_article_error(self) -> None:
        """A 404 page has a heading but no text."""
        with pytest.raises(NoArticleError, match="no article text"):
            parse_html("<html><body><h1>Halaman tidak ditemukan</h1><p>Maaf.</p></body></html>")

    def test_photo_gallery_without_text_is_an_article_of_captions(self) -> None:
        """A gallery page whose only text is its captions is still an article."""
        figures = "".join(
            f'<figure><img src="/g/{i}.jpg">'
            f"<figcaption>Selena Gomez di karpet merah {i}. (REUTERS/Danny)</figcaption></figure>"
            for i in range(3)
        )
        article = parse_html(
            f"<html><body><h1>Grammy Awards 2016</h1><div class='galeri'>{figures}</div></body></html>"
        )
        assert article.body == ()
        assert len(article.captions) == 3

    @pytest.mark.parametrize(
        ("html", "message"), [("", "empty"), ("\x00\x00binary", "binary"), ("teks biasa", "not HTML")]
    )
    def test_unreadable_input_raises_parse_error(self, html: str, message: str) -> None:
        """Empty, binary and tagless input are ParseErrors saying which."""
        with pytest.raises(ParseError, match=message):
            parse_html(html)

    def test_nesting_bomb_raises_limit_error(self) -> None:
        """A nesting bomb is refused (libxml2 stops at MAX_DEPTH), not parsed into a deep tree."""
        with pytest.raises(LimitError):
            parse_html("<html><body>" + "<div><span>" * 100_000 + "</body></html>")

    def test_huge_input_raises_limit_error(self) -> None:
        """A page above 20 MB is refused unread."""
        with pytest.raises(LimitError):
            parse_html(b"<p>" + b"a" * (21 * 1024 * 1024))

    def test_a_related_link_to_a_broken_host_is_kept_without_its_url(self) -> None:
        """A "Baca Juga" link whose href cannot be split ("http://[rusak/...") is no error."""
        story = "".join(
            f"<p>Paragraf berita nomor {n} tentang banjir yang merendam Kemang.</p>" for n in range(4)
        )
        page = f"""<html><body><h1>Banjir Rendam Kemang</h1><article>{story}
<div><strong>Baca Juga</strong><ul><li><a href="http://[rusak/berita">Banjir surut di Jakarta Timur</a></li>
</ul></div></article></body></html>"""
        article = parse_html(page, url="https://contoh.id/read/1/banjir")
        assert [(link.title, link.url) for link in article.related] == [
            ("Banjir surut di Jakarta Timur", None)
        ]


class TestParsePages:
    def test_pages_are_merged_in_order(self) -> None:
        """The body continues across pages; metadata comes from page 1, next_page from the last."""
        second = PAGE.replace(
            LEAD, "Hari kedua, air mulai surut di beberapa titik, menurut data BPBD DKI Jakarta."
        )
        first = PAGE.replace(
            '<div class="tags">', f'<a href="{URL}?page=2">Selanjutnya</a><div class="tags">'
        )
        article = parse_pages([first, second], url=URL)
        single = parse_html(PAGE, url=URL)
        assert article.body[: len(single.body)] == single.body
        assert article.body[len(single.body)].startswith("Hari kedua")
        assert len(article.captions) == 1
        assert [r.title for r in article.related] == [r.title for r in single.related]
        assert article.title == single.title
        assert article.next_page is None
        assert all(
            quote.paragraph is not None and quote.paragraph < len(article.body) for quote in article.quotes
        )
        assert [q.paragraph for q in article.quotes] == [1, len(single.body) + 1]

    def test_single_page_is_parse_html(self) -> None:
        """One page merged is that page."""
        assert parse_pages([PAGE], url=URL) == parse_html(PAGE, url=URL)

    def test_no_pages_raise_parse_error(self) -> None:
        """An empty sequence of pages holds no article."""
        with pytest.raises(ParseError, match="no pages"):
            parse_pages([])

    def test_next_page_is_set_from_a_continuation_link(self) -> None:
        """Page 1 of a split story points at page 2."""
        html = PAGE.replace('<div class="tags">', '<link rel="next" href="?page=2"><div class="tags">')
        assert parse_html(html, url=URL).next_page == f"{URL}?page=2"


@settings(max_examples=50)
@given(st.text(max_size=300) | st.binary(max_size=300))
def test_any_input_gives_an_article_or_our_error(data: str | bytes) -> None:
    """Whatever the input, the result is an Article or a BeritakitError, never an lxml traceback."""
    with contextlib.suppress(BeritakitError):
        assert isinstance(parse_html(data), Article)


TAGS = st.sampled_from(
    ["p", "div", "h1", "h2", "span", "b", "a", "figure", "figcaption", "br", "table", "td"]
)


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(
                TAGS.map(lambda tag: f"<{tag}>"),
                TAGS.map(lambda tag: f"</{tag}>"),
                st.text(alphabet="abc ,.“”\"'-:", max_size=30),
                st.sampled_from(
                    [
                        LEAD,
                        QUOTE,
                        "Baca juga: X",
                        "Baca juga:",
                        "Editor: Y",
                        "(ant)",
                        '<a href="/x">z</a>',
                        "<img src=/f.jpg>",
                        # Hostile attributes: links that cannot be split, odd schemes, bad dates.
                        '<a href="http://[rusak/berita">Banjir surut</a>',
                        '<a href="javascript:void(0)" rel="next author">lanjut</a>',
                        '<a href="//cdn.contoh.id/tag/banjir?page=2">Banjir</a>',
                        '<div class="baca-juga related" id="tags">',
                        '<time datetime="2026-13-45T99:99">Jumat, 31 Februari 2026</time>',
                        '<span style="display:none" itemprop="author">Budi</span>',
                        '<img data-src="http://[::1" srcset="a.jpg 1x, b.jpg zz">',
                        '<script type="application/ld+json">{"@type": "NewsArticle", "author": [1, {}]',
                    ]
                ),
            ),
            max_size=40,
        )
    )
    return "<html><head><title>Judul Berita Kita</title></head><body>" + "".join(parts)


@settings(max_examples=50)
@given(html_soup())
def test_any_tag_soup_gives_an_article_or_our_error(html: str) -> None:
    """Broken markup built from news-page pieces never escapes our error hierarchy."""
    with contextlib.suppress(BeritakitError):
        assert isinstance(parse_html(html, url=URL), Article)


@pytest.mark.parametrize(
    "module",
    [
        "beritakit.parsing.decode",
        "beritakit.parsing.document",
        "beritakit.parsing.html",
        "beritakit.parsing.merge",
        "beritakit.parsing.selectors",
        "beritakit.parsing.sources.common",
        "beritakit.parsing.sources.heuristics",
        "beritakit.parsing.sources.jsonld",
        "beritakit.parsing.sources.meta",
        "beritakit.sites",
    ],
)
def test_docstring_examples_run(module: str) -> None:
    """Every example in the parsing modules' docstrings is true."""
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
