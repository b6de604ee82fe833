"""beritakit: typed models, parsers and feeds for Indonesian news articles."""

from beritakit.errors import (
    BeritakitError,
    FormatError,
    LimitError,
    MissingDependencyError,
    NoArticleError,
    ParseError,
    ValidationError,
)
from beritakit.models import Article, Caption, Channel, Dateline, Feed, Problem, Quote, RelatedLink

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BeritakitError",
    "Caption",
    "Channel",
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
]
