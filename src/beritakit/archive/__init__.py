"""Converting archives of saved news pages: folders, gzip files, WARC files and crawler JSON Lines.

- :func:`~beritakit.archive.run.convert`: the whole job, as ``beritakit convert`` runs it (worker
  processes, ordered and resumable output, an error file that accounts for every failed page);
- :func:`~beritakit.archive.work.convert_record`: the pure per-record function (a
  :class:`~beritakit.archive.records.Record` in, an article or a
  :class:`~beritakit.archive.records.Failure` out) for running the same work on another engine;
- :func:`~beritakit.archive.inputs.read_inputs`: the records of an archive, one at a time.
"""

from __future__ import annotations

from beritakit.archive.inputs import read_inputs
from beritakit.archive.records import ConvertError, Failure, Record, Skipped
from beritakit.archive.run import Summary, convert
from beritakit.archive.work import convert_record

__all__ = [
    "ConvertError",
    "Failure",
    "Record",
    "Skipped",
    "Summary",
    "convert",
    "convert_record",
    "read_inputs",
]
