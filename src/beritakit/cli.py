"""The ``beritakit`` command line (also ``python -m beritakit``).

Each subcommand is one ``_add_<name>`` function that declares its arguments and sets ``run`` to the
function doing the work, which returns the exit status; ``_COMMANDS`` lists them in the order
``--help`` shows them. Exit statuses: 0 success, 1 the work found errors, 2 usage errors or
unreadable input (a message on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import zlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from beritakit import __version__
from beritakit.archive.inputs import MAX_RECORD_BYTES
from beritakit.archive.outputs import FORMATS
from beritakit.archive.records import ConvertError, Failure, Record
from beritakit.archive.run import convert, default_workers
from beritakit.archive.work import convert_record
from beritakit.errors import BeritakitError, ValidationError
from beritakit.formats.json import to_json
from beritakit.formats.markdown import to_markdown
from beritakit.formats.rss_validate import validate_rss
from beritakit.models import Article, Channel
from beritakit.sites import SITES

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from beritakit.models import Problem

    _Commands = argparse._SubParsersAction[argparse.ArgumentParser]  # noqa: SLF001 - argparse's only handle

__all__ = ["main"]

EXIT_OK = 0
EXIT_FOUND_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = {"SIGINT": 130, "SIGTERM": 143}  # the shell's 128 + signal number


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status.

    ``main(["validate", "feed.xml"])`` is ``beritakit validate feed.xml``; it never raises
    ``SystemExit``, so it can be called from Python and tests.
    """
    parser = _parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors: argparse has printed why
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    run: Callable[[argparse.Namespace], int] = arguments.run
    return run(arguments)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="beritakit", description="Typed models, parsers and feeds for Indonesian news articles."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for add_command in _COMMANDS:
        add_command(commands)
    return parser


def _fail(command: str, message: str) -> None:
    print(f"beritakit {command}: {message}", file=sys.stderr)


# --------------------------------------------------------------------------- validate


def _add_validate(commands: _Commands) -> None:
    parser = commands.add_parser(
        "validate",
        help="check RSS 2.0 feeds as the W3C feed validator does",
        description="Check RSS 2.0 feeds as the W3C feed validator does. Prints one line per problem "
        "and a summary per feed; exits 1 when any feed has an error, 2 when a feed cannot be read.",
    )
    parser.add_argument("feeds", nargs="+", metavar="FEED.xml", help="a feed file, or - for standard input")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print errors and summaries only, no warnings or info"
    )
    parser.set_defaults(run=_run_validate)


def _run_validate(arguments: argparse.Namespace) -> int:
    status = EXIT_OK
    for feed in arguments.feeds:
        try:
            data = sys.stdin.buffer.read() if feed == "-" else Path(feed).read_bytes()
        except OSError as error:
            _fail("validate", f"cannot read {feed}: {error.strerror or error}")
            status = EXIT_USAGE
            continue
        name = "<stdin>" if feed == "-" else feed
        problems = validate_rss(data)
        for problem in problems:
            if problem.level == "error" or not arguments.quiet:
                print(_problem_line(name, problem))
        counts: Counter[str] = Counter(problem.level for problem in problems)
        print(f"{name}: {_summary(counts)}")
        if counts["error"] and status == EXIT_OK:
            status = EXIT_FOUND_ERRORS
    return status


def _problem_line(name: str, problem: Problem) -> str:
    """``feed.xml:12: error InvalidRFC2822Date <pubDate>: message``, the form compilers use."""
    where = f"{name}:{problem.line}" if problem.line is not None else name
    element = f" <{problem.element}>" if problem.element else ""
    return f"{where}: {problem.level} {problem.code}{element}: {problem.message}"


def _summary(counts: Counter[str]) -> str:
    errors, warnings = counts["error"], counts["warning"]
    return (
        f"{errors} error{'' if errors == 1 else 's'}, "
        f"{warnings} warning{'' if warnings == 1 else 's'}, {counts['info']} info"
    )


# --------------------------------------------------------------------------- convert


def _add_convert(commands: _Commands) -> None:
    parser = commands.add_parser(
        "convert",
        help="convert an archive of saved pages to JSON Lines, JSON, Markdown or RSS",
        description="Convert saved news pages to articles: folders (recursive), .html/.htm pages, .txt "
        'text dumps, WARC files and JSON Lines of {"url", "html"} records, any of them gzipped. '
        "Pages that fail go to the error file, one JSON line each; exits 0 when every page was "
        "converted, 1 when some failed, 2 on usage errors, 130/143 when interrupted (rerun with --resume).",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="a file or folder to convert")
    parser.add_argument("--to", required=True, choices=FORMATS, help="the output format")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="the output file (jsonl, rss) or folder (json, markdown: one file per article)",
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        default=default_workers(),
        metavar="N",
        help="worker processes that parse pages (default: the number of cores, %(default)s here)",
    )
    parser.add_argument(
        "--errors",
        type=Path,
        metavar="ERRFILE",
        help="where failures go, one JSON line each (default: OUT.errors.jsonl beside the output)",
    )
    parser.add_argument(
        "--resume", action="store_true", help="finish an interrupted run instead of starting over"
    )
    parser.add_argument("--limit", type=_positive, metavar="N", help="stop after N pages")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    feed = parser.add_argument_group("RSS channel (--to rss)")
    feed.add_argument("--title", help="the feed's title (default: the output file's name)")
    feed.add_argument("--link", help="the address of the site the feed is about (required for rss)")
    feed.add_argument("--description", help="one sentence about the feed (default: the title)")
    feed.add_argument(
        "--self-url", help='the address the feed itself will be served at (written as atom:link rel="self")'
    )
    parser.set_defaults(run=_run_convert)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {value}")
    return value


def _run_convert(arguments: argparse.Namespace) -> int:
    try:
        channel = _channel(arguments)
        summary = convert(
            arguments.inputs,
            to=arguments.to,
            output=arguments.output,
            errors=arguments.errors,
            workers=arguments.workers,
            resume=arguments.resume,
            limit=arguments.limit,
            channel=channel,
            progress=not arguments.quiet and sys.stderr.isatty(),
        )
    except (BeritakitError, OSError) as error:
        _fail("convert", _message(error))
        return EXIT_USAGE
    except KeyboardInterrupt:  # a second Ctrl-C while the output was being finished
        _fail("convert", "interrupted; rerun with --resume to finish")
        return EXIT_INTERRUPTED["SIGINT"]
    rate = f"{summary.pages_per_second:.1f} pages/s"
    print(
        f"beritakit convert: {summary.converted} converted, {summary.failed} failed, "
        f"{summary.skipped} skipped in {summary.seconds:.1f} s ({rate})",
        file=sys.stderr,
    )
    if summary.interrupted is not None:
        _fail("convert", f"interrupted by {summary.interrupted}; rerun with --resume to finish")
        return EXIT_INTERRUPTED.get(summary.interrupted, EXIT_FOUND_ERRORS)
    if summary.failed:
        failures = f"{summary.failed} page{'' if summary.failed == 1 else 's'}"
        _fail("convert", f"{failures} failed; see {summary.errors}")
        return EXIT_FOUND_ERRORS
    return EXIT_OK


def _channel(arguments: argparse.Namespace) -> Channel | None:
    names = ("title", "link", "description", "self_url")
    given = [f"--{name.replace('_', '-')}" for name in names if getattr(arguments, name)]
    if arguments.to != "rss":
        if given:
            raise ConvertError(f"{', '.join(given)} only apply to --to rss")
        return None
    if not arguments.link:
        raise ConvertError("--to rss needs --link, the address of the site (RSS 2.0 requires it)")
    title = arguments.title or arguments.output.stem
    return Channel(
        title=title,
        link=arguments.link,
        description=arguments.description or title,
        self_url=arguments.self_url,
    )


def _message(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    return str(error)


# --------------------------------------------------------------------------- parse

_TAG = re.compile(rb"<(?:!doctype|html|head|body|div|p|article|meta|title)\b", re.IGNORECASE)


def _add_parse(commands: _Commands) -> None:
    parser = commands.add_parser(
        "parse",
        help="read one saved page and print its article",
        description="Read one news page (HTML, or a .txt text dump; gzipped or not) and print the "
        "article. Exits 1 when the page holds no article, 2 when it cannot be read.",
    )
    parser.add_argument("page", metavar="FILE", help="the page, or - for standard input")
    parser.add_argument("--url", help="the page's address (resolves links and picks the site rule)")
    parser.add_argument(
        "--to", choices=("json", "markdown", "text"), default="json", help="what to print (default: json)"
    )
    parser.set_defaults(run=_run_parse)


def _run_parse(arguments: argparse.Namespace) -> int:
    name = "<stdin>" if arguments.page == "-" else arguments.page
    try:
        data = _read_page(arguments.page)
    except (OSError, EOFError, zlib.error, BeritakitError) as error:
        _fail("parse", f"cannot read {name}: {_message(error)}")
        return EXIT_USAGE
    is_text = name.lower().removesuffix(".gz").endswith(".txt") or (
        arguments.page == "-" and not _TAG.search(data[:65536])
    )
    record = Record(source=name, url=arguments.url, kind="text" if is_text else "html", data=data)
    result = convert_record(record)
    if isinstance(result, Failure):
        _fail("parse", f"{name}: {result.error}: {result.message}")
        return EXIT_USAGE if result.error == ValidationError.__name__ else EXIT_FOUND_ERRORS
    sys.stdout.write(_render_page(result, arguments.to))
    return EXIT_OK


def _read_page(page: str) -> bytes:
    if page == "-":
        data = sys.stdin.buffer.read(MAX_RECORD_BYTES + 1)
    else:
        with Path(page).open("rb") as file:
            data = file.read(MAX_RECORD_BYTES + 1)
    if data.startswith(b"\x1f\x8b"):
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
            data = unzipped.read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        raise ConvertError(f"larger than {MAX_RECORD_BYTES} bytes")
    return data


def _render_page(article: Article, to: str) -> str:
    if to == "json":
        return to_json(article, indent=2) + "\n"
    if to == "markdown":
        return to_markdown(article)
    return "\n\n".join((article.title, *article.body)) + "\n"


# --------------------------------------------------------------------------- sites


def _add_sites(commands: _Commands) -> None:
    parser = commands.add_parser(
        "sites",
        help="list the outlets that have their own site rule",
        description="List the outlets whose pages get a site rule on top of the generic extractor, "
        "with the domains each rule serves. Pages from other outlets are read by the generic extractor.",
    )
    parser.set_defaults(run=_run_sites)


def _run_sites(_: argparse.Namespace) -> int:
    rules = sorted(SITES, key=lambda rule: rule.name.lower())
    width = max((len(rule.name) for rule in rules), default=0)
    for rule in rules:
        print(f"{rule.name:<{width}}  {', '.join(sorted(rule.domains))}")
    return EXIT_OK


# --------------------------------------------------------------------------- the command table

_COMMANDS: tuple[Callable[[_Commands], None], ...] = (_add_convert, _add_parse, _add_sites, _add_validate)
"""One ``_add_<name>`` function per subcommand, in the order ``--help`` lists them."""
