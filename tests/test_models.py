"""The models normalise what they are given and refuse, by field name, what they cannot hold."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from beritakit import (
    Article,
    Caption,
    Channel,
    Dateline,
    Feed,
    Problem,
    Quote,
    RelatedLink,
    ValidationError,
    models,
)
from beritakit import strategies as bks
from beritakit._text import normalize_space

WIB = dt.timezone(dt.timedelta(hours=7))


class TestArticle:
    def test_title_is_the_only_required_field(self) -> None:
        """An article needs a title and nothing else; the language defaults to Indonesian."""
        article = Article(title="Banjir di Jakarta")
        assert article.body == ()
        assert article.language == "id"

    def test_text_is_whitespace_normalised(self) -> None:
        """Runs of white space, NBSP and zero-width characters collapse to single spaces."""
        article = Article(title="  Banjir\u00a0di \n Jakarta\u200b ", authors=[" Budi  Santoso "])
        assert article.title == "Banjir di Jakarta"
        assert article.authors == ("Budi Santoso",)

    def test_xml_illegal_characters_are_stripped(self) -> None:
        """Control characters that XML 1.0 cannot carry never reach a model."""
        assert Article(title="Ban\x00jir\x0b \ufffe").title == "Banjir"

    def test_sequences_become_tuples(self) -> None:
        """Lists given for sequence fields are stored as tuples, so articles are hashable."""
        article = Article(title="t", tags=["a", "b"], body=["p"], captions=[Caption(text="c")])
        assert article.tags == ("a", "b")
        assert isinstance(article.captions, tuple)
        assert hash(article) == hash(attrs.evolve(article))

    def test_empty_optional_text_becomes_none(self) -> None:
        """An optional text field given only white space holds nothing, not an empty string."""
        assert Article(title="t", subtitle="  ").subtitle is None

    @pytest.mark.parametrize(
        ("fields", "field_name"),
        [
            ({"title": ""}, "Article.title"),
            ({"title": "   "}, "Article.title"),
            ({"title": 7}, "Article.title"),
            ({"title": "t", "published": dt.datetime(2026, 2, 6, 14, 30)}, "Article.published"),  # noqa: DTZ001
            ({"title": "t", "updated": "2026-02-06"}, "Article.updated"),
            ({"title": "t", "url": "ftp://example.id/a"}, "Article.url"),
            ({"title": "t", "url": "/berita/1"}, "Article.url"),
            ({"title": "t", "url": "javascript:alert(1)"}, "Article.url"),
            ({"title": "t", "lead_image": "https://x.id/a b.jpg"}, "Article.lead_image"),
            ({"title": "t", "authors": "Budi"}, "Article.authors"),
            ({"title": "t", "authors": {"Budi": 1}}, "Article.authors"),
            ({"title": "t", "subtitle": 0}, "Article.subtitle"),
            ({"title": "t", "subtitle": []}, "Article.subtitle"),
            ({"title": "t", "body": ["a", " "]}, "Article.body[1]"),
            ({"title": "t", "tags": ["ok", None]}, "Article.tags[1]"),
            ({"title": "t", "captions": ["foto"]}, "Article.captions[0]"),
            ({"title": "t", "language": "bahasa indonesia"}, "Article.language"),
            ({"title": "t", "dateline": "JAKARTA"}, "Article.dateline"),
            ({"title": "t", "quotes": [Quote(text="q", paragraph=0)]}, "Article.quotes[0].paragraph"),
        ],
    )
    def test_invalid_values_name_the_field(self, fields: dict[str, object], field_name: str) -> None:
        """Each invalid value raises ValidationError (a ValueError) whose field names the culprit."""
        with pytest.raises(ValidationError) as caught:
            Article(**fields)  # type: ignore[arg-type]
        assert caught.value.field == field_name
        assert str(caught.value).startswith(field_name + ": ")
        assert isinstance(caught.value, ValueError)

    def test_datetimes_keep_their_offset_as_a_fixed_zone(self) -> None:
        """Any aware tzinfo is stored as its fixed offset at that instant, e.g. WIB as +07:00."""
        zoneinfo = pytest.importorskip("zoneinfo")
        jakarta = dt.datetime(2026, 2, 6, 14, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Jakarta"))
        article = Article(title="t", published=jakarta)
        assert article.published == jakarta
        assert article.published is not None
        assert article.published.tzinfo == dt.timezone(dt.timedelta(hours=7))

    def test_models_are_frozen(self) -> None:
        """Articles cannot be changed in place; attrs.evolve makes a changed copy."""
        article = Article(title="t")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.title = "u"  # type: ignore[misc]
        assert attrs.evolve(article, title="u").title == "u"

    def test_positional_arguments_are_refused(self) -> None:
        """Every model is keyword-only, so field order is never part of the API."""
        with pytest.raises(TypeError):
            Article("t")  # type: ignore[misc]

    @given(bks.articles())
    def test_generated_articles_rebuild_to_themselves(self, article: Article) -> None:
        """Re-validating a valid article changes nothing: normalisation is idempotent."""
        assert attrs.evolve(article) == article


class TestParts:
    def test_dateline_needs_a_place_or_a_source(self) -> None:
        """A dateline with neither place nor source is refused."""
        assert Dateline(source="KOMPAS.com").place is None
        with pytest.raises(ValidationError, match="Dateline"):
            Dateline()

    def test_caption_requires_text(self) -> None:
        """A caption without text is refused; its credit and image are optional."""
        assert Caption(text="Banjir", credit="ANTARA FOTO/X").image_url is None
        with pytest.raises(ValidationError, match=r"Caption\.text"):
            Caption(text="")

    def test_quote_paragraph_must_be_a_non_negative_index(self) -> None:
        """A quote's paragraph is an index, so negative numbers and booleans are refused."""
        for bad in (-1, True, "1"):
            with pytest.raises(ValidationError, match=r"Quote\.paragraph"):
                Quote(text="q", paragraph=bad)  # type: ignore[arg-type]

    def test_related_link_placement_is_inline_or_list(self) -> None:
        """Placement is one of the two documented values."""
        assert RelatedLink(title="x", placement="inline").placement == "inline"
        with pytest.raises(ValidationError, match=r"RelatedLink\.placement"):
            RelatedLink(title="x", placement="sidebar")  # type: ignore[arg-type]

    def test_channel_and_feed(self) -> None:
        """A channel needs only a title; a feed holds a channel, articles and problems."""
        channel = Channel(title="Berita", link="https://example.id/")
        problem = Problem(level="warning", code="MissingGuid", message="item should contain a guid", line=3)
        feed = Feed(channel=channel, articles=[Article(title="t")], problems=[problem])
        assert feed.articles[0].title == "t"
        assert str(problem) == "line 3: warning MissingGuid: item should contain a guid"
        with pytest.raises(ValidationError, match=r"Problem\.level"):
            Problem(level="fatal", code="x", message="y")  # type: ignore[arg-type]


@given(bks.texts())
def test_normalize_space_is_idempotent(text: str) -> None:
    """Normalising twice gives the same text as normalising once."""
    assert normalize_space(normalize_space(text)) == normalize_space(text)


class TestUrlCheck:
    @given(st.from_regex(models._PLAIN_URL, fullmatch=True))
    def test_plain_urls_pass_the_full_check_too(self, url: str) -> None:
        """The shortcut for plain http(s) URLs accepts only what splitting the URL would accept."""
        assert models._split_url_problem(url) is None

    @pytest.mark.parametrize(
        ("url", "valid"),
        [
            ("HTTPS://Contoh.ID:8080/a?b#c", True),
            ("http://[::1]/berita", True),
            ("https://contoh.id/a b", False),
            ("https:///berita", False),
            ("mailto:redaksi@contoh.id", False),
        ],
    )
    def test_urls_are_judged_with_or_without_the_shortcut(self, url: str, *, valid: bool) -> None:
        """Plain and unusual URLs alike get the verdict of a full check."""
        assert (models._check_url(url) is None) is valid
