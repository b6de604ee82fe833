"""Plain-text dumps of news pages become articles: furniture dropped, every part in its field."""

from __future__ import annotations

import contextlib
import datetime as dt
import doctest
import importlib
import json
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit.errors import ParseError
from beritakit.models import Article, Caption, Dateline, RelatedLink
from beritakit.parsing.text_dump import parse_text

if TYPE_CHECKING:
    from pathlib import Path

DUMP = """BANNER BANK SUMSEL
Banner Promo Motor Listrik 2026

Jembatan Baru Musi VI Dibuka untuk Umum

Jembatan Baru Musi VI Dibuka untuk Umum

Wali Kota meninjau Jembatan Musi VI sebelum dibuka, Senin 9 Februari 2026.-humas pemkot-

PALEMBANG, RADARPALEMBANG.ID - Pemerintah Kota Palembang resmi membuka Jembatan Musi VI untuk umum.

Peresmian dilakukan Kepala Dinas PUPR Kota Palembang, Bambang Sutrisno, Senin 9 Februari 2026.

“Jembatan ini memangkas waktu tempuh warga Seberang Ulu hingga setengah jam,” ujar Bambang.

BACA JUGA:Pemkot Palembang Perbaiki 40 Ruas Jalan Rusak

Ia menambahkan, jembatan dilengkapi jalur sepeda dan trotoar lebar.

“Kami minta warga ikut menjaga kebersihan jembatan,” tegasnya.

Baca juga:
Sungai Musi Meluap, Warga Diminta Waspada

Penulis: Rina Marlina
Editor: Dodi Prasetyo

Sumber:

Berita Terkait
"""


@pytest.fixture
def article() -> Article:
    return parse_text(DUMP, url="https://radarpalembang.id/read/1/jembatan")


class TestParseText:
    def test_banners_are_skipped_and_the_repeated_headline_read_once(self, article: Article) -> None:
        """Ad-banner lines before the headline are skipped; a headline printed twice is one title."""
        assert article.title == "Jembatan Baru Musi VI Dibuka untuk Umum"
        assert not any("Jembatan Baru Musi VI Dibuka" in paragraph for paragraph in article.body)

    def test_caption_line_before_the_lead_keeps_its_credit(self, article: Article) -> None:
        """The caption under the headline becomes a Caption with its dashed credit."""
        assert article.captions == (
            Caption(
                text="Wali Kota meninjau Jembatan Musi VI sebelum dibuka, Senin 9 Februari 2026.",
                credit="humas pemkot",
            ),
        )

    def test_body_starts_at_the_dateline_lead(self, article: Article) -> None:
        """The body opens with the lead as printed, dateline included, and the dateline is read."""
        assert article.body[0].startswith("PALEMBANG, RADARPALEMBANG.ID - Pemerintah")
        assert article.dateline == Dateline(place="PALEMBANG", source="RADARPALEMBANG.ID")

    def test_related_lines_become_inline_links(self, article: Article) -> None:
        """ "BACA JUGA:" lines, and a bare "Baca juga:" with its title on the next line, are inline links."""
        assert article.related == (
            RelatedLink(title="Pemkot Palembang Perbaiki 40 Ruas Jalan Rusak", placement="inline"),
            RelatedLink(title="Sungai Musi Meluap, Warga Diminta Waspada", placement="inline"),
        )

    def test_byline_lines_fill_authors_and_editors(self, article: Article) -> None:
        """ "Penulis:" and "Editor:" lines with names fill the credits and leave the body."""
        assert (article.authors, article.editors) == (("Rina Marlina",), ("Dodi Prasetyo",))

    def test_body_holds_only_story_paragraphs(self, article: Article) -> None:
        """Related lines, bylines and empty trailer headings are not body paragraphs."""
        assert len(article.body) == 5
        assert article.body[-1] == "“Kami minta warga ikut menjaga kebersihan jembatan,” tegasnya."

    def test_quotes_are_read_from_the_body(self, article: Article) -> None:
        """Quotes carry their speaker, resolved to the full name, and their body paragraph."""
        assert [(quote.speaker, quote.paragraph) for quote in article.quotes] == [
            ("Bambang Sutrisno", 2),
            ("Bambang Sutrisno", 4),
        ]

    def test_url_is_kept_and_dates_in_the_text_are_not_the_publish_date(self, article: Article) -> None:
        """The given URL is kept; the event date in the text is not taken as the publish date."""
        assert article.url == "https://radarpalembang.id/read/1/jembatan"
        assert article.published is None

    def test_labelled_date_is_the_publish_date(self) -> None:
        """A line labelled "Diterbitkan:" gives the publish date, and leaves the body."""
        article = parse_text(
            "Harga Cabai Naik\nDiterbitkan: Jumat, 6 Februari 2026 14:30 WIB\n"
            "JAKARTA - Harga cabai merah naik di pasar tradisional."
        )
        wib = dt.timezone(dt.timedelta(hours=7))
        assert article.published == dt.datetime(2026, 2, 6, 14, 30, tzinfo=wib)
        assert article.body == ("JAKARTA - Harga cabai merah naik di pasar tradisional.",)

    def test_titles_under_a_closing_heading_are_list_links(self) -> None:
        """Titles listed under a closing "Berita Terkait" heading are list links, not body."""
        lines = [
            "Harga Cabai Naik",
            "JAKARTA - Harga cabai naik.",
            "Berita Terkait",
            "Harga Bawang Turun",
            "Stok Aman",
        ]
        article = parse_text("\n".join(lines))
        assert article.body == ("JAKARTA - Harga cabai naik.",)
        assert [(link.title, link.placement) for link in article.related] == [
            ("Harga Bawang Turun", "list"),
            ("Stok Aman", "list"),
        ]

    def test_story_without_dateline_starts_after_the_headline(self) -> None:
        """Without a dateline, the first line after the headline's caption is the lead."""
        article = parse_text(
            "Harga Cabai Naik\nPedagang menata cabai. (Foto: Dedi)\nHarga cabai naik sepekan.\nStok menipis."
        )
        assert article.captions == (Caption(text="Pedagang menata cabai.", credit="Dedi"),)
        assert article.body == ("Harga cabai naik sepekan.", "Stok menipis.")
        assert article.dateline is None

    def test_section_label_above_the_headline_is_not_the_title(self) -> None:
        """A one- or two-word section label before the headline is skipped."""
        assert parse_text("METROPOLIS\nHarga Cabai Naik Lagi\nJAKARTA - Harga cabai naik.").title == (
            "Harga Cabai Naik Lagi"
        )

    def test_unlabelled_date_line_is_dropped_but_not_the_publish_date(self) -> None:
        """A date printed under the headline without a label is neither body, deck nor publish date."""
        article = parse_text(
            "Harga Cabai Naik\nJumat, 6 Februari 2026 14:30 WIB\nJAKARTA - Harga cabai naik."
        )
        assert (article.published, article.subtitle) == (None, None)
        assert article.body == ("JAKARTA - Harga cabai naik.",)

    def test_deck_above_a_dateline_lead_is_the_subtitle(self) -> None:
        """A line between headline and dateline lead that is no caption is the deck."""
        article = parse_text("Harga Cabai Naik\nPedagang mengeluh sepi pembeli\nJAKARTA - Harga cabai naik.")
        assert article.subtitle == "Pedagang mengeluh sepi pembeli"

    @pytest.mark.parametrize(
        ("text", "problem"),
        [
            ("", "empty"),
            ("   \n\n \t ", "empty"),
            ("BANNER BSB\nADVERTISEMENT", "no headline"),
            ("Ini kalimat pertama yang panjang.\nIni kalimat kedua.", "headline"),
            ("\x00\x01\x02 JFIF \x00\x10", "binary"),
            ("\ufffd\ufffd\ufffd PNG \ufffd\ufffd", "binary"),
        ],
    )
    def test_unreadable_text_raises_parse_error(self, text: str, problem: str) -> None:
        """Empty text, binary junk and text without a headline raise ParseError naming the problem."""
        with pytest.raises(ParseError, match=problem):
            parse_text(text)

    def test_bytes_are_refused_by_name(self) -> None:
        """Bytes raise ParseError telling the caller to decode them first."""
        with pytest.raises(ParseError, match="decode"):
            parse_text(DUMP.encode())  # type: ignore[arg-type]

    @given(st.text())
    def test_any_text_gives_an_article_or_a_parse_error(self, text: str) -> None:
        """Arbitrary text never raises anything but ParseError, and quotes point into the body."""
        try:
            article = parse_text(text)
        except ParseError:
            return
        assert article.title
        assert all(
            quote.paragraph is not None and quote.paragraph < len(article.body) for quote in article.quotes
        )

    @given(st.lists(st.sampled_from(DUMP.splitlines()), min_size=1, max_size=30).map("\n".join))
    def test_shuffled_dump_lines_never_break_the_parser(self, text: str) -> None:
        """Any arrangement of real dump lines gives an article or a ParseError."""
        with contextlib.suppress(ParseError):
            parse_text(text)


class TestCorpusDump:
    def test_every_gold_field_of_the_text_dump(self, corpus: Path) -> None:
        """The Disway dump in the corpus gives exactly its gold title, dateline, body, captions,
        quotes with speakers, related links, credits and date."""
        gold = json.loads((corpus / "text" / "radarpalembang_kemplang.gold.json").read_text(encoding="utf-8"))
        text = (corpus / gold["page"]).read_text(encoding="utf-8")
        article = parse_text(text, url=gold["url"])
        assert article.title == gold["title"]
        assert (article.dateline.place if article.dateline else None) == gold["dateline"]
        assert list(article.body) == gold["body"]
        assert [(c.text, c.credit) for c in article.captions] == [
            (c["text"], c["credit"]) for c in gold["captions"]
        ]
        assert [(q.text, q.speaker) for q in article.quotes] == [
            (q["text"], q["speaker"]) for q in gold["quotes"]
        ]
        assert [(r.title, r.url, r.placement) for r in article.related] == [
            (r["title"], r["url"], r["kind"]) for r in gold["related"]
        ]
        assert (list(article.authors), list(article.editors)) == (gold["authors"], gold["editors"])
        assert article.published is None
        assert gold["published"] is None


def test_docstring_examples_run() -> None:
    """The examples in the module's docstrings give what they print."""
    assert doctest.testmod(importlib.import_module("beritakit.parsing.text_dump")).failed == 0
