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

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs
from lxml import etree

from beritakit._text import normalize_space
from beritakit.dates import WIB
from beritakit.parsing.body import related_links
from beritakit.parsing.bylines import parse_byline, split_names
from beritakit.parsing.captions import caption_from
from beritakit.parsing.document import Element, text_of
from beritakit.parsing.links import tags_from
from beritakit.parsing.partial import FIELDS, Partial
from beritakit.parsing.sources.common import machine_date
from beritakit.parsing.sources.heuristics import visible_date

if TYPE_CHECKING:
    import datetime as dt

    from beritakit.models import Caption, RelatedLink
    from beritakit.parsing.document import Document

__all__ = ["SELECTORS", "SiteRule", "field", "has_class"]

Method = TypeVar("Method", bound=Callable[..., Any])
Name = tuple[str, str]  # a kind ("class", "class-part", "id", "itemprop") and a value
Names = tuple[frozenset[Name], frozenset[str]]  # what Document.named indexes, and the tags it looks at

SELECTORS: tuple[str, ...] = ("title", "body", "date", "byline", "tags", "related_list", "captions", "remove")
"""The selector constants a rule may declare."""


def has_class(name: str) -> str:
    """An XPath predicate true for elements whose ``class`` list contains ``name`` exactly.

    (The plain ``contains`` first is only a cheap filter: most elements fail it without the
    string building of the exact test.)

    >>> f"//div[{has_class('isi')}]"
    "//div[(contains(@class, 'isi') and contains(concat(' ', normalize-space(@class), ' '), ' isi '))]"
    """
    return f"(contains(@class, '{name}') and contains(concat(' ', normalize-space(@class), ' '), ' {name} '))"


# A selector opening with //tag[has_class('name')], //tag[contains(@class, 'part')], //tag[@id='name']
# or //tag[@itemprop='name'] can only match at or under an element so named; the Document lists
# those, so the rest of the path runs from them instead of libxml2 testing every element of the page.
_NAME = r"(?P<name>[^'\s]+)"
_NAMED_STEP = re.compile(
    r"//(?P<tag>[a-z][a-z0-9]*|\*)\[(?:"
    + re.escape(has_class("NAME")).replace("NAME", _NAME, 1).replace("NAME", "(?P=name)")
    + r"|@(?P<attribute>id|itemprop)='(?P<value>[^'\s]+)'|contains\(@class, '(?P<part>[^'\s]+)'\))\]"
)
_XML_SPACE = re.compile(r"[ \t\r\n]+")
# A predicate that may be a number picks a position among siblings, which self:: cannot see.
_POSITIONAL = re.compile(
    r"^\s*[\d.]|\$|\b(?:position|last|count|string-length|sum|number|floor|ceiling|round)\(|[+]|\b(?:div|mod)\b"
)


@attrs.frozen
class _Selector:
    """One compiled selector; ``key``/``tag``/``relative`` are set when it opens with a named step,
    ``parts`` when it is a union (``a | b``) of such selectors."""

    whole: etree.XPath
    key: Name | None = None
    tag: str = "*"
    relative: etree.XPath | None = None  # the selector from one candidate: self::tag[...]rest
    # Steps after the first that may leave a candidate's subtree ("/parent::section/ul"): then the
    # results of several candidates may repeat or interleave, and only the whole XPath orders them.
    leaves: bool = False
    parts: tuple[_Selector, ...] = ()
    # The named step alone ("//div[has_class('isi')]"): its elements are the index's candidates.
    bare: bool = False

    @classmethod
    def compile(cls, expression: str) -> _Selector:
        whole = etree.XPath(expression)
        branches = [branch.strip() for branch in _split_outside_brackets(expression, "|")]
        if len(branches) > 1:
            parts = tuple(cls.compile(branch) for branch in branches)
            return cls(whole, parts=parts) if all(part.relative for part in parts) else cls(whole)
        opening = _NAMED_STEP.match(expression)
        if opening is None:
            return cls(whole)
        predicates, rest = _split_predicates(expression[opening.end() :])
        if predicates is None or any(_POSITIONAL.search(predicate) for predicate in predicates):
            return cls(whole)
        tag = opening["tag"]
        if opening["value"]:
            key: Name = (opening["attribute"], opening["value"])
        else:
            key = ("class-part", opening["part"]) if opening["part"] else ("class", opening["name"])
        extra = "".join(f"[{predicate}]" for predicate in predicates)
        # The opening step, "//div[...]", tested on the candidate itself: "self::div[...]".
        relative = etree.XPath(f"self::{expression[2 : opening.end()]}{extra}{rest}")
        return cls(whole, key, tag, relative, not _downward(rest), bare=not predicates and not rest)

    @property
    def indexed(self) -> tuple[_Selector, ...]:
        """The selectors answered from the name index: itself, or its union's parts."""
        return self.parts or ((self,) if self.key is not None else ())

    def __call__(self, doc: Document, names: Names) -> list[Element]:
        """The selector's elements in ``doc``; ``names``: what its rule's selectors open with."""
        if self.parts:
            found = dict.fromkeys(node for part in self.parts for node in part(doc, names))
            return sorted(found, key=_page_order)  # a union is in page order, each element once
        if self.relative is None or self.key is None:
            return _elements(self.whole(doc.root))
        kind, value = self.key
        named = (
            doc.itemprop_elements.get(value, ())
            if kind == "itemprop"
            else doc.named(*names).get(self.key, ())
        )
        # Hidden elements were listed by itemprop before they were dropped; others may have been
        # dropped by a rule's remove since the index was built.
        check = kind == "itemprop" or bool(doc.dropped)
        candidates = [
            element
            for element in named
            if self.tag in ("*", element.tag) and (not check or _attached(element, doc.root))
        ]
        if self.bare:  # no XPath to run: only has_class is stricter than the index
            return [element for element in candidates if kind != "class" or _has_class(element, value)]
        if len(candidates) > 1 and (self.leaves or _nested(candidates)):
            return _elements(self.whole(doc.root))  # the candidates' results may repeat or interleave
        return [node for element in candidates for node in _elements(self.relative(element))]


# Axes that stay inside the context node's subtree (a step without an axis is a child step).
_DOWNWARD_AXES = frozenset({"child", "descendant", "descendant-or-self", "self", "attribute"})
_AXIS = re.compile(r"/*\s*(?:([a-z-]+)\s*::|(\.\.)|@)")


def _downward(path: str) -> bool:
    """Whether every step of ``path`` ("/a//b[c]") stays inside the subtree it starts from."""
    steps = _split_outside_brackets(path, "/")
    for step in steps:
        axis = _AXIS.match(step)
        if axis is not None and (axis[2] or (axis[1] and axis[1] not in _DOWNWARD_AXES)):
            return False
    return True


def _nested(elements: list[Element]) -> bool:
    """Whether one of ``elements`` lies inside another."""
    members = set(elements)
    return any(ancestor in members for element in elements for ancestor in element.iterancestors())


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    """``text`` split at each ``separator`` outside brackets, parentheses and quotes."""
    pieces: list[str] = []
    depth, quote, start = 0, "", 0
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == separator and depth == 0:
            pieces.append(text[start:index])
            start = index + 1
    return [*pieces, text[start:]]


def _page_order(element: Element) -> tuple[int, ...]:
    """A key sorting elements in page order: the child positions on the way down to each."""
    path: list[int] = []
    for parent in element.iterancestors():
        path.append(parent.index(element))
        element = parent
    return tuple(reversed(path))


def _split_predicates(text: str) -> tuple[list[str] | None, str]:
    """The bracketed predicates opening ``text`` and what follows them; None when unbalanced or
    when the rest is not a path."""
    predicates: list[str] = []
    while text.startswith("["):
        depth, quote = 0, ""
        for index, char in enumerate(text):
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "[":
                depth += 1
            elif char == "]":
                depth -= 1
                if depth == 0:
                    predicates.append(text[1:index])
                    text = text[index + 1 :]
                    break
        else:
            return None, text
    return (predicates, text) if not text or text.startswith("/") else (None, text)


def _has_class(element: Element, name: str) -> bool:
    """:func:`has_class` in Python: ``name`` is one of the class names XPath's ``normalize-space``
    separates (at XML white space only, where the index splits at any white space)."""
    return name in _XML_SPACE.split(element.get("class") or "")


def _elements(nodes: Any) -> list[Element]:
    return [node for node in nodes if isinstance(node, Element) and isinstance(node.tag, str)]


def _attached(element: Element, root: Element) -> bool:
    """Whether ``element`` is still in the page (a ``remove`` selector may have dropped it)."""
    top = element
    for ancestor in element.iterancestors():
        top = ancestor
    return top is root


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
    queries: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    """More named groups of selectors, for ``@field`` methods to read with :meth:`select_all`."""

    _compiled: ClassVar[dict[str, tuple[_Selector, ...]]] = {}
    # The classes, ids and tags the selectors open with, indexed at once (no tag: any tag).
    _names: ClassVar[Names] = (frozenset(), frozenset())
    _fields: ClassVar[dict[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        compiled: dict[str, tuple[_Selector, ...]] = {}
        if clash := sorted(set(SELECTORS) & set(cls.queries)):
            raise ValueError(
                f"{cls.__name__}.queries: {', '.join(clash)} is a selector's name; name the query apart"
            )
        groups = {**{selector: getattr(cls, selector) for selector in SELECTORS}, **cls.queries}
        for group, expressions in groups.items():
            if isinstance(expressions, str):
                raise TypeError(f"{cls.__name__}.{group} must be a tuple of XPath strings, not one string")
            try:
                compiled[group] = tuple(_Selector.compile(expression) for expression in expressions)
            except etree.XPathSyntaxError as error:
                raise ValueError(f"{cls.__name__}.{group}: invalid XPath ({error})") from None
        cls._compiled = compiled
        # Itemprop steps read the Document's own list; classes and ids need one pass over the page.
        parts = [
            part for selectors in compiled.values() for selector in selectors for part in selector.indexed
        ]
        indexed = [part for part in parts if part.key is not None and part.key[0] != "itemprop"]
        tags = frozenset(selector.tag for selector in indexed)
        cls._names = (
            frozenset(selector.key for selector in indexed if selector.key),
            frozenset() if "*" in tags else tags,
        )
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
            found = expression(doc, self._names)
            if found:
                return found
        return []

    def select_all(self, query: str, doc: Document) -> list[Element]:
        """The elements of every expression of the ``query`` group, expression by expression."""
        return [
            element
            for expression in self._compiled.get(query, ())
            for element in expression(doc, self._names)
        ]

    def prepare(self, doc: Document) -> None:
        """Drop the ``remove`` elements from the page, before anything reads it."""
        for expression in self._compiled.get("remove", ()):
            for element in expression(doc, self._names):
                doc.drop(element)

    def headline(self, doc: Document) -> Element | None:
        """The element showing the headline, per the ``title`` selectors."""
        return next(iter(self.select("title", doc)), None)

    def container(self, doc: Document) -> Element | None:
        """The element holding the article text, per the ``body`` selectors."""
        return next(iter(self.select("body", doc)), None)

    # ------------------------------------------------------------------------- reading

    def extract(self, doc: Document) -> Partial:
        """The fields this rule reads itself: an ``@field`` method's value where it gives one, else
        the selector field's (read only then: a method's value would replace it anyway)."""
        values: dict[str, Any] = {}
        for name, attribute in self._fields.items():
            value = getattr(self, attribute)(doc)
            if value is not None:
                values[name] = value
        readers: dict[str, Callable[[Document], Any]] = {
            "published": self._date,
            "tags": self._tags,
            "related_list": self._related_list,
            "captions": self._captions,
        }
        for name, read in readers.items():
            if name not in values:
                values[name] = read(doc)
        if "authors" not in values or "editors" not in values:
            for name, value in self._bylines(doc).items():
                values.setdefault(name, value)
        return Partial(**{name: value for name, value in values.items() if value is not None})

    def _tags(self, doc: Document) -> tuple[str, ...] | None:
        return tags_from(self.select("tags", doc)) or None

    def _related_list(self, doc: Document) -> tuple[RelatedLink, ...] | None:
        blocks = self.select("related_list", doc)
        return tuple(link for block in blocks for link in related_links(block, doc.absolute, "list")) or None

    def _captions(self, doc: Document) -> tuple[Caption, ...] | None:
        blocks = self.select("captions", doc)
        captions = (caption_from(block, doc.absolute) for block in blocks)
        return tuple(caption for caption in captions if caption is not None) or None

    def _date(self, doc: Document) -> dt.datetime | None:
        for element in self.select("date", doc):
            found = visible_date(text_of(element), default_tz=self.timezone) or machine_date(
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
            text = normalize_space(text_of(element))
            byline = parse_byline(text)
            found = byline.authors if byline.authors or byline.editors or ":" in text else split_names(text)
            authors.extend(name for name in found if name not in authors)
            editors.extend(name for name in byline.editors if name not in editors)
        return {"authors": tuple(authors) or None, "editors": tuple(editors) or None}
