"""The generic extractor reads what a reader sees, on layouts of any outlet and any year."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import lxml.html
import pytest

from beritakit.dates import WIB
from beritakit.models import RelatedLink
from beritakit.parsing.body import image_source, read_container
from beritakit.parsing.container import find_container
from beritakit.parsing.document import absolute_url, build_document, text_of
from beritakit.parsing.sources.heuristics import find_headline, find_layout, from_html, visible_date

if TYPE_CHECKING:
    from beritakit.parsing.partial import Partial

URL = "https://www.contoh.id/berita/2026/02/06/banjir-rendam-kemang"
LEAD = (
    "JAKARTA, CONTOH.ID - Banjir setinggi satu meter merendam permukiman di Kemang, Jakarta Selatan, "
    "Jumat (6/2/2026), setelah hujan deras mengguyur sejak dini hari."
)
SECOND = (
    "Warga mengungsi ke masjid terdekat, sementara petugas pemadam kebakaran membantu mengevakuasi "
    "lansia dan anak-anak dengan perahu karet."
)
THIRD = '"Air naik cepat sekali, kami tidak sempat menyelamatkan barang," kata Siti, warga setempat.'


def page(body: str, *, title: str = "Banjir Rendam Kemang - Contoh News", head: str = "") -> str:
    return (
        f'<html><head><title>{title}</title><meta property="og:title" content="{title}">{head}</head>'
        f"<body>{body}</body></html>"
    )


def article(inner: str, *, before: str = "", after: str = "") -> str:
    """An article block: headline, date, the container holding ``inner``, then what follows."""
    return page(
        f'<div class="menu"><h1>Megapolitan</h1></div>{before}<div class="artikel">'
        f'<h2 class="judul">Banjir Rendam Kemang</h2>'
        f'<div class="tanggal">Jumat, 6 Februari 2026 14:30 WIB</div>'
        f'<div class="isi-berita">{inner}</div>{after}</div>'
    )


STORY = f"<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"


def read(html: str, url: str | None = URL) -> Partial:
    doc = build_document(html, url=url)
    return from_html(doc, find_layout(doc))


def reading(inner: str) -> tuple[str, ...]:
    root = lxml.html.fromstring(f"<div>{inner}</div>")
    return read_container(root, resolve=lambda href: absolute_url(href, URL)).body


class TestHeadline:
    def test_heading_matching_metadata_beats_a_channel_name_h1(self) -> None:
        """The <h1> "Megapolitan" is the channel; the <h2> matching og:title is the headline."""
        doc = build_document(article(STORY))
        headline = find_headline(doc)
        assert headline is not None
        assert text_of(headline) == "Banjir Rendam Kemang"

    def test_visible_headline_keeps_what_metadata_drops(self) -> None:
        """A headline printed with a colon still matches a metadata title without it."""
        html = page("<h1>IHSG Hari Ini: Sempat Tembus 9.000</h1>", title="IHSG Hari Ini Sempat Tembus 9.000")
        headline = find_headline(build_document(html))
        assert headline is not None
        assert text_of(headline) == "IHSG Hari Ini: Sempat Tembus 9.000"

    def test_without_metadata_titles_the_first_h1_is_the_headline(self) -> None:
        """A bare page's <h1> is its headline."""
        doc = build_document("<html><body><h1>Harga Cabai Naik</h1><p>isi</p></body></html>")
        headline = find_headline(doc)
        assert headline is not None
        assert headline.text == "Harga Cabai Naik"

    def test_unrelated_headings_are_not_headlines(self) -> None:
        """No heading like the metadata title means no visible headline."""
        html = page("<h1>Berita Terpopuler Hari Ini</h1>", title="Banjir Rendam Kemang")
        assert find_headline(build_document(html)) is None


class TestContainer:
    def test_paragraphs_choose_their_block(self) -> None:
        """The block holding the long, comma-rich paragraphs is the container."""
        root = build_document(article(STORY)).root
        container = find_container(root)
        assert container is not None
        assert container.get("class") == "isi-berita"

    def test_old_template_text_between_br_tags(self) -> None:
        """2015-16 templates put the story straight in a div, paragraphs split by <br><br>."""
        html = page(
            f'<div class="menu"><a href="/">Home</a></div><div id="isi">{LEAD}<br><br>{SECOND}<br>'
            f"<br>{THIRD}</div>"
        )
        container = find_container(build_document(html).root)
        assert container is not None
        assert container.get("id") == "isi"

    def test_link_lists_are_not_the_article(self) -> None:
        """A list of long headlines, all links, scores nothing."""
        links = "".join(f'<div class="item"><a href="/b/{i}">{SECOND}</a></div>' for i in range(8))
        html = page(f'<div class="daftar">{links}</div><div class="isi">{STORY}</div>')
        container = find_container(build_document(html).root)
        assert container is not None
        assert container.get("class") == "isi"

    def test_a_wordy_newsletter_box_is_never_the_article(self) -> None:
        """Blocks named as promos or comments are not candidates, however long their text."""
        html = page(f'<div class="newsletter"><p>{SECOND}</p><p>{SECOND}</p></div>')
        assert find_container(build_document(html).root) is None

    def test_index_page_has_no_container(self) -> None:
        """Short teasers under many headlines add up to no article."""
        teasers = "".join(
            f'<li><a href="/b/{i}">Judul berita nomor {i}</a><p>Ringkas.</p></li>' for i in range(20)
        )
        assert find_container(build_document(page(f"<ul>{teasers}</ul>")).root) is None

    def test_loose_lead_before_a_div_of_br_runs_is_included(self) -> None:
        """ANTARA: the lead as loose text, the rest in an inner div of <br> runs; both are read."""
        html = page(
            f'<h1>Banjir Rendam Kemang</h1><div id="content">{LEAD}<div>{SECOND}<br><br>{THIRD}</div></div>'
        )
        container = find_container(build_document(html).root)
        assert container is not None
        assert container.get("id") == "content"


class TestReadContainer:
    def test_br_pairs_and_paragraphs_make_lines(self) -> None:
        """<p> and <br> both end a paragraph; inline tags continue it."""
        assert reading(f"<p>{LEAD}</p>{SECOND}<br><br><b>Sub</b> judul<br>{THIRD}") == (
            LEAD,
            SECOND,
            "Sub judul",
            THIRD,
        )

    def test_dateline_stub_joins_its_paragraph(self) -> None:
        """Old detik: <strong>Jakarta</strong> - <p>story</p> reads as one lead paragraph."""
        assert reading(f"<strong>Jakarta</strong> - <p>{SECOND}</p>")[0] == f"Jakarta - {SECOND}"

    def test_baca_juga_line_becomes_an_inline_related_link(self) -> None:
        """A "Baca juga" line leaves the body and keeps its link's URL."""
        root = lxml.html.fromstring(
            f'<div><p>{LEAD}</p><p>Baca juga: <a href="/berita/9/banjir-susulan">Banjir Susulan</a>'
            f"</p><p>{SECOND}</p></div>"
        )
        result = read_container(root, resolve=lambda href: absolute_url(href, URL))
        assert result.body == (LEAD, SECOND)
        assert result.related == (
            RelatedLink(
                title="Banjir Susulan",
                url="https://www.contoh.id/berita/9/banjir-susulan",
                placement="inline",
            ),
        )

    def test_bare_baca_juga_marker_takes_the_link_under_it(self) -> None:
        """A bare "Baca juga:" marker: the link line right after it is the related article."""
        root = lxml.html.fromstring(
            f"<div><p>{LEAD}</p><p><strong>Baca juga:</strong></p>"
            '<p><a href="/b/1">Banjir Susulan</a></p></div>'
        )
        result = read_container(root, resolve=lambda href: absolute_url(href, URL))
        assert result.body == (LEAD,)
        assert [(link.title, link.url) for link in result.related] == [
            ("Banjir Susulan", "https://www.contoh.id/b/1")
        ]

    def test_links_under_a_related_heading_are_related(self) -> None:
        """KapanLagi's "Jangan Lewatkan" heading: the link lines after it are related, not text."""
        root = lxml.html.fromstring(
            f'<div><p>{LEAD}</p><h2>Jangan Lewatkan</h2><a href="/a">Sivia Blink Tampil Memukau</a><br>'
            '<a href="/b">Brandon Salim Main Film Baru</a><br><p>(kpl/pur)</p></div>'
        )
        result = read_container(root, resolve=lambda href: absolute_url(href, URL))
        assert result.body == (LEAD,)
        assert [link.title for link in result.related] == [
            "Sivia Blink Tampil Memukau",
            "Brandon Salim Main Film Baru",
        ]

    def test_related_box_inside_the_text_is_inline(self) -> None:
        """A "Baca Juga" box between paragraphs holds inline links; site-wide boxes are dropped."""
        root = lxml.html.fromstring(
            f'<div><p>{LEAD}</p><div class="baca-juga"><ul><li>'
            f'<a href="/x">Telkomsel Perluas Jaringan</a></li></ul></div>'
            f'<div class="related"><div>Terpopuler</div><a href="/y">Gosip Artis Hari Ini</a></div>'
            f"<p>{SECOND}</p></div>"
        )
        result = read_container(root, resolve=lambda href: absolute_url(href, URL))
        assert result.body == (LEAD, SECOND)
        assert [link.title for link in result.related] == ["Telkomsel Perluas Jaringan"]

    def test_credit_lines_are_set_aside(self) -> None:
        """Credit lines ("Editor: X") and credit tables leave the text for the byline."""
        root = lxml.html.fromstring(
            f"<div><p>{LEAD}</p><p>Editor: Ade Marboen</p><table><tr><td>Penulis</td>"
            f"<td>: Masriadi</td></tr></table></div>"
        )
        result = read_container(root, resolve=lambda href: absolute_url(href, URL))
        assert result.body == (LEAD,)
        assert result.credits == ("Editor: Ade Marboen", "Penulis : Masriadi")

    def test_ads_share_bars_and_scripts_are_skipped_with_tails_kept(self) -> None:
        """Furniture inside the text goes; the text right after it stays."""
        inner = (
            f'<p>{LEAD}<span class="ads">IKLAN</span> lanjut.</p>'
            f'<div class="share-box">Bagikan</div><p>{SECOND}</p>'
        )
        assert reading(inner) == (f"{LEAD} lanjut.", SECOND)

    def test_italic_line_under_a_photo_is_its_caption(self) -> None:
        """Viva: an italic line right under an in-text photo is the photo's caption, not text."""
        root = lxml.html.fromstring(
            f'<div><p>{LEAD}</p><div><img src="/f/1.jpg"></div><div>'
            f"<em>Joey di panggung. Foto: Grammy</em></div><p>{SECOND}</p></div>"
        )
        result = read_container(root, resolve=lambda href: absolute_url(href, URL))
        assert result.body == (LEAD, SECOND)
        assert result.captions[0].text == "Joey di panggung."
        assert result.captions[0].credit == "Grammy"
        assert result.captions[0].image_url == "https://www.contoh.id/f/1.jpg"

    def test_standalone_desk_initials_are_dropped(self) -> None:
        """Trailing "(fyk/ash)" on its own line is boilerplate."""
        assert reading(f"<p>{LEAD}</p><p>(fyk/ash)</p>") == (LEAD,)

    def test_bold_capital_sign_off_is_the_writer(self) -> None:
        """Tempo: the reporter's name in bold capitals closes the story; it is not text."""
        root = lxml.html.fromstring(
            f"<div><p>{LEAD}</p><p>{SECOND}</p><p><strong>DINI TEJA</strong></p></div>"
        )
        result = read_container(root, resolve=lambda href: absolute_url(href, URL))
        assert result.body == (LEAD, SECOND)
        assert result.signoff == "DINI TEJA"

    def test_table_cells_of_a_row_are_one_line(self) -> None:
        """A table row reads as one line."""
        assert reading("<table><tr><td>Harga</td><td>Rp 50.000</td></tr></table>") == ("Harga Rp 50.000",)


class TestImageSource:
    @pytest.mark.parametrize(
        ("attributes", "expected"),
        [
            ('src="/blank.gif" data-src="/f/asli.jpg"', "/f/asli.jpg"),
            ('src="/lazy.png" data-original="/f/asli.jpg"', "/f/asli.jpg"),
            ('srcset="/f/kecil.jpg 320w, /f/besar.jpg 1024w"', "/f/besar.jpg"),
            ('src="/f/biasa.jpg"', "/f/biasa.jpg"),
            ('src="data:image/gif;base64,R0lGOD"', None),
        ],
    )
    def test_real_source_beats_lazy_placeholders(self, attributes: str, expected: str | None) -> None:
        """Lazy-loading attributes and the widest srcset candidate are the photo; placeholders are not."""
        assert image_source(lxml.html.fromstring(f"<img {attributes}>")) == expected


class TestFields:
    def test_visible_date_near_the_headline(self) -> None:
        """The date printed under the headline, in WIB."""
        assert read(article(STORY)).published == dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)

    def test_date_in_plain_text_after_the_headline(self) -> None:
        """Kompas 2015: the date is an unnamed div right after the headline."""
        html = page(
            f"<h1>Banjir Rendam Kemang</h1><div>Jumat, 6 Februari 2026 | 14:30 WIB</div><div>{STORY}</div>"
        )
        assert read(html).published == dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Kamis, 5 November 2015 14:56 WIB | 1.229 Views", dt.datetime(2015, 11, 5, 14, 56, tzinfo=WIB)),
            (
                "Vania Ika Aldida | Jum'at, 17 Februari 2017 - 13:30 wib",
                dt.datetime(2017, 2, 17, 13, 30, tzinfo=WIB),
            ),
            ("22/10/2025 06:59", dt.datetime(2025, 10, 22, 6, 59, tzinfo=WIB)),
            ("Dibaca 1.229 kali", None),
        ],
    )
    def test_visible_date_reads_one_part_of_a_busy_line(
        self, text: str, expected: dt.datetime | None
    ) -> None:
        """Dates share their line with views or the writer's name; the date part is read."""
        assert visible_date(text) == expected

    def test_report_line_opening_the_text_credits_its_writer(self) -> None:
        """Tribun style: "Laporan Wartawan Tribun Medan, Name" has no colon, yet names the writer."""
        partial = read(article(f"<p>Laporan Wartawan Contoh Medan, Budi Hartono</p>{STORY}"))
        assert partial.authors == ("Budi Hartono",)
        assert partial.body is not None
        assert partial.body[0] == LEAD

    def test_labelled_byline_and_editor_line(self) -> None:
        """A "Pewarta" line under the headline and an "Editor" line under the text are read by label."""
        html = article(STORY + "<p>Editor: Ade Marboen</p>", before="")
        html = html.replace(
            '<div class="isi-berita">',
            '<div class="byline">Pewarta: Nur Imansyah dan Agus S</div><div class="isi-berita">',
        )
        result = read(html)
        assert result.authors == ("Nur Imansyah", "Agus S")
        assert result.editors == ("Ade Marboen",)

    def test_credit_line_as_loose_text_after_an_empty_element(self) -> None:
        """Republika: "Red: X" is loose text after an empty span; the whole line is read."""
        credit = '<div class="red"> <span> </span> Red: Yudha Manggala P Putra</div>'
        html = article(STORY).replace('<div class="isi-berita">', credit + '<div class="isi-berita">')
        assert read(html).editors == ("Yudha Manggala P Putra",)

    def test_unlabelled_author_element(self) -> None:
        """An element named as the author holds the writer's name without a label."""
        html = article(STORY).replace(
            '<div class="isi-berita">', '<div class="author-2">Andhika Prasetyo</div><div class="isi-berita">'
        )
        assert read(html).authors == ("Andhika Prasetyo",)

    def test_photo_credit_is_not_the_writer(self) -> None:
        """Kompas: span.author inside the photo block credits the photographer, not the story."""
        photo = (
            '<div class="photo"><img src="/f/1.jpg">'
            '<span class="author">KOMPAS.COM/MASRIADI</span>Penyidik menyerahkan senjata.</div>'
        )
        result = read(
            article(STORY, before="").replace('<div class="isi-berita">', photo + '<div class="isi-berita">')
        )
        assert result.authors is None
        assert result.captions is not None
        assert (result.captions[0].text, result.captions[0].credit) == (
            "Penyidik menyerahkan senjata.",
            "KOMPAS.COM/MASRIADI",
        )

    def test_figure_caption_with_credit(self) -> None:
        """A <figure>'s caption is split into text and credit; its image is the lazy original."""
        figure = (
            '<figure><img src="/blank.gif" data-src="/f/asli.jpg">'
            "<figcaption>Warga mengungsi. (ANTARA FOTO/Budi)</figcaption></figure>"
        )
        result = read(article(figure + STORY))
        assert result.captions is not None
        caption = result.captions[0]
        assert (caption.text, caption.credit, caption.image_url) == (
            "Warga mengungsi.",
            "ANTARA FOTO/Budi",
            "https://www.contoh.id/f/asli.jpg",
        )

    def test_credit_printed_apart_from_the_caption(self) -> None:
        """Republika: the credit above the photo, the caption below; they make one caption."""
        photo = (
            '<div class="img-detail"><div class="cap-foto">Antara/Teresia May</div><img src="/f/m.jpg"></div>'
            '<div class="wp-cap"><div class="caption">Marcella Zalianty</div></div>'
        )
        result = read(article(STORY).replace('<div class="isi-berita">', photo + '<div class="isi-berita">'))
        assert result.captions is not None
        assert [(c.text, c.credit) for c in result.captions] == [("Marcella Zalianty", "Antara/Teresia May")]

    def test_thumbnail_linking_to_another_page_is_no_caption(self) -> None:
        """A gallery teaser (image linked to another page, text beside it) belongs to that page."""
        teaser = (
            '<div class="photo-box"><a href="/foto/lain"><img src="/f/t.jpg"></a>'
            '<div class="photo-desc">Rumah mewah artis.</div></div>'
        )
        assert read(article(STORY, after=teaser)).captions is None

    def test_related_block_after_the_text(self) -> None:
        """The "Berita Terkait" block is the article's related list; tag pages are not articles."""
        block = (
            '<div class="box"><h3>Berita Terkait</h3><ul><li>'
            '<a href="/berita/1/banjir-kemarin">Banjir Kemarin Meluas</a></li>'
            '<li><a href="/tag/banjir">Banjir</a></li></ul></div>'
        )
        assert read(article(STORY, after=block)).related_list == (
            RelatedLink(
                title="Banjir Kemarin Meluas",
                url="https://www.contoh.id/berita/1/banjir-kemarin",
                placement="list",
            ),
        )

    def test_site_wide_lists_are_not_related(self) -> None:
        """Site-wide lists ("Terpopuler") and channel lists including this article are not related."""
        popular = '<div class="related"><h3>Terpopuler</h3><a href="/b/1">Gosip Artis Hari Ini</a></div>'
        channel = (
            f'<div class="terkait"><h3>Berita Lainnya</h3>'
            f'<a href="{URL}">Banjir Rendam Kemang</a><a href="/b/2">Harga Cabai Naik</a></div>'
        )
        assert read(article(STORY, after=popular + channel)).related_list is None

    def test_tags_after_the_headline(self) -> None:
        """A tag container's link texts are the tags, "#" dropped; a trending bar above is not."""
        trending = '<div class="tag"><a href="/tag/ahok">#Ahok</a></div>'
        tags = (
            '<div class="tags"><span>Tags:</span><a href="/tag/banjir"># banjir</a>'
            '<a href="/tag/jakarta">Jakarta</a></div>'
        )
        assert read(article(STORY, before=trending, after=tags)).tags == ("banjir", "Jakarta")

    def test_site_wide_topic_lists_are_not_tags(self) -> None:
        """A "Topik Pilihan" box named like tags lists the site's picks."""
        picks = (
            '<div class="tag-box"><h4><a href="#">Topik Pilihan</a></h4>'
            '<a href="/topik/1">Piala Presiden</a></div>'
        )
        assert read(article(STORY, after=picks)).tags is None

    def test_next_page_link(self) -> None:
        """A "Halaman selanjutnya" link gives the article's next page."""
        pager = '<div class="paging"><a href="?page=2">Halaman selanjutnya</a></div>'
        assert read(article(STORY, after=pager)).next_page == f"{URL}?page=2"

    def test_numbered_pagination_gives_the_following_page(self) -> None:
        """Numbered pagination ("Halaman 1 2 3"): page 1 links to page 2."""
        pager = f'<div class="paging">Halaman <a href="{URL}?page=1">1</a> <a href="{URL}?page=2">2</a></div>'
        assert read(article(STORY, after=pager)).next_page == f"{URL}?page=2"
