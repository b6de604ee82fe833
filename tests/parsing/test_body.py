"""The body reader's lines, related links and image sources, down to the white space and the hrefs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from beritakit.models import RelatedLink
from beritakit.parsing import body
from beritakit.parsing.body import image_source, read_container, related_links

if TYPE_CHECKING:
    from tests.parsing.conftest import Recorder

LEAD = (
    "JAKARTA, CONTOH.ID - Banjir setinggi satu meter merendam permukiman di Kemang, Jakarta Selatan, "
    "Jumat (6/2/2026), setelah hujan deras mengguyur sejak dini hari."
)


def element(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<div>{html}</div>")


class TestLines:
    def test_white_space_between_pieces_of_a_line_is_kept(self, resolve: Recorder) -> None:
        """Inline pieces apart only by a line break still read as separate words."""
        reading = read_container(element("<p>\n  <b>Harga</b>\n<i>cabai</i> naik</p>"), resolve=resolve)
        assert reading.body == ("Harga cabai naik",)

    def test_a_line_of_invisible_characters_is_no_line(self, resolve: Recorder) -> None:
        """Zero-width characters alone make no paragraph."""
        reading = read_container(element(f"<p>\u200b\u00ad</p><p>{LEAD}</p>"), resolve=resolve)
        assert reading.body == (LEAD,)

    def test_links_in_the_story_are_not_resolved(self, resolve: Recorder) -> None:
        """Only related-link lines need their URL: a link inside a story paragraph is left as written."""
        read_container(element(f'<p>{LEAD} <a href="/profil/budi">Budi</a></p>'), resolve=resolve)
        assert resolve.asked == []

    def test_a_related_line_falls_back_to_its_only_link(self, resolve: Recorder) -> None:
        """When no link text is in the title, the line's only link is the related article."""
        reading = read_container(
            element(f'<p>{LEAD}</p><p><a href="/berita/9">Baca juga</a>: Banjir Susulan</p>'),
            resolve=resolve,
        )
        assert reading.related == (
            RelatedLink(title="Banjir Susulan", url="https://www.contoh.id/berita/9", placement="inline"),
        )


class TestRelatedLinks:
    def test_each_url_is_listed_once_under_its_first_title(self, resolve: Recorder) -> None:
        """A list linking one article twice gives it once, with the first title."""
        block = element('<a href="/berita/1">Harga Cabai Naik</a><a href="/berita/1">Cabai Mahal Lagi</a>')
        assert [link.title for link in related_links(block, resolve, "list")] == ["Harga Cabai Naik"]

    def test_tag_pages_are_left_out(self, resolve: Recorder) -> None:
        """A link to a tag index is no article."""
        block = element('<a href="/tag/banjir">Banjir Jakarta</a><a href="/berita/2">Banjir Susulan</a>')
        assert [link.url for link in related_links(block, resolve, "list")] == [
            "https://www.contoh.id/berita/2"
        ]

    def test_list_furniture_is_skipped_without_resolving_its_href(self, resolve: Recorder) -> None:
        """ "Lihat Semua" and the block's own heading are passed over before their href is read."""
        block = element(
            '<a href="/indeks">Lihat Semua</a><a href="/terkait">Berita Terkait</a>'
            '<a href="/berita/3">Harga Emas Turun</a>'
        )
        assert [link.title for link in related_links(block, resolve, "list")] == ["Harga Emas Turun"]
        assert resolve.asked == ["/berita/3"]


# Image sources: words of placeholders in any case, look-alike letters, and real file names.
SOURCE_PIECES = ["/img/", "https://cdn.contoh.id/", "blank", "BLANK", "ſpacer", "Lazy", "loading",
                 "pixel", ".gif", ".GIF", ".png", ".jpg", ".Svg", "data:", "DATA:", "foto", "\u212a", "é",
                 "?w=1"]  # fmt: skip
sources = st.lists(st.sampled_from(SOURCE_PIECES), max_size=6).map("".join)


class TestImageSource:
    @given(sources)
    def test_placeholders_are_found_as_the_case_blind_pattern_finds_them(self, source: str) -> None:
        """The lower-cased search of ASCII sources agrees with the case-blind one on every source."""
        case_blind = re.compile(body._PLACEHOLDER.pattern, re.IGNORECASE)
        assert (body._PLACEHOLDER.search(source) is not None) == (case_blind.search(source) is not None)

    def test_a_placeholder_in_capitals_is_no_source(self) -> None:
        """ "LOADING.GIF" is a placeholder however it is written."""
        image = lxml.html.fromstring('<img data-src="/img/LOADING.GIF" src="/img/banjir.jpg">')
        assert image_source(image) == "/img/banjir.jpg"

    def test_a_placeholder_spelled_with_a_long_s_is_no_source(self) -> None:
        """ "ſpacer.gif" reads as "spacer.gif" to the case-blind pattern, as before."""
        image = lxml.html.fromstring('<img data-src="/img/ſpacer.gif" src="/img/banjir.jpg">')
        assert image_source(image) == "/img/banjir.jpg"
