"""The vocabularies' fast matchers find exactly what the plain case-blind patterns find."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from beritakit.parsing import marks, selectors
from beritakit.parsing.selectors import (
    NOISE_TOKENS,
    SITE_WIDE_HEADING,
    TAG_URL,
    CaseBlindPattern,
    alternation,
    class_pattern,
    is_tag_url,
)

VOCABULARIES = [
    selectors.BYLINE_TOKENS, selectors.CAPTION_TOKENS, selectors.CONTENT_TOKENS, selectors.CREDIT_TOKENS,
    selectors.DATE_TOKENS, selectors.LISTING_TOKENS, selectors.NAVIGATION_TOKENS, selectors.NOISE_TOKENS,
    selectors.PHOTO_TOKENS, selectors.RELATED_TOKENS, selectors.TAG_TOKENS,
]  # fmt: skip

# Letters that a case-blind search folds but lower-casing does not (or not into one letter): the long
# s, the Kelvin sign and the dotted and dotless i, with word ends that make them spell a token.
TRICKY = ["ſ", "\u212a", "İ", "ı", "ß", "é"]
NAME_PIECES = [*TRICKY, "hare", "omentar", "klan", "ocial", "ag", "opik", "eyword", "ide", "ndeks", "mg",
               "share", "SHARE", "Related", "terkait", "baca-juga", "ket_foto", "IMG", "tags", "time",
               "timeline", "jam", "Author", "editor", "populer", "nav", "ads", "x", "1", "-", "_",
               " "]  # fmt: skip
names = st.lists(st.sampled_from(NAME_PIECES), max_size=10).map("".join)

HEADING_PIECES = [*TRICKY, "Terpopuler", "POPULER", "Berita", "anal", "most", "MOST", "video", "Video",
                  "pilihan", "ndeks", "ndex", "opini", "\n", "\t", " ", "  ", ":"]  # fmt: skip
headings = st.lists(st.sampled_from(HEADING_PIECES), max_size=10).map("".join)

URL_PIECES = [*TRICKY, "https://", "contoh.id", "/", "tag", "TAG", "Tag", "ta", "g", "topik", "hot_topic",
              "label", "keyword", "hashtag", "banjir", "-", ".", "?", "#", "[", "]", "::1", "\t", "\n", " ",
              "\x00"]  # fmt: skip
urls = st.lists(st.sampled_from(URL_PIECES), max_size=10).map("".join)


def _found(match: re.Match[str] | None) -> tuple[tuple[int, int], str | None] | None:
    return None if match is None else (match.span(), match.lastgroup)


class TestCaseBlindPattern:
    @given(names)
    @example("ſhare")
    @example("\u212aomentar")
    @example("İklan ıklan")
    def test_every_vocabulary_finds_what_the_case_blind_pattern_finds(self, text: str) -> None:
        """Each class/id pattern finds the match a case-blind search finds, at the same offsets."""
        for tokens in VOCABULARIES:
            fast = class_pattern(tokens)
            plain = re.compile(fast.pattern, re.IGNORECASE)
            assert _found(fast.search(text)) == _found(plain.search(text))

    @given(headings)
    @example("Terpopuler")
    @example("\u212aanal")
    def test_site_wide_headings_are_found_as_case_blind(self, text: str) -> None:
        """The site-wide heading words are found where a case-blind search finds them."""
        plain = re.compile(SITE_WIDE_HEADING.pattern, re.IGNORECASE)
        assert _found(SITE_WIDE_HEADING.search(text)) == _found(plain.search(text))

    def test_upper_case_ascii_names_match(self) -> None:
        """'SHARE-BOX' is a share bar, whatever its case."""
        assert class_pattern(NOISE_TOKENS).search("post SHARE-BOX") is not None

    def test_a_long_s_still_folds_to_s(self) -> None:
        """Text beyond ASCII keeps the Unicode folding lower-casing lacks: 'ſhare' is 'share'."""
        assert class_pattern(NOISE_TOKENS).search("ſhare-box") is not None

    def test_a_token_inside_a_word_is_passed_over(self) -> None:
        """'bookshare' does not open with 'share': no token starts inside a word."""
        assert class_pattern(("share",)).search("BOOKSHARE") is None

    def test_finditer_finds_every_match(self) -> None:
        """Every match of an ASCII text is found, with its group, as in the lower-cased text."""
        found = [
            (match.lastgroup, match.group())
            for match in CaseBlindPattern("(?P<w>foto)").finditer("FOTO foto")
        ]
        assert found == [("w", "foto"), ("w", "foto")]

    def test_a_capital_in_the_pattern_is_refused(self) -> None:
        """A pattern with a capital would never match lower-cased text, so it is refused."""
        with pytest.raises(ValueError, match="lower case"):
            CaseBlindPattern("Caption")

    def test_escapes_and_group_names_are_no_capitals(self) -> None:
        """``\\W``, ``\\S`` and ``(?P<name>…)`` are syntax, not letters to match."""
        assert CaseBlindPattern(r"(?P<sisa>\W\S)").search("a-b") is not None


class TestMarksPattern:
    @given(names)
    @example("photocaption")
    @example("xrelatedcaption ſhare-tags")
    def test_one_word_start_test_finds_what_one_per_vocabulary_finds(self, text: str) -> None:
        """The combined pattern finds the matches, spans and kinds of one case-blind pattern that
        tests the word start before each vocabulary."""
        each = re.compile(
            "|".join(
                rf"(?<![a-z])(?P<{kind}>{alternation(tokens)})" for kind, tokens in marks._KINDS.items()
            ),
            re.IGNORECASE,
        )
        assert [_found(match) for match in marks._PATTERN.finditer(text)] == [
            _found(match) for match in each.finditer(text)
        ]


class TestIsTagUrl:
    @given(urls)
    @example("https://contoh.id/ta\tg/banjir")
    @example("https://contoh.id/topi\u212a/banjir")
    @example("https://contoh.id/KEYWORD/banjir")
    @example("https://contoh.id/topık/banjir")
    def test_urls_passed_over_unsplit_have_no_tag_path(self, url: str) -> None:
        """A URL the shortcut passes over has no tag path (or cannot be split at all)."""
        if selectors._plainly_no_tag_url(url):
            try:
                path = urlsplit(url).path
            except ValueError:
                return
            assert TAG_URL.search(path) is None

    @pytest.mark.parametrize("url", ["http://[rusak/tag/banjir", "http://[rusak/berita"])
    def test_a_url_that_cannot_be_split_is_no_tag_page(self, url: str) -> None:
        """A broken IPv6 host makes no page at all, so no tag page, rather than an error."""
        assert not is_tag_url(url)

    def test_upper_case_tag_path_is_a_tag_page(self) -> None:
        """'/TAG/banjir' is a tag page, whatever the case."""
        assert is_tag_url("https://contoh.id/TAG/banjir")

    def test_a_tab_inside_the_tag_word_is_dropped_as_urlsplit_drops_it(self) -> None:
        """'/ta<TAB>g/banjir' is read as urlsplit reads it: '/tag/banjir'."""
        assert is_tag_url("https://contoh.id/ta\tg/banjir")

    def test_a_dotless_i_folds_into_topik(self) -> None:
        """A non-ASCII URL keeps the case-blind rules: '/topık/' (dotless i) is a topic page."""
        assert is_tag_url("https://contoh.id/topık/banjir")

    def test_an_article_url_is_no_tag_page(self) -> None:
        """An article path without any tag word is no tag page."""
        assert not is_tag_url("https://contoh.id/read/2024/01/02/banjir-rendam-jakarta?utm_source=related")
