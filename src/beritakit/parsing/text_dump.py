"""Articles from plain-text dumps of news pages (copied text, ``lynx -dump``, saved reader views).

Once the HTML is gone a page reads as a column of lines (see the Disway dump in the corpus,
field guide §0): ad-banner lines first (``BANNER BSB``), the headline (often printed twice),
a photo caption with its credit, the lead paragraph with its dateline, the story with
``BACA JUGA:`` lines between paragraphs, then trailer headings (``Sumber:``, ``Berita Terkait``).
:func:`parse_text` sorts those lines with the text analysers of this package. Dates printed in
the text are events of the story, so only a labelled one (``Diterbitkan: ...``) is the
publish date.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final

from beritakit._text import normalize_space
from beritakit.dates import WIB, parse_date
from beritakit.errors import ParseError
from beritakit.models import Article, Caption, RelatedLink
from beritakit.parsing.boilerplate import is_boilerplate, is_trailer_heading, related_title
from beritakit.parsing.bylines import parse_byline
from beritakit.parsing.credits import split_credit
from beritakit.parsing.datelines import find_dateline
from beritakit.parsing.quotes import extract_quotes

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["parse_text"]

_BANNER: Final = re.compile(r"(?i)^(?:banner|iklan|advertisement|ads|sponsor(?:ed)?|promo)\b")
_BREADCRUMB: Final = re.compile(r"\s(?:>|»|›|/)\s")
_LABELLED_DATE: Final = re.compile(
    r"(?i)^(?:tanggal|diterbitkan|dipublikasikan|terbit|published|diposting|dirilis|tayang)\s*:?\s*(?P<date>.+)$"
)
_BYLINE_START: Final = re.compile(
    r"(?i)^(?:penulis|reporter|pewarta|wartawan|jurnalis|kontributor|editor|penyunting|redaktur|oleh|by|"
    r"laporan\s+(?:wartawan|reporter|kontributor|jurnalis))\b"
)
_LIST_HEADING: Final = re.compile(r"(?i)^(?:berita|artikel)\s+(?:terkait|lainnya|rekomendasi)\s*:?$")
# A headline is one short line of words, not a sentence ending in a full stop.
_MAX_HEADLINE_WORDS: Final = 30
_MIN_HEADLINE_WORDS: Final = 3
_MAX_LABEL_LINES: Final = 3
_MAX_HEADLINE_CHARS: Final = 250
_MAX_BYLINE_WORDS: Final = 16
# Lines between the headline and a dateline lead are captions, bylines and dates; past this many
# lines without a dateline the story has none, and starts right after the headline's furniture.
_MAX_PRELUDE_LINES: Final = 8
_MAX_LINK_TITLE_WORDS: Final = 30
# Text with more unreadable characters than this is binary, not a page dump.
_MAX_JUNK_SHARE: Final = 0.01
_JUNK: Final = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def parse_text(text: str, *, url: str | None = None) -> Article:
    """The article in a plain-text dump of a news page.

    Ad banners before the headline are skipped, a repeated headline is read once, a caption line
    with a credit before the lead becomes a :class:`~beritakit.Caption`, ``Baca juga`` lines become
    inline :class:`~beritakit.RelatedLink` s (titles under a closing ``Berita Terkait`` heading
    become ``"list"`` links), ``Penulis:``/``Editor:`` lines fill the authors and editors, and
    empty trailer headings and other page furniture are dropped. The dateline and quotes are read
    from the body.

    Raises:
        ParseError: the text is empty, is binary data, or has no line that reads as a headline.
    """
    lines = _lines(text)
    start = next(
        (i for i, line in enumerate(lines) if not _BANNER.match(line) and not is_boilerplate(line)), None
    )
    if start is None:
        raise ParseError("the text holds only banners and page furniture, no headline")
    candidates = list(
        itertools.islice((i for i in range(start, len(lines)) if _is_headline(lines[i])), _MAX_LABEL_LINES)
    )
    # A one- or two-word line above the headline is a section label ("METROPOLIS", "Ekonomi Bisnis").
    headline = next(
        (i for i in candidates if len(lines[i].split()) >= _MIN_HEADLINE_WORDS),
        candidates[0] if candidates else None,
    )
    if headline is None:
        raise ParseError(
            f"no headline-like line (a short line of words) in the text, first line {lines[0]!r}"
        )
    title = lines[headline]
    rest = lines[headline + 1 :]
    while rest and rest[0].casefold() == title.casefold():  # the headline printed twice
        rest = rest[1:]
    article = _Parts(title=title, url=url)
    article.read(rest)
    return article.build()


def _lines(text: str) -> list[str]:
    if not isinstance(text, str):
        raise ParseError(f"parse_text expects text (str), got {type(text).__name__}; decode bytes first")
    if "\x00" in text or len(_JUNK.findall(text)) > _MAX_JUNK_SHARE * max(len(text), 1):
        raise ParseError("the text looks like binary data (control characters or undecodable bytes)")
    lines = [line for line in (normalize_space(raw) for raw in text.splitlines()) if line]
    if not lines:
        raise ParseError("the text is empty")
    return lines


def _is_headline(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADLINE_WORDS
        and len(line) <= _MAX_HEADLINE_CHARS
        and not line.endswith(".")
        and any(character.isalpha() for character in line)
        and not _BREADCRUMB.search(line)
        and not _BANNER.match(line)
        and not is_boilerplate(line)
        and find_dateline(line) is None
        and parse_date(line, default_tz=WIB) is None
    )


class _Parts:
    """The article's fields as the lines after the headline fill them."""

    def __init__(self, *, title: str, url: str | None) -> None:
        self.title = title
        self.url = url
        self.subtitle: str | None = None
        self.published: dt.datetime | None = None
        self.authors: list[str] = []
        self.editors: list[str] = []
        self.body: list[str] = []
        self.captions: list[Caption] = []
        self.related: list[RelatedLink] = []

    def read(self, lines: list[str]) -> None:
        lead = next((i for i, line in enumerate(lines[:_MAX_PRELUDE_LINES]) if find_dateline(line)), None)
        if lead is not None:  # everything above a dateline lead is captions, bylines, dates, deck
            for line in lines[:lead]:
                self._prelude(line, before_dateline=True)
            self._story(lines[lead:])
            return
        start = 0
        while start < len(lines) and self._prelude(lines[start], before_dateline=False):
            start += 1
        self._story(lines[start:])

    def _prelude(self, line: str, *, before_dateline: bool) -> bool:
        """Read one line between headline and lead; False when it is the story already."""
        if self._meta(line) or _BANNER.match(line) or is_boilerplate(line):
            return True
        if parse_date(line, default_tz=WIB) is not None:  # an unlabelled date: not the publish date
            return True
        caption, credit = split_credit(line)
        if credit is not None:
            if caption:
                self.captions.append(Caption(text=caption, credit=credit))
            return True
        if before_dateline:  # a line under the headline that is neither caption nor lead: the deck
            if self.subtitle is None:
                self.subtitle = line
            return True
        return False

    def _story(self, lines: list[str]) -> None:
        listing = False
        pending_link = False
        for line in lines:
            title = related_title(line)
            if pending_link and title is None:
                self.related.append(RelatedLink(title=line, placement="inline"))
                pending_link = False
            elif title is not None:
                pending_link = not title
                if title:
                    self.related.append(RelatedLink(title=title, placement="inline"))
            elif _LIST_HEADING.match(line):
                listing = True
            elif is_trailer_heading(line) or self._meta(line) or is_boilerplate(line):
                continue
            elif listing and _is_link_title(line):
                self.related.append(RelatedLink(title=line, placement="list"))
            else:
                listing = False
                self.body.append(line)

    def _meta(self, line: str) -> bool:
        """Bylines and labelled publish dates: read into their fields, never body text."""
        if len(line.split()) <= _MAX_BYLINE_WORDS and _BYLINE_START.match(line):
            byline = parse_byline(line)
            if byline.authors or byline.editors:
                self.authors.extend(name for name in byline.authors if name not in self.authors)
                self.editors.extend(name for name in byline.editors if name not in self.editors)
                return True
        labelled = _LABELLED_DATE.match(line)
        if labelled is not None:
            published = parse_date(labelled["date"])
            if published is not None:
                self.published = self.published or published
                return True
        return False

    def build(self) -> Article:
        dateline = find_dateline(self.body[0]) if self.body else None
        return Article(
            title=self.title,
            url=self.url,
            subtitle=self.subtitle,
            published=self.published,
            authors=self.authors,
            editors=self.editors,
            dateline=dateline[0] if dateline else None,
            body=self.body,
            captions=self.captions,
            quotes=extract_quotes(self.body),
            related=self.related,
        )


def _is_link_title(line: str) -> bool:
    return len(line.split()) <= _MAX_LINK_TITLE_WORDS and not line.endswith(".")
