"""Hypothesis strategies for every beritakit model, for property tests in your own suite.

Needs the ``testing`` extra (``pip install beritakit[testing]``)::

    from hypothesis import given
    from beritakit import strategies as bks

    @given(bks.articles())
    def test_my_exporter_keeps_titles(article):
        assert my_export(article)["title"] == article.title

Every strategy yields valid, already-normalised values: ``Article(**attrs.asdict(a))`` is
``a`` again. Text mixes Indonesian words with the characters that break naive serializers
(Markdown punctuation, ``<``, ``&``, quotes, YAML indicators, emoji); datetimes carry
WIB, WITA, WIT and other offsets, to the second.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from beritakit._text import normalize_space
from beritakit.errors import MissingDependencyError
from beritakit.models import Article, Caption, Channel, Dateline, Quote, RelatedLink

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise MissingDependencyError(
        "beritakit.strategies needs Hypothesis: pip install 'beritakit[testing]'"
    ) from error

__all__ = [
    "articles",
    "captions",
    "channels",
    "datelines",
    "datetimes",
    "quotes",
    "related_links",
    "texts",
    "urls",
]

_T = TypeVar("_T")

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
WITA = dt.timezone(dt.timedelta(hours=8), "WITA")
WIT = dt.timezone(dt.timedelta(hours=9), "WIT")

_WORDS = (
    "Jakarta", "Palembang", "banjir", "rapat", "Presiden", "kata", "ujar", "Jumat", "Pebruari",
    "no", "yes", "null", "true", "Rp1,5", "triliun", "KOMPAS.com", "(ANTARA)", "—", "–", "-",
    "#viral", "[Video]", "*penting*", "_miring_", "`kode`", "<b>", "</script>", "&amp;", "&", "<",
    "“kutipan”", '"kata"', "'petik'", "Jumat: rapat", "1.", "+", ">", "|", "!", "\\", "~~", "{{x}}",
    "@akun", "javascript:alert(1)", "http://x", "💥", "Ṣ", "ñ", "İ", "ß", "]]>", "---", "===",
)  # fmt: skip


def texts(*, max_words: int = 12) -> st.SearchStrategy[str]:
    """Non-empty, whitespace-normalised text: Indonesian words and awkward characters."""
    word = st.one_of(
        st.sampled_from(_WORDS),
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=8),
    )
    return (
        st.lists(word, min_size=1, max_size=max_words)
        .map(lambda words: normalize_space(" ".join(words)))
        .filter(bool)
    )


def urls() -> st.SearchStrategy[str]:
    """Absolute http(s) URLs shaped like Indonesian news URLs."""
    host = st.sampled_from(
        ("www.kompas.com", "news.detik.com", "www.antaranews.com", "radarpalembang.disway.id", "example.id")
    )
    segment = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_.~%", min_size=1, max_size=12)
    path = st.lists(segment, max_size=4).map("/".join)
    query = st.one_of(st.just(""), segment.map(lambda s: f"?page={s}"))
    return st.builds(
        lambda scheme, h, p, q: f"{scheme}://{h}/{p}{q}",
        st.sampled_from(("http", "https")),
        host,
        path,
        query,
    )


def datetimes() -> st.SearchStrategy[dt.datetime]:
    """Aware datetimes to the second, in WIB, WITA, WIT, UTC and a few other offsets."""
    zones = st.sampled_from((WIB, WITA, WIT, dt.UTC, dt.timezone(dt.timedelta(hours=-3, minutes=-30))))
    return st.datetimes(
        min_value=dt.datetime(1990, 1, 1),  # noqa: DTZ001 - bounds for st.datetimes are naive by API
        max_value=dt.datetime(2099, 12, 31),  # noqa: DTZ001
        timezones=zones,
    ).map(lambda value: value.replace(microsecond=0))


def _optional(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[_T | None]:
    return st.one_of(st.none(), strategy)


def datelines() -> st.SearchStrategy[Dateline]:
    """Datelines with a place, a source, or both."""
    place = st.sampled_from(("JAKARTA", "Jakarta", "Mataram, NTB", "PALEMBANG", "Los Angeles"))
    source = st.sampled_from(("KOMPAS.com", "ANTARA", "RADARPALEMBANG.ID", "Liputan6.com"))
    return st.one_of(
        st.builds(Dateline, place=place, source=_optional(source)),
        st.builds(Dateline, source=source),
    )


def captions() -> st.SearchStrategy[Caption]:
    """Photo captions, some with a credit and an image URL."""
    return st.builds(Caption, text=texts(), credit=_optional(texts(max_words=3)), image_url=_optional(urls()))


def quotes(*, paragraphs: int = 0) -> st.SearchStrategy[Quote]:
    """Quotes whose ``paragraph`` (when set) points into a body of ``paragraphs`` paragraphs."""
    paragraph = _optional(st.integers(0, paragraphs - 1)) if paragraphs else st.none()
    return st.builds(
        Quote,
        text=texts(),
        speaker=_optional(texts(max_words=3)),
        verb=_optional(st.sampled_from(("kata", "ujar", "ujarnya", "jelasnya", "tegas"))),
        paragraph=paragraph,
    )


def related_links() -> st.SearchStrategy[RelatedLink]:
    """Related links, inline and in lists, some without a URL."""
    return st.builds(
        RelatedLink,
        title=texts(max_words=8),
        url=_optional(urls()),
        placement=st.sampled_from(("inline", "list")),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Complete, valid articles: every field exercised, quotes pointing into the body."""
    words = texts(max_words=3)
    body = draw(st.lists(texts(max_words=30), max_size=6))
    return Article(
        title=draw(texts()),
        url=draw(_optional(urls())),
        subtitle=draw(_optional(texts())),
        description=draw(_optional(texts(max_words=20))),
        published=draw(_optional(datetimes())),
        updated=draw(_optional(datetimes())),
        authors=draw(st.lists(words, max_size=3)),
        editors=draw(st.lists(words, max_size=2)),
        site_name=draw(_optional(words)),
        section=draw(_optional(words)),
        tags=draw(st.lists(words, max_size=4)),
        language=draw(st.sampled_from(("id", "id-ID", "en", "jv"))),
        dateline=draw(_optional(datelines())),
        body=body,
        captions=draw(st.lists(captions(), max_size=3)),
        quotes=draw(st.lists(quotes(paragraphs=len(body)), max_size=3)),
        related=draw(st.lists(related_links(), max_size=3)),
        lead_image=draw(_optional(urls())),
        next_page=draw(_optional(urls())),
    )


def channels() -> st.SearchStrategy[Channel]:
    """RSS channels complete enough to write (title, link and description)."""
    return st.builds(
        Channel,
        title=texts(),
        link=urls(),
        description=texts(max_words=20),
        language=st.sampled_from(("id", "id-ID")),
        self_url=_optional(urls()),
        image_url=_optional(urls()),
        copyright=_optional(texts(max_words=5)),
        updated=_optional(datetimes()),
        ttl=_optional(st.integers(1, 1440)),
    )
