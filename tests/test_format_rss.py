"""RSS 2.0 output: required channel fields, the item mapping, streaming, and independent readers agree."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import tracemalloc
from email.utils import format_datetime
from typing import TYPE_CHECKING

import feedparser
import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from beritakit import strategies as bks
from beritakit.errors import ValidationError
from beritakit.formats.rss import RSS_DOCS, to_rss, write_rss
from beritakit.formats.rss_namespaces import ATOM, CONTENT, DC, DCTERMS, MEDIA, PREFIXES
from beritakit.formats.rss_read import read_rss
from beritakit.models import Article, Caption, Channel

if TYPE_CHECKING:
    from collections.abc import Iterator

WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))

CHANNEL = Channel(title="Contoh News", link="https://contoh.example.id/", description="Berita contoh")
ARTICLE = Article(
    title="Pemkot Dukung Pengusaha Kerupuk",
    url="https://contoh.example.id/berita/kerupuk",
    published=dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB),
    authors=["Rina Kartika", "Made Ayu"],
    section="Ekonomi",
    tags=["UMKM", "ekspor"],
    description="Pemerintah kota mendukung UMKM.",
    body=["PALEMBANG - Pemerintah kota berkomitmen.", "“Produk olahan tumbuh,” ujar Andi."],
    lead_image="https://contoh.example.id/foto/audiensi.jpg",
    captions=[
        Caption(text="Foto lain.", image_url="https://contoh.example.id/foto/lain.jpg"),
        Caption(
            text="Sekda menerima audiensi.",
            credit="Humas Pemkot",
            image_url="https://contoh.example.id/foto/audiensi.jpg",
        ),
    ],
)


def _channel_of(feed: bytes) -> etree._Element:
    channel = etree.fromstring(feed).find("channel")
    assert channel is not None
    return channel


def _items(feed: bytes) -> list[etree._Element]:
    return _channel_of(feed).findall("item")


def _item(article: Article) -> etree._Element:
    (item,) = _items(to_rss([article], channel=CHANNEL))
    return item


def _texts(element: etree._Element, path: str) -> list[str | None]:
    return [child.text for child in element.findall(path, PREFIXES)]


def _identity(article: Article) -> object:
    """What makes two generated articles distinct items (their guid source)."""
    published = article.published.isoformat() if article.published else None
    return article.url or (article.title, published, article.body[:1])


class TestChannel:
    def test_missing_link_and_description_are_named_in_one_error(self) -> None:
        """A channel without link and description raises one ValidationError naming both."""
        with pytest.raises(ValidationError) as caught:
            to_rss([], channel=Channel(title="Contoh"))
        assert caught.value.field == "Channel.link, Channel.description"

    def test_missing_description_alone_is_named(self) -> None:
        """A channel with a link but no description names only the description."""
        with pytest.raises(ValidationError) as caught:
            to_rss([], channel=Channel(title="Contoh", link="https://contoh.example.id/"))
        assert caught.value.field == "Channel.description"

    def test_nothing_is_written_when_the_channel_is_incomplete(self) -> None:
        """The channel is checked before the first byte, so the output stays empty."""
        out = io.BytesIO()
        with pytest.raises(ValidationError):
            write_rss([ARTICLE], out, channel=Channel(title="Contoh"))
        assert out.getvalue() == b""

    def test_every_channel_field_is_written(self) -> None:
        """Title, link, description, language, self link, copyright, image, ttl, generator and docs."""
        channel = Channel(
            title="Contoh News",
            link="https://contoh.example.id/",
            description="Berita contoh",
            language="id-ID",
            self_url="https://contoh.example.id/feed.xml",
            image_url="https://contoh.example.id/logo.png",
            copyright="© 2026 Contoh",
            ttl=30,
        )
        element = _channel_of(to_rss([], channel=channel))
        assert [child.tag for child in element] == [
            "title", "link", "description", "language", f"{{{ATOM}}}link", "copyright", "image", "ttl",
            "generator", "docs",
        ]  # fmt: skip
        assert element.findtext("language") == "id-ID"
        assert element.findtext("copyright") == "© 2026 Contoh"
        assert element.findtext("ttl") == "30"
        assert element.findtext("generator") == "beritakit"
        assert element.findtext("docs") == RSS_DOCS == "https://www.rssboard.org/rss-specification"
        assert [element.findtext(f"image/{name}") for name in ("url", "title", "link")] == [
            "https://contoh.example.id/logo.png", "Contoh News", "https://contoh.example.id/",
        ]  # fmt: skip

    def test_self_link_is_an_atom_link_with_rel_and_type(self) -> None:
        """channel.self_url becomes atom:link rel="self" type="application/rss+xml"."""
        channel = Channel(
            title="C", link="https://x.example.id/", description="d", self_url="https://x.example.id/rss"
        )
        link = _channel_of(to_rss([], channel=channel)).find(f"{{{ATOM}}}link")
        assert link is not None
        assert dict(link.attrib) == {
            "href": "https://x.example.id/rss", "rel": "self", "type": "application/rss+xml",
        }  # fmt: skip

    def test_last_build_date_is_the_channel_update_written_first(self) -> None:
        """channel.updated is lastBuildDate, in its own offset, before the items."""
        updated = dt.datetime(2026, 2, 6, 15, 0, tzinfo=WITA)
        channel = Channel(title="C", link="https://x.example.id/", description="d", updated=updated)
        element = _channel_of(to_rss([ARTICLE], channel=channel))
        assert element.findtext("lastBuildDate") == "Fri, 06 Feb 2026 15:00:00 +0800"
        tags = [child.tag for child in element]
        assert tags.index("lastBuildDate") < tags.index("item")

    def test_last_build_date_falls_back_to_the_newest_article_instant(self) -> None:
        """Without channel.updated, lastBuildDate is the latest instant among article dates."""
        earlier_local_later_instant = dt.datetime(2026, 2, 6, 13, 0, tzinfo=dt.UTC)
        articles = [
            Article(title="a", published=dt.datetime(2026, 2, 6, 19, 0, tzinfo=WIT)),  # 10:00 UTC
            Article(title="b", published=earlier_local_later_instant),
            Article(title="c", updated=dt.datetime(2026, 2, 6, 12, 0, tzinfo=dt.UTC)),
        ]
        element = _channel_of(to_rss(articles, channel=CHANNEL))
        assert element.findtext("lastBuildDate") == "Fri, 06 Feb 2026 13:00:00 +0000"

    def test_no_last_build_date_without_any_date(self) -> None:
        """With no date anywhere, lastBuildDate is omitted rather than invented."""
        assert _channel_of(to_rss([Article(title="a")], channel=CHANNEL)).find("lastBuildDate") is None

    def test_only_the_preferred_namespace_prefixes_are_declared(self) -> None:
        """The root declares the five namespaces under their preferred prefixes, and nothing else."""
        root = etree.fromstring(to_rss([ARTICLE], channel=CHANNEL))
        assert root.nsmap == {"content": CONTENT, "dc": DC, "dcterms": DCTERMS, "media": MEDIA, "atom": ATOM}
        assert all(element.nsmap == root.nsmap for element in root.iter())

    def test_output_is_utf8_with_an_xml_declaration(self) -> None:
        """The feed starts with an XML declaration naming UTF-8 and keeps Indonesian text as UTF-8."""
        feed = to_rss([Article(title="Kota Tua — “Jakarta”")], channel=CHANNEL)
        assert feed.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<rss")
        assert "Kota Tua — “Jakarta”".encode() in feed


class TestItem:
    def test_elements_come_in_order_with_description_before_content(self) -> None:
        """An item lists title, link, guid, pubDate, creators, categories, description, content, media."""
        assert [child.tag for child in _item(ARTICLE)] == [
            "title", "link", "guid", "pubDate", f"{{{DC}}}creator", f"{{{DC}}}creator",
            "category", "category", "category", "description", f"{{{CONTENT}}}encoded",
            f"{{{MEDIA}}}content",
        ]  # fmt: skip

    def test_guid_is_the_url_as_a_permalink(self) -> None:
        """An article with a URL has that URL as guid, a permalink by default (no attribute)."""
        guid = _item(ARTICLE).find("guid")
        assert guid is not None
        assert guid.text == ARTICLE.url
        assert len(guid.attrib) == 0

    def test_guid_without_url_is_a_long_stable_urn(self) -> None:
        """Without a URL the guid is urn:beritakit: plus a SHA-256, not a permalink."""
        guid = _item(Article(title="Banjir", body=["Air naik."])).find("guid")
        assert guid is not None
        assert guid.get("isPermaLink") == "false"
        assert re.fullmatch(r"urn:beritakit:[0-9a-f]{64}", guid.text or "")

    @pytest.mark.parametrize(
        "change",
        [
            {"title": "Banjir rob"},
            {"published": dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)},
            {"body": ["Air naik lagi."]},
        ],
    )
    def test_guid_without_url_changes_with_title_date_and_lead(self, change: dict[str, object]) -> None:
        """Title, published instant and first paragraph each go into the guid."""
        article = Article(title="Banjir", body=["Air naik."])
        changed = Article(**{"title": "Banjir", "body": ["Air naik."], **change})  # type: ignore[arg-type]
        assert _item(article).findtext("guid") != _item(changed).findtext("guid")

    @pytest.mark.parametrize(
        ("zone", "expected"),
        [(WIB, "+0700"), (WITA, "+0800"), (WIT, "+0900"), (dt.UTC, "+0000")],
    )
    def test_pub_date_keeps_the_articles_own_offset(self, zone: dt.timezone, expected: str) -> None:
        """pubDate is RFC 822 in the article's own offset, never converted to GMT."""
        article = Article(title="t", published=dt.datetime(2026, 2, 6, 14, 30, tzinfo=zone))
        assert _item(article).findtext("pubDate") == f"Fri, 06 Feb 2026 14:30:00 {expected}"

    def test_item_without_a_date_has_no_pub_date(self) -> None:
        """No published date, no pubDate element (it is optional in RSS)."""
        assert _item(Article(title="t")).find("pubDate") is None

    @pytest.mark.parametrize(
        ("zone", "expected"),
        [(WIB, "+07:00"), (WITA, "+08:00"), (WIT, "+09:00"), (dt.UTC, "+00:00")],
    )
    def test_update_is_dcterms_modified_in_the_articles_own_offset(
        self, zone: dt.timezone, expected: str
    ) -> None:
        """updated is dcterms:modified in W3C-DTF with the article's own offset, right after pubDate."""
        published = dt.datetime(2026, 2, 6, 14, 30, tzinfo=zone)
        item = _item(Article(title="t", published=published, updated=published + dt.timedelta(minutes=30)))
        tags = [child.tag for child in item]
        assert tags[tags.index("pubDate") + 1] == f"{{{DCTERMS}}}modified"
        assert item.findtext("dcterms:modified", namespaces=PREFIXES) == f"2026-02-06T15:00:00{expected}"

    def test_update_with_a_seconds_offset_is_written_as_the_same_instant_in_utc(self) -> None:
        """An offset W3C-DTF cannot write (with seconds) gives the same instant in UTC, not a bad date."""
        odd = dt.timezone(dt.timedelta(hours=7, seconds=12))
        item = _item(Article(title="t", updated=dt.datetime(2026, 2, 6, 15, 0, 12, tzinfo=odd)))
        assert item.findtext("dcterms:modified", namespaces=PREFIXES) == "2026-02-06T08:00:00+00:00"

    def test_item_without_an_update_has_no_dcterms_modified(self) -> None:
        """No updated date, no dcterms:modified element."""
        assert _item(ARTICLE).find("dcterms:modified", PREFIXES) is None

    def test_each_author_is_a_dc_creator_and_never_author(self) -> None:
        """Bylines are names, not e-mail addresses, so they go to dc:creator, one each."""
        item = _item(ARTICLE)
        assert _texts(item, "dc:creator") == ["Rina Kartika", "Made Ayu"]
        assert item.find("author") is None

    def test_section_and_tags_are_categories(self) -> None:
        """The section is a category with domain="section"; each tag is a plain category."""
        categories = [(c.get("domain"), c.text) for c in _item(ARTICLE).iterfind("category")]
        assert categories == [("section", "Ekonomi"), (None, "UMKM"), (None, "ekspor")]

    def test_description_falls_back_to_the_lead_paragraph(self) -> None:
        """Without a description, the first paragraph describes the item."""
        item = _item(Article(title="t", body=["Paragraf pertama.", "Kedua."]))
        assert item.findtext("description") == "Paragraf pertama."

    def test_no_description_without_description_or_body(self) -> None:
        """An article with only a title has neither description nor content:encoded."""
        item = _item(Article(title="t"))
        assert item.find("description") is None
        assert item.find("content:encoded", PREFIXES) is None

    def test_description_is_html_escaped_text(self) -> None:
        """Description carries HTML in RSS, so plain text is escaped to mean exactly itself."""
        item = _item(Article(title="t", description="Harga <b>naik</b> & turun"))
        assert item.findtext("description") == "Harga &lt;b&gt;naik&lt;/b&gt; &amp; turun"

    def test_content_is_one_escaped_paragraph_per_body_paragraph(self) -> None:
        """content:encoded is <p> per paragraph, text escaped, so markup in the text is never live."""
        body = ["Satu <script>alert(1)</script>", "Dua ]]> & <iframe src=x>"]
        content = _item(Article(title="t", body=body)).findtext("content:encoded", namespaces=PREFIXES)
        assert content is not None
        fragment = lxml.html.fragment_fromstring(content, create_parent="div")
        assert [p.text for p in fragment] == body
        assert {element.tag for element in fragment.iter()} == {"div", "p"}

    def test_content_is_written_as_cdata(self) -> None:
        """The HTML of content:encoded stays readable in the feed source."""
        feed = to_rss([Article(title="t", body=["Satu."])], channel=CHANNEL)
        assert b"<content:encoded><![CDATA[<p>Satu.</p>]]></content:encoded>" in feed

    @pytest.mark.parametrize(
        ("title", "written"),
        [
            ("BRI & Mandiri", "BRI & Mandiri"),
            ("Skor 3 < 5", "Skor 3 < 5"),
            ("Harga <b> naik", "Harga &lt;b&gt; naik"),
            ("Rp1,5 &amp; naik", "Rp1,5 &amp;amp; naik"),
        ],
    )
    def test_title_is_escaped_only_when_it_would_read_as_html(self, title: str, written: str) -> None:
        """Ordinary titles stay as they are; a title with a tag or an entity is HTML-escaped."""
        assert _item(Article(title=title)).findtext("title") == written

    def test_lead_image_is_media_content_with_its_own_caption_and_credit(self) -> None:
        """media:content holds the lead image, the caption naming that image, and its photographer."""
        media = _item(ARTICLE).find("media:content", PREFIXES)
        assert media is not None
        assert dict(media.attrib) == {"url": "https://contoh.example.id/foto/audiensi.jpg", "medium": "image"}
        description = media.find("media:description", PREFIXES)
        credit = media.find("media:credit", PREFIXES)
        assert description is not None
        assert credit is not None
        assert (description.text, dict(description.attrib)) == ("Sekda menerima audiensi.", {"type": "plain"})
        assert (credit.text, dict(credit.attrib)) == (
            "Humas Pemkot", {"role": "photographer", "scheme": "urn:ebu"},
        )  # fmt: skip

    def test_lead_image_without_matching_caption_takes_the_first_caption(self) -> None:
        """When no caption names the lead image, the first caption describes it; no credit, no element."""
        article = Article(
            title="t",
            lead_image="https://contoh.example.id/a.jpg",
            captions=[Caption(text="Pertama."), Caption(text="Kedua.", credit="ANTARA")],
        )
        media = _item(article).find("media:content", PREFIXES)
        assert media is not None
        assert _texts(media, "media:description") == ["Pertama."]
        assert media.find("media:credit", PREFIXES) is None

    def test_lead_image_without_captions_has_no_description(self) -> None:
        """A lead image alone is a bare media:content."""
        media = _item(Article(title="t", lead_image="https://contoh.example.id/a.jpg")).find(
            "media:content", PREFIXES
        )
        assert media is not None
        assert len(media) == 0

    def test_captions_without_lead_image_write_no_media(self) -> None:
        """media:content needs a URL: captions alone are not written."""
        assert _item(Article(title="t", captions=[Caption(text="c")])).find("media:content", PREFIXES) is None

    def test_xml_illegal_characters_never_break_the_output(self) -> None:
        """Control characters and non-characters are dropped, even in a URL the model lets through."""
        article = Article(
            title="Ban\x00jir\x0b di\ufffe Jakarta",
            body=["Air\x1b naik."],
            lead_image="https://contoh.example.id/a\ufffeb.jpg",
        )
        feed = to_rss([article], channel=Channel(title="Con\x01toh", link=CHANNEL.link, description="d"))
        (item,) = _items(feed)
        assert item.findtext("title") == "Banjir di Jakarta"
        media = item.find("media:content", PREFIXES)
        assert media is not None
        assert media.get("url") == "https://contoh.example.id/ab.jpg"


class TestStreaming:
    def test_write_rss_writes_what_to_rss_returns_and_counts_items(self) -> None:
        """The streaming writer and to_rss share one code path."""
        out = io.BytesIO()
        assert write_rss(iter([ARTICLE, Article(title="b")]), out, channel=CHANNEL) == 2
        assert out.getvalue() == to_rss([ARTICLE, Article(title="b")], channel=CHANNEL)

    def test_an_empty_archive_is_a_valid_feed(self) -> None:
        """No articles gives a channel without items and a count of zero."""
        out = io.BytesIO()
        assert write_rss([], out, channel=CHANNEL) == 0
        assert _items(out.getvalue()) == []

    def test_a_wrong_item_raises_validation_error_naming_its_position(self) -> None:
        """A non-Article in the stream raises our error with its index, not an lxml traceback."""
        with pytest.raises(ValidationError) as caught:
            to_rss([ARTICLE, "Banjir"], channel=CHANNEL)  # type: ignore[list-item]
        assert caught.value.field == "articles[1]"

    def test_memory_stays_flat_for_a_large_archive(self) -> None:
        """Writing 2,000 generated articles keeps Python memory far below the size of the output."""

        class Sink(io.RawIOBase):
            written = 0

            def writable(self) -> bool:
                return True

            def write(self, data: object) -> int:
                size = len(memoryview(data))  # type: ignore[arg-type]
                self.written += size
                return size

        def archive() -> Iterator[Article]:
            for number in range(2_000):
                yield Article(
                    title=f"Berita nomor {number}",
                    url=f"https://contoh.example.id/berita/{number}",
                    published=dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB),
                    body=[f"Paragraf {number} " * 20, "Paragraf kedua yang cukup panjang. " * 5],
                )

        sink = Sink()
        tracemalloc.start()
        try:
            write_rss(archive(), sink, channel=CHANNEL)  # type: ignore[arg-type]
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert sink.written > 2_000_000
        assert peak < 1_000_000


_ARTICLE_LISTS = st.lists(bks.articles(), max_size=4, unique_by=_identity)


class TestProperties:
    @given(_ARTICLE_LISTS, bks.channels())
    def test_reading_back_keeps_what_rss_can_carry(self, articles: list[Article], channel: Channel) -> None:
        """read_rss(to_rss(x)) keeps title, URL, instant, authors, section, tags, description and body."""
        feed = read_rss(to_rss(articles, channel=channel))
        assert feed.problems == ()
        assert len(feed.articles) == len(articles)
        for read, written in zip(feed.articles, articles, strict=True):
            assert read.title == written.title
            assert read.url == written.url
            assert read.published == written.published
            assert read.updated == written.updated
            assert read.authors == written.authors
            assert read.section == written.section
            assert read.tags == written.tags
            assert read.description == (written.description or next(iter(written.body), None))
            assert read.body == written.body
            assert read.lead_image == written.lead_image

    @given(_ARTICLE_LISTS, bks.channels())
    def test_feedparser_reads_the_same_titles_links_and_instants(
        self, articles: list[Article], channel: Channel
    ) -> None:
        """feedparser, an independent reader, finds no fault and the same title, link and UTC instants."""
        result = feedparser.parse(to_rss(articles, channel=channel))
        assert not result.bozo, result.get("bozo_exception")
        assert result.version == "rss20"
        assert len(result.entries) == len(articles)
        for entry, article in zip(result.entries, articles, strict=True):
            # feedparser returns a title it takes for HTML as HTML: its text is the unescaped form.
            title = html.unescape(entry.title) if entry.title_detail.type == "text/html" else entry.title
            assert title == article.title
            assert entry.get("link") == article.url
            expected = article.published.utctimetuple()[:6] if article.published else None
            assert (entry.published_parsed[:6] if "published_parsed" in entry else None) == expected
            expected = article.updated.utctimetuple()[:6] if article.updated else None
            assert (entry["updated_parsed"][:6] if "updated_parsed" in entry else None) == expected

    @given(_ARTICLE_LISTS, bks.channels())
    def test_output_is_well_formed_with_exactly_the_namespace_uris(
        self, articles: list[Article], channel: Channel
    ) -> None:
        """Every element and attribute is un-namespaced or in one of the five declared URIs."""
        root = etree.fromstring(to_rss(articles, channel=channel))
        names = [element.tag for element in root.iter()] + [name for e in root.iter() for name in e.attrib]
        used = {etree.QName(str(name)).namespace for name in names} - {None}
        assert used <= {CONTENT, DC, DCTERMS, MEDIA, ATOM}
        assert root.nsmap == {"content": CONTENT, "dc": DC, "dcterms": DCTERMS, "media": MEDIA, "atom": ATOM}

    @given(_ARTICLE_LISTS, bks.channels())
    def test_guids_are_stable_and_unique(self, articles: list[Article], channel: Channel) -> None:
        """Two runs give the same guids, and distinct articles never share one."""
        first = [item.findtext("guid") for item in _items(to_rss(articles, channel=channel))]
        again = [item.findtext("guid") for item in _items(to_rss(articles, channel=channel))]
        assert first == again
        assert len(set(first)) == len(articles)

    @given(bks.articles())
    def test_pub_date_is_the_rfc822_form_of_the_published_instant(self, article: Article) -> None:
        """pubDate is email.utils' RFC 822 rendering, which the validator accepts."""
        item = _item(article)
        expected = format_datetime(article.published) if article.published else None
        assert item.findtext("pubDate") == expected
