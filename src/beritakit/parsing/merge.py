"""The one place where the sources' answers are weighed: precedence as data, merged field by field.

For every field, :data:`PRECEDENCE` lists the sources in the order they are trusted; the first
that answers wins. The visible page beats metadata for what readers see (headline, date, byline):
metadata titles carry site suffixes, and metadata dates are sometimes wrong (detik labels WIB
times as UTC). :data:`REFINED` fields then borrow precision: a visible ``14:56`` that a machine
date ``14:56:43`` agrees with becomes ``14:56:43``, and a date printed without a time takes the
time of a machine date of the same day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final, Literal

from beritakit.parsing.partial import FIELDS, Partial

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["PRECEDENCE", "REFINED", "SOURCES", "Source", "merge", "settled"]

Source = Literal["site", "heuristics", "jsonld", "meta"]

SOURCES: Final[tuple[Source, ...]] = ("site", "heuristics", "jsonld", "meta")
"""Every source, most specific first: a site rule, the visible page, JSON-LD, ``<meta>`` tags."""

_VISIBLE_FIRST: Final[tuple[Source, ...]] = ("site", "heuristics", "jsonld", "meta")
_METADATA_FIRST: Final[tuple[Source, ...]] = ("site", "meta", "jsonld", "heuristics")
_PAGE_ONLY: Final[tuple[Source, ...]] = ("site", "heuristics")

PRECEDENCE: Final[Mapping[str, tuple[Source, ...]]] = {
    "title": _VISIBLE_FIRST,  # the headline as shown; <title> with its suffix comes last
    "url": ("site", "meta", "jsonld"),  # the meta source carries the given or canonical URL
    "description": ("site", "meta", "jsonld"),
    "published": _VISIBLE_FIRST,
    "updated": ("site", "jsonld", "meta", "heuristics"),
    "authors": _VISIBLE_FIRST,  # JSON-LD authors are sometimes the editor's account
    "editors": _VISIBLE_FIRST,
    "site_name": ("site", "meta", "jsonld"),
    "section": _METADATA_FIRST,
    # Tags shown on the page only: keyword metadata is an SEO list ("berita terkini, berita
    # Indonesia", "Editor:Iskandar"), not the article's topics.
    "tags": _PAGE_ONLY,
    "lead_image": _METADATA_FIRST,  # og:image is the photo the outlet chose to represent it
    "body": _PAGE_ONLY,
    "captions": _PAGE_ONLY,
    "related_inline": _PAGE_ONLY,
    "related_list": _PAGE_ONLY,
    "next_page": _PAGE_ONLY,
}
"""For each Partial field, the sources in the order they are trusted."""

REFINED: Final[frozenset[str]] = frozenset({"published", "updated"})
"""Date fields that take a lower source's seconds (or time of day) when it agrees with the winner."""


def merge(partials: Mapping[Source, Partial]) -> Partial:
    """One Partial holding, for each field, the answer of the most trusted source that gave one.

    >>> merge({"meta": Partial(title="Banjir"), "heuristics": Partial(title="Banjir di Jakarta")}).title
    'Banjir di Jakarta'
    """
    merged: dict[str, Any] = {}
    for field in FIELDS:
        answers = [answer for source in PRECEDENCE[field] if source in partials
                   if (answer := getattr(partials[source], field))]  # fmt: skip
        if answers:
            merged[field] = _refine(answers[0], answers[1:]) if field in REFINED else answers[0]
    return Partial(**merged)


def settled(partials: Mapping[Source, Partial], source: Source) -> frozenset[str]:
    """The fields whose answer from ``source`` could not change the merge of ``partials`` with it:
    a source trusted more has answered them, and they borrow nothing from lower sources.

    >>> sorted(settled({"heuristics": Partial(title="Banjir di Jakarta")}, "meta"))
    ['body', 'captions', 'next_page', 'related_inline', 'related_list', 'tags', 'title']
    """
    return frozenset(
        field
        for field, order in PRECEDENCE.items()
        if source not in order
        or (
            field not in REFINED
            and any(
                getattr(partials[trusted], field)
                for trusted in order[: order.index(source)]
                if trusted in partials
            )
        )
    )


def _refine(chosen: object, others: list[object]) -> object:
    if not isinstance(chosen, dt.datetime):
        return chosen
    for other in others:
        if not isinstance(other, dt.datetime):
            continue
        if _same_minute(chosen, other) or (
            _date_only(chosen) and other.astimezone(chosen.tzinfo).date() == chosen.date()
        ):
            return other.astimezone(chosen.tzinfo)
    return chosen


def _same_minute(first: dt.datetime, second: dt.datetime) -> bool:
    return (
        first.replace(second=0, microsecond=0) == second.replace(second=0, microsecond=0) and first != second
    )


def _date_only(value: dt.datetime) -> bool:
    return (value.hour, value.minute, value.second) == (0, 0, 0)
