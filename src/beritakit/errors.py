"""Every error beritakit raises on purpose.

The hierarchy::

    BeritakitError                      catch this to catch anything of ours
    ├── ValidationError(ValueError)     a model field was given a value it cannot hold
    ├── FormatError(ValueError)         serialized input (JSON, RSS) is malformed
    ├── ParseError(ValueError)          a page could not be turned into an article
    │   └── NoArticleError              the page is readable but holds no article (index, 404)
    ├── LimitError(ValueError)          input exceeds a safety bound (size, nesting)
    ├── ConvertError(ValueError)        an archive conversion cannot start or resume
    └── MissingDependencyError(ImportError)   an optional extra is not installed

Each subclass also subclasses the matching builtin, so ``except ValueError`` keeps working
for callers who do not know about beritakit.
"""

from __future__ import annotations

__all__ = [
    "BeritakitError",
    "ConvertError",
    "FormatError",
    "LimitError",
    "MissingDependencyError",
    "NoArticleError",
    "ParseError",
    "ValidationError",
]


class BeritakitError(Exception):
    """Base class of every error raised by beritakit.

    .. versionadded:: 0.1.0
    """


class ValidationError(BeritakitError, ValueError):
    """A model was given a value that breaks one of its invariants.

    ``field`` names the offending field, e.g. ``"Article.published"`` or ``"Article.body[3]"``.

    .. versionadded:: 0.1.0
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class FormatError(BeritakitError, ValueError):
    """Serialized input (JSON, JSON Lines, RSS) is malformed.

    ``path`` locates the problem: a JSON path such as ``$.captions[0].credit``, or an
    element such as ``channel/item[3]/pubDate``; ``line`` is set where it is known.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = " ".join(part for part in (path, f"line {line}" if line is not None else None) if part)
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.line = line
        self.reason = message


class ParseError(BeritakitError, ValueError):
    """A page (HTML or plain text) could not be turned into an article.

    .. versionadded:: 0.1.0
    """


class NoArticleError(ParseError):
    """The page was read, but it holds no article: an index, a search or an error page.

    .. versionadded:: 0.1.0
    """


class LimitError(BeritakitError, ValueError):
    """Input exceeds a safety bound (size, nesting depth), so it was refused unread.

    .. versionadded:: 0.1.0
    """


class ConvertError(BeritakitError, ValueError):
    """An archive conversion cannot start or resume: an input is missing, the output is in the
    way, or the journal of the interrupted run does not match this run (other inputs, format).

    .. versionadded:: 0.1.0
    """


class MissingDependencyError(BeritakitError, ImportError):
    """A feature needs an optional extra that is not installed; the message says which.

    .. versionadded:: 0.1.0
    """
