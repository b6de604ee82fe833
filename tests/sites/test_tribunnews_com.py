"""Tribun network: the documented conventions (credit lines, dateline, trailers) read through the rule.

The pages are synthetic and use neutral markup: the rule is written from the network's
documented conventions, not from a saved page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit.dates import WIB
from beritakit.parsing.document import build_document
from beritakit.parsing.html import parse_html
from beritakit.sites import site_for
from beritakit.sites.tribunnews_com import _CREDIT_LINE, TribunRule, credit_lines

URL = "https://medan.tribunnews.com/2017/11/23/polisi-tangkap-dua-pencuri-sepeda-motor"
HEADLINE = "Polisi Tangkap Dua Pencuri Sepeda Motor di Medan"
LEAD = "TRIBUNNEWS.COM, MEDAN - Polisi menangkap dua pencuri sepeda motor di Medan Baru, Kamis (23/11/2017)."
SECOND = "Kedua tersangka kini ditahan di Mapolsek Medan Baru untuk pemeriksaan lebih lanjut."


def _page(credit: str) -> str:
    """A page whose headline follows the logo's <h1> (no title metadata) and whose reporter line
    sits above the text block."""
    return f"""<html><head></head><body><h1 class="logo">Tribun Medan</h1>
<div class="main"><h1 itemprop="headline">{HEADLINE}</h1>
<div class="info">Kamis, 23 November 2017 14:05 WIB</div>
<div class="lead"><strong>{credit}</strong></div>
<div itemprop="articleBody"><p>{LEAD}</p><p>{SECOND}</p></div>
<div class="foot"><p>Editor: Ade Marboen</p></div></div></body></html>"""


# The reporter line inside the text, then the network's trailers and its recommendation list.
INSIDE = f"""<html><head><meta property="og:title" content="{HEADLINE} - Tribun Medan"></head><body>
<h1>{HEADLINE}</h1><div class="info">Kamis, 23 November 2017 14:05</div>
<figure><img src="https://cdn.tribunnews.com/2017/11/23/motor.jpg">
<figcaption>Dua tersangka diperiksa. Tribun Medan/Jefri Susetyo</figcaption></figure>
<div class="isi"><p><strong>Laporan Wartawan Tribun Medan, Jefri Susetyo</strong></p><p>{LEAD}</p>
<p><strong>BERITA REKOMENDASI</strong></p><ul>
<li><a href="https://medan.tribunnews.com/2017/11/22/warga-resah">Warga Medan Baru Resah</a></li></ul>
<p>{SECOND}</p><p>(*)</p><p>Dapatkan Berita Pilihan di WhatsApp Anda</p><p>Sumber: Tribun Medan</p></div>
</body></html>"""

NAMES = st.lists(
    st.sampled_from(["Jefri", "Susetyo", "Rina", "Wulandari", "Ade", "Marboen", "Dedi", "Hasibuan"]),
    min_size=2,
    max_size=3,
    unique=True,
).map(" ".join)


class TestTribunRule:
    @pytest.mark.parametrize(
        "host", ["tribunnews.com", "medan.tribunnews.com", "m.tribunnews.com", "tribunjakarta.com"]
    )
    def test_the_rule_covers_the_network(self, host: str) -> None:
        """tribunnews.com, its regional subdomains and tribunjakarta.com share the rule."""
        assert isinstance(site_for(host), TribunRule)

    def test_schema_headline_beats_the_logo_heading(self) -> None:
        """Without title metadata, the itemprop headline is the headline and articleBody the text."""
        article = parse_html(_page("Laporan Wartawan Tribun Medan, Jefri Susetyo"), url=URL)
        assert article.title == HEADLINE
        assert article.body == (LEAD, SECOND)
        assert article.published == dt.datetime(2017, 11, 23, 14, 5, tzinfo=WIB)

    def test_reporter_line_above_the_text_and_editor_line_below(self) -> None:
        """ "Laporan Wartawan Tribun Medan, Name" is the author; "Editor: Name" the editor."""
        article = parse_html(_page("Laporan Wartawan Tribun Medan, Jefri Susetyo"), url=URL)
        assert (article.authors, article.editors) == (("Jefri Susetyo",), ("Ade Marboen",))

    @given(NAMES)
    def test_any_reporter_named_in_the_laporan_line_is_the_author(self, name: str) -> None:
        """Whatever the name, the "Laporan Wartawan …, Name" line credits exactly that name."""
        article = parse_html(_page(f"Laporan Wartawan Tribun Medan, {name}"), url=URL)
        assert article.authors == (name,)

    def test_reporter_line_in_the_text_is_credit_not_body(self) -> None:
        """Inside the text, the reporter line is the byline; the dateline is the network's."""
        article = parse_html(INSIDE, url=URL)
        assert article.authors == ("Jefri Susetyo",)
        assert article.body == (LEAD, SECOND)
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.source) == ("MEDAN", "TRIBUNNEWS.COM")

    def test_recommended_links_and_photo_credit(self) -> None:
        """BERITA REKOMENDASI links are related; "Tribun Medan/Name" is the photo's credit."""
        article = parse_html(INSIDE, url=URL)
        assert [link.title for link in article.related] == ["Warga Medan Baru Resah"]
        assert article.captions[0].credit == "Tribun Medan/Jefri Susetyo"


# Credit labels and ordinary text, as element text or as tails, in nested blocks.
TEXTS = st.sampled_from(
    [
        "Laporan Wartawan Tribun Medan, Jefri Susetyo",
        "Laporan Reporter Tribunnews.com, Rina",
        "Editor: Ade Marboen",
        "Editor : Dedi",
        "Laporan",
        "Wartawan Tribun Medan, Rina Wulandari",
        "Polisi menangkap dua pencuri sepeda motor di Medan Baru. " * 3,
        "",
    ]
)
BLOCKS = st.recursive(
    st.tuples(st.sampled_from(["strong", "span", "p"]), TEXTS, TEXTS).map(
        lambda parts: f"<{parts[0]}>{parts[1]}</{parts[0]}>{parts[2]}"
    ),
    lambda inner: st.tuples(st.sampled_from(["div", "p", "section"]), TEXTS, st.lists(inner, max_size=3)).map(
        lambda parts: f"<{parts[0]}>{parts[1]}{''.join(parts[2])}</{parts[0]}>"
    ),
    max_leaves=10,
)


class TestCreditLines:
    @given(st.lists(BLOCKS, min_size=1, max_size=4).map("".join))
    def test_match_the_credit_line_xpath(self, content: str) -> None:
        """The lines found from the labelled text nodes are the ones the whole-page XPath selects."""
        root = build_document(f"<html><body>{content}</body></html>").root
        assert credit_lines(root) == root.xpath(_CREDIT_LINE)
