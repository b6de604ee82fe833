"""The public surface is curated: pin it, so that every addition or removal is deliberate."""

from __future__ import annotations

import importlib.metadata
import types

import beritakit
from beritakit import errors


def test_all_is_sorted_and_names_every_public_member() -> None:
    """`beritakit.__all__` is alphabetical and lists exactly the public names of the package."""
    public = sorted(
        name
        for name, value in vars(beritakit).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    )
    assert beritakit.__all__ == sorted(beritakit.__all__)
    assert beritakit.__all__ == public


def test_public_api_is_pinned() -> None:
    """The exported names are exactly these; change this list on purpose, with a changelog entry."""
    assert beritakit.__all__ == EXPECTED


def test_version_matches_the_installed_metadata() -> None:
    """`__version__` is the version pip installed."""
    assert beritakit.__version__ == importlib.metadata.version("beritakit")


def test_every_error_is_a_beritakit_error_and_a_builtin() -> None:
    """Each error subclasses BeritakitError and a builtin, so `except ValueError` still works."""
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.BeritakitError)
        if cls is not errors.BeritakitError:
            assert issubclass(cls, ValueError | ImportError)


EXPECTED = [
    "Article",
    "BeritakitError",
    "Caption",
    "Channel",
    "ConvertError",
    "Dateline",
    "Feed",
    "FormatError",
    "LimitError",
    "MissingDependencyError",
    "NoArticleError",
    "ParseError",
    "Problem",
    "Quote",
    "RelatedLink",
    "ValidationError",
    "from_dict",
    "from_json",
    "json_schema",
    "parse_html",
    "parse_pages",
    "parse_text",
    "read_jsonl",
    "read_rss",
    "to_dict",
    "to_json",
    "to_markdown",
    "to_rss",
    "validate_rss",
    "write_jsonl",
    "write_rss",
]
