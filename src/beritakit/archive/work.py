"""The work done on each record: a pure function any engine can run.

:func:`convert_record` takes a :class:`~.records.Record` and returns an
:class:`~beritakit.models.Article` or a :class:`~.records.Failure`; it never raises (short of
``KeyboardInterrupt``/``SystemExit``), reads nothing but its argument and writes nothing. It and
its argument and results pickle, so a process pool, Dask or Spark can run it as is::

    articles = bag_of_records.map(convert_record)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from beritakit.archive.records import Failure, Record
from beritakit.parsing import parse_html
from beritakit.parsing.decode import decode_html
from beritakit.parsing.text_dump import parse_text

if TYPE_CHECKING:
    from beritakit.models import Article

__all__ = ["convert_record"]


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
            data = record.data if isinstance(record.data, str) else decode_html(record.data)
            return parse_text(data, url=record.url)
        return parse_html(record.data, url=record.url)
    except Exception as error:  # noqa: BLE001 - every failure is recorded, none is lost or fatal
        return Failure.of_record(record, error)
