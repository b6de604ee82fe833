"""Article → Markdown: YAML front matter for static site generators, then a readable page.

The page is safe to render whatever the article says. Article text is escaped so that it can
never open a CommonMark construct (heading, list, block quote, code, table, link, image,
autolink, raw HTML, emphasis, hard line break), and a URL becomes a link only when it is an
absolute http(s) URL. Front-matter values are JSON-quoted scalars, which every YAML loader
reads back exactly (``no``, ``Jumat: rapat``, ``[Video] Banjir``, ``#viral`` stay strings).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from urllib.parse import urlsplit

from beritakit._text import normalize_space
from beritakit.models import Article, Caption, Dateline, Placement, RelatedLink

__all__ = ["to_markdown"]

_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
_ZONES = {dt.timedelta(hours=7): "WIB", dt.timedelta(hours=8): "WITA", dt.timedelta(hours=9): "WIT"}

# --------------------------------------------------------------------------- text escaping
# CommonMark lets any ASCII punctuation character be backslash-escaped, so escaping all of it is
# always safe. Escaping all of it is also unreadable in Indonesian ("anak\-anak", "KOMPAS\.com\,"),
# so the marks of plain prose stay bare where CommonMark never reads them: anywhere but at the
# start of a line ("1.", "-", "(a)"), and every text we write starts a line or follows our own
# prefix. The first word is therefore escaped in full, the rest keeps its prose marks.
_PROSE_MARKS = frozenset("!\"%'(),-./:;?@")
_ESCAPE_ALL = str.maketrans({mark: "\\" + mark for mark in string.punctuation})
_ESCAPE_SYNTAX = str.maketrans({mark: "\\" + mark for mark in string.punctuation if mark not in _PROSE_MARKS})


def _escape(text: str) -> str:
    """Text as Markdown that renders to exactly ``text`` and nothing else.

    White space is normalised again (the models already do it) because a line break or leading
    indentation would let the text start a block of its own.
    """
    first, space, rest = normalize_space(text).partition(" ")
    return first.translate(_ESCAPE_ALL) + space + rest.translate(_ESCAPE_SYNTAX)


# --------------------------------------------------------------------------- URLs
_URL_EDGE = "".join(map(chr, range(0x21)))  # C0 controls and space: browsers trim them from URLs
_URL_TAB_OR_NEWLINE = re.compile("[\t\n\r]")  # ...and drop these anywhere ("java\tscript:")
_URL_PERCENT_ENCODED = re.compile(r"[\x00-\x20\x7f<>()]")


def _clean_url(url: str) -> str:
    return _URL_TAB_OR_NEWLINE.sub("", url.strip(_URL_EDGE))


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return False
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def _link_destination(url: str | None) -> str | None:
    """The ``<…>`` link destination for an absolute http(s) URL, or ``None`` when it must stay text.

    The URL is first cleaned the way browsers clean it, so the scheme checked is the scheme
    followed. ``&`` and ``\\`` are then backslash-escaped: Markdown would otherwise decode
    character references in a destination (``&#106;avascript:``), and the renderer must see
    exactly the URL that was checked. ``<``, ``>``, parentheses, spaces and controls are
    percent-encoded.
    """
    if url is None:
        return None
    cleaned = _clean_url(url)
    if not _is_web_url(cleaned):
        return None
    encoded = _URL_PERCENT_ENCODED.sub(lambda match: f"%{ord(match[0]):02X}", cleaned)
    return "<" + encoded.replace("\\", "\\\\").replace("&", "\\&") + ">"


def _link(text: str, url: str | None) -> str:
    destination = _link_destination(url)
    return f"[{_escape(text)}]({destination})" if destination else _escape(text)


# --------------------------------------------------------------------------- dates


def _whole_minutes(value: dt.datetime) -> dt.datetime:
    # RFC 3339 offsets are whole minutes; a historical offset such as Jakarta's LMT (+07:07:12)
    # is written in UTC instead, the same instant.
    offset = value.utcoffset()
    if offset is None or offset % dt.timedelta(minutes=1):
        return value.astimezone(dt.UTC)
    return value


def _rfc3339(value: dt.datetime) -> str:
    return _whole_minutes(value).isoformat()


def _offset_name(offset: dt.timedelta) -> str:
    if zone := _ZONES.get(offset):
        return zone
    sign = "-" if offset < dt.timedelta(0) else "+"
    hours, minutes = divmod(abs(offset) // dt.timedelta(minutes=1), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def _indonesian_datetime(value: dt.datetime) -> str:
    """``Jumat, 6 Februari 2026 14:30 WIB`` in the datetime's own offset."""
    value = _whole_minutes(value)
    zone = _offset_name(value.utcoffset() or dt.timedelta(0))
    day, month = _DAYS[value.weekday()], _MONTHS[value.month - 1]
    return f"{day}, {value.day} {month} {value.year} {value:%H:%M} {zone}"


# --------------------------------------------------------------------------- front matter
# JSON leaves these raw with ensure_ascii=False, but YAML may not carry them (DEL, C1 controls,
# BOM, non-characters, lone surrogates) or reads them as line breaks (NEL, LS, PS).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")

_FrontMatterValue = str | tuple[str, ...] | dt.datetime | Dateline | None


def _yaml_string(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match[0]):04x}", quoted)


def _yaml_value(value: str | tuple[str, ...] | dt.datetime | Dateline) -> str:
    if isinstance(value, str):
        return _yaml_string(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(map(_yaml_string, value)) + "]"
    if isinstance(value, dt.datetime):
        return _yaml_string(_rfc3339(value))
    parts = {"place": value.place, "source": value.source}
    return "{" + ", ".join(f'"{key}": {_yaml_string(text)}' for key, text in parts.items() if text) + "}"


def _lead_caption(article: Article) -> Caption | None:
    if article.lead_image is None:
        return None
    return next((caption for caption in article.captions if caption.image_url == article.lead_image), None)


def _front_matter(article: Article) -> str:
    lead_caption = _lead_caption(article)
    fields: dict[str, _FrontMatterValue] = {
        "title": article.title,
        "subtitle": article.subtitle,
        "description": article.description,
        "date": article.published,
        "lastmod": article.updated,
        "author": article.authors,
        "editor": article.editors,
        "site_name": article.site_name,
        "section": article.section,
        "tags": article.tags,
        "lang": article.language,
        "source_url": article.url,
        "image": article.lead_image,
        "image_caption": lead_caption.text if lead_caption else None,
        "image_credit": lead_caption.credit if lead_caption else None,
        "dateline": article.dateline,
    }
    lines = [f"{key}: {_yaml_value(value)}" for key, value in fields.items() if value]
    return "\n".join(["---", *lines, "---"])


# --------------------------------------------------------------------------- page


def _byline(article: Article) -> str | None:
    parts = []
    if article.authors:
        parts.append("Oleh " + ", ".join(map(_escape, article.authors)))
    if article.editors:
        parts.append("Editor: " + ", ".join(map(_escape, article.editors)))
    return " · ".join(parts) or None


def _date_line(article: Article) -> str | None:
    # Built from numbers and fixed Indonesian names only, so it needs no escaping.
    parts = []
    if article.published:
        parts.append(_indonesian_datetime(article.published))
    if article.updated and article.updated != article.published:
        parts.append("Diperbarui " + _indonesian_datetime(article.updated))
    return " · ".join(parts) or None


def _caption_item(caption: Caption) -> str:
    item = _escape(caption.text)
    if caption.credit:
        item += " — Foto: " + _escape(caption.credit)
    if destination := _link_destination(caption.image_url):
        item += f" ([foto]({destination}))"
    return item


def _section(heading: str, items: list[str]) -> list[str]:
    return [f"## {heading}", "\n".join(f"- {item}" for item in items)] if items else []


def _related_section(heading: str, links: tuple[RelatedLink, ...], placement: Placement) -> list[str]:
    return _section(heading, [_link(link.title, link.url) for link in links if link.placement == placement])


def to_markdown(article: Article) -> str:
    """Write an article as Markdown with YAML front matter.

    The page holds the title, the subtitle, a byline, the publication date in Indonesian, the
    body paragraphs, the photo captions (``## Foto``) and the related links (``## Baca juga``
    for inline ones, ``## Berita terkait`` for list ones). See ``docs/formats/markdown.md``.

    >>> print(to_markdown(Article(title="Banjir di Jakarta", body=["Air naik 1 meter."])))
    ---
    title: "Banjir di Jakarta"
    lang: "id"
    ---
    <BLANKLINE>
    # Banjir di Jakarta
    <BLANKLINE>
    Air naik 1 meter.
    <BLANKLINE>
    """
    blocks = [_front_matter(article), f"# {_escape(article.title)}"]
    if article.subtitle:
        blocks.append(f"*{_escape(article.subtitle)}*")
    blocks.extend(line for line in (_byline(article), _date_line(article)) if line)
    blocks.extend(map(_escape, article.body))
    blocks.extend(_section("Foto", [_caption_item(caption) for caption in article.captions]))
    blocks.extend(_related_section("Baca juga", article.related, "inline"))
    blocks.extend(_related_section("Berita terkait", article.related, "list"))
    return "\n\n".join(blocks) + "\n"
