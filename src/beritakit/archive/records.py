"""What flows through a conversion: input records in, failures and skips beside the articles.

A :class:`Record` is one page taken out of an archive: a file, a WARC response, a JSON Lines
line. Each record ends as an :class:`~beritakit.models.Article` or as a :class:`Failure` (never
silently dropped); things that are not pages at all (a WARC request record, an image, a file named
twice) become :class:`Skipped`. All three are small frozen values that pickle cheaply, so they
can cross process boundaries and feed any engine (a process pool, Dask, Spark).
"""

from __future__ import annotations

from typing import Any, Final, Literal, NamedTuple

import attrs

from beritakit.errors import ConvertError

__all__ = ["START", "ConvertError", "Failure", "Item", "Kind", "Position", "Record", "Skipped"]


Kind = Literal["html", "text"]
"""How a record is read: ``"html"`` pages go to ``parse_html``, ``"text"`` dumps to ``parse_text``."""


class Position(NamedTuple):
    """Where an item sits in the input stream: the index of its file among all discovered files, and
    the index of the item inside that file (a WARC record's ordinal, a JSON Lines line number).

    Positions order the stream the same way on every run over the same inputs, which is what
    lets an interrupted run resume exactly where it stopped.
    """

    file: int
    item: int


START: Final = Position(0, 0)
"""The position of the first item of the inputs."""


@attrs.frozen(kw_only=True)
class Record:
    """One page from an archive, not yet parsed.

    ``source`` is the input path as discovered (``archive/2026/feb.warc.gz``); ``locator`` says
    where in that file the record is (``"offset 81234"`` for WARC, ``"line 12"`` for JSON Lines;
    None for a page that is a whole file); ``url`` is the page's address when the archive knows
    it (a WARC target URI, a JSON Lines ``url``); ``data`` is the page as stored: bytes, or text
    when the archive held already-decoded text (JSON Lines).
    """

    source: str
    locator: str | None = None
    url: str | None = None
    kind: Kind = "html"
    data: bytes | str = b""

    @property
    def key(self) -> str:
        """The record's identity, unique in the inputs and the same on every run: ``source#locator``."""
        return self.source if self.locator is None else f"{self.source}#{self.locator}"


@attrs.frozen(kw_only=True)
class Failure:
    """A record that did not become an article, or a part of the input that could not be read.

    ``error`` is the exception's type name (``"NoArticleError"``, ``"FormatError"``), ``message``
    its message; ``source``, ``locator`` and ``url`` name the input as in :class:`Record`.
    """

    source: str
    locator: str | None = None
    url: str | None = None
    error: str
    message: str

    @classmethod
    def of(
        cls, error: BaseException, *, source: str, locator: str | None = None, url: str | None = None
    ) -> Failure:
        """The failure that ``error`` makes of the input at ``source`` (``locator``, ``url``)."""
        return cls(
            source=source,
            locator=locator,
            url=url,
            error=type(error).__name__,
            message=str(error) or repr(error),
        )

    @classmethod
    def of_record(cls, record: Record, error: BaseException) -> Failure:
        """The failure that ``error`` makes of ``record``."""
        return cls.of(error, source=record.source, locator=record.locator, url=record.url)

    def to_dict(self) -> dict[str, Any]:
        """The failure as one JSON object, the shape of a line of the error file."""
        return {
            "source": self.source,
            "locator": self.locator,
            "url": self.url,
            "error": self.error,
            "message": self.message,
        }


@attrs.frozen(kw_only=True)
class Skipped:
    """Input that holds no page, counted but not converted: a WARC request or metadata record, a
    non-HTML response, a redirect, a file of an unknown type in a folder, a file named twice."""

    source: str
    locator: str | None = None
    reason: str


Item = Record | Failure | Skipped
"""What reading the inputs yields, in input order."""
