"""validate_rss reports what the W3C feed validator reports, by its message types, at the right lines."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from email.utils import format_datetime
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit import strategies as bks
from beritakit.errors import LimitError, ValidationError
from beritakit.formats import rss_validate
from beritakit.formats.rss import to_rss
from beritakit.formats.rss_namespaces import ATOM, CONTENT, DC, MEDIA
from beritakit.formats.rss_validate import validate_rss
from beritakit.models import Article, Channel, Problem

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

NOW = dt.datetime(2026, 2, 7, tzinfo=dt.UTC)

# A clean feed, one element per line, so that every test knows its lines. Dropping an element
# (None) leaves its line blank, so the other lines keep their numbers.
CHANNEL = {  # lines 4-8; line 9 holds extra channel elements, line 10 opens the item
    "title": "<title>Berita Contoh</title>",
    "link": "<link>https://contoh.example.id/</link>",
    "description": "<description>Berita terkini dari Jakarta</description>",
    "language": "<language>id</language>",
    "self": '<atom:link href="https://contoh.example.id/rss" rel="self" type="application/rss+xml"/>',
}
ITEM = {  # lines 11-15; line 16 holds extra item elements
    "title": "<title>Banjir di Jakarta</title>",
    "link": "<link>https://contoh.example.id/banjir</link>",
    "guid": "<guid>https://contoh.example.id/banjir</guid>",
    "pubDate": "<pubDate>Fri, 06 Feb 2026 14:30:00 +0700</pubDate>",
    "description": "<description>Hujan deras sejak pagi.</description>",
}
NAMESPACES = f'xmlns:atom="{ATOM}" xmlns:dc="{DC}" xmlns:content="{CONTENT}" xmlns:media="{MEDIA}"'
ATOM_ONLY = f'<rss version="2.0" xmlns:atom="{ATOM}">'
CHANNEL_LINE, ITEM_LINE, EXTRA_ITEM_LINE = 3, 10, 16


def feed(
    *,
    channel: Mapping[str, str | None] | None = None,
    item: Mapping[str, str | None] | None = None,
    extra_channel: str = "",
    extra_item: str = "",
    rss: str = f'<rss version="2.0" {NAMESPACES}>',
) -> bytes:
    """The clean feed with some elements replaced (a string) or dropped (None)."""
    channel_lines = [line or "" for line in {**CHANNEL, **(channel or {})}.values()]
    item_lines = [line or "" for line in {**ITEM, **(item or {})}.values()]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        rss,
        "<channel>",
        *channel_lines,
        extra_channel,
        "<item>",
        *item_lines,
        extra_item,
        "</item>",
        "</channel>",
        "</rss>",
    ]
    return "\n".join(lines).encode()


def found(data: bytes | str) -> list[tuple[str, str, int | None, str | None]]:
    """(level, code, line, element) of each problem, in the validator's order."""
    return [(p.level, p.code, p.line, p.element) for p in validate_rss(data, now=NOW)]


def codes(data: bytes | str) -> list[str]:
    return [problem.code for problem in validate_rss(data, now=NOW)]


class TestCleanFeed:
    def test_a_complete_feed_has_no_problems(self) -> None:
        """The clean feed every other test alters triggers nothing at all."""
        assert validate_rss(feed(), now=NOW) == []

    def test_text_input_gives_the_same_problems_as_bytes(self) -> None:
        """A feed given as str (declaration and all) is checked exactly like its bytes."""
        data = feed(item={"pubDate": "<pubDate>Jumat, 06 Feb 2026</pubDate>"})
        assert validate_rss(data.decode(), now=NOW) == validate_rss(data, now=NOW)

    def test_declared_encoding_is_honoured(self) -> None:
        """An ISO-8859-1 feed with non-ASCII text is read in its own encoding, without problems."""
        data = feed(channel={"title": "<title>Berita Café</title>"}).replace(b"UTF-8", b"ISO-8859-1")
        assert validate_rss(data.decode().encode("iso-8859-1"), now=NOW) == []

    def test_problems_are_sorted_by_line(self) -> None:
        """Problems come back in line order whatever the order of the checks."""
        data = feed(
            channel={"self": None},
            item={"guid": None, "pubDate": "<pubDate>kemarin</pubDate>"},
            extra_item="<author>Budi</author>",
        )
        lines = [problem.line or 0 for problem in validate_rss(data, now=NOW)]
        assert lines == sorted(lines)
        assert len(lines) == 4

    def test_naive_now_is_refused(self) -> None:
        """`now` must be timezone-aware, like every datetime in beritakit."""
        with pytest.raises(ValidationError, match="timezone-aware"):
            validate_rss(feed(), now=dt.datetime(2026, 2, 7))  # noqa: DTZ001

    def test_now_defaults_to_the_current_time(self) -> None:
        """Without `now`, a date a day ahead of the real clock is implausible."""
        tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        pub_date = f"<pubDate>{format_datetime(tomorrow)}</pubDate>"
        assert [p.code for p in validate_rss(feed(item={"pubDate": pub_date}))] == ["ImplausibleDate"]


class TestWellFormedness:
    def test_broken_xml_is_one_sax_error_at_its_line(self) -> None:
        """A bare `&` stops validation with one SAXError on the line where parsing failed."""
        assert found(b'<rss version="2.0">\n<channel>\n<title>BRI & Mandiri</title>') == [
            ("error", "SAXError", 3, None)
        ]

    def test_entity_declarations_are_a_sax_error(self) -> None:
        """A document declaring entities is refused, as the safe parser refuses it."""
        data = b'<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss version="2.0"><channel/></rss>'
        assert found(data) == [("error", "SAXError", None, None)]

    def test_undeclared_prefix_is_missing_namespace(self) -> None:
        """`dc:creator` without `xmlns:dc` is MissingNamespace, naming the element and its line."""
        data = feed(rss=ATOM_ONLY, extra_item="<dc:creator>Budi Santoso</dc:creator>")
        problems = validate_rss(data, now=NOW)
        assert found(data) == [("error", "MissingNamespace", EXTRA_ITEM_LINE, "dc:creator")]
        assert problems[0].message == "Missing namespace for dc:creator"

    def test_undeclared_prefix_on_an_attribute_is_missing_namespace(self) -> None:
        """An attribute with an undeclared prefix names the attribute and its element."""
        data = feed(rss=ATOM_ONLY, extra_item='<category x:id="1">Hukum</category>')
        [problem] = validate_rss(data, now=NOW)
        assert (problem.code, problem.element, problem.message) == (
            "MissingNamespace",
            "category",
            "Missing namespace for x:id",
        )

    def test_html_entity_is_an_undefined_named_entity(self) -> None:
        """`&nbsp;` is not an XML entity: UndefinedNamedEntity at its line."""
        data = feed(item={"title": "<title>Banjir&nbsp;Jakarta</title>"})
        assert found(data) == [("error", "UndefinedNamedEntity", 11, None)]

    def test_space_before_the_declaration_is_reported_and_the_rest_still_checked(self) -> None:
        """Space before `<?xml` is a SAXError at the declaration; later lines keep their numbers."""
        data = b"\n\n" + feed(item={"pubDate": "<pubDate>06/02/2026</pubDate>"})
        assert found(data) == [
            ("error", "SAXError", 3, None),
            ("error", "InvalidRFC2822Date", 14 + 2, "pubDate"),
        ]

    def test_space_before_the_declaration_in_text_input_is_reported_too(self) -> None:
        """The same feed given as str gives the same SAXError."""
        data = b"\n" + feed()
        assert found(data.decode()) == found(data) == [("error", "SAXError", 2, None)]

    def test_oversized_feed_is_a_validator_limit(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A feed beyond the parser's size bound is reported as ValidatorLimit, not raised."""

        def refuse(data: bytes | str) -> None:
            raise LimitError("XML document of 70,000,000 bytes exceeds the limit")

        monkeypatch.setattr(rss_validate, "parse_xml", refuse)
        assert found(feed()) == [("error", "ValidatorLimit", None, None)]

    @given(st.binary(max_size=300))
    def test_any_bytes_give_a_list_of_problems(self, data: bytes) -> None:
        """Whatever the bytes, the result is a list of Problems, never an exception."""
        problems = validate_rss(data, now=NOW)
        assert all(isinstance(problem, Problem) for problem in problems)

    @given(st.text(max_size=300))
    def test_any_text_gives_a_list_of_problems(self, data: str) -> None:
        """Whatever the text, the result is a list of Problems, never an exception."""
        problems = validate_rss(data, now=NOW)
        assert all(isinstance(problem, Problem) for problem in problems)

    @given(
        st.sampled_from(sorted(ITEM)), st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")))
    )
    def test_any_element_text_gives_a_list_of_problems(self, name: str, text: str) -> None:
        """Any text in an item element (HTML, dates, URLs, markup) is judged, never crashes the checks."""
        data = feed(item={name: f"<{name}>{escape(text)}</{name}>"})
        problems = validate_rss(data, now=NOW)
        assert all(problem.line is None or 1 <= problem.line <= 20 for problem in problems)


class TestStructure:
    def test_root_must_be_rss(self) -> None:
        """Another root element is UndefinedElement at line 1, and nothing else is checked."""
        assert found(b"<feed><title>x</title></feed>") == [("error", "UndefinedElement", 1, "feed")]

    def test_rss_needs_a_version(self) -> None:
        """`<rss>` without `version` is MissingAttribute."""
        assert found(feed(rss=f"<rss {NAMESPACES}>")) == [("error", "MissingAttribute", 2, "rss")]

    def test_rss_version_must_be_2_0(self) -> None:
        """Another version is InvalidRSSVersion; the feed is still checked as RSS 2.0."""
        assert found(feed(rss=f'<rss version="0.91" {NAMESPACES}>')) == [
            ("error", "InvalidRSSVersion", 2, "rss")
        ]

    def test_rss_needs_a_channel(self) -> None:
        """An rss element without a channel is MissingChannel."""
        assert found(b'<rss version="2.0">\n</rss>') == [("error", "MissingChannel", 1, "rss")]

    def test_a_second_channel_is_a_duplicate(self) -> None:
        """Two channels: DuplicateElement on the second, which is checked like the first."""
        data = feed().replace(b"</rss>", b"<channel></channel>\n</rss>")
        assert [(level, code, element) for level, code, _, element in found(data)] == [
            ("error", "DuplicateElement", "channel"),
            ("error", "MissingTitle", "channel"),
            ("error", "MissingLink", "channel"),
            ("error", "MissingDescription", "channel"),
            ("warning", "MissingAtomSelfLink", "channel"),
            ("info", "MissingDCLanguage", "channel"),
        ]

    @pytest.mark.parametrize(
        ("element", "code"),
        [("title", "MissingTitle"), ("link", "MissingLink"), ("description", "MissingDescription")],
    )
    def test_channel_requires_title_link_and_description(self, element: str, code: str) -> None:
        """Each required channel element, when missing, is its own error on the channel."""
        assert found(feed(channel={element: None})) == [("error", code, CHANNEL_LINE, "channel")]

    def test_item_needs_a_title_or_a_description(self) -> None:
        """An item with neither title nor description is ItemMustContainTitleOrDescription."""
        data = feed(item={"title": None, "description": None})
        assert found(data) == [("error", "ItemMustContainTitleOrDescription", ITEM_LINE, "item")]

    @pytest.mark.parametrize("kept", ["title", "description"])
    def test_item_with_only_a_title_or_only_a_description_is_valid(self, kept: str) -> None:
        """Either a title or a description is enough for an item."""
        dropped = "description" if kept == "title" else "title"
        assert found(feed(item={dropped: None})) == []

    @pytest.mark.parametrize(
        ("extra_channel", "extra_item", "line", "element"),
        [
            ("<editor>Budi</editor>", "", 9, "editor"),
            ("", "<thumbnail>https://contoh.example.id/a.jpg</thumbnail>", EXTRA_ITEM_LINE, "thumbnail"),
        ],
    )
    def test_unknown_core_elements_are_undefined(
        self, extra_channel: str, extra_item: str, line: int, element: str
    ) -> None:
        """An un-namespaced element RSS 2.0 does not define is UndefinedElement."""
        data = feed(extra_channel=extra_channel, extra_item=extra_item)
        assert found(data) == [("error", "UndefinedElement", line, element)]

    def test_namespaced_extensions_are_allowed(self) -> None:
        """Elements in a namespace are extensions, never UndefinedElement."""
        data = feed(extra_item='<media:thumbnail url="https://contoh.example.id/a.jpg"/>')
        assert found(data) == []

    def test_a_repeated_channel_element_is_a_duplicate(self) -> None:
        """Two channel titles: DuplicateElement on the second."""
        data = feed(extra_channel="<title>Berita Lain</title>")
        assert found(data) == [("error", "DuplicateElement", 9, "title")]

    def test_categories_may_repeat(self) -> None:
        """category may appear any number of times."""
        data = feed(extra_item="<category>Hukum</category><category>Politik</category>")
        assert found(data) == []

    def test_empty_title_is_not_blank_warning(self) -> None:
        """A blank channel description is NotBlank, a warning."""
        data = feed(channel={"description": "<description></description>"})
        assert found(data) == [("warning", "NotBlank", 6, "description")]

    def test_missing_self_link_is_a_warning(self) -> None:
        """A channel without atom:link rel="self" is MissingAtomSelfLink, a warning."""
        data = feed(channel={"self": None})
        assert found(data) == [("warning", "MissingAtomSelfLink", CHANNEL_LINE, "channel")]

    def test_missing_language_is_info(self) -> None:
        """A channel without a language is MissingDCLanguage, an info."""
        assert found(feed(channel={"language": None})) == [
            ("info", "MissingDCLanguage", CHANNEL_LINE, "channel")
        ]

    def test_dc_language_counts_as_a_language(self) -> None:
        """dc:language satisfies MissingDCLanguage."""
        data = feed(channel={"language": "<dc:language>id</dc:language>"})
        assert found(data) == []


class TestDates:
    @pytest.mark.parametrize(
        "value",
        [
            "Jumat, 06 Feb 2026 14:30:00 +0700",
            "Fri, 06 Feb 2026 14:30:00 WIB",
            "Fri, 06 Agu 2026 14:30:00 +0700",
            "2026-02-06T14:30:00+07:00",
            "06/02/2026 14:30",
            "Fri, 06 Feb 2026 14:30:00",
            "Fri, 31 Feb 2026 14:30:00 +0700",
            "Fri, 06 Feb 2026 25:30:00 +0700",
            "",
        ],
    )
    def test_non_rfc822_dates_are_errors(self, value: str) -> None:
        """Indonesian names, WIB, ISO 8601, a missing zone or an impossible date are InvalidRFC2822Date."""
        data = feed(item={"pubDate": f"<pubDate>{value}</pubDate>"})
        assert found(data) == [("error", "InvalidRFC2822Date", 14, "pubDate")]

    @pytest.mark.parametrize(
        "value",
        [
            "Fri, 06 Feb 26 14:30:00 +0700",
            "fri, 06 feb 2026 14:30:00 +0700",
            "Fri,  6 Feb 2026 14:30:00 +0700",
            "Fri, 06 Feb 2026 14:30:00 +0700 (WIB)",
            "Fri, 06 Feb 2026 14:30:00 +0745",
            "06 Feb 2026 07:30:00 G",
        ],
    )
    def test_loose_rfc822_dates_are_problematical(self, value: str) -> None:
        """Two-digit years, lower case, extra spaces, comments, odd zones: ProblematicalRFC822Date."""
        data = feed(item={"pubDate": f"<pubDate>{value}</pubDate>"})
        assert found(data) == [("warning", "ProblematicalRFC822Date", 14, "pubDate")]

    @pytest.mark.parametrize(
        "value",
        [
            "06 Feb 2026 14:30:00 +0700",
            "Fri, 6 Feb 2026 14:30 +0700",
            "Fri, 06 Feb 2026 07:30:00 GMT",
            "Thu, 05 Feb 2026 19:00:00 EST",
            "Fri, 06 Feb 2026 11:00:00 -0330",
        ],
    )
    def test_strict_rfc822_dates_are_valid(self, value: str) -> None:
        """Dates in the strict form, weekday optional, with a numeric or named zone, pass."""
        assert found(feed(item={"pubDate": f"<pubDate>{value}</pubDate>"})) == []

    def test_wrong_weekday_is_incorrect_dow(self) -> None:
        """6 February 2026 is a Friday, so `Thu, 06 Feb 2026` is IncorrectDOW."""
        data = feed(item={"pubDate": "<pubDate>Thu, 06 Feb 2026 14:30:00 +0700</pubDate>"})
        assert found(data) == [("error", "IncorrectDOW", 14, "pubDate")]

    @pytest.mark.parametrize(
        "value",
        ["Thu, 01 Jan 1970 07:00:00 +0700", "Sat, 07 Feb 2026 07:11:00 +0700"],
    )
    def test_dates_before_1990_or_in_the_future_are_implausible(self, value: str) -> None:
        """Before 1990, or more than ten minutes after `now`, is ImplausibleDate, a warning."""
        data = feed(channel={"self": CHANNEL["self"] + f"<lastBuildDate>{value}</lastBuildDate>"})
        assert found(data) == [("warning", "ImplausibleDate", 8, "lastBuildDate")]

    def test_a_date_within_ten_minutes_of_now_is_plausible(self) -> None:
        """Nine minutes ahead of `now` is clock skew, not an implausible date."""
        data = feed(item={"pubDate": "<pubDate>Sat, 07 Feb 2026 07:09:00 +0700</pubDate>"})
        assert found(data) == []


class TestGuids:
    @pytest.mark.parametrize("guid", ["<guid>12345</guid>", '<guid isPermaLink="true">/berita/12345</guid>'])
    def test_permalink_guid_must_be_a_full_url(self, guid: str) -> None:
        """A permalink guid (the default) that is not a full URL is InvalidHttpGUID."""
        assert found(feed(item={"guid": guid})) == [("error", "InvalidHttpGUID", 13, "guid")]

    def test_tag_uri_permalink_is_invalid(self) -> None:
        """A `tag:` URI is not a link, so as a permalink it is InvalidPermalink."""
        data = feed(item={"guid": "<guid>tag:contoh.example.id,2026:12345</guid>"})
        assert found(data) == [("error", "InvalidPermalink", 13, "guid")]

    def test_is_permalink_must_be_lower_case_boolean(self) -> None:
        """`isPermaLink="False"` is InvalidBooleanAttribute."""
        data = feed(item={"guid": '<guid isPermaLink="False">urn:berita:12345678901</guid>'})
        assert found(data) == [("error", "InvalidBooleanAttribute", 13, "guid")]

    def test_short_numeric_guid_is_not_sufficiently_unique(self) -> None:
        """A non-permalink guid of fewer than nine digits is NotSufficientlyUnique, a warning."""
        data = feed(item={"guid": '<guid isPermaLink="false">12345</guid>'})
        assert found(data) == [("warning", "NotSufficientlyUnique", 13, "guid")]

    def test_repeated_guid_is_a_duplicate_value(self) -> None:
        """The same guid in two items: DuplicateValue on the later one."""
        first = f"<item><title>Lain</title>{ITEM['guid']}</item>"
        assert found(feed(extra_channel=first)) == [("error", "DuplicateValue", 13, "guid")]

    def test_missing_guid_is_a_warning(self) -> None:
        """An item without a guid is MissingGuid, a warning on the item."""
        assert found(feed(item={"guid": None})) == [("warning", "MissingGuid", ITEM_LINE, "item")]


class TestLinksAndContacts:
    @pytest.mark.parametrize(
        ("channel", "item", "extra_item", "line", "element"),
        [
            ({"link": "<link>contoh.example.id</link>"}, {}, "", 5, "link"),
            ({}, {"link": "<link>/berita/banjir</link>"}, "", 12, "link"),
            ({}, {}, "<comments>ftp://contoh.example.id/banjir</comments>", EXTRA_ITEM_LINE, "comments"),
            (
                {},
                {},
                '<enclosure url="foto/a.jpg" length="1" type="image/jpeg"/>',
                EXTRA_ITEM_LINE,
                "enclosure",
            ),
        ],
    )
    def test_links_must_be_full_http_urls(
        self, channel: dict[str, str], item: dict[str, str], extra_item: str, line: int, element: str
    ) -> None:
        """A relative or non-http link, comments or enclosure url is InvalidFullLink."""
        data = feed(channel=channel, item=item, extra_item=extra_item)
        assert found(data) == [("error", "InvalidFullLink", line, element)]

    def test_malformed_url_is_an_invalid_full_link(self) -> None:
        """A URL that cannot even be split (a broken IPv6 host) is InvalidFullLink, not a crash."""
        data = feed(item={"link": "<link>http://[::1/berita</link>"})
        assert found(data) == [("error", "InvalidFullLink", 12, "link")]

    def test_author_must_be_an_email_address(self) -> None:
        """A bare byline in author is InvalidContact (bylines belong in dc:creator)."""
        data = feed(extra_item="<author>Budi Santoso</author>")
        assert found(data) == [("error", "InvalidContact", EXTRA_ITEM_LINE, "author")]

    def test_author_with_email_and_name_is_valid(self) -> None:
        """`address (Name)` is the form RSS 2.0 asks for."""
        assert found(feed(extra_item="<author>redaksi@contoh.example.id (Budi Santoso)</author>")) == []

    @pytest.mark.parametrize("language", ["id_ID", "in", "bahasa", "Indonesia"])
    def test_language_must_be_an_iso_639_code(self, language: str) -> None:
        """Locales, the withdrawn `in` and language names are InvalidLanguage."""
        data = feed(channel={"language": f"<language>{language}</language>"})
        assert found(data) == [("error", "InvalidLanguage", 7, "language")]

    @pytest.mark.parametrize("language", ["id", "id-ID", "jv", "ID-id", "ind"])
    def test_iso_639_codes_with_subtags_are_valid(self, language: str) -> None:
        """Two-letter ISO 639-1 codes (any case, with subtags) and three-letter codes pass."""
        assert found(feed(channel={"language": f"<language>{language}</language>"})) == []


class TestEnclosures:
    @pytest.mark.parametrize(
        ("enclosure", "code"),
        [
            ('<enclosure url="https://contoh.example.id/a.jpg" type="image/jpeg"/>', "MissingAttribute"),
            (
                '<enclosure url="https://contoh.example.id/a.jpg" length="besar" type="image/jpeg"/>',
                "InvalidIntegerAttribute",
            ),
            (
                '<enclosure url="https://contoh.example.id/a.jpg" length="10" type="jpeg"/>',
                "InvalidMIMEAttribute",
            ),
        ],
    )
    def test_enclosure_attributes_are_checked(self, enclosure: str, code: str) -> None:
        """An enclosure needs url, a byte length and a MIME type."""
        assert found(feed(extra_item=enclosure)) == [("error", code, EXTRA_ITEM_LINE, "enclosure")]

    def test_second_enclosure_is_a_warning(self) -> None:
        """Two enclosures in an item is DuplicateEnclosure, a warning."""
        enclosure = '<enclosure url="https://contoh.example.id/a.jpg" length="10" type="image/jpeg"/>'
        data = feed(extra_item=enclosure + enclosure)
        assert found(data) == [("warning", "DuplicateEnclosure", EXTRA_ITEM_LINE, "enclosure")]

    def test_source_needs_a_url(self) -> None:
        """An item's source without its url attribute is MissingAttribute."""
        data = feed(extra_item="<source>ANTARA</source>")
        assert found(data) == [("error", "MissingAttribute", EXTRA_ITEM_LINE, "source")]


class TestHtml:
    @pytest.mark.parametrize(
        "title",
        ["Harga &lt;b&gt;naik&lt;/b&gt;", "BRI &amp;amp; Mandiri", "Wisata &amp;#8220;Bali&amp;#8221;"],
    )
    def test_markup_in_a_title_is_contains_html(self, title: str) -> None:
        """Tags or entities in a title's text are ContainsHTML, a warning."""
        data = feed(item={"title": f"<title>{title}</title>"})
        assert found(data) == [("warning", "ContainsHTML", 11, "title")]

    @pytest.mark.parametrize(
        "title", ["BRI &amp; Mandiri", "Nilai &lt; 5 &gt; 3", "AT&amp;T &lt;Jakarta&gt;"]
    )
    def test_plain_ampersands_and_angles_are_not_html(self, title: str) -> None:
        """A lone `&` or `<` that forms no tag or entity is plain text."""
        assert found(feed(item={"title": f"<title>{title}</title>"})) == []

    @pytest.mark.parametrize("tag", ["script", "iframe", "object", "embed", "style", "link", "meta"])
    def test_unsafe_tags_in_description_are_a_security_risk(self, tag: str) -> None:
        """Scripts, frames, plugins, styles and meta/link in description HTML are SecurityRisk."""
        html = f"<p>Isi berita</p><{tag}></{tag}>"
        data = feed(item={"description": f"<description><![CDATA[{html}]]></description>"})
        [problem] = validate_rss(data, now=NOW)
        assert (problem.level, problem.code, problem.line, problem.message) == (
            "warning",
            "SecurityRisk",
            15,
            f"description should not contain {tag} tag",
        )

    def test_event_handler_attribute_is_a_security_risk(self) -> None:
        """An `on*` attribute in content:encoded is SecurityRiskAttr."""
        html = '<img src="https://contoh.example.id/a.jpg" onerror="alert(1)">'
        data = feed(extra_item=f"<content:encoded><![CDATA[{html}]]></content:encoded>")
        assert found(data) == [("warning", "SecurityRiskAttr", EXTRA_ITEM_LINE, "content:encoded")]

    def test_relative_urls_in_html_are_contains_rel_ref(self) -> None:
        """A relative href or src in description HTML is ContainsRelRef."""
        html = '<a href="/berita/1">Baca juga</a> <a href="#atas">atas</a>'
        data = feed(item={"description": f"<description><![CDATA[{html}]]></description>"})
        assert found(data) == [("warning", "ContainsRelRef", 15, "description")]

    @pytest.mark.parametrize("html", ['<a href="http://[::1/x">rusak</a>', "<!-- iklan --><?php x ?>"])
    def test_unparseable_urls_and_markup_without_elements_are_not_reported(self, html: str) -> None:
        """A URL too broken to split is not called relative; a fragment of comments holds no elements."""
        data = feed(item={"description": f"<description><![CDATA[{html}]]></description>"})
        assert found(data) == []

    def test_xml_base_resolves_relative_urls(self) -> None:
        """With xml:base in scope, relative URLs have a base and are fine."""
        html = '<a href="/berita/1">Baca juga</a>'
        description = f'<description xml:base="https://contoh.example.id/"><![CDATA[{html}]]></description>'
        assert found(feed(item={"description": description})) == []

    def test_escaped_markup_in_description_is_text(self) -> None:
        """Double-escaped `&lt;script&gt;` is text shown to the reader, not a tag."""
        data = feed(item={"description": "<description>kode &amp;lt;script&amp;gt;</description>"})
        assert found(data) == []

    def test_content_before_description_is_reported(self) -> None:
        """content:encoded before description is NeedDescriptionBeforeContent."""
        data = feed(item={"link": "<content:encoded>&lt;p&gt;Isi&lt;/p&gt;</content:encoded>"})
        assert found(data) == [("warning", "NeedDescriptionBeforeContent", 12, "content:encoded")]

    def test_author_and_dc_creator_duplicate_semantics(self) -> None:
        """author and dc:creator in one item say the same thing twice: DuplicateItemSemantics."""
        data = feed(extra_item="<author>redaksi@contoh.example.id</author><dc:creator>Budi</dc:creator>")
        assert found(data) == [("warning", "DuplicateItemSemantics", EXTRA_ITEM_LINE, "dc:creator")]


class TestNamespaces:
    def test_media_namespace_without_slash_is_an_error(self) -> None:
        """The Media RSS URI without its trailing slash is MediaRssNamespace."""
        rss = f'<rss version="2.0" xmlns:atom="{ATOM}" xmlns:media="http://search.yahoo.com/mrss">'
        assert found(feed(rss=rss)) == [("error", "MediaRssNamespace", 2, "rss")]

    def test_unusual_prefix_is_nonstd_prefix_info(self) -> None:
        """dc declared as `dce` is NonstdPrefix, an info, on the declaring element."""
        data = feed(extra_item=f'<dce:creator xmlns:dce="{DC}">Budi</dce:creator>')
        assert found(data) == [("info", "NonstdPrefix", EXTRA_ITEM_LINE, "dce:creator")]

    def test_redeclaring_the_same_prefix_is_not_reported(self) -> None:
        """A nested declaration of the preferred prefix repeats nothing wrong."""
        data = feed(extra_item=f'<dc:creator xmlns:dc="{DC}">Budi</dc:creator>')
        assert found(data) == []

    @pytest.mark.parametrize(
        ("element", "code"),
        [
            ('<media:content url="https://contoh.example.id/a.jpg" medium="foto"/>', "InvalidMediaMedium"),
            (
                '<media:content url="https://contoh.example.id/a.jpg" width="lebar"/>',
                "InvalidIntegerAttribute",
            ),
            ('<media:credit role="fotografer">ANTARA FOTO/Budi</media:credit>', "InvalidCreditRole"),
            ('<media:description type="text">Banjir</media:description>', "InvalidMediaTextType"),
        ],
    )
    def test_media_rss_values_are_checked(self, element: str, code: str) -> None:
        """Media RSS medium, sizes, EBU credit roles and text types are checked where they appear."""
        [(level, found_code, line, _)] = found(feed(extra_item=f"<media:group>{element}</media:group>"))
        assert (level, found_code, line) == ("error", code, EXTRA_ITEM_LINE)

    def test_valid_media_rss_passes(self) -> None:
        """A photo with caption and photographer credit, as to_rss writes it, passes."""
        media = (
            '<media:content url="https://contoh.example.id/a.jpg" medium="image" type="image/jpeg">'
            '<media:description type="plain">Banjir di Kampung Melayu</media:description>'
            '<media:credit role="photographer" scheme="urn:ebu">ANTARA FOTO/Budi</media:credit>'
            "</media:content>"
        )
        assert found(feed(extra_item=media)) == []


class TestOurOwnFeeds:
    @given(
        st.lists(bks.articles(), max_size=4, unique_by=lambda a: a.url or (a.title, a.published, a.body[:1])),
        bks.channels().filter(lambda channel: channel.self_url is not None),
    )
    def test_to_rss_output_has_no_errors_or_warnings(self, articles: list[Article], channel: Channel) -> None:
        """Our feeds validate cleanly; the one warning allowed is ContainsHTML for a title with markup."""
        far_future = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)  # generated dates run to 2099
        problems = validate_rss(to_rss(articles, channel=channel), now=far_future)
        titles = [channel.title, *(article.title for article in articles)]
        allowed = {"ContainsHTML"} if any("<" in title or "&" in title for title in titles) else set()
        assert {problem.code for problem in problems} <= allowed


CORPUS_FEEDS = [
    # feed, (errors, warnings, infos), codes found
    ("anpandu_antaranews_rss.xml", (1, 1, 0), {"SAXError", "MissingAtomSelfLink"}),
    ("anpandu_detik_rss.xml", (1, 1, 0), {"SAXError", "MissingAtomSelfLink"}),
    ("anpandu_kapanlagi_rss.xml", (1, 2, 0), {"SAXError", "MissingAtomSelfLink", "ProblematicalRFC822Date"}),
    ("anpandu_republika_rss.xml", (1, 2, 0), {"SAXError", "NotBlank", "ImplausibleDate"}),
    (
        "temporss_derived_free-cekfakta.xml",
        (18, 1, 0),
        {"InvalidHttpGUID", "UndefinedElement", "MissingAtomSelfLink"},
    ),
    (
        "temporss_derived_free-ekonomi.xml",
        (18, 1, 0),
        {"InvalidHttpGUID", "UndefinedElement", "MissingAtomSelfLink"},
    ),
]


class TestCorpus:
    @pytest.mark.parametrize(
        ("name", "counts", "expected_codes"), CORPUS_FEEDS, ids=[row[0] for row in CORPUS_FEEDS]
    )
    def test_corpus_feed_problems(
        self, corpus: Path, name: str, counts: tuple[int, int, int], expected_codes: set[str]
    ) -> None:
        """Each real feed gives exactly the known number of errors, warnings and infos, of the known types."""
        problems = validate_rss(
            (corpus / "rss" / name).read_bytes(), now=dt.datetime(2026, 6, 8, tzinfo=dt.UTC)
        )
        levels = Counter(problem.level for problem in problems)
        assert (levels["error"], levels["warning"], levels["info"]) == counts
        assert {problem.code for problem in problems} == expected_codes

    def test_corpus_table_covers_every_feed(self, corpus: Path) -> None:
        """Every feed in the corpus has a row in the table above."""
        assert sorted(path.name for path in (corpus / "rss").glob("*.xml")) == sorted(
            row[0] for row in CORPUS_FEEDS
        )
