"""Finding the pages in an archive and reading them one record at a time.

Inputs mix freely: files and folders (walked recursively, in sorted order, hidden entries
ignored); ``.html``/``.htm`` pages and ``.txt`` text dumps; WARC files (``.warc``); JSON Lines
of ``{"url": ..., "html": ...}`` objects (``.jsonl``, ``.ndjson``); any of them gzip-compressed
(``.gz``). :func:`read_inputs` yields every record with its :class:`~.records.Position`, lazily:
nothing holds more than one record, and a record larger than ``max_bytes`` becomes a
:class:`~.records.Failure` unread. Unreadable input (a truncated ``.gz``, a corrupt WARC) becomes
a failure naming the file and offset; what is not a page at all becomes a
:class:`~.records.Skipped`.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from beritakit.archive.records import START, ConvertError, Failure, Item, Position, Record, Skipped
from beritakit.errors import FormatError, LimitError, MissingDependencyError
from beritakit.parsing.document import MAX_HTML_BYTES

if TYPE_CHECKING:
    import io
    from collections.abc import Collection, Generator, Iterable, Iterator

__all__ = [
    "MAX_RECORD_BYTES",
    "WARC_EXTRA_MESSAGE",
    "InputType",
    "Source",
    "find_inputs",
    "input_type",
    "read_inputs",
    "read_source",
    "warc_available",
]

MAX_RECORD_BYTES: Final = MAX_HTML_BYTES
"""The largest page read (the parser's own bound): a bigger record becomes a ``LimitError`` failure."""

WARC_EXTRA_MESSAGE: Final = "reading WARC files needs warcio: pip install 'beritakit[warc]'"

InputType = Literal["html", "text", "warc", "jsonl"]

_TYPES: Final[dict[str, InputType]] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".warc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_HTML_TYPES: Final = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC: Final = b"\x1f\x8b"
_DISCARD_CHUNK: Final = 1024 * 1024


@attrs.frozen(kw_only=True)
class Source:
    """One discovered input file: where it is, the name failures and records give it, and what to do.

    ``type`` is None for a file that is not an archive format (skipped); ``duplicate`` is set when
    an earlier input argument already covers the same file.
    """

    path: Path
    name: str
    type: InputType | None
    duplicate: bool = False


def input_type(path: str | os.PathLike[str]) -> InputType | None:
    """The kind of input a file name announces (``.gz`` looked through), or None for other files.

    >>> input_type("arsip/2026-02.warc.gz"), input_type("berita.HTM"), input_type("foto.jpg")
    ('warc', 'html', None)
    """
    name = os.fspath(path).lower().removesuffix(".gz")
    return _TYPES.get(os.path.splitext(name)[1])  # noqa: PTH122 - a plain string, not a path


def warc_available() -> bool:
    """Whether the optional ``warcio`` package (the ``beritakit[warc]`` extra) is installed."""
    try:
        import warcio  # noqa: F401, PLC0415 - an optional extra, probed on demand
    except ImportError:
        return False
    return True


# --------------------------------------------------------------------------- discovery


def find_inputs(
    paths: Iterable[str | os.PathLike[str]], *, exclude: Collection[Path] = ()
) -> Iterator[Source]:
    """Every input file under ``paths``, in a stable order: arguments in order, folders sorted.

    Files named explicitly are pages when their name says nothing else; files found in folders
    must have a known suffix (others come out with ``type=None``). A file already covered by an
    earlier argument (the same file twice, a file inside a folder also given) comes out with
    ``duplicate=True``. ``exclude`` holds resolved paths to leave out (the conversion's own
    output). Raises :class:`~.records.ConvertError` for a path that does not exist.
    """
    earlier: list[Path] = []
    for argument in paths:
        path = Path(argument)
        if not path.exists():
            raise ConvertError(f"{path}: no such file or folder")
        resolved = path.resolve()
        if path.is_dir():
            yield from _walk(path, earlier, exclude)
        elif resolved not in exclude:
            yield Source(
                path=path,
                name=str(path),
                type=input_type(path) or "html",
                duplicate=_covered(resolved, earlier),
            )
        earlier.append(resolved)


def _walk(top: Path, earlier: list[Path], exclude: Collection[Path]) -> Iterator[Source]:
    for root, folders, files in os.walk(top):
        resolved_root = Path(root).resolve()
        # Hidden folders (.git, caches) are not part of an archive; our own output is not input.
        folders[:] = sorted(
            name for name in folders if not name.startswith(".") and resolved_root / name not in exclude
        )
        for name in sorted(files):
            resolved = resolved_root / name
            if name.startswith(".") or resolved in exclude:
                continue
            path = Path(root, name)
            yield Source(
                path=path, name=str(path), type=input_type(name), duplicate=_covered(resolved, earlier)
            )


def _covered(resolved: Path, earlier: list[Path]) -> bool:
    return any(resolved == other or resolved.is_relative_to(other) for other in earlier)


# --------------------------------------------------------------------------- reading


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    exclude: Collection[Path] = (),
    start: Position = START,
    start_source: str | None = None,
    max_bytes: int = MAX_RECORD_BYTES,
) -> Generator[tuple[Position, Item], None, None]:
    """Every record, failure and skip of the inputs, in input order, each with its position.

    Items before ``start`` are passed over (files before it are not even opened), which is how a
    resumed run picks up. ``start_source``, when given, is the name the file at ``start.file``
    must have: if the inputs changed since the interrupted run, :class:`~.records.ConvertError`
    is raised rather than resuming at the wrong place.

    >>> [item.url for _, item in read_inputs(["examples/pages/01-modern-jsonld.html"])]
    [None]
    """
    for file_index, source in enumerate(find_inputs(paths, exclude=exclude)):
        if file_index < start.file:
            continue
        if file_index == start.file and start_source is not None and source.name != start_source:
            raise ConvertError(
                f"the inputs changed since the interrupted run: expected {start_source} as input file "
                f"{file_index + 1}, found {source.name}; start over without --resume"
            )
        for item_index, item in read_source(source, max_bytes=max_bytes):
            if (file_index, item_index) >= start:
                yield Position(file_index, item_index), item


def read_source(source: Source, *, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[tuple[int, Item]]:
    """The items of one input file, each with its index in the file (increasing, not always dense)."""
    if source.duplicate:
        yield 0, Skipped(source=source.name, reason="named twice in the inputs")
    elif source.type is None:
        yield 0, Skipped(source=source.name, reason="not a page or an archive (unknown file type)")
    elif source.type == "warc":
        yield from _read_warc(source, max_bytes)
    elif source.type == "jsonl":
        yield from _read_jsonl(source, max_bytes)
    else:
        yield 0, _read_page(source, source.type, max_bytes)


def _open(path: Path) -> io.BufferedIOBase:
    """The file's bytes, decompressed when it is gzip (by its magic number, whatever its name)."""
    file = path.open("rb")
    if file.read(2) == _GZIP_MAGIC:
        file.seek(0)
        return gzip.GzipFile(fileobj=file, mode="rb")  # closing it leaves `file` to the GC: close both
    file.seek(0)
    return file


class _Opened:
    """``_open`` as a context manager that closes the gzip wrapper and the file under it."""

    def __init__(self, path: Path) -> None:
        self.file = _open(path)

    def __enter__(self) -> io.BufferedIOBase:
        return self.file

    def __exit__(self, *_: object) -> None:
        inner = getattr(self.file, "fileobj", None)
        self.file.close()
        if inner is not None:
            inner.close()


def _read_error(error: BaseException) -> BaseException:
    """Our error for a damaged container: a truncated or corrupt gzip stream is a FormatError."""
    if isinstance(error, EOFError):
        return FormatError(f"truncated data: the file ends in the middle of a compressed stream ({error})")
    if isinstance(error, gzip.BadGzipFile | zlib.error):
        return FormatError(f"corrupt gzip data ({error})")
    return error


def _read_page(source: Source, kind: Literal["html", "text"], max_bytes: int) -> Item:
    try:
        with _Opened(source.path) as file:
            data = file.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        return Failure.of(_read_error(error), source=source.name)
    if len(data) > max_bytes:
        return Failure.of(LimitError(f"the page is larger than {max_bytes} bytes"), source=source.name)
    return Record(source=source.name, kind=kind, data=data)


# --------------------------------------------------------------------------- JSON Lines


def _read_jsonl(source: Source, max_bytes: int) -> Iterator[tuple[int, Item]]:
    number = 0
    try:
        with _Opened(source.path) as file:
            while line := file.readline(max_bytes + 1):
                number += 1
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    _discard_line(file)
                    error = LimitError(f"the line is longer than {max_bytes} bytes")
                    yield number, Failure.of(error, source=source.name, locator=f"line {number}")
                elif line.strip():
                    yield number, _jsonl_record(source.name, number, line)
    except (OSError, EOFError, zlib.error) as error:
        yield number + 1, Failure.of(_read_error(error), source=source.name, locator=f"after line {number}")


def _discard_line(file: io.BufferedIOBase) -> None:
    while (chunk := file.readline(_DISCARD_CHUNK)) and not chunk.endswith(b"\n"):
        pass


def _jsonl_record(source: str, number: int, line: bytes) -> Item:
    locator = f"line {number}"
    try:
        value: Any = json.loads(line)
    except (ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return Failure.of(FormatError(f"invalid JSON: {error}"), source=source, locator=locator)
    if not isinstance(value, dict):
        message = f'expected an object like {{"url": ..., "html": ...}}, got a JSON {type(value).__name__}'
        return Failure.of(FormatError(message), source=source, locator=locator)
    url = value.get("url")
    if url is not None and not isinstance(url, str):
        return Failure.of(FormatError('"url" must be a string'), source=source, locator=locator)
    if isinstance(html := value.get("html"), str):
        return Record(source=source, locator=locator, url=url, kind="html", data=html)
    if isinstance(text := value.get("text"), str):
        return Record(source=source, locator=locator, url=url, kind="text", data=text)
    message = 'the object has no "html" string (nor a "text" string for a text dump)'
    return Failure.of(FormatError(message), source=source, locator=locator, url=url)


# --------------------------------------------------------------------------- WARC


def _read_warc(source: Source, max_bytes: int) -> Iterator[tuple[int, Item]]:
    try:
        from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - an optional extra
    except ImportError:
        yield 0, Failure.of(MissingDependencyError(WARC_EXTRA_MESSAGE), source=source.name)
        return
    index = 0
    offset = 0
    try:
        with source.path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                item = _warc_item(source.name, record, max_bytes)
                # The offset is known once the record was read to its end (warcio reads it then).
                offset = records.get_record_offset()
                yield index, attrs.evolve(item, locator=f"offset {offset}")
                index += 1
    # warcio reports damaged archives with many exception types (its own, zlib's, EOFError,
    # ValueError from header parsing); whichever it is, the rest of this file cannot be read.
    except Exception as error:  # noqa: BLE001 - recorded as a failure, never swallowed
        damage = FormatError(f"unreadable WARC data after record {index} ({type(error).__name__}: {error})")
        yield index, Failure.of(damage, source=source.name, locator=f"after offset {offset}")


def _warc_item(source: str, record: Any, max_bytes: int) -> Item:
    """The item of one WARC record, without its locator (the caller sets it once the record is read)."""
    kind = record.rec_type
    if kind not in {"response", "resource"}:
        return Skipped(source=source, reason=f"a WARC {kind} record")
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ") or None
    if kind == "response":
        if record.http_headers is None:
            return Skipped(source=source, reason="a response without HTTP headers")
        status = record.http_headers.get_statuscode() or ""
        if status.startswith("3"):
            return Skipped(source=source, reason=f"an HTTP {status} redirect")
        content_type = record.http_headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    if content_type and not content_type.strip().lower().startswith(_HTML_TYPES):
        return Skipped(source=source, reason=f"not HTML ({content_type})")
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        too_large = LimitError(f"the page is larger than {max_bytes} bytes")
        return Failure.of(too_large, source=source, url=url)
    if missing := _missing_bytes(record):
        cut = FormatError(f"truncated record: the file ends {missing} bytes before the record does")
        return Failure.of(cut, source=source, url=url)
    return Record(source=source, url=url, kind="html", data=data)


def _missing_bytes(record: Any) -> int:
    """How many bytes of the record's declared length the file lacks (warcio returns what is there)."""
    block = record.raw_stream
    while block.read(_DISCARD_CHUNK):  # what the body left unread: chunked-encoding trailers
        pass
    return int(getattr(block, "limit", 0))
