"""Small readers shared by the sources: dates, name lists, comma lists, titles without site suffixes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beritakit._text import normalize_space
from beritakit.dates import WIB, parse_machine_date
from beritakit.parsing.bylines import split_names
from beritakit.parsing.datelines import looks_like_outlet

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

__all__ = ["DEFAULT_TZ", "machine_date", "names", "strip_site_name"]

DEFAULT_TZ: dt.tzinfo = WIB
"""The zone of dates printed without one: national Indonesian outlets publish from Jakarta."""

_TITLE_SEPARATOR = re.compile(r"(\s+(?:[-|–—»]|::)\s*|\s*(?:[-|–—»]|::)\s+|:\s+)")
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)


def machine_date(values: Iterable[str], *, default_tz: dt.tzinfo | None = DEFAULT_TZ) -> dt.datetime | None:
    """The first value that reads as a machine date (ISO 8601, Unix time)."""
    for value in values:
        parsed = parse_machine_date(value, default_tz=default_tz)
        if parsed is not None:
            return parsed
    return None


def names(values: Iterable[str], *, outlets: Iterable[str | None] = ()) -> tuple[str, ...]:
    """Person names from metadata author strings (``"A, B dan C"``), in order, once each.

    URLs (``article:author`` is often the outlet's Facebook page) and outlet names
    (``"Kompas Cyber Media"``, or any of ``outlets``) are not people.
    """
    brands = {outlet.casefold() for outlet in outlets if outlet}
    found: list[str] = []
    for value in values:
        if _URL.match(value.strip()):
            continue
        found.extend(
            name
            for name in split_names(value)
            if name not in found and not looks_like_outlet(name) and name.casefold() not in brands
        )
    return tuple(found)


def strip_site_name(title: str, site_names: Iterable[str | None] = ()) -> str:
    """A ``<title>`` without the outlet around it: ``"Banjir - Kompas.com"`` → ``"Banjir"``.

    Only parts at either end that name the outlet (its ``og:site_name``, a news brand or a
    domain) are dropped; what remains is kept as printed.

    >>> strip_site_name("Banjir di Jakarta | Republika Online")
    'Banjir di Jakarta'
    >>> strip_site_name("KapanLagi.com: Jokowi: Ekonomi Tumbuh - Kompas.com")
    'Jokowi: Ekonomi Tumbuh'
    """
    brands = {normalize_space(name).casefold() for name in site_names if name}
    pieces = _TITLE_SEPARATOR.split(normalize_space(title))
    parts, separators = pieces[0::2], pieces[1::2]
    while len(parts) > 1 and _names_outlet(parts[-1], brands):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and _names_outlet(parts[0], brands):
        parts.pop(0)
        separators.pop(0)
    joined = parts[0] + "".join(
        separator + part for separator, part in zip(separators, parts[1:], strict=True)
    )
    return joined.strip() or normalize_space(title)


def _names_outlet(part: str, brands: set[str]) -> bool:
    cleaned = part.strip()
    if not cleaned:
        return True
    if cleaned.casefold() in brands:
        return True
    return len(cleaned.split()) <= 3 and looks_like_outlet(cleaned)
