"""Read RSS 2.0 feeds into a :class:`~beritakit.models.Feed`, tolerating the untidy ones.

Real Indonesian feeds carry HTML in descriptions, GMT dates, ``isPermaLink="false"`` guids that
are article URLs, feedsportal redirect links, custom ``<thumbnail>`` tags and white space before the
XML declaration. :func:`read_rss` reads them all; every judgement it makes on the way (a date it
could not read, a relative link it resolved, an item it had to skip) becomes a
:class:`~beritakit.models.Problem` in ``Feed.problems``. Only input that is not an RSS feed at all
raises :class:`~beritakit.errors.FormatError`.

The HTML helpers at the bottom (:func:`html_paragraphs`, :func:`html_to_text`,
:func:`looks_like_html`) turn HTML fragments into plain text without ever touching the network.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from beritakit._text import normalize_space
from beritakit._xml import parse_xml
from beritakit.dates import parse_machine_date, parse_rfc822_date
from beritakit.errors import FormatError
from beritakit.formats.rss_namespaces import ATOM, CONTENT, DC, DCTERMS, MEDIA
from beritakit.models import Article, Caption, Channel, Feed, Problem, ProblemLevel

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

__all__ = ["SECTION_DOMAIN", "read_rss"]

SECTION_DOMAIN: Final = "section"
"""The ``domain`` of the ``<category>`` that holds an article's section (the other categories are tags)."""

TITLE_LIMIT: Final = 120
"""Longest title, in characters, made from a description's first sentence when an item has none."""

_NS: Final = {"content": CONTENT, "dc": DC, "dcterms": DCTERMS, "media": MEDIA, "atom": ATOM}
_LEADING_SPACE = re.compile(rb"^(\s+)(<\?xml[^>]*\?>)")
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_URL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_EMAIL_WITH_NAME = re.compile(r"\S+@\S+\s*\((?P<name>[^()]+)\)")
_PLAUSIBLE_SINCE = 1990  # the year before which the feed validator finds a date implausible


def read_rss(data: bytes | str) -> Feed:
    """Read an RSS 2.0 feed; return its channel, its articles and the problems met on the way.

    Raises :class:`~beritakit.errors.FormatError` when ``data`` is not XML, is an HTML page or an
    Atom feed rather than RSS, has no ``<channel>`` or no channel title; an untidy feed never
    raises. Documents that declare XML entities are refused (billion laughs, external entities).

    >>> feed = read_rss(
    ...     "<rss version='2.0'><channel><title>Contoh</title>"
    ...     "<item><title>Banjir &amp; macet</title><pubDate>06 Feb 2026 14:30 WIB</pubDate></item>"
    ...     "</channel></rss>"
    ... )
    >>> feed.articles[0].title
    'Banjir & macet'
    """
    problems: list[Problem] = []
    if isinstance(data, bytes | bytearray) and (match := _LEADING_SPACE.match(data)):
        # Move the white space after the declaration: the feed parses and line numbers stay right.
        data = match[2] + match[1] + data[match.end() :]
        problems.append(
            Problem(
                level="warning",
                code="WhitespaceBeforeXmlDeclaration",
                message="white space before the XML declaration was ignored; strict parsers refuse this feed",
                line=1,
            )
        )
    root = _parse(data)
    channel_element = root.find("channel")
    if channel_element is None:
        raise FormatError("the <rss> element has no <channel>", path="channel", line=root.sourceline)
    reader = _Reader(problems)
    channel = reader.channel(channel_element)
    articles = [
        article
        for index, item in enumerate(channel_element.iterfind("item"))
        if (article := reader.article(item, index, channel)) is not None
    ]
    return Feed(channel=channel, articles=articles, problems=problems)


def _parse(data: bytes | str) -> etree._Element:
    try:
        root = parse_xml(data)
    except FormatError:
        if _is_html_page(data):
            raise FormatError("this is an HTML page, not an RSS feed") from None
        raise
    if root.tag == "rss":
        return root
    if root.tag == f"{{{ATOM}}}feed":
        raise FormatError("this is an Atom feed, not RSS 2.0", path="feed", line=root.sourceline)
    name = etree.QName(root).localname if isinstance(root.tag, str) else "?"
    if name.lower() == "html":
        raise FormatError("this is an HTML page, not an RSS feed", path=name, line=root.sourceline)
    if name == "RDF":
        raise FormatError("this is an RSS 1.0 (RDF) feed, not RSS 2.0", path=name, line=root.sourceline)
    raise FormatError(f"expected an <rss> root element, found <{name}>", path=name, line=root.sourceline)


def _is_html_page(data: object) -> bool:
    if isinstance(data, str):
        data = data[:1024].encode("utf-8", "replace")
    return isinstance(data, bytes | bytearray) and _HTML_START.match(bytes(data[:1024])) is not None


class _Reader:
    """Reads the channel and its items, recording each judgement as a Problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems

    def report(self, level: ProblemLevel, code: str, message: str, element: etree._Element) -> None:
        name = etree.QName(element).localname
        self.problems.append(
            Problem(level=level, code=code, message=message, line=element.sourceline, element=name)
        )

    # ----------------------------------------------------------------------- channel

    def channel(self, element: etree._Element) -> Channel:
        title = _title_text(element.find("title"))
        if not title:
            raise FormatError("the channel has no title", path="channel/title", line=element.sourceline)
        link = self.url(element.find("link"), base=None)
        return Channel(
            title=title,
            link=link,
            description=_html_text(element.find("description")) or None,
            language=self.language(element),
            self_url=self.self_url(element),
            image_url=self.url(element.find("image/url"), base=link),
            copyright=_text(element.find("copyright")) or None,
            updated=self.date(element.find("lastBuildDate")) or self.date(element.find("pubDate")),
            ttl=self.ttl(element.find("ttl")),
        )

    def language(self, channel: etree._Element) -> str:
        element = channel.find("language")
        text = _text(element)
        if element is None or not text:
            self.report("info", "MissingDCLanguage", "the channel names no language; read as 'id'", channel)
        elif _LANGUAGE_TAG.fullmatch(text):
            return text
        else:
            self.report(
                "warning", "InvalidLanguage", f"{text!r} is not a language tag; read as 'id'", element
            )
        return "id"

    def self_url(self, channel: etree._Element) -> str | None:
        for link in channel.iterfind("atom:link", _NS):
            if link.get("rel") == "self":
                return self.url(link, base=None, attribute="href")
        return None

    def ttl(self, element: etree._Element | None) -> int | None:
        text = _text(element)
        if element is None or not text:
            return None
        if text.isascii() and text.isdigit():  # not "²" or "١٥", which str.isdigit also accepts
            return int(text)
        self.report("warning", "InvalidInteger", f"ttl {text!r} is not a number of minutes; ignored", element)
        return None

    # ----------------------------------------------------------------------- items

    def article(self, item: etree._Element, index: int, channel: Channel) -> Article | None:
        description = _html_text(item.find("description"))
        title = _title_text(item.find("title"))
        if not title and not description:
            self.report(
                "error",
                "ItemMustContainTitleOrDescription",
                f"item {index + 1} has neither a title nor a description; skipped",
                item,
            )
            return None
        if not title:
            title = _first_sentence(description)
            self.report(
                "warning",
                "MissingTitle",
                f"item {index + 1} has no title; used its description's first sentence",
                item,
            )
        url = self.item_url(item, channel.link)
        lead_image, caption_source = self.lead_image(item, base=url or channel.link)
        section, tags = self.categories(item)
        return Article(
            title=title,
            url=url,
            description=description or None,
            published=self.date(item.find("pubDate")),
            updated=self.updated(item),
            authors=self.authors(item),
            section=section,
            tags=tags,
            language=channel.language,
            body=html_paragraphs(_text(item.find("content:encoded", _NS), strip=False)),
            captions=self.captions(caption_source, item, lead_image),
            lead_image=lead_image,
        )

    def item_url(self, item: etree._Element, base: str | None) -> str | None:
        link = item.find("link")
        if url := self.url(link, base=base):
            return self.unwrap_redirect(url, link) if link is not None else url
        guid = item.find("guid")
        text = _text(guid)
        if guid is None or not _http_url(text):
            return None
        if guid.get("isPermaLink", "true").strip().lower() != "true":
            self.report("info", "GuidAsLink", 'used the isPermaLink="false" guid as the item URL', guid)
        return text

    def unwrap_redirect(self, url: str, link: etree._Element) -> str:
        target = _feedsportal_target(url)
        if target is None:
            return url
        self.report("info", "FeedsportalRedirect", f"redirect link replaced by its target {target}", link)
        return target

    def lead_image(self, item: etree._Element, base: str | None) -> tuple[str | None, etree._Element | None]:
        """Return the lead image URL and the element whose media:description/credit describe it."""
        for media in item.iterfind(".//media:content", _NS):
            medium, kind = media.get("medium"), media.get("type", "")
            if (medium == "image" or kind.startswith("image/") or (medium is None and not kind)) and (
                url := self.url(media, base=base, attribute="url")
            ):
                return url, media
        for thumbnail in item.iterfind(".//media:thumbnail", _NS):
            if url := self.url(thumbnail, base=base, attribute="url"):
                return url, thumbnail.getparent()
        for enclosure in item.iterfind("enclosure"):
            if enclosure.get("type", "").startswith("image/") and (
                url := self.url(enclosure, base=base, attribute="url")
            ):
                return url, None
        for thumbnail in item.iterfind("thumbnail"):  # a custom tag some outlets use (tempo.co)
            if url := self.url(thumbnail, base=base):
                return url, None
        description = item.find("description")
        if description is not None and description.text and "<img" in description.text:
            fragment = _html_fragment(description.text)
            for image in fragment.iter("img") if fragment is not None else ():
                source = (image.get("src") or "").strip()
                if url := _http_url(source):
                    return url, None
                if base and (url := _resolved(base, source)):
                    message = f"relative image {source!r} in the description resolved to {url}"
                    self.report("warning", "ContainsRelRef", message, description)
                    return url, None
        return None, None

    def captions(
        self, media: etree._Element | None, item: etree._Element, image: str | None
    ) -> tuple[Caption, ...]:
        scopes = (media, item) if media is not None else (item,)
        description = next((d for s in scopes if (d := s.find("media:description", _NS)) is not None), None)
        credit_element = next((c for s in scopes if (c := s.find("media:credit", _NS)) is not None), None)
        text = (
            _html_text(description)
            if description is not None and description.get("type") == "html"
            else _text(description)
        )
        credit = _text(credit_element) or None
        if text:
            return (Caption(text=text, credit=credit, image_url=image),)
        if credit and credit_element is not None:
            self.report(
                "info",
                "CreditWithoutCaption",
                f"photo credit {credit!r} has no caption to go with",
                credit_element,
            )
        return ()

    def categories(self, item: etree._Element) -> tuple[str | None, list[str]]:
        section: str | None = None
        tags: list[str] = []
        for category in item.iterfind("category"):
            if not (text := _text(category)):
                continue
            if category.get("domain") == SECTION_DOMAIN and section is None:
                section = text
            else:
                tags.append(text)
        return section, tags

    def authors(self, item: etree._Element) -> list[str]:
        names = [name for creator in item.iterfind("dc:creator", _NS) if (name := _text(creator))]
        for author in item.iterfind("author"):
            text = _text(author)
            if match := _EMAIL_WITH_NAME.fullmatch(text):
                name = normalize_space(match["name"])
            elif "@" in text:
                self.report(
                    "info",
                    "AuthorWithoutName",
                    f"author {text!r} is an e-mail address without a name",
                    author,
                )
                continue
            else:
                name = text
            if name and name not in names:
                names.append(name)
        return names

    # ----------------------------------------------------------------------- values

    def updated(self, item: etree._Element) -> dt.datetime | None:
        """Return the item's last update: ``dcterms:modified``, else ``atom:updated`` (both W3C-DTF)."""
        element = item.find("dcterms:modified", _NS)
        if element is None:
            element = item.find("atom:updated", _NS)
        return self.date(element, parse=parse_machine_date)

    def date(
        self,
        element: etree._Element | None,
        *,
        parse: Callable[[str], dt.datetime | None] = parse_rfc822_date,
    ) -> dt.datetime | None:
        text = _text(element)
        if element is None or not text:
            return None
        value = parse(text)
        if value is None:
            self.report("warning", "UnreadableDate", f"cannot read the date {text!r}; left empty", element)
        elif value.year < _PLAUSIBLE_SINCE:
            self.report(
                "warning",
                "ImplausibleDate",
                f"the date {text!r} is before 1990, probably a placeholder",
                element,
            )
        return value

    def url(
        self, element: etree._Element | None, *, base: str | None, attribute: str | None = None
    ) -> str | None:
        """Return the absolute http(s) URL in ``element`` (its text or ``attribute``), or None."""
        if element is None:
            return None
        raw = element.get(attribute) if attribute else element.text
        text = (raw or "").strip()
        if not text:
            return None
        if url := _http_url(text):
            return url
        where = f"{attribute} of " if attribute else ""
        if base and (url := _resolved(base, text)):
            self.report(
                "warning", "InvalidFullLink", f"relative {where}link {text!r} resolved to {url}", element
            )
            return url
        self.report(
            "warning",
            "InvalidFullLink",
            f"{where}link {text!r} is not an absolute http(s) URL; ignored",
            element,
        )
        return None


# --------------------------------------------------------------------------- values


def _text(element: etree._Element | None, *, strip: bool = True) -> str:
    if element is None:
        return ""
    text = "".join(element.itertext())
    return normalize_space(text) if strip else text


def _title_text(element: etree._Element | None) -> str:
    text = _text(element)
    return html_to_text(text) if looks_like_html(text) else text


def _html_text(element: etree._Element | None) -> str:
    return html_to_text(_text(element, strip=False))


def _http_url(text: str) -> str | None:
    """Return ``text`` if it is an absolute http(s) URL the models accept, else None."""
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    if parts.scheme.lower() not in {"http", "https"} or not host or _URL_FORBIDDEN.search(text):
        return None
    return text


def _resolved(base: str, reference: str) -> str | None:
    """Return the absolute http(s) URL a relative ``reference`` names against ``base``, or None."""
    try:
        if urlsplit(reference).scheme:
            return None  # absolute already, just not http(s)
        return _http_url(urljoin(base, reference))
    except ValueError:  # e.g. a malformed IPv6 host
        return None


def _first_sentence(text: str) -> str:
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(sentence) <= TITLE_LIMIT:
        return sentence
    return sentence[: TITLE_LIMIT - 1].rsplit(" ", 1)[0] + "…"


# feedsportal.com (closed in 2016) wrapped article URLs as /l/<encoded URL>/story01.htm, spelling
# punctuation as "0" plus a letter: 0L is "http://", 0B is ".", 0C is "/", 0E is "-" and so on.
_FEEDSPORTAL_PATH = re.compile(r"/l/(?P<target>0[LMS][^/]*)/[^/]*$")
_FEEDSPORTAL_CODES: Final = {
    "A": "0", "B": ".", "C": "/", "D": "?", "E": "-", "F": "=", "G": "&", "H": ",", "I": "_",
    "J": "%", "K": "+", "L": "http://", "M": "https://", "N": ".com", "O": ".co.uk", "P": ";",
    "Q": "|", "R": ":", "S": "www.", "T": "#", "U": "$", "V": "~", "W": "!", "X": "(", "Y": ")",
    "Z": "Z",
}  # fmt: skip
_FEEDSPORTAL_CODE = re.compile(r"0([A-Z])")


def _feedsportal_target(url: str) -> str | None:
    parts = urlsplit(url)
    if not (parts.hostname or "").endswith("feedsportal.com"):
        return None
    if not (match := _FEEDSPORTAL_PATH.search(parts.path)):
        return None
    target = _FEEDSPORTAL_CODE.sub(lambda code: _FEEDSPORTAL_CODES[code[1]], match["target"])
    return _http_url(target)


# --------------------------------------------------------------------------- HTML fragments

# Elements whose start and end break paragraphs, and elements whose content is never text.
_BLOCKS: Final = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul",
})  # fmt: skip
_SKIPPED: Final = frozenset({
    "audio", "button", "canvas", "embed", "head", "iframe", "math", "noscript", "object", "script",
    "select", "style", "svg", "template", "title", "video",
})  # fmt: skip
# A tag or an entity reference: text with either is HTML to feed readers (feedparser sniffs alike).
_HTML_HINT = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|&#?\w+;")


def looks_like_html(text: str) -> bool:
    """Tell whether feed readers would take ``text`` for HTML: it holds a tag or an entity reference.

    >>> looks_like_html("BRI & Mandiri"), looks_like_html("Rp1,5 &amp; naik"), looks_like_html("<b>")
    (False, True, True)
    """
    return _HTML_HINT.search(text) is not None


def html_paragraphs(fragment: str) -> list[str]:
    """Return the text of an HTML fragment as paragraphs: one per ``<p>`` or other block, split at ``<br>``.

    Scripts, styles and embeds give no text; entities are decoded and white space normalised.
    Text without any markup is split at its line breaks.

    >>> html_paragraphs("<p>Satu &amp; dua.</p><p>Tiga<br>empat</p><script>x()</script>")
    ['Satu & dua.', 'Tiga', 'empat']
    """
    root = _html_fragment(fragment)
    if root is None:
        return []
    if len(root) == 0:  # plain text (entities at most): its lines are the paragraphs
        return [line for line in map(normalize_space, (root.text or "").splitlines()) if line]
    paragraphs: list[str] = []
    pieces: list[str] = []

    def end_paragraph() -> None:
        if text := normalize_space("".join(pieces)):
            paragraphs.append(text)
        pieces.clear()

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS or tag == "br":
                end_paragraph()
            if tag in _SKIPPED:
                walker.skip_subtree()
            elif element.text:
                pieces.append(element.text)
        else:
            if tag in _BLOCKS:
                end_paragraph()
            if element.tail and element is not root:
                pieces.append(element.tail)
    end_paragraph()
    return paragraphs


def html_to_text(fragment: str) -> str:
    """Return the text of an HTML fragment on one line (its paragraphs joined by spaces).

    >>> html_to_text('<img src="x.jpg">Banjir &nbsp;di <b>Jakarta</b>')
    'Banjir di Jakarta'
    """
    return " ".join(html_paragraphs(fragment))


def _html_fragment(fragment: str) -> lxml.html.HtmlElement | None:
    if not fragment.strip():
        return None
    # A parser per call (lxml parsers are not thread-safe); libxml2's HTML parser never fetches.
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        return lxml.html.fragment_fromstring(fragment, create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        return None
