"""The records beritakit reads and writes: frozen, keyword-only, validated attrs classes.

Models hold data and enforce invariants; they never parse or serialize. Every value is checked
on the way in, and a bad one raises :class:`~beritakit.errors.ValidationError` naming the field
(``Article.body[2]: must not be empty``). Text is whitespace-normalised and stripped of
characters XML 1.0 cannot carry; sequences become tuples; datetimes must be timezone-aware and
are stored with a fixed UTC offset, so that every format can write them back exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import attrs

from beritakit._text import normalize_space
from beritakit.errors import ValidationError

__all__ = [
    "Article",
    "Caption",
    "Channel",
    "Dateline",
    "Feed",
    "Placement",
    "Problem",
    "ProblemLevel",
    "Quote",
    "RelatedLink",
]

Placement = Literal["inline", "list"]
ProblemLevel = Literal["error", "warning", "info"]

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_URL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f]")


def _name(instance: object, field: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{field.name}"


# --------------------------------------------------------------------------- converters
# Converters only normalise and never fail; anything they cannot normalise passes through
# unchanged for a validator to refuse with the field's name (validators know it, converters don't).


def _text(value: str) -> str:
    # Not a string: passed through, for the validator to refuse by name.
    return normalize_space(value) if isinstance(cast("object", value), str) else value


def _optional_text(value: str | None) -> str | None:
    return (normalize_space(value) or None) if isinstance(value, str) else value


def _optional_url(value: str | None) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else value


def _is_sequence(value: object) -> bool:
    # A string or a mapping is iterable, but silently splitting it into letters or keys loses data.
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)


def _texts(value: Iterable[str]) -> tuple[str, ...]:
    if not _is_sequence(value):
        return value  # type: ignore[return-value]  # refused by the validator, by name
    return tuple(map(_text, value))


def _items(value: Iterable[Any]) -> tuple[Any, ...]:
    if not _is_sequence(value):
        return value  # type: ignore[return-value]  # refused by the validator, by name
    return tuple(value)


def _optional_datetime(value: dt.datetime | None) -> dt.datetime | None:
    # A fixed offset keeps exactly what every format can write and read back.
    if isinstance(value, dt.datetime) and (offset := value.utcoffset()) is not None:
        return value.replace(tzinfo=dt.timezone(offset))
    return value


# --------------------------------------------------------------------------- validators
# Each check takes a value and returns what is wrong with it (None: nothing). The field's display
# name is only built when a check fails: models are made by the thousand, and almost all are valid.

_Check = Callable[[object], str | None]
_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

# A plain absolute http(s) URL (a host of dotted labels, an optional port, no white space or
# control characters) passes every test of _check_url; only other URLs are split to be checked.
_PLAIN_URL = re.compile(
    r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::[0-9]+)?(?:[/?#][^\s\x00-\x1f\x7f]*)?"
)


def _check_text(value: object) -> str | None:
    if not isinstance(value, str):
        return f"expected a string, got {type(value).__name__}"
    return None if value else "must not be empty"


def _check_url(value: object) -> str | None:
    if not isinstance(value, str):
        return f"expected a URL string, got {type(value).__name__}"
    return None if _PLAIN_URL.fullmatch(value) else _split_url_problem(value)


def _split_url_problem(value: str) -> str | None:
    parts = urlsplit(value)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return f"must be an absolute http(s) URL, got {value!r}"
    if _URL_FORBIDDEN.search(value):
        return f"must not contain white space or control characters, got {value!r}"
    return None


def _check_datetime(value: object) -> str | None:
    if not isinstance(value, dt.datetime):
        return f"expected a datetime, got {type(value).__name__}"
    if value.utcoffset() is None:
        return "must be timezone-aware (an Indonesian time is WIB +07:00, WITA +08:00 or WIT +09:00)"
    return None


def _check_count(value: object) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return f"must be a non-negative integer, got {value!r}"
    return None


def _check_language(value: object) -> str | None:
    if not isinstance(value, str) or not _LANGUAGE_TAG.fullmatch(value):
        return f"must be a language tag such as 'id' or 'id-ID', got {value!r}"
    return None


def _instance_of(cls: type) -> _Check:
    def check(value: object) -> str | None:
        return None if isinstance(value, cls) else f"expected {cls.__name__}, got {type(value).__name__}"

    return check


def _choice(*allowed: str) -> _Check:
    def check(value: object) -> str | None:
        return None if value in allowed else f"must be one of {', '.join(map(repr, allowed))}, got {value!r}"

    return check


def _required(check: _Check) -> _Validator:
    def validate(instance: object, field: attrs.Attribute[Any], value: object) -> None:
        problem = check(value)
        if problem is not None:
            raise ValidationError(_name(instance, field), problem)

    return validate


def _optional(check: _Check) -> _Validator:
    def validate(instance: object, field: attrs.Attribute[Any], value: object) -> None:
        problem = None if value is None else check(value)
        if problem is not None:
            raise ValidationError(_name(instance, field), problem)

    return validate


def _each(check: _Check) -> _Validator:
    def validate(instance: object, field: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ValidationError(_name(instance, field), f"expected a sequence, got {type(value).__name__}")
        for index, item in enumerate(value):
            problem = check(item)
            if problem is not None:
                raise ValidationError(f"{_name(instance, field)}[{index}]", problem)

    return validate


# --------------------------------------------------------------------------- article parts


@attrs.frozen(kw_only=True)
class Dateline:
    """The place (and, where printed, the outlet) that opens a news story.

    ``PALEMBANG, RADARPALEMBANG.ID -`` is ``Dateline(place="PALEMBANG", source="RADARPALEMBANG.ID")``;
    ``Jakarta -`` has no source, ``KOMPAS.com -`` has no place. At least one is required.
    """

    place: str | None = attrs.field(default=None, converter=_optional_text, validator=_optional(_check_text))
    source: str | None = attrs.field(default=None, converter=_optional_text, validator=_optional(_check_text))

    def __attrs_post_init__(self) -> None:
        if self.place is None and self.source is None:
            raise ValidationError("Dateline", "needs a place or a source")


@attrs.frozen(kw_only=True)
class Caption:
    """A photo caption with its credit split off (``credit="ANTARA FOTO/Ahmad Subaidi"``)."""

    text: str = attrs.field(converter=_text, validator=_required(_check_text))
    credit: str | None = attrs.field(default=None, converter=_optional_text, validator=_optional(_check_text))
    image_url: str | None = attrs.field(
        default=None, converter=_optional_url, validator=_optional(_check_url)
    )


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation from the body.

    ``text`` is the words inside the quotation marks, ``speaker`` the person it is attributed to
    (resolved to the full name the article introduced), ``verb`` the attribution verb as printed
    (``"ujar"``, ``"katanya"``), ``paragraph`` the index of the body paragraph that holds it.
    """

    text: str = attrs.field(converter=_text, validator=_required(_check_text))
    speaker: str | None = attrs.field(
        default=None, converter=_optional_text, validator=_optional(_check_text)
    )
    verb: str | None = attrs.field(default=None, converter=_optional_text, validator=_optional(_check_text))
    paragraph: int | None = attrs.field(default=None, validator=_optional(_check_count))


@attrs.frozen(kw_only=True)
class RelatedLink:
    """A link to another article: ``"inline"`` for "Baca juga" lines in the text, ``"list"`` for a
    "Berita Terkait" block tied to the article."""

    title: str = attrs.field(converter=_text, validator=_required(_check_text))
    url: str | None = attrs.field(default=None, converter=_optional_url, validator=_optional(_check_url))
    placement: Placement = attrs.field(default="list", validator=_required(_choice("inline", "list")))


# Typed converters for the tuple fields, so that type checkers see what each field takes.
def _captions(value: Iterable[Caption]) -> tuple[Caption, ...]:
    return _items(value)


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return _items(value)


def _related(value: Iterable[RelatedLink]) -> tuple[RelatedLink, ...]:
    return _items(value)


@attrs.frozen(kw_only=True)
class Article:
    """One news article, as a careful reader finds it on the page.

    ``body`` is the tuple of paragraphs in reading order, the lead paragraph as printed (dateline
    prefix included), sub-headings as their own paragraphs. Only ``title`` is required.
    """

    title: str = attrs.field(converter=_text, validator=_required(_check_text))
    url: str | None = attrs.field(default=None, converter=_optional_url, validator=_optional(_check_url))
    subtitle: str | None = attrs.field(
        default=None, converter=_optional_text, validator=_optional(_check_text)
    )
    description: str | None = attrs.field(
        default=None, converter=_optional_text, validator=_optional(_check_text)
    )
    published: dt.datetime | None = attrs.field(
        default=None, converter=_optional_datetime, validator=_optional(_check_datetime)
    )
    updated: dt.datetime | None = attrs.field(
        default=None, converter=_optional_datetime, validator=_optional(_check_datetime)
    )
    authors: tuple[str, ...] = attrs.field(default=(), converter=_texts, validator=_each(_check_text))
    editors: tuple[str, ...] = attrs.field(default=(), converter=_texts, validator=_each(_check_text))
    site_name: str | None = attrs.field(
        default=None, converter=_optional_text, validator=_optional(_check_text)
    )
    section: str | None = attrs.field(
        default=None, converter=_optional_text, validator=_optional(_check_text)
    )
    tags: tuple[str, ...] = attrs.field(default=(), converter=_texts, validator=_each(_check_text))
    language: str = attrs.field(default="id", validator=_required(_check_language))
    dateline: Dateline | None = attrs.field(default=None, validator=_optional(_instance_of(Dateline)))
    body: tuple[str, ...] = attrs.field(default=(), converter=_texts, validator=_each(_check_text))
    captions: tuple[Caption, ...] = attrs.field(
        default=(), converter=_captions, validator=_each(_instance_of(Caption))
    )
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=_quotes, validator=_each(_instance_of(Quote))
    )
    related: tuple[RelatedLink, ...] = attrs.field(
        default=(), converter=_related, validator=_each(_instance_of(RelatedLink))
    )
    lead_image: str | None = attrs.field(
        default=None, converter=_optional_url, validator=_optional(_check_url)
    )
    next_page: str | None = attrs.field(
        default=None, converter=_optional_url, validator=_optional(_check_url)
    )
    """URL of the article's next page when it continues on another page."""

    def __attrs_post_init__(self) -> None:
        for index, quote in enumerate(self.quotes):
            if quote.paragraph is not None and quote.paragraph >= len(self.body):
                raise ValidationError(
                    f"Article.quotes[{index}].paragraph",
                    f"points at paragraph {quote.paragraph}, but the body has {len(self.body)}",
                )


# --------------------------------------------------------------------------- feeds


def _articles(value: Iterable[Article]) -> tuple[Article, ...]:
    return _items(value)


@attrs.frozen(kw_only=True)
class Channel:
    """An RSS channel: the feed's own title, link and description.

    RSS 2.0 requires ``link`` and ``description`` when writing; a channel read from a real feed
    may lack them, so they are optional here and :func:`~beritakit.to_rss` checks them.
    ``self_url`` is the feed's own address, written as ``atom:link rel="self"``.
    """

    title: str = attrs.field(converter=_text, validator=_required(_check_text))
    link: str | None = attrs.field(default=None, converter=_optional_url, validator=_optional(_check_url))
    description: str | None = attrs.field(
        default=None, converter=_optional_text, validator=_optional(_check_text)
    )
    language: str = attrs.field(default="id", validator=_required(_check_language))
    self_url: str | None = attrs.field(default=None, converter=_optional_url, validator=_optional(_check_url))
    image_url: str | None = attrs.field(
        default=None, converter=_optional_url, validator=_optional(_check_url)
    )
    copyright: str | None = attrs.field(
        default=None, converter=_optional_text, validator=_optional(_check_text)
    )
    updated: dt.datetime | None = attrs.field(
        default=None, converter=_optional_datetime, validator=_optional(_check_datetime)
    )
    ttl: int | None = attrs.field(default=None, validator=_optional(_check_count))


@attrs.frozen(kw_only=True)
class Problem:
    """One finding about a feed: an error makes it invalid, a warning or info does not.

    ``code`` is the feed validator's message type (``"IncorrectDOW"``, ``"MissingGuid"``);
    ``line`` and ``element`` locate it where known.
    """

    level: ProblemLevel = attrs.field(validator=_required(_choice("error", "warning", "info")))
    code: str = attrs.field(converter=_text, validator=_required(_check_text))
    message: str = attrs.field(converter=_text, validator=_required(_check_text))
    line: int | None = attrs.field(default=None, validator=_optional(_check_count))
    element: str | None = attrs.field(
        default=None, converter=_optional_text, validator=_optional(_check_text)
    )

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        element = f" <{self.element}>" if self.element else ""
        return f"{where}{self.level} {self.code}{element}: {self.message}"


def _problems(value: Iterable[Problem]) -> tuple[Problem, ...]:
    return _items(value)


@attrs.frozen(kw_only=True)
class Feed:
    """What :func:`~beritakit.read_rss` found: the channel, its articles, and the problems met
    on the way (an unreadable date becomes ``None`` plus a problem, never a guess)."""

    channel: Channel = attrs.field(validator=_required(_instance_of(Channel)))
    articles: tuple[Article, ...] = attrs.field(
        default=(), converter=_articles, validator=_each(_instance_of(Article))
    )
    problems: tuple[Problem, ...] = attrs.field(
        default=(), converter=_problems, validator=_each(_instance_of(Problem))
    )
