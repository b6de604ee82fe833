"""The base of every site rule: selectors that steer the generic extractor, plus field overrides.

A rule declares only what differs from the generic extractor on its outlet:

- ``title`` and ``body``: where the headline and the article text are (they replace the
  generic guesses, and everything else is then read around them);
- ``date``, ``byline``, ``tags``, ``related_list``, ``captions``: elements holding those fields,
  read with the generic readers (Indonesian dates, bylines, credits);
- ``remove``: elements to drop before anything reads the page (an ad inside the text);
- methods marked ``@field("<name>")`` for anything peculiar; they return the value of that
  :class:`~beritakit.parsing.partial.Partial` field, or None to let the generic value stand.

Selectors are XPath 1.0 strings, several per field, tried in order; they are compiled (and
checked) when the class is defined. Whatever a rule leaves unset comes from the generic sources.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import lxml.html
from lxml import etree

from beritakit._text import normalize_space
from beritakit.dates import WIB
from beritakit.parsing.body import related_links
from beritakit.parsing.bylines import parse_byline, split_names
from beritakit.parsing.captions import caption_from
from beritakit.parsing.links import tags_from
from beritakit.parsing.partial import FIELDS, Partial
from beritakit.parsing.sources.common import machine_date
from beritakit.parsing.sources.heuristics import visible_date

if TYPE_CHECKING:
    import datetime as dt

    from beritakit.parsing.document import Document

__all__ = ["SELECTORS", "SiteRule", "field", "has_class"]

Element = lxml.html.HtmlElement
Method = TypeVar("Method", bound=Callable[..., Any])

SELECTORS: tuple[str, ...] = ("title", "body", "date", "byline", "tags", "related_list", "captions", "remove")
"""The selector constants a rule may declare."""


def has_class(name: str) -> str:
    """An XPath predicate true for elements whose ``class`` list contains ``name`` exactly.

    >>> f"//div[{has_class('read__content')}]"
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' read__content ')]"
    """
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def field(name: str) -> Callable[[Method], Method]:
    """Mark a rule method as the reader of the Partial field ``name`` (``"published"``, ``"tags"``…).

    The method takes the :class:`~beritakit.parsing.document.Document` and returns the field's
    value, or None to keep the generic one.
    """
    if name not in FIELDS:
        raise ValueError(f"unknown field {name!r}; a rule can set one of {', '.join(FIELDS)}")

    def mark(method: Method) -> Method:
        method.__beritakit_field__ = name  # type: ignore[attr-defined]
        return method

    return mark


class SiteRule:
    """One outlet (or one CMS shared by a network of outlets). Subclass it; see the module doc."""

    name: ClassVar[str] = ""
    """The outlet's name as readers know it ("Kompas.com")."""
    domains: ClassVar[frozenset[str]] = frozenset()
    """Registrable domains served by this rule; a host matches a domain or any subdomain of it."""
    timezone: ClassVar[dt.tzinfo] = WIB
    """The zone of dates the outlet prints without one."""

    title: ClassVar[tuple[str, ...]] = ()
    body: ClassVar[tuple[str, ...]] = ()
    date: ClassVar[tuple[str, ...]] = ()
    byline: ClassVar[tuple[str, ...]] = ()
    tags: ClassVar[tuple[str, ...]] = ()
    related_list: ClassVar[tuple[str, ...]] = ()
    captions: ClassVar[tuple[str, ...]] = ()
    remove: ClassVar[tuple[str, ...]] = ()

    _compiled: ClassVar[dict[str, tuple[etree.XPath, ...]]] = {}
    _fields: ClassVar[dict[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        compiled: dict[str, tuple[etree.XPath, ...]] = {}
        for selector in SELECTORS:
            expressions = getattr(cls, selector)
            if isinstance(expressions, str):
                raise TypeError(f"{cls.__name__}.{selector} must be a tuple of XPath strings, not one string")
            try:
                compiled[selector] = tuple(etree.XPath(expression) for expression in expressions)
            except etree.XPathSyntaxError as error:
                raise ValueError(f"{cls.__name__}.{selector}: invalid XPath ({error})") from None
        cls._compiled = compiled
        cls._fields = {
            method.__beritakit_field__: attribute
            for klass in reversed(cls.__mro__)
            for attribute, method in vars(klass).items()
            if callable(method) and hasattr(method, "__beritakit_field__")
        }

    @classmethod
    def matches(cls, host: str) -> bool:
        """Whether ``host`` is one of the rule's domains or a subdomain of one."""
        return cls.specificity(host) > 0

    @classmethod
    def specificity(cls, host: str) -> int:
        """The length of the longest of the rule's domains that ``host`` falls under (0: none)."""
        host = host.lower().rstrip(".")
        return max((len(d) for d in cls.domains if host == d or host.endswith(f".{d}")), default=0)

    # ------------------------------------------------------------------------- selectors

    def select(self, selector: str, doc: Document) -> list[Element]:
        """The elements of the first of the rule's ``selector`` expressions that matches any."""
        for expression in self._compiled.get(selector, ()):
            found = [node for node in expression(doc.root) if isinstance(node, lxml.html.HtmlElement)]
            if found:
                return found
        return []

    def prepare(self, doc: Document) -> None:
        """Drop the ``remove`` elements from the page, before anything reads it."""
        for expression in self._compiled.get("remove", ()):
            for element in expression(doc.root):
                if isinstance(element, lxml.html.HtmlElement) and element.getparent() is not None:
                    element.drop_tree()

    def headline(self, doc: Document) -> Element | None:
        """The element showing the headline, per the ``title`` selectors."""
        return next(iter(self.select("title", doc)), None)

    def container(self, doc: Document) -> Element | None:
        """The element holding the article text, per the ``body`` selectors."""
        return next(iter(self.select("body", doc)), None)

    # ------------------------------------------------------------------------- reading

    def extract(self, doc: Document) -> Partial:
        """The fields this rule reads itself: selector fields first, then ``@field`` methods."""
        values: dict[str, Any] = {
            "published": self._date(doc),
            "tags": tags_from(self.select("tags", doc)) or None,
            "related_list": tuple(
                link
                for block in self.select("related_list", doc)
                for link in related_links(block, doc.absolute, "list")
            )
            or None,
            "captions": tuple(
                caption
                for block in self.select("captions", doc)
                if (caption := caption_from(block, doc.absolute)) is not None
            )
            or None,
        }
        values.update(self._bylines(doc))
        for name, attribute in self._fields.items():
            value = getattr(self, attribute)(doc)
            if value is not None:
                values[name] = value
        return Partial(**{name: value for name, value in values.items() if value is not None})

    def _date(self, doc: Document) -> dt.datetime | None:
        for element in self.select("date", doc):
            found = visible_date(element.text_content(), default_tz=self.timezone) or machine_date(
                [element.get("datetime") or element.get("content") or ""], default_tz=self.timezone
            )
            if found is not None:
                return found
        return None

    def _bylines(self, doc: Document) -> dict[str, tuple[str, ...] | None]:
        """Labelled lines are read by their labels ("Editor: X"); an unlabelled element is the
        writer's name ("Fino Yurio Kristo - detikinet", "Andhika Prasetyo")."""
        authors: list[str] = []
        editors: list[str] = []
        for element in self.select("byline", doc):
            text = normalize_space(element.text_content())
            byline = parse_byline(text)
            found = byline.authors if byline.authors or byline.editors or ":" in text else split_names(text)
            authors.extend(name for name in found if name not in authors)
            editors.extend(name for name in byline.editors if name not in editors)
        return {"authors": tuple(authors) or None, "editors": tuple(editors) or None}
