"""Articles as JSON and JSON Lines: a lossless, versioned format with a JSON Schema.

:func:`to_json` / :func:`from_json` convert one article (:func:`to_dict` / :func:`from_dict` give
the plain Python shape); :func:`write_jsonl` / :func:`read_jsonl` stream many, one compact document
per line. Every document starts with ``"schema_version"`` and carries every field, ``null`` and
``[]`` included, so consumers see a stable shape; :func:`json_schema` describes it.

Reading is strict and never guesses: an unknown key, a wrong type, a naive datetime or a value the
model refuses raises :class:`~beritakit.errors.FormatError` whose ``path`` is the JSON path of the
culprit (``$.captions[0].credit``). Reading and writing follow the models' own fields and type
hints, so they cannot drift from the models; the hand-written schema is pinned to them by tests.
"""

from __future__ import annotations

import collections
import copy
import datetime as dt
import functools
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final, Literal, TextIO, TypeVar

import attrs

from beritakit.errors import FormatError, ValidationError
from beritakit.models import Article

__all__ = [
    "SCHEMA_VERSION",
    "from_dict",
    "from_json",
    "json_schema",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]

SCHEMA_VERSION: Final = 1
"""The version of the document shape; it changes only when old readers could misread new documents."""

_Model = TypeVar("_Model", bound=attrs.AttrsInstance)


# --------------------------------------------------------------------------- writing


def to_dict(article: Article) -> dict[str, Any]:
    """Return ``article`` as plain JSON types: dicts, lists, strings, integers and ``None``.

    Datetimes become ISO 8601 strings with their offset (``"2026-02-06T14:30:00+07:00"``, with
    microseconds when present); every field is present, ``schema_version`` first.

    >>> to_dict(Article(title="Banjir di Jakarta"))["published"] is None
    True
    """
    return {"schema_version": SCHEMA_VERSION, **_plain(article)}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
    return value  # str, int or None


def to_json(article: Article, *, indent: int | None = None) -> str:
    """Return ``article`` as a JSON document: compact on one line, or pretty with ``indent``.

    Non-ASCII text is written as is (the document is Unicode; encode it as UTF-8).

    >>> to_json(Article(title="Banjir"))[:36]
    '{"schema_version":1,"title":"Banjir"'
    """
    return json.dumps(
        to_dict(article),
        ensure_ascii=False,
        allow_nan=False,
        indent=indent,
        separators=(",", ":") if indent is None else (",", ": "),
    )


# --------------------------------------------------------------------------- reading


def from_json(text: str | bytes) -> Article:
    """Read one article from a JSON document (``bytes`` are decoded as UTF-8, -16 or -32).

    Raises :class:`~beritakit.errors.FormatError` for anything malformed: invalid JSON (with its
    ``line``), or a document :func:`from_dict` refuses (with the JSON ``path`` of the culprit).

    >>> from_json('{"schema_version": 1, "title": "Banjir di Jakarta"}').title
    'Banjir di Jakarta'
    """
    return from_dict(_decode(text))


def from_dict(data: Mapping[str, Any]) -> Article:
    """Read one article from the shape :func:`to_dict` writes.

    ``schema_version`` and ``title`` are required; other missing fields take the model's default.
    Unknown keys, wrong types, naive or unreadable datetimes and values the model refuses raise
    :class:`~beritakit.errors.FormatError` whose ``path`` locates them (``$.quotes[1].paragraph``).
    """
    document = _object(data, "$")
    _check_schema_version(document)
    return _build(Article, {key: value for key, value in document.items() if key != "schema_version"}, "$")


class _JSONObject(dict[str, Any]):
    """A decoded JSON object that remembers its repeated keys (plain ``json`` keeps the last, silently)."""

    repeated: tuple[str, ...] = ()

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _JSONObject:
        obj = cls(pairs)
        if len(obj) < len(pairs):
            obj.repeated = tuple(
                key for key, count in collections.Counter(k for k, _ in pairs).items() if count > 1
            )
        return obj


def _decode(text: str | bytes) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_JSONObject.from_pairs)
    except json.JSONDecodeError as error:
        raise FormatError(f"invalid JSON: {error.msg} (column {error.colno})", line=error.lineno) from error
    except UnicodeDecodeError as error:
        raise FormatError(
            f"invalid JSON: the bytes are not {error.encoding} text ({error.reason} at byte {error.start})"
        ) from error
    except RecursionError as error:
        raise FormatError("invalid JSON: nested too deeply") from error
    except ValueError as error:  # e.g. an integer beyond Python's digit limit
        raise FormatError(f"invalid JSON: {error}") from error


def _check_schema_version(document: Mapping[str, Any]) -> None:
    path = "$.schema_version"
    if "schema_version" not in document:
        raise FormatError(
            f'missing; a beritakit article starts with "schema_version": {SCHEMA_VERSION}', path=path
        )
    version = document["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError(f"expected a positive integer, got {version!r}", path=path)
    if version > SCHEMA_VERSION:
        raise FormatError(
            f"version {version} is newer than this beritakit reads ({SCHEMA_VERSION}); upgrade beritakit",
            path=path,
        )


def _build(cls: type[_Model], value: Any, path: str) -> _Model:
    """Read a JSON object into the model ``cls``; the model's own errors come back at their JSON path."""
    data = _object(value, path)
    hints = _field_types(cls)
    if unknown := [key for key in data if key not in hints]:
        raise FormatError(
            f"unknown key {unknown[0]!r} ({cls.__name__} has no such field)", path=_member(path, unknown[0])
        )
    required = (field.name for field in attrs.fields(cls) if field.default is attrs.NOTHING)
    if missing := [name for name in required if name not in data]:
        raise FormatError(f"missing required key {missing[0]!r}", path=_member(path, missing[0]))
    fields = {name: _read(item, hints[name], _member(path, name)) for name, item in data.items()}
    try:
        return cls(**fields)
    except ValidationError as error:
        # The model names fields from its class ("Article.body[2]", "Caption.text", "Dateline").
        raise FormatError(error.problem, path=path + error.field.removeprefix(cls.__name__)) from error


@functools.cache
def _field_types(cls: type[attrs.AttrsInstance]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {field.name: hints[field.name] for field in attrs.fields(cls)}


def _read(value: Any, hint: Any, path: str) -> Any:
    """Check ``value`` against a model type hint and convert it; the model then checks the value itself."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in {types.UnionType, typing.Union}:  # the models' optional fields: X | None
        (inner,) = (arg for arg in args if arg is not types.NoneType)
        return None if value is None else _read(value, inner, path)
    if origin is tuple:  # tuple[X, ...]
        if not isinstance(value, list | tuple):
            raise _wrong_type("an array", value, path)
        return tuple(_read(item, args[0], f"{path}[{index}]") for index, item in enumerate(value))
    if origin is Literal:  # the models' literals are strings; the model checks the choice
        return _read(value, str, path)
    if hint is dt.datetime:
        return _datetime(value, path)
    if attrs.has(hint):
        return _build(hint, value, path)
    if hint is str and isinstance(value, str):
        return value
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if hint in {str, int}:
        raise _wrong_type("a string" if hint is str else "an integer", value, path)
    raise TypeError(f"{path}: no JSON form for a model field of type {hint!r}")  # a new model type


def _datetime(value: Any, path: str) -> dt.datetime:
    if not isinstance(value, str):
        raise _wrong_type("an ISO 8601 date-time string", value, path)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise FormatError(f"not an ISO 8601 date-time: {_quoted(value)}", path=path) from error
    if parsed.utcoffset() is None:
        raise FormatError(f"{_quoted(value)} has no UTC offset; add one, e.g. +07:00 for WIB", path=path)
    return parsed


def _object(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _wrong_type("an object", value, path)
    if isinstance(value, _JSONObject) and (repeated := value.repeated):
        raise FormatError(f"key {repeated[0]!r} is given more than once", path=_member(path, repeated[0]))
    return value


def _member(path: str, key: object) -> str:
    key = str(key)
    return f"{path}.{key}" if key.isidentifier() else f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _wrong_type(expected: str, value: Any, path: str) -> FormatError:
    return FormatError(f"expected {expected}, got {_json_type(value)}", path=path)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the string {_quoted(value)}"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _quoted(text: str, limit: int = 60) -> str:
    """``repr(text)``, cut short: an error message need not repeat a whole paragraph."""
    quoted = repr(text)
    return quoted if len(quoted) <= limit else quoted[: limit - 4] + "...'"


# --------------------------------------------------------------------------- JSON Lines


def write_jsonl(articles: Iterable[Article], out: TextIO | str | os.PathLike[str]) -> int:
    """Write each article as one compact JSON line (``\\n``-terminated); return how many were written.

    ``out`` is an open text file or a path (written as UTF-8). Articles are written as they come,
    so a generator of any length streams in constant memory.

    >>> import io
    >>> write_jsonl([Article(title="Satu"), Article(title="Dua")], io.StringIO())
    2
    """
    if isinstance(out, str | os.PathLike):
        with Path(out).open("w", encoding="utf-8", newline="\n") as file:
            return _write_lines(articles, file)
    return _write_lines(articles, out)


def _write_lines(articles: Iterable[Article], file: TextIO) -> int:
    count = 0
    for article in articles:
        file.write(to_json(article) + "\n")
        count += 1
    return count


def read_jsonl(source: TextIO | str | os.PathLike[str]) -> Iterator[Article]:
    """Yield the articles of a JSON Lines file one at a time, skipping blank lines.

    ``source`` is an open text file or a path (a ``str`` is a path, not JSON text). Reading is
    lazy: a bad line raises :class:`~beritakit.errors.FormatError` only when it is reached, with
    ``line`` set to its line number and ``path`` to the JSON path inside it.

    >>> import io
    >>> [article.title for article in read_jsonl(io.StringIO('{"schema_version":1,"title":"Satu"}\\n'))]
    ['Satu']
    """
    for number, line in enumerate(_lines(source), start=1):
        if not line.strip():
            continue
        try:
            article = from_json(line)
        except FormatError as error:
            raise FormatError(error.reason, path=error.path, line=number) from error
        yield article


def _lines(source: TextIO | str | os.PathLike[str]) -> Iterator[str | bytes]:
    if isinstance(source, str | os.PathLike):
        # Bytes, so that a line of bad UTF-8 is reported with its number, like any other bad line.
        with Path(source).open("rb") as file:
            yield from file
    else:
        yield from source


# --------------------------------------------------------------------------- JSON Schema


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) that every :func:`to_dict` output validates against.

    It requires only what :func:`from_dict` requires (``schema_version`` and ``title``, and the text
    of each part), refuses unknown keys everywhere, and types every field. Formats (``date-time``,
    ``uri``) are annotations unless your validator is asked to check them. A fresh copy each call.

    >>> json_schema()["$id"]
    'https://beritakit.dev/schema/article-v1.json'
    """
    return copy.deepcopy(_SCHEMA)


_TEXT: Final = {"type": "string", "minLength": 1}
_OPTIONAL_TEXT: Final = {"type": ["string", "null"], "minLength": 1}
_TEXTS: Final = {"type": "array", "items": _TEXT}
_OPTIONAL_URL: Final = {
    "type": ["string", "null"],
    "format": "uri",
    "pattern": r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\S*$",
}
_OPTIONAL_DATETIME: Final = {"type": ["string", "null"], "format": "date-time"}


def _array_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/$defs/{name}"}}


def _part(description: str, properties: dict[str, Any], *, required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "description": description,
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
    }


_SCHEMA: Final[dict[str, Any]] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": f"https://beritakit.dev/schema/article-v{SCHEMA_VERSION}.json",
    "title": "beritakit Article",
    "description": f"One news article as beritakit writes it (schema_version {SCHEMA_VERSION}).",
    "type": "object",
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "title": _TEXT,
        "url": _OPTIONAL_URL,
        "subtitle": _OPTIONAL_TEXT,
        "description": _OPTIONAL_TEXT,
        "published": _OPTIONAL_DATETIME,
        "updated": _OPTIONAL_DATETIME,
        "authors": _TEXTS,
        "editors": _TEXTS,
        "site_name": _OPTIONAL_TEXT,
        "section": _OPTIONAL_TEXT,
        "tags": _TEXTS,
        "language": {"type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"},
        "dateline": {"anyOf": [{"$ref": "#/$defs/Dateline"}, {"type": "null"}]},
        "body": _TEXTS,
        "captions": _array_of("Caption"),
        "quotes": _array_of("Quote"),
        "related": _array_of("RelatedLink"),
        "lead_image": _OPTIONAL_URL,
        "next_page": _OPTIONAL_URL,
    },
    "required": ["schema_version", "title"],
    "additionalProperties": False,
    "$defs": {
        "Dateline": {
            **_part(
                "The place and/or outlet opening the story, e.g. PALEMBANG, RADARPALEMBANG.ID.",
                {"place": _OPTIONAL_TEXT, "source": _OPTIONAL_TEXT},
            ),
            # At least one of the two is given and not null.
            "anyOf": [
                {"required": ["place"], "properties": {"place": {"type": "string"}}},
                {"required": ["source"], "properties": {"source": {"type": "string"}}},
            ],
        },
        "Caption": _part(
            "A photo caption with its credit split off.",
            {"text": _TEXT, "credit": _OPTIONAL_TEXT, "image_url": _OPTIONAL_URL},
            required=("text",),
        ),
        "Quote": _part(
            "A direct quotation; paragraph is the index of the body paragraph that holds it.",
            {
                "text": _TEXT,
                "speaker": _OPTIONAL_TEXT,
                "verb": _OPTIONAL_TEXT,
                "paragraph": {"type": ["integer", "null"], "minimum": 0},
            },
            required=("text",),
        ),
        "RelatedLink": _part(
            'A link to another article: "inline" for Baca juga lines, "list" for a Berita Terkait block.',
            {"title": _TEXT, "url": _OPTIONAL_URL, "placement": {"enum": ["inline", "list"]}},
            required=("title",),
        ),
    },
}
