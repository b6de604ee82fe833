"""Articles as an RSS 2.0 feed, written one item at a time.

:func:`write_rss` streams a feed to a binary file with :func:`lxml.etree.xmlfile`, so a large archive
is written with flat memory; :func:`to_rss` returns the same feed as bytes. Items follow the RSS
Best Practices Profile and the W3C feed validator: bylines go to ``dc:creator`` (``<author>`` must be
an e-mail address), dates keep the article's own UTC offset (``+0700``), the lead image goes to
``media:content`` with its caption and photographer credit, and the body goes to
``content:encoded`` as escaped ``<p>`` paragraphs, after ``description``. An article's last update
goes to ``dcterms:modified`` in W3C-DTF (ISO 8601), again in its own offset.

Plain text never changes meaning on the way: ``description`` and ``content:encoded`` carry HTML, so
their text is HTML-escaped; a title is HTML-escaped only when a reader would take it for HTML
(``"Harga <b> naik"``), so ordinary titles such as ``"BRI & Mandiri"`` stay as they are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
from contextlib import contextmanager
from email.utils import format_datetime
from typing import TYPE_CHECKING, BinaryIO

from lxml import etree

from beritakit._text import strip_xml_illegal
from beritakit.errors import ValidationError
from beritakit.formats.rss_namespaces import ATOM, CONTENT, DC, DCTERMS, MEDIA
from beritakit.formats.rss_read import SECTION_DOMAIN, looks_like_html
from beritakit.models import Article, Caption, Channel

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from lxml.etree._serializer import _IncrementalFileWriter

__all__ = ["RSS_DOCS", "to_rss", "write_rss"]

RSS_DOCS = "https://www.rssboard.org/rss-specification"
"""The specification a feed points to in its ``<docs>`` element."""

# The five namespaces a feed may use, each under the prefix the feed validator expects. All are
# declared up front: a streamed feed cannot know whether a later item will need one.
_NSMAP = {"content": CONTENT, "dc": DC, "dcterms": DCTERMS, "media": MEDIA, "atom": ATOM}


def to_rss(articles: Iterable[Article], *, channel: Channel) -> bytes:
    """Return an RSS 2.0 feed of ``articles`` as UTF-8 bytes with an XML declaration.

    The channel needs ``link`` and ``description`` (RSS 2.0 requires them): a channel missing
    either raises :class:`~beritakit.errors.ValidationError` naming every missing field.

    >>> feed = to_rss(
    ...     [Article(title="Banjir di Jakarta", url="https://contoh.example.id/banjir")],
    ...     channel=Channel(title="Contoh", link="https://contoh.example.id/", description="Berita"),
    ... )
    >>> b"<guid>https://contoh.example.id/banjir</guid>" in feed
    True
    """
    buffer = io.BytesIO()
    write_rss(articles, buffer, channel=channel)
    return buffer.getvalue()


def write_rss(articles: Iterable[Article], out: BinaryIO, *, channel: Channel) -> int:
    """Write an RSS 2.0 feed of ``articles`` to the binary file ``out``; return the number of items.

    Items are written as the iterable yields them and nothing is kept, so a generator over a
    large archive is written with flat memory. ``lastBuildDate`` is ``channel.updated``, written
    at the top; without it, the newest article date, which is only known at the end and so is
    written after the items (RSS does not order channel elements).

    >>> out = io.BytesIO()
    >>> channel = Channel(title="Contoh", link="https://contoh.example.id/", description="Berita")
    >>> write_rss((Article(title=f"Berita {n}") for n in range(3)), out, channel=channel)
    3
    """
    _check_channel(channel)
    newest: dt.datetime | None = None
    count = 0
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        writer = _Writer(xf)
        with writer.container("rss", {"version": "2.0"}, nsmap=_NSMAP), writer.container("channel"):
            _write_channel(writer, channel)
            for count, article in enumerate(articles, start=1):
                if not isinstance(article, Article):
                    raise ValidationError(
                        f"articles[{count - 1}]", f"expected Article, got {type(article).__name__}"
                    )
                _write_item(writer, article)
                for date in (article.published, article.updated):
                    if date is not None and (newest is None or date > newest):
                        newest = date
            if channel.updated is None and newest is not None:
                writer.leaf("lastBuildDate", format_datetime(newest))
    out.write(b"\n")
    return count


# --------------------------------------------------------------------------- channel


def _check_channel(channel: Channel) -> None:
    if not isinstance(channel, Channel):
        raise ValidationError("channel", f"expected Channel, got {type(channel).__name__}")
    missing = [f"Channel.{name}" for name in ("link", "description") if getattr(channel, name) is None]
    if missing:
        raise ValidationError(", ".join(missing), "required by RSS 2.0 for writing a feed")


def _write_channel(writer: _Writer, channel: Channel) -> None:
    writer.leaf("title", _plain_title(channel.title))
    writer.leaf("link", channel.link)
    writer.leaf("description", _as_html(channel.description))
    writer.leaf("language", channel.language)
    if channel.self_url:
        writer.leaf(
            f"{{{ATOM}}}link", None, {"href": channel.self_url, "rel": "self", "type": "application/rss+xml"}
        )
    writer.leaf("copyright", channel.copyright)
    if channel.image_url:
        with writer.container("image"):
            writer.leaf("url", channel.image_url)
            writer.leaf("title", _plain_title(channel.title))
            writer.leaf("link", channel.link)
    if channel.updated is not None:
        writer.leaf("lastBuildDate", format_datetime(channel.updated))
    if channel.ttl is not None:
        writer.leaf("ttl", str(channel.ttl))
    writer.leaf("generator", "beritakit")
    writer.leaf("docs", RSS_DOCS)


# --------------------------------------------------------------------------- items


def _write_item(writer: _Writer, article: Article) -> None:
    with writer.container("item"):
        writer.leaf("title", _plain_title(article.title))
        writer.leaf("link", article.url)
        if article.url:
            writer.leaf("guid", article.url)
        else:
            writer.leaf("guid", _guid(article), {"isPermaLink": "false"})
        if article.published is not None:
            writer.leaf("pubDate", format_datetime(article.published))
        if article.updated is not None:
            writer.leaf(f"{{{DCTERMS}}}modified", _w3cdtf(article.updated))
        for author in article.authors:
            writer.leaf(f"{{{DC}}}creator", author)
        if article.section:
            writer.leaf("category", article.section, {"domain": SECTION_DOMAIN})
        for tag in article.tags:
            writer.leaf("category", tag)
        summary = article.description or (article.body[0] if article.body else None)
        writer.leaf("description", _as_html(summary))
        if article.body:
            paragraphs = "".join(
                f"<p>{html.escape(paragraph, quote=False)}</p>" for paragraph in article.body
            )
            writer.leaf(f"{{{CONTENT}}}encoded", paragraphs, cdata=True)
        if article.lead_image:
            _write_lead_image(writer, article.lead_image, article.captions)


def _write_lead_image(writer: _Writer, url: str, captions: tuple[Caption, ...]) -> None:
    caption = next((c for c in captions if c.image_url == url), captions[0] if captions else None)
    with writer.container(f"{{{MEDIA}}}content", {"url": url, "medium": "image"}):
        if caption is not None:
            writer.leaf(f"{{{MEDIA}}}description", caption.text, {"type": "plain"})
            if caption.credit:
                writer.leaf(
                    f"{{{MEDIA}}}credit", caption.credit, {"role": "photographer", "scheme": "urn:ebu"}
                )


def _guid(article: Article) -> str:
    # Stable across runs and long enough that the validator never finds it "not sufficiently unique".
    published = article.published.isoformat() if article.published else ""
    lead = article.body[0] if article.body else ""
    digest = hashlib.sha256(f"{article.title}\x1f{published}\x1f{lead}".encode()).hexdigest()
    return f"urn:beritakit:{digest}"


def _w3cdtf(value: dt.datetime) -> str:
    """Return ``value`` in W3C-DTF, in its own offset unless W3C-DTF cannot write that offset."""
    offset = value.utcoffset()
    if offset is not None and offset % dt.timedelta(minutes=1):  # seconds in it: same instant, in UTC
        value = value.astimezone(dt.UTC)
    return value.isoformat()


def _plain_title(text: str) -> str:
    # A title that reads as HTML (a tag, an entity) is escaped, so readers show exactly the text.
    return html.escape(text, quote=False) if looks_like_html(text) else text


def _as_html(text: str | None) -> str | None:
    return None if text is None else html.escape(text, quote=False)


# --------------------------------------------------------------------------- output


class _Writer:
    """Writes elements through an ``xmlfile``, one per line, indented by depth."""

    def __init__(self, xf: _IncrementalFileWriter) -> None:
        self._xf = xf
        self._depth = 0
        self._started = False

    @contextmanager
    def container(
        self, tag: str, attrib: Mapping[str, str] | None = None, *, nsmap: Mapping[str, str] | None = None
    ) -> Iterator[None]:
        self._indent()
        self._depth += 1
        with self._xf.element(tag, _clean(attrib), nsmap=nsmap):
            yield
            self._depth -= 1
            self._indent()

    def leaf(
        self, tag: str, text: str | None, attrib: Mapping[str, str] | None = None, *, cdata: bool = False
    ) -> None:
        if text is None and attrib is None:
            return  # an absent optional element
        self._indent()
        with self._xf.element(tag, _clean(attrib)):
            if text is not None:
                text = strip_xml_illegal(text)
                self._xf.write(etree.CDATA(text) if cdata else text)

    def _indent(self) -> None:
        if self._started:  # the declaration already ends its line
            self._xf.write("\n" + "  " * self._depth)
        self._started = True


def _clean(attrib: Mapping[str, str] | None) -> dict[str, str]:
    return {name: strip_xml_illegal(value) for name, value in (attrib or {}).items()}
