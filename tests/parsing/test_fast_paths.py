"""The parser's fast paths give exactly what the plain definitions they replace give."""

from __future__ import annotations

import re

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from beritakit._text import normalize_space
from beritakit.parsing import quotes
from beritakit.parsing.boilerplate import is_boilerplate
from beritakit.parsing.document import absolute_url, build_document
from beritakit.parsing.marks import mark

# Pieces that exercise word edges, white space of every kind and the characters normalize_space drops.
PIECES = ["kata", "ujar", "Menurut", "mengatakan", "disampaikan", "oleh", "akrab", "disapa", "Budi",
          "Santoso", "dr.", "se", "_", "1", "é", "ſ", " ", "  ", "\u00a0", "\u3000", "\n", "\t", "\u200b",
          "\u00ad", "\x0b", "\x1c", ",", "."]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


class TestNormalizeSpace:
    @given(texts)
    def test_equals_the_regex_definition(self, text: str) -> None:
        """Splitting on str.isspace collapses exactly the runs that \\s+ matches."""
        expected = re.sub(r"\s+", " ", _INVISIBLE.sub("", _ILLEGAL.sub("", text))).strip()
        assert normalize_space(text) == expected


class TestWordStart:
    @given(texts)
    def test_finds_what_a_leading_word_boundary_finds(self, text: str) -> None:
        """Each word-start pattern matches where ``\\b`` + pattern matches, with the same groups."""
        for pattern in (quotes._REPORTING_VERBS, quotes._PASSIVE_VERB, quotes._INDIRECT, quotes._ALIAS):
            plain = re.compile(r"\b" + pattern.pattern.pattern)
            found = [(match.span(), match.groupdict()) for match in pattern.finditer(text)]
            assert found == [(match.span(), match.groupdict()) for match in plain.finditer(text)]

    def test_a_verb_inside_a_longer_word_is_passed_over(self) -> None:
        """'sekata Menurut Budi' reads 'Menurut Budi', not the 'kata' inside 'sekata'."""
        found = [match["who"] for match in quotes._INDIRECT.finditer("sekata Menurut Budi datang")]
        assert found == ["Budi"]


class TestPrefixTree:
    @given(texts)
    def test_matches_exactly_the_words_of_the_list(self, text: str) -> None:
        """The tree of a word list matches a whole text only when the text is one of the words."""
        words = [*quotes._REPORTING.split("|"), *quotes._INDIRECT_VERBS, "kata", "katakan", "se"]
        tree = re.compile(quotes._prefix_tree(words))
        for candidate in (text, *words):
            assert (tree.fullmatch(candidate) is not None) == (candidate in words)

    def test_a_word_that_is_a_prefix_of_another_stays_optional(self) -> None:
        """'ka' and 'kata' share their branch; the shorter word ends where the longer goes on."""
        assert quotes._prefix_tree(["ka", "kata", "b"]) == "(?:ka(?:ta)?|b)"


class TestMarks:
    def test_heading_word_is_found_in_upper_case_text(self) -> None:
        """An ASCII heading is matched whatever its case."""
        area = lxml.html.fromstring("<div><p>Kemacetan.</p><h3>BACA JUGA</h3><p>Lain.</p></div>")
        assert [element.tag for element in mark(area).headings] == ["h3"]

    def test_heading_word_is_found_in_non_ascii_text(self) -> None:
        """Text beyond ASCII keeps the case-blind Unicode rules ('ſ' is an 's')."""
        area = lxml.html.fromstring(
            "<div><p>Kemacetan.</p><h3>Artikel Terkait — pilihan é</h3><h4>Alſo</h4></div>"
        )
        assert [element.tag for element in mark(area).headings] == ["h3", "h4"]

    def test_credit_label_opens_a_credit_line(self) -> None:
        """A short text that opens with a credit word is a credit line; white space alone is not."""
        area = lxml.html.fromstring("<div><p>Penulis: Budi</p><p>  </p><p>Warga datang.</p></div>")
        assert [element.text for element in mark(area).credit_lines] == ["Penulis: Budi"]


class TestRightsReserved:
    def test_a_notice_ending_a_short_line_is_boilerplate(self) -> None:
        """'All rights reserved' closing a line is furniture, in any case."""
        assert is_boilerplate("Kompas Gramedia. ALL RIGHTS RESERVED.")

    def test_the_word_rights_alone_is_no_notice(self) -> None:
        """A short line that mentions rights is still text."""
        assert not is_boilerplate("Warga menuntut hak atas tanah (land rights) mereka.")


class TestDocument:
    def test_absolute_gives_what_absolute_url_gives_each_time(self) -> None:
        """Resolving the same href twice gives the same URL as the plain function."""
        doc = build_document("<p>x</p>", url="https://contoh.id/a/b")
        for href in ("/berita/1", "/berita/1", "javascript:void(0)", None):
            assert doc.absolute(href) == absolute_url(href, "https://contoh.id/a/b")

    def test_hidden_and_microdata_elements_are_found_in_page_order(self) -> None:
        """Elements with itemprop, style or hidden are all read: values kept, hidden ones dropped."""
        doc = build_document(
            '<div itemprop="author">Budi</div><p style="display:none">iklan</p>'
            '<p hidden>promo</p><span itemprop="author" style="color:red">Ani</span><p>teks</p>'
        )
        assert doc.microdata["author"] == ("Budi", "Ani")
        assert list(doc.root.itertext()) == ["Budi", "Ani", "teks"]
