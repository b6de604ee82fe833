"""The Document parses a page once, safely, and indexes its metadata for every source."""

from __future__ import annotations

import pytest

from beritakit.errors import LimitError, ParseError, ValidationError
from beritakit.parsing.document import (
    MAX_DEPTH,
    MAX_HTML_BYTES,
    LinkedData,
    absolute_url,
    build_document,
    text_of,
)

HEAD = """<head>
<meta property="og:title" content="Banjir Rendam Kemang">
<meta name="keywords" content="banjir, jakarta">
<meta name="Keywords" content="hujan">
<meta itemprop="datePublished" content="2026-02-06T14:30:00+07:00">
<link rel="canonical" href="/berita/123/banjir-rendam-kemang">
<base href="https://contoh.id/kanal/">
</head>"""


def page(body: str = "<p>Isi berita.</p>", head: str = HEAD) -> str:
    return f"<html>{head}<body>{body}</body></html>"


class TestMetadata:
    def test_meta_keys_are_lower_cased_and_keep_every_value(self) -> None:
        """name/property/itemprop keys are case-insensitive; repeated keys keep all contents in order."""
        doc = build_document(page())
        assert doc.meta["keywords"] == ("banjir, jakarta", "hujan")
        assert doc.first_meta("og:title") == "Banjir Rendam Kemang"
        assert doc.meta["datepublished"] == ("2026-02-06T14:30:00+07:00",)

    def test_microdata_reads_the_value_attribute_of_each_element(self) -> None:
        """itemprop values come from datetime, href or text, depending on the element."""
        body = (
            '<time itemprop="datePublished" datetime="2015-11-05T14:56:43+07:00">Kamis</time>'
            '<a itemprop="url" href="https://contoh.id/a/1"></a><span itemprop="author">Nur Imansyah</span>'
        )
        doc = build_document(page(body))
        assert doc.microdata["datepublished"] == ("2015-11-05T14:56:43+07:00",)
        assert doc.microdata["url"] == ("https://contoh.id/a/1",)
        assert doc.microdata["author"] == ("Nur Imansyah",)

    def test_microdata_keeps_hidden_text_and_names_without_a_value_are_no_keys(self) -> None:
        """A holder's value includes its hidden parts, read before they are dropped from the page;
        an itemprop with neither attribute nor text gives no key."""
        body = (
            '<div itemprop="author Creator"><span style="display:none">Budi</span></div>'
            '<div itemprop="articleBody"><p>Harga cabai naik.</p></div><span itemprop="editor"></span>'
        )
        doc = build_document(page(body))
        assert doc.microdata["author"] == doc.microdata["creator"] == ("Budi",)
        assert doc.microdata["articlebody"] == ("Harga cabai naik.",)
        assert "editor" not in doc.microdata
        assert set(doc.microdata) == {"author", "creator", "articlebody"}
        assert len(doc.microdata) == 3
        assert "Budi" not in text_of(doc.root)

    def test_microdata_keeps_what_a_rule_drops(self) -> None:
        """Elements a site rule drops later still count in the value of the microdata holding them."""
        doc = build_document(page('<div itemprop="author">Budi <span class="iklan">Sponsor</span></div>'))
        doc.drop(doc.root.find(".//span"))
        assert doc.microdata["author"] == ("Budi Sponsor",)

    def test_canonical_link_is_resolved_against_the_base(self) -> None:
        """Without a given URL the canonical link is the article URL, resolved like a browser would."""
        assert build_document(page()).url == "https://contoh.id/berita/123/banjir-rendam-kemang"

    def test_given_url_wins_and_sets_the_host(self) -> None:
        """The caller's URL is the article URL; the host picks the site rule."""
        doc = build_document(page(), url="https://regional.kompas.com/read/1")
        assert doc.url == "https://regional.kompas.com/read/1"
        assert doc.host == "regional.kompas.com"

    def test_og_url_is_used_when_there_is_no_canonical_link(self) -> None:
        """og:url stands in for a missing canonical link."""
        head = '<head><meta property="og:url" content="http://www.antaranews.com/berita/1/a"></head>'
        assert build_document(page(head=head)).url == "http://www.antaranews.com/berita/1/a"

    def test_invalid_canonical_url_gives_none(self) -> None:
        """A canonical link that is not http(s) is no URL at all."""
        head = '<head><link rel="canonical" href="javascript:void(0)"></head>'
        assert build_document(page(head=head)).url is None

    @pytest.mark.parametrize(
        ("html", "expected"),
        [
            (
                "<html><head><title> Banjir  - Contoh </title></head><body><p>x</p></body></html>",
                "Banjir - Contoh",
            ),
            ("<html><body><p>x</p><svg><title>Ikon</title></svg></body></html>", "Ikon"),
            ("<html><head><title> </title></head><body><p>x</p></body></html>", None),
            ("<p>tanpa judul</p>", None),
        ],
    )
    def test_page_title_is_the_first_title_element_normalised(self, html: str, expected: str | None) -> None:
        """The <title> of the head, else the first one anywhere; blank or missing gives None."""
        assert build_document(html).page_title == expected

    def test_invalid_given_url_raises_validation_error(self) -> None:
        """A relative or non-http URL given by the caller is refused by name."""
        with pytest.raises(ValidationError, match="url"):
            build_document(page(), url="/berita/1")


class TestLinkedData:
    def test_graph_is_flattened_and_grouped_by_type(self) -> None:
        """@graph members are indexed by @type, schema.org prefixes dropped."""
        block = (
            '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "p"},'
            ' {"@type": "http://schema.org/NewsArticle", "headline": "Banjir"}]}'
        )
        data = LinkedData.from_blocks([block])
        assert data.of_type("NewsArticle")[0]["headline"] == "Banjir"
        assert data.of_type("WebPage")[0]["name"] == "p"

    def test_broken_json_is_repaired_or_skipped(self) -> None:
        """Raw newlines in strings and trailing commas are tolerated; garbage is skipped quietly."""
        data = LinkedData.from_blocks(
            [
                '{"@type": "NewsArticle", "headline": "Dua\nbaris",}',
                "{not json",
                '<!-- {"@type": "Thing"} -->',
            ]
        )
        assert data.of_type("NewsArticle")[0]["headline"] == "Dua\nbaris"
        assert data.of_type("Thing")

    def test_json_ld_is_read_from_the_page(self) -> None:
        """Script blocks of type application/ld+json feed the index before scripts are removed."""
        body = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Banjir"}</script>'
        assert build_document(page(body)).linked_data.of_type("NewsArticle")


class TestCleaning:
    def test_scripts_and_styles_are_removed_but_their_tails_stay(self) -> None:
        """What no reader sees goes; the text after it stays."""
        doc = build_document(page("<p>awal<script>var x = 1;</script> akhir<style>p{}</style></p>"))
        assert text_of(doc.root.find(".//p")) == "awal akhir"

    def test_elements_hidden_with_display_none_are_removed(self) -> None:
        """Hidden elements (keyword spans, hidden ids) are not page text."""
        body = '<p>Judul <i style="Display: None">read-1244264</i>berita</p><div hidden>x</div>'
        doc = build_document(page(body))
        assert text_of(doc.root.find(".//p")) == "Judul berita"
        assert doc.root.find(".//div") is None


class TestRefusals:
    @pytest.mark.parametrize("html", ["", "   \n", b"", "<!-- hanya komentar -->"])
    def test_empty_document_raises_parse_error(self, html: str | bytes) -> None:
        """Nothing to read is a ParseError saying so."""
        with pytest.raises(ParseError, match="empty document"):
            build_document(html)

    def test_text_without_tags_is_not_html(self) -> None:
        """Plain text is refused as not HTML (parse_text reads it)."""
        with pytest.raises(ParseError, match="not HTML"):
            build_document("Harga cabai naik di pasar induk.")

    def test_non_text_input_raises_parse_error(self) -> None:
        """Neither str nor bytes is refused by type."""
        with pytest.raises(ParseError, match="str or bytes"):
            build_document(123)  # type: ignore[arg-type]

    def test_oversized_page_raises_limit_error_unread(self) -> None:
        """A page above the size limit is refused before parsing."""
        with pytest.raises(LimitError, match="exceeds"):
            build_document(b" " * (MAX_HTML_BYTES + 1))

    def test_nesting_bomb_raises_limit_error(self) -> None:
        """Elements nested deeper than the bound are refused instead of losing the rest silently."""
        with pytest.raises(LimitError, match="nested deeper"):
            build_document("<div>" * (MAX_DEPTH + 10) + "x")

    def test_deep_but_bounded_nesting_is_read(self) -> None:
        """Nesting below the bound (sloppy templates with unclosed divs) is fine."""
        doc = build_document("<div>" * 500 + "<p>isi</p>")
        assert doc.root.find(".//p") is not None


class TestAbsoluteUrl:
    @pytest.mark.parametrize(
        ("href", "base", "expected"),
        [
            ("/a/b", "https://contoh.id/x", "https://contoh.id/a/b"),
            ("https://lain.id/c", None, "https://lain.id/c"),
            ("foto baru.jpg", "https://contoh.id/x/", "https://contoh.id/x/foto%20baru.jpg"),
            ("/a", None, None),
            ("mailto:redaksi@contoh.id", "https://contoh.id/", None),
            ("javascript:void(0)", "https://contoh.id/", None),
            ("http://[::1", None, None),
            ("", "https://contoh.id/", None),
        ],
    )
    def test_only_http_urls_come_out(self, href: str, base: str | None, expected: str | None) -> None:
        """Links are resolved; anything that is not an absolute http(s) URL gives None."""
        assert absolute_url(href, base) == expected
