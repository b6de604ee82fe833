"""What one source found on a page: every field optional, ``None`` meaning "no opinion".

Site rules, JSON-LD, ``<meta>`` tags and the HTML heuristics each return a :class:`Partial`;
:mod:`beritakit.parsing.merge` decides, field by field, whose answer wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    import datetime as dt

    from beritakit.models import Caption, RelatedLink

__all__ = ["FIELDS", "Partial"]


@attrs.frozen(kw_only=True)
class Partial:
    """Optional article fields as one source read them (``None``: the source has no answer).

    ``body`` is the article text in reading order; ``related_inline`` are the "Baca juga" links
    found inside it, ``related_list`` the "Berita Terkait" block tied to the article.
    """

    title: str | None = None
    url: str | None = None
    description: str | None = None
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    authors: tuple[str, ...] | None = None
    editors: tuple[str, ...] | None = None
    site_name: str | None = None
    section: str | None = None
    tags: tuple[str, ...] | None = None
    lead_image: str | None = None
    body: tuple[str, ...] | None = None
    captions: tuple[Caption, ...] | None = None
    related_inline: tuple[RelatedLink, ...] | None = None
    related_list: tuple[RelatedLink, ...] | None = None
    next_page: str | None = None

    def found(self) -> frozenset[str]:
        """The names of the fields this source answered (non-empty values)."""
        return frozenset(name for name in FIELDS if getattr(self, name))


FIELDS: tuple[str, ...] = tuple(field.name for field in attrs.fields(Partial))
"""Every field a source can answer, in declaration order."""
