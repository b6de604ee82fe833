"""to_markdown writes front matter any YAML loader reads back, and a page no article text can subvert.

markdown-it-py (CommonMark preset) is the independent oracle for the page. Its own link filter is
switched off, so that every URL check measured here is ours, not markdown-it's.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import attrs
import pytest
from hypothesis import given
from markdown_it import MarkdownIt

from beritakit import strategies as bks
from beritakit.formats.markdown import to_markdown
from beritakit.models import Article, Caption, Dateline, RelatedLink

if TYPE_CHECKING:
    from collections.abc import Iterator

    from markdown_it.token import Token

WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)")

# --------------------------------------------------------------------------- reading the output back


def split_front_matter(markdown: str) -> tuple[list[str], str]:
    """The front-matter lines and the page after them."""
    assert markdown.startswith("---\n")
    head, closing, page = markdown.removeprefix("---\n").partition("\n---\n")
    assert closing, "front matter is not closed"
    return head.splitlines(), page


def front_matter(markdown: str) -> dict[str, Any]:
    """Each front-matter line's value read with json.loads: no YAML library, no YAML guessing."""
    lines, _ = split_front_matter(markdown)
    pairs = [line.split(": ", 1) for line in lines]
    return {key: json.loads(value) for key, value in pairs}


def parse_page(markdown: str) -> list[Token]:
    """The page's block tokens, parsed by markdown-it with every link accepted."""
    parser = MarkdownIt("commonmark")
    parser.validateLink = lambda url: True  # judge our URLs, not markdown-it's safety filter
    _, page = split_front_matter(markdown)
    return parser.parse(page)


def walk(tokens: list[Token]) -> Iterator[Token]:
    """Every token, inline children included."""
    for token in tokens:
        yield token
        yield from walk(token.children or [])


def text_of(inline: Token) -> str:
    """The plain text an inline token renders to."""
    return "".join(child.content for child in walk(inline.children or []) if child.type == "text")


def top_level_paragraphs(tokens: list[Token]) -> list[Token]:
    """The inline tokens of the paragraphs that are not inside a list."""
    return [
        tokens[i + 1] for i, token in enumerate(tokens) if token.type == "paragraph_open" and token.level == 0
    ]


def list_items(tokens: list[Token]) -> list[Token]:
    """The inline tokens of the list items, in order."""
    return [token for token in tokens if token.type == "inline" and token.level == 3]


def hrefs(tokens: list[Token]) -> list[str]:
    return [str(token.attrs["href"]) for token in walk(tokens) if token.type == "link_open"]


def unvalidated(cls: type[Any], **fields: Any) -> Any:
    """A model holding values its validators would refuse: the writer must not trust the model."""
    with attrs.validators.disabled():
        return cls(**fields)


def lead_caption(article: Article) -> Caption | None:
    return next(
        (c for c in article.captions if article.lead_image and c.image_url == article.lead_image), None
    )


def expected_front_matter(article: Article) -> dict[str, Any]:
    """What the front matter must hold, dates aside, per the documented key list."""
    lead = lead_caption(article)
    dateline = article.dateline and {k: v for k, v in attrs.asdict(article.dateline).items() if v}
    values = {
        "title": article.title,
        "subtitle": article.subtitle,
        "description": article.description,
        "author": list(article.authors),
        "editor": list(article.editors),
        "site_name": article.site_name,
        "section": article.section,
        "tags": list(article.tags),
        "lang": article.language,
        "source_url": article.url,
        "image": article.lead_image,
        "image_caption": lead and lead.text,
        "image_credit": lead and lead.credit,
        "dateline": dateline,
    }
    return {key: value for key, value in values.items() if value}


# --------------------------------------------------------------------------- front matter


class TestFrontMatter:
    @given(bks.articles())
    def test_every_value_round_trips_through_json_quoting(self, article: Article) -> None:
        """Every string, list and the dateline in the front matter reads back equal to the article's."""
        values = front_matter(to_markdown(article))
        dates = {key: values.pop(key) for key in ("date", "lastmod") if key in values}
        assert values == expected_front_matter(article)
        assert dates.keys() == {
            k for k, v in (("date", article.published), ("lastmod", article.updated)) if v
        }

    @given(bks.articles())
    def test_dates_are_rfc3339_in_the_articles_own_offset(self, article: Article) -> None:
        """date and lastmod are quoted RFC 3339 strings naming the same instant in the same offset."""
        values = front_matter(to_markdown(article))
        for key, original in (("date", article.published), ("lastmod", article.updated)):
            if original is not None:
                assert RFC3339.fullmatch(values[key])
                written = dt.datetime.fromisoformat(values[key])
                assert (written, written.utcoffset()) == (original, original.utcoffset())

    @pytest.mark.parametrize(
        "trap",
        [
            "no", "on", "yes", "null", "~", "2024", "2026-02-06", "Jumat: rapat", "[Video] Banjir",
            "{x: 1}", "#viral banjir", "banjir #viral", "@akun", "*x", "&anchor", "!tag", "| blok",
            "> lipat", "%TAG", "`kode`", "---", '"kutipan"', "'petik'", "a \\ b", "- daftar",
        ],
    )  # fmt: skip
    def test_yaml_traps_stay_strings(self, trap: str) -> None:
        """Titles, authors and tags that YAML 1.1 would misread are JSON-quoted and read back verbatim."""
        values = front_matter(to_markdown(Article(title=trap, authors=[trap], tags=[trap, "2024"])))
        assert (values["title"], values["author"], values["tags"]) == (trap, [trap], [trap, "2024"])

    def test_characters_yaml_cannot_carry_are_escaped(self) -> None:
        """DEL and C1 controls, which JSON leaves raw but YAML forbids, are written as \\u escapes."""
        title = "Banjir\x7f di\x9f Jakarta"
        lines, _ = split_front_matter(to_markdown(Article(title=title)))
        assert lines[0] == 'title: "Banjir\\u007f di\\u009f Jakarta"'
        assert json.loads(lines[0].removeprefix("title: ")) == title

    def test_keys_follow_the_documented_order(self) -> None:
        """A complete article writes every key, always in the same order."""
        article = Article(
            title="t", subtitle="s", description="d", published=dt.datetime(2026, 2, 6, tzinfo=WIB),
            updated=dt.datetime(2026, 2, 7, tzinfo=WIB), authors=["a"], editors=["e"], site_name="n",
            section="Nasional", tags=["x"], url="https://x.id/a", lead_image="https://x.id/a.jpg",
            captions=[Caption(text="c", credit="k", image_url="https://x.id/a.jpg")],
            dateline=Dateline(place="JAKARTA"),
        )  # fmt: skip
        assert list(front_matter(to_markdown(article))) == [
            "title", "subtitle", "description", "date", "lastmod", "author", "editor", "site_name",
            "section", "tags", "lang", "source_url", "image", "image_caption", "image_credit", "dateline",
        ]  # fmt: skip

    def test_absent_values_are_omitted(self) -> None:
        """An article with only a title writes only its title and language."""
        assert front_matter(to_markdown(Article(title="Banjir"))) == {"title": "Banjir", "lang": "id"}

    def test_image_caption_comes_only_from_the_lead_images_caption(self) -> None:
        """A caption of another photo never becomes the lead image's caption."""
        article = Article(
            title="t",
            lead_image="https://x.id/utama.jpg",
            captions=[Caption(text="lain", image_url="https://x.id/lain.jpg"), Caption(text="tanpa foto")],
        )
        assert "image_caption" not in front_matter(to_markdown(article))

    def test_dateline_is_written_as_a_mapping(self) -> None:
        """The dateline keeps its place and source apart."""
        article = Article(title="t", dateline=Dateline(place="PALEMBANG", source="RADARPALEMBANG.ID"))
        assert front_matter(to_markdown(article))["dateline"] == {
            "place": "PALEMBANG",
            "source": "RADARPALEMBANG.ID",
        }

    def test_an_offset_with_seconds_is_written_in_utc(self) -> None:
        """Jakarta's historical +07:07:12 is not RFC 3339, so that instant is written in UTC."""
        lmt = dt.timezone(dt.timedelta(hours=7, minutes=7, seconds=12))
        published = dt.datetime(1920, 1, 1, 12, 0, tzinfo=lmt)
        date = front_matter(to_markdown(Article(title="t", published=published)))["date"]
        assert date == "1920-01-01T04:52:48+00:00"
        assert dt.datetime.fromisoformat(date) == published


# --------------------------------------------------------------------------- the page, checked by markdown-it

BLOCK_TOKENS = {
    "heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline",
    "bullet_list_open", "bullet_list_close", "list_item_open", "list_item_close",
}  # fmt: skip
INLINE_TOKENS = {"text", "link_open", "link_close", "em_open", "em_close"}


class TestRenderedPage:
    @given(bks.articles())
    def test_no_raw_html_reaches_the_page(self, article: Article) -> None:
        """Whatever the text holds (<b>, </script>, &amp;), markdown-it finds no raw HTML at all."""
        types = {token.type for token in walk(parse_page(to_markdown(article)))}
        assert not types & {"html_block", "html_inline"}

    @given(bks.articles())
    def test_only_our_constructs_appear(self, article: Article) -> None:
        """No code, quote, ordered list, rule, image, line break or strong emphasis comes from the text."""
        tokens = parse_page(to_markdown(article))
        assert {t.type for t in tokens} <= BLOCK_TOKENS
        assert {child.type for t in tokens for child in walk(t.children or [])} <= INLINE_TOKENS
        assert sum(t.type == "em_open" for t in walk(tokens)) == (article.subtitle is not None)

    @given(bks.articles())
    def test_headings_are_exactly_the_title_and_our_sections(self, article: Article) -> None:
        """One h1 for the title, one h2 per non-empty section (Foto, Baca juga, Berita terkait)."""
        tokens = parse_page(to_markdown(article))
        placements = {link.placement for link in article.related}
        sections = bool(article.captions) + ("inline" in placements) + ("list" in placements)
        assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1"] + ["h2"] * sections
        assert text_of(tokens[1]) == article.title

    @given(bks.articles())
    def test_body_paragraphs_round_trip(self, article: Article) -> None:
        """The page ends its top-level paragraphs with the body, each rendering to its exact text."""
        texts = [text_of(inline) for inline in top_level_paragraphs(parse_page(to_markdown(article)))]
        header = (article.subtitle, article.authors or article.editors, article.published or article.updated)
        assert len(texts) == sum(map(bool, header)) + len(article.body)
        assert texts[len(texts) - len(article.body) :] == list(article.body)
        if article.subtitle:
            assert texts[0] == article.subtitle

    @given(bks.articles())
    def test_captions_and_related_titles_round_trip(self, article: Article) -> None:
        """Each list item renders to its caption (with credit and photo link) or related title."""
        items = [text_of(inline) for inline in list_items(parse_page(to_markdown(article)))]
        captions = [
            c.text + (f" — Foto: {c.credit}" if c.credit else "") + (" (foto)" if c.image_url else "")
            for c in article.captions
        ]
        inline = [link.title for link in article.related if link.placement == "inline"]
        listed = [link.title for link in article.related if link.placement == "list"]
        assert items == captions + inline + listed

    @given(bks.articles())
    def test_links_are_exactly_the_http_urls_of_the_article(self, article: Article) -> None:
        """Every link is http(s) and points at a caption image or related URL; no text makes one."""
        found = hrefs(parse_page(to_markdown(article)))
        assert all(re.match(r"https?://", href, re.IGNORECASE) for href in found)
        inline = [link.url for link in article.related if link.placement == "inline"]
        listed = [link.url for link in article.related if link.placement == "list"]
        ours = [url for url in [c.image_url for c in article.captions] + inline + listed if url]
        assert list(map(unquote, found)) == list(map(unquote, ours))

    @given(bks.articles())
    def test_lines_have_no_trailing_white_space_and_one_final_newline(self, article: Article) -> None:
        """No line can end in a hard break, and the file ends with exactly one newline."""
        markdown = to_markdown(article)
        assert markdown.endswith("\n")
        assert not markdown.endswith("\n\n")
        assert all(line == line.rstrip() for line in markdown.splitlines())


# --------------------------------------------------------------------------- escaping, by hand


class TestEscaping:
    @pytest.mark.parametrize(
        "text",
        [
            "1. bukan daftar", "1) bukan daftar", "- bukan butir", "+ bukan butir", "* bukan butir",
            "# bukan judul", "> bukan kutipan", "--- bukan garis", "---", "===", "* * *", "- - -",
            "```python", "~~~", "| a | b |", "[teks](http://x)", "![foto](http://x/a.jpg)",
            "<script>alert(1)</script>", "<http://x>", "&amp; &#106; &copy;", "*tebal* _miring_ `kode`",
            "teks \\", "[ref]: http://x", "(a) bukan daftar", "anak-anak bermain, kata KOMPAS.com.",
        ],
    )  # fmt: skip
    def test_a_paragraph_renders_as_exactly_its_text(self, text: str) -> None:
        """Text that looks like Markdown stays one plain paragraph with that exact text."""
        tokens = parse_page(to_markdown(Article(title="t", body=[text])))
        assert [t.type for t in tokens[3:]] == ["paragraph_open", "inline", "paragraph_close"]
        assert [child.type for child in tokens[4].children or []] == ["text"]
        assert tokens[4].children[0].content == text  # type: ignore[index]

    def test_a_title_cannot_open_another_heading(self) -> None:
        """A title '# bukan judul' is one h1 whose text keeps the hash."""
        tokens = parse_page(to_markdown(Article(title="# bukan judul #")))
        assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
        assert text_of(tokens[1]) == "# bukan judul #"

    def test_prose_punctuation_is_left_bare_after_the_first_word(self) -> None:
        """Hyphens, dots and commas inside a sentence are written as they are, for readable files."""
        markdown = to_markdown(Article(title="t", body=["JAKARTA - Anak-anak (6/2) ke KOMPAS.com, ya?"]))
        assert "\nJAKARTA - Anak-anak (6/2) ke KOMPAS.com, ya?\n" in markdown

    def test_a_subtitle_with_asterisks_is_still_one_emphasis(self) -> None:
        """The subtitle's own * cannot close our emphasis early."""
        tokens = parse_page(to_markdown(Article(title="t", subtitle="*a* b*")))
        assert [c.type for c in tokens[4].children or []] == ["em_open", "text", "em_close"]
        assert text_of(tokens[4]) == "*a* b*"


class TestLinks:
    @pytest.mark.parametrize(
        "url",
        [
            "javascript:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)",
            "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
            "\x01javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            "file:///etc/passwd", "http&#58;//x.id/", "https:tanpa-host", "//x.id/a", "/berita/1", "http://[::1/",
        ],
    )  # fmt: skip
    def test_a_non_http_url_never_becomes_a_link(self, url: str) -> None:
        """Related links and photo links with a non-http(s) URL are written as plain text."""
        article = Article(
            title="t",
            related=[unvalidated(RelatedLink, title="Baca ini", url=url, placement="inline")],
            captions=[unvalidated(Caption, text="Foto", image_url=url)],
        )
        tokens = parse_page(to_markdown(article))
        assert hrefs(tokens) == []
        assert [text_of(item) for item in list_items(tokens)] == ["Foto", "Baca ini"]

    def test_an_http_url_is_percent_encoded_but_otherwise_kept(self) -> None:
        """Spaces, <, > and parentheses are percent-encoded; '&amp;' is not decoded into '&'."""
        url = "https://x.id/a b<c>(d)?q=1&amp;r=\\"
        link = unvalidated(RelatedLink, title="Baca [ini]", url=url)
        markdown = to_markdown(Article(title="t", related=[link]))
        assert "- [Baca \\[ini\\]](<https://x.id/a%20b%3Cc%3E%28d%29?q=1\\&amp;r=\\\\>)" in markdown
        assert hrefs(parse_page(markdown)) == ["https://x.id/a%20b%3Cc%3E%28d%29?q=1&amp;r=%5C"]

    @pytest.mark.parametrize(
        "url", ["ht\ttps://x.id/a", "\x01https://x.id/a", "https://x.id/\na", "https://x.id/a\x00"]
    )
    def test_a_url_is_written_as_browsers_clean_it(self, url: str) -> None:
        """Tabs and newlines inside, controls at the ends, are dropped before the check and the write."""
        link = unvalidated(RelatedLink, title="Baca", url=url)
        assert hrefs(parse_page(to_markdown(Article(title="t", related=[link])))) == ["https://x.id/a"]

    def test_url_like_text_is_not_linked(self) -> None:
        """A title that is itself a URL stays text when the link has no URL."""
        link = RelatedLink(title="<javascript:alert(1)> http://x.id", placement="list")
        tokens = parse_page(to_markdown(Article(title="t", related=[link])))
        assert hrefs(tokens) == []
        assert text_of(list_items(tokens)[0]) == "<javascript:alert(1)> http://x.id"


# --------------------------------------------------------------------------- dates and byline


def header_lines(article: Article) -> list[str]:
    return [text_of(inline) for inline in top_level_paragraphs(parse_page(to_markdown(article)))]


class TestDateLine:
    @pytest.mark.parametrize(
        ("published", "expected"),
        [
            (dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB), "Jumat, 6 Februari 2026 14:30 WIB"),
            (dt.datetime(2025, 8, 17, 9, 5, tzinfo=WITA), "Minggu, 17 Agustus 2025 09:05 WITA"),
            (dt.datetime(2025, 12, 31, 23, 59, 59, tzinfo=WIT), "Rabu, 31 Desember 2025 23:59 WIT"),
            (dt.datetime(2024, 3, 11, 8, 0, tzinfo=dt.UTC), "Senin, 11 Maret 2024 08:00 +00:00"),
            (
                dt.datetime(2026, 1, 1, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
                "Kamis, 1 Januari 2026 07:00 +05:30",
            ),
            (
                dt.datetime(2026, 1, 1, 7, 0, tzinfo=dt.timezone(-dt.timedelta(hours=3, minutes=30))),
                "Kamis, 1 Januari 2026 07:00 -03:30",
            ),
        ],
    )
    def test_the_date_is_written_in_indonesian_in_its_own_offset(
        self, published: dt.datetime, expected: str
    ) -> None:
        """Day and month names are Indonesian; +07/+08/+09 are named WIB/WITA/WIT, others printed."""
        assert header_lines(Article(title="t", published=published)) == [expected]

    def test_an_update_is_added_after_the_publication(self) -> None:
        """A later update follows the publication date on the same line."""
        article = Article(
            title="t",
            published=dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB),
            updated=dt.datetime(2026, 2, 6, 16, 5, tzinfo=WIB),
        )
        assert header_lines(article) == [
            "Jumat, 6 Februari 2026 14:30 WIB · Diperbarui Jumat, 6 Februari 2026 16:05 WIB"
        ]


class TestByline:
    @pytest.mark.parametrize(
        ("authors", "editors", "expected"),
        [
            (["Rina Kartika", "Budi"], ["Andi"], ["Oleh Rina Kartika, Budi · Editor: Andi"]),
            (["Rina Kartika"], [], ["Oleh Rina Kartika"]),
            ([], ["Andi", "Sari"], ["Editor: Andi, Sari"]),
            ([], [], []),
        ],
    )
    def test_byline_names_authors_and_editors(
        self, authors: list[str], editors: list[str], expected: list[str]
    ) -> None:
        """Authors follow 'Oleh', editors follow 'Editor:', and no byline is written without names."""
        assert header_lines(Article(title="t", authors=authors, editors=editors)) == expected


# --------------------------------------------------------------------------- pinned example

PINNED_ARTICLE = Article(
    title="Banjir Rendam 3 Kecamatan di Palembang",
    url="https://contoh.example.id/berita/banjir-palembang",
    subtitle="Warga diminta waspada",
    published=dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB),
    authors=["Rina Kartika"],
    editors=["Budi Santoso"],
    site_name="Contoh News",
    section="Daerah",
    tags=["banjir", "Palembang"],
    dateline=Dateline(place="PALEMBANG", source="CONTOHNEWS.ID"),
    body=[
        "PALEMBANG, CONTOHNEWS.ID - Hujan deras sejak Kamis (5/2) malam merendam tiga kecamatan.",
        "“Ketinggian air mencapai 50 cm,” ujar Andi.",
    ],
    captions=[
        Caption(
            text="Warga melintasi genangan di Jalan Sudirman.",
            credit="Humas Pemkot",
            image_url="https://contoh.example.id/foto/banjir.jpg",
        )
    ],
    related=[
        RelatedLink(
            title="Cuaca ekstrem sepekan ke depan", url="https://contoh.example.id/cuaca", placement="inline"
        ),
        RelatedLink(title="Posko pengungsian dibuka", placement="list"),
    ],
    lead_image="https://contoh.example.id/foto/banjir.jpg",
)

PINNED_MARKDOWN = """\
---
title: "Banjir Rendam 3 Kecamatan di Palembang"
subtitle: "Warga diminta waspada"
date: "2026-02-06T14:30:00+07:00"
author: ["Rina Kartika"]
editor: ["Budi Santoso"]
site_name: "Contoh News"
section: "Daerah"
tags: ["banjir", "Palembang"]
lang: "id"
source_url: "https://contoh.example.id/berita/banjir-palembang"
image: "https://contoh.example.id/foto/banjir.jpg"
image_caption: "Warga melintasi genangan di Jalan Sudirman."
image_credit: "Humas Pemkot"
dateline: {"place": "PALEMBANG", "source": "CONTOHNEWS.ID"}
---

# Banjir Rendam 3 Kecamatan di Palembang

*Warga diminta waspada*

Oleh Rina Kartika · Editor: Budi Santoso

Jumat, 6 Februari 2026 14:30 WIB

PALEMBANG\\, CONTOHNEWS.ID - Hujan deras sejak Kamis (5/2) malam merendam tiga kecamatan.

“Ketinggian air mencapai 50 cm,” ujar Andi.

## Foto

- Warga melintasi genangan di Jalan Sudirman. — Foto: Humas Pemkot ([foto](<https://contoh.example.id/foto/banjir.jpg>))

## Baca juga

- [Cuaca ekstrem sepekan ke depan](<https://contoh.example.id/cuaca>)

## Berita terkait

- Posko pengungsian dibuka
"""


class TestPinnedExample:
    def test_a_small_article_is_written_exactly_so(self) -> None:
        """The whole output for one hand-built article, byte for byte."""
        assert to_markdown(PINNED_ARTICLE) == PINNED_MARKDOWN
