"""The work done on each record: a pure function any engine can run.

:func:`convert_record` takes a :class:`~.records.Record` and returns an
:class:`~beritakit.models.Article` or a :class:`~.records.Failure`; it never raises (short of
``KeyboardInterrupt``/``SystemExit``), reads nothing but its argument and writes nothing. It and
its argument and results pickle, so a process pool, Dask or Spark can run it as is::

    articles = bag_of_records.map(convert_record)
"""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING, Final

from beritakit.archive.records import Failure, Record
from beritakit.errors import ParseError
from beritakit.parsing import parse_html
from beritakit.parsing.decode import decode_html
from beritakit.parsing.text_dump import parse_text

if TYPE_CHECKING:
    from beritakit.models import Article

__all__ = ["convert_record", "decode_text"]

# A UTF-16 text without a byte-order mark has a NUL in every other byte for ASCII characters; a
# share this high on one side and none on the other is UTF-16, not binary junk.
_UTF16_NUL_SHARE: Final = 0.4
_UTF16_SAMPLE: Final = 4096


def convert_record(record: Record) -> Article | Failure:
    """The article in ``record``, or the failure that says why there is none.

    HTML records go through :func:`~beritakit.parsing.parse_html`, text dumps through
    :func:`~beritakit.parsing.text_dump.parse_text`, with the record's URL. Every exception
    becomes a :class:`~.records.Failure` naming the record: our own errors (``ParseError``,
    ``NoArticleError``, ``LimitError``, ``ValidationError`` for a bad URL) for bad pages, any
    other type for a bug in beritakit, which is still recorded rather than lost.

    >>> convert_record(Record(source="kosong.html", data=b"")).error
    'ParseError'
    """
    try:
        if record.kind == "text":
            data = record.data if isinstance(record.data, str) else decode_text(record.data)
            return parse_text(data, url=record.url)
        return parse_html(_bomless_utf16(record.data), url=record.url)
    except Exception as error:  # noqa: BLE001 - every failure is recorded, none is lost or fatal
        return Failure.of_record(record, error)


def decode_text(data: bytes) -> str:
    """Decode a text dump: byte-order mark, then UTF-8, then UTF-16 without a mark, then Windows-1252.

    Raises :class:`~beritakit.errors.ParseError` for binary data.

    >>> decode_text("Harga cabai naik".encode("utf-16-le"))
    'Harga cabai naik'
    """
    decoded = _bomless_utf16(data)
    return decoded if isinstance(decoded, str) else decode_html(decoded)


def _bomless_utf16(data: bytes | str) -> bytes | str:
    """``data`` decoded when it is UTF-16 without a byte-order mark, else unchanged."""
    if isinstance(data, str) or len(data) < 4 or len(data) % 2 or data.startswith(_BOMS):
        return data
    sample = data[:_UTF16_SAMPLE]
    even, odd = sample[0::2].count(0) / (len(sample) / 2), sample[1::2].count(0) / (len(sample) / 2)
    for encoding, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= _UTF16_NUL_SHARE and other == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ParseError(f"the bytes look like {encoding} but do not decode as it") from None
    return data


_BOMS: Final = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
