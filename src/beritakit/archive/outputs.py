"""Where converted articles go: one JSON Lines stream, one file per article, or one RSS feed.

Rendering (:func:`render`, article to bytes and file name) is pure and runs in the workers;
the sinks only write bytes, in the main process. Nothing appears half-written under its final
name: streams are written to ``NAME.part`` and renamed when complete, per-article files to a
hidden ``.NAME.part`` renamed at once. File names are stable and collision-free
(:func:`file_name`): the URL's host as a folder, a slug of its path, and a short hash of the
record's identity, so rerunning a conversion rewrites the same files instead of adding copies.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final, Literal, Protocol
from urllib.parse import unquote, urlsplit

import attrs

from beritakit.archive.records import ConvertError
from beritakit.formats.json import read_jsonl, to_json
from beritakit.formats.markdown import to_markdown
from beritakit.formats.rss import write_rss

if TYPE_CHECKING:
    from beritakit.archive.records import Failure, Record
    from beritakit.models import Article, Channel

__all__ = [
    "FORMATS",
    "FeedSink",
    "FilesSink",
    "Format",
    "LinesSink",
    "Rendered",
    "Sink",
    "StreamFile",
    "default_errors_path",
    "failure_line",
    "file_name",
    "open_sink",
    "render",
]

Format = Literal["jsonl", "json", "markdown", "rss"]
FORMATS: Final[tuple[Format, ...]] = ("jsonl", "json", "markdown", "rss")

_SUFFIXES: Final = {"json": ".json", "markdown": ".md"}
_SLUG_CHARACTERS: Final = re.compile(r"[^a-z0-9]+")
_HOST_CHARACTERS: Final = re.compile(r"[^a-z0-9.]+")
_MAX_SLUG: Final = 80
_HASH_LENGTH: Final = 10


# --------------------------------------------------------------------------- rendering, in the workers


@attrs.frozen
class Rendered:
    """An article ready to write: its bytes, and for per-article formats its file name."""

    data: bytes
    name: str | None = None


def render(article: Article, record: Record, to: Format) -> Rendered:
    """``article`` (converted from ``record``) as the bytes the ``to`` output holds.

    ``jsonl`` and ``rss`` give one compact JSON line (an RSS feed is written from those lines at
    the end); ``json`` and ``markdown`` give a whole file and its name from :func:`file_name`.
    """
    if to in {"jsonl", "rss"}:
        return Rendered((to_json(article) + "\n").encode())
    text = to_json(article, indent=2) + "\n" if to == "json" else to_markdown(article)
    return Rendered(text.encode(), file_name(article, record, _SUFFIXES[to]))


def file_name(article: Article, record: Record, suffix: str) -> str:
    """A stable, collision-free relative file name for the article: ``HOST/PATH-SLUG-HASH.SUFFIX``.

    The URL is the article's own (its canonical link) or the record's; without one, the folder is
    ``no-url`` and the slug comes from the input file name. The hash is of the record's identity
    (input path and position), so two records never share a name, even with the same URL.

    >>> from beritakit.archive.records import Record
    >>> from beritakit.models import Article
    >>> record = Record(source="arsip.warc.gz", locator="offset 0")
    >>> file_name(Article(title="Banjir", url="https://www.contoh.id/berita/banjir-jakarta"), record, ".md")
    'contoh.id/berita-banjir-jakarta-b0f8c1fb57.md'
    """
    digest = hashlib.sha256(record.key.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_LENGTH]
    url = article.url or record.url
    if url:
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
        folder = _HOST_CHARACTERS.sub("-", host).strip(".-") or "no-host"
        stem = _slug(unquote(parts.path + ("-" + parts.query if parts.query else "")))
    else:
        folder, stem = "no-url", _slug(Path(record.source).name)
    return f"{folder}/{stem}-{digest}{suffix}" if stem else f"{folder}/{digest}{suffix}"


def _slug(text: str) -> str:
    # The end of a news URL (the title slug, the article id) tells articles apart better than its start.
    return _SLUG_CHARACTERS.sub("-", text.lower()).strip("-")[-_MAX_SLUG:].lstrip("-")


def failure_line(failure: Failure) -> bytes:
    """One line of the error file: the failure as a compact JSON object."""
    return (json.dumps(failure.to_dict(), ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------- writing, in the main process


class StreamFile:
    """A file written by appending, as ``NAME.part`` until :meth:`finish` renames it to ``NAME``.

    :meth:`open` starts it afresh, or (``resume_at``) cuts it back to a length known to be
    complete and appends from there: bytes written after the last checkpoint are dropped, so a
    resumed run neither repeats nor loses a line.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.part = path.with_name(path.name + ".part")
        self._file: BinaryIO | None = None

    def open(self, resume_at: int | None = None) -> None:
        """Open for writing: truncated, or cut back to ``resume_at`` bytes."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if resume_at is None:
            self._file = self.part.open("wb")
            return
        file: BinaryIO
        try:
            file = self.part.open("r+b")
        except FileNotFoundError:
            if resume_at:
                raise ConvertError(f"cannot resume: {self.part} is missing") from None
            file = self.part.open("wb")
        if file.seek(0, os.SEEK_END) < resume_at:
            file.close()
            raise ConvertError(f"cannot resume: {self.part} is shorter than the journal says")
        file.truncate(resume_at)
        file.seek(resume_at)
        self._file = file

    def write(self, data: bytes) -> None:
        """Append ``data``."""
        if self._file is None:
            raise ValueError(f"{self.part} is not open")
        self._file.write(data)

    @property
    def size(self) -> int:
        """The bytes written so far."""
        return 0 if self._file is None else self._file.tell()

    def sync(self) -> None:
        """Push what was written to the disk, before a checkpoint records its length."""
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())

    def close(self) -> None:
        """Close without finishing: the ``.part`` file stays for a resumed run."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def finish(self) -> None:
        """Sync, close and rename ``NAME.part`` to ``NAME`` (nothing to do if that was done already)."""
        self.sync()
        self.close()
        if self.part.exists() or not self.path.exists():
            self.part.touch()
            self.part.replace(self.path)


class Sink(Protocol):
    """Where rendered articles are written, in the main process."""

    def paths(self) -> tuple[Path, ...]:
        """Every path the sink writes (kept out of the inputs)."""
        ...

    def open(self, resume_at: int | None = None) -> None:
        """Open afresh, or cut back to ``resume_at`` bytes (see :class:`StreamFile`)."""
        ...

    def write(self, rendered: Rendered) -> None:
        """Write one article."""
        ...

    @property
    def size(self) -> int:
        """The bytes written so far (0 for per-article files)."""
        ...

    def sync(self) -> None:
        """Push what was written to the disk."""
        ...

    def close(self) -> None:
        """Close, leaving partial output for a resumed run."""
        ...

    def finish(self) -> None:
        """Complete the output under its final name (idempotent)."""
        ...


class LinesSink:
    """``--to jsonl``: every article as one line of ``OUT``."""

    def __init__(self, path: Path) -> None:
        self.stream = StreamFile(path)

    def paths(self) -> tuple[Path, ...]:
        return (self.stream.path, self.stream.part)

    def open(self, resume_at: int | None = None) -> None:
        self.stream.open(resume_at)

    def write(self, rendered: Rendered) -> None:
        self.stream.write(rendered.data)

    @property
    def size(self) -> int:
        return self.stream.size

    def sync(self) -> None:
        self.stream.sync()

    def close(self) -> None:
        self.stream.close()

    def finish(self) -> None:
        self.stream.finish()


class FeedSink(LinesSink):
    """``--to rss``: articles are spooled as JSON Lines (``OUT.items.part``), then streamed into
    the feed at the end, so the feed is never held in memory and an interrupted run can resume."""

    def __init__(self, path: Path, channel: Channel) -> None:
        super().__init__(path.with_name(path.name + ".items"))
        self.path = path
        self.channel = channel
        self.feed_part = path.with_name(path.name + ".part")

    def paths(self) -> tuple[Path, ...]:
        return (self.path, self.feed_part, self.stream.part)

    def finish(self) -> None:
        self.stream.sync()
        self.stream.close()
        if not self.stream.part.exists() and self.path.exists():
            return  # finished by an earlier run that was stopped before it could say so
        spool = self.stream.part
        if not spool.exists():
            spool.touch()
        with self.feed_part.open("wb") as out:
            write_rss(read_jsonl(spool), out, channel=self.channel)
            out.flush()
            os.fsync(out.fileno())
        self.feed_part.replace(self.path)
        spool.unlink()


class FilesSink:
    """``--to json`` and ``--to markdown``: one file per article under the output folder, each
    written to a hidden ``.NAME.part`` and renamed, so a file is either whole or absent."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def paths(self) -> tuple[Path, ...]:
        return (self.folder,)

    def open(self, resume_at: int | None = None) -> None:  # noqa: ARG002 - nothing to cut back
        if self.folder.exists() and not self.folder.is_dir():
            raise ConvertError(f"{self.folder} is a file; json and markdown output need a folder")
        self.folder.mkdir(parents=True, exist_ok=True)

    def write(self, rendered: Rendered) -> None:
        if rendered.name is None:
            raise ValueError("a per-article file needs a name")
        path = self.folder / rendered.name
        temporary = path.with_name(f".{path.name}.part")
        try:
            temporary.write_bytes(rendered.data)
        except FileNotFoundError:  # the first article of this host
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(rendered.data)
        temporary.replace(path)

    @property
    def size(self) -> int:
        return 0

    def sync(self) -> None:
        pass  # each file is complete once renamed

    def close(self) -> None:
        pass

    def finish(self) -> None:
        pass


def open_sink(to: Format, output: Path, *, channel: Channel | None = None) -> Sink:
    """The sink for ``--to`` ``to`` writing to ``output`` (a file, or a folder for json/markdown)."""
    if to == "jsonl":
        return LinesSink(output)
    if to == "rss":
        if channel is None:
            raise ValueError("an RSS output needs a channel")
        return FeedSink(output, channel)
    return FilesSink(output)


def default_errors_path(output: Path, to: Format) -> Path:
    """The error file beside the output: ``out.jsonl`` or folder ``out`` → ``out.errors.jsonl``.

    >>> default_errors_path(Path("hasil/feed.xml"), "rss").as_posix()
    'hasil/feed.errors.jsonl'
    """
    stem = output.name if to in _SUFFIXES else output.stem
    return output.with_name(f"{stem}.errors.jsonl")
