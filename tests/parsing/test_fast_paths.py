"""The parser's fast paths give exactly what the plain definitions they replace give."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

from beritakit._text import normalize_space
from beritakit.parsing import container, document, links, quotes
from beritakit.parsing.boilerplate import is_boilerplate
from beritakit.parsing.document import absolute_url, build_document
from beritakit.parsing.marks import mark
from beritakit.parsing.selectors import HEADLINE_WORDS
from beritakit.parsing.sources import heuristics

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
        for pattern in (quotes._FOCUS_VERB, quotes._ALIAS):
            plain = re.compile(r"\b" + pattern.pattern.pattern)
            found = [(match.span(), match.groupdict()) for match in pattern.finditer(text)]
            assert found == [(match.span(), match.groupdict()) for match in plain.finditer(text)]

    def test_a_verb_inside_a_longer_word_is_passed_over(self) -> None:
        """'sekata Menurut Budi' reads 'Menurut', not the 'kata' inside 'sekata'."""
        found = [match.group() for match in quotes._FOCUS_VERB.finditer("sekata Menurut Budi datang")]
        assert found == ["Menurut"]


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


# Heads of quotes: reporting verbs, labels and the punctuation that ends an attribution.
HEAD_PIECES = ["Budi", " ", "  ", "\n", ",", ":", ";", "mengatakan", "menyebut", "bahwa", "kata", "nya",
               "menurut", "Menurut", "Ketua", "dia", "xmengatakan", "\u00a0"]  # fmt: skip
heads = st.lists(st.sampled_from(HEAD_PIECES), max_size=12).map("".join)


class TestBeforeQuote:
    @given(heads)
    def test_finds_what_the_full_pattern_finds(self, head: str) -> None:
        """The pre-checked search gives the match, span and groups of the one plain search."""
        plain = quotes._BEFORE_QUOTE.search(head) if head.strip() else None
        fast = quotes._before_quote(head)
        assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict()))

    def test_subject_form_still_found(self) -> None:
        """'Budi mengatakan,' before a quote still names its subject and verb."""
        found = quotes._before_quote("Kepala dinas Budi mengatakan, ")
        assert found is not None
        assert (found["subject"], found["reporting"]) == ("Kepala dinas Budi", "mengatakan")


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


URL_PIECES = ["http://", "https://", "HTTP://", "contoh.id", "/", "//", ";", "?", "#", " ", "\t", "[", "]",
              ":", "@", "%20", "é", "..", "\\"]  # fmt: skip
BASES = ["https://contoh.id/a/b", "http://contoh.id/", "ftp://contoh.id/", "https://contoh.id/a?x=1#f"]
PLAIN_BASES = ["https://contoh.id", "https://contoh.id:8080/a", "HTTPS://Contoh.ID/a", "https://u@contoh.id/",
               "https://contoh.id?x", "https://[::1]/a", "/relatif"]  # fmt: skip
LINK_PIECES = ["/", "//", "a", "berita", ".", "..", "?", "=", "&", "#", ";", " ", "https://", "contoh.id",
               ":80", "%2e", "@", "é", "\t"]  # fmt: skip


class TestDocument:
    @given(st.lists(st.sampled_from(URL_PIECES), max_size=8).map("".join), st.sampled_from(BASES))
    @example("https://contoh.id/a?", BASES[0])  # urljoin drops an empty query,
    @example("https://contoh.id/a;", BASES[0])  # empty parameters,
    @example("https://contoh.id/a#", BASES[0])  # an empty fragment,
    @example("https:///a", BASES[0])  # and joins a link without a host
    def test_plain_absolute_urls_need_no_join(self, href: str, base: str) -> None:
        """A link that the fast path leaves unjoined is one that urljoin gives back unchanged (or
        one that neither urljoin nor the check after the fast path can split: a broken IPv6 host)."""
        if document._PLAIN_ABSOLUTE.fullmatch(href):
            try:
                joined = urljoin(base, href)
            except ValueError:
                with pytest.raises(ValueError, match="IPv"):
                    urlsplit(href)
            else:
                assert joined == href

    @given(
        st.lists(st.sampled_from(LINK_PIECES), max_size=10).map("".join),
        st.sampled_from([*BASES, *PLAIN_BASES]),
    )
    @example("/berita/1?utm_source=fly", "https://contoh.id/a/b")
    @example("/a/../b", "https://contoh.id/a/b")  # urljoin resolves dot segments,
    @example("/a//b", "https://contoh.id/a/b")  # drops empty ones,
    @example("https://contoh.id/a?", "https://contoh.id/")  # and empty queries
    def test_plain_links_resolve_as_urljoin_resolves_them(self, href: str, base: str) -> None:
        """The shortcuts for plain links (absolute with a query, or from the root) give what the
        full join and checks give (an empty link is no link, and never joined)."""
        expected = document._joined_url(href.strip(), base) if href else None
        assert absolute_url(href, base) == expected

    def test_absolute_link_resolves_unchanged(self) -> None:
        """An absolute article link comes back as it is, on any page."""
        assert absolute_url("https://contoh.id/berita/1", "http://lain.id/a") == "https://contoh.id/berita/1"

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


# Blocks whose classes may hold a headline word, links among them.
HEADLINE_CLASSES = ["jdl-pic", "judul", "Title", "subtitle", "", "headline-list", "isi"]
headline_blocks = st.recursive(
    st.tuples(st.sampled_from(["a", "span", "h4"]), st.sampled_from(HEADLINE_CLASSES)).map(
        lambda parts: f"<{parts[0]} class='{parts[1]}'>Banjir</{parts[0]}>"
    ),
    lambda inner: st.tuples(st.sampled_from(HEADLINE_CLASSES), st.lists(inner, max_size=3)).map(
        lambda parts: f"<div class='{parts[0]}'>{''.join(parts[1])}</div>"
    ),
    max_leaves=10,
)


class TestNamedHeadlines:
    @given(st.lists(headline_blocks, max_size=4).map("".join))
    def test_finds_what_the_class_xpath_finds(self, content: str) -> None:
        """The loop gives the elements, in page order, of the XPath it replaces."""
        root = build_document(f"<html><head><title>t</title></head><body>{content}</body></html>").root
        words = " or ".join(f"contains(@class, {word!r})" for word in HEADLINE_WORDS)
        assert list(heuristics._named_headlines(root)) == root.xpath(f"//body//*[{words}][not(self::a)]")


class TestOwnUrl:
    @given(
        st.lists(st.sampled_from(LINK_PIECES), max_size=10).map("".join),
        st.sampled_from(["https://contoh.id", "https://www.Contoh.ID:8080", "http://[::1]", "https://"]),
        st.sampled_from(["/berita/2026/02/06/banjir-rendam-kemang", "/a", "contoh.id/a", "contoh.id", ""]),
    )
    def test_tells_what_comparing_the_keys_tells(self, path: str, origin: str, own: str) -> None:
        """The substring test only spares work: the answer is the keys' comparison."""
        url = origin + path
        assert links._is_own(url, own) == (links._url_key(url) == own)


# Nested blocks of every kind the leaf test names, with texts around 25 characters long.
LEAF_TEXTS = ["", "Banjir", "Banjir rendam Kemang pagi", "Banjir rendam Kemang pagi.", " " * 30]
leaf_blocks = st.recursive(
    st.sampled_from(LEAF_TEXTS),
    lambda inner: st.tuples(st.sampled_from(["div", "p", "table", "ul", "ol", "li", "span", "section"]),
                            st.lists(inner, max_size=3)).map(
        lambda parts: f"<{parts[0]}>{''.join(parts[1])}</{parts[0]}>"
    ),
    max_leaves=12,
)  # fmt: skip


class TestLeafDivs:
    @given(st.lists(leaf_blocks, max_size=4).map("".join))
    def test_finds_what_the_leaf_xpath_finds(self, content: str) -> None:
        """The bottom-up search gives the divs, in page order, of the XPath it replaces."""
        root = build_document(f"<html><head><title>t</title></head><body>{content}</body></html>").root
        expected = root.xpath("//body//div[not(div or p or table or ul or ol)][string-length() > 25]")
        assert [div for div, _ in container._leaf_divs(root)] == expected


WRAPPER_PIECES = ["<!--", "-->", "<![CDATA[", "]]>", "//", "/", " ", "\n", "{", "}", "-", ">", "]"]
_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")


class TestScriptWrappers:
    @given(st.lists(st.sampled_from(WRAPPER_PIECES), max_size=10).map("".join))
    def test_unwrapping_equals_the_wrapper_pattern(self, text: str) -> None:
        """Cutting the marks off both ends gives what removing every match of the one pattern gives."""
        assert document._unwrapped(text) == _WRAPPERS.sub("", text.strip())


# Inline markup: texts, nested tags, comments, processing instructions, entities and white space.
INLINE_PIECES = ["Banjir", " ", "\u00a0", "\n", "<b>Kemang</b>", "<span>di <i>Jakarta</i></span>",
                 "<!-- x -->", "<?php x ?>", "<br>", "&amp;", "&nbsp;", "é", "<p>", "</p>"]  # fmt: skip


class TestTextOf:
    @given(st.lists(st.sampled_from(INLINE_PIECES), max_size=8).map("".join))
    def test_equals_text_content(self, inner: str) -> None:
        """Read directly or serialised as text, an element's text is what text_content() gives."""
        for element in lxml.html.fromstring(f"<div><a href='/x'>{inner}</a>ekor</div>").iter(etree.Element):
            assert document.text_of(element) == element.text_content()


class TestNextPageOpening:
    @given(st.lists(st.sampled_from([*INLINE_PIECES, "»", "Selanjutnya", "\u2003"]), max_size=8).map("".join))
    def test_is_the_first_character_of_the_stripped_text(self, inner: str) -> None:
        """Read from the anchor's own text when it has one, the opening is the stripped text's first."""
        for anchor in build_document(f"<p><a href='/2'>{inner}</a></p>").root.iter("a"):
            assert links._opening(anchor) == document.text_of(anchor).strip()[:1]
