"""The next page of a multi-page article is the first link that leads on to it, never the page itself."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit.parsing import links
from beritakit.parsing.document import absolute_url
from beritakit.parsing.links import find_next_page
from beritakit.parsing.selectors import NEXT_PAGE_TEXT

if TYPE_CHECKING:
    from tests.parsing.conftest import Recorder

URL = "https://www.contoh.id/berita/2026/02/06/banjir-rendam-kemang"


def next_page(inner: str, *, links: tuple[str, ...] = (), own_url: str | None = URL) -> str | None:
    scope = lxml.html.fromstring(f"<div>{inner}</div>")
    return find_next_page(scope, lambda href: absolute_url(href, URL), links=links, own_url=own_url)


class TestFindNextPage:
    def test_a_head_link_comes_before_the_page_links(self) -> None:
        """``<link rel="next">`` from the head wins over a "Selanjutnya" link in the page."""
        found = next_page('<a href="?page=3">Selanjutnya</a>', links=("?page=2",))
        assert found == f"{URL}?page=2"

    def test_the_first_next_link_of_the_page_wins(self) -> None:
        """Of two "next" links, the first in page order is the next page."""
        found = next_page('<a href="?page=2">Halaman Selanjutnya</a> <a href="?page=5">Next</a>')
        assert found == f"{URL}?page=2"

    def test_the_search_stops_at_the_first_next_link(self, resolve: Recorder) -> None:
        """Links after the next page's are not even resolved."""
        scope = lxml.html.fromstring(
            '<div><a href="?page=2">Berikutnya</a><a href="/lain?page=2">2</a></div>'
        )
        assert find_next_page(scope, resolve, links=(), own_url=URL) == f"{URL}?page=2"
        assert resolve.asked == ["?page=2"]

    def test_rel_next_is_read_in_any_case(self) -> None:
        """An anchor marked ``rel="NEXT nofollow"`` leads to the next page whatever its text."""
        assert (
            next_page('<a rel="NEXT nofollow" href="/berita/hal-2">2</a>')
            == "https://www.contoh.id/berita/hal-2"
        )

    def test_a_numbered_link_of_another_article_is_not_the_next_page(self) -> None:
        """``?page=2`` of another path is another article's page."""
        assert next_page('<a href="/berita/lain?page=2">2</a>') is None

    def test_the_following_number_of_the_same_article_is_the_next_page(self) -> None:
        """On page 2, the link to page 3 of the same path leads on; the link to page 1 does not."""
        found = next_page('<a href="?page=1">1</a> <a href="?page=3">3</a>', own_url=f"{URL}?page=2")
        assert found == f"{URL}?page=3"

    def test_a_link_to_the_page_itself_is_never_its_next_page(self) -> None:
        """A "Selanjutnya" link back to this very page is passed over."""
        assert next_page(f'<a href="{URL}#atas">Selanjutnya</a>') is None

    def test_links_without_href_lead_nowhere(self) -> None:
        """A "Next" button without an href gives no next page."""
        assert next_page('<a rel="next">Next</a><a href="">Selanjutnya</a>') is None

    @pytest.mark.parametrize(
        "text", ["SELANJUTNYA", "halaman berikutnya", " Next ", "\u017felanjutnya", "Lanjut", "»", "› ›", ">"]
    )
    def test_next_link_texts_are_read_in_any_case_and_spacing(self, text: str) -> None:
        """Next-page words in any case (long s too) or arrows alone, spaced or not, lead on."""
        found = next_page(f'<a href="/berita/hal-2">{escape(text)}</a>')
        assert found == "https://www.contoh.id/berita/hal-2"

    @given(st.from_regex(NEXT_PAGE_TEXT))
    def test_every_next_link_text_opens_as_the_quick_check_expects(self, text: str) -> None:
        """The first-character check before the pattern lets every next-page link text through."""
        stripped = text.strip()
        if NEXT_PAGE_TEXT.match(stripped):
            assert stripped[:1] in links._NEXT_PAGE_OPENINGS
