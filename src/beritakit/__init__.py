"""beritakit: typed models, parsers and feeds for Indonesian news articles."""

from beritakit.errors import (
    BeritakitError,
    ConvertError,
    FormatError,
    LimitError,
    MissingDependencyError,
    NoArticleError,
    ParseError,
    ValidationError,
)
from beritakit.formats.json import (
    from_dict,
    from_json,
    json_schema,
    read_jsonl,
    to_dict,
    to_json,
    write_jsonl,
)
from beritakit.formats.markdown import to_markdown
from beritakit.formats.rss import to_rss, write_rss
from beritakit.formats.rss_read import read_rss
from beritakit.formats.rss_validate import validate_rss
from beritakit.models import Article, Caption, Channel, Dateline, Feed, Problem, Quote, RelatedLink
from beritakit.parsing import parse_html, parse_pages, parse_text

__version__ = "0.1.0"

__all__ = [
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
