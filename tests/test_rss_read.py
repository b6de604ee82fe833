"""Reading RSS 2.0: tolerant of untidy real feeds, every judgement reported, only non-feeds refused."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit import strategies as bks
from beritakit.errors import BeritakitError, FormatError
from beritakit.formats.rss_read import html_paragraphs, html_to_text, looks_like_html, read_rss
from beritakit.models import Article, Caption, Feed

if TYPE_CHECKING:
    from pathlib import Path

WIB = dt.timezone(dt.timedelta(hours=7))
NAMESPACES = (
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:media="http://search.yahoo.com/mrss/" '
    'xmlns:atom="http://www.w3.org/2005/Atom"'
)


# Any text an XML document can carry (no control characters, surrogates or non-characters).
_XML_TEXT = st.text(
    st.characters(exclude_categories=("Cs", "Cc", "Cn")) | st.sampled_from("\n\t"), max_size=40
)


def _feed(
    items: str, *, channel: str = "<link>https://contoh.example.id/</link><language>id</language>"
) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" {NAMESPACES}>\n'
        f"<channel>\n<title>Contoh News</title>\n{channel}\n{items}\n</channel>\n</rss>\n"
    )


def _article(item: str, **channel: str) -> Article:
    (article,) = read_rss(_feed(f"<item>{item}</item>", **channel)).articles
    return article


def _codes(feed: Feed) -> list[str]:
    return [problem.code for problem in feed.problems]


class TestRefusals:
    @pytest.mark.parametrize(
        ("data", "reason"),
        [
            (b"", "empty"),
            (b"Banjir di Jakarta", "not well-formed"),
            (b"<rss><channel><title>a</title></rss>", "not well-formed"),
            (b"<!DOCTYPE html>\n<html><body><p>Berita<br></body></html>", "HTML page"),
            (b"<html><head><title>Berita</title></head><body/></html>", "HTML page"),
            (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title></feed>', "Atom feed"),
            (b'<r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel/></r:RDF>', "RSS 1.0"),
            (b"<urlset><url/></urlset>", "found <urlset>"),
        ],
    )
    def test_what_is_not_an_rss_feed_raises_format_error_saying_what_it_is(
        self, data: bytes, reason: str
    ) -> None:
        """Non-XML, an HTML page, an Atom or RSS 1.0 feed, or another root raise FormatError saying so."""
        with pytest.raises(FormatError, match=reason):
            read_rss(data)

    def test_missing_channel_is_reported_at_its_path(self) -> None:
        """An <rss> root without a <channel> raises FormatError with path "channel"."""
        with pytest.raises(FormatError) as caught:
            read_rss('<rss version="2.0"><item><title>a</title></item></rss>')
        assert caught.value.path == "channel"

    @pytest.mark.parametrize("title", ["", "<title/>", "<title>  </title>"])
    def test_missing_channel_title_is_reported_at_its_path(self, title: str) -> None:
        """A channel without a (non-empty) title raises FormatError with path "channel/title"."""
        with pytest.raises(FormatError) as caught:
            read_rss(f'<rss version="2.0"><channel>{title}<link>https://x.example.id/</link></channel></rss>')
        assert caught.value.path == "channel/title"

    def test_billion_laughs_is_refused(self) -> None:
        """A document declaring nested entities raises FormatError without expanding anything."""
        laughs = (
            '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "haha">'
            + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
            + ']><rss version="2.0"><channel><title>&i;</title></channel></rss>'
        )
        with pytest.raises(FormatError, match="entit"):
            read_rss(laughs)

    def test_external_entity_is_refused(self) -> None:
        """A document pulling in a local file through an external entity raises FormatError."""
        xxe = (
            b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b'<rss version="2.0"><channel><title>&xxe;</title></channel></rss>'
        )
        with pytest.raises(FormatError, match="entities"):
            read_rss(xxe)

    def test_wrong_input_type_raises_format_error(self) -> None:
        """Something that is neither bytes nor str raises FormatError naming its type."""
        with pytest.raises(FormatError, match="int"):
            read_rss(42)  # type: ignore[arg-type]

    @given(_XML_TEXT, _XML_TEXT)
    def test_any_value_in_any_item_element_gives_a_feed(self, value: str, other: str) -> None:
        """Whatever a link, guid, date, image URL or author holds, the feed reads without raising."""
        value, other = html.escape(value), html.escape(other, quote=True)
        item = (
            f"<item><title>{value}</title><link>{value}</link><guid>{other}</guid><pubDate>{value}</pubDate>"
            f'<media:content url="{other}"/><enclosure url="{other}" type="image/{value}"/>'
            f"<author>{value}</author><ttl>{value}</ttl><description>&lt;img src='{other}'&gt;{value}"
            "</description></item>"
        )
        assert isinstance(read_rss(_feed(item, channel=f"<link>{value}</link>")), Feed)

    @given(st.binary(max_size=300) | st.text(max_size=300))
    def test_any_input_gives_a_feed_or_our_own_error(self, data: bytes | str) -> None:
        """Arbitrary input never escapes as an lxml or other foreign exception."""
        with contextlib.suppress(BeritakitError):
            read_rss(data)


class TestChannel:
    def test_channel_fields_are_read(self) -> None:
        """Title, link, description (as text), language, self link, image, copyright and ttl are read."""
        feed = read_rss(
            _feed(
                "",
                channel="""<link>https://contoh.example.id/</link>
                <description><![CDATA[Berita <b>terkini</b> &amp; terpercaya]]></description>
                <language>id-ID</language>
                <atom:link href="https://contoh.example.id/rss" rel="self" type="application/rss+xml"/>
                <image><url>https://contoh.example.id/logo.png</url><title>C</title><link>x</link></image>
                <copyright>© Contoh</copyright><ttl>15</ttl>""",
            )
        )
        channel = feed.channel
        assert channel.title == "Contoh News"
        assert channel.link == "https://contoh.example.id/"
        assert channel.description == "Berita terkini & terpercaya"
        assert channel.language == "id-ID"
        assert channel.self_url == "https://contoh.example.id/rss"
        assert channel.image_url == "https://contoh.example.id/logo.png"
        assert channel.copyright == "© Contoh"
        assert channel.ttl == 15
        assert feed.problems == ()

    def test_link_and_description_are_optional(self) -> None:
        """A channel with only a title reads; the missing language is noted and read as Indonesian."""
        feed = read_rss('<rss version="2.0"><channel><title>Contoh</title></channel></rss>')
        assert (feed.channel.link, feed.channel.description, feed.channel.language) == (None, None, "id")
        assert _codes(feed) == ["MissingDCLanguage"]

    def test_last_build_date_is_the_channel_update(self) -> None:
        """lastBuildDate is read with its offset."""
        feed = read_rss(_feed("", channel="<lastBuildDate>Fri, 06 Feb 2026 14:30:00 +0700</lastBuildDate>"))
        assert feed.channel.updated == dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)

    def test_channel_pub_date_stands_in_for_last_build_date(self) -> None:
        """Without lastBuildDate, the channel pubDate (two-digit year and all) dates the channel."""
        feed = read_rss(
            _feed("", channel="<language>id</language><pubDate>Thu, 05 Nov 15 12:58:01 +0700</pubDate>")
        )
        assert feed.channel.updated == dt.datetime(2015, 11, 5, 12, 58, 1, tzinfo=WIB)

    def test_placeholder_date_is_kept_and_reported(self) -> None:
        """A 1970 lastBuildDate is read as written and flagged ImplausibleDate."""
        placeholder = "<lastBuildDate>Thu, 01 Jan 1970 07:00 +0700</lastBuildDate>"
        feed = read_rss(_feed("", channel=f"<language>id</language>{placeholder}"))
        assert feed.channel.updated == dt.datetime(1970, 1, 1, 7, tzinfo=WIB)
        assert [(p.level, p.code, p.element) for p in feed.problems] == [
            ("warning", "ImplausibleDate", "lastBuildDate")
        ]

    @pytest.mark.parametrize(
        ("element", "code"),
        [
            ("<language>Bahasa Indonesia</language>", "InvalidLanguage"),
            ("<language>id</language><ttl>setengah jam</ttl>", "InvalidInteger"),
            ("<language>id</language><ttl>3²</ttl>", "InvalidInteger"),
            ("<language>id</language><link>/beranda</link>", "InvalidFullLink"),
        ],
    )
    def test_unusable_channel_values_are_dropped_and_reported(self, element: str, code: str) -> None:
        """A bad language, ttl or link becomes the default or None plus a warning, never an exception."""
        feed = read_rss(_feed("", channel=element))
        assert (feed.channel.language, feed.channel.ttl, feed.channel.link) == ("id", None, None)
        assert [(p.level, p.code) for p in feed.problems] == [("warning", code)]


class TestItemTitle:
    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            ("<title>  Banjir \n di   Jakarta </title>", "Banjir di Jakarta"),
            ("<title><![CDATA[<b>Banjir</b> di Jakarta]]></title>", "Banjir di Jakarta"),
            ("<title>Banjir &amp;amp; macet</title>", "Banjir & macet"),
            ("<title>Drama &#039;Cheese&#039; rilis</title>", "Drama 'Cheese' rilis"),
            ("<title>Harga &amp;nbsp;naik</title>", "Harga naik"),
            ("<title>BRI &amp; Mandiri</title>", "BRI & Mandiri"),
            ("<title>Skor 3 &lt; 5</title>", "Skor 3 < 5"),
        ],
    )
    def test_title_is_plain_text(self, title: str, expected: str) -> None:
        """Titles lose HTML, entities are decoded, space is normalised; text that is not HTML stays."""
        assert _article(title).title == expected

    def test_missing_title_is_made_from_the_first_sentence(self) -> None:
        """An item with only a description is titled by its first sentence and a MissingTitle warning."""
        feed = read_rss(_feed("<item><description>Banjir melanda Jakarta. Air naik.</description></item>"))
        assert feed.articles[0].title == "Banjir melanda Jakarta."
        assert [(p.level, p.code, p.element, p.line) for p in feed.problems] == [
            ("warning", "MissingTitle", "item", 6)
        ]

    def test_title_from_a_long_sentence_is_cut_at_a_word(self) -> None:
        """A first sentence longer than 120 characters is cut at a word boundary with an ellipsis."""
        sentence = "Pemerintah kota " + "mendukung pengusaha kerupuk " * 10
        title = _article(f"<description>{sentence}</description>").title
        assert len(title) <= 120
        assert title.endswith("…")
        assert sentence.startswith(title[:-1])
        assert sentence[len(title) - 1] == " "  # the cut falls between words

    def test_item_with_neither_title_nor_description_is_skipped_with_an_error(self) -> None:
        """Such an item is never silently dropped: an error Problem names it, and the others are kept."""
        feed = read_rss(
            _feed("<item><link>https://x.example.id/a</link></item><item><title>b</title></item>")
        )
        assert [article.title for article in feed.articles] == ["b"]
        assert [(p.level, p.code) for p in feed.problems] == [("error", "ItemMustContainTitleOrDescription")]


class TestItemUrl:
    def test_url_comes_from_link(self) -> None:
        """The link, stripped of surrounding white space, is the article URL."""
        assert (
            _article("<title>a</title><link>\n  https://x.example.id/a \n</link>").url
            == "https://x.example.id/a"
        )

    def test_permalink_guid_stands_in_for_a_missing_link(self) -> None:
        """Without a link, a guid that is a permalink URL is the article URL, quietly."""
        feed = read_rss(_feed("<item><title>a</title><guid>https://x.example.id/a</guid></item>"))
        assert feed.articles[0].url == "https://x.example.id/a"
        assert feed.problems == ()

    def test_non_permalink_guid_that_is_a_url_is_used_and_noted(self) -> None:
        """A guid with isPermaLink="false" that is an http URL is used, with an info Problem."""
        feed = read_rss(
            _feed('<item><title>a</title><guid isPermaLink="false">http://x.example.id/a</guid></item>')
        )
        assert feed.articles[0].url == "http://x.example.id/a"
        assert [(p.level, p.code) for p in feed.problems] == [("info", "GuidAsLink")]

    @pytest.mark.parametrize("guid", ["<guid>12345</guid>", '<guid isPermaLink="false">urn:x:1</guid>', ""])
    def test_guid_that_is_not_a_url_gives_no_url(self, guid: str) -> None:
        """An id-like guid is never mistaken for a URL."""
        assert _article(f"<title>a</title>{guid}").url is None

    def test_relative_link_is_resolved_against_the_channel_link(self) -> None:
        """A relative link is made absolute with the channel link, and a warning says so."""
        feed = read_rss(_feed("<item><title>a</title>\n<link>/berita/1</link></item>"))
        assert feed.articles[0].url == "https://contoh.example.id/berita/1"
        assert [(p.level, p.code, p.element, p.line) for p in feed.problems] == [
            ("warning", "InvalidFullLink", "link", 7)
        ]

    def test_relative_link_without_channel_link_is_dropped_with_a_warning(self) -> None:
        """With nothing to resolve against, the link is dropped and reported."""
        feed = read_rss(
            _feed("<item><title>a</title><link>berita/1</link></item>", channel="<language>id</language>")
        )
        assert feed.articles[0].url is None
        assert _codes(feed) == ["InvalidFullLink"]

    @pytest.mark.parametrize("link", ["http://[rusak/berita", "javascript:alert(1)", "ftp://x.example.id/a"])
    def test_unusable_link_is_dropped_with_a_warning(self, link: str) -> None:
        """A link that is no http(s) URL, even relative to the channel, is dropped and reported."""
        feed = read_rss(_feed(f"<item><title>a</title><link>{html.escape(link)}</link></item>"))
        assert feed.articles[0].url is None
        assert _codes(feed) == ["InvalidFullLink"]

    def test_feedsportal_redirect_is_replaced_by_its_target(self) -> None:
        """A feedsportal.com redirect (the service closed in 2016) is decoded to the article URL."""
        link = "http://contoh.feedsportal.com/c/1/f/2/s/3/sc/3/l/0Lnews0Bcontoh0N0Cread0C20A260C0A20C0A60Cbanjir0Erob/story01.htm"
        feed = read_rss(_feed(f"<item><title>a</title><link>{link}</link></item>"))
        assert feed.articles[0].url == "http://news.contoh.com/read/2026/02/06/banjir-rob"
        assert [(p.level, p.code) for p in feed.problems] == [("info", "FeedsportalRedirect")]


class TestItemFields:
    @pytest.mark.parametrize(
        ("pub_date", "expected"),
        [
            ("Fri, 06 Feb 2026 14:30:00 +0700", dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)),
            ("Fri, 06 Feb 2026 07:30:00 GMT", dt.datetime(2026, 2, 6, 7, 30, tzinfo=dt.UTC)),
            ("Jumat, 06 Feb 2026 14:30 WIB", dt.datetime(2026, 2, 6, 14, 30, tzinfo=WIB)),
        ],
    )
    def test_pub_date_is_read_with_its_offset(self, pub_date: str, expected: dt.datetime) -> None:
        """RFC 822 dates, GMT ones and Indonesian ones with WIB keep their own offset."""
        published = _article(f"<title>a</title><pubDate>{pub_date}</pubDate>").published
        assert published == expected
        assert published is not None
        assert published.utcoffset() == expected.utcoffset()

    @pytest.mark.parametrize(
        "pub_date", ["kemarin sore", "Fri, 06 Feb 2026 14:30:00 XYZ", "Sat, 06 Feb 2026 14:30:00 +0700"]
    )
    def test_unreadable_date_is_none_with_a_located_warning(self, pub_date: str) -> None:
        """A date that cannot be read (or whose zone is unknown) is None plus UnreadableDate, line and all."""
        feed = read_rss(_feed(f"<item><title>a</title>\n<pubDate>{pub_date}</pubDate></item>"))
        assert feed.articles[0].published is None
        assert [(p.level, p.code, p.element, p.line) for p in feed.problems] == [
            ("warning", "UnreadableDate", "pubDate", 7)
        ]

    @pytest.mark.parametrize(
        "element",
        [
            "<dcterms:modified>2026-02-06T16:05:00+07:00</dcterms:modified>",
            "<atom:updated>2026-02-06T16:05:00+07:00</atom:updated>",
            (
                "<dcterms:modified>2026-02-06T16:05:00+07:00</dcterms:modified>"
                "<atom:updated>2025-01-01T00:00:00Z</atom:updated>"
            ),
        ],
    )
    def test_update_is_read_from_dcterms_modified_else_atom_updated(self, element: str) -> None:
        """dcterms:modified, else atom:updated, is Article.updated in its own offset, apart from pubDate."""
        item = f"<title>a</title><pubDate>Fri, 06 Feb 2026 14:30:00 +0700</pubDate>{element}"
        updated = _article(item).updated
        assert updated == dt.datetime(2026, 2, 6, 16, 5, tzinfo=WIB)
        assert updated is not None
        assert updated.utcoffset() == WIB.utcoffset(None)

    @pytest.mark.parametrize(
        "modified", ["kemarin sore", "2026-02-06T16:05:00", "Fri, 06 Feb 2026 16:05 +0700"]
    )
    def test_unreadable_update_is_none_with_a_located_warning(self, modified: str) -> None:
        """A modified date that is not W3C-DTF with an offset is None plus UnreadableDate, line and all."""
        feed = read_rss(
            _feed(f"<item><title>a</title>\n<dcterms:modified>{modified}</dcterms:modified></item>")
        )
        assert feed.articles[0].updated is None
        assert [(p.level, p.code, p.element, p.line) for p in feed.problems] == [
            ("warning", "UnreadableDate", "modified", 7)
        ]

    def test_description_html_becomes_plain_text(self) -> None:
        """Images, line breaks and entities in an escaped HTML description become plain text."""
        description = (
            "&lt;img src=&quot;https://x.example.id/a.jpg&quot; align=&quot;left&quot;&gt;Banjir&amp;nbsp; "
            "melanda &lt;b&gt;Jakarta&lt;/b&gt;.&lt;br clear='all'/&gt;&lt;br/&gt;Air naik."
        )
        assert _article(f"<title>a</title><description>{description}</description>").description == (
            "Banjir melanda Jakarta. Air naik."
        )

    def test_body_is_one_paragraph_per_block_of_content_encoded(self) -> None:
        """content:encoded gives one body paragraph per <p> or block, split at <br>, scripts dropped."""
        content = (
            "<p>JAKARTA - Banjir melanda.</p><script>track()</script>"
            "<div>Air <em>naik</em>.<br>Warga mengungsi.</div>"
            "<iframe src='https://www.youtube.com/embed/x'></iframe><p> </p>"
        )
        article = _article(f"<title>a</title><content:encoded><![CDATA[{content}]]></content:encoded>")
        assert article.body == ("JAKARTA - Banjir melanda.", "Air naik.", "Warga mengungsi.")

    def test_plain_text_content_is_split_at_line_breaks(self) -> None:
        """content:encoded without markup (as some outlets send it) has one paragraph per line."""
        content = "JAKARTA -- Banjir melanda.\n&quot;Air naik,&quot; kata warga."
        article = _article(f"<title>a</title><content:encoded>{html.escape(content)}</content:encoded>")
        assert article.body == ("JAKARTA -- Banjir melanda.", '"Air naik," kata warga.')

    def test_body_is_empty_without_content_encoded(self) -> None:
        """The description is a summary, not the body: without content:encoded the body is empty."""
        assert _article("<title>a</title><description>Ringkasan.</description>").body == ()

    def test_authors_come_from_dc_creator_and_named_author(self) -> None:
        """Each dc:creator is an author; <author> gives the name of "email (Name)", once."""
        article = _article(
            "<title>a</title><dc:creator>Rina Kartika</dc:creator>"
            "<dc:creator><![CDATA[Made Ayu]]></dc:creator>"
            "<author>rina@contoh.example.id (Rina Kartika)</author>"
            "<author>budi@contoh.example.id (Budi)</author>"
        )
        assert article.authors == ("Rina Kartika", "Made Ayu", "Budi")

    def test_author_that_is_only_an_email_is_noted_not_used(self) -> None:
        """An e-mail address is not a byline: it is left out and an info Problem says so."""
        feed = read_rss(_feed("<item><title>a</title><author>redaksi@contoh.example.id</author></item>"))
        assert feed.articles[0].authors == ()
        assert [(p.level, p.code) for p in feed.problems] == [("info", "AuthorWithoutName")]

    def test_categories_are_tags_and_the_section_category_is_the_section(self) -> None:
        """Every category is a tag, except one with domain="section", which is the section."""
        article = _article(
            "<title>a</title><category><![CDATA[Hukum]]></category>"
            '<category domain="section">Nasional</category><category>  </category><category>KPK</category>'
        )
        assert (article.section, article.tags) == ("Nasional", ("Hukum", "KPK"))

    def test_articles_take_the_channel_language(self) -> None:
        """An item has no language of its own in RSS: it is the channel's."""
        assert _article("<title>a</title>", channel="<language>en</language>").language == "en"


class TestLeadImage:
    @pytest.mark.parametrize(
        "source",
        [
            '<media:content url="https://x.example.id/a.jpg" medium="image"/>',
            '<media:group><media:content url="https://x.example.id/a.jpg" type="image/jpeg"/></media:group>',
            '<media:thumbnail url="https://x.example.id/a.jpg"/>',
            '<enclosure url="https://x.example.id/a.jpg" length="10240" type="image/jpg"/>',
            "<thumbnail>https://x.example.id/a.jpg</thumbnail>",
            '<description>&lt;img src="https://x.example.id/a.jpg"&gt;Banjir.</description>',
        ],
    )
    def test_lead_image_is_found_wherever_outlets_put_it(self, source: str) -> None:
        """media:content, media:thumbnail, an image enclosure, a custom thumbnail or the first <img>."""
        assert _article(f"<title>a</title>{source}").lead_image == "https://x.example.id/a.jpg"

    def test_relative_image_in_the_description_is_resolved_and_reported(self) -> None:
        """An <img src="/a.jpg"> is resolved against the item URL, with a ContainsRelRef warning."""
        feed = read_rss(
            _feed(
                "<item><title>a</title><link>https://x.example.id/b/1</link>"
                '<description>&lt;img src="/a.jpg"&gt;Banjir.</description></item>'
            )
        )
        assert feed.articles[0].lead_image == "https://x.example.id/a.jpg"
        assert [(p.code, p.element) for p in feed.problems] == [("ContainsRelRef", "description")]

    def test_media_content_wins_over_enclosure_and_description_image(self) -> None:
        """The explicit media image comes first; a non-image media file or enclosure is ignored."""
        article = _article(
            '<title>a</title><description>&lt;img src="https://x.example.id/c.jpg"&gt;</description>'
            '<enclosure url="https://x.example.id/b.mp3" length="1" type="audio/mpeg"/>'
            '<media:content url="https://x.example.id/v.mp4" medium="video"/>'
            '<enclosure url="https://x.example.id/b.jpg" length="1" type="image/jpeg"/>'
            '<media:content url="https://x.example.id/a.jpg" medium="image"/>'
        )
        assert article.lead_image == "https://x.example.id/a.jpg"

    def test_caption_and_credit_come_from_media_description_and_credit(self) -> None:
        """The lead image's media:description is its caption and media:credit its credit."""
        article = _article(
            '<title>a</title><media:content url="https://x.example.id/a.jpg" medium="image">'
            '<media:description type="html">Warga &lt;b&gt;mengungsi&lt;/b&gt;.</media:description>'
            '<media:credit role="photographer">ANTARA FOTO/Budi</media:credit></media:content>'
        )
        assert article.captions == (
            Caption(
                text="Warga mengungsi.", credit="ANTARA FOTO/Budi", image_url="https://x.example.id/a.jpg"
            ),
        )

    def test_credit_without_caption_is_noted(self) -> None:
        """A credit with no caption cannot make a Caption: an info Problem keeps it visible."""
        feed = read_rss(
            _feed(
                '<item><title>a</title><media:content url="https://x.example.id/a.jpg">'
                "<media:credit>ANTARA</media:credit></media:content></item>"
            )
        )
        assert feed.articles[0].captions == ()
        assert [(p.level, p.code, p.element) for p in feed.problems] == [
            ("info", "CreditWithoutCaption", "credit")
        ]

    def test_unusable_image_url_is_dropped_with_a_warning(self) -> None:
        """An image URL that is not http(s) is not a lead image; the reader says why."""
        feed = read_rss(
            _feed(
                '<item><title>a</title><media:content url="data:image/png;base64,AA" medium="image"/></item>'
            )
        )
        assert feed.articles[0].lead_image is None
        assert _codes(feed) == ["InvalidFullLink"]


class TestDocument:
    def test_white_space_before_the_declaration_is_tolerated_and_lines_kept(self) -> None:
        """A feed starting with a newline reads, with a warning; later problems keep their real lines."""
        data = ("\n" + _feed("<item><title>a</title>\n<pubDate>besok</pubDate></item>")).encode()
        feed = read_rss(data)
        assert [(p.code, p.line) for p in feed.problems] == [
            ("WhitespaceBeforeXmlDeclaration", 1), ("UnreadableDate", 8),
        ]  # fmt: skip

    def test_text_input_with_an_encoding_declaration_reads(self) -> None:
        """A str is already decoded: its declared encoding is ignored."""
        data = _feed("<item><title>Kota Tua</title></item>").replace("UTF-8", "iso-8859-1")
        assert read_rss(data).articles[0].title == "Kota Tua"

    def test_latin1_bytes_are_decoded_by_their_declaration(self) -> None:
        """Bytes in the declared ISO-8859-1 encoding are read correctly."""
        data = _feed("<item><title>Café Jakarta</title></item>").replace("UTF-8", "iso-8859-1")
        assert read_rss(data.encode("latin-1")).articles[0].title == "Café Jakarta"

    def test_an_empty_channel_is_a_feed_without_articles(self) -> None:
        """A channel without items is fine."""
        assert read_rss(_feed("")).articles == ()


class TestHtmlHelpers:
    @pytest.mark.parametrize(
        ("fragment", "expected"),
        [
            ("<p>Satu.</p><p>Dua.</p>", ["Satu.", "Dua."]),
            ("Satu<br>Dua<br/><br/>Tiga", ["Satu", "Dua", "Tiga"]),
            ("<ul><li>a</li><li>b</li></ul>", ["a", "b"]),
            ("<h2>Sub</h2>teks <a href='x'>tautan</a> lanjut", ["Sub", "teks tautan lanjut"]),
            ("<style>p{}</style><p>a<noscript>b</noscript></p>", ["a"]),
            ("<!-- komentar --><p>a</p>", ["a"]),
            ("Baris satu\n\nBaris dua", ["Baris satu", "Baris dua"]),
            ("   ", []),
            ("", []),
        ],
    )
    def test_html_paragraphs(self, fragment: str, expected: list[str]) -> None:
        """Blocks and <br> split paragraphs; scripts, styles and comments give no text."""
        assert html_paragraphs(fragment) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("BRI & Mandiri", False),
            ("3 < 5", False),
            ("a &amp; b", True),
            ("&#039;", True),
            ("<b>x", True),
            ("</p>", True),
        ],
    )
    def test_looks_like_html(self, text: str, expected: bool) -> None:
        """A tag or an entity reference makes text HTML to feed readers; a bare & or < does not."""
        assert looks_like_html(text) is expected

    @given(bks.texts())
    def test_escaped_text_reads_back_exactly(self, text: str) -> None:
        """html_to_text undoes html.escape for any normalised text."""
        assert html_to_text(html.escape(text, quote=False)) == text

    @given(st.text(max_size=200))
    def test_any_fragment_gives_normalised_paragraphs(self, fragment: str) -> None:
        """Whatever the fragment, paragraphs are non-empty, normalised, and parsing never raises."""
        for paragraph in html_paragraphs(fragment):
            assert paragraph
            assert paragraph == " ".join(paragraph.split())


class Measured(NamedTuple):
    """What one corpus feed holds, counted by hand."""

    name: str
    items: int
    dated: int
    with_authors: int
    with_image: int
    with_body: int
    with_tags: int
    problems: dict[str, int]


# Every feed there but the two re-serialised tempo.co ones starts with white space before its declaration.
CORPUS_FEEDS = [
    Measured("anpandu_antaranews_rss.xml", 20, 20, 0, 12, 0, 0, {"WhitespaceBeforeXmlDeclaration": 1}),
    Measured(
        "anpandu_detik_rss.xml", 20, 20, 0, 20, 0, 0,
        {"WhitespaceBeforeXmlDeclaration": 1, "FeedsportalRedirect": 20},
    ),
    Measured("anpandu_kapanlagi_rss.xml", 3, 3, 3, 3, 3, 3, {"WhitespaceBeforeXmlDeclaration": 1}),
    Measured(
        "anpandu_republika_rss.xml", 10, 10, 10, 0, 10, 10,
        {"WhitespaceBeforeXmlDeclaration": 1, "ImplausibleDate": 1},
    ),
    Measured("temporss_derived_free-cekfakta.xml", 9, 9, 0, 9, 0, 0, {}),
    Measured("temporss_derived_free-ekonomi.xml", 9, 9, 0, 9, 0, 0, {}),
]  # fmt: skip


class TestCorpus:
    @pytest.mark.parametrize("measured", CORPUS_FEEDS, ids=[row.name for row in CORPUS_FEEDS])
    def test_real_feed_reads_with_the_measured_counts(self, corpus: Path, measured: Measured) -> None:
        """Each real feed reads without an exception and gives exactly the counts measured by hand."""
        feed = read_rss((corpus / "rss" / measured.name).read_bytes())
        articles = feed.articles
        counted = Measured(
            name=measured.name,
            items=len(articles),
            dated=sum(a.published is not None for a in articles),
            with_authors=sum(bool(a.authors) for a in articles),
            with_image=sum(a.lead_image is not None for a in articles),
            with_body=sum(bool(a.body) for a in articles),
            with_tags=sum(bool(a.tags) for a in articles),
            problems=dict(Counter(_codes(feed))),
        )
        assert counted == measured

    @pytest.mark.parametrize("name", [row.name for row in CORPUS_FEEDS])
    def test_every_real_item_has_a_direct_article_url(self, corpus: Path, name: str) -> None:
        """Every item of every feed gets an absolute URL, and none is a dead feedsportal redirect."""
        feed = read_rss((corpus / "rss" / name).read_bytes())
        hosts = {urlsplit(article.url).hostname for article in feed.articles if article.url}
        assert all(article.url for article in feed.articles)
        assert not any(host.endswith("feedsportal.com") for host in hosts if host)

    def test_detik_redirects_decode_to_the_article_guids(self, corpus: Path) -> None:
        """Each decoded feedsportal link equals the real article URL detik put in the guid."""
        data = (corpus / "rss" / "anpandu_detik_rss.xml").read_bytes()
        feed = read_rss(data)
        guids = [line.split(">")[1].split("<")[0] for line in data.decode().split("<guid")[1:]]
        assert [article.url for article in feed.articles] == guids

    def test_gmt_dates_stay_in_utc(self, corpus: Path) -> None:
        """detik writes GMT: every date is kept at offset zero, not shifted to WIB by guess."""
        feed = read_rss((corpus / "rss" / "anpandu_detik_rss.xml").read_bytes())
        offsets = {article.published.utcoffset() for article in feed.articles if article.published}
        assert offsets == {dt.timedelta(0)}
