"""The page, parsed once: the lxml tree plus the indexes every source reads.

:func:`build_document` is the only place where HTML is parsed. It enforces the safety bounds
(size, nesting), decodes bytes, removes what no source should see (scripts, styles, elements
hidden with ``display:none``), and indexes the metadata once: ``<meta>`` contents, microdata
``itemprop`` values, ``<link rel>`` targets and the JSON-LD blocks (``@graph`` flattened,
grouped by ``@type``). Site rules and the fallbacks read the :class:`Document`; nothing re-parses.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, cast
from urllib.parse import urljoin, urlsplit

import attrs
from lxml import etree

from beritakit._text import normalize_space, strip_xml_illegal
from beritakit.errors import LimitError, ParseError, ValidationError
from beritakit.parsing.decode import decode_html, looks_binary, utf8_bytes

__all__ = [
    "ARTICLE_TYPES",
    "MAX_DEPTH",
    "MAX_HTML_BYTES",
    "Document",
    "LinkedData",
    "Microdata",
    "absolute_url",
    "build_document",
    "text_of",
]

MAX_HTML_BYTES = 20 * 1024 * 1024
"""Largest page read, in bytes (or characters for ``str`` input); a larger one raises LimitError."""

MAX_DEPTH = 2048
"""Deepest element nesting read: libxml2 stops there, and the rest of the page would be lost."""

Element = etree._Element  # noqa: SLF001 - lxml's element class has no public name
"""An element of a parsed page: lxml's plain element (see :func:`build_document`)."""

_URL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f]")
# An absolute http(s) URL with a host and none of ";?#" nor white space: urljoin gives it back as
# it is (whatever the base), so it is not joined at all (most links on news pages are such).
_PLAIN_ABSOLUTE = re.compile(r"https?://[^/;?#\s\x00-\x1f\x7f]+(?:/[^;?#\s\x00-\x1f\x7f]*)?")
# The same with a plain host name (letters, digits, dots, hyphens, an optional port) and maybe a
# query (the tracking parameters of related links): such a URL passes every check below as it is,
# so it is returned without being split.
_QUERY = r"(?:\?[^#\s\x00-\x1f\x7f]+)?"  # urljoin drops an empty one
_PLAIN_HOST_ABSOLUTE = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[^;?#\s\x00-\x1f\x7f]*)?" + _QUERY)
# A path from the root with no empty, "." or ".." segment (which urljoin would remove or resolve):
# joined to a plain base, it is the base's scheme and host followed by the path as it is.
_PLAIN_ROOT_RELATIVE = re.compile(r"(?:/(?!\.\.?(?:[/?]|$))[^/;?#\s\x00-\x1f\x7f]+)*/?" + _QUERY)
_PLAIN_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?=[/?#]|$)")
_TAG = re.compile(rb"<\s*[a-zA-Z!/?]")
_META_KEYS = frozenset({"name", "property", "itemprop"})  # the attributes naming a <meta>
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
# A JSON-LD block wrapped for old browsers: "<!--" or "<![CDATA[" (maybe after "//") opening it,
# "-->" or "]]>" closing it.
_OPENING_WRAPPER = re.compile(r"(?://\s*)?(?:<!--|<!\[CDATA\[)")
_SCHEMA_PREFIX = re.compile(r"^https?://schema\.org/", re.IGNORECASE)

# One scan for what only attributes reveal: microdata values and hidden elements. (Reaching the
# elements through their attributes is several times faster in libxml2 than testing every element
# with //*[@itemprop or ...], and /descendant::* tries the attribute axis on elements only, where
# // would try it on every text node too; the union is in page order all the same.)
_MARKED = etree.XPath("/descendant::*/@itemprop/.. | /descendant::*/@style/.. | /descendant::*/@hidden/..")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
# Elements whose content no reader sees; their tails are text, so only the element goes.
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "link", etree.Comment)


ARTICLE_TYPES = (
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "Article",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
)
"""JSON-LD types that describe the article itself, most specific first."""


@attrs.frozen(kw_only=True)
class LinkedData:
    """The JSON-LD objects of a page, grouped by ``@type`` (``schema.org/`` prefixes dropped)."""

    by_type: Mapping[str, tuple[Mapping[str, Any], ...]] = attrs.field(factory=dict)

    def of_type(self, *types: str) -> tuple[Mapping[str, Any], ...]:
        """Every object of any of ``types``, in the order of ``types`` then of the page."""
        return tuple(item for name in types for item in self.by_type.get(name, ()))

    @classmethod
    def from_blocks(cls, blocks: Iterable[str]) -> LinkedData:
        """Index the text of ``<script type="application/ld+json">`` blocks; broken ones are skipped."""
        grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for block in blocks:
            for item in _objects(_load_json(block)):
                for name in _types(item):
                    grouped[name].append(item)
        return cls(by_type={name: tuple(items) for name, items in grouped.items()})


class Microdata(Mapping[str, tuple[str, ...]]):
    """Microdata values by lower-cased ``itemprop`` name, in page order: an element's ``content``,
    link, source, time or text. A name without a value is no key.

    Each name's values are read when it is first asked for: the text of an ``articleBody`` is the
    whole article, and no source asks for it. What the page said is kept all the same: before an
    element is dropped (hidden, or by a site rule), the elements holding it are read.
    """

    def __init__(self, holders: Mapping[str, list[Element]]) -> None:
        self._holders = holders
        self._values: dict[str, tuple[str, ...]] = {}
        self._read_before_drop: dict[Element, str] = {}
        self._holding: set[Element] | None = None

    def read_before_dropping(self, element: Element) -> None:
        """Read the values of the elements that hold ``element``, which is about to be dropped."""
        if not self._holders:
            return  # many pages have no microdata at all
        if self._holding is None:
            self._holding = {holder for holders in self._holders.values() for holder in holders}
        for ancestor in element.iterancestors():
            if ancestor in self._holding and ancestor not in self._read_before_drop:
                self._read_before_drop[ancestor] = _itemprop_value(ancestor)

    def __getitem__(self, key: str) -> tuple[str, ...]:
        values = self._values.get(key)
        if values is None:
            read = self._read_before_drop
            found = (read[e] if e in read else _itemprop_value(e) for e in self._holders.get(key, ()))
            values = self._values[key] = tuple(value for value in found if value)
        if not values:
            raise KeyError(key)
        return values

    def __iter__(self) -> Iterator[str]:
        return (key for key in self._holders if key in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


@attrs.frozen(kw_only=True, eq=False)
class Document:
    """One parsed page and its metadata indexes.

    ``url`` is the article's own address (given by the caller, else the page's canonical link or
    ``og:url``); ``base_url`` is what relative links resolve against; ``meta`` maps lower-cased
    ``name``/``property``/``itemprop`` of ``<meta>`` elements to their contents in page order;
    ``microdata`` does the same for other ``itemprop`` elements (``href``, ``src``, ``datetime``
    or text); ``links`` maps each ``<link rel>`` to its targets.
    """

    root: Element
    url: str | None
    base_url: str | None
    meta: Mapping[str, tuple[str, ...]]
    microdata: Microdata
    links: Mapping[str, tuple[str, ...]]
    linked_data: LinkedData
    itemprop_elements: Mapping[str, tuple[Element, ...]] = attrs.field(factory=dict)
    """Elements by their whole ``itemprop`` attribute, in page order (hidden ones included)."""
    # hrefs already resolved: captions, related lists and the body walk meet the same links.
    _resolved: dict[str | None, str | None] = attrs.field(factory=dict, init=False, repr=False)
    # Elements dropped after build (a site rule's ``remove``): indexes built before may still list them.
    dropped: list[Element] = attrs.field(factory=list, init=False, repr=False)
    _named: dict[
        tuple[frozenset[tuple[str, str]], frozenset[str]], Mapping[tuple[str, str], tuple[Element, ...]]
    ] = attrs.field(factory=dict, init=False, repr=False)

    def named(
        self, keys: frozenset[tuple[str, str]], tags: frozenset[str] = frozenset()
    ) -> Mapping[tuple[str, str], tuple[Element, ...]]:
        """The elements (of ``tags``, or of any tag) under each of ``keys`` they match, in page order:
        ``("class", name)`` when ``name`` is one of their classes, ``("class-part", text)`` when
        their ``class`` attribute contains ``text``, ``("id", name)`` when their id is ``name``.

        Site rules ask for a dozen names each: one pass for all of them (cached per request)
        spares libxml2 a test of every element per selector. Class lists split as
        :meth:`str.split` does, a superset of XPath's ``normalize-space``: a name missing here
        is on no element.
        """
        index = self._named.get((keys, tags))
        if index is None:
            classes = frozenset(name for kind, name in keys if kind == "class")
            parts = [name for kind, name in keys if kind == "class-part"]
            ids = frozenset(name for kind, name in keys if kind == "id")
            grouped: dict[tuple[str, str], list[Element]] = defaultdict(list)
            for element in self.root.iter(*tags) if tags else self.root.iter(etree.Element):
                names = element.get("class")
                if names:
                    for name in classes.intersection(names.split()):
                        grouped["class", name].append(element)
                    for part in parts:
                        if part in names:
                            grouped["class-part", part].append(element)
                if ids and (identifier := element.get("id")) in ids:
                    grouped["id", identifier].append(element)
            index = {key: tuple(elements) for key, elements in grouped.items()}
            self._named[keys, tags] = index
        return index

    def drop(self, element: Element) -> None:
        """Remove ``element`` (and what it holds, but not its tail) from the page."""
        self.microdata.read_before_dropping(element)
        if _drop_tree(element):
            self.dropped.append(element)

    @property
    def host(self) -> str | None:
        """The lower-cased host name of ``url`` (or of ``base_url``), used to pick a site rule."""
        for candidate in (self.url, self.base_url):
            if candidate:
                return urlsplit(candidate).hostname
        return None

    @property
    def page_title(self) -> str | None:
        """The text of the page's ``<title>`` (normalised; None when missing or empty), site suffix
        and all. (Looked for in ``<head>`` first: ``.//title`` alone walks the whole page.)"""
        title = self.root.find("head/title")
        if title is None:
            title = self.root.find(".//title")
        return (normalize_space(text_of(title)) or None) if title is not None else None

    def first_meta(self, *keys: str) -> str | None:
        """The first non-empty ``<meta>`` content under any of ``keys``, tried in order."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return value
        return None

    def absolute(self, href: str | None) -> str | None:
        """``href`` resolved against the page, or None when it is not an http(s) URL."""
        if href in self._resolved:
            return self._resolved[href]
        url = self._resolved[href] = absolute_url(href, self.base_url)
        return url


def text_of(element: Element) -> str:
    """The text of ``element`` and everything inside it, as ``element.text_content()`` gives it.

    Twice as fast: a childless element's own text, else libxml2's text serialisation (no XPath).

    >>> text_of(etree.fromstring("<p>Harga <b>cabai</b> naik</p>"))
    'Harga cabai naik'
    """
    if len(element) == 0:
        return element.text or ""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def _drop_tree(element: Element) -> bool:
    """Remove ``element`` and its content, keeping its tail (visible text of the parent) in place;
    False when it was not in a tree."""
    parent = element.getparent()
    if parent is None:
        return False
    if element.tail:
        previous = element.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    parent.remove(element)
    return True


def absolute_url(href: str | None, base: str | None) -> str | None:
    """Resolve ``href`` against ``base``; None unless the result is an absolute http(s) URL.

    >>> absolute_url("/berita/1", "https://contoh.id/a/b")
    'https://contoh.id/berita/1'
    >>> absolute_url("javascript:void(0)", "https://contoh.id/") is None
    True
    """
    if not href:
        return None
    href = href.strip()
    if _PLAIN_HOST_ABSOLUTE.fullmatch(href):
        return href
    if href.startswith("/") and base and _PLAIN_ROOT_RELATIVE.fullmatch(href):
        origin = _PLAIN_ORIGIN.match(base)
        if origin is not None:
            return origin.group() + href
    return _joined_url(href, base)


def _joined_url(href: str, base: str | None) -> str | None:
    """:func:`absolute_url` without its shortcuts for plain links (the tests hold them to this)."""
    try:
        url = urljoin(base, href) if base and not _PLAIN_ABSOLUTE.fullmatch(href) else href
        parts = urlsplit(url)
    except ValueError:  # e.g. an invalid IPv6 literal
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    url = url.replace(" ", "%20")  # a space in a file name is common; the link still works encoded
    return None if _URL_FORBIDDEN.search(url) else url


def build_document(html: str | bytes, *, url: str | None = None) -> Document:
    """Parse ``html`` once and index it, or raise the error that says why it cannot be read.

    Raises LimitError above :data:`MAX_HTML_BYTES` or :data:`MAX_DEPTH`, ParseError for empty,
    binary or non-HTML input, and ValidationError when ``url`` is not an absolute http(s) URL.
    """
    given = _given_url(url)
    root = _parse(html)
    # One tag-filtered pass (far cheaper than XPath) before the scripts and links are stripped.
    by_tag: dict[str, list[Element]] = {"script": [], "link": [], "base": [], "meta": []}
    for element in root.iter(*by_tag):
        by_tag[str(element.tag)].append(element)
    linked_data = LinkedData.from_blocks(
        el.text or "" for el in by_tag["script"] if el.get("type") == "application/ld+json"
    )
    links = _index((rel, el.get("href", "").strip()) for el in by_tag["link"]
                   for rel in el.get("rel", "").lower().split())  # fmt: skip
    base_href = next((el.get("href", "").strip() for el in by_tag["base"] if el.get("href")), None) or None
    meta = _meta_index(by_tag["meta"])
    etree.strip_elements(root, *_INVISIBLE_TAGS, with_tail=False)
    itemprop_groups: dict[str, list[Element]] = defaultdict(list)
    holders: dict[str, list[Element]] = defaultdict(list)  # microdata: <meta> itemprops are in `meta`
    hidden: list[Element] = []
    for element in _MARKED(root):
        itemprop = element.get("itemprop")
        if itemprop:
            itemprop_groups[itemprop].append(element)
            if element.tag != "meta":
                for key in itemprop.lower().split():
                    holders[key].append(element)
        if _hidden(element):
            hidden.append(element)
    microdata = Microdata(holders)
    for element in hidden:  # the microdata sees hidden text as well
        microdata.read_before_dropping(element)
        _drop_tree(element)  # keeps the tail, which is visible text of the parent
    itemprop_elements = {key: tuple(elements) for key, elements in itemprop_groups.items()}
    page_url = given or _page_url(meta, links, microdata, linked_data, base_href)
    base_url = absolute_url(base_href, page_url) if base_href else page_url
    return Document(
        root=root,
        url=page_url,
        base_url=base_url or page_url,
        meta=meta,
        microdata=microdata,
        links=links,
        linked_data=linked_data,
        itemprop_elements=itemprop_elements,
    )


# --------------------------------------------------------------------------- parsing


def _given_url(url: str | None) -> str | None:
    if url is None:
        return None
    checked = (
        absolute_url(url, None) if isinstance(cast("object", url), str) else None
    )  # callers pass anything
    if checked is None:
        raise ValidationError("url", f"must be an absolute http(s) URL, got {url!r}")
    return checked


def _parse(html: str | bytes) -> Element:
    if isinstance(html, bytes | bytearray):
        html = bytes(html)
        if len(html) > MAX_HTML_BYTES:
            raise LimitError(f"page of {len(html):,} bytes exceeds the limit of {MAX_HTML_BYTES:,} bytes")
        # Valid UTF-8 goes to the parser as it is; other encodings are decoded, then re-encoded.
        data = utf8_bytes(html)
        if data is None:
            data = _encoded(decode_html(html))
    elif isinstance(html, str):
        if len(html) > MAX_HTML_BYTES:
            raise LimitError(
                f"page of {len(html):,} characters exceeds the limit of {MAX_HTML_BYTES:,} characters"
            )
        if looks_binary(html):
            raise ParseError("not a text document: it holds binary control characters")
        data = _encoded(html)
    else:
        raise ParseError(f"expected HTML as str or bytes, got {type(html).__name__}")
    if not data or data.isspace():  # (strip() would copy the page)
        raise ParseError("empty document")
    if not _TAG.search(data):
        raise ParseError("not HTML: the document has no tags")
    # lxml's own HTML parser, not lxml.html's: its elements are lxml's plain class, where
    # lxml.html's are a Python subclass whose proxies cost more each time a pass touches one.
    parser = etree.HTMLParser(
        encoding="utf-8",  # a stale <meta charset> must not re-decode what we decoded
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,  # lifts libxml2's depth bound from 256 to MAX_DEPTH; size is bounded above
        collect_ids=False,  # nothing here calls XPath's id(): no need for libxml2 to hash every id
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.LxmlError, ValueError) as error:
        raise ParseError(f"unreadable HTML: {error}") from None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            raise LimitError(f"elements nested deeper than {MAX_DEPTH} levels; the page is refused unread")
    if root is None:  # nothing but comments or processing instructions
        raise ParseError("empty document")
    if not isinstance(root.tag, str):
        raise ParseError("not HTML: the document has no HTML root")
    return root


def _encoded(text: str) -> bytes:
    # Lone surrogates cannot be encoded; XML-illegal characters would only be dropped later.
    return strip_xml_illegal(text).encode("utf-8")


# --------------------------------------------------------------------------- metadata


def _hidden(element: Element) -> bool:
    style, hidden = element.get("style"), element.get("hidden")
    if style is None and hidden is None:
        return False  # an element listed for its itemprop only
    if element.tag in {"html", "head", "body"} or element.getparent() is None:
        return False
    return hidden is not None or bool(_HIDDEN_STYLE.search(style or ""))


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for key, value in pairs:
        if key and value:
            grouped[key].append(value)
    return {key: tuple(values) for key, values in grouped.items()}


def _meta_index(elements: Iterable[Element]) -> dict[str, tuple[str, ...]]:
    """Each ``<meta>`` content (normalised once) under its lower-cased name, property and itemprop."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for element in elements:
        content = ""
        keys: list[str] = []
        for attribute, value in element.items():  # one call for the two or three attributes of a <meta>
            if attribute == "content":
                content = " ".join(value.split())
            elif attribute in _META_KEYS:
                keys.extend(value.lower().split())
        if content:
            for key in keys:
                grouped[key].append(content)
    return {key: tuple(contents) for key, contents in grouped.items()}


def _itemprop_value(element: Element) -> str:
    """A microdata element's value: its content, link, source, time or text."""
    return (
        element.get("content")
        or (element.get("href") if element.tag in {"a", "link", "area"} else None)
        or (element.get("src") if element.tag in {"img", "audio", "video", "source"} else None)
        or (element.get("datetime") if element.tag == "time" else None)
        or normalize_space(text_of(element))
    ).strip()


def _page_url(
    meta: Mapping[str, tuple[str, ...]],
    links: Mapping[str, tuple[str, ...]],
    microdata: Mapping[str, tuple[str, ...]],
    linked_data: LinkedData,
    base_href: str | None,
) -> str | None:
    article = next(iter(linked_data.of_type(*ARTICLE_TYPES)), {})
    entity = article.get("mainEntityOfPage")
    candidates = (
        *links.get("canonical", ()),
        *meta.get("og:url", ()),
        article.get("url"),
        entity.get("@id") if isinstance(entity, Mapping) else entity,
        *microdata.get("url", ())[:1],
    )
    for candidate in candidates:
        url = absolute_url(candidate, base_href) if isinstance(candidate, str) else None
        if url is not None:
            return url
    return None


def _load_json(text: str) -> Any:
    text = _unwrapped(text)
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)  # strict=False: raw newlines inside strings
        except (ValueError, RecursionError):
            continue
    return None


def _unwrapped(text: str) -> str:
    """The JSON of a ``<script>`` block without the comment or CDATA marks around it."""
    text = text.strip()
    opening = _OPENING_WRAPPER.match(text)
    if opening is not None:
        text = text[opening.end() :]
    if text.endswith(("-->", "]]>")):
        text = text[:-3]
        before = text.rstrip()
        text = before[:-2] if before.endswith("//") else text
    return text


def _objects(value: Any) -> Iterator[Mapping[str, Any]]:
    """Every JSON-LD node in ``value``: top-level lists and ``@graph`` arrays are flattened."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
            if "@type" in item:
                yield item


def _types(item: Mapping[str, Any]) -> Iterator[str]:
    declared = item.get("@type")
    for name in declared if isinstance(declared, list) else [declared]:
        if isinstance(name, str):
            yield _SCHEMA_PREFIX.sub("", name.strip())
