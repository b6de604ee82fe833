"""Named vocabularies: the class/id tokens and heading words the generic extractor recognises.

Each vocabulary is a tuple of regular-expression fragments, matched case-insensitively against an
element's ``class`` and ``id`` (:func:`class_pattern`) or against a heading's whole text. Site rules
import these instead of re-inventing them. :func:`alternation` refuses an empty group, which would
otherwise match every element. Vocabularies searched anywhere in a text are :class:`CaseBlindPattern`
objects, which answer ASCII text several times faster than a case-blind regular expression.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from collections.abc import Iterator

    from beritakit.parsing.document import Element

__all__ = [
    "BYLINE_LABEL",
    "BYLINE_TOKENS",
    "CAPTION_TOKENS",
    "CONTENT_TOKENS",
    "CREDIT_TOKENS",
    "DATE_TOKENS",
    "HEADLINE_WORDS",
    "INLINE_TAGS",
    "LISTING_TOKENS",
    "NAVIGATION_LINK",
    "NAVIGATION_TOKENS",
    "NEXT_PAGE_TEXT",
    "NOISE_TOKENS",
    "PHOTO_TOKENS",
    "RELATED_HEADING",
    "RELATED_TOKENS",
    "SITE_WIDE_HEADING",
    "SKIPPED_TAGS",
    "TAG_TOKENS",
    "TAG_URL",
    "CaseBlindPattern",
    "alternation",
    "class_pattern",
    "identity",
    "is_tag_url",
    "require_lower_case",
]


def alternation(tokens: tuple[str, ...]) -> str:
    """Join regex fragments into one alternation; an empty group would match everything."""
    if not tokens:  # not an assert: must hold under python -O
        raise ValueError("an empty token group would match every element")
    return "|".join(f"(?:{token})" for token in tokens)


class CaseBlindPattern:
    """A regular expression matched regardless of case, several times faster on ASCII text.

    A case-blind search costs several times a case-sensitive one. On ASCII text both agree when the
    pattern, written in lower case (a capital raises ValueError), is searched in the lower-cased
    text, which keeps every offset; other text keeps the case-blind pattern, whose Unicode folding
    (``"ſ"`` is ``"s"``, the Kelvin sign ``"K"`` is ``"k"``, ``"İ"`` and ``"ı"`` are ``"i"``)
    lower-casing does not reproduce. Matches found on ASCII text are of the lower-cased text.

    >>> bool(CaseBlindPattern(r"terkait").search("Berita TERKAIT"))
    True
    """

    __slots__ = ("_blind", "_lower", "pattern")

    def __init__(self, pattern: str) -> None:
        require_lower_case(pattern)
        self.pattern: Final = pattern
        self._lower: Final = re.compile(pattern)
        self._blind: Final = re.compile(pattern, re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match anywhere in ``text``, as :meth:`re.Pattern.search` finds it case-blind."""
        if text.isascii():
            return self._lower.search(text.lower())
        return self._blind.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in ``text``, as :meth:`re.Pattern.finditer` finds them case-blind."""
        if text.isascii():
            return self._lower.finditer(text.lower())
        return self._blind.finditer(text)

    def __repr__(self) -> str:
        return f"CaseBlindPattern({self.pattern!r})"


def require_lower_case(pattern: str) -> None:
    """Refuse a case-blind pattern with a capital letter (escapes such as ``\\W``, named groups and
    inline flags aside): searched in lower-cased text, it would silently never match there.

    Raises:
        ValueError: the pattern holds an upper-case letter.
    """
    letters = re.sub(r"\\.|\(\?P|\(\?[a-zA-Z]+[):]", "", pattern)
    if letters != letters.lower():
        raise ValueError(f"write a case-blind pattern in lower case: {pattern!r}")


def class_pattern(tokens: tuple[str, ...]) -> CaseBlindPattern:
    """A pattern finding any of ``tokens`` at the start of a word of a class/id string."""
    return CaseBlindPattern(rf"(?<![a-z])(?:{alternation(tokens)})")


def identity(element: Element) -> str:
    """The element's ``class`` and ``id`` as one lower-case string (``""`` when it has neither)."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


# --------------------------------------------------------------------------- class/id tokens

CONTENT_TOKENS: Final = (
    r"article", r"artikel", r"content", r"konten", r"detail", r"body", r"text", r"isi(?![a-z])",
    r"entry", r"post", r"story", r"berita", r"read", r"news", r"main",
)  # fmt: skip
"""Containers that usually hold the article text (raise a candidate's score)."""

NAVIGATION_TOKENS: Final = (
    r"comment", r"komentar", r"sidebar", r"side(?![a-z])", r"foot", r"nav", r"menu", r"header",
    r"masthead", r"related", r"terkait", r"popular", r"populer", r"widget", r"ads?(?![a-z])",
    r"iklan", r"banner", r"share", r"social", r"sosmed", r"breadcrumb", r"promo", r"recommend",
    r"rekomendasi", r"trending", r"login", r"subscribe", r"newsletter", r"tags?(?![a-z])",
    r"topik", r"paging", r"pagination", r"copyright", r"disclaimer", r"rating", r"indeks",
)  # fmt: skip
"""Blocks that are site furniture rather than article text (lower a candidate's score)."""

NOISE_TOKENS: Final = (
    r"ads?(?![a-z])", r"adsbygoogle", r"advert", r"iklan", r"banner", r"sponsor", r"share",
    r"social", r"sosmed", r"comment", r"komentar", r"newsletter", r"subscribe", r"breadcrumb",
    r"rating", r"reaction", r"print(?![a-z])", r"font-?size", r"bookmark", r"follow",
    r"tags?(?![a-z])", r"tagging", r"topik", r"paging", r"pagination", r"twitter-tweet",
    r"instagram-media", r"tiktok-embed", r"embed(?![a-z])",
)  # fmt: skip
"""Blocks skipped when reading an article container: ads, share bars, comments, tag lists, and
social-media embeds (a quoted tweet is the tweet's text, not the story's)."""

RELATED_TOKENS: Final = (
    r"[a-z]*related", r"[a-z]*terkait", r"baca-?_?juga", r"bacajuga", r"rekomendasi", r"recommend",
    r"lihat-?_?juga", r"also-?_?read", r"read-?_?also", r"more-?_?link",
)  # fmt: skip
"""Blocks of links to other articles tied to this one ("Berita Terkait", "Baca Juga")."""

TAG_TOKENS: Final = (
    r"tags?(?![a-z])", r"tagging", r"topik", r"topics?(?![a-z])", r"keywords?(?![a-z])",
    r"hashtags?",
)  # fmt: skip
"""Containers of the article's topic tags."""

CAPTION_TOKENS: Final = (
    r"caption", r"keterangan", r"ket-?_?foto", r"photo-?_?desc", r"photodesc", r"foto-?_?desc",
    r"img-?_?desc", r"image-?_?desc", r"figcaption", r"desc-?_?foto",
)  # fmt: skip
"""Photo captions."""

CREDIT_TOKENS: Final = (
    r"credit", r"copyright", r"author", r"photographer", r"fotografer", r"sumber-?foto",
)  # fmt: skip
"""Photo credits printed apart from their caption."""

PHOTO_TOKENS: Final = (r"photo", r"foto", r"pic", r"[a-z]*img", r"image", r"gambar", r"figure")
"""Blocks that wrap one article photo and, often, its caption."""

LISTING_TOKENS: Final = (
    r"[a-z]*related", r"[a-z]*terkait", r"popular", r"populer", r"sidebar", r"widget", r"menu",
    r"nav(?![a-z])", r"navbar", r"footer", r"trending", r"rekomendasi", r"recommend", r"indeks",
    r"headline-?list", r"thumb",
)  # fmt: skip
"""Lists of other articles, whose thumbnails and titles are not this article's."""

BYLINE_TOKENS: Final = (
    r"[a-z]*author", r"byline", r"[a-z]*penulis", r"[a-z]*reporter", r"writer", r"[a-z]*editor",
    r"redaktur", r"jurnalis", r"wartawan", r"kontributor", r"contributor",
)  # fmt: skip
"""Elements that credit the writer or the editor."""

DATE_TOKENS: Final = (
    r"date", r"time(?!line)", r"tanggal", r"tgl", r"waktu", r"publish", r"schedule", r"posted",
    r"jam(?![a-z])",
)  # fmt: skip
"""Elements that show the publication date."""

HEADLINE_WORDS: Final = ("title", "judul", "jdl", "headline")
"""Class substrings of the element holding the headline when no ``<h1>``-``<h3>`` does."""

# --------------------------------------------------------------------------- tags and text

SKIPPED_TAGS: Final = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "form", "button", "select", "option", "input", "textarea", "video", "audio", "map", "nav",
    "figure", "figcaption", "img", "picture", "aside", "head", "title", "meta", "link",
})  # fmt: skip
"""Elements whose content is never article text."""

INLINE_TAGS: Final = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
})  # fmt: skip
"""Elements that continue the current paragraph instead of starting a new one."""

CELL_TAGS: Final = frozenset({"td", "th"})
"""Table cells: the cells of one row are read as one line ("Penulis | : Budi" → "Penulis : Budi")."""

RELATED_HEADING: Final = re.compile(
    r"^(?:.{0,60}:\s*)?(?:(?:berita|artikel|foto|video|foto\s*(?:&|dan)?\s*video|link)\s+)?"
    r"terkait\s*:?$"
    r"|^(?:baca|lihat|simak)\s+(?:juga|pula)\b.{0,3}$"
    r"|^(?:berita\s+)?rekomendasi(?:\s+berita)?\s*:?$"
    r"|^jangan\s+lewatkan\W*$"
    r"|^related(?:\s+(?:news|articles?|posts?|stories))?\s*:?$"
    r"|^(?:you\s+may\s+also\s+like|read\s+also|also\s+read)\W*$",
    re.IGNORECASE,
)
"""Headings that open a block of related links ("Berita Terkait", "Baca Juga", "Jangan Lewatkan")."""

SITE_WIDE_HEADING: Final = CaseBlindPattern(
    r"popul|terkini|terbaru|terhangat|trending|pilihan|headline|utama|latest|most\s|menarik"
    r"|komentar|indeks|index|rubrik|kanal|opini|video\s+pilihan|editor"
)
"""Headings of site-wide lists, never tied to the article ("Terpopuler", "Berita Terkini")."""

BYLINE_LABEL: Final = re.compile(
    r"^(?:pewarta|penulis|reporter|editor|redaktur|penyunting|fotografer|jurnalis|kontributor"
    r"|wartawan|red|oleh|sumber|laporan\s+wartawan[^:]*|by)\s*:",
    re.IGNORECASE,
)
"""A line that credits people ("Pewarta: …", "Editor: …"), not article text."""

TAG_URL: Final = re.compile(
    r"/(?:tags?|topik|topic|topics|label|keyword|hashtag|hot_topic|tag-populer)(?:/|\.|$|\?)",
    re.IGNORECASE,
)
"""Paths under a tag or topic index (see :func:`is_tag_url`)."""

_MAX_TAG_SLUG_WORDS = 5  # a tag page ends in a short slug; an article in a long headline slug
# Every TAG_URL path holds one of these words ("hashtag" and "hot_topic" hold "tag" and "topi").
_TAG_WORDS: Final = ("tag", "topi", "label", "keyword")


def is_tag_url(url: str | None) -> bool:
    """Whether ``url`` is a tag or topic index page (``/tag/banjir``), not an article.

    >>> is_tag_url("https://contoh.id/tag/banjir-jakarta"), is_tag_url("https://contoh.id/read/123/banjir")
    (True, False)
    """
    if not url or _plainly_no_tag_url(url):
        return False
    try:
        path = urlsplit(url).path
    except ValueError:  # a broken IPv6 host: no page at all, so no tag page
        return False
    if TAG_URL.search(path) is None:
        return False
    slug = path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return len(re.split(r"[-_+]", slug)) <= _MAX_TAG_SLUG_WORDS


def _plainly_no_tag_url(url: str) -> bool:
    """Whether ``url`` holds no tag word, read without splitting it (urlsplit costs far more).

    Only for a URL that urlsplit takes as written: ASCII (a case-blind search folds other
    letters) and printable (it drops tabs and newlines, which could join a word).
    """
    if not (url.isascii() and url.isprintable()):
        return False
    lowered = url.lower()
    return not any(word in lowered for word in _TAG_WORDS)


NAVIGATION_LINK: Final = re.compile(
    r"^(?:lihat|tampilkan|baca)\s+(?:semua|selengkapnya|lainnya|lebih\s+banyak)\b|^(?:load|show|read|view)\s+"
    r"(?:more|all)\b|^(?:selengkapnya|indeks|index|more|lainnya|berikutnya|sebelumnya)\W*$",
    re.IGNORECASE,
)
"""Link texts of list furniture ("Lihat Semua", "Load More…", "Indeks"), never an article title."""

NEXT_PAGE_TEXT: Final = re.compile(
    r"^(?:halaman\s+)?(?:selanjutnya|berikutnya|next|lanjut)\b|^(?:›|»|>|\s)+$",
    re.IGNORECASE,
)
"""Link texts that lead to the article's next page."""
