"""Liputan6.com (and its channel subdomains: news., showbiz., tekno., photo. …)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from beritakit._text import normalize_space
from beritakit.parsing.document import text_of
from beritakit.sites._base import SiteRule, field, has_class

if TYPE_CHECKING:
    from collections.abc import Mapping

    from beritakit.parsing.document import Document

__all__ = ["Liputan6Rule"]

# The credits list is a run of items under role headings ("Author", "Editor", "Photographer"),
# printed without colons: each name belongs to the nearest role heading before it.
_CREDITED_EDITORS = (
    f"//li[{has_class('read-page--credits__item')}]"
    f"[preceding-sibling::li[{has_class('read-page--credits__role')}][1][normalize-space() = 'Editor']]"
    f"//span[{has_class('read-page--credits__name')}]"
)


class Liputan6Rule(SiteRule):
    """Liputan6.com: the 2015-16 ``read-page--header__…`` template (articles and photo pages)
    and, for headline, date, writer and tags, the current ``read-page--header--…`` one.

    The header prints "By Name on 16 Feb 2016 at 09:10 WIB"; the editors sit only in the
    collapsed "Credits" popover (``read-page--credits``). A photo page's text block is empty:
    its captions are the story.
    """

    name = "Liputan6.com"
    domains = frozenset({"liputan6.com"})
    title = (
        f"//h1[{has_class('read-page--header--title')}]",
        f"//h1[{has_class('read-page--header__title')}]",
    )
    body = (f"//div[{has_class('read-page__content-body')}]",)
    date = (
        f"//time[{has_class('read-page--header--author__datetime')}]",
        f"//time[{has_class('read-page--header__datetime')}]",
    )
    byline = (
        f"//span[{has_class('read-page--header--author__name')}]",
        f"//span[{has_class('read-page--header__author')}]",
    )
    tags = (f"//ul[{has_class('tags--snippet__list')}]", f"//ul[{has_class('read-page--tags__list')}]")
    related_list = (f"//div[{has_class('relateds')}]",)
    queries: ClassVar[Mapping[str, tuple[str, ...]]] = {"credited_editors": (_CREDITED_EDITORS,)}

    @field("editors")
    def credited_editors(self, doc: Document) -> tuple[str, ...] | None:
        """The names listed under "Editor" in the credits popover."""
        names = [normalize_space(text_of(span)) for span in self.select_all("credited_editors", doc)]
        return tuple(dict.fromkeys(name for name in names if name)) or None
