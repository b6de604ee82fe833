"""Validate an RSS 2.0 feed as the W3C / RSS Board feed validator does, offline and without exceptions.

:func:`validate_rss` parses the feed once with the safe parser and runs three tables of small checks
over it, each a function that yields :class:`~beritakit.models.Problem` records:

- ``_DOCUMENT_CHECKS`` look at the whole document (root element, namespace declarations, guids
  repeated across items);
- ``_CHECKS_BY_PLACE`` are keyed by where an element stands, ``"parent/element"`` (``"channel/item"``,
  ``"item/pubDate"``), because RSS gives the same name different rules in different places: an item's
  ``description`` is HTML, a channel's is plain text;
- ``_CHECKS_ANYWHERE`` are keyed by element alone, for Media RSS elements that may sit in an item,
  a ``media:group`` or the channel.

A problem's ``code`` is the validator's message type, so its documentation at
https://validator.w3.org/feed/docs/ applies; its level (error, warning, info) is the validator's too.
"""

from __future__ import annotations

import datetime as dt
import re
from html.entities import name2codepoint
from typing import TYPE_CHECKING, Final, TypeAlias
from urllib.parse import urlsplit

import attrs
from lxml import etree

from beritakit._xml import parse_xml
from beritakit.errors import FormatError, LimitError, ValidationError
from beritakit.formats.rss_namespaces import ATOM, CONTENT, DC, MEDIA, PREFIXES
from beritakit.models import Problem, ProblemLevel

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from lxml.etree import _Element

__all__ = ["validate_rss"]


@attrs.frozen
class _Context:
    """What checks need beyond the element itself."""

    now: dt.datetime


if TYPE_CHECKING:
    _Check: TypeAlias = Callable[[_Element, _Context], Iterator[Problem]]


def validate_rss(data: bytes | str, *, now: dt.datetime | None = None) -> list[Problem]:
    """Check an RSS 2.0 feed the way the W3C feed validator does; return its problems sorted by line.

    Any input gives a list, never an exception: XML that is not well-formed gives one ``SAXError``
    (``MissingNamespace`` for an undeclared prefix, ``UndefinedNamedEntity`` for ``&nbsp;``), which
    ends validation, except that white space before the XML declaration (common in PHP-made feeds)
    is reported and then skipped, so that the rest of the feed is still checked. A feed is valid when
    no problem has the level ``"error"``. ``now`` (timezone-aware, default: the current time) is when
    a date counts as in the future (``ImplausibleDate``).

    >>> feed = '<rss version="2.0"><channel><title>Berita</title><language>id</language></channel></rss>'
    >>> [problem.code for problem in validate_rss(feed)]
    ['MissingLink', 'MissingDescription', 'MissingAtomSelfLink']
    """
    if now is None:
        now = dt.datetime.now(dt.UTC)
    elif now.utcoffset() is None:
        raise ValidationError("validate_rss(now=...)", "must be timezone-aware")
    data, misplaced_line = _hoist_declaration(data)
    problems: list[Problem] = []
    if misplaced_line is not None:
        problems.append(
            Problem(
                level="error",
                code="SAXError",
                message="XML parsing error: the XML declaration must be the first thing in the document "
                "(white space precedes it)",
                line=misplaced_line,
            )
        )
    try:
        root = parse_xml(data)
    except LimitError as error:
        problems.append(Problem(level="error", code="ValidatorLimit", message=str(error)))
    except FormatError as error:
        problems.append(_parse_problem(error))
    else:
        problems.extend(_check_tree(root, _Context(now=now)))
    return sorted(problems, key=lambda problem: problem.line or 0)


def _check_tree(root: _Element, context: _Context) -> Iterator[Problem]:
    for document_check in _DOCUMENT_CHECKS:
        yield from document_check(root, context)
    for element in root.iter(etree.Element):  # elements only: no comments or processing instructions
        parent = element.getparent()
        tag = str(element.tag)
        place = (str(parent.tag) if parent is not None else "") + "/" + tag
        for check in _CHECKS_BY_PLACE.get(place, ()) + _CHECKS_ANYWHERE.get(tag, ()):
            yield from check(element, context)


# --------------------------------------------------------------------------- parsing

_MISPLACED_DECLARATION: Final = re.compile(r"(\s+)(<\?xml\s[^>]*\?>)")
_MISPLACED_DECLARATION_BYTES: Final = re.compile(_MISPLACED_DECLARATION.pattern.encode())
_UNBOUND_PREFIX: Final = re.compile(r"Namespace prefix (\S+) (?:for (\S+) )?on (\S+) is not defined")
_UNDEFINED_ENTITY: Final = re.compile(r"Entity '([^']+)' not defined")


def _hoist_declaration(data: bytes | str) -> tuple[bytes | str, int | None]:
    """Move white space found before the XML declaration to just after it; return the declaration's line.

    The space makes the document not well-formed; moving it rather than deleting it keeps every
    later line number right while the rest of the feed is validated.
    """
    if isinstance(data, str):
        match = _MISPLACED_DECLARATION.match(data)
        if match is None:
            return data, None
        return match[2] + match[1] + data[match.end() :], match[1].count("\n") + 1
    if found := _MISPLACED_DECLARATION_BYTES.match(data):
        return found[2] + found[1] + data[found.end() :], found[1].count(b"\n") + 1
    return data, None


def _parse_problem(error: FormatError) -> Problem:
    """The problem a parse failure is, under the validator's name for it."""
    if match := _UNBOUND_PREFIX.search(error.reason):
        prefix, attribute, element = match.groups()
        return Problem(
            level="error",
            code="MissingNamespace",
            message=f"Missing namespace for {prefix}:{attribute or element}",
            line=error.line,
            element=element if attribute else f"{prefix}:{element}",
        )
    if match := _UNDEFINED_ENTITY.search(error.reason):
        return Problem(
            level="error",
            code="UndefinedNamedEntity",
            message=f"Undefined named entity: &{match[1]}; (XML knows only &amp; &lt; &gt; &quot; &apos;)",
            line=error.line,
        )
    return Problem(
        level="error", code="SAXError", message=f"XML parsing error: {error.reason}", line=error.line
    )


# --------------------------------------------------------------------------- helpers


def _name(element: _Element) -> str:
    """The element's name as written: ``pubDate``, ``dc:creator``."""
    local = etree.QName(element).localname
    return f"{element.prefix}:{local}" if element.prefix else local


def _problem(level: ProblemLevel, code: str, element: _Element, message: str) -> Problem:
    return Problem(level=level, code=code, message=message, line=element.sourceline, element=_name(element))


def _error(code: str, element: _Element, message: str) -> Problem:
    return _problem("error", code, element, message)


def _warning(code: str, element: _Element, message: str) -> Problem:
    return _problem("warning", code, element, message)


def _info(code: str, element: _Element, message: str) -> Problem:
    return _problem("info", code, element, message)


def _text(element: _Element) -> str:
    return "".join(element.itertext()).strip()


def _is_full_url(value: str) -> bool:
    """An absolute http(s) URL with a host and no white space, as RSS requires of links."""
    try:
        parts = urlsplit(value)
        return parts.scheme in {"http", "https"} and bool(parts.hostname) and not re.search(r"\s", value)
    except ValueError:  # e.g. a malformed IPv6 host
        return False


def _is_relative(value: str) -> bool:
    """A relative URL reference (``/berita/1``, ``//cdn.id/a.jpg``, ``www.x.id``); ``#top`` is not."""
    value = value.strip()
    try:
        return bool(value) and not value.startswith("#") and not urlsplit(value).scheme
    except ValueError:
        return False


# --------------------------------------------------------------------------- document checks


def _rss_root(root: _Element, _: _Context) -> Iterator[Problem]:
    if root.tag != "rss":
        yield _error("UndefinedElement", root, f"Undefined root element: {_name(root)} (expected rss)")


def _namespace_declarations(root: _Element, _: _Context) -> Iterator[Problem]:
    preferred = {uri: prefix for prefix, uri in PREFIXES.items()}
    for element in root.iter(etree.Element):
        parent = element.getparent()
        inherited = parent.nsmap if parent is not None else {}
        for prefix, uri in element.nsmap.items():
            if inherited.get(prefix) == uri:
                continue
            if uri == MEDIA.rstrip("/"):
                yield _error(
                    "MediaRssNamespace",
                    element,
                    f"The Media RSS namespace must be {MEDIA} (with the trailing slash), not {uri}",
                )
            elif uri in preferred and prefix != preferred[uri]:
                yield _info(
                    "NonstdPrefix",
                    element,
                    f'"{preferred[uri]}" is the preferred prefix for the namespace "{uri}", not "{prefix}"',
                )


def _unique_guids(root: _Element, _: _Context) -> Iterator[Problem]:
    seen: set[str] = set()
    for guid in root.iterfind("channel/item/guid"):
        value = _text(guid)
        if value in seen:
            yield _error(
                "DuplicateValue", guid, f"guid values must not be duplicated within a feed: {value!r}"
            )
        elif value:
            seen.add(value)


_DOCUMENT_CHECKS: Final[tuple[_Check, ...]] = (_rss_root, _namespace_declarations, _unique_guids)


# --------------------------------------------------------------------------- structure checks

_CHILDREN: Final[dict[str, frozenset[str]]] = {
    "rss": frozenset({"channel"}),
    "channel": frozenset(
        (
            "title", "link", "description", "language", "copyright", "managingEditor", "webMaster",
            "pubDate", "lastBuildDate", "category", "generator", "docs", "cloud", "ttl", "image",
            "rating", "textInput", "skipHours", "skipDays", "item",
        )
    ),
    "item": frozenset(
        (
            "title", "link", "description", "author", "category", "comments", "enclosure", "guid",
            "pubDate", "source",
        )
    ),
    "image": frozenset(("url", "title", "link", "width", "height", "description")),
}  # fmt: skip
"""The un-namespaced children RSS 2.0 defines for each element; anything else must be in a namespace."""

_REPEATABLE: Final = frozenset({"category", "item"})


def _children_defined_once(parent: _Element, _: _Context) -> Iterator[Problem]:
    """Each un-namespaced child is one RSS 2.0 defines here, and appears once unless it may repeat."""
    parent_name = str(parent.tag)
    seen: set[str] = set()
    for child in parent.iterchildren(etree.Element):
        name = str(child.tag)
        if name.startswith("{"):
            continue  # extensions are allowed anywhere, in their namespace
        if name not in _CHILDREN[parent_name]:
            yield _error("UndefinedElement", child, f"Undefined {parent_name} element: {name}")
        elif name in seen and name == "enclosure":
            yield _warning("DuplicateEnclosure", child, "item contains more than one enclosure")
        elif name in seen and name not in _REPEATABLE:
            yield _error("DuplicateElement", child, f"{parent_name} contains more than one {name}")
        seen.add(name)


def _rss_version_and_channel(rss: _Element, _: _Context) -> Iterator[Problem]:
    version = rss.get("version")
    if version is None:
        yield _error("MissingAttribute", rss, 'Missing rss attribute: version (RSS 2.0 needs version="2.0")')
    elif version != "2.0":
        yield _error("InvalidRSSVersion", rss, f'rss version must be "2.0", got {version!r}')
    if rss.find("channel") is None:
        yield _error("MissingChannel", rss, "Missing rss element: channel")


def _channel_required(channel: _Element, _: _Context) -> Iterator[Problem]:
    for name in ("title", "link", "description"):
        if channel.find(name) is None:
            yield _error(f"Missing{name.title()}", channel, f"Missing channel element: {name}")


def _atom_self_link(channel: _Element, _: _Context) -> Iterator[Problem]:
    if not any(link.get("rel") == "self" for link in channel.iterfind(f"{{{ATOM}}}link")):
        yield _warning(
            "MissingAtomSelfLink",
            channel,
            'Missing atom:link with rel="self" (the address of the feed itself)',
        )


def _language_present(channel: _Element, _: _Context) -> Iterator[Problem]:
    if channel.find("language") is None and channel.find(f"{{{DC}}}language") is None:
        yield _info(
            "MissingDCLanguage", channel, "channel should contain a language element (id for Indonesian)"
        )


def _title_or_description(item: _Element, _: _Context) -> Iterator[Problem]:
    if item.find("title") is None and item.find("description") is None:
        yield _error(
            "ItemMustContainTitleOrDescription", item, "item must contain either title or description"
        )


def _guid_present(item: _Element, _: _Context) -> Iterator[Problem]:
    if item.find("guid") is None:
        yield _warning("MissingGuid", item, "item should contain a guid element")


def _description_before_content(item: _Element, _: _Context) -> Iterator[Problem]:
    for child in item.iterchildren(etree.Element):
        if child.tag == "description":
            return
        if child.tag == f"{{{CONTENT}}}encoded":
            yield _warning(
                "NeedDescriptionBeforeContent", child, "Ensure description precedes content:encoded"
            )
            return


_SAME_MEANING: Final = (
    ("author", f"{{{DC}}}creator"),
    ("pubDate", f"{{{DC}}}date"),
    ("category", f"{{{DC}}}subject"),
    ("guid", f"{{{ATOM}}}id"),
)


def _duplicate_item_semantics(item: _Element, _: _Context) -> Iterator[Problem]:
    for core, extension in _SAME_MEANING:
        if item.find(core) is not None and (duplicate := item.find(extension)) is not None:
            yield _warning(
                "DuplicateItemSemantics",
                duplicate,
                f"An item should not include both {core} and {_name(duplicate)}",
            )


# --------------------------------------------------------------------------- value checks: dates

_DAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ZONE_HOURS: Final = {
    "UT": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7,
}  # fmt: skip
_STRICT_DATE: Final = re.compile(
    rf"(?:(?P<weekday>{'|'.join(_DAYS)}), )?(?P<day>\d\d?) (?P<month>{'|'.join(_MONTHS)}) (?P<year>\d{{4}}) "
    rf"(?P<hour>\d\d):(?P<minute>\d\d)(?::(?P<second>\d\d))? (?P<zone>[+-]\d\d[03]0|{'|'.join(_ZONE_HOURS)})"
)
"""RFC 822 as the validator wants it: English names, four-digit year, single spaces (case matters)."""
_LOOSE_DATE: Final = re.compile(
    rf"(?:(?:{'|'.join(_DAYS)})\s*,?\s*)?\d\d?\s+(?:{'|'.join(_MONTHS)})\s+(?:\d\d){{1,2}}\s+"
    rf"\d\d?:\d\d(?::\d\d)?\s+(?:[+-]?\d{{4}}|{'|'.join(_ZONE_HOURS)}|[A-IK-Z])",
    re.IGNORECASE,
)
"""What RFC 822 readers still accept: two-digit years, any case, extra space, military zones."""
_COMMENT: Final = re.compile(r"\([^()]*\)")
_PLAUSIBLE_SINCE: Final = 1990
_FUTURE_TOLERANCE: Final = dt.timedelta(minutes=10)


def _rfc822_date(element: _Element, context: _Context) -> Iterator[Problem]:
    value = _text(element)
    strict = _STRICT_DATE.fullmatch(value)
    if strict is None:
        uncommented = value
        while (stripped := _COMMENT.sub(" ", uncommented)) != uncommented:
            uncommented = stripped
        if _LOOSE_DATE.fullmatch(uncommented.strip()):
            yield _warning(
                "ProblematicalRFC822Date",
                element,
                f"Problematical RFC 822 date-time value: {value!r} "
                "(write it as Fri, 06 Feb 2026 14:30:00 +0700)",
            )
        else:
            yield _error(
                "InvalidRFC2822Date",
                element,
                f"{_name(element)} must be an RFC-822 date-time, got {value!r} "
                "(English names and a numeric zone: Fri, 06 Feb 2026 14:30:00 +0700, not WIB)",
            )
        return
    try:
        moment = _strict_datetime(strict)
    except ValueError as reason:
        yield _error(
            "InvalidRFC2822Date",
            element,
            f"{_name(element)} must be an RFC-822 date-time, got {value!r} ({reason})",
        )
        return
    weekday = strict["weekday"]
    if weekday is not None and weekday != _DAYS[moment.weekday()]:
        yield _error(
            "IncorrectDOW",
            element,
            f"Incorrect day of week: {moment.day:02} {_MONTHS[moment.month - 1]} {moment.year} "
            f"is a {_DAYS[moment.weekday()]}, not {weekday}",
        )
    elif moment.year < _PLAUSIBLE_SINCE or moment > context.now + _FUTURE_TOLERANCE:
        yield _warning("ImplausibleDate", element, f"Implausible date: {value!r}")


def _strict_datetime(match: re.Match[str]) -> dt.datetime:
    """The moment a strictly formed date names; ValueError says why it names none (31 Feb, 25:00)."""
    zone = match["zone"]
    if zone in _ZONE_HOURS:
        offset = dt.timedelta(hours=_ZONE_HOURS[zone])
    else:
        sign = -1 if zone[0] == "-" else 1
        offset = sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
    return dt.datetime(
        int(match["year"]),
        _MONTHS.index(match["month"]) + 1,
        int(match["day"]),
        int(match["hour"]),
        int(match["minute"]),
        int(match["second"] or 0),
        tzinfo=dt.timezone(offset),
    )


# --------------------------------------------------------------------------- value checks: text and links

_HTML_TAGS: Final = frozenset(
    (
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b",
        "base", "basefont", "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button",
        "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
        "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset",
        "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input",
        "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee", "menu",
        "meta", "meter", "nav", "noframes", "noscript", "object", "ol", "optgroup", "option",
        "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
        "script", "section", "select", "small", "source", "span", "strike", "strong", "style",
        "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
        "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
    )
)  # fmt: skip
_TAG: Final = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
_ENTITY: Final = re.compile(r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);?")


def _no_html(element: _Element, _: _Context) -> Iterator[Problem]:
    """Plain-text elements should not hold markup: readers disagree on whether to render it."""
    value = _text(element)
    tags = [match[0] for match in _TAG.finditer(value) if match[1].lower() in _HTML_TAGS]
    entities = [
        match[0]
        for match in _ENTITY.finditer(value)
        if match[1].startswith("#") or match[1] in name2codepoint or match[1] == "apos"
    ]
    if found := tags or entities:
        yield _warning("ContainsHTML", element, f"{_name(element)} should not contain HTML: {found[0]!r}")


def _not_blank(element: _Element, _: _Context) -> Iterator[Problem]:
    if not _text(element):
        yield _warning("NotBlank", element, f"{_name(element)} should not be blank")


def _full_link(element: _Element, _: _Context) -> Iterator[Problem]:
    value = _text(element)
    if not _is_full_url(value):
        yield _error(
            "InvalidFullLink",
            element,
            f"{_name(element)} must be a full and valid http(s) URL, got {value!r}",
        )


_EMAIL: Final = re.compile(
    r"[A-Za-z0-9_\-+.']+@(?:\[\d{1,3}\.\d{1,3}\.\d{1,3}\.|(?:[A-Za-z0-9\-]+\.)+)(?:[A-Za-z]{2,}|\d{1,3})\]?"
    r"(?:\s*\(.*\))?"
)
"""The validator's e-mail rule: ``redaksi@example.id`` with an optional ``(Real Name)``."""


def _contact(element: _Element, _: _Context) -> Iterator[Problem]:
    value = _text(element)
    if not _EMAIL.fullmatch(value):
        hint = " (put a byline in dc:creator instead)" if element.tag == "author" else ""
        yield _error("InvalidContact", element, f"Invalid email address: {value!r}{hint}")


_ISO_639_1: Final = frozenset(
    (
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg",
        "bh", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv",
        "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi",
        "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr",
        "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja",
        "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw",
        "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml",
        "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv",
        "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro",
        "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr",
        "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr",
        "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
        "yo", "za", "zh", "zu",
    )
)  # fmt: skip
_LANGUAGE: Final = re.compile(r"(?P<primary>[A-Za-z]{2,3})(?:-[A-Za-z0-9]{1,8})*")


def _language(element: _Element, _: _Context) -> Iterator[Problem]:
    """An ISO 639 code, optionally with subtags: ``id``, ``id-ID``, ``jv``; not ``id_ID`` or ``in``."""
    value = _text(element)
    match = _LANGUAGE.fullmatch(value)
    # Three-letter codes (ISO 639-2/3) are too many to list; their shape is checked.
    if match is None or (len(match["primary"]) == 2 and match["primary"].lower() not in _ISO_639_1):
        yield _error(
            "InvalidLanguage", element, f"{_name(element)} must be an ISO-639 language code, got {value!r}"
        )


# --------------------------------------------------------------------------- value checks: item parts


def _guid(guid: _Element, _: _Context) -> Iterator[Problem]:
    value = _text(guid)
    flag = guid.get("isPermaLink")
    if flag is not None and flag not in {"true", "false"}:
        yield _error(
            "InvalidBooleanAttribute",
            guid,
            f"isPermaLink attribute of guid must be 'true' or 'false', got {flag!r}",
        )
    permalink = flag is None or flag == "true"  # as the validator reads it: only "true" or absent
    message = f"guid must be a full URL, unless isPermaLink attribute is false; got {value!r}"
    if permalink and value.lower().startswith(("tag:", "urn:uuid:")):
        yield _error("InvalidPermalink", guid, message)
    elif permalink and not _is_full_url(value):
        yield _error("InvalidHttpGUID", guid, message)
    elif not permalink and value.isascii() and value.isdigit() and len(value) < 9:
        yield _warning(
            "NotSufficientlyUnique", guid, f"The specified guid is not sufficiently unique: {value!r}"
        )


_MIME_TYPE: Final = re.compile(r"[\w!#$%&'*+.^`|~-]+/[\w!#$%&'*+.^`|~-]+(?:\s*;.*)?")


def _required_attributes(element: _Element, *names: str) -> Iterator[Problem]:
    for name in names:
        if element.get(name) is None:
            yield _error("MissingAttribute", element, f"Missing {_name(element)} attribute: {name}")


def _url_attribute(element: _Element, name: str) -> Iterator[Problem]:
    value = element.get(name)
    if value is not None and not _is_full_url(value.strip()):
        yield _error(
            "InvalidFullLink",
            element,
            f"{name} attribute of {_name(element)} must be a full http(s) URL, got {value!r}",
        )


def _integer_attribute(element: _Element, name: str, *, minimum: int) -> Iterator[Problem]:
    value = element.get(name)
    if value is not None and not (
        value.strip().isascii() and value.strip().isdigit() and int(value) >= minimum
    ):
        kind = "a positive" if minimum > 0 else "a non-negative"
        yield _error(
            "InvalidIntegerAttribute",
            element,
            f"{name} attribute of {_name(element)} must be {kind} integer, got {value!r}",
        )


def _mime_attribute(element: _Element) -> Iterator[Problem]:
    value = element.get("type")
    if value is not None and not _MIME_TYPE.fullmatch(value.strip()):
        yield _error(
            "InvalidMIMEAttribute",
            element,
            f"type attribute of {_name(element)} must be a MIME type, got {value!r}",
        )


def _enclosure(enclosure: _Element, _: _Context) -> Iterator[Problem]:
    yield from _required_attributes(enclosure, "url", "length", "type")
    yield from _url_attribute(enclosure, "url")
    yield from _integer_attribute(enclosure, "length", minimum=0)
    yield from _mime_attribute(enclosure)


def _source(source: _Element, _: _Context) -> Iterator[Problem]:
    yield from _required_attributes(source, "url")
    yield from _url_attribute(source, "url")


# --------------------------------------------------------------------------- value checks: HTML content

_UNSAFE_ELEMENTS: Final = frozenset(
    (
        "applet", "base", "basefont", "embed", "frame", "frameset", "iframe", "link", "meta",
        "noembed", "object", "param", "script", "style",
    )
)  # fmt: skip
"""Elements that run code, load other documents or restyle the reader's page. The validator allows a
list of tags and flags the rest; this lists the harmful ones instead, so that harmless odd tags
(``<o:p>`` from Word) are not reported."""
_URL_ATTRIBUTES: Final = frozenset({"action", "background", "cite", "href", "longdesc", "poster", "src"})
_XML_BASE: Final = "{http://www.w3.org/XML/1998/namespace}base"


def _html_elements(html: str) -> Iterator[_Element]:
    """The elements of an HTML fragment, read leniently as browsers do (never raises)."""
    parser = etree.HTMLParser(recover=True, no_network=True, encoding="utf-8")
    root: _Element | None = etree.HTML(html.encode("utf-8"), parser)
    if root is not None:  # None when the fragment holds only comments
        yield from root.iter(etree.Element)


def _safe_html(element: _Element, _: _Context) -> Iterator[Problem]:
    """HTML content holds no scripts, frames or event handlers, and no URLs that need a base."""
    html = _text(element)
    if "<" not in html:
        return
    tags: dict[str, None] = {}  # dicts keep first-seen order and drop repeats
    handlers: dict[str, None] = {}
    relative: dict[str, None] = {}
    for node in _html_elements(html):
        if node.tag in _UNSAFE_ELEMENTS:
            tags[str(node.tag)] = None
        for attribute, value in node.attrib.items():
            if str(attribute).startswith("on"):
                handlers[str(attribute)] = None
            elif attribute in _URL_ATTRIBUTES and _is_relative(str(value)):
                relative[str(value)] = None
    name = _name(element)
    for tag in tags:
        yield _warning("SecurityRisk", element, f"{name} should not contain {tag} tag")
    for attribute in handlers:
        yield _warning("SecurityRiskAttr", element, f"{name} should not contain {attribute} attribute")
    has_base = any(ancestor.get(_XML_BASE) for ancestor in (element, *element.iterancestors()))
    if relative and not has_base:
        yield _warning(
            "ContainsRelRef",
            element,
            f"{name} should not contain relative URL references: {', '.join(map(repr, relative))}",
        )


# --------------------------------------------------------------------------- value checks: Media RSS

_MEDIA_MEDIUMS: Final = ("image", "audio", "video", "document", "executable")
_EBU_ROLES: Final = frozenset(
    (
        "actor", "adaptor", "anchor person", "animal trainer", "animator", "announcer", "armourer",
        "art director", "artist", "assistant camera", "assistant chief lighting technician",
        "assistant director", "assistant producer", "assistant visual editor", "author",
        "broadcast assistant", "broadcast journalist", "camera operator", "carpenter", "casting",
        "causeur", "chief lighting technician", "choir", "choreographer", "clapper loader",
        "commentary or commentator", "commissioning broadcaster", "composer", "computer programmer",
        "conductor", "consultant", "continuity checker", "correspondent", "costume designer", "dancer",
        "dialogue coach", "director", "director of photography", "distribution company", "draughtsman",
        "dresser", "dubber", "editor/producer (news)", "editor", "editor of moving image material",
        "editorial assistant", "ensemble", "executive producer", "expert", "fight director",
        "floor manager", "focus puller", "foley artist", "foley editor", "foley mixer",
        "graphic assistant", "graphic designer", "greensman", "grip", "hairdresser", "illustrator",
        "interviewed guest", "interviewer", "key character", "key grip", "key talents", "leadman",
        "librettist", "lighting director", "lighting technician", "location manager", "lyricist",
        "make up artist", "manufacturer", "matte artist", "music arranger", "music group", "musician",
        "narrator", "news reader", "orchestra", "participant", "performer", "photographer",
        "post-synchronisation editor", "producer", "production assistant", "production company",
        "production department", "production manager", "production secretary",
        "programme production researcher", "property manager", "publisher", "publishing company",
        "puppeteer", "pyrotechnician", "reporter", "rigger", "runner", "scenario", "scenic operative",
        "script supervisor", "second assistant camera", "second assistant director",
        "second unit director", "set designer", "set dresser", "sign language", "singer",
        "sound designer", "sound mixer", "sound recordist", "special effects", "stunts", "subtitles",
        "technical director", "translation", "transportation manager", "treatment/programme proposal",
        "vision mixer", "visual editor", "visual effects", "wardrobe", "witness", "writer",
    )
)  # fmt: skip
"""Roles of the EBU role vocabulary (``urn:ebu``), the default scheme of ``media:credit``."""


def _media_content(content: _Element, _: _Context) -> Iterator[Problem]:
    medium = content.get("medium")
    if medium is not None and medium not in _MEDIA_MEDIUMS:
        yield _error(
            "InvalidMediaMedium",
            content,
            f"medium attribute of media:content must be one of {', '.join(_MEDIA_MEDIUMS)}, got {medium!r}",
        )
    yield from _url_attribute(content, "url")
    yield from _mime_attribute(content)
    for name in ("fileSize", "height", "width"):
        yield from _integer_attribute(content, name, minimum=1)


def _credit_role(credit: _Element, _: _Context) -> Iterator[Problem]:
    role = credit.get("role")
    if role is not None and credit.get("scheme", "urn:ebu") == "urn:ebu" and role not in _EBU_ROLES:
        yield _error(
            "InvalidCreditRole",
            credit,
            f"role attribute of media:credit must be a lower-case EBU role such as 'photographer', "
            f"'author' or 'editor', got {role!r}",
        )


def _media_text_type(element: _Element, _: _Context) -> Iterator[Problem]:
    kind = element.get("type")
    if kind is not None and kind not in {"plain", "html"}:
        yield _error(
            "InvalidMediaTextType",
            element,
            f"type attribute of {_name(element)} must be plain or html, got {kind!r}",
        )


# --------------------------------------------------------------------------- the tables

_CHECKS_BY_PLACE: Final[dict[str, tuple[_Check, ...]]] = {
    "/rss": (_rss_version_and_channel, _children_defined_once),
    "rss/channel": (_children_defined_once, _channel_required, _atom_self_link, _language_present),
    "channel/title": (_not_blank, _no_html),
    "channel/link": (_full_link,),
    "channel/description": (_not_blank,),
    "channel/language": (_language,),
    "channel/pubDate": (_rfc822_date,),
    "channel/lastBuildDate": (_rfc822_date,),
    "channel/managingEditor": (_contact,),
    "channel/webMaster": (_contact,),
    "channel/image": (_children_defined_once,),
    "image/title": (_no_html,),
    "image/url": (_full_link,),
    "image/link": (_full_link,),
    "channel/item": (
        _children_defined_once,
        _title_or_description,
        _guid_present,
        _description_before_content,
        _duplicate_item_semantics,
    ),
    "item/title": (_not_blank, _no_html),
    "item/link": (_full_link,),
    "item/comments": (_full_link,),
    "item/description": (_safe_html,),
    f"item/{{{CONTENT}}}encoded": (_safe_html,),
    "item/author": (_contact,),
    "item/pubDate": (_rfc822_date,),
    "item/guid": (_guid,),
    "item/enclosure": (_enclosure,),
    "item/source": (_source,),
}
"""Checks for an element at a place, keyed ``"parent/element"`` (``"/rss"`` is the root)."""

_CHECKS_ANYWHERE: Final[dict[str, tuple[_Check, ...]]] = {
    f"{{{MEDIA}}}content": (_media_content,),
    f"{{{MEDIA}}}credit": (_credit_role,),
    f"{{{MEDIA}}}description": (_media_text_type,),
    f"{{{MEDIA}}}title": (_media_text_type,),
}
"""Checks for an element wherever it appears, keyed by its tag."""
