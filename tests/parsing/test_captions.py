"""Photo captions are read from figures, caption boxes and photo blocks, and never from thumbnails."""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from beritakit.models import Caption
from beritakit.parsing import captions
from beritakit.parsing.captions import caption_from, find_captions
from beritakit.parsing.document import absolute_url
from beritakit.parsing.marks import mark
from beritakit.parsing.selectors import identity

if TYPE_CHECKING:
    from random import Random

URL = "https://www.contoh.id/berita/2026/02/06/banjir-rendam-kemang"
PHOTO = "https://www.contoh.id/img/banjir.jpg"


def resolve(href: str | None) -> str | None:
    return absolute_url(href, URL)


def captions_of(inner: str) -> tuple[Caption, ...]:
    scope = lxml.html.fromstring(f"<div>{inner}</div>")
    return find_captions(mark(scope), scope, resolve)


class TestFindCaptions:
    def test_a_figure_caption_has_its_credit_split_off(self) -> None:
        """A <figure> gives its <figcaption> text, the credit apart, and the photo's URL."""
        found = captions_of(
            '<figure><img src="/img/banjir.jpg"><figcaption>Warga mengungsi. (ANTARA FOTO/Budi)'
            "</figcaption></figure>"
        )
        assert found == (Caption(text="Warga mengungsi.", credit="ANTARA FOTO/Budi", image_url=PHOTO),)

    def test_a_photo_block_of_white_space_gives_nothing(self) -> None:
        """A photo block holding an image and only white space has no caption to give."""
        assert captions_of('<div class="photo">\n  <img src="/img/banjir.jpg">\n\u00a0</div>') == ()

    def test_invisible_characters_are_no_caption(self) -> None:
        """A caption box of zero-width characters is empty."""
        assert captions_of('<div class="photo"><img src="/img/banjir.jpg"><p>\u200b</p></div>') == ()

    def test_a_thumbnail_in_a_related_list_has_no_caption(self) -> None:
        """Photo blocks inside a related list are other articles' thumbnails."""
        found = captions_of(
            '<div class="berita-terkait"><ul><li><div class="photo"><img src="/img/banjir.jpg">'
            "<p>Warga mengungsi ke masjid terdekat.</p></div></li></ul></div>"
        )
        assert found == ()

    def test_a_photo_block_outside_any_list_gives_its_caption(self) -> None:
        """The same photo block in the article gives its caption."""
        found = captions_of(
            '<div class="isi"><div class="photo"><img src="/img/banjir.jpg">'
            "<p>Warga mengungsi ke masjid terdekat.</p></div></div>"
        )
        assert found == (Caption(text="Warga mengungsi ke masjid terdekat.", image_url=PHOTO),)

    def test_caption_from_a_figure_reads_only_its_figcaption(self) -> None:
        """Text of a figure outside its <figcaption> (a credit overlay) is not the caption."""
        figure = lxml.html.fromstring(
            '<figure><span>Antara/Teresia May</span><img src="/img/banjir.jpg">'
            "<figcaption>Warga mengungsi.</figcaption></figure>"
        )
        assert caption_from(figure, resolve) == Caption(text="Warga mengungsi.", image_url=PHOTO)


NAMES = ["", "", "isi", "konten", "berita-terkait", "sidebar", "photo", "thumb", "menu-utama"]


@st.composite
def trees(draw: st.DrawFn) -> str:
    """Nested <div>s, some named as listings, some not."""

    def block(depth: int) -> str:
        name = draw(st.sampled_from(NAMES))
        children = draw(st.integers(0, 3 if depth < 4 else 0))
        inner = "".join(block(depth + 1) for _ in range(children))
        return f'<div class="{name}">{inner}</div>' if name else f"<div>{inner}</div>"

    return block(0)


def plainly_elsewhere(element: lxml.html.HtmlElement, scope: lxml.html.HtmlElement) -> bool:
    """Inside a listing below ``scope``: the definition, climbing every ancestor each time."""
    for ancestor in element.iterancestors():
        if ancestor is scope:
            return False
        if captions._ELSEWHERE.search(identity(ancestor)):
            return True
    return False


class TestElsewhere:
    @given(trees(), st.randoms(use_true_random=False))
    def test_cached_climbs_answer_as_full_climbs(self, html: str, rng: Random) -> None:
        """Blocks asked in any order, sharing one cache, get the answer of a full climb each."""
        root = lxml.html.fromstring(html)
        elements = list(root.iter())
        scope = rng.choice([root, *elements])
        rng.shuffle(elements)
        inside: dict[lxml.html.HtmlElement, bool] = {}
        for element in elements:
            assert captions._elsewhere(element, scope, inside) == plainly_elsewhere(element, scope)
